"""Benchmark: demo data, CSV import and export at clinic-network scale.

Builds a 100,000-file database with `repatriate demo`, then times importing a 10,000-row CSV
into it and exporting all 110,000 files. Run: `.venv/bin/python bench/files.py [--files N]`.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COMMAND = str(Path(sys.executable).with_name("repatriate"))


def timed(label: str, *args: str) -> float:
    start = time.perf_counter()
    subprocess.run([COMMAND, *args], check=True, capture_output=True)
    seconds = time.perf_counter() - start
    print(f"{label:<44} {seconds:7.2f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        big, source = str(work / "big.sqlite3"), str(work / "source.sqlite3")
        for path in (big, source):
            subprocess.run([COMMAND, "--db", path, "init"], check=True, capture_output=True)
        timed(f"demo --cases {options.files:,}", "--db", big, "demo", "--cases", str(options.files))

        # A CSV of new files with their own refs, made by exporting a second demo database.
        timed(
            f"demo --cases {options.import_rows:,} (for the CSV)",
            "--db",
            source,
            "demo",
            "--cases",
            str(options.import_rows),
            "--seed",
            "2",
        )
        rows_csv = work / "rows.csv"
        timed(f"export {options.import_rows:,} rows", "--db", source, "export", str(rows_csv))
        renamed = work / "import.csv"
        with (
            rows_csv.open(encoding="utf-8", newline="") as src,
            renamed.open("w", encoding="utf-8", newline="") as out,
        ):
            reader, writer = csv.reader(src), csv.writer(out)
            writer.writerow(next(reader))
            for row in reader:
                writer.writerow(["NEW-" + row[0], *row[1:]])

        timed(
            f"import {options.import_rows:,} rows (dry run)",
            "--db",
            big,
            "import",
            str(renamed),
            "--dry-run",
        )
        timed(f"import {options.import_rows:,} rows", "--db", big, "import", str(renamed))
        total = options.files + options.import_rows
        timed(f"export {total:,} rows", "--db", big, "export", str(work / "all.csv"))
        print(f"{'database size':<44} {Path(big).stat().st_size / 1e6:7.1f} MB")


if __name__ == "__main__":
    main()
