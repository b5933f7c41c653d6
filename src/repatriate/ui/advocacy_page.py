"""Advocacy: the figures of the advocacy pack (who is held past release, where files stall, why
desks send them back, the trend by quarter), saved as CSV or PDF for a report or a petition."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from repatriate.domain.advocacy import (
    AdvocacyPack,
    BandCount,
    LongCase,
    ObstacleCount,
    Quarter,
)
from repatriate.domain.dwell import DeskDwell
from repatriate.services.advocacy import AdvocacyService
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.bar_chart import BarChart, BarRow, Series
from repatriate.ui.desks.dwell import days_text
from repatriate.ui.events import DataEvents
from repatriate.ui.language import number
from repatriate.ui.load_when_shown import LoadWhenShown
from repatriate.ui.tables import Column, Row, RowsModel, sorted_view, table_view


def _count(title: str, value: Callable[[Row], int]) -> Column[Row]:
    return Column(title, lambda row: number(value(row)), sort_key=value, numeric=True)


def band_titles() -> tuple[str, ...]:
    """The overstay bands' names, in the order of `BANDS`."""
    return (
        QCoreApplication.translate("AdvocacyPage", "Up to 90 days"),
        QCoreApplication.translate("AdvocacyPage", "91 to 180"),
        QCoreApplication.translate("AdvocacyPage", "181 to 365"),
        QCoreApplication.translate("AdvocacyPage", "Over 365"),
    )


def band_columns() -> list[Column[BandCount]]:
    def group(index: int, title: str) -> Column[BandCount]:
        return Column(title, lambda b: b.group[index])

    def counted(index: int, title: str) -> Column[BandCount]:
        return _count(title, lambda b: b.counts[index])

    groups = (
        QCoreApplication.translate("AdvocacyPage", "Nationality"),
        QCoreApplication.translate("AdvocacyPage", "State"),
        QCoreApplication.translate("AdvocacyPage", "Desk"),
    )
    bands = band_titles()
    return [
        *(group(index, title) for index, title in enumerate(groups)),
        *(counted(index, title) for index, title in enumerate(bands)),
        _count(QCoreApplication.translate("AdvocacyPage", "Total"), lambda b: b.total),
    ]


def desk_columns() -> list[Column[DeskDwell]]:
    def days(title: str, value: Callable[[DeskDwell], float | None]) -> Column[DeskDwell]:
        return Column(
            title,
            lambda d: days_text(value(d)),
            sort_key=lambda d: -1.0 if value(d) is None else value(d) or 0.0,
            numeric=True,
        )

    return [
        Column(QCoreApplication.translate("AdvocacyPage", "Desk"), lambda d: d.desk),
        _count(QCoreApplication.translate("AdvocacyPage", "Times held"), lambda d: d.holds),
        days(QCoreApplication.translate("AdvocacyPage", "Median days"), lambda d: d.median_days),
        days(QCoreApplication.translate("AdvocacyPage", "90th pct. days"), lambda d: d.p90_days),
        _count(QCoreApplication.translate("AdvocacyPage", "Returned"), lambda d: d.returns),
    ]


def obstacle_columns() -> list[Column[ObstacleCount]]:
    return [
        Column(
            QCoreApplication.translate("AdvocacyPage", "Obstacle"),
            lambda o: o.label,
            tooltip=lambda o: o.code,
        ),
        _count(QCoreApplication.translate("AdvocacyPage", "Returns"), lambda o: o.returns),
        _count(QCoreApplication.translate("AdvocacyPage", "Files"), lambda o: o.files),
    ]


def quarter_columns() -> list[Column[Quarter]]:
    return [
        Column(QCoreApplication.translate("AdvocacyPage", "Quarter"), lambda q: q.label),
        Column(QCoreApplication.translate("AdvocacyPage", "Up to"), lambda q: q.end.isoformat()),
        _count(
            QCoreApplication.translate("AdvocacyPage", "Past release at its end"),
            lambda q: q.past_release,
        ),
        _count(
            QCoreApplication.translate("AdvocacyPage", "New overstays"), lambda q: q.new_overstays
        ),
    ]


def longest_columns() -> list[Column[LongCase]]:
    return [
        Column(QCoreApplication.translate("AdvocacyPage", "Ref"), lambda c: c.ref),
        Column(QCoreApplication.translate("AdvocacyPage", "Nationality"), lambda c: c.nationality),
        Column(QCoreApplication.translate("AdvocacyPage", "State"), lambda c: c.state),
        Column(
            QCoreApplication.translate("AdvocacyPage", "Release due"),
            lambda c: c.release_due.isoformat(),
        ),
        _count(
            QCoreApplication.translate("AdvocacyPage", "Days past release"),
            lambda c: c.overstay_days,
        ),
        Column(QCoreApplication.translate("AdvocacyPage", "Held by"), lambda c: c.holding),
    ]


