"""Benchmark: the files table against its floor, a bare QTableView over the same SELECT.

Each side runs in a process of its own (so that each one's memory is its own), on the same
database: the window (MainWindow with every file's row in the table) and the floor (a plain
model over the rows of one sqlite3 SELECT of the shown columns, filtered and sorted by
comprehensions on the window's thread). Printed per figure, with the window's over the floor's:

- every row: from the start of the process until every file's row is in the table;
- filter keystroke, median and worst over a few searches: until the table shows the rows
  found (the window searches on a worker: its thread's own share is printed too);
- sort by name: until the table shows the new order;
- memory: the process's resident memory with every row in the table.

Run: `.venv/bin/python bench/window.py [--files N] [--db EXISTING.sqlite3]`
(`--files 1000000` builds a million files first, which takes minutes).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Callable  # noqa: E402
from operator import itemgetter  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = ("r", "ra", "rah", "rahim", "DEMO-0421", "রহিম", "राम", "B1234", "")
FLOOR_QUERY = """
SELECT f.ref, f.name, s.flags, f.release_due, coalesce(f.verified_nationality,
    f.claimed_nationality, f.court_nationality, ''), f.name_native, f.prison, f.status,
    s.holding, s.next_follow_up, f.passport_number
FROM prisoner_file f LEFT JOIN file_standing s ON s.file_id = f.id ORDER BY f.ref
"""


def resident_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(action: Callable[[], object], settled: Callable[[], bool]) -> tuple[float, float]:
    """Seconds the window's thread spent in the action, and until `settled()` and the paint
    that follows."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    started = time.perf_counter()
    action()
    QCoreApplication.processEvents()
    own = time.perf_counter() - started
    while not settled():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 5)
    # Shown means painted: the paint the new rows asked for is part of the time.
    QCoreApplication.processEvents()
    return own, time.perf_counter() - started


def run_window(path: str) -> dict[str, Any]:
    from PySide6.QtCore import QEventLoop, Qt
    from PySide6.QtWidgets import QApplication

    from repatriate.services.database import Database
    from repatriate.ui import script_fonts
    from repatriate.ui.files_model import COLUMNS
    from repatriate.ui.main_window import MainWindow

    app = QApplication([])
    script_fonts.install()
    db = Database.open(path)
    window = MainWindow(db)
    page = window.files
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    window.show()
    loop.exec()
    every_row = time.perf_counter() - STARTED
    app.processEvents()
    memory = resident_mb()
    # A caseworker types once the rows are on screen: the paint that follows them is done.
    settle = time.perf_counter() + 0.5
    while time.perf_counter() < settle:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    arranged: list[int] = []
    page.model.arranged.connect(lambda: arranged.append(1))

    def apply(action: Callable[[], object]) -> tuple[float, float]:
        arranged.clear()
        return timed(action, lambda: bool(arranged))

    filters = [apply(lambda text=text: page.filter_box.setText(text)) for text in SEARCHES]
    sort = apply(
        lambda: page.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    )
    rows = page.model.total
    window.close()
    db.close()
    return {
        "rows": rows,
        "every row": every_row,
        "filters": [seconds for _own, seconds in filters],
        "filters own": [own for own, _seconds in filters],
        "sort": sort[1],
        "sort own": sort[0],
        "memory": memory,
    }


def run_floor(path: str) -> dict[str, Any]:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QTableView

    class Bare(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows = rows
            self.search = [f"{r[0]}\t{r[1]}\t{r[5]}\t{r[10]}".casefold() for r in rows]
            self.shown = list(range(len(rows)))

        def rowCount(self, parent: object = None) -> int:  # noqa: N802
            return len(self.shown)

        def columnCount(self, parent: object = None) -> int:  # noqa: N802
            return 10

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[self.shown[index.row()]][index.column()]
            return None

        def narrow(self, text: str) -> None:
            needle, search = text.casefold(), self.search
            self.beginResetModel()
            self.shown = [i for i in range(len(search)) if needle in search[i]]
            self.endResetModel()

        def by_name(self) -> None:
            self.beginResetModel()
            self.rows.sort(key=itemgetter(1))
            self.endResetModel()

    app = QApplication([])
    rows = sqlite3.connect(path).execute(FLOOR_QUERY).fetchall()
    model = Bare(rows)
    table = QTableView()
    table.setModel(model)
    box = QLineEdit()
    box.textChanged.connect(model.narrow)
    table.resize(1280, 800)
    table.show()
    box.show()
    app.processEvents()
    every_row = time.perf_counter() - STARTED
    memory = resident_mb()
    filters = [timed(lambda text=text: box.setText(text), lambda: True) for text in SEARCHES]
    sort = timed(model.by_name, lambda: True)
    return {
        "rows": len(rows),
        "every row": every_row,
        "filters": [seconds for _own, seconds in filters],
        "sort": sort[1],
        "memory": memory,
    }


def line(label: str, mine: float, floor: float, unit: str) -> None:
    scale = 1000 if unit == "ms" else 1
    print(
        f"{label:<32} {mine * scale:9.1f} {unit:<2}  floor {floor * scale:9.1f} {unit:<2}"
        f"  {mine / floor:6.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--side", choices=("window", "floor"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        run = run_window if args.side == "window" else run_floor
        print(json.dumps(run(str(args.db))))
        return
    if args.db is None:
        from repatriate.services.database import Database

        args.db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
        print(f"filling {args.db} with {args.files:,} demo files (not timed)…", flush=True)
        started = time.perf_counter()
        filler = Database.open(str(args.db), create=True)
        filler.demo.fill(args.files, seed=1)
        filler.close()
        print(f"filled in {time.perf_counter() - started:.0f} s", flush=True)

    def side(name: str) -> dict[str, Any]:
        command = [sys.executable, __file__, "--db", str(args.db), "--side", name]
        # As on a caseworker's computer, modules are compiled once (see bench/timing.py).
        environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        found: dict[str, Any] = json.loads(
            subprocess.run(
                command, check=True, capture_output=True, text=True, env=environment
            ).stdout.splitlines()[-1]
        )
        return found

    # A first read of the floor's warms the file cache for both.
    side("floor")
    mine = side("window")
    floor = side("floor")
    print(f"files in the table: {mine['rows']:,} (floor {floor['rows']:,})")
    line("every row in the table", mine["every row"], floor["every row"], "s")
    line(
        "filter keystroke, median", *(statistics.median(x["filters"]) for x in (mine, floor)), "ms"
    )
    line("filter keystroke, worst", max(mine["filters"]), max(floor["filters"]), "ms")
    print(
        f"{'  (the window thread own share)':<32} median "
        f"{statistics.median(mine['filters own']) * 1000:.1f} ms, "
        f"worst {max(mine['filters own']) * 1000:.1f} ms"
    )
    line("sort by name", mine["sort"], floor["sort"], "ms")
    line("memory (resident)", mine["memory"], floor["memory"], "MB")


if __name__ == "__main__":
    main()
