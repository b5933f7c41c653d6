"""The prisoner-file CSV format: one row per file, columns as documented in the README.

Each column is declared once below with how its cells are read and written; the order of the
declarations is the published column order. Reading never guesses: a value that does not parse
is reported with its column and the reason, and the caller writes nothing unless every row is
good.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Any

from repatriate.domain.errors import FieldError
from repatriate.domain.prisoner import (
    SENTENCE_FIELDS,
    Category,
    ConsularAccess,
    DocumentHolder,
    PrisonerFile,
    ReferralSource,
    Sentence,
    Sex,
    Status,
    WordEnum,
    invalid_fields,
)
from repatriate.services.codes import country_code, language_code

LIST_SEPARATOR = ";"

# Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection").
# The apostrophe is included so that defanging can be undone exactly on import.
_FORMULA_STARTS = ("=", "+", "-", "@", "'")
_STARTS = frozenset(_FORMULA_STARTS)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAYFIRST_DATE = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")
_YES = "yes"
_NO = "no"


def defang(cell: str) -> str:
    """A cell as written to CSV: formula-looking text gets a leading apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def defanged_column(values: Sequence[object]) -> list[str | None]:
    """A column of values as CSV cells, each as its text, defanged; None stays None (the csv
    module writes it as an empty cell). One comprehension for a column: no call per cell."""
    return [
        None
        if v is None
        else "'" + text
        if (text := v if v.__class__ is str else str(v))[:1] in _STARTS
        else text
        for v in values
    ]


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


def _count(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise ValueError("not a whole number of 0 or more")
    return int(text)


def _yes_no(text: str) -> bool:
    answer = text.casefold()
    if answer not in (_YES, _NO):
        raise ValueError(f"expected {_YES} or {_NO}")
    return answer == _YES


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]


@dataclass(frozen=True, slots=True)
class Column:
    """How one column's cells are read into a file's value and written back.

    `parse` gets a non-empty, stripped cell and raises ValueError with the reason it is bad;
    an empty cell gives `empty` without calling it. `write` turns a known value (not None,
    "" or ()) into the cell text that `parse` reads as the same value.
    """

    name: str
    parse: Callable[[str, bool], Any]
    write: Callable[[Any], str]
    empty: Any = None


def _iso(value: date | str) -> str:
    """A date, or a date as stored in text."""
    return value if isinstance(value, str) else value.isoformat()


def _word_text(value: WordEnum | str) -> str:
    """A word, or a word as stored: its text."""
    return value if isinstance(value, str) else value.value


def _as_is(text: str) -> str:
    """The writer of a column of text: the value is its cell."""
    return text


def _text(name: str) -> Column:
    return Column(name, lambda text, _: text, _as_is, "")


def _date(name: str) -> Column:
    return Column(name, parse_date, _iso)


def _country(name: str) -> Column:
    return Column(name, lambda text, _: country_code(text), _as_is)


def _number(name: str, empty: int | None) -> Column:
    return Column(name, lambda text, _: _count(text), str, empty)


def _word(name: str, kind: type[WordEnum]) -> Column:
    return Column(name, lambda text, _: kind.parse(text), _word_text)


def _flag(name: str, empty: bool | None) -> Column:
    """A yes/no column; `empty` False where the file keeps no "unknown" for it."""
    return Column(name, lambda text, _: _yes_no(text), lambda b: _YES if b else _NO, empty)


class _BadParts(ValueError):
    """Some parts of a list cell are bad: the error quotes those parts, not the whole cell."""

    def __init__(self, parts: list[str], reason: str) -> None:
        super().__init__(reason)
        self.value = LIST_SEPARATOR.join(parts)


def _languages(text: str, _: bool) -> tuple[str, ...]:
    codes: list[str] = []
    bad: list[str] = []
    reason = ""
    for part in _split(text):
        try:
            codes.append(language_code(part))
        except ValueError as exc:
            bad.append(part)
            reason = str(exc)
    if bad:
        raise _BadParts(bad, reason)
    return tuple(dict.fromkeys(codes))


