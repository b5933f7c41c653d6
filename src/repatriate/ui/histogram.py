"""A bar chart drawn with QPainter: PySide6-Essentials has no QtCharts, and a handful of bars
needs no more than this."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from repatriate.ui.language import number


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int


class Histogram(QWidget):
    """Bars with their counts above them and their labels below; follows the palette (dark
    themes) and the layout direction (right-to-left languages read the bars from the right)."""

    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[Bar, ...] = ()
        self.unit = ""
        """What is counted, for the tooltips and the accessible description ("people")."""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_bars(self, bars: list[Bar], unit: str) -> None:
        self.bars = tuple(bars)
        self.unit = unit
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.count} {unit}" for b in bars))
        self.update()

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(len(self.bars), 4) * line * 4, line * 10)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 12, line * 7)

    def bar_rects(self) -> list[QRect]:
        """Where each bar is drawn, in bar order (mirrored right to left)."""
        if not self.bars:
            return []
        line = self.fontMetrics().height()
        area = self.rect().adjusted(self.MARGIN, line + self.MARGIN, -self.MARGIN, -line * 2)
        slot = area.width() / len(self.bars)
        tallest = max(b.count for b in self.bars) or 1
        rects = []
        for index, bar in enumerate(self.bars):
            height = round(area.height() * bar.count / tallest)
            left = area.left() + round(slot * index + slot * 0.15)
            width = max(round(slot * 0.7), 1)
            rect = QRect(left, area.bottom() - height + 1, width, height)
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
                rect.moveLeft(self.width() - rect.right() - 1)
            rects.append(rect)
        return rects

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        line = self.fontMetrics().height()
        if not self.bars:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            return
        base = self.height() - line * 2
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(self.MARGIN, base, self.width() - self.MARGIN, base)
        for bar, rect in zip(self.bars, self.bar_rects(), strict=True):
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
            painter.setPen(text)
            wide = rect.adjusted(-rect.width() // 4, 0, rect.width() // 4, 0)
            count_box = QRect(wide.left(), rect.top() - line - 2, wide.width(), line)
            painter.drawText(count_box, Qt.AlignmentFlag.AlignCenter, number(bar.count))
            label_box = QRect(wide.left(), base + 4, wide.width(), line * 2 - 4)
            # Labels wrap onto a second line rather than be cut ("181-365 / days").
            painter.drawText(
                label_box,
                Qt.AlignmentFlag.AlignHCenter
                | Qt.AlignmentFlag.AlignTop
                | Qt.TextFlag.TextWordWrap,
                bar.label,
            )

    def bar_at(self, point: QPoint) -> Bar | None:
        for bar, rect in zip(self.bars, self.bar_rects(), strict=True):
            column = QRect(rect.left(), 0, rect.width(), self.height())
            if column.contains(point):
                return bar
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(), f"{bar.label}: {number(bar.count)} {self.unit}", self
                )
            return True
        return super().event(event)
