"""The week page: the follow-ups of a week, grouped by desk, overdue first."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.followups import AgendaItem, FollowUpKind
from repatriate.services.database import Database
from repatriate.services.followups import Week, parse_week, week_of
from repatriate.ui import tasks
from repatriate.ui.actions import action_button, page_action
from repatriate.ui.dates import as_date, short_date
from repatriate.ui.dialogs import ask_yes
from repatriate.ui.events import DataEvents
from repatriate.ui.language import digits
from repatriate.ui.load_when_shown import LoadWhenShown
from repatriate.ui.tables import ROOT
from repatriate.ui.week.agenda import (
    AgendaModel,
    AgendaWords,
    DeskGroup,
    agenda_tree,
)
from repatriate.ui.week.dialogs import ExportCalendarDialog, MarkDoneDialog, SnoozeDialog
from repatriate.ui.week.writes import (
    UNDO_SECONDS,
    Key,
    Undo,
    Write,
    WriteOutcome,
    closing,
    each,
    key_of,
    logging,
    snoozing,
)


def shifted(week: Week, weeks: int, today: date) -> Week:
    monday = week.monday + timedelta(days=7 * weeks)
    year, number, _ = monday.isocalendar()
    return parse_week(f"{year}-W{number:02d}", today)


class WeekPage(QWidget):
    """The week's follow-ups, grouped by desk, overdue first. The agenda is computed on a
    worker (a second or two at 100,000 files); the last one stays usable meanwhile."""

    loaded = Signal()
    """A new agenda is in the tree."""
    written = Signal()
    """A mark done, snooze, close or export has finished."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.week = week_of(date.today())
        self.model = AgendaModel(self)
        self.words = AgendaWords(self.model)
        self.dialog: QDialog | None = None
        self.loading: tasks.Task | None = None
        self.writing: tasks.Task | None = None
        self.reads = tasks.Reads(self)
        self.items: list[AgendaItem] = []
        """The agenda as loaded; the page shows it less what was handled."""
        self.handled: set[Key] = set()
        """Marked done, snoozed or closed on the page: out of the shown week."""
        self.last_undo: tuple[tuple[AgendaItem, ...], tuple[Undo, ...]] | None = None
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_SECONDS * 1000)
        self.undo_timer.timeout.connect(self._forget_undo)

        self.week_label = QLabel()
        self.week_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = self.week_label.font()
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        heading.setBold(True)
        self.week_label.setFont(heading)
        self.state = QLabel()
        self.tree = agenda_tree(self.model)
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        style = self.style()
        self.previous_action = page_action(
            self,
            self.tr("&Previous week"),
            self.previous_week,
            "Ctrl+PgUp",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
        )
        self.this_action = page_action(self, self.tr("&This week"), self.this_week, "Ctrl+Home")
        self.next_action = page_action(
            self,
            self.tr("&Next week"),
            self.next_week,
            "Ctrl+PgDown",
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
        )
        self.done_action = page_action(self, self.tr("Mark &done…"), self.mark_done, "Ctrl+D")
        self.desk_done_action = page_action(
            self, self.tr("Mark a&ll of this desk done…"), self.mark_desk_done, "Ctrl+Shift+D"
        )
        self.snooze_action = page_action(self, self.tr("&Snooze…"), self.snooze, "Ctrl+Shift+Z")
        self.close_action = page_action(self, self.tr("&Close follow-up…"), self.close_follow_up)
        self.open_action = page_action(self, self.tr("&Open file"), self.open_file, "Ctrl+O")
        self.export_action = page_action(self, self.tr("Export .&ics…"), self.export_calendar)
        self.undo_action = page_action(self, self.tr("&Undo"), self.undo, "Ctrl+Z")
        self.undo_action.setEnabled(False)
        self.undo_action.setToolTip(self.tr("Take back the last mark done, snooze or close"))
        self.undone = QLabel()
        self.undone.setAccessibleName(self.tr("Last change"))
        for action, tip in (
            (self.done_action, self.tr("Log the follow-up (a call by default) with its desk")),
            (self.desk_done_action, self.tr("Log one call with the desk for all its files")),
            (self.snooze_action, self.tr("Put the follow-up off to a day")),
            (
                self.close_action,
                self.tr("Stop following up this desk on the file until it moves on to it again"),
            ),
            (self.open_action, self.tr("Open the prisoner file")),
            (self.export_action, self.tr("Save the week's follow-ups as calendar events")),
        ):
            action.setToolTip(tip)
            self.tree.addAction(action)

        navigation = QHBoxLayout()
        for action in (self.previous_action, self.this_action, self.next_action):
            navigation.addWidget(action_button(action))
        navigation.addWidget(self.week_label, 1)
        # On a line of its own and wrapped: the counts must not widen the window past a
        # small screen.
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        for action in (
            self.done_action,
            self.desk_done_action,
            self.snooze_action,
            self.close_action,
            self.open_action,
        ):
            buttons.addWidget(action_button(action))
        buttons.addStretch(1)
        buttons.addWidget(action_button(self.export_action))
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.state)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.contact)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undone, 1)
        self.undo_button = action_button(self.undo_action)
        undo_row.addWidget(self.undo_button)
        self.undone.hide()
        self.undo_button.hide()
        layout.addLayout(undo_row)
        layout.addLayout(buttons)

        self.tree.activated.connect(self._activated)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tree.selectionModel().currentChanged.connect(self._selection_changed)
        self._selection_changed()
        self.loader = LoadWhenShown(self, events, self.reload)

    # -- loading --------------------------------------------------------------------

    def reload(self, _refs: object = None) -> None:
        """Compute the agenda of the shown week again, on a worker."""
        week = self.week
        db = self.db

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> object:
            return db.followups.agenda(week), {d.code: d for d in db.desks.directory()}

        self.week_label.setText(
            self.tr("%1 · %2 to %3")
            .replace("%1", week.label)
            .replace("%2", short_date(week.monday))
            .replace("%3", short_date(week.sunday))
        )
        self.state.setText(self.tr("Loading the follow-ups…"))
        self.loading = self.reads.run(work, self._loaded, self._failed)

    def _loaded(self, found: tuple[list[AgendaItem], dict[str, Desk]]) -> None:
        items, desks = found
        self.items = items
        self._show_agenda(desks, self.model.item_at(self.tree.currentIndex()))
        self.loaded.emit()

    def _show_agenda(self, desks: dict[str, Desk], current: AgendaItem | None) -> None:
        """The loaded agenda less what was handled, keeping the view where it was."""
        scrolled = self.tree.verticalScrollBar().value()
        self.model.set_agenda([i for i in self.items if key_of(i) not in self.handled], desks)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, ROOT, True)
        self.tree.expandAll()
        self.tree.verticalScrollBar().setValue(scrolled)
        if current is not None:
            index = self.model.index_of(current.ref, current.desk)
            if index.isValid():
                self.tree.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._show_counts()
        self._selection_changed()

    def _show_counts(self) -> None:
        self.state.setText(self.words.counts_text(self.model.groups))

    def _failed(self, message: str) -> None:
        self.state.setText(self.tr("The follow-ups could not be loaded: %1").replace("%1", message))
        self.events.status.emit(message)

    def _make_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    # -- the week shown -------------------------------------------------------------

    def previous_week(self) -> None:
        self.show_week(shifted(self.week, -1, date.today()))

    def next_week(self) -> None:
        self.show_week(shifted(self.week, 1, date.today()))

    def this_week(self) -> None:
        self.show_week(week_of(date.today()))

    def show_week(self, week: Week) -> None:
        self.week = week
        self.handled.clear()
        self._forget_undo()
        self.reload()

    # -- what is selected -----------------------------------------------------------

    def selected_items(self) -> list[AgendaItem]:
        """The files selected, and all the files of a selected desk row."""
        chosen: dict[tuple[str, str, FollowUpKind, date], AgendaItem] = {}
        for index in self.tree.selectionModel().selectedRows():
            item = self.model.item_at(index)
            group = self.model.group_at(index)
            found = (item,) if item is not None else group.items if group else ()
            for one in found:
                chosen[(one.ref, one.desk, one.kind, one.due)] = one
        return list(chosen.values())

    def current_group(self) -> DeskGroup | None:
        return self.model.group_at(self.tree.currentIndex())

    def _selection_changed(self, *_: object) -> None:
        items = self.selected_items()
        group = self.current_group()
        # Nobody is chasing them yet: there is no follow-up to mark done, snooze or close.
        chased = [item for item in items if item.kind is not FollowUpKind.UNCHASED]
        self.done_action.setEnabled(bool(items) and len(chased) == len(items))
        self.desk_done_action.setEnabled(group is not None and not group.unchased)
        with_desk = bool(items) and all(item.desk for item in items)
        self.snooze_action.setEnabled(with_desk)
        self.close_action.setEnabled(with_desk)
        self.open_action.setEnabled(self.model.item_at(self.tree.currentIndex()) is not None)
        self.export_action.setEnabled(bool(self.model.groups))
        contact = ""
        if group is not None and not group.unchased:
            contact = self.model.contact(group.desk).replace("\n", " · ")
        self.contact.setText(contact)

    # -- actions --------------------------------------------------------------------

    def open_file(self) -> None:
        item = self.model.item_at(self.tree.currentIndex())
        if item is not None:
            self.events.open_file.emit(item.ref)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is not None:
            self.events.open_file.emit(item.ref)

    def mark_done(self) -> None:
        self._ask_done(self.selected_items())

    def mark_desk_done(self) -> None:
        group = self.current_group()
        if group is not None:
            self._ask_done(list(group.items))

    def _ask_done(self, items: list[AgendaItem]) -> None:
        if not items:
            return
        dialog = MarkDoneDialog(items, self.words.about(items), self)
        self.dialog = dialog

        def log() -> None:
            write = logging(
                self.db.followups,
                dialog.chosen_kind(),
                as_date(dialog.on.date()),
                dialog.outcome.text(),
                dialog.next_step.text(),
                dialog.reply.isChecked(),
            )
            self._write(self.tr("Logging the follow-ups"), items, write, self.tr("marked done"))

        dialog.accepted.connect(log)
        dialog.open()

    def snooze(self) -> None:
        items = self.selected_items()
        if not items:
            return
        suggested = max(self.week.sunday, date.today()) + timedelta(days=1)
        dialog = SnoozeDialog(self.words.about(items), suggested, self)
        self.dialog = dialog

        def put_off() -> None:
            write = snoozing(self.db.followups, as_date(dialog.until.date()))
            self._write(self.tr("Snoozing the follow-ups"), items, write, self.tr("snoozed"))

        dialog.accepted.connect(put_off)
        dialog.open()

    def close_follow_up(self) -> None:
        items = self.selected_items()
        if not items:
            return
        self.dialog = ask_yes(
            self,
            self.tr("Close follow-up"),
            self.tr(
                "Stop following up: %1? It starts again when the file moves on to the desk."
            ).replace("%1", self.words.about(items)),
            lambda: self._write(
                self.tr("Closing the follow-ups"),
                items,
                closing(self.db.followups),
                self.tr("closed"),
            ),
        )

    def _write(self, title: str, items: list[AgendaItem], write: Write, verb: str) -> None:
        """Whatever was written is announced, even after a failure, and leaves the shown week
        at once, undoable for a few seconds."""
        self.writing = tasks.write(
            self,
            self.events,
            each(items, write),
            lambda outcome: self._written(outcome, verb),
            self._write_failed,
            touched=lambda outcome: outcome.refs if outcome.done else None,
            progress=title,
        )

    def _written(self, outcome: WriteOutcome, verb: str) -> None:
        if outcome.problem:
            QMessageBox.warning(self, self.tr("Follow-ups"), outcome.problem)
        if outcome.done:
            shown = [i for g in self.model.groups for i in g.items]
            first = min((n for n, i in enumerate(shown) if i in outcome.done), default=len(shown))
            self.handled |= {key_of(item) for item in outcome.done}
            left = [i for i in shown if key_of(i) not in self.handled]
            # The row after the ones that left becomes current, where the eye already is.
            following = left[min(first, len(left) - 1)] if left else None
            self._show_agenda(self.model.desks, following)
            message = (
                self.tr("%1 %2 · %3 left to act on")
                .replace("%1", self.words.count_text(len(outcome.done)))
                .replace("%2", verb)
                .replace("%3", str(len(left)))
            )
            self.undone.setText(message)
            self.undone.show()
            self.undo_button.show()
            self.last_undo = (outcome.done, outcome.undo)
            self.undo_action.setEnabled(True)
            self.undo_timer.start()
            self.events.status.emit(message)
        self.written.emit()

    def _forget_undo(self) -> None:
        self.last_undo = None
        self.undo_action.setEnabled(False)
        self.undo_timer.stop()
        self.undone.hide()
        self.undo_button.hide()

    def undo(self) -> None:
        """Take back the last mark done, snooze or close: the rows come back."""
        if self.last_undo is None:
            return
        done, undos = self.last_undo
        self._forget_undo()

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> None:
            for step in reversed(undos):
                step()

        def undone(_: object) -> None:
            self.handled -= {key_of(item) for item in done}
            self.events.status.emit(
                self.tr("Undone: %1 back").replace("%1", self.words.count_text(len(done)))
            )
            self.written.emit()

        self.writing = tasks.write(
            self,
            self.events,
            work,
            undone,
            self._write_failed,
            touched=lambda _: [item.ref for item in done],
        )

    def _write_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Follow-ups"), message)
        self.written.emit()

    def export_calendar(self) -> None:
        items = [item for group in self.model.groups if not group.unchased for item in group.items]
        if not items:
            return
        dialog = ExportCalendarDialog(
            digits(
                self.tr(
                    "Export the %Ln follow-up(s) of %1 as all-day calendar events.", "", len(items)
                )
            ).replace("%1", self.week.label),
            self,
        )
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_calendar(items, dialog.with_names.isChecked()))
        dialog.open()

    def _save_calendar(self, items: list[AgendaItem], with_names: bool) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the follow-ups as a calendar"),
            str(Path.home() / f"follow-ups-{self.week.label}.ics"),
            self.tr("Calendar (*.ics)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".ics") else chosen + ".ics")
        followups = self.db.followups

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> int:
            return followups.write_ics(items, path, with_names=with_names)

        def saved(count: int) -> None:
            self.events.status.emit(
                self.tr("%1 follow-ups saved to %2")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
            self.written.emit()

        self.writing = tasks.start(work, self)
        self.writing.done.connect(saved)
        self.writing.failed.connect(self._write_failed)
