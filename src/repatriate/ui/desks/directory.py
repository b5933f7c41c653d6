"""The desk directory's columns: every desk with its contacts and the officer on it today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from repatriate.domain.desks import Desk
from repatriate.services.codes import country_name
from repatriate.ui.tables import Column
from repatriate.ui.words import word


def current_officer(desk: Desk, today: date) -> str:
    officer = desk.officer_on(today)
    if officer is None:
        return ""
    return f"{officer.name}, {officer.title}" if officer.title else officer.name


DIRECTORY_COLUMNS = (
    "code",
    "name",
    "organisation",
    "role",
    "country",
    "state",
    "city",
    "phone",
    "email",
    "expected_days",
    "officer",
)


def directory_columns(today: date) -> list[Column[Desk]]:
    """The directory's columns, in the order of `DIRECTORY_COLUMNS`; the current officer is the
    one on the desk on `today`."""

    def plain(name: str) -> Callable[[Desk], str]:
        return lambda desk: str(getattr(desk, name))

    def notes(desk: Desk) -> str:
        # How the desk works (for a mission, what the case study says of it), on hover.
        return desk.notes

    return [
        Column(QCoreApplication.translate("DesksPage", "Code"), plain("code")),
        Column(QCoreApplication.translate("DesksPage", "Name"), plain("name"), tooltip=notes),
        Column(
            QCoreApplication.translate("DesksPage", "Organisation"),
            plain("organisation"),
            tooltip=notes,
        ),
        Column(QCoreApplication.translate("DesksPage", "Role"), lambda desk: word(desk.role)),
        Column(
            QCoreApplication.translate("DesksPage", "Country"),
            plain("country"),
            tooltip=lambda desk: country_name(desk.country) if desk.country else "",
        ),
        Column(QCoreApplication.translate("DesksPage", "State"), plain("state")),
        Column(QCoreApplication.translate("DesksPage", "City"), plain("city")),
        Column(QCoreApplication.translate("DesksPage", "Phone"), plain("phone")),
        Column(QCoreApplication.translate("DesksPage", "E-mail"), plain("email")),
        Column(
            QCoreApplication.translate("DesksPage", "Expected days"),
            lambda desk: str(desk.expected_days),
            sort_key=lambda desk: desk.expected_days,
            numeric=True,
        ),
        Column(
            QCoreApplication.translate("DesksPage", "Current officer"),
            lambda desk: current_officer(desk, today),
        ),
    ]
