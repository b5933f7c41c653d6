"""Who is held past their release date: the list a caseworker works from every week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from repatriate.domain.errors import InvalidInput, NotFound
from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import Category, PrisonerFile, Sentence, Status, TransferConsent
from repatriate.domain.release import held_on, reckon
from repatriate.services.database import Database
from repatriate.services.overstays import transfer_agreements
from repatriate.storage.files import FileRepository

AS_OF = date(2026, 11, 22)


def convicted(ref: str, conviction: date, **changes: object) -> PrisonerFile:
    values: dict[str, object] = {
        "ref": ref,
        "name": f"Person {ref}",
        "claimed_nationality": "BD",
        "prison": "Dum Dum Central Correctional Home",
        "arrest_date": conviction - timedelta(days=100),
        "conviction_date": conviction,
        "sentence": Sentence(years=1),
        "status": Status.SENTENCE_COMPLETED,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]


@pytest.fixture
def clinic(db: Database) -> Database:
    files = [
        # Due 2025-01-09 (the day of sentence counts): 682 days past on AS_OF.
        convicted("A", date(2024, 1, 10), verified_nationality="MM", court_nationality="BD"),
        # Due 2026-05-25 (365 - 30 days set-off - 1 = 334 days on): 181 days past.
        convicted("B", date(2025, 6, 25), sentence=Sentence(years=1, set_off_days=30)),
        # Due tomorrow: not yet past.
        convicted("C", date(2025, 11, 24), status=Status.SERVING),
        # Repatriated: their overstay stays on the file, they are not on the list.
        convicted("D", date(2023, 1, 1), status=Status.REPATRIATED, released_on=date(2024, 6, 1)),
        # Released after 2025-06-01: still held on that date, past a release due 2024-01-31.
        convicted("E", date(2023, 2, 1), status=Status.RELEASED, released_on=date(2025, 9, 1)),
        # The 90 days undergone before conviction cover the 60-day term: due on the day of
        # sentence, 2024-01-01, and 1056 days past on AS_OF.
        convicted("F", date(2024, 1, 1), sentence=Sentence(months=2, set_off_days=90)),
        # Under trial: no release date.
        PrisonerFile(ref="G", name="Nur Alam", arrest_date=date(2025, 1, 5)),
        # Due exactly AS_OF: held, but not past it.
        convicted("H", date(2025, 11, 23)),
    ]
    for pf in files:
        db.cases.add(pf, AS_OF)
    return db


def test_the_list_holds_those_held_past_release_most_days_first(clinic: Database) -> None:
    rows = clinic.overstays.overstays(AS_OF)
    assert [(r.ref, r.release_due, r.overstay_days) for r in rows] == [
        ("F", date(2024, 1, 1), 1056),
        ("A", date(2025, 1, 9), 682),
        ("B", date(2026, 5, 25), 181),
    ]
    assert rows[1].nationality == "MM", "verified nationality comes before the claimed one"


def test_min_days_and_as_of(clinic: Database) -> None:
    assert [r.ref for r in clinic.overstays.overstays(AS_OF, min_days=182)] == ["F", "A"]
    assert [r.ref for r in clinic.overstays.overstays(AS_OF, min_days=181)] == ["F", "A", "B"]
    past = clinic.overstays.overstays(date(2025, 6, 1))
    assert [(r.ref, r.overstay_days) for r in past] == [("F", 517), ("E", 487), ("A", 143)]
    assert "A" not in [r.ref for r in clinic.overstays.overstays(date(2025, 1, 9))]
    assert "A" in [r.ref for r in clinic.overstays.overstays(date(2025, 1, 10))]


def test_the_list_agrees_with_the_rule_for_every_demo_file(db: Database) -> None:
    """The indexed query and the step-by-step rule give the same people and the same days."""
    db.demo.fill(1500, seed=7, today=AS_OF)
    listed = {r.ref: r.overstay_days for r in db.overstays.overstays(AS_OF)}
    expected = {}
    with db.store.unit_of_work() as session:
        files = list(FileRepository(session).iter_all())
    for pf in files:
        reckoning = reckon(pf, AS_OF)
        if held_on(pf, AS_OF) and reckoning.overstay_days:
            expected[pf.ref] = reckoning.overstay_days
    assert listed == expected
    assert len(listed) > 100


def test_assessment_shows_working_problems_and_flags(clinic: Database) -> None:
    a = clinic.overstays.assess("A", AS_OF)
    assert a.reckoning.working == (
        "conviction 2024-01-10 + 1y = 2025-01-10; "
        "\u2212 1 day: the day of sentence counts as served = 2025-01-09; "
        "held on 2026-11-22: 682 days past release"
    )
    assert {f.flag for f in a.flags} >= {
        Flag.OVERSTAYING,
        Flag.OVERSTAYING_LONG,
        Flag.OVERSTAYING_VERY_LONG,
        Flag.POSSIBLE_MISIDENTIFICATION,
        Flag.NO_CONSULAR_ACCESS,
    }
    f = clinic.overstays.assess("F", AS_OF)
    assert f.reckoning.release_due == date(2024, 1, 1)
    assert f.reckoning.steps[1] == (
        "set-off 90 days (CrPC s.428) covers the whole term: "
        "release due on the day of sentence, 2024-01-01"
    )
    assert Flag.DATA_PROBLEM not in {flag.flag for flag in f.flags}
    clinic.cases.add(
        convicted("P", date(2024, 1, 1), sentence=Sentence(years=1, set_off_days=200)), AS_OF
    )
    p = clinic.overstays.assess("P", AS_OF)
    assert p.flags[0].flag is Flag.DATA_PROBLEM
    assert p.flags[0].reason == (
        "set_off_days: 200: longer than the custody before conviction "
        "(101 days from 2023-09-23 to 2024-01-01)"
    )
    with pytest.raises(NotFound):
        clinic.overstays.assess("nobody", AS_OF)


def test_thresholds_are_clinic_settings(clinic: Database) -> None:
    flags = {f.flag for f in clinic.overstays.assess("B", AS_OF).flags}
    assert Flag.OVERSTAYING_LONG in flags
    clinic.settings.set_threshold("long_overstay_days", "200")
    assert clinic.settings.thresholds().long_overstay_days == 200
    flags = {f.flag for f in clinic.overstays.assess("B", AS_OF).flags}
    assert Flag.OVERSTAYING in flags and Flag.OVERSTAYING_LONG not in flags
    with pytest.raises(InvalidInput, match="long_overstay_days: 0: must be a whole number"):
        clinic.settings.set_threshold("long_overstay_days", "0")
    with pytest.raises(InvalidInput, match="no such setting"):
        clinic.settings.set_threshold("overstay", "10")


def test_transfer_agreement_countries_ship_with_the_program(db: Database) -> None:
    serving = convicted(
        "S",
        date(2026, 1, 1),
        status=Status.SERVING,
        sentence=Sentence(years=3),
        claimed_nationality="BD",
    )
    db.cases.add(serving, AS_OF)
    db.cases.add(serving.replace(ref="N", claimed_nationality="NP"), AS_OF)
    assert Flag.TRANSFER_ELIGIBLE in {f.flag for f in db.overstays.assess("S", AS_OF).flags}
    assert Flag.TRANSFER_ELIGIBLE not in {f.flag for f in db.overstays.assess("N", AS_OF).flags}


def test_transfer_eligible_only_while_its_conditions_can_hold(db: Database) -> None:
    # Three years from 2026-01-01, the day of sentence counted: due 2028-12-31, 25 months 9 days
    # from 2026-11-22.
    serving = convicted(
        "S",
        date(2026, 1, 1),
        status=Status.SERVING,
        sentence=Sentence(years=3),
        claimed_nationality="US",
    )
    db.cases.add(serving, AS_OF)
    reason = next(
        f.reason for f in db.overstays.assess("S", AS_OF).flags if f.flag is Flag.TRANSFER_ELIGIBLE
    )
    assert "25 months 9 days left to serve, release due 2028-12-31" in reason
    assert "at least 6 months" in reason
    assert "sentence final: not recorded" in reason
    db.cases.save(db.cases.get("S").replace(transfer_consent=TransferConsent.REFUSED), AS_OF)
    assert Flag.TRANSFER_ELIGIBLE not in {f.flag for f in db.overstays.assess("S", AS_OF).flags}


def test_every_agreement_has_a_term_left_to_serve_with_its_source() -> None:
    agreements = transfer_agreements()
    assert set(agreements) >= {"BD", "SA", "AE", "US", "KW", "BH"}
    assert all(a.min_months_left >= 0 and a.source for a in agreements.values())
    assert agreements["US"].min_months_left == 6
    assert "Inter-American Convention" in agreements["US"].source


def test_an_asylum_seeker_is_at_risk_until_a_caseworker_decides(db: Database) -> None:
    pf = convicted("R", date(2024, 1, 1), category=Category.ASYLUM_SEEKER)
    db.cases.add(pf, AS_OF)
    assert Flag.AT_RISK_IF_RETURNED in {f.flag for f in db.overstays.assess("R", AS_OF).flags}
    decided = db.cases.get("R").replace(at_risk_if_returned=False, risk_note="UNHCR closed")
    db.cases.save(decided, AS_OF)
    assert Flag.AT_RISK_IF_RETURNED not in {f.flag for f in db.overstays.assess("R", AS_OF).flags}


def test_the_day_of_sentence_setting_moves_every_stored_release_date(clinic: Database) -> None:
    assert clinic.settings.release_rule().sentence_day_counts
    clinic.settings.set_release_rule("no")
    rows = clinic.overstays.overstays(AS_OF)
    assert [(r.ref, r.release_due, r.overstay_days) for r in rows] == [
        ("F", date(2024, 1, 1), 1056),
        ("A", date(2025, 1, 10), 681),
        ("B", date(2026, 5, 26), 180),
    ]
    assert clinic.overstays.assess("A", AS_OF).reckoning.release_due == date(2025, 1, 10)
    assert clinic.overstays.assess("H", AS_OF).reckoning.release_due == date(2026, 11, 23)
    with pytest.raises(InvalidInput, match="sentence_day_counts: maybe: must be yes or no"):
        clinic.settings.set_release_rule("maybe")
    clinic.settings.set("sentence_day_counts", "YES")
    assert clinic.overstays.overstays(AS_OF)[1].release_due == date(2025, 1, 9)
