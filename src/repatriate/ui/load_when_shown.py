"""Pages read the database when they are shown, not when the window is built.

At start only the page on screen loads, so the files table gets the machine to itself; after
a change, a hidden page only notes that it is out of date and reloads when shown again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from repatriate.ui.events import DataEvents


class LoadWhenShown(QObject):
    def __init__(self, page: QWidget, events: DataEvents, load: Callable[[], object]) -> None:
        super().__init__(page)
        self.page = page
        self.load = load
        self.stale = True
        page.installEventFilter(self)
        events.changed.connect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.page and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self.load()
        return False

    def _changed(self, _refs: list[str]) -> None:
        if self.page.isVisible():
            self.stale = False
            self.load()
        else:
            self.stale = True
