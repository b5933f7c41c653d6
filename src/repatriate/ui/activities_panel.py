"""A file's activities and follow-ups, each with the form that records a new one.

Activities are their own records: they are written at once by their service, apart from the
file's Save button.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.followups import Activity, ActivityKind, FollowUp, Lever
from repatriate.services.database import Database
from repatriate.ui.dates import as_date, date_edit, short_date
from repatriate.ui.inputs import Choice
from repatriate.ui.panel_base import DeskChoice, PanelBase, recorded_date_edit
from repatriate.ui.tables import (
    RowsModel,
    selected_row,
    sort_proxy,
    table_view,
    value_column,
)
from repatriate.ui.words import word


class ActivitiesPanel(PanelBase):
    """What was done on the file and what is to be chased, and the form that logs an
    activity."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.activities: RowsModel[Activity] = RowsModel(
            [
                value_column(QCoreApplication.translate("FileEditor", "Date"), lambda a: a.on),
                value_column(
                    QCoreApplication.translate("FileEditor", "Activity"), lambda a: word(a.kind)
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Desk"),
                    lambda a: self.desk_name(a.desk),
                ),
                value_column(QCoreApplication.translate("FileEditor", "Reply"), lambda a: a.reply),
                value_column(
                    QCoreApplication.translate("FileEditor", "Outcome"), lambda a: a.outcome
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Next step"), lambda a: a.next_step
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Lever"),
                    lambda a: word(a.lever),
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Reply due"), lambda a: a.reply_due
                ),
            ],
            self,
        )
        self.follow_ups: RowsModel[FollowUp] = RowsModel(
            [
                value_column(QCoreApplication.translate("FileEditor", "From"), lambda f: f.start),
                value_column(
                    QCoreApplication.translate("FileEditor", "Follow-up"), lambda f: word(f.kind)
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Desk"),
                    lambda f: self.desk_name(f.desk),
                ),
                value_column(QCoreApplication.translate("FileEditor", "Title"), lambda f: f.title),
                value_column(QCoreApplication.translate("FileEditor", "Repeats"), lambda f: f.rule),
                value_column(
                    QCoreApplication.translate("FileEditor", "Snoozed until"),
                    lambda f: f.snoozed_until,
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Closed on"), lambda f: f.closed_on
                ),
            ],
            self,
        )
        self.activity_table = table_view(
            sort_proxy(self.activities),
            QCoreApplication.translate("FileEditor", "Activities"),
            fit_columns=False,
        )
        self.activity_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((95, 150, 200, 50, 200, 160)):
            self.activity_table.setColumnWidth(column, width)
        self.follow_up_table = table_view(
            sort_proxy(self.follow_ups),
            QCoreApplication.translate("FileEditor", "Follow-ups"),
            fit_columns=False,
        )
        self.follow_up_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.delete_button = QPushButton(
            QCoreApplication.translate("FileEditor", "Delete activi&ty…")
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "Delete the chosen activity, logged by mistake"
            )
        )
        self.delete_button.clicked.connect(self.delete_activity)
        self.activity_table.selectionModel().selectionChanged.connect(self._chosen)
        self._chosen()

        self.kind = Choice([(word(k), k) for k in ActivityKind if k.logged_by_hand])
        self.kind.setAccessibleName(QCoreApplication.translate("FileEditor", "Activity"))
        self.on = recorded_date_edit(QCoreApplication.translate("FileEditor", "Activity date"))
        self.desk = DeskChoice(optional=True)
        self.desk.setAccessibleName(QCoreApplication.translate("FileEditor", "Desk"))
        self.outcome = QLineEdit()
        self.outcome.setAccessibleName(QCoreApplication.translate("FileEditor", "Outcome"))
        self.next_step = QLineEdit()
        self.next_step.setAccessibleName(QCoreApplication.translate("FileEditor", "Next step"))
        self.reply = QCheckBox(
            QCoreApplication.translate(
                "FileEditor", "The desk &replied (stops the weekly follow-up with it)"
            )
        )
        self.lever = Choice.of(
            Lever, QCoreApplication.translate("FileEditor", "(not an escalation)")
        )
        self.lever.setAccessibleName(QCoreApplication.translate("FileEditor", "Lever"))
        self.log_button = QPushButton(QCoreApplication.translate("FileEditor", "&Log activity"))
        self.log_button.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "Log a call, letter, visit or other activity on this file"
            )
        )
        self.log_button.clicked.connect(self.log)
        self.kind.currentIndexChanged.connect(self._kind_chosen)

        # A follow-up is set for a day to come; only recorded events are never in the future.
        self.follow_up_on = date_edit(
            date.today(), name=QCoreApplication.translate("FileEditor", "Follow-up date")
        )
        self.follow_up_desk = DeskChoice(optional=True)
        self.follow_up_desk.setAccessibleName(
            QCoreApplication.translate("FileEditor", "Follow-up desk")
        )
        self.follow_up_title = QLineEdit()
        self.follow_up_title.setAccessibleName(
            QCoreApplication.translate("FileEditor", "What to follow up")
        )
        self.follow_up_title.setPlaceholderText(
            QCoreApplication.translate("FileEditor", "e.g. ask the embassy for the travel permit")
        )
        # RFC 5545 recurrence rules, the form the follow-up service and calendars share.
        self.repeats = Choice(
            [
                (QCoreApplication.translate("FileEditor", "once"), ""),
                (QCoreApplication.translate("FileEditor", "every week"), "FREQ=WEEKLY"),
                (
                    QCoreApplication.translate("FileEditor", "every two weeks"),
                    "FREQ=WEEKLY;INTERVAL=2",
                ),
                (QCoreApplication.translate("FileEditor", "every month"), "FREQ=MONTHLY"),
            ]
        )
        self.repeats.setAccessibleName(QCoreApplication.translate("FileEditor", "Repeats"))
        self.follow_up_button = QPushButton(
            QCoreApplication.translate("FileEditor", "Set &follow-up")
        )
        self.follow_up_button.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "Put a follow-up of this file on the agenda, once or repeating"
            )
        )
        self.follow_up_button.clicked.connect(self.set_follow_up)

        follow_up_box = QGroupBox(QCoreApplication.translate("FileEditor", "Set a follow-up"))
        follow_up_form = QFormLayout(follow_up_box)
        follow_up_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        follow_up_form.addRow(QCoreApplication.translate("FileEditor", "&On"), self.follow_up_on)
        follow_up_form.addRow(
            QCoreApplication.translate("FileEditor", "With des&k"), self.follow_up_desk
        )
        follow_up_form.addRow(
            QCoreApplication.translate("FileEditor", "&What"), self.follow_up_title
        )
        follow_up_form.addRow(QCoreApplication.translate("FileEditor", "Re&peats"), self.repeats)
        follow_up_form.addRow(self.follow_up_button)

        form_box = QGroupBox(QCoreApplication.translate("FileEditor", "Log an activity"))
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("FileEditor", "Acti&vity"), self.kind)
        form.addRow(QCoreApplication.translate("FileEditor", "&Date"), self.on)
        form.addRow(QCoreApplication.translate("FileEditor", "D&esk"), self.desk)
        form.addRow(QCoreApplication.translate("FileEditor", "&Outcome"), self.outcome)
        form.addRow(QCoreApplication.translate("FileEditor", "&Next step"), self.next_step)
        form.addRow(self.reply)
        form.addRow(QCoreApplication.translate("FileEditor", "Lever &used"), self.lever)
        form.addRow(self.error)
        form.addRow(self.log_button)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(
            QLabel(QCoreApplication.translate("FileEditor", "<b>Activities</b>"))
        )
        lists_layout.addWidget(self.activity_table, 3)
        lists_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        lists_layout.addWidget(
            QLabel(QCoreApplication.translate("FileEditor", "<b>Follow-ups set on this file</b>"))
        )
        lists_layout.addWidget(self.follow_up_table, 1)
        forms = QWidget()
        forms_layout = QVBoxLayout(forms)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        forms_layout.addWidget(form_box)
        forms_layout.addWidget(follow_up_box)
        forms_layout.addStretch(1)
        self.lay_out(lists, forms)
        self._kind_chosen()
        self.show_activities(None, [], [], [])

    def _kind_chosen(self) -> None:
        self.lever.setEnabled(self.kind.value() is ActivityKind.ESCALATION)

    def _chosen(self, *_: object) -> None:
        chosen = selected_row(self.activity_table, self.activities)
        # The corrections are the file's history of what was deleted: they stay.
        self.delete_button.setEnabled(
            chosen is not None and chosen.kind is not ActivityKind.CORRECTION
        )

    def delete_activity(self) -> None:
        activity = selected_row(self.activity_table, self.activities)
        if activity is None or activity.id is None:
            return
        activity_id = activity.id
        desk = f" with {activity.desk}" if activity.desk else ""
        self.confirm_delete(
            QCoreApplication.translate("FileEditor", "Delete activity"),
            QCoreApplication.translate("FileEditor", "the %1%2 of %3")
            .replace("%1", word(activity.kind))
            .replace("%2", desk)
            .replace("%3", short_date(activity.on)),
            lambda ref: self.db.followups.delete_activity(ref, activity_id),
        )

    def show_activities(
        self,
        ref: str | None,
        activities: Sequence[Activity],
        follow_ups: Sequence[FollowUp],
        desks: Sequence[Desk],
        holding: Sequence[str] = (),
    ) -> None:
        """The activities of a saved file; None for a file not saved yet. The desk proposed
        for a new activity is the one that got the file last among those `holding` it: a call
        to it counts as its weekly follow-up."""
        self.ref = ref
        self.hint.setVisible(ref is None)
        self.content.setEnabled(ref is not None)
        self.error.hide()
        self.desks = {d.code: d for d in desks}
        self.desk.set_desks(sorted(desks, key=lambda d: d.code))
        self.follow_up_desk.set_desks(sorted(desks, key=lambda d: d.code))
        self.desk.set_code(holding[-1] if holding else "")
        self.activities.set_rows(activities)
        self.follow_ups.set_rows(follow_ups)
        self._chosen()

    def log(self) -> bool:
        kind = self.kind.value()
        assert isinstance(kind, ActivityKind)
        lever = self.lever.value()
        logged = self.run(
            lambda ref: self.db.followups.log(
                ref,
                kind,
                on=as_date(self.on.date()),
                desk=self.desk.code() or None,
                outcome=self.outcome.text(),
                next_step=self.next_step.text(),
                reply=self.reply.isChecked(),
                lever=lever if isinstance(lever, Lever) and self.lever.isEnabled() else None,
            )
        )
        if logged:
            self.outcome.clear()
            self.next_step.clear()
            self.reply.setChecked(False)
        return logged

    def set_follow_up(self) -> bool:
        rule = self.repeats.value()
        assert isinstance(rule, str)
        added = self.run(
            lambda ref: self.db.followups.add(
                ref,
                as_date(self.follow_up_on.date()),
                title=self.follow_up_title.text(),
                desk=self.follow_up_desk.code() or None,
                rule=rule,
            )
        )
        if added:
            self.follow_up_title.clear()
        return added
