"""Migrations: a fresh database is made by them, old ones are upgraded after a backup."""

from __future__ import annotations

import io
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from repatriate.domain.errors import RepatriateError
from repatriate.services.database import Database
from repatriate.storage import schema
from repatriate.storage.engine import database_url, open_engine
from repatriate.storage.store import Store
from repatriate.storage.tables import Base


def test_fresh_database_matches_the_tables(db_path: Path) -> None:
    store = Store.open(database_url(str(db_path)))
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        assert schema.current_revision(store.engine) == schema.head_revision()
        assert store.last_backup is None
    finally:
        store.close()


def test_sqlite_runs_with_foreign_keys_and_wal(db_path: Path) -> None:
    store = Store.open(database_url(str(db_path)))
    try:
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    finally:
        store.close()


def test_an_old_database_is_backed_up_then_upgraded_keeping_its_files(db_path: Path) -> None:
    url = database_url(str(db_path))
    engine = open_engine(url)
    schema.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO prisoner_file (ref, name, name_native, aliases, father_name, "
                "mother_name, languages, ethnicity, possible_misidentification, passport_number,"
                " passport_book_number, passport_copy_on_file, home_address, home_address_native,"
                " prison, state, prisoner_number, charge, court, case_number, sentence_years, "
                "sentence_months, sentence_days, set_off_days, remission_days, fine_default_days,"
                " vulnerability, unhcr_registration, risk_note, notes, version) VALUES ('K-1', "
                "'Salma', 'সালমা', '[]', '', '', '[\"bn\"]', '', 0, '', '', 0, '', '', '', '', '', "
                "'', '', '', 1, 0, 0, 0, 0, 0, '', '', '', '', 1)"
            )
        )
    engine.dispose()

    store = Store.open(url)
    try:
        assert schema.current_revision(store.engine) == schema.head_revision()
        backup = store.last_backup
        assert backup is not None and backup.parent == db_path.parent
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT name_native FROM prisoner_file")).scalar() == (
                "সালমা"
            )
            assert connection.execute(text("SELECT count(*) FROM photo")).scalar() == 0
    finally:
        store.close()
    saved = sqlite3.connect(backup)
    try:
        assert saved.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert saved.execute("SELECT ref FROM prisoner_file").fetchall() == [("K-1",)]
    finally:
        saved.close()


def test_opening_twice_changes_nothing(db_path: Path) -> None:
    Store.open(database_url(str(db_path))).close()
    store = Store.open(database_url(str(db_path)))
    store.close()
    assert store.last_backup is None
    assert list(db_path.parent.glob("*.bak")) == []


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    Store.open(database_url(str(db_path))).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(RepatriateError, match="newer Repatriate"):
        Store.open(database_url(str(db_path)))


def test_another_programs_database_is_refused_untouched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    before = db_path.read_bytes()
    with pytest.raises(RepatriateError, match="not a Repatriate database"):
        Store.open(database_url(str(db_path)))
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_a_database_gets_a_clear_error(db_path: Path) -> None:
    db_path.write_text("ref,name\nK-1,Salma\n", encoding="utf-8")
    with pytest.raises(RepatriateError, match=r"cannot open|not a database"):
        Store.open(database_url(str(db_path)))


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(RepatriateError, match="is a folder"):
        Store.open(database_url(str(tmp_path)))


def test_copying_the_database_file_keeps_photos(db_path: Path, tmp_path: Path) -> None:
    from PIL import Image

    from repatriate.domain.prisoner import PrisonerFile
    from repatriate.services.database import Database

    stream = io.BytesIO()
    Image.frombytes("L", (32, 32), bytes(range(256)) * 4).save(stream, "PNG")
    png = stream.getvalue()
    db = Database.open(str(db_path))
    db.cases.add(PrisonerFile(ref="K-1", name="Salma"))
    photo = db.cases.add_photo("K-1", png, taken_on=None)
    db.close()
    copy = tmp_path / "elsewhere" / "copy.sqlite3"
    copy.parent.mkdir()
    shutil.copy(db_path, copy)
    moved = Database.open(str(copy))
    try:
        assert moved.cases.get("K-1").photos[0].size == len(png)
        assert photo.id is not None
        assert moved.cases.photo_content(photo.id) == png
    finally:
        moved.close()


def test_the_schema_revision_constant_is_the_newest_migration() -> None:
    assert schema.head_revision() == schema.SCHEMA_REVISION


