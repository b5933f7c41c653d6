"""The risks a caseworker must see on a file, computed each time from the file, never stored.

Each raised flag carries the reason in words, with the figures that raised it, so that the
window's tooltip and the command line can say why.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from dateutil.relativedelta import relativedelta

from repatriate.domain.chain import Stall
from repatriate.domain.orders import Order
from repatriate.domain.prisoner import Category, DocumentHolder, PrisonerFile, Status
from repatriate.domain.release import Reckoning, held_on
from repatriate.domain.rti import RtiApplication, RtiClocks
from repatriate.domain.rti import overdue_wording as rti_overdue_wording
from repatriate.domain.transfer_agreements import TransferAgreement, transfer_conditions
from repatriate.domain.travel import TravelDocument, expiring_wordings
from repatriate.domain.wording import Wording, joined, plain, template

NO_AGREEMENTS: Mapping[str, TransferAgreement] = MappingProxyType({})


class Flag(StrEnum):
    OVERSTAYING = "overstaying"
    OVERSTAYING_LONG = "overstaying-long"
    OVERSTAYING_VERY_LONG = "overstaying-very-long"
    RELEASE_SOON_NOT_STARTED = "release-soon-not-started"
    NATIONALITY_UNVERIFIED = "nationality-unverified"
    POSSIBLE_MISIDENTIFICATION = "possible-misidentification"
    NO_CONSULAR_ACCESS = "no-consular-access"
    AT_RISK_IF_RETURNED = "at-risk-if-returned"
    TRANSFER_ELIGIBLE = "transfer-eligible"
    PHOTO_OLD = "photo-old"
    BOOK_NUMBER_ONLY = "book-number-only"
    DOCUMENTS_WITH_COURT = "documents-with-court"
    STALLED = "stalled"
    ORDER_OVERDUE = "order-overdue"
    RTI_OVERDUE = "rti-overdue"
    TRAVEL_DOCUMENT_EXPIRING = "travel-document-expiring"
    DATA_PROBLEM = "data-problem"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """The numbers behind the flags; a clinic changes them in its settings."""

    long_overstay_days: int = 180
    very_long_overstay_days: int = 365
    release_soon_days: int = 90
    """The case study names late initiation of the repatriation process as a cause of overstay."""
    unverified_after_days: int = 30
    """Nationality still not verified this many days after the sentence ended."""
    consular_access_days: int = 30
    """No consular access recorded this many days after arrest."""
    photo_max_age_years: int = 5
    escalate_after_followups: int = 6
    """Unanswered weekly follow-ups with one desk (calls, letters, e-mails or visits since it got
    the file, none answered) before the next lever is suggested: a count of chases, so 6 is six
    weeks of weekly calls, not months. In the case study's named case six months of calls went
    unanswered before a story in the home country's media moved the High Commission."""
    rti_reply_days: int = 30
    """Statutory time for a reply to a Right to Information request (RTI Act 2005, s.7), for
    the reply date of an RTI request logged as an activity. RTI applications recorded as such
    (`domain.rti`) run on the statutory clocks instead, moved past the office's holidays."""
    travel_document_weeks: int = 6
    """With no hand-over date planned, a travel document expiring within this many weeks
    raises `travel-document-expiring`."""

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))


@dataclass(frozen=True, slots=True)
class RaisedFlag:
    flag: Flag
    wording: Wording
    """Why it was raised, as the window translates it."""

    @property
    def reason(self) -> str:
        """Why it was raised, in English."""
        return str(self.wording)


