"""The one app-level signal: pages listen to it instead of calling each other."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataEvents(QObject):
    """Emitted after any change a page made to the database, so every page can refresh.

    `changed` carries the refs of the files touched (empty: anything may have changed, e.g.
    after an import or a change of settings). `open_file` asks the window to show a file."""

    changed = Signal(list)
    open_file = Signal(str)
    status = Signal(str)
    """A short message for the status bar."""

    def files_changed(self, *refs: str) -> None:
        self.changed.emit(list(refs))
