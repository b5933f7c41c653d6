"""On a PostgreSQL server, a change to a file is announced to the other connections once it is
committed: never one rolled back, never to the store that made it, and not a mere view."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from postgres_server import Server
from repatriate.domain.audit import AuditAction
from repatriate.domain.errors import RepatriateError
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services import audit
from repatriate.services.database import Database
from repatriate.storage.notices import Listener

TODAY = date(2026, 11, 22)


def first_heard(listener: Listener) -> list[str]:
    """What is heard first, without waiting out the timeout (what follows is heard, or not,
    by the next wait)."""
    return list(itertools.islice(listener.heard(5.0), 1))


def test_a_change_is_heard_by_the_others_after_it_is_committed(postgres: Server) -> None:
    url = postgres.url(postgres.database())
    mine, theirs = Database.open(url), Database.open(url)
    listener = mine.store.listener()
    try:
        theirs.cases.add(PrisonerFile(ref="KOL/1", name="Salma Begum"), TODAY)
        assert first_heard(listener) == ["KOL/1"]

        theirs.cases.get("KOL/1")
        mine.cases.save(mine.cases.get("KOL/1").replace(notes="mine"), TODAY)
        assert list(listener.heard(0.5)) == []

        with pytest.raises(RepatriateError), theirs.store.unit_of_work() as session:
            audit.record(session, AuditAction.SAVE, "KOL/1")
            raise RepatriateError("given up")
        assert list(listener.heard(0.5)) == []

        theirs.movements.move("KOL/1", "BDHC-DEL", on=TODAY)
        assert first_heard(listener) == ["KOL/1"]
        assert list(listener.heard(0.5)) == []
    finally:
        listener.close()
        mine.close()
        theirs.close()
    postgres.drop(url.split("/")[-1].split("?")[0])


def test_a_sqlite_file_announces_nothing(db_path: Path) -> None:
    db = Database.open(str(db_path))
    try:
        with pytest.raises(RepatriateError, match="only a server database announces changes"):
            db.store.listener()
    finally:
        db.close()
