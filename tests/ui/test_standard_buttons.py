"""A dialog's standard buttons (OK, Cancel, Yes, No...) speak the window's language, also in
the languages Qt itself ships no translation for."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from repatriate.ui import language
from repatriate.ui.standard_buttons import BUTTONS

OWN_SCRIPTS = ("bn", "hi", "ne", "ur")
"""The languages Qt ships no translation for, written in scripts where no button's word can
stay as the English one (Spanish keeps "No", Portuguese "OK": their files are checked by
tests/ui/test_translations.py like every other message)."""
Button = QDialogButtonBox.StandardButton


@pytest.fixture
def english_afterwards(qapp: QApplication) -> object:
    yield
    language.install(qapp, "en")


@pytest.mark.parametrize("code", OWN_SCRIPTS)
def test_every_standard_button_is_in_the_window_s_language(
    qapp: QApplication, code: str, english_afterwards: object
) -> None:
    language.install(qapp, code)
    every = Button.NoButton
    for name, button in Button.__members__.items():
        if name not in ("NoButton", "FirstButton", "LastButton", "Default", "Escape"):
            every |= button
    box = QDialogButtonBox(every)
    shown = [b.text() for b in box.buttons()]
    assert len(shown) == len(BUTTONS)
    english = [text for text in shown if text in BUTTONS]
    assert english == [], f"{code}: still in English: {english}"
