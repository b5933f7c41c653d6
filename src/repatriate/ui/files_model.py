"""The files table's model: every file of the register, filtered and sorted in Python.

The model keeps the register's immutable row snapshots and a list of the visible rows; it
filters and sorts that list itself with precomputed keys. A QSortFilterProxyModel would call
back into Python for every row on each keystroke and for every comparison on each sort, which
at 100,000 files takes seconds; here a filter is one pass over prepared strings and a sort one
`list.sort`. `data()` never reads the database, and computes nothing it could have prepared:
what a cell says is precomputed per row when the rows arrive.

By default only the people still held are shown: the ones a caseworker has work for. The files
of people released, repatriated or otherwise gone are one toggle away, and choosing a status in
the filter shows that status's files whether or not they are still held.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import Status
from repatriate.services.register import FileStanding, FileSummary
from repatriate.ui.dates import short_date
from repatriate.ui.flag_badges import badges, flag_name
from repatriate.ui.language import number
from repatriate.ui.tables import ROOT, Index

COLUMNS = (
    "ref",
    "name",
    "name_native",
    "nationality",
    "prison",
    "status",
    "release_due",
    "overstay_days",
    "holding",
    "next_follow_up",
    "flags",
)
OVERSTAY_COLUMN = COLUMNS.index("overstay_days")
FLAGS_COLUMN = COLUMNS.index("flags")
LATE = QBrush(QColor("#b71c1c"))


def due_in_words(days: int) -> str:
    """How soon someone still serving is due for release, for the days-past-release column."""
    if days == 0:
        return QCoreApplication.translate("files", "due today")
    if days == 1:
        return QCoreApplication.translate("files", "due tomorrow")
    return QCoreApplication.translate("files", "due in %1 days").replace("%1", number(days))


def column_title(column: int) -> str:
    titles = (
        QCoreApplication.translate("files", "Ref"),
        QCoreApplication.translate("files", "Name"),
        QCoreApplication.translate("files", "Own-script name"),
        QCoreApplication.translate("files", "Nationality"),
        QCoreApplication.translate("files", "Prison"),
        QCoreApplication.translate("files", "Status"),
        QCoreApplication.translate("files", "Release due"),
        QCoreApplication.translate("files", "Overstay (days)"),
        QCoreApplication.translate("files", "Desk holding it"),
        QCoreApplication.translate("files", "Next follow-up"),
        QCoreApplication.translate("files", "Flags"),
    )
    return titles[column]


@dataclass(frozen=True, slots=True)
class FileFilter:
    """What the caseworker narrowed the table to; empty fields do not narrow."""

    text: str = ""
    nationality: str = ""
    prison: str = ""
    status: Status | None = None
    flag: Flag | None = None
    held_only: bool = True
    """Only the people still held (Status.still_held); ignored when a status is chosen."""

    @property
    def needs_standings(self) -> bool:
        return self.flag is not None


def _searchable(row: FileSummary) -> str:
    # casefold: "Ä" matches "ä", "ß" matches "ss"; scripts without case pass unchanged.
    return "\t".join(
        (row.ref, row.name, row.name_native, row.passport_number, row.passport_book_number)
    ).casefold()


class FilesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FileSummary] = []
        self._search: list[str] = []
        self._due_in: list[int | None] = []
        """Days until release of the people still serving (0: due today), else None."""
        self._standings: dict[str, FileStanding] = {}
        self._sorted: list[int] = []
        """Every row's position in the current sort order; filters keep this order."""
        self._visible: list[int] = []
        self._filter = FileFilter()
        self._sort: tuple[int, Qt.SortOrder] = (OVERSTAY_COLUMN, Qt.SortOrder.DescendingOrder)

    # -- what the page sets -------------------------------------------------------------

    def set_files(self, rows: Sequence[FileSummary], as_of: date | None = None) -> None:
        """New register rows (after a load or a change), as of the register's date, each with
        its stored standing."""
        as_of = as_of or date.today()
        self.beginResetModel()
        self._rows = list(rows)
        self._standings = {row.ref: row.standing for row in self._rows}
        self._search = [_searchable(row) for row in self._rows]
        self._due_in = [
            (row.release_due - as_of).days
            if row.held and row.release_due is not None and row.release_due >= as_of
            else None
            for row in self._rows
        ]
        self._order()
        self._visible = self._matching()
        self.endResetModel()

    def set_standings(self, standings: dict[str, FileStanding]) -> None:
        """The full assessment arrived: flags, desks and follow-ups fill in."""
        self._standings = standings
        if self._filter.needs_standings or self._sort[0] >= COLUMNS.index("holding"):
            self.beginResetModel()
            self._order()
            self._visible = self._matching()
            self.endResetModel()
        elif self._visible:
            self.dataChanged.emit(
                self.index(0, COLUMNS.index("holding")),
                self.index(len(self._visible) - 1, FLAGS_COLUMN),
            )

    def set_filter(self, chosen: FileFilter) -> None:
        narrowing = self._filter.text in chosen.text and (
            chosen.nationality,
            chosen.prison,
            chosen.status,
            chosen.flag,
            chosen.held_only,
        ) == (
            self._filter.nationality,
            self._filter.prison,
            self._filter.status,
            self._filter.flag,
            self._filter.held_only,
        )
        self._filter = chosen
        self.beginResetModel()
        # Typing one more letter can only narrow what is shown: search the rows shown now.
        self._visible = self._matching(self._visible if narrowing else self._sorted)
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._rows)

    @property
    def has_standings(self) -> bool:
        return bool(self._standings) or not self._rows

    def ref_at(self, row: int) -> str:
        return self._rows[self._visible[row]].ref

    def row_of(self, ref: str) -> int | None:
        for row, position in enumerate(self._visible):
            if self._rows[position].ref == ref:
                return row
        return None

    def summary_at(self, row: int) -> FileSummary:
        return self._rows[self._visible[row]]

    def nationalities(self) -> list[str]:
        return sorted({row.nationality for row in self._rows if row.nationality})

    def prisons(self) -> list[str]:
        return sorted({row.prison for row in self._rows if row.prison})

    # -- filtering and sorting ----------------------------------------------------------

    def _matching(self, candidates: list[int] | None = None) -> list[int]:
        chosen = self._filter
        tests: list[Callable[[int], bool]] = []
        needle = chosen.text.strip().casefold()
        if needle:
            search = self._search
            tests.append(lambda i: needle in search[i])
        rows = self._rows
        if chosen.nationality:
            tests.append(lambda i: rows[i].nationality == chosen.nationality)
        if chosen.prison:
            tests.append(lambda i: rows[i].prison == chosen.prison)
        if chosen.status is not None:
            tests.append(lambda i: rows[i].status is chosen.status)
        elif chosen.held_only:
            tests.append(lambda i: rows[i].held)
        if chosen.flag is not None:
            flagged = {
                ref for ref, standing in self._standings.items() if chosen.flag in standing.codes
            }
            tests.append(lambda i: rows[i].ref in flagged)
        if candidates is None:
            candidates = self._sorted
        if not tests:
            return list(candidates)
        if needle and len(tests) == 2 and chosen.held_only and chosen.status is None:
            # The common case, typing in the filter box: one comprehension, no calls per row.
            return [i for i in candidates if rows[i].held and needle in search[i]]
        if needle and len(tests) == 1:
            # The common case, typing in the filter box: one comprehension, no calls per row.
            return [i for i in candidates if needle in search[i]]
        return [i for i in candidates if all(test(i) for test in tests)]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self._sort = (column, order)
        self._order()
        self._visible = self._matching()
        self.endResetModel()

    def _order(self) -> None:
        """Sort every row by the chosen column. Rows arrive in ref order and the sort is stable,
        so ties stay in ref order; files without a value go last in both directions."""
        column, order = self._sort
        key = self._key(COLUMNS[column])
        values = [key(i) for i in range(len(self._rows))]
        present = [i for i, value in enumerate(values) if value is not None]
        missing = [i for i, value in enumerate(values) if value is None]
        present.sort(key=values.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        self._sorted = present + missing

    def _key(self, name: str) -> Callable[[int], Any]:
        rows, standings = self._rows, self._standings
        if name == "status":
            words = [row.status.value if row.status else None for row in rows]
            return words.__getitem__
        if name in ("holding", "next_follow_up", "flags"):

            def standing_key(i: int) -> Any:
                standing = standings.get(rows[i].ref)
                if standing is None:
                    return None
                if name == "holding":
                    return ", ".join(standing.holding) or None
                if name == "next_follow_up":
                    return standing.next_follow_up
                return len(standing.codes) or None

            return standing_key
        if name in ("name", "name_native", "prison", "nationality"):
            return lambda i: getattr(rows[i], name).casefold() or None
        if name == "overstay_days":
            # Days past release, and below them the people still serving, those due soonest
            # first: due in 3 days counts as -3.
            due_in = self._due_in

            def overstay_key(i: int) -> int | None:
                days = due_in[i]
                return rows[i].overstay_days if days is None else -days

            return overstay_key
        # ref, release_due: compared as they are.
        return lambda i: getattr(rows[i], name)

    # -- the Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        position = self._visible[index.row()]
        row = self._rows[position]
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            due_in = self._due_in[position]
            if name == "overstay_days" and due_in is not None:
                return due_in_words(due_in)
            return self._text(row, name)
        if role == Qt.ItemDataRole.DecorationRole and name == "flags":
            standing = self._standings.get(row.ref)
            if standing and standing.codes:
                return badges(standing.codes)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "overstay_days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and name == "overstay_days":
            return LATE if (row.overstay_days or 0) > 0 and row.held else None
        if role == Qt.ItemDataRole.UserRole:
            return row.ref
        return None

    def _text(self, row: FileSummary, name: str) -> str | None:
        if name == "status":
            return row.status.value if row.status else ""
        if name == "release_due":
            return short_date(row.release_due)
        if name == "overstay_days":
            return "" if row.overstay_days is None else str(row.overstay_days)
        if name in ("holding", "next_follow_up", "flags"):
            standing = self._standings.get(row.ref)
            if standing is None:
                return "…" if not self._standings else ""
            if name == "holding":
                return ", ".join(standing.holding)
            if name == "next_follow_up":
                return short_date(standing.next_follow_up)
            return None
        value: str = getattr(row, name)
        return value

    def _tooltip(self, row: FileSummary, name: str) -> str | None:
        if name == "flags":
            standing = self._standings.get(row.ref)
            if standing is None or not standing.codes:
                return None
            return "\n".join(f"{flag_name(r.flag)}: {r.reason}" for r in standing.flags)
        if name == "overstay_days" and row.overstay_days and not row.held:
            return QCoreApplication.translate("files", "Was held this long past release")
        return None
