"""Whether a transfer of sentenced persons can be asked for: the conditions of the agreements.

The Repatriation of Prisoners Act 2003 (the case study's "2004 Act") lets a foreign prisoner
serve the rest of an Indian sentence at home where India has an agreement with that country.
The agreements made under it set the same conditions: the judgment is final (no appeal
pending), enough of the sentence is left to serve when the request is made (commonly at least
six months), and the prisoner consents. A condition not recorded on the file is not held
against the prisoner: the caseworker is told it still has to be checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

from repatriate.domain.prisoner import PrisonerFile, TransferConsent

DEFAULT_MIN_MONTHS_LEFT = 6
"""The term left to serve most of India's agreements require when no other is recorded."""


@dataclass(frozen=True, slots=True)
class TransferAgreement:
    country: str
    """ISO 3166-1 alpha-2 code."""
    min_months_left: int = DEFAULT_MIN_MONTHS_LEFT
    """Months of the sentence that must be left to serve when the transfer is requested."""
    source: str = ""
    """Where `min_months_left` comes from."""


@dataclass(frozen=True, slots=True)
class TransferConditions:
    can_hold: bool
    """No condition is known to fail."""
    reasons: tuple[str, ...]
    """Each condition in words, met, failed or not recorded."""


def term_left(due: date, as_of: date) -> str:
    """The time from `as_of` to the release date in months and days, as courts count them."""
    left = relativedelta(due, as_of)
    months = left.years * 12 + left.months
    parts = [f"{months} month{'s' * (months != 1)}"] if months else []
    if left.days or not parts:
        parts.append(f"{left.days} day{'s' * (left.days != 1)}")
    return " ".join(parts)


def transfer_conditions(
    pf: PrisonerFile, agreement: TransferAgreement, release_due: date | None, as_of: date
) -> TransferConditions:
    """The agreement's conditions for this file as of `as_of`, the date a request would go.

    `release_due` is the file's release date (domain.release.file_release_due).
    """
    reasons: list[str] = []
    failed = False
    if pf.sentence_final is None:
        reasons.append("sentence final: not recorded")
    elif pf.sentence_final:
        reasons.append("sentence final")
    else:
        reasons.append("an appeal is pending: the sentence is not final")
        failed = True
    need = agreement.min_months_left
    needed = f"the agreement requires at least {need} months"
    if release_due is None:
        reasons.append(f"term left to serve: not known ({needed})")
    else:
        enough = release_due >= as_of + relativedelta(months=need)
        left = term_left(release_due, as_of) if release_due > as_of else "nothing"
        reasons.append(f"{left} left to serve, release due {release_due} ({needed})")
        failed = failed or not enough
    if pf.transfer_consent is None:
        reasons.append("consent: not recorded")
    elif pf.transfer_consent is TransferConsent.GIVEN:
        reasons.append("consent given")
    else:
        reasons.append("the prisoner refused consent")
        failed = True
    return TransferConditions(not failed, tuple(reasons))
