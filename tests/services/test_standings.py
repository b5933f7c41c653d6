"""Each file's flags, holding desks and next follow-up are stored with the file and follow
every change that affects them in the same transaction; the passing of days refreshes the ones
it changes; `reassess` finds nothing to change after normal use."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from repatriate import cli
from repatriate.domain.desks import MovementKind
from repatriate.domain.flags import HELD_AT_DESK
from repatriate.domain.followups import ActivityKind
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.standings import STAMP, STORED_FORMAT
from repatriate.storage.files import FileRepository
from repatriate.storage.settings import SettingRepository
from repatriate.storage.standings import StandingRepository, StoredStanding

TODAY = date.today()


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def stored(db: Database, ref: str) -> StoredStanding:
    """What is stored of the file's standing, read straight from the database."""
    with db.store.reading() as session:
        file_id = FileRepository(session).ids([ref])[ref]
        return StandingRepository(session).stored([file_id])[file_id]


def held(ref: str, **changes: object) -> PrisonerFile:
    values: dict[str, object] = {
        "ref": ref,
        "name": "Salma Bibi",
        "claimed_nationality": "BD",
        "court_nationality": "BD",
        "status": Status.UNDER_TRIAL,
    }
    return PrisonerFile(**(values | changes))  # type: ignore[arg-type]


def test_saving_a_file_stores_its_flags(db: Database) -> None:
    added = db.cases.add(held("K-1", passport_book_number="B123"))
    assert stored(db, "K-1").flags == ("book-number-only",)
    # Claims Bangladesh, the court recorded Myanmar.
    db.cases.save(added.replace(passport_number="P777", court_nationality="MM"))
    assert stored(db, "K-1").flags == ("possible-misidentification",)
    assert stored(db, "K-1").holding == ()
    assert stored(db, "K-1").next_follow_up is None


def test_movements_store_the_desks_holding_the_file_and_the_next_chase(db: Database) -> None:
    db.cases.add(held("K-1"))
    moved = db.movements.move("K-1", "MHA-FD", on=days_ago(10))
    # The weekly chase of a desk falls a week after it got the file.
    assert (stored(db, "K-1").holding, stored(db, "K-1").next_follow_up) == (
        ("MHA-FD",),
        days_ago(3),
    )
    assert moved.id is not None
    corrected = db.movements.correct("K-1", moved.id, "BDHC-DEL", on=days_ago(20))
    assert (stored(db, "K-1").holding, stored(db, "K-1").next_follow_up) == (
        ("BDHC-DEL",),
        days_ago(13),
    )
    assert corrected.id is not None
    db.movements.delete("K-1", corrected.id)
    assert (stored(db, "K-1").holding, stored(db, "K-1").next_follow_up) == ((), None)


def test_a_desk_past_its_expected_time_stores_the_stalled_flag(db: Database) -> None:
    db.cases.add(held("K-1"))
    # MHA's Foreigners Division is expected to take 45 days.
    db.movements.move("K-1", "MHA-FD", on=days_ago(46))
    assert stored(db, "K-1").flags == ("stalled",)
    db.movements.move(
        "K-1", "MHA-FD", kind=MovementKind.RETURNED, on=TODAY, note="wants the court order"
    )
    assert stored(db, "K-1").flags == ()


