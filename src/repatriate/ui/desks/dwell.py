"""How long each desk holds files: the dwell table's columns."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from repatriate.domain.dwell import DeskDwell
from repatriate.ui.language import number
from repatriate.ui.tables import Column

DWELL_COLUMNS = (
    "desk",
    "name",
    "median",
    "p90",
    "holds",
    "returns",
    "comebacks",
    "held_now",
    "stalled_now",
)
MEDIAN_COLUMN = DWELL_COLUMNS.index("median")


def days_text(days: float | None) -> str:
    if days is None:
        return ""
    return f"{days:,.0f}" if days == int(days) else f"{days:,.1f}"


def dwell_columns(names: dict[str, str]) -> list[Column[DeskDwell]]:
    """The dwell figures' columns, in the order of `DWELL_COLUMNS`; `names` are the desks' names
    by code."""

    def days(title: str, value: Callable[[DeskDwell], float | None], tip: str) -> Column[DeskDwell]:
        return Column(
            title,
            lambda figure: days_text(value(figure)),
            sort_key=lambda figure: -1.0 if value(figure) is None else value(figure) or 0.0,
            numeric=True,
            header_tip=tip,
        )

    def count(title: str, name: str, tip: str) -> Column[DeskDwell]:
        return Column(
            title,
            lambda figure: number(getattr(figure, name)),
            sort_key=lambda figure: int(getattr(figure, name)),
            numeric=True,
            header_tip=tip,
            alert=(lambda figure: bool(figure.stalled_now)) if name == "stalled_now" else None,
        )

    return [
        Column(QCoreApplication.translate("DesksPage", "Code"), lambda figure: figure.desk),
        Column(
            QCoreApplication.translate("DesksPage", "Desk"),
            lambda figure: names.get(figure.desk, ""),
        ),
        days(
            QCoreApplication.translate("DesksPage", "Median\ndays"),
            lambda figure: figure.median_days,
            QCoreApplication.translate(
                "DesksPage", "Half the times the desk had a file, it held it longer than this"
            ),
        ),
        days(
            QCoreApplication.translate("DesksPage", "90th pct.\ndays"),
            lambda figure: figure.p90_days,
            QCoreApplication.translate(
                "DesksPage",
                "90th percentile: one time in ten, the desk held a file longer than this",
            ),
        ),
        count(
            QCoreApplication.translate("DesksPage", "Times\nheld"),
            "holds",
            QCoreApplication.translate(
                "DesksPage", "Times the desk had a file, finished or still open"
            ),
        ),
        count(
            QCoreApplication.translate("DesksPage", "Returned"),
            "returns",
            QCoreApplication.translate("DesksPage", "Times it sent a file back with an objection"),
        ),
        count(
            QCoreApplication.translate("DesksPage", "Came\nback"),
            "comebacks",
            QCoreApplication.translate(
                "DesksPage", "Times a file came back to it after it had let the file go"
            ),
        ),
        count(
            QCoreApplication.translate("DesksPage", "Held\nnow"),
            "held_now",
            QCoreApplication.translate("DesksPage", "Files it holds now"),
        ),
        count(
            QCoreApplication.translate("DesksPage", "Stalled\nnow"),
            "stalled_now",
            QCoreApplication.translate(
                "DesksPage", "Files it holds now for longer than its expected time"
            ),
        ),
    ]
