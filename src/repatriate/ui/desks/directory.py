"""The desk directory's columns: every desk with its contacts and the officer on it today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from repatriate.domain.desks import Desk
from repatriate.services.codes import country_name
from repatriate.ui.desks import tr
from repatriate.ui.tables import Column


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
        Column(tr("Code"), plain("code")),
        Column(tr("Name"), plain("name"), tooltip=notes),
        Column(tr("Organisation"), plain("organisation"), tooltip=notes),
        Column(tr("Role"), lambda desk: desk.role.value),
        Column(
            tr("Country"),
            plain("country"),
            tooltip=lambda desk: country_name(desk.country) if desk.country else "",
        ),
        Column(tr("State"), plain("state")),
        Column(tr("City"), plain("city")),
        Column(tr("Phone"), plain("phone")),
        Column(tr("E-mail"), plain("email")),
        Column(
            tr("Expected days"),
            lambda desk: str(desk.expected_days),
            sort_key=lambda desk: desk.expected_days,
            numeric=True,
        ),
        Column(tr("Current officer"), lambda desk: current_officer(desk, today)),
    ]
