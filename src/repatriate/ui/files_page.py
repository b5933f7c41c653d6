"""Files: every prisoner file in one table, with an instant filter and the flags that matter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QHelpEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import Status
from repatriate.services.codes import country_name
from repatriate.services.database import Database
from repatriate.services.register import FileSummary
from repatriate.ui import tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.files_model import (
    COLUMNS,
    FLAGS_COLUMN,
    OVERSTAY_COLUMN,
    Arrangement,
    FileFilter,
    FileRows,
    FilesModel,
    arrange,
    column_title,
)
from repatriate.ui.flag_badges import BADGE, GAP, ORDER, badge, flag_name
from repatriate.ui.language import digits, number
from repatriate.ui.load_when_shown import LoadWhenShown
from repatriate.ui.tables import fixed_rows
from repatriate.ui.words import word

FLAGS_ROOM = 6
"""Badges the flags column has room for: the most a file shows (the overstay badges collapse
into one)."""
SHARING = ("name_native", "prison", "status")
"""Columns that share the room the others leave, each at least a few letters wide; their cut
cells show their whole text as a tooltip."""


class CutOffTips(QStyledItemDelegate):
    """Cells whose text does not fit their column show the whole text as a tooltip; cells
    with a tooltip of their own (flags, problems) keep it."""

    def tip(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> str:
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return ""
        self.initStyleOption(option, index)
        # The text's room: the cell less the margins the style draws it within.
        needed = self.sizeHint(option, index).width()
        return str(text) if needed > option.rect.width() else ""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        text = self.tip(option, index)
        if text:
            QToolTip.showText(event.globalPos(), text, view)
        else:
            QToolTip.hideText()
            event.ignore()
        return True


class FilesPage(QWidget):
    """The table of all files. Loads the register on a worker, each file with its flags,
    desks holding it and next follow-up as stored (see `services.standings`)."""

    first_screen = Signal()
    """The files held longest past release are in the table; the rest are being read."""
    loaded = Signal()
    """The register's rows are in the table."""
    assessed = Signal()
    """Flags, desks holding and next follow-ups of every file are in the table (they come
    with the rows: `loaded` and this are sent together)."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.model = FilesModel(self)
        self._loads = tasks.Reads(self)
        self._current: str | None = None
        """The file chosen before the rows last changed, chosen again when they are back."""

        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(
            self.tr("Filter by name (in any script), ref or passport number")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter files"))
        self.nationality = QComboBox()
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.nationality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.prison = QComboBox()
        self.prison.setAccessibleName(self.tr("Prison"))
        self.prison.setMinimumContentsLength(12)
        self.prison.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in Status:
            # Qt keeps a str subclass as a plain string: store the word, rebuild the enum.
            self.status.addItem(word(status), status.value)
        self.flag = QComboBox()
        self.flag.setAccessibleName(self.tr("Flag"))
        self.flag.addItem(self.tr("Any flag"), None)
        for flag in ORDER:
            self.flag.addItem(badge(flag), flag_name(flag), flag.value)
        self.legend = QToolButton()
        self.legend.setText("?")
        self.legend.setToolTip(self.tr("What the flag badges mean"))
        self.legend.setAccessibleName(self.tr("Flag badges"))
        self.legend.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        legend = QMenu(self.legend)
        for flag in ORDER:
            legend.addAction(badge(flag), flag_name(flag))
        self.legend.setMenu(legend)
        self.show_gone = QCheckBox(self.tr("Show released and repatriated"))
        self.show_gone.setToolTip(
            self.tr(
                "Also show the files of people no longer held: released, repatriated, "
                "deported, transferred or deceased"
            )
        )
        self.count = QLabel()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        fixed_rows(self.table)
        self.table.setItemDelegate(CutOffTips(self.table))
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.fontMetrics()
        for name, sample in (
            ("ref", "XXXX-000000"),
            ("name", "x" * 16),
            ("overstay_days", "due in 000 days"),
            ("release_due", "0000-00-00"),
            ("nationality", "MM"),
            ("holding", "x" * 9),
            ("next_follow_up", "0000-00-00"),
        ):
            # Wide enough for its usual content and its whole title with the sort arrow, in
            # the current font: a larger font or a longer translation stays readable.
            column = COLUMNS.index(name)
            self.table.setColumnWidth(
                column,
                max(
                    metrics.horizontalAdvance(sample) + 2 * metrics.averageCharWidth(),
                    metrics.horizontalAdvance(column_title(column)) + metrics.height(),
                ),
            )
        self._last_width = self.table.columnWidth(len(COLUMNS) - 1)
        self.table.setColumnWidth(
            FLAGS_COLUMN, FLAGS_ROOM * (BADGE + GAP) + 2 * metrics.averageCharWidth()
        )
        self.table.viewport().installEventFilter(self)
        columns.setSortIndicator(OVERSTAY_COLUMN, Qt.SortOrder.DescendingOrder)

        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 3)
        bar.addWidget(self.nationality)
        bar.addWidget(self.prison, 2)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.flag, 1)
        bar.addWidget(self.legend)
        foot = QHBoxLayout()
        foot.addWidget(self.count, 1)
        foot.addWidget(self.show_gone)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(foot)

        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.arranged.connect(self._arranged)
        self.filter_box.textChanged.connect(self.apply_filter)
        for combo in (self.nationality, self.prison, self.status, self.flag):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.show_gone.toggled.connect(self.apply_filter)
        self.filter_box.installEventFilter(self)
        self.table.activated.connect(self._open)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_box, self.filter_box.clear)
        self.loader = LoadWhenShown(self, events, self.reload)
        self._show_count()

    # -- loading --------------------------------------------------------------------

    def reload(self, _refs: object = None) -> None:
        """Read the register again (on a worker). On the first load the files held longest
        past release come first, from an index, so the top of the table shows while the rest
        is read."""
        as_of = date.today()
        chosen, sort = self.model.arrangement

        def read_all(_p: tasks.Progress, _c: tasks.CancelCheck) -> tuple[FileRows, Arrangement]:
            rows = FileRows.of(self.db.register.columns(as_of))
            return rows, arrange(rows, chosen, sort)

        def then_all(first: list[FileSummary] | None = None) -> None:
            if first:
                self._first_screen(first, as_of)
            self._loads.also(read_all, self._loaded, self.events.status.emit)

        if self.model.total == 0:
            # One after the other: run side by side, the two reads slow each other down.
            self._loads.run(
                lambda _p, _c: self.db.register.longest_overstays(as_of),
                then_all,
                lambda _message: then_all(),
            )
        else:
            self._loads.drop()
            then_all()
        self.count.setText(self.tr("Loading files…"))

    def _first_screen(self, rows: list[FileSummary], as_of: date) -> None:
        self.model.set_files(rows, as_of)
        self.count.setText(
            digits(
                self.tr(
                    "The %Ln file(s) held longest past release; loading all files…", "", len(rows)
                )
            )
        )
        self.first_screen.emit()

    def _loaded(self, loaded: tuple[FileRows, Arrangement]) -> None:
        rows, shown = loaded
        self.model.set_rows(rows, shown)
        self._fill_choices()
        self._fit_refs()
        self.loaded.emit()
        self.assessed.emit()

    def _share_room(self) -> None:
        columns = [COLUMNS.index(name) for name in SHARING]
        fixed = sum(
            self.table.columnWidth(column)
            for column in range(len(COLUMNS) - 1)
            if column not in columns
        )
        # The last column stretches to the table's edge: counted at the width it was given.
        fixed += self._last_width
        least = 8 * self.fontMetrics().averageCharWidth()
        share = (self.table.viewport().width() - fixed) // len(columns)
        for column in columns:
            self.table.setColumnWidth(column, max(least, share))

    def _fit_refs(self) -> None:
        """The ref column as wide as the longest ref (refs are what a caseworker quotes)."""
        refs = self.model.rows.refs
        if refs:
            metrics = self.table.fontMetrics()
            column = COLUMNS.index("ref")
            needed = metrics.horizontalAdvance(max(refs, key=len)) + 3 * metrics.averageCharWidth()
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), needed))
            self._share_room()

    def _fill_choices(self) -> None:
        for combo, values, label, show in (
            (
                self.nationality,
                self.model.rows.nationality_codes(),
                self.tr("Any nationality"),
                True,
            ),
            (self.prison, self.model.rows.prison_names(), self.tr("Any prison"), False),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(label, "")
            for value in values:
                combo.addItem(f"{country_name(value)} ({value})" if show else value, value)
            found = combo.findData(chosen)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    # -- filtering and opening ------------------------------------------------------

    def apply_filter(self) -> None:
        """Filter on a worker; the rows arrive in `_arranged`."""
        self.model.set_filter(
            FileFilter(
                text=self.filter_box.text(),
                nationality=self.nationality.currentData() or "",
                prison=self.prison.currentData() or "",
                status=Status(self.status.currentData()) if self.status.currentData() else None,
                flag=Flag(self.flag.currentData()) if self.flag.currentData() else None,
                held_only=not self.show_gone.isChecked(),
            )
        )

    def _remember_current(self) -> None:
        self._current = self.current_ref()

    def _arranged(self) -> None:
        # The view lays out its new rows now rather than on its next round of events: its
        # one paint then shows them, where a second paint of every cell in sight (some 1,500
        # calls of `data()`) would come as the next keystroke's search runs, each call
        # waiting on that worker's hold of the interpreter.
        self.table.executeDelayedItemsLayout()
        self._restore(self._current)
        self._show_count()

    def focus_filter(self) -> None:
        self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Down in the filter box goes to the table, on its first row. The columns
        that share the room are sized again when the table is."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._share_room()
        if (
            watched is self.filter_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down)
        ):
            self.enter_table()
            return True
        return super().eventFilter(watched, event)

    def enter_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model.rowCount():
            first = self.model.index(0, 0)
            self.table.selectionModel().setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(first)

    def current_ref(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.ref_at(index.row()) if index.isValid() else None

    def _restore(self, ref: str | None) -> None:
        row = self.model.row_of(ref) if ref else None
        if row is None:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.events.open_file.emit(self.model.ref_at(index.row()))

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        text = (
            digits(self.tr("%Ln file(s)", "", total))
            if shown == total
            else digits(self.tr("%1 of %Ln file(s)", "", total)).replace("%1", number(shown))
        )
        self.count.setText(text)
