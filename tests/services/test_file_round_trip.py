"""Whole generated files go through the database and the CSV and come back the same: a field
that the storage mapping or the CSV format forgets is lost here, not in a clinic."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from repatriate.domain.prisoner import (
    Category,
    ConsularAccess,
    DocumentHolder,
    PrisonerFile,
    ReferralSource,
    Sentence,
    Sex,
    Status,
    TransferConsent,
)
from repatriate.services.csv_format import COLUMNS, format_row, parse_row, undefang
from repatriate.services.database import Database

TODAY = date(2026, 11, 22)
NOT_IN_CSV = {"family", "photos", "documents", "id", "version", "sentence"}
"""Kept in their own tables (family, photos, documents) or by the database (id, version)."""
BEYOND_THE_PUBLISHED_COLUMNS = {"sentence_final", "transfer_consent"}
"""Fields added after the CSV's columns were published: the column list is a contract with the
clinics' spreadsheets, so these travel in the database (and its backups) only."""

# Letters of the scripts clinics write, spaces and punctuation inside a value, a line break in
# long text, and the characters spreadsheets take for a formula.
_LETTERS = "AbcXyzéñÇ রহিমউদ্দিন राम မောင် سلیم 0123-'=+@.,/#"
_CODES = st.sampled_from(["BD", "MM", "NP", "PK", "AF", "NG", "LK", "IN"])
_DATES = st.dates(date(1940, 1, 1), TODAY)


def _text(limit: int = 60, lines: bool = False) -> st.SearchStrategy[str]:
    alphabet = _LETTERS + ("\n" if lines else "")
    return st.text(alphabet, max_size=limit).map(str.strip).filter(lambda t: "\n\n" not in t)


def _optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.none() | strategy


files = st.builds(
    PrisonerFile,
    ref=st.from_regex(r"[A-Z]{2,4}/20[0-2][0-9]/[0-9]{1,5}", fullmatch=True),
    name=_text(40).filter(bool),
    name_native=_text(),
    aliases=st.lists(_text(30).filter(lambda a: a and ";" not in a), max_size=3).map(
        lambda names: tuple(dict.fromkeys(names))
    ),
    father_name=_text(),
    mother_name=_text(),
    sex=_optional(st.sampled_from(Sex)),
    birth_date=_optional(_DATES),
    age_estimate=_optional(st.integers(0, 120)),
    age_estimated_on=_optional(_DATES),
    languages=st.lists(
        st.sampled_from(["bn", "hi", "ne", "ur", "my", "rhg", "ps"]), max_size=3
    ).map(lambda codes: tuple(dict.fromkeys(codes))),
    ethnicity=_text(30),
    claimed_nationality=_optional(_CODES),
    court_nationality=_optional(_CODES),
    verified_nationality=_optional(_CODES),
    verified_on=_optional(_DATES),
    possible_misidentification=st.booleans(),
    passport_number=_text(20),
    passport_book_number=_text(20),
    passport_country=_optional(_CODES),
    passport_held_by=_optional(st.sampled_from(DocumentHolder)),
    passport_copy_on_file=st.booleans(),
    home_address=_text(300, lines=True),
    home_address_native=_text(300, lines=True),
    prison=_text(),
    state=_text(40),
    prisoner_number=_text(20),
    arrest_date=_optional(_DATES),
    charge=_text(),
    court=_text(),
    case_number=_text(40),
    conviction_date=_optional(_DATES),
    sentence=st.builds(
        Sentence,
        years=st.integers(0, 20),
        months=st.integers(0, 11),
        days=st.integers(0, 30),
        set_off_days=st.integers(0, 2000),
        remission_days=st.integers(0, 500),
        fine_default_days=st.integers(0, 365),
    ),
    released_on=_optional(_DATES),
    status=_optional(st.sampled_from(Status)),
    consular_access_on=_optional(_DATES),
    consular_access=_optional(st.sampled_from(ConsularAccess)),
    category=_optional(st.sampled_from(Category)),
    vulnerability=_text(),
    unhcr_registration=_text(30),
    at_risk_if_returned=st.none() | st.booleans(),
    risk_note=_text(200, lines=True),
    referral_source=_optional(st.sampled_from(ReferralSource)),
    notes=_text(300, lines=True),
    sentence_final=st.none() | st.booleans(),
    transfer_consent=_optional(st.sampled_from(TransferConsent)),
)


def _published(pf: PrisonerFile) -> PrisonerFile:
    """The file as far as the published CSV columns carry it."""
    return pf.replace(**dict.fromkeys(BEYOND_THE_PUBLISHED_COLUMNS))


def _own_fields(pf: PrisonerFile) -> PrisonerFile:
    """The file without what the database adds to it."""
    return pf.replace(id=None, version=0)


def test_the_csv_has_a_column_for_every_field_of_a_file() -> None:
    fields = {f.name for f in dataclasses.fields(PrisonerFile)}
    fields -= NOT_IN_CSV | BEYOND_THE_PUBLISHED_COLUMNS
    sentence = {f"sentence_{part}" for part in ("years", "months", "days")}
    sentence |= {"set_off_days", "remission_days", "fine_default_days"}
    assert set(COLUMNS) == fields | sentence


@settings(max_examples=150, deadline=None)
@given(pf=files)
def test_a_whole_file_reads_back_from_its_csv_row(pf: PrisonerFile) -> None:
    out = io.StringIO(newline="")
    csv.writer(out).writerows([COLUMNS, format_row(pf)])
    header, row = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    # As the importer reads a cell: stripped, and the apostrophe the export put before it removed.
    cells = {c: undefang(v.strip()) for c, v in zip(header, row, strict=True)}
    parsed = parse_row(cells, 2, dayfirst=False, today=TODAY)
    assert parsed.errors == []
    assert parsed.file == _published(pf)


@settings(max_examples=40, deadline=None)
@given(pf=files)
def test_a_whole_file_goes_through_the_database_and_a_csv_export_unchanged(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path, pf: PrisonerFile
) -> None:
    folder = tmp_path_factory.mktemp("trip")
    for name in ("first.db", "second.db"):
        shutil.copyfile(sqlite_template, folder / name)
    first = Database.open(str(folder / "first.db"))
    second = Database.open(str(folder / "second.db"))
    try:
        first.cases.add(pf, today=TODAY)
        assert _own_fields(first.cases.get(pf.ref)) == pf
        exported, again = folder / "a.csv", folder / "b.csv"
        first.transfer.export_csv(exported)
        second.transfer.import_csv(exported, today=TODAY)
        assert _own_fields(second.cases.get(pf.ref)) == _published(pf)
        second.transfer.export_csv(again)
        assert again.read_bytes() == exported.read_bytes()
    finally:
        first.close()
        second.close()