COLUMN_FORMATS: tuple[Column, ...] = (
    _text("ref"),
    _text("name"),
    _text("name_native"),
    Column("aliases", lambda text, _: tuple(_split(text)), LIST_SEPARATOR.join, ()),
    Column("sex", lambda text, _: Sex.parse(text), lambda sex: _word_text(sex).upper()),
    _date("birth_date"),
    _country("claimed_nationality"),
    _country("court_nationality"),
    _country("verified_nationality"),
    _text("passport_number"),
    _text("passport_book_number"),
    _text("prison"),
    _text("state"),
    _text("prisoner_number"),
    _date("arrest_date"),
    _date("conviction_date"),
    _number("sentence_years", 0),
    _number("sentence_months", 0),
    _number("sentence_days", 0),
    _number("set_off_days", 0),
    _number("remission_days", 0),
    _number("fine_default_days", 0),
    _date("released_on"),
    _word("status", Status),
    _word("category", Category),
    _text("home_address"),
    _text("home_address_native"),
    Column("languages", _languages, LIST_SEPARATOR.join, ()),
    _text("notes"),
    # Appended after the first published 29 columns, so that files written before still import.
    _text("father_name"),
    _text("mother_name"),
    _number("age_estimate", None),
    _date("age_estimated_on"),
    _text("ethnicity"),
    _date("verified_on"),
    _flag("possible_misidentification", False),
    _country("passport_country"),
    _word("passport_held_by", DocumentHolder),
    _flag("passport_copy_on_file", False),
    _text("charge"),
    _text("court"),
    _text("case_number"),
    _date("consular_access_on"),
    _word("consular_access", ConsularAccess),
    _text("vulnerability"),
    _text("unhcr_registration"),
    _flag("at_risk_if_returned", None),
    _text("risk_note"),
    _word("referral_source", ReferralSource),
)
COLUMNS = tuple(column.name for column in COLUMN_FORMATS)


@dataclass(frozen=True, slots=True)
class ParsedRow:
    file: PrisonerFile | None
    errors: list[FieldError]


def parse_row(cells: dict[str, str], row_number: int, *, dayfirst: bool, today: date) -> ParsedRow:
    """One CSV row (cells stripped, `undefang`ed and keyed by column) as a file, or every
    reason it is not one. An empty `ref` stays empty here; the importer generates one.
    """
    errors: list[FieldError] = []
    values: dict[str, Any] = {}
    for column in COLUMN_FORMATS:
        text = cells.get(column.name, "")
        values[column.name] = column.empty
        if text:
            try:
                values[column.name] = column.parse(text, dayfirst)
            except ValueError as exc:
                value = exc.value if isinstance(exc, _BadParts) else text
                errors.append(FieldError(column.name, value, str(exc), row_number))
    sentence = Sentence(**{part: values.pop(name) for name, part in SENTENCE_FIELDS.items()})
    pf = PrisonerFile(**values, sentence=sentence)
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


def format_row(pf: PrisonerFile) -> list[str]:
    """A file as CSV cells, in `COLUMNS` order, defanged against formula injection."""
    return ["" if cell is None else str(cell) for cell in next(format_rows([_VALUES(pf)]))]


def format_rows(rows: Sequence[Sequence[Any]]) -> Iterator[tuple[Any, ...]]:
    """Files' values in `COLUMNS` order as CSV cells, defanged against formula injection: each
    taken from a file, or as stored (dates in ISO text, words as their text, yes/no as 0/1).

    Worked column by column, as an export formats a hundred thousand rows: a text column is
    one comprehension with no call per cell."""
    columns = zip(*rows, strict=True) if rows else ((),) * len(COLUMNS)
    return zip(*map(_format_column, _WRITERS, columns), strict=True)


def _format_column(write: Callable[[Any], str], values: Sequence[Any]) -> Sequence[Any]:
    """A column's cells; the csv module writes None as an empty cell and a date or a whole
    number as its text, which no formula starts with."""
    if write is _as_is:
        return defanged_column(values)
    if write is _iso:
        return values
    if write is str:
        return [v if v is None or v >= 0 else "'" + str(v) for v in values]
    return ["" if v is None or v == "" or v == () else _defanged(write(v)) for v in values]


def _defanged(cell: str) -> str:
    return "'" + cell if cell[:1] in _STARTS else cell


# Every column's value read in one call (the sentence's parts through `file.sentence`), and
# its writer.
_VALUES = attrgetter(
    *(f"sentence.{SENTENCE_FIELDS[name]}" if name in SENTENCE_FIELDS else name for name in COLUMNS)
)
_WRITERS = tuple(column.write for column in COLUMN_FORMATS)
