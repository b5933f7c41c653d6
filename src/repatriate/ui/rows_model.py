"""A read-only table model over a list of frozen rows, one column per `Column`, for the short
lists of the overview, the settings and the import preview. The rows are handed in whole:
nothing is read from the database while Qt asks for data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole
"""The value a column sorts by: numbers sort as numbers, dates as dates."""


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], int | str] | None = None
    """Defaults to the text."""
    tooltip: Callable[[Row], str] | None = None
    alert: Callable[[Row], bool] | None = None
    """Whether the cell is shown as a problem (red text)."""
    numeric: bool = False
    """Right-aligned (numbers line up)."""


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Row] = []
        self.alert_brush = QBrush(Qt.GlobalColor.darkRed)

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
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.rows):
            return str(section + 1)
        return None

    def row_at(self, row: int) -> Row:
        return self.rows[row]


def sorted_view(model: RowsModel[Row], column: int, order: Qt.SortOrder) -> QSortFilterProxyModel:
    """A proxy that sorts `model` by its columns' sort keys, first by `column`."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.sort(column, order)
    return proxy


def table_view(model: QAbstractItemModel, name: str, table: QTableView | None = None) -> QTableView:
    """A read-only table of whole rows with fixed row heights (never sized to contents); a new
    one, or `table` (laid out in a Designer form) set up the same way."""
    table = table or QTableView()
    table.setModel(model)
    # Enabling sorting sorts by the header's indicator: set it to the proxy's own order first.
    if isinstance(model, QSortFilterProxyModel):
        table.horizontalHeader().setSortIndicator(model.sortColumn(), model.sortOrder())
    table.setAccessibleName(name)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows.hide()
    columns = table.horizontalHeader()
    columns.setStretchLastSection(True)
    for column in range(model.columnCount()):
        columns.resizeSection(column, max(columns.sectionSizeHint(column), 80))
    return table
