"""The window's tests read it in English as a caseworker does: with its English translation
installed, which gives the plurals their forms ("1 file", "2 files")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from repatriate.ui import language


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> None:
    language.install(qapp, "en")
