from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.import_dialog import ImportDialog, export_all
from repatriate.ui.welcome_page import DEMO_CASES, WelcomePage, demo_location

HEADER = "ref,name,claimed_nationality,arrest_date,conviction_date,sentence_years,status\n"
FIRST_ROW = "A-1,Rahim Uddin,BD,2021-01-05,2021-06-01,1,sentence completed\n"
LAST_ROW = "A-3,Ram Karki,NP,2020-03-01,2020-09-01,1,sentence completed\n"
BAD_ROW = "A-2,Salma Begum,Bangladesh,2022-02-30,2022-08-01,2,serving\n"
FIXED_ROW = "A-2,Salma Begum,Bangladesh,2022-02-28,2022-08-01,2,serving\n"


def problem_lines(dialog: ImportDialog) -> list[str]:
    return [dialog.problems.item(i).text() for i in range(dialog.problems.count())]


def welcome(qtbot: QtBot, db: Database, events: DataEvents) -> WelcomePage:
    page = WelcomePage(db, events)
    qtbot.addWidget(page)
    page.show()
    return page


def test_add_a_file_asks_the_window_for_a_new_file(qtbot: QtBot, db: Database) -> None:
    page = welcome(qtbot, db, DataEvents())
    with qtbot.waitSignal(page.add_file_requested):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def test_demo_data_goes_into_a_separate_file(qtbot: QtBot, db: Database, db_path: Path) -> None:
    page = welcome(qtbot, db, DataEvents())
    assert str(demo_location(db.location)) in page.demo_button.description()
    with qtbot.waitSignal(page.demo_ready, timeout=120_000) as ready:
        qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    (path,) = ready.args
    assert Path(path) == db_path.parent / "repatriate-demo.sqlite3"
    demo = Database.open(path)
    try:
        assert demo.cases.count() == DEMO_CASES
    finally:
        demo.close()
    assert db.cases.count() == 0
    assert page.demo_button.isEnabled()


def test_the_demo_file_is_never_the_clinic_s_own(tmp_path: Path) -> None:
    clinic = tmp_path / "repatriate-demo.sqlite3"
    assert demo_location(str(clinic)) == tmp_path / "repatriate-demo-1.sqlite3"


def test_import_previews_rows_and_problems_before_writing(
    qtbot: QtBot, db: Database, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    source = tmp_path / "prisoners.csv"
    source.write_text(HEADER + FIRST_ROW + BAD_ROW + LAST_ROW, encoding="utf-8")
    events = DataEvents()
    page = welcome(qtbot, db, events)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()

    dialog.path.setText(str(source))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)
    assert dialog.checking is not None
    tasks.wait(dialog.checking)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.view)
    assert dialog.model.rowCount() == 3
    headers = [
        dialog.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(dialog.model.columnCount())
    ]
    assert headers[:3] == ["Row", "ref", "name"]
    assert headers[-1] == "Problems"
    bad = dialog.model.rows[1]
    assert bad.number == 3
    assert bad.cells[1] == "Salma Begum"
    arrest = headers.index("arrest_date")
    assert dialog.model.index(1, arrest).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert dialog.model.index(0, arrest).data(Qt.ItemDataRole.ForegroundRole) is None
    assert "no such date" in dialog.model.index(1, arrest).data(Qt.ItemDataRole.ToolTipRole)
    assert problem_lines(dialog) == [
        "row 3: arrest_date: 2022-02-30: no such date (day is out of range for month)"
    ]
    # Choosing the problem selects its cell in the rows above.
    dialog.problems.setCurrentRow(0)
    current = dialog.table.currentIndex()
    assert (current.row(), current.column()) == (1, arrest)
    assert dialog.table.selectionModel().selectedIndexes() == [current]
    # Sorted by the problems, the bad row comes first, and the problem still finds its cell.
    dialog.table.sortByColumn(len(headers) - 1, Qt.SortOrder.DescendingOrder)
    dialog.problems.setCurrentRow(-1)
    dialog.problems.setCurrentRow(0)
    current = dialog.table.currentIndex()
    assert (current.row(), current.column()) == (0, arrest)
    assert current.data() == "2022-02-30"
    assert "Problems found: 1," in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert db.cases.count() == 0

    # The caseworker corrects the file and checks it again.
    source.write_text(HEADER + FIRST_ROW + FIXED_ROW + LAST_ROW, encoding="utf-8")
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert dialog.checking is not None
    tasks.wait(dialog.checking)
    assert problem_lines(dialog) == []
    assert "3 files are ready to import" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert db.cases.count() == 0

    with qtbot.waitSignal(events.changed) as changed:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert changed.args == [[]]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert db.cases.count() == 3
    assert db.cases.get("A-2").claimed_nationality == "BD"


