"""The table kit: one read-only model of frozen rows with declared columns, one way to set up a
table view, and the roles and colours every table shares.

The rows are handed in whole: nothing is read from the database while Qt asks for data. A model
that must be faster than a column of callables (the files table) or that edits its rows (the
family, the officers) keeps a class of its own but uses the aliases and roles here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from repatriate.ui.dates import short_date

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole
"""The value a column sorts by: numbers sort as numbers, dates as dates."""
ERROR_COLOUR = "#b71c1c"
"""Text that names a problem: an overstay, a refused field, a stalled desk."""
WARNING_COLOUR = "#8a4b00"
"""Text that names something to look at that is not wrong."""


def escaped(text: str) -> str:
    """Plain text made safe for a label that shows rich text."""
    return escape(text, quote=False)


def coloured(colour: str, text: str) -> str:
    """`text` in `colour`, for a label that shows rich text."""
    return f'<span style="color:{colour}">{escaped(text)}</span>'


RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def alert_brush() -> QBrush:
    return QBrush(QColor(ERROR_COLOUR))


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], int | float | str] | None = None
    """Defaults to the text."""
    tooltip: Callable[[Row], str] | None = None
    alert: Callable[[Row], bool] | None = None
    """Whether the cell is shown as a problem (red text)."""
    numeric: bool = False
    """Right-aligned (numbers line up)."""
    header_tip: str = ""
    """What the column means, on hover over its title."""


def shown(value: object) -> str:
    """A record's value as a cell shows it: a date in the user's locale, a flag as "yes"."""
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, bool):
        return QCoreApplication.translate("tables", "yes") if value else ""
    return "" if value is None else str(value)


def sort_value(value: object) -> int | str:
    """A record's value as a column sorts it: dates as dates, numbers as numbers."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool | int):
        return int(value)
    return "" if value is None else str(value).casefold()


def value_column(title: str, value: Callable[[Row], object]) -> Column[Row]:
    """A column shown and sorted by the type of its value (see `shown` and `sort_value`); the
    cell's text is also its tooltip, for a value cut off by a narrow column."""
    return Column(
        title,
        text=lambda row: shown(value(row)),
        sort_key=lambda row: sort_value(value(row)),
        tooltip=lambda row: shown(value(row)),
    )


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Row] = []
        self.alert_brush = alert_brush()

    def set_rows(self, rows: Sequence[Row], columns: Sequence[Column[Row]] | None = None) -> None:
        """New rows (and, for a table whose columns depend on the data, new columns)."""
        self.beginResetModel()
        self.rows = list(rows)
        if columns is not None:
            self.columns = tuple(columns)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.alert is not None:
            return self.alert_brush if column.alert(row) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.columns[section].header_tip or None
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None

    def row_at(self, row: int) -> Row:
        return self.rows[row]


def sort_proxy(model: QAbstractItemModel) -> QSortFilterProxyModel:
    """A proxy that sorts `model` by its sort role, letters whatever their case."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def sorted_view(
    model: QAbstractItemModel, column: int, order: Qt.SortOrder
) -> QSortFilterProxyModel:
    """A proxy that sorts `model` by its columns' sort keys, first by `column`."""
    proxy = sort_proxy(model)
    proxy.sort(column, order)
    return proxy


def fixed_rows(table: QTableView) -> None:
    """The table conventions: fixed row heights (never sized to contents), whole-row single
    selection, alternating colours, no wrapping, Tab leaves the table."""
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows.hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)


def table_view(
    model: QAbstractItemModel,
    name: str,
    table: QTableView | None = None,
    *,
    fit_columns: bool = True,
) -> QTableView:
    """A read-only, sortable table of whole rows; a new one, or `table` (laid out in a Designer
    form) set up the same way. With `fit_columns` each column is made wide enough for its
    title."""
    table = table or QTableView()
    table.setModel(model)
    # Enabling sorting sorts by the header's indicator: set it to the proxy's own order first.
    if isinstance(model, QSortFilterProxyModel) and model.sortColumn() >= 0:
        table.horizontalHeader().setSortIndicator(model.sortColumn(), model.sortOrder())
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    fixed_rows(table)
    if fit_columns:
        columns = table.horizontalHeader()
        for column in range(model.columnCount()):
            columns.resizeSection(column, max(columns.sectionSizeHint(column), 80))
    return table


def selected_row(table: QTableView, model: RowsModel[Row]) -> Row | None:
    """The row selected in `table`, a view of `model` (through a sorting proxy or not)."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    index = rows[0]
    proxy = table.model()
    if isinstance(proxy, QSortFilterProxyModel):
        index = proxy.mapToSource(index)
    return model.rows[index.row()]
