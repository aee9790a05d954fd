"""Map and chart figures of ``/analiza`` as plain dicts, and the ``Patch`` that updates the map.

The map references its geometry by URL (``/assets/geo/<level>.geojson?v=<content hash>``): the
browser fetches and caches it once per level, and a change of indicator or year only sends values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import polars as pl
from dash import Patch

from analysis.charts import FONT, chart_title, separators
from analysis.view import (
    SELECTED_OUTLINE,
    STATUS_LAYERS,
    LayerStyle,
    MapValues,
    map_values_of_rows,
)
from core.classify import Classes
from core.levels import GEOMETRY_FILES
from i18n import format_number, t
from static_files import geometry_url as geometry_file_url
from static_files import level_shapes

POLAND_BOUNDS = [14.12, 49.0, 24.15, 54.84]  # west, south, east, north
# The plot a map's zoom is computed for on the server: the /analiza map's in a desktop window
# (≥ 1200 px: a 641 px figure less the colour bar's 142; 560 px less a two-line title's 86
# and a one-line source's 71). The browser refits to the real size (map-fit.js), so where the
# two agree the map is drawn once, without a second drawing at the refitted zoom.
DESIGN_PLOT = (499, 403)
FIT_MARGIN = 0.92
MIN_ZOOM, MAX_ZOOM = 3.0, 11.0
MAX_YEARS_EVERY_TICK = 8
# Okabe–Ito: a qualitative palette that stays distinct for colour-blind readers.
SERIES_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
SERIES_SYMBOLS = (
    "circle",
    "square",
    "diamond",
    "triangle-up",
    "x",
    "cross",
    "star",
    "triangle-down",
)
SERIES_DASHES = ("solid", "dot", "dashdot", "longdash")
# Trace order of the map: the classed values, one layer per status without a classed value
# (legend entries in this order), the selection outline on top.
VALUES, NO_DATA, CONFIDENTIAL, NOT_APPLICABLE, SUSPECT, SELECTED = range(6)
TRACE_COUNT = SELECTED + 1
STATUS_TRACES: dict[str, int] = {
    "no_data": NO_DATA,
    "confidential": CONFIDENTIAL,
    "not_applicable": NOT_APPLICABLE,
    "suspect": SUSPECT,
}


def geometry_url(level: str) -> str:
    return geometry_file_url(GEOMETRY_FILES[level])


def mercator_y(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def fit_zoom(bounds: list[float], width: float, height: float) -> float:
    """The map zoom at which ``bounds`` (west, south, east, north) fill a plot ``width`` ×
    ``height`` px, with a margin (a web-Mercator world is 512 px wide at zoom 0). The same
    formula runs in the browser (``assets/scripts/map-fit.js``) for the map's real size."""
    west, south, east, north = bounds
    span_x = max(east - west, 1e-3) / 360
    span_y = max(mercator_y(north) - mercator_y(south), 1e-4) / (2 * math.pi)
    zoom = min(math.log2(width / (512 * span_x)), math.log2(height / (512 * span_y)))
    return max(MIN_ZOOM, min(MAX_ZOOM, zoom + math.log2(FIT_MARGIN)))


def territory_view(territory: str) -> dict:
    """Centre, zoom and bounds that frame a voivodeship or powiat (Poland when empty); the
    zoom is for a desktop-sized plot, ``map-fit.js`` refits it to the plot's real size."""
    level = {2: "wojewodztwo", 4: "powiat"}.get(len(territory))
    rings = level_shapes(level).get(territory) if level else None
    if rings:
        lons = [p[0] for ring in rings for p in ring]
        lats = [p[1] for ring in rings for p in ring]
        bounds = [min(lons), min(lats), max(lons), max(lats)]
    else:
        bounds = POLAND_BOUNDS
    west, south, east, north = bounds
    middle_y = (mercator_y(south) + mercator_y(north)) / 2
    return {
        "center": {
            "lat": math.degrees(2 * math.atan(math.exp(middle_y)) - math.pi / 2),
            "lon": (west + east) / 2,
        },
        "zoom": fit_zoom(bounds, *DESIGN_PLOT),
        "bounds": bounds,
    }


def discrete_colourscale(colours: list[str]) -> list:
    """A stepped colourscale for class indices 0..n-1 (zmin -0.5, zmax n-0.5)."""
    n = len(colours)
    scale = []
    for i, colour in enumerate(colours):
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    return scale


