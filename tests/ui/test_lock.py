"""Locking the window of an encrypted database: nothing shown while locked, the edit in
progress still there after the passphrase is typed again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.ui.lock import PassphraseDialog
from repatriate.ui.main_window import MainWindow

pytest.importorskip("sqlcipher3")

PASSPHRASE = "tea garden monsoon"


@pytest.fixture
def locked_clinic(db_path: Path) -> Iterator[Database]:
    db = Database.open(str(db_path))
    db.cases.add(PrisonerFile(ref="K-1", name="Nur Alam"), today=date(2026, 11, 22))
    db.encryption.encrypt(PASSPHRASE)
    db.close()
    reopened = Database.open(str(db_path))
    yield reopened
    reopened.close()


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        window.show()
    return window


def test_ctrl_l_hides_the_files_and_keeps_the_unsaved_edit(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, locked_clinic: Database
) -> None:
    window = open_window(qtbot, locked_clinic)
    window.files.table.activated.emit(window.files.model.index(0, 0))
    name = window.editor.form.bindings["name"].widget
    assert isinstance(name, QLineEdit)
    name.selectAll()
    qtbot.keyClicks(name, "Nur Alam Sheikh")

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.locked
    assert not window.stack.isVisible() and not name.isVisible()
    assert window.locker.screen.isVisible()
    assert not window.menuBar().isEnabled()
    # The page shortcuts do nothing while locked.
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.locker.locked and window.stack.currentWidget() is window.editor

    qtbot.keyClicks(window.locker.screen.passphrase, "tea garden")
    qtbot.keyClick(window.locker.screen.passphrase, Qt.Key.Key_Return)
    assert window.locker.locked
    assert "Wrong passphrase" in window.locker.screen.error.text()

    qtbot.keyClicks(window.locker.screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.locker.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locker.locked
    assert name.isVisible() and name.text() == "Nur Alam Sheikh"
    assert window.editor.is_dirty()
    assert locked_clinic.cases.get("K-1").name == "Nur Alam"
    # The edit kept through the lock is saved on closing, as any other.
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Save)
    window.close()
    assert locked_clinic.cases.get("K-1").name == "Nur Alam Sheikh"


def test_the_window_locks_after_the_minutes_set(qtbot: QtBot, locked_clinic: Database) -> None:
    locked_clinic.settings.set("lock_after_minutes", "2")
    window = open_window(qtbot, locked_clinic)
    assert window.locker.idle.isActive() and window.locker.idle.interval() == 120_000
    window.locker.idle.timeout.emit()
    assert window.locker.locked and not window.stack.isVisible()


def test_minutes_set_on_the_settings_page_take_effect_at_once(
    qtbot: QtBot, locked_clinic: Database
) -> None:
    window = open_window(qtbot, locked_clinic)
    assert window.locker.idle.interval() == 15 * 60_000
    page = window.settings
    assert page.lock_after.value() == 15
    page.lock_after.setValue(5)
    assert page.save() is True
    assert locked_clinic.settings.lock_after_minutes() == 5
    assert window.locker.idle.isActive() and window.locker.idle.interval() == 5 * 60_000


def test_the_passphrase_dialog_accepts_only_the_right_passphrase(qtbot: QtBot) -> None:
    tried: list[str] = []

    def check(passphrase: str) -> str | None:
        tried.append(passphrase)
        return None if passphrase == PASSPHRASE else "wrong passphrase for clinic.sqlite3"

    dialog = PassphraseDialog(Path("clinic.sqlite3"), check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.passphrase.echoMode() is QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.passphrase, "monsoon")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "wrong passphrase for clinic.sqlite3"
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert tried == ["monsoon", PASSPHRASE]
