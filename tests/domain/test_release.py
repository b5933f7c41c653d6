"""The release date, the overstay and the working shown for them (domain/release.py).

remaining   = max(0, term in days - set_off - remission)
release_due = conviction + max(0, remaining + fine_default - (1 if the day of sentence counts))
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.domain.release import (
    MINUS,
    ReleaseRule,
    add_calendar,
    describe_sentence,
    file_release_due,
    has_left,
    reckon,
    release_due,
    sentence_end,
    set_off_problem,
)

AS_OF = date(2026, 11, 22)

# --- strategies ------------------------------------------------------------------------------

any_date = st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31))
years = st.integers(min_value=0, max_value=99)
months = st.integers(min_value=0, max_value=1199)
days = st.integers(min_value=0, max_value=36_500)
day_counts = st.integers(min_value=0, max_value=36_500)
sentences = st.builds(
    Sentence,
    years=years,
    months=months,
    days=days,
    set_off_days=day_counts,
    remission_days=day_counts,
    fine_default_days=day_counts,
)
maybe_date = st.none() | any_date
statuses = st.none() | st.sampled_from(Status)

files = st.builds(
    PrisonerFile,
    ref=st.just("KOL/1"),
    name=st.just("Nur Alam"),
    arrest_date=maybe_date,
    conviction_date=maybe_date,
    sentence=sentences,
    released_on=maybe_date,
    status=statuses,
)


def convicted(conviction: date, sentence: Sentence, **changes: object) -> PrisonerFile:
    return PrisonerFile(
        ref="KOL/1", name="Nur Alam", conviction_date=conviction, sentence=sentence
    ).replace(**changes)


EXCLUSIVE = ReleaseRule(sentence_day_counts=False)
rules = st.sampled_from([ReleaseRule(), EXCLUSIVE])


def by_formula(conviction: date, s: Sentence, rule: ReleaseRule) -> date:
    """The rule written out with relativedelta; a last month without the corresponding day
    counts to its end when the day of sentence counts."""
    months = relativedelta(years=s.years, months=s.months)
    end = conviction + months
    if rule.sentence_day_counts and (s.years or s.months) and end.day != conviction.day:
        end += timedelta(days=1)
    term = (end + timedelta(days=s.days) - conviction).days
    remaining = max(0, term - s.set_off_days - s.remission_days)
    days = remaining + s.fine_default_days - (1 if rule.sentence_day_counts else 0)
    return conviction + timedelta(days=max(0, days))


FIELD_NAMES = {f.name for f in dataclasses.fields(PrisonerFile)} | {
    f.name for f in dataclasses.fields(Sentence)
}
PROBLEM = re.compile(r"^(?P<field>[a-z_]+): (?P<value>[^:]+): \S")


# --- properties ------------------------------------------------------------------------------


@given(any_date, years, months, days)
def test_add_calendar_is_relativedelta(start: date, y: int, m: int, d: int) -> None:
    assert add_calendar(start, y, m, d) == start + relativedelta(years=y, months=m, days=d)


@given(any_date, sentences, rules)
def test_release_due_is_the_formula(
    conviction: date, sentence: Sentence, rule: ReleaseRule
) -> None:
    assert release_due(conviction, sentence, rule) == by_formula(conviction, sentence, rule)


@given(any_date, sentences, any_date, rules)
def test_every_convicted_file_has_a_release_date(
    conviction: date, sentence: Sentence, as_of: date, rule: ReleaseRule
) -> None:
    reckoning = reckon(convicted(conviction, sentence), as_of, rule)
    assert reckoning.release_due == by_formula(conviction, sentence, rule)
    assert reckoning.release_due >= conviction
    assert reckoning.overstay_days is not None
    # Set-off and remission longer than the term are the "period already undergone".
    assert reckoning.problems == ()


@given(any_date, sentences, st.integers(min_value=1, max_value=36_500), st.booleans(), rules)
def test_more_set_off_or_remission_never_gives_a_later_release(
    conviction: date, sentence: Sentence, extra: int, on_set_off: bool, rule: ReleaseRule
) -> None:
    field = "set_off_days" if on_set_off else "remission_days"
    more = dataclasses.replace(sentence, **{field: getattr(sentence, field) + extra})
    assert release_due(conviction, more, rule) <= release_due(conviction, sentence, rule)


@given(any_date, sentences, st.integers(min_value=1, max_value=36_500), rules)
def test_fine_default_days_are_served_after_what_remains(
    conviction: date, sentence: Sentence, extra: int, rule: ReleaseRule
) -> None:
    more = dataclasses.replace(sentence, fine_default_days=sentence.fine_default_days + extra)
    before = release_due(conviction, sentence, rule)
    after = release_due(conviction, more, rule)
    if before == conviction and rule.sentence_day_counts:
        # Nothing left to serve: the day of sentence is the first day in default.
        assert before <= after <= before + timedelta(days=extra)
    else:
        assert after == before + timedelta(days=extra)


@given(any_date, sentences)
def test_counting_the_day_of_sentence_releases_a_day_earlier_at_most(
    conviction: date, sentence: Sentence
) -> None:
    counted = release_due(conviction, sentence)
    not_counted = release_due(conviction, sentence, EXCLUSIVE)
    assert (not_counted - counted).days in (0, 1)


@given(files, any_date)
def test_overstay_and_custody_are_never_negative(pf: PrisonerFile, as_of: date) -> None:
    reckoning = reckon(pf, as_of)
    assert reckoning.overstay_days is None or reckoning.overstay_days >= 0
    assert reckoning.custody_days is None or reckoning.custody_days >= 0


@given(
    any_date,
    sentences,
    st.integers(min_value=0, max_value=20_000),
    st.integers(min_value=0, max_value=20_000),
    st.sampled_from([None, Status.SERVING, Status.SENTENCE_COMPLETED, Status.IN_DETENTION_CENTRE]),
)
def test_overstay_of_someone_still_held_grows_day_by_day(
    conviction: date, sentence: Sentence, past: int, k: int, status: Status | None
) -> None:
    pf = convicted(conviction, sentence, status=status)
    due = file_release_due(pf)
    if due is None:
        return
    as_of = due + timedelta(days=past)
    assert reckon(pf, due).overstay_days == 0
    assert reckon(pf, as_of).overstay_days == past
    assert reckon(pf, as_of + timedelta(days=k)).overstay_days == past + k


@given(any_date, sentences, st.integers(min_value=0, max_value=20_000))
def test_no_overstay_before_the_release_date(
    conviction: date, sentence: Sentence, early: int
) -> None:
    pf = convicted(conviction, sentence)
    due = file_release_due(pf)
    if due is None:
        return
    reckoning = reckon(pf, due - timedelta(days=early))
    assert reckoning.overstay_days == 0
    assert not reckoning.overstaying


@given(files, any_date)
def test_release_is_never_before_conviction_when_there_is_no_problem(
    pf: PrisonerFile, as_of: date
) -> None:
    reckoning = reckon(pf, as_of)
    if reckoning.release_due is not None and not reckoning.problems:
        assert pf.conviction_date is not None
        assert reckoning.release_due >= pf.conviction_date


@given(files, any_date, rules)
def test_stored_release_due_is_the_reckoned_one(
    pf: PrisonerFile, as_of: date, rule: ReleaseRule
) -> None:
    assert file_release_due(pf, rule) == reckon(pf, as_of, rule).release_due


@given(files, any_date)
def test_every_problem_names_a_field_and_a_value(pf: PrisonerFile, as_of: date) -> None:
    for problem in reckon(pf, as_of).problems:
        match = PROBLEM.match(problem)
        assert match, problem
        assert match["field"] in FIELD_NAMES, problem


@given(files, any_date, rules)
def test_the_working_ends_with_the_overstay_when_there_is_one(
    pf: PrisonerFile, as_of: date, rule: ReleaseRule
) -> None:
    reckoning = reckon(pf, as_of, rule)
    if pf.conviction_date is not None and reckoning.overstay_days is not None:
        assert reckoning.steps[-1].endswith(f": {reckoning.overstay_days} days past release")
    if reckoning.release_due is not None and reckoning.overstay_days is not None:
        # The dates in the steps lead to the release date.
        assert str(reckoning.release_due) in reckoning.steps[-2]


# --- add_calendar and the sentence end -------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "y", "m", "d", "expected"),
    [
        (date(2024, 2, 29), 1, 0, 0, date(2025, 2, 28)),
        (date(2024, 2, 29), 4, 0, 0, date(2028, 2, 29)),
        (date(2024, 2, 29), 0, 12, 0, date(2025, 2, 28)),
        (date(2023, 1, 31), 0, 1, 0, date(2023, 2, 28)),
        (date(2024, 1, 31), 0, 1, 0, date(2024, 2, 29)),
        (date(2024, 1, 31), 0, 1, 1, date(2024, 3, 1)),
        (date(2023, 8, 31), 0, 1, 0, date(2023, 9, 30)),
        (date(2023, 12, 15), 0, 1, 0, date(2024, 1, 15)),
        (date(2023, 3, 14), 2, 6, 0, date(2025, 9, 14)),
        (date(2023, 3, 14), 0, 0, 0, date(2023, 3, 14)),
        (date(2023, 3, 14), 0, 0, 365, date(2024, 3, 13)),
    ],
)
def test_add_calendar_examples(start: date, y: int, m: int, d: int, expected: date) -> None:
    assert add_calendar(start, y, m, d) == expected


def test_leap_day_conviction() -> None:
    leap = date(2024, 2, 29)
    # 2025 has no 29 February: the year runs to the last day of February (366 days served).
    assert release_due(leap, Sentence(years=1)) == date(2025, 2, 28)
    assert release_due(leap, Sentence(years=1), EXCLUSIVE) == date(2025, 2, 28)
    assert release_due(leap, Sentence(years=4)) == date(2028, 2, 28)
    assert release_due(leap, Sentence(years=4), EXCLUSIVE) == date(2028, 2, 29)
    assert release_due(leap, Sentence(months=1)) == date(2024, 3, 28)
    reckoning = reckon(convicted(leap, Sentence(years=1)), AS_OF)
    assert reckoning.release_due == date(2025, 2, 28)
    assert reckoning.steps[:2] == (
        "conviction 2024-02-29 + 1y = 2025-03-01 (2025-02 has no day 29: to its last day)",
        f"{MINUS} 1 day: the day of sentence counts as served = 2025-02-28",
    )


def test_a_day_before_the_leap_day_ends_a_day_earlier() -> None:
    assert release_due(date(2024, 2, 28), Sentence(years=1)) == date(2025, 2, 27)


def test_month_end_conviction() -> None:
    assert release_due(date(2023, 1, 31), Sentence(months=1)) == date(2023, 2, 28)
    assert release_due(date(2024, 1, 31), Sentence(months=1)) == date(2024, 2, 29)
    assert release_due(date(2023, 1, 30), Sentence(months=1)) == date(2023, 2, 28)
    assert release_due(date(2023, 1, 28), Sentence(months=1)) == date(2023, 2, 27)
    assert release_due(date(2023, 1, 31), Sentence(months=1, days=10)) == date(2023, 3, 10)
    assert release_due(date(2023, 1, 31), Sentence(months=1), EXCLUSIVE) == date(2023, 2, 28)


def test_one_month_passed_on_15_january_ends_on_14_february() -> None:
    pf = convicted(date(2025, 1, 15), Sentence(months=1))
    reckoning = reckon(pf, date(2025, 2, 20))
    assert reckoning.release_due == date(2025, 2, 14)
    assert reckoning.overstay_days == 6
    assert reckoning.steps == (
        "conviction 2025-01-15 + 1m = 2025-02-15",
        f"{MINUS} 1 day: the day of sentence counts as served = 2025-02-14",
        "held on 2025-02-20: 6 days past release",
    )
    exclusive = reckon(pf, date(2025, 2, 20), EXCLUSIVE)
    assert exclusive.release_due == date(2025, 2, 15)
    assert exclusive.overstay_days == 5
    assert not any("day of sentence" in step for step in exclusive.steps)


def test_sentence_end_ignores_set_off_remission_and_fine() -> None:
    sentence = Sentence(
        years=2, months=6, set_off_days=120, remission_days=30, fine_default_days=60
    )
    assert sentence_end(date(2023, 3, 14), sentence) == date(2025, 9, 14)


# --- the worked example ----------------------------------------------------------------------

ISSUE_SENTENCE = Sentence(
    years=2, months=6, set_off_days=120, remission_days=30, fine_default_days=60
)


def test_the_issue_example() -> None:
    # 2023-03-14 to 2025-09-14 is 915 days; 915 - 120 - 30 + 60 - 1 = 824 days on.
    reckoning = reckon(convicted(date(2023, 3, 14), ISSUE_SENTENCE), AS_OF)
    assert reckoning.release_due == date(2025, 6, 15)
    assert reckoning.overstay_days == 525
    assert reckoning.overstaying
    assert reckoning.problems == ()
    assert not reckoning.under_trial
    assert reckoning.working == (
        "conviction 2023-03-14 + 2y 6m = 2025-09-14; "
        "\u2212 120 days set-off (CrPC s.428) = 2025-05-17; "
        "\u2212 30 days remission = 2025-04-17; "
        "+ 60 days fine default (IPC s.64) = 2025-06-16; "
        "\u2212 1 day: the day of sentence counts as served = 2025-06-15; "
        "held on 2026-11-22: 525 days past release"
    )
    assert MINUS == "\u2212"
    assert "- 120" not in reckoning.working  # a minus sign, not a hyphen


def test_the_issue_example_not_counting_the_day_of_sentence() -> None:
    reckoning = reckon(convicted(date(2023, 3, 14), ISSUE_SENTENCE), AS_OF, EXCLUSIVE)
    assert reckoning.release_due == date(2025, 6, 16)
    assert reckoning.overstay_days == 524
    assert reckoning.steps == (
        "conviction 2023-03-14 + 2y 6m = 2025-09-14",
        f"{MINUS} 120 days set-off (CrPC s.428) = 2025-05-17",
        f"{MINUS} 30 days remission = 2025-04-17",
        "+ 60 days fine default (IPC s.64) = 2025-06-16",
        "held on 2026-11-22: 524 days past release",
    )


def test_a_sentence_under_the_2023_codes_cites_them() -> None:
    pf = convicted(
        date(2025, 1, 15),
        Sentence(years=1, set_off_days=30, fine_default_days=10),
        arrest_date=date(2024, 8, 1),
    )
    steps = reckon(pf, date(2026, 1, 1)).steps
    assert steps[1] == f"{MINUS} 30 days set-off (BNSS s.468) = 2025-12-16"
    assert steps[2] == "+ 10 days fine default (BNS s.8) = 2025-12-26"


def test_a_case_pending_on_1_july_2024_stays_under_the_old_codes() -> None:
    # BNSS s.531(2)(a): a trial pending on 1 July 2024 is finished under the CrPC.
    pf = convicted(
        date(2025, 1, 15), Sentence(years=1, set_off_days=30), arrest_date=date(2024, 6, 1)
    )
    assert "(CrPC s.428)" in reckon(pf, date(2026, 1, 1)).steps[1]


def test_steps_leave_out_what_is_zero() -> None:
    reckoning = reckon(convicted(date(2023, 3, 14), Sentence(years=2, remission_days=10)), AS_OF)
    assert reckoning.steps == (
        "conviction 2023-03-14 + 2y = 2025-03-14",
        f"{MINUS} 10 days remission = 2025-03-04",
        f"{MINUS} 1 day: the day of sentence counts as served = 2025-03-03",
        "held on 2026-11-22: 629 days past release",
    )
    assert reckoning.overstay_days == (AS_OF - date(2025, 3, 3)).days == 629


# --- zero sentences and the period already undergone -----------------------------------------


def test_zero_sentence_is_released_on_conviction() -> None:
    conviction = date(2024, 5, 1)
    reckoning = reckon(convicted(conviction, Sentence()), AS_OF)
    assert reckoning.release_due == conviction
    assert reckoning.overstay_days == (AS_OF - conviction).days
    assert reckoning.problems == ()
    assert reckoning.steps[0] == "conviction 2024-05-01 + 0 days = 2024-05-01"


def test_zero_sentence_with_fine_default_only() -> None:
    conviction = date(2024, 5, 1)
    reckoning = reckon(convicted(conviction, Sentence(fine_default_days=60)), AS_OF)
    # 60 days in default counting 1 May as the first: the last is 29 June.
    assert reckoning.release_due == date(2024, 6, 29)
    assert reckoning.problems == ()
    assert reckoning.steps == (
        "conviction 2024-05-01 + 0 days = 2024-05-01",
        "+ 60 days fine default (IPC s.64) = 2024-06-30",
        f"{MINUS} 1 day: the day of sentence counts as served = 2024-06-29",
        f"held on 2026-11-22: {(AS_OF - date(2024, 6, 29)).days} days past release",
    )


def test_zero_sentence_with_set_off_is_released_on_conviction() -> None:
    reckoning = reckon(convicted(date(2024, 5, 1), Sentence(set_off_days=1)), AS_OF)
    assert reckoning.release_due == date(2024, 5, 1)
    assert reckoning.problems == ()


def test_set_off_equal_to_the_sentence_releases_on_conviction() -> None:
    conviction = date(2023, 3, 14)  # one year from here is 366 days (29 February 2024)
    pf = convicted(conviction, Sentence(years=1, set_off_days=366))
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == ()
    assert reckoning.release_due == conviction
    assert file_release_due(pf) == conviction
    assert reckoning.overstay_days == (AS_OF - conviction).days
    assert reckoning.steps[1] == (
        "set-off 366 days (CrPC s.428) covers the whole term: "
        "release due on the day of sentence, 2023-03-14"
    )


def test_set_off_one_day_short_of_the_sentence_is_served_on_the_day_of_sentence() -> None:
    conviction = date(2023, 3, 14)
    pf = convicted(conviction, Sentence(years=1, set_off_days=365))
    assert reckon(pf, AS_OF).release_due == conviction  # the one day left is that day
    assert reckon(pf, AS_OF, EXCLUSIVE).release_due == date(2023, 3, 15)


def test_set_off_and_remission_equal_to_the_sentence_release_on_conviction() -> None:
    conviction = date(2023, 3, 14)
    reckoning = reckon(
        convicted(conviction, Sentence(years=1, set_off_days=300, remission_days=66)), AS_OF
    )
    assert reckoning.problems == ()
    assert reckoning.release_due == conviction
    assert reckoning.steps[1:3] == (
        f"{MINUS} 300 days set-off (CrPC s.428) = 2023-05-19",
        "remission 66 days covers the rest: release due on the day of sentence, 2023-03-14",
    )


def test_the_period_already_undergone_is_held_past_release_from_the_day_of_sentence() -> None:
    # Arrested 2020-09-01, sentenced 2023-03-14 to 2 years with 900 days set off: 925 days in
    # custody before conviction, more than the 731-day term.
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, set_off_days=900),
        arrest_date=date(2020, 9, 1),
        status=Status.SENTENCE_COMPLETED,
    )
    for rule in (ReleaseRule(), EXCLUSIVE):
        reckoning = reckon(pf, AS_OF, rule)
        assert reckoning.problems == ()
        assert reckoning.release_due == date(2023, 3, 14)
        assert file_release_due(pf, rule) == date(2023, 3, 14)
        assert reckoning.overstay_days == 1349
        assert reckoning.overstaying
        assert reckoning.steps == (
            "conviction 2023-03-14 + 2y = 2025-03-14",
            "set-off 900 days (CrPC s.428) covers the whole term: "
            "release due on the day of sentence, 2023-03-14",
            "held on 2026-11-22: 1349 days past release",
        )


def test_fine_default_is_served_after_a_set_off_covering_the_term() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, set_off_days=900, remission_days=30, fine_default_days=30),
        arrest_date=date(2020, 9, 1),
    )
    reckoning = reckon(pf, AS_OF)
    # 30 days in default from 14 March, that day counted: the last is 12 April.
    assert reckoning.release_due == date(2023, 4, 12)
    assert reckoning.overstay_days == 1349 - 29
    assert reckoning.steps == (
        "conviction 2023-03-14 + 2y = 2025-03-14",
        "set-off 900 days (CrPC s.428) covers the whole term",
        "+ 30 days fine default (IPC s.64) = 2023-04-13",
        f"{MINUS} 1 day: the day of sentence counts as served = 2023-04-12",
        "held on 2026-11-22: 1320 days past release",
    )
    exclusive = reckon(pf, AS_OF, EXCLUSIVE)
    assert exclusive.release_due == date(2023, 4, 13)
    assert exclusive.overstay_days == 1319


def test_set_off_longer_than_the_custody_before_conviction_is_a_problem() -> None:
    # 2023-01-01 to 2023-03-14 is 72 days; with both ends counted, at most 73 can be set off.
    pf = convicted(
        date(2023, 3, 14), Sentence(years=1, set_off_days=74), arrest_date=date(2023, 1, 1)
    )
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == (
        "set_off_days: 74: longer than the custody before conviction "
        "(73 days from 2023-01-01 to 2023-03-14)",
    )
    assert reckoning.release_due == date(2023, 12, 30)  # still worked out, to be checked
    assert set_off_problem(pf.replace(sentence=Sentence(years=1, set_off_days=73))) is None


def test_conviction_before_birth_is_a_problem() -> None:
    pf = convicted(date(2023, 3, 14), Sentence(years=1), birth_date=date(2024, 1, 1))
    assert (
        "conviction_date: 2023-03-14: before the birth (2024-01-01)" in reckon(pf, AS_OF).problems
    )


# --- people who have left --------------------------------------------------------------------


def test_repatriated_overstay_is_counted_to_the_release() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2026, 1, 1),
        status=Status.REPATRIATED,
    )
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == ()
    assert reckoning.release_due == date(2025, 9, 13)
    assert reckoning.overstay_days == 110
    assert reckoning.steps[-1] == "released 2026-01-01: 110 days past release"
    assert has_left(pf)


def test_released_after_as_of_was_still_held_then() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2026, 11, 1),
        status=Status.REPATRIATED,
    )
    as_of = date(2026, 6, 1)
    reckoning = reckon(pf, as_of)
    assert reckoning.problems == ()
    assert reckoning.overstay_days == 261
    assert reckoning.steps[-1] == "held on 2026-06-01: 261 days past release"


def test_released_on_the_as_of_date_says_released() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2026, 1, 1),
        status=Status.RELEASED,
    )
    reckoning = reckon(pf, date(2026, 1, 1))
    assert reckoning.steps[-1] == "released 2026-01-01: 110 days past release"


def test_released_before_the_release_date_has_no_overstay() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2025, 1, 1),
        status=Status.RELEASED,
    )
    reckoning = reckon(pf, AS_OF)
    assert reckoning.overstay_days == 0
    assert not reckoning.overstaying
    assert reckoning.problems == ()


def test_custody_is_counted_to_the_release() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        arrest_date=date(2022, 1, 1),
        released_on=date(2026, 1, 1),
        status=Status.REPATRIATED,
    )
    assert reckon(pf, AS_OF).custody_days == (date(2026, 1, 1) - date(2022, 1, 1)).days
    assert reckon(pf, date(2025, 1, 1)).custody_days == (date(2025, 1, 1) - date(2022, 1, 1)).days


@pytest.mark.parametrize(
    "status",
    [
        Status.REPATRIATED,
        Status.DEPORTED,
        Status.RELEASED,
        Status.DECEASED,
        Status.DIED_IN_CUSTODY,
        Status.TRANSFERRED,
    ],
)
def test_status_left_without_a_release_date_is_a_problem(status: Status) -> None:
    pf = convicted(date(2023, 3, 14), Sentence(years=2, months=6), status=status)
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == (
        f"released_on: (empty): status is {status.value} but no date given",
    )
    assert reckoning.release_due == date(2025, 9, 13)  # the sentence itself is sound
    assert reckoning.overstay_days is None
    assert not reckoning.overstaying
    assert reckoning.steps == (
        "conviction 2023-03-14 + 2y 6m = 2025-09-14",
        f"{MINUS} 1 day: the day of sentence counts as served = 2025-09-13",
    )
    assert has_left(pf)


@pytest.mark.parametrize(
    "status",
    [Status.SERVING, Status.SENTENCE_COMPLETED, Status.IN_DETENTION_CENTRE, Status.UNDER_TRIAL],
)
def test_release_date_with_a_status_still_held_is_a_problem(status: Status) -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2026, 1, 1),
        status=status,
    )
    reckoning = reckon(pf, AS_OF)
    assert f"status: {status.value}: but released on 2026-01-01" in reckoning.problems
    assert reckoning.overstay_days == 110  # counted to the recorded release


def test_held_in_a_detention_centre_keeps_counting() -> None:
    pf = convicted(
        date(2023, 3, 14), Sentence(years=2, months=6), status=Status.IN_DETENTION_CENTRE
    )
    assert not has_left(pf)
    assert reckon(pf, AS_OF).overstay_days == (AS_OF - date(2025, 9, 13)).days == 435


def test_release_before_conviction_is_a_problem() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2023, 1, 1),
        status=Status.RELEASED,
    )
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == ("released_on: 2023-01-01: before the conviction (2023-03-14)",)
    assert reckoning.overstay_days is None
    assert not reckoning.overstaying


# --- under trial and missing conviction dates ------------------------------------------------


def test_under_trial_has_custody_days_only() -> None:
    pf = PrisonerFile(
        ref="KOL/2", name="Aung Min", arrest_date=date(2025, 1, 1), status=Status.UNDER_TRIAL
    )
    reckoning = reckon(pf, AS_OF)
    assert reckoning.under_trial
    assert reckoning.release_due is None
    assert reckoning.overstay_days is None
    assert reckoning.custody_days == 690
    assert reckoning.problems == ()
    assert reckoning.steps == ("under trial: in custody since 2025-01-01 (690 days)",)
    assert file_release_due(pf) is None


def test_under_trial_without_an_arrest_date_shows_no_working() -> None:
    reckoning = reckon(PrisonerFile(ref="KOL/2", name="Aung Min"), AS_OF)
    assert reckoning.custody_days is None
    assert reckoning.steps == ()
    assert reckoning.working == ""
    assert reckoning.problems == ()


def test_arrest_after_as_of_gives_no_custody() -> None:
    pf = PrisonerFile(ref="KOL/2", name="Aung Min", arrest_date=date(2027, 1, 1))
    assert reckon(pf, AS_OF).custody_days is None


def test_sentence_without_conviction_date_is_a_problem() -> None:
    pf = PrisonerFile(
        ref="KOL/3",
        name="Rahim",
        arrest_date=date(2022, 1, 1),
        sentence=Sentence(years=2, months=6),
        status=Status.SERVING,
    )
    reckoning = reckon(pf, AS_OF)
    assert reckoning.release_due is None
    assert reckoning.overstay_days is None
    assert reckoning.custody_days == (AS_OF - date(2022, 1, 1)).days
    assert reckoning.problems == (
        "conviction_date: (empty): a sentence of 2y 6m is recorded without a conviction date",
    )


def test_serving_without_conviction_date_is_a_problem() -> None:
    pf = PrisonerFile(ref="KOL/3", name="Rahim", status=Status.SERVING)
    assert reckon(pf, AS_OF).problems == ("conviction_date: (empty): status is serving",)


def test_conviction_before_arrest_is_a_problem_but_the_overstay_is_still_computed() -> None:
    pf = convicted(
        date(2023, 3, 14),
        ISSUE_SENTENCE,
        arrest_date=date(2023, 4, 1),
        status=Status.SERVING,
    )
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == ("conviction_date: 2023-03-14: before the arrest (2023-04-01)",)
    assert reckoning.release_due == date(2025, 6, 15)
    assert reckoning.overstay_days == 525


# --- has_left --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "released_on", "left"),
    [
        (None, None, False),
        (Status.SERVING, None, False),
        (Status.SENTENCE_COMPLETED, None, False),
        (Status.IN_DETENTION_CENTRE, None, False),
        (Status.UNDER_TRIAL, None, False),
        (Status.REPATRIATED, None, True),
        (Status.DEPORTED, None, True),
        (Status.DECEASED, None, True),
        (Status.DIED_IN_CUSTODY, None, True),
        (None, date(2026, 1, 1), True),
        (Status.SERVING, date(2026, 1, 1), True),
    ],
)
def test_has_left(status: Status | None, released_on: date | None, left: bool) -> None:
    pf = PrisonerFile(ref="KOL/1", name="Nur Alam", status=status, released_on=released_on)
    assert has_left(pf) is left


# --- describe_sentence -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (Sentence(years=2, months=6), "2y 6m"),
        (Sentence(years=1, days=10), "1y 10d"),
        (Sentence(), "0 days"),
        (Sentence(set_off_days=30, remission_days=5, fine_default_days=60), "0 days"),
        (Sentence(months=3), "3m"),
        (Sentence(days=45), "45d"),
        (Sentence(years=1, months=2, days=3), "1y 2m 3d"),
        (Sentence(years=10, set_off_days=100), "10y"),
    ],
)
def test_describe_sentence(sentence: Sentence, text: str) -> None:
    assert describe_sentence(sentence) == text
