"""The Backups dialog: the verified backups beside the database, a backup now, a restore, and
a check of the database for damage. Every copy and check runs on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repatriate.services.backup import Backup, CheckReport, describe_size
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.language import digits, number
from repatriate.ui.tables import Column, RowsModel, sorted_view, table_view


class BackupsDialog(QDialog):
    restored = Signal()
    """A backup was put in place of the database: the window must open it again."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 420)
        self.task: tasks.Task | None = None

        folder = QLabel(
            self.tr(
                "Verified backups are kept in %1. The last 10 are kept, and the newest of each "
                "of the last 7 days, 4 weeks and 12 months. Copy this folder to another disk "
                "from time to time."
            ).replace("%1", str(db.backups.folder))
        )
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model: RowsModel[Backup] = RowsModel(
            [
                Column(
                    self.tr("Made"),
                    lambda b: digits(b.made_at.strftime("%Y-%m-%d %H:%M:%S")),
                ),
                Column(self.tr("Why"), lambda b: self._reason(b.reason)),
                Column(
                    self.tr("Files"),
                    lambda b: "?" if b.files is None else number(b.files),
                    sort_key=lambda b: -1 if b.files is None else b.files,
                    numeric=True,
                ),
                Column(
                    self.tr("Size"),
                    lambda b: describe_size(b.size),
                    sort_key=lambda b: b.size,
                    numeric=True,
                ),
                Column(self.tr("File"), lambda b: b.path.name, tooltip=lambda b: str(b.path)),
            ],
            self,
        )
        self.proxy = sorted_view(self.model, 0, Qt.SortOrder.DescendingOrder)
        self.table = table_view(self.proxy, self.tr("Backups"))
        self.empty = QLabel(self.tr("No backup yet: make one now."))
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.check_button = QPushButton(self.tr("&Check the database"))
        actions = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.check_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(folder)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(lambda: self.restore())
        self.check_button.clicked.connect(self.check)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.refresh()

    def _reason(self, reason: str) -> str:
        words = {
            "manual": self.tr("made by hand"),
            "automatic": self.tr("automatic"),
            "before-import": self.tr("before an import"),
            "before-delete": self.tr("before a deletion"),
            "before-restore": self.tr("before a restore"),
        }
        return words.get(reason, reason.replace("-", " "))

    def refresh(self) -> None:
        self._run(self.tr("Reading the backups…"), lambda _p, _c: self.db.backups.all(), self._show)

    def _show(self, found: list[Backup]) -> None:
        self.model.set_rows(found)
        self.empty.setVisible(not found)
        self.table.setVisible(bool(found))
        if found:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None and self.task is None)

    def chosen(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def back_up(self) -> None:
        self._run(
            self.tr("Making a backup and checking it…"),
            lambda _p, _c: self.db.backups.backup(),
            self._backed_up,
        )

    def _backed_up(self, made: Backup) -> None:
        self.refresh()
        self.status.setText(self.tr("Backup made and verified: %1").replace("%1", str(made.path)))

    def restore(self, confirm: bool = True) -> None:
        backup = self.chosen()
        if backup is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Restore this backup"),
                self.tr(
                    "Put the backup made %1 in place of the database?\n\nEverything changed "
                    "since then is replaced. The database as it is now is backed up first, so "
                    "this can be undone by restoring that backup."
                ).replace("%1", backup.made_at.strftime("%Y-%m-%d %H:%M")),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._run(
            self.tr("Restoring…"),
            lambda _p, _c: self.db.backups.restore(backup.path),
            self._restored,
        )

    def _restored(self, kept: Backup) -> None:
        self.status.setText(
            self.tr("Restored. The database as it was is kept as %1").replace("%1", str(kept.path))
        )
        self.restored.emit()
        self.accept()

    def check(self) -> None:
        self._run(
            self.tr("Checking every page of the database…"),
            lambda _p, _c: self.db.backups.check(),
            self._checked,
        )

    def _checked(self, report: CheckReport) -> None:
        if report.sound:
            found = self.tr("No damage found in %1.").replace("%1", str(report.database))
            self.status.setText(found)
            return
        newest = report.newest_good
        offer = (
            self.tr("The newest sound backup was made %1; choose it and restore it.").replace(
                "%1", newest.made_at.strftime("%Y-%m-%d %H:%M")
            )
            if newest
            else self.tr("No sound backup was found.")
        )
        QMessageBox.warning(
            self,
            self.tr("The database is damaged"),
            digits(
                self.tr(
                    "SQLite found %Ln problem(s), the first: %1\n\n%2", "", len(report.problems)
                )
            )
            .replace("%1", report.problems[0])
            .replace("%2", offer),
        )

    def _run(self, label: str, work: tasks.Work, done: Callable[[Any], object]) -> None:
        buttons = (self.backup_button, self.restore_button, self.check_button)
        self.task = tasks.with_status(self, self.status, buttons, label, work, done, self._finished)

    def _finished(self) -> None:
        self.task = None
        self._selection_changed()
