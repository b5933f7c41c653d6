"""Dates between Python and Qt, shown in the user's locale (DESIGN.md: stored as ISO dates,
shown with QLocale)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def as_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def as_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def short_date(day: date | None) -> str:
    """The day in the locale's short format; "" for no date."""
    if day is None:
        return ""
    return QLocale().toString(as_qdate(day), QLocale.FormatType.ShortFormat)


def long_date(day: date) -> str:
    return QLocale().toString(as_qdate(day), QLocale.FormatType.LongFormat)
