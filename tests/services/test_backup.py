"""Backups as a clinic relies on them: verified copies that hold every file, thinned out
without losing the recent ones, restored whole, and damage found and offered a way out."""

from __future__ import annotations

import os
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.backup import BackupService, Retention, keep
from repatriate.services.database import Database
from repatriate.storage import backups
from repatriate.storage.engine import open_engine
from repatriate.storage.store import Store

TODAY = date(2026, 11, 22)


def add(db: Database, ref: str, name: str = "Abdul Karim") -> None:
    db.cases.add(PrisonerFile(ref=ref, name=name, claimed_nationality="BD"), today=TODAY)


def refs(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT ref FROM prisoner_file")}


def test_a_backup_is_a_sound_copy_holding_every_file_even_those_still_in_the_log(
    db: Database, db_path: Path
) -> None:
    for n in range(5):
        add(db, f"KOL/{n}")
    # The last changes are in the write-ahead log, not yet in the database file itself.
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0

    made = db.backups.backup()

    assert made.path.parent == db_path.parent / "backups"
    assert (made.files, made.reason) == (5, "manual")
    assert backups.check(made.path) == []
    assert refs(made.path) == {f"KOL/{n}" for n in range(5)}
    # One self-contained file: no -wal beside it is needed to read it.
    assert not made.path.with_name(made.path.name + "-wal").exists()
    assert [b.path for b in db.backups.all()] == [made.path]


def test_a_backup_to_a_chosen_path_refuses_a_folder_and_the_database_itself(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    add(db, "KOL/1")
    with pytest.raises(RepatriateError, match="not a regular file"):
        db.backups.backup(tmp_path)
    with pytest.raises(RepatriateError, match="the database itself"):
        db.backups.backup(db_path)
    with pytest.raises(RepatriateError, match="does not exist"):
        db.backups.backup(tmp_path / "no" / "such" / "x.sqlite3")
    made = db.backups.backup(tmp_path / "usb.sqlite3")
    assert refs(made.path) == {"KOL/1"}
    assert db.backups.all() == []  # a copy elsewhere is not one of the rotated backups


def test_rotation_keeps_the_recent_ones_then_one_a_day_a_week_and_a_month() -> None:
    start = datetime(2026, 11, 22, 18, 0)
    # Three backups a day for 400 days, newest first.
    made = [start - timedelta(hours=8 * n) for n in range(1200)]
    kept = sorted((made[i] for i in keep(made, Retention())), reverse=True)

    assert kept[:10] == made[:10]  # the ten newest, whatever their day
    days = {t.date() for t in kept}
    assert {start.date() - timedelta(days=n) for n in range(7)} <= days
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12 and (2025, 12) in months and (2025, 11) not in months
    assert len(kept) < 40


@pytest.mark.sqlite_only
def test_the_backup_made_before_a_deletion_survives_the_next_backups(db: Database) -> None:
    add(db, "KOL/1")
    add(db, "KOL/2")
    db.backups.backup()
    before = db.backups.before("delete")
    assert before is not None
    db.cases.delete("KOL/1")
    for _ in range(3):
        db.backups.backup()
    assert before.path.exists()
    assert refs(before.path) == {"KOL/1", "KOL/2"}


@pytest.mark.sqlite_only
def test_an_empty_database_needs_no_backup_before_a_bulk_change(db: Database) -> None:
    assert db.backups.before("import") is None
    assert db.backups.all() == []


@pytest.mark.sqlite_only
def test_an_automatic_backup_is_made_only_after_half_an_hour_and_a_change(db: Database) -> None:
    add(db, "KOL/1")
    first = db.backups.automatic()
    assert first is not None and first.reason == "automatic"
    assert db.backups.automatic() is None  # just made
    later = datetime.now() + timedelta(minutes=31)
    assert db.backups.automatic(now=later) is None  # nothing changed since
    add(db, "KOL/2")
    second = db.backups.automatic(now=later)
    assert second is not None and refs(second.path) == {"KOL/1", "KOL/2"}


def test_restore_puts_the_backup_back_and_keeps_the_database_as_it_was(
    db_path: Path, tmp_path: Path
) -> None:
    db = Database.open(str(db_path))
    add(db, "KOL/1")
    saved = db.backups.backup(tmp_path / "monday.sqlite3")
    add(db, "KOL/2")
    db.cases.delete("KOL/1")

    kept = db.backups.restore(saved.path)
    db.close()

    assert kept.reason == "before-restore"
    assert refs(kept.path) == {"KOL/2"}
    reopened = Database.open(str(db_path))
    try:
        assert {pf.ref for pf in reopened.register.summaries()} == {"KOL/1"}
    finally:
        reopened.close()


@pytest.mark.sqlite_only
def test_restore_refuses_what_is_not_a_sound_repatriate_database(
    db: Database, tmp_path: Path
) -> None:
    add(db, "KOL/1")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    for path, reason in (
        (tmp_path / "missing.sqlite3", "no such backup"),
        (junk, "not a sound database"),
        (other, "not a Repatriate database"),
    ):
        with pytest.raises(RepatriateError, match=reason):
            db.backups.restore(path)
    assert {pf.ref for pf in db.register.summaries()} == {"KOL/1"}
    assert db.backups.all() == []  # nothing was backed up for a restore that never happened


def damage(path: Path) -> None:
    """Overwrite the middle of the file with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = b"\xde\xad\xbe\xef" * 2048
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_found_and_the_newest_sound_backup_offered(
    db_path: Path, tmp_path: Path
) -> None:
    db = Database.open(str(db_path))
    for n in range(400):
        add(db, f"KOL/{n}", name=f"Name {n} " + "x" * 150)
    made = db.backups.backup()
    assert db.backups.check().sound
    db.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db_path)

    # As `repatriate check` opens it: the file only, without reading the schema.
    store = Store(open_engine(f"sqlite:///{db_path}"))
    service = BackupService(store)
    report = service.check()
    assert not report.sound
    assert report.newest_good is not None and report.newest_good.path == made.path

    saved, _ = service.salvage(tmp_path / "rescued.sqlite3")
    assert saved > 0
    assert backups.check(tmp_path / "rescued.sqlite3") == []
    store.engine.dispose()


def test_deleting_files_is_all_or_nothing(db: Database) -> None:
    add(db, "KOL/1")
    add(db, "KOL/2")
    with pytest.raises(InvalidInput, match="KOL/9: no such file"):
        db.cases.delete_many(["KOL/1", "KOL/9"])
    assert {pf.ref for pf in db.register.summaries()} == {"KOL/1", "KOL/2"}
    db.cases.delete_many(["KOL/1", "KOL/2"])
    assert db.cases.count() == 0


@pytest.mark.sqlite_only
def test_the_full_check_runs_once_a_week(db: Database) -> None:
    first = db.backups.weekly_check(date(2026, 11, 2))
    assert first is not None and first.sound
    # Six days later it is not due; on the seventh it is.
    assert db.backups.weekly_check(date(2026, 11, 8)) is None
    again = db.backups.weekly_check(date(2026, 11, 9))
    assert again is not None and again.sound
    assert db.backups.weekly_check(date(2026, 11, 10)) is None


@pytest.mark.sqlite_only
def test_a_copy_left_half_written_by_a_killed_backup_is_removed_a_day_later(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    old, recent = folder / ".backup-old.part", folder / ".backup-recent.part"
    for part in (old, recent):
        part.write_bytes(b"SQLite format 3\x00" + bytes(4000))
    day_and_a_bit_ago = datetime.now().timestamp() - 25 * 3600
    os.utime(old, (day_and_a_bit_ago, day_and_a_bit_ago))

    db.backups.backup(folder / "clinic.sqlite3")

    assert not old.exists()
    # Another backup may be writing this one now.
    assert recent.exists()
    assert (folder / "clinic.sqlite3").exists()
