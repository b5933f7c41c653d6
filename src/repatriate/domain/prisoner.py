"""The foreign prisoner's file: what a caseworker records about one person.

The fields follow the CHRI case study (see shared/domain): three nationalities because Rohingya
are recorded as Bangladeshi by courts; passport number and passport *book* number kept apart
because courts write down the book number, which embassies cannot trace; addresses as the prison
wrote them and as the prisoner gives them in their own script.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Self

from repatriate.domain.errors import FieldError, is_control, is_not_text


class WordEnum(StrEnum):
    """An enumeration whose values are the caseworker's words ("sentence completed").

    `parse` accepts any case and spaces or underscores, as CSV files written by hand do.
    """

    @classmethod
    def parse(cls, text: str) -> Self:
        key = " ".join(text.replace("_", " ").split()).casefold()
        for member in cls:
            if member.value == key:
                return member
        raise ValueError(f"expected one of: {', '.join(m.value for m in cls)}")


class Status(WordEnum):
    UNDER_TRIAL = "under trial"
    SERVING = "serving"
    SENTENCE_COMPLETED = "sentence completed"
    IN_DETENTION_CENTRE = "in detention centre"
    """Held after the sentence in a holding or detention centre awaiting deportation: still
    held, and the days past release keep counting."""
    REPATRIATED = "repatriated"
    DEPORTED = "deported"
    RELEASED = "released"
    DECEASED = "deceased"
    DIED_IN_CUSTODY = "died in custody"
    TRANSFERRED = "transferred"

    @property
    def still_held(self) -> bool:
        """Whether the person is still in custody in this country."""
        return self.value in _HELD


_HELD = frozenset(
    s.value
    for s in (
        Status.UNDER_TRIAL,
        Status.SERVING,
        Status.SENTENCE_COMPLETED,
        Status.IN_DETENTION_CENTRE,
    )
)
"""The statuses of someone still in custody here, by value: asked once per file of a million-file
table, a set of strings answers in 160 ns against 406 ns for comparing members one by one."""


class Category(WordEnum):
    """Annex 1 of the case study, "Type of Detainee"."""

    IMMIGRATION_DETAINEE = "immigration detainee"
    ASYLUM_SEEKER = "asylum seeker"
    OTHER_OFFENDER = "other offender"


class Sex(WordEnum):
    MALE = "m"
    FEMALE = "f"
    OTHER = "x"


class DocumentHolder(WordEnum):
    """Where the original nationality document is: the case study says the police seize it at
    arrest and file it in the trial court, which never sends a copy to the prison."""

    POLICE = "police"
    TRIAL_COURT = "trial court"
    PRISON = "prison"
    EMBASSY = "embassy"
    PRISONER = "prisoner"
    CLINIC = "clinic"
    UNKNOWN = "unknown"


class ConsularAccess(WordEnum):
    """How the embassy first reached the prisoner. The case study: telephone access "is never
    a substitute for in-person access", but it is often all that is possible."""

    PHONE = "phone"
    IN_PERSON = "in person"


class TransferConsent(WordEnum):
    """The prisoner's answer to a transfer to serve the rest of the sentence at home: the
    Repatriation of Prisoners Act 2003 and the agreements under it transfer no one without
    their consent."""

    GIVEN = "given"
    REFUSED = "refused"


