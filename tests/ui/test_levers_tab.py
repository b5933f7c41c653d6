"""The file editor's Orders tab: orders, RTI applications and travel documents recorded
through the real widgets, the flags following at once, a bad value named in one line."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile, Status
from repatriate.services.database import Database
from repatriate.ui.events import DataEvents
from repatriate.ui.file_editor import FileEditor

TODAY = date.today()


@pytest.fixture
def editor(qtbot: QtBot, db: Database) -> FileEditor:
    db.cases.add(
        PrisonerFile(ref="K-1", name="Nur Alam", claimed_nationality="BD", status=Status.SERVING)
    )
    widget = FileEditor(db, DataEvents())
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    widget.load("K-1")
    return widget


def test_an_overdue_order_recorded_in_the_tab_raises_its_flag(
    editor: FileEditor, db: Database
) -> None:
    panel = editor.levers.orders
    assert panel.content.isEnabled()
    panel.by.setText("High Court of Calcutta")
    panel.on.setText((TODAY - timedelta(days=30)).isoformat())
    panel.directs.setPlainText("repatriate the petitioner")
    panel.comply_by.setText((TODAY - timedelta(days=1)).isoformat())
    panel.desk.set_code("WB-HOME")
    assert panel.add() is True
    assert panel.orders.rowCount() == 1
    assert panel.orders.data(panel.orders.index(0, 6)) == "1"
    assert "Order not complied with by its date" in editor.flags.text()
    assert "contempt petition" in editor.flags.text()
    panel.table.selectRow(0)
    assert panel.by.text() == "High Court of Calcutta"
    panel.complied_on.setText(TODAY.isoformat())
    assert panel.save_changes() is True
    assert db.orders.orders("K-1")[0].complied_on == TODAY
    assert "Order not complied" not in editor.flags.text()


def test_a_bad_date_is_named_and_nothing_is_written(editor: FileEditor, db: Database) -> None:
    panel = editor.levers.orders
    panel.by.setText("NHRC")
    panel.on.setText("2026-13-40")
    panel.directs.setPlainText("report")
    panel.comply_by.setText("2026-02-01")
    assert panel.add() is False
    assert panel.error.text() == "on: 2026-13-40: not a date: write it as YYYY-MM-DD"
    assert db.orders.orders("K-1") == []


def test_an_rti_shows_its_working_across_a_holiday(editor: FileEditor, db: Database) -> None:
    panel = editor.levers.rti
    panel.desk.set_code("WB-HOME")
    panel.subject.setText("the status of the repatriation")
    panel.dates["filed"].setText("2026-07-10")
    panel.dates["received"].setText("2026-07-16")
    assert panel.add() is True
    panel.table.selectRow(0)
    # 30 days from 16 July 2026: Saturday 15 August, Independence Day; Sunday; Monday 17.
    assert "Independence Day" in panel.working.text()
    assert "due 2026-08-17, the next working day" in panel.working.text()
    assert "RTI reply or appeal overdue" in editor.flags.text()


def test_a_travel_permit_expiring_before_the_hand_over_is_flagged(
    editor: FileEditor, db: Database
) -> None:
    panel = editor.levers.travel
    panel.number.setText("TP-114")
    panel.expires_on.setText((TODAY + timedelta(days=20)).isoformat())
    panel.desk.set_code("BDDHC-KOL")
    assert panel.add() is True
    panel.hand_over.setText((TODAY + timedelta(days=90)).isoformat())
    assert panel.plan() is True
    assert db.travel.hand_over("K-1") == TODAY + timedelta(days=90)
    assert "Travel document expiring" in editor.flags.text()
    assert "before the hand-over planned for" in editor.flags.text()
