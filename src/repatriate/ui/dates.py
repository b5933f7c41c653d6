"""Dates between Python and Qt, and the one place that says how a date is shown: as an ISO
date (the default) or in the locale's long form, with four-digit years either way (the
setting `date_format`). A locale's short form (5/3/25) is never used: day and month read
either way round, and a two-digit year hides a century."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from repatriate.ui.language import digits, language_locale


def as_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def as_date(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


_shown_as = {"format": "iso"}


def use_date_format(name: str) -> None:
    """`iso` or `long`, as the setting says; the pages show it when they next load."""
    _shown_as["format"] = "long" if name == "long" else "iso"


def date_format() -> str:
    return _shown_as["format"]


def long_form() -> str:
    """The locale's long date form without the weekday, with a four-digit year."""
    form = language_locale().dateFormat(QLocale.FormatType.LongFormat)
    form = re.sub(r"d{4}[^dMy']*", "", form).strip(" ,")
    if "yyyy" not in form:
        form = re.sub(r"y+", "yyyy", form)
    return form


def short_date(day: date | None) -> str:
    """The day as the setting says, for tables and lines of text; "" for no date."""
    if day is None:
        return ""
    if _shown_as["format"] == "long":
        return long_date(day)
    return digits(day.isoformat())


def long_date(day: date) -> str:
    """The day in the locale's long form (weekday left out), whatever the setting."""
    return digits(language_locale().toString(as_qdate(day), long_form()))


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
