"""The desks page: the directory tab and the dwell-time tab with its chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.dwell import DeskDwell
from repatriate.services.codes import country_name
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.bar_chart import BarChart, BarRow, Series
from repatriate.ui.dates import as_date, date_edit, short_date
from repatriate.ui.desks.dialog import DeskDialog
from repatriate.ui.desks.directory import DIRECTORY_COLUMNS, directory_columns
from repatriate.ui.desks.dwell import DWELL_COLUMNS, MEDIAN_COLUMN, dwell_columns
from repatriate.ui.events import DataEvents
from repatriate.ui.language import digits, number
from repatriate.ui.load_when_shown import LoadWhenShown
from repatriate.ui.tables import RowsModel, fixed_rows, sort_proxy


@dataclass(frozen=True, slots=True)
class Choices:
    """What the analytics can be narrowed to: the nationalities and prison states on file."""

    desks: list[Desk]
    nationalities: list[str]
    states: list[str]


class DesksPage(QWidget):
    """Two tabs: the desk directory, and the dwell-time figures with their chart."""

    loaded = Signal()
    """The directory and the filter choices are in."""
    figured = Signal()
    """New dwell figures are in the table and the chart."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.dialog: DeskDialog | None = None
        self.loading: tasks.Task | None = None
        self.figuring: tasks.Task | None = None
        self.directory_reads = tasks.Reads(self)
        self.figure_reads = tasks.Reads(self)

        self.directory: RowsModel[Desk] = RowsModel(directory_columns(date.today()), self)
        self.directory_proxy = sort_proxy(self.directory)
        self.directory_proxy.setFilterKeyColumn(-1)
        self.directory_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_box = QLineEdit()
        self.filter_box.setPlaceholderText(
            self.tr("Filter by code, name, organisation, state, city or officer")
        )
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(self.tr("Filter desks"))
        self.add_button = QPushButton(self.tr("&Add desk…"))
        self.add_button.setToolTip(self.tr("Add a ministry desk, embassy or office"))
        self.edit_button = QPushButton(self.tr("Edi&t desk…"))
        self.edit_button.setToolTip(self.tr("Edit the selected desk and its officers"))
        self.directory_count = QLabel()
        self.directory_table = QTableView()
        self.directory_table.setModel(self.directory_proxy)
        self.directory_table.setAccessibleName(self.tr("Desk directory"))
        fixed_rows(self.directory_table)
        self.directory_table.setSortingEnabled(True)
        for name, width in (
            ("code", 110),
            ("name", 200),
            ("organisation", 200),
            ("role", 110),
            ("country", 60),
            ("state", 100),
            ("city", 100),
            ("phone", 100),
            ("email", 140),
            ("expected_days", 90),
        ):
            self.directory_table.setColumnWidth(DIRECTORY_COLUMNS.index(name), width)
        self.directory_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        directory_tab = QWidget()
        bar = QHBoxLayout()
        bar.addWidget(self.filter_box, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        layout = QVBoxLayout(directory_tab)
        layout.addLayout(bar)
        layout.addWidget(self.directory_table, 1)
        layout.addWidget(self.directory_count)

        self.dwell: RowsModel[DeskDwell] = RowsModel(dwell_columns({}), self)
        self.dwell_proxy = sort_proxy(self.dwell)
        self.nationality = QComboBox()
        self.nationality.setAccessibleName(self.tr("Nationality"))
        self.nationality.addItem(self.tr("Any nationality"), "")
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("Prison state"))
        self.state.addItem(self.tr("Any state"), "")
        today = date.today()
        self.use_since = QCheckBox(self.tr("Holds begun &from"))
        self.since = date_edit(today - relativedelta(years=1))
        self.use_until = QCheckBox(self.tr("t&o"))
        self.until = date_edit(today)
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            edit.setEnabled(False)
            edit.setAccessibleName(check.text().replace("&", ""))
            check.toggled.connect(edit.setEnabled)
        self.figures_state = QLabel()
        self.figures_state.setWordWrap(True)
        self.dwell_table = QTableView()
        self.dwell_table.setModel(self.dwell_proxy)
        self.dwell_table.setAccessibleName(self.tr("How long desks hold files"))
        fixed_rows(self.dwell_table)
        self.dwell_table.setSortingEnabled(True)
        header = self.dwell_table.horizontalHeader()
        header.setStretchLastSection(False)
        number = self.fontMetrics().horizontalAdvance("90th pct.") + 20
        for column, width in enumerate((90, 180, *[number] * (len(DWELL_COLUMNS) - 2))):
            self.dwell_table.setColumnWidth(column, width)
        self.dwell_table.sortByColumn(MEDIAN_COLUMN, Qt.SortOrder.DescendingOrder)
        self.chart = BarChart(
            (
                Series(self.tr("Median days"), QColor("#1565c0")),
                Series(self.tr("90th percentile days"), QColor("#90caf9")),
            ),
            self.tr("days held"),
        )
        self.chart.setAccessibleName(self.tr("Chart: which desks hold files longest"))
        self.chart.empty_text = self.tr("No desk has held a file of this choice")
        self.chart.more_text = lambda more: digits(
            self.tr("%Ln more desk(s) in the table", "", more)
        )

        nationality_label = QLabel(self.tr("&Nationality"))
        nationality_label.setBuddy(self.nationality)
        state_label = QLabel(self.tr("&Prison state"))
        state_label.setBuddy(self.state)
        filters = QGridLayout()
        for column, widget in enumerate(
            (
                nationality_label,
                self.nationality,
                state_label,
                self.state,
                self.use_since,
                self.since,
                self.use_until,
                self.until,
            )
        ):
            filters.addWidget(widget, 0, column)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.dwell_table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([3300, 1700])
        self.splitter.setChildrenCollapsible(False)
        dwell_tab = QWidget()
        layout = QVBoxLayout(dwell_tab)
        layout.addLayout(filters)
        layout.addWidget(self.figures_state)
        layout.addWidget(self.splitter, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(directory_tab, self.tr("&Directory"))
        self.tabs.addTab(dwell_tab, self.tr("How &long desks hold files"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

        self.filter_box.textChanged.connect(self.apply_filter)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.filter_box, self.filter_box.clear)
        self.add_button.clicked.connect(self.add_desk)
        self.edit_button.clicked.connect(self.edit_desk)
        self.directory_table.activated.connect(self.edit_desk)
        self.directory_table.selectionModel().currentChanged.connect(self._enable)
        self.nationality.currentIndexChanged.connect(self.refresh_figures)
        self.state.currentIndexChanged.connect(self.refresh_figures)
        for check, edit in ((self.use_since, self.since), (self.use_until, self.until)):
            check.toggled.connect(self.refresh_figures)
            edit.dateChanged.connect(self.refresh_figures)
        self.since.dateChanged.connect(self.until.setMinimumDate)
        self._enable()
        self.loader = LoadWhenShown(self, events, self.reload)

    # -- loading --------------------------------------------------------------------

    def reload(self, _refs: object = None) -> None:
        """Read the directory and the filter choices on a worker, then the figures."""
        db = self.db

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> Choices:
            summaries = db.register.summaries()
            return Choices(
                db.desks.directory(),
                sorted({s.nationality for s in summaries if s.nationality}),
                sorted({s.state for s in summaries if s.state}, key=str.casefold),
            )

        self.directory_count.setText(self.tr("Loading the desks…"))
        self.loading = self.directory_reads.run(work, self._loaded, self.events.status.emit)

    def _loaded(self, choices: Choices) -> None:
        current = self.current_desk()
        self.directory.set_rows(choices.desks, directory_columns(date.today()))
        self._fill(
            self.nationality,
            [(f"{country_name(code)} ({code})", code) for code in choices.nationalities],
        )
        self._fill(self.state, [(state, state) for state in choices.states])
        if current is not None:
            self.select_desk(current.code)
        self._show_count()
        self._enable()
        self.loaded.emit()
        self.refresh_figures()

    def _fill(self, combo: QComboBox, entries: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in entries:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def refresh_figures(self) -> None:
        """Dwell figures for the chosen files and period, on a worker."""
        nationality = self.nationality.currentData() or None
        state = self.state.currentData() or None
        since = as_date(self.since.date()) if self.use_since.isChecked() else None
        until = as_date(self.until.date()) if self.use_until.isChecked() else None
        today = date.today()
        desks = self.db.desks

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> list[DeskDwell]:
            return desks.dwell(
                today, nationality=nationality, state=state, since=since, until=until
            )

        self.figures_state.setText(self.tr("Counting how long desks held files…"))
        self.figuring = self.figure_reads.run(work, self._figured, self.figures_state.setText)

    def _figured(self, figures: list[DeskDwell]) -> None:
        names = {d.code: f"{d.organisation} — {d.name}" for d in self.directory.rows}
        self.dwell.set_rows(figures, dwell_columns(names))
        self.dwell_table.sortByColumn(MEDIAN_COLUMN, Qt.SortOrder.DescendingOrder)
        self.chart.set_rows(
            [
                BarRow(f"{f.desk}  {names.get(f.desk, '')}", (f.median_days, f.p90_days))
                for f in figures
                if f.median_days is not None
            ]
        )
        stalled = sum(f.stalled_now for f in figures)
        self.figures_state.setText(
            digits(
                " ".join(
                    (
                        self.tr(
                            "As of %1: %Ln desk(s) (has|have) held these files;", "", len(figures)
                        ),
                        self.tr(
                            "%Ln file(s) (sits|sit) now past a desk's expected time.", "", stalled
                        ),
                        self.tr(
                            "Days count from the day a desk got the file to the day it let it go "
                            "(or to today)."
                        ),
                    )
                )
            ).replace("%1", short_date(date.today()))
        )
        self.figured.emit()

    # -- the directory --------------------------------------------------------------

    def apply_filter(self, text: str) -> None:
        self.directory_proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.directory_proxy.rowCount(), self.directory.rowCount()
        self.directory_count.setText(
            digits(self.tr("%Ln desk(s)", "", total))
            if shown == total
            else digits(self.tr("%1 of %Ln desk(s)", "", total)).replace("%1", number(shown))
        )

    def current_desk(self) -> Desk | None:
        index = self.directory_proxy.mapToSource(self.directory_table.currentIndex())
        return self.directory.rows[index.row()] if index.isValid() else None

    def select_desk(self, code: str) -> None:
        for row, desk in enumerate(self.directory.rows):
            if desk.code == code:
                index = self.directory_proxy.mapFromSource(self.directory.index(row, 0))
                if index.isValid():
                    self.directory_table.selectRow(index.row())
                    self.directory_table.setCurrentIndex(index)
                    self.directory_table.scrollTo(index)
                return

    def _enable(self, *_: object) -> None:
        self.edit_button.setEnabled(self.current_desk() is not None)

    def add_desk(self) -> None:
        self._open_dialog(None)

    def edit_desk(self, *_: object) -> None:
        desk = self.current_desk()
        if desk is not None:
            self._open_dialog(desk)

    def _open_dialog(self, desk: Desk | None) -> None:
        self.dialog = DeskDialog(self.db, desk, self)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, desk: Desk) -> None:
        self.events.status.emit(self.tr("Desk %1 saved").replace("%1", desk.code))
        self.loaded.connect(
            lambda: self.select_desk(desk.code), Qt.ConnectionType.SingleShotConnection
        )
        # Desks have no ref: every page may show the desk's name, so anything may have changed.
        self.events.files_changed()
