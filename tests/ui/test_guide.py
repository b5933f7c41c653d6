"""The caseworker's guide: F1 opens it at the section of the page on screen, every picture it
shows is there, and Help > About says where the database and its backups are."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from repatriate import app
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.resource_files import resource
from repatriate.services.database import Database
from repatriate.ui.about import about_text
from repatriate.ui.bundle_offer import offer_bundle
from repatriate.ui.guide import SECTIONS, GuideWindow
from repatriate.ui.main_window import MainWindow

GUIDE = resource("guide", "index.html")


def a_file(ref: str) -> PrisonerFile:
    return PrisonerFile(
        ref=ref,
        name="Nur Alam",
        claimed_nationality="BD",
        conviction_date=date(2024, 1, 10),
        sentence=Sentence(years=1),
        status=Status.SENTENCE_COMPLETED,
    )


@pytest.fixture
def clinic(db: Database) -> Database:
    db.cases.add(a_file("K-1"))
    return db


def window_on(qtbot: QtBot, db: Database) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        window.show()
    return window


def press_f1(qtbot: QtBot, window: MainWindow) -> GuideWindow:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.guide is not None
    assert window.guide.isVisible()
    return window.guide


def test_f1_on_each_page_opens_the_guide_at_that_page(qtbot: QtBot, clinic: Database) -> None:
    window = window_on(qtbot, clinic)
    shown: list[tuple[str, int]] = []
    for number, anchor in enumerate(
        (
            "files-page",
            "week-page",
            "desks-page",
            "overview-page",
            "advocacy-page",
            "settings-page",
        ),
        start=1,
    ):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        guide = press_f1(qtbot, window)
        assert guide.section() == anchor
        shown.append((anchor, guide.browser.verticalScrollBar().value()))
    # Each section is scrolled to, further down the guide than the page before it.
    positions = [position for _, position in shown]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)
    assert positions[0] > 0


def test_f1_in_a_file_and_on_the_welcome_page(qtbot: QtBot, clinic: Database) -> None:
    window = window_on(qtbot, clinic)
    window.open_file("K-1")
    assert press_f1(qtbot, window).section() == "file-page"


def test_f1_on_the_welcome_page(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.stack.currentWidget() is window.welcome
    assert press_f1(qtbot, window).section() == "welcome"


def test_every_section_and_picture_the_guide_names_is_there() -> None:
    html = GUIDE.read_text(encoding="utf-8")
    anchors = set(re.findall(r'id="([^"]+)"', html))
    assert set(SECTIONS.values()) <= anchors
    for link in re.findall(r'href="#([^"]+)"', html):
        assert link in anchors, link
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) == 7
    for picture in pictures:
        path = GUIDE.parent / picture
        assert path.is_file(), picture
        assert path.read_bytes().startswith(b"\x89PNG"), picture


def test_about_names_the_database_its_backups_and_the_licences(clinic: Database) -> None:
    text = about_text(clinic)
    assert clinic.location in text
    assert str(Path(clinic.location).parent / "backups") in text
    assert "GPL-3.0-or-later" in text
    assert "SIL Open Font License" in text


def test_a_bundle_opened_from_the_file_manager_is_imported_when_agreed(
    qtbot: QtBot, clinic: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = tmp_path / "clinic.repatriate"
    clinic.bundles.export_bundle(bundle)
    new = Database.open(str(tmp_path / "new.sqlite3"))
    try:
        window = MainWindow(new)
        qtbot.addWidget(window)
        answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
        monkeypatch.setattr(QMessageBox, "question", lambda *_args: answers.pop(0))
        assert not offer_bundle(window, new, window.events, bundle)
        assert new.cases.count() == 0
        assert offer_bundle(window, new, window.events, bundle)
        assert new.cases.get("K-1").name == "Nur Alam"
    finally:
        new.close()


def test_a_bundle_given_alone_opens_the_window_to_offer_it(
    clinic: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The desktop entry runs `repatriate FILE.repatriate` when a bundle is double-clicked.
    offered: list[tuple[str, Path | None]] = []

    def window(db: Database, _argv: list[str], bundle: Path | None = None) -> int:
        offered.append((db.location, bundle))
        return 0

    monkeypatch.setattr("repatriate.ui.application.run_window", window)
    monkeypatch.setenv("REPATRIATE_DB", clinic.location)
    bundle = tmp_path / "clinic.repatriate"
    assert app.main([str(bundle)]) == 0
    assert offered == [(clinic.location, bundle)]
