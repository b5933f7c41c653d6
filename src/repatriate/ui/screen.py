"""Windows that open within the screen they are on: a 1024x600 netbook is a clinic's laptop.
The main window opens where it was last closed, at its size then, as long as that still fits
the screen: a laptop taken off its large office monitor must not open a window off-screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

GEOMETRY_KEY = "window/geometry"
MAXIMIZED_KEY = "window/maximized"


def fit_to_screen(window: QWidget, wanted: QSize) -> QSize:
    """Resize the window to `wanted`, or to the screen's free area where that is smaller (the
    panels and task bar left out). Returns the size given."""
    screen = window.screen()
    size = QSize(wanted)
    if screen is not None:
        free = screen.availableGeometry().size()
        size = size.boundedTo(free)
        size = size.expandedTo(window.minimumSizeHint().boundedTo(free))
    window.resize(size)
    return size


def remember_geometry(window: QWidget) -> None:
    """Keep the window's place and size (its normal ones when maximised) for next time."""
    settings = QSettings()
    maximized = window.isMaximized()
    settings.setValue(GEOMETRY_KEY, window.normalGeometry() if maximized else window.geometry())
    settings.setValue(MAXIMIZED_KEY, maximized)


def restore_geometry(window: QWidget, wanted: QSize) -> QRect:
    """Put the window where it was last closed, moved and shrunk into the free area of the
    screen it was on (or the window's own screen where that one is gone); the first time,
    `wanted` as fit_to_screen gives it. Returns the geometry given."""
    settings = QSettings()
    saved = settings.value(GEOMETRY_KEY)
    if not isinstance(saved, QRect) or not saved.isValid():
        fit_to_screen(window, wanted)
        return window.geometry()
    screen = QGuiApplication.screenAt(saved.center()) or window.screen()
    free = screen.availableGeometry() if screen is not None else saved
    size = saved.size().boundedTo(free.size())
    size = size.expandedTo(window.minimumSizeHint().boundedTo(free.size()))
    # Inside the free area: no further right or down than leaves the whole window on it.
    x = min(max(saved.x(), free.left()), free.left() + free.width() - size.width())
    y = min(max(saved.y(), free.top()), free.top() + free.height() - size.height())
    placed = QRect(QPoint(x, y), size)
    window.setGeometry(placed)
    if settings.value(MAXIMIZED_KEY, False, type=bool):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return placed
