from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import Category, PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.register import embassy_choices
from repatriate.ui import tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.print_dialog import PrintDialog

TODAY = date.today()


def held_past(ref: str, name: str, **changes: object) -> PrisonerFile:
    pf = PrisonerFile(
        ref=ref,
        name=name,
        claimed_nationality="BD",
        court_nationality="BD",
        prison="Dum Dum Central Correctional Home",
        state="WB",
        home_address="Village Char Kukri, Bhola",
        conviction_date=TODAY - timedelta(days=900),
        sentence=Sentence(years=2),
        status=Status.SENTENCE_COMPLETED,
    )
    return pf.replace(**changes)


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(held_past("A-1", "Rahim Uddin"))
    db.cases.add(held_past("A-2", "Salma Begum"))
    db.cases.add(held_past("A-3", "Karim Sheikh", passport_number="A01234567"))
    db.cases.add(held_past("D-1", "Nur Alam", claimed_nationality="MM"))
    db.cases.add(held_past("R-1", "Mohammad Islam", category=Category.ASYLUM_SEEKER))
    db.cases.add(held_past("N-1", "Ram Karki", claimed_nationality="NP", court_nationality="NP"))
    return db


def dialog_for(qtbot: QtBot, db: Database, ref: str | None = None) -> PrintDialog:
    dialog = PrintDialog(db, DataEvents(), ref=ref)
    qtbot.addWidget(dialog)
    dialog.show()
    if dialog.loading is not None:
        tasks.wait(dialog.loading)
    return dialog


def test_embassy_choices_come_from_the_nationalities_held(qtbot: QtBot, clinic: Database) -> None:
    assert [code for code, _, _ in embassy_choices(clinic.register.summaries())] == [
        "BD",
        "MM",
        "NP",
    ]
    dialog = dialog_for(qtbot, clinic)
    assert dialog.country.itemText(0) == "Bangladesh (BD): 4 held, 4 past release"
    assert dialog.save_button.isEnabled()
    assert Path(dialog.output.text()).name == f"fact-sheets-BD-{TODAY.isoformat()}.pdf"
    dialog.choose_country("NP")
    assert Path(dialog.output.text()).name == f"fact-sheets-NP-{TODAY.isoformat()}.pdf"
    # Empty: each sheet asks what fits the person's situation.
    assert dialog.request.toPlainText() == ""


def test_a_batch_for_an_embassy_is_printed_with_who_was_left_out(
    qtbot: QtBot, clinic: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic)
    dialog.choose_country("BD")
    target = tmp_path / "bangladesh.pdf"
    dialog.output.setText(str(target))
    dialog.csv_annex.setChecked(True)
    with qtbot.waitSignal(dialog.printed, timeout=60_000) as printed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert printed.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
    pages = PdfReader(target).pages
    assert len(pages) >= 4  # a cover letter and a sheet for each of the three printed
    text = "".join(page.extract_text() for page in pages)
    assert "Rahim Uddin" in text and "Karim Sheikh" in text
    assert "Nur Alam" not in text
    annex = target.with_suffix(".csv").read_text(encoding="utf-8-sig")
    assert "Salma Begum" in annex

    report = dialog.report.toPlainText()
    assert ": 3, written to" in report
    assert "Left out (2)" in report
    assert "D-1: nationality disputed: claims MM, the court recorded BD" in report
    assert "R-1: asylum seeker" in report

    opened: list[QUrl] = []
    dialog.opener = opened.append
    assert dialog.open_button.isEnabled()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))]


