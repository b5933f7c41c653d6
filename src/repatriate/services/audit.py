"""The audit log: every view, change, print, export, backup, restore, risk override and
deletion of a file, with who did it and when, in a hash chain that `verify` checks.

`record` writes into the caller's unit of work, so a change that is rolled back leaves no
entry; views and prints are recorded in the short transaction that reads the file.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from repatriate.domain.audit import AuditAction, AuditEntry, Break, first_break
from repatriate.storage import notices
from repatriate.storage.audit import AuditRepository
from repatriate.storage.store import Store


@cache
def os_user() -> str:
    """The account the program runs under."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        # No login name in the environment and none in the password database (a container).
        return "unknown"


def database_user(session: Session) -> str | None:
    """The database role the change is made as, on a PostgreSQL server (each caseworker signs
    in as their own, see `storage.roles`), read from the server itself so that no program can
    claim another; None on a SQLite file, which has no users."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    known = session.info.get(_DATABASE_USER)
    if known is None:
        known = session.info[_DATABASE_USER] = str(session.scalar(select(func.current_user())))
    return str(known)


_DATABASE_USER = "repatriate_database_user"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def record(session: Session, action: AuditAction, ref: str | None = None, detail: str = "") -> None:
    """Add an entry to the log in `session`'s transaction. `detail` must never hold personal
    data: only codes, counts and kinds."""
    AuditRepository(session).append(
        at=now(),
        os_user=os_user(),
        app_user=database_user(session),
        action=action.value,
        ref=ref,
        detail=detail,
    )
    if action not in UNCHANGED:
        notices.announce(session, ref)


UNCHANGED = frozenset({AuditAction.VIEW, AuditAction.PRINT, AuditAction.EXPORT, AuditAction.BACKUP})
"""Actions recorded that change no file: the other windows are not told of them."""


@dataclass(frozen=True, slots=True)
class Verification:
    entries: int
    broken: Break | None


class AuditService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def entries(self, ref: str | None = None, since: date | None = None) -> list[AuditEntry]:
        """The log in the order written: of one file, and from the start of a day (UTC)."""
        # Times are stored as ISO text, which sorts as time does: a day's entries all come
        # at or after the bare date.
        start = since.isoformat() if since is not None else None
        with self.store.unit_of_work() as session:
            return AuditRepository(session).entries(ref, start)

    def verify(self) -> Verification:
        """Check the whole chain and its count: the first entry edited, inserted, removed or
        moved, if any."""
        with self.store.unit_of_work() as session:
            repository = AuditRepository(session)
            entries = repository.entries()
            head = repository.head()
        return Verification(len(entries), first_break(entries, head))
