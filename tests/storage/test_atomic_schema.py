"""Schema changes are all or nothing: a kill or a failure mid-migration leaves a database that
opens, at the old schema or the new one; never half of each."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from repatriate.domain.errors import RepatriateError
from repatriate.storage import schema
from repatriate.storage.engine import database_url
from repatriate.storage.store import Store

NEXT = "9001"

EXTRA_MIGRATION = '''"""A test migration: changes the schema, then {ending}.

Revision ID: {revision}
Revises: {head}
"""

import time
from pathlib import Path

import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("prisoner_file", sa.Column("half_done", sa.Integer(), nullable=True))
    op.create_table("half_made", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE prisoner_file SET name = 'overwritten'")
    {last_step}
'''

STEPS = {
    "sleeps": "Path({marker!r}).write_text('in the middle'); time.sleep(120)",
    "fails": "raise RuntimeError('the disk said no')",
}


def migrations_with_a_step_that(ending: str, tmp_path: Path) -> Path:
    """A copy of the shipped migrations with one more that changes the schema, then
    `ending`: sleeps (for a kill) or fails."""
    folder = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    step = STEPS[ending].format(marker=str(tmp_path / "marker"))
    (folder / "versions" / f"{NEXT}_test.py").write_text(
        EXTRA_MIGRATION.format(
            ending=ending, revision=NEXT, head=schema.SCHEMA_REVISION, last_step=step
        ),
        encoding="utf-8",
    )
    return folder


def use_migrations(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", folder)
    monkeypatch.setattr(schema, "SCHEMA_REVISION", NEXT)


def open_and_kill_mid_migration(tmp_path: Path, db_path: Path) -> None:
    """Open `db_path` in another process running the sleeping migration, kill it there."""
    folder = migrations_with_a_step_that("sleeps", tmp_path)
    program = (
        "from pathlib import Path\n"
        "from repatriate.storage import schema\n"
        "from repatriate.storage.engine import database_url\n"
        "from repatriate.storage.store import Store\n"
        f"schema.MIGRATIONS = Path({str(folder)!r})\n"
        f"schema.SCHEMA_REVISION = {NEXT!r}\n"
        f"Store.open(database_url({str(db_path)!r}))\n"
    )
    process = subprocess.Popen([sys.executable, "-c", program])
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "marker").exists():
            assert process.poll() is None, "the migration ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def files_and_columns(db_path: Path) -> tuple[list[tuple[str, str]], set[str], set[str]]:
    with sqlite3.connect(db_path) as connection:
        files = connection.execute("SELECT ref, name FROM prisoner_file ORDER BY ref").fetchall()
        columns = {row[1] for row in connection.execute("PRAGMA table_info(prisoner_file)")}
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    return files, columns, tables


def a_database_with_one_file(db_path: Path) -> None:
    from repatriate.domain.prisoner import PrisonerFile
    from repatriate.services.database import Database

    db = Database.open(str(db_path))
    try:
        db.cases.add(PrisonerFile(ref="K-1", name="Salma"))
    finally:
        db.close()


def test_a_kill_mid_upgrade_leaves_the_old_schema_and_every_file(tmp_path: Path) -> None:
    db_path = tmp_path / "clinic.sqlite3"
    a_database_with_one_file(db_path)

    open_and_kill_mid_migration(tmp_path, db_path)

    files, columns, tables = files_and_columns(db_path)
    assert files == [("K-1", "Salma")]
    assert "half_done" not in columns
    assert "half_made" not in tables
    # The program of this version opens it as if nothing had happened.
    store = Store.open(database_url(str(db_path)), create=False)
    try:
        assert schema.current_revision(store.engine) == schema.SCHEMA_REVISION
    finally:
        store.close()


def test_a_kill_during_the_first_init_leaves_a_file_init_can_make_again(tmp_path: Path) -> None:
    db_path = tmp_path / "clinic.sqlite3"

    open_and_kill_mid_migration(tmp_path, db_path)

    # No command but init takes it; init makes the whole schema, not "tables but no version".
    with pytest.raises(RepatriateError, match="init"):
        Store.open(database_url(str(db_path)), create=False).close()
    store = Store.open(database_url(str(db_path)), create=True)
    try:
        assert schema.current_revision(store.engine) == schema.SCHEMA_REVISION
    finally:
        store.close()


def test_a_failed_upgrade_puts_the_database_back_from_its_one_backup_and_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "clinic.sqlite3"
    a_database_with_one_file(db_path)
    use_migrations(monkeypatch, migrations_with_a_step_that("fails", tmp_path))

    with pytest.raises(RepatriateError) as failure:
        Store.open(database_url(str(db_path)), create=False)

    backups = list(tmp_path.glob("*.bak"))
    assert len(backups) == 1
    message = str(failure.value)
    assert "the disk said no" in message
    assert f"put back as it was, from {backups[0]}" in message
    assert "\n" not in message
    files, columns, tables = files_and_columns(db_path)
    assert files == [("K-1", "Salma")]
    assert "half_done" not in columns
    assert "half_made" not in tables
    monkeypatch.undo()
    store = Store.open(database_url(str(db_path)), create=False)
    try:
        assert schema.current_revision(store.engine) == schema.SCHEMA_REVISION
        assert store.last_backup is None
    finally:
        store.close()
    assert list(tmp_path.glob("*.bak")) == backups
