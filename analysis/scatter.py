"""The scatter of ``/analiza``: one indicator against another (typically a context indicator:
population, density, own revenue per resident) for the units of a view, with an ordinary
least-squares trend line and Spearman's rank correlation. Pure functions of Polars frames and
lists; the figure is a plain dict like the other figures of ``analysis/figures.py``."""

from __future__ import annotations

import math
from dataclasses import dataclass

import polars as pl

from analysis.charts import FONT, chart_title, separators, wrap_text
from data_access.catalogue_model import Status

# Plain-words strength of |ρ|: the usual rule of thumb (below 0.1 negligible, 0.1–0.3 weak,
# 0.3–0.5 moderate, 0.5–0.7 strong, from 0.7 very strong). Upper bounds, ascending.
STRENGTHS = ((0.1, "negligible"), (0.3, "weak"), (0.5, "moderate"), (0.7, "strong"))
MIN_POINTS = 3  # fewer points: no ρ and no line
POINT_COLOUR = "#0072B2"  # Okabe–Ito blue: the units of the view
SELECTED_COLOUR = "#D55E00"  # Okabe–Ito vermillion, larger and outlined: never colour alone
TREND_COLOUR = "#000000"
# Axis titles wrap to fit a phone: the y title runs along a plot about 250 px high.
X_TITLE_CHARS, Y_TITLE_CHARS = 50, 30
LOG_DECADES_LABEL_SPAN = 100
LEGEND_PX = 24  # one row of legend between the title and the plot
AXIS_PX = 80  # below the plot: tick labels (slanted on a phone) and the axis title


def x_year(view_year: int, x_years: list[int] | tuple[int, ...]) -> int | None:
    """The year of the x indicator paired with the view's year: the same year, else the
    latest one before it (context data often end earlier), else its first year."""
    if not x_years:
        return None
    if view_year in x_years:
        return view_year
    earlier = [y for y in x_years if y < view_year]
    return max(earlier) if earlier else min(x_years)


def average_ranks(values: list[float]) -> list[float]:
    """Ranks from 1 in ascending order; tied values share the average of their ranks
    (``[10, 20, 20, 30]`` → ``[1, 2.5, 2.5, 4]``)."""
    return pl.Series(values, dtype=pl.Float64).rank("average").to_list()


def pearson(xs: list[float], ys: list[float]) -> float | None:
    """Pearson's correlation coefficient (None for fewer than ``MIN_POINTS`` pairs or a
    constant variable)."""
    n = len(xs)
    if n < MIN_POINTS:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mean_x) ** 2 for x in xs)
    syy = sum((y - mean_y) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


def spearman(xs: list[float], ys: list[float]) -> float | None:
    """Spearman's ρ: Pearson's correlation of the average ranks (exact with ties)."""
    return pearson(average_ranks(xs), average_ranks(ys))


@dataclass(frozen=True)
class Fit:
    """An ordinary least-squares line ``y = intercept + slope · x``."""

    intercept: float
    slope: float

    def at(self, x: float) -> float:
        return self.intercept + self.slope * x


def ols(xs: list[float], ys: list[float]) -> Fit | None:
    """The least-squares line of ``ys`` on ``xs`` (None for fewer than ``MIN_POINTS`` pairs or
    a constant ``xs``)."""
    n = len(xs)
    if n < MIN_POINTS:
        return None
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mean_x) ** 2 for x in xs)
    if sxx == 0:
        return None
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sxx
    return Fit(mean_y - slope * mean_x, slope)


def strength(rho: float) -> str:
    """The strength of a correlation in words (a message key suffix): ``negligible``,
    ``weak``, ``moderate``, ``strong`` or ``very_strong``."""
    for bound, name in STRENGTHS:
        if abs(rho) < bound:
            return name
    return "very_strong"


