"""Benchmark: this week's follow-up agenda on a 100,000-file database.

Demo files carry their movements between desks and the weekly calls already made.
Run: `.venv/bin/python bench/followups.py [--files N] [--db EXISTING.sqlite3]`.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from repatriate.services.database import Database
from repatriate.services.followups import week_of
from repatriate.storage.tables import ActivityRow, HoldRow
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
                f"{'demo --cases ' + format(options.files, ','):<44} "
                f"{time.perf_counter() - start:7.2f} s"
            )
        with db.store.unit_of_work() as session:
            calls = session.scalar(select(func.count()).select_from(ActivityRow)) or 0
            open_holds = (
                session.scalar(
                    select(func.count()).select_from(HoldRow).where(HoldRow.end_day.is_(None))
                )
                or 0
            )
        week = week_of(date.today())
        items = db.followups.agenda(week)
        print(
            f"{'files / open holds / activities':<44} "
            f"{db.cases.count():,} / {open_holds:,} / {calls:,}"
        )
        print(f"{'follow-ups due this week':<44} {len(items):,}")
        print(
            f"{'agenda (service, median of 5)':<44} "
            f"{median_seconds(lambda: db.followups.agenda(week)):7.3f} s"
        )
        ics = Path(folder) / "week.ics"
        print(
            f"{'write .ics of the week':<44} "
            f"{median_seconds(lambda: db.followups.write_ics(items, ics), 3):7.3f} s"
        )
        db.close()
        run = lambda: subprocess.run(  # noqa: E731
            [COMMAND, "--db", str(path), "followups", "--format", "csv"],
            check=True,
            capture_output=True,
        )
        print(
            f"{'repatriate followups --format csv (median of 5)':<44} {median_seconds(run):7.3f} s"
        )


if __name__ == "__main__":
    main()
