"""`export --bundle` and `import --bundle` from the command line, in process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from command_line import repatriate
from repatriate import cli
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database


def with_files(db_path: Path, *refs: str) -> None:
    db = Database.open(str(db_path))
    try:
        for ref in refs:
            db.cases.add(PrisonerFile(ref=ref, name="Salma Begum"), today=date(2026, 11, 22))
    finally:
        db.close()


def test_a_clinic_moves_to_a_new_computer(tmp_path: Path) -> None:
    old, new = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    bundle = tmp_path / "clinic.repatriate"
    with_files(old, "KOL/1", "KOL/2")

    code, out, err = repatriate("--db", old, "export", "--bundle", str(bundle))
    assert (code, err) == (0, "")
    assert out == f"exported 2 files with 0 attachments to {bundle}\n"

    assert repatriate("--db", new, "init")[0] == 0
    code, out, err = repatriate("--db", new, "import", "--bundle", str(bundle))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"imported 2 files from {bundle} into {new}",
        "the database had no files: its desks and settings are now the bundle's",
    ]
    code, out, _ = repatriate("--db", new, "show", "KOL/2")
    assert code == 0 and "Salma Begum" in out


def test_refs_taken_are_listed_one_a_line_then_renamed_on_request(tmp_path: Path) -> None:
    old, new = tmp_path / "old.sqlite3", tmp_path / "new.sqlite3"
    bundle = tmp_path / "clinic.repatriate"
    with_files(old, "KOL/1", "KOL/2")
    with_files(new, "KOL/2", "KOL/1")
    repatriate("--db", old, "export", "--bundle", str(bundle))

    code, out, err = repatriate("--db", new, "import", "--bundle", str(bundle))
    assert (code, out) == (2, "")
    hint = "--rename-prefix P imports the bundle's files as P + ref"
    assert err.splitlines() == [
        f"ref: KOL/1: already in this database; {hint}",
        f"ref: KOL/2: already in this database; {hint}",
        "repatriate: error: 2 problems; nothing written",
    ]

    code, out, err = repatriate(
        "--db", new, "import", "--bundle", str(bundle), "--rename-prefix", "OLD-"
    )
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"imported 2 files from {bundle} into {new}, their refs prefixed with OLD-"
    assert "settings: this database's kept (it already had files)" in lines
    assert lines[-1].startswith("the database as it was is kept as ")
    assert repatriate("--db", new, "show", "OLD-KOL/1")[0] == 0


def test_csv_and_bundle_are_one_or_the_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db_path = tmp_path / "clinic.sqlite3"
    with_files(db_path, "KOL/1")
    for args in (
        ["export", "x.csv", "--bundle", "x.repatriate"],
        ["import", "x.csv", "--bundle", "y"],
    ):
        with pytest.raises(SystemExit) as exit_:
            cli.parse(["--db", str(db_path), *args])
        assert exit_.value.code == 2
        assert "argument --bundle: not allowed with argument FILE.csv" in capsys.readouterr().err

    code, _, err = repatriate("--db", db_path, "export", "--bundle", str(tmp_path / "b"), "--bom")
    assert code == 2 and "--bom: given: goes with FILE.csv, not --bundle" in err
    code, _, err = repatriate("--db", db_path, "import", "x.csv", "--rename-prefix", "P")
    assert code == 2 and "--rename-prefix: P: goes with --bundle" in err
    assert not (tmp_path / "b").exists()


def test_a_damaged_bundle_gets_one_line(tmp_path: Path) -> None:
    db_path = tmp_path / "clinic.sqlite3"
    with_files(db_path)
    damaged = tmp_path / "damaged.repatriate"
    damaged.write_bytes(b"PK\x03\x04 not much more")

    code, out, err = repatriate("--db", db_path, "import", "--bundle", str(damaged))

    assert (code, out) == (1, "")
    assert err == (
        f"repatriate: error: {damaged}: not a bundle, or cut short (not a complete zip file: "
        "File is not a zip file); nothing imported\n"
    )