def scatter_frame(y_rows: pl.DataFrame, x_rows: pl.DataFrame) -> pl.DataFrame:
    """One row per unit of the view (``analysis.view.view_rows`` of the y indicator) with the
    x indicator's value, status and provenance joined by code."""
    x_part = x_rows.select(
        "code",
        pl.col("value").alias("x"),
        pl.col("status").alias("x_status"),
        pl.col("provenance").alias("x_provenance"),
    )
    return y_rows.select(
        "code", "name", pl.col("value").alias("y"), pl.col("status").alias("y_status"), "provenance"
    ).join(x_part, on="code", how="left")


def on_log_axis(column: str) -> pl.Expr:
    return pl.col(column) > 0


@dataclass(frozen=True)
class ScatterStats:
    """What the scatter shows and computes: ``n`` pairs in the fit and ρ; ``suspect``: units
    with a suspect value on either axis (drawn, left out of both); ``off_log``: units with a
    value ≤ 0 on a logarithmic axis (not drawn)."""

    n: int
    rho: float | None
    fit: Fit | None
    suspect: int
    off_log: int


def plotted(frame: pl.DataFrame, log: str) -> tuple[pl.DataFrame, int]:
    """The units with a number on both axes that the axes can show, and how many a
    logarithmic axis leaves out (a value ≤ 0)."""
    numbers = frame.filter(
        pl.col("x").is_not_null(),
        pl.col("y").is_not_null(),
        pl.col("x_status").is_in([Status.VALUE.value, Status.SUSPECT.value]),
        pl.col("y_status").is_in([Status.VALUE.value, Status.SUSPECT.value]),
    )
    shown = numbers
    for axis in log:
        shown = shown.filter(on_log_axis(axis))
    return shown, numbers.height - shown.height


def is_suspect() -> pl.Expr:
    return (pl.col("x_status") == Status.SUSPECT.value) | (
        pl.col("y_status") == Status.SUSPECT.value
    )


def scatter_stats(shown: pl.DataFrame, log: str, off_log: int) -> ScatterStats:
    """ρ (on the values: a rank statistic ignores the axes' scale) and the least-squares line
    in the coordinates drawn (the logarithm on a logarithmic axis), both without the
    suspect values."""
    clean = shown.filter(~is_suspect())
    xs, ys = clean["x"].to_list(), clean["y"].to_list()
    fit_x = [math.log10(v) for v in xs] if "x" in log else xs
    fit_y = [math.log10(v) for v in ys] if "y" in log else ys
    return ScatterStats(
        n=clean.height,
        rho=spearman(xs, ys),
        fit=ols(fit_x, fit_y),
        suspect=shown.height - clean.height,
        off_log=off_log,
    )


def trend_points(fit: Fit, xs: list[float], log: str) -> tuple[list[float], list[float]]:
    """The ends of the trend line over the range of ``xs``, back in the values' scale (two
    points: Plotly joins them straight on the axes as drawn, logarithmic or not)."""
    low, high = min(xs), max(xs)
    ends_x = [math.log10(low), math.log10(high)] if "x" in log else [low, high]
    ends_y = [fit.at(v) for v in ends_x]
    back_x = [10**v for v in ends_x] if "x" in log else ends_x
    back_y = [10**v for v in ends_y] if "y" in log else ends_y
    return back_x, back_y


@dataclass(frozen=True)
class AxisText:
    """An axis's title and how its values read in a hover (Plotly's d3 format and unit)."""

    title: str
    decimals: int
    unit: str

    def hover(self, axis: str) -> str:
        return f"%{{{axis}:,.{max(self.decimals, 0)}f}} {self.unit}".rstrip()


@dataclass(frozen=True)
class ScatterTexts:
    """The words of the figure, in the current language (given by the caller)."""

    title: str
    x: AxisText
    y: AxisText
    units: str
    suspect: str
    selected: str
    trend: str


