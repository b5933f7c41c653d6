"""Backups in the window: listed, made, restored, made on closing and before a deletion, and a
damaged database said at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.backup import CheckReport
from repatriate.services.database import Database
from repatriate.ui.backups_dialog import BackupsDialog
from repatriate.ui.main_window import MainWindow


def add(db: Database, ref: str) -> None:
    db.cases.add(PrisonerFile(ref=ref, name="Nur Alam"), today=date(2026, 11, 22))


def refs(db: Database) -> set[str]:
    return {s.ref for s in db.register.summaries()}


def shown(qtbot: QtBot, dialog: BackupsDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def test_the_dialog_lists_backups_and_makes_one(qtbot: QtBot, db: Database) -> None:
    add(db, "K-1")
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    shown(qtbot, dialog)
    assert dialog.model.rowCount() == 0
    assert dialog.empty.isVisible() and not dialog.restore_button.isEnabled()

    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20_000)
    assert dialog.proxy.index(0, 1).data() == "made by hand"
    assert dialog.proxy.index(0, 2).data() == "1"
    assert "verified" in dialog.status.text()
    shown(qtbot, dialog)
    assert dialog.restore_button.isEnabled()


def test_restoring_puts_the_chosen_backup_back(qtbot: QtBot, db: Database) -> None:
    add(db, "K-1")
    db.backups.backup()
    add(db, "K-2")
    dialog = BackupsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    shown(qtbot, dialog)
    with qtbot.waitSignal(dialog.restored, timeout=20_000):
        dialog.restore(confirm=False)
    assert refs(db) == {"K-1"}
    assert "kept as" in dialog.status.text()


def test_a_file_deleted_in_the_window_is_backed_up_first(qtbot: QtBot, db: Database) -> None:
    add(db, "K-1")
    add(db, "K-2")
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        window.show()
    window.open_file("K-1")
    with qtbot.waitSignal(window.events.changed, timeout=20_000):
        task = window.delete_file(confirm=False)
        assert task is not None
    assert refs(db) == {"K-2"}
    assert window.stack.currentWidget() is not window.editor
    [kept] = db.backups.all()
    assert kept.reason == "before-delete" and kept.files == 2


def test_closing_the_window_backs_up_what_changed(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    add(db, "K-1")
    window.close()
    [made] = db.backups.all()
    assert (made.reason, made.files) == ("automatic", 1)


def test_damage_found_as_the_window_opens_is_said_with_the_way_out(
    qtbot: QtBot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *a: said.append(f"{title}: {text}")
    )
    monkeypatch.setattr(BackupsDialog, "open", lambda self: said.append("backups dialog"))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window._checked_on_open(CheckReport(db_path, (), None))
    assert said == []
    window._checked_on_open(CheckReport(db_path, ("Tree 4 page 12: btree corrupt",), None))
    assert said[0].startswith("The database is damaged") and "Tree 4 page 12" in said[0]
    assert said[1] == "backups dialog"
