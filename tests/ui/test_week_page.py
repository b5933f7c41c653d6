from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QSystemTrayIcon, QWidget
from pytestqt.qtbot import QtBot

from repatriate.domain.followups import ActivityKind, AgendaItem, FollowUpKind
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.services.followups import week_of
from repatriate.ui import tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.week.agenda import COLUMNS
from repatriate.ui.week.dialogs import ExportCalendarDialog, MarkDoneDialog, SnoozeDialog
from repatriate.ui.week.page import WeekPage
from repatriate.ui.week.tray import notify_due

Select = QItemSelectionModel.SelectionFlag


@pytest.fixture
def demo(db: Database) -> Database:
    db.demo.fill(300)
    return db


def open_page(qtbot: QtBot, db: Database) -> WeekPage:
    events = DataEvents()
    page = WeekPage(db, events)
    page.setProperty("events", events)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    assert page.loading is not None
    tasks.wait(page.loading)
    return page


def shown(page: WeekPage) -> list[tuple[str, str]]:
    """(ref, desk) of every file row in the tree."""
    return [(item.ref, item.desk) for group in page.model.groups for item in group.items]


def select_item(page: WeekPage, item: AgendaItem) -> None:
    index = page.model.index_of(item.ref, item.desk)
    assert index.isValid()
    page.tree.selectionModel().setCurrentIndex(index, Select.ClearAndSelect | Select.Rows)


def first_chase(page: WeekPage) -> AgendaItem:
    """The first follow-up with a desk (the people nobody is chasing come before)."""
    return next(g for g in page.model.groups if not g.unchased).items[0]


def select_desk_row(page: WeekPage, row: int) -> None:
    index = page.model.index(row, 0)
    page.tree.selectionModel().setCurrentIndex(index, Select.ClearAndSelect | Select.Rows)


def write_and_reload(qtbot: QtBot, page: WeekPage, accept: Any) -> None:
    with (
        qtbot.waitSignal(page.loaded, timeout=20_000),
        qtbot.waitSignal(page.written, timeout=20_000),
    ):
        accept()


def test_the_agenda_is_grouped_by_desk_with_its_counts(
    qtbot: QtBot, qtmodeltester: Any, demo: Database
) -> None:
    page = open_page(qtbot, demo)
    expected = demo.followups.agenda(week_of(date.today()))
    assert expected, "the demo data has follow-ups this week"
    chases = [item for item in expected if item.kind is not FollowUpKind.UNCHASED]
    per_desk = Counter(item.desk for item in chases)
    overdue = Counter(item.desk for item in chases if item.overdue_days)
    names = {desk.code: desk for desk in demo.desks.directory()}
    model = page.model
    assert model.rowCount() == len(per_desk) + 1
    assert model.groups[0].unchased
    for row, group in enumerate(model.groups[1:], start=1):
        desk_row = model.index(row, 0)
        assert model.rowCount(desk_row) == per_desk[group.desk]
        text = model.data(desk_row)
        assert names[group.desk].organisation in text
        assert f"{per_desk[group.desk]} to chase, {overdue[group.desk]} overdue" in text
        assert page.tree.isFirstColumnSpanned(row, QModelIndex())
        assert page.tree.isExpanded(desk_row)
    # Overdue first: the service's order is kept.
    assert [(i.ref, i.desk) for i in expected] == shown(page)
    assert model.groups[1].items[0].overdue_days == max(i.overdue_days for i in chases)
    assert page.week.label in page.week_label.text()
    qtmodeltester.check(model)


