"""Who may go on a fact sheet to which desk, what each desk may read, and what it is asked.

The case study's most effective habit was sending embassies "short and crisp fact sheets of
the cases along with photographs of their nationals". Three rules keep that habit from doing
harm. A person at risk if returned is never put before a desk of a state they could be returned
to (the embassy, its foreign ministry, its verification and repatriation departments), unless a
caseworker records, for that one desk, why the sheet may go. Such a desk never reads what could
harm the person there (asylum, UNHCR, risk, ethnicity, religion, vulnerability, notes, languages
that disclose a persecuted group), even with an override. And a batch for an embassy leaves out
files whose nationality is in dispute (Rohingya recorded as Bangladeshi by the courts), for the
caseworker to look at. UNHCR and the clinic's partners are never refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from repatriate.domain.desks import Desk, Role
from repatriate.domain.flags import AtRiskGroups, at_risk_reasons, return_countries
from repatriate.domain.prisoner import PrisonerFile
from repatriate.domain.release import Reckoning, held_on

DEFAULT_REQUEST = (
    "We request you to verify the nationality of this person from the details and documents in "
    "this sheet and to issue a travel document so that they can be repatriated without further "
    "delay."
)
"""The ask for someone held whose nationality is not yet verified; the other situations have
their own (`ask`). The clinic's `factsheet.request` setting replaces it on every sheet."""

FORMER_DEFAULT_REQUESTS = frozenset(
    {
        "We request the Consular Section to verify the nationality of this person from the "
        "details and documents in this sheet, and to issue a travel permit so that they can be "
        "repatriated without further delay. Please tell us of anything else you need; we will "
        "call your office every week to follow up."
    }
)
"""Earlier versions' default asks: the settings page saved them as the clinic's setting, but
they were never the clinic's own words, so they give way to the ask that fits the situation."""


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The clinic as it appears on fact sheets and letters (clinic settings)."""

    name: str = "Legal Aid Clinic"
    address: str = ""
    phone: str = ""
    email: str = ""
    request: str = DEFAULT_REQUEST
    """What the clinic asks of the embassy, printed on every sheet unless replaced."""
    signatory: str = ""
    """Who signs the clinic's letters, and their designation."""
    designation: str = ""
    reference: str = ""
    """The pattern of the clinic's letter references (`reference_problem` lists the fields);
    empty: DEFAULT_REFERENCE."""


DEFAULT_REFERENCE = "REP/{country}/{date}"
REFERENCE_FIELDS = ("country", "date", "year", "count")
"""What a letter reference pattern may contain, in braces: the country's code, the date of the
letter (YYYY-MM-DD), its year, and the number of people it is about."""


def reference_problem(pattern: str) -> str | None:
    """Why a letter reference pattern cannot be used, or None."""
    try:
        letter_reference(pattern, "BD", date(2026, 1, 1), 1)
    except (KeyError, IndexError, ValueError) as exc:
        fields = ", ".join("{" + f + "}" for f in REFERENCE_FIELDS)
        return f"unknown field {exc}: use {fields}"
    return None


def letter_reference(pattern: str, country: str, day: date, count: int) -> str:
    """The reference of one letter from the clinic's pattern."""
    return (pattern.strip() or DEFAULT_REFERENCE).format(
        country=country, date=day.isoformat(), year=day.year, count=count
    )


def clinic_request(letterhead: Letterhead) -> str | None:
    """The clinic's own ask from its settings, or None when it is a default."""
    text = letterhead.request.strip()
    if not text or text == DEFAULT_REQUEST or text in FORMER_DEFAULT_REQUESTS:
        return None
    return text


class Audience(StrEnum):
    """Who reads a sheet, which decides what it may say."""

    HOME_STATE = "home state"
    """A desk of a foreign state: an embassy, a foreign ministry, a verification, repatriation or
    travel-document department."""
    UNHCR = "unhcr"
    OTHER = "other"
    """Indian government desks, courts, the clinic's partners."""


HOME_STATE_ROLES = frozenset(
    {
        Role.EMBASSY,
        Role.HOME_FOREIGN_MINISTRY,
        Role.HOME_VERIFICATION,
        Role.HOME_REPATRIATION,
        Role.TRAVEL_DOCUMENTS,
    }
)
"""The roles of desks that speak for a foreign state. Indian desks (ministries, state
departments, FRRO, police, border posts) are not among them, nor UNHCR or partners (other)."""

DISCLOSING_LANGUAGES = frozenset({"rhg", "haz"})
"""Languages that tell a home state the person belongs to a persecuted group: Rohingya (rhg)
and Hazaragi (haz). Left off sheets to a foreign state's desks."""

_PROTECTION_WORDS = re.compile(
    r"unhcr|asylum|refugee|refoulement|\brsd\b|under consideration|long[- ]term visa|"
    r"rohingya|persecut",
    re.IGNORECASE,
)
"""Words that disclose a protection claim; documents whose kind or title carry them stay off
sheets to a foreign state's desks."""


def audience(desk: Desk | None) -> Audience:
    """Who reads a sheet addressed to `desk`; None is the home country's embassy by name."""
    if desk is None or desk.role in HOME_STATE_ROLES:
        return Audience.HOME_STATE
    if desk.role is Role.UNHCR:
        return Audience.UNHCR
    return Audience.OTHER


