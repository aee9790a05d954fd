"""The pure geometry of server-drawn line charts (``core.chart_geometry``); the plotly.js
figures were measured in chromium with the bundled plotly.js."""

from __future__ import annotations

import pytest

from core.chart_geometry import (
    Extent,
    gap_free_runs,
    plotly_range,
    plotly_step,
    plotly_tick_count,
    ticks_between,
)


@pytest.mark.parametrize(
    ("rough", "step"),
    [(1771.3, 2000), (2.9, 5), (0.9, 1), (2.0, 5), (1.0, 2), (0.0318, 0.05), (6.1, 10)],
)
def test_the_step_is_plotlys_next_2_5_or_10_above_the_rough_step(rough, step):
    assert plotly_step(rough) == step


def test_a_step_of_nothing_is_one():
    assert plotly_step(0) == 1 and plotly_step(float("nan")) == 1


def test_the_tick_count_follows_the_axis_length():
    assert plotly_tick_count(230, vertical=True) == pytest.approx(6.75)
    assert plotly_tick_count(361, vertical=False) == pytest.approx(4 + 1 + 0.5125)
    assert plotly_tick_count(50, vertical=True) == 5  # at least 4 (+ 1)


def test_the_range_is_plotlys_autorange():
    # /analiza's chart of two gminy: values 916..11 113, markers of size 7 on a 230 px axis
    pad = 0.05 * 230 + 7 / 1.6
    low, high = plotly_range([Extent(916.0, 11113.1, pad)], 230, True, (-1, 4))
    assert low == 0 and high == pytest.approx(11113.1 * 230 / (230 - pad))
    # years 2010..2024 padded on both ends on a 361 px axis
    low, high = plotly_range([Extent(2010, 2024, 0.05 * 361 + 7 / 1.6)], 361, False, (-1, 6))
    assert (low, high) == (pytest.approx(2009.0070, abs=1e-3), pytest.approx(2024.9930, abs=1e-3))


def test_one_value_is_pushed_from_zero_or_centred():
    assert plotly_range([Extent(3, 3, 15.875)], 230, True, (-1, 4)) == (
        0,
        pytest.approx(3.2224, abs=1e-4),
    )
    assert plotly_range([Extent(2020, 2020, 20)], 361, False, (-1, 6)) == (2019, 2021)
    assert plotly_range([Extent(0, 0, 5)], 230, True, (-1, 4)) == (0, 1)
    assert plotly_range([], 230, True, (-1, 4)) == (-1, 4)


def test_ticks_are_the_steps_multiples_in_the_range():
    assert ticks_between(0, 11956.5, 2000) == [0, 2000, 4000, 6000, 8000, 10000]
    assert ticks_between(-7.5, 58.3, 10) == [0, 10, 20, 30, 40, 50]
    assert ticks_between(0, 0.21, 0.05) == [0, 0.05, 0.1, 0.15, 0.2]
    assert ticks_between(5, 1, 1) == []


def test_runs_break_at_missing_points():
    assert gap_free_runs([1, None, 2, 3, None, None, 4]) == [[1], [2, 3], [4]]
    assert gap_free_runs([None, None]) == []
