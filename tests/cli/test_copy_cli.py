"""`copy --to`: moving a clinic's whole database from a SQLite file to a PostgreSQL server and
back, losing nothing; a copy that fails leaves the target without a row."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

import samples
from command_line import repatriate
from postgres_server import PASSWORD, Server
from repatriate.domain.followups import ActivityKind
from repatriate.services.database import Database
from repatriate.storage import dump
from repatriate.storage.engine import database_url
from repatriate.storage.store import Store

TODAY = date(2026, 11, 22)


def clinic(path: Path) -> None:
    """A clinic with every kind of row: files, a photo and a scan, movements and holds,
    calls, follow-ups, settings, its own desk, and the audit log."""
    db = Database.open(str(path))
    db.demo.fill(12, seed=3)
    db.cases.add(samples.held("KOL/1", date(2025, 1, 1)), TODAY)
    db.cases.add_photo("KOL/1", samples.png(), taken_on=date(2026, 1, 10), source="prison visit")
    db.cases.add_document(
        "KOL/1", samples.pdf(), kind="court order", filename="order.pdf", dated=date(2025, 1, 1)
    )
    db.movements.move("KOL/1", "BDHC-DEL", on=date(2026, 10, 5), today=TODAY)
    db.followups.log("KOL/1", ActivityKind.CALL, desk="BDHC-DEL", outcome="rang", today=TODAY)
    db.followups.add("KOL/1", date(2026, 12, 1), title="ask again")
    db.close()


def everything(target: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, binary content included."""
    store = Store.open(database_url(target), create=False)
    try:
        with store.reading() as session:
            return {t.name: list(dump.read_rows(session, t)) for t in dump.tables()}
    finally:
        store.close()


def test_a_clinic_goes_to_postgresql_and_back_without_losing_a_row(
    postgres: Server, tmp_path: Path
) -> None:
    original = tmp_path / "clinic.sqlite3"
    clinic(original)
    server = postgres.url(postgres.empty_database())

    there = repatriate("--db", original, "copy", "--to", server)
    assert there.returncode == 0, there.stderr
    lines = there.stdout.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [t.name for t in dump.tables()]
    assert "prisoner_file: 13 rows, sha256 " in there.stdout
    assert "photo: 1 rows, sha256 " in there.stdout
    assert lines[-1].endswith("counts and checksums match")
    assert PASSWORD not in there.stdout

    back = tmp_path / "back.sqlite3"
    again = repatriate("--db", server, "copy", "--to", back)
    assert again.returncode == 0, again.stderr
    # The same tables, row counts and checksums on the way there and on the way back.
    assert again.stdout.splitlines()[:-1] == lines[:-1]

    assert everything(str(back)) == everything(str(original))
    assert everything(server) == everything(str(original))
    # The copied audit log still verifies, and the copy is a working database.
    verified = repatriate("--db", server, "audit", "--verify")
    assert verified.returncode == 0, verified.stderr
    added = repatriate("--db", server, "move", "KOL/1", "--to", "MHA-FD", "--date", "2026-11-01")
    assert added.returncode == 0, added.stderr


def test_a_copy_goes_only_into_an_empty_database(postgres: Server, tmp_path: Path) -> None:
    original = tmp_path / "clinic.sqlite3"
    clinic(original)
    server = postgres.url(postgres.database())
    holding = Database.open(server)
    holding.cases.add(samples.held("DEL/9", date(2025, 1, 1)), TODAY)
    holding.close()

    refused = repatriate("--db", original, "copy", "--to", server)
    assert refused.returncode == 1
    assert "the target database is not empty (" in refused.stderr
    assert "copy only into an empty database" in refused.stderr
    assert [f["ref"] for f in everything(server)["prisoner_file"]] == ["DEL/9"]


def test_a_copy_that_fails_half_way_leaves_the_target_without_a_row(
    postgres: Server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = tmp_path / "clinic.sqlite3"
    clinic(original)
    server = postgres.url(postgres.empty_database())
    write_rows = dump.write_rows

    def failing(session: Any, table: Any, *args: Any, **kwargs: Any) -> list[int]:
        if table.name == "activity":
            raise OSError("the network went down")
        return write_rows(session, table, *args, **kwargs)

    monkeypatch.setattr(dump, "write_rows", failing)
    failed = repatriate("--db", original, "copy", "--to", server)
    assert failed.returncode == 1
    assert "the network went down" in failed.stderr
    left = everything(server)
    # Only the stamp that opening any database writes (the rule its release dates follow).
    assert [row["key"] for row in left.pop("setting")] == ["release.rule"]
    assert all(rows == [] for rows in left.values())
