from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from repatriate.domain.desks import Officer, Role
from repatriate.services.database import Database
from repatriate.ui import tasks
from repatriate.ui.bar_chart import BarChart, BarRow, Series, nice_step
from repatriate.ui.desks.dialog import DeskDialog, OfficersModel
from repatriate.ui.desks.directory import DIRECTORY_COLUMNS
from repatriate.ui.desks.dwell import DWELL_COLUMNS
from repatriate.ui.desks.page import DesksPage
from repatriate.ui.events import DataEvents


@pytest.fixture
def demo(db: Database) -> Database:
    db.demo.fill(300)
    return db


def open_page(qtbot: QtBot, db: Database) -> DesksPage:
    events = DataEvents()
    page = DesksPage(db, events)
    page.setProperty("events", events)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: DesksPage) -> None:
    assert page.loading is not None
    tasks.wait(page.loading)
    assert page.figuring is not None
    tasks.wait(page.figuring)


def shown_codes(page: DesksPage) -> list[str]:
    proxy = page.directory_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def dwell_codes(page: DesksPage) -> list[str]:
    proxy = page.dwell_proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def save(dialog: DeskDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_directory_lists_every_desk_and_filters(
    qtbot: QtBot, qtmodeltester: Any, db: Database
) -> None:
    page = open_page(qtbot, db)
    directory = db.desks.directory()
    assert sorted(shown_codes(page)) == sorted(d.code for d in directory)
    assert page.directory_count.text() == f"{len(directory)} desks"
    qtbot.keyClicks(page.filter_box, "embassy of nepal")
    assert shown_codes(page) == ["EMB-NP"]
    assert page.directory_count.text() == f"1 of {len(directory)} desks"
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "west bengal")
    assert "WB-PRISONS" in shown_codes(page)
    assert "EMB-NP" not in shown_codes(page)
    qtmodeltester.check(page.directory)
    qtmodeltester.check(page.directory_proxy)


def test_add_a_desk_with_an_officer(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, db)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DeskDialog)
    qtbot.keyClicks(dialog.code, "EMB-GH")
    qtbot.keyClicks(dialog.name, "Consular section")
    qtbot.keyClicks(dialog.organisation, "High Commission of Ghana")
    dialog.role.setCurrentText(Role.EMBASSY.value)
    qtbot.keyClicks(dialog.serves, "Ghana")
    qtbot.keyClicks(dialog.email, "consular@ghanahc.in")
    dialog.expected_days.setValue(45)
    dialog.add_officer()
    officers = dialog.officers
    for column, text in enumerate(("A. Mensah", "Consul", "2025-04-01", "", "", "am@ghanahc.in")):
        officers.setData(officers.index(0, column), text)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        save(dialog)
    assert not dialog.isVisible()
    stored = next(d for d in db.desks.directory() if d.code == "EMB-GH")
    assert stored.serves == ("GH",)
    assert stored.expected_days == 45
    assert stored.officers[0].name == "A. Mensah"
    assert stored.officers[0].since is not None
    assert "EMB-GH" in shown_codes(page)
    assert page.current_desk() == stored
    row = page.directory_table.currentIndex().row()
    officer = page.directory_proxy.index(row, DIRECTORY_COLUMNS.index("officer")).data()
    assert officer == "A. Mensah, Consul"


def test_edit_a_desk(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, db)
    qtbot.keyClicks(page.filter_box, "EMB-NP")
    page.directory_table.selectRow(0)
    page.edit_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DeskDialog)
    assert dialog.code.text() == "EMB-NP"
    dialog.phone.setText("+91 11 2332 9218")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        save(dialog)
    desk = next(d for d in db.desks.directory() if d.code == "EMB-NP")
    assert desk.phone == "+91 11 2332 9218"
    assert len([d for d in db.desks.directory() if d.code == "EMB-NP"]) == 1


@pytest.mark.parametrize(
    ("field", "value", "named"),
    [
        ("email", "consular@@ghana", "E-mail: “consular@@ghana”"),
        ("name", "", "Name: “”"),
        ("country", "Atlantis", "Country: “Atlantis”"),
    ],
)
def test_bad_input_is_named_and_nothing_is_written(
    qtbot: QtBot, db: Database, field: str, value: str, named: str
) -> None:
    page = open_page(qtbot, db)
    before = db.desks.directory()
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DeskDialog)
    dialog.code.setText("EMB-GH")
    dialog.name.setText("Consular section")
    dialog.organisation.setText("High Commission of Ghana")
    getattr(dialog, field).setText(value)
    save(dialog)
    assert dialog.isVisible()
    assert dialog.problems.isVisible()
    assert named in dialog.problems.text()
    assert db.desks.directory() == before


