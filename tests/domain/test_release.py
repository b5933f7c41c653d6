"""The release date, the overstay and the working shown for them (domain/release.py).

release_due = conviction + relativedelta(years, months, days) - set_off - remission + fine_default
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
    add_calendar,
    describe_sentence,
    file_release_due,
    has_left,
    reckon,
    release_due,
    sentence_end,
    sentence_problem,
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


def by_formula(conviction: date, s: Sentence) -> date:
    return (
        conviction
        + relativedelta(years=s.years, months=s.months, days=s.days)
        - timedelta(days=s.set_off_days)
        - timedelta(days=s.remission_days)
        + timedelta(days=s.fine_default_days)
    )


FIELD_NAMES = {f.name for f in dataclasses.fields(PrisonerFile)} | {
    f.name for f in dataclasses.fields(Sentence)
}
PROBLEM = re.compile(r"^(?P<field>[a-z_]+): (?P<value>[^:]+): \S")


# --- properties ------------------------------------------------------------------------------


@given(any_date, years, months, days)
def test_add_calendar_is_relativedelta(start: date, y: int, m: int, d: int) -> None:
    assert add_calendar(start, y, m, d) == start + relativedelta(years=y, months=m, days=d)


@given(any_date, sentences)
def test_release_due_is_the_formula(conviction: date, sentence: Sentence) -> None:
    assert release_due(conviction, sentence) == by_formula(conviction, sentence)


@given(any_date, sentences, any_date)
def test_reckoned_release_due_is_the_formula_unless_the_sentence_contradicts_itself(
    conviction: date, sentence: Sentence, as_of: date
) -> None:
    reckoning = reckon(convicted(conviction, sentence), as_of)
    if sentence_problem(conviction, sentence):
        assert reckoning.release_due is None
        assert reckoning.overstay_days is None
        assert reckoning.problems
    else:
        assert reckoning.release_due == by_formula(conviction, sentence)
        assert reckoning.problems == ()


@given(any_date, sentences, st.integers(min_value=1, max_value=36_500), st.booleans())
def test_more_set_off_or_remission_never_gives_a_later_release(
    conviction: date, sentence: Sentence, extra: int, on_set_off: bool
) -> None:
    field = "set_off_days" if on_set_off else "remission_days"
    more = dataclasses.replace(sentence, **{field: getattr(sentence, field) + extra})
    assert release_due(conviction, more) < release_due(conviction, sentence)
    before = file_release_due(convicted(conviction, sentence))
    after = file_release_due(convicted(conviction, more))
    if after is not None:
        assert before is not None
        assert after <= before


@given(any_date, sentences, st.integers(min_value=1, max_value=36_500))
def test_more_fine_default_never_gives_an_earlier_release(
    conviction: date, sentence: Sentence, extra: int
) -> None:
    more = dataclasses.replace(sentence, fine_default_days=sentence.fine_default_days + extra)
    assert release_due(conviction, more) > release_due(conviction, sentence)
    before = file_release_due(convicted(conviction, sentence))
    after = file_release_due(convicted(conviction, more))
    # Fine default days are served after the sentence: they never make it contradict itself.
    assert (before is None) == (after is None)
    if before is not None and after is not None:
        assert after == before + timedelta(days=extra)


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
    st.sampled_from([None, Status.SERVING, Status.SENTENCE_COMPLETED]),
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


@given(any_date, sentences)
def test_no_sentence_problem_means_release_on_or_after_conviction(
    conviction: date, sentence: Sentence
) -> None:
    if sentence_problem(conviction, sentence) is None:
        assert release_due(conviction, sentence) >= conviction


@given(files, any_date)
def test_stored_release_due_is_the_reckoned_one(pf: PrisonerFile, as_of: date) -> None:
    assert file_release_due(pf) == reckon(pf, as_of).release_due


@given(files, any_date)
def test_every_problem_names_a_field_and_a_value(pf: PrisonerFile, as_of: date) -> None:
    for problem in reckon(pf, as_of).problems:
        match = PROBLEM.match(problem)
        assert match, problem
        assert match["field"] in FIELD_NAMES, problem


@given(files, any_date)
def test_the_working_ends_with_the_overstay_when_there_is_one(
    pf: PrisonerFile, as_of: date
) -> None:
    reckoning = reckon(pf, as_of)
    if pf.conviction_date is not None and reckoning.overstay_days is not None:
        assert reckoning.steps[-1].endswith(f": {reckoning.overstay_days} days past release")
    if reckoning.release_due is not None and reckoning.overstay_days is not None:
        # The dates in the steps lead to the release date.
        assert f"= {reckoning.release_due}" in reckoning.steps[-2]


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
    assert release_due(leap, Sentence(years=1)) == date(2025, 2, 28)
    assert release_due(leap, Sentence(years=4)) == date(2028, 2, 29)
    assert reckon(convicted(leap, Sentence(years=1)), AS_OF).release_due == date(2025, 2, 28)


def test_month_end_conviction() -> None:
    assert release_due(date(2023, 1, 31), Sentence(months=1)) == date(2023, 2, 28)
    assert release_due(date(2024, 1, 31), Sentence(months=1)) == date(2024, 2, 29)


def test_sentence_end_ignores_set_off_remission_and_fine() -> None:
    sentence = Sentence(
        years=2, months=6, set_off_days=120, remission_days=30, fine_default_days=60
    )
    assert sentence_end(date(2023, 3, 14), sentence) == date(2025, 9, 14)


# --- the issue's example ---------------------------------------------------------------------

ISSUE_SENTENCE = Sentence(
    years=2, months=6, set_off_days=120, remission_days=30, fine_default_days=60
)


def test_the_issue_example() -> None:
    reckoning = reckon(convicted(date(2023, 3, 14), ISSUE_SENTENCE), AS_OF)
    assert reckoning.release_due == date(2025, 6, 16)
    assert reckoning.overstay_days == 524
    assert reckoning.overstaying
    assert reckoning.problems == ()
    assert not reckoning.under_trial
    assert reckoning.working == (
        "conviction 2023-03-14 + 2y 6m = 2025-09-14; "
        "\u2212 120 days set-off = 2025-05-17; "
        "\u2212 30 days remission = 2025-04-17; "
        "+ 60 days fine default = 2025-06-16; "
        "held on 2026-11-22: 524 days past release"
    )
    assert MINUS == "\u2212"
    assert "- 120" not in reckoning.working  # a minus sign, not a hyphen


def test_the_issue_example_steps() -> None:
    steps = reckon(convicted(date(2023, 3, 14), ISSUE_SENTENCE), AS_OF).steps
    assert steps == (
        "conviction 2023-03-14 + 2y 6m = 2025-09-14",
        f"{MINUS} 120 days set-off = 2025-05-17",
        f"{MINUS} 30 days remission = 2025-04-17",
        "+ 60 days fine default = 2025-06-16",
        "held on 2026-11-22: 524 days past release",
    )


def test_steps_leave_out_what_is_zero() -> None:
    reckoning = reckon(convicted(date(2023, 3, 14), Sentence(years=2, remission_days=10)), AS_OF)
    assert reckoning.steps == (
        "conviction 2023-03-14 + 2y = 2025-03-14",
        f"{MINUS} 10 days remission = 2025-03-04",
        "held on 2026-11-22: 628 days past release",
    )
    assert reckoning.overstay_days == (AS_OF - date(2025, 3, 4)).days == 628


# --- zero sentences and large set-offs -------------------------------------------------------


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
    assert reckoning.release_due == date(2024, 6, 30)
    assert reckoning.problems == ()
    assert reckoning.steps == (
        "conviction 2024-05-01 + 0 days = 2024-05-01",
        "+ 60 days fine default = 2024-06-30",
        f"held on 2026-11-22: {(AS_OF - date(2024, 6, 30)).days} days past release",
    )


def test_zero_sentence_with_set_off_is_a_problem() -> None:
    reckoning = reckon(convicted(date(2024, 5, 1), Sentence(set_off_days=1)), AS_OF)
    assert reckoning.release_due is None
    assert reckoning.overstay_days is None
    assert reckoning.problems == ("set_off_days: 1: longer than the sentence (0 days)",)


def test_set_off_equal_to_the_sentence_releases_on_conviction() -> None:
    conviction = date(2023, 3, 14)  # one year from here is 366 days (29 February 2024)
    pf = convicted(conviction, Sentence(years=1, set_off_days=366))
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == ()
    assert reckoning.release_due == conviction
    assert file_release_due(pf) == conviction
    assert reckoning.overstay_days == (AS_OF - conviction).days


def test_set_off_and_remission_equal_to_the_sentence_release_on_conviction() -> None:
    conviction = date(2023, 3, 14)
    reckoning = reckon(
        convicted(conviction, Sentence(years=1, set_off_days=300, remission_days=66)), AS_OF
    )
    assert reckoning.problems == ()
    assert reckoning.release_due == conviction


def test_set_off_longer_than_the_sentence_is_a_problem() -> None:
    pf = convicted(date(2023, 3, 14), Sentence(years=1, set_off_days=367))
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == ("set_off_days: 367: longer than the sentence (366 days)",)
    assert reckoning.release_due is None
    assert file_release_due(pf) is None
    assert reckoning.overstay_days is None
    assert not reckoning.overstaying
    # The working stops where the figures stop being sound.
    assert reckoning.working == "conviction 2023-03-14 + 1y = 2024-03-14"


def test_set_off_and_remission_longer_than_the_sentence_is_a_problem() -> None:
    pf = convicted(date(2023, 3, 14), Sentence(years=1, set_off_days=300, remission_days=67))
    reckoning = reckon(pf, AS_OF)
    assert len(reckoning.problems) == 1
    assert reckoning.problems[0].startswith("remission_days: 67: ")
    assert "366 days" in reckoning.problems[0]
    assert reckoning.release_due is None
    assert reckoning.overstay_days is None


def test_fine_default_does_not_rescue_a_set_off_longer_than_the_sentence() -> None:
    pf = convicted(date(2023, 3, 14), Sentence(years=1, set_off_days=400, fine_default_days=400))
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems[0].startswith("set_off_days: 400: ")
    assert reckoning.release_due is None
    assert reckoning.overstay_days is None


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
    assert reckoning.release_due == date(2025, 9, 14)
    assert reckoning.overstay_days == 109
    assert reckoning.steps[-1] == "released 2026-01-01: 109 days past release"
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
    assert reckoning.overstay_days == 260
    assert reckoning.steps[-1] == "held on 2026-06-01: 260 days past release"


def test_released_on_the_as_of_date_says_released() -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2026, 1, 1),
        status=Status.RELEASED,
    )
    reckoning = reckon(pf, date(2026, 1, 1))
    assert reckoning.steps[-1] == "released 2026-01-01: 109 days past release"


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
    "status", [Status.REPATRIATED, Status.RELEASED, Status.DECEASED, Status.TRANSFERRED]
)
def test_status_left_without_a_release_date_is_a_problem(status: Status) -> None:
    pf = convicted(date(2023, 3, 14), Sentence(years=2, months=6), status=status)
    reckoning = reckon(pf, AS_OF)
    assert reckoning.problems == (
        f"released_on: (empty): status is {status.value} but no date given",
    )
    assert reckoning.release_due == date(2025, 9, 14)  # the sentence itself is sound
    assert reckoning.overstay_days is None
    assert not reckoning.overstaying
    assert reckoning.steps == ("conviction 2023-03-14 + 2y 6m = 2025-09-14",)
    assert has_left(pf)


@pytest.mark.parametrize("status", [Status.SERVING, Status.SENTENCE_COMPLETED, Status.UNDER_TRIAL])
def test_release_date_with_a_status_still_held_is_a_problem(status: Status) -> None:
    pf = convicted(
        date(2023, 3, 14),
        Sentence(years=2, months=6),
        released_on=date(2026, 1, 1),
        status=status,
    )
    reckoning = reckon(pf, AS_OF)
    assert f"status: {status.value}: but released on 2026-01-01" in reckoning.problems
    assert reckoning.overstay_days == 109  # counted to the recorded release


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
    assert reckoning.release_due == date(2025, 6, 16)
    assert reckoning.overstay_days == 524


# --- has_left --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "released_on", "left"),
    [
        (None, None, False),
        (Status.SERVING, None, False),
        (Status.SENTENCE_COMPLETED, None, False),
        (Status.UNDER_TRIAL, None, False),
        (Status.REPATRIATED, None, True),
        (Status.DECEASED, None, True),
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
