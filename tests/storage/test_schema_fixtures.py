"""A clinic's database from each released schema revision (tests/storage/fixtures, made by
make_schema_fixtures.py) opens with the current program: upgraded after a backup, its files,
photos and movements read back, and the release dates and flags worked out as for a new file."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from repatriate.services.database import Database
from repatriate.services.overstays import Assessment
from repatriate.storage import schema

FIXTURES = sorted(Path(__file__).with_name("fixtures").glob("schema-*.sqlite3"))
AS_OF = date(2026, 11, 22)


def test_there_is_a_fixture_for_every_revision_from_0006() -> None:
    revisions = [path.stem.removeprefix("schema-") for path in FIXTURES]
    newest = int(schema.SCHEMA_REVISION)
    assert revisions == [f"{number:04d}" for number in range(6, newest + 1)]
    assert all(path.stat().st_size < 200_000 for path in FIXTURES)


def flags(assessment: Assessment) -> set[str]:
    return {raised.flag.value for raised in assessment.flags}


@pytest.mark.parametrize("fixture", FIXTURES, ids=[path.stem for path in FIXTURES])
def test_an_old_database_opens_upgraded_with_its_files(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    shutil.copyfile(fixture, path)

    db = Database.open(str(path))
    try:
        upgraded = fixture.stem != f"schema-{schema.SCHEMA_REVISION}"
        assert (db.backup_made is not None) == upgraded
        assert db.cases.count() == 3
        assert db.cases.get("DEL/2025/3").claimed_nationality == "MM"
        salma = db.cases.get("KOL/2023/114")
        assert (salma.name, salma.name_native, salma.risk_note) == (
            "Salma Bibi",
            "সালমা বিবি",
            "wants to go home",
        )
        (photo,) = salma.photos
        assert photo.taken_on == date(2026, 10, 1)
        assert db.cases.photo_content(photo.id)[:4] == b"\x89PNG"
        where = db.movements.where("KOL/2023/114", as_of=AS_OF)
        assert [m.on for m in where.chain.movements] == [date(2026, 10, 5), date(2026, 11, 2)]
        assert [hold.desk for hold in where.chain.holding] == ["MHA-FD", "BDHC-DEL"]

        # Convicted 2023-01-17 to one year: due 2024-01-16; to 2026-11-22 is 366 + 365 + 310.
        salma_now = db.overstays.assess("KOL/2023/114", AS_OF)
        assert (salma_now.reckoning.release_due, salma_now.reckoning.overstay_days) == (
            date(2024, 1, 16),
            1041,
        )
        assert {"overstaying-very-long", "no-consular-access"} <= flags(salma_now)
        # Convicted 2025-01-01 to six months: due 2025-06-30; to 2026-11-22 is 365 + 145.
        imran = db.overstays.assess("JAI/2024/7", AS_OF)
        assert (imran.reckoning.release_due, imran.reckoning.overstay_days) == (
            date(2025, 6, 30),
            510,
        )
        assert "at-risk-if-returned" in flags(imran)
        assert "at-risk-if-returned" not in flags(salma_now)

        # Opened, every file has its standing stored (filled for a database from before it
        # was stored), read with the register's rows.
        standing = {row.ref: row.standing for row in db.register.summaries()}
        assert set(standing) == {"KOL/2023/114", "JAI/2024/7", "DEL/2025/3"}
        salma_stored = standing["KOL/2023/114"]
        assert salma_stored.holding == ("MHA-FD", "BDHC-DEL")
        # MHA-FD got the file on 2026-10-05 and was never chased: due a week later.
        assert salma_stored.next_follow_up == date(2026, 10, 12)
        assert {"overstaying-very-long", "no-consular-access"} <= {
            raised.flag.value for raised in salma_stored.flags
        }
        assert "at-risk-if-returned" in {
            raised.flag.value for raised in standing["JAI/2024/7"].flags
        }
        assert db.standings.reassess() == 0
    finally:
        db.close()
