from __future__ import annotations

from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.ui.main_window import MainWindow


def test_the_window_opens_on_the_chosen_database(qtbot: QtBot, db: Database) -> None:
    db.cases.add(PrisonerFile(ref="K-1", name="Nur Alam"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert db.location in window.windowTitle()
    assert "1 prisoner file" in window.centralWidget().text()
