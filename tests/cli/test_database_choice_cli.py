"""Which database a command works on: a mistyped path never becomes a new empty database that
answers "nobody is held past their release date"; only `init` (and the window's first run on
the default database) makes one; demo files never mix with real ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from command_line import repatriate
from repatriate import app, cli
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database


@pytest.fixture(autouse=True)
def own_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default database lives in a throwaway folder; REPATRIATE_DB is unset."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.delenv("REPATRIATE_DB", raising=False)
    return tmp_path / "xdg-data" / "Repatriate" / "repatriate.sqlite3"


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("repatriate: error: ")
    return lines[0]


def test_a_mistyped_db_is_refused_not_created(tmp_path: Path) -> None:
    typo = tmp_path / "clinc" / "clinic.sqlite3"

    code, out, err = repatriate("--db", typo, "overstays")

    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert f"no database at {typo}; create it with `repatriate --db {typo} init`" in line
    assert not typo.parent.exists()


def test_a_mistyped_repatriate_db_is_refused_not_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typo = tmp_path / "clinc.sqlite3"
    monkeypatch.setenv("REPATRIATE_DB", str(typo))

    code, out, err = repatriate("show", "K-1")

    assert (code, out) == (1, "")
    assert f"no database at {typo}" in one_error_line(err)
    assert not typo.exists()


def test_init_makes_the_database_the_other_commands_then_use(tmp_path: Path) -> None:
    target = tmp_path / "new folder" / "clinic.sqlite3"

    assert repatriate("--db", target, "init")[0] == 0
    code, out, err = repatriate("--db", target, "overstays")

    assert (code, err) == (0, "")
    assert out.startswith("nobody is held past their release date")


def test_an_empty_db_option_is_an_error_not_the_default_database(
    own_user_data_folder: Path,
) -> None:
    code, out, err = repatriate("--db", "", "init")

    assert (code, out) == (1, "")
    assert "--db: empty" in one_error_line(err)
    assert not own_user_data_folder.parent.exists()


def test_an_empty_repatriate_db_is_an_error_not_the_default_database(
    monkeypatch: pytest.MonkeyPatch,
    own_user_data_folder: Path,
) -> None:
    monkeypatch.setenv("REPATRIATE_DB", "")

    code, _, err = repatriate("overstays")

    assert code == 1
    assert "REPATRIATE_DB is set but empty" in one_error_line(err)
    assert not own_user_data_folder.parent.exists()


@pytest.mark.parametrize("command", [["show", "K-1"], ["overstays"], ["demo", "--cases", "5"]])
def test_a_0_byte_file_is_refused_by_every_command_but_init(
    tmp_path: Path, command: list[str]
) -> None:
    empty = tmp_path / "clinic.sqlite3"
    empty.touch()

    code, out, err = repatriate("--db", empty, *command)

    assert (code, out) == (1, "")
    assert f"{empty}: an empty file (0 bytes), not a database" in one_error_line(err)
    assert empty.stat().st_size == 0


def test_init_makes_a_database_of_a_0_byte_file(tmp_path: Path) -> None:
    empty = tmp_path / "clinic.sqlite3"
    empty.touch()

    code, out, err = repatriate("--db", empty, "init")

    assert (code, err) == (0, "")
    assert f"database ready: {empty} (0 files)" in out


@pytest.mark.parametrize("command", ["init", "overstays"])
def test_a_file_without_the_sqlite_header_is_refused_and_left_alone(
    tmp_path: Path, command: str
) -> None:
    notes = tmp_path / "notes.sqlite3"
    notes.write_bytes(b"ref,name\nK-1,Salma\n")

    code, _, err = repatriate("--db", notes, command)

    assert code == 1
    assert f"{notes}: not a database" in one_error_line(err)
    assert notes.read_bytes() == b"ref,name\nK-1,Salma\n"


def test_a_sqlite_file_without_tables_is_refused_except_by_init(tmp_path: Path) -> None:
    blank = tmp_path / "blank.sqlite3"
    with sqlite3.connect(blank) as connection:
        connection.execute("PRAGMA user_version = 1")  # writes the header, no tables

    code, _, err = repatriate("--db", blank, "overstays")
    assert code == 1
    assert "an empty database, without Repatriate's tables; `init` creates them" in err
    assert repatriate("--db", blank, "init")[0] == 0


def a_clinic(path: Path, *refs: str) -> Path:
    db = Database.open(str(path))
    try:
        for ref in refs:
            db.cases.add(PrisonerFile(ref=ref, name="Salma Bibi"))
    finally:
        db.close()
    return path


def count(path: Path) -> int:
    db = Database.open(str(path), create=False)
    try:
        return db.cases.count()
    finally:
        db.close()


def test_demo_refuses_a_database_with_real_files(tmp_path: Path) -> None:
    clinic = a_clinic(tmp_path / "clinic.sqlite3", "KOL/2023/114")

    code, out, err = repatriate("--db", clinic, "demo", "--cases", "5")

    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert f"{clinic} holds 1 files not made by demo" in line
    assert "--into-real-database" in line
    assert count(clinic) == 1


def test_demo_adds_to_its_own_database_or_where_told_to(tmp_path: Path) -> None:
    demo = tmp_path / "demo.sqlite3"
    assert repatriate("--db", demo, "init")[0] == 0
    assert repatriate("--db", demo, "demo", "--cases", "5")[0] == 0
    # A second run on a database of demo files only is fine.
    assert repatriate("--db", demo, "demo", "--cases", "5")[0] == 0
    assert count(demo) == 10

    clinic = a_clinic(tmp_path / "clinic.sqlite3", "KOL/2023/114")
    code, _, err = repatriate("--db", clinic, "demo", "--cases", "5", "--into-real-database")
    assert (code, err) == (0, "")
    assert count(clinic) == 6


def test_the_window_makes_the_default_database_on_the_first_run_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, own_user_data_folder: Path
) -> None:
    opened: list[tuple[str, int]] = []

    def window(db: Database, _argv: list[str]) -> int:
        opened.append((db.location, db.cases.count()))
        return 0

    monkeypatch.setattr("repatriate.ui.application.run_window", window)

    assert app.main([]) == 0
    # An empty database: the window shows its welcome page.
    assert opened == [(str(own_user_data_folder), 0)]

    typo = tmp_path / "clinc.sqlite3"
    assert app.main(["--db", str(typo)]) == cli.EXIT_FAILED
    assert not typo.exists()
    assert len(opened) == 1
