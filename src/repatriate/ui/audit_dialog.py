"""The audit log in the window: who viewed, printed, exported or changed which file and when,
of one file or all, and a check that no entry was edited, added or removed. Every read runs
on a worker."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.audit import AuditEntry
from repatriate.services.audit import Verification
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.language import digits, number
from repatriate.ui.tables import Column, RowsModel, sorted_view, table_view


class AuditDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(820, 460)
        self.task: tasks.Task | None = None

        self.model: RowsModel[AuditEntry] = RowsModel(
            [
                Column(
                    self.tr("No."),
                    lambda e: str(e.number),
                    sort_key=lambda e: e.number,
                    numeric=True,
                ),
                Column(self.tr("When (UTC)"), lambda e: e.at[:19].replace("T", " ")),
                Column(self.tr("Account"), _account),
                Column(self.tr("Action"), lambda e: e.action),
                Column(self.tr("File"), lambda e: e.ref or ""),
                Column(self.tr("Detail"), lambda e: e.detail),
            ],
            self,
        )
        self.proxy = sorted_view(self.model, 0, Qt.SortOrder.DescendingOrder)
        self.table = table_view(self.proxy, self.tr("Audit log"))

        self.ref = QLineEdit()
        self.ref.setPlaceholderText(self.tr("every file"))
        self.ref.setClearButtonEnabled(True)
        self.show_button = QPushButton(self.tr("&Show"))
        self.verify_button = QPushButton(self.tr("&Verify the log"))
        filter_row = QHBoxLayout()
        label = QLabel(self.tr("File &ref:"))
        label.setBuddy(self.ref)
        filter_row.addWidget(label)
        filter_row.addWidget(self.ref, 1)
        filter_row.addWidget(self.show_button)
        filter_row.addStretch(1)
        filter_row.addWidget(self.verify_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)

        self.ref.returnPressed.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.refresh()

    def refresh(self) -> None:
        ref = self.ref.text().strip() or None
        self._run(
            self.tr("Reading the audit log…"),
            lambda _p, _c: self.db.audit.entries(ref),
            lambda found: self._show(found, ref),
        )

    def _show(self, found: list[AuditEntry], ref: str | None) -> None:
        self.model.set_rows(found)
        if ref is None:
            self.status.setText(self.tr("Entries: %1.").replace("%1", str(len(found))))
        else:
            self.status.setText(
                self.tr("Entries for %2: %1.").replace("%1", str(len(found))).replace("%2", ref)
            )

    def verify(self) -> None:
        self._run(
            self.tr("Checking every entry of the log…"),
            lambda _p, _c: self.db.audit.verify(),
            self._verified,
        )

    def _verified(self, verification: Verification) -> None:
        if verification.broken is None:
            self.status.setStyleSheet("")
            self.status.setText(
                digits(
                    self.tr(
                        "The log is intact: %Ln entr(y|ies), none edited, added or removed.",
                        "",
                        verification.entries,
                    )
                )
            )
            return
        self.status.setStyleSheet("color: darkred")
        self.status.setText(
            self.tr("The log was tampered with at entry %1: %2")
            .replace("%1", number(verification.broken.number))
            .replace("%2", verification.broken.reason)
        )

    def _run(self, label: str, work: tasks.Work, done: Callable[[Any], object]) -> None:
        self.status.setStyleSheet("")
        self.task = tasks.with_status(
            self,
            self.status,
            (self.show_button, self.verify_button),
            label,
            work,
            done,
            self._finished,
        )

    def _finished(self) -> None:
        self.task = None


def _account(entry: AuditEntry) -> str:
    """The database user on a clinic's server, with the computer's account after it."""
    return f"{entry.app_user} ({entry.os_user})" if entry.app_user else entry.os_user