def layer_colourscale(style: LayerStyle, stripes: int = 3) -> list:
    """The fill of a status layer (units have z = 0, the scale's start); with a stripe colour,
    alternating hard stops, which the legend's symbol shows as stripes."""
    if style.stripe is None:
        return [[0, style.fill], [1, style.fill]]
    scale = []
    for i in range(2 * stripes):
        colour = style.fill if i % 2 == 0 else style.stripe
        scale += [[i / (2 * stripes), colour], [(i + 1) / (2 * stripes), colour]]
    return scale


def status_layer(status: str, empty: dict) -> dict:
    """The layer of the units with ``status``: its own fill and outline, named in the legend
    (with a count once :func:`map_patch` fills it), and a hover that says what it means; a
    suspect unit's hover shows its value too."""
    style = STATUS_LAYERS[status]
    if status == "suspect":
        note = "%{customdata}<br>" + t("analiza.hover_suspect")
    else:
        note = t(f"status.{status}")
    return {
        **empty,
        "name": t(f"status.{status}"),
        "showscale": False,
        "showlegend": False,
        "colorscale": layer_colourscale(style),
        "zmin": 0,
        "zmax": 1,
        "marker": {"line": {"width": style.width, "color": style.line}},
        "hovertemplate": "%{text}<br>" + note + "<extra></extra>",
    }


def base_map(level: str, territory: str, title: str) -> dict:
    """The map with empty traces; values come with :func:`map_patch`. ``meta.fitZoom`` is the
    zoom for a map of desktop width; ``assets/scripts/map-fit.js`` lowers it on narrow screens."""
    title_layout, top = chart_title(title, x=0.01)
    view = territory_view(territory)
    empty = {
        "type": "choroplethmap",
        "geojson": geometry_url(level),
        "featureidkey": "id",
        "locations": [],
        "z": [],
        "marker": {"line": {"width": 0.3, "color": "#ffffff"}},
    }
    return {
        "data": [
            {
                **empty,
                "name": t("analiza.col.value"),
                "showscale": True,
                "showlegend": False,
                "hovertemplate": "%{text}<extra></extra>",
            },
            *(status_layer(status, empty) for status in STATUS_TRACES),
            {
                **empty,
                "name": t("analiza.selected"),
                "showscale": False,
                "showlegend": True,
                "colorscale": [[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]],
                "marker": {"line": {"width": 3, "color": SELECTED_OUTLINE}},
                "hoverinfo": "skip",
            },
        ],
        "layout": {
            "map": {"style": "white-bg", "center": view["center"], "zoom": view["zoom"]},
            "meta": {"fitZoom": view["zoom"], "fitBounds": view["bounds"]},
            "margin": {"l": 0, "r": 0, "t": top, "b": 0},
            "height": 560,
            "font": FONT,
            "separators": separators(),
            "title": title_layout,
            "legend": {
                "orientation": "h",
                "x": 0,
                "y": 0,
                "yanchor": "bottom",  # inside the map: the source line is below it
                "bgcolor": "rgba(255,255,255,0.8)",
            },
            "uirevision": f"{level}-{territory}",
        },
    }


def class_labels(breaks: list[float], decimals: int, open_ends: bool = False) -> list[str]:
    """``"lo – hi"`` per class; with ``open_ends`` (classes clipped at percentiles) the end
    classes also hold the units beyond: ``"< hi"`` and ``"≥ lo"``."""
    labels = [
        f"{format_number(lo, decimals)} – {format_number(hi, decimals)}"
        for lo, hi in pairwise(breaks)
    ]
    if open_ends and len(labels) > 1:
        labels[0] = f"< {format_number(breaks[1], decimals)}"
        labels[-1] = f"≥ {format_number(breaks[-2], decimals)}"
    return labels


@dataclass(frozen=True)
class StatusLayer:
    """The units of one status layer (codes in order, their names and values)."""

    codes: list[str]
    names: list[str | None]
    values: list[float | None]


@dataclass(frozen=True)
class MapLayers:
    """What the map shows of a view's rows, in numbers and codes (no words, so one
    ``MapLayers`` serves every language): the units in code order with their names, whether
    each has a classed value, its class (``z``: None where there is none, so the status layers
    show through), the value (rounded to the indicator's precision) and rank for the hover, and
    the units of each status layer."""

    codes: list[str]
    names: list[str | None]
    valued: list[bool]
    z: list[int | None]
    customdata: list[tuple[float, int] | None]
    layers: dict[str, StatusLayer]


def class_indices(values: np.ndarray, breaks: list[float]) -> np.ndarray:
    """:func:`core.classify.class_index` of every value at once (NaN: class 0, as there)."""
    top = max(len(breaks) - 2, 0)
    found = np.clip(np.searchsorted(np.asarray(breaks), values, side="right") - 1, 0, top)
    return np.where(np.isnan(values), 0, found)


