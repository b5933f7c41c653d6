"""`audit` and the entries the other commands leave, from the command line, in process."""

from __future__ import annotations

import csv
import getpass
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database

CANARY = "Zanubia Qirmizqush"


def with_file(db_path: Path, ref: str) -> None:
    db = Database.open(str(db_path))
    try:
        db.cases.add(
            PrisonerFile(
                ref=ref,
                name=CANARY,
                claimed_nationality="BD",
                conviction_date=date(2025, 1, 1),
                sentence=Sentence(months=6),
                status=Status.SENTENCE_COMPLETED,
            ),
            today=date(2026, 11, 22),
        )
    finally:
        db.close()


def entries(db_path: Path, *args: str) -> list[dict[str, object]]:
    code, out, err = repatriate("--db", db_path, "audit", "--format", "json", *args)
    assert (code, err) == (0, "")
    found: list[dict[str, object]] = json.loads(out)
    return found


def test_commands_leave_their_entries_and_audit_lists_them(db_path: Path, tmp_path: Path) -> None:
    with_file(db_path, "KOL/1")
    with_file(db_path, "KOL/2")
    assert repatriate("--db", db_path, "show", "KOL/1")[0] == 0
    assert repatriate("--db", db_path, "factsheet", "KOL/1", "-o", str(tmp_path / "s.pdf"))[0] == 0
    assert repatriate("--db", db_path, "export", str(tmp_path / "all.csv"))[0] == 0
    assert repatriate("--db", db_path, "move", "KOL/2", "--to", "BDHC-DEL")[0] == 0
    assert (
        repatriate("--db", db_path, "log", "KOL/2", "--kind", "call", "--desk", "BDHC-DEL")[0] == 0
    )
    assert repatriate("--db", db_path, "delete", "KOL/2")[0] == 0

    found = entries(db_path)
    assert [(e["number"], e["action"], e["ref"], e["detail"]) for e in found] == [
        (1, "add", "KOL/1", ""),
        (2, "add", "KOL/2", ""),
        (3, "view", "KOL/1", ""),
        (4, "print", "KOL/1", "fact sheet BDHC-DEL"),
        # The automatic backup after a command that may change the database.
        (5, "backup", None, "automatic"),
        (6, "export", None, "CSV, 2 files"),
        (7, "movement", "KOL/2", "sent BDHC-DEL"),
        (8, "activity", "KOL/2", "call BDHC-DEL"),
        (9, "backup", None, "before-delete"),
        (10, "delete", "KOL/2", ""),
    ]
    assert [e["action"] for e in entries(db_path, "--ref", "KOL/1")] == ["add", "view", "print"]
    assert entries(db_path, "--since", "2099-01-01") == []

    code, out, _ = repatriate("--db", db_path, "audit", "--ref", "KOL/1")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["number", "at", "os_user", "action", "ref", "detail"]
    assert lines[1].split()[2:] == [getpass.getuser(), "add", "KOL/1"]
    assert lines[3].split()[3:] == ["print", "KOL/1", "fact", "sheet", "BDHC-DEL"]

    code, out, _ = repatriate("--db", db_path, "audit", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 10 and rows[5]["detail"] == "CSV, 2 files" and rows[5]["ref"] == ""
    assert CANARY not in out


def test_verify_passes_then_names_the_entry_edited(db_path: Path) -> None:
    with_file(db_path, "KOL/1")
    for _ in range(3):
        repatriate("--db", db_path, "show", "KOL/1")
    assert repatriate("--db", db_path, "audit", "--verify") == (
        0,
        "audit log intact: 4 entries\n",
        "",
    )

    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE audit_entry SET action = 'add' WHERE number = 2")
    code, out, err = repatriate("--db", db_path, "audit", "--verify")
    assert (code, out) == (1, "")
    assert err == (
        "repatriate: error: audit log broken at entry 2: its content does not match its hash "
        "(edited or forged)\n"
    )


def test_verify_sees_the_newest_entry_removed(db_path: Path) -> None:
    with_file(db_path, "KOL/1")
    repatriate("--db", db_path, "show", "KOL/1")
    with sqlite3.connect(db_path) as connection:
        connection.execute("DELETE FROM audit_entry WHERE number = 2")
    code, _, err = repatriate("--db", db_path, "audit", "--verify")
    assert code == 1
    assert (
        err == "repatriate: error: audit log broken at entry 2: missing: the log held 2 entries\n"
    )


def test_verify_goes_alone(db_path: Path) -> None:
    with_file(db_path, "KOL/1")
    code, _, err = repatriate("--db", db_path, "audit", "--verify", "--ref", "KOL/1")
    assert code == 1 and "--verify checks the whole log" in err
