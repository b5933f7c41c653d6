"""Someone else saved the file while it was being edited here: their change and mine, field
by field, to keep mine, keep theirs, or choose for each field. Nothing is saved over their
version without a choice."""

from __future__ import annotations

from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.merging import EditConflict, changed_by_me, differences, merge
from repatriate.domain.prisoner import FamilyContact, PrisonerFile, Sentence
from repatriate.ui.file_fields import field_labels

MINE_COLUMN = 2


class MergeDialog(QDialog):
    """Accepted: `merged()` is the file to save over their version."""

    def __init__(self, conflict: EditConflict, opened: PrisonerFile, parent: QWidget) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.fields = differences(conflict.theirs, conflict.mine)
        mine_changed = changed_by_me(opened, conflict.mine)

        intro = QLabel(
            self.tr(
                "Someone else saved %1 after you opened it. Their version and yours differ "
                "in these fields; tick the ones to keep from yours."
            ).replace("%1", conflict.theirs.ref)
        )
        intro.setWordWrap(True)
        self.table = FieldChoices(
            [self.tr("Field"), self.tr("Their version"), self.tr("Your version")], self
        )
        self.table.show_choices(conflict.theirs, conflict.mine, self.fields, mine_changed)
        self._mine = self.table.ticks

        buttons = QDialogButtonBox(self)
        self.keep_mine = buttons.addButton(
            self.tr("Keep &mine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_theirs = buttons.addButton(
            self.tr("Keep &theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button = buttons.addButton(
            self.tr("M&erge the ticked fields"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_mine.clicked.connect(lambda: self._choose_all(Qt.CheckState.Checked))
        self.keep_theirs.clicked.connect(lambda: self._choose_all(Qt.CheckState.Unchecked))
        self.merge_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.merge_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def _choose_all(self, state: Qt.CheckState) -> None:
        for item in self._mine:
            item.setCheckState(state)
        self.accept()

    def kept_from_mine(self) -> set[str]:
        return self.table.ticked()

    def merged(self) -> PrisonerFile:
        return merge(self.conflict.theirs, self.conflict.mine, self.kept_from_mine())


class FieldChoices(QTableWidget):
    """Two versions of a file side by side, one differing field a row, with a tick on the
    second's value to take it rather than the first's. Its words are the merge dialog's."""

    def __init__(self, headers: list[str], parent: QWidget) -> None:
        super().__init__(0, 3, parent)
        self.fields: list[str] = []
        self.ticks: list[QTableWidgetItem] = []
        self.setHorizontalHeaderLabels(headers)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def show_choices(
        self, first: PrisonerFile, second: PrisonerFile, fields: list[str], ticked: set[str]
    ) -> None:
        """One row for each of `fields`; those in `ticked` start ticked."""
        labels = field_labels() | {
            "sentence": QCoreApplication.translate("MergeDialog", "Sentence")
        }
        self.fields = fields
        self.ticks = []
        self.setRowCount(len(fields))
        for row, name in enumerate(fields):
            self.setItem(row, 0, QTableWidgetItem(labels.get(name, name)))
            self.setItem(row, 1, QTableWidgetItem(self._shown(getattr(first, name))))
            tick = QTableWidgetItem(self._shown(getattr(second, name)))
            tick.setFlags(tick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            keep = Qt.CheckState.Checked if name in ticked else Qt.CheckState.Unchecked
            tick.setCheckState(keep)
            self.setItem(row, MINE_COLUMN, tick)
            self.ticks.append(tick)

    def ticked(self) -> set[str]:
        """The fields whose second value is ticked."""
        return {
            name
            for name, item in zip(self.fields, self.ticks, strict=True)
            if item.checkState() == Qt.CheckState.Checked
        }

    def _shown(self, value: object) -> str:
        if isinstance(value, Sentence):
            return (
                QCoreApplication.translate(
                    "MergeDialog",
                    "%1 years %2 months %3 days; set-off %4, remission %5, fine default %6",
                )
                .replace("%1", str(value.years))
                .replace("%2", str(value.months))
                .replace("%3", str(value.days))
                .replace("%4", str(value.set_off_days))
                .replace("%5", str(value.remission_days))
                .replace("%6", str(value.fine_default_days))
            )
        return shown(value)


def shown(value: object) -> str:
    """A field's value as the dialog shows it: empty for nothing recorded."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(_item(v) for v in value)
    return str(value)


def _item(value: object) -> str:
    if isinstance(value, FamilyContact):
        return ", ".join(part for part in (value.relation, value.name, value.phone) if part)
    return shown(value)
