"""Benchmark: each command against its floor, measured in the same run on 100,000 files.

Run: `.venv/bin/python bench/ratios.py [--files N] [--db EXISTING.sqlite3] [--runs N]`.
Builds the demo database once (or takes one), then times whole processes (median of N):

- `repatriate --version` against `python3 -c pass`;
- `repatriate overstays --format csv` against a stdlib sqlite3 script running the same query
  and writing the same rows as CSV;
- `repatriate export` against a stdlib sqlite3 script writing every column of every file.

bench/libreoffice.py times the fact sheets against LibreOffice.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from repatriate.domain.prisoner import Status
from repatriate.services.database import Database
from timing import COMMAND, median_seconds

OVERSTAYS_FLOOR = """
import csv, sqlite3, sys
from datetime import date, timedelta
today = date.today()
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute(
    "SELECT ref, name, coalesce(verified_nationality, claimed_nationality, court_nationality, ''),"
    " prison, release_due FROM prisoner_file WHERE release_due <= ? AND ((released_on IS NULL"
    " AND (status IS NULL OR status IN ({held}))) OR released_on > ?)"
    " ORDER BY release_due, ref",
    ((today - timedelta(days=1)).isoformat(), today.isoformat()),
)
writer = csv.writer(sys.stdout, lineterminator="\\n")
writer.writerow(["ref", "name", "nationality", "prison", "release_due", "overstay_days"])
for ref, name, nationality, prison, due in rows:
    days = (today - date.fromisoformat(due)).days
    writer.writerow([ref, name, nationality, prison, due, days])
"""

EXPORT_FLOOR = """
import csv, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
cursor = connection.execute("SELECT * FROM prisoner_file ORDER BY ref")
with open(sys.argv[2], "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow([d[0] for d in cursor.description])
    writer.writerows(cursor)
"""


def process(command: list[str], runs: int) -> float:
    return median_seconds(
        lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL), runs
    )


def line(label: str, seconds: float, floor: float) -> None:
    print(f"{label:<44} {seconds:7.3f} s  {seconds / floor:5.2f}x the floor ({floor:.3f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = options.db or Path(folder) / "bench.sqlite3"
        db = Database.open(str(path), create=True)
        if db.cases.count() == 0:
            start = time.perf_counter()
            db.demo.fill(options.files, seed=1)
            print(f"{'demo files made':<44} {time.perf_counter() - start:7.2f} s")
        print(f"{'files':<44} {db.cases.count():>7,}")
        print(f"{'held past their release date':<44} {len(db.overstays.overstays()):>7,}")
        db.close()
        runs = options.runs
        python = sys.executable

        floor = process([python, "-c", "pass"], runs * 4)
        line("repatriate --version", process([COMMAND, "--version"], runs * 4), floor)

        held = ", ".join(f"'{s.value}'" for s in Status if s.still_held)
        script = OVERSTAYS_FLOOR.format(held=held)
        floor = process([python, "-c", script, str(path)], runs)
        mine = process([COMMAND, "--db", str(path), "overstays", "--format", "csv"], runs)
        line("repatriate overstays --format csv", mine, floor)

        target = str(Path(folder) / "export.csv")
        floor = process([python, "-c", EXPORT_FLOOR, str(path), target], runs)
        mine = process([COMMAND, "--db", str(path), "export", target], runs)
        line("repatriate export FILE.csv", mine, floor)


if __name__ == "__main__":
    main()
