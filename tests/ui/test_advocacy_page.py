"""The Advocacy page: the pack's tables on screen, anonymised, and saved as CSV or PDF."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from repatriate.domain.desks import MovementKind
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.domain.release import release_due
from repatriate.services.database import Database
from repatriate.ui.advocacy_page import AdvocacyPage
from repatriate.ui.events import DataEvents
from repatriate.ui.main_window import MainWindow

TODAY = date.today()
SENTENCE = Sentence(years=1)


def held_past(ref: str, days: int) -> PrisonerFile:
    """Someone still held `days` past the release date (as of today)."""
    conviction = TODAY - timedelta(days=days + 365)
    while (TODAY - release_due(conviction, SENTENCE)).days != days:
        conviction += timedelta(days=(TODAY - release_due(conviction, SENTENCE)).days - days)
    return PrisonerFile(
        ref=ref,
        name=f"Person {ref}",
        prisoner_number=f"UT/{ref}",
        claimed_nationality="BD",
        state="West Bengal",
        prison="Dum Dum Central Correctional Home",
        conviction_date=conviction,
        sentence=SENTENCE,
        status=Status.SENTENCE_COMPLETED,
    )


def shown(page: AdvocacyPage, name: str) -> list[list[str]]:
    model = page.tables[name].model()
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_page_shows_the_tables_without_names(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    for ref, days in (("H-30", 30), ("H-200", 200), ("H-400", 400)):
        db.cases.add(held_past(ref, days))
    db.movements.move("H-30", "MHA-FD", on=TODAY - timedelta(days=20))
    db.movements.move(
        "H-30",
        "MHA-FD",
        kind=MovementKind.RETURNED,
        on=TODAY - timedelta(days=10),
        note="[photo] photo unclear: face not visible",
    )
    page = AdvocacyPage(db, DataEvents())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
    assert "3 held past their release date" in page.summary.text()
    assert shown(page, "bands") == [["BD", "West Bengal", "(none)", "1", "0", "1", "1", "3"]]
    assert [row[0] for row in shown(page, "longest")] == ["H-400", "H-200", "H-30"]
    assert ["MHA-FD", "1", "10", "10", "1"] in shown(page, "desks")
    assert ["photo unclear", "1", "1"] in shown(page, "obstacles")
    assert shown(page, "quarters")[-1][2] == "3"
    everything = str([shown(page, name) for name in page.tables])
    assert "Person" not in everything and "UT/" not in everything

    target = tmp_path / "pack.csv"
    page.with_names.setChecked(True)
    with qtbot.waitSignal(page.saved, timeout=20_000):
        page.save(target, pdf=False)
    assert "H-400,BD,West Bengal," in target.read_text(encoding="utf-8")
    assert ",Person H-400,UT/H-400\n" in target.read_text(encoding="utf-8")


def test_the_window_has_the_page(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.advocacy in [page for _, page in window.pages]
    window.show_page(window.advocacy)
    assert window.page_name() == "advocacy"


def test_a_return_s_reason_starts_with_the_obstacle_chosen(qtbot: QtBot, db: Database) -> None:
    from repatriate.ui.chain_panel import ChainPanel

    panel = ChainPanel(db)
    qtbot.addWidget(panel)
    # Turned off for anything but a return (the panel itself waits for a file).
    turned_off = Qt.WidgetAttribute.WA_ForceDisabled
    panel.kind.show_value(MovementKind.SENT)
    assert panel.obstacle.testAttribute(turned_off)
    panel.kind.show_value(MovementKind.RETURNED)
    assert not panel.obstacle.testAttribute(turned_off)
    panel.note.setText("village not named")
    panel._obstacle_chosen("[address] address incomplete")
    assert panel.note.text() == "[address] address incomplete: village not named"
    # Another choice replaces the first rather than piling up.
    panel._obstacle_chosen("[photo] photo unclear")
    assert panel.note.text() == "[photo] photo unclear: village not named"
