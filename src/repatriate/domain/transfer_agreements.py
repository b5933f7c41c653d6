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
from repatriate.domain.wording import Wording, joined, template

FINAL_NOT_RECORDED = template("sentence final: not recorded")
FINAL = template("sentence final")
APPEAL_PENDING = template("an appeal is pending: the sentence is not final")
TERM_NOT_KNOWN = template(
    "term left to serve: not known (the agreement requires at least %1 months)"
)
TERM_LEFT = template("%1 left to serve, release due %2 (the agreement requires at least %3 months)")
NOTHING = template("nothing")
MONTHS = template("%Ln month(s)")
DAYS = template("%Ln day(s)")
CONSENT_NOT_RECORDED = template("consent: not recorded")
CONSENT_GIVEN = template("consent given")
CONSENT_REFUSED = template("the prisoner refused consent")

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
    wordings: tuple[Wording, ...]
    """Each condition in words, met, failed or not recorded."""

    @property
    def reasons(self) -> tuple[str, ...]:
        """Each condition in English."""
        return tuple(str(w) for w in self.wordings)


def term_left(due: date, as_of: date) -> str:
    """The time from `as_of` to the release date in months and days, as courts count them."""
    return str(term_left_wording(due, as_of))


def term_left_wording(due: date, as_of: date) -> Wording:
    """`term_left` as a sentence."""
    left = relativedelta(due, as_of)
    months = left.years * 12 + left.months
    parts = [Wording(MONTHS, count=months)] if months else []
    if left.days or not parts:
        parts.append(Wording(DAYS, count=left.days))
    return joined(parts, " ")


def transfer_conditions(
    pf: PrisonerFile, agreement: TransferAgreement, release_due: date | None, as_of: date
) -> TransferConditions:
    """The agreement's conditions for this file as of `as_of`, the date a request would go.

    `release_due` is the file's release date (domain.release.file_release_due).
    """
    reasons: list[Wording] = []
    failed = False
    if pf.sentence_final is None:
        reasons.append(Wording(FINAL_NOT_RECORDED))
    elif pf.sentence_final:
        reasons.append(Wording(FINAL))
    else:
        reasons.append(Wording(APPEAL_PENDING))
        failed = True
    need = agreement.min_months_left
    if release_due is None:
        reasons.append(Wording(TERM_NOT_KNOWN, (need,)))
    else:
        enough = release_due >= as_of + relativedelta(months=need)
        left = term_left_wording(release_due, as_of) if release_due > as_of else Wording(NOTHING)
        reasons.append(Wording(TERM_LEFT, (left, release_due, need)))
        failed = failed or not enough
    if pf.transfer_consent is None:
        reasons.append(Wording(CONSENT_NOT_RECORDED))
    elif pf.transfer_consent is TransferConsent.GIVEN:
        reasons.append(Wording(CONSENT_GIVEN))
    else:
        reasons.append(Wording(CONSENT_REFUSED))
        failed = True
    return TransferConditions(not failed, tuple(reasons))
