"""Starting Qt and showing the main window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from repatriate.domain.errors import RepatriateError
from repatriate.resource_files import resource
from repatriate.services.database import Database, encrypted_file
from repatriate.ui import language, script_fonts
from repatriate.ui.bundle_offer import offer_bundle
from repatriate.ui.database_lock import DatabaseLock, Holder
from repatriate.ui.lock import unlock_file
from repatriate.ui.main_window import MainWindow

AskReadOnly = Callable[[QWidget | None, str, Holder], bool]
"""Asked when another window has the database open: True opens it read-only, False not at all."""


def ask_read_only(parent: QWidget | None, location: str, holder: Holder) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("Application", "The database is open in another window")
    )
    box.setText(
        QCoreApplication.translate(
            "Application",
            "%1 is open in another Repatriate window (%2). Only one window at a time may change "
            "it. Open it read-only here, to look without changing anything?",
        )
        .replace("%1", location)
        .replace("%2", holder.describe())
    )
    read_only = box.addButton(
        QCoreApplication.translate("Application", "Open read-only"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("Application", "Do not open"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is read_only


def claim(
    db: Database, ask: AskReadOnly, parent: QWidget | None = None
) -> tuple[Database, DatabaseLock | None] | None:
    """`db` with its lock, or, when another window holds the lock and the caseworker agrees,
    the same database opened read-only (without the lock); None when not to open it."""
    lock = DatabaseLock.beside(db)
    if lock is None or lock.claim():
        return db, lock
    if not ask(parent, db.location, lock.holder()):
        return None
    return Database.open(db.location, read_only=True), None


class Session:
    """The open database and its window; the window can ask to be reopened on another
    database (the separate demo database chosen on the welcome page)."""

    def __init__(
        self, db: Database, lock: DatabaseLock | None = None, ask: AskReadOnly = ask_read_only
    ) -> None:
        self.db = db
        self.lock = lock
        self.ask = ask
        self.window = self._window(db)

    def _window(self, db: Database) -> MainWindow:
        window = MainWindow(db)
        window.reopen_requested.connect(self.reopen)
        window.show()
        return window

    def reopen(self, location: str) -> None:
        try:
            path = encrypted_file(location)
            if path is not None and not unlock_file(path, self.window):
                return
            opened = Database.open(location, create=False)
            claimed = claim(opened, self.ask, self.window)
        except RepatriateError as exc:
            QMessageBox.critical(
                self.window,
                QCoreApplication.translate("Application", "Cannot open the database"),
                str(exc),
            )
            return
        if claimed is None or claimed[0] is not opened:
            opened.close()
        if claimed is None:
            return
        old_window, old_db, old_lock = self.window, self.db, self.lock
        (self.db, self.lock), self.window = claimed, self._window(claimed[0])
        old_window.close()
        old_window.deleteLater()
        old_db.close()
        if old_lock is not None:
            old_lock.release()

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def program_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource("icons", f"repatriate-{size}.png")), QSize(size, size))
    return icon


def run_window(
    db: Database, argv: list[str], ask: AskReadOnly = ask_read_only, bundle: Path | None = None
) -> int:
    """Run the window on `db`; with `bundle` (a .repatriate file opened from the file manager)
    it offers to import it once open."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Repatriate")
    app.setOrganizationName("Repatriate")
    QApplication.setWindowIcon(program_icon())
    script_fonts.install()
    try:
        language.install(app, db.settings.language(), db.settings.native_digits())
        claimed = claim(db, ask)
    except RepatriateError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("Application", "Cannot open the database"), str(exc)
        )
        return 1
    if claimed is None:
        return 0
    session = Session(*claimed, ask=ask)
    if bundle is not None:
        window = session.window
        QTimer.singleShot(0, lambda: offer_bundle(window, window.db, window.events, bundle))
    try:
        return app.exec()
    finally:
        session.close()
        # The caller closes the database it opened; one opened here is closed here.
        if session.db is not db:
            session.db.close()
