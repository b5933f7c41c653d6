"""Letters… on a file: a chaser, an RTI application or an NHRC complaint, saved as PDF or as a
Word document the clinic can edit."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repatriate.reports.letters import LetterKind
from repatriate.services.database import Database
from repatriate.services.letters import Written
from repatriate.ui import tasks
from repatriate.ui.save_paths import documents_folder, unused_path


class LetterDialog(QDialog):
    def __init__(self, db: Database, ref: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ref = ref
        self.task: tasks.Task | None = None
        self.written: Written | None = None
        self.setWindowTitle(self.tr("Letters: %1").replace("%1", ref))
        self.kind = QComboBox()
        for kind, label in (
            (LetterKind.CHASER, self.tr("Chaser to the desk")),
            (LetterKind.RTI, self.tr("RTI application to the desk's PIO")),
            (LetterKind.NHRC, self.tr("Complaint to the NHRC")),
        ):
            self.kind.addItem(label, kind)
        self.desk = QComboBox()
        self.desk.addItem(self.tr("The desk that holds the file"), None)
        for desk in db.desks.directory():
            self.desk.addItem(f"{desk.code}: {desk.name}, {desk.organisation}", desk.code)
        self.format = QComboBox()
        self.format.addItem(self.tr("PDF"), ".pdf")
        self.format.addItem(self.tr("Word document (editable)"), ".docx")
        self.output = QLineEdit()
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.output, 1)
        where.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("&Letter:"), self.kind)
        form.addRow(self.tr("&Desk:"), self.desk)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("Save &as:"), where)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        for combo in (self.kind, self.format):
            combo.currentIndexChanged.connect(self.suggest_path)
        self.suggest_path()

    def suggest_path(self) -> None:
        kind = LetterKind(self.kind.currentData())
        stem = re.sub(r"[^\w.-]+", "-", f"{kind.value}-{self.ref}-{date.today().isoformat()}")
        path = unused_path(documents_folder(), stem, self.format.currentData())
        self.output.setText(str(path))

    def choose_path(self) -> None:
        suffix = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the letter as"),
            self.output.text(),
            self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word document (*.docx)"),
        )
        if path:
            self.output.setText(path if path.lower().endswith(suffix) else path + suffix)

    def save(self) -> None:
        kind = LetterKind(self.kind.currentData())
        desk: str | None = self.desk.currentData()
        target = Path(self.output.text().strip()).expanduser()

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> Written:
            return self.db.letters.write(kind, self.ref, target, to=desk)

        self.task = tasks.with_status(
            self,
            self.status,
            [self.buttons],
            self.tr("Writing the letter…"),
            work,
            self._written,
            lambda: None,
        )

    def _written(self, written: Written) -> None:
        self.written = written
        self.status.setText(
            self.tr("Written to %1 (our reference %2).")
            .replace("%1", str(written.target))
            .replace("%2", written.letter.reference)
        )
