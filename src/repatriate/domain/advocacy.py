"""The advocacy pack: who is held past release, where files stall, what desks object to.

The case study asks that casework add "to the comprehensive documentation of each and every
obstacle, which will be helpful for developing thorough guidelines/SOPs"; these are its
tables, anonymised unless names are asked for (the annex to a public-interest petition need
not name anyone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from repatriate.domain.dwell import DeskDwell

BANDS = ("up to 90", "91 to 180", "181 to 365", "over 365")
"""Overstay bands in days past release."""
BAND_LIMITS = (90, 180, 365)
DIMENSIONS = ("nationality", "state", "desk")
QUARTERS_SHOWN = 8
LONGEST_SHOWN = 20
OTHER = "other"


def band(days: int) -> str:
    """The overstay band of `days` past release: 90 days is "up to 90", 91 is "91 to 180"."""
    for limit, name in zip(BAND_LIMITS, BANDS, strict=False):
        if days <= limit:
            return name
    return BANDS[-1]


def parse_dimensions(text: str) -> tuple[str, ...]:
    """The `--by` list ("nationality,state,desk"), or ValueError naming the wrong word."""
    chosen = tuple(word.strip().casefold() for word in text.split(",") if word.strip())
    for word in chosen:
        if word not in DIMENSIONS:
            raise ValueError(f"{word}: must be nationality, state or desk")
    if not chosen:
        raise ValueError(f"{text!r}: must be nationality, state or desk")
    return tuple(dict.fromkeys(chosen))


@dataclass(frozen=True, slots=True)
class Obstacle:
    code: str
    label: str
    words: tuple[str, ...] = ()
    """Other phrases that file a reason under this category."""


def obstacle_of(reason: str, obstacles: Sequence[Obstacle]) -> str:
    """The category code of a returned movement's reason: a leading "[code]", else the first
    category whose label or one of whose words the reason contains (any case), else "other"."""
    text = reason.strip()
    codes = {o.code.casefold(): o.code for o in obstacles}
    if text.startswith("[") and "]" in text:
        code = text[1 : text.index("]")].strip().casefold()
        if code in codes:
            return codes[code]
    folded = text.casefold()
    for obstacle in obstacles:
        if any(p.casefold() in folded for p in (obstacle.label, *obstacle.words)):
            return obstacle.code
    return OTHER


@dataclass(frozen=True, slots=True)
class HeldFile:
    """What the pack needs of one file: never its name unless names were asked for."""

    ref: str
    nationality: str
    state: str
    release_due: date
    released_on: date | None
    still_held: bool
    name: str = ""
    prisoner_number: str = ""

    def held_on(self, day: date) -> bool:
        if self.released_on is not None:
            return self.released_on > day
        return self.still_held

    def overstay_on(self, day: date) -> int:
        """Days past release on `day` if still held then, else 0."""
        return (day - self.release_due).days if self.held_on(day) and day > self.release_due else 0


@dataclass(frozen=True, slots=True)
class BandCount:
    group: tuple[str, ...]
    """The values of the chosen dimensions (nationality, state, desk)."""
    counts: tuple[int, ...]
    """People per band, in the order of BANDS."""

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True, slots=True)
class LongCase:
    ref: str
    nationality: str
    state: str
    release_due: date
    overstay_days: int
    holding: str
    name: str = ""
    prisoner_number: str = ""


@dataclass(frozen=True, slots=True)
class ObstacleCount:
    code: str
    label: str
    returns: int
    files: int


@dataclass(frozen=True, slots=True)
class Quarter:
    label: str
    """"2026-Q3"."""
    end: date
    """The quarter's last day, or the as-of date for the quarter still running."""
    past_release: int
    """People held past release at its end."""
    new_overstays: int
    """People whose overstay began within it."""


@dataclass(frozen=True, slots=True)
class AdvocacyPack:
    as_of: date
    by: tuple[str, ...]
    names: bool
    held_past_release: int
    bands: tuple[BandCount, ...]
    desks: tuple[DeskDwell, ...]
    longest: tuple[LongCase, ...]
    obstacles: tuple[ObstacleCount, ...]
    quarters: tuple[Quarter, ...]


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def quarters(as_of: date, shown: int = QUARTERS_SHOWN) -> list[tuple[str, date, date]]:
    """(label, first day, last day) of the `shown` quarters up to the one holding `as_of`,
    oldest first; the running quarter ends on `as_of`."""
    found = []
    start, end = quarter_start(as_of), as_of
    for _ in range(shown):
        found.append((f"{start.year}-Q{(start.month - 1) // 3 + 1}", start, end))
        end = start - timedelta(days=1)
        start = quarter_start(end)
    return found[::-1]


def quarter_trend(files: Sequence[HeldFile], as_of: date) -> tuple[Quarter, ...]:
    """Per quarter: people past release at its end, and overstays begun within it (the day
    after the release date, while still held)."""
    trend = []
    for label, first, last in quarters(as_of):
        past = sum(1 for f in files if f.overstay_on(last) > 0)
        began = 0
        for f in files:
            day = f.release_due + timedelta(days=1)
            if first <= day <= last and f.held_on(day):
                began += 1
        trend.append(Quarter(label, last, past, began))
    return tuple(trend)


def band_counts(rows: Sequence[tuple[tuple[str, ...], int]]) -> tuple[BandCount, ...]:
    """(group, days past release) per person, counted by group and band, the most people
    first, then by group."""
    grouped: dict[tuple[str, ...], list[int]] = {}
    for group, days in rows:
        counts = grouped.setdefault(group, [0] * len(BANDS))
        counts[BANDS.index(band(days))] += 1
    found = [BandCount(group, tuple(counts)) for group, counts in grouped.items()]
    return tuple(sorted(found, key=lambda b: (-b.total, b.group)))
