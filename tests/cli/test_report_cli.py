"""`report`: the advocacy pack from the command line, in process."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from command_line import repatriate
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database


def with_overstay(db_path: Path) -> None:
    db = Database.open(str(db_path), create=True)
    try:
        db.cases.add(
            PrisonerFile(
                ref="KOL/7",
                name="Salma Begum",
                prisoner_number="UT-4411",
                claimed_nationality="BD",
                state="West Bengal",
                prison="Dum Dum Central Correctional Home",
                conviction_date=date(2025, 1, 1),
                sentence=Sentence(months=6),
                status=Status.SENTENCE_COMPLETED,
            ),
            today=date(2026, 1, 15),
        )
    finally:
        db.close()


def test_csv_is_anonymised_unless_names_are_asked_for(db_path: Path) -> None:
    with_overstay(db_path)
    ran = repatriate("--db", db_path, "report", "--by", "state", "--as-of", "2026-01-15")
    assert ran.returncode == 0, ran.stderr
    # Due 2025-06-30: 199 days past on 2026-01-15.
    assert "[bands]\nstate,days_le_90,days_le_180,days_le_365,days_over_365,total\n" in ran.stdout
    assert "West Bengal,0,0,1,0,1\n" in ran.stdout
    assert "KOL/7,BD,West Bengal,2025-06-30,199,(none)\n" in ran.stdout
    assert "Salma" not in ran.stdout and "UT-4411" not in ran.stdout
    named = repatriate("--db", db_path, "report", "--names", "--as-of", "2026-01-15")
    assert "KOL/7,BD,West Bengal,2025-06-30,199,(none),Salma Begum,UT-4411\n" in named.stdout
    # Each export is in the audit log, saying whether it named people.
    log = repatriate("--db", db_path, "audit", "--format", "csv").stdout
    details = [
        row["detail"] for row in csv.DictReader(io.StringIO(log)) if row["action"] == "export"
    ]
    assert details == [
        "advocacy pack CSV, 1 past release",
        "advocacy pack CSV, 1 past release, with names",
    ]


def test_pdf_has_the_date_and_no_names(db_path: Path, tmp_path: Path) -> None:
    with_overstay(db_path)
    target = tmp_path / "pack.pdf"
    ran = repatriate(
        "--db", db_path, "report", "--format", "pdf", "-o", target, "--as-of", "2026-01-15"
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout == f"wrote {target}: the advocacy pack as of 2026-01-15 (anonymised)\n"
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert "As of 2026-01-15: 1 person held past the release date" in text
    assert "KOL/7" in text and "Salma" not in text


def test_bad_options_are_named_in_one_line(db_path: Path) -> None:
    with_overstay(db_path)
    ran = repatriate("--db", db_path, "report", "--by", "nationality,religion")
    assert ran.returncode == 2
    assert ran.stderr.splitlines()[0] == "--by: religion: must be nationality, state or desk"
    ran = repatriate("--db", db_path, "report", "--format", "pdf")
    assert ran.returncode == 2
    assert ran.stderr.splitlines()[0] == "--output: -: a PDF needs a file: -o FILE.pdf"
