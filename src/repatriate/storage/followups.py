"""Activities on files, follow-ups set by caseworkers, and the inputs of the weekly agenda."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, and_, case, func, insert, or_, select, true
from sqlalchemy.orm import Session

from repatriate.domain.errors import NotFound, no_such_file
from repatriate.domain.followups import Activity, ActivityKind, FollowUp, FollowUpKind, Lever
from repatriate.domain.prisoner import Status
from repatriate.storage.desks import DeskRepository
from repatriate.storage.standings import mark
from repatriate.storage.tables import ActivityRow, DeskRow, FileRow, FollowUpRow, HoldRow

ACTIVITY_TABLE = cast(Table, ActivityRow.__table__)


def _file_id(session: Session, ref: str) -> int:
    file_id = session.scalar(select(FileRow.id).where(FileRow.ref == ref))
    if file_id is None:
        raise no_such_file(ref)
    return file_id


def _activity(row: ActivityRow, codes: dict[int, str]) -> Activity:
    return Activity(
        kind=ActivityKind(row.kind),
        on=row.on,
        desk=codes.get(row.desk_id, "") if row.desk_id else "",
        outcome=row.outcome,
        next_step=row.next_step,
        reply=row.reply,
        lever=Lever(row.lever) if row.lever else None,
        reply_due=row.reply_due,
        id=row.id,
    )


def _follow_up(row: FollowUpRow, codes: dict[int, str]) -> FollowUp:
    return FollowUp(
        kind=FollowUpKind(row.kind),
        start=row.start,
        desk=codes.get(row.desk_id, "") if row.desk_id else "",
        title=row.title,
        rule=row.rule,
        snoozed_until=row.snoozed_until,
        closed_on=row.closed_on,
        id=row.id,
    )


@dataclass(frozen=True, slots=True)
class OpenHold:
    """A desk holding a file of someone still held, with what was done with it since."""

    file_id: int
    ref: str
    name: str
    desk: str
    since: date
    chased: int
    """Follow-ups (calls, letters, e-mails, visits) with the desk since it got the file."""
    last_chased: date | None
    replied: bool
    """The desk replied since it got the file."""


@dataclass(frozen=True, slots=True)
class AgendaInputs:
    """Everything the agenda is computed from, read in a few set-wise queries."""

    holds: list[OpenHold]
    levers: dict[int, list[Lever]]
    follow_ups: list[tuple[int, str, str, FollowUp]]
    """(file id, ref, name, follow-up) for every follow-up row not closed, and every weekly
    override, oldest first."""
    last_done: dict[tuple[int, str], date]
    """For files with follow-ups: the latest activity per (file id, desk code; "" for none)."""


class FollowUpRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._codes: dict[int, str] | None = None

    def codes(self) -> dict[int, str]:
        if self._codes is None:
            ids = DeskRepository(self.session).ids()
            self._codes = {desk_id: code for code, desk_id in ids.items()}
        return self._codes

    def _desk_id(self, code: str) -> int | None:
        return DeskRepository(self.session).ids()[code] if code else None

    def add_activity(self, ref: str, activity: Activity) -> Activity:
        row = ActivityRow(
            file_id=_file_id(self.session, ref),
            desk_id=self._desk_id(activity.desk),
            kind=activity.kind.value,
            on=activity.on,
            outcome=activity.outcome,
            next_step=activity.next_step,
            reply=activity.reply,
            lever=activity.lever.value if activity.lever else None,
            reply_due=activity.reply_due,
        )
        self.session.add(row)
        self.session.flush()
        return dataclasses.replace(activity, id=row.id)

    def insert_activities(self, activities: dict[int, Sequence[Activity]]) -> None:
        """Bulk insert (demo data) of activities per file id."""
        mark(self.session, activities)
        ids = DeskRepository(self.session).ids()
        rows: list[dict[str, Any]] = [
            {
                "file_id": file_id,
                "desk_id": ids[a.desk] if a.desk else None,
                "kind": a.kind.value,
                "on": a.on,
                "outcome": a.outcome,
                "next_step": a.next_step,
                "reply": a.reply,
                "lever": a.lever.value if a.lever else None,
                "reply_due": a.reply_due,
            }
            for file_id, acts in activities.items()
            for a in acts
        ]
        for start in range(0, len(rows), 20_000):
            self.session.execute(insert(ACTIVITY_TABLE), rows[start : start + 20_000])

    def activities(self, ref: str) -> list[Activity]:
        rows = self.session.scalars(
            select(ActivityRow)
            .where(ActivityRow.file_id == _file_id(self.session, ref))
            .order_by(ActivityRow.on, ActivityRow.id)
        )
        return [_activity(row, self.codes()) for row in rows]

    def follow_ups(self, ref: str) -> list[FollowUp]:
        rows = self.session.scalars(
            select(FollowUpRow)
            .where(FollowUpRow.file_id == _file_id(self.session, ref))
            .order_by(FollowUpRow.id)
        )
        return [_follow_up(row, self.codes()) for row in rows]

    def add_follow_up(self, ref: str, follow_up: FollowUp) -> FollowUp:
        row = FollowUpRow(
            file_id=_file_id(self.session, ref),
            desk_id=self._desk_id(follow_up.desk),
            kind=follow_up.kind.value,
            start=follow_up.start,
            title=follow_up.title,
            rule=follow_up.rule,
            snoozed_until=follow_up.snoozed_until,
            closed_on=follow_up.closed_on,
        )
        self.session.add(row)
        self.session.flush()
        return dataclasses.replace(follow_up, id=row.id)

    def delete_activity(self, ref: str, activity_id: int) -> None:
        row = self.session.get(ActivityRow, activity_id)
        if row is None or row.file_id != _file_id(self.session, ref):
            raise NotFound(f"activity: {activity_id}: no such activity on {ref}")
        self.session.delete(row)
        self.session.flush()

    def delete_follow_up(self, ref: str, follow_up_id: int) -> None:
        row = self.session.get(FollowUpRow, follow_up_id)
        if row is None or row.file_id != _file_id(self.session, ref):
            raise NotFound(f"follow-up: {follow_up_id}: no such follow-up on {ref}")
        self.session.delete(row)
        self.session.flush()

    def update_follow_up(self, ref: str, follow_up: FollowUp) -> FollowUp:
        row = self.session.get(FollowUpRow, follow_up.id) if follow_up.id else None
        if row is None or row.file_id != _file_id(self.session, ref):
            raise NotFound(f"follow-up: {follow_up.id}: no such follow-up on {ref}")
        row.snoozed_until = follow_up.snoozed_until
        row.closed_on = follow_up.closed_on
        self.session.flush()
        return _follow_up(row, self.codes())

    def agenda_inputs(self, as_of: date, file_ids: Sequence[int] | None = None) -> AgendaInputs:
        """Open holds of files still held on `as_of`, each with its follow-ups since the desk
        got the file (counted by the database), and the follow-ups caseworkers set; of the
        files `file_ids` only, if given."""
        today = as_of.toordinal()
        held = [s.value for s in Status if s.still_held]
        file_held = or_(
            FileRow.released_on > as_of,
            and_(
                FileRow.released_on.is_(None),
                or_(FileRow.status.is_(None), FileRow.status.in_(held)),
            ),
        )
        if file_ids is not None:
            file_held = and_(file_held, FileRow.id.in_(file_ids))
        chasing = [k.value for k in ActivityKind if k.chases]
        since_hold = and_(
            ActivityRow.file_id == HoldRow.file_id,
            ActivityRow.desk_id == HoldRow.desk_id,
            ActivityRow.on >= HoldRow.start,
            ActivityRow.on <= as_of,
        )
        is_chase = and_(ActivityRow.kind.in_(chasing), ActivityRow.reply.is_(False))
        hold_rows = self.session.execute(
            select(
                HoldRow.file_id,
                FileRow.ref,
                FileRow.name,
                DeskRow.code,
                HoldRow.start,
                func.count(case((is_chase, 1))),
                func.max(case((is_chase, ActivityRow.on))),
                func.max(case((ActivityRow.reply.is_(True), 1), else_=0)),
            )
            .join(FileRow, FileRow.id == HoldRow.file_id)
            .join(DeskRow, DeskRow.id == HoldRow.desk_id)
            .outerjoin(ActivityRow, since_hold)
            .where(
                HoldRow.start_day <= today,
                or_(HoldRow.end_day.is_(None), HoldRow.end_day > today),
                file_held,
            )
            .group_by(HoldRow.id, FileRow.ref, FileRow.name, DeskRow.code)
        )
        holds = [
            OpenHold(file_id, ref, name, code, since, chased, last, bool(replied))
            for file_id, ref, name, code, since, chased, last, replied in hold_rows
        ]
        codes = self.codes()
        levers: dict[int, list[Lever]] = {}
        for file_id, lever in self.session.execute(
            select(ActivityRow.file_id, ActivityRow.lever).where(
                ActivityRow.lever.is_not(None),
                ActivityRow.on <= as_of,
                true() if file_ids is None else ActivityRow.file_id.in_(file_ids),
            )
        ):
            if lever is not None:
                levers.setdefault(file_id, []).append(Lever(lever))
        follow_up_rows = self.session.execute(
            select(FollowUpRow, FileRow.ref, FileRow.name)
            .join(FileRow, FileRow.id == FollowUpRow.file_id)
            .where(FollowUpRow.closed_on.is_(None) | (FollowUpRow.kind == "weekly"), file_held)
            .order_by(FollowUpRow.id)
        )
        follow_ups = [
            (row.file_id, ref, name, _follow_up(row, codes)) for row, ref, name in follow_up_rows
        ]
        last_done: dict[tuple[int, str], date] = {}
        with_follow_ups = {file_id for file_id, _, _, _ in follow_ups}
        ordered = sorted(with_follow_ups)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            for file_id, desk_id, on in self.session.execute(
                select(ActivityRow.file_id, ActivityRow.desk_id, func.max(ActivityRow.on))
                .where(ActivityRow.file_id.in_(chunk), ActivityRow.on <= as_of)
                .group_by(ActivityRow.file_id, ActivityRow.desk_id)
            ):
                last_done[(file_id, codes[desk_id] if desk_id else "")] = on
        return AgendaInputs(holds, levers, follow_ups, last_done)
