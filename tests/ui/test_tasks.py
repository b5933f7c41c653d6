"""The runners pages read and write through: a page that reads again never shows what an older
read brings late, and a write tells every page which files it touched."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from repatriate.domain.errors import RepatriateError
from repatriate.ui import tasks
from repatriate.ui.events import DataEvents


def test_a_read_asked_for_again_drops_the_older_result_that_comes_late(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    reads = tasks.Reads(page)
    shown: list[str] = []
    release_first = threading.Event()

    def slow(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> str:
        release_first.wait(10)
        return "week 10"

    first = reads.run(slow, shown.append)
    second = reads.run(lambda _p, _c: "week 11", shown.append)
    tasks.wait(second)
    release_first.set()
    tasks.wait(first)

    assert shown == ["week 11"]


def test_a_read_dropped_says_nothing_of_its_failure(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    reads = tasks.Reads(page)
    problems: list[str] = []

    def failing(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> None:
        raise RepatriateError("database is locked")

    task = reads.run(failing, lambda _: None, problems.append)
    reads.drop()
    tasks.wait(task)

    assert problems == []


def test_a_write_tells_every_page_the_files_it_touched_after_its_own_page(
    qtbot: QtBot,
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    events = DataEvents()
    heard: list[object] = []
    events.changed.connect(lambda refs: heard.append(refs))

    task = tasks.write(
        page,
        events,
        lambda _p, _c: ["K-1", "K-2", "K-1"],
        lambda refs: heard.append(f"page saw {len(refs)}"),
        heard.append,
        touched=lambda refs: refs,
    )
    tasks.wait(task)

    assert heard == ["page saw 3", ["K-1", "K-2"]]


def test_a_write_that_wrote_nothing_is_not_announced(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    events = DataEvents()
    heard: list[list[str]] = []
    problems: list[str] = []
    events.changed.connect(heard.append)

    task = tasks.write(
        page, events, lambda _p, _c: 0, lambda _: None, problems.append, touched=lambda _: None
    )
    tasks.wait(task)

    assert task.finished
    assert (heard, problems) == ([], [])
