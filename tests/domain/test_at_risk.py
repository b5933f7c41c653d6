"""Who is at risk if returned, to which desks no sheet of theirs goes, and what each sheet asks."""

from __future__ import annotations

from datetime import date

import pytest

from repatriate.domain.desks import Desk, Role
from repatriate.domain.factsheets import Audience, ask, audience, refusal, title
from repatriate.domain.flags import (
    at_risk_reasons,
    parse_at_risk_groups,
    return_countries,
)
from repatriate.domain.prisoner import Category, PrisonerFile, Sentence, Status
from repatriate.domain.release import reckon

AS_OF = date(2026, 11, 22)
MM_EMBASSY = Desk("EMB-MM", "Consular section", "Embassy of Myanmar", Role.EMBASSY, serves=("MM",))
BD_MISSION = Desk(
    "BDHC-DEL", "Consular section", "High Commission of Bangladesh", Role.EMBASSY, serves=("BD",)
)
MM_MINISTRY = Desk(
    "MM-MOIP", "Immigration", "Government of Myanmar", Role.HOME_VERIFICATION, "MM", ("MM",)
)
UNHCR = Desk("UNHCR-IN", "Protection unit", "UNHCR India", Role.UNHCR)
MHA = Desk("MHA-FD", "Foreigners Division", "Ministry of Home Affairs", Role.MHA)
PARTNER = Desk("ASK-BD", "Ain o Salish Kendra", "Ain o Salish Kendra", Role.OTHER, "BD", ("BD",))


def person(**changes: object) -> PrisonerFile:
    return PrisonerFile(
        ref="KOL/7", name="Nur Alam", claimed_nationality="BD", court_nationality="BD"
    ).replace(**changes)


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"category": Category.ASYLUM_SEEKER}, "asylum seeker"),
        ({"unhcr_registration": "UNHCR 123-45C"}, "registered with UNHCR"),
        ({"ethnicity": "Rohingya"}, "Rohingya: persecuted in MM"),
        ({"ethnicity": " rohingya "}, "rohingya: persecuted in MM"),
        ({"claimed_nationality": "XX"}, "stateless"),
        ({"verified_nationality": "XX"}, "stateless"),
        ({"at_risk_if_returned": True}, "recorded at risk if returned"),
    ],
)
def test_each_reason_puts_a_person_at_risk(changes: dict[str, object], reason: str) -> None:
    assert at_risk_reasons(person()) == ()
    assert at_risk_reasons(person(**changes)) == (reason,)


def test_only_a_reasoned_decision_lifts_the_risk() -> None:
    rohingya = person(ethnicity="Rohingya", category=Category.ASYLUM_SEEKER)
    assert at_risk_reasons(rohingya.replace(at_risk_if_returned=False)) == (
        "asylum seeker",
        "Rohingya: persecuted in MM",
    )
    decided = rohingya.replace(at_risk_if_returned=False, risk_note="UNHCR rejected the claim")
    assert at_risk_reasons(decided) == ()


def test_the_clinic_lists_other_persecuted_groups() -> None:
    groups = parse_at_risk_groups("Rohingya:MM; Hazara:AF, pk")
    hazara = person(ethnicity="Hazara", claimed_nationality="AF", court_nationality="AF")
    assert at_risk_reasons(hazara, groups) == ("Hazara: persecuted in AF, PK",)
    assert at_risk_reasons(hazara) == ()
    assert at_risk_reasons(person(ethnicity="Rohingya"), parse_at_risk_groups("")) == ()
    with pytest.raises(ValueError, match="Hazara: write GROUP:CC"):
        parse_at_risk_groups("Rohingya:MM; Hazara")


def test_a_rohingya_recorded_as_bangladeshi_could_be_returned_to_both() -> None:
    rohingya = person(ethnicity="Rohingya")
    assert return_countries(rohingya) == {"BD", "MM"}
    for desk in (BD_MISSION, MM_EMBASSY, MM_MINISTRY):
        assert refusal(rohingya, desk, "BD", opened=False).startswith(
            "Rohingya: persecuted in MM: at risk if returned: no sheet goes to"
        )
        assert refusal(rohingya, desk, "BD", opened=True) == ""
    for desk in (UNHCR, MHA, PARTNER):
        assert refusal(rohingya, desk, "BD", opened=False) == ""
    assert "add the desk first" in refusal(rohingya, None, "BD", opened=False)
    assert refusal(person(), BD_MISSION, "BD", opened=False) == ""


def test_who_reads_a_sheet() -> None:
    assert audience(MM_EMBASSY) is Audience.HOME_STATE
    assert audience(MM_MINISTRY) is Audience.HOME_STATE
    assert audience(None) is Audience.HOME_STATE
    assert audience(UNHCR) is Audience.UNHCR
    assert audience(MHA) is Audience.OTHER
    assert audience(PARTNER) is Audience.OTHER


def convicted(**changes: object) -> PrisonerFile:
    """Convicted 2023-03-14 to a year: release due 2024-03-14."""
    return person(
        conviction_date=date(2023, 3, 14),
        sentence=Sentence(years=1),
        status=Status.SENTENCE_COMPLETED,
    ).replace(**changes)


@pytest.mark.parametrize(
    ("pf", "heading", "asked"),
    [
        (convicted(), "for nationality verification", "verify the nationality"),
        (convicted(verified_nationality="BD"), "for a travel document", "issue the travel"),
        (person(status=Status.UNDER_TRIAL), "for consular access", "consular access"),
        (
            convicted(status=Status.REPATRIATED, released_on=date(2025, 6, 1)),
            "record of detention",
            "no travel document is needed",
        ),
    ],
)
def test_the_ask_fits_the_situation(pf: PrisonerFile, heading: str, asked: str) -> None:
    reckoning = reckon(pf, AS_OF)
    assert heading in title(pf, reckoning, Audience.HOME_STATE)
    sentence = ask(pf, reckoning, Audience.HOME_STATE)
    assert asked in sentence
    assert sentence.count(". ") == 0 and sentence.endswith(".")
    assert ("verify" in sentence) is (heading == "for nationality verification")


def test_a_referral_to_unhcr_asks_unhcr() -> None:
    pf = convicted(category=Category.ASYLUM_SEEKER)
    reckoning = reckon(pf, AS_OF)
    assert title(pf, reckoning, Audience.UNHCR) == "Referral to UNHCR"
    assert "refugee status determination" in ask(pf, reckoning, Audience.UNHCR)
