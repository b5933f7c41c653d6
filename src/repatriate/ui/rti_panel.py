"""A file's RTI applications with their statutory due dates and the working of the one
chosen, and the form that records, corrects or deletes one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.rti import RtiApplication, overdue_wording
from repatriate.services.database import Database
from repatriate.services.rti import RtiStanding
from repatriate.ui.inputs import DateInput
from repatriate.ui.orders_panel import RecordsPanel, required_date, typed_date
from repatriate.ui.panel_base import DeskChoice
from repatriate.ui.reasons import said
from repatriate.ui.tables import RowsModel, escaped, selected_row, sort_proxy, table_view
from repatriate.ui.tables import value_column as column


class RtiPanel(RecordsPanel):
    """The RTI applications on the file, each with its reply and appeal due dates counted at
    the office's calendar."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        today = date.today()
        self.applications: RowsModel[RtiStanding] = RowsModel(
            [
                column(self.tr("Filed"), lambda s: s.application.filed_on),
                column(self.tr("To desk"), lambda s: self.desk_name(s.application.desk)),
                column(self.tr("Subject"), lambda s: s.application.subject),
                column(self.tr("Reply due"), lambda s: s.clocks.reply.due),
                column(self.tr("Reply"), lambda s: s.application.reply_on),
                column(self.tr("First appeal by"), lambda s: s.clocks.first_appeal.due),
                column(self.tr("First appeal"), lambda s: s.application.first_appeal_on),
                column(
                    self.tr("Overdue"),
                    lambda s: overdue_wording(s.application, s.clocks, today) is not None,
                ),
            ],
            self,
        )
        table = table_view(
            sort_proxy(self.applications), self.tr("RTI applications"), fit_columns=False
        )
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.desk = DeskChoice(optional=False)
        self.desk.setAccessibleName(self.tr("Public authority"))
        self.pio = QLineEdit()
        self.pio.setAccessibleName(self.tr("Public Information Officer"))
        self.subject = QLineEdit()
        self.subject.setAccessibleName(self.tr("Information sought"))
        self.life_or_liberty = QCheckBox(self.tr("Concerns &life or liberty (reply in 48 hours)"))
        self.dates = {
            "filed": DateInput(),
            "received": DateInput(),
            "reply": DateInput(),
            "first-appeal": DateInput(),
            "decided": DateInput(),
            "second-appeal": DateInput(),
        }
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.working = QLabel()
        self.working.setWordWrap(True)
        self.working.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("RTI application"))
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("To des&k"), self.desk)
        form.addRow(self.tr("&PIO"), self.pio)
        form.addRow(self.tr("&Information sought"), self.subject)
        form.addRow(self.life_or_liberty)
        for key, label in (
            ("filed", self.tr("&Filed on")),
            ("received", self.tr("Rece&ived by the PIO on")),
            ("reply", self.tr("&Reply received on")),
            ("first-appeal", self.tr("First appeal filed &on")),
            ("decided", self.tr("First appeal deci&ded on")),
            ("second-appeal", self.tr("Second appeal filed on")),
        ):
            self.dates[key].setAccessibleName(label.replace("&", ""))
            form.addRow(label, self.dates[key])
        form.addRow(self.tr("No&te"), self.note)
        form.addRow(self.working)
        self.set_up(table, self.tr("RTI applications"), box)
        self.show_records(None, [])

    def set_desks(self, desks: Sequence[Desk]) -> None:
        self.desk.set_desks(desks)

    def load(self) -> None:
        self.applications.set_rows(self.db.rti.applications(self.ref) if self.ref else [])

    def chosen(self) -> RtiStanding | None:
        return selected_row(self.table, self.applications)

    def chosen_id(self) -> int | None:
        chosen = self.chosen()
        return chosen.application.id if chosen else None

    def fill_form(self) -> None:
        standing = self.chosen()
        if standing is None:
            return
        a = standing.application
        self.desk.set_code(a.desk)
        self.pio.setText(a.pio)
        self.subject.setText(a.subject)
        self.life_or_liberty.setChecked(a.life_or_liberty)
        for key, day in zip(self.dates, _dates(a), strict=True):
            self.dates[key].show_value(day)
        self.note.setText(a.note)
        lines = []
        reason = overdue_wording(a, standing.clocks, date.today())
        if reason is not None:
            lines.append(f"<b>{escaped(self.tr('Overdue'))}</b>: {escaped(said(reason))}")
        for deadline in standing.clocks.all:
            lines.append(f"<b>{escaped(deadline.clock.name)}</b>: {deadline.due}")
            lines += [f"&nbsp;&nbsp;{escaped(step)}" for step in deadline.working]
        self.working.setText("<br>".join(lines))

    def clear_form(self) -> None:
        super().clear_form()
        self.desk.set_code("")
        for edit in (self.pio, self.subject, self.note, *self.dates.values()):
            edit.clear()
        self.life_or_liberty.setChecked(False)
        self.working.clear()

    def form_application(self, application_id: int | None) -> RtiApplication:
        d = self.dates
        return RtiApplication(
            desk=self.desk.code(),
            filed_on=required_date("filed", d["filed"]),
            subject=self.subject.text(),
            pio=self.pio.text(),
            received_on=typed_date("received", d["received"]),
            life_or_liberty=self.life_or_liberty.isChecked(),
            reply_on=typed_date("reply", d["reply"]),
            first_appeal_on=typed_date("first-appeal", d["first-appeal"]),
            first_appeal_decided_on=typed_date("decided", d["decided"]),
            second_appeal_on=typed_date("second-appeal", d["second-appeal"]),
            note=self.note.text(),
            id=application_id,
        )

    def add(self) -> bool:
        return self.written(lambda ref: self.db.rti.add(ref, self.form_application(None)))

    def save_changes(self) -> bool:
        chosen = self.chosen_id()
        if chosen is None:
            return False
        return self.written(lambda ref: self.db.rti.correct(ref, self.form_application(chosen)))

    def delete(self) -> None:
        standing = self.chosen()
        if standing is None or standing.application.id is None:
            return
        a = standing.application
        application_id = a.id
        self.confirm(
            self.tr("the RTI application to %1 of %2")
            .replace("%1", a.desk)
            .replace("%2", str(a.filed_on)),
            lambda ref: self.db.rti.delete(ref, application_id or 0),
        )


def _dates(a: RtiApplication) -> tuple[date | None, ...]:
    return (
        a.filed_on,
        a.received_on,
        a.reply_on,
        a.first_appeal_on,
        a.first_appeal_decided_on,
        a.second_appeal_on,
    )
