"""The `repatriate` command as a caseworker or a script would run it (in process; the installed
command itself is run in test_installed_command.py)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database

ERROR_ROW = re.compile(r"^row \d+: \w+: .*: .+$")
SUMMARY = re.compile(r"^repatriate: error: .*nothing written$")
HEADER = (
    "ref,name,name_native,aliases,sex,birth_date,claimed_nationality,court_nationality,"
    "verified_nationality,passport_number,passport_book_number,prison,state,prisoner_number,"
    "arrest_date,conviction_date,sentence_years,sentence_months,sentence_days,set_off_days,"
    "remission_days,fine_default_days,released_on,status,category,home_address,"
    "home_address_native,languages,notes,father_name,mother_name,age_estimate,age_estimated_on,"
    "ethnicity,verified_on,possible_misidentification,passport_country,passport_held_by,"
    "passport_copy_on_file,charge,court,case_number,consular_access_on,consular_access,"
    "vulnerability,unhcr_registration,at_risk_if_returned,risk_note,referral_source"
)


@pytest.fixture(autouse=True)
def own_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A throwaway user data folder, so that the developer's own database can never be touched;
    the command runs from the test's own folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("REPATRIATE_DB", raising=False)
    monkeypatch.chdir(tmp_path)


def csv_file(path: Path, rows: list[dict[str, str]]) -> Path:
    columns = HEADER.split(",")
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    path.write_text(out.getvalue(), encoding="utf-8", newline="")
    return path


def count(db_path: Path) -> int:
    db = Database.open(str(db_path))
    try:
        return db.cases.count()
    finally:
        db.close()


GOOD_ROWS = [
    {
        "ref": "KOL/2023/114",
        "name": "Salma Bibi",
        "name_native": "সালমা বিবি",
        "sex": "F",
        "birth_date": "1986-02-28",
        "claimed_nationality": "Bangladesh",
        "court_nationality": "BD",
        "arrest_date": "2022-08-09",
        "conviction_date": "2023-01-17",
        "sentence_years": "1",
        "status": "Sentence Completed",
        "category": "immigration_detainee",
        "languages": "Bengali;hi",
        "notes": "=not a formula",
    },
    {"ref": "", "name": "Thida", "name_native": "သီတာ", "claimed_nationality": "Burma"},
]


def test_init_creates_the_database_file(tmp_path: Path) -> None:
    target = tmp_path / "new folder" / "clinic.sqlite3"
    result = repatriate("--db", target, "init")
    assert (result.returncode, result.stderr) == (0, "")
    assert target.is_file()
    assert str(target) in result.stdout
    assert count(target) == 0


def test_without_db_the_repatriate_db_variable_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "from-env.sqlite3"
    Database.open(str(chosen)).close()
    monkeypatch.setenv("REPATRIATE_DB", str(chosen))
    good = csv_file(tmp_path / "good.csv", GOOD_ROWS)

    result = repatriate("import", good)

    assert (result.returncode, result.stderr) == (0, "")
    assert "imported 2 files" in result.stdout
    assert str(chosen) in result.stdout
    db = Database.open(str(chosen))
    try:
        assert db.cases.count() == 2
        salma = db.cases.get("KOL/2023/114")
        assert (salma.name_native, salma.claimed_nationality, salma.languages, salma.notes) == (
            "সালমা বিবি",
            "BD",
            ("bn", "hi"),
            "=not a formula",
        )
    finally:
        db.close()
    # The default database (in the user data folder) was never created.
    assert not (tmp_path / "xdg-data").exists()


def test_a_bad_import_exits_2_reports_every_bad_row_and_writes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "clinic.sqlite3"
    db = Database.open(str(db_path))
    try:
        db.cases.add(PrisonerFile(ref="OLD-1", name="Already Here"))
    finally:
        db.close()
    bad = csv_file(
        tmp_path / "bad.csv",
        [
            {"ref": "NEW-1", "name": "Good Row", "birth_date": "1980-01-01"},
            {"ref": "NEW-2", "name": "Bad Date", "birth_date": "1980-02-30"},
            {"ref": "NEW-3", "name": "Bad Country", "claimed_nationality": "Narnia"},
        ],
    )
    with bad.open("a", encoding="utf-8", newline="") as handle:
        handle.write("NEW-4,Too Few Cells\r\n")

    result = repatriate("--db", db_path, "import", bad)

    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    *rows, summary = result.stderr.splitlines()
    assert SUMMARY.match(summary), summary
    assert rows and all(ERROR_ROW.match(line) for line in rows), rows
    assert {int(line.split(":")[0].removeprefix("row ")) for line in rows} == {3, 4, 5}
    assert "row 3: birth_date: 1980-02-30: " in result.stderr
    assert "row 4: claimed_nationality: Narnia: " in result.stderr
    assert "row 5: row: 2 cells: " in result.stderr
    assert count(db_path) == 1


def test_a_dry_run_writes_nothing(tmp_path: Path) -> None:
    db_path = tmp_path / "clinic.sqlite3"
    Database.open(str(db_path)).close()
    good = csv_file(tmp_path / "good.csv", GOOD_ROWS)
    result = repatriate("--db", db_path, "import", good, "--dry-run")
    assert (result.returncode, result.stderr) == (0, "")
    assert "dry run" in result.stdout
    assert count(db_path) == 0


def test_demo_is_the_same_for_the_same_seed_and_round_trips_through_export_and_import(
    tmp_path: Path,
) -> None:
    a, b, c = (tmp_path / f"{name}.sqlite3" for name in "abc")
    exported = tmp_path / "a.csv"
    day = date.today()
    for target in (a, b, c):
        Database.open(str(target)).close()

    for target in (a, b):
        result = repatriate("--db", target, "demo", "--cases", "50", "--seed", "3")
        assert (result.returncode, result.stderr) == (0, "")
    result = repatriate("--db", a, "export", exported)
    assert (result.returncode, result.stderr) == (0, "")
    assert "50" in result.stdout
    result = repatriate("--db", c, "import", exported)
    assert (result.returncode, result.stderr) == (0, "")
    assert "imported 50 files" in result.stdout

    for target in (b, c):
        db = Database.open(str(target))
        try:
            db.transfer.export_csv(target.with_suffix(".csv"))
        finally:
            db.close()
    data = exported.read_bytes()
    assert data.startswith((HEADER + "\r\n").encode())
    assert len(list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))) == 51
    # Import then export gives back the very same bytes.
    assert c.with_suffix(".csv").read_bytes() == exported.read_bytes()
    # The demo draws dates back from today: only runs on the same day can match in full.
    if date.today() != day:
        pytest.skip("the day changed during the test")
    assert b.with_suffix(".csv").read_bytes() == exported.read_bytes()


def _text_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("Not a database, just the caseworker's notes.\n", encoding="utf-8")
    return path


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "a folder"
    path.mkdir()
    return path


ERRORS = {
    "missing CSV file": (["--db", "{db}", "import", "{tmp}/missing.csv"], "missing.csv"),
    "text file as --db": (["--db", "{text}", "init"], "notes.txt"),
    "folder as --db": (["--db", "{folder}", "init"], "a folder"),
    "unknown command": (["--db", "{db}", "frobnicate"], "frobnicate"),
    "unknown option": (["--db", "{db}", "import", "--bogus", "{tmp}/x.csv"], "--bogus"),
    "no demo cases": (["--db", "{db}", "demo", "--cases", "0"], "--cases"),
}


@pytest.mark.parametrize(("argv", "named"), list(ERRORS.values()), ids=list(ERRORS))
def test_errors_are_one_clear_line_never_a_traceback(
    tmp_path: Path, argv: list[str], named: str
) -> None:
    text = _text_file(tmp_path)
    folder = _folder(tmp_path)
    places = {"db": tmp_path / "clinic.sqlite3", "tmp": tmp_path, "text": text, "folder": folder}
    Database.open(str(places["db"])).close()

    result = repatriate(*(a.format(**places) for a in argv))

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("repatriate")
    assert "error" in lines[0]
    assert named in lines[0]
    # Whatever went wrong, the caseworker's files were left as they were.
    assert text.read_text(encoding="utf-8") == "Not a database, just the caseworker's notes.\n"
    assert list(folder.iterdir()) == []
