"""Letters… on a file: the dialog writes the chosen letter to the chosen desk, in the chosen
format, and says plainly when it cannot."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from docx import Document
from pytestqt.qtbot import QtBot

from pdf_checks import text
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.letter_dialog import LetterDialog

TODAY = date.today()


def held(db: Database) -> None:
    db.cases.add(
        PrisonerFile(
            ref="A-1",
            name="Rahim Uddin",
            claimed_nationality="BD",
            conviction_date=TODAY - timedelta(days=900),
            sentence=Sentence(years=2),
            status=Status.SENTENCE_COMPLETED,
        )
    )
    db.movements.move("A-1", "MHA-FD", on=TODAY - timedelta(days=40), letter_ref="PRC/9")


def dialog(qtbot: QtBot, db: Database) -> LetterDialog:
    shown = LetterDialog(db, "A-1")
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_the_chaser_to_the_holding_desk_as_pdf(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    held(db)
    shown = dialog(qtbot, db)
    shown.output.setText(str(tmp_path / "chaser.pdf"))
    shown.save()
    assert shown.task is not None
    tasks.wait(shown.task)
    qtbot.waitUntil(lambda: shown.written is not None)
    letter = text(tmp_path / "chaser.pdf")
    assert "Foreigners Division" in letter and "our letter PRC/9" in letter
    assert "has been with it for 40 days" in letter
    assert str(tmp_path / "chaser.pdf") in shown.status.text()


def test_an_rti_application_as_word_to_a_chosen_desk(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    held(db)
    shown = dialog(qtbot, db)
    shown.kind.setCurrentIndex(1)
    shown.format.setCurrentIndex(1)
    assert shown.output.text().endswith(".docx") and "rti-A-1-" in shown.output.text()
    shown.desk.setCurrentIndex(shown.desk.findData("WB-HOME"))
    shown.output.setText(str(tmp_path / "rti.docx"))
    shown.save()
    assert shown.task is not None
    tasks.wait(shown.task)
    qtbot.waitUntil(lambda: shown.written is not None)
    words = " ".join(p.text for p in Document(str(tmp_path / "rti.docx")).paragraphs)
    assert "The Public Information Officer Home and Hill Affairs Department" in words


def test_a_bad_file_name_is_said_in_the_dialog(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    held(db)
    shown = dialog(qtbot, db)
    shown.output.setText(str(tmp_path / "letter.txt"))
    shown.save()
    assert shown.task is not None
    tasks.wait(shown.task)
    qtbot.waitUntil(lambda: "must end in .pdf or .docx" in shown.status.text())
    assert not (tmp_path / "letter.txt").exists()
