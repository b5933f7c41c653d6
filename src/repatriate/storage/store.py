"""The store: one engine per database, one short session per user action."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from repatriate.domain.errors import Conflict, RepatriateError
from repatriate.storage import schema
from repatriate.storage.engine import READING, open_engine, sqlite_path, use_wal
from repatriate.storage.files import FileRepository
from repatriate.storage.notices import Listener


class Store:
    """A Repatriate database, migrated to the current schema when opened."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self.engine = engine
        self.read_only = read_only
        """Whether every write is refused (the database is open in another window)."""
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._reads = sessionmaker(
            engine.execution_options(**{READING: True}), expire_on_commit=False
        )
        self._writing = threading.local()
        self.settle: Callable[[Session], None] | None = None
        """Called at the end of every unit of work that writes, before it commits: the
        services assess there again the standings of the files it changed."""
        self.last_backup: Path | None = None
        """The backup made before the schema was last upgraded, if any."""
        self.server_processes: set[int] = set()
        """On PostgreSQL, the server processes of this store's connections: the changes it
        announces itself (see `storage.notices`)."""
        if engine.dialect.name == "postgresql":
            event.listen(engine, "connect", self._remember_process)

    @classmethod
    def open(cls, url: str, *, create: bool = True, read_only: bool = False) -> Store:
        """Open (upgrading as needed) the database at `url`. Only with `create` is a missing,
        0-byte or empty database given a new schema (see `schema.upgrade`). A `read_only`
        store writes nothing, so its schema must already be current."""
        if read_only:
            return cls._open_read_only(url)
        store = cls(open_engine(url, create=create))
        try:
            store.last_backup = schema.upgrade(store.engine, create=create)
            use_wal(store.engine)
            with store._sessions.begin() as session:
                FileRepository(session).refresh_release_dates()
        except SQLAlchemyError as exc:
            store.close()
            raise RepatriateError(f"{store.describe()}: cannot open: {_reason(exc)}") from None
        except RepatriateError as exc:
            store.close()
            raise RepatriateError(f"{store.describe()}: {exc}") from None
        return store

    @classmethod
    def _open_read_only(cls, url: str) -> Store:
        store = cls(open_engine(url, create=False, read_only=True), read_only=True)
        try:
            current = schema.current_revision(store.engine)
        except SQLAlchemyError as exc:
            store.close()
            raise RepatriateError(f"{store.describe()}: cannot open: {_reason(exc)}") from None
        if current != schema.SCHEMA_REVISION:
            store.close()
            raise RepatriateError(
                f"{store.describe()}: its schema is {current or 'missing'}, not "
                f"{schema.SCHEMA_REVISION}; it cannot be upgraded while opened read-only"
            )
        return store

    def _remember_process(self, dbapi_connection: Any, _record: Any) -> None:
        self.server_processes.add(dbapi_connection.info.backend_pid)

    def listener(self) -> Listener:
        """A connection that hears the files other people change (PostgreSQL only)."""
        if not self.is_postgresql:
            raise RepatriateError(f"{self.describe()}: only a server database announces changes")
        return Listener(
            self.engine.dialect.create_connect_args(self.engine.url),  # type: ignore[arg-type]
            self.server_processes,
        )

    @property
    def is_postgresql(self) -> bool:
        """Whether this is a PostgreSQL server database (shared by a clinic's caseworkers)
        rather than a SQLite file."""
        return self.engine.dialect.name == "postgresql"

    def describe(self) -> str:
        """The database's file path, or its URL without a password."""
        path = sqlite_path(self.engine.url.render_as_string(hide_password=False))
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back on any error. It
        holds the write lock from its start (see `engine._on_sqlite_begin`), so another writer
        waits for it rather than failing; blocks that only read use `reading`.

        One opened inside another on the same thread reads only: taking the write lock there
        would wait for the outer one, held by this very thread, until the busy timeout."""
        if getattr(self._writing, "active", False):
            with self._transaction(self._reads) as session:
                yield session
            return
        self._writing.active = True
        try:
            with self._transaction(self._sessions) as session:
                yield session
                if self.settle is not None:
                    session.flush()
                    self.settle(session)
        finally:
            self._writing.active = False

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A transaction that only reads: it never waits for a writer (WAL), and a writer never
        waits for it. A write in it fails."""
        with self._transaction(self._reads) as session:
            yield session

    @contextmanager
    def _transaction(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        try:
            with sessions.begin() as session:
                yield session
        except StaleDataError:
            raise Conflict("the file was changed by someone else meanwhile; reopen it") from None
        except SQLAlchemyError as exc:
            if self.read_only and _is_read_only_refusal(exc):
                raise RepatriateError(
                    f"{self.describe()} is open read-only in this window (another window "
                    "has it open); nothing was saved"
                ) from None
            raise RepatriateError(f"{self.describe()}: {_reason(exc)}") from None

    def close(self) -> None:
        self.engine.dispose()


def _is_read_only_refusal(exc: SQLAlchemyError) -> bool:
    return isinstance(exc, DBAPIError) and "readonly database" in str(exc.orig)


def _reason(exc: SQLAlchemyError) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).strip().splitlines()[0]
    return str(exc).splitlines()[0]
