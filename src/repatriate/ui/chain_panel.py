"""A file's desk chain: its movements, who holds it now, the route's progress, and the form
that records a new movement.

Movements are their own records: they are written at once by their service, apart from the
file's Save button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import Movement, MovementKind, Via
from repatriate.services.advocacy import obstacles
from repatriate.services.database import Database
from repatriate.services.movements import Whereabouts, describe_movement
from repatriate.ui.dates import as_date, as_qdate, short_date
from repatriate.ui.inputs import Choice
from repatriate.ui.language import digits, number
from repatriate.ui.panel_base import DeskChoice, PanelBase, recorded_date_edit
from repatriate.ui.tables import (
    ERROR_COLOUR,
    RowsModel,
    escaped,
    selected_row,
    sort_proxy,
    table_view,
    value_column,
)
from repatriate.ui.words import word


class ChainPanel(PanelBase):
    """Where the file is: the movements, the desks holding it now, the route, and the form
    that records a new movement."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self.movements: RowsModel[Movement] = RowsModel(
            [
                value_column(QCoreApplication.translate("FileEditor", "Date"), lambda m: m.on),
                value_column(
                    QCoreApplication.translate("FileEditor", "Desk"),
                    lambda m: self.desk_name(m.desk),
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Movement"), lambda m: word(m.kind)
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "From"), lambda m: m.from_desk
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Letter ref"), lambda m: m.letter_ref
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Via"),
                    lambda m: word(m.via),
                ),
                value_column(
                    QCoreApplication.translate("FileEditor", "Note or objection"),
                    lambda m: m.reason or m.note,
                ),
            ],
            self,
        )
        self.holding = QLabel()
        self.holding.setWordWrap(True)
        self.holding.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.route = QLabel()
        self.route.setWordWrap(True)
        self.route.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = table_view(
            sort_proxy(self.movements),
            QCoreApplication.translate("FileEditor", "Movements"),
            fit_columns=False,
        )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        for column, width in enumerate((90, 260, 100, 80, 110, 60)):
            self.table.setColumnWidth(column, width)
        self.delete_button = QPushButton(
            QCoreApplication.translate("FileEditor", "Delete movemen&t…")
        )
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "Delete the chosen movement, recorded by mistake"
            )
        )
        self.delete_button.clicked.connect(self.delete_movement)
        self.correct_button = QPushButton(QCoreApplication.translate("FileEditor", "Co&rrect…"))
        self.correct_button.setToolTip(
            QCoreApplication.translate(
                "FileEditor",
                "Put the chosen movement in the form to record it again as it should have been",
            )
        )
        self.correct_button.clicked.connect(self.correct_movement)
        self.correcting: Movement | None = None
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self._chosen()

        self.desk = DeskChoice(optional=False)
        self.desk.setAccessibleName(QCoreApplication.translate("FileEditor", "Desk"))
        self.kind = Choice([(word(k), k) for k in MovementKind])
        self.kind.setAccessibleName(QCoreApplication.translate("FileEditor", "Movement"))
        self.on = recorded_date_edit(QCoreApplication.translate("FileEditor", "Movement date"))
        self.letter_ref = QLineEdit()
        self.letter_ref.setAccessibleName(QCoreApplication.translate("FileEditor", "Letter ref"))
        self.via = Choice.of(Via, QCoreApplication.translate("FileEditor", "not recorded"))
        self.via.setAccessibleName(QCoreApplication.translate("FileEditor", "Via"))
        self.from_desk = DeskChoice(optional=True)
        self.from_desk.setAccessibleName(QCoreApplication.translate("FileEditor", "Forwarded from"))
        self.note = QLineEdit()
        self.note.setAccessibleName(QCoreApplication.translate("FileEditor", "Note"))
        self.note.setPlaceholderText(
            QCoreApplication.translate("FileEditor", "for a return: the objection")
        )
        self.obstacle = QComboBox()
        self.obstacle.setAccessibleName(QCoreApplication.translate("FileEditor", "Obstacle"))
        self.obstacle.addItem("")
        for obstacle in obstacles():
            self.obstacle.addItem(f"[{obstacle.code}] {obstacle.label}")
        self.obstacle.textActivated.connect(self._obstacle_chosen)
        self.record_button = QPushButton(
            QCoreApplication.translate("FileEditor", "Record &movement")
        )
        self.record_button.setToolTip(
            QCoreApplication.translate(
                "FileEditor",
                "Record that the file went to, came back from or was cleared by a desk",
            )
        )
        self.record_button.clicked.connect(self.record)
        self.kind.currentIndexChanged.connect(self._kind_chosen)

        form_box = QGroupBox(QCoreApplication.translate("FileEditor", "Record a movement"))
        self.form_box = form_box
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(QCoreApplication.translate("FileEditor", "D&esk"), self.desk)
        form.addRow(QCoreApplication.translate("FileEditor", "&What happened"), self.kind)
        form.addRow(QCoreApplication.translate("FileEditor", "&Forwarded from"), self.from_desk)
        form.addRow(QCoreApplication.translate("FileEditor", "&Date"), self.on)
        form.addRow(QCoreApplication.translate("FileEditor", "&Letter ref"), self.letter_ref)
        form.addRow(QCoreApplication.translate("FileEditor", "Vi&a"), self.via)
        form.addRow(QCoreApplication.translate("FileEditor", "O&bstacle"), self.obstacle)
        form.addRow(QCoreApplication.translate("FileEditor", "N&ote"), self.note)
        form.addRow(self.error)
        form.addRow(self.record_button)

        summary = QGroupBox(QCoreApplication.translate("FileEditor", "Now"))
        summary_layout = QVBoxLayout(summary)
        summary_layout.addWidget(self.holding)
        summary_layout.addWidget(self.route)
        summary_layout.addStretch(1)

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
        self.lay_out(left, form_box)
        self._kind_chosen()
        self.show_where(None, None)

    def _kind_chosen(self) -> None:
        self.from_desk.setEnabled(self.kind.value() is MovementKind.FORWARDED)
        self.obstacle.setEnabled(self.kind.value() is MovementKind.RETURNED)

    def _obstacle_chosen(self, text: str) -> None:
        """Put the chosen obstacle's "[code] label" at the start of the note, in place of one
        there before: the advocacy pack counts returns by it."""
        note = self.note.text().strip()
        if note.startswith("[") and "]" in note:
            note = note[note.index("]") + 1 :].strip()
            for obstacle in obstacles():
                if note.casefold().startswith(obstacle.label.casefold()):
                    note = note[len(obstacle.label) :].lstrip(" :")
        self.note.setText(f"{text}: {note}" if text and note else text or note)

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
        self.record_button.setText(
            QCoreApplication.translate("FileEditor", "Record the co&rrection")
        )
        self.form_box.setTitle(
            QCoreApplication.translate("FileEditor", "Correct: %1").replace(
                "%1", describe_movement(movement)
            )
        )

    def _stop_correcting(self) -> None:
        self.correcting = None
        self.record_button.setText(QCoreApplication.translate("FileEditor", "Record &movement"))
        self.form_box.setTitle(QCoreApplication.translate("FileEditor", "Record a movement"))

    def delete_movement(self) -> None:
        movement = selected_row(self.table, self.movements)
        if movement is None or movement.id is None:
            return
        movement_id = movement.id
        self.confirm_delete(
            QCoreApplication.translate("FileEditor", "Delete movement"),
            QCoreApplication.translate("FileEditor", "the movement “%1”").replace(
                "%1", describe_movement(movement)
            ),
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
            QCoreApplication.translate("FileEditor", "Proposed: the next desk on the file's route")
            if self.desk.code()
            else QCoreApplication.translate(
                "FileEditor", "The route proposes no desk for this file: choose the one it went to"
            )
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
            lines = [QCoreApplication.translate("FileEditor", "<b>Holding it now:</b>")]
            for hold in chain.holding:
                days = hold.days(chain.as_of)
                line = (
                    digits(self.tr("%1 — since %2, %Ln day(s)", "", days))
                    .replace("%1", escaped(self.desk_name(hold.desk)))
                    .replace("%2", short_date(hold.start))
                )
                if hold.desk in stalled:
                    expected = stalled[hold.desk].expected_days
                    late = digits(self.tr("stalled: expected within %Ln day(s)", "", expected))
                    line += f' <span style="color:{ERROR_COLOUR}">({late})</span>'
                lines.append("• " + line)
        elif chain.started:
            lines = [QCoreApplication.translate("FileEditor", "<b>No desk holds it now.</b>")]
        else:
            lines = [
                QCoreApplication.translate(
                    "FileEditor", "<b>No repatriation step recorded yet.</b>"
                )
            ]
        lines.append(
            digits(
                " ".join(
                    (
                        self.tr("Came back to a desk %Ln time(s);", "", chain.comebacks),
                        self.tr("returned with an objection %Ln time(s).", "", chain.objections),
                    )
                )
            )
        )
        return "<br>".join(lines)

    def _route_text(self, where: Whereabouts) -> str:
        progress = where.progress
        if progress is None:
            return QCoreApplication.translate("FileEditor", "No route applies to this file.")
        lines = [
            QCoreApplication.translate("FileEditor", "<b>Route:</b> %1").replace(
                "%1", escaped(progress.route.name)
            )
        ]
        lines.append(
            digits(
                self.tr("%1 of %Ln step(s) done.", "", len(progress.done) + len(progress.left))
            ).replace("%1", number(len(progress.done)))
        )
        if progress.current:
            now = "; ".join(step.title for step in progress.current)
            lines.append(
                QCoreApplication.translate("FileEditor", "In progress: %1").replace(
                    "%1", escaped(now)
                )
            )
        for step, desks in where.next_desks:
            codes = ", ".join(d.code for d in desks) or QCoreApplication.translate(
                "FileEditor", "no desk in the directory"
            )
            lines.append(
                QCoreApplication.translate("FileEditor", "Send next: %1 (%2)")
                .replace("%1", escaped(step.title))
                .replace("%2", escaped(codes))
            )
        later = [
            s.title
            for s in progress.left
            if s not in progress.current and s not in progress.next_steps
        ]
        if later:
            lines.append(
                QCoreApplication.translate("FileEditor", "Then: %1").replace(
                    "%1", escaped("; ".join(later))
                )
            )
        for mission in where.country_notes:
            note = " ".join(mission.notes.split())
            lines.append(
                QCoreApplication.translate("FileEditor", "<i>%1:</i> %2")
                .replace("%1", escaped(mission.organisation))
                .replace("%2", escaped(note))
            )
        return "<br>".join(lines)

    def record(self) -> bool:
        kind = self.kind.value()
        assert isinstance(kind, MovementKind)
        if not self.desk.code():
            self.error.setText(
                QCoreApplication.translate(
                    "FileEditor", "desk: (empty): choose the desk the file went to"
                )
            )
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
            self.obstacle.setCurrentIndex(0)
            self.letter_ref.clear()
        return recorded
