"""The flags raised on a file (domain/flags.py): each raised when it should be, and not just
on the other side of its threshold."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repatriate.domain.flags import (
    Flag,
    RaisedFlag,
    Thresholds,
    at_risk_if_returned,
    home_country,
    raise_flags,
)
from repatriate.domain.prisoner import (
    Category,
    DocumentHolder,
    Photo,
    PrisonerFile,
    Sentence,
    Status,
    TransferConsent,
)
from repatriate.domain.release import reckon
from repatriate.domain.transfer_agreements import TransferAgreement

AS_OF = date(2026, 11, 22)
DEFAULT = Thresholds()
ONE_YEAR = Sentence(days=365)
"""A sentence in days, so that a release date is exactly `conviction + 364 days` (the day of
sentence is the first of the 365 served)."""


def base(**changes: object) -> PrisonerFile:
    """A held file that raises nothing by itself."""
    return PrisonerFile(ref="KOL/1", name="Nur Alam").replace(**changes)


def due_on(due: date, **changes: object) -> PrisonerFile:
    """A held, serving file whose release date is `due`, with consular access recorded."""
    return base(
        conviction_date=due - timedelta(days=364),
        sentence=ONE_YEAR,
        status=Status.SERVING,
        consular_access_on=due - timedelta(days=400),
        verified_nationality="BD",
        court_nationality="BD",
    ).replace(**changes)


def overstaying_by(days: int, **changes: object) -> PrisonerFile:
    return due_on(AS_OF - timedelta(days=days), **changes)


def raised(
    pf: PrisonerFile,
    as_of: date = AS_OF,
    thresholds: Thresholds = DEFAULT,
    transfer_agreements: Mapping[str, TransferAgreement] | None = None,
    repatriation_started: bool = False,
) -> dict[Flag, str]:
    flags = raise_flags(
        pf, reckon(pf, as_of), thresholds, transfer_agreements or {}, repatriation_started
    )
    by_flag = {f.flag: f.reason for f in flags}
    assert len(by_flag) == len(flags), "a flag raised twice"
    assert all(isinstance(f, RaisedFlag) and f.reason.strip() for f in flags)
    return by_flag


def test_a_plain_file_raises_nothing() -> None:
    assert raised(base()) == {}
    assert raised(due_on(AS_OF + timedelta(days=200))) == {}


# --- overstaying -----------------------------------------------------------------------------


def test_not_overstaying_on_the_release_date() -> None:
    flags = raised(overstaying_by(0))
    assert Flag.OVERSTAYING not in flags


def test_overstaying_by_one_day() -> None:
    flags = raised(overstaying_by(1))
    assert flags[Flag.OVERSTAYING] == f"1 days past the release date {AS_OF - timedelta(days=1)}"
    assert Flag.OVERSTAYING_LONG not in flags
    assert Flag.OVERSTAYING_VERY_LONG not in flags


@pytest.mark.parametrize(
    ("days", "long", "very_long"),
    [
        (179, False, False),
        (180, True, False),
        (364, True, False),
        (365, True, True),
        (2000, True, True),
    ],
)
def test_overstaying_long_and_very_long_default(days: int, long: bool, very_long: bool) -> None:
    flags = raised(overstaying_by(days))
    assert Flag.OVERSTAYING in flags
    assert (Flag.OVERSTAYING_LONG in flags) is long
    assert (Flag.OVERSTAYING_VERY_LONG in flags) is very_long
    assert f"{days} days" in flags[Flag.OVERSTAYING]
    if long:
        assert f"{days} days" in flags[Flag.OVERSTAYING_LONG]
        assert "180" in flags[Flag.OVERSTAYING_LONG]
    if very_long:
        assert f"{days} days" in flags[Flag.OVERSTAYING_VERY_LONG]
        assert "365" in flags[Flag.OVERSTAYING_VERY_LONG]


@pytest.mark.parametrize(
    ("days", "long", "very_long"),
    [(29, False, False), (30, True, False), (59, True, False), (60, True, True)],
)
def test_overstaying_long_and_very_long_custom(days: int, long: bool, very_long: bool) -> None:
    thresholds = Thresholds(long_overstay_days=30, very_long_overstay_days=60)
    flags = raised(overstaying_by(days), thresholds=thresholds)
    assert Flag.OVERSTAYING in flags
    assert (Flag.OVERSTAYING_LONG in flags) is long
    assert (Flag.OVERSTAYING_VERY_LONG in flags) is very_long
    if long:
        assert "(≥ 30)" in flags[Flag.OVERSTAYING_LONG]
    if very_long:
        assert "(≥ 60)" in flags[Flag.OVERSTAYING_VERY_LONG]


def test_the_issue_example_overstay_reason() -> None:
    pf = base(
        conviction_date=date(2023, 3, 14),
        sentence=Sentence(
            years=2, months=6, set_off_days=120, remission_days=30, fine_default_days=60
        ),
        status=Status.SERVING,
    )
    flags = raised(pf)
    assert flags[Flag.OVERSTAYING] == "525 days past the release date 2025-06-15"
    assert flags[Flag.OVERSTAYING_LONG] == "525 days past the release date 2025-06-15 (≥ 180)"
    assert flags[Flag.OVERSTAYING_VERY_LONG] == (
        "525 days past the release date 2025-06-15 (≥ 365)"
    )


def test_someone_repatriated_late_was_held_past_the_release_date() -> None:
    due = date(2025, 9, 14)
    pf = due_on(due, released_on=date(2026, 1, 1), status=Status.REPATRIATED)
    flags = raised(pf)
    assert flags[Flag.OVERSTAYING] == "was held 109 days past the release date 2025-09-14"


def test_the_period_already_undergone_is_held_past_release_from_the_day_of_sentence() -> None:
    # 426 days in custody before conviction, set off against a one-year term: due 2020-01-01.
    pf = base(
        arrest_date=date(2018, 11, 1),
        conviction_date=date(2020, 1, 1),
        sentence=Sentence(years=1, set_off_days=400),
        status=Status.SENTENCE_COMPLETED,
        consular_access_on=date(2018, 11, 20),
    )
    flags = raised(pf)
    assert flags[Flag.OVERSTAYING] == "2517 days past the release date 2020-01-01"
    assert Flag.OVERSTAYING_VERY_LONG in flags
    assert flags[Flag.NATIONALITY_UNVERIFIED] == (
        "not verified 2517 days after the sentence ended (2020-01-01)"
    )
    assert Flag.DATA_PROBLEM not in flags


# --- release soon, repatriation not started --------------------------------------------------


@pytest.mark.parametrize(
    ("ahead", "flagged"), [(-1, False), (0, True), (1, True), (90, True), (91, False)]
)
def test_release_soon_not_started_default(ahead: int, flagged: bool) -> None:
    due = AS_OF + timedelta(days=ahead)
    flags = raised(due_on(due))
    assert (Flag.RELEASE_SOON_NOT_STARTED in flags) is flagged
    if flagged:
        assert flags[Flag.RELEASE_SOON_NOT_STARTED] == (
            f"release due {due} (in {ahead} days) and no repatriation step started"
        )


@pytest.mark.parametrize(("ahead", "flagged"), [(10, True), (11, False)])
def test_release_soon_not_started_custom(ahead: int, flagged: bool) -> None:
    flags = raised(
        due_on(AS_OF + timedelta(days=ahead)), thresholds=Thresholds(release_soon_days=10)
    )
    assert (Flag.RELEASE_SOON_NOT_STARTED in flags) is flagged


def test_release_soon_not_raised_once_repatriation_started() -> None:
    flags = raised(due_on(AS_OF + timedelta(days=30)), repatriation_started=True)
    assert Flag.RELEASE_SOON_NOT_STARTED not in flags


def test_release_soon_not_raised_when_already_past() -> None:
    flags = raised(overstaying_by(10))
    assert Flag.RELEASE_SOON_NOT_STARTED not in flags


def test_release_soon_not_raised_under_trial() -> None:
    flags = raised(base(arrest_date=AS_OF - timedelta(days=10), status=Status.UNDER_TRIAL))
    assert Flag.RELEASE_SOON_NOT_STARTED not in flags


# --- nationality unverified ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("since", "flagged"), [(-5, False), (0, False), (29, False), (30, True), (400, True)]
)
def test_nationality_unverified_default(since: int, flagged: bool) -> None:
    due = AS_OF - timedelta(days=since)
    flags = raised(due_on(due, verified_nationality=None))
    assert (Flag.NATIONALITY_UNVERIFIED in flags) is flagged
    if flagged:
        assert flags[Flag.NATIONALITY_UNVERIFIED] == (
            f"not verified {since} days after the sentence ended ({due})"
        )


@pytest.mark.parametrize(("since", "flagged"), [(-1, False), (0, True)])
def test_nationality_unverified_custom(since: int, flagged: bool) -> None:
    pf = due_on(AS_OF - timedelta(days=since), verified_nationality=None)
    flags = raised(pf, thresholds=Thresholds(unverified_after_days=0))
    assert (Flag.NATIONALITY_UNVERIFIED in flags) is flagged


def test_nationality_unverified_not_raised_once_verified() -> None:
    assert Flag.NATIONALITY_UNVERIFIED not in raised(overstaying_by(400))


def test_nationality_unverified_not_raised_once_gone() -> None:
    pf = overstaying_by(
        400, verified_nationality=None, released_on=AS_OF, status=Status.REPATRIATED
    )
    assert Flag.NATIONALITY_UNVERIFIED not in raised(pf)


# --- possible misidentification --------------------------------------------------------------


def test_misidentification_marked_on_the_file() -> None:
    flags = raised(base(possible_misidentification=True))
    assert flags[Flag.POSSIBLE_MISIDENTIFICATION] == "marked as possible misidentification"


def test_rohingya_recorded_as_bangladeshi() -> None:
    flags = raised(base(claimed_nationality="MM", court_nationality="BD", ethnicity="Rohingya"))
    assert flags[Flag.POSSIBLE_MISIDENTIFICATION] == "claims MM, court recorded BD"


def test_embassy_verified_another_country_than_the_court() -> None:
    flags = raised(base(verified_nationality="MM", court_nationality="BD"))
    assert flags[Flag.POSSIBLE_MISIDENTIFICATION] == "embassy verified MM, court recorded BD"


def test_misidentification_reasons_are_joined() -> None:
    pf = base(possible_misidentification=True, claimed_nationality="MM", court_nationality="BD")
    assert raised(pf)[Flag.POSSIBLE_MISIDENTIFICATION] == (
        "marked as possible misidentification; claims MM, court recorded BD"
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"claimed_nationality": "BD", "court_nationality": "BD"},
        {"claimed_nationality": "MM"},
        {"court_nationality": "BD"},
        {"verified_nationality": "BD", "court_nationality": "BD", "claimed_nationality": "BD"},
        {"verified_nationality": "MM", "claimed_nationality": "BD"},
    ],
)
def test_no_misidentification_when_the_records_agree(changes: dict[str, object]) -> None:
    assert Flag.POSSIBLE_MISIDENTIFICATION not in raised(base(**changes))


# --- consular access -------------------------------------------------------------------------


@pytest.mark.parametrize(("waited", "flagged"), [(0, False), (30, False), (31, True), (500, True)])
def test_no_consular_access_default(waited: int, flagged: bool) -> None:
    flags = raised(base(arrest_date=AS_OF - timedelta(days=waited)))
    assert (Flag.NO_CONSULAR_ACCESS in flags) is flagged
    if flagged:
        assert flags[Flag.NO_CONSULAR_ACCESS] == f"none recorded in the {waited} days since arrest"


@pytest.mark.parametrize(("waited", "flagged"), [(7, False), (8, True)])
def test_no_consular_access_custom(waited: int, flagged: bool) -> None:
    pf = base(arrest_date=AS_OF - timedelta(days=waited))
    flags = raised(pf, thresholds=Thresholds(consular_access_days=7))
    assert (Flag.NO_CONSULAR_ACCESS in flags) is flagged


def test_consular_access_recorded_clears_the_flag() -> None:
    pf = base(arrest_date=AS_OF - timedelta(days=500), consular_access_on=AS_OF)
    assert Flag.NO_CONSULAR_ACCESS not in raised(pf)


def test_no_consular_access_not_raised_once_gone() -> None:
    pf = base(
        arrest_date=AS_OF - timedelta(days=500),
        released_on=AS_OF - timedelta(days=1),
        status=Status.RELEASED,
    )
    assert Flag.NO_CONSULAR_ACCESS not in raised(pf)


def test_no_consular_access_needs_an_arrest_date() -> None:
    assert Flag.NO_CONSULAR_ACCESS not in raised(base())


# --- at risk if returned ---------------------------------------------------------------------


def test_asylum_seeker_without_a_decision_is_at_risk() -> None:
    flags = raised(base(category=Category.ASYLUM_SEEKER))
    assert flags[Flag.AT_RISK_IF_RETURNED].startswith("asylum seeker: no fact sheet")


def test_asylum_seeker_recorded_not_at_risk_with_a_reason() -> None:
    decided = base(category=Category.ASYLUM_SEEKER, at_risk_if_returned=False)
    assert Flag.AT_RISK_IF_RETURNED in raised(decided)
    reasoned = decided.replace(risk_note="UNHCR closed the claim")
    assert Flag.AT_RISK_IF_RETURNED not in raised(reasoned)


@pytest.mark.parametrize("category", [None, *Category])
def test_recorded_at_risk_whatever_the_category(category: Category | None) -> None:
    flags = raised(base(category=category, at_risk_if_returned=True))
    assert flags[Flag.AT_RISK_IF_RETURNED].startswith("recorded at risk")


@pytest.mark.parametrize("category", [None, Category.IMMIGRATION_DETAINEE, Category.OTHER_OFFENDER])
def test_others_without_a_decision_are_not_at_risk(category: Category | None) -> None:
    assert Flag.AT_RISK_IF_RETURNED not in raised(base(category=category))


def test_at_risk_not_raised_once_gone() -> None:
    pf = base(category=Category.ASYLUM_SEEKER, status=Status.DECEASED, released_on=AS_OF)
    assert Flag.AT_RISK_IF_RETURNED not in raised(pf)


# --- transfer of sentenced persons -----------------------------------------------------------

AGREEMENTS = {
    "NP": TransferAgreement("NP"),
    "GB": TransferAgreement("GB", min_months_left=12, source="the agreement's article 3"),
}


@pytest.mark.parametrize(
    "changes",
    [
        {"verified_nationality": "NP"},
        {"claimed_nationality": "NP"},
        {"verified_nationality": "GB", "claimed_nationality": "BD"},
    ],
)
def test_transfer_eligible(changes: dict[str, object]) -> None:
    pf = base(status=Status.SERVING, **changes)
    reason = raised(pf, transfer_agreements=AGREEMENTS)[Flag.TRANSFER_ELIGIBLE]
    assert home_country(pf) in reason


@pytest.mark.parametrize(
    "changes",
    [
        {"status": Status.SENTENCE_COMPLETED, "verified_nationality": "NP"},
        {"status": Status.UNDER_TRIAL, "verified_nationality": "NP"},
        {"status": None, "verified_nationality": "NP"},
        {"status": Status.SERVING, "verified_nationality": "BD"},
        {"status": Status.SERVING, "verified_nationality": "BD", "claimed_nationality": "NP"},
        {"status": Status.SERVING},
        {"status": Status.SERVING, "verified_nationality": "NP", "released_on": AS_OF},
    ],
)
def test_not_transfer_eligible(changes: dict[str, object]) -> None:
    assert Flag.TRANSFER_ELIGIBLE not in raised(base(**changes), transfer_agreements=AGREEMENTS)


def test_transfer_eligible_needs_an_agreement() -> None:
    pf = base(status=Status.SERVING, verified_nationality="NP")
    assert Flag.TRANSFER_ELIGIBLE not in raised(pf)


def test_transfer_eligible_shows_each_condition_met() -> None:
    # Convicted 2026-01-01 to two years, the day of sentence counted: release due 2027-12-31.
    # From 2026-11-22 that is 13 months (to 2027-12-22) and 9 days.
    pf = base(
        status=Status.SERVING,
        verified_nationality="NP",
        conviction_date=date(2026, 1, 1),
        sentence=Sentence(years=2),
        sentence_final=True,
        transfer_consent=TransferConsent.GIVEN,
    )
    reason = raised(pf, transfer_agreements=AGREEMENTS)[Flag.TRANSFER_ELIGIBLE]
    assert reason == (
        "serving a sentence; NP has a transfer of sentenced persons agreement; sentence final; "
        "13 months 9 days left to serve, release due 2027-12-31 (the agreement requires at "
        "least 6 months); consent given"
    )


def test_transfer_conditions_not_recorded_still_raise_the_flag_and_say_so() -> None:
    pf = due_on(date(2028, 1, 1), verified_nationality="NP")
    reason = raised(pf, transfer_agreements=AGREEMENTS)[Flag.TRANSFER_ELIGIBLE]
    assert "sentence final: not recorded" in reason
    assert "consent: not recorded" in reason
    no_date = base(status=Status.SERVING, verified_nationality="NP")
    reason = raised(no_date, transfer_agreements=AGREEMENTS)[Flag.TRANSFER_ELIGIBLE]
    assert "term left to serve: not known" in reason


@pytest.mark.parametrize(
    "changes",
    [
        {"sentence_final": False},
        {"transfer_consent": TransferConsent.REFUSED},
        {"sentence_final": True, "transfer_consent": TransferConsent.REFUSED},
    ],
)
def test_no_transfer_while_an_appeal_is_pending_or_consent_is_refused(
    changes: dict[str, object],
) -> None:
    pf = due_on(date(2028, 1, 1), verified_nationality="NP", **changes)
    assert Flag.TRANSFER_ELIGIBLE not in raised(pf, transfer_agreements=AGREEMENTS)


@pytest.mark.parametrize(
    ("country", "due", "eligible"),
    [
        # 2026-11-22 + 6 months = 2027-05-22: exactly six months left is enough.
        ("NP", date(2027, 5, 22), True),
        ("NP", date(2027, 5, 21), False),
        # The UK entry asks 12 months: 2027-11-22.
        ("GB", date(2027, 11, 22), True),
        ("GB", date(2027, 11, 21), False),
        ("GB", date(2027, 5, 22), False),
    ],
)
def test_enough_of_the_term_must_be_left_as_the_agreement_requires(
    country: str, due: date, eligible: bool
) -> None:
    pf = due_on(due, verified_nationality=country)
    assert (Flag.TRANSFER_ELIGIBLE in raised(pf, transfer_agreements=AGREEMENTS)) is eligible


def test_the_term_left_is_counted_from_the_assessment_date() -> None:
    pf = due_on(date(2027, 5, 21), verified_nationality="NP")
    # On 2026-11-21 exactly six months are left (to 2027-05-21); a day later, 5 months 29 days.
    earlier = raised(pf, as_of=date(2026, 11, 21), transfer_agreements=AGREEMENTS)
    assert "6 months left to serve" in earlier[Flag.TRANSFER_ELIGIBLE]
    assert Flag.TRANSFER_ELIGIBLE not in raised(pf, transfer_agreements=AGREEMENTS)


# --- photographs -----------------------------------------------------------------------------


def photo(taken_on: date | None) -> Photo:
    return Photo(taken_on=taken_on, media_type="image/jpeg", size=10)


def test_photo_exactly_five_years_old_is_not_old() -> None:
    assert Flag.PHOTO_OLD not in raised(base(photos=(photo(date(2021, 11, 22)),)))


def test_photo_five_years_and_a_day_old_is_old() -> None:
    flags = raised(base(photos=(photo(date(2021, 11, 21)),)))
    assert flags[Flag.PHOTO_OLD] == "newest photo taken 2021-11-21, over 5 years"


def test_a_newer_photo_clears_photo_old() -> None:
    pf = base(photos=(photo(date(2010, 1, 1)), photo(date(2025, 1, 1)), photo(None)))
    assert Flag.PHOTO_OLD not in raised(pf)


def test_the_newest_dated_photo_counts() -> None:
    pf = base(photos=(photo(None), photo(date(2010, 1, 1)), photo(date(2019, 6, 1))))
    assert "2019-06-01" in raised(pf)[Flag.PHOTO_OLD]


def test_no_dated_photo_no_flag() -> None:
    assert Flag.PHOTO_OLD not in raised(base(photos=(photo(None),)))
    assert Flag.PHOTO_OLD not in raised(base())


@pytest.mark.parametrize(
    ("taken_on", "flagged"), [(date(2025, 11, 22), False), (date(2025, 11, 21), True)]
)
def test_photo_old_custom(taken_on: date, flagged: bool) -> None:
    flags = raised(base(photos=(photo(taken_on),)), thresholds=Thresholds(photo_max_age_years=1))
    assert (Flag.PHOTO_OLD in flags) is flagged
    if flagged:
        assert "over 1 years" in flags[Flag.PHOTO_OLD]


# --- documents -------------------------------------------------------------------------------


def test_book_number_only() -> None:
    flags = raised(base(passport_book_number="B1234567"))
    assert "B1234567" in flags[Flag.BOOK_NUMBER_ONLY]


@pytest.mark.parametrize(
    "changes",
    [
        {"passport_book_number": "B1234567", "passport_number": "EC1234567"},
        {"passport_number": "EC1234567"},
        {},
    ],
)
def test_not_book_number_only(changes: dict[str, object]) -> None:
    assert Flag.BOOK_NUMBER_ONLY not in raised(base(**changes))


def test_documents_with_court() -> None:
    flags = raised(base(passport_held_by=DocumentHolder.TRIAL_COURT))
    assert "trial court" in flags[Flag.DOCUMENTS_WITH_COURT]


@pytest.mark.parametrize(
    "changes",
    [
        {"passport_held_by": DocumentHolder.TRIAL_COURT, "passport_copy_on_file": True},
        {"passport_held_by": DocumentHolder.POLICE},
        {"passport_held_by": DocumentHolder.PRISON},
        {"passport_held_by": None},
    ],
)
def test_not_documents_with_court(changes: dict[str, object]) -> None:
    assert Flag.DOCUMENTS_WITH_COURT not in raised(base(**changes))


# --- data problems ---------------------------------------------------------------------------


def test_data_problem_carries_the_problem() -> None:
    pf = base(
        arrest_date=date(2019, 12, 1),
        conviction_date=date(2020, 1, 1),
        sentence=Sentence(years=1, set_off_days=400),
        status=Status.SERVING,
    )
    reason = raised(pf)[Flag.DATA_PROBLEM]
    assert reason == (
        "set_off_days: 400: longer than the custody before conviction "
        "(32 days from 2019-12-01 to 2020-01-01)"
    )


def test_data_problems_are_joined() -> None:
    pf = base(
        arrest_date=date(2021, 1, 1),
        conviction_date=date(2020, 1, 1),
        sentence=Sentence(years=1),
        status=Status.REPATRIATED,
    )
    reason = raised(pf)[Flag.DATA_PROBLEM]
    assert "released_on: (empty): status is repatriated but no date given" in reason
    assert "conviction_date: 2020-01-01: before the arrest (2021-01-01)" in reason
    assert reason.count("; ") == 1


def test_no_data_problem_on_a_sound_file() -> None:
    assert Flag.DATA_PROBLEM not in raised(overstaying_by(100))


# --- every reason has its figures ------------------------------------------------------------


def test_a_file_with_everything_wrong_raises_every_flag_with_a_reason() -> None:
    pf = overstaying_by(
        400,
        arrest_date=AS_OF - timedelta(days=900),
        consular_access_on=None,
        verified_nationality=None,
        claimed_nationality="MM",
        court_nationality="BD",
        category=Category.ASYLUM_SEEKER,
        photos=(photo(date(2015, 1, 1)),),
        passport_book_number="B1234567",
        passport_held_by=DocumentHolder.TRIAL_COURT,
    )
    flags = raised(pf)
    # Held past the release date, nothing is left of the term to serve at home.
    not_expected = {
        Flag.RELEASE_SOON_NOT_STARTED,
        Flag.STALLED,
        Flag.DATA_PROBLEM,
        Flag.TRANSFER_ELIGIBLE,
        # No court or commission order, RTI application or travel document on the file.
        Flag.ORDER_OVERDUE,
        Flag.RTI_OVERDUE,
        Flag.TRAVEL_DOCUMENT_EXPIRING,
    }
    assert set(flags) == set(Flag) - not_expected
    assert "400 days" in flags[Flag.OVERSTAYING]
    assert "400 days" in flags[Flag.NATIONALITY_UNVERIFIED]
    assert "900 days" in flags[Flag.NO_CONSULAR_ACCESS]
    assert "2015-01-01" in flags[Flag.PHOTO_OLD]


@given(
    st.integers(min_value=-400, max_value=2000),
    st.integers(min_value=0, max_value=3000),
    st.booleans(),
    st.sampled_from([None, *Category]),
    st.sampled_from([None, True, False]),
)
def test_every_reason_is_non_empty_and_gives_the_figures(
    overstay: int,
    waited: int,
    verified: bool,
    category: Category | None,
    at_risk: bool | None,
) -> None:
    pf = overstaying_by(
        overstay,
        arrest_date=AS_OF - timedelta(days=waited),
        consular_access_on=None,
        verified_nationality="BD" if verified else None,
        category=category,
        at_risk_if_returned=at_risk,
    )
    flags = raised(pf)  # checks every reason is non-empty
    if overstay > 0:
        for flag in (Flag.OVERSTAYING, Flag.OVERSTAYING_LONG, Flag.OVERSTAYING_VERY_LONG):
            if flag in flags:
                assert f"{overstay} days" in flags[flag]
    else:
        assert Flag.OVERSTAYING not in flags
    if Flag.NATIONALITY_UNVERIFIED in flags:
        assert f"{overstay} days" in flags[Flag.NATIONALITY_UNVERIFIED]
    if Flag.NO_CONSULAR_ACCESS in flags:
        assert f"{waited} days" in flags[Flag.NO_CONSULAR_ACCESS]
    if Flag.RELEASE_SOON_NOT_STARTED in flags:
        assert f"in {-overstay} days" in flags[Flag.RELEASE_SOON_NOT_STARTED]
    assert (Flag.OVERSTAYING_LONG in flags) is (overstay >= 180)
    assert (Flag.OVERSTAYING_VERY_LONG in flags) is (overstay >= 365)
    assert (Flag.NATIONALITY_UNVERIFIED in flags) is (not verified and overstay >= 30)
    assert (Flag.NO_CONSULAR_ACCESS in flags) is (waited > 30)
    assert (Flag.RELEASE_SOON_NOT_STARTED in flags) is (-90 <= overstay <= 0)


# --- held as of the date asked about ---------------------------------------------------------


def test_flags_as_of_a_date_before_the_release_treat_the_person_as_held() -> None:
    """reckon() counts someone released after `as_of` as still held on `as_of` (and the
    overstay list in storage does too: `released_on > as_of`), but raise_flags decides
    `held` with has_left(pf), which ignores `as_of`. Fails while that is so."""
    pf = due_on(
        date(2025, 9, 14),
        verified_nationality=None,
        released_on=date(2026, 11, 1),
        status=Status.REPATRIATED,
    )
    as_of = date(2026, 6, 1)
    assert reckon(pf, as_of).steps[-1] == "held on 2026-06-01: 260 days past release"
    flags = raised(pf, as_of=as_of)
    assert flags[Flag.OVERSTAYING] == "260 days past the release date 2025-09-14"
    assert Flag.NATIONALITY_UNVERIFIED in flags


# --- home country and risk -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("verified", "claimed", "court", "home"),
    [
        ("NP", "MM", "BD", "NP"),
        (None, "MM", "BD", "MM"),
        (None, None, "BD", "BD"),
        ("NP", None, "BD", "NP"),
        (None, None, None, None),
    ],
)
def test_home_country_precedence(
    verified: str | None, claimed: str | None, court: str | None, home: str | None
) -> None:
    pf = base(verified_nationality=verified, claimed_nationality=claimed, court_nationality=court)
    assert home_country(pf) == home


@pytest.mark.parametrize(
    ("category", "recorded", "at_risk"),
    [
        (Category.ASYLUM_SEEKER, None, True),
        (Category.ASYLUM_SEEKER, False, True),
        (Category.ASYLUM_SEEKER, True, True),
        (Category.IMMIGRATION_DETAINEE, None, False),
        (Category.OTHER_OFFENDER, None, False),
        (Category.OTHER_OFFENDER, True, True),
        (None, None, False),
        (None, True, True),
    ],
)
def test_at_risk_if_returned_defaults(
    category: Category | None, recorded: bool | None, at_risk: bool
) -> None:
    assert at_risk_if_returned(base(category=category, at_risk_if_returned=recorded)) is at_risk


def test_threshold_names() -> None:
    assert Thresholds.names() == (
        "long_overstay_days",
        "very_long_overstay_days",
        "release_soon_days",
        "unverified_after_days",
        "consular_access_days",
        "photo_max_age_years",
        "escalate_after_followups",
        "rti_reply_days",
        "travel_document_weeks",
    )
