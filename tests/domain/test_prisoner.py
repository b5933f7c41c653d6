from __future__ import annotations

from datetime import date

import pytest

from repatriate.domain.prisoner import (
    Category,
    PrisonerFile,
    Sentence,
    Status,
    invalid_fields,
)
from repatriate.domain.release import release_due

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    "text",
    ["sentence completed", "SENTENCE_COMPLETED", "Sentence  Completed", "sentence_completed"],
)
def test_status_words_are_read_as_caseworkers_write_them(text: str) -> None:
    assert Status.parse(text) is Status.SENTENCE_COMPLETED


def test_an_unknown_word_lists_the_choices() -> None:
    with pytest.raises(ValueError, match="immigration detainee, asylum seeker, other offender"):
        Category.parse("refugee")


def test_who_is_still_held() -> None:
    held = {s for s in Status if s.still_held}
    assert held == {
        Status.UNDER_TRIAL,
        Status.SERVING,
        Status.SENTENCE_COMPLETED,
        Status.IN_DETENTION_CENTRE,
    }


def test_a_well_formed_file_has_no_invalid_fields() -> None:
    assert invalid_fields(PrisonerFile(ref="KOL/1", name="Nur Alam"), TODAY) == []


def test_invalid_fields_name_the_field_and_the_value() -> None:
    bad = PrisonerFile(
        ref=" KOL/1",
        name="",
        sentence=Sentence(months=2000, set_off_days=-3),
        age_estimate=200,
        aliases=("a;b",),
        passport_number="X" * 41,
    )
    errors = {e.field: e for e in invalid_fields(bad, TODAY)}
    assert set(errors) == {
        "ref",
        "name",
        "sentence_months",
        "set_off_days",
        "age_estimate",
        "aliases",
        "passport_number",
    }
    assert str(errors["sentence_months"]) == "sentence_months: 2000: must be from 0 to 1199"


def test_contradictions_are_not_refused_here() -> None:
    """A release before conviction is a data problem to show on the file, not a save error."""
    odd = PrisonerFile(
        ref="K-2",
        name="Ayub",
        conviction_date=date(2024, 1, 1),
        released_on=date(2023, 1, 1),
        sentence=Sentence(months=1, set_off_days=400),
    )
    assert invalid_fields(odd, TODAY) == []


@pytest.mark.parametrize(
    ("conviction", "sentence", "due"),
    [
        (date(2023, 3, 14), Sentence(years=2, months=6), date(2025, 9, 13)),
        (date(2023, 3, 14), Sentence(years=2, months=6, set_off_days=120), date(2025, 5, 16)),
        (date(2024, 1, 31), Sentence(months=1), date(2024, 2, 29)),
        (date(2024, 2, 29), Sentence(years=1), date(2025, 2, 28)),
        (
            date(2024, 1, 1),
            Sentence(days=10, remission_days=3, fine_default_days=30),
            date(2024, 2, 6),
        ),
    ],
)
def test_release_due(conviction: date, sentence: Sentence, due: date) -> None:
    assert release_due(conviction, sentence) == due
