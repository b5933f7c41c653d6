"""The audit log in the window: opening a file is logged, the dialog lists the entries of one
file or all, and Verify says whether the log was tampered with."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile
from repatriate.services.database import Database
from repatriate.ui.audit_dialog import AuditDialog
from repatriate.ui.main_window import MainWindow


def settled(qtbot: QtBot, dialog: AuditDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def column(dialog: AuditDialog, number: int) -> list[str]:
    return [dialog.proxy.index(row, number).data() for row in range(dialog.proxy.rowCount())]


def test_opening_a_file_in_the_window_is_logged_and_listed(
    qtbot: QtBot, db: Database, qtmodeltester: ModelTester
) -> None:
    for ref in ("K-1", "K-2"):
        db.cases.add(PrisonerFile(ref=ref, name="Nur Alam"), today=date(2026, 11, 22))
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.open_file("K-2")

    dialog = window.show_audit()
    settled(qtbot, dialog)
    qtmodeltester.check(dialog.model)
    # Newest first.
    assert column(dialog, 3) == ["view", "add", "add"]
    assert column(dialog, 4) == ["K-2", "K-2", "K-1"]
    assert dialog.status.text() == "Entries: 3."

    dialog.ref.setText("K-1")
    dialog.show_button.click()
    settled(qtbot, dialog)
    assert column(dialog, 4) == ["K-1"]
    assert dialog.status.text() == "Entries for K-1: 1."


def test_verify_says_whether_the_log_is_intact(qtbot: QtBot, db: Database) -> None:
    db.cases.add(PrisonerFile(ref="K-1", name="Nur Alam"), today=date(2026, 11, 22))
    db.overstays.assess("K-1")
    dialog = AuditDialog(db)
    qtbot.addWidget(dialog)
    settled(qtbot, dialog)
    dialog.verify_button.click()
    settled(qtbot, dialog)
    assert dialog.status.text() == "The log is intact: 2 entries, none edited, added or removed."

    with sqlite3.connect(Path(db.location)) as connection:
        connection.execute("DELETE FROM audit_entry WHERE number = 1")
    dialog.verify_button.click()
    settled(qtbot, dialog)
    assert dialog.status.text() == (
        "The log was tampered with at entry 1: missing (removed from the log)"
    )
