"""The pure geometry of line charts drawn by the server (the printed reports' charts, the
pictures of ``/analiza``'s chart): round tick values, Plotly's choice of tick step and axis
range, and the runs of known points a line is drawn through."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

Point = TypeVar("Point")

PLOTLY_STEPS = (2, 5, 10)  # plotly.js ``roundBase10``: a step is 2, 5 or 10 × a power of ten


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """About ``count`` round tick values covering [low, high]."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return []
    if high == low:
        high, low = high + (abs(high) or 1) * 0.5, low - (abs(low) or 1) * 0.5
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 0.5:
        ticks.append(round(value, 10))
        value += step
    return ticks


def gap_free_runs(points: Sequence[Point | None]) -> list[list[Point]]:
    """Runs of consecutive known points (a gap for each missing one, ``None``)."""
    runs: list[list[Point]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    return [run for run in runs if run]


def plotly_step(rough: float) -> float:
    """The tick step plotly.js picks for a rough step (``axes.autoTicks`` of a linear axis):
    the next of 2, 5 or 10 × the rough step's power of ten that is larger than it."""
    if not (math.isfinite(rough) and rough > 0):
        return 1.0
    base = 10.0 ** math.floor(math.log10(rough))
    step = next((m * base for m in PLOTLY_STEPS if m > rough / base * (1 + 1e-12)), 10 * base)
    return float(f"{step:.12g}")  # 0.1 × 2, not 0.20000000000000004


def plotly_tick_count(length_px: float, vertical: bool) -> float:
    """How many ticks plotly.js aims at on an axis ``length_px`` long (``axes.prepTicks``:
    one per 40 px on a vertical axis, 80 px on a horizontal one, 4 to 9, plus one)."""
    per = 40 if vertical else 80
    return min(max(length_px / per, 4), 9) + 1


def ticks_between(low: float, high: float, step: float) -> list[float]:
    """The multiples of ``step`` in [low, high] (from zero: plotly.js's ``tick0``)."""
    if not (math.isfinite(low) and math.isfinite(high) and step > 0) or high < low:
        return []
    slack = step * 1e-6
    first = math.ceil((low - slack) / step)
    last = math.floor((high + slack) / step)
    if last - first > 1000:  # never more than a picture can show
        return []
    decimals = max(0, 12 - math.floor(math.log10(step)))
    return [round(i * step, decimals) + 0.0 for i in range(first, last + 1)]


@dataclass(frozen=True)
class Extent:
    """The smallest and largest value of one trace on an axis, and the room (px) it wants
    beyond them (plotly.js pads a marker's radius and 5 % of the axis)."""

    low: float
    high: float
    pad: float = 0.0


def plotly_range(
    extents: Sequence[Extent], length_px: float, to_zero: bool, empty: tuple[float, float]
) -> tuple[float, float]:
    """The range plotly.js's autorange gives an axis ``length_px`` long showing ``extents``
    (``autorange.getAutoRange``): the data and their padding fill the axis, with
    ``rangemode: "tozero"`` (``to_zero``) one end at zero; ``empty`` when there are no data."""
    if not extents or length_px <= 0:
        return empty
    lows = [(e.low, e.pad) for e in extents]
    highs = [(e.high, e.pad) for e in extents]
    smallest = min(v for v, _ in lows)
    largest = max(v for v, _ in highs)
    if smallest == largest:
        value = smallest
        if not to_zero:
            return value - 1, value + 1
        if value == 0:
            return 0.0, 1.0
        pad = max(p for _, p in (highs if value > 0 else lows))
        end = value / (1 - min(0.5, pad / length_px))
        return (0.0, end) if value > 0 else (end, 0.0)
    best, low, high = 0.0, lows[0], highs[0]
    for low_point in lows:
        for high_point in highs:
            span = high_point[0] - low_point[0]
            if span <= 0:
                continue
            room = length_px - low_point[1] - high_point[1]
            if room > length_px / 10:
                if span / room > best:
                    best, low, high = span / room, low_point, high_point
            elif span / length_px > best:  # padding longer than the axis: no padding
                best, low, high = span / length_px, (low_point[0], 0.0), (high_point[0], 0.0)
    if to_zero:
        if low[0] >= 0:
            low = (0.0, 0.0)
        if high[0] <= 0:
            high = (0.0, 0.0)
    room = length_px - low[1] - high[1]
    if room <= 0 or high[0] <= low[0]:
        return low[0], high[0] if high[0] > low[0] else low[0] + 1
    best = (high[0] - low[0]) / room
    return low[0] - best * low[1], high[0] + best * high[1]
