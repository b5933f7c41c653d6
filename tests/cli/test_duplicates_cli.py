"""`import --check-duplicates`: the rows that are likely people already on file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.cli.test_cli import csv_file
from tests.command_line import repatriate

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database


def test_a_row_in_bengali_is_found_to_be_a_file_in_latin_letters(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    db.cases.add(
        PrisonerFile(ref="A-1", name="Salma Begum", prison="Dum Dum", birth_date=date(1991, 2, 3))
    )
    rows = [
        {"ref": "N-1", "name": "Solma Begom", "name_native": "সালমা বেগম", "prison": "Dum Dum"},
        {"ref": "N-2", "name": "Nur Alam", "prison": "Dum Dum", "passport_number": "B7654321"},
        {"ref": "N-3", "name": "Noor Alam", "prison": "Presidency", "passport_number": "B7654321"},
    ]
    path = csv_file(tmp_path / "incoming.csv", rows)
    before = db.cases.count()
    ran = repatriate("--db", db_path, "import", path, "--check-duplicates")
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        "row 3: Nur Alam is likely row 4 Noor Alam (100%): same passport number B7654321",
        "row 2: Solma Begom is likely A-1 Salma Begum (90%): names alike (100%): "
        "Solma Begom / Salma Begum; same prison, Dum Dum",
        "likely duplicates: 2; nothing written",
    ]
    assert db.cases.count() == before


def test_check_duplicates_does_not_go_with_a_bundle(db_path: Path, db: Database) -> None:
    ran = repatriate("--db", db_path, "import", "--bundle", "x.repatriate", "--check-duplicates")
    assert ran.returncode == 2
    assert "--check-duplicates: given: goes with FILE.csv, not --bundle" in ran.stderr
