"""The travel documents a repatriation needs, per step of the route, and their expiry.

The case study's route ends at the border or the airport: the home country's mission issues a
travel permit or an emergency certificate once nationality is confirmed, the Foreigners
Regional Registration Office an exit permit, and the state an order for the police escort to
the hand-over. A document that expires before the hand-over sends the file back to the desk
that issued it, often for months; the flag `travel-document-expiring` warns weeks ahead: a
document that expires before the planned hand-over date, or, with no date planned, within the
clinic's setting `travel_document_weeks` (6 by default).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from repatriate.domain.errors import FieldError
from repatriate.domain.prisoner import WordEnum, text_errors
from repatriate.domain.wording import Wording, template

ISSUED_BY = template("%1 (issued by %2)")
BEFORE_HAND_OVER = template("%1 expires on %2, before the hand-over planned for %3")
EXPIRED = template("%1 expired on %2")
EXPIRES_WITHIN = template("%1 expires on %2, within %3 weeks and no hand-over date is planned")

NUMBER_MAX = 60
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


class TravelDocumentKind(WordEnum):
    TRAVEL_PERMIT = "travel permit"
    """Issued by the home country's mission once nationality is confirmed."""
    EMERGENCY_CERTIFICATE = "emergency certificate"
    """A one-way travel document of the home country's mission, in place of a passport."""
    EXIT_PERMIT = "exit permit"
    """Leave to depart India for a foreigner (Foreigners Regional Registration Office)."""
    ESCORT_ORDER = "escort order"
    """The state's order for the police escort to the border or airport."""


@dataclass(frozen=True, slots=True)
class TravelDocument:
    """One travel document of a file: a step of the checklist for the journey home."""

    kind: TravelDocumentKind
    number: str = ""
    issued_on: date | None = None
    expires_on: date | None = None
    desk: str = ""
    """The code of the desk that issued it; "" if not recorded."""
    id: int | None = None

    def cleaned(self) -> TravelDocument:
        return replace(self, number=self.number.strip())

    @property
    def label(self) -> str:
        number = f" {self.number}" if self.number else ""
        return f"{self.kind.value}{number}"


def expiring_wordings(
    documents: Sequence[TravelDocument], hand_over: date | None, as_of: date, weeks: int
) -> list[Wording]:
    """Which documents expire before the planned hand-over (or, with none planned, within
    `weeks` of `as_of`), each with its date."""
    reasons = []
    for d in documents:
        if d.expires_on is None:
            continue
        document = Wording(ISSUED_BY, (d.label, d.desk)) if d.desk else d.label
        if hand_over is not None:
            if d.expires_on < hand_over:
                reasons.append(Wording(BEFORE_HAND_OVER, (document, d.expires_on, hand_over)))
        elif d.expires_on < as_of:
            reasons.append(Wording(EXPIRED, (document, d.expires_on)))
        elif d.expires_on <= as_of + timedelta(weeks=weeks):
            reasons.append(Wording(EXPIRES_WITHIN, (document, d.expires_on, weeks)))
    return reasons


def next_change(
    documents: Sequence[TravelDocument], hand_over: date | None, as_of: date, weeks: int
) -> date | None:
    """With no hand-over planned, the first day after `as_of` on which a document comes
    within `weeks` of expiring, or expires; None if no such day comes."""
    if hand_over is not None:
        return None
    days = []
    for d in documents:
        if d.expires_on is not None:
            days += [d.expires_on - timedelta(weeks=weeks), d.expires_on + timedelta(days=1)]
    return min((day for day in days if day > as_of), default=None)


def travel_errors(document: TravelDocument, today: date) -> list[FieldError]:
    """Every problem with a travel document, each naming the field and the value."""
    d = document
    errors = text_errors("number", d.number, NUMBER_MAX, multiline=False)
    for name, day in (("issued", d.issued_on), ("expires", d.expires_on)):
        if day is not None and not EARLIEST <= day <= LATEST:
            errors.append(FieldError(name, day.isoformat(), "not a date from 1900 to 2100"))
    if d.issued_on is not None and d.issued_on > today:
        errors.append(FieldError("issued", d.issued_on.isoformat(), "in the future"))
    if d.issued_on is not None and d.expires_on is not None and d.expires_on < d.issued_on:
        errors.append(
            FieldError("expires", d.expires_on.isoformat(), f"before it was issued ({d.issued_on})")
        )
    return errors


def hand_over_errors(hand_over: date | None) -> list[FieldError]:
    if hand_over is not None and not EARLIEST <= hand_over <= LATEST:
        return [FieldError("hand-over", hand_over.isoformat(), "not a date from 1900 to 2100")]
    return []
