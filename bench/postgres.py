"""Benchmark: a clinic on a PostgreSQL server beside the same clinic in a SQLite file.

The demo (100,000 files by default) is made in a SQLite file and moved onto a throwaway
PostgreSQL cluster with `copy --to` (started as the tests start theirs: tests/postgres_server.py,
fsync off). Then, alternating the engines, the whole commands `overstays`, `desks --stats` and
`followups`, and the window's first screen of files, with the ratio PostgreSQL / SQLite; and
4 `repatriate log` commands writing at once for 60 s on each engine: how many got through, how
many failed (must be 0) and how many reported writes are missing afterwards (must be 0).

Run: `.venv/bin/python bench/postgres.py [--files N] [--seconds S] [--writers W]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from sqlalchemy import text

from postgres_server import Server, binaries
from repatriate.services.database import Database
from repatriate.services.moving import copy_database
from timing import COMMAND

COMMANDS = (
    ("overstays", ["overstays", "--format", "csv"]),
    ("desks --stats", ["desks", "--stats"]),
    ("followups", ["followups"]),
)


def command_seconds(target: str, args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([COMMAND, "--db", target, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def first_screen_seconds(target: str) -> float:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from repatriate.ui.main_window import MainWindow

    _app = QApplication.instance() or QApplication([])
    start = time.perf_counter()
    db = Database.open(target)
    window = MainWindow(db)
    loop = QEventLoop()
    window.files.first_screen.connect(loop.quit)
    window.show()
    loop.exec()
    seconds = time.perf_counter() - start
    loaded = QEventLoop()
    window.files.loaded.connect(loaded.quit)
    if window.files.model.rowCount() == 0:
        loaded.exec()
    window.close()
    window.deleteLater()
    db.close()
    return seconds


def side_by_side(targets: dict[str, str], repeat: int) -> None:
    measures = [
        *((name, lambda t, a=args: command_seconds(t, a)) for name, args in COMMANDS),
        ("window: first screen", first_screen_seconds),
    ]
    print(f"\n{'median of ' + str(repeat):<28} {'SQLite':>9} {'PostgreSQL':>11} {'ratio':>7}")
    for name, measure in measures:
        times: dict[str, list[float]] = {engine: [] for engine in targets}
        for _ in range(repeat):
            for engine, target in targets.items():  # alternating, on a shared machine
                times[engine].append(measure(target))
        sqlite, postgresql = (statistics.median(times[e]) for e in ("sqlite", "postgresql"))
        print(f"{name:<28} {sqlite:8.2f}s {postgresql:10.2f}s {postgresql / sqlite:6.2f}x")


def writers(target: str, refs: list[str], count: int, seconds: float) -> tuple[int, int, int]:
    """`count` writers each logging activities on `refs` in turn for `seconds`: how many
    writes were reported, how many commands failed, how many reported writes are missing."""
    reported: list[str] = []
    failed: list[str] = []
    lock = threading.Lock()
    end = time.monotonic() + seconds

    def write(number: int) -> None:
        n = 0
        while time.monotonic() < end:
            outcome = f"bench-{number}-{n}"
            ref = refs[(number + n) % len(refs)]
            done = subprocess.run(
                [COMMAND, "--db", target, "log", ref, "--kind", "call", "--outcome", outcome],
                capture_output=True,
                text=True,
                check=False,
            )
            with lock:
                (reported if done.returncode == 0 else failed).append(
                    outcome if done.returncode == 0 else done.stderr.strip()
                )
            n += 1

    threads = [threading.Thread(target=write, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    db = Database.open(target)
    try:
        with db.store.reading() as session:
            stored = set(
                session.scalars(text("SELECT outcome FROM activity WHERE outcome LIKE 'bench-%'"))
            )
    finally:
        db.close()
    for line in failed[:3]:
        print(f"  failed: {line}")
    return len(reported), len(failed), len(set(reported) - stored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    bin_dir = binaries()
    if bin_dir is None:
        sys.exit("PostgreSQL is not installed (initdb not found); scripts/test installs it")
    server = Server(bin_dir)
    folder = Path(tempfile.mkdtemp(prefix="repatriate-bench-"))
    try:
        server.start()
        path = folder / "bench.sqlite3"
        start = time.perf_counter()
        filler = Database.open(str(path))
        filler.demo.fill(options.files, seed=1)
        with filler.store.reading() as session:
            refs = list(session.scalars(text("SELECT ref FROM prisoner_file LIMIT 8")))
        print(f"demo --cases {options.files:,} (SQLite): {time.perf_counter() - start:.1f} s")
        server.execute("CREATE DATABASE bench")
        url = server.url("bench")
        start = time.perf_counter()
        _location, copied = copy_database(filler.store, url)
        filler.close()
        rows = sum(table.rows for table in copied)
        print(f"copy --to PostgreSQL: {rows:,} rows in {time.perf_counter() - start:.1f} s")
        targets = {"sqlite": str(path), "postgresql": url}
        side_by_side(targets, options.repeat)
        print(f"\n{options.writers} writers (`repatriate log`) for {options.seconds:.0f} s each:")
        for engine, target in targets.items():
            written, failed, lost = writers(target, refs, options.writers, options.seconds)
            print(
                f"{engine:<11} {written:5,} writes ({written / options.seconds:5.1f}/s), "
                f"{failed} failed, {lost} lost"
            )
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
