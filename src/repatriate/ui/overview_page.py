"""Overview: how many files in each state, how long people are held past release, who has
waited a year or more, and which files sit at a desk longer than it should take."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import Status
from repatriate.services.codes import country_name
from repatriate.services.database import Database
from repatriate.services.register import FileStanding, FileSummary
from repatriate.ui import tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.histogram import Bar, Histogram
from repatriate.ui.language import digits, isolated, number, number_range
from repatriate.ui.load_when_shown import LoadWhenShown
from repatriate.ui.reasons import said
from repatriate.ui.tables import Column, RowsModel, sorted_view, table_view
from repatriate.ui.words import word

YEAR_DAYS = 365
BUCKETS: tuple[tuple[int, int | None], ...] = (
    (1, 30),
    (31, 90),
    (91, 180),
    (181, 365),
    (366, 545),
    (546, None),
)
"""Days held past release, as the case study speaks of it: months, half a year, a year, and
the year and a half of its worst named case."""


@dataclass(frozen=True, slots=True)
class StalledFile:
    ref: str
    name: str
    overstay_days: int | None
    desks: str
    """The desks holding the file now."""
    reason: str
    """Which desk has held it how long, against the time it is expected to take."""


def status_counts(summaries: Sequence[FileSummary]) -> Counter[Status | None]:
    return Counter(s.status for s in summaries)


def overstay_buckets(summaries: Sequence[FileSummary]) -> list[int]:
    """How many people still held are past their release date by each bucket's days."""
    counts = [0] * len(BUCKETS)
    for s in summaries:
        days = s.overstay_days
        if not s.held or not days:
            continue
        for index, (low, high) in enumerate(BUCKETS):
            if days >= low and (high is None or days <= high):
                counts[index] += 1
                break
    return counts


def held_a_year(summaries: Sequence[FileSummary]) -> list[FileSummary]:
    """People still held a year or more past their release date, most days first."""
    return sorted(
        (s for s in summaries if s.held and (s.overstay_days or 0) >= YEAR_DAYS),
        key=lambda s: (-(s.overstay_days or 0), s.ref),
    )


def stalled_files(
    summaries: Sequence[FileSummary], standings: dict[str, FileStanding]
) -> list[StalledFile]:
    """Files a desk has held longer than expected, most days past release first."""
    by_ref = {s.ref: s for s in summaries}
    found = []
    for ref, standing in standings.items():
        if Flag.STALLED not in standing.codes:
            continue
        for raised in standing.flags:
            if raised.flag is Flag.STALLED:
                summary = by_ref.get(ref)
                found.append(
                    StalledFile(
                        ref,
                        summary.name if summary else "",
                        summary.overstay_days if summary else None,
                        ", ".join(standing.holding),
                        said(raised.wording),
                    )
                )
    return sorted(found, key=lambda f: (-(f.overstay_days or 0), f.ref))


def _days(days: int | None) -> str:
    """Days past release; blank for someone not (yet) past it."""
    return number(days) if days else ""


