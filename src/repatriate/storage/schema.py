"""Creating and upgrading the database schema with Alembic, backing up first.

A fresh database is made by running every migration, so a new install and an upgraded one
have the same schema by construction.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from repatriate.domain.errors import RepatriateError
from repatriate.storage import backups
from repatriate.storage.engine import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
SCHEMA_REVISION = "0012"
"""The newest migration. Kept here so that opening an up-to-date database does not load
Alembic (a fifth of a second at every start); a test checks it against the migrations."""


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stamped in the database, None for a database without one."""
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(_config()).walk_revisions()}


def backup_sqlite(path: Path, label: str) -> Path:
    """A verified copy of a SQLite database beside it, made with SQLite's online backup."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{label}-{stamp}.bak")
    backups.copy(path, target)
    return target


def upgrade(engine: Engine, revision: str = "head", *, create: bool = True) -> Path | None:
    """Bring the schema up to `revision`. Returns the backup made first, if any.

    An empty database gets the whole schema only if `create` (`init`); otherwise it is refused,
    so that a mistyped path never answers as if the clinic had no files. An existing SQLite
    database that needs upgrading is backed up beside itself first. The upgrade is one
    transaction (see `engine._on_sqlite_begin`): a kill leaves the old schema or the new one.
    If it fails, the database is put back from that backup, and the error says so.
    """
    current = current_revision(engine)
    tables = set(inspect(engine).get_table_names())
    target = SCHEMA_REVISION if revision == "head" else revision
    if current == target:
        return None
    if current is not None and current not in _known_revisions():
        raise RepatriateError(
            f"the database is at schema {current}, made by a newer Repatriate: update the program"
        )
    if current is None and tables - {"alembic_version"}:
        raise RepatriateError(
            "the database has tables but no Repatriate schema version: it is not a Repatriate "
            "database"
        )
    if current is None and not create:
        raise RepatriateError("an empty database, without Repatriate's tables; `init` creates them")
    backup = None
    path = sqlite_path(engine.url.render_as_string(hide_password=False))
    if current is not None and path is not None:
        backup = backup_sqlite(path, f"before-{target}")
    from alembic import command

    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except Exception as exc:
        if backup is None or path is None:
            raise
        engine.dispose()
        backups.restore(backup, path)
        raise RepatriateError(
            f"upgrading the schema from {current} to {target} failed ({_first_line(exc)}); "
            f"the database was put back as it was, from {backup}"
        ) from None
    return backup


def _first_line(exc: Exception) -> str:
    reason = getattr(exc, "orig", None) or exc
    return (str(reason).strip().splitlines() or [type(exc).__name__])[0]
