"""Activities and the weekly follow-up: what to chase this week, and when to push harder.

The case study: fact sheets "followed by weekly phone calls, and where needed, visits to the
embassy. This kind of persistent follow-up of a case has always worked successfully." And in
its one named case, six months of calls failed until the media took the story up. So after a
number of unanswered weekly follow-ups with one desk (the setting `escalate_after_followups`,
a count of chases: 6 by default, six weeks) the next lever is suggested rather than waiting
months.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.rrule import rrulestr

from repatriate.domain.prisoner import WordEnum

WEEK = timedelta(days=7)


class ActivityKind(WordEnum):
    CALL = "call"
    LETTER = "letter"
    EMAIL = "e-mail"
    EMBASSY_VISIT = "embassy visit"
    PRISON_VISIT = "prison visit"
    CONSULAR_ACCESS_PHONE = "consular access by phone"
    CONSULAR_ACCESS_IN_PERSON = "consular access in person"
    RTI_REQUEST = "rti request"
    RTI_APPEAL = "rti appeal"
    COURT_PETITION = "court petition"
    COURT_HEARING = "court hearing"
    MEDIA_STORY = "media story"
    NGO_CONTACT = "ngo contact"
    FAMILY_TRACED = "family traced"
    UNHCR_FORM_SENT = "unhcr form sent"
    CERTIFICATE_RECEIVED = "certificate received"
    ESCALATION = "escalation"
    CORRECTION = "correction"
    """A movement or activity recorded by mistake was deleted: the outcome keeps what it
    said, so the file's history shows the change."""

    @property
    def chases(self) -> bool:
        """A follow-up with a desk: counts as chasing it (and as unanswered without a reply)."""
        return self in (
            ActivityKind.CALL,
            ActivityKind.LETTER,
            ActivityKind.EMAIL,
            ActivityKind.EMBASSY_VISIT,
        )

    @property
    def logged_by_hand(self) -> bool:
        """A correction is written by the program when something is deleted, never logged."""
        return self is not ActivityKind.CORRECTION

    @property
    def has_reply_date(self) -> bool:
        """A request with a statutory reply date (India's RTI Act 2005, s.7 and s.19)."""
        return self in (ActivityKind.RTI_REQUEST, ActivityKind.RTI_APPEAL)


class Lever(WordEnum):
    """What to try when weekly follow-ups go unanswered, in the order to try them."""

    SENIOR_OFFICIAL = "senior official"
    NHRC = "nhrc"
    MEDIA = "media in home country"
    COURT = "court"


class FollowUpKind(WordEnum):
    WEEKLY = "weekly"
    """The default: weekly, with every desk holding an open file."""
    ONE_OFF = "one-off"
    RECURRING = "recurring"
    REPLY_DUE = "reply due"
    """The statutory reply date of an RTI request or appeal."""
    ORDER = "order"
    """An order of a court or a commission to comply with by its date (`domain.orders`).
    Never stored: each order not complied with is an item until it is."""
    UNCHASED = "unchased"
    """Not a follow-up anyone set: someone held past release whom no desk holds and no
    follow-up covers. Never stored; the agenda lists them first."""


