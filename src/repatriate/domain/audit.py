"""The audit log's entries and their hash chain: who viewed, printed, exported or changed what.

Each entry holds the SHA-256 of the one before it, and its own hash covers its fields and that
previous hash, so editing, inserting, removing or reordering an entry breaks the chain at that
entry. Removing the newest entries leaves a sound chain: the count and the last hash are kept
apart (see `LogHead`) and compared as well.

Only the file's ref goes into an entry, never a name or any other personal data (DPDP Act
2023, s. 8(5): reasonable security safeguards; the log records access, it must not become
another copy of what it guards).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum

GENESIS = "0" * 64
"""The previous hash of the first entry."""


class AuditAction(StrEnum):
    VIEW = "view"
    ADD = "add"
    SAVE = "save"
    IMPORT = "import"
    MOVEMENT = "movement"
    ACTIVITY = "activity"
    FOLLOW_UP = "follow-up"
    ORDER = "order"
    RTI = "rti"
    TRAVEL = "travel document"
    PRINT = "print"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    RISK_OVERRIDE = "risk override"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    number: int
    """1 for the first entry, then one more for each."""
    at: str
    """When, in UTC, as ISO 8601 text (hashed exactly as stored)."""
    os_user: str
    app_user: str | None
    """The database user who made it on a PostgreSQL server (its `current_user`); None on a
    SQLite file, which has no users."""
    action: str
    ref: str | None
    """The file concerned; None for actions on the whole database."""
    detail: str
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class LogHead:
    """The count of entries and the newest one's hash, kept outside the chain."""

    count: int
    hash: str


@dataclass(frozen=True, slots=True)
class Break:
    """The first entry at which the log is not as it was written."""

    number: int
    reason: str

    def __str__(self) -> str:
        return f"audit log broken at entry {self.number}: {self.reason}"


def entry_hash(
    number: int,
    at: str,
    os_user: str,
    app_user: str | None,
    action: str,
    ref: str | None,
    detail: str,
    prev_hash: str,
) -> str:
    """SHA-256 over the canonical JSON of the fields and the previous hash."""
    fields = [number, at, os_user, app_user, action, ref, detail, prev_hash]
    canonical = json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def recomputed(entry: AuditEntry) -> str:
    return entry_hash(
        entry.number,
        entry.at,
        entry.os_user,
        entry.app_user,
        entry.action,
        entry.ref,
        entry.detail,
        entry.prev_hash,
    )


def first_break(entries: list[AuditEntry], head: LogHead | None) -> Break | None:
    """The first entry that was edited, inserted, removed or moved, or None for a sound log.

    `entries` are in the order of their numbers, as stored."""
    previous = GENESIS
    for expected, entry in enumerate(entries, start=1):
        if entry.number > expected:
            return Break(expected, "missing (removed from the log)")
        if entry.number < expected:
            return Break(expected, f"numbered {entry.number} (inserted or moved)")
        if entry.prev_hash != previous:
            return Break(expected, f"does not follow on from entry {expected - 1}")
        if recomputed(entry) != entry.hash:
            return Break(expected, "its content does not match its hash (edited or forged)")
        previous = entry.hash
    count = len(entries)
    if head is None and count:
        return Break(count, "the log's count and newest hash are missing")
    recorded = head or LogHead(0, GENESIS)
    if count < recorded.count:
        return Break(count + 1, f"missing: the log held {recorded.count} entries")
    if count > recorded.count:
        return Break(recorded.count + 1, f"not recorded: the log held {recorded.count} entries")
    if previous != recorded.hash:
        return Break(count, "not the newest entry written (the log was rewritten)")
    return None