RECORDED_AT_RISK = template("recorded at risk if returned")
ASYLUM_SEEKER = template("asylum seeker")
REGISTERED_WITH_UNHCR = template("registered with UNHCR")
PERSECUTED_IN = template("%1: persecuted in %2")
STATELESS_PERSON = template("stateless")
HELD_AT_DESK = template("%1 has held it %2 days (expected %3)")
PAST_RELEASE = template("%1 days past the release date %2")
WAS_HELD = template("was held %1")
PAST_THRESHOLD = template("%1 (≥ %2)")
NO_FACT_SHEET = template("%1: no fact sheet to the home embassy unless overridden with a reason")
RELEASE_SOON = template("release due %1 (in %2 days) and no repatriation step started")
NOT_VERIFIED = template("not verified %1 days after the sentence ended (%2)")
NO_CONSULAR_ACCESS = template("none recorded in the %1 days since arrest")
TRANSFER_AGREEMENT = template(
    "serving a sentence; %1 has a transfer of sentenced persons agreement"
)
PHOTO_OLD = template("newest photo taken %1, over %2 years")
BOOK_NUMBER_ONLY = template(
    "only the passport book number %1 is known; embassies trace passport numbers"
)
DOCUMENTS_WITH_COURT = template("the original passport is with the trial court, no copy")
MARKED_MISIDENTIFIED = template("marked as possible misidentification")
CLAIMS_OTHER = template("claims %1, court recorded %2")
VERIFIED_OTHER = template("embassy verified %1, court recorded %2")


def home_country(pf: PrisonerFile) -> str | None:
    """The country the person would be sent to: verified, else claimed, else court's record."""
    return pf.verified_nationality or pf.claimed_nationality or pf.court_nationality


STATELESS = "XX"
"""How a caseworker records that the person has no nationality, in any nationality field.
ICAO Doc 9303 (Part 3, machine readable travel documents) codes a stateless person "XXA"; our
nationality fields hold two letters, so the file keeps "XX", from ISO 3166-1's user-assigned
range, and the forms accept "stateless" or "XXA" for it. UNHCR counts the stateless among the
people it protects (1954 Convention relating to the Status of Stateless Persons)."""

DEFAULT_AT_RISK_GROUPS = "Rohingya:MM"
"""Groups persecuted in a country, as the clinic's `at_risk_groups` setting writes them: the
case study's Rohingya "cannot go back to Myanmar for fear of persecution"."""

AtRiskGroups = Mapping[str, frozenset[str]]
"""A group's name (case-folded) and the countries that persecute it."""


def parse_at_risk_groups(text: str) -> dict[str, frozenset[str]]:
    """ "Rohingya:MM; Hazara:AF,PK" as a mapping; ValueError naming the part that is wrong.
    Country codes are checked by the caller (the domain knows no country list)."""
    groups: dict[str, set[str]] = {}
    for part in text.split(";"):
        if not part.strip():
            continue
        name, colon, codes = part.partition(":")
        countries = {c.strip().upper() for c in codes.split(",") if c.strip()}
        if not colon or not name.strip() or not countries:
            raise ValueError(f"{part.strip()}: write GROUP:CC[,CC] (such as Rohingya:MM)")
        groups.setdefault(name.strip().casefold(), set()).update(countries)
    return {name: frozenset(codes) for name, codes in groups.items()}


def at_risk_reasons(pf: PrisonerFile, groups: AtRiskGroups | None = None) -> tuple[str, ...]:
    """Why the person may be at risk if returned, each in English; empty if not."""
    return tuple(str(w) for w in at_risk_wordings(pf, groups))