class OverviewPage(QWidget):
    """Reads the register on a worker when shown (or when the data changed while shown), then
    assesses every file on a second worker for the stalled list."""

    loaded = Signal()
    """Counts, histogram and the year-long list are up to date."""
    assessed = Signal()
    """The stalled list is up to date."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.reads = tasks.Reads(self)
        self.loading: tasks.Task | None = None

        self.status_box = QGroupBox(self.tr("Files by status"))
        self.status_grid = QGridLayout(self.status_box)
        self.count_labels: dict[Status | None, QLabel] = {}
        statuses: list[Status | None] = [*Status, None]
        for index, status in enumerate(statuses):
            number = QLabel("\N{EN DASH}")
            number.setObjectName(f"count-{status.value if status else 'unknown'}")
            font = number.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            font.setBold(True)
            number.setFont(font)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(word(status, self.tr("no status recorded")))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            number.setAccessibleName(caption.text())
            self.status_grid.addWidget(number, 0, index)
            self.status_grid.addWidget(caption, 1, index)
            self.count_labels[status] = number
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.status_grid.addWidget(self.total, 2, 0, 1, len(statuses))

        self.histogram_box = QGroupBox(self.tr("People still held past their release date"))
        self.histogram = Histogram()
        self.histogram.setAccessibleName(self.tr("Days held past release"))
        histogram_layout = QVBoxLayout(self.histogram_box)
        histogram_layout.addWidget(self.histogram)

        self.year_model: RowsModel[FileSummary] = RowsModel(
            [
                Column(self.tr("Ref"), lambda s: s.ref),
                Column(self.tr("Name"), lambda s: s.name, tooltip=lambda s: s.name_native),
                Column(
                    self.tr("Days past release"),
                    lambda s: _days(s.overstay_days),
                    sort_key=lambda s: s.overstay_days or 0,
                    numeric=True,
                ),
                Column(
                    self.tr("Nationality"),
                    lambda s: s.nationality,
                    tooltip=lambda s: country_name(s.nationality) if s.nationality else "",
                ),
                Column(self.tr("Prison"), lambda s: s.prison),
            ],
            self,
        )
        self.year_view = sorted_view(self.year_model, 2, Qt.SortOrder.DescendingOrder)
        self.year_table = table_view(self.year_view, self.tr("Held a year or more past release"))
        self.year_box = QGroupBox(self.tr("Held a year or more past release"))
        year_layout = QVBoxLayout(self.year_box)
        year_layout.addWidget(self.year_table)

        self.stalled_model: RowsModel[StalledFile] = RowsModel(
            [
                Column(self.tr("Ref"), lambda f: f.ref),
                Column(self.tr("Name"), lambda f: f.name),
                Column(
                    self.tr("Days past release"),
                    lambda f: _days(f.overstay_days),
                    sort_key=lambda f: f.overstay_days or 0,
                    numeric=True,
                ),
                Column(self.tr("Held by"), lambda f: f.desks),
                Column(
                    self.tr("Why it is stalled"), lambda f: f.reason, tooltip=lambda f: f.reason
                ),
            ],
            self,
        )
        self.stalled_view = sorted_view(self.stalled_model, 2, Qt.SortOrder.DescendingOrder)
        self.stalled_table = table_view(self.stalled_view, self.tr("Stalled files"))
        self.stalled_note = QLabel(self.tr("Computing…"))
        self.stalled_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stalled_note.setWordWrap(True)
        self.stalled_box = QGroupBox(self.tr("Stalled at a desk"))
        self.stalled_stack = QStackedLayout()
        self.stalled_stack.addWidget(self.stalled_note)
        self.stalled_stack.addWidget(self.stalled_table)
        self.stalled_box.setLayout(self.stalled_stack)

        for table in (self.year_table, self.stalled_table):
            table.setColumnWidth(0, 120)
            table.setColumnWidth(1, 180)
        self.stalled_table.setColumnWidth(3, 220)
        self.year_table.activated.connect(
            lambda index: self._open(
                self.year_model.row_at(self.year_view.mapToSource(index).row()).ref
            )
        )
        self.stalled_table.activated.connect(
            lambda index: self._open(
                self.stalled_model.row_at(self.stalled_view.mapToSource(index).row()).ref
            )
        )

        middle = QHBoxLayout()
        middle.addWidget(self.histogram_box, 2)
        middle.addWidget(self.year_box, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_box)
        layout.addLayout(middle, 1)
        layout.addWidget(self.stalled_box, 1)
        # A hidden page reads the register only when it is shown.
        self.loader = LoadWhenShown(self, events, self.refresh)

    # -- loading --------------------------------------------------------------------

    def refresh(self) -> None:
        as_of = date.today()
        self.stalled_note.setText(self.tr("Computing…"))
        self.stalled_stack.setCurrentWidget(self.stalled_note)
        self.loading = self.reads.run(
            lambda _p, _c: self.db.register.summaries(as_of),
            lambda rows: self._loaded(rows, as_of),
            self.events.status.emit,
        )

    def _loaded(self, summaries: list[FileSummary], as_of: date) -> None:
        counts = status_counts(summaries)
        for status, label in self.count_labels.items():
            label.setText(number(counts.get(status, 0)))
        held = sum(s.held for s in summaries)
        past = sum(1 for s in summaries if s.held and s.overstay_days)
        self.total.setText(
            digits(
                " ".join(
                    (
                        self.tr("%Ln file(s);", "", len(summaries)),
                        self.tr("%Ln still held,", "", held),
                        self.tr("%Ln of them past their release date.", "", past),
                    )
                )
            )
        )
        self.histogram.set_bars(
            [
                Bar(self._bucket_label(low, high), count)
                for (low, high), count in zip(BUCKETS, overstay_buckets(summaries), strict=True)
            ],
            self.tr("people"),
        )
        self.year_model.set_rows(held_a_year(summaries))
        self.year_box.setTitle(
            self.tr("Held a year or more past release (%1)").replace(
                "%1", number(self.year_model.rowCount())
            )
        )
        self.loaded.emit()
        self._assessed(summaries, {s.ref: s.standing for s in summaries})

    def _assessed(self, summaries: list[FileSummary], standings: dict[str, FileStanding]) -> None:
        self.stalled_model.set_rows(stalled_files(summaries, standings))
        count = self.stalled_model.rowCount()
        self.stalled_box.setTitle(self.tr("Stalled at a desk (%1)").replace("%1", number(count)))
        if count:
            self.stalled_stack.setCurrentWidget(self.stalled_table)
        else:
            self.stalled_note.setText(self.tr("No file has been at a desk longer than expected."))
        self.assessed.emit()

    def _bucket_label(self, low: int, high: int | None) -> str:
        if high is None:
            return self.tr("over %1 days").replace("%1", isolated(number(low - 1)))
        return self.tr("%1 days", "%1 is a range of days, low to high").replace(
            "%1", number_range(low, high)
        )

    def _open(self, ref: str) -> None:
        self.events.open_file.emit(ref)
