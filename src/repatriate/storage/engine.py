"""Opening a database: a SQLite file (the embedded default) or a SQLAlchemy URL."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from repatriate.domain.errors import RepatriateError


def database_url(target: str) -> str:
    """A `--db` value as a SQLAlchemy URL: URLs pass through, anything else is a SQLite path."""
    if "://" in target:
        try:
            make_url(target)
        except ArgumentError as exc:
            raise RepatriateError(f"--db: {target}: not a database URL ({exc})") from None
        return target
    return f"sqlite:///{Path(target).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; busy_timeout makes a second instance wait for
    # a lock instead of failing at once. WAL is switched on once the file is known to be ours
    # (see `use_wal`), because it rewrites the file header.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.close()


def open_engine(url: str) -> Engine:
    """An engine for `url`; for SQLite, the folder is created and the pragmas are set."""
    path = sqlite_path(url)
    if path is not None:
        if path.is_dir():
            raise RepatriateError(f"--db: {path}: is a folder, not a database file")
        if not path.parent.is_dir():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise RepatriateError(f"--db: {path}: cannot create its folder ({exc})") from None
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError) as exc:
        raise RepatriateError(f"--db: {url}: cannot open ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _on_sqlite_connect)
    return engine


def use_wal(engine: Engine) -> None:
    """Write-ahead logging for a SQLite file: readers never wait for the writer.

    The mode is stored in the file, so this is done once, after the schema check.
    """
    if sqlite_path(engine.url.render_as_string(hide_password=False)) is None:
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
