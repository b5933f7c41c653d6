"""The inputs of the file editor's forms: an optional date typed as an ISO date, a country by
code or name, a choice among an enumeration's values, an estimated age; and the scroll area a
section of inputs sits in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import Enum
from functools import cache

import pycountry
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from repatriate.services.codes import country_code, country_name
from repatriate.ui.words import word


class DateInput(QLineEdit):
    """An optional date, typed as YYYY-MM-DD (what courts and prisons write is copied in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(QCoreApplication.translate("FileEditor", "YYYY-MM-DD"))
        self.setToolTip(
            QCoreApplication.translate(
                "FileEditor", "A date as year-month-day, e.g. 2024-03-14; empty if not known"
            )
        )

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                QCoreApplication.translate("FileEditor", "not a date: write it as YYYY-MM-DD")
            ) from None

    def show_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")


class CountryInput(QLineEdit):
    """A country by ISO code or English name; the name is shown beside the code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            QCoreApplication.translate("FileEditor", "code or name, e.g. BD or Bangladesh")
        )
        self.hint = QLabel()
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.textChanged.connect(self._show_name)
        self.editingFinished.connect(self._to_code)

    def value(self) -> str | None:
        text = self.text().strip()
        if not text:
            return None
        return country_code(text)

    def show_value(self, value: str | None) -> None:
        self.setText(value or "")

    def _show_name(self) -> None:
        try:
            code = self.value()
        except ValueError:
            code = None
        self.hint.setText(country_name(code) if code else "")

    def _to_code(self) -> None:
        # Names are resolved to the code when the caseworker leaves the field, so that what is
        # saved is what is shown.
        try:
            code = self.value()
        except ValueError:
            return
        if code and code != self.text():
            self.setText(code)


class Choice(QComboBox):
    """One of an enumeration's values, or nothing recorded."""

    def __init__(self, values: Sequence[tuple[str, object]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The values stay in Python: Qt would hand a StrEnum member back as a plain str.
        self.values = [value for _, value in values]
        self.addItems([text for text, _ in values])

    @classmethod
    def of(cls, enum: type[Enum], empty: str) -> Choice:
        return cls([(empty, None), *((word(m), m) for m in enum)])

    def value(self) -> object:
        return self.values[self.currentIndex()] if self.currentIndex() >= 0 else None

    def show_value(self, value: object) -> None:
        found = next((i for i, v in enumerate(self.values) if v is value or v == value), 0)
        self.setCurrentIndex(found)


class AgeInput(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, 120)
        self.setSpecialValueText(QCoreApplication.translate("FileEditor", "not estimated"))

    def value_or_none(self) -> int | None:
        return None if self.value() < 0 else self.value()


def typed_text(widget: QWidget) -> str:
    """What the caseworker typed into an input, to name it in an error line."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return ""


@cache
def country_names() -> list[str]:
    """Every country's name, for the completer of country inputs."""
    return sorted({country_name(str(c.alpha_2)) for c in pycountry.countries})


def scroll(page: QWidget) -> QScrollArea:
    """A section in a scroll area, so that long translations and small screens still fit."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    return area
