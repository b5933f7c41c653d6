"""A large batch laid out by several processes at once, one per core.

Laying out a sheet is Python work that holds the interpreter, so threads would not help: the
sheets are cut into consecutive parts, one per process; the other processes each write their
part to a PDF of their own while this one writes the cover letter, the annex and the first
sheets, and the parts are then put together in order. The parts are laid out without page
numbers (a part does not know how many pages come before it); the numbers are stamped on
afterwards, on the pages a single process would have numbered, so the batch reads as if one
process had written it.

The processes are started with 'spawn' on every platform: a fork of the window's process would
copy Qt's threads in a broken state. A spawned process imports this module and reportlab,
never Qt; a frozen program must call `multiprocessing.freeze_support()` first thing (see
`repatriate.app.main`).
"""

from __future__ import annotations

import importlib
import io
import multiprocessing
import os
import queue
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from contextlib import ExitStack
from datetime import date
from typing import TYPE_CHECKING, Any, BinaryIO

from repatriate.domain.errors import Cancelled
from repatriate.domain.factsheets import Letterhead
from repatriate.reports.sheets import Batch, FactSheet

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]

PARALLEL_FROM = 40
"""The smallest batch laid out by several processes. Starting a process and loading reportlab
and the fonts in it costs about half a second; below this many sheets one process is done
sooner (see bench/factsheets.py)."""
ANNEX_ROW = 0.1
"""The time to lay out a row of the annex, as a share of the time to lay out a sheet
(measured: 0.5 s for an annex of 382 rows, 12 ms a sheet)."""
POLL = 0.1
"""Seconds between looks at whether the person cancelled, while the parts are written."""

_reports: Any = None
_stop: Any = None


def processes_for(count: int) -> int:
    """How many processes lay out a batch of `count` sheets: one per core for a large batch,
    never more than one per `PARALLEL_FROM // 2` sheets, else one."""
    if count < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, count // (PARALLEL_FROM // 2)))


def parts(count: int, processes: int) -> list[range]:
    """`count` sheets cut into `processes` consecutive runs whose lengths differ by one at most."""
    size, extra = divmod(count, processes)
    runs, start = [], 0
    for i in range(processes):
        end = start + size + (1 if i < extra else 0)
        if end > start:
            runs.append(range(start, end))
        start = end
    return runs


class Workers:
    """Processes that lay out parts of a batch. They start at once and load reportlab and the
    fonts while the batch is still being read from the database; `close` ends them."""

    def __init__(self, processes: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.processes = processes
        self._reports = context.Queue()
        self._stop = context.Event()
        self._pool = ProcessPoolExecutor(
            processes,
            mp_context=context,
            initializer=_started,
            initargs=(self._reports, self._stop),
        )
        # A pool starts a process for each task it is given while none is idle.
        for _ in range(processes):
            self._pool.submit(_ready)

    @classmethod
    def for_batch(cls, count: int) -> Workers | None:
        """Workers for a batch of about `count` sheets; None if one process is done sooner."""
        processes = processes_for(count)
        return cls(processes) if processes > 1 else None

    def close(self) -> None:
        self._stop.set()
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def write_batch(
        self,
        batch: Batch,
        letterhead: Letterhead,
        out: BinaryIO,
        progress: Progress | None,
        cancelled: CancelCheck | None,
        cover: list[Flowable] | None = None,
    ) -> None:
        """What `factsheet.write_batch` writes. Progress counts the sheets done in all the
        processes; cancelling stops every one of them, and nothing is written."""
        from repatriate.reports.factsheet import write_front

        total = len(batch.sheets)
        first = own_share(total, self.processes)
        runs = [
            range(r.start + first, r.stop + first) for r in parts(total - first, self.processes - 1)
        ]
        done = [0] * (len(runs) + 1)

        def report(mine: int = 0, _total: int = 0) -> None:
            done[0] = max(done[0], mine)
            while True:
                try:
                    part, count = self._reports.get_nowait()
                except queue.Empty:
                    break
                done[part] = max(done[part], count)
            if progress is not None:
                progress(sum(done), total)

        def stopped() -> bool:
            if cancelled is not None and cancelled():
                self._stop.set()
                return True
            return False

        try:
            futures = [
                self._pool.submit(_part, i, batch.sheets[r.start : r.stop], letterhead, batch.as_of)
                for i, r in enumerate(runs, start=1)
            ]
            # This process writes the cover letter, the annex and the first sheets meanwhile.
            front = io.BytesIO()
            front_pages = write_front(
                batch, letterhead, front, first, progress=report, cancelled=stopped, cover=cover
            )
            pending: set[Future[tuple[bytes, list[int]]]] = set(futures)
            while pending:
                if stopped():
                    raise Cancelled("stopped before the PDF was finished; nothing was written")
                _, pending = wait(pending, timeout=POLL)
                report()
            written = [f.result() for f in futures]
        except BaseException:
            self.close()
            raise
        _put_together(front, front_pages, written, out)
        if progress is not None:
            progress(total, total)


def own_share(total: int, processes: int) -> int:
    """How many of `total` sheets this process lays out after the cover letter and the annex,
    so that it is done about when each of the other processes is done with its part: an
    annex row takes about `ANNEX_ROW` of the time of a sheet."""
    return max(0, round(total * (1 + ANNEX_ROW) / processes - total * ANNEX_ROW))


def _ready() -> None:
    """Nothing: given to each process as it starts, so that all of them start at once."""


def _started(reports: Any, stop: Any) -> None:
    """In each process as it starts: where to report progress and what says stop; then
    reportlab and the Latin fonts are loaded before the first sheet arrives."""
    global _reports, _stop
    _reports, _stop = reports, stop
    importlib.import_module("repatriate.reports.factsheet")


def _part(
    index: int, sheets: Sequence[FactSheet], letterhead: Letterhead, as_of: date
) -> tuple[bytes, list[int]]:
    """In a process of the pool: one part of the batch as PDF, and its numbered pages."""
    from repatriate.reports.factsheet import write_part

    out = io.BytesIO()
    numbered = write_part(
        sheets,
        letterhead,
        as_of,
        out,
        progress=lambda done, _total: _reports.put((index, done)),
        cancelled=_stop.is_set,
    )
    return out.getvalue(), numbered


def _put_together(
    front: io.BytesIO, front_pages: int, written: list[tuple[bytes, list[int]]], out: BinaryIO
) -> None:
    """The cover and annex, then the parts in order, each laid-out page of the parts numbered
    on from the annex's last page."""
    import pikepdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from repatriate.reports.factsheet import page_number
    from repatriate.reports.fonts import register

    register()
    stamps = io.BytesIO()
    canvas = Canvas(stamps, pagesize=A4, initialFontName="NotoSans")
    count = sum(len(numbered) for _, numbered in written)
    for number in range(front_pages + 1, front_pages + count + 1):
        page_number(canvas, A4[0], number)
        canvas.showPage()
    canvas.save()
    # The parts stay open until the whole is saved: their pages' contents are read then.
    with ExitStack() as opened:
        whole = opened.enter_context(pikepdf.open(front))
        stamp = iter(opened.enter_context(pikepdf.open(stamps)).pages)
        for content, numbered in written:
            part = opened.enter_context(pikepdf.open(io.BytesIO(content)))
            first = len(whole.pages)
            whole.pages.extend(part.pages)
            for index in numbered:
                whole.pages[first + index].add_overlay(next(stamp), pikepdf.Rectangle(0, 0, *A4))
        whole.save(out)