class ReferralSource(WordEnum):
    PARTNER_NGO = "partner ngo"
    PRISON = "prison"
    CLINIC_VISIT = "clinic visit"
    FAMILY = "family"
    EMBASSY = "embassy"
    COURT = "court"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as the court passed it, and what is taken off or added on."""

    years: int = 0
    months: int = 0
    days: int = 0
    set_off_days: int = 0
    """Pre-trial detention set off against the sentence (s.428 CrPC)."""
    remission_days: int = 0
    """Remission earned under the prison rules."""
    fine_default_days: int = 0
    """Imprisonment in default of paying a fine, served after the sentence."""

    @property
    def is_zero(self) -> bool:
        return self.years == self.months == self.days == 0


@dataclass(frozen=True, slots=True)
class FamilyContact:
    relation: str
    name: str
    name_native: str = ""
    address: str = ""
    phone: str = ""
    traced_on: date | None = None
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Photo:
    """A dated photograph. Faces age in prolonged detention, so the date taken matters."""

    taken_on: date | None
    media_type: str
    size: int
    source: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """An attached document: court order, travel document, passport copy, letter."""

    kind: str
    title: str
    filename: str
    media_type: str
    size: int
    dated: date | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class PrisonerFile:
    """One foreign prisoner's file, as the clinic keeps it."""

    ref: str
    name: str
    """Name as recorded by the prison."""
    name_native: str = ""
    """Name in the prisoner's own script."""
    aliases: tuple[str, ...] = ()
    father_name: str = ""
    mother_name: str = ""
    sex: Sex | None = None
    birth_date: date | None = None
    age_estimate: int | None = None
    """Age in years when no birth date is known, as estimated on `age_estimated_on`."""
    age_estimated_on: date | None = None
    languages: tuple[str, ...] = ()
    """ISO 639 codes."""
    ethnicity: str = ""

    claimed_nationality: str | None = None
    """ISO 3166-1 alpha-2 codes, here and below."""
    court_nationality: str | None = None
    verified_nationality: str | None = None
    verified_on: date | None = None
    possible_misidentification: bool = False

    passport_number: str = ""
    passport_book_number: str = ""
    passport_country: str | None = None
    passport_held_by: DocumentHolder | None = None
    passport_copy_on_file: bool = False

    home_address: str = ""
    """Home address as recorded by the prison."""
    home_address_native: str = ""
    """Home address as given by the prisoner, in their own script."""

    prison: str = ""
    state: str = ""
    prisoner_number: str = ""
    arrest_date: date | None = None
    charge: str = ""
    court: str = ""
    case_number: str = ""
    conviction_date: date | None = None
    sentence: Sentence = field(default_factory=Sentence)
    released_on: date | None = None
    """Actual release or repatriation date."""
    status: Status | None = None
    sentence_final: bool | None = None
    """No appeal pending against conviction or sentence; None: not recorded."""
    transfer_consent: TransferConsent | None = None
    """None: the prisoner has not been asked, or the answer is not recorded."""

    consular_access_on: date | None = None
    """First consular access (the embassy spoke to or visited the prisoner)."""
    consular_access: ConsularAccess | None = None

    category: Category | None = None
    vulnerability: str = ""
    unhcr_registration: str = ""
    at_risk_if_returned: bool | None = None
    """None: no decision recorded (an asylum seeker is then treated as at risk)."""
    risk_note: str = ""

    referral_source: ReferralSource | None = None
    notes: str = ""

    family: tuple[FamilyContact, ...] = ()
    photos: tuple[Photo, ...] = ()
    documents: tuple[Document, ...] = ()

    id: int | None = None
    version: int = 0
    """Bumped on every save, so two windows cannot silently overwrite each other."""

    def replace(self, **changes: object) -> PrisonerFile:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def _trimmed_text(item: Any) -> dict[str, Any]:
    return {
        f.name: getattr(item, f.name).strip()
        for f in dataclasses.fields(item)
        if type(getattr(item, f.name)) is str  # not the word enumerations, which are str too
    }


def trimmed(pf: PrisonerFile) -> PrisonerFile:
    """The file with spaces and blank lines trimmed from every text field, as it is saved:
    what the prison typed with a stray space is the same name without it."""
    return dataclasses.replace(
        pf,
        **_trimmed_text(pf),
        aliases=tuple(a.strip() for a in pf.aliases if a.strip()),
        family=tuple(dataclasses.replace(c, **_trimmed_text(c)) for c in pf.family),
    )


REF_MAX = 40
TEXT_LIMITS = {
    "ref": REF_MAX,
    "name": 200,
    "name_native": 200,
    "father_name": 200,
    "mother_name": 200,
    "passport_number": 40,
    "passport_book_number": 40,
    "prison": 200,
    "state": 100,
    "prisoner_number": 60,
    "charge": 200,
    "court": 200,
    "case_number": 100,
    "ethnicity": 100,
    "unhcr_registration": 100,
    "vulnerability": 500,
    "home_address": 1000,
    "home_address_native": 1000,
    "risk_note": 2000,
    "notes": 10_000,
}
MULTILINE = frozenset(
    {"vulnerability", "home_address", "home_address_native", "risk_note", "notes"}
)
"""Text fields that may hold several lines; in the others a newline is refused."""
FAMILY_LIMITS = {
    "relation": 100,
    "name": 200,
    "name_native": 200,
    "address": 1000,
    "phone": 60,
    "notes": 2000,
}
FAMILY_MULTILINE = frozenset({"address", "notes"})
ALIAS_MAX = 200
EARLIEST_BIRTH = date(1900, 1, 1)
SENTENCE_LIMITS = {
    "sentence_years": 99,
    "sentence_months": 1199,
    "sentence_days": 36_500,
    "set_off_days": 36_500,
    "remission_days": 36_500,
    "fine_default_days": 36_500,
}


