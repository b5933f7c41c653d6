"""The files table's model: every file of the register as compact columns, filtered and sorted
on a worker.

The register's rows arrive as `FileRows`, built on the worker that read them: one list per
shown column (the texts many files share, such as prisons, nationalities and flag sets, kept
once), dates as day numbers in arrays, and each file's search key prepared. A filter or a sort
runs on a worker too (`tasks.Reads`: the latest keystroke wins) and hands back the visible
rows as one array of positions; the window's thread only swaps that array in. A sort's order
of every row is worked out once per column and kept. `data()` never reads the database and
computes nothing it could have prepared.

By default only the people still held are shown: the ones a caseworker has work for. The files
of people released, repatriated or otherwise gone are one toggle away, and choosing a status in
the filter shows that status's files whether or not they are still held.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from repatriate.domain.duplicates import names_key, skeleton
from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import Status
from repatriate.domain.wording import from_json
from repatriate.services.register import NO_DAY, FileSummary, RegisterColumns
from repatriate.ui import tasks
from repatriate.ui.dates import short_date
from repatriate.ui.flag_badges import badges, flag_name
from repatriate.ui.language import number
from repatriate.ui.reasons import said
from repatriate.ui.tables import ROOT, Index
from repatriate.ui.words import word

COLUMNS = (
    "ref",
    "name",
    "flags",
    "overstay_days",
    "release_due",
    "nationality",
    "name_native",
    "prison",
    "status",
    "holding",
    "next_follow_up",
)
"""What a caseworker looks for first comes first: on a small screen the columns at the right
are the ones scrolled to."""
OVERSTAY_COLUMN = COLUMNS.index("overstay_days")
FLAGS_COLUMN = COLUMNS.index("flags")
DEFAULT_SORT = (OVERSTAY_COLUMN, Qt.SortOrder.DescendingOrder)
LATE = QBrush(QColor("#b71c1c"))


def due_in_words(days: int) -> str:
    """How soon someone still serving is due for release, for the days-past-release column."""
    if days == 0:
        return QCoreApplication.translate("files", "due today")
    if days == 1:
        return QCoreApplication.translate("files", "due tomorrow")
    return QCoreApplication.translate("files", "due in %1 days").replace("%1", number(days))


def column_title(column: int) -> str:
    titles = {
        "ref": QCoreApplication.translate("files", "Ref"),
        "name": QCoreApplication.translate("files", "Name"),
        "flags": QCoreApplication.translate("files", "Flags"),
        "name_native": QCoreApplication.translate("files", "Own-script name"),
        "nationality": QCoreApplication.translate("files", "Nationality"),
        "prison": QCoreApplication.translate("files", "Prison"),
        "status": QCoreApplication.translate("files", "Status"),
        "release_due": QCoreApplication.translate("files", "Release due"),
        "overstay_days": QCoreApplication.translate("files", "Days past release"),
        "holding": QCoreApplication.translate("files", "Desk holding it"),
        "next_follow_up": QCoreApplication.translate("files", "Next follow-up"),
    }
    return titles[COLUMNS[column]]


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


@dataclass(frozen=True, slots=True)
class FileRows:
    """The register as columns, one entry per file in ref order; never changed once built
    (a worker may sort it while the window shows it)."""

    refs: list[str]
    names: list[str]
    natives: list[str]
    nationalities: list[str]
    prisons: list[str]
    statuses: list[Status | None]
    release_due: array[int]
    overstay: array[int]
    due_in: array[int]
    """Days until release of the people still serving (0: due today), else NO_DAY."""
    held: bytes
    flags: list[tuple[Flag, ...]]
    reasons: list[bytes]
    holding: list[str]
    next_follow_up: array[int]
    search: list[str]
    """Names in Latin letters and as skeletons after a space each, then a tab and the ref and
    passport and book numbers (see `matching`), case-folded."""
    orders: dict[tuple[int, bool], array[int]] = field(default_factory=dict)
    """Every row's position in a column's order, ascending or not, once worked out."""
    held_orders: dict[tuple[int, bool], array[int]] = field(default_factory=dict)
    """The same of the people still held only (what the table shows by default)."""

    @classmethod
    def of(cls, register: RegisterColumns) -> FileRows:
        """Runs on the worker that read the register."""
        keys: dict[tuple[str, str], str] = {}

        def key(name: str, native: str, ref: str, passport: str, book: str) -> str:
            found = keys.get((name, native))
            if found is None:
                found = keys[name, native] = " " + names_key(name, native)
            return "\t".join((found, ref, passport, book)).casefold()

        return cls(
            refs=register.refs,
            names=register.names,
            natives=register.natives,
            nationalities=register.nationalities,
            prisons=register.prisons,
            statuses=register.statuses,
            release_due=register.release_due,
            overstay=register.overstay,
            due_in=register.due_in,
            held=register.held,
            flags=register.flags,
            reasons=register.reasons,
            holding=register.holding,
            next_follow_up=register.next_follow_up,
            search=list(
                map(
                    key,
                    register.names,
                    register.natives,
                    register.refs,
                    register.passport_numbers,
                    register.passport_book_numbers,
                )
            ),
        )

    def __len__(self) -> int:
        return len(self.refs)

    def order(self, column: int, descending: bool) -> array[int]:
        """Every row's position sorted by the column. Rows are in ref order and the sort is
        stable, so ties stay in ref order; files without a value go last in both directions."""
        found = self.orders.get((column, descending))
        if found is None:
            values = self._sort_values(COLUMNS[column])
            present = [i for i, value in enumerate(values) if value is not None]
            present.sort(key=values.__getitem__, reverse=descending)
            present.extend(i for i, value in enumerate(values) if value is None)
            found = self.orders[column, descending] = array("i", present)
        return found

    def _sort_values(self, name: str) -> list[Any]:
        def days(values: array[int]) -> list[int | None]:
            return [None if value == NO_DAY else value for value in values]

        if name == "ref":
            return list(self.refs)
        if name in ("name", "name_native", "prison", "nationality", "holding"):
            column = {
                "name": self.names,
                "name_native": self.natives,
                "prison": self.prisons,
                "nationality": self.nationalities,
                "holding": self.holding,
            }[name]
            folded: dict[str, str | None] = {}
            return [
                folded.get(text) or folded.setdefault(text, text.casefold() or None)
                for text in column
            ]
        if name == "status":
            return [status.value if status else None for status in self.statuses]
        if name == "flags":
            return [len(codes) or None for codes in self.flags]
        if name == "release_due":
            return days(self.release_due)
        if name == "next_follow_up":
            return days(self.next_follow_up)
        # Days past release, and below them the people still serving, those due soonest
        # first: due in 3 days counts as -3.
        return [
            days_past if due_in == NO_DAY else -due_in
            for days_past, due_in in zip(days(self.overstay), self.due_in, strict=True)
        ]

    def held_order(self, column: int, descending: bool) -> array[int]:
        """The people still held, in the column's order (see `order`)."""
        found = self.held_orders.get((column, descending))
        if found is None:
            held = self.held
            found = self.held_orders[column, descending] = array(
                "i", [i for i in self.order(column, descending) if held[i]]
            )
        return found

    def matching(self, chosen: FileFilter, candidates: array[int]) -> array[int]:
        """The candidates the filter keeps, in their order. Typed text is found anywhere in a
        name in Latin letters, a ref or a passport or book number; text of letters only also
        when each of its words, as a skeleton, begins a name's word (see
        `domain.duplicates.skeleton`): "Solma" finds Salma and সালমা."""
        # One comprehension per test, the narrowest first, each without a call per row.
        found: Sequence[int] = candidates
        if chosen.status is not None:
            statuses, status = self.statuses, chosen.status
            found = [i for i in found if statuses[i] is status]
        elif chosen.held_only:
            held = self.held
            found = [i for i in found if held[i]]
        if chosen.nationality:
            nationalities, nationality = self.nationalities, chosen.nationality
            found = [i for i in found if nationalities[i] == nationality]
        if chosen.prison:
            prisons, prison = self.prisons, chosen.prison
            found = [i for i in found if prisons[i] == prison]
        if chosen.flag is not None:
            flags, flag = self.flags, chosen.flag
            with_flag = {codes for codes in set(flags) if flag in codes}
            found = [i for i in found if flags[i] in with_flag]
        needle = chosen.text.strip().casefold()
        if needle:
            search = self.search
            parts = _parts(needle)
            if not parts:
                found = [i for i in found if needle in search[i]]
            elif len(parts) == 1:
                (part,) = parts
                found = [i for i in found if needle in search[i] or part in search[i]]
            else:
                found = [
                    i
                    for i in found
                    if needle in search[i] or all(part in search[i] for part in parts)
                ]
        return found if found is candidates else array("i", found)

    def nationality_codes(self) -> list[str]:
        return sorted({code for code in self.nationalities if code})

    def prison_names(self) -> list[str]:
        return sorted({prison for prison in self.prisons if prison})


