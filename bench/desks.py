"""Benchmark: `desks --stats` and `where` on 100,000 files with about 20 movements each.

Demo data gives the realistic histories (files under trial have none); this script then adds
synthetic back-and-forth histories until the database holds about 20 movements a file, and
times the dwell statistics. Run: `.venv/bin/python bench/desks.py [--files N] [--per-file M]`.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from repatriate.domain.desks import Movement, MovementKind
from repatriate.services.database import Database
from repatriate.storage.desks import MovementRepository
from repatriate.storage.tables import FileRow, HoldRow, MovementRow
from timing import COMMAND, median_seconds


def top_up(db: Database, per_file: int, rng: random.Random) -> None:
    """Give every file `per_file` movements at least: sent, returned, sent again, cleared."""
    codes = [d.code for d in db.desks.directory()]
    with db.store.unit_of_work() as session:
        counts = dict(
            session.execute(
                select(MovementRow.file_id, func.count()).group_by(MovementRow.file_id)
            ).all()
        )
        ids = list(session.scalars(select(FileRow.id)))
        repository = MovementRepository(session)
        batch: dict[int, list[Movement]] = {}
        for file_id in ids:
            day = date(2023, 1, 1) + timedelta(days=rng.randint(0, 400))
            moves: list[Movement] = []
            while len(moves) + counts.get(file_id, 0) < per_file:
                desk = rng.choice(codes)
                moves.append(Movement(desk, MovementKind.SENT, day))
                day += timedelta(days=rng.randint(3, 90))
                ending = rng.choice((MovementKind.CLEARED, MovementKind.RETURNED))
                moves.append(Movement(desk, ending, day, reason="bench"))
                day += timedelta(days=rng.randint(1, 20))
            batch[file_id] = moves
            if len(batch) == 5000:
                repository.insert_many(batch, new_files=False)
                batch = {}
        repository.insert_many(batch, new_files=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=20)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        db = Database.open(str(path))
        start = time.perf_counter()
        db.demo.fill(options.files, seed=1)
        print(
            f"{'demo --cases ' + format(options.files, ','):<44} "
            f"{time.perf_counter() - start:7.2f} s"
        )
        start = time.perf_counter()
        top_up(db, options.per_file, random.Random(2))
        print(
            f"{'top-up to ' + str(options.per_file) + ' movements a file':<44} "
            f"{time.perf_counter() - start:7.2f} s"
        )
        with db.store.unit_of_work() as session:
            moves = session.scalar(select(func.count()).select_from(MovementRow)) or 0
            holds = session.scalar(select(func.count()).select_from(HoldRow)) or 0
        print(f"{'movements / holds':<44} {moves:,} / {holds:,}")
        today = date.today()
        print(
            f"{'desks --stats (service, median of 5)':<44} "
            f"{median_seconds(lambda: db.desks.dwell(today)):7.3f} s"
        )
        print(
            f"{'  --nationality BD (service)':<44} "
            f"{median_seconds(lambda: db.desks.dwell(today, nationality='BD')):7.3f} s"
        )
        print(
            f"{'where DEMO-000001 (service)':<44} "
            f"{median_seconds(lambda: db.movements.where('DEMO-000001', today)):7.3f} s"
        )
        db.close()
        for args in (
            ["desks", "--stats"],
            ["desks", "--stats", "--format", "csv"],
            ["where", "DEMO-000001"],
        ):
            run = lambda args=args: subprocess.run(  # noqa: E731
                [COMMAND, "--db", str(path), *args], check=True, capture_output=True
            )
            label = "repatriate " + " ".join(args) + " (median of 5)"
            print(f"{label:<44} {median_seconds(run):7.3f} s")


if __name__ == "__main__":
    main()