def rounded_values(values: np.ndarray, decimals: int) -> list[float | None]:
    """``round(v, decimals)`` of every value (None for NaN), as Python rounds: the exact
    binary value to the nearest decimal (``np.round`` scales first, which moves some values
    that lie near a half to the other side). The scaled values far from a half round alike
    either way, and ``m / 10**decimals`` is the float nearest to the decimal, as Python's
    result is; the few near a half, or too large to scale exactly, are rounded by Python."""
    if decimals < 0 or not values.size:
        return [None if math.isnan(v) else round(v, decimals) for v in values.tolist()]
    scale = 10.0**decimals
    scaled = values * scale
    with np.errstate(invalid="ignore"):
        doubtful = (np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) < 1e-6) | (
            np.abs(scaled) > 2.0**50
        )
    result = (np.round(scaled) / scale).tolist()
    plain = values.tolist()
    for i in np.flatnonzero(doubtful).tolist():
        result[i] = round(plain[i], decimals)
    return [None if v != v else v for v in result]  # NaN: no value


def map_layers(
    units: MapValues, names: list[str | None], breaks: list[float], decimals: int
) -> MapLayers:
    """The :class:`MapLayers` of a view's units (``names`` in their order) classed by
    ``breaks``: arrays, then one pass in Python per list (the map is redrawn on every change
    of the view)."""
    codes = units.codes
    valued_mask = units.status["value"]
    valued = valued_mask.tolist()
    z = np.full(len(codes), None, dtype=object)  # None: no classed value
    if breaks:
        z[valued_mask] = class_indices(units.values[valued_mask], breaks).tolist()
    z = z.tolist()
    ranks = [None if r != r else int(r) for r in units.ranks.tolist()]
    # pairs as tuples (JSON arrays all the same): a tuple of numbers leaves the garbage
    # collector's lists, where thousands of kept lists would make its full passes frequent
    customdata = [
        (v, r) if ok else None
        for v, r, ok in zip(rounded_values(units.values, decimals), ranks, valued, strict=True)
    ]
    values = units.values.tolist()
    layers = {}
    for status in STATUS_TRACES:
        found = np.flatnonzero(units.status[status]).tolist()
        layers[status] = StatusLayer(
            [codes[i] for i in found],
            [names[i] for i in found],
            [None if values[i] != values[i] else values[i] for i in found],
        )
    return MapLayers(codes, names, valued, z, customdata, layers)


def rows_map_layers(rows: pl.DataFrame, breaks: list[float], decimals: int) -> MapLayers:
    """The :class:`MapLayers` of rows made by ``view_rows``."""
    units = map_values_of_rows(rows)
    names = rows.sort("code")["name"].to_list()
    return map_layers(units, names, breaks, decimals)


def map_patch(
    rows: pl.DataFrame,
    classes: Classes,
    colours: list[str],
    decimals: int,
    unit: str,
    title: str,
    selected: list[str],
    legend_title: str,
    with_frame: bool,
    fixed_classes: tuple[dict[str, int], list[str]] | None = None,
) -> Patch:
    """:func:`layers_patch` of a view's rows (see there)."""
    return layers_patch(
        rows_map_layers(rows, classes.breaks, decimals),
        classes,
        colours,
        decimals,
        unit,
        title,
        selected,
        legend_title,
        with_frame,
        fixed_classes,
    )


