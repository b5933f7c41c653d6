"""The store: one engine per database, one short session per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from repatriate.domain.errors import Conflict, RepatriateError
from repatriate.storage import schema
from repatriate.storage.engine import open_engine, sqlite_path, use_wal
from repatriate.storage.files import FileRepository


class Store:
    """A Repatriate database, migrated to the current schema when opened."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.last_backup: Path | None = None
        """The backup made before the schema was last upgraded, if any."""

    @classmethod
    def open(cls, url: str, *, create: bool = True) -> Store:
        """Open (upgrading as needed) the database at `url`. Only with `create` is a missing,
        0-byte or empty database given a new schema (see `schema.upgrade`)."""
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

    def describe(self) -> str:
        """The database's file path, or its URL without a password."""
        path = sqlite_path(self.engine.url.render_as_string(hide_password=False))
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed if the block succeeds, rolled back on any error."""
        try:
            with self._sessions.begin() as session:
                yield session
        except StaleDataError:
            raise Conflict("the file was changed by someone else meanwhile; reopen it") from None
        except SQLAlchemyError as exc:
            raise RepatriateError(f"{self.describe()}: {_reason(exc)}") from None

    def close(self) -> None:
        self.engine.dispose()


def _reason(exc: SQLAlchemyError) -> str:
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).strip().splitlines()[0]
    return str(exc).splitlines()[0]
