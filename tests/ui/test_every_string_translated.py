"""Every word the window shows goes through its translation: with a translation that marks
each string (⟦…⟧), no page, dialog, menu, header or tooltip still shows an English source
string. The string a translator sees in Qt Linguist is the one the window asks for."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from repatriate.services.database import Database
from repatriate.ui import language, tasks
from repatriate.ui.import_dialog import ImportDialog
from repatriate.ui.inputs import Choice
from repatriate.ui.main_window import MainWindow
from repatriate.ui.print_dialog import PrintDialog

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "resources" / "translations" / "repatriate_en.ts"
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%L?[0-9n]")


def marked(source: str) -> str:
    return f"⟦{source}⟧"


def sources() -> list[str]:
    return [m.findtext("source") or "" for m in ET.parse(ENGLISH).getroot().iter("message")]


@pytest.fixture
def marking(qapp: QApplication, tmp_path: Path) -> Iterator[QTranslator]:
    """A translator in which every string of the window reads ⟦source⟧."""
    tree = ET.parse(ENGLISH)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                form.text = marked(source)
        else:
            translation.text = marked(source)
    ts = tmp_path / "marked.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = tmp_path / "marked.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    before = QLocale()
    language.install(qapp, "en")
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def shown_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a caseworker can read on `top` and its children."""
    yield f"{type(top).__name__} title", top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        where = type(widget).__name__
        yield f"{where} tooltip", widget.toolTip()
        if isinstance(widget, QAbstractButton) and standard_button(widget):
            continue  # Qt's own words, translated by Qt's translations
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QMenu):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{where} tab", widget.tabText(i)
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                # A file's recorded values (an enumeration's words) are data, not the window's.
                if not (isinstance(widget, Choice) and isinstance(widget.values[i], Enum)):
                    yield f"{where} item", widget.itemText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield f"{where} item", widget.item(i).text()
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            for column in range(widget.count()):
                yield (
                    f"{where}",
                    str(widget.model().headerData(column, Qt.Orientation.Horizontal) or ""),
                )
    for action in top.findChildren(QAction):
        yield "action", action.text()
        yield "action tooltip", action.toolTip() if action.toolTip() != action.text() else ""


def standard_button(button: QAbstractButton) -> bool:
    box = button.parent()
    return isinstance(box, QDialogButtonBox) and box.standardButton(button) != (
        QDialogButtonBox.StandardButton.NoButton
    )


def pattern(source: str) -> re.Pattern[str] | None:
    """What `source` looks like on screen with its %1… filled in; None if it has no words."""
    if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", source)):
        return None
    parts = PLACEHOLDER.split(source)
    return re.compile(
        "".join(re.escape(part) for part in parts[:1])
        + "".join(".+?" + re.escape(part) for part in parts[1:])
        + r"\Z",
        re.DOTALL,
    )


def untranslated(texts: list[tuple[str, str]]) -> list[str]:
    exact = set(sources())
    patterns = [p for s in exact if PLACEHOLDER.search(s) and (p := pattern(s)) is not None]
    missed = set()
    for where, text in texts:
        if not text or "⟦" in text:
            continue
        if text in exact or any(p.match(text) for p in patterns):
            missed.add(f"{where}: {text!r}")
    return sorted(missed)


def test_every_page_and_dialog_shows_only_translated_strings(
    qtbot: QtBot, db: Database, marking: QTranslator
) -> None:
    refs = db.demo.fill(40)
    window = MainWindow(db)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.files.loaded, timeout=20_000):
        window.show()
    texts: list[tuple[str, str]] = []
    for _title, page in window.pages:
        window.show_page(page)
        qtbot.wait(50)
        for loading in (getattr(page, "loading", None),):
            if loading is not None:
                tasks.wait(loading)
        qtbot.wait(50)
        texts += shown_texts(window)
    window.open_file(refs[0])
    editor_tabs = window.editor.findChildren(QTabWidget)
    for tabs in editor_tabs:
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            qtbot.wait(10)
            texts += shown_texts(window)
    for dialog in (
        PrintDialog(db, window.events, window, ref=refs[0]),
        PrintDialog(db, window.events, window),
        ImportDialog(db, window.events, window),
        window.show_backups(),
        window.show_audit(),
    ):
        dialog.show()
        qtbot.wait(10)
        texts += shown_texts(dialog)
        dialog.close()
    missed = untranslated(texts)
    assert not missed, f"{len(missed)} strings shown untranslated:\n" + "\n".join(missed)


def test_the_check_finds_a_string_left_untranslated(
    qtbot: QtBot, db: Database, marking: QTranslator
) -> None:
    label = QLabel("Embassy &batch…")
    qtbot.addWidget(label)
    assert untranslated(list(shown_texts(label))) == ["QLabel: 'Embassy &batch…'"]
