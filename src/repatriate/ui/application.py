"""Starting Qt and showing the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from repatriate.services.database import Database
from repatriate.ui.main_window import MainWindow


def run_window(db: Database, argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Repatriate")
    app.setOrganizationName("Repatriate")
    window = MainWindow(db)
    window.show()
    return app.exec()
