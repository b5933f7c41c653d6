"""The main window as a caseworker meets it: the welcome page on an empty database, the pages
by keyboard, files opened from the table, unsaved changes never lost on the way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.ui.files_model import COLUMNS
from repatriate.ui.main_window import MainWindow
from repatriate.ui.screen import GEOMETRY_KEY, fit_to_screen, restore_geometry

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
    pages = (
        window.week,
        window.desks,
        window.overview,
        window.advocacy,
        window.settings,
        window.files,
    )
    keys = (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_1)
    for key, page in zip(keys, pages, strict=True):
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
    assert window.files.model.index(0, COLUMNS.index("name")).data() == "Nur Alam Sheikh"


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


def test_the_window_opens_where_it_was_closed(
    qtbot: QtBot, clinic: Database, own_settings: Path
) -> None:
    first = window_on(qtbot, clinic)
    first.setGeometry(QRect(10, 20, first.width(), 600))
    first.close()
    assert str(own_settings) in QSettings().fileName()
    assert QSettings().value(GEOMETRY_KEY) == first.geometry()
    again = window_on(qtbot, clinic)
    assert (again.geometry().y(), again.height()) == (20, 600)


def test_a_window_is_restored_at_its_place_and_size(qtbot: QtBot) -> None:
    free = QGuiApplication.primaryScreen().availableGeometry()
    QSettings().setValue(GEOMETRY_KEY, QRect(free.left() + 40, free.top() + 30, 500, 400))
    window = QWidget()
    qtbot.addWidget(window)
    assert restore_geometry(window, QSize(1280, 800)) == QRect(
        free.left() + 40, free.top() + 30, 500, 400
    )
    assert window.geometry() == QRect(free.left() + 40, free.top() + 30, 500, 400)


def test_a_window_closed_on_a_larger_screen_opens_within_this_one(qtbot: QtBot) -> None:
    # Closed on the right of a large monitor, now opened on a laptop's screen.
    QSettings().setValue(GEOMETRY_KEY, QRect(3000, 2000, 2400, 1400))
    window = QWidget()
    qtbot.addWidget(window)
    placed = restore_geometry(window, QSize(1280, 800))
    free = window.screen().availableGeometry()
    assert placed == free
    assert free.contains(window.geometry())


def test_the_first_window_takes_the_default_size(qtbot: QtBot, clinic: Database) -> None:
    # No window was closed in this test's settings, whatever earlier tests did.
    assert QSettings().value(GEOMETRY_KEY) is None
    window = window_on(qtbot, clinic)
    free = window.screen().availableGeometry().size()
    assert window.height() == min(800, free.height())
