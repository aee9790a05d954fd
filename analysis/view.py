"""Pure computations of a view: the rows of the table, class breaks and colours of the map,
and the series of the chart. Everything is a function of the view state and Polars frames."""

from __future__ import annotations

from dataclasses import dataclass

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
