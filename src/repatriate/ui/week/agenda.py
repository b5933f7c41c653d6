"""The week's agenda as a tree: the desks, and under each the follow-ups due with it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QWidget,
)

from repatriate.domain.desks import Desk
from repatriate.domain.followups import AgendaItem, FollowUpKind
from repatriate.ui import language
from repatriate.ui.dates import short_date
from repatriate.ui.language import digits
from repatriate.ui.tables import ROOT, WARNING_COLOUR, Index, alert_brush
from repatriate.ui.words import word

LATE = alert_brush()
ESCALATE = QBrush(QColor(WARNING_COLOUR))
DESK_ROW = 0
"""internalId of a desk row; a file row's internalId is its desk row's number + 1."""
COLUMNS = ("ref", "name", "due", "overdue", "past_release", "kind", "unanswered", "suggestion")


def column_title(column: int) -> str:
    return (
        QCoreApplication.translate("WeekPage", "File"),
        QCoreApplication.translate("WeekPage", "Name"),
        QCoreApplication.translate("WeekPage", "Due"),
        QCoreApplication.translate("WeekPage", "Days overdue"),
        QCoreApplication.translate("WeekPage", "Days past release"),
        QCoreApplication.translate("WeekPage", "Follow-up"),
        QCoreApplication.translate("WeekPage", "Unanswered"),
        QCoreApplication.translate("WeekPage", "Suggestion"),
    )[column]


def desk_title(code: str, desks: dict[str, Desk]) -> str:
    """The desk as a caseworker names it: organisation and section, then its code."""
    if not code:
        return QCoreApplication.translate("WeekPage", "No desk")
    desk = desks.get(code)
    if desk is None:
        return code
    return f"{desk.organisation} — {desk.name} ({code})"


def escalation_hint(item: AgendaItem) -> str:
    if item.escalate is None:
        return ""
    return (
        QCoreApplication.translate("WeekPage", "%1 unanswered — suggest: %2")
        .replace("%1", str(item.unanswered))
        .replace("%2", word(item.escalate))
    )


@dataclass(frozen=True, slots=True)
class DeskGroup:
    desk: str
    items: tuple[AgendaItem, ...]
    unchased: bool = False
    """The people held past release whom nobody is chasing."""

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.overdue_days)


def group_by_desk(items: Sequence[AgendaItem]) -> list[DeskGroup]:
    """The agenda's runs of one desk, in the service's order: the people nobody is chasing
    first, then the desks, most overdue first."""
    groups: dict[tuple[bool, str], list[AgendaItem]] = {}
    for item in items:
        groups.setdefault((item.kind is FollowUpKind.UNCHASED, item.desk), []).append(item)
    return [DeskGroup(desk, tuple(group), unchased) for (unchased, desk), group in groups.items()]


class AgendaModel(QAbstractItemModel):
    """Desk rows with their counts, the files to chase with that desk beneath. Holds the
    agenda's snapshot; `data()` never reads the database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups: list[DeskGroup] = []
        self.desks: dict[str, Desk] = {}

    def set_agenda(self, items: Sequence[AgendaItem], desks: dict[str, Desk]) -> None:
        self.beginResetModel()
        self.groups = group_by_desk(items)
        self.desks = desks
        self.endResetModel()

    def item_at(self, index: Index) -> AgendaItem | None:
        if not index.isValid() or index.internalId() == DESK_ROW:
            return None
        return self.groups[index.internalId() - 1].items[index.row()]

    def group_at(self, index: Index) -> DeskGroup | None:
        if not index.isValid():
            return None
        if index.internalId() == DESK_ROW:
            return self.groups[index.row()]
        return self.groups[index.internalId() - 1]

    def index_of(self, ref: str, desk: str) -> QModelIndex:
        for number, group in enumerate(self.groups):
            if group.desk != desk:
                continue
            for row, item in enumerate(group.items):
                if item.ref == ref:
                    return self.index(row, 0, self.index(number, 0))
        return QModelIndex()

    # -- Qt's item model ------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, DESK_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == DESK_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, DESK_ROW)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == DESK_ROW and parent.column() == 0:
            return len(self.groups[parent.row()].items)
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item_at(index)
        if item is None:
            return self._desk_data(self.groups[index.row()], index.column(), role)
        return self._item_data(item, index.column(), role)

    def _desk_data(self, group: DeskGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0 and group.unchased:
                return QCoreApplication.translate(
                    "WeekPage",
                    "Nobody is chasing these · %1 held past release: no desk holds the file "
                    "and no follow-up is set",
                ).replace("%1", str(len(group.items)))
            if column == 0:
                return (
                    QCoreApplication.translate("WeekPage", "%1 · %2 to chase, %3 overdue")
                    .replace("%1", desk_title(group.desk, self.desks))
                    .replace("%2", str(len(group.items)))
                    .replace("%3", str(group.overdue))
                )
            if column == COLUMNS.index("overdue") and not group.unchased:
                return str(max(item.overdue_days for item in group.items))
            if column == COLUMNS.index("past_release"):
                most = max(item.past_release for item in group.items)
                return str(most) if most else None
            return None
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and group.unchased:
            return LATE
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if group.unchased:
                return QCoreApplication.translate(
                    "WeekPage",
                    "Held past the release date, and no desk holds the file: record where it "
                    "was sent, or set a follow-up. Open a file to record a movement.",
                )
            return self.contact(group.desk)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return self._desk_data(group, 0, Qt.ItemDataRole.DisplayRole)
        return None

    def contact(self, code: str) -> str:
        desk = self.desks.get(code)
        if desk is None:
            return desk_title(code, self.desks)
        lines = [desk_title(code, self.desks)]
        if desk.phone:
            lines.append(
                QCoreApplication.translate("WeekPage", "Phone: %1").replace("%1", desk.phone)
            )
        if desk.email:
            lines.append(
                QCoreApplication.translate("WeekPage", "E-mail: %1").replace("%1", desk.email)
            )
        officer = desk.officer_on(date.today())
        if officer is not None:
            lines.append(
                QCoreApplication.translate("WeekPage", "Officer: %1").replace(
                    "%1", f"{officer.name} {officer.title}".strip()
                )
            )
        return "\n".join(lines)

    def _item_data(self, item: AgendaItem, column: int, role: int) -> Any:
        name = COLUMNS[column]
        unchased = item.kind is FollowUpKind.UNCHASED
        if role == Qt.ItemDataRole.DisplayRole and unchased:
            if name == "overdue" or name == "unanswered":
                return ""
            if name == "kind":
                return QCoreApplication.translate("WeekPage", "nobody is chasing")
            if name == "suggestion":
                if not item.next_desk:
                    return QCoreApplication.translate(
                        "WeekPage", "No desk on the route: choose one"
                    )
                desk = self.desks.get(item.next_desk)
                where = f"{item.next_desk} — {desk.organisation}" if desk else item.next_desk
                return QCoreApplication.translate("WeekPage", "Send to: %1").replace("%1", where)
        if role == Qt.ItemDataRole.ToolTipRole and unchased and name == "due":
            return QCoreApplication.translate("WeekPage", "The release date")
        if role == Qt.ItemDataRole.ToolTipRole and unchased and name == "suggestion":
            return self.contact(item.next_desk) if item.next_desk else None
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "ref":
                return item.ref
            if name == "name":
                return item.name
            if name == "due":
                return short_date(item.due)
            if name == "overdue":
                return str(item.overdue_days) if item.overdue_days else ""
            if name == "past_release":
                return str(item.past_release) if item.past_release else ""
            if name == "kind":
                return f"{word(item.kind)}: {item.title}" if item.title else word(item.kind)
            if name == "unanswered":
                return str(item.unanswered) if item.unanswered else ""
            return escalation_hint(item)
        if role == Qt.ItemDataRole.ForegroundRole:
            if name in ("due", "overdue", "past_release") and (
                item.overdue_days or item.past_release
            ):
                return LATE
            if name == "suggestion":
                return ESCALATE
        if role == Qt.ItemDataRole.ToolTipRole and name == "suggestion" and item.escalate:
            return QCoreApplication.translate(
                "WeekPage",
                "Weekly follow-ups with this desk have gone unanswered since it got the file: "
                "try the next lever and log it as an escalation on the file.",
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and name in (
            "overdue",
            "past_release",
            "unanswered",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgendaWords(QObject):
    """The week's counts in words: a class of their own, as plural forms need a class's tr."""

    def __init__(self, model: AgendaModel) -> None:
        super().__init__(model)
        self.model = model

    def about(self, items: Sequence[AgendaItem]) -> str:
        """What a mark done, snooze or close is about: how many files, with which desk."""
        codes = {item.desk for item in items}
        if len(codes) == 1:
            return digits(self.tr("%Ln file(s) with %1", "", len(items))).replace(
                "%1", desk_title(next(iter(codes)), self.model.desks)
            )
        return digits(
            self.tr("%Ln file(s) with %1 desks", "", len(items)).replace(
                "%1", language.number(len(codes))
            )
        )

    def count_text(self, count: int) -> str:
        return digits(self.tr("%Ln follow-up(s)", "", count))

    def counts_text(self, groups: Sequence[DeskGroup]) -> str:
        """The week in one line: the chases, their desks, the overdue, and who nobody chases."""
        items = [item for group in groups for item in group.items]
        if not items:
            return self.tr("Nothing to chase this week")
        unchased = [item for item in items if item.kind is FollowUpKind.UNCHASED]
        overdue = sum(
            1 for item in items if item.overdue_days and item.kind is not FollowUpKind.UNCHASED
        )
        desks = sum(1 for group in groups if not group.unchased)
        counts = " · ".join(
            (
                self.tr("%Ln follow-up(s)", "", len(items) - len(unchased)),
                self.tr("with %Ln desk(s)", "", desks),
                self.tr("%Ln overdue", "", overdue),
            )
        )
        if unchased:
            counts = (
                self.tr("%Ln held past release nobody is chasing", "", len(unchased))
                + " · "
                + counts
            )
        return digits(counts)


def agenda_tree(model: AgendaModel) -> QTreeView:
    """The tree of the week: whole rows, several at once (a desk's files are handled
    together), its actions in its context menu."""
    tree = QTreeView()
    tree.setModel(model)
    tree.setAccessibleName(QCoreApplication.translate("WeekPage", "Follow-ups of the week by desk"))
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setAllColumnsShowFocus(True)
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for name, width in (
        ("ref", 145),
        ("name", 160),
        ("due", 90),
        ("overdue", 95),
        ("past_release", 115),
        ("kind", 120),
        ("unanswered", 90),
    ):
        tree.setColumnWidth(COLUMNS.index(name), width)
    return tree