def layers_patch(
    layers: MapLayers,
    classes: Classes,
    colours: list[str],
    decimals: int,
    unit: str,
    title: str,
    selected: list[str],
    legend_title: str,
    with_frame: bool,
    fixed_classes: tuple[dict[str, int], list[str]] | None = None,
) -> Patch:
    """Only what changes with the indicator, year or selection: class of every unit (null where
    there is no ranked value, so the status layers show through), values and ranks for the
    hover, classes and colours, the units of each status layer with their count in the legend
    (a suspect unit with its value for the hover, never classed) and the selection outline.
    The units and their names (``with_frame``) are sent only when the level or territory
    changes. ``fixed_classes`` (code → class index, class names) replaces the classes of
    the values, e.g. by the funnel's significance (units without a class left blank)."""
    breaks = classes.breaks
    z = layers.z
    if fixed_classes is not None:
        z = [
            fixed_classes[0].get(c) if ok else None
            for c, ok in zip(layers.codes, layers.valued, strict=True)
        ]
    patch = Patch()
    if with_frame:
        patch["data"][VALUES]["locations"] = layers.codes
        patch["data"][VALUES]["text"] = layers.names
    patch["data"][VALUES]["z"] = z
    patch["data"][VALUES]["customdata"] = layers.customdata
    patch["data"][VALUES]["hovertemplate"] = (
        "%{text}<br>%{customdata[0]:,."
        + str(decimals)
        + "f} "
        + unit
        + "<br>"
        + t("analiza.hover_rank", rank="%{customdata[1]}")
        + "<extra></extra>"
    )
    n = len(fixed_classes[1]) if fixed_classes else max(len(breaks) - 1, 1)
    patch["data"][VALUES]["colorscale"] = discrete_colourscale(colours[:n])
    patch["data"][VALUES]["zmin"] = -0.5
    patch["data"][VALUES]["zmax"] = n - 0.5
    patch["data"][VALUES]["colorbar"] = {
        "title": {"text": legend_title},
        "tickvals": list(range(n)),
        "ticktext": fixed_classes[1]
        if fixed_classes
        else class_labels(breaks, decimals, classes.clipped),
        "len": 0.6,
        "thickness": 14,
    }
    for status, trace in STATUS_TRACES.items():
        part = layers.layers[status]
        count = len(part.codes)
        patch["data"][trace]["locations"] = part.codes
        patch["data"][trace]["z"] = [0] * count
        patch["data"][trace]["text"] = part.names
        patch["data"][trace]["name"] = f"{t('status.' + status)} ({count})"
        patch["data"][trace]["showlegend"] = count > 0
        if trace == SUSPECT:
            patch["data"][trace]["customdata"] = [
                f"{format_number(v, decimals)} {unit}" if v is not None else "–"
                for v in part.values
            ]
    patch["data"][SELECTED]["locations"] = selected
    patch["data"][SELECTED]["z"] = [0] * len(selected)
    title_layout, top = chart_title(title, x=0.01)
    patch["layout"]["title"]["text"] = title_layout["text"]
    patch["layout"]["margin"]["t"] = top
    return patch


def series_figure(
    series: pl.DataFrame,
    names: dict[str, str],
    poland: pl.DataFrame,
    median: pl.DataFrame,
    unit: str,
    title: str,
    median_label: str,
) -> dict:
    """Selected units over the years, with Poland and the view's median for reference."""
    title_layout, top = chart_title(title, x=0.01)
    years = set(series["year"].to_list()) | set(poland["year"].to_list())
    years |= set(median["year"].to_list())
    traces = []
    for i, (code, part) in enumerate(series.group_by("code", maintain_order=True)):
        code = code[0] if isinstance(code, tuple) else code
        traces.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": names.get(code, code),
                "x": part["year"].to_list(),
                "y": part["value"].to_list(),
                "line": {
                    "color": SERIES_COLOURS[i % len(SERIES_COLOURS)],
                    "width": 2.5,
                    "dash": SERIES_DASHES[i % len(SERIES_DASHES)],
                },
                "marker": {"symbol": SERIES_SYMBOLS[i % len(SERIES_SYMBOLS)], "size": 7},
                "hovertemplate": "%{fullData.name}, %{x}: %{y:,.2f} " + unit + "<extra></extra>",
            }
        )
    for frame, label, style in (
        (poland, t("profile.col.poland"), {"color": "#000000", "dash": "dash"}),
        (median, median_label, {"color": "#6b6b6b", "dash": "dot"}),
    ):
        if frame.height:
            traces.append(
                {
                    "type": "scatter",
                    "mode": "lines",
                    "name": label,
                    "x": frame["year"].to_list(),
                    "y": frame["value"].to_list(),
                    "line": {**style, "width": 2},
                    "hovertemplate": label + ", %{x}: %{y:,.2f} " + unit + "<extra></extra>",
                }
            )
    return {
        "data": traces,
        "layout": {
            "title": title_layout,
            "font": FONT,
            "separators": separators(),
            "height": 380 + max(0, top - 50),
            "margin": {"l": 70, "r": 20, "t": top, "b": 100},
            # Every year is labelled (slanted) on a short span; on a long one Plotly picks the
            # step from the chart's width, so that upright labels do not overlap in a narrow
            # window.
            "xaxis": {
                **(
                    {"dtick": 1, "tickangle": -45}
                    if len(years) <= MAX_YEARS_EVERY_TICK
                    else {"tickangle": 0}
                ),
                "tickformat": "d",
                "automargin": True,
            },
            "yaxis": {
                "title": {"text": unit},
                "tickformat": ",~f",
                "rangemode": "tozero",
                "automargin": True,
            },
            # Below the year labels, whatever their height (automargin makes room for both).
            "legend": {"orientation": "h", "yref": "container", "y": 0, "yanchor": "bottom"},
            "hovermode": "x unified",
        },
    }
