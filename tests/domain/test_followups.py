"""Weekly follow-ups: generated, stopped by a reply, restarted by a move, snoozed, escalated."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from dateutil.rrule import WEEKLY, rrule
from hypothesis import given
from hypothesis import strategies as st

from repatriate.domain.followups import (
    AgendaItem,
    FollowUp,
    FollowUpKind,
    Lever,
    agenda_by_desk,
    custom_item,
    next_occurrence,
    suggest_lever,
    week_bounds,
    weekly_due,
    weekly_item,
)

AS_OF = date(2026, 11, 22)


def item(chased: Sequence[date] = (), **changes: object) -> AgendaItem | None:
    since = changes.get("held_since", date(2026, 11, 2))
    counted = [day for day in chased if day >= since]  # type: ignore[operator]
    values: dict[str, object] = {
        "ref": "K-1",
        "name": "Salma",
        "desk": "BDHC-DEL",
        "held_since": date(2026, 11, 2),
        "chased": len(counted),
        "last_chased": max(counted, default=None),
        "replied": False,
        "override": None,
        "as_of": AS_OF,
        "threshold": 6,
        "levers_used": (),
    }
    return weekly_item(**(values | changes))  # type: ignore[arg-type]


@given(
    st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    st.integers(0, 400),
)
def test_weekly_due_is_the_weekly_rrule_after_the_last_chase(anchor: date, later: int) -> None:
    chased = anchor + timedelta(days=later)
    rule = rrule(WEEKLY, dtstart=datetime(anchor.year, anchor.month, anchor.day))
    expected = rule.after(datetime(chased.year, chased.month, chased.day), inc=False)
    assert weekly_due(anchor, chased) == expected.date()


def test_a_week_after_the_desk_got_the_file_then_every_week() -> None:
    assert weekly_due(date(2026, 11, 2), None) == date(2026, 11, 9)
    assert weekly_due(date(2026, 11, 2), date(2026, 11, 9)) == date(2026, 11, 16)
    # Chased late, on a Thursday: the schedule keeps its Monday.
    assert weekly_due(date(2026, 11, 2), date(2026, 11, 12)) == date(2026, 11, 16)


def test_overdue_days_are_counted_to_the_day() -> None:
    due = item()
    assert due is not None
    assert (due.due, due.overdue_days, due.kind) == (date(2026, 11, 9), 13, FollowUpKind.WEEKLY)


def test_a_reply_stops_the_follow_up_and_a_move_restarts_it() -> None:
    assert item(replied=True) is None
    # The file moved on to the desk again on 20 November: a new hold, a new schedule.
    restarted = item(held_since=date(2026, 11, 20))
    assert restarted is not None and restarted.due == date(2026, 11, 27)
    assert restarted.overdue_days == 0


def test_snoozed_and_closed() -> None:
    snoozed = item(
        override=FollowUp(FollowUpKind.WEEKLY, date(2026, 11, 2), snoozed_until=date(2026, 11, 25))
    )
    assert snoozed is not None and snoozed.due == date(2026, 11, 25)
    closed = FollowUp(FollowUpKind.WEEKLY, date(2026, 11, 2), closed_on=date(2026, 11, 10))
    assert item(override=closed) is None
    # A closure from an earlier hold does not silence the new one.
    assert item(override=closed, held_since=date(2026, 11, 15)) is not None


def test_six_unanswered_follow_ups_suggest_the_next_lever() -> None:
    chased = [date(2026, 6, 1) + timedelta(weeks=k) for k in range(6)]
    five = item(held_since=date(2026, 5, 25), chased=chased[:5])
    six = item(held_since=date(2026, 5, 25), chased=chased)
    assert five is not None and five.escalate is None and five.unanswered == 5
    assert six is not None and six.escalate is Lever.SENIOR_OFFICIAL
    used = item(
        held_since=date(2026, 5, 25), chased=chased, levers_used=(Lever.SENIOR_OFFICIAL, Lever.NHRC)
    )
    assert used is not None and used.escalate is Lever.MEDIA
    assert suggest_lever(9, 6, list(Lever)) is None
    # Calls made before the desk got the file do not count against it.
    old = item(held_since=date(2026, 11, 2), chased=chased)
    assert old is not None and old.unanswered == 0


def test_one_off_and_recurring_follow_ups() -> None:
    once = FollowUp(FollowUpKind.ONE_OFF, date(2026, 11, 20), desk="MHA-FD", title="hearing", id=1)
    found = custom_item(once, ref="K-1", name="Salma", last_done=None, as_of=AS_OF)
    assert found is not None and (found.due, found.overdue_days) == (date(2026, 11, 20), 2)
    assert (
        custom_item(once, ref="K-1", name="Salma", last_done=date(2026, 11, 21), as_of=AS_OF)
        is None
    )
    tuesdays = FollowUp(FollowUpKind.RECURRING, date(2026, 11, 3), rule="FREQ=WEEKLY;BYDAY=TU")
    nxt = custom_item(tuesdays, ref="K-1", name="Salma", last_done=date(2026, 11, 17), as_of=AS_OF)
    assert nxt is not None and nxt.due == date(2026, 11, 24)
    assert next_occurrence("FREQ=MONTHLY;COUNT=2", date(2026, 1, 31), date(2026, 3, 31)) is None


def test_the_agenda_is_grouped_by_desk_most_overdue_first() -> None:
    def entry(ref: str, desk: str, overdue: int) -> AgendaItem:
        return AgendaItem(
            ref, ref, desk, AS_OF - timedelta(days=overdue), overdue, FollowUpKind.WEEKLY
        )

    groups = agenda_by_desk(
        [
            entry("A", "EMB-NP", 2),
            entry("B", "BDHC-DEL", 0),
            entry("C", "BDHC-DEL", 9),
            entry("D", "MHA-FD", 0),
        ]
    )
    assert [(desk, [i.ref for i in items]) for desk, items in groups] == [
        ("BDHC-DEL", ["C", "B"]),
        ("EMB-NP", ["A"]),
        ("MHA-FD", ["D"]),
    ]


def test_week_bounds() -> None:
    assert week_bounds(date(2026, 11, 22)) == (date(2026, 11, 16), date(2026, 11, 22))
