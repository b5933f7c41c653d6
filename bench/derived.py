"""Benchmark: from the window's start to the flags on its screen, and what the stored
standings cost instead (the day refresh, `reassess`).

The files table shows each file's flags, desks holding it and next follow-up as stored with
the file (`services.standings`), read in the same query as its rows. "Flags on screen" is the
first moment the table shows rows with their flags: with stored standings, the first screen;
with standings assessed on a worker after the rows (as before they were stored), the end of
that assessment.
Run: `.venv/bin/python bench/derived.py [--files N] [--db EXISTING.sqlite3]`. A database of an
older schema is upgraded first (its standings filled): time that with `repatriate reassess`.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import tempfile  # noqa: E402
from datetime import date, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from repatriate.services.database import Database  # noqa: E402
from repatriate.ui import script_fonts  # noqa: E402
from repatriate.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    global STARTED
    if args.db is None:
        args.db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        print(f"filling {args.db} with {args.files:,} demo files (not timed)…", flush=True)
        filler = Database.open(str(args.db))
        filler.demo.fill(args.files)
        filler.close()
        STARTED = time.perf_counter()

    QApplication([])
    script_fonts.install()
    db = Database.open(str(args.db))
    opened = time.perf_counter()
    window = MainWindow(db)
    page = window.files
    marks: dict[str, float] = {}
    loop = QEventLoop()

    def seen(name: str) -> None:
        marks.setdefault(name, time.perf_counter())
        if page.model.rowCount():
            marks.setdefault("flags on screen", time.perf_counter())
        if "assessed" in marks and "loaded" in marks:
            loop.quit()

    page.first_screen.connect(lambda: seen("first screen"))
    page.loaded.connect(lambda: seen("loaded"))
    page.assessed.connect(lambda: seen("assessed"))
    window.show()
    QTimer.singleShot(600_000, loop.quit)
    loop.exec()
    print(f"files in the table: {page.model.total:,}")
    print(f"database opened:         {opened - STARTED:7.2f} s after start")
    for name in ("first screen", "loaded", "flags on screen"):
        if name in marks:
            print(f"{name + ':':<24} {marks[name] - STARTED:7.2f} s after start")
    window.close()
    standings = getattr(db, "standings", None)
    if standings is not None:
        started = time.perf_counter()
        changed = standings.reassess()
        print(
            f"reassess (maintenance):  {time.perf_counter() - started:7.2f} s, {changed:,} changed"
        )
        tomorrow = date.today() + timedelta(days=1)
        started = time.perf_counter()
        refreshed = standings.refresh(tomorrow)
        print(
            f"day refresh (tomorrow):  {time.perf_counter() - started:7.2f} s "
            f"for {refreshed:,} stale files"
        )
        # Back to today's standings (not timed), so that the database opens as it did.
        standings.reassess()
    db.close()


if __name__ == "__main__":
    main()