def test_a_batch_nobody_can_go_on_says_why(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    db.cases.add(held_past("R-1", "Mohammad Islam", category=Category.ASYLUM_SEEKER))
    dialog = dialog_for(qtbot, db)
    target = tmp_path / "nobody.pdf"
    dialog.output.setText(str(target))
    dialog.save_pdf()
    assert dialog.task is not None
    tasks.wait(dialog.task)
    assert not target.exists()
    report = dialog.report.toPlainText()
    assert report.startswith("Nothing was printed")
    assert "R-1: asylum seeker" in report
    assert not dialog.open_button.isEnabled()


def test_one_file_s_sheet_is_printed(qtbot: QtBot, clinic: Database, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, clinic, ref="A-3")
    assert Path(dialog.output.text()).name == f"fact-sheet-A-3-{TODAY.isoformat()}.pdf"
    target = tmp_path / "a3.pdf"
    dialog.output.setText(str(target))
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.save_pdf()
    assert target.read_bytes().startswith(b"%PDF")
    assert "A01234567" in "".join(p.extract_text() for p in PdfReader(target).pages)
    assert ": 1, written to" in dialog.report.toPlainText()


def test_someone_at_risk_needs_an_override_with_a_reason(
    qtbot: QtBot, clinic: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic, ref="R-1")
    target = tmp_path / "r1.pdf"
    dialog.output.setText(str(target))
    dialog.save_pdf()
    assert dialog.task is not None
    tasks.wait(dialog.task)
    assert not target.exists()
    assert "unless an override is recorded" in dialog.problems.text()
    assert dialog.override_button.isVisibleTo(dialog)

    assert dialog.override_risk("   ") is False
    assert "reason" in dialog.problems.text()
    assert dialog.override_risk("UNHCR found no risk; the person asks to go home") is True
    assert not dialog.override_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        dialog.save_pdf()
    assert target.read_bytes().startswith(b"%PDF")


def test_cancel_leaves_no_file(qtbot: QtBot, clinic: Database, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, clinic)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.pdf"
    dialog.output.setText(str(target))
    dialog.save_pdf()
    assert dialog.task is not None
    dialog.task.cancel()
    tasks.wait(dialog.task)
    assert dialog.problems.text() == "Cancelled: nothing was written or sent."
    assert list(folder.iterdir()) == []  # neither the PDF nor a part-written temporary file
    assert dialog.save_button.isEnabled()


def test_a_bad_path_is_named_and_nothing_runs(
    qtbot: QtBot, clinic: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic)
    dialog.output.setText(str(tmp_path / "sheets.txt"))
    dialog.save_pdf()
    assert dialog.task is None
    assert "Save as: " in dialog.problems.text()
    assert "give a file name ending in .pdf" in dialog.problems.text()
    dialog.output.setText(str(tmp_path / "missing" / "sheets.pdf"))
    dialog.save_pdf()
    assert dialog.task is None
    assert "does not exist" in dialog.problems.text()


def pdf_printer(path: Path) -> Callable[[QPrinter], bool]:
    """What a caseworker does in the print dialog: picks a printer, here one writing a PDF."""

    def choose(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(100)
        return True

    return choose


def ink(path: Path, page: int) -> float:
    """The share of a printed page's pixels that are not white."""
    image = QImage()
    image.loadFromData(
        subprocess.run(
            ["pdftoppm", "-png", "-r", "30", "-f", str(page), "-l", str(page), str(path)],
            check=True,
            capture_output=True,
        ).stdout
    )
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 200
    )
    return dark / ((image.height() // 2) * (image.width() // 2))


def test_print_sends_every_page_to_the_printer_chosen(
    qtbot: QtBot, clinic: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic)
    dialog.choose_country("BD")
    saved = tmp_path / "saved.pdf"
    dialog.output.setText(str(saved))
    printed = tmp_path / "printer.pdf"
    dialog.ask_printer = pdf_printer(printed)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None
    tasks.wait(dialog.task)
    report = dialog.report.toPlainText()
    assert "Fact sheets for High Commission of Bangladesh: 3, sent to the printer" in report
    assert not saved.exists()  # printing leaves no PDF behind
    dialog.save_pdf()
    assert dialog.task is not None
    tasks.wait(dialog.task)
    assert len(PdfReader(printed).pages) == len(PdfReader(saved).pages) >= 4
    assert f"pages sent: {len(PdfReader(saved).pages)}." in report
    assert all(ink(printed, page) > 0.005 for page in (1, 2))  # pages are not blank


def test_printing_nobody_sends_nothing(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    db.cases.add(held_past("R-1", "Mohammad Islam", category=Category.ASYLUM_SEEKER))
    dialog = dialog_for(qtbot, db)
    printed = tmp_path / "printer.pdf"
    dialog.ask_printer = pdf_printer(printed)
    dialog.send_to_printer()
    assert dialog.task is not None
    tasks.wait(dialog.task)
    assert dialog.report.toPlainText().startswith("Nothing was printed")
    assert not printed.exists()


def test_a_closed_print_dialog_prints_nothing(
    qtbot: QtBot, clinic: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic, ref="A-1")
    dialog.ask_printer = lambda printer: False
    dialog.send_to_printer()
    assert dialog.task is None


@pytest.mark.qt_log_ignore("^QPainter::begin\\(\\): Returned false")
def test_a_printer_that_cannot_start_is_named(
    qtbot: QtBot, clinic: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic, ref="A-1")
    unreachable = tmp_path / "no-such-folder" / "printer.pdf"
    dialog.ask_printer = pdf_printer(unreachable)
    dialog.send_to_printer()
    assert dialog.task is not None
    tasks.wait(dialog.task)
    assert dialog.problems.text() == f"printer: {unreachable}: it could not be started"
    assert dialog.send_button.isEnabled()


def test_the_cover_letter_can_be_printed_in_bengali(
    qtbot: QtBot, clinic: Database, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot, clinic)
    dialog.choose_country("BD")
    choice = dialog.letter_language
    assert [choice.itemData(i) for i in range(choice.count())] == ["en", "bn", "ne"]
    assert choice.itemText(1) == "বাংলা"
    choice.setCurrentIndex(1)
    target = tmp_path / "bangladesh.pdf"
    dialog.output.setText(str(target))
    with qtbot.waitSignal(dialog.printed, timeout=60_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    letter = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(target), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "বাংলাদেশের ৩ জন নাগরিকের" in letter
    assert "Dear Sir or Madam" not in letter
