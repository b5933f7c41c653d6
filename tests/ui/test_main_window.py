"""The main window as a caseworker meets it: the welcome page on an empty database, the pages
by keyboard, files opened from the table, unsaved changes never lost on the way."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.ui.main_window import MainWindow
from repatriate.ui.screen import fit_to_screen

Answer = QMessageBox.StandardButton


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        window.show()
    return window


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(
        PrisonerFile(
            ref="K-1",
            name="Nur Alam",
            claimed_nationality="BD",
            conviction_date=date(2024, 1, 10),
            sentence=Sentence(years=1),
            status=Status.SENTENCE_COMPLETED,
        )
    )
    return db


def name_field(window: MainWindow) -> QLineEdit:
    widget = window.editor.form.bindings["name"].widget
    assert isinstance(widget, QLineEdit)
    return widget


def test_an_empty_database_opens_on_the_welcome_page(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert db.location in window.windowTitle()
    assert window.stack.currentWidget() is window.welcome
    window.welcome.add_file_requested.emit()
    assert window.stack.currentWidget() is window.editor


def test_every_page_is_a_shortcut_away(qtbot: QtBot, clinic: Database) -> None:
    window = window_on(qtbot, clinic)
    assert window.stack.currentWidget() is window.files
    pages = (window.week, window.desks, window.overview, window.settings, window.files)
    for key, page in zip(
        (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_1), pages, strict=True
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is page


def test_ctrl_f_goes_to_the_filter_and_ctrl_n_starts_a_file(qtbot: QtBot, clinic: Database) -> None:
    window = window_on(qtbot, clinic)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.files
    assert QApplication.focusWidget() is window.files.filter_box
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.editor
    assert window.editor.current_ref is None


def test_a_file_opened_from_the_table_is_edited_and_not_lost(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, clinic: Database
) -> None:
    window = window_on(qtbot, clinic)
    window.files.table.activated.emit(window.files.model.index(0, 0))
    assert window.stack.currentWidget() is window.editor
    assert window.editor.current_ref == "K-1"

    name = name_field(window)
    name.selectAll()
    qtbot.keyClicks(name, "Nur Alam Sheikh")
    asked: list[str] = []

    def cancel(_parent: object, title: str, *_args: object) -> Answer:
        asked.append(title)
        return Answer.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Unsaved changes"]
    assert window.stack.currentWidget() is window.editor
    window.close()
    assert window.isVisible()
    assert name_field(window).text() == "Nur Alam Sheikh"

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Answer.Save)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        qtbot.mouseClick(
            window.sidebar.viewport(),
            Qt.MouseButton.LeftButton,
            pos=window.sidebar.visualItemRect(window.sidebar.item(0)).center(),
        )
    assert window.stack.currentWidget() is window.files
    assert clinic.cases.get("K-1").name == "Nur Alam Sheikh"
    assert window.files.model.summary_at(0).name == "Nur Alam Sheikh"


def test_focus_on_the_sidebar_does_not_leave_the_open_file(qtbot: QtBot, clinic: Database) -> None:
    window = window_on(qtbot, clinic)
    window.open_file("K-1")
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Tab)
    assert window.stack.currentWidget() is window.editor
    assert window.sidebar.currentRow() == 0


def test_the_window_opens_within_a_small_screen(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry().size()
    assert window.width() <= max(free.width(), window.minimumSizeHint().width())
    assert window.height() <= free.height()
    # Every page fits 1024x600: the forms scroll rather than push the window past it.
    assert window.minimumSizeHint().width() <= 1024
    assert window.minimumSizeHint().height() <= 600
    assert fit_to_screen(window, QSize(1280, 800)).height() <= free.height()
