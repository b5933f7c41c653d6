"""Make tests/storage/fixtures/schema-NNNN.sqlite3: a small clinic database at each released
schema revision from 0006 on, for tests/storage/test_schema_fixtures.py.

Run from the repository's root when a release adds a migration:
    python tests/storage/make_schema_fixtures.py 0010
The files are written with the current program, then taken down to the revision by the
migrations' own downgrade steps; a fixture already committed is never made again."""

from __future__ import annotations

import base64
import sqlite3
import sys
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from repatriate.domain.prisoner import Category, PrisonerFile, Sentence, Sex, Status
from repatriate.services.database import Database
from repatriate.storage import schema
from repatriate.storage.engine import database_url

FIXTURES = Path(__file__).with_name("fixtures")
DAY = date(2026, 11, 22)
# The smallest valid PNG: one transparent pixel.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


def clinic(path: Path) -> None:
    db = Database.open(str(path), create=True)
    try:
        db.cases.add(
            PrisonerFile(
                ref="KOL/2023/114",
                name="Salma Bibi",
                name_native="সালমা বিবি",
                sex=Sex.FEMALE,
                claimed_nationality="BD",
                court_nationality="BD",
                prison="Alipore Women's Correctional Home",
                arrest_date=date(2022, 8, 9),
                conviction_date=date(2023, 1, 17),
                sentence=Sentence(years=1),
                status=Status.SENTENCE_COMPLETED,
                risk_note="wants to go home",
            ),
            DAY,
        )
        db.cases.add(
            PrisonerFile(
                ref="JAI/2024/7",
                name="Imran Khan",
                claimed_nationality="PK",
                court_nationality="PK",
                conviction_date=date(2025, 1, 1),
                sentence=Sentence(months=6),
                status=Status.SENTENCE_COMPLETED,
                category=Category.ASYLUM_SEEKER,
            ),
            DAY,
        )
        db.cases.add(PrisonerFile(ref="DEL/2025/3", name="Thida", claimed_nationality="MM"), DAY)
        db.cases.add_photo("KOL/2023/114", PIXEL, taken_on=date(2026, 10, 1), source="prison")
        db.movements.move("KOL/2023/114", "MHA-FD", on=date(2026, 10, 5), today=DAY)
        db.movements.move("KOL/2023/114", "BDHC-DEL", on=date(2026, 11, 2), today=DAY)
    finally:
        db.close()


def make(revision: str) -> Path:
    target = FIXTURES / f"schema-{revision}.sqlite3"
    if target.exists():
        raise SystemExit(f"{target} exists: a released revision's fixture is never made again")
    clinic(target)
    # A plain engine, without the program's foreign keys: the downgrade steps rebuild
    # prisoner_file, which would otherwise take the movements and photos with it.
    engine = create_engine(database_url(str(target)))
    try:
        with engine.begin() as connection:
            config = schema._config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
    # Small pages keep each fixture small: most tables hold a row or none.
    with sqlite3.connect(target, isolation_level=None) as connection:
        connection.execute("PRAGMA page_size=512")
        connection.execute("VACUUM")
    for leftover in target.parent.glob(f"{target.name}-*"):
        leftover.unlink()
    return target


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(make(name))
