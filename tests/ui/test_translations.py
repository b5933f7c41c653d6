"""The window's translations: in step with its strings, compiled, chosen by the setting, and
numbers and dates written in the digits asked for."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from repatriate.domain.desks import MovementKind, Role, Via
from repatriate.domain.errors import InvalidInput
from repatriate.domain.followups import ActivityKind, FollowUpKind, Lever
from repatriate.domain.orders import Authority
from repatriate.domain.prisoner import (
    Category,
    ConsularAccess,
    DocumentHolder,
    PrisonerFile,
    ReferralSource,
    Sex,
    Status,
    TransferConsent,
)
from repatriate.domain.travel import TravelDocumentKind
from repatriate.services.database import Database
from repatriate.ui import language, words
from repatriate.ui.dates import long_date, short_date
from repatriate.ui.events import DataEvents
from repatriate.ui.files_page import FilesPage
from repatriate.ui.overview_page import OverviewPage
from repatriate.ui.week.agenda import AgendaWords
from repatriate.ui.week.page import WeekPage

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TOOLS = Path(sys.executable).parent
SOURCES = [
    *sorted(str(p) for p in (ROOT / "src" / "repatriate" / "ui").rglob("*.py")),
    *sorted(str(p) for p in (ROOT / "forms").glob("*.ui")),
]
SHIPPED = sorted(FOLDER.glob("repatriate_*.ts"))


def code_of(ts: Path) -> str:
    return ts.stem.removeprefix("repatriate_")


@pytest.mark.parametrize("ts", SHIPPED, ids=code_of)
def test_each_translation_holds_every_string_of_the_window(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *("-silent", "-no-obsolete", "-locations", "none"),
            *("-target-language", code_of(ts), *SOURCES, "-ts", str(fresh)),
        ],
        check=True,
    )
    assert fresh.read_text(encoding="utf-8") == ts.read_text(encoding="utf-8"), (
        f"{ts.name} is out of step with the window's strings: run scripts/translations"
    )


@pytest.mark.parametrize("ts", SHIPPED, ids=code_of)
def test_each_compiled_translation_is_current(ts: Path, tmp_path: Path) -> None:
    compiled = tmp_path / f"{ts.stem}.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(compiled)], check=True
    )
    shipped = ts.with_suffix(".qm")
    assert shipped.exists() and shipped.read_bytes() == compiled.read_bytes(), (
        f"{shipped.name} is stale: run scripts/translations"
    )


def test_the_language_is_a_setting_named_when_wrong(db: Database) -> None:
    assert db.settings.language() == "system"
    db.settings.set("language", "pt-BR")
    assert db.settings.language() == "pt_BR"
    assert ("language", "pt_BR") in db.settings.shown()
    with pytest.raises(InvalidInput) as refused:
        db.settings.set("language", "klingon")
    assert str(refused.value.errors[0]).startswith("language: klingon: must be one of system, en")
    db.settings.set("native_digits", "yes")
    assert db.settings.native_digits()


@pytest.fixture
def application(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    yield qapp
    language.install(qapp, "en")
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize(
    ("code", "native", "number", "day"),
    [
        ("en", False, "1,234,567", "2026-03-05"),
        ("bn", False, "12,34,567", "2026-03-05"),
        ("bn", True, "১২,৩৪,৫৬৭", "২০২৬-০৩-০৫"),
        ("hi", True, "१२,३४,५६७", "२०२६-०३-०५"),
        ("ne", False, "12,34,567", "2026-03-05"),
        ("ur", True, "۱,۲۳۴,۵۶۷", "۲۰۲۶-۰۳-۰۵"),
        ("es", True, "1.234.567", "2026-03-05"),
    ],
)
def test_numbers_and_dates_in_the_digits_asked_for(
    application: QApplication, code: str, native: bool, number: str, day: str
) -> None:
    language.install(application, code, native_digits=native)
    assert language.number(1_234_567) == number
    assert short_date(date(2026, 3, 5)) == day
    # Qt's own number fields (thresholds, sentence years) write 0-9 unless the language's own
    # digits are asked for and its locale has them (Bengali and Nepali do; Qt's Hindi and
    # Urdu write 0-9).
    spin = QSpinBox()
    spin.setRange(0, 1000)
    spin.setValue(180)
    assert spin.text() == ("১৮০" if (code, native) == ("bn", True) else "180")


def test_bengali_long_dates_keep_bengali_months_in_latin_digits(
    application: QApplication,
) -> None:
    language.install(application, "bn", native_digits=False)
    assert long_date(date(2026, 3, 5)) == "5 মার্চ, 2026"
    language.install(application, "bn", native_digits=True)
    assert long_date(date(2026, 3, 5)) == "৫ মার্চ, ২০২৬"


def test_urdu_lays_the_window_out_right_to_left(application: QApplication) -> None:
    language.install(application, "ur")
    assert application.layoutDirection() == Qt.LayoutDirection.RightToLeft
    language.install(application, "bn")
    assert application.layoutDirection() == Qt.LayoutDirection.LeftToRight


def files_page_count(qtbot: QtBot, db: Database) -> str:
    page = FilesPage(db, DataEvents())
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.assessed, timeout=20_000):
        page.show()
    return page.count.text()


def test_counts_say_one_file_and_two_files(
    application: QApplication, qtbot: QtBot, db: Database
) -> None:
    language.install(application, "en")
    db.cases.add(PrisonerFile(ref="P-1", name="Rahim Uddin"))
    assert files_page_count(qtbot, db) == "1 file"
    db.cases.add(PrisonerFile(ref="P-2", name="Salma Begum"))
    assert files_page_count(qtbot, db) == "2 files"
    week = WeekPage(db, DataEvents())
    qtbot.addWidget(week)
    assert [week.words.count_text(n) for n in (1, 2, 1234)] == [
        "1 follow-up",
        "2 follow-ups",
        "1,234 follow-ups",
    ]


def test_counts_are_grouped_and_written_in_the_digits_asked_for(
    application: QApplication, qtbot: QtBot, db: Database
) -> None:
    language.install(application, "bn", native_digits=True)
    week = WeekPage(db, DataEvents())
    qtbot.addWidget(week)
    assert "১২,৩৪,৫৬৭" in week.words.count_text(1_234_567)


def test_a_range_of_days_reads_low_to_high_in_urdu(
    application: QApplication, qtbot: QtBot, db: Database
) -> None:
    language.install(application, "ur")
    page = OverviewPage(db, DataEvents())
    qtbot.addWidget(page)
    label = page._bucket_label(181, 365)
    # The numbers sit in a left-to-right isolate: a right-to-left line keeps 181 before 365.
    assert "\N{LEFT-TO-RIGHT ISOLATE}181\N{EN DASH}365\N{POP DIRECTIONAL ISOLATE}" in label
    layout = QTextLayout(label, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1000)
    layout.endLayout()
    # Where the cursor stands after each number's first digit (inside the number, not at an
    # edge, which a change of direction makes ambiguous).
    low = line.cursorToX(label.index("181") + 1)[0]
    high = line.cursorToX(label.index("365") + 1)[0]
    assert low < high, "181 must stand left of 365, as a range of numbers is read"


@pytest.mark.parametrize("code", language.TRANSLATED)
def test_every_language_translates_every_string(code: str) -> None:
    ts = FOLDER / f"repatriate_{code}.ts"
    unfinished = [source for source, _, waiting in _messages(ts) if waiting]
    assert unfinished == [], f"{len(unfinished)} strings not translated into {code}"


@pytest.mark.parametrize(
    ("code", "one", "two", "day"),
    [
        ("bn", "1 টি ফলো-আপ", "2 টি ফলো-আপ", "5 মার্চ, 2026"),
        ("hi", "1 फ़ॉलो-अप", "2 फ़ॉलो-अप", "5 मार्च 2026"),
        ("ne", "1 ताकेता", "2 ताकेता", "2026 मार्च 5"),
        ("ur", "1 فالو اپ", "2 فالو اپ", "5 مارچ، 2026"),
        ("es", "1 seguimiento", "2 seguimientos", "5 de marzo de 2026"),
        ("pt_BR", "1 acompanhamento", "2 acompanhamentos", "5 de março de 2026"),
    ],
)
def test_a_plural_and_a_date_in_each_language(
    application: QApplication, code: str, one: str, two: str, day: str
) -> None:
    language.install(application, code)
    words = AgendaWords(None)
    assert (words.count_text(1), words.count_text(2)) == (one, two)
    assert long_date(date(2026, 3, 5)) == day


TRANSLATED_FILES = [ts for ts in SHIPPED if code_of(ts) != "en"]
_PLACES = re.compile(r"%L?n|%\d|<[^>]+>|&[a-z]+;")


def _messages(ts: Path) -> Iterator[tuple[str, list[str], bool]]:
    for message in ElementTree.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        yield source, forms, translation.get("type") == "unfinished"


@pytest.mark.parametrize("ts", TRANSLATED_FILES, ids=code_of)
def test_translations_keep_every_placeholder_and_tag(ts: Path) -> None:
    """A translation that loses a %1 or a <b> shows the caseworker a wrong or broken text."""
    wrong = []
    for source, forms, unfinished in _messages(ts):
        if unfinished:
            continue
        wanted = sorted(set(_PLACES.findall(source)) - {"%n", "%Ln"})
        for form in forms:
            if sorted(set(_PLACES.findall(form)) - {"%n", "%Ln"}) != wanted:
                wrong.append(f"{source!r} -> {form!r}")
            if form.count("&") - form.count("&amp;") - len(re.findall("&[a-z]+;", form)) > 1:
                wrong.append(f"{form!r}: more than one keyboard accelerator")
    assert wrong == []


def test_every_recorded_value_the_window_shows_is_marked_for_translation() -> None:
    shown = (
        Status,
        Category,
        Sex,
        DocumentHolder,
        ConsularAccess,
        TransferConsent,
        ReferralSource,
        TravelDocumentKind,
        Role,
        MovementKind,
        Via,
        Authority,
        ActivityKind,
        Lever,
        FollowUpKind,
    )
    values = {str(member.value) for kind in shown for member in kind}
    assert values - set(words.MARKED) == set()


def test_a_recorded_value_is_shown_in_the_window_s_language(application: QApplication) -> None:
    language.install(application, "es")
    assert words.word(Status.UNDER_TRIAL) not in ("", "under trial")
    language.install(application, "en")
    assert words.word(Status.UNDER_TRIAL) == "under trial"
    assert words.word(None, "not recorded") == "not recorded"