def test_upgrading_fills_in_the_release_date_of_existing_files(db_path: Path) -> None:
    url = database_url(str(db_path))
    engine = open_engine(url)
    schema.upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO prisoner_file (ref, name, name_native, aliases, father_name, "
                "mother_name, languages, ethnicity, possible_misidentification, passport_number,"
                " passport_book_number, passport_copy_on_file, home_address, home_address_native,"
                " prison, state, prisoner_number, charge, court, case_number, conviction_date, "
                "sentence_years, sentence_months, sentence_days, set_off_days, remission_days, "
                "fine_default_days, vulnerability, unhcr_registration, risk_note, notes, version)"
                " VALUES (:ref, 'Salma', '', '[]', '', '', '[]', '', 0, '', '', 0, '', '', '', '',"
                " '', '', '', '', :conviction, 2, 6, 0, :set_off, 30, 0, '', '', '', '', 1)"
            ),
            [
                {"ref": "K-1", "conviction": "2023-03-14", "set_off": 120},
                {"ref": "K-2", "conviction": "2023-03-14", "set_off": 5000},
                {"ref": "K-3", "conviction": None, "set_off": 0},
            ],
        )
    engine.dispose()
    store = Store.open(url)
    try:
        with store.engine.connect() as connection:
            rows = connection.execute(text("SELECT ref, release_due FROM prisoner_file")).all()
    finally:
        store.close()
    # K-1: 915 - 120 - 30 days from 2023-03-14, the day of sentence counted: 2025-04-16.
    # K-2: 5000 days set off cover the term: due on the day of sentence.
    assert {ref: due for ref, due in rows} == {
        "K-1": "2025-04-16",
        "K-2": "2023-03-14",
        "K-3": None,
    }


def test_release_dates_stored_under_an_older_rule_are_computed_again(db_path: Path) -> None:
    from repatriate.domain.prisoner import PrisonerFile, Sentence
    from repatriate.services.database import Database

    db = Database.open(str(db_path))
    db.cases.add(
        PrisonerFile(
            ref="K-1", name="Salma", conviction_date=date(2024, 1, 15), sentence=Sentence(months=1)
        )
    )
    db.close()
    # As a database written before the day of sentence counted holds it: the exclusive date,
    # a set-off beyond the term stored as no date at all, and no stamp of the rule.
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE prisoner_file SET release_due = '2024-02-15'")
        connection.execute(
            "INSERT INTO prisoner_file (ref, name, name_native, aliases, father_name, "
            "mother_name, languages, ethnicity, possible_misidentification, passport_number,"
            " passport_book_number, passport_copy_on_file, home_address, home_address_native,"
            " prison, state, prisoner_number, charge, court, case_number, conviction_date, "
            "sentence_years, sentence_months, sentence_days, set_off_days, remission_days, "
            "fine_default_days, vulnerability, unhcr_registration, risk_note, notes, version)"
            " VALUES ('K-2', 'Rahim', '', '[]', '', '', '[]', '', 0, '', '', 0, '', '', '', '',"
            " '', '', '', '', '2023-03-14', 2, 0, 0, 900, 0, 0, '', '', '', '', 1)"
        )
        connection.execute("DELETE FROM setting WHERE key = 'release.rule'")
    db = Database.open(str(db_path))
    try:
        rows = db.overstays.overstays(date(2024, 3, 1))
        assert [(r.ref, r.release_due, r.overstay_days) for r in rows] == [
            ("K-2", date(2023, 3, 14), 353),
            ("K-1", date(2024, 2, 14), 16),
        ]
        assert db.cases.get("K-1").version == 1, "a recomputed date is not an edit"
    finally:
        db.close()
    with sqlite3.connect(db_path) as connection:
        (stamp,) = connection.execute(
            "SELECT value FROM setting WHERE key = 'release.rule'"
        ).fetchone()
    assert "sentence_day_counts=yes" in stamp


def test_overrides_recorded_before_they_named_a_desk_are_kept_and_open_no_desk(
    db_path: Path,
) -> None:
    url = database_url(str(db_path))
    engine = open_engine(url)
    schema.upgrade(engine, "0006")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO prisoner_file (ref, name, name_native, aliases, father_name, "
                "mother_name, languages, ethnicity, possible_misidentification, passport_number,"
                " passport_book_number, passport_copy_on_file, home_address, home_address_native,"
                " prison, state, prisoner_number, charge, court, case_number, sentence_years, "
                "sentence_months, sentence_days, set_off_days, remission_days, fine_default_days,"
                " vulnerability, unhcr_registration, risk_note, notes, version, category) VALUES "
                "('K-1', 'Salma', '', '[]', '', '', '[]', '', 0, '', '', 0, '', '', '', '', '', "
                "'', '', '', 1, 0, 0, 0, 0, 0, '', '', '', '', 1, 'asylum seeker')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO factsheet_override (file_id, reason) "
                "SELECT id, 'the family asked for the return' FROM prisoner_file"
            )
        )
    engine.dispose()

    db = Database.open(str(db_path))
    try:
        with db.store.engine.connect() as connection:
            row = connection.execute(
                text("SELECT reason, desk_id, decided_by FROM factsheet_override")
            ).one()
        assert tuple(row) == ("the family asked for the return", None, "")
        with pytest.raises(RepatriateError, match=r"^K-1: asylum seeker: at risk if returned"):
            db.factsheets.sheet("K-1", db_path.parent / "k.pdf", to="BDHC-DEL")
    finally:
        db.close()
