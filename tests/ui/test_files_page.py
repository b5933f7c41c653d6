"""The files table: what a caseworker sees, filters and opens."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from repatriate.domain.flags import Flag
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.services.database import Database
from repatriate.ui import files_model, tasks
from repatriate.ui.events import DataEvents
from repatriate.ui.files_model import (
    COLUMNS,
    OVERSTAY_COLUMN,
    Arrangement,
    FileFilter,
    FileRows,
    FilesModel,
    arrange,
    narrows,
)
from repatriate.ui.files_page import CutOffTips, FilesPage
from repatriate.ui.flag_badges import ORDER, flag_name

TODAY = date.today()


def convicted(ref: str, name: str, days_past: int, **fields: object) -> PrisonerFile:
    """Someone whose one-year sentence ended `days_past` days ago and who is still held (the
    day of sentence counts, so the last day served is the day before the anniversary)."""
    conviction = TODAY - timedelta(days=days_past - 1)
    conviction = conviction.replace(year=conviction.year - 1)
    pf = PrisonerFile(
        ref=ref,
        name=name,
        conviction_date=conviction,
        arrest_date=conviction - timedelta(days=30),
        sentence=Sentence(years=1),
        status=Status.SENTENCE_COMPLETED,
        claimed_nationality="BD",
    )
    return pf.replace(**fields)


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(convicted("K-1", "Rahim Uddin", 400, name_native="রহিম উদ্দিন"))
    db.cases.add(convicted("K-2", "Salma Begum", 20, passport_number="BX1234567"))
    db.cases.add(
        convicted("K-3", "Ram Karki", 200, claimed_nationality="NP", name_native="राम कार्की")
    )
    db.cases.add(PrisonerFile(ref="K-4", name="Aung Min", status=Status.UNDER_TRIAL))
    return db


def loaded_page(qtbot: QtBot, db: Database) -> FilesPage:
    page = FilesPage(db, DataEvents())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.assessed, timeout=20_000):
        page.show()
    return page


def shown_refs(page: FilesPage) -> list[str]:
    return [page.model.ref_at(row) for row in range(page.model.rowCount())]


def shows(qtbot: QtBot, page: FilesPage, refs: list[str]) -> None:
    """The table comes to show these files (a filter or sort runs on a worker)."""
    qtbot.waitUntil(lambda: shown_refs(page) == refs, timeout=10_000)


def test_most_days_past_release_come_first(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    assert shown_refs(page) == ["K-1", "K-3", "K-2", "K-4"]
    model = page.model
    assert model.index(0, OVERSTAY_COLUMN).data() == "400"
    assert model.index(0, COLUMNS.index("name_native")).data() == "রহিম উদ্দিন"
    assert "4 files" in page.count.text()


@pytest.mark.parametrize(
    ("typed", "found"),
    [("রহিম", ["K-1"]), ("राम", ["K-3"]), ("k-2", ["K-2"]), ("bx123", ["K-2"]), ("SALMA", ["K-2"])],
)
def test_the_filter_finds_names_in_any_script_refs_and_passports(
    qtbot: QtBot, clinic: Database, typed: str, found: list[str]
) -> None:
    page = loaded_page(qtbot, clinic)
    if typed.isascii():
        qtbot.keyClicks(page.filter_box, typed)
    else:
        # QTest can only type Latin-1 keys; other scripts arrive as an input method would.
        page.filter_box.setText(typed)
    shows(qtbot, page, found)
    assert "1 of 4 files" in page.count.text()


def test_filters_by_nationality_status_and_flag(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    page.nationality.setCurrentIndex(page.nationality.findData("NP"))
    shows(qtbot, page, ["K-3"])
    page.nationality.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData(Status.UNDER_TRIAL.value))
    shows(qtbot, page, ["K-4"])
    page.status.setCurrentIndex(0)
    page.flag.setCurrentIndex(page.flag.findData(Flag.OVERSTAYING_VERY_LONG.value))
    shows(qtbot, page, ["K-1"])


def test_flags_show_as_badges_with_their_reasons(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    flags = page.model.index(0, COLUMNS.index("flags"))
    assert not flags.data(Qt.ItemDataRole.DecorationRole).isNull()
    tooltip = flags.data(Qt.ItemDataRole.ToolTipRole)
    assert "400 days past the release date" in tooltip


def test_sorting_by_name_and_back(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    page.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    shows(qtbot, page, ["K-4", "K-1", "K-3", "K-2"])
    page.table.sortByColumn(COLUMNS.index("release_due"), Qt.SortOrder.DescendingOrder)
    # The file under trial has no release date: last, whichever the direction.
    shows(qtbot, page, ["K-2", "K-3", "K-1", "K-4"])


def test_a_sort_chosen_is_worked_out_once(
    qtbot: QtBot, clinic: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = loaded_page(qtbot, clinic)
    sorts: list[tuple[int, Qt.SortOrder]] = []

    def counted(
        rows: FileRows,
        chosen: FileFilter,
        sort: tuple[int, Qt.SortOrder],
        before: Arrangement | None = None,
    ) -> Arrangement:
        sorts.append(sort)
        return arrange(rows, chosen, sort, before)

    monkeypatch.setattr(files_model, "arrange", counted)
    # The view asks its model to sort twice (through the header's indicator, then itself).
    page.table.sortByColumn(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)
    shows(qtbot, page, ["K-4", "K-1", "K-3", "K-2"])
    assert sorts == [(COLUMNS.index("name"), Qt.SortOrder.AscendingOrder)]


def test_enter_on_a_row_opens_the_file(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    page.table.setCurrentIndex(page.model.index(1, 1))
    with qtbot.waitSignal(page.events.open_file) as opened:
        page.table.activated.emit(page.table.currentIndex())
    assert opened.args == ["K-3"]


def test_a_change_elsewhere_reloads_the_table(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    clinic.cases.add(convicted("K-5", "Nur Alam", 900))
    with qtbot.waitSignal(page.assessed, timeout=20_000):
        page.events.files_changed("K-5")
    assert shown_refs(page)[0] == "K-5"


def test_a_hidden_table_waits_until_it_is_shown(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    page.hide()
    clinic.cases.add(convicted("K-5", "Nur Alam", 900))
    page.events.files_changed("K-5")
    assert page.loader.stale
    assert "K-5" not in shown_refs(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert shown_refs(page)[0] == "K-5"


def test_the_model_keeps_qts_rules(
    qtbot: QtBot, qtmodeltester: ModelTester, clinic: Database
) -> None:
    model = FilesModel()
    model.set_files(clinic.register.summaries())
    qtmodeltester.check(model)
    model.set_filter(FileFilter(text="k-"))
    with qtbot.waitSignal(model.arranged, timeout=10_000):
        model.sort(COLUMNS.index("flags"), Qt.SortOrder.DescendingOrder)
    assert model.ref_at(0) == "K-1"
    qtmodeltester.check(model)
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_work_on_a_worker_reports_a_failure_in_words(qtbot: QtBot) -> None:
    def fails(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> None:
        raise OSError(2, "No such file or directory", "/nowhere/files.csv")

    task = tasks.start(fails)
    with qtbot.waitSignal(task.failed) as failed:
        pass
    assert failed.args == ["/nowhere/files.csv: No such file or directory"]


def test_an_unexpected_error_on_a_worker_is_reported_not_left_waiting(qtbot: QtBot) -> None:
    def breaks(_progress: tasks.Progress, _cancelled: tasks.CancelCheck) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed\nmore detail")

    task = tasks.start(breaks)
    with qtbot.waitSignal(task.failed) as failed:
        pass
    assert failed.args == ["unexpected error: DatabaseError: database disk image is malformed"]


def test_typing_on_narrows_and_deleting_widens_again(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    qtbot.keyClicks(page.filter_box, "ra")
    shows(qtbot, page, ["K-1", "K-3"])
    qtbot.keyClicks(page.filter_box, "m")
    shows(qtbot, page, ["K-3"])
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Backspace)
    shows(qtbot, page, ["K-1", "K-3"])
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Backspace)
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Backspace)
    shows(qtbot, page, ["K-1", "K-3", "K-2", "K-4"])


def test_a_search_typed_on_finds_what_a_search_afresh_finds(clinic: Database) -> None:
    rows = FileRows.of(clinic.register.columns())
    sort = (OVERSTAY_COLUMN, Qt.SortOrder.DescendingOrder)
    for typed in (
        ["r", "ra", "rah", "rahim"],
        ["ram", "ra", "r"],
        ["s", "so", "sol", "solma"],
        ["b", "bx", "bx1", "bx12"],
        ["k", "k-", "k-3"],
        ["ram", "ram k", "ram ka"],
        ["-", "-3", "-"],
        ["  ", "u", "ud"],
    ):
        before = arrange(rows, FileFilter(), sort)
        for text in typed:
            chosen = FileFilter(text=text)
            after = arrange(rows, chosen, sort, before)
            assert list(after.visible) == list(arrange(rows, chosen, sort).visible), typed
            before = after
    rahim = arrange(rows, FileFilter(text="rahim"), sort)
    assert [rows.refs[i] for i in rahim.visible] == ["K-1"]
    # Choosing a nationality after typing starts from every file again.
    nepali = arrange(rows, FileFilter(text="r", nationality="NP"), sort, rahim)
    assert [rows.refs[i] for i in nepali.visible] == ["K-3"]


def test_only_a_search_that_narrows_the_last_one_starts_from_its_rows() -> None:
    assert narrows(FileFilter(text="ra"), FileFilter(text="ram"))
    assert narrows(FileFilter(), FileFilter(text="solma"))
    assert narrows(FileFilter(text="ram"), FileFilter(text="ram karki"))
    assert not narrows(FileFilter(text="ram"), FileFilter(text="ra"))
    assert not narrows(FileFilter(text="ra"), FileFilter(text="ra", nationality="NP"))
    assert not narrows(FileFilter(text="ra"), FileFilter(text="ra", held_only=False))
    # "-" is found only as typed; "-a" also by its skeleton "a", which "-" does not hold.
    assert not narrows(FileFilter(text="-"), FileFilter(text="-a"))


@pytest.fixture
def mixed(clinic: Database) -> Database:
    # days_past -10: the one-year sentence ends 10 days from today.
    clinic.cases.add(convicted("K-5", "Karim Mia", -10, status=Status.SERVING))
    clinic.cases.add(convicted("K-6", "Jamal Shah", 300, status=Status.REPATRIATED))
    clinic.cases.add(convicted("K-7", "Lina Rai", -1, status=Status.SERVING))
    return clinic


def test_files_of_people_gone_home_are_hidden_until_asked_for(
    qtbot: QtBot, mixed: Database
) -> None:
    page = loaded_page(qtbot, mixed)
    assert "K-6" not in shown_refs(page)
    assert "6 of 7 files" in page.count.text()
    page.show_gone.setChecked(True)
    qtbot.waitUntil(lambda: "K-6" in shown_refs(page), timeout=10_000)
    assert "7 files" in page.count.text()
    page.show_gone.setChecked(False)
    # Choosing the status shows its files, still held or not.
    page.status.setCurrentIndex(page.status.findData(Status.REPATRIATED.value))
    shows(qtbot, page, ["K-6"])


def test_people_still_serving_show_when_they_are_due(qtbot: QtBot, mixed: Database) -> None:
    page = loaded_page(qtbot, mixed)
    days = {
        ref: page.model.index(row, OVERSTAY_COLUMN).data()
        for row, ref in enumerate(shown_refs(page))
    }
    assert days["K-5"] == "due in 10 days"
    assert days["K-7"] == "due tomorrow"
    assert days["K-1"] == "400"
    # Longest past release first; below them those still serving, due soonest first; the
    # file under trial, without a release date, last.
    assert shown_refs(page) == ["K-1", "K-3", "K-2", "K-7", "K-5", "K-4"]
    page.table.sortByColumn(OVERSTAY_COLUMN, Qt.SortOrder.AscendingOrder)
    shows(qtbot, page, ["K-5", "K-7", "K-2", "K-3", "K-1", "K-4"])


def test_the_legend_names_every_badge(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    menu = page.legend.menu()
    assert menu is not None
    names = [action.text() for action in menu.actions()]
    assert names == [flag_name(flag) for flag in ORDER]
    assert "Held past release ≥ 1 year" in names
    assert all(not action.icon().isNull() for action in menu.actions())


def test_a_cut_off_cell_shows_its_whole_text_as_a_tooltip(qtbot: QtBot, clinic: Database) -> None:
    page = loaded_page(qtbot, clinic)
    page.resize(1200, 500)
    name = COLUMNS.index("name")
    index = page.model.index(0, name)
    delegate = page.table.itemDelegate()
    assert isinstance(delegate, CutOffTips)
    page.table.setColumnWidth(name, 300)
    option = QStyleOptionViewItem()
    option.rect = page.table.visualRect(index)
    assert delegate.tip(option, index) == ""
    page.table.setColumnWidth(name, 30)
    option.rect = page.table.visualRect(index)
    assert delegate.tip(option, index) == "Rahim Uddin"
    # A cell with its own tooltip keeps it.
    flags = page.model.index(0, COLUMNS.index("flags"))
    option.rect = page.table.visualRect(flags)
    assert "400 days past the release date" in delegate.tip(option, flags)


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_filter_box_moves_into_the_table(
    qtbot: QtBot, clinic: Database, key: Qt.Key
) -> None:
    page = loaded_page(qtbot, clinic)
    page.activateWindow()
    qtbot.keyClicks(page.filter_box, "k-")
    qtbot.keyClick(page.filter_box, key)
    assert page.table.hasFocus() or page.focusWidget() is page.table
    assert page.current_ref() == "K-1"
    assert page.table.selectionModel().isRowSelected(0)


def test_a_name_is_found_as_it_sounds_in_any_script(qtbot: QtBot, db: Database) -> None:
    db.cases.add(convicted("S-1", "Salma Begum", 30))
    db.cases.add(convicted("S-2", "সালমা বেগম", 10))
    db.cases.add(convicted("S-3", "Rahim Uddin", 20))
    page = loaded_page(qtbot, db)
    qtbot.keyClicks(page.filter_box, "Solma")
    shows(qtbot, page, ["S-1", "S-2"])
    assert "2 of 3 files" in page.count.text()
