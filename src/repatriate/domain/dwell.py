"""How long desks sit on files: the evidence for guidelines and reform.

The case study: individual casework "adds to the comprehensive documentation of each and every
obstacle, which will be helpful for developing thorough guidelines/SOPs". These figures are
that documentation, per desk: how long it holds files, how often it sends them back.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


def percentile(histogram: Sequence[tuple[int, int]], q: float) -> float | None:
    """The q-th quantile (0 to 1) of values given as (value, count), sorted by value.

    Linear interpolation between the closest ranks, as numpy's default and
    `statistics.quantiles(method="inclusive")`: the median of 2, 4, 10 is 4; of 2, 4 is 3.
    """
    total = sum(count for _, count in histogram)
    if total == 0:
        return None
    position = q * (total - 1)
    below, above = math.floor(position), math.ceil(position)

    def value_at(rank: int) -> int:
        seen = 0
        for value, count in histogram:
            seen += count
            if rank < seen:
                return value
        return histogram[-1][0]

    low, high = value_at(below), value_at(above)
    return low + (high - low) * (position - below)


@dataclass(frozen=True, slots=True)
class DeskDwell:
    """One desk's record over the chosen files and period."""

    desk: str
    holds: int
    """Times the desk had a file (finished or still open)."""
    median_days: float | None
    p90_days: float | None
    returns: int
    """Times it sent a file back with an objection."""
    comebacks: int
    """Times a file came back to it after it had let the file go."""
    held_now: int
    stalled_now: int
    """Files it holds now for longer than its expected time."""


@dataclass(frozen=True, slots=True)
class HoldCount:
    """Holds of one desk that lasted `days` (to the day of the figures if still open)."""

    desk: str
    days: int
    still_open: bool
    holds: int
    returns: int
    comebacks: int


def dwell_by_desk(counts: Sequence[HoldCount], expected_days: dict[str, int]) -> list[DeskDwell]:
    """Per-desk figures from grouped hold counts, the longest median first."""
    by_desk: dict[str, list[HoldCount]] = {}
    for count in counts:
        by_desk.setdefault(count.desk, []).append(count)
    result = []
    for desk, rows in by_desk.items():
        histogram: dict[int, int] = {}
        for row in rows:
            histogram[row.days] = histogram.get(row.days, 0) + row.holds
        ordered = sorted(histogram.items())
        expected = expected_days.get(desk, 30)
        result.append(
            DeskDwell(
                desk=desk,
                holds=sum(r.holds for r in rows),
                median_days=percentile(ordered, 0.5),
                p90_days=percentile(ordered, 0.9),
                returns=sum(r.returns for r in rows),
                comebacks=sum(r.comebacks for r in rows),
                held_now=sum(r.holds for r in rows if r.still_open),
                stalled_now=sum(r.holds for r in rows if r.still_open and r.days > expected),
            )
        )
    return sorted(result, key=lambda d: (-(d.median_days or 0), d.desk))