def desk_countries(desk: Desk) -> frozenset[str]:
    """The states a foreign-state desk speaks for (its `serves`, and where it is if abroad)."""
    if desk.role not in HOME_STATE_ROLES:
        return frozenset()
    abroad = {desk.country} if desk.country and desk.country != "IN" else set()
    return frozenset(set(desk.serves) | abroad)


def discloses_protection(text: str) -> bool:
    return bool(_PROTECTION_WORDS.search(text))


@dataclass(frozen=True, slots=True)
class RiskOverride:
    """A caseworker's recorded decision that one desk may have the sheet of someone at risk if
    returned: the desk, why, when and who decided. It opens that desk only."""

    reason: str
    recorded_at: datetime
    desk: str | None
    """The desk's code; None for an override recorded before overrides named a desk, which
    opens no desk."""
    decided_by: str = ""


def risk_reason(pf: PrisonerFile, groups: AtRiskGroups | None = None) -> str:
    """Why the person may be at risk if returned, in words, or "" if not."""
    reasons = at_risk_reasons(pf, groups)
    return f"{'; '.join(reasons)}: at risk if returned" if reasons else ""


def refusal(
    pf: PrisonerFile,
    desk: Desk | None,
    country: str,
    opened: bool,
    groups: AtRiskGroups | None = None,
) -> str:
    """Why a sheet may not go to `desk` (None: the embassy of `country` by name), or "".

    Refused when the person is at risk if returned and the desk speaks for a state they could
    be returned to, unless an override was recorded for that very desk (`opened`)."""
    risk = risk_reason(pf, groups)
    if not risk:
        return ""
    states = frozenset({country}) if desk is None else desk_countries(desk)
    returnable = return_countries(pf, groups) | ({country} if country else set())
    # With no nationality recorded, every foreign state is one they could be returned to.
    if not states or (returnable and not states & returnable):
        return ""
    if desk is None:
        return (
            f"{risk}: no desk of {country} is in the directory to record an override for; "
            "add the desk first"
        )
    if opened:
        return ""
    return (
        f"{risk}: no sheet goes to {desk.code} unless an override is recorded for that desk "
        "with a reason"
    )


def ask(pf: PrisonerFile, reckoning: Reckoning, reader: Audience) -> str:
    """What the sheet asks, in one sentence the reader can act on, fitting the person's
    situation: a referral to UNHCR; for anyone else, a record once the person is no longer
    held, consular access while under trial, the travel document once the nationality is
    verified, else verification and the travel document."""
    if reader is Audience.UNHCR:
        return (
            "We refer this person to UNHCR and request you to register them and to arrange a "
            "refugee status determination interview in prison."
        )
    if not held_on(pf, reckoning.as_of):
        return (
            "We request your office to record this detention past the release date; the person "
            "is no longer held and no travel document is needed."
        )
    if reckoning.under_trial:
        return (
            "We request consular access to this person, in person or by telephone, while their "
            "trial goes on."
        )
    if pf.verified_nationality:
        return (
            "As your office has verified this person's nationality, we request you to issue the "
            "travel document so that they can be repatriated without further delay."
        )
    return DEFAULT_REQUEST


def title(pf: PrisonerFile, reckoning: Reckoning, reader: Audience) -> str:
    """The sheet's heading: what it is for, as `ask` words it."""
    if reader is Audience.UNHCR:
        return "Referral to UNHCR"
    if not held_on(pf, reckoning.as_of):
        return "Fact sheet: record of detention past the release date"
    if reckoning.under_trial:
        return "Fact sheet for consular access"
    if pf.verified_nationality:
        return "Fact sheet for a travel document"
    return "Fact sheet for nationality verification"


def embassy_country(pf: PrisonerFile) -> str | None:
    """The embassy a file's sheet goes to: the verified nationality, else the claimed one.
    The court's record alone is not enough: it is what is most often wrong."""
    return pf.verified_nationality or pf.claimed_nationality


def nationality_dispute(pf: PrisonerFile) -> str:
    """Why the nationality is in dispute, or "" if not. An embassy's verification settles it."""
    if pf.verified_nationality:
        return ""
    claimed, court = pf.claimed_nationality, pf.court_nationality
    if claimed and court and claimed != court:
        return f"nationality disputed: claims {claimed}, the court recorded {court}"
    if pf.possible_misidentification:
        return "nationality disputed: marked as a possible misidentification"
    if court and not claimed:
        return f"nationality not claimed: only the court recorded {court}"
    return ""


def left_out_of_batch(
    pf: PrisonerFile,
    country: str,
    desk: Desk | None,
    opened: bool,
    groups: AtRiskGroups | None = None,
) -> str:
    """Why a file of `country` (by any of its nationalities) stays out of the batch addressed
    to `desk`, or "" if it goes in."""
    claimed = embassy_country(pf)
    if claimed not in (country, None):
        return f"nationality disputed: claims {claimed}, the court recorded {country}"
    dispute = nationality_dispute(pf)
    if dispute:
        return dispute
    if audience(desk) is not Audience.HOME_STATE:
        return ""
    refused = refusal(pf, desk, country, opened, groups)
    if refused and not opened:
        return f"{risk_reason(pf, groups)}; no override recorded for this embassy"
    return refused
