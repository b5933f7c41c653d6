"""Long work off the UI thread: gather input on the UI thread, run the work on a worker
thread, hand the result back by signal. Workers never touch a widget.

Pages run their work through the two runners at the end (after Anki's `QueryOp` and
`CollectionOp`): `Reads`, whose superseded results are dropped, and `write`, which announces
the change it made to every page."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from repatriate.domain.errors import Cancelled, RepatriateError
from repatriate.ui.events import DataEvents

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[Progress, CancelCheck], Any]


class Task(QObject):
    """One piece of background work. `done` carries its result, `failed` a message for the
    user (a RepatriateError's own words), `cancelled` fires when the user stopped it.

    The worker thread only emits the private signals; they reach the Task on the UI thread by
    queued connection and are re-emitted there, so that any slot, lambdas included, runs on
    the UI thread."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    _progress = Signal(int, int)
    _ended = Signal(str, object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self.finished = False
        queued = Qt.ConnectionType.QueuedConnection
        self._progress.connect(self._relay_progress, queued)
        self._ended.connect(self._relay_end, queued)

    def cancel(self) -> None:
        self._stop.set()

    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def run(self) -> None:
        """Runs on the worker thread."""
        try:
            result = self._work(self._report_progress, self._stop.is_set)
        except Cancelled:
            self._end("cancelled", None)
        except RepatriateError as exc:
            self._end("failed", str(exc))
        except OSError as exc:
            self._end("failed", f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        except Exception as exc:
            # A worker that dies without a word leaves its page waiting for ever ("Loading
            # files…" on a damaged database): say what went wrong instead, in one line.
            first = (str(exc).strip().splitlines() or [""])[0]
            self._end("failed", f"unexpected error: {type(exc).__name__}: {first}".rstrip(": "))
        else:
            self._end("done", result)

    def _report_progress(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):
            self._progress.emit(done, total)

    def _end(self, how: str, result: object) -> None:
        # RuntimeError: the page that started the work was closed while it ran, and the Task
        # went with it; nobody is waiting for the result any more.
        with contextlib.suppress(RuntimeError):
            self._ended.emit(how, result)

    @Slot(int, int)
    def _relay_progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    @Slot(str, object)
    def _relay_end(self, how: str, result: object) -> None:
        self.finished = True
        _running.discard(self)
        if how == "done":
            self.done.emit(result)
        elif how == "failed":
            self.failed.emit(str(result))
        else:
            self.cancelled.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self.task = task

    @Slot()
    def run(self) -> None:
        self.task.run()


_running: set[Task] = set()
"""Tasks are kept alive here until they finish: their signals must outlive the caller."""


def start(work: Work, parent: QObject | None = None) -> Task:
    """Run `work(progress, cancelled)` on the shared thread pool and return its Task, whose
    signals arrive on the UI thread (queued connections)."""
    task = Task(work, parent)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task))
    return task


def with_progress(
    parent: QWidget, title: str, label: str, work: Work, minimum_ms: int = 300
) -> Task:
    """Run `work` with a modal progress dialog that has a Cancel button."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(minimum_ms)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    task = start(work, parent)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    task.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    for signal in (task.done, task.failed, task.cancelled):
        signal.connect(lambda *_: dialog.close())
    return task


def with_status(
    parent: QObject,
    status: QLabel,
    buttons: Sequence[QWidget],
    label: str,
    work: Work,
    done: Callable[[Any], object],
    ended: Callable[[], object],
) -> Task:
    """Run `work` on a worker while `status` says `label` and `buttons` are disabled, for a
    dialog that shows its work in a line of text. When it ends the buttons come back and
    `ended` runs, before `done` gets the result (so `done` may start the next task); a failure
    is said in `status`."""
    status.setText(label)
    for button in buttons:
        button.setEnabled(False)
    task = start(work, parent)

    def end(*_: object) -> None:
        for button in buttons:
            button.setEnabled(True)
        ended()

    for signal in (task.done, task.failed):
        signal.connect(end)
    task.failed.connect(status.setText)
    task.done.connect(done)
    return task


class Reads(QObject):
    """Reads of which only the latest round counts: a page that reads again (another week,
    another filter, a change announced) drops what the reads before it would bring. A round's
    reads may be several (one after another, or side by side); a newer round drops them all.
    A dropped read's `done` and `failed` callbacks are not called."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._round = 0

    def drop(self) -> None:
        """Drop the results of every read still running."""
        self._round += 1

    def run(
        self,
        work: Work,
        done: Callable[[Any], object],
        failed: Callable[[str], object] | None = None,
    ) -> Task:
        """Start a new round with this read."""
        self.drop()
        return self.also(work, done, failed)

    def also(
        self,
        work: Work,
        done: Callable[[Any], object],
        failed: Callable[[str], object] | None = None,
    ) -> Task:
        """Another read in the current round."""
        round_ = self._round
        task = start(work, self.parent())

        def deliver(result: object) -> None:
            if round_ == self._round:
                done(result)

        def fail(message: str) -> None:
            if round_ == self._round and failed is not None:
                failed(message)

        task.done.connect(deliver)
        task.failed.connect(fail)
        return task


def write(
    parent: QWidget,
    events: DataEvents,
    work: Work,
    done: Callable[[Any], object],
    failed: Callable[[str], object],
    touched: Callable[[Any], Sequence[str] | None] = lambda _result: (),
    progress: str = "",
) -> Task:
    """Run a write on a worker, then announce it: once `done` has had the result, every page
    hears of the files `touched(result)` names (no refs: anything may have changed; None:
    nothing was written). With `progress`, a progress dialog of that title shows the work and
    can cancel it."""
    task = (
        with_progress(parent, progress, progress + "…", work) if progress else start(work, parent)
    )

    def announce(result: object) -> None:
        done(result)
        refs = touched(result)
        if refs is not None:
            events.files_changed(*dict.fromkeys(refs))

    task.done.connect(announce)
    task.failed.connect(failed)
    return task


def wait(task: Task, timeout_ms: int = 60_000) -> None:
    """Block (processing events) until the task's result has reached the UI thread."""
    deadline = QDeadlineTimer(timeout_ms)
    while not task.finished and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