def point_trace(
    part: pl.DataFrame, texts: ScatterTexts, name: str, marker: dict, legend: bool = False
) -> dict:
    """One set of points; each carries its TERYT code (``customdata``), so a click selects
    the unit as a map click does."""
    return {
        "type": "scatter",
        "mode": "markers",
        "name": name,
        "showlegend": legend,
        "x": part["x"].to_list(),
        "y": part["y"].to_list(),
        "text": part["name"].to_list(),
        "customdata": part["code"].to_list(),
        "marker": marker,
        "hovertemplate": f"%{{text}}<br>{texts.x.title}: {texts.x.hover('x')}"
        f"<br>{texts.y.title}: {texts.y.hover('y')}<extra>{name}</extra>",
    }


def scatter_figure(
    shown: pl.DataFrame,
    stats: ScatterStats,
    selected: list[str],
    labels: dict[str, str],
    texts: ScatterTexts,
    log: str,
) -> dict:
    """The units of the view (x against y), suspect values with their own open marker, the
    selected units larger, outlined and named, and the least-squares line. The legend (one
    row above the plot) names the line and the suspect marker: the points are the units of
    the view and the selected ones carry their names."""
    title_layout, top = chart_title(texts.title, x=0.01)
    suspect = is_suspect()
    # a row of legend for the line, and one for the suspect marker (a phone wraps the two)
    top += LEGEND_PX * (1 + bool(shown.filter(suspect).height))
    chosen = pl.col("code").is_in(selected)
    traces = [
        point_trace(
            shown.filter(~suspect, ~chosen),
            texts,
            texts.units,
            {"color": POINT_COLOUR, "size": 6, "opacity": 0.55, "line": {"width": 0}},
        ),
        point_trace(
            shown.filter(suspect, ~chosen),
            texts,
            texts.suspect,
            {"color": "#000000", "size": 9, "symbol": "diamond-open", "line": {"width": 1.5}},
            legend=True,
        ),
    ]
    if stats.fit is not None:
        xs = shown.filter(~suspect)["x"].to_list()
        line_x, line_y = trend_points(stats.fit, xs, log)
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "name": texts.trend,
                "x": line_x,
                "y": line_y,
                "line": {"color": TREND_COLOUR, "width": 2, "dash": "dash"},
                "hoverinfo": "skip",
            }
        )
    picked = shown.filter(chosen).with_columns(
        pl.col("code").replace_strict(labels, default=pl.col("name")).alias("name")
    )
    selected_trace = point_trace(
        picked,
        texts,
        texts.selected,
        {
            "color": SELECTED_COLOUR,
            "size": 13,
            "symbol": "circle",
            "line": {"color": "#000000", "width": 2},
        },
    )
    selected_trace |= {
        "mode": "markers+text",
        "textposition": "top center",
        "textfont": {"size": 12, "color": "#000000"},
        "cliponaxis": False,
    }
    traces.append(selected_trace)
    return {
        "data": [trace for trace in traces if trace["x"]],
        "layout": {
            "title": title_layout,
            "font": FONT,
            "separators": separators(),
            "height": 420 + max(0, top - 50),
            "margin": {"l": 70, "r": 20, "t": top, "b": AXIS_PX},
            "xaxis": axis_layout(texts.x, "x" in log, X_TITLE_CHARS, shown["x"].to_list()),
            "yaxis": axis_layout(texts.y, "y" in log, Y_TITLE_CHARS, shown["y"].to_list()),
            "legend": {"orientation": "h", "x": 0, "y": 1, "yanchor": "bottom"},
            "hovermode": "closest",
        },
    }


def axis_layout(axis: AxisText, log: bool, chars: int, values: list[float]) -> dict:
    """An axis; a logarithmic one spanning two decades or more is labelled at the powers of
    ten only (Plotly's 2s and 5s between them collide: "1 0002 000")."""
    layout = {
        "title": {"text": wrap_text(axis.title, chars)},
        "type": "log" if log else "linear",
        "tickformat": ",~f",
        "automargin": True,
        "zeroline": False,
    }
    positive = [v for v in values if v > 0]
    if log and positive and max(positive) / min(positive) >= LOG_DECADES_LABEL_SPAN:
        layout["dtick"] = 1
    return layout
