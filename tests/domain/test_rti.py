"""RTI due dates counted on the statutory clocks at the office's calendar, worked by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from repatriate.domain.rti import RtiApplication, overdue_reason, rti_clocks, rti_errors
from repatriate.services.deadlines import due


def west_bengal(code: str, start: date) -> object:
    return due(code, start, "IN", "West Bengal")


def application(**changes: object) -> RtiApplication:
    values: dict[str, object] = {
        "desk": "WB-HOME",
        "filed_on": date(2026, 12, 20),
        "received_on": date(2026, 12, 27),
        "subject": "the status of the repatriation of Salma Bibi",
    }
    return RtiApplication(**(values | changes))  # type: ignore[arg-type]


def test_a_reply_falling_on_republic_day_is_due_the_next_day() -> None:
    # Received Sunday 27 December 2026; 30 days later is Tuesday 26 January 2027, Republic
    # Day: the office is closed, the reply is due Wednesday 27 January (GCA 1897, s.10).
    clocks = rti_clocks(application(), west_bengal)  # type: ignore[arg-type]
    assert clocks.reply.period_ends == date(2027, 1, 26)
    assert clocks.reply.due == date(2027, 1, 27)
    assert clocks.reply.working[-2:] == (
        "2027-01-26: the office is closed (Republic Day, a public holiday in IN-WB); "
        "the act is due the next day",
        "due 2027-01-27, the next working day (General Clauses Act 1897, s.10)",
    )
    # No reply: the first appeal runs 30 days from the reply's due date: 26 February 2027,
    # a Friday.
    assert clocks.first_appeal.due == date(2027, 2, 26)
    assert clocks.first_appeal_decision is None


def test_overdue_the_day_after_the_reply_was_due_with_the_first_appeal_date() -> None:
    a = application()
    clocks = rti_clocks(a, west_bengal)  # type: ignore[arg-type]
    assert overdue_reason(a, clocks, date(2027, 1, 27)) == ""
    assert overdue_reason(a, clocks, date(2027, 1, 28)) == (
        "RTI application to WB-HOME of 2026-12-20: reply due 2027-01-27, none recorded "
        "(a deemed refusal, RTI Act 2005, s.7(2)); file the first appeal by 2027-02-26 "
        "(RTI Act 2005, s.19(1))"
    )
    replied = replace(a, reply_on=date(2027, 1, 20))
    later = rti_clocks(replied, west_bengal)  # type: ignore[arg-type]
    assert overdue_reason(replied, later, date(2027, 3, 1)) == ""


def test_life_or_liberty_gives_48_hours_moved_past_a_sunday() -> None:
    # Received Friday 4 December 2026: 2 days later is Sunday 6 December; due Monday 7.
    a = application(received_on=date(2026, 12, 4), life_or_liberty=True)
    assert rti_clocks(a, west_bengal).reply.due == date(2026, 12, 7)  # type: ignore[arg-type]


def test_an_undecided_first_appeal_points_to_the_second_appeal() -> None:
    # First appeal filed Monday 2 March 2026: decided within 30 days, by Wednesday 1 April
    # 2026; the second appeal within 90 days of that: 30 June 2026, a Tuesday.
    a = application(
        filed_on=date(2026, 1, 5),
        received_on=date(2026, 1, 7),
        first_appeal_on=date(2026, 3, 2),
    )
    clocks = rti_clocks(a, west_bengal)  # type: ignore[arg-type]
    assert clocks.first_appeal_decision is not None and clocks.second_appeal is not None
    assert clocks.first_appeal_decision.due == date(2026, 4, 1)
    assert clocks.second_appeal.due == date(2026, 6, 30)
    assert "file the second appeal with the Information Commission by 2026-06-30" in (
        overdue_reason(a, clocks, date(2026, 4, 2))
    )


def test_bad_dates_and_an_empty_subject_are_named() -> None:
    errors = rti_errors(
        application(filed_on=date(1, 1, 1), received_on=date(9999, 12, 31), subject=" "),
        date(2026, 12, 1),
    )
    assert [str(e) for e in errors] == [
        "subject:  : say what information is sought",
        "filed: 0001-01-01: not a date from 1900 to 2100",
        "received: 9999-12-31: not a date from 1900 to 2100",
    ]
    late = application(filed_on=date(2026, 11, 2), received_on=date(2026, 11, 1))
    errors = rti_errors(late, date(2026, 12, 1))
    assert [str(e) for e in errors] == ["received: 2026-11-01: before the filed date (2026-11-02)"]
