"""The main window. The pages (files, this week, desks, overview) are added as they are built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from repatriate.services.database import Database


class MainWindow(QMainWindow):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Repatriate — {0}").format(db.location))
        self.resize(1280, 800)
        count = db.cases.count()
        summary = QLabel(self.tr("%Ln prisoner file(s) in this database.", "", count))
        summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(summary)
        self.statusBar().showMessage(db.location)
