"""One person, one file: the file being saved looks like people already on file. The likely
duplicates are listed with why they look alike; the chosen one and this file are shown side
by side, field by field, to tick the values of this file to keep in the merged one."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.duplicates import Likeness, birth_year
from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.duplicates import person_fields
from repatriate.ui.merge_dialog import FieldChoices

_NOTHING = (None, "", ())


class Choice(Enum):
    MERGE = "merge"
    KEEP_BOTH = "keep both"


class DuplicateDialog(QDialog):
    """Accepted: `choice` says what to do; for a merge, `candidate()` is the file kept and
    `taken()` the fields it takes from this one."""

    def __init__(self, pf: PrisonerFile, found: list[Likeness], parent: QWidget) -> None:
        super().__init__(parent)
        self.pf = pf
        self.found = found
        self.choice: Choice | None = None
        self.setWindowTitle(self.tr("Likely the same person"))
        intro = QLabel(
            self.tr(
                "%1 looks like people already on file. Merge it into one of them, or keep "
                "both if they are different people."
            ).replace("%1", pf.name or pf.ref)
        )
        intro.setWordWrap(True)

        self.candidates = QTableWidget(len(found), 7, self)
        self.candidates.setHorizontalHeaderLabels(
            [
                self.tr("Ref"),
                self.tr("Name"),
                self.tr("Native script"),
                self.tr("Prison"),
                self.tr("Nationality"),
                self.tr("Born"),
                self.tr("Why alike"),
            ]
        )
        self.candidates.setAccessibleName(self.tr("Likely duplicates"))
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.verticalHeader().hide()
        header = self.candidates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, alike in enumerate(found):
            other = alike.second
            year = birth_year(other)
            nationality = (
                other.verified_nationality or other.claimed_nationality or other.court_nationality
            )
            cells = (
                other.ref,
                other.name,
                other.name_native,
                other.prison,
                nationality or "",
                "" if year is None else str(year),
                "; ".join(alike.reasons),
            )
            for column, text in enumerate(cells):
                self.candidates.setItem(row, column, QTableWidgetItem(text))

        self.side_by_side = QLabel()
        self.side_by_side.setWordWrap(True)
        self.choices = FieldChoices(
            [self.tr("Field"), self.tr("On file"), self.tr("This file (tick to keep)")], self
        )
        self.choices.setAccessibleName(self.tr("Values to keep"))

        buttons = QDialogButtonBox(self)
        self.merge_button = QPushButton(self)
        self.keep_both = QPushButton(self.tr("&Keep both — different people"), self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_both, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.clicked.connect(lambda: self._choose(Choice.MERGE))
        self.keep_both.clicked.connect(lambda: self._choose(Choice.KEEP_BOTH))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.candidates, 2)
        layout.addWidget(self.side_by_side)
        layout.addWidget(self.choices, 3)
        layout.addWidget(buttons)
        self.candidates.itemSelectionChanged.connect(self._show_candidate)
        # By cell, not by `selectRow`: in a right-to-left window that finds no column to select.
        self.candidates.setCurrentCell(0, 0)
        self._show_candidate()
        self.candidates.setFocus()
        self.resize(1100, 640)

    def candidate(self) -> PrisonerFile:
        return self.found[max(self.candidates.currentRow(), 0)].second

    def taken(self) -> set[str]:
        """The fields the kept file takes from this one."""
        return self.choices.ticked()

    def _show_candidate(self) -> None:
        other = self.candidate()
        fields = [n for n in person_fields() if getattr(other, n) != getattr(self.pf, n)]
        # This file's values start ticked where the file on file has nothing recorded.
        gaps = {n for n in fields if getattr(other, n) in _NOTHING}
        self.choices.show_choices(other, self.pf, fields, gaps)
        self.side_by_side.setText(
            self.tr("%1 on file and this file differ in these fields:").replace("%1", other.ref)
        )
        self.merge_button.setText(self.tr("&Merge into %1").replace("%1", other.ref))

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()
