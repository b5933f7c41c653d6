"""Windows that open within the screen they are on: a 1024x600 netbook is a clinic's laptop."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


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
