"""Map classes: the one classifier of the screen's maps (``/analiza``, saved-view snapshots)
and the printed ones (the reports), so a unit lands in the same class on screen and on paper.

Class ``i`` holds the values from ``breaks[i]`` (included) up to ``breaks[i + 1]`` (excluded;
the last class includes the top bound). Quantiles interpolate linearly between the sorted
values.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

N_CLASSES = 5
# Class methods: equal counts, equal widths, equal widths of the logarithm, equal widths
# between the 1st and 99th percentiles.
QUANTILES = "kwantyle"
EQUAL = "rowne"
LOGARITHMIC = "logarytmiczne"
CLIPPED = "przyciete"
METHODS = (QUANTILES, EQUAL, LOGARITHMIC, CLIPPED)
# Percentiles that bound the clipped classes: units beyond them join the end classes.
CLIP_PERCENTILES = (0.01, 0.99)
# Equal intervals are flagged as skewed when one class holds at least this share of the units.
SKEWED_SHARE = 0.8


@dataclass(frozen=True)
class Classes:
    """The classes of a map: ``breaks`` (n + 1 ascending bounds); with ``clipped`` the end
    classes are open (``below`` units lie under ``breaks[0]``, ``above`` over ``breaks[-1]``);
    ``method`` is the one applied (logarithmic classes need positive values: otherwise
    ``rowne``); ``largest_share``: the share of units in the fullest class."""

    breaks: list[float]
    method: str
    below: int = 0
    above: int = 0
    largest_share: float = 0.0

    @property
    def clipped(self) -> bool:
        return self.method == CLIPPED

    @property
    def skewed(self) -> bool:
        """Equal-width classes that paint (almost) every unit one colour."""
        return self.method == EQUAL and self.largest_share >= SKEWED_SHARE

    @property
    def count(self) -> int:
        return max(len(self.breaks) - 1, 1) if self.breaks else 0

    def index(self, value: float) -> int:
        """The class of ``value`` (see :func:`class_index`)."""
        return class_index(value, self.breaks)

    def bounds(self) -> list[tuple[float | None, float | None, bool]]:
        """Per class for a legend: (lower, upper, upper included). The lower bound is always
        included; only the last class includes its upper bound. With ``clipped`` the end
        classes are open: no lower bound for the first, no upper for the last."""
        bounds: list[tuple[float | None, float | None, bool]] = [
            (low, high, i == len(self.breaks) - 2)
            for i, (low, high) in enumerate(pairwise(self.breaks))
        ]
        if self.clipped and len(bounds) > 1:
            bounds[0] = (None, bounds[0][1], False)
            bounds[-1] = (bounds[-1][0], None, True)
        return bounds


def finite(values: Iterable[float | None]) -> list[float]:
    """The finite values, sorted (None, NaN and infinities left out)."""
    return sorted(v for v in values if v is not None and math.isfinite(v))


def classify(values: Iterable[float | None], method: str, n: int = N_CLASSES) -> Classes:
    """The classes of ``values`` by ``method``: ``kwantyle`` (equal counts), ``rowne`` (equal
    widths), ``logarytmiczne`` (equal widths of the logarithm: for positive, skewed values) or
    ``przyciete`` (equal widths between the 1st and 99th percentiles). Values that are None or
    not finite are left out; an unknown method classes by quantiles."""
    clean = finite(values)
    if method == LOGARITHMIC and (not clean or clean[0] <= 0):
        method = EQUAL
    below = above = 0
    if method == CLIPPED and clean:
        window = percentile_window(clean)
        below, above = window.below, window.above
        breaks = sorted_breaks([min(max(v, window.low), window.high) for v in clean], EQUAL, n)
    else:
        breaks = sorted_breaks(clean, method, n)
    return Classes(breaks, method, below, above, largest_class_share(clean, breaks))


def largest_class_share(sorted_values: list[float], breaks: list[float]) -> float:
    """The share of the values in the fullest class (``class_index``'s classes)."""
    if not sorted_values or len(breaks) < 2:
        return 1.0 if sorted_values else 0.0
    inner = [bisect_left(sorted_values, bound) for bound in breaks[1:-1]]
    edges = [0, *inner, len(sorted_values)]
    return max(b - a for a, b in pairwise(edges)) / len(sorted_values)


@dataclass(frozen=True)
class PercentileWindow:
    """The range between the 1st and 99th percentiles and how many values lie beyond it."""

    low: float
    high: float
    below: int
    above: int


def percentile_window(values: Iterable[float | None]) -> PercentileWindow | None:
    """The 1st–99th percentile range of ``values`` (None when there are none): what a map's
    clipped classes and the indicator card's histogram show, leaving out extreme values."""
    clean = finite(values)
    if not clean:
        return None
    low, high = (quantile(clean, q) for q in CLIP_PERCENTILES)
    return PercentileWindow(low, high, sum(v < low for v in clean), sum(v > high for v in clean))


def class_breaks(values: Iterable[float | None], method: str, n: int = N_CLASSES) -> list[float]:
    """Inner and outer class bounds (n + 1 numbers, ascending, deduplicated).

    ``kwantyle``: equal counts per class; ``rowne``: equal widths; ``logarytmiczne``: equal
    widths of the logarithm (positive values only).
    """
    return sorted_breaks(finite(values), method, n)


def sorted_breaks(clean: list[float], method: str, n: int = N_CLASSES) -> list[float]:
    """:func:`class_breaks` of values already finite and sorted (what :func:`finite` gives)."""
    if not clean:
        return []
    low, high = clean[0], clean[-1]
    if low == high:
        return [low, high]
    if method == EQUAL:
        bounds = [low + (high - low) * i / n for i in range(n + 1)]
    elif method == LOGARITHMIC and low > 0:
        ratio = high / low
        bounds = [low * ratio ** (i / n) for i in range(n)] + [high]
    else:
        bounds = [quantile(clean, i / n) for i in range(n + 1)]
    unique: list[float] = []
    for bound in bounds:
        if not unique or bound > unique[-1]:
            unique.append(bound)
    return unique


def quantile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolation quantile of already sorted values."""
    position = (len(sorted_values) - 1) * q
    lower = math.floor(position)
    upper = min(lower + 1, len(sorted_values) - 1)
    return sorted_values[lower] + (sorted_values[upper] - sorted_values[lower]) * (position - lower)


def class_index(value: float, breaks: list[float]) -> int:
    """The class (0-based) of a value: the last bound it reaches, the top bound included."""
    for i in range(len(breaks) - 2, -1, -1):
        if value >= breaks[i]:
            return i
    return 0
