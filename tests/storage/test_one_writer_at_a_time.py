"""Writers take turns: a second writer waits for the first instead of failing with "database is
locked"; a read-only store refuses every change; saves are made durable."""

from __future__ import annotations

import threading
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from repatriate.domain.errors import RepatriateError
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.storage.files import FileRepository


def test_a_second_writer_waits_for_the_first_and_both_files_are_saved(
    db: Database, db_path: Path
) -> None:
    other = Database.open(str(db_path))
    holding = threading.Event()

    def long_write() -> None:
        with other.store.unit_of_work() as session:
            FileRepository(session).add(PrisonerFile(ref="KOL/1", name="Salma Begum"))
            holding.set()
            time.sleep(1.5)

    writer = threading.Thread(target=long_write)
    writer.start()
    try:
        assert holding.wait(30)
        # Reads first, then writes: without the write lock from the start, SQLite refuses
        # this at once while the other transaction is open.
        db.cases.add(PrisonerFile(ref="KOL/2", name="Rafiq Islam"))
    finally:
        writer.join()
        other.close()
    assert db.cases.get("KOL/1").name == "Salma Begum"
    assert db.cases.get("KOL/2").name == "Rafiq Islam"


def test_a_read_does_not_wait_for_a_writer(db: Database, db_path: Path) -> None:
    db.cases.add(PrisonerFile(ref="KOL/1", name="Salma Begum"))
    # The first read of a day assesses the standings time changed, a write; the next ones read.
    db.register.summaries(date.today())
    other = Database.open(str(db_path))
    try:
        with other.store.unit_of_work() as session:
            FileRepository(session).add(PrisonerFile(ref="KOL/2", name="Rafiq Islam"))
            begun = time.perf_counter()
            assert [s.ref for s in db.register.summaries(date.today())] == ["KOL/1"]
            assert time.perf_counter() - begun < 1
    finally:
        other.close()


def test_a_unit_of_work_inside_another_does_not_wait_for_itself(db: Database) -> None:
    begun = time.perf_counter()
    with db.store.unit_of_work() as outer:
        FileRepository(outer).add(PrisonerFile(ref="KOL/1", name="Salma Begum"))
        assert db.cases.count() == 0
    assert time.perf_counter() - begun < 5
    assert db.cases.count() == 1


def test_a_read_only_database_shows_files_and_saves_nothing(db: Database, db_path: Path) -> None:
    db.cases.add(PrisonerFile(ref="KOL/1", name="Salma Begum"))
    looking = Database.open(str(db_path), read_only=True)
    try:
        assert looking.read_only
        assert looking.cases.get("KOL/1").name == "Salma Begum"
        with pytest.raises(RepatriateError, match=r"read-only in this window.*nothing was saved"):
            looking.cases.add(PrisonerFile(ref="KOL/2", name="Rafiq Islam"))
        with pytest.raises(RepatriateError, match="read-only"):
            looking.settings.set_threshold("long_overstay_days", "200")
    finally:
        looking.close()
    assert db.cases.count() == 1
    assert db.settings.thresholds().long_overstay_days != 200


@pytest.mark.sqlite_only  # PRAGMA synchronous
def test_every_save_is_flushed_to_disk_before_it_is_reported(db: Database) -> None:
    with db.store.engine.connect() as connection:
        # 2 is FULL (https://sqlite.org/pragma.html#pragma_synchronous).
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 30000
