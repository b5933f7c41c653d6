"""Nobody at risk if returned is put before a state they could be returned to: an override
opens one desk only, a home state's sheet discloses no protection claim even then, UNHCR gets
a referral, and every sheet asks what fits the person's situation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pdf_checks import text
from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import Category, Status
from repatriate.services.database import Database
from samples import held

AS_OF = date(2026, 11, 22)


NOTE = "Fled Maungdaw after the burning of his village"
VULNERABILITY = "Severe depression since the arrest"
RISK_NOTE = "Brother detained by the authorities at home"


@pytest.fixture
def clinic(db: Database) -> Database:
    for pf in (
        held("A", date(2024, 1, 10)),
        # A Rohingya the court and he himself recorded as Bangladeshi; not an asylum seeker.
        held("R", date(2024, 2, 1), ethnicity="Rohingya"),
        # A Rohingya asylum seeker registered with UNHCR, whose sheet may go with an override.
        held(
            "H",
            date(2024, 2, 2),
            ethnicity="Rohingya",
            category=Category.ASYLUM_SEEKER,
            unhcr_registration="UNHCR 804-22C01234",
            languages=("rhg", "bn"),
            notes=NOTE,
            vulnerability=VULNERABILITY,
            risk_note=RISK_NOTE,
        ),
        held("M", date(2024, 2, 3), claimed_nationality="MM", court_nationality="MM"),
    ):
        db.cases.add(pf, AS_OF)
    return db


def test_a_rohingya_recorded_as_bangladeshi_is_on_neither_batch(
    clinic: Database, tmp_path: Path
) -> None:
    bangladesh = clinic.factsheets.batch("BD", tmp_path / "bd.pdf", as_of=AS_OF)
    myanmar = clinic.factsheets.batch("MM", tmp_path / "mm.pdf", as_of=AS_OF)

    assert bangladesh.refs == ("A",)
    assert myanmar.refs == ("M",)
    assert dict((o.ref, o.reason) for o in bangladesh.left_out)["R"] == (
        "Rohingya: persecuted in MM: at risk if returned; no override recorded for this embassy"
    )
    assert "Person R" not in text(tmp_path / "bd.pdf") + text(tmp_path / "mm.pdf")


def test_an_override_opens_one_desk_only(clinic: Database, tmp_path: Path) -> None:
    override = clinic.factsheets.override_risk(
        "H", "He asked to go home; UNHCR informed", to="BDDHC-KOL"
    )
    assert override.desk == "BDDHC-KOL" and override.decided_by

    printed = clinic.factsheets.sheet("H", tmp_path / "kol.pdf", as_of=AS_OF, to="BDDHC-KOL")
    assert printed.embassy.city == "Kolkata"
    for other in ("BDHC-DEL", "BD-MOFA", "EMB-MM", None):
        target = tmp_path / f"{other}.pdf"
        with pytest.raises(RepatriateError, match=r"^H: asylum seeker; registered with UNHCR"):
            clinic.factsheets.sheet("H", target, as_of=AS_OF, to=other)
        assert not target.exists()
    # The batch goes to the mission in New Delhi, which the override did not open.
    batch = clinic.factsheets.batch("BD", tmp_path / "bd.pdf", as_of=AS_OF)
    assert "H" in {o.ref for o in batch.left_out}
    kolkata = clinic.factsheets.batch("BD", tmp_path / "kol-batch.pdf", as_of=AS_OF, to="BDDHC-KOL")
    assert kolkata.refs == ("A", "H")


def test_an_override_is_for_a_foreign_state_s_desk(clinic: Database) -> None:
    with pytest.raises(InvalidInput, match="desk: UNHCR-IN: needs no override"):
        clinic.factsheets.override_risk("H", "a reason", to="UNHCR-IN")
    default = clinic.factsheets.override_risk("H", "a reason")
    assert default.desk == "BDHC-DEL"


def test_a_home_state_s_sheet_discloses_nothing_even_with_an_override(
    clinic: Database, tmp_path: Path
) -> None:
    clinic.movements.move("H", "UNHCR-IN", on=date(2026, 10, 1), today=AS_OF)
    clinic.factsheets.override_risk("H", "He asked to go home; UNHCR informed")
    target = tmp_path / "h.pdf"
    clinic.factsheets.sheet("H", target, as_of=AS_OF)

    found = text(target)
    assert "our ref H" in found and "Bengali (bn)" in found
    lowered = found.casefold()
    for word in ("unhcr", "asylum", "rohingya", "rhg", "refugee", "risk", "persecut"):
        assert word not in lowered, word
    for private in (NOTE, VULNERABILITY, RISK_NOTE, "804-22C01234"):
        assert private not in found


def test_a_sheet_to_unhcr_is_a_referral(clinic: Database, tmp_path: Path) -> None:
    target = tmp_path / "unhcr.pdf"
    printed = clinic.factsheets.sheet("R", target, as_of=AS_OF, to="UNHCR-IN")

    assert printed.embassy.organisation.startswith("UNHCR")
    found = text(target)
    assert "Referral to UNHCR — our ref R" in found
    assert "nationality verification" not in found
    assert "Why we refer this person" in found
    assert "At risk if returned: Rohingya: persecuted in MM" in found
    assert "What we ask of UNHCR" in found and "refugee status determination" in found


def test_a_repatriated_person_s_sheet_is_in_the_past_tense(db: Database, tmp_path: Path) -> None:
    # A year from 2024-03-05, the day of sentence counted: release due 2025-03-04;
    # repatriated 2025-06-01: 27 + 30 + 31 + 1 = 89 days past it.
    db.cases.add(
        held("G", date(2024, 3, 5), status=Status.REPATRIATED, released_on=date(2025, 6, 1)),
        AS_OF,
    )
    target = tmp_path / "g.pdf"
    db.factsheets.sheet("G", target, as_of=AS_OF)

    found = text(target)
    assert "Was held 89 days past the release date 2025-03-04; repatriated on 2025-06-01" in found
    assert "record of detention past the release date" in found
    assert "no travel document is needed" in found
    assert "issue a travel document" not in found and "until the person is home" not in found


def test_under_trial_asks_for_consular_access_and_verified_for_the_travel_document(
    db: Database, tmp_path: Path
) -> None:
    db.cases.add(
        held("T", date(2024, 1, 1), conviction_date=None, status=Status.UNDER_TRIAL), AS_OF
    )
    db.cases.add(held("V", date(2024, 1, 1), verified_nationality="BD"), AS_OF)
    db.factsheets.sheet("T", tmp_path / "t.pdf", as_of=AS_OF)
    db.factsheets.sheet("V", tmp_path / "v.pdf", as_of=AS_OF)

    trial, verified = text(tmp_path / "t.pdf"), text(tmp_path / "v.pdf")
    assert "Fact sheet for consular access" in trial
    assert "We request consular access to this person" in trial
    assert "verify the nationality" not in trial
    assert "Fact sheet for a travel document" in verified
    assert "we request you to issue the travel document" in verified
    assert "verify the nationality" not in verified
    # The caseworker's own words still replace the ask.
    db.factsheets.sheet("V", tmp_path / "own.pdf", as_of=AS_OF, request="Please call us.")
    assert "Please call us." in text(tmp_path / "own.pdf")


def test_the_clinic_lists_the_persecuted_groups(db: Database) -> None:
    assert db.settings.at_risk_groups_text() == "Rohingya:MM"
    assert db.settings.set_at_risk_groups("Rohingya:Burma; Hazara: AF, pk") == (
        "Rohingya:MM; Hazara:AF,PK"
    )
    db.cases.add(held("Z", date(2024, 1, 1), ethnicity="Hazara", claimed_nationality="AF"), AS_OF)
    flags = {f.flag: f.reason for f in db.overstays.assess("Z", AS_OF).flags}
    assert flags[Flag.AT_RISK_IF_RETURNED].startswith("Hazara: persecuted in AF, PK")
    with pytest.raises(InvalidInput, match="at_risk_groups: Hazara:Atlantis: not a country"):
        db.settings.set_at_risk_groups("Hazara:Atlantis")