EMPTY = FileRows.of(RegisterColumns.of_summaries([], date.today()))


@dataclass(frozen=True, slots=True)
class Arrangement:
    """The visible rows for one filter and sort."""

    chosen: FileFilter
    sort: tuple[int, Qt.SortOrder]
    visible: array[int]
    rows: FileRows = field(compare=False, repr=False)
    """The rows arranged."""


def arrange(
    rows: FileRows,
    chosen: FileFilter,
    sort: tuple[int, Qt.SortOrder],
    before: Arrangement | None = None,
) -> Arrangement:
    """Runs on a worker. Where the filter only narrows the one shown `before` (the next letter
    typed), only its rows are searched."""
    if (
        before is not None
        and before.rows is rows
        and before.sort == sort
        and narrows(before.chosen, chosen)
    ):
        text_only = FileFilter(text=chosen.text, held_only=False)
        return Arrangement(chosen, sort, rows.matching(text_only, before.visible), rows)
    column, descending = sort[0], sort[1] == Qt.SortOrder.DescendingOrder
    if chosen.status is None and chosen.held_only:
        # The people still held in the sort's order are kept: the table's usual rows.
        candidates = rows.held_order(column, descending)
        chosen_rest = replace(chosen, held_only=False)
    else:
        candidates, chosen_rest = rows.order(column, descending), chosen
    return Arrangement(chosen, sort, rows.matching(chosen_rest, candidates), rows)


