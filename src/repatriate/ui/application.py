"""Starting Qt and showing the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from repatriate.domain.errors import RepatriateError
from repatriate.services.database import Database, encrypted_file
from repatriate.ui import script_fonts
from repatriate.ui.lock import unlock_file
from repatriate.ui.main_window import MainWindow


class Session:
    """The open database and its window; the window can ask to be reopened on another
    database (the separate demo database chosen on the welcome page)."""

    def __init__(self, db: Database) -> None:
        self.db = db
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
            db = Database.open(location, create=False)
        except RepatriateError as exc:
            QMessageBox.critical(self.window, self.window.tr("Cannot open the database"), str(exc))
            return
        old_window, old_db = self.window, self.db
        self.db, self.window = db, self._window(db)
        old_window.close()
        old_window.deleteLater()
        old_db.close()


def run_window(db: Database, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Repatriate")
    app.setOrganizationName("Repatriate")
    script_fonts.install()
    session = Session(db)
    try:
        return app.exec()
    finally:
        # The caller closes the database it opened; one opened here is closed here.
        if session.db is not db:
            session.db.close()
