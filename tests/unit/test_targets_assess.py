"""``targets.assess`` against values computed by hand (rules in its docstring)."""

from __future__ import annotations

import pytest

from targets.assess import assess, linear_projection
from targets.core import Direction, Status, Target

AT_LEAST, AT_MOST = Direction.AT_LEAST, Direction.AT_MOST


def target(value: float, year: int, baseline: int, direction=AT_LEAST) -> Target:
    return Target("0201011", "x", value, year, baseline, direction)


RISING = [(2019, 10.0), (2020, 12.0), (2021, 14.0), (2022, 16.0), (2023, 18.0)]
# least squares by hand: x̄ = 2021, ȳ = 14, Sxy = 19, Sxx = 10, slope 1.9; fitted 10.2, 12.1,
# 14.0, 15.9, 17.8; residual sum of squares 1.9, s = √(1.9 / 3) = 0.795822; at 2026:
# ŷ = 14 + 1.9 · 5 = 23.5, half-width 3.182 · s · √(1 + 1/5 + 25/10) = 4.870990
NOISY = [(2019, 10.0), (2020, 13.0), (2021, 13.0), (2022, 16.0), (2023, 18.0)]
FALLING = [(2020, 8.0), (2021, 7.0), (2022, 6.0), (2023, 5.0), (2024, 4.0)]
FLAT = [(2020, 5.0), (2021, 5.0), (2022, 5.0), (2023, 5.0)]


def test_rising_series_on_a_straight_line_meets_the_target():
    result = assess(target(24, 2026, 2019), RISING, demonstration=False)
    assert (result.latest_year, result.latest_value, result.baseline_value) == (2023, 18, 10)
    assert result.distance == 6
    assert result.progress_pct == pytest.approx(100 * 8 / 14)  # 57.14 %
    assert result.projected_value == pytest.approx(24)
    # a perfect line: no scatter, so the interval is the point itself
    assert result.projected_low == pytest.approx(24)
    assert result.projected_high == pytest.approx(24)
    assert result.status == Status.ON_TRACK
    assert result.demonstration is False


def test_noisy_rising_series_interval_by_hand():
    value, low, high = linear_projection(NOISY, 2026)
    assert value == pytest.approx(23.5)
    assert low == pytest.approx(23.5 - 4.870990, abs=1e-5)
    assert high == pytest.approx(23.5 + 4.870990, abs=1e-5)


@pytest.mark.parametrize(
    ("goal", "status"),
    [
        (18, Status.ON_TRACK),  # the latest value (18) already meets it
        (22, Status.AT_RISK),  # projection 23.5 meets it, the interval's low end 18.63 not
        (18.5, Status.ON_TRACK),  # projection and the whole interval (≥ 18.63) meet it
        (25, Status.OFF_TRACK),  # the projection 23.5 falls short
    ],
)
def test_noisy_rising_series_statuses(goal, status):
    assert assess(target(goal, 2026, 2019), NOISY, demonstration=False).status == status


def test_falling_series_with_an_at_most_target():
    on_track = assess(target(3, 2026, 2020, AT_MOST), FALLING, demonstration=False)
    assert on_track.projected_value == pytest.approx(2)  # 8 − 1 · 6
    assert on_track.distance == -1  # 3 − 4: one unit still to lose
    assert on_track.progress_pct == pytest.approx(100 * (4 - 8) / (3 - 8))  # 80 %
    assert on_track.status == Status.ON_TRACK
    too_ambitious = assess(target(1, 2026, 2020, AT_MOST), FALLING, demonstration=False)
    assert too_ambitious.status == Status.OFF_TRACK  # projected 2 > 1
    already = assess(target(5, 2026, 2020, AT_MOST), FALLING, demonstration=False)
    assert already.status == Status.ON_TRACK  # latest 4 ≤ 5


def test_falling_series_against_an_at_least_target_moves_away():
    result = assess(target(10, 2026, 2020), FALLING, demonstration=False)
    assert result.progress_pct == pytest.approx(-200)  # 100 · (4 − 8) / (10 − 8)
    assert result.status == Status.OFF_TRACK


def test_flat_series():
    result = assess(target(6, 2025, 2020), FLAT, demonstration=False)
    assert result.projected_value == pytest.approx(5)
    assert result.progress_pct == 0
    assert result.status == Status.OFF_TRACK
    assert assess(target(5, 2025, 2020, AT_MOST), FLAT, False).status == Status.ON_TRACK


def test_too_short_series_has_no_projection_and_is_judged_by_progress():
    short = [(2022, 10.0), (2023, 12.0)]
    # progress 100 · 2 / 10 = 20 %; elapsed (2023 − 2022) / (2026 − 2022) = 25 %; 20 ≥ 25 − 10
    result = assess(target(20, 2026, 2022), short, demonstration=False)
    assert result.projected_value is result.projected_low is result.projected_high is None
    assert result.progress_pct == pytest.approx(20)
    assert result.status == Status.AT_RISK
    # progress 100 · 2 / 30 = 6.7 % < 25 − 10
    assert assess(target(40, 2026, 2022), short, False).status == Status.OFF_TRACK


def test_no_values_up_to_the_target_year():
    empty = assess(target(20, 2026, 2022), [], demonstration=False)
    assert empty.status == Status.NO_DATA
    assert empty.latest_value is empty.distance is empty.progress_pct is None
    later_only = assess(target(20, 2020, 2018), [(2021, 30.0)], demonstration=False)
    assert later_only.status == Status.NO_DATA


def test_target_year_passed_uses_its_own_value_only():
    series = [(2021, 80.0), (2022, 85.0), (2023, 90.0), (2024, 120.0)]
    result = assess(target(100, 2023, 2021), series, demonstration=False)
    assert (result.latest_year, result.latest_value) == (2023, 90)
    assert result.status == Status.OFF_TRACK


def test_missing_baseline_value():
    result = assess(target(20, 2026, 2018), [(2022, 10.0), (2023, 12.0)], False)
    assert result.baseline_value is None
    assert result.progress_pct is None
    assert result.status == Status.AT_RISK


def test_demonstration_flag_is_carried_over():
    result = assess(target(24, 2026, 2019), RISING, demonstration=True)
    assert result.demonstration is True
    assert result.status == Status.ON_TRACK
