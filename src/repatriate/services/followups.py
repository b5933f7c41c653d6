"""Logging what was done on a file, and the weekly agenda of what to chase."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from repatriate.domain.audit import AuditAction
from repatriate.domain.chain import event_date_problem
from repatriate.domain.desks import Role
from repatriate.domain.errors import FieldError, InvalidInput, NotFound, printable
from repatriate.domain.factsheets import refusal
from repatriate.domain.flags import AtRiskGroups, at_risk_reasons
from repatriate.domain.followups import (
    Activity,
    ActivityKind,
    AgendaItem,
    FollowUp,
    FollowUpKind,
    Lever,
    agenda_by_desk,
    custom_item,
    next_occurrence,
    unchased_item,
    week_bounds,
    weekly_item,
)
from repatriate.domain.orders import order_item
from repatriate.domain.prisoner import ConsularAccess, text_errors
from repatriate.services import audit
from repatriate.services.desks import DeskService
from repatriate.services.movements import NOTE_MAX, whereabouts
from repatriate.services.output_files import replacing
from repatriate.services.settings import SettingsService
from repatriate.storage.desks import DeskRepository, MovementRepository
from repatriate.storage.files import FileRepository
from repatriate.storage.followups import AgendaInputs, FollowUpRepository
from repatriate.storage.orders import OrderRepository
from repatriate.storage.store import Store

_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_CONSULAR = {
    ActivityKind.CONSULAR_ACCESS_PHONE: ConsularAccess.PHONE,
    ActivityKind.CONSULAR_ACCESS_IN_PERSON: ConsularAccess.IN_PERSON,
}


@dataclass(frozen=True, slots=True)
class Week:
    monday: date
    sunday: date
    as_of: date
    """The day overdue days are counted to: today within the week, else its Monday."""

    @property
    def label(self) -> str:
        year, number, _ = self.monday.isocalendar()
        return f"{year}-W{number:02d}"


@dataclass(frozen=True, slots=True)
class FollowUpChange:
    """A snooze or a close: the follow-up before (None: there was none) and after, so that
    the change can be undone."""

    before: FollowUp | None
    after: FollowUp


def parse_week(text: str, today: date) -> Week:
    """`YYYY-Www` (ISO 8601 week) as its Monday to Sunday."""
    match = _WEEK.match(text)
    try:
        if not match:
            raise ValueError
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        sunday = monday + timedelta(days=6)
    except (ValueError, OverflowError):
        raise InvalidInput([FieldError("week", text, "not an ISO week such as 2026-W48")]) from None
    return Week(monday, sunday, today if monday <= today <= sunday else monday)


def week_of(day: date) -> Week:
    monday, sunday = week_bounds(day)
    return Week(monday, sunday, day)


def _delete(repository: FollowUpRepository, ref: str, activity: Activity) -> None:
    """Delete the activity, and the reply date it set as a follow-up."""
    assert activity.id is not None
    repository.delete_activity(ref, activity.id)
    if activity.reply_due is None:
        return
    for follow_up in repository.follow_ups(ref):
        if (
            follow_up.kind is FollowUpKind.REPLY_DUE
            and follow_up.start == activity.reply_due
            and follow_up.desk == activity.desk
            and follow_up.id is not None
        ):
            repository.delete_follow_up(ref, follow_up.id)
            return


def chase_items(
    inputs: AgendaInputs, as_of: date, threshold: int
) -> Iterator[tuple[int, AgendaItem]]:
    """Every chase still to make as of `as_of`, with the file id it is about: each desk's
    weekly chase of the files it holds (as a caseworker's weekly follow-up adjusts it), and
    every other follow-up a caseworker set. `threshold` is the number of unanswered weekly
    chases after which a lever is suggested."""
    overrides = {
        (file_id, f.desk): f
        for file_id, _, _, f in inputs.follow_ups
        if f.kind is FollowUpKind.WEEKLY
    }
    for hold in inputs.holds:
        item = weekly_item(
            ref=hold.ref,
            name=hold.name,
            desk=hold.desk,
            held_since=hold.since,
            chased=hold.chased,
            last_chased=hold.last_chased,
            replied=hold.replied,
            override=overrides.get((hold.file_id, hold.desk)),
            as_of=as_of,
            threshold=threshold,
            levers_used=inputs.levers.get(hold.file_id, ()),
        )
        if item is not None:
            yield hold.file_id, item
    for file_id, ref, name, follow_up in inputs.follow_ups:
        if follow_up.kind is FollowUpKind.WEEKLY:
            continue
        last = inputs.last_done.get((file_id, follow_up.desk))
        item = custom_item(follow_up, ref=ref, name=name, last_done=last, as_of=as_of)
        if item is not None:
            yield file_id, item


class FollowUpService:
    def __init__(self, store: Store, desks: DeskService, settings: SettingsService) -> None:
        self.store = store
        self.desks = desks
        self.settings = settings

    def log(
        self,
        ref: str,
        kind: ActivityKind,
        *,
        on: date | None = None,
        desk: str | None = None,
        outcome: str = "",
        next_step: str = "",
        reply: bool = False,
        lever: Lever | None = None,
        today: date | None = None,
    ) -> Activity:
        """Log an activity. A reply stops the weekly follow-up with that desk; an RTI request
        gets its statutory reply date as a follow-up; the first consular access is noted on
        the file. The date is refused before the file's arrest date and after today."""
        today = today or date.today()
        on = on or today
        with self.store.unit_of_work() as session:
            arrest = FileRepository(session).get(ref).arrest_date
        date_problem = event_date_problem("date", on, arrest, today)
        errors = [date_problem] if date_problem else []
        errors += text_errors("outcome", outcome, NOTE_MAX, multiline=True)
        errors += text_errors("next", next_step, NOTE_MAX, multiline=True)
        if reply and not desk:
            errors.append(FieldError("desk", "", "a reply comes from a desk: name it"))
        if kind is ActivityKind.ESCALATION and lever is None:
            errors.append(FieldError("lever", "", f"which one: {', '.join(lv for lv in Lever)}"))
        if lever is not None and kind is not ActivityKind.ESCALATION:
            errors.append(FieldError("lever", lever.value, "only for an escalation"))
        if errors:
            raise InvalidInput(errors)
        code = self.desks.find(desk).code if desk else ""
        reply_due = None
        if kind.has_reply_date:
            reply_due = on + timedelta(days=self.settings.thresholds().rti_reply_days)
        activity = Activity(
            kind=kind,
            on=on,
            desk=code,
            outcome=outcome.strip(),
            next_step=next_step.strip(),
            reply=reply,
            lever=lever,
            reply_due=reply_due,
        )
        with self.store.unit_of_work() as session:
            repository = FollowUpRepository(session)
            saved = repository.add_activity(ref, activity)
            audit.record(session, AuditAction.ACTIVITY, ref, f"{kind.value} {code}".strip())
            if reply_due is not None:
                repository.add_follow_up(
                    ref,
                    FollowUp(
                        FollowUpKind.REPLY_DUE,
                        reply_due,
                        desk=code,
                        title=f"{kind.value} of {on}: reply due",
                    ),
                )
            if kind in _CONSULAR:
                files = FileRepository(session)
                pf = files.get(ref)
                if pf.consular_access_on is None or on < pf.consular_access_on:
                    files.update(pf.replace(consular_access_on=on, consular_access=_CONSULAR[kind]))
        return saved

    def delete_activity(self, ref: str, activity_id: int, *, today: date | None = None) -> None:
        """Delete an activity logged by mistake (with the reply date it set as a follow-up);
        a correction on the file keeps what it said. Corrections themselves stay."""
        with self.store.unit_of_work() as session:
            repository = FollowUpRepository(session)
            found = next((a for a in repository.activities(ref) if a.id == activity_id), None)
            if found is None:
                raise NotFound(f"activity: {activity_id}: no such activity on {ref}")
            if found.kind is ActivityKind.CORRECTION:
                raise InvalidInput(
                    [FieldError("activity", found.kind.value, "the file's corrections are kept")]
                )
            _delete(repository, ref, found)
            audit.record(session, AuditAction.ACTIVITY, ref, f"deleted {found.kind.value}")
            desk = f" with {found.desk}" if found.desk else ""
            outcome = f": {found.outcome}" if found.outcome else ""
            repository.add_activity(
                ref,
                Activity(
                    ActivityKind.CORRECTION,
                    today or date.today(),
                    desk=found.desk,
                    outcome=f"deleted the activity: {found.kind.value}{desk} "
                    f"on {found.on.isoformat()}{outcome}",
                ),
            )

    def activities(self, ref: str) -> list[Activity]:
        with self.store.unit_of_work() as session:
            return FollowUpRepository(session).activities(ref)

    def follow_ups(self, ref: str) -> list[FollowUp]:
        with self.store.unit_of_work() as session:
            return FollowUpRepository(session).follow_ups(ref)

    def add(
        self,
        ref: str,
        start: date,
        *,
        title: str,
        desk: str | None = None,
        rule: str = "",
    ) -> FollowUp:
        """A one-off follow-up on `start`, or a recurring one from `start` by an RRULE."""
        if rule:
            try:
                next_occurrence(rule, start, None)
            except (ValueError, TypeError) as exc:
                raise InvalidInput([FieldError("rule", rule, f"not an RRULE ({exc})")]) from None
        if not title.strip():
            raise InvalidInput([FieldError("title", title, "say what to follow up")])
        code = self.desks.find(desk).code if desk else ""
        kind = FollowUpKind.RECURRING if rule else FollowUpKind.ONE_OFF
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.FOLLOW_UP, ref, f"added {code}".strip())
            return FollowUpRepository(session).add_follow_up(
                ref, FollowUp(kind, start, desk=code, title=title.strip(), rule=rule)
            )

    def snooze(self, ref: str, desk: str, until: date) -> FollowUpChange:
        """Put off the follow-up with a desk (the weekly one, or one set by hand) to a day."""
        return self._override(ref, desk, until, None)

    def close(self, ref: str, desk: str, on: date | None = None) -> FollowUpChange:
        """Stop following up a desk on this file, until the file moves on to it again."""
        return self._override(ref, desk, None, on or date.today())

    def undo_change(self, ref: str, change: FollowUpChange) -> None:
        """Put the follow-up back as it was before a snooze or a close."""
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.FOLLOW_UP, ref, f"undone {change.after.desk}")
            repository = FollowUpRepository(session)
            if change.before is None:
                if change.after.id is not None:
                    repository.delete_follow_up(ref, change.after.id)
            else:
                repository.update_follow_up(ref, change.before)

    def undo_log(self, ref: str, activity: Activity) -> None:
        """Take back an activity just logged, with the reply date it set as a follow-up. (A
        first consular access it noted on the file stays: the file's editor corrects it.)"""
        if activity.id is None:
            return
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.ACTIVITY, ref, f"undone {activity.kind.value}")
            _delete(FollowUpRepository(session), ref, activity)

    def _override(
        self, ref: str, desk: str, snoozed_until: date | None, closed_on: date | None
    ) -> FollowUpChange:
        """Change the newest open follow-up with the desk; with none, record the change
        against the weekly follow-up."""
        code = self.desks.find(desk).code
        done = f"snoozed until {snoozed_until} {code}" if snoozed_until else f"done {code}"
        with self.store.unit_of_work() as session:
            audit.record(session, AuditAction.FOLLOW_UP, ref, done)
            repository = FollowUpRepository(session)
            open_ones = [
                f for f in repository.follow_ups(ref) if f.desk == code and f.closed_on is None
            ]
            if open_ones:
                target = open_ones[-1]
                changed = replace(
                    target,
                    snoozed_until=snoozed_until or target.snoozed_until,
                    closed_on=closed_on or target.closed_on,
                )
                return FollowUpChange(target, repository.update_follow_up(ref, changed))
            weekly = FollowUp(
                FollowUpKind.WEEKLY,
                date.today(),
                desk=code,
                snoozed_until=snoozed_until,
                closed_on=closed_on,
            )
            return FollowUpChange(None, repository.add_follow_up(ref, weekly))

    def agenda(self, week: Week) -> list[AgendaItem]:
        """Everyone who needs an action this week, in order of harm: first the people held
        past their release date whom nobody is chasing (no desk holds the file, no follow-up
        is set), longest held first; then every follow-up due by the end of the week, by
        desk, overdue ones first."""
        thresholds = self.settings.thresholds()
        groups = self.settings.at_risk_groups()
        with self.store.unit_of_work() as session:
            inputs = FollowUpRepository(session).agenda_inputs(week.as_of)
            overstaying = FileRepository(session).overstaying(
                week.as_of, week.as_of - timedelta(days=1)
            )
            release_due = {ref: due for ref, *_, due in overstaying if due is not None}
            covered = {hold.ref for hold in inputs.holds} | {
                ref
                for _, ref, _, f in inputs.follow_ups
                if f.kind is not FollowUpKind.WEEKLY and f.closed_on is None
            }
            unchased = self._unchased(session, overstaying, covered, week.as_of, groups)
            orders = OrderRepository(session).open_due(week.sunday)
        items = [
            item
            for _, item in chase_items(inputs, week.as_of, thresholds.escalate_after_followups)
            if item.due <= week.sunday
        ]
        items += [order_item(ref, name, order, week.as_of) for ref, name, order in orders]
        items = [
            replace(item, past_release=(week.as_of - release_due[item.ref]).days)
            if item.ref in release_due
            else item
            for item in items
        ]
        chases = [item for _, group in agenda_by_desk(items) for item in group]
        return unchased + chases

    def _unchased(
        self,
        session: Session,
        overstaying: Sequence[Any],
        covered: set[str],
        as_of: date,
        groups: AtRiskGroups,
    ) -> list[AgendaItem]:
        """The people past release not in `covered`, most days first, each with the first
        desk the route sends the file to next. For someone at risk if returned, never a desk
        of a state they could be returned to (the fact sheet's rule): UNHCR instead."""
        files = FileRepository(session)
        movements = MovementRepository(session)
        desks = DeskRepository(session).all()
        unhcr = [d for d in desks if d.role is Role.UNHCR]
        wanted = [
            (ref, name, due)
            for ref, name, *_, due in overstaying
            if ref not in covered and due is not None
        ]
        # Read in a few queries for all of them: one file at a time took 20 s at 100,000.
        refs = [ref for ref, _, _ in wanted]
        found, moved = files.get_many(refs, attachments=False), movements.of_files(refs)
        items = []
        for ref, name, due in wanted:
            pf = found[ref]
            where = whereabouts(pf, moved.get(ref, []), desks, as_of)
            options = [desk for _, found in where.next_desks for desk in found]
            if at_risk_reasons(pf, groups):
                safe = [d for d in options if not refusal(pf, d, "", False, groups)]
                options = safe or unhcr
            suggested = options[0].code if options else ""
            items.append(
                unchased_item(ref=ref, name=name, release_due=due, as_of=as_of, next_desk=suggested)
            )
        return sorted(items, key=lambda i: (-i.past_release, i.ref))

    def write_ics(self, items: list[AgendaItem], path: Path, *, with_names: bool = False) -> int:
        """The follow-ups as all-day calendar events (RFC 5545). Only the file ref and the
        desk go into the calendar unless `with_names`: calendars are often synced to phones
        and cloud services."""
        # Imported here: only calendar exports need it, and it is slow to load.
        import icalendar

        calendar = icalendar.Calendar()
        calendar.add("prodid", "-//Repatriate//Follow-ups//EN")
        calendar.add("version", "2.0")
        stamp = datetime.now(UTC)
        taken: set[str] = set()
        # Someone nobody is chasing has no day to chase on: the agenda lists them instead.
        items = [item for item in items if item.kind is not FollowUpKind.UNCHASED]
        for item in items:
            event = icalendar.Event()
            who = f" ({printable(item.name)})" if with_names else ""
            desk = f" with {printable(item.desk)}" if item.desk else ""
            event.add("uid", _uid(item, taken))
            event.add("dtstamp", stamp)
            event.add("dtstart", item.due)
            event.add("dtend", item.due + timedelta(days=1))
            chase = "Order due" if item.kind is FollowUpKind.ORDER else "Follow up"
            event.add("summary", f"{chase} {printable(item.ref)}{who}{desk}")
            lines = [
                "court or commission order: comply by this day"
                if item.kind is FollowUpKind.ORDER
                else f"{item.kind.value} follow-up"
            ]
            if item.title:
                lines.append(printable(item.title))
            if item.overdue_days:
                lines.append(f"overdue by {item.overdue_days} days")
            if item.escalate:
                lever = item.escalate.value
                lines.append(f"{item.unanswered} weekly follow-ups unanswered: consider {lever}")
            event.add("description", "\n".join(lines))
            event.add("categories", ["Repatriate"])
            calendar.add_component(event)
        with self.store.unit_of_work() as session:
            names = ", with names" if with_names else ""
            audit.record(session, AuditAction.EXPORT, None, f"calendar, {len(items)} events{names}")
        with replacing(path, standard_output=True) as out:
            out.write(calendar.to_ical())
        return len(items)


def _uid(item: AgendaItem, taken: set[str]) -> str:
    """A UID per occurrence that stays the same from one export to the next (RFC 5545 3.8.4.7:
    calendars merge events that share one): the file, the desk, the kind, the follow-up it
    comes from and the day; a second occurrence that is the same in all of these is numbered."""
    parts = (item.ref, item.desk, item.kind.value, str(item.followup_id or ""), str(item.due))
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    uid, number = f"{digest}@repatriate", 1
    while uid in taken:
        number += 1
        uid = f"{digest}-{number}@repatriate"
    taken.add(uid)
    return uid