def _parts(needle: str) -> list[str]:
    """The words of a search text of letters only as skeletons, each after a space (see
    `FileRows.matching`); none for a text with digits."""
    if any(c.isdigit() for c in needle):
        return []
    return [" " + part for part in skeleton(needle).split()]


def narrows(before: FileFilter, after: FileFilter) -> bool:
    """Whether every file `after` keeps, `before` kept too: the same choices and a text that
    holds the earlier one, whose every word's skeleton holds one of the earlier's. A file
    `after` finds by its text then holds the earlier text; one it finds by its skeletons holds
    the earlier skeletons (see `FileRows.matching`)."""
    if replace(before, text=after.text) != after:
        return False
    old, new = before.text.strip().casefold(), after.text.strip().casefold()
    if not old:
        return True
    if old not in new:
        return False
    new_parts = _parts(new)
    if not new_parts:
        return True
    old_parts = _parts(old)
    return bool(old_parts) and all(any(o in n for n in new_parts) for o in old_parts)


class FilesModel(QAbstractTableModel):
    arranged = Signal()
    """The rows shown now follow the latest filter and sort."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = EMPTY
        self._visible: array[int] = array("i")
        self._filter = FileFilter()
        self._sort: tuple[int, Qt.SortOrder] = DEFAULT_SORT
        self._shown: tuple[FileFilter, tuple[int, Qt.SortOrder]] = (self._filter, self._sort)
        self._last: Arrangement | None = None
        """The rows shown now, from which a narrower filter searches."""
        self._reads = tasks.Reads(self)

    # -- what the page sets -------------------------------------------------------------

    @property
    def arrangement(self) -> tuple[FileFilter, tuple[int, Qt.SortOrder]]:
        """The filter and sort chosen last."""
        return self._filter, self._sort

    def set_rows(self, rows: FileRows, shown: Arrangement) -> None:
        """New register rows, arranged (on the worker that built them) for the filter and sort
        chosen when the read began; arranged again if another was chosen since."""
        self._reads.drop()
        self.beginResetModel()
        self._rows = rows
        self._visible = shown.visible
        self._shown = (shown.chosen, shown.sort)
        self._last = shown
        self.endResetModel()
        if self._shown != self.arrangement:
            self._arrange()
        else:
            self.arranged.emit()

    def set_files(self, summaries: Sequence[FileSummary], as_of: date | None = None) -> None:
        """New register rows, arranged here (for a few rows: the top of the table)."""
        rows = FileRows.of(RegisterColumns.of_summaries(summaries, as_of or date.today()))
        self.set_rows(rows, arrange(rows, self._filter, self._sort))

    def set_filter(self, chosen: FileFilter) -> None:
        self._filter = chosen
        self._arrange()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # QTableView.sortByColumn asks twice (through the header's sort indicator, then
        # itself): the same order asked again is already shown or on its way.
        if (column, order) == self._sort:
            return
        self._sort = (column, order)
        self._arrange()

    def _arrange(self) -> None:
        rows, (chosen, sort) = self._rows, self.arrangement
        before = self._last
        self._reads.run(lambda _p, _c: arrange(rows, chosen, sort, before), self._show)

    def _show(self, shown: Arrangement) -> None:
        self.beginResetModel()
        self._visible = shown.visible
        self._shown = (shown.chosen, shown.sort)
        self._last = shown
        self.endResetModel()
        self.arranged.emit()

    @property
    def total(self) -> int:
        return len(self._rows)

    @property
    def rows(self) -> FileRows:
        return self._rows

    def ref_at(self, row: int) -> str:
        return self._rows.refs[self._visible[row]]

    def row_of(self, ref: str) -> int | None:
        # The rows are in ref order.
        refs = self._rows.refs
        position = bisect_left(refs, ref)
        if position == len(refs) or refs[position] != ref or position not in self._visible:
            return None
        return self._visible.index(position)

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
        i = self._visible[index.row()]
        name = COLUMNS[index.column()]
        rows = self._rows
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(i, name)
        if role == Qt.ItemDataRole.DecorationRole and name == "flags":
            return badges(rows.flags[i]) if rows.flags[i] else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(i, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "overstay_days":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and name == "overstay_days":
            return LATE if rows.overstay[i] > 0 and rows.held[i] else None
        if role == Qt.ItemDataRole.UserRole:
            return rows.refs[i]
        return None

    def _text(self, i: int, name: str) -> str | None:
        rows = self._rows
        if name == "ref":
            return rows.refs[i]
        if name == "name":
            return rows.names[i]
        if name == "name_native":
            return rows.natives[i]
        if name == "nationality":
            return rows.nationalities[i]
        if name == "prison":
            return rows.prisons[i]
        if name == "status":
            status = rows.statuses[i]
            return word(status)
        if name == "overstay_days":
            if rows.due_in[i] != NO_DAY:
                return due_in_words(rows.due_in[i])
            return "" if rows.overstay[i] == NO_DAY else str(rows.overstay[i])
        if name == "holding":
            return rows.holding[i]
        if name in ("release_due", "next_follow_up"):
            day = (rows.release_due if name == "release_due" else rows.next_follow_up)[i]
            return "" if day == NO_DAY else short_date(date.fromordinal(day))
        return None

    def _tooltip(self, i: int, name: str) -> str | None:
        rows = self._rows
        if name == "flags":
            if not rows.flags[i]:
                return None
            reasons = from_json(rows.reasons[i].decode())
            return "\n".join(
                f"{flag_name(flag)}: {said(reason)}"
                for flag, reason in zip(rows.flags[i], reasons, strict=False)
            )
        if name == "overstay_days" and rows.overstay[i] > 0 and not rows.held[i]:
            return QCoreApplication.translate("files", "Was held this long past release")
        return None
