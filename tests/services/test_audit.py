"""The audit log: every view, change, print, export, backup, restore, risk override and
deletion leaves an entry with the file's ref and nothing more personal; the hash chain shows
any entry edited, inserted, removed or moved."""

from __future__ import annotations

import getpass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

import samples
from repatriate.domain.errors import Conflict
from repatriate.domain.followups import ActivityKind
from repatriate.domain.prisoner import Category, PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.followups import week_of

TODAY = date(2026, 11, 25)
CANARY = "Zanubia Qirmizqush"
PNG = samples.png()


def held(ref: str, name: str = "Salma Bibi", **changes: object) -> PrisonerFile:
    values: dict[str, object] = {
        "ref": ref,
        "name": name,
        "claimed_nationality": "BD",
        "court_nationality": "BD",
        "state": "West Bengal",
        "arrest_date": date(2024, 9, 1),
        "conviction_date": date(2025, 1, 1),
        "sentence": Sentence(months=6),
        "status": Status.SENTENCE_COMPLETED,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]


def log(db: Database) -> list[tuple[str, str | None, str]]:
    return [(e.action, e.ref, e.detail) for e in db.audit.entries()]


def table(db: Database) -> str:
    """Everything stored in the audit table, as one text."""
    with db.store.engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT * FROM audit_entry").all()
    return "\n".join(" ".join(str(v) for v in row) for row in rows)


def sql(db: Database, *statements: str) -> None:
    """Statements run on the database behind the program's back."""
    with db.store.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def test_changes_to_a_file_are_logged_with_who_and_when(db: Database) -> None:
    db.cases.add(held("K-1"), TODAY)
    pf = db.cases.get("K-1")
    db.cases.save(pf.replace(prison="Dum Dum"), TODAY)
    db.cases.add_photo("K-1", PNG, taken_on=None)
    db.movements.move("K-1", "BDHC-DEL", on=date(2026, 10, 5), today=TODAY)
    db.followups.log("K-1", ActivityKind.CALL, desk="BDHC-DEL", outcome="no answer", today=TODAY)
    db.followups.add("K-1", date(2026, 12, 1), title="ask again")
    db.followups.snooze("K-1", "BDHC-DEL", date(2026, 12, 4))
    db.followups.close("K-1", "BDHC-DEL", date(2026, 12, 5))
    db.cases.delete("K-1")
    # A server database is backed up by the server's own tools, not before each deletion.
    backup = [("backup", None, "before-delete")] if db.backups.available else []

    assert log(db) == [
        ("add", "K-1", ""),
        ("save", "K-1", ""),
        ("save", "K-1", "photo added"),
        ("movement", "K-1", "sent BDHC-DEL"),
        ("activity", "K-1", "call BDHC-DEL"),
        ("follow-up", "K-1", "added"),
        ("follow-up", "K-1", "snoozed until 2026-12-04 BDHC-DEL"),
        ("follow-up", "K-1", "done BDHC-DEL"),
        *backup,
        ("delete", "K-1", ""),
    ]
    entries = db.audit.entries()
    assert [e.number for e in entries] == list(range(1, 10 + len(backup)))
    assert {e.os_user for e in entries} == {getpass.getuser()}
    # The server's user on PostgreSQL (tests/postgres_server.py signs in as `repatriate`);
    # none on a SQLite file.
    assert {e.app_user for e in entries} == ({"repatriate"} if db.is_postgresql else {None})
    assert all(e.at.endswith("Z") and e.at[:10] >= "2026-01-01" for e in entries)
    assert db.audit.verify().broken is None


@pytest.mark.sqlite_only  # backups
def test_views_prints_exports_imports_and_backups_are_logged(db: Database, tmp_path: Path) -> None:
    db.cases.add(held("K-1"), TODAY)
    db.overstays.assess("K-1", TODAY)
    db.factsheets.sheet("K-1", tmp_path / "k1.pdf", as_of=TODAY)
    db.factsheets.batch("BD", tmp_path / "bd.pdf", csv_target=tmp_path / "bd.csv", as_of=TODAY)
    db.transfer.export_csv(tmp_path / "all.csv")
    db.followups.write_ics(db.followups.agenda(week_of(TODAY)), tmp_path / "w.ics")
    (tmp_path / "new.csv").write_text("ref,name\nK-7,Nur Alam\nK-8,Ayub\n", encoding="utf-8")
    db.transfer.import_csv(tmp_path / "new.csv", dry_run=True, today=TODAY)
    db.transfer.import_csv(tmp_path / "new.csv", today=TODAY)
    made = db.backups.backup()

    assert log(db)[1:] == [
        ("view", "K-1", ""),
        ("print", "K-1", "fact sheet BDHC-DEL"),
        ("print", "K-1", "batch BD with annex CSV"),
        ("export", None, "CSV, 1 files"),
        ("export", None, "calendar, 0 events"),
        ("backup", None, "before-import"),
        ("import", None, "CSV, 2 files"),
        ("backup", None, "manual"),
    ]
    # A backup holds its own entry, and a restore is the next entry of the restored log.
    db.cases.delete("K-7")
    db.backups.restore(made.path)
    assert [a for a, _, _ in log(db)[-3:]] == ["import", "backup", "restore"]
    assert db.audit.verify().broken is None


