"""The statutory clocks of resources/data/deadlines.json, and their due dates at an office."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import cache
from types import MappingProxyType

from repatriate.domain.deadlines import Clock, Deadline, deadline, office_calendar
from repatriate.domain.errors import FieldError, InvalidInput, RepatriateError
from repatriate.resource_files import resource


@cache
def clocks() -> Mapping[str, Clock]:
    """Every clock by its code, as the clinic's copy of the list says (editable)."""
    path = resource("data", "deadlines.json")
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["clocks"]
        found = {}
        for entry in entries:
            fixed = tuple((int(text[:2]), int(text[3:])) for text in entry.get("fixed_dates", ()))
            clock = Clock(
                code=str(entry["code"]),
                name=str(entry["name"]),
                counted_from=str(entry["counted_from"]),
                source=str(entry["source"]),
                days=int(entry.get("days", 0)),
                months=int(entry.get("months", 0)),
                fixed_dates=fixed,
                countries=frozenset(entry.get("countries", ())),
            )
            if clock.days < 0 or clock.months < 0 or not (clock.days or clock.months or fixed):
                raise ValueError(f"{clock.code}: give days, months or fixed_dates, none below 0")
            for month, day in fixed:
                date(2000, month, day)  # refuses 02-30, 13-01
            found[clock.code] = clock
        return MappingProxyType(found)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise RepatriateError(f"{path}: cannot read the statutory clocks ({exc})") from None


def due(code: str, start: date, country: str = "IN", state: str | None = None) -> Deadline:
    """When the act of clock `code`, counted from `start`, is due at an office in `country`
    (and `state`), moved past the days it is closed."""
    clock = clocks().get(code)
    if clock is None:
        raise InvalidInput([FieldError("clock", code, "must be one of " + ", ".join(clocks()))])
    try:
        return deadline(clock, start, office_calendar(country, state))
    except ValueError as exc:
        raise InvalidInput([FieldError("date", start.isoformat(), str(exc))]) from None
