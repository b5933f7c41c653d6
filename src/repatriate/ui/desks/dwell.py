"""How long each desk holds files: the dwell table's columns."""

from __future__ import annotations

from collections.abc import Callable

from repatriate.domain.dwell import DeskDwell
from repatriate.ui.desks import tr
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
            lambda figure: f"{getattr(figure, name):,}",
            sort_key=lambda figure: int(getattr(figure, name)),
            numeric=True,
            header_tip=tip,
            alert=(lambda figure: bool(figure.stalled_now)) if name == "stalled_now" else None,
        )

    return [
        Column(tr("Code"), lambda figure: figure.desk),
        Column(tr("Desk"), lambda figure: names.get(figure.desk, "")),
        days(
            tr("Median\ndays"),
            lambda figure: figure.median_days,
            tr("Half the times the desk had a file, it held it longer than this"),
        ),
        days(
            tr("90th pct.\ndays"),
            lambda figure: figure.p90_days,
            tr("90th percentile: one time in ten, the desk held a file longer than this"),
        ),
        count(tr("Times\nheld"), "holds", tr("Times the desk had a file, finished or still open")),
        count(tr("Returned"), "returns", tr("Times it sent a file back with an objection")),
        count(
            tr("Came\nback"),
            "comebacks",
            tr("Times a file came back to it after it had let the file go"),
        ),
        count(tr("Held\nnow"), "held_now", tr("Files it holds now")),
        count(
            tr("Stalled\nnow"),
            "stalled_now",
            tr("Files it holds now for longer than its expected time"),
        ),
    ]
