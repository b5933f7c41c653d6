"""Asking for the passphrase of an encrypted database, and locking the window.

The window locks after some minutes without a key press or a click (the setting
`lock_after_minutes`) and on Ctrl+L: a lock screen takes the place of the pages, the menus are
disabled, and the pages themselves stay as they were, unsaved edits included, until the
passphrase is typed again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.errors import RepatriateError
from repatriate.services.database import Database
from repatriate.services.encryption import unlock
from repatriate.ui.dialogs import ok_cancel

_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel})


class PassphraseDialog(QDialog):
    """The passphrase of an encrypted database, accepted only once it opens it."""

    def __init__(
        self, path: Path, check: Callable[[str], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.check = check
        self.setWindowTitle(self.tr("Unlock the database"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = QLabel()
        self.error.hide()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Passphrase for %1").replace("%1", str(path))))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.check(self.passphrase.text())
        self.passphrase.clear()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()


def unlock_file(path: Path, parent: QWidget | None = None) -> bool:
    """Ask for the passphrase of `path` until it opens the file; False if cancelled."""
    QApplication.instance() or QApplication([])

    def check(passphrase: str) -> str | None:
        try:
            unlock(path, passphrase)
        except RepatriateError as exc:
            return str(exc)
        return None

    return PassphraseDialog(path, check, parent).exec() == QDialog.DialogCode.Accepted


class LockScreen(QWidget):
    """What the window shows while locked: nothing of the clinic's files."""

    def __init__(self, encrypted: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setVisible(encrypted)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.error = QLabel()
        self.error.hide()
        title = QLabel(self.tr("Repatriate is locked"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            self.tr("Type the passphrase to go on where you left off.")
            if encrypted
            else self.tr(
                "This database is not encrypted: whoever has the file can read it "
                "(see `repatriate encrypt`)."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, hint, self.passphrase, self.error, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)


class Locker(QObject):
    """Locks `window` after `lock_after_minutes` without activity and on Ctrl+L. `cover`
    holds the window's content and the lock screen; it is the window's central widget."""

    def __init__(self, window: QMainWindow, body: QWidget, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.encrypted = db.encryption.encrypted
        self.locked = False
        self.screen = LockScreen(self.encrypted)
        self.cover = QStackedWidget()
        self.cover.addWidget(body)
        self.cover.addWidget(self.screen)
        self.screen.unlock_button.clicked.connect(self.try_unlock)
        self.screen.passphrase.returnPressed.connect(self.try_unlock)
        self.action = QAction(self.tr("&Lock"), window)
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.triggered.connect(self.lock)
        window.addAction(self.action)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.restart_idle_timer()
        self._enabled: dict[QAction, bool] = {}
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def restart_idle_timer(self) -> None:
        """Count the idle minutes afresh, as many as the settings now say."""
        try:
            minutes = self.db.settings.lock_after_minutes()
        except RepatriateError:
            minutes = 15
        self.idle.setInterval(minutes * 60_000)
        self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _ACTIVITY:
            self.idle.start()
        return False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        self._enabled = {action: action.isEnabled() for action in self.window.actions()}
        for action in self._enabled:
            action.setEnabled(False)
        self.window.menuBar().setEnabled(False)
        self.window.statusBar().clearMessage()
        self.screen.error.hide()
        self.cover.setCurrentWidget(self.screen)
        (self.screen.passphrase if self.encrypted else self.screen.unlock_button).setFocus()

    def try_unlock(self) -> bool:
        """Unlock if the passphrase typed is the database's (any for a plain database)."""
        passphrase = self.screen.passphrase.text()
        self.screen.passphrase.clear()
        if self.encrypted and not self.db.encryption.check_passphrase(passphrase):
            self.screen.error.setText(
                self.tr("Wrong passphrase for %1").replace("%1", self.db.location)
            )
            self.screen.error.show()
            return False
        self.locked = False
        for action, enabled in self._enabled.items():
            action.setEnabled(enabled)
        self.window.menuBar().setEnabled(True)
        self.cover.setCurrentIndex(0)
        self.restart_idle_timer()
        return True
