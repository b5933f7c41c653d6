"""What a fact sheet and an embassy batch hold: plain data and the annex rows, without
reportlab, Pillow or pypdf, so that the services assemble sheets without loading the PDF
libraries (a fifth of a second at every start of the program)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from repatriate.domain.factsheets import Audience
from repatriate.domain.prisoner import PrisonerFile
from repatriate.domain.release import Reckoning

BATCH_COLUMNS = (
    "no",
    "ref",
    "name",
    "name_native",
    "father_name",
    "sex",
    "birth_date",
    "claimed_nationality",
    "court_nationality",
    "verified_nationality",
    "passport_number",
    "passport_book_number",
    "prison",
    "state",
    "prisoner_number",
    "arrest_date",
    "conviction_date",
    "release_due",
    "overstay_days",
    "home_address",
    "home_address_native",
)
"""The columns of an embassy batch's CSV, one row per sheet in the order printed."""


@dataclass(frozen=True, slots=True)
class Picture:
    """A photograph of the person (PNG or JPEG)."""

    content: bytes
    taken_on: date | None


@dataclass(frozen=True, slots=True)
class Attachment:
    """A document attached to the file (PDF, PNG or JPEG), printed after the sheet."""

    kind: str
    title: str
    filename: str
    dated: date | None
    media_type: str
    content: bytes


@dataclass(frozen=True, slots=True)
class Embassy:
    """Who the sheet is addressed to."""

    organisation: str
    section: str = ""
    address: str = ""
    city: str = ""


@dataclass(frozen=True, slots=True)
class FactSheet:
    reckoning: Reckoning
    """The file and its release date as of the day printed."""
    embassy: Embassy
    request: str
    """What is asked of the embassy."""
    country_names: Mapping[str, str]
    """English names of the country codes on the file."""
    language_names: Mapping[str, str]
    photos: tuple[Picture, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    chain_lines: tuple[str, ...] = ()
    """Where the file is in the desk chain, one line each; empty when nothing is recorded."""
    title: str = "Fact sheet for nationality verification"
    reader: Audience = Audience.HOME_STATE
    languages: tuple[str, ...] = ()
    """The languages the sheet may name (ISO 639): those that disclose a persecuted group are
    left off sheets to a foreign state's desks."""
    protection_lines: tuple[str, ...] = ()
    """For a referral to UNHCR only: why the person is referred (category, registration,
    ethnicity, the risk on return). Empty on every other sheet."""

    @property
    def file(self) -> PrisonerFile:
        return self.reckoning.file


@dataclass(frozen=True, slots=True)
class Batch:
    """The sheets of one embassy's nationals, in the order printed."""

    country: str
    country_name: str
    embassy: Embassy
    sheets: tuple[FactSheet, ...]
    as_of: date
    overstaying_only: bool


def iso_day(value: date | None, missing: str) -> str:
    return value.isoformat() if value else missing


def batch_rows(sheets: Sequence[FactSheet]) -> list[dict[str, str]]:
    """The annex rows (and the CSV's), numbered in the order the sheets are printed."""
    rows = []
    for number, sheet in enumerate(sheets, start=1):
        pf, reckoning = sheet.file, sheet.reckoning
        rows.append(
            {
                "no": str(number),
                "ref": pf.ref,
                "name": pf.name,
                "name_native": pf.name_native,
                "father_name": pf.father_name,
                "sex": pf.sex.value.upper() if pf.sex else "",
                "birth_date": iso_day(pf.birth_date, ""),
                "claimed_nationality": pf.claimed_nationality or "",
                "court_nationality": pf.court_nationality or "",
                "verified_nationality": pf.verified_nationality or "",
                "passport_number": pf.passport_number,
                "passport_book_number": pf.passport_book_number,
                "prison": pf.prison,
                "state": pf.state,
                "prisoner_number": pf.prisoner_number,
                "arrest_date": iso_day(pf.arrest_date, ""),
                "conviction_date": iso_day(pf.conviction_date, ""),
                "release_due": iso_day(reckoning.release_due, ""),
                "overstay_days": ""
                if reckoning.overstay_days is None
                else str(reckoning.overstay_days),
                "home_address": pf.home_address,
                "home_address_native": pf.home_address_native,
            }
        )
    return rows