def test_a_risk_override_logs_the_desk_never_the_reason(db: Database) -> None:
    db.cases.add(
        held("H", category=Category.ASYLUM_SEEKER, ethnicity="Rohingya", unhcr_registration="U-1"),
        TODAY,
    )
    db.factsheets.override_risk("H", "He asked to go home; UNHCR informed", to="BDDHC-KOL")
    assert log(db)[-1] == ("risk override", "H", "BDDHC-KOL")
    assert "UNHCR informed" not in table(db)


def test_a_rolled_back_save_leaves_no_entry(db: Database) -> None:
    db.cases.add(held("K-1"), TODAY)
    read = db.cases.get("K-1")
    db.cases.save(read.replace(prison="Dum Dum"), TODAY)
    with pytest.raises(Conflict):
        # Read before the other save: refused, and rolled back with its entry.
        db.cases.save(read.replace(prison="Presidency"), TODAY)
    assert [a for a, _, _ in log(db)] == ["add", "save"]
    with pytest.raises(Conflict):
        db.cases.add(held("K-1"), TODAY)
    assert len(log(db)) == 2


def test_no_personal_data_reaches_the_log(db: Database, tmp_path: Path) -> None:
    db.cases.add(
        held(
            "K-1",
            CANARY,
            father_name=CANARY,
            home_address=f"{CANARY} village",
            risk_note=f"{CANARY} risk",
            passport_number="BX8042201",
        ),
        TODAY,
    )
    db.overstays.assess("K-1", TODAY)
    db.factsheets.sheet("K-1", tmp_path / "k1.pdf", as_of=TODAY)
    db.factsheets.batch("BD", tmp_path / "bd.pdf", csv_target=tmp_path / "bd.csv", as_of=TODAY)
    db.transfer.export_csv(tmp_path / "all.csv")
    assert CANARY in (tmp_path / "all.csv").read_text(encoding="utf-8")

    stored = table(db)
    assert "K-1" in stored and stored.count("\n") == 4
    for secret in (CANARY, "Zanubia", "BX8042201", "village"):
        assert secret not in stored


def chained(db: Database, count: int) -> None:
    db.cases.add(held("K-1"), TODAY)
    for _ in range(count - 1):
        db.overstays.assess("K-1", TODAY)
    assert db.audit.verify().entries == count


@pytest.mark.parametrize(
    ("statements", "number", "reason"),
    [
        (["UPDATE audit_entry SET ref = 'K-2' WHERE number = 3"], 3, "edited"),
        (["UPDATE audit_entry SET at = '2026-01-01T00:00:00Z' WHERE number = 1"], 1, "edited"),
        (["DELETE FROM audit_entry WHERE number = 3"], 3, "missing"),
        (["DELETE FROM audit_entry WHERE number = 5"], 5, "missing"),
        (["DELETE FROM audit_entry WHERE number IN (4, 5)"], 4, "missing"),
        (
            # Entries 2 and 3 swap places: each takes the other's number.
            [
                "UPDATE audit_entry SET number = 99 WHERE number = 2",
                "UPDATE audit_entry SET number = 2 WHERE number = 3",
                "UPDATE audit_entry SET number = 3 WHERE number = 99",
            ],
            2,
            "does not follow on from entry 1",
        ),
        (
            [
                "INSERT INTO audit_entry SELECT 6, at, os_user, app_user, 'view', 'K-9', detail, "
                "hash, hash FROM audit_entry WHERE number = 5"
            ],
            6,
            "edited",
        ),
        (["DELETE FROM setting WHERE key = 'audit.head'"], 5, "count and newest hash"),
    ],
    ids=[
        "edit",
        "edit-first",
        "delete-middle",
        "delete-last",
        "delete-two",
        "reorder",
        "insert",
        "head",
    ],
)
def test_verify_names_the_first_entry_tampered_with(
    db: Database, statements: list[str], number: int, reason: str
) -> None:
    chained(db, 5)
    sql(db, *statements)
    broken = db.audit.verify().broken
    assert broken is not None and broken.number == number
    assert reason in broken.reason


@pytest.mark.sqlite_only  # json_set
def test_a_rewritten_tail_with_a_new_head_count_is_still_caught_by_the_hash(db: Database) -> None:
    chained(db, 5)
    sql(
        db,
        "DELETE FROM audit_entry WHERE number = 5",
        "UPDATE setting SET value = json_set(value, '$.count', 4) WHERE key = 'audit.head'",
    )
    broken = db.audit.verify().broken
    assert broken is not None and broken.number == 4 and "rewritten" in broken.reason


def test_the_log_is_filtered_by_file_and_day(db: Database) -> None:
    db.cases.add(held("K-1"), TODAY)
    db.cases.add(held("K-2"), TODAY)
    db.overstays.assess("K-2", TODAY)
    assert [(e.action, e.ref) for e in db.audit.entries("K-2")] == [("add", "K-2"), ("view", "K-2")]
    today = datetime.now(UTC).date()
    assert len(db.audit.entries(since=today)) == 3
    assert db.audit.entries(since=today + timedelta(days=1)) == []
