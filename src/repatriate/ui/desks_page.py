"""Desks: the directory of ministries, embassies and offices a file passes through, and how
long each holds files (the evidence for guidelines and reform)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.desks import DEFAULT_EXPECTED_DAYS, Desk, Officer, Role
from repatriate.domain.dwell import DeskDwell
from repatriate.domain.errors import FieldError, InvalidInput, RepatriateError
from repatriate.services.codes import country_code, country_name
from repatriate.services.database import Database
from repatriate.services.desks import desk_problems
from repatriate.ui import tasks
from repatriate.ui.bar_chart import BarChart, BarRow, Series
from repatriate.ui.dates import as_date, date_edit, short_date
from repatriate.ui.events import DataEvents
from repatriate.ui.load_when_shown import LoadWhenShown
from repatriate.ui.tables import ROOT, Column, Index, RowsModel, fixed_rows, sort_proxy

# One e-mail address, no spaces, a dot in the domain: enough to catch a typing slip without
# refusing the unusual addresses of foreign ministries.
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("desks", text)


def current_officer(desk: Desk, today: date) -> str:
    officer = desk.officer_on(today)
    if officer is None:
        return ""
    return f"{officer.name}, {officer.title}" if officer.title else officer.name


# -- the directory ------------------------------------------------------------------

DIRECTORY_COLUMNS = (
    "code",
    "name",
    "organisation",
    "role",
    "country",
    "state",
    "city",
    "phone",
    "email",
    "expected_days",
    "officer",
)


def directory_columns(today: date) -> list[Column[Desk]]:
    """The directory's columns, in the order of `DIRECTORY_COLUMNS`; the current officer is the
    one on the desk on `today`."""

    def plain(name: str) -> Callable[[Desk], str]:
        return lambda desk: str(getattr(desk, name))

    def notes(desk: Desk) -> str:
        # How the desk works (for a mission, what the case study says of it), on hover.
        return desk.notes

    return [
        Column(_tr("Code"), plain("code")),
        Column(_tr("Name"), plain("name"), tooltip=notes),
        Column(_tr("Organisation"), plain("organisation"), tooltip=notes),
        Column(_tr("Role"), lambda desk: desk.role.value),
        Column(
            _tr("Country"),
            plain("country"),
            tooltip=lambda desk: country_name(desk.country) if desk.country else "",
        ),
        Column(_tr("State"), plain("state")),
        Column(_tr("City"), plain("city")),
        Column(_tr("Phone"), plain("phone")),
        Column(_tr("E-mail"), plain("email")),
        Column(
            _tr("Expected days"),
            lambda desk: str(desk.expected_days),
            sort_key=lambda desk: desk.expected_days,
            numeric=True,
        ),
        Column(_tr("Current officer"), lambda desk: current_officer(desk, today)),
    ]


class OfficersModel(QAbstractTableModel):
    """The officers a desk has had, edited as text; dates as ISO dates (2025-04-01)."""

    COLUMNS = ("name", "title", "since", "until", "phone", "email")

    def __init__(self, officers: Sequence[Officer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[str]] = [
            [
                o.name,
                o.title,
                o.since.isoformat() if o.since else "",
                o.until.isoformat() if o.until else "",
                o.phone,
                o.email,
            ]
            for o in officers
        ]

    def title(self, column: int) -> str:
        return (
            _tr("Name"),
            _tr("Title"),
            _tr("Since"),
            _tr("Until"),
            _tr("Phone"),
            _tr("E-mail"),
        )[column]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and self.COLUMNS[index.column()] in (
            "since",
            "until",
        ):
            return _tr("A date such as 2025-04-01; leave empty if not known")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][index.column()] = str(value).strip()
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def add_officer(self) -> QModelIndex:
        row = len(self.rows)
        self.beginInsertRows(ROOT, row, row)
        self.rows.append([""] * len(self.COLUMNS))
        self.endInsertRows()
        return self.index(row, 0)

    def remove_officer(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(ROOT, row, row)
            del self.rows[row]
            self.endRemoveRows()

    def officers(self) -> tuple[tuple[Officer, ...], list[FieldError]]:
        """The officers, and what is wrong with them, named by row and column."""
        officers, errors = [], []
        for number, (name, title, since, until, phone, email) in enumerate(self.rows, start=1):
            if not any((name, title, since, until, phone, email)):
                continue

            def field(column: str, row: int = number) -> str:
                return (
                    _tr("Officer %1, %2")
                    .replace("%1", str(row))
                    .replace("%2", self.title(self.COLUMNS.index(column)).lower())
                )

            if not name:
                errors.append(FieldError(field("name"), name, _tr("required")))
            days: list[date | None] = []
            for column, text in (("since", since), ("until", until)):
                try:
                    days.append(date.fromisoformat(text) if text else None)
                except ValueError:
                    errors.append(
                        FieldError(field(column), text, _tr("not a date such as 2025-04-01"))
                    )
                    days.append(None)
            start, end = days
            if start and end and end < start:
                errors.append(FieldError(field("until"), until, _tr("before the since date")))
            if email and not EMAIL.match(email):
                errors.append(FieldError(field("email"), email, _tr("not an e-mail address")))
            officers.append(Officer(name, title, start, end, phone, email))
        return tuple(officers), errors


class DeskDialog(QDialog):
    """Add a desk or edit one: every field of the desk and its officers. Saves through the
    service and stays open with the problems listed while anything is wrong."""

    saved = Signal(object)
    """The desk as stored."""

    def __init__(self, db: Database, desk: Desk | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.desk = desk
        self.setWindowTitle(self.tr("Edit desk") if desk else self.tr("Add desk"))
        shown = desk or Desk(code="", name="", organisation="", role=Role.OTHER)
        self.code = QLineEdit(shown.code)
        self.code.setPlaceholderText(self.tr("e.g. EMB-BD"))
        self.name = QLineEdit(shown.name)
        self.organisation = QLineEdit(shown.organisation)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.value)
        self.role.setCurrentText(shown.role.value)
        self.country = QLineEdit(shown.country)
        self.country.setToolTip(self.tr("Where the desk is: an ISO code such as IN, or a name"))
        self.serves = QLineEdit(", ".join(shown.serves))
        self.serves.setToolTip(
            self.tr("Countries it deals with, separated by commas (codes such as BD, or names)")
        )
        self.state = QLineEdit(shown.state)
        self.division = QLineEdit(shown.division)
        self.city = QLineEdit(shown.city)
        self.address = QPlainTextEdit(shown.address)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(shown.phone)
        self.email = QLineEdit(shown.email)
        self.expected_days = QSpinBox()
        self.expected_days.setRange(1, 3650)
        self.expected_days.setValue(shown.expected_days or DEFAULT_EXPECTED_DAYS)
        self.expected_days.setToolTip(
            self.tr("How long the desk should hold a file; longer than this, the file is stalled")
        )
        self.notes = QPlainTextEdit(shown.notes)
        self.notes.setTabChangesFocus(True)
        self.source = QLineEdit(shown.source)
        for box in (self.address, self.notes):
            box.setMaximumHeight(self.fontMetrics().height() * 4)

        self.officers = OfficersModel(shown.officers, self)
        self.officer_table = QTableView()
        self.officer_table.setModel(self.officers)
        self.officer_table.setAccessibleName(self.tr("Officers"))
        self.officer_table.verticalHeader().hide()
        self.officer_table.horizontalHeader().setStretchLastSection(True)
        self.officer_table.setTabKeyNavigation(False)
        self.officer_table.setMinimumHeight(self.fontMetrics().height() * 6)
        add_officer = QPushButton(self.tr("Add o&fficer"))
        add_officer.clicked.connect(self.add_officer)
        remove_officer = QPushButton(self.tr("&Remove officer"))
        remove_officer.clicked.connect(self.remove_officer)

        self.labels: dict[str, str] = {}
        left, right = QFormLayout(), QFormLayout()
        for form, rows in (
            (
                left,
                (
                    ("code", self.tr("&Code"), self.code),
                    ("name", self.tr("&Name"), self.name),
                    ("organisation", self.tr("&Organisation"), self.organisation),
                    ("role", self.tr("Ro&le"), self.role),
                    ("country", self.tr("Countr&y"), self.country),
                    ("serves", self.tr("Deals &with"), self.serves),
                    ("state", self.tr("Indian &state"), self.state),
                    ("division", self.tr("Di&vision"), self.division),
                ),
            ),
            (
                right,
                (
                    ("city", self.tr("C&ity"), self.city),
                    ("address", self.tr("&Address"), self.address),
                    ("phone", self.tr("&Phone"), self.phone),
                    ("email", self.tr("&E-mail"), self.email),
                    ("expected_days", self.tr("E&xpected days"), self.expected_days),
                    ("notes", self.tr("No&tes"), self.notes),
                    ("source", self.tr("So&urce"), self.source),
                ),
            ),
        ):
            for key, label, widget in rows:
                form.addRow(label, widget)
                self.labels[key] = label.replace("&", "")
        self.widgets: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "organisation": self.organisation,
            "country": self.country,
            "serves": self.serves,
            "email": self.email,
            "expected_days": self.expected_days,
        }
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet("color: #b71c1c")
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        officer_buttons = QHBoxLayout()
        officer_buttons.addWidget(QLabel(self.tr("Officers (dates as 2025-04-01)")), 1)
        officer_buttons.addWidget(add_officer)
        officer_buttons.addWidget(remove_officer)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addLayout(officer_buttons)
        layout.addWidget(self.officer_table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().height() * 60, self.sizeHint().height())

    def add_officer(self) -> None:
        index = self.officers.add_officer()
        self.officer_table.setCurrentIndex(index)
        self.officer_table.edit(index)

    def remove_officer(self) -> None:
        self.officers.remove_officer(self.officer_table.currentIndex().row())

    def entered(self) -> tuple[Desk, list[FieldError]]:
        """The desk as typed, and what is wrong with it beyond what the service checks."""
        errors: list[FieldError] = []

        def code_of(text: str, field: str) -> str:
            try:
                return country_code(text)
            except ValueError as exc:
                errors.append(FieldError(field, text, str(exc)))
                return text.strip()

        country = code_of(self.country.text(), "country") if self.country.text().strip() else ""
        serves = tuple(
            code_of(part, "serves") for part in self.serves.text().split(",") if part.strip()
        )
        email = self.email.text().strip()
        if email and not EMAIL.match(email):
            errors.append(FieldError("email", email, self.tr("not an e-mail address")))
        officers, officer_errors = self.officers.officers()
        desk = Desk(
            code=self.code.text().strip(),
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
            role=Role(self.role.currentText()),
            country=country,
            serves=serves,
            state=self.state.text().strip(),
            division=self.division.text().strip(),
            city=self.city.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=email,
            expected_days=self.expected_days.value(),
            notes=self.notes.toPlainText().strip(),
            source=self.source.text().strip(),
            officers=officers,
            id=self.desk.id if self.desk else None,
        )
        if not country:
            errors.append(FieldError("country", "", self.tr("required (IN for a desk in India)")))
        # Country names were turned into codes (or reported) above; the service's own check
        # of the codes would only report the same ones again.
        checked = desk_problems(replace(desk, country="IN", serves=()))
        return desk, errors + checked + officer_errors

    def save(self) -> None:
        desk, errors = self.entered()
        if not errors:
            try:
                stored = self.db.desks.save(desk) if self.desk else self.db.desks.add(desk)
            except InvalidInput as exc:
                errors = list(exc.errors)
            except RepatriateError as exc:
                self.show_problems([], str(exc))
                return
            else:
                self.saved.emit(stored)
                self.accept()
                return
        self.show_problems(errors)

    def show_problems(self, errors: Sequence[FieldError], message: str = "") -> None:
        order = list(self.labels)
        errors = sorted(
            errors, key=lambda e: order.index(e.field) if e.field in order else len(order)
        )
        lines = [
            self.tr("%1: “%2” — %3")
            .replace("%1", self.labels.get(e.field, e.field))
            .replace("%2", e.value)
            .replace("%3", e.reason)
            for e in errors
        ]
        if message:
            lines.append(message)
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        wrong = {e.field for e in errors}
        for field, widget in self.widgets.items():
            widget.setStyleSheet("border: 1px solid #b71c1c" if field in wrong else "")
        first = next((self.widgets[e.field] for e in errors if e.field in self.widgets), None)
        if first is not None:
            first.setFocus()
        elif any(e.field not in self.labels for e in errors):
            self.officer_table.setFocus()


# -- dwell times --------------------------------------------------------------------

DWELL_COLUMNS = (
    "desk",
    "name",
    "median",
    "p90",
    "holds",
    "returns",
    "comebacks",
    "held_now",
    "stalled_now",
)
MEDIAN_COLUMN = DWELL_COLUMNS.index("median")


def days_text(days: float | None) -> str:
    if days is None:
        return ""
    return f"{days:,.0f}" if days == int(days) else f"{days:,.1f}"


def dwell_columns(names: dict[str, str]) -> list[Column[DeskDwell]]:
    """The dwell figures' columns, in the order of `DWELL_COLUMNS`; `names` are the desks' names
    by code."""

    def days(title: str, value: Callable[[DeskDwell], float | None], tip: str) -> Column[DeskDwell]:
        return Column(
            title,
            lambda figure: days_text(value(figure)),
            sort_key=lambda figure: -1.0 if value(figure) is None else value(figure) or 0.0,
            numeric=True,
            header_tip=tip,
        )

    def count(title: str, name: str, tip: str) -> Column[DeskDwell]:
        return Column(
            title,
            lambda figure: f"{getattr(figure, name):,}",
            sort_key=lambda figure: int(getattr(figure, name)),
            numeric=True,
            header_tip=tip,
            alert=(lambda figure: bool(figure.stalled_now)) if name == "stalled_now" else None,
        )

    return [
        Column(_tr("Code"), lambda figure: figure.desk),
        Column(_tr("Desk"), lambda figure: names.get(figure.desk, "")),
        days(
            _tr("Median\ndays"),
            lambda figure: figure.median_days,
            _tr("Half the times the desk had a file, it held it longer than this"),
        ),
        days(
            _tr("90th pct.\ndays"),
            lambda figure: figure.p90_days,
            _tr("90th percentile: one time in ten, the desk held a file longer than this"),
        ),
        count(
            _tr("Times\nheld"), "holds", _tr("Times the desk had a file, finished or still open")
        ),
        count(_tr("Returned"), "returns", _tr("Times it sent a file back with an objection")),
        count(
            _tr("Came\nback"),
            "comebacks",
            _tr("Times a file came back to it after it had let the file go"),
        ),
        count(_tr("Held\nnow"), "held_now", _tr("Files it holds now")),
        count(
            _tr("Stalled\nnow"),
            "stalled_now",
            _tr("Files it holds now for longer than its expected time"),
        ),
    ]


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
        self._generation = 0
        self._figures_generation = 0

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
        self.chart.more_text = self.tr("%1 more desks in the table")

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
        self._generation += 1
        generation = self._generation
        db = self.db

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> Choices:
            summaries = db.register.summaries()
            return Choices(
                db.desks.directory(),
                sorted({s.nationality for s in summaries if s.nationality}),
                sorted({s.state for s in summaries if s.state}, key=str.casefold),
            )

        self.directory_count.setText(self.tr("Loading the desks…"))
        self.loading = tasks.start(work, self)
        self.loading.done.connect(lambda found: self._loaded(generation, found))
        self.loading.failed.connect(self.events.status.emit)

    def _loaded(self, generation: int, choices: Choices) -> None:
        if generation != self._generation:
            return
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
        self._figures_generation += 1
        generation = self._figures_generation
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
        self.figuring = tasks.start(work, self)
        self.figuring.done.connect(lambda found: self._figured(generation, found))
        self.figuring.failed.connect(self.figures_state.setText)

    def _figured(self, generation: int, figures: list[DeskDwell]) -> None:
        if generation != self._figures_generation:
            return
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
            self.tr(
                "As of %1: %2 desks have held these files; %3 files sit now past a desk's "
                "expected time. Days count from the day a desk got the file to the day it "
                "let it go (or to today)."
            )
            .replace("%1", short_date(date.today()))
            .replace("%2", str(len(figures)))
            .replace("%3", str(stalled))
        )
        self.figured.emit()

    # -- the directory --------------------------------------------------------------

    def apply_filter(self, text: str) -> None:
        self.directory_proxy.setFilterFixedString(text.strip())
        self._show_count()

    def _show_count(self) -> None:
        shown, total = self.directory_proxy.rowCount(), self.directory.rowCount()
        self.directory_count.setText(
            self.tr("%1 desks").replace("%1", str(total))
            if shown == total
            else self.tr("%1 of %2 desks").replace("%1", str(shown)).replace("%2", str(total))
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
