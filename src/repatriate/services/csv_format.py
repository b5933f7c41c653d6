"""The prisoner-file CSV format: one row per file, columns as documented in the README.

Reading never guesses: a value that does not parse is reported with its column and the reason,
and the caller writes nothing unless every row is good.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from repatriate.domain.errors import FieldError
from repatriate.domain.prisoner import (
    Category,
    PrisonerFile,
    Sentence,
    Sex,
    Status,
    WordEnum,
    invalid_fields,
    sentence_fields,
)
from repatriate.services.codes import country_code, language_code

COLUMNS = (
    "ref",
    "name",
    "name_native",
    "aliases",
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
    "sentence_years",
    "sentence_months",
    "sentence_days",
    "set_off_days",
    "remission_days",
    "fine_default_days",
    "released_on",
    "status",
    "category",
    "home_address",
    "home_address_native",
    "languages",
    "notes",
)
SENTENCE_COLUMNS = ("sentence_years", "sentence_months", "sentence_days")
DAY_COLUMNS = ("set_off_days", "remission_days", "fine_default_days")
DATE_COLUMNS = ("birth_date", "arrest_date", "conviction_date", "released_on")
NATIONALITY_COLUMNS = ("claimed_nationality", "court_nationality", "verified_nationality")
LIST_SEPARATOR = ";"

# Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
# The apostrophe is included so that defanging can be undone exactly on import.
_FORMULA_STARTS = ("=", "+", "-", "@", "'")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAYFIRST_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")


def defang(cell: str) -> str:
    """A cell as written to CSV: formula-looking text gets a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def undefang(cell: str) -> str:
    """The inverse of `defang`, applied to every cell read."""
    if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS):
        return cell[1:]
    return cell


def parse_date(text: str, dayfirst: bool) -> date:
    match = _ISO_DATE.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
    elif dayfirst and (match := _DAYFIRST_DATE.match(text)):
        day, month, year = (int(g) for g in match.groups())
    else:
        expected = "YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY" if dayfirst else "YYYY-MM-DD"
        hint = "" if dayfirst or not _DAYFIRST_DATE.match(text) else " (or use --dayfirst)"
        raise ValueError(f"not a date: expected {expected}{hint}")
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"no such date ({exc})") from None


@dataclass(frozen=True, slots=True)
class ParsedRow:
    file: PrisonerFile | None
    errors: list[FieldError]


def parse_row(cells: dict[str, str], row_number: int, *, dayfirst: bool, today: date) -> ParsedRow:
    """One CSV row (cells stripped, `undefang`ed and keyed by column) as a file, or every
    reason it is not one. An empty `ref` stays empty here; the importer generates one.
    """
    errors: list[FieldError] = []

    def convert(column: str, parse: Callable[[str], Any]) -> Any:
        text = cells.get(column, "")
        if not text:
            return None
        try:
            return parse(text)
        except ValueError as exc:
            errors.append(FieldError(column, text, str(exc), row_number))
            return None

    values: dict[str, Any] = {
        c: convert(c, lambda t: parse_date(t, dayfirst)) for c in DATE_COLUMNS
    }
    values |= {c: convert(c, country_code) for c in NATIONALITY_COLUMNS}
    values["sex"] = convert("sex", Sex.parse)
    values["status"] = convert("status", Status.parse)
    values["category"] = convert("category", Category.parse)
    numbers = {c: convert(c, _count) or 0 for c in SENTENCE_COLUMNS + DAY_COLUMNS}
    languages: list[str] = []
    for code in _split(cells.get("languages", "")):
        try:
            languages.append(language_code(code))
        except ValueError as exc:
            errors.append(FieldError("languages", code, str(exc), row_number))

    pf = PrisonerFile(
        ref=cells.get("ref", ""),
        name=cells.get("name", ""),
        name_native=cells.get("name_native", ""),
        aliases=tuple(_split(cells.get("aliases", ""))),
        passport_number=cells.get("passport_number", ""),
        passport_book_number=cells.get("passport_book_number", ""),
        prison=cells.get("prison", ""),
        state=cells.get("state", ""),
        prisoner_number=cells.get("prisoner_number", ""),
        sentence=Sentence(
            years=numbers["sentence_years"],
            months=numbers["sentence_months"],
            days=numbers["sentence_days"],
            set_off_days=numbers["set_off_days"],
            remission_days=numbers["remission_days"],
            fine_default_days=numbers["fine_default_days"],
        ),
        home_address=cells.get("home_address", ""),
        home_address_native=cells.get("home_address_native", ""),
        languages=tuple(dict.fromkeys(languages)),
        notes=cells.get("notes", ""),
        **values,
    )
    reported = {e.field for e in errors}
    for problem in invalid_fields(pf, today):
        if problem.field == "ref" and not pf.ref:
            continue  # generated on import
        if problem.field not in reported:
            errors.append(
                FieldError(
                    problem.field,
                    cells.get(problem.field, problem.value),
                    problem.reason,
                    row_number,
                )
            )
    return ParsedRow(None if errors else pf, errors)


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]


def _count(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise ValueError("not a whole number of 0 or more")
    return int(text)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Sex):
        return value.value.upper()
    if isinstance(value, WordEnum):
        return value.value
    return str(value)


def format_row(pf: PrisonerFile) -> list[str]:
    """A file as CSV cells, in `COLUMNS` order, defanged against formula injection."""
    cells: dict[str, object] = {
        "aliases": LIST_SEPARATOR.join(pf.aliases),
        "languages": LIST_SEPARATOR.join(pf.languages),
        **sentence_fields(pf.sentence),
    }
    return [defang(_cell(cells[c] if c in cells else getattr(pf, c))) for c in COLUMNS]