def at_risk_wordings(pf: PrisonerFile, groups: AtRiskGroups | None = None) -> tuple[Wording, ...]:
    """Why the person may be at risk if returned, each a sentence; empty if not.

    At risk: an asylum seeker, anyone registered with UNHCR, a member of a group persecuted in
    a country they could be returned to, the stateless, and anyone a caseworker recorded as at
    risk; unless a caseworker recorded a reasoned decision that they are not (at risk False
    *and* a note giving the reason). Non-refoulement is customary international law and
    Article 33 of the 1951 Refugee Convention; India is not a party, but the case study's
    Rohingya "cannot go back to Myanmar for fear of persecution"."""
    if pf.at_risk_if_returned is False and pf.risk_note.strip():
        return ()
    groups = parse_at_risk_groups(DEFAULT_AT_RISK_GROUPS) if groups is None else groups
    reasons = []
    if pf.at_risk_if_returned:
        reasons.append(Wording(RECORDED_AT_RISK))
    if pf.category is Category.ASYLUM_SEEKER:
        reasons.append(Wording(ASYLUM_SEEKER))
    if pf.unhcr_registration.strip():
        reasons.append(Wording(REGISTERED_WITH_UNHCR))
    persecuted_in = persecuting_countries(pf, groups)
    if persecuted_in:
        reasons.append(Wording(PERSECUTED_IN, (pf.ethnicity.strip(), ", ".join(persecuted_in))))
    if STATELESS in (pf.claimed_nationality, pf.court_nationality, pf.verified_nationality):
        reasons.append(Wording(STATELESS_PERSON))
    return tuple(reasons)


def persecuting_countries(pf: PrisonerFile, groups: AtRiskGroups | None = None) -> tuple[str, ...]:
    """The countries that persecute the person's group (Myanmar for a Rohingya), sorted."""
    groups = parse_at_risk_groups(DEFAULT_AT_RISK_GROUPS) if groups is None else groups
    return tuple(sorted(groups.get(pf.ethnicity.strip().casefold(), frozenset())))


def return_countries(pf: PrisonerFile, groups: AtRiskGroups | None = None) -> frozenset[str]:
    """Every country the person could be returned to, and so must not learn of them while
    they are at risk: claimed, court-recorded and verified nationality, the passport's country,
    and the country that persecutes their group (Myanmar for a Rohingya the court recorded
    as Bangladeshi)."""
    recorded = (
        pf.claimed_nationality,
        pf.court_nationality,
        pf.verified_nationality,
        pf.passport_country,
    )
    countries = {c for c in recorded if c and c != STATELESS}
    return frozenset(countries | set(persecuting_countries(pf, groups)))


def at_risk_if_returned(pf: PrisonerFile, groups: AtRiskGroups | None = None) -> bool:
    """Whether the person may be at risk if returned (see `at_risk_reasons`)."""
    return bool(at_risk_reasons(pf, groups))


