"""Dates between Python and Qt, shown in the user's locale (DESIGN.md: stored as ISO dates,
shown with QLocale)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit


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


def date_edit(
    day: date, *, earliest: date | None = None, latest: date | None = None, name: str = ""
) -> QDateEdit:
    """A date field with a calendar, entered and shown as an ISO date, within the bounds the
    services accept (e.g. nothing recorded in the future)."""
    edit = QDateEdit(as_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if earliest is not None:
        edit.setMinimumDate(as_qdate(earliest))
    if latest is not None:
        edit.setMaximumDate(as_qdate(latest))
    if name:
        edit.setAccessibleName(name)
    return edit