def test_day_first_dates_are_read_when_asked(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    source = tmp_path / "dayfirst.csv"
    source.write_text(
        HEADER + "B-1,Nur Alam,MM,05/01/2021,01/06/2021,1,serving\n", encoding="utf-8"
    )
    dialog = ImportDialog(db, DataEvents())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    dialog.check()
    assert dialog.checking is not None
    tasks.wait(dialog.checking)
    lines = problem_lines(dialog)
    assert len(lines) == 2
    for line in lines:
        assert "--" not in line
        assert line.endswith("(or tick “Dates are written day first”)")
    assert "--" not in dialog.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert not dialog.import_button.isEnabled()
    dialog.dayfirst.setChecked(True)
    tasks.wait(dialog.checking)
    assert problem_lines(dialog) == []
    assert dialog.import_button.isEnabled()


def test_a_ref_already_in_the_database_is_a_problem(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    db.cases.add(PrisonerFile(ref="A-1", name="Someone Else"))
    source = tmp_path / "clash.csv"
    source.write_text(HEADER + FIRST_ROW + LAST_ROW, encoding="utf-8")
    dialog = ImportDialog(db, DataEvents())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(source))
    dialog.check()
    assert dialog.checking is not None
    tasks.wait(dialog.checking)
    assert problem_lines(dialog) == ["row 2: ref: A-1: already in the database"]
    assert not dialog.import_button.isEnabled()


def test_an_unreadable_file_is_explained(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    dialog = ImportDialog(db, DataEvents())
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "missing.csv"))
    dialog.check()
    assert dialog.checking is not None
    tasks.wait(dialog.checking)
    assert "no such file" in dialog.summary.text()
    assert dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled()


def test_export_writes_every_file(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.cases.add(PrisonerFile(ref="E-1", name="Rahim Uddin"))
    db.cases.add(PrisonerFile(ref="E-2", name="Salma Begum", name_native="সালমা বেগম"))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "export.csv"
    task = export_all(parent, db, target)
    assert task is not None
    tasks.wait(task)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [(r["ref"], r["name_native"]) for r in rows] == [("E-1", ""), ("E-2", "সালমা বেগম")]
    assert told == [f"2 files exported to {target}."]


def test_the_first_run_asks_for_the_letterhead_once(qtbot: QtBot, db: Database) -> None:
    welcome = WelcomePage(db, DataEvents())
    qtbot.addWidget(welcome)
    welcome.show()
    assert welcome.letterhead_box.isVisibleTo(welcome)
    fields = welcome.clinic_fields
    fields["name"].clear()
    qtbot.mouseClick(welcome.save_letterhead_button, Qt.MouseButton.LeftButton)
    assert "clinic.name: : required" in welcome.letterhead_problem.text()
    assert not db.settings.letterhead_asked()

    qtbot.keyClicks(fields["name"], "Prison Legal Aid Clinic")
    qtbot.keyClicks(fields["address"], "12 Court Road, Kolkata 700001")
    qtbot.keyClicks(fields["signatory"], "Sabita Roy")
    qtbot.keyClicks(fields["designation"], "Programme Coordinator")
    qtbot.mouseClick(welcome.save_letterhead_button, Qt.MouseButton.LeftButton)
    saved = db.settings.letterhead()
    assert (saved.name, saved.address, saved.signatory, saved.designation) == (
        "Prison Legal Aid Clinic",
        "12 Court Road\nKolkata 700001",
        "Sabita Roy",
        "Programme Coordinator",
    )
    assert not welcome.letterhead_box.isVisibleTo(welcome)
    again = WelcomePage(db, DataEvents())
    qtbot.addWidget(again)
    assert again.letterhead_box.isHidden()


def test_the_letterhead_can_be_skipped_and_is_not_asked_again(qtbot: QtBot, db: Database) -> None:
    welcome = WelcomePage(db, DataEvents())
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.mouseClick(welcome.skip_letterhead_button, Qt.MouseButton.LeftButton)
    assert not welcome.letterhead_box.isVisibleTo(welcome)
    assert "later, in Settings" in welcome.message.text()
    assert db.settings.letterhead().signatory == ""
    again = WelcomePage(db, DataEvents())
    qtbot.addWidget(again)
    assert again.letterhead_box.isHidden()
