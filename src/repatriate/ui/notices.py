"""The window hears the files other caseworkers change on the clinic's server and shows them
anew: a thread waits for the server's announcements (`storage.notices`) and hands each batch
to the window's thread, which announces it on `DataEvents` as if a page had changed them."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from repatriate.domain.errors import RepatriateError
from repatriate.services.changes import EVERY_FILE, Listener, listen
from repatriate.services.database import Database
from repatriate.ui.events import DataEvents

WAIT_SECONDS = 0.5
"""How long the thread gathers announcements before handing them over (and checks whether it
is to stop)."""


class ChangesElsewhere(QObject):
    heard = Signal(list)
    """Refs changed by others; empty: any file may have changed."""

    def __init__(self, db: Database, events: DataEvents, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self._stop = threading.Event()
        self._listener: Listener | None = None
        self._thread: threading.Thread | None = None
        self.heard.connect(lambda refs: events.files_changed(*refs))
        try:
            self._listener = listen(db.store)
        except RepatriateError as exc:
            events.status.emit(str(exc))
            return
        self._thread = threading.Thread(target=self._listen, name="changes elsewhere", daemon=True)
        self._thread.start()

    def _listen(self) -> None:
        assert self._listener is not None
        try:
            while not self._stop.is_set():
                refs = list(dict.fromkeys(self._listener.heard(WAIT_SECONDS)))
                if refs:
                    self.heard.emit([] if EVERY_FILE in refs else refs)
        except Exception:
            return
        finally:
            self._listener.close()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5 * WAIT_SECONDS)