def test_logged_activities_and_follow_up_changes_move_the_next_follow_up(db: Database) -> None:
    db.cases.add(held("K-1"))
    db.movements.move("K-1", "MHA-FD", on=days_ago(10))
    call = db.followups.log("K-1", ActivityKind.CALL, on=days_ago(1), desk="MHA-FD")
    # Chased nine days after it got the file: the next weekly chase is two weeks after.
    assert stored(db, "K-1").next_follow_up == days_ago(10) + timedelta(days=14)
    assert call.id is not None
    db.followups.delete_activity("K-1", call.id)
    assert stored(db, "K-1").next_follow_up == days_ago(3)

    db.followups.snooze("K-1", "MHA-FD", TODAY + timedelta(days=20))
    assert stored(db, "K-1").next_follow_up == TODAY + timedelta(days=20)
    db.followups.add("K-1", TODAY + timedelta(days=5), title="ask the prison for the order")
    assert stored(db, "K-1").next_follow_up == TODAY + timedelta(days=5)
    db.followups.close("K-1", "MHA-FD")
    assert stored(db, "K-1").next_follow_up == TODAY + timedelta(days=5)
    db.followups.log("K-1", ActivityKind.CALL, on=TODAY, desk="MHA-FD", reply=True)
    # A desk's reply stops its chase; the follow-up set by hand is still ahead.
    assert stored(db, "K-1").next_follow_up == TODAY + timedelta(days=5)


def test_someone_nobody_chases_has_no_next_follow_up(db: Database) -> None:
    # Convicted 400 days ago to six months: long past release, and no desk holds the file.
    db.cases.add(
        held(
            "K-1",
            conviction_date=days_ago(400),
            sentence=Sentence(months=6),
            status=Status.SENTENCE_COMPLETED,
        )
    )
    assert "overstaying" in stored(db, "K-1").flags
    assert stored(db, "K-1").next_follow_up is None
    (row,) = db.register.summaries()
    assert row.standing.next_follow_up is None


def test_a_changed_threshold_is_stored_for_every_file(db: Database) -> None:
    # Convicted 400 days ago to six months: about 218 days past release.
    db.cases.add(
        held(
            "K-1",
            conviction_date=days_ago(400),
            sentence=Sentence(months=6),
            status=Status.SENTENCE_COMPLETED,
            verified_nationality="BD",
        )
    )
    assert "overstaying-long" in stored(db, "K-1").flags
    db.settings.set_threshold("long_overstay_days", "300")
    assert "overstaying-long" not in stored(db, "K-1").flags
    assert "overstaying" in stored(db, "K-1").flags


def test_the_day_refresh_raises_a_flag_that_time_alone_raised(db: Database) -> None:
    db.cases.add(held("K-1"))
    # MHA-FD is expected to take 45 days; 45 days today is not past it, tomorrow is.
    db.movements.move("K-1", "MHA-FD", on=days_ago(45))
    assert stored(db, "K-1").flags == ()
    assert stored(db, "K-1").fresh_until == TODAY + timedelta(days=1)
    assert db.standings.refresh(TODAY) == 0
    assert db.standings.refresh(TODAY + timedelta(days=1)) == 1
    assert stored(db, "K-1").flags == ("stalled",)
    # Nothing else is stale on that day.
    assert db.standings.refresh(TODAY + timedelta(days=1)) == 0


def test_only_a_raised_transfer_flag_is_assessed_again_each_day(db: Database) -> None:
    # Bangladesh has a transfer agreement (at least 6 months left to serve). Sentenced a year
    # ago to three years: some two years left, so the flag is raised and counts them.
    sentenced = days_ago(365)
    serving = held(
        "T-1",
        status=Status.SERVING,
        arrest_date=sentenced,
        conviction_date=sentenced,
        sentence=Sentence(years=3),
    )
    db.cases.add(serving)
    db.cases.add(serving.replace(ref="T-2", sentence_final=False))
    db.cases.add(serving.replace(ref="T-3", sentence=Sentence(years=1, months=3)))
    assert "transfer-eligible" in stored(db, "T-1").flags
    assert stored(db, "T-1").fresh_until == TODAY + timedelta(days=1)
    # An appeal pending, or too little left to serve (three months): no flag, and time alone
    # will not raise it.
    for ref in ("T-2", "T-3"):
        assert "transfer-eligible" not in stored(db, ref).flags
        assert stored(db, ref).fresh_until != TODAY + timedelta(days=1)
    for later in (1, 45, 80, 300, 800):
        day = TODAY + timedelta(days=later)
        db.standings.refresh(day)
        # What the day's refresh left stored is what assessing every file on that day gives.
        assert db.standings.reassess(day) == 0