def test_a_bad_officer_date_is_named(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, db)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DeskDialog)
    dialog.code.setText("EMB-GH")
    dialog.name.setText("Consular section")
    dialog.organisation.setText("High Commission of Ghana")
    dialog.add_officer()
    dialog.officers.setData(dialog.officers.index(0, 0), "A. Mensah")
    dialog.officers.setData(dialog.officers.index(0, 2), "1 April 2025")
    save(dialog)
    assert "Officer 1, since: “1 April 2025”" in dialog.problems.text()
    assert "EMB-GH" not in {d.code for d in db.desks.directory()}


def test_a_code_already_used_is_refused(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, db)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, DeskDialog)
    dialog.code.setText("EMB-NP")
    dialog.name.setText("Another section")
    dialog.organisation.setText("Embassy of Nepal")
    save(dialog)
    assert "already used" in dialog.problems.text()
    assert len([d for d in db.desks.directory() if d.code == "EMB-NP"]) == 1


def test_officers_model(qtmodeltester: Any) -> None:
    model = OfficersModel([Officer("A. Mensah", "Consul"), Officer("B. Owusu")])
    qtmodeltester.check(model)
    model.add_officer()
    assert model.rowCount() == 3
    model.remove_officer(0)
    officers, errors = model.officers()
    assert [o.name for o in officers] == ["B. Owusu"]
    assert not errors


def test_the_desk_holding_files_longest_comes_first(
    qtbot: QtBot, qtmodeltester: Any, demo: Database
) -> None:
    page = open_page(qtbot, demo)
    figures = demo.desks.dwell()
    longest = max(figures, key=lambda f: f.median_days or 0)
    assert dwell_codes(page)[0] == longest.desk
    medians = [
        page.dwell_proxy.index(row, DWELL_COLUMNS.index("median")).data(Qt.ItemDataRole.UserRole)
        for row in range(page.dwell_proxy.rowCount())
    ]
    assert medians == sorted(medians, reverse=True)
    chart = page.chart
    assert chart.rows[0].label.startswith(longest.desk)
    assert chart.rows[0].values == (longest.median_days, longest.p90_days)
    assert 0 < chart.rows_shown() <= len(chart.rows)
    median_bars = [bar for bar in chart.placed_bars() if bar.series == 0]
    assert median_bars[0].row == 0
    assert median_bars[0].rect.width() == max(bar.rect.width() for bar in median_bars)
    qtmodeltester.check(page.dwell)
    qtmodeltester.check(page.dwell_proxy)


def test_the_nationality_filter_changes_the_figures(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    everyone = {f.desk: f.holds for f in demo.desks.dwell()}
    position = page.nationality.findData("NG")
    assert position > 0, "the demo data has Nigerian files"
    with qtbot.waitSignal(page.figured, timeout=20_000):
        page.nationality.setCurrentIndex(position)
    nigerians = {f.desk: f.holds for f in demo.desks.dwell(nationality="NG")}
    holds = page.dwell_proxy.index(0, DWELL_COLUMNS.index("holds"))
    assert {
        page.dwell_proxy.index(row, 0).data(): int(
            holds.siblingAtRow(row).data(Qt.ItemDataRole.UserRole)
        )
        for row in range(page.dwell_proxy.rowCount())
    } == nigerians
    assert nigerians != everyone
    assert "EMB-NP" not in dwell_codes(page)
    assert any(code.startswith("NG-") for code in dwell_codes(page))


def test_the_state_and_period_filters_narrow_the_figures(qtbot: QtBot, demo: Database) -> None:
    page = open_page(qtbot, demo)
    total = sum(f.holds for f in demo.desks.dwell())
    with qtbot.waitSignal(page.figured, timeout=20_000):
        page.state.setCurrentIndex(page.state.findText("West Bengal"))
    in_bengal = sum(f.holds for f in page.dwell.rows)
    assert 0 < in_bengal < total
    with qtbot.waitSignal(page.figured, timeout=20_000):
        page.use_until.setChecked(True)
    with qtbot.waitSignal(page.figured, timeout=20_000):
        page.until.setDate(page.until.date().addYears(-10))
    assert page.dwell.rowCount() == 0
    assert page.chart.rows == []


def test_an_empty_database_draws_an_empty_chart(qtbot: QtBot, db: Database) -> None:
    page = open_page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    assert page.dwell.rowCount() == 0
    assert page.chart.placed_bars() == []
    assert not page.chart.grab().isNull()


def test_the_chart_mirrors_right_to_left(qtbot: QtBot) -> None:
    chart = BarChart([Series("median", QColor("blue"))], "days")
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_rows([BarRow("EMB-NP", (40.0,)), BarRow("EMB-BD", (20.0,))])
    left_to_right = chart.placed_bars()
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    right_to_left = chart.placed_bars()
    assert abs(left_to_right[0].rect.width() - 2 * left_to_right[1].rect.width()) <= 1
    assert right_to_left[0].rect.right() == 600 - 1 - left_to_right[0].rect.left()
    assert chart.row_at(right_to_left[1].rect.center()) == 1
    assert "40" in chart.describe(chart.rows[0])


def test_round_ticks() -> None:
    assert nice_step(556) == 100
    assert nice_step(48) == 10
    assert nice_step(0) == 1
