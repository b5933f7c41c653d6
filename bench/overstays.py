"""Benchmark: `overstays` and `show` on a 100,000-file database.

Run: `.venv/bin/python bench/overstays.py [--files N] [--db EXISTING.sqlite3]`.
Prints the service call (what the window will wait for) and the whole command (with start-up).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

from repatriate.services.database import Database
from timing import COMMAND, median_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = options.db or Path(folder) / "bench.sqlite3"
        db = Database.open(str(path))
        if db.cases.count() == 0:
            start = time.perf_counter()
            db.demo.fill(options.files, seed=1)
            print(
                f"{'demo --cases ' + format(options.files, ','):<40} "
                f"{time.perf_counter() - start:7.2f} s"
            )
        today = date.today()
        rows = db.overstays.overstays(today)
        print(f"{'files':<40} {db.cases.count():>7,}")
        print(f"{'held past their release date':<40} {len(rows):>7,}")
        print(
            f"{'overstays (service, median of 5)':<40} "
            f"{median_seconds(lambda: db.overstays.overstays(today)):7.3f} s"
        )
        print(
            f"{'show (service, median of 5)':<40} "
            f"{median_seconds(lambda: db.overstays.assess(rows[0].ref, today)):7.3f} s"
        )
        db.close()
        for args in (["overstays", "--format", "csv"], ["overstays"], ["show", rows[0].ref]):
            run = lambda args=args: subprocess.run(  # noqa: E731
                [COMMAND, "--db", str(path), *args], check=True, capture_output=True
            )
            label = "repatriate " + " ".join(args[:3]) + " (median of 5)"
            print(f"{label:<40} {median_seconds(run):7.3f} s")
        startup = median_seconds(
            lambda: subprocess.run([COMMAND, "--version"], check=True, capture_output=True)
        )
        print(f"{'repatriate --version (start-up alone)':<40} {startup:7.3f} s")


if __name__ == "__main__":
    main()
