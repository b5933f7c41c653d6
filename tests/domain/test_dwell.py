"""Dwell statistics per desk, against figures worked out by hand."""

from __future__ import annotations

import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from repatriate.domain.dwell import HoldCount, dwell_by_desk, percentile


def test_percentiles_worked_by_hand() -> None:
    assert percentile([(2, 1), (4, 1), (10, 1)], 0.5) == 4
    assert percentile([(2, 1), (4, 1)], 0.5) == 3
    # 10, 20, 20, 60: 90th percentile at rank 2.7 -> 20 + 0.7 * 40 = 48
    assert percentile([(10, 1), (20, 2), (60, 1)], 0.9) == pytest.approx(48)
    assert percentile([], 0.5) is None


@given(st.lists(st.integers(0, 2000), min_size=2, max_size=60))
def test_percentiles_agree_with_the_statistics_module(days: list[int]) -> None:
    histogram = sorted({d: days.count(d) for d in days}.items())
    deciles = statistics.quantiles(days, n=10, method="inclusive")
    assert percentile(histogram, 0.9) == pytest.approx(deciles[-1])
    assert percentile(histogram, 0.5) == pytest.approx(statistics.median(days))


def test_per_desk_figures() -> None:
    counts = [
        HoldCount("MHA", 10, False, 1, 1, 0),
        HoldCount("MHA", 20, False, 2, 0, 1),
        HoldCount("MHA", 60, True, 1, 0, 0),
        HoldCount("EMB", 5, True, 3, 0, 0),
    ]
    mha, emb = dwell_by_desk(counts, {"MHA": 45, "EMB": 30})
    assert (mha.desk, mha.holds, mha.median_days, mha.returns, mha.comebacks) == (
        "MHA",
        4,
        20,
        1,
        1,
    )
    assert mha.p90_days == pytest.approx(48)
    assert (mha.held_now, mha.stalled_now) == (1, 1)
    assert (emb.desk, emb.median_days, emb.held_now, emb.stalled_now) == ("EMB", 5, 3, 0)
