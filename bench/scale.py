"""Benchmark: how the everyday commands grow with the number of files.

Run: `.venv/bin/python bench/scale.py [--sizes 10000,100000] [--runs N] [--keep FOLDER]`.

For each size, fills a fresh database with that many demo files (`db.demo.fill`, which allows
more than the command line's 10,000), then times whole processes, start-up included:

- `overstays --format csv`: everyone held past their release date;
- `export`: every file as CSV;
- `factsheet REF -o FILE.pdf`: one fact sheet, of a file that may be printed (not at risk);
- `followups`: this week's follow-ups.

Filling takes about 4 s per 10,000 files on a two-core machine, about 20 MB of disk each:
some 7 minutes and 2 GB for 1,000,000 (`--sizes 1000000`), whose commands then take minutes
more. `--keep` keeps the databases in FOLDER, and reuses one found there.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

from repatriate.domain.errors import RepatriateError
from repatriate.services.database import Database
from timing import COMMAND, median_seconds

COMMANDS = ("overstays --format csv", "export", "factsheet", "followups")


def printable_ref(db: Database, folder: Path, today: date) -> str:
    """The first file held past its release date whose fact sheet may be printed."""
    for row in db.overstays.overstays(today):
        try:
            db.factsheets.sheet(row.ref, folder / "probe.pdf", as_of=today)
        except RepatriateError:
            continue
        return row.ref
    raise SystemExit("no file in the demo database may be put on a fact sheet")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated file counts")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    options = parser.parse_args()
    sizes = [int(size) for size in options.sizes.split(",")]
    today = date.today()
    with tempfile.TemporaryDirectory() as name:
        folder = options.keep or Path(name)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"{'files':>10}  " + "  ".join(f"{c:>24}" for c in COMMANDS) + "  (seconds)")
        for size in sizes:
            path = folder / f"scale-{size}.sqlite3"
            db = Database.open(str(path))
            if db.cases.count() < size:
                start = time.perf_counter()
                db.demo.fill(size - db.cases.count(), seed=size, today=today)
                filled = time.perf_counter() - start
                print(f"{'':>10}  filled {size:,} files in {filled:.0f} s", flush=True)
            ref = printable_ref(db, Path(name), today)
            db.close()
            arguments = {
                "overstays --format csv": ["overstays", "--format", "csv"],
                "export": ["export", str(Path(name) / "export.csv")],
                "factsheet": ["factsheet", ref, "-o", str(Path(name) / "one.pdf")],
                "followups": ["followups"],
            }
            # Untimed: the first fact sheet after filling makes the automatic half-hourly
            # backup of the whole database, which is not the fact sheet's own time.
            subprocess.run(
                [COMMAND, "--db", str(path), *arguments["factsheet"]],
                check=True,
                capture_output=True,
            )
            times = [
                median_seconds(
                    lambda c=[COMMAND, "--db", str(path), *arguments[command]]: subprocess.run(
                        c, check=True, capture_output=True
                    ),
                    options.runs,
                )
                for command in COMMANDS
            ]
            print(f"{size:>10,}  " + "  ".join(f"{t:>24.2f}" for t in times), flush=True)


if __name__ == "__main__":
    main()
