"""The window on a clinic's shared PostgreSQL database: every page opens on it, a file saved in
the window is in the database, and nothing of a SQLite file (lock, checks) is asked of it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from postgres_server import PASSWORD, Server
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.ui.main_window import MainWindow


@pytest.fixture
def shared(postgres: Server) -> Iterator[Database]:
    db = Database.open(postgres.url(postgres.database()))
    db.cases.add(
        PrisonerFile(
            ref="K-1",
            name="Nur Alam",
            claimed_nationality="BD",
            conviction_date=date(2024, 1, 10),
            sentence=Sentence(years=1),
            status=Status.SENTENCE_COMPLETED,
        )
    )
    db.movements.move("K-1", "BDHC-DEL", on=date.today() - timedelta(days=30))
    yield db
    # The pages' background reads end before the database is closed under them (the window
    # is closed first: the test asks for this fixture before qtbot).
    assert QThreadPool.globalInstance().waitForDone(20_000)
    db.close()


def test_every_page_opens_on_a_server_database(shared: Database, qtbot: QtBot) -> None:
    assert shared.is_postgresql
    window = MainWindow(shared)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        window.show()
    assert window.files.model.rowCount() == 1
    assert "postgresql+psycopg://repatriate:***@" in window.windowTitle()
    assert PASSWORD not in window.windowTitle()
    for key, page in zip(
        (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5, Qt.Key.Key_6, Qt.Key.Key_1),
        (
            window.week,
            window.desks,
            window.overview,
            window.advocacy,
            window.settings,
            window.files,
        ),
        strict=True,
    ):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.stack.currentWidget() is page
    window.files.table.activated.emit(window.files.model.index(0, 0))
    assert window.editor.current_ref == "K-1"
    assert not shared.backups.available
    assert shared.backups.weekly_check() is None


def test_the_window_shows_anew_a_file_another_caseworker_changed(
    shared: Database, qtbot: QtBot
) -> None:
    window = MainWindow(shared)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        window.show()
    window.files.table.activated.emit(window.files.model.index(0, 0))
    assert window.editor.current_ref == "K-1"

    elsewhere = Database.open(shared.store.engine.url.render_as_string(hide_password=False))
    try:
        with qtbot.waitSignal(
            window.events.changed, timeout=10_000, check_params_cb=lambda refs: refs == ["K-1"]
        ):
            elsewhere.cases.save(elsewhere.cases.get("K-1").replace(prison="Presidency"))
    finally:
        elsewhere.close()
    qtbot.waitUntil(lambda: window.editor.form.bindings["prison"].widget.text() == "Presidency")
    window.close()
