"""A file's desk chain (its movements, who holds it now, the route's progress) and its
activities and follow-ups, each with the form that records a new one.

Movements and activities are their own records: they are written at once by their services,
apart from the file's Save button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import Desk, Movement, MovementKind, Via
from repatriate.domain.errors import InvalidInput, RepatriateError
from repatriate.domain.followups import Activity, ActivityKind, FollowUp, Lever
from repatriate.services.database import Database
from repatriate.services.movements import Whereabouts, describe_movement
from repatriate.ui.dates import as_date, as_qdate, date_edit, short_date
from repatriate.ui.inputs import Choice, scroll, tr
from repatriate.ui.tables import (
    ERROR_COLOUR,
    RowsModel,
    selected_row,
    sort_proxy,
    table_view,
    value_column,
)


def recorded_date_edit(name: str) -> QDateEdit:
    """Today by default, never in the future (the services refuse that)."""
    return date_edit(date.today(), latest=date.today(), name=name)


class DeskChoice(QComboBox):
    """A desk from the directory, found by typing any part of its code, name, organisation or
    country. It starts empty unless the caller proposes one: a desk picked by default is a
    desk recorded by mistake."""

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.codes: list[str] = []
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(tr("Type a code, name or country"))

    def set_desks(self, desks: Sequence[Desk]) -> None:
        chosen = self.code()
        self.blockSignals(True)
        self.clear()
        self.codes = [""]
        self.addItem(tr("(no desk)") if self.optional else "")
        for desk in desks:
            self.codes.append(desk.code)
            self.addItem(desk_title(desk))
        self.set_code(chosen)
        self.blockSignals(False)

    def set_code(self, code: str) -> None:
        self.setCurrentIndex(self.codes.index(code) if code in self.codes else 0)

    def code(self) -> str:
        """The chosen desk's code; what was typed if it matches no entry (the service then
        says which desks it could mean)."""
        typed = self.currentText().strip()
        index = self.findText(typed, Qt.MatchFlag.MatchExactly)
        if index >= 0:
            return self.codes[index]
        return typed


def desk_title(desk: Desk) -> str:
    return f"{desk.code} — {desk.organisation}, {desk.name} ({desk.country})"


def problem_text(exc: RepatriateError) -> str:
    if isinstance(exc, InvalidInput):
        return "\n".join(str(error) for error in exc.errors)
    return str(exc)


class PanelBase(QWidget):
    """Shared by both panels: disabled with a hint until the file is saved; one error line."""

    recorded = Signal(str)
    """Something was written for the file with this ref."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.ref: str | None = None
        self.desks: dict[str, Desk] = {}
        self.hint = QLabel(
            tr("Save the new file first: movements and activities need a saved file.")
        )
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.error.hide()
        self.dialog: QMessageBox | None = None

    def desk_name(self, code: str) -> str:
        desk = self.desks.get(code)
        return f"{code} — {desk.name}" if desk else code

    def confirm_delete(self, title: str, what: str, write: Callable[[str], object]) -> None:
        """Ask before deleting; the answer writes (and notes the correction on the file)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            tr(
                "Delete %1? It was recorded by mistake; a correction on the file keeps what it "
                "said."
            ).replace("%1", what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.dialog = box

        def answered() -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.run(write)

        box.finished.connect(answered)
        box.open()

    def run(self, write: Callable[[str], object]) -> bool:
        """Write for the open file; a refusal is shown under the form and nothing is written."""
        if self.ref is None:
            return False
        try:
            write(self.ref)
        except RepatriateError as exc:
            self.error.setText(problem_text(exc))
            self.error.show()
            return False
        self.error.hide()
        self.recorded.emit(self.ref)
        return True


class ChainPanel(PanelBase):
    """Where the file is: the movements, the desks holding it now, the route, and the form
    that records a new movement."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.movements: RowsModel[Movement] = RowsModel(
            [
                value_column(tr("Date"), lambda m: m.on),
                value_column(tr("Desk"), lambda m: self.desk_name(m.desk)),
                value_column(tr("Movement"), lambda m: m.kind.value),
                value_column(tr("From"), lambda m: m.from_desk),
                value_column(tr("Letter ref"), lambda m: m.letter_ref),
                value_column(tr("Via"), lambda m: m.via.value if m.via else ""),
                value_column(tr("Note or objection"), lambda m: m.reason or m.note),
            ],
            self,
        )
        self.holding = QLabel()
        self.holding.setWordWrap(True)
        self.holding.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.route.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = table_view(sort_proxy(self.movements), tr("Movements"), fit_columns=False)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((90, 260, 100, 80, 110, 60)):
            self.table.setColumnWidth(column, width)
        self.delete_button = QPushButton(tr("Delete movemen&t…"))
        self.delete_button.setToolTip(tr("Delete the chosen movement, recorded by mistake"))
        self.delete_button.clicked.connect(self.delete_movement)
        self.correct_button = QPushButton(tr("Co&rrect…"))
        self.correct_button.setToolTip(
            tr("Put the chosen movement in the form to record it again as it should have been")
        )
        self.correct_button.clicked.connect(self.correct_movement)
        self.correcting: Movement | None = None
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self._chosen()

        self.desk = DeskChoice(optional=False)
        self.desk.setAccessibleName(tr("Desk"))
        self.kind = Choice([(k.value, k) for k in MovementKind])
        self.kind.setAccessibleName(tr("Movement"))
        self.on = recorded_date_edit(tr("Movement date"))
        self.letter_ref = QLineEdit()
        self.letter_ref.setAccessibleName(tr("Letter ref"))
        self.via = Choice.of(Via, tr("not recorded"))
        self.via.setAccessibleName(tr("Via"))
        self.from_desk = DeskChoice(optional=True)
        self.from_desk.setAccessibleName(tr("Forwarded from"))
        self.note = QLineEdit()
        self.note.setAccessibleName(tr("Note"))
        self.note.setPlaceholderText(tr("for a return: the objection"))
        self.record_button = QPushButton(tr("Record &movement"))
        self.record_button.setToolTip(
            tr("Record that the file went to, came back from or was cleared by a desk")
        )
        self.record_button.clicked.connect(self.record)
        self.kind.currentIndexChanged.connect(self._kind_chosen)

        form_box = QGroupBox(tr("Record a movement"))
        self.form_box = form_box
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("D&esk"), self.desk)
        form.addRow(tr("&What happened"), self.kind)
        form.addRow(tr("&Forwarded from"), self.from_desk)
        form.addRow(tr("&Date"), self.on)
        form.addRow(tr("&Letter ref"), self.letter_ref)
        form.addRow(tr("Vi&a"), self.via)
        form.addRow(tr("N&ote"), self.note)
        form.addRow(self.error)
        form.addRow(self.record_button)

        summary = QGroupBox(tr("Now"))
        summary_layout = QVBoxLayout(summary)
        summary_layout.addWidget(self.holding)
        summary_layout.addWidget(self.route)
        summary_layout.addStretch(1)

        self.content = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(summary)
        left_layout.addWidget(self.table, 1)
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(self.correct_button)
        table_buttons.addWidget(self.delete_button)
        table_buttons.addStretch(1)
        left_layout.addLayout(table_buttons)
        self.content.addWidget(left)
        self.content.addWidget(scroll(form_box))
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 1)
        self.content.setSizes([780, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.content, 1)
        self._kind_chosen()
        self.show_where(None, None)

    def _kind_chosen(self) -> None:
        self.from_desk.setEnabled(self.kind.value() is MovementKind.FORWARDED)

    def _chosen(self, *_: object) -> None:
        chosen = selected_row(self.table, self.movements) is not None
        self.delete_button.setEnabled(chosen)
        self.correct_button.setEnabled(chosen)

    def correct_movement(self) -> None:
        """Fill the form with the chosen movement; recording it replaces the old one."""
        movement = selected_row(self.table, self.movements)
        if movement is None or movement.id is None:
            return
        self.correcting = movement
        self.desk.set_code(movement.desk)
        self.kind.show_value(movement.kind)
        self.on.setDate(as_qdate(movement.on))
        self.letter_ref.setText(movement.letter_ref)
        self.via.show_value(movement.via)
        self.from_desk.set_code(movement.from_desk)
        self.note.setText(movement.reason or movement.note)
        self.record_button.setText(tr("Record the co&rrection"))
        self.form_box.setTitle(tr("Correct: %1").replace("%1", describe_movement(movement)))

    def _stop_correcting(self) -> None:
        self.correcting = None
        self.record_button.setText(tr("Record &movement"))
        self.form_box.setTitle(tr("Record a movement"))

    def delete_movement(self) -> None:
        movement = selected_row(self.table, self.movements)
        if movement is None or movement.id is None:
            return
        movement_id = movement.id
        self.confirm_delete(
            tr("Delete movement"),
            tr("the movement “%1”").replace("%1", describe_movement(movement)),
            lambda ref: self.db.movements.delete(ref, movement_id),
        )

    def show_where(self, ref: str | None, where: Whereabouts | None) -> None:
        """The chain of a saved file; None for a file not saved yet."""
        self.ref = ref
        self.hint.setVisible(ref is None)
        self.content.setEnabled(ref is not None)
        self.error.hide()
        if where is None:
            self.movements.set_rows([])
            self.holding.setText("")
            self.route.setText("")
            return
        self._stop_correcting()
        self.desks = where.desks
        directory = sorted(where.desks.values(), key=lambda d: d.code)
        self.desk.set_desks(directory)
        self.from_desk.set_desks(directory)
        self.desk.set_code(self.proposed_desk(where))
        self.desk.setToolTip(
            tr("Proposed: the next desk on the file's route")
            if self.desk.code()
            else tr("The route proposes no desk for this file: choose the one it went to")
        )
        self.movements.set_rows(where.chain.movements)
        self._chosen()
        self.holding.setText(self._holding_text(where))
        self.route.setText(self._route_text(where))

    @staticmethod
    def proposed_desk(where: Whereabouts) -> str:
        """The first desk in the directory that can take the route's next step, or nothing."""
        return next((found[0].code for _, found in where.next_desks if found), "")

    def _holding_text(self, where: Whereabouts) -> str:
        chain = where.chain
        stalled = {s.hold.desk: s for s in where.stalls}
        if chain.holding:
            lines = [tr("<b>Holding it now:</b>")]
            for hold in chain.holding:
                days = hold.days(chain.as_of)
                line = tr("%1 — since %2, %3 days").replace(
                    "%1", _escape(self.desk_name(hold.desk))
                )
                line = line.replace("%2", short_date(hold.start)).replace("%3", str(days))
                if hold.desk in stalled:
                    expected = stalled[hold.desk].expected_days
                    late = tr("stalled: expected within %1 days").replace("%1", str(expected))
                    line += f' <span style="color:{ERROR_COLOUR}">({late})</span>'
                lines.append("• " + line)
        elif chain.started:
            lines = [tr("<b>No desk holds it now.</b>")]
        else:
            lines = [tr("<b>No repatriation step recorded yet.</b>")]
        lines.append(
            tr("Came back to a desk %1 times; returned with an objection %2 times.")
            .replace("%1", str(chain.comebacks))
            .replace("%2", str(chain.objections))
        )
        return "<br>".join(lines)

    def _route_text(self, where: Whereabouts) -> str:
        progress = where.progress
        if progress is None:
            return tr("No route applies to this file.")
        lines = [tr("<b>Route:</b> %1").replace("%1", _escape(progress.route.name))]
        lines.append(
            tr("%1 of %2 steps done.")
            .replace("%1", str(len(progress.done)))
            .replace("%2", str(len(progress.done) + len(progress.left)))
        )
        if progress.current:
            now = "; ".join(step.title for step in progress.current)
            lines.append(tr("In progress: %1").replace("%1", _escape(now)))
        for step, desks in where.next_desks:
            codes = ", ".join(d.code for d in desks) or tr("no desk in the directory")
            lines.append(
                tr("Send next: %1 (%2)")
                .replace("%1", _escape(step.title))
                .replace("%2", _escape(codes))
            )
        later = [
            s.title
            for s in progress.left
            if s not in progress.current and s not in progress.next_steps
        ]
        if later:
            lines.append(tr("Then: %1").replace("%1", _escape("; ".join(later))))
        for mission in where.country_notes:
            note = " ".join(mission.notes.split())
            lines.append(
                tr("<i>%1:</i> %2")
                .replace("%1", _escape(mission.organisation))
                .replace("%2", _escape(note))
            )
        return "<br>".join(lines)

    def record(self) -> bool:
        kind = self.kind.value()
        assert isinstance(kind, MovementKind)
        if not self.desk.code():
            self.error.setText(tr("desk: (empty): choose the desk the file went to"))
            self.error.show()
            self.desk.setFocus()
            return False
        via = self.via.value()
        values: dict[str, Any] = {
            "kind": kind,
            "on": as_date(self.on.date()),
            "note": self.note.text(),
            "letter_ref": self.letter_ref.text(),
            "via": via if isinstance(via, Via) else None,
            "from_desk": (self.from_desk.code() or None) if self.from_desk.isEnabled() else None,
        }
        old = self.correcting
        if old is not None and old.id is not None:
            old_id = old.id
            recorded = self.run(
                lambda ref: self.db.movements.correct(ref, old_id, self.desk.code(), **values)
            )
        else:
            recorded = self.run(lambda ref: self.db.movements.move(ref, self.desk.code(), **values))
        if recorded:
            self.note.clear()
            self.letter_ref.clear()
        return recorded


class ActivitiesPanel(PanelBase):
    """What was done on the file and what is to be chased, and the form that logs an
    activity."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.activities: RowsModel[Activity] = RowsModel(
            [
                value_column(tr("Date"), lambda a: a.on),
                value_column(tr("Activity"), lambda a: a.kind.value),
                value_column(tr("Desk"), lambda a: self.desk_name(a.desk)),
                value_column(tr("Reply"), lambda a: a.reply),
                value_column(tr("Outcome"), lambda a: a.outcome),
                value_column(tr("Next step"), lambda a: a.next_step),
                value_column(tr("Lever"), lambda a: a.lever.value if a.lever else ""),
                value_column(tr("Reply due"), lambda a: a.reply_due),
            ],
            self,
        )
        self.follow_ups: RowsModel[FollowUp] = RowsModel(
            [
                value_column(tr("From"), lambda f: f.start),
                value_column(tr("Follow-up"), lambda f: f.kind.value),
                value_column(tr("Desk"), lambda f: self.desk_name(f.desk)),
                value_column(tr("Title"), lambda f: f.title),
                value_column(tr("Repeats"), lambda f: f.rule),
                value_column(tr("Snoozed until"), lambda f: f.snoozed_until),
                value_column(tr("Closed on"), lambda f: f.closed_on),
            ],
            self,
        )
        self.activity_table = table_view(
            sort_proxy(self.activities), tr("Activities"), fit_columns=False
        )
        self.activity_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((95, 150, 200, 50, 200, 160)):
            self.activity_table.setColumnWidth(column, width)
        self.follow_up_table = table_view(
            sort_proxy(self.follow_ups), tr("Follow-ups"), fit_columns=False
        )
        self.follow_up_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.delete_button = QPushButton(tr("Delete activi&ty…"))
        self.delete_button.setToolTip(tr("Delete the chosen activity, logged by mistake"))
        self.delete_button.clicked.connect(self.delete_activity)
        self.activity_table.selectionModel().selectionChanged.connect(self._chosen)
        self._chosen()

        self.kind = Choice([(k.value, k) for k in ActivityKind if k.logged_by_hand])
        self.kind.setAccessibleName(tr("Activity"))
        self.on = recorded_date_edit(tr("Activity date"))
        self.desk = DeskChoice(optional=True)
        self.desk.setAccessibleName(tr("Desk"))
        self.outcome = QLineEdit()
        self.outcome.setAccessibleName(tr("Outcome"))
        self.next_step = QLineEdit()
        self.next_step.setAccessibleName(tr("Next step"))
        self.reply = QCheckBox(tr("The desk &replied (stops the weekly follow-up with it)"))
        self.lever = Choice.of(Lever, tr("(not an escalation)"))
        self.lever.setAccessibleName(tr("Lever"))
        self.log_button = QPushButton(tr("&Log activity"))
        self.log_button.setToolTip(tr("Log a call, letter, visit or other activity on this file"))
        self.log_button.clicked.connect(self.log)
        self.kind.currentIndexChanged.connect(self._kind_chosen)

        # A follow-up is set for a day to come; only recorded events are never in the future.
        self.follow_up_on = date_edit(date.today(), name=tr("Follow-up date"))
        self.follow_up_desk = DeskChoice(optional=True)
        self.follow_up_desk.setAccessibleName(tr("Follow-up desk"))
        self.follow_up_title = QLineEdit()
        self.follow_up_title.setAccessibleName(tr("What to follow up"))
        self.follow_up_title.setPlaceholderText(tr("e.g. ask the embassy for the travel permit"))
        # RFC 5545 recurrence rules, the form the follow-up service and calendars share.
        self.repeats = Choice(
            [
                (tr("once"), ""),
                (tr("every week"), "FREQ=WEEKLY"),
                (tr("every two weeks"), "FREQ=WEEKLY;INTERVAL=2"),
                (tr("every month"), "FREQ=MONTHLY"),
            ]
        )
        self.repeats.setAccessibleName(tr("Repeats"))
        self.follow_up_button = QPushButton(tr("Set &follow-up"))
        self.follow_up_button.setToolTip(
            tr("Put a follow-up of this file on the agenda, once or repeating")
        )
        self.follow_up_button.clicked.connect(self.set_follow_up)

        follow_up_box = QGroupBox(tr("Set a follow-up"))
        follow_up_form = QFormLayout(follow_up_box)
        follow_up_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        follow_up_form.addRow(tr("&On"), self.follow_up_on)
        follow_up_form.addRow(tr("With des&k"), self.follow_up_desk)
        follow_up_form.addRow(tr("&What"), self.follow_up_title)
        follow_up_form.addRow(tr("Re&peats"), self.repeats)
        follow_up_form.addRow(self.follow_up_button)

        form_box = QGroupBox(tr("Log an activity"))
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Acti&vity"), self.kind)
        form.addRow(tr("&Date"), self.on)
        form.addRow(tr("D&esk"), self.desk)
        form.addRow(tr("&Outcome"), self.outcome)
        form.addRow(tr("&Next step"), self.next_step)
        form.addRow(self.reply)
        form.addRow(tr("Lever &used"), self.lever)
        form.addRow(self.error)
        form.addRow(self.log_button)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(QLabel(tr("<b>Activities</b>")))
        lists_layout.addWidget(self.activity_table, 3)
        lists_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        lists_layout.addWidget(QLabel(tr("<b>Follow-ups set on this file</b>")))
        lists_layout.addWidget(self.follow_up_table, 1)
        forms = QWidget()
        forms_layout = QVBoxLayout(forms)
        forms_layout.setContentsMargins(0, 0, 0, 0)
        forms_layout.addWidget(form_box)
        forms_layout.addWidget(follow_up_box)
        forms_layout.addStretch(1)
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.addWidget(lists)
        self.content.addWidget(scroll(forms))
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 1)
        self.content.setSizes([780, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.content, 1)
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
            tr("Delete activity"),
            tr("the %1%2 of %3")
            .replace("%1", activity.kind.value)
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
