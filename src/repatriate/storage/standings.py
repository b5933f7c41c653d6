"""Stored standings (`FileStandingRow`): which files a unit of work changed, and reading and
writing their rows.

Every unit of work that changes what a file's flags, holding desks or next follow-up are
derived from marks the file here, and the store has them assessed again before it commits
(see `Store.unit_of_work`). Changes made through the ORM mark themselves (`after_flush`);
bulk Core writes call `mark` or `mark_unassessed` themselves.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, delete, event, func, insert, or_, select
from sqlalchemy.orm import Session

from repatriate.domain.wording import Wording, from_json, to_json
from repatriate.storage.tables import (
    ActivityRow,
    FileRow,
    FileStandingRow,
    FollowUpRow,
    HandOverRow,
    HoldRow,
    MovementRow,
    OrderRow,
    PhotoRow,
    RtiRow,
    SettingRow,
    TravelDocumentRow,
)

STANDING_TABLE = cast(Table, FileStandingRow.__table__)
_MARKED = "standings.marked"
_UNASSESSED = "standings.unassessed"
_SETTINGS = "standings.settings"
_WITH_FILE_ID = (
    ActivityRow,
    FollowUpRow,
    HandOverRow,
    HoldRow,
    MovementRow,
    OrderRow,
    PhotoRow,
    RtiRow,
    TravelDocumentRow,
)
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class StoredStanding:
    """What is stored of a file's standing (see `FileStandingRow`)."""

    flags: tuple[str, ...]
    wordings: tuple[Wording, ...]
    """Why each flag was raised, as the window translates it."""
    holding: tuple[str, ...]
    next_follow_up: date | None
    fresh_until: date | None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why each flag was raised, in English."""
        return tuple(str(w) for w in self.wordings)

    def same_as(self, other: StoredStanding) -> bool:
        """The same flags, desks and next follow-up (the reasons' day counts aside)."""
        return (self.flags, self.holding, self.next_follow_up) == (
            other.flags,
            other.holding,
            other.next_follow_up,
        )


def flag_text(codes: Sequence[str]) -> str:
    return f" {' '.join(codes)} " if codes else ""


def mark(session: Session, file_ids: Iterable[int]) -> None:
    """The files' standings need assessing again before this unit of work commits."""
    session.info.setdefault(_MARKED, set()).update(file_ids)


def mark_unassessed(session: Session) -> None:
    """Files were added without a standing (bulk inserts): assess those before committing."""
    session.info[_UNASSESSED] = True


@dataclass(frozen=True, slots=True)
class Marks:
    file_ids: frozenset[int]
    unassessed: bool
    settings: bool

    def __bool__(self) -> bool:
        return bool(self.file_ids) or self.unassessed or self.settings


def take_marks(session: Session) -> Marks:
    """What this unit of work marked, cleared."""
    return Marks(
        frozenset(session.info.pop(_MARKED, ())),
        bool(session.info.pop(_UNASSESSED, False)),
        bool(session.info.pop(_SETTINGS, False)),
    )


@event.listens_for(Session, "after_flush")
def _mark_flushed(session: Session, _context: Any) -> None:
    touched: set[int] = set()
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, FileRow) and row.id is not None:
            touched.add(row.id)
        elif isinstance(row, _WITH_FILE_ID) and row.file_id is not None:
            touched.add(row.file_id)
        elif isinstance(row, SettingRow) and not row.key.startswith("standings."):
            session.info[_SETTINGS] = True
    if touched:
        mark(session, touched)


class StandingRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def unassessed(self) -> list[int]:
        """Ids of the files without a stored standing. Every standing belongs to a file (a
        foreign key, deleted with it), so equal counts mean there are none: two counts instead
        of a join over every file at each start (100 ms at 100,000 files)."""
        count = select(func.count())
        files = self.session.scalar(count.select_from(FileRow))
        if files == self.session.scalar(count.select_from(FileStandingRow)):
            return []
        query = (
            select(FileRow.id)
            .outerjoin(FileStandingRow, FileStandingRow.file_id == FileRow.id)
            .where(FileStandingRow.file_id.is_(None))
        )
        return list(self.session.scalars(query))

    def stale(self, today: date) -> list[int]:
        """Ids of the files whose standing the passing of time may have changed by `today`."""
        query = select(FileStandingRow.file_id).where(
            or_(FileStandingRow.fresh_until <= today, FileStandingRow.as_of > today)
        )
        return list(self.session.scalars(query))

    def all_ids(self) -> list[int]:
        return list(self.session.scalars(select(FileRow.id)))

    def stored(self, file_ids: Sequence[int] | None) -> dict[int, StoredStanding]:
        columns = (
            FileStandingRow.file_id,
            FileStandingRow.flags,
            FileStandingRow.reasons,
            FileStandingRow.holding,
            FileStandingRow.next_follow_up,
            FileStandingRow.fresh_until,
        )
        found: dict[int, StoredStanding] = {}
        queries = (
            [select(*columns)]
            if file_ids is None
            else [
                select(*columns).where(
                    FileStandingRow.file_id.in_(file_ids[start : start + _CHUNK])
                )
                for start in range(0, len(file_ids), _CHUNK)
            ]
        )
        for query in queries:
            for file_id, flags, reasons, holding, follow_up, fresh in self.session.execute(query):
                found[file_id] = StoredStanding(
                    tuple(flags.split()),
                    from_json(reasons),
                    tuple(holding.split(", ")) if holding else (),
                    follow_up,
                    fresh,
                )
        return found

    def write(self, standings: dict[int, StoredStanding], as_of: date) -> None:
        """Replace the stored standings of these files."""
        ids = sorted(standings)
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            self.session.execute(delete(STANDING_TABLE).where(STANDING_TABLE.c.file_id.in_(chunk)))
        rows = [
            {
                "file_id": file_id,
                "flags": flag_text(s.flags),
                "reasons": to_json(s.wordings),
                "holding": ", ".join(s.holding),
                "next_follow_up": s.next_follow_up,
                "as_of": as_of,
                "fresh_until": s.fresh_until,
            }
            for file_id, s in sorted(standings.items())
        ]
        for start in range(0, len(rows), 20_000):
            self.session.execute(insert(STANDING_TABLE), rows[start : start + 20_000])
