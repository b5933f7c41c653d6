"""`letter chaser|rti|nhrc REF`: the letters up the chain, as PDF and as Word, with the file's
references, dates and days held past release as the record gives them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document

from command_line import repatriate
from pdf_checks import text
from repatriate.domain.desks import MovementKind
from repatriate.domain.factsheets import Letterhead
from repatriate.domain.followups import ActivityKind
from repatriate.domain.prisoner import PrisonerFile, Sentence, Sex, Status
from repatriate.services.database import Database

AS_OF = "2025-12-27"
TODAY = date(2025, 12, 27)


def held_past(db: Database) -> None:
    """Convicted 2024-01-10 to one year, in custody from that day: due for release 2025-01-09;
    on 2025-12-27 held 352 days past it (day 361 of the year less day 9). With the Ministry of
    Home Affairs since the forward of 2025-04-15 (day 105): 256 days."""
    db.cases.add(
        PrisonerFile(
            ref="KOL/7",
            name="Nur Alam",
            name_native="নূর আলম",
            sex=Sex.MALE,
            father_name="Abdul Karim",
            claimed_nationality="BD",
            prison="Dum Dum Central Correctional Home",
            prisoner_number="C-1234",
            arrest_date=date(2024, 1, 10),
            conviction_date=date(2024, 1, 10),
            sentence=Sentence(years=1),
            status=Status.SENTENCE_COMPLETED,
        ),
        today=date(2025, 2, 1),
    )
    move = db.movements.move
    move("KOL/7", "WB-HOME", on=date(2025, 3, 3), letter_ref="PRC/2025/31", today=TODAY)
    move(
        "KOL/7",
        "MHA-FD",
        kind=MovementKind.FORWARDED,
        on=date(2025, 4, 15),
        letter_ref="WB/HOME/FN/88",
        today=TODAY,
    )
    move("KOL/7", "MHA-FD", on=date(2025, 6, 2), letter_ref="PRC/2025/77", today=TODAY)
    db.followups.log(
        "KOL/7",
        ActivityKind.LETTER,
        on=date(2025, 9, 1),
        desk="MHA-FD",
        outcome="asked for the verification report",
        today=TODAY,
    )
    db.followups.log(
        "KOL/7",
        ActivityKind.CALL,
        on=date(2025, 10, 6),
        desk="MHA-FD",
        outcome="verification report awaited from Dhaka",
        reply=True,
        today=TODAY,
    )
    db.settings.set_letterhead(
        Letterhead(name="Prisoners' Rights Clinic", signatory="Anita Das", designation="Advocate")
    )


def docx_text(path: Path) -> str:
    return " ".join(" ".join(p.text for p in Document(str(path)).paragraphs).split())


def write(db_path: Path, tmp_path: Path, kind: str, suffix: str, *more: str) -> str:
    target = tmp_path / f"{kind}{suffix}"
    ran = repatriate(
        "--db", db_path, "letter", kind, "KOL/7", "--as-of", AS_OF, "-o", target, *more
    )
    assert ran.returncode == 0, ran.stderr
    letter = text(target) if suffix == ".pdf" else docx_text(target)
    assert "{{" not in letter and "{%" not in letter and "{name" not in letter
    return letter


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_chaser_quotes_the_letters_the_desk_has_had_and_the_days(
    db: Database, db_path: Path, tmp_path: Path, suffix: str
) -> None:
    held_past(db)
    letter = write(db_path, tmp_path, "chaser", suffix)
    assert "Our reference: REP/BD/2025-12-27/KOL/7/CH" in letter
    assert "Foreigners Division Ministry of Home Affairs, Government of India" in letter
    assert "Nur Alam (নূর আলম), son of Abdul Karim, a national of Bangladesh" in letter
    assert "reached your office on 2025-04-15 and has been with it for 256 days" in letter
    assert "(3):" in letter
    assert (
        "2025-04-15: the file forwarded to you by WB-HOME, with its letter WB/HOME/FN/88" in letter
    )
    assert "2025-06-02: the file sent to you with our letter PRC/2025/77" in letter
    assert "2025-09-01: our letter (asked for the verification report)" in letter
    # The letter to the state's Home Department is not this desk's.
    assert "PRC/2025/31" not in letter
    assert "due for release on 2025-01-09" in letter
    assert "held 352 days past the end of the sentence" in letter
    assert "Anita Das Advocate Prisoners' Rights Clinic" in letter


def test_writing_a_letter_is_in_the_audit_log(db: Database, db_path: Path, tmp_path: Path) -> None:
    held_past(db)
    write(db_path, tmp_path, "rti", ".pdf")
    last = db.audit.entries("KOL/7")[-1]
    assert (last.action, last.detail) == ("print", "letter rti MHA-FD")


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_rti_application_gives_the_reply_dates_moved_past_a_holiday(
    db: Database, db_path: Path, tmp_path: Path, suffix: str
) -> None:
    held_past(db)
    letter = write(db_path, tmp_path, "rti", suffix)
    assert "The Public Information Officer Foreigners Division" in letter
    assert "section 6(1) of the Right to Information Act, 2005" in letter
    # 30 days from 2025-12-27 is 2026-01-26, Republic Day: the reply is due the next day.
    assert "by 2026-01-27 if it is received on 2025-12-27" in letter
    assert "2026-01-26: the office is closed (Republic Day" in letter
    # Held past release, liberty is at stake: 48 hours, to Monday 2025-12-29.
    assert "concerns the liberty of a person" in letter
    assert "that is by 2025-12-29 if it is received on 2025-12-27" in letter
    assert "held 352 days past the end of the sentence" in letter


def test_the_rti_application_for_someone_still_serving_has_no_48_hour_clock(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    db.cases.add(
        PrisonerFile(
            ref="KOL/7",
            name="Ram Karki",
            claimed_nationality="NP",
            conviction_date=date(2025, 6, 1),
            sentence=Sentence(years=2),
            status=Status.SERVING,
        )
    )
    db.movements.move("KOL/7", "MHA-FD", on=date(2025, 7, 1), today=TODAY)
    letter = write(db_path, tmp_path, "rti", ".pdf")
    assert "by 2026-01-27 if it is received on 2025-12-27" in letter
    assert "liberty" not in letter and "forty-eight hours" not in letter
    assert "past the end of the sentence" not in letter


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_nhrc_complaint_gives_the_chronology_and_the_law(
    db: Database, db_path: Path, tmp_path: Path, suffix: str
) -> None:
    held_past(db)
    letter = write(db_path, tmp_path, "nhrc", suffix)
    assert "National Human Rights Commission" in letter
    assert "section 12 of the Protection of Human Rights Act, 1993" in letter
    assert "Article 21 of the Constitution of India" in letter
    mha = "Foreigners Division, Ministry of Home Affairs, Government of India"
    wb = "Home and Hill Affairs Department, Government of West Bengal"
    chronology = [
        "2024-01-10: arrested",
        "2024-01-10: convicted",
        "2025-01-09: due for release on completing the sentence",
        f"2025-03-03: the file sent to {wb} (letter PRC/2025/31)",
        f"2025-04-15: the file forwarded to {mha} by {wb} (letter WB/HOME/FN/88)",
        f"2025-06-02: the file sent to {mha} (letter PRC/2025/77)",
        f"2025-09-01: our letter to {mha}: asked for the verification report",
        f"2025-10-06: {mha} replied: verification report awaited from Dhaka",
        "2025-12-27: held 352 days past release",
    ]
    assert " ".join(chronology) in letter
    assert f"now with {mha}, which has held it since 2025-04-15 (256 days)" in letter


def test_bad_input_gets_one_line_naming_the_field_and_nothing_is_written(
    db: Database, db_path: Path, tmp_path: Path
) -> None:
    held_past(db)
    db.cases.add(PrisonerFile(ref="KOL/8", name="Salma Begum", claimed_nationality="BD"))

    def refused(*argv: str) -> str:
        ran = repatriate("--db", db_path, "letter", *argv, "--as-of", AS_OF)
        assert ran.returncode != 0
        assert list(tmp_path.glob("out*")) == []
        return ran.stderr

    txt = str(tmp_path / "out.txt")
    assert f"output: {txt}: must end in .pdf or .docx" in refused("chaser", "KOL/7", "-o", txt)
    pdf = str(tmp_path / "out.pdf")
    assert "KOL/99" in refused("chaser", "KOL/99", "-o", pdf)
    assert "desk: (none): no desk holds KOL/8: give --to" in refused("chaser", "KOL/8", "-o", pdf)
    assert "desk: BDHC-DEL: is not an Indian public authority" in refused(
        "rti", "KOL/7", "-o", pdf, "--to", "BDHC-DEL"
    )
    assert "invalid choice" in refused("appeal", "KOL/7", "-o", pdf)


def test_a_chaser_to_a_desk_named_with_to(db: Database, db_path: Path, tmp_path: Path) -> None:
    held_past(db)
    letter = write(db_path, tmp_path, "chaser", ".pdf", "--to", "WB-HOME")
    assert "Home and Hill Affairs Department Government of West Bengal" in letter
    assert "2025-03-03: the file sent to you with our letter PRC/2025/31" in letter
    # It no longer holds the file: no days held are claimed.
    assert "has been with it for" not in letter
