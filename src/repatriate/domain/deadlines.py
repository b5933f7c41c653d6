"""Statutory clocks and their due dates, moved off the days an office is closed.

A clock (resources/data/deadlines.json, each with its source) runs from an event on a file: an
RTI application received, a reply due, an arrest, a sentence completed. The period leaves the
day of the event out (General Clauses Act 1897, s.9), and a due date that falls on a day the
office that must act is closed, a Sunday or a public holiday where it sits, moves to its next
working day (General Clauses Act 1897, s.10). Public holidays come from the `holidays`
package: India's and its state's for an Indian office, the home country's for an embassy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from dateutil.relativedelta import relativedelta

ClosedOn = Callable[[date], str | None]
"""Why an office is closed on a day ("Sunday", "Republic Day (India)"), or None if open."""

MAX_CLOSED_RUN = 31
"""More closed days in a row than any calendar has: a sign the calendar is wrong."""


@dataclass(frozen=True, slots=True)
class Clock:
    """A period the law gives an office to act in, counted from an event."""

    code: str
    name: str
    counted_from: str
    source: str
    days: int = 0
    months: int = 0
    fixed_dates: tuple[tuple[int, int], ...] = ()
    """(month, day) dates in each year, the next on or after the event (lists exchanged on
    1 January and 1 July)."""
    countries: frozenset[str] = field(default_factory=frozenset)
    """The nationalities the clock applies to; empty: everyone."""

    def applies_to(self, nationality: str | None) -> bool:
        return not self.countries or nationality in self.countries


@dataclass(frozen=True, slots=True)
class Deadline:
    """When an act is due: the end of the period, and the day it moves to if the office is
    closed then, with the reasons, so the working can be shown."""

    clock: Clock
    start: date
    period_ends: date
    due: date
    closed: tuple[tuple[date, str], ...] = ()
    """The closed days the due date moved over, each with why the office is closed."""

    def overdue(self, as_of: date) -> bool:
        return as_of > self.due

    @property
    def working(self) -> tuple[str, ...]:
        """The computation in words, one step per line, with the law it follows."""
        steps = [f"{self.clock.name}: {self._period()} ({self.start})"]
        steps.append(f"= {self.period_ends} ({self.clock.source})")
        for day, why in self.closed:
            steps.append(f"{day}: the office is closed ({why}); the act is due the next day")
        if self.closed:
            steps.append(f"due {self.due}, the next working day (General Clauses Act 1897, s.10)")
        return tuple(steps)

    def _period(self) -> str:
        clock = self.clock
        if clock.fixed_dates:
            days = " or ".join(f"{d} {date(2000, m, d):%B}" for m, d in clock.fixed_dates)
            return f"the next {days} on or after {clock.counted_from}"
        length = f"{clock.months} month" if clock.months else f"{clock.days} day"
        many = clock.months if clock.months else clock.days
        return f"{length}{'' if many == 1 else 's'} from {clock.counted_from}"


def period_end(clock: Clock, start: date) -> date:
    """The last day of the period: the day of the event left out (General Clauses Act, s.9),
    a month without the day ending on its last day."""
    if clock.fixed_dates:
        for year in (start.year, start.year + 1):
            for month, day in sorted(clock.fixed_dates):
                candidate = date(year, month, day)
                if candidate >= start:
                    return candidate
        raise ValueError(f"{clock.code}: no fixed date after {start}")
    return start + relativedelta(months=clock.months, days=clock.days)


def deadline(clock: Clock, start: date, closed_on: ClosedOn) -> Deadline:
    """When the act the clock measures is due, counted from `start` at an office that is
    closed on the days `closed_on` names."""
    try:
        end = period_end(clock, start)
    except OverflowError:
        raise ValueError(f"{clock.code}: the period runs past the year 9999") from None
    due = end
    moved: list[tuple[date, str]] = []
    while (why := closed_on(due)) is not None:
        moved.append((due, why))
        if len(moved) > MAX_CLOSED_RUN:
            raise ValueError(f"{clock.code}: the office is closed every day from {end}")
        try:
            due += timedelta(days=1)
        except OverflowError:
            raise ValueError(f"{clock.code}: the period runs past the year 9999") from None
    return Deadline(clock, start, end, due, tuple(moved))


def office_calendar(country: str, subdivision: str | None = None) -> ClosedOn:
    """The days an office in `country` (and its state or province, where the `holidays`
    package knows it) is closed: Sundays and public holidays."""
    return _calendar(country.upper(), (subdivision or "").upper() or None)


@cache
def _calendar(country: str, subdivision: str | None) -> ClosedOn:
    import holidays

    place = country
    try:
        known = holidays.country_holidays(country)
        if subdivision is not None:
            # A state named in full ("West Bengal", as the desk directory writes it) or by
            # its code ("WB").
            aliases = {
                name.upper(): code
                for name, code in getattr(known, "subdivisions_aliases", {}).items()
            }
            subdivision = aliases.get(subdivision, subdivision)
        if subdivision is not None and subdivision in known.subdivisions:
            known = holidays.country_holidays(country, subdiv=subdivision)
            place = f"{country}-{subdivision}"
    except NotImplementedError:
        known = None  # a country the package does not know: its Sundays only

    def closed_on(day: date) -> str | None:
        if day.weekday() == 6:
            return "Sunday"
        holiday = None if known is None else known.get(day)
        return f"{holiday}, a public holiday in {place}" if holiday else None

    return closed_on
