"""Every scalar field of a prisoner file, declared once: its kind, the caseworker's label for
it, whether it is a column of the published CSV, its length limit and whether `show` prints it.

The storage mapping (storage/files.py) is built from this list; the text limits
(domain/prisoner.py), the CSV columns (services/csv_format.py), `show` (terminal.py) and the
editor (ui/file_form.py) are checked against it by tests/domain/test_file_fields.py.
The list-valued parts of a file (aliases, languages, the sentence, family, photos,
documents) are not scalar fields and are kept by their own code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from repatriate.domain.prisoner import (
    REF_MAX,
    Category,
    ConsularAccess,
    DocumentHolder,
    ReferralSource,
    Sex,
    Status,
    TransferConsent,
    WordEnum,
)


class Kind(Enum):
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    YES_NO = "yes or no"
    COUNTRY = "country code"
    WORD = "one of a list of words"


@dataclass(frozen=True)
class FileField:
    name: str
    kind: Kind
    label: str
    """The caseworker's words for the field, as the editor and messages name it."""
    in_csv: bool = True
    """A column of the published CSV (a contract with the clinics' spreadsheets)."""
    limit: int | None = None
    """Most characters a text field may hold."""
    multiline: bool = False
    shown: bool = True
    """Printed by `repatriate show`."""
    words: type[WordEnum] | None = None
    """The words a WORD field may hold."""


def _text(
    name: str, label: str, limit: int, *, multiline: bool = False, shown: bool = True
) -> FileField:
    return FileField(name, Kind.TEXT, label, limit=limit, multiline=multiline, shown=shown)


def _word(
    name: str, label: str, words: type[WordEnum], *, in_csv: bool = True, shown: bool = True
) -> FileField:
    return FileField(name, Kind.WORD, label, in_csv=in_csv, shown=shown, words=words)


FIELDS: tuple[FileField, ...] = (
    _text("ref", "Ref", REF_MAX),
    _text("name", "Name as recorded", 200),
    _text("name_native", "Name in own script", 200),
    _text("father_name", "Father's name", 200, shown=False),
    _text("mother_name", "Mother's name", 200, shown=False),
    _word("sex", "Sex", Sex),
    FileField("birth_date", Kind.DATE, "Birth date"),
    FileField("age_estimate", Kind.NUMBER, "Estimated age", shown=False),
    FileField("age_estimated_on", Kind.DATE, "Age estimated on", shown=False),
    _text("ethnicity", "Ethnicity", 100, shown=False),
    FileField("claimed_nationality", Kind.COUNTRY, "Claimed nationality"),
    FileField("court_nationality", Kind.COUNTRY, "Nationality per court"),
    FileField("verified_nationality", Kind.COUNTRY, "Verified nationality"),
    FileField("verified_on", Kind.DATE, "Verified on"),
    FileField("possible_misidentification", Kind.YES_NO, "Possible misidentification", shown=False),
    _text("passport_number", "Passport number", 40),
    _text("passport_book_number", "Passport book number", 40),
    FileField("passport_country", Kind.COUNTRY, "Passport country", shown=False),
    _word("passport_held_by", "Passport held by", DocumentHolder),
    FileField("passport_copy_on_file", Kind.YES_NO, "Copy on file"),
    _text("home_address", "Home address (as recorded)", 1000, multiline=True),
    _text("home_address_native", "Home address (own script)", 1000, multiline=True),
    _text("prison", "Prison", 200),
    _text("state", "State", 100),
    _text("prisoner_number", "Prisoner number", 60),
    FileField("arrest_date", Kind.DATE, "Arrest date"),
    _text("charge", "Charge", 200),
    _text("court", "Court", 200),
    _text("case_number", "Case number", 100),
    FileField("conviction_date", Kind.DATE, "Conviction date"),
    FileField("released_on", Kind.DATE, "Released on"),
    _word("status", "Status", Status),
    FileField("sentence_final", Kind.YES_NO, "Sentence final", in_csv=False),
    _word("transfer_consent", "Consent to transfer", TransferConsent, in_csv=False),
    FileField("consular_access_on", Kind.DATE, "Consular access on"),
    _word("consular_access", "Consular access by", ConsularAccess, shown=False),
    _word("category", "Category", Category),
    _text("vulnerability", "Vulnerability", 500, multiline=True, shown=False),
    _text("unhcr_registration", "UNHCR registration", 100, shown=False),
    FileField("at_risk_if_returned", Kind.YES_NO, "At risk if returned"),
    _text("risk_note", "Risk note", 2000, multiline=True, shown=False),
    _word("referral_source", "Referral source", ReferralSource, shown=False),
    _text("notes", "Notes", 10_000, multiline=True, shown=False),
)
BY_NAME = {f.name: f for f in FIELDS}