def test_bulk_additions_are_stored_and_reassess_finds_nothing_to_change(
    db: Database, tmp_path: Path, new_sqlite: Callable[[Path], str]
) -> None:
    db.demo.fill(40, seed=3)
    db.cases.add(held("K-1", passport_book_number="B1"))
    db.movements.move("K-1", "MHA-FD", on=days_ago(3))
    db.followups.log("K-1", ActivityKind.CALL, on=TODAY, desk="MHA-FD")
    rows = db.register.summaries()
    assert len(rows) == 41
    assert db.standings.reassess() == 0

    target = tmp_path / "clinic.repatriate"
    db.bundles.export_bundle(target)
    receiving = Database.open(new_sqlite(tmp_path / "new.sqlite3"))
    try:
        receiving.bundles.import_bundle(target)
        assert stored(receiving, "K-1").flags == ("book-number-only",)
        assert stored(receiving, "K-1").holding == ("MHA-FD",)
        assert receiving.standings.reassess() == 0
    finally:
        receiving.close()


def test_imported_files_are_stored_with_their_flags(
    db: Database, tmp_path: Path, new_sqlite: Callable[[Path], str]
) -> None:
    db.cases.add(held("K-1", passport_book_number="B1"))
    db.cases.add(held("K-2", court_nationality="MM"))
    out = tmp_path / "files.csv"
    db.transfer.export_csv(out)
    receiving = Database.open(new_sqlite(tmp_path / "new.sqlite3"))
    try:
        receiving.transfer.import_csv(out)
        assert stored(receiving, "K-1").flags == ("book-number-only",)
        assert stored(receiving, "K-2").flags == ("possible-misidentification",)
    finally:
        receiving.close()


def test_reassess_on_the_command_line_says_how_many_changed(db: Database, db_path: Path) -> None:
    db.cases.add(held("K-1"))
    db.close()
    out, err = io.StringIO(), io.StringIO()
    assert cli.run(cli.parse(["--db", str(db_path), "reassess"]), out, err) == 0
    assert out.getvalue().strip() == "reassessed 1 file; 0 changed"


@pytest.mark.sqlite_only  # backups and restores are of SQLite files
def test_a_restored_database_has_its_standings(db: Database) -> None:
    db.cases.add(held("K-1", passport_book_number="B1"))
    made = db.backups.backup()
    db.cases.add(held("K-2"))
    db.backups.restore(made.path)
    db.close()
    reopened = Database.open(str(db.backups.database))
    try:
        assert stored(reopened, "K-1").flags == ("book-number-only",)
        assert reopened.standings.reassess() == 0
    finally:
        reopened.close()


def test_a_database_storing_english_reasons_stores_their_templates_on_its_next_read(
    db: Database, db_target: str
) -> None:
    db.cases.add(held("K-1"))
    # MHA's Foreigners Division is expected to take 45 days.
    db.movements.move("K-1", "MHA-FD", on=days_ago(46))
    english = "MHA-FD has held it 46 days (expected 45)"
    with db.store.unit_of_work() as session:
        session.execute(text("UPDATE file_standing SET reasons = :r"), {"r": f'["{english}"]'})
        # The stamp the settings gave before the stored format had a version of its own.
        settings = SettingRepository(session)
        stamp = settings.get(STAMP)
        assert stamp.endswith(f", {STORED_FORMAT})")
        settings.put(STAMP, stamp.removesuffix(f", {STORED_FORMAT})") + ")")
    # A row stored as English is read and shown as it is.
    (old,) = stored(db, "K-1").wordings
    assert (old.template, str(old)) == ("%1", english)
    db.close()
    reopened = Database.open(db_target)
    try:
        assert [s.ref for s in reopened.register.summaries()] == ["K-1"]
        (new,) = stored(reopened, "K-1").wordings
        assert (new.template, str(new)) == (HELD_AT_DESK, english)
        assert new.values == ("MHA-FD", 46, 45)
    finally:
        reopened.close()