SENTENCE_FIELDS = {
    "sentence_years": "years",
    "sentence_months": "months",
    "sentence_days": "days",
    "set_off_days": "set_off_days",
    "remission_days": "remission_days",
    "fine_default_days": "fine_default_days",
}
"""The sentence's parts under the field names used in forms and CSV files."""


def sentence_fields(sentence: Sentence) -> dict[str, int]:
    """The sentence under the field names used in forms and CSV files."""
    return {name: getattr(sentence, part) for name, part in SENTENCE_FIELDS.items()}


def invalid_fields(pf: PrisonerFile, today: date) -> list[FieldError]:
    """What makes a file impossible to save, field by field.

    Contradictions a caseworker must look into (release before conviction, a set-off longer
    than the sentence) are not errors here: they are reported on the file as data problems.
    """
    errors: list[FieldError] = []
    if not pf.ref.strip():
        errors.append(FieldError("ref", pf.ref, "required"))
    elif pf.ref != pf.ref.strip() or not pf.ref.isprintable():
        errors.append(FieldError("ref", pf.ref, "no control characters or surrounding spaces"))
    if not pf.name.strip():
        errors.append(FieldError("name", pf.name, "required: the name as recorded by the prison"))
    for name, limit in TEXT_LIMITS.items():
        errors += text_errors(name, getattr(pf, name), limit, name in MULTILINE)
    for alias in pf.aliases:
        errors += text_errors("aliases", alias, ALIAS_MAX, multiline=False)
    for number, contact in enumerate(pf.family, 1):
        for name, limit in FAMILY_LIMITS.items():
            field_name = f"family {number} {name}"
            value = getattr(contact, name)
            errors += text_errors(field_name, value, limit, name in FAMILY_MULTILINE)
    for name, number in sentence_fields(pf.sentence).items():
        if not 0 <= number <= SENTENCE_LIMITS[name]:
            errors.append(
                FieldError(name, str(number), f"must be from 0 to {SENTENCE_LIMITS[name]}")
            )
    for name in (
        "birth_date",
        "arrest_date",
        "conviction_date",
        "released_on",
        "verified_on",
        "consular_access_on",
        "age_estimated_on",
    ):
        value = getattr(pf, name)
        if value is not None and value > today:
            errors.append(FieldError(name, value.isoformat(), "in the future"))
    if pf.birth_date is not None and pf.birth_date < EARLIEST_BIRTH:
        errors.append(FieldError("birth_date", pf.birth_date.isoformat(), "before 1900"))
    for name in ("arrest_date", "conviction_date", "released_on", "verified_on"):
        value = getattr(pf, name)
        if value is not None and value < EARLIEST_BIRTH:
            errors.append(FieldError(name, value.isoformat(), "before 1900"))
    if pf.age_estimate is not None and not 0 <= pf.age_estimate <= 120:
        errors.append(FieldError("age_estimate", str(pf.age_estimate), "must be from 0 to 120"))
    if "" in pf.aliases or any(";" in a for a in pf.aliases):
        errors.append(FieldError("aliases", "; ".join(pf.aliases), "empty or containing ';'"))
    return errors


def text_errors(name: str, value: str, limit: int, multiline: bool) -> list[FieldError]:
    """A text value too long, or holding control characters (ESC, NUL, BEL: they would be
    printed raw to terminals and calendars); a newline is refused where one line is meant."""
    errors: list[FieldError] = []
    if len(value) > limit:
        errors.append(FieldError(name, value, f"longer than {limit} characters"))
    if any(is_control(c) for c in value):
        errors.append(FieldError(name, value, "contains control characters"))
    elif any(is_not_text(c) for c in value):
        errors.append(
            FieldError(name, value, "contains characters that are not text (unassigned or private)")
        )
    elif not multiline and any(c in value for c in "\n\r\t\u2028\u2029"):
        errors.append(FieldError(name, value, "must be on one line"))
    return errors
