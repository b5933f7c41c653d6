"""One window per database: a second window on it says who has it open and offers to open it
read-only or not at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.ui.application import Session, claim
from repatriate.ui.database_lock import DatabaseLock, Holder


def test_a_second_window_is_told_who_holds_the_database_and_may_look_read_only(
    qtbot: QtBot, db: Database, db_path: Path
) -> None:
    db.cases.add(PrisonerFile(ref="KOL/1", name="Salma Begum"))
    first = claim(db, lambda *_: pytest.fail("the first window is not asked"))
    assert first is not None and first[1] is not None
    asked: list[tuple[str, Holder]] = []

    def read_only(_parent: object, location: str, holder: Holder) -> bool:
        asked.append((location, holder))
        return True

    second_db = Database.open(str(db_path))
    second = claim(second_db, read_only)
    try:
        assert second is not None
        looking, lock = second
        assert lock is None and looking.read_only
        [(location, holder)] = asked
        assert location == str(db_path)
        assert holder.pid > 0 and holder.host and holder.since is not None
        assert str(holder.pid) in holder.describe()

        session = Session(looking)
        qtbot.addWidget(session.window)
        assert "read-only" in session.window.windowTitle()
        assert looking.cases.get("KOL/1").name == "Salma Begum"
        with pytest.raises(Exception, match="read-only"):
            looking.cases.add(PrisonerFile(ref="KOL/2", name="Rafiq Islam"))
        assert db.cases.count() == 1
    finally:
        if second is not None:
            second[0].close()
        second_db.close()
        first[1].release()


def test_not_at_all_opens_nothing_and_the_lock_is_free_once_the_window_closes(
    db: Database, db_path: Path
) -> None:
    first = claim(db, lambda *_: pytest.fail("the first window is not asked"))
    assert first is not None and first[1] is not None
    assert claim(db, lambda *_: False) is None
    first[1].release()

    again = claim(db, lambda *_: pytest.fail("a closed window holds nothing"))
    assert again is not None and again[1] is not None
    again[1].release()


def test_a_lock_left_by_a_crashed_window_is_taken_over(db_path: Path, db: Database) -> None:
    lock_path = db_path.with_name(db_path.name + ".lock")
    # A window that dies without unlocking: its process leaves the lock file behind.
    crashed = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crashed, str(lock_path)], check=True, timeout=60)
    assert lock_path.exists()

    lock = DatabaseLock.beside(db)
    assert lock is not None
    assert lock.claim()
    lock.release()
