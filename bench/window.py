"""Benchmark: the window on a large database — launch until usable, filter and sort.

"Usable" is the main window shown with every file's row in the table (flags, desks and
follow-ups fill in afterwards on a worker, and their arrival is timed too).
Run: `.venv/bin/python bench/window.py [--files N] [--db EXISTING.sqlite3]`; an encrypted
database is unlocked with the passphrase in the file named by REPATRIATE_PASSPHRASE_FILE.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, SignalInstance  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from repatriate.cli import PASSPHRASE_FILE  # noqa: E402
from repatriate.services.database import Database, encrypted_file  # noqa: E402
from repatriate.services.encryption import unlock  # noqa: E402
from repatriate.ui import script_fonts  # noqa: E402
from repatriate.ui.files_model import COLUMNS  # noqa: E402
from repatriate.ui.main_window import MainWindow  # noqa: E402

SEARCHES = ("r", "ra", "rah", "rahim", "DEMO-0421", "রহিম", "राम", "B1234", "")


def until(flag: list[float], signal: SignalInstance) -> None:
    """Run the event loop idle, as the app does, until the signal has fired (a busy
    processEvents loop would keep the worker thread from the interpreter)."""
    if flag:
        return
    loop = QEventLoop()
    signal.connect(loop.quit)
    loop.exec()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    if args.db is None:
        args.db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        print(f"filling {args.db} with {args.files:,} demo files (not timed)…", flush=True)
        filler = Database.open(str(args.db))
        filler.demo.fill(args.files)
        filler.close()
        global STARTED
        STARTED = time.perf_counter()

    app = QApplication([])
    script_fonts.install()
    if encrypted_file(str(args.db)) is not None:
        # As the window's passphrase dialog would, before the clock's "usable" mark.
        passphrase = Path(os.environ[PASSPHRASE_FILE]).read_text(encoding="utf-8").strip()
        unlock(args.db, passphrase)
    db = Database.open(str(args.db))
    window = MainWindow(db)
    first: list[float] = []
    loaded: list[float] = []
    assessed: list[float] = []
    window.files.first_screen.connect(lambda: first.append(time.perf_counter()))
    window.files.loaded.connect(lambda: loaded.append(time.perf_counter()))
    window.files.assessed.connect(lambda: assessed.append(time.perf_counter()))
    window.show()
    shown = time.perf_counter()
    until(loaded, window.files.loaded)
    rows = window.files.model.rowCount()
    print(f"files in the table: {rows:,}")
    print(f"window shown:            {shown - STARTED:6.2f} s after start")
    if first:
        print(f"longest overstays shown: {first[0] - STARTED:6.2f} s after start")
    print(f"usable (rows in table):  {loaded[0] - STARTED:6.2f} s after start")

    timings = []
    for text in SEARCHES:
        started = time.perf_counter()
        window.files.filter_box.setText(text)
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        timings.append(elapsed)
        print(f"  filter {text!r:12} -> {window.files.model.rowCount():7,} rows  {elapsed:6.1f} ms")
    print(f"filter: median {statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms")
    started = time.perf_counter()
    window.files.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    app.processEvents()
    print(f"sort by name:            {(time.perf_counter() - started) * 1000:6.1f} ms")
    until(assessed, window.files.assessed)
    print(f"flags, desks, follow-ups: {assessed[0] - STARTED:6.2f} s after start (on a worker)")
    window.close()
    db.close()


if __name__ == "__main__":
    main()
