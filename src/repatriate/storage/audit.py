"""The audit log's table and the setting that holds its count and newest hash."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from repatriate.domain.audit import GENESIS, AuditEntry, LogHead, entry_hash
from repatriate.storage.settings import SettingRepository
from repatriate.storage.tables import AuditEntryRow

APPEND_LOCK = 0x5245_5041_5452_4941
"""The PostgreSQL advisory lock ("REPATRIA") that makes appends to the log one at a time."""

HEAD = "audit.head"
"""The setting with the log's count and newest hash, written with every entry."""


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def append(
        self,
        *,
        at: str,
        os_user: str,
        app_user: str | None,
        action: str,
        ref: str | None,
        detail: str,
    ) -> AuditEntry:
        """Add an entry after the newest one, and move the head to it, in the session's
        transaction."""
        if self.session.get_bind().dialect.name == "postgresql":
            # One writer at a time appends, as on SQLite (whose writers take the file's lock
            # at BEGIN): two would read the same newest entry and both number theirs after it.
            # Held until the transaction ends.
            self.session.execute(select(func.pg_advisory_xact_lock(APPEND_LOCK)))
        last = self.session.scalars(
            select(AuditEntryRow).order_by(AuditEntryRow.number.desc()).limit(1)
        ).first()
        number = last.number + 1 if last else 1
        prev_hash = last.hash if last else GENESIS
        digest = entry_hash(number, at, os_user, app_user, action, ref, detail, prev_hash)
        row = AuditEntryRow(
            number=number,
            at=at,
            os_user=os_user,
            app_user=app_user,
            action=action,
            ref=ref,
            detail=detail,
            prev_hash=prev_hash,
            hash=digest,
        )
        self.session.add(row)
        SettingRepository(self.session).put(HEAD, {"count": number, "hash": digest})
        return _entry(row)

    def entries(self, ref: str | None = None, since: str | None = None) -> list[AuditEntry]:
        """In the order written; of one file, and from a time (ISO text, UTC), if given."""
        query = select(AuditEntryRow).order_by(AuditEntryRow.number)
        if ref is not None:
            query = query.where(AuditEntryRow.ref == ref)
        if since is not None:
            query = query.where(AuditEntryRow.at >= since)
        return [_entry(row) for row in self.session.scalars(query)]

    def head(self) -> LogHead | None:
        value = SettingRepository(self.session).get(HEAD)
        if not isinstance(value, dict):
            return None
        try:
            return LogHead(int(value["count"]), str(value["hash"]))
        except (KeyError, TypeError, ValueError):
            return None


def _entry(row: AuditEntryRow) -> AuditEntry:
    return AuditEntry(
        number=row.number,
        at=row.at,
        os_user=row.os_user,
        app_user=row.app_user,
        action=row.action,
        ref=row.ref,
        detail=row.detail,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )
