"""Pure computations of a view: the rows of the table, class breaks and colours of the map,
and the series of the chart. Everything is a function of the view state and Polars frames."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import polars as pl

from data_access.catalogue_model import Polarity, Status

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

    One filter of the indicator's rows, then arrays: the store keeps each unit's years
    together (sorted by level, code, year), so the previous and the first year of a unit are
    found by position, without the joins (a polars operation costs ~0.2 ms; the map of
    /analiza is redrawn on every change of the view)."""
    at_level, unit = by_code_and_year(values.filter(*view_filter(level, territory, members)))
    years = at_level["year"].to_numpy()
    value = at_level["value"].cast(pl.Float64).to_numpy()  # null → NaN
    valued = (at_level["status"] == Status.VALUE.value).to_numpy()
    valued_years = years[valued]
    first_year = int(valued_years.min()) if valued_years.size else year
    current = np.flatnonzero(years == year)
    units_count = int(unit[-1]) + 1 if unit.size else 0

    def value_in(other_year: int) -> np.ndarray:
        """The value of each current row's unit in ``other_year`` (NaN where it has none)."""
        by_unit = np.full(units_count, np.nan)
        rows = np.flatnonzero(years == other_year)
        by_unit[unit[rows]] = value[rows]
        return by_unit[unit[current]]

    now, has_value = value[current], valued[current]
    keyed = has_value & ~np.isnan(now)
    rank = min_ranks(now, keyed, polarity)
    ranked = int(keyed.sum())
    with np.errstate(invalid="ignore"):
        change_previous = np.where(has_value, now - value_in(year - 1), np.nan)
        change_first = np.where(has_value, now - value_in(first_year), np.nan)
    # by rank (unranked last), then code: the units are in code order already
    order = np.lexsort((unit[current], np.where(keyed, rank, np.inf)))
    rows = at_level[current[order], ["code", "value", "status", "quality", "provenance"]].join(
        units.select("code", "name", "kind"), on="code", how="left", maintain_order="left"
    )
    rank_column = nullable("rank", rank[order]).cast(pl.Int32)
    count = pl.lit(ranked, dtype=pl.UInt32)
    # share of the other ranked units this one is better than (or higher, if neutral)
    percentile = (
        pl.when(count > 1)
        .then(100 * (count - rank_column) / (count - 1))
        .otherwise(pl.when(pl.Series(has_value[order])).then(100.0))
        .floor()
        .alias("percentile")
    )
    return rows.with_columns(
        pl.col("status", "quality", "provenance").cast(pl.String),
        rank_column,
        percentile,
        nullable("change_previous", change_previous[order]),
        nullable("change_first", change_first[order]),
        pl.lit(first_year).alias("first_year"),
    )


def view_filter(level: str, territory: str, members: tuple[str, ...]) -> list[pl.Expr]:
    """The rows of a view's units: its level, within ``territory`` or among ``members``."""
    conditions = [pl.col("level") == level]
    if territory:
        conditions.append(pl.col("code").str.starts_with(territory))
    if members:
        conditions.append(pl.col("code").is_in(members))
    return conditions


def min_ranks(values: np.ndarray, ranked: np.ndarray, polarity: str) -> np.ndarray:
    """The rank of each value among the ``ranked`` ones (1 = best: the lowest value when lower
    is better, else the highest; ties share the best rank), NaN for the others."""
    key = np.where(ranked, values if polarity == Polarity.LOWER_BETTER else -values, np.nan)
    ordered = np.sort(key[ranked])
    return np.where(ranked, np.searchsorted(ordered, key, side="left") + 1, np.nan)


@dataclass(frozen=True)
class MapValues:
    """The units of a view in one year, in code order, as the map needs them: codes, values
    (NaN where there is none), each status as a mask, and ranks (NaN where unranked)."""

    codes: list[str]
    values: np.ndarray
    status: dict[str, np.ndarray]
    ranks: np.ndarray


STATUSES = tuple(s.value for s in Status)


def map_values(
    values: pl.DataFrame,
    level: str,
    year: int,
    territory: str,
    polarity: str,
    members: tuple[str, ...] = (),
) -> MapValues:
    """The :class:`MapValues` of a view straight from the indicator's rows: what
    :func:`view_rows` gives of the year, without the other years' changes (the map needs
    none: it is redrawn on every change of the view, so it reads only the year)."""
    rows = values.filter(*view_filter(level, territory, members), pl.col("year") == year)
    if not rows["code"].is_sorted():
        rows = rows.sort("code")
    return values_in_code_order(rows, polarity)


def map_values_of_rows(rows: pl.DataFrame) -> MapValues:
    """The :class:`MapValues` of rows made by :func:`view_rows` (their ranks kept)."""
    ordered = rows.sort("code")
    status = ordered.select((pl.col("status") == s).alias(s) for s in STATUSES)
    return MapValues(
        ordered["code"].to_list(),
        ordered["value"].cast(pl.Float64).to_numpy(),
        {s: status[s].to_numpy() for s in STATUSES},
        ordered["rank"].cast(pl.Float64).to_numpy(),
    )


def values_in_code_order(rows: pl.DataFrame, polarity: str) -> MapValues:
    status = rows.select((pl.col("status") == s).alias(s) for s in STATUSES)
    masks = {s: status[s].to_numpy() for s in STATUSES}
    value = rows["value"].cast(pl.Float64).to_numpy()
    ranked = masks[Status.VALUE.value] & ~np.isnan(value)
    return MapValues(rows["code"].to_list(), value, masks, min_ranks(value, ranked, polarity))


def nullable(name: str, array: np.ndarray) -> pl.Series:
    """A float column with NaN read as null (no value)."""
    return pl.Series(name, array, dtype=pl.Float64, nan_to_null=True)


def by_code_and_year(rows: pl.DataFrame) -> tuple[pl.DataFrame, np.ndarray]:
    """``rows`` sorted by code and year (as the store keeps them; frames made otherwise are
    sorted here), and the number of each row's unit: 0, 1, … in code order."""
    if rows["code"].is_sorted():
        unit = rows["code"].rle_id().to_numpy()
        if np.all((np.diff(unit) > 0) | (np.diff(rows["year"].to_numpy()) > 0)):
            return rows, unit
    rows = rows.sort("code", "year")
    return rows, rows["code"].rle_id().to_numpy()


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
