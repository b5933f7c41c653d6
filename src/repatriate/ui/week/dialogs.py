"""What the week page asks before it writes: mark done, snooze, export to a calendar."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.followups import ActivityKind, AgendaItem
from repatriate.ui.dates import date_edit
from repatriate.ui.dialogs import ok_cancel
from repatriate.ui.words import word


class MarkDoneDialog(QDialog):
    """What came of the follow-up: the activity to log with each desk."""

    def __init__(self, items: Sequence[AgendaItem], heading: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark done"))
        self.kind = QComboBox()
        for kind in ActivityKind:
            if kind.chases:
                self.kind.addItem(word(kind), kind)
        self.on = date_edit(date.today(), latest=date.today())
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(self.tr("e.g. officer on leave; call next week"))
        self.next_step = QLineEdit()
        self.reply = QCheckBox(self.tr("&Reply received"))
        self.reply.setToolTip(
            self.tr(
                "The desk answered: the weekly follow-up with it stops until the file moves on."
            )
        )
        if any(not item.desk for item in items):
            self.reply.setEnabled(False)
            self.reply.setToolTip(self.tr("Only a desk can reply; some of these have no desk."))
        form = QFormLayout()
        form.addRow(self.tr("&How"), self.kind)
        form.addRow(self.tr("&On"), self.on)
        form.addRow(self.tr("Out&come"), self.outcome)
        form.addRow(self.tr("&Next step"), self.next_step)
        form.addRow("", self.reply)
        summary = QLabel(heading)
        summary.setWordWrap(True)
        buttons = ok_cancel(self, self.tr("&Log it"))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.outcome.setFocus()

    def chosen_kind(self) -> ActivityKind:
        # The kinds are str enums, which a combo box's item data would turn into plain str.
        return ActivityKind(self.kind.currentData())


class SnoozeDialog(QDialog):
    def __init__(self, heading: str, suggested: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze"))
        self.until = date_edit(suggested, earliest=date.today() + timedelta(days=1))
        summary = QLabel(heading)
        summary.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Until"), self.until)
        buttons = ok_cancel(self, self.tr("&Snooze"))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ExportCalendarDialog(QDialog):
    """Whether names go into the calendar; off unless the caseworker chooses it."""

    def __init__(self, heading: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to a calendar"))
        summary = QLabel(heading)
        summary.setWordWrap(True)
        self.with_names = QCheckBox(self.tr("Put the prisoners' &names in the calendar"))
        why = QLabel(
            self.tr(
                "Calendars are often synced to phones and cloud services. Without names, each "
                "event shows only the file ref and the desk, which mean nothing to anyone "
                "outside the clinic."
            )
        )
        why.setWordWrap(True)
        buttons = ok_cancel(self, self.tr("&Choose file…"))
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(why)
        layout.addWidget(self.with_names)
        layout.addWidget(buttons)
