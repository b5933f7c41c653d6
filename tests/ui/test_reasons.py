"""Why a flag was raised, shown in the window's language: every sentence the domain composes is
marked for translation, translated at display, its numbers and dates written as the window
writes them."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

import repatriate.domain
from repatriate.domain import flags
from repatriate.domain.flags import Flag, Thresholds, raise_flags
from repatriate.domain.prisoner import PrisonerFile, Sentence, Status
from repatriate.domain.release import reckon
from repatriate.domain.wording import Wording, templates
from repatriate.ui import language
from repatriate.ui.reasons import said

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ROOT / "resources" / "translations" / "repatriate_en.ts"
TOOLS = Path(sys.executable).parent


def every_template() -> frozenset[str]:
    """Every sentence template the domain registers once each of its modules is imported."""
    for module in pkgutil.iter_modules(repatriate.domain.__path__):
        importlib.import_module(f"repatriate.domain.{module.name}")
    return templates()


def test_every_sentence_the_domain_composes_is_marked_for_translation() -> None:
    context = next(
        c
        for c in ElementTree.parse(ENGLISH).getroot().iter("context")
        if c.findtext("name") == "Reasons"
    )
    marked = {m.findtext("source"): m.get("numerus") == "yes" for m in context.iter("message")}
    wanted = every_template()
    assert len(wanted) > 40
    assert wanted - set(marked) == set(), "mark these in src/repatriate/ui/reasons.py"
    # A count's sentence has its plural forms ("1 day", "2 days").
    assert [t for t in wanted if "%Ln" in t and not marked[t]] == []


@pytest.fixture
def application(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    yield qapp
    language.install(qapp, "en")
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def held_without_consular_access() -> PrisonerFile:
    return PrisonerFile(
        ref="K-1",
        name="Salma Bibi",
        claimed_nationality="BD",
        court_nationality="MM",
        status=Status.UNDER_TRIAL,
        arrest_date=date(2025, 1, 10),
    )


def test_a_flag_s_reason_reads_in_english_as_the_command_line_prints_it() -> None:
    pf = held_without_consular_access()
    raised = raise_flags(pf, reckon(pf, date(2026, 3, 5)), Thresholds())
    shown = {r.flag: said(r.wording) for r in raised}
    # 10 January 2025 to 5 March 2026: 355 + 64 days.
    assert shown[Flag.NO_CONSULAR_ACCESS] == "none recorded in the 419 days since arrest"
    assert shown[Flag.POSSIBLE_MISIDENTIFICATION] == "claims BD, court recorded MM"
    assert all(shown[r.flag] == r.reason for r in raised)


def test_numbers_and_dates_in_a_reason_take_the_digits_asked_for(
    application: QApplication,
) -> None:
    language.install(application, "bn", native_digits=True)
    reason = Wording(flags.NOT_VERIFIED, (419, date(2026, 3, 5)))
    assert said(reason) == "সাজা শেষ হওয়ার ৪১৯ দিন পরেও যাচাই হয়নি (২০২৬-০৩-০৫)"
    # A name or a code keeps its letters and digits as recorded.
    assert said(Wording(flags.BOOK_NUMBER_ONLY, ("B123",))).startswith(
        "কেবল পাসপোর্ট বুক নম্বর B123 জানা"
    )


def test_a_reason_is_translated_with_its_values_and_plurals(
    application: QApplication, tmp_path: Path
) -> None:
    ts = tmp_path / "reasons_es.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Reasons</name>
    <message>
        <source>%1 has held it %2 days (expected %3)</source>
        <translation>%1 lo tiene desde hace %2 días (se esperaban %3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    qm = tmp_path / "reasons_es.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True
    )
    language.install(application, "es")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        stall = Wording(flags.HELD_AT_DESK, ("MHA-FD", 1046, 45))
        assert said(stall) == "MHA-FD lo tiene desde hace 1046 días (se esperaban 45)"
        assert str(stall) == "MHA-FD has held it 1046 days (expected 45)"
        assert said(Wording("%Ln day(s)", count=1)) == "1 día"
        assert said(Wording("%Ln day(s)", count=3)) == "3 días"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_release_date_working_reads_in_english_as_the_command_line_prints_it() -> None:
    pf = held_without_consular_access().replace(
        status=Status.SERVING,
        conviction_date=date(2025, 3, 31),
        sentence=Sentence(months=11, set_off_days=30, fine_default_days=10),
    )
    reckoning = reckon(pf, date(2026, 3, 5))
    shown = [said(step) for step in reckoning.step_wordings]
    # Arrested and convicted after 1 July 2024: the 2023 codes apply (BNSS, BNS).
    # 31 March 2025 + 11 months runs to the end of 28 February 2026 (February has no 31st),
    # so the term ends on 1 March: 335 days; less 30 set off, 305 days: 275 to the end of
    # 2025, 30 in 2026, so 30 January; 10 more days in default of the fine: 9 February.
    assert shown[:3] == [
        "conviction 2025-03-31 + 11m = 2026-03-01 (2026-02 has no day 31: to its last day)",
        "\N{MINUS SIGN} 30 days set-off (BNSS s.468) = 2026-01-30",
        "+ 10 days fine default (BNS s.8) = 2026-02-09",
    ]
    assert shown == list(reckoning.steps)
