"""A horizontal bar chart drawn with QPainter (QtCharts is not part of PySide6-Essentials):
one row per label, one bar per series, a value axis with round ticks. Rows that do not fit
the height are left to the table beside it, and the chart says how many."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolTip, QWidget

from repatriate.ui import language


@dataclass(frozen=True, slots=True)
class BarRow:
    label: str
    values: tuple[float | None, ...]
    """One value per series; None draws no bar."""


@dataclass(frozen=True, slots=True)
class Series:
    name: str
    color: QColor


@dataclass(frozen=True, slots=True)
class PlacedBar:
    row: int
    series: int
    rect: QRect
    """In widget coordinates, already mirrored for right-to-left layouts."""


def nice_step(largest: float, ticks: int = 6) -> float:
    """A round tick step (1, 2 or 5 times a power of ten) giving about `ticks` ticks."""
    if largest <= 0:
        return 1.0
    rough = largest / ticks
    power = 10 ** math.floor(math.log10(rough))
    for factor in (1, 2, 5, 10):
        if rough <= factor * power:
            return float(factor * power)
    return float(10 * power)


def tick_text(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


class BarChart(QWidget):
    def __init__(self, series: Sequence[Series], unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series = tuple(series)
        self.unit = unit
        self.rows: list[BarRow] = []
        self.empty_text = ""
        self.more_text: Callable[[int], str] = language.number
        """Shown under the chart when rows do not fit, given how many were left out."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_rows(self, rows: Sequence[BarRow]) -> None:
        self.rows = list(rows)
        described = "; ".join(
            f"{row.label}: "
            + ", ".join(
                f"{s.name} {tick_text(v)}"
                for s, v in zip(self.series, row.values, strict=True)
                if v is not None
            )
            for row in self.rows[: self.rows_shown()]
        )
        self.setAccessibleDescription(described)
        self.update()

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 20, height * 20)

    def minimumSizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(height * 14, height * 8)

    # -- geometry, shared by painting and tooltips ------------------------------------

    def _bar_thickness(self) -> int:
        return max(8, round(self.fontMetrics().height() * 0.8))

    def _row_height(self) -> int:
        bar = self._bar_thickness()
        return bar * len(self.series) + max(6, bar // 2 + 4)

    def _frame(self) -> tuple[QRect, QRect, int]:
        """The plot area, the label column and the width of a label, before mirroring."""
        metrics = self.fontMetrics()
        line = metrics.height()
        margin = line // 2
        top = margin + line + margin  # the legend
        bottom = self.height() - margin - 3 * line - margin  # tick labels, unit, "more"
        widest = max((metrics.horizontalAdvance(row.label) for row in self.rows), default=0)
        label_width = min(widest + margin, int(self.width() * 0.4))
        labels = QRect(margin, top, label_width, max(0, bottom - top))
        plot = QRect(
            labels.right() + margin,
            top,
            max(0, self.width() - labels.right() - 3 * margin - metrics.horizontalAdvance("0000")),
            max(0, bottom - top),
        )
        return plot, labels, label_width

    def rows_shown(self) -> int:
        plot, _, _ = self._frame()
        return min(len(self.rows), max(0, plot.height() // self._row_height()))

    def scale_end(self) -> tuple[float, float]:
        """The largest value on the axis and the tick step."""
        largest = max(
            (v for row in self.rows[: self.rows_shown()] for v in row.values if v is not None),
            default=0.0,
        )
        step = nice_step(largest)
        return max(step, math.ceil(largest / step) * step), step

    def placed_bars(self) -> list[PlacedBar]:
        plot, _, _ = self._frame()
        end, _ = self.scale_end()
        row_height = self._row_height()
        bar = self._bar_thickness()
        placed = []
        for number, row in enumerate(self.rows[: self.rows_shown()]):
            y = plot.top() + number * row_height + (row_height - bar * len(self.series)) // 2
            for which, value in enumerate(row.values):
                if value is None:
                    continue
                width = max(1, round(plot.width() * value / end)) if value > 0 else 0
                rect = QRect(plot.left(), y + which * bar, width, bar - 1)
                placed.append(PlacedBar(number, which, self._visual(rect)))
        return placed

    def _visual(self, rect: QRect) -> QRect:
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    # -- painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = metrics.height()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_legend(painter, text)
        if not self.rows:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        plot, labels, label_width = self._frame()
        shown = self.rows_shown()
        end, step = self.scale_end()
        grid = QColor(text)
        grid.setAlpha(40)
        value = 0.0
        while value <= end + step / 2:
            x = plot.left() + round(plot.width() * value / end)
            top = self._visual(QRect(x, plot.top(), 1, plot.height()))
            painter.fillRect(top, grid)
            painter.setPen(text)
            label = tick_text(value)
            box = QRect(x - line * 3, plot.bottom() + 2, line * 6, line)
            painter.drawText(self._visual(box), Qt.AlignmentFlag.AlignHCenter, label)
            value += step
        painter.setPen(text)
        unit_box = QRect(plot.left(), plot.bottom() + 2 + line, plot.width(), line)
        painter.drawText(
            self._visual(unit_box),
            int(QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignRight)),
            self.unit,
        )
        row_height = self._row_height()
        for number, row in enumerate(self.rows[:shown]):
            box = QRect(labels.left(), plot.top() + number * row_height, label_width, row_height)
            painter.drawText(
                self._visual(box),
                int(
                    QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft)
                    | Qt.AlignmentFlag.AlignVCenter
                ),
                metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, label_width - 4),
            )
        for placed in self.placed_bars():
            painter.fillRect(placed.rect, self.series[placed.series].color)
            shown_value = self.rows[placed.row].values[placed.series]
            if shown_value is None:
                continue
            value_text = tick_text(round(shown_value))
            room = metrics.horizontalAdvance(value_text) + 4
            small = painter.font()
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
            painter.setFont(small)
            beside = QRect(placed.rect)
            if self.isRightToLeft():
                beside.setRight(placed.rect.left() - 3)
                beside.setLeft(beside.right() - room)
            else:
                beside.setLeft(placed.rect.right() + 3)
                beside.setWidth(room)
            painter.drawText(beside, int(Qt.AlignmentFlag.AlignVCenter), value_text)
            painter.setFont(self.font())
        axis = QPen(text)
        painter.setPen(axis)
        start = self._visual(QRect(plot.left(), plot.top(), 1, plot.height()))
        painter.drawLine(start.topLeft(), start.bottomLeft())
        if shown < len(self.rows):
            more = QRect(labels.left(), plot.bottom() + 2 + 2 * line, plot.right(), line)
            painter.drawText(
                self._visual(more),
                int(QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignLeft)),
                self.more_text(len(self.rows) - shown),
            )

    def _paint_legend(self, painter: QPainter, text: QColor) -> None:
        metrics = self.fontMetrics()
        line = metrics.height()
        x = line // 2
        for series in self.series:
            swatch = QRect(x, line // 2 + line // 4, line // 2 + 4, line // 2)
            painter.fillRect(self._visual(swatch), series.color)
            x = swatch.right() + line // 3
            width = metrics.horizontalAdvance(series.name) + 4
            painter.setPen(text)
            painter.drawText(
                self._visual(QRect(x, line // 2, width, line)),
                Qt.AlignmentFlag.AlignVCenter,
                series.name,
            )
            x += width + line

    # -- tooltips -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self.row_at(event.pos())
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(self.rows[row]), self)
            return True
        return super().event(event)

    def row_at(self, point: QPoint) -> int | None:
        plot, _, _ = self._frame()
        if not plot.top() <= point.y() < plot.top() + self.rows_shown() * self._row_height():
            return None
        return (point.y() - plot.top()) // self._row_height()

    def describe(self, row: BarRow) -> str:
        parts = [
            f"{series.name}: {tick_text(value)} {self.unit}"
            for series, value in zip(self.series, row.values, strict=True)
            if value is not None
        ]
        return "\n".join([row.label, *parts])
