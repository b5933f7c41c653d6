"""Opening a database: a SQLite file (the embedded default) or a SQLAlchemy URL."""

from __future__ import annotations

import shlex
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from repatriate.domain.errors import RepatriateError
from repatriate.storage import encryption

POSTGRESQL_DRIVER = "postgresql+psycopg"
"""PostgreSQL through psycopg 3 (`pip install 'repatriate[postgres]'`)."""


def database_url(target: str) -> str:
    """A `--db` value as a SQLAlchemy URL: URLs pass through, anything else is a SQLite path.
    A plain `postgresql://` (or `postgres://`) URL uses psycopg 3, the driver Repatriate
    installs."""
    if "://" in target:
        for plain in ("postgresql://", "postgres://"):
            if target.startswith(plain):
                target = f"{POSTGRESQL_DRIVER}://{target.removeprefix(plain)}"
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


SQLITE_HEADER = b"SQLite format 3\x00"
"""The first 16 bytes of every SQLite database file (https://sqlite.org/fileformat.html)."""


def check_sqlite_file(path: Path, *, create: bool) -> None:
    """Refuse a path that is not a database before SQLite would quietly make one there.

    Without `create`, the file must exist and start with the SQLite header, or be encrypted
    (it has no plain header then, but a `.keyinfo` header file beside it). With it (`init`),
    a missing or 0-byte file may become a new database, but never a file of something else.
    """
    if path.is_dir():
        raise RepatriateError(f"--db: {path}: is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        if create:
            return
        raise RepatriateError(
            f"no database at {path}; create it with `repatriate --db {shlex.quote(str(path))} init`"
        ) from None
    except OSError as exc:
        raise RepatriateError(f"--db: {path}: cannot read ({exc.strerror})") from None
    if not header and create:
        return
    if not header:
        raise RepatriateError(
            f"{path}: an empty file (0 bytes), not a database; `repatriate --db "
            f"{shlex.quote(str(path))} init` makes a new database in it"
        )
    if header != SQLITE_HEADER and not encryption.keyinfo_path(path).is_file():
        raise RepatriateError(f"{path}: not a database (it does not start with the SQLite header)")


BUSY_TIMEOUT_SECONDS = 60
"""How long a writer waits for another to finish before giving up. The longest write
transaction is one chunk of `demo` (2,000 files, about a second here) or an import (parsed and
checked before it begins, so only its inserts hold the lock); a minute leaves wide room."""

READING = "repatriate_reading"
"""Execution option of a connection whose transactions only read (see `_on_sqlite_begin`)."""


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Foreign keys are off by default in SQLite; busy_timeout makes a second writer wait for
    # the lock instead of failing at once. WAL is switched on once the file is known to be ours
    # (see `use_wal`), because it rewrites the file header.
    # isolation_level None stops the driver from beginning and committing transactions on its
    # own (it never begins one before CREATE or ALTER, so each statement of a migration was
    # committed at once); `_on_sqlite_begin` begins every transaction instead, so that schema
    # changes are all or nothing. SQLAlchemy's recipe: "Serializable isolation / Savepoints /
    # Transactional DDL" in its SQLite dialect documentation.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    # FULL: with WAL, NORMAL may lose the last committed transactions on power loss; a change
    # the app said was saved must stay saved (https://sqlite.org/pragma.html#pragma_synchronous).
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    cursor.close()


def _on_sqlite_connect_read_only(dbapi_connection: sqlite3.Connection, record: Any) -> None:
    """As `_on_sqlite_connect`, and SQLite itself refuses every write on the connection."""
    _on_sqlite_connect(dbapi_connection, record)
    dbapi_connection.execute("PRAGMA query_only = ON")


def _on_sqlite_begin(connection: Connection) -> None:
    # IMMEDIATE takes the write lock at the start, waiting (busy_timeout) while another writer
    # holds it. A deferred transaction that read first and then writes cannot wait: SQLite
    # answers "database is locked" at once, since its snapshot may be stale
    # (https://sqlite.org/lang_transaction.html). Reads begin deferred and never wait in WAL.
    if connection.get_execution_options().get(READING, False):
        connection.exec_driver_sql("BEGIN")
    else:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def open_engine(url: str, *, create: bool = True, read_only: bool = False) -> Engine:
    """An engine for `url`; for SQLite, the file is checked (see `check_sqlite_file`), its folder
    created if `create`, and the pragmas are set. A `read_only` engine's connections refuse
    every write."""
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path, create=create)
        if not path.parent.is_dir():
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise RepatriateError(f"--db: {path}: cannot create its folder ({exc})") from None
    try:
        engine = create_engine(url, **_encrypted_options(path))
    except ImportError as exc:
        shown = make_url(url).render_as_string(hide_password=True)
        hint = " (pip install 'repatriate[postgres]')" if "psycopg" in str(exc) else ""
        raise RepatriateError(f"--db: {shown}: cannot open ({exc}){hint}") from None
    except ArgumentError as exc:
        shown = make_url(url).render_as_string(hide_password=True)
        raise RepatriateError(f"--db: {shown}: cannot open ({exc})") from None
    if engine.dialect.name == "sqlite":
        on_connect = _on_sqlite_connect_read_only if read_only else _on_sqlite_connect
        event.listen(engine, "connect", on_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        if read_only:
            engine = engine.execution_options(**{READING: True})
    return engine


def _encrypted_options(path: Path | None) -> dict[str, Any]:
    """For an encrypted file, `create_engine` options that connect with SQLCipher's driver
    and set the key before anything else is read; none for a plain one.

    The key comes from the ones unlocked in this process (`encryption.unlock`); the URL stays
    the plain path, so the key is in no URL, log or process argument.
    """
    if path is None:
        return {}
    key = encryption.key_for(path)
    if key is None:
        return {}
    driver = encryption.cipher()
    location = str(path)

    def connect() -> Any:
        connection = encryption.keyed(driver.connect(location, check_same_thread=False), key)
        connection.execute(f"PRAGMA cache_size = -{encryption.PAGE_CACHE_KIB}")
        return connection

    return {"module": driver, "creator": connect}


def use_wal(engine: Engine) -> None:
    """Write-ahead logging for a SQLite file: readers never wait for the writer.

    The mode is stored in the file, so this is done once, after the schema check.
    """
    if sqlite_path(engine.url.render_as_string(hide_password=False)) is None:
        return
    # Outside any transaction: SQLite cannot change the journal mode inside one.
    with engine.connect() as connection:
        connection.connection.driver_connection.execute(  # type: ignore[union-attr]
            "PRAGMA journal_mode = WAL"
        )
