"""Pure computations of a view: the rows of the table, class breaks and colours of the map,
and the series of the chart. Everything is a function of the view state and Polars frames."""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

import polars as pl

from data_access.catalogue_model import Polarity, Status

N_CLASSES = 5
# ColorBrewer sequential schemes (5 classes), colour-blind safe and monotone in lightness,
# so they also read in greyscale. Darker = better for indicators with a direction.
PALETTE_DIRECTIONAL = ("#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494")  # YlGnBu
PALETTE_NEUTRAL = ("#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f")  # Purples
SELECTED_OUTLINE = "#d7301f"


@dataclass(frozen=True)
class LayerStyle:
    """A map layer's fill and outline; ``stripe``: the legend symbol alternates the fill with
    this colour (Plotly draws a choropleth's legend symbol from its colourscale, never with the
    outline, so a white fill alone would be invisible there)."""

    fill: str
    line: str = "#ffffff"
    width: float = 0.3
    stripe: str | None = None


# Units without a classed value, one map layer per status. Greys of clearly different
# lightness (not applicable also outlined), and a white area with a thick black outline for a
# suspect value (striped in the legend), so that they differ in greyscale too and never look
# like a class; the legend names each one.
STATUS_LAYERS: dict[str, LayerStyle] = {
    Status.NO_DATA.value: LayerStyle("#bdbdbd"),
    Status.CONFIDENTIAL.value: LayerStyle("#636363"),
    Status.NOT_APPLICABLE.value: LayerStyle("#f0f0f0", "#969696", 0.8),
    Status.SUSPECT.value: LayerStyle("#ffffff", "#000000", 2.0, stripe="#000000"),
}


def view_rows(
    values: pl.DataFrame,
    units: pl.DataFrame,
    level: str,
    year: int,
    territory: str,
    polarity: str,
    members: tuple[str, ...] = (),
) -> pl.DataFrame:
    """One row per unit of the view with value, status, quality flag, provenance, rank and
    percentile within the view (polarity-aware), and change since the previous year and since
    the first year. Only ``Status.VALUE`` rows are ranked: a suspect value keeps its number but
    has no rank, percentile or change.

    ``values`` holds the rows of one indicator (all units, levels and years); ``members``, if
    given, restricts the view to those units (a comparison group).
    """
    at_level = values.filter(pl.col("level") == level)
    if territory:
        at_level = at_level.filter(pl.col("code").str.starts_with(territory))
    if members:
        at_level = at_level.filter(pl.col("code").is_in(members))
    years = at_level.filter(pl.col("status") == Status.VALUE.value)["year"]
    first_year = years.min() if years.len() else year
    current = at_level.filter(pl.col("year") == year).select(
        "code", "value", pl.col("status", "quality", "provenance").cast(pl.String)
    )
    previous = at_level.filter(pl.col("year") == year - 1).select(
        "code", pl.col("value").alias("previous")
    )
    first = at_level.filter(pl.col("year") == first_year).select(
        "code", pl.col("value").alias("first")
    )
    has_value = pl.col("status") == Status.VALUE.value
    key = pl.col("value") if polarity == Polarity.LOWER_BETTER else -pl.col("value")
    rows = (
        current.join(previous, on="code", how="left")
        .join(first, on="code", how="left")
        .join(units.select("code", "name", "kind"), on="code", how="left")
        .with_columns(pl.when(has_value).then(key).alias("_key"))
        .with_columns(
            pl.col("_key").rank("min").cast(pl.Int32).alias("rank"),
            pl.col("_key").count().alias("ranked"),
        )
        .with_columns(
            # share of the other ranked units this one is better than (or higher, if neutral)
            pl.when(pl.col("ranked") > 1)
            .then(100 * (pl.col("ranked") - pl.col("rank")) / (pl.col("ranked") - 1))
            .otherwise(pl.when(has_value).then(100.0))
            .floor()
            .alias("percentile"),
            pl.when(has_value).then(pl.col("value") - pl.col("previous")).alias("change_previous"),
            pl.when(has_value).then(pl.col("value") - pl.col("first")).alias("change_first"),
        )
        .drop("_key", "ranked", "previous", "first")
        .sort("rank", "code", nulls_last=True)
    )
    return rows.with_columns(pl.lit(first_year).alias("first_year"))


