"""On a clinic's PostgreSQL server, every change to a file is announced to the other windows
(LISTEN/NOTIFY), so that a window showing the file shows it anew. A SQLite file has one user
at a time: nothing is announced there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from repatriate.domain.errors import RepatriateError

CHANNEL = "repatriate_files"
"""The payload is the ref of the file changed; empty when any file may have changed."""

EVERY_FILE = ""


def announce(session: Session, ref: str | None) -> None:
    """Tell the other windows, once the session's transaction commits (PostgreSQL delivers a
    NOTIFY only then, and never for a transaction rolled back), that `ref` changed."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(select(func.pg_notify(CHANNEL, ref or EVERY_FILE)))


class Listener:
    """A connection of its own, outside the store's pool, that hears the announcements of
    other connections: those whose server process is in `own` (the store's) are left out, as
    the window already knows what it changed itself."""

    def __init__(self, connect_args: tuple[list[Any], dict[str, Any]], own: set[int]) -> None:
        import psycopg

        arguments, options = connect_args
        try:
            self.connection = psycopg.connect(*arguments, **options, autocommit=True)
        except psycopg.Error as exc:
            raise RepatriateError(f"cannot listen for changes: {exc}") from None
        self.own = own
        self.connection.execute(f"LISTEN {CHANNEL}")

    def heard(self, timeout: float) -> Iterator[str]:
        """The refs announced by others within `timeout` seconds (EVERY_FILE: any file)."""
        for notice in self.connection.notifies(timeout=timeout):
            if notice.pid not in self.own:
                yield notice.payload

    def close(self) -> None:
        self.connection.close()
