"""How far a unit is from one of its targets: a pure function of the target and the unit's
series (no Flask, Dash, translation or data access).

Rules (``assess``), for a target "at least X" (``Direction.AT_LEAST``) or "at most X"
(``Direction.AT_MOST``); "meets" means on the right side of X, X itself included:

- only values of years up to the target year count; the **latest** value is the last one;
- **baseline** value: the value of the baseline year (None when that year has none);
- **distance**: target value − latest value (signed, in the indicator's unit);
- **progress**: 100 · (latest − baseline) / (target − baseline), the share of the way
  covered (negative when the unit moved away); None without a baseline value or when the
  baseline already equals the target;
- **projection**: an ordinary least squares line through the last (up to) five years with
  values, evaluated at the target year, with its 95 % prediction interval
  (ŷ ± t₀.₉₇₅,ₙ₋₂ · s · √(1 + 1/n + (x₀ − x̄)² / Σ(x − x̄)²)); none with fewer than three years;
- **status**, the first rule that applies:
  1. ``NO_DATA``: no value up to the target year;
  2. ``ON_TRACK``: the latest value already meets the target;
  3. ``OFF_TRACK``: the target year's own value is known and misses it;
  4. with a projection: ``ON_TRACK`` when the projection and the whole interval meet the
     target, ``AT_RISK`` when the projection meets it but the interval reaches the wrong
     side, ``OFF_TRACK`` when the projection misses it;
  5. without a projection (fewer than three years), judged by progress against the time
     elapsed since the baseline (the share of the years from the baseline to the target year
     that have passed by the latest year): ``AT_RISK`` when progress ≥ that share − 10
     points, or when progress cannot be computed (no baseline value) — too little to say it
     is off track; ``OFF_TRACK`` otherwise.

``demonstration`` is carried over: the caller says whether the series holds demonstration
values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from targets.core import Assessment, Direction, Status, Target

FIT_YEARS = 5  # the projection's line goes through at most this many last years
MIN_FIT_YEARS = 3  # fewer years give no projection
PROGRESS_SLACK = 10.0  # percentage points behind the elapsed time still counted "at risk"
# Two-sided 95 % quantiles of Student's t by degrees of freedom (n − 2 for n ≤ 5 years).
T_975 = {1: 12.706, 2: 4.303, 3: 3.182}


def meets(value: float, target: Target) -> bool:
    """Whether ``value`` is on the target's side of its value (the value itself included)."""
    if target.direction == Direction.AT_MOST:
        return value <= target.target_value
    return value >= target.target_value


def linear_projection(
    points: Sequence[tuple[int, float]], year: int
) -> tuple[float, float, float] | None:
    """The least squares line through ``points`` at ``year`` with its 95 % prediction
    interval: ``(value, low, high)``; None for fewer than three points."""
    n = len(points)
    if n < MIN_FIT_YEARS:
        return None
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    sxx = sum((x - mean_x) ** 2 for x, _ in points)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / sxx
    intercept = mean_y - slope * mean_x
    residuals = sum((y - (intercept + slope * x)) ** 2 for x, y in points)
    spread = math.sqrt(residuals / (n - 2))
    value = intercept + slope * year
    half = T_975[n - 2] * spread * math.sqrt(1 + 1 / n + (year - mean_x) ** 2 / sxx)
    return value, value - half, value + half


def progress_share(target: Target, baseline: float | None, latest: float) -> float | None:
    """Per cent of the way from the baseline to the target covered by ``latest``."""
    if baseline is None or baseline == target.target_value:
        return None
    return 100 * (latest - baseline) / (target.target_value - baseline)


def elapsed_share(target: Target, latest_year: int) -> float:
    """Per cent of the years from the baseline to the target year passed by ``latest_year``."""
    span = target.target_year - target.baseline_year
    if span <= 0:
        return 100.0
    return 100 * (latest_year - target.baseline_year) / span


def status_of(
    target: Target,
    latest_year: int | None,
    latest: float | None,
    progress: float | None,
    projection: tuple[float, float, float] | None,
) -> Status:
    """The status by the rules of this module's docstring."""
    if latest is None or latest_year is None:
        return Status.NO_DATA
    if meets(latest, target):
        return Status.ON_TRACK
    if latest_year >= target.target_year:
        return Status.OFF_TRACK
    if projection is not None:
        value, low, high = projection
        if not meets(value, target):
            return Status.OFF_TRACK
        worst = low if target.direction == Direction.AT_LEAST else high
        return Status.ON_TRACK if meets(worst, target) else Status.AT_RISK
    if progress is None:
        return Status.AT_RISK
    behind = progress < elapsed_share(target, latest_year) - PROGRESS_SLACK
    return Status.OFF_TRACK if behind else Status.AT_RISK


def assess(target: Target, series: Sequence[tuple[int, float]], demonstration: bool) -> Assessment:
    """The target's assessment from the unit's ``(year, value)`` pairs of usable values
    (real, or demonstration when ``demonstration``; no suspect or missing ones)."""
    usable = sorted((y, v) for y, v in series if y <= target.target_year and math.isfinite(v))
    by_year = dict(usable)
    baseline = by_year.get(target.baseline_year)
    latest_year, latest = usable[-1] if usable else (None, None)
    progress = progress_share(target, baseline, latest) if latest is not None else None
    projection = linear_projection(usable[-FIT_YEARS:], target.target_year)
    low_high = projection or (None, None, None)
    return Assessment(
        target=target,
        baseline_value=baseline,
        latest_year=latest_year,
        latest_value=latest,
        distance=None if latest is None else target.target_value - latest,
        progress_pct=progress,
        projected_value=low_high[0],
        projected_low=low_high[1],
        projected_high=low_high[2],
        status=status_of(target, latest_year, latest, progress, projection),
        demonstration=demonstration,
    )