@dataclass(frozen=True, slots=True)
class Activity:
    """Something the caseworker did, or that happened, on a file."""

    kind: ActivityKind
    on: date
    desk: str = ""
    outcome: str = ""
    next_step: str = ""
    reply: bool = False
    """The desk replied: the weekly follow-up with it stops until the file moves on."""
    lever: Lever | None = None
    """For an escalation: which lever was used."""
    reply_due: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A follow-up a caseworker set (one-off or recurring), or the override of a weekly one
    (snoozed or closed)."""

    kind: FollowUpKind
    start: date
    """One-off: the day it is due. Recurring: the first occurrence."""
    desk: str = ""
    title: str = ""
    rule: str = ""
    """For a recurring follow-up: an RFC 5545 RRULE, e.g. FREQ=WEEKLY;BYDAY=TU."""
    snoozed_until: date | None = None
    closed_on: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class AgendaItem:
    ref: str
    name: str
    desk: str
    due: date
    overdue_days: int
    kind: FollowUpKind
    title: str = ""
    unanswered: int = 0
    """Follow-ups with this desk since the file reached it, none answered."""
    escalate: Lever | None = None
    followup_id: int | None = None
    past_release: int = 0
    """Days the person has been held past the release date (0: not past it)."""
    next_desk: str = ""
    """For someone nobody is chasing: the desk the route sends the file to next, if known."""


def weekly_due(anchor: date, last_chased: date | None) -> date:
    """The next weekly follow-up of a desk that got the file on `anchor`: a week after it, then
    every week on the same weekday (`rrule(WEEKLY, dtstart=anchor).after(last_chased)`, done
    with arithmetic because the agenda computes it for every open file)."""
    if last_chased is None or last_chased < anchor:
        return anchor + WEEK
    weeks = (last_chased - anchor).days // 7 + 1
    return anchor + weeks * WEEK


def next_occurrence(rule: str, start: date, after: date | None) -> date | None:
    """The first occurrence of a recurring follow-up strictly after `after` (or its first)."""
    recurrence = rrulestr(rule, dtstart=datetime.combine(start, time()))
    if after is None:
        first = next(iter(recurrence), None)
        return first.date() if first else None
    found = recurrence.after(datetime.combine(after, time()), inc=False)
    return found.date() if found else None


def suggest_lever(unanswered: int, threshold: int, used: Iterable[Lever]) -> Lever | None:
    """After `threshold` unanswered follow-ups, the first lever not yet pulled."""
    if unanswered < threshold:
        return None
    pulled = set(used)
    return next((lever for lever in Lever if lever not in pulled), None)


def weekly_item(
    *,
    ref: str,
    name: str,
    desk: str,
    held_since: date,
    chased: int,
    last_chased: date | None,
    replied: bool,
    override: FollowUp | None,
    as_of: date,
    threshold: int,
    levers_used: Iterable[Lever],
) -> AgendaItem | None:
    """The weekly follow-up of one desk holding one file, or None when the desk has replied
    since it got the file or the caseworker closed the follow-up.

    `chased` and `last_chased` count only the follow-ups since the desk got the file.
    """
    if replied:
        return None
    if override and override.closed_on and override.closed_on >= held_since:
        return None
    due = weekly_due(held_since, last_chased)
    if override and override.snoozed_until and override.snoozed_until >= held_since:
        due = max(due, override.snoozed_until)
    return AgendaItem(
        ref=ref,
        name=name,
        desk=desk,
        due=due,
        overdue_days=max((as_of - due).days, 0),
        kind=FollowUpKind.WEEKLY,
        unanswered=chased,
        escalate=suggest_lever(chased, threshold, levers_used),
        followup_id=override.id if override else None,
    )


def custom_item(
    followup: FollowUp, *, ref: str, name: str, last_done: date | None, as_of: date
) -> AgendaItem | None:
    """The next occurrence of a follow-up the caseworker set, or None once it is over."""
    if followup.closed_on is not None:
        return None
    if followup.kind is FollowUpKind.RECURRING:
        due = next_occurrence(followup.rule, followup.start, last_done)
        if due is None:
            return None
    elif last_done is not None and last_done >= followup.start:
        return None
    else:
        due = followup.start
    if followup.snoozed_until:
        due = max(due, followup.snoozed_until)
    return AgendaItem(
        ref=ref,
        name=name,
        desk=followup.desk,
        due=due,
        overdue_days=max((as_of - due).days, 0),
        kind=followup.kind,
        title=followup.title,
        followup_id=followup.id,
    )


def unchased_item(
    *, ref: str, name: str, release_due: date, as_of: date, next_desk: str = ""
) -> AgendaItem:
    """Someone held past the release date whom nobody is chasing: due since the release."""
    days = max((as_of - release_due).days, 0)
    return AgendaItem(
        ref=ref,
        name=name,
        desk="",
        due=release_due,
        overdue_days=days,
        kind=FollowUpKind.UNCHASED,
        past_release=days,
        next_desk=next_desk,
    )


def harm_order(item: AgendaItem) -> tuple[bool, int, int, date, str]:
    """Within a desk: overdue chases first, then by days held past release, most first."""
    return (not item.overdue_days, -item.past_release, -item.overdue_days, item.due, item.ref)


def agenda_by_desk(items: Iterable[AgendaItem]) -> list[tuple[str, list[AgendaItem]]]:
    """Items grouped by desk so that one call covers all of an embassy's files: the groups
    with the most overdue item first; in each group the overdue ones first, the longest held
    past release first among them."""
    groups: dict[str, list[AgendaItem]] = {}
    for item in items:
        groups.setdefault(item.desk, []).append(item)
    for group in groups.values():
        group.sort(key=harm_order)
    return sorted(
        groups.items(),
        key=lambda g: (-max(i.overdue_days for i in g[1]), min(i.due for i in g[1]), g[0]),
    )


def week_bounds(day: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week of `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
