from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.domain.release import release_due
from repatriate.services.database import Database
from repatriate.ui.events import DataEvents
from repatriate.ui.overview_page import OverviewPage

TODAY = date.today()
SENTENCE = Sentence(years=1)


def held_past(ref: str, days: int, name: str = "Rahim Uddin") -> PrisonerFile:
    """Someone still held `days` past the release date (as of today)."""
    # Find the conviction date whose release falls `days` before today.
    conviction = TODAY - timedelta(days=days + 365)
    while (TODAY - release_due(conviction, SENTENCE)).days != days:
        conviction += timedelta(days=(TODAY - release_due(conviction, SENTENCE)).days - days)
    return PrisonerFile(
        ref=ref,
        name=name,
        claimed_nationality="BD",
        court_nationality="BD",
        prison="Dum Dum Central Correctional Home",
        state="WB",
        conviction_date=conviction,
        sentence=SENTENCE,
        status=Status.SENTENCE_COMPLETED,
    )


@pytest.fixture
def clinic(db: Database) -> Database:
    for ref, days in (
        ("H-10", 10),
        ("H-45", 45),
        ("H-200", 200),
        ("H-370", 370),
        ("H-400", 400),
        ("H-600", 600),
    ):
        db.cases.add(held_past(ref, days, name=f"Person {days}"))
    db.cases.add(
        PrisonerFile(
            ref="S-1",
            name="Ram Karki",
            status=Status.SERVING,
            conviction_date=TODAY - timedelta(days=30),
            sentence=SENTENCE,
        )
    )
    gone = held_past("R-1", 500, name="Gone Home")
    db.cases.add(gone.replace(status=Status.REPATRIATED, released_on=TODAY - timedelta(days=100)))
    db.cases.add(PrisonerFile(ref="U-1", name="No Status"))
    # WB-HOME is expected to take 30 days; it has had H-45's file for 100.
    db.movements.move("H-45", "WB-HOME", on=TODAY - timedelta(days=100))
    return db


def shown(qtbot: QtBot, db: Database, events: DataEvents) -> OverviewPage:
    page = OverviewPage(db, events)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.assessed, timeout=20_000):
        page.show()
    return page


def test_counts_by_status_and_the_overstay_histogram(qtbot: QtBot, clinic: Database) -> None:
    page = shown(qtbot, clinic, DataEvents())
    counts = {status: label.text() for status, label in page.count_labels.items()}
    assert counts[Status.SENTENCE_COMPLETED] == "6"
    assert counts[Status.SERVING] == "1"
    assert counts[Status.REPATRIATED] == "1"
    assert counts[Status.UNDER_TRIAL] == "0"
    assert counts[None] == "1"
    assert "9 files" in page.total.text()
    # The repatriated person's 500 days are history: only people still held are counted.
    bars = [(bar.label, bar.count) for bar in page.histogram.bars]
    assert [count for _, count in bars] == [1, 1, 0, 1, 2, 1]
    # The numbers are kept left to right (Unicode isolates) for right-to-left languages.
    lri, pdi = "\N{LEFT-TO-RIGHT ISOLATE}", "\N{POP DIRECTIONAL ISOLATE}"
    assert bars[0][0] == f"{lri}1\N{EN DASH}30{pdi} days"
    assert bars[-1][0] == f"over {lri}545{pdi} days"


def test_the_year_list_is_longest_first_and_opens_a_file(
    qtbot: QtBot, clinic: Database, qtmodeltester: ModelTester
) -> None:
    events = DataEvents()
    page = shown(qtbot, clinic, events)
    qtmodeltester.check(page.year_model)
    qtmodeltester.check(page.year_view)
    view = page.year_view
    refs = [view.index(row, 0).data() for row in range(view.rowCount())]
    assert refs == ["H-600", "H-400", "H-370"]
    assert view.index(0, 2).data() == "600"

    page.year_table.setCurrentIndex(view.index(1, 0))
    with qtbot.waitSignal(events.open_file) as opened:
        qtbot.keyClick(page.year_table, Qt.Key.Key_Return)
    assert opened.args == ["H-400"]


def test_stalled_files_appear_with_the_register(
    qtbot: QtBot, clinic: Database, qtmodeltester: ModelTester
) -> None:
    events = DataEvents()
    page = OverviewPage(clinic, events)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.assessed, timeout=20_000):
        page.show()
    # The stalled files are read with the register, from the stored standings.
    assert page.year_model.rowCount() == 3
    qtmodeltester.check(page.stalled_model)
    assert page.stalled_stack.currentWidget() is page.stalled_table
    (stalled,) = page.stalled_model.rows
    assert stalled.ref == "H-45"
    assert stalled.desks == "WB-HOME"
    assert "WB-HOME has held it 100 days (expected 30)" in stalled.reason
    assert "(1)" in page.stalled_box.title()

    page.stalled_table.setCurrentIndex(page.stalled_view.index(0, 0))
    with qtbot.waitSignal(events.open_file) as opened:
        qtbot.keyClick(page.stalled_table, Qt.Key.Key_Enter)
    assert opened.args == ["H-45"]


def test_the_page_refreshes_when_files_change(qtbot: QtBot, clinic: Database) -> None:
    events = DataEvents()
    page = shown(qtbot, clinic, events)
    clinic.cases.add(held_past("H-800", 800))
    with qtbot.waitSignal(page.assessed, timeout=20_000):
        events.files_changed("H-800")
    assert page.count_labels[Status.SENTENCE_COMPLETED].text() == "7"
    assert page.year_view.index(0, 0).data() == "H-800"
    assert page.histogram.bars[-1].count == 2


def test_a_hidden_page_waits_until_it_is_shown(qtbot: QtBot, clinic: Database) -> None:
    events = DataEvents()
    page = OverviewPage(clinic, events)
    qtbot.addWidget(page)
    events.files_changed()
    assert page.loading is None
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert page.count_labels[Status.SERVING].text() == "1"