def test_the_escalation_hint_is_shown(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    escalated = [i for g in page.model.groups for i in g.items if i.escalate is not None]
    assert escalated, "the demo data has a run of unanswered calls"
    item = escalated[0]
    index = page.model.index_of(item.ref, item.desk)
    hint = index.siblingAtColumn(COLUMNS.index("suggestion")).data()
    assert hint == f"{item.unanswered} unanswered — suggest: {item.escalate.value}"


def test_week_navigation(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    this_week = page.week.label
    next_monday = week_of(date.today()).monday + timedelta(days=7)
    year, number, _ = next_monday.isocalendar()
    with qtbot.waitSignal(page.loaded):
        page.next_action.trigger()
    assert page.week_label.text().startswith(f"{year}-W{number:02d}")
    # Next week's agenda holds everything due by next Sunday: at least this week's.
    assert len(shown(page)) >= len(demo.followups.agenda(week_of(date.today())))
    with qtbot.waitSignal(page.loaded):
        page.previous_action.trigger()
    with qtbot.waitSignal(page.loaded):
        page.previous_action.trigger()
    assert page.week.label != this_week
    with qtbot.waitSignal(page.loaded):
        page.this_action.trigger()
    assert page.week.label == this_week


def test_mark_done_logs_a_call_with_the_desk(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    item = first_chase(page)
    before = demo.followups.activities(item.ref)
    select_item(page, item)
    assert page.done_action.isEnabled()
    page.done_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MarkDoneDialog)
    assert dialog.chosen_kind() is ActivityKind.CALL
    qtbot.keyClicks(dialog.outcome, "file is under process")
    changed: list[list[str]] = []
    page.property("events").changed.connect(changed.append)
    write_and_reload(qtbot, page, dialog.accept)
    after = demo.followups.activities(item.ref)
    assert len(after) == len(before) + 1
    logged = after[-1]
    assert (logged.kind, logged.desk, logged.on) == (ActivityKind.CALL, item.desk, date.today())
    assert logged.outcome == "file is under process"
    assert [item.ref] in changed
    # The next weekly call is due after today: the item left the list or is no longer overdue.
    again = [
        i for g in page.model.groups for i in g.items if (i.ref, i.desk) == (item.ref, item.desk)
    ]
    assert not again or (again[0].due > date.today() and not again[0].overdue_days)


def test_a_reply_stops_the_follow_up(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    item = first_chase(page)
    select_item(page, item)
    page.done_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MarkDoneDialog)
    dialog.reply.setChecked(True)
    write_and_reload(qtbot, page, dialog.accept)
    assert demo.followups.activities(item.ref)[-1].reply
    assert (item.ref, item.desk) not in shown(page)


def test_mark_all_of_a_desk_done(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    row = next(n for n, g in enumerate(page.model.groups) if len(g.items) > 1 and not g.unchased)
    group = page.model.groups[row]
    counts = {item.ref: len(demo.followups.activities(item.ref)) for item in group.items}
    select_desk_row(page, row)
    page.desk_done_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MarkDoneDialog)
    write_and_reload(qtbot, page, dialog.accept)
    for ref, count in counts.items():
        activities = demo.followups.activities(ref)
        assert len(activities) == count + 1
        assert activities[-1].desk == group.desk
    assert not any(i.overdue_days for i in page.model.groups[0].items if i.desk == group.desk)


def test_snooze_moves_it_out_of_this_week(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    item = first_chase(page)
    select_item(page, item)
    page.snooze_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, SnoozeDialog)
    until = page.week.sunday + timedelta(days=10)
    dialog.until.setDate(QDate(until))
    write_and_reload(qtbot, page, dialog.accept)
    assert (item.ref, item.desk) not in shown(page)
    snoozed = [f for f in demo.followups.follow_ups(item.ref) if f.desk == item.desk]
    assert snoozed[-1].snoozed_until == until


def test_close_asks_first_then_stops_the_follow_up(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    item = first_chase(page)
    select_item(page, item)
    page.close_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.No).click()
    assert (item.ref, item.desk) in shown(page)
    page.close_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    write_and_reload(qtbot, page, box.button(QMessageBox.StandardButton.Yes).click)
    assert (item.ref, item.desk) not in shown(page)


def test_open_file_asks_the_window(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    item = first_chase(page)
    select_item(page, item)
    events: DataEvents = page.property("events")
    with qtbot.waitSignal(events.open_file) as opened:
        page.open_action.trigger()
    assert opened.args == [item.ref]
    page.tree.setFocus()
    with qtbot.waitSignal(events.open_file) as opened:
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened.args == [item.ref]


def export(qtbot: QtBot, page: WeekPage, path: Path, names: bool, monkeypatch: Any) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    page.export_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, ExportCalendarDialog)
    assert not dialog.with_names.isChecked()
    dialog.with_names.setChecked(names)
    with qtbot.waitSignal(page.written, timeout=20_000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_calendar_export_has_refs_and_no_names_by_default(
    qtbot: QtBot, demo: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    page = open_page(qtbot, demo)
    items = [item for group in page.model.groups if not group.unchased for item in group.items]
    path = tmp_path / "week.ics"
    export(qtbot, page, path, False, monkeypatch)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert len(summaries) == len(items)
    assert {item.ref for item in items} == {s.split()[2] for s in summaries}
    assert not any(item.name in s for item in items for s in summaries)

    named = tmp_path / "named.ics"
    export(qtbot, page, named, True, monkeypatch)
    names = {item.ref: item.name for item in items}
    for event in icalendar.Calendar.from_ical(named.read_bytes()).walk("VEVENT"):
        ref = str(event["summary"]).split()[2]
        assert f"({names[ref]})" in str(event["summary"])


def test_an_empty_week_says_so(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, db)
    assert page.model.rowCount() == 0
    assert "Nothing to chase" in page.state.text()
    assert not page.export_action.isEnabled()
    assert not page.done_action.isEnabled()


def test_notify_due_checks_for_a_tray_first(qtbot: QtBot, demo: Database, monkeypatch: Any) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert notify_due(window, demo) is False
    assert window.findChild(QSystemTrayIcon) is None

    messages: list[str] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: messages.append(text)
    )
    assert notify_due(window, demo) is True
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    items = demo.followups.agenda(week_of(date.today()))
    chases = [item for item in items if item.kind is not FollowUpKind.UNCHASED]
    overdue = sum(1 for item in chases if item.overdue_days)
    unchased = len(items) - len(chases)
    assert unchased, "the demo data has people past release nobody is chasing"
    assert messages == [
        f"{len(chases)} follow-ups due this week ({overdue} overdue); "
        f"{unchased} held past release nobody is chasing"
    ]


def test_nobody_is_chasing_the_people_held_past_release_comes_first(
    qtbot: QtBot, db: Database
) -> None:
    today = date.today()
    for ref, name, months in (("KOL/1", "Nur Alam", 9), ("KOL/2", "Salma Bibi", 7)):
        db.cases.add(
            PrisonerFile(
                ref=ref,
                name=name,
                claimed_nationality="BD",
                state="West Bengal",
                conviction_date=today - relativedelta(months=months),
                sentence=Sentence(months=6),
                status=Status.SENTENCE_COMPLETED,
            )
        )
    db.movements.move("KOL/2", "BDHC-DEL", on=today - timedelta(days=10))
    page = open_page(qtbot, db)
    first = page.model.groups[0]
    assert first.unchased and [item.ref for item in first.items] == ["KOL/1"]
    heading = page.model.data(page.model.index(0, 0))
    assert heading.startswith("Nobody is chasing these · 1 held past release")
    row = page.model.index_of("KOL/1", "")
    # Six months from a day nine months ago ended three months ago, the day before.
    release = today - relativedelta(months=9) + relativedelta(months=6) - timedelta(days=1)
    cells = {name: page.model.data(row.siblingAtColumn(COLUMNS.index(name))) for name in COLUMNS}
    assert cells["past_release"] == str((today - release).days)
    assert cells["kind"] == "nobody is chasing"
    assert cells["suggestion"].startswith("Send to: ") and "WB-PRISONS" in cells["suggestion"]
    # The held file is chased weekly with the High Commission, after the unchased group.
    assert ("KOL/2", "BDHC-DEL") in shown(page)[1:]
    assert page.state.text().startswith("1 held past release nobody is chasing")
    select_item(page, first.items[0])
    assert not page.done_action.isEnabled() and not page.snooze_action.isEnabled()
    assert page.open_action.isEnabled()


def test_mark_done_removes_the_row_and_undo_brings_it_back(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    item = first_chase(page)
    before = demo.followups.activities(item.ref)
    count = len(shown(page))
    select_item(page, item)
    page.done_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MarkDoneDialog)
    write_and_reload(qtbot, page, dialog.accept)
    assert (item.ref, item.desk) not in shown(page)
    assert len(shown(page)) == count - 1
    assert page.undone.isVisibleTo(page)
    assert page.undone.text() == f"1 follow-up marked done · {count - 1} left to act on"
    assert len(demo.followups.activities(item.ref)) == len(before) + 1
    # The row that followed is current, so the eye stays where it was.
    assert page.model.item_at(page.tree.currentIndex()) is not None

    assert page.undo_action.shortcut().toString() == "Ctrl+Z"
    write_and_reload(
        qtbot, page, lambda: qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    )
    assert demo.followups.activities(item.ref) == before
    assert (item.ref, item.desk) in shown(page)
    assert len(shown(page)) == count
    assert not page.undo_action.isEnabled() and not page.undone.isVisibleTo(page)


def test_undo_of_a_snooze_and_a_close_restores_the_follow_up(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    item = first_chase(page)
    select_item(page, item)
    page.snooze_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, SnoozeDialog)
    write_and_reload(qtbot, page, dialog.accept)
    assert (item.ref, item.desk) not in shown(page)
    assert page.undone.text().startswith("1 follow-up snoozed")
    write_and_reload(qtbot, page, page.undo_action.trigger)
    assert (item.ref, item.desk) in shown(page)
    assert all(f.snoozed_until is None for f in demo.followups.follow_ups(item.ref))

    select_item(page, item)
    page.close_action.trigger()
    box = page.dialog
    assert isinstance(box, QMessageBox)
    write_and_reload(qtbot, page, box.button(QMessageBox.StandardButton.Yes).click)
    assert (item.ref, item.desk) not in shown(page)
    write_and_reload(qtbot, page, page.undo_action.trigger)
    assert (item.ref, item.desk) in shown(page)
    assert all(f.closed_on is None for f in demo.followups.follow_ups(item.ref))


def test_the_undo_expires(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    page.undo_timer.setInterval(300)
    item = first_chase(page)
    select_item(page, item)
    page.done_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, MarkDoneDialog)
    with qtbot.waitSignal(page.written, timeout=20_000):
        dialog.accept()
    assert page.undo_action.isEnabled()
    qtbot.waitUntil(lambda: not page.undo_action.isEnabled(), timeout=2_000)
    assert not page.undone.isVisibleTo(page)
