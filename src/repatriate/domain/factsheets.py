"""Who may go on a fact sheet to an embassy, and what the clinic's letterhead says.

The case study's most effective habit was sending embassies "short and crisp fact sheets of
the cases along with photographs of their nationals". Two rules keep that habit from doing
harm: a person at risk if returned is never put before the home country's embassy unless a
caseworker overrides it with a recorded reason, and a batch for an embassy leaves out files
whose nationality is in dispute (Rohingya recorded as Bangladeshi by the courts), for the
caseworker to look at.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from repatriate.domain.flags import at_risk_if_returned
from repatriate.domain.prisoner import Category, PrisonerFile

DEFAULT_REQUEST = (
    "We request the Consular Section to verify the nationality of this person from the details "
    "and documents in this sheet, and to issue a travel permit so that they can be repatriated "
    "without further delay. Please tell us of anything else you need; we will call your office "
    "every week to follow up."
)


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The clinic as it appears on fact sheets and letters (clinic settings)."""

    name: str = "Legal Aid Clinic"
    address: str = ""
    phone: str = ""
    email: str = ""
    request: str = DEFAULT_REQUEST
    """What the clinic asks of the embassy, printed on every sheet unless replaced."""


@dataclass(frozen=True, slots=True)
class RiskOverride:
    """A caseworker's recorded decision to send a fact sheet despite the risk on return."""

    reason: str
    recorded_at: datetime


def embassy_country(pf: PrisonerFile) -> str | None:
    """The embassy a file's sheet goes to: the verified nationality, else the claimed one.
    The court's record alone is not enough: it is what is most often wrong."""
    return pf.verified_nationality or pf.claimed_nationality


def risk_reason(pf: PrisonerFile) -> str:
    """Why the person may be at risk if returned, or "" if not."""
    if not at_risk_if_returned(pf):
        return ""
    if pf.at_risk_if_returned is None and pf.category is Category.ASYLUM_SEEKER:
        return "asylum seeker: at risk if returned unless a caseworker records otherwise"
    return "recorded as at risk if returned"


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


def left_out_of_batch(pf: PrisonerFile, country: str, overridden: bool) -> str:
    """Why a file of `country` (by any of its nationalities) stays out of that embassy's
    batch, or "" if it goes in."""
    claimed = embassy_country(pf)
    if claimed not in (country, None):
        return f"nationality disputed: claims {claimed}, the court recorded {country}"
    dispute = nationality_dispute(pf)
    if dispute:
        return dispute
    risk = risk_reason(pf)
    if risk and not overridden:
        return f"{risk}; no override recorded"
    return ""
