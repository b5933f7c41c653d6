"""`backup`, `backups`, `restore`, `check` and `delete` from the command line, in process."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database


def with_files(db_path: Path, *refs: str) -> None:
    db = Database.open(str(db_path))
    try:
        for ref in refs:
            db.cases.add(PrisonerFile(ref=ref, name="Salma Begum"), today=date(2026, 11, 22))
    finally:
        db.close()


def refs(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT ref FROM prisoner_file")}


def test_backup_then_list_then_restore(db_path: Path, tmp_path: Path) -> None:
    with_files(db_path, "KOL/1", "KOL/2")

    code, out, err = repatriate("--db", db_path, "backup")
    assert (code, err) == (0, "")
    assert "verified" in out and "2 files" in out

    code, out, _ = repatriate("--db", db_path, "backup", "--to", str(tmp_path / "usb.sqlite3"))
    assert code == 0 and refs(tmp_path / "usb.sqlite3") == {"KOL/1", "KOL/2"}

    code, out, _ = repatriate("--db", db_path, "delete", "KOL/1")
    assert code == 0
    assert "deleted 1 file: KOL/1" in out and "kept as" in out

    code, out, _ = repatriate("--db", db_path, "backups")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    assert "before-delete" in lines[0] and "manual" in lines[1]

    code, out, err = repatriate("--db", db_path, "restore", str(tmp_path / "usb.sqlite3"))
    assert (code, err) == (0, "")
    assert refs(db_path) == {"KOL/1", "KOL/2"}
    kept = Path(out.splitlines()[-1].rsplit(" ", 1)[-1])
    assert refs(kept) == {"KOL/2"}


def test_delete_of_an_unknown_ref_deletes_nothing(db_path: Path) -> None:
    with_files(db_path, "KOL/1")
    code, _, err = repatriate("--db", db_path, "delete", "KOL/1", "KOL/404")
    assert code == 2
    assert "ref: KOL/404: no such file" in err
    assert refs(db_path) == {"KOL/1"}
    # Refused before anything was done: no backup was made for it.
    assert not (db_path.parent / "backups").exists()


def test_check_says_a_sound_database_is_sound(db_path: Path) -> None:
    with_files(db_path, "KOL/1")
    assert repatriate("--db", db_path, "check")[:2] == (0, f"{db_path}: no damage found\n")


def test_check_names_the_damage_and_the_backup_to_restore(db_path: Path, tmp_path: Path) -> None:
    with_files(db_path, *(f"KOL/{n}" for n in range(300)))
    repatriate("--db", db_path, "backup")
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\x00\xff" * 4096
    db_path.write_bytes(bytes(data))

    rescued = tmp_path / "rescued.sqlite3"
    code, out, err = repatriate("--db", db_path, "check", "--salvage", str(rescued))

    assert code == 1
    assert "salvaged" in out
    assert "is damaged" in err and "repatriate restore" in err and "backups" in err
    assert len(err.splitlines()) == 1
    assert rescued.exists()


def test_backups_on_a_database_never_backed_up_says_so(db_path: Path) -> None:
    with_files(db_path, "KOL/1")
    code, out, _ = repatriate("--db", db_path, "backups")
    assert code == 0 and out.startswith("no backups yet in ")
