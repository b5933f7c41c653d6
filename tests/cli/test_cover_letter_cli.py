"""The batch's cover letter in the embassy's language where the clinic has a template: the
words from resources/letters, in the language's script and digits, searchable; the fact
sheets stay in English."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from command_line import repatriate
from pdf_checks import text
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.reports.cover_letter import letter_languages
from repatriate.services.database import Database

AS_OF = "2026-03-05"


def held_past(db: Database, ref: str, nationality: str) -> None:
    # Convicted 2024-01-10 to one year: released 2025-01-09, 420 days past by 2026-03-05.
    db.cases.add(
        PrisonerFile(
            ref=ref,
            name="Nur Alam",
            claimed_nationality=nationality,
            court_nationality=nationality,
            conviction_date=date(2024, 1, 10),
            sentence=Sentence(years=1),
            status=Status.SENTENCE_COMPLETED,
        )
    )


def test_the_cover_letter_in_bengali(db: Database, db_path: Path, tmp_path: Path) -> None:
    held_past(db, "B-1", "BD")
    held_past(db, "B-2", "BD")
    pdf = tmp_path / "batch.pdf"
    ran = repatriate(
        "--db", db_path, "factsheet", "--embassy", "BD", "--as-of", AS_OF,
        "--letter-language", "bn", "-o", pdf,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    letter = text(pdf, "-f", "1", "-l", "1")
    assert "বাংলাদেশের ২ জন নাগরিকের জাতীয়তা যাচাই" in letter
    assert "২০২৬-০৩-০৫ তারিখে এঁদের মধ্যে ২ জন" in letter
    assert "Dear Sir or Madam" not in letter
    assert "Our reference: REP/BD/2026-03-05" in letter
    # The annex and the sheets stay in English for the embassy.
    assert "Annex: 2 nationals of Bangladesh" in text(pdf, "-f", "2", "-l", "2")


def test_the_cover_letter_in_nepali_leaves_out_days_past_release_when_there_are_none(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    db.cases.add(
        PrisonerFile(
            ref="N-1",
            name="Ram Karki",
            claimed_nationality="NP",
            conviction_date=date(2025, 6, 1),
            sentence=Sentence(years=2),
            status=Status.SERVING,
        )
    )
    pdf = tmp_path / "batch.pdf"
    ran = repatriate(
        "--db", db_path, "factsheet", "--embassy", "NP", "--all", "--as-of", AS_OF,
        "--letter-language", "ne", "-o", pdf,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    letter = text(pdf, "-f", "1", "-l", "1")
    assert "नेपालका १ जना नागरिकको राष्ट्रियता प्रमाणीकरण" in letter
    assert "सजायको अवधि सकिएपछि" not in letter


def test_a_language_without_a_template_is_refused_naming_the_choices(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    held_past(db, "B-1", "BD")
    pdf = tmp_path / "batch.pdf"
    ran = repatriate(
        "--db", db_path, "factsheet", "--embassy", "BD", "--letter-language", "ur", "-o", pdf
    )
    assert ran.returncode != 0
    assert "letter-language: ur: must be one of en, bn, ne" in ran.stderr
    assert not pdf.exists()
    assert letter_languages() == ("en", "bn", "ne")


def test_the_letter_language_goes_with_embassy(db: Database, db_path: Path, tmp_path: Path) -> None:
    held_past(db, "B-1", "BD")
    ran = repatriate(
        "--db", db_path, "factsheet", "B-1", "--letter-language", "bn", "-o", tmp_path / "s.pdf"
    )
    assert ran.returncode != 0
    assert "--letter-language: bn: goes with --embassy" in ran.stderr