class AdvocacyPage(QWidget):
    """Reads the pack (anonymised) on a worker when shown; saves it, with names if asked."""

    loaded = Signal()
    saved = Signal(str)
    """The path of a file written."""

    def __init__(self, db: Database, events: DataEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.events = events
        self.service = AdvocacyService(db.store, db.desks)
        self.reads = tasks.Reads(self)
        self.loading: tasks.Task | None = None
        self.writing: tasks.Task | None = None
        self.pack: AdvocacyPack | None = None

        self.summary = QLabel(self.tr("Reading…"))
        self.summary.setWordWrap(True)
        self.with_names = QCheckBox(self.tr("With &names and prisoner numbers"))
        self.with_names.setToolTip(
            self.tr("Saved files are anonymised (refs and counts only) unless this is ticked")
        )
        self.save_csv = QPushButton(self.tr("Save as &CSV…"))
        self.save_pdf = QPushButton(self.tr("Save as &PDF…"))
        self.save_csv.clicked.connect(lambda: self.choose_file(pdf=False))
        self.save_pdf.clicked.connect(lambda: self.choose_file(pdf=True))
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.with_names)
        top.addWidget(self.save_csv)
        top.addWidget(self.save_pdf)

        self.bands: RowsModel[BandCount] = RowsModel(band_columns(), self)
        self.desks: RowsModel[DeskDwell] = RowsModel(desk_columns(), self)
        self.obstacles: RowsModel[ObstacleCount] = RowsModel(obstacle_columns(), self)
        self.quarters: RowsModel[Quarter] = RowsModel(quarter_columns(), self)
        self.longest: RowsModel[LongCase] = RowsModel(longest_columns(), self)

        self.band_chart = BarChart(
            (Series(self.tr("People"), QColor("#1565c0")),), self.tr("people")
        )
        self.band_chart.setAccessibleName(self.tr("Chart: people past release by days"))
        self.obstacle_chart = BarChart(
            (Series(self.tr("Returns"), QColor("#c62828")),), self.tr("returns")
        )
        self.obstacle_chart.setAccessibleName(self.tr("Chart: why files were returned"))
        self.obstacle_chart.empty_text = self.tr("No desk has returned a file")
        self.quarter_chart = BarChart(
            (
                Series(self.tr("Past release at the quarter's end"), QColor("#1565c0")),
                Series(self.tr("New overstays"), QColor("#ef6c00")),
            ),
            self.tr("people"),
        )
        self.quarter_chart.setAccessibleName(self.tr("Chart: people past release by quarter"))

        self.tabs = QTabWidget()
        down, up = Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder
        self.longest_view = sorted_view(self.longest, 4, down)
        self.tables = {
            "bands": table_view(
                sorted_view(self.bands, 7, down), self.tr("People past release by group")
            ),
            "desks": table_view(sorted_view(self.desks, 2, down), self.tr("Desks")),
            "obstacles": table_view(sorted_view(self.obstacles, 1, down), self.tr("Obstacles")),
            "quarters": table_view(sorted_view(self.quarters, 0, up), self.tr("Quarters")),
            "longest": table_view(self.longest_view, self.tr("Longest cases")),
        }
        for title, table, chart in (
            (self.tr("Past release"), self.tables["bands"], self.band_chart),
            (self.tr("Desks"), self.tables["desks"], None),
            (self.tr("Obstacles"), self.tables["obstacles"], self.obstacle_chart),
            (self.tr("Quarters"), self.tables["quarters"], self.quarter_chart),
            (self.tr("Longest cases"), self.tables["longest"], None),
        ):
            if chart is None:
                self.tabs.addTab(table, title)
                continue
            split = QSplitter()
            split.addWidget(table)
            split.addWidget(chart)
            split.setSizes([600, 400])
            self.tabs.addTab(split, title)
        self.tables["longest"].activated.connect(
            lambda index: self.events.open_file.emit(
                self.longest.row_at(self.longest_view.mapToSource(index).row()).ref
            )
        )
        self.note = QLabel(
            self.tr(
                "Anonymised: file refs and counts only. Desk figures count every time a desk had "
                "a file; returns are filed under an obstacle by the reason given."
            )
        )
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)
        self.loader = LoadWhenShown(self, events, self.refresh)

    def refresh(self) -> None:
        as_of = date.today()
        self.loading = self.reads.run(
            lambda _p, _c: self.service.pack(as_of), self._loaded, self.events.status.emit
        )

    def _loaded(self, pack: AdvocacyPack) -> None:
        self.pack = pack
        self.summary.setText(
            self.tr("As of %1: %2 held past their release date.")
            .replace("%1", pack.as_of.isoformat())
            .replace("%2", number(pack.held_past_release))
        )
        self.bands.set_rows(pack.bands)
        self.desks.set_rows(pack.desks)
        self.obstacles.set_rows(pack.obstacles)
        self.quarters.set_rows(pack.quarters)
        self.longest.set_rows(pack.longest)
        self.band_chart.set_rows(
            [
                BarRow(name, (float(sum(b.counts[i] for b in pack.bands)),))
                for i, name in enumerate(band_titles())
            ]
        )
        self.obstacle_chart.set_rows(
            [BarRow(o.label, (float(o.returns),)) for o in pack.obstacles if o.returns]
        )
        self.quarter_chart.set_rows(
            [
                BarRow(q.label, (float(q.past_release), float(q.new_overstays)))
                for q in pack.quarters
            ]
        )
        self.loaded.emit()

    def choose_file(self, pdf: bool) -> None:
        suffix = ".pdf" if pdf else ".csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the advocacy pack"),
            str(Path.home() / f"advocacy-pack-{date.today().isoformat()}{suffix}"),
            self.tr("PDF (*.pdf)") if pdf else self.tr("CSV (*.csv)"),
        )
        if chosen:
            self.save(Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix), pdf)

    def save(self, path: Path, pdf: bool) -> None:
        """Read the pack again (with names if ticked) and write it on a worker."""
        names = self.with_names.isChecked()
        service = self.service

        def work(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> str:
            service.save(service.pack(date.today(), names=names), path, pdf)
            return str(path)

        def done(written: str) -> None:
            self.events.status.emit(self.tr("Advocacy pack saved to %1").replace("%1", written))
            self.saved.emit(written)

        self.writing = tasks.start(work, self)
        self.writing.done.connect(done)
        self.writing.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Advocacy pack"), message)
        )
