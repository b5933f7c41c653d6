"""The app's session: the window reopens on another database when asked (the demo database
chosen on the welcome page, or another clinic file chosen in settings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.ui.application import Session


def test_the_window_reopens_on_the_chosen_database(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    other_path = tmp_path / "other.sqlite3"
    other = Database.open(str(other_path))
    other.cases.add(PrisonerFile(ref="O-1", name="Aung Min"))
    other.close()

    session = Session(db)
    first = session.window
    qtbot.addWidget(first)
    first.reopen_requested.emit(str(other_path))
    qtbot.addWidget(session.window)
    try:
        assert session.window is not first
        assert not first.isVisible()
        assert str(other_path) in session.window.windowTitle()
        assert session.db.cases.get("O-1").name == "Aung Min"
    finally:
        session.db.close()


def test_a_database_that_cannot_be_opened_keeps_the_window(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, db: Database, tmp_path: Path
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    session = Session(db)
    qtbot.addWidget(session.window)
    session.window.reopen_requested.emit(str(tmp_path))
    assert session.db is db
    assert session.window.isVisible()
    assert shown and str(tmp_path) in shown[0]