# Percentiles that bound the "przyciete" classes: units beyond them join the end classes.
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
        return self.method == "przyciete"

    @property
    def skewed(self) -> bool:
        """Equal-width classes that paint (almost) every unit one colour."""
        return self.method == "rowne" and self.largest_share >= SKEWED_SHARE


def classify(values: list[float], method: str, n: int = N_CLASSES) -> Classes:
    """The classes of ``values`` by ``method``: ``kwantyle`` (equal counts), ``rowne`` (equal
    widths), ``logarytmiczne`` (equal widths of the logarithm: for positive, skewed values) or
    ``przyciete`` (equal widths between the 1st and 99th percentiles)."""
    clean = sorted(v for v in values if v is not None and math.isfinite(v))
    if method == "logarytmiczne" and (not clean or clean[0] <= 0):
        method = "rowne"
    below = above = 0
    if method == "przyciete" and clean:
        window = percentile_window(clean)
        below, above = window.below, window.above
        breaks = class_breaks([min(max(v, window.low), window.high) for v in clean], "rowne", n)
    else:
        breaks = class_breaks(clean, method, n)
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


def percentile_window(values: list[float]) -> PercentileWindow | None:
    """The 1st–99th percentile range of ``values`` (None when there are none): what a map's
    clipped classes and the indicator card's histogram show, leaving out extreme values."""
    clean = sorted(v for v in values if v is not None and math.isfinite(v))
    if not clean:
        return None
    low, high = (quantile(clean, q) for q in CLIP_PERCENTILES)
    return PercentileWindow(low, high, sum(v < low for v in clean), sum(v > high for v in clean))


def class_breaks(values: list[float], method: str, n: int = N_CLASSES) -> list[float]:
    """Inner and outer class bounds (n + 1 numbers, ascending, deduplicated).

    ``kwantyle``: equal counts per class; ``rowne``: equal widths; ``logarytmiczne``: equal
    widths of the logarithm (positive values only).
    """
    clean = sorted(v for v in values if v is not None and math.isfinite(v))
    if not clean:
        return []
    low, high = clean[0], clean[-1]
    if low == high:
        return [low, high]
    if method == "rowne":
        bounds = [low + (high - low) * i / n for i in range(n + 1)]
    elif method == "logarytmiczne" and low > 0:
        ratio = high / low
        bounds = [low * ratio ** (i / n) for i in range(n)] + [high]
    else:
        bounds = [quantile(clean, i / n) for i in range(n + 1)]
    unique = []
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


def palette(polarity: str, n_classes: int) -> list[str]:
    """Colours of the classes from the lowest to the highest value: darker = better for
    directional indicators (so reversed when lower is better), one neutral hue otherwise."""
    colours = PALETTE_NEUTRAL if polarity == Polarity.NEUTRAL else PALETTE_DIRECTIONAL
    chosen = [
        colours[round(i * (len(colours) - 1) / max(n_classes - 1, 1))] for i in range(n_classes)
    ]
    return chosen[::-1] if polarity == Polarity.LOWER_BETTER else chosen


def view_median_series(values: pl.DataFrame, level: str, territory: str) -> pl.DataFrame:
    """Median of the units of the view, per year (for the chart's reference line)."""
    frame = values.filter(pl.col("level") == level, pl.col("status") == Status.VALUE.value)
    if territory:
        frame = frame.filter(pl.col("code").str.starts_with(territory))
    return frame.group_by("year").agg(pl.col("value").median()).sort("year")


def unit_series(values: pl.DataFrame, codes: list[str]) -> pl.DataFrame:
    """Year, code, value of the given units (values only)."""
    return (
        values.filter(pl.col("code").is_in(codes), pl.col("status") == Status.VALUE.value)
        .select("code", "year", "value")
        .sort("code", "year")
    )