def raise_flags(
    pf: PrisonerFile,
    reckoning: Reckoning,
    thresholds: Thresholds,
    transfer_agreements: Mapping[str, TransferAgreement] = NO_AGREEMENTS,
    repatriation_started: bool = False,
    stalls: Sequence[Stall] = (),
    at_risk_groups: AtRiskGroups | None = None,
    orders: Sequence[Order] = (),
    rti: Sequence[tuple[RtiApplication, RtiClocks]] = (),
    travel_documents: Sequence[TravelDocument] = (),
    hand_over: date | None = None,
) -> tuple[RaisedFlag, ...]:
    """Every flag the file raises as of `reckoning.as_of`, in order of urgency."""
    t = thresholds
    as_of = reckoning.as_of
    held = held_on(pf, as_of)
    raised: list[RaisedFlag] = []

    def add(flag: Flag, reason: Wording) -> None:
        raised.append(RaisedFlag(flag, reason))

    if reckoning.problems:
        add(Flag.DATA_PROBLEM, joined([plain(p) for p in reckoning.problems]))
    if held and stalls:
        add(Flag.STALLED, joined([stall_wording(s) for s in stalls]))
    overdue_orders = [o for o in orders if o.overdue_days(as_of) > 0]
    if overdue_orders:
        add(Flag.ORDER_OVERDUE, joined([o.overdue_wording(as_of) for o in overdue_orders]))
    rti_reasons = [r for a, c in rti if (r := rti_overdue_wording(a, c, as_of))]
    if rti_reasons:
        add(Flag.RTI_OVERDUE, joined(rti_reasons))
    if held:
        expiring = expiring_wordings(travel_documents, hand_over, as_of, t.travel_document_weeks)
        if expiring:
            add(Flag.TRAVEL_DOCUMENT_EXPIRING, joined(expiring))
    overstay = reckoning.overstay_days or 0
    due = reckoning.release_due
    if overstay > 0 and due is not None:
        past = Wording(PAST_RELEASE, (overstay, due))
        add(Flag.OVERSTAYING, past if held else Wording(WAS_HELD, (past,)))
        if overstay >= t.long_overstay_days:
            add(Flag.OVERSTAYING_LONG, Wording(PAST_THRESHOLD, (past, t.long_overstay_days)))
        if overstay >= t.very_long_overstay_days:
            add(
                Flag.OVERSTAYING_VERY_LONG,
                Wording(PAST_THRESHOLD, (past, t.very_long_overstay_days)),
            )
    risks = at_risk_wordings(pf, at_risk_groups)
    if risks and held:
        add(Flag.AT_RISK_IF_RETURNED, Wording(NO_FACT_SHEET, (joined(risks),)))
    if held and due is not None and not repatriation_started:
        ahead = (due - as_of).days
        if 0 <= ahead <= t.release_soon_days:
            add(Flag.RELEASE_SOON_NOT_STARTED, Wording(RELEASE_SOON, (due, ahead)))
    if held and pf.verified_nationality is None and due is not None:
        since = (as_of - due).days
        if since >= t.unverified_after_days:
            add(Flag.NATIONALITY_UNVERIFIED, Wording(NOT_VERIFIED, (since, due)))
    misidentified = _misidentification(pf)
    if misidentified:
        add(Flag.POSSIBLE_MISIDENTIFICATION, joined(misidentified))
    if held and pf.consular_access_on is None and pf.arrest_date is not None:
        waited = (as_of - pf.arrest_date).days
        if waited > t.consular_access_days:
            add(Flag.NO_CONSULAR_ACCESS, Wording(NO_CONSULAR_ACCESS, (waited,)))
    country = home_country(pf)
    agreement = transfer_agreements.get(country) if country else None
    if pf.status is Status.SERVING and agreement is not None and held:
        conditions = transfer_conditions(pf, agreement, due, as_of)
        if conditions.can_hold:
            add(
                Flag.TRANSFER_ELIGIBLE,
                joined([Wording(TRANSFER_AGREEMENT, (country or "",)), *conditions.wordings]),
            )
    dated = [p.taken_on for p in pf.photos if p.taken_on is not None]
    if dated:
        newest = max(dated)
        if newest + relativedelta(years=t.photo_max_age_years) < as_of:
            add(Flag.PHOTO_OLD, Wording(PHOTO_OLD, (newest, t.photo_max_age_years)))
    if pf.passport_book_number and not pf.passport_number:
        add(Flag.BOOK_NUMBER_ONLY, Wording(BOOK_NUMBER_ONLY, (pf.passport_book_number,)))
    if pf.passport_held_by is DocumentHolder.TRIAL_COURT and not pf.passport_copy_on_file:
        add(Flag.DOCUMENTS_WITH_COURT, Wording(DOCUMENTS_WITH_COURT))
    return tuple(raised)


def stall_wording(stall: Stall) -> Wording:
    """A desk holding the file longer than expected, in words."""
    return Wording(HELD_AT_DESK, (stall.hold.desk, stall.days, stall.expected_days))


def _misidentification(pf: PrisonerFile) -> list[Wording]:
    """Why the recorded nationality may be wrong (Rohingya recorded as Bangladeshi)."""
    reasons = []
    if pf.possible_misidentification:
        reasons.append(Wording(MARKED_MISIDENTIFIED))
    claimed, court = pf.claimed_nationality, pf.court_nationality
    if claimed and court and claimed != court:
        reasons.append(Wording(CLAIMS_OTHER, (claimed, court)))
    if pf.verified_nationality and court and pf.verified_nationality != court:
        reasons.append(Wording(VERIFIED_OTHER, (pf.verified_nationality, court)))
    return reasons
