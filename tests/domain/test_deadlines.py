"""Statutory clocks: due dates counted as the General Clauses Act counts them, moved past the
Sundays and public holidays of the office that must act. Every date below is worked out by
hand from the calendar (1 December 2026 is a Tuesday)."""

from __future__ import annotations

from datetime import date

import pytest

from repatriate.domain.errors import InvalidInput
from repatriate.services.deadlines import clocks, due


def test_an_rti_reply_due_on_republic_day_is_due_the_next_day() -> None:
    # Received Sunday 27 December 2026; the day of receipt left out, 30 days end on Tuesday
    # 26 January 2027, Republic Day: the office is closed, the reply is due on the 27th.
    deadline = due("rti_reply", date(2026, 12, 27))
    assert deadline.period_ends == date(2027, 1, 26)
    assert deadline.due == date(2027, 1, 27)
    assert deadline.working[-2] == (
        "2027-01-26: the office is closed (Republic Day, a public holiday in IN); "
        "the act is due the next day"
    )
    assert deadline.working[-1].endswith("(General Clauses Act 1897, s.10)")
    assert "s.7(1)" in deadline.working[1]


def test_a_state_holiday_moves_a_due_date_only_in_that_state() -> None:
    # 16 March + 30 days = Wednesday 15 April 2026, Bengali New Year: a holiday in West
    # Bengal, not in Delhi.
    assert due("rti_reply", date(2026, 3, 16), "IN", "WB").due == date(2026, 4, 16)
    assert due("rti_reply", date(2026, 3, 16), "IN", "DL").due == date(2026, 4, 15)


def test_a_sunday_moves_the_first_appeal() -> None:
    # 9 October + 30 days = Sunday 8 November 2026 (Diwali too): due Monday the 9th.
    deadline = due("rti_first_appeal", date(2026, 10, 9), "IN", "WB")
    assert (deadline.period_ends, deadline.due) == (date(2026, 11, 8), date(2026, 11, 9))
    assert deadline.closed == ((date(2026, 11, 8), "Sunday"),)


def test_forty_eight_hours_over_independence_day_and_a_sunday() -> None:
    # Received Thursday 13 August 2026: 48 hours end on Saturday the 15th, Independence Day;
    # Sunday the 16th is closed too: due Monday 17 August.
    deadline = due("rti_reply_life_or_liberty", date(2026, 8, 13))
    assert deadline.due == date(2026, 8, 17)
    assert [day for day, _ in deadline.closed] == [date(2026, 8, 15), date(2026, 8, 16)]


def test_the_second_appeal_has_ninety_days() -> None:
    # 2 March 2026 + 90 days = Sunday 31 May 2026: due Monday 1 June.
    assert due("rti_second_appeal", date(2026, 3, 2)).due == date(2026, 6, 1)


def test_consular_access_within_three_months_ends_on_the_month_s_last_day() -> None:
    # Arrested 30 November 2025: three months end on 28 February 2026 (no 30 February), a
    # Saturday, which is not a closed day.
    deadline = due("consular_access_in_pk", date(2025, 11, 30))
    assert deadline.due == date(2026, 2, 28) and deadline.closed == ()
    assert clocks()["consular_access_in_pk"].applies_to("PK")
    assert not clocks()["consular_access_in_pk"].applies_to("BD")
    assert clocks()["rti_reply"].applies_to("BD")


def test_lists_of_prisoners_are_exchanged_on_1_january_and_1_july() -> None:
    assert due("prisoner_lists_in_pk", date(2026, 7, 2)).due == date(2027, 1, 1)
    assert due("prisoner_lists_in_pk", date(2026, 7, 1)).due == date(2026, 7, 1)
    assert due("prisoner_lists_in_pk", date(2026, 12, 31)).due == date(2027, 1, 1)


def test_an_embassy_is_closed_on_its_own_country_s_holidays() -> None:
    # 15 March + 30 days = Tuesday 14 April 2026, Pohela Boishakh in Bangladesh.
    deadline = due("rti_reply", date(2026, 3, 15), "BD")
    assert deadline.due == date(2026, 4, 15)
    assert "a public holiday in BD" in deadline.closed[0][1]


def test_a_country_the_calendar_does_not_know_closes_on_sundays_only() -> None:
    # 1 March + 30 days = Tuesday 31 March 2026.
    assert due("rti_reply", date(2026, 3, 1), "AQ").due == date(2026, 3, 31)


def test_bad_input_is_named() -> None:
    with pytest.raises(InvalidInput) as unknown:
        due("rti_reminder", date(2026, 1, 1))
    assert str(unknown.value.errors[0]).startswith("clock: rti_reminder: must be one of rti_reply")
    with pytest.raises(InvalidInput) as too_late:
        due("rti_reply", date(9999, 12, 31))
    assert str(too_late.value.errors[0]) == (
        "date: 9999-12-31: rti_reply: the period runs past the year 9999"
    )
    assert due("rti_reply", date(1, 1, 1)).due == date(1, 1, 31)
