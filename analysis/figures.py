"""Map and chart figures of ``/analiza`` as plain dicts, and the ``Patch`` that updates the map.

The map references its geometry by URL (``/assets/geo/<level>.geojson?v=<content hash>``): the
browser fetches and caches it once per level, and a change of indicator or year only sends values.
"""

from __future__ import annotations

import math
from itertools import pairwise

import polars as pl
from dash import Patch

from analysis.view import SELECTED_OUTLINE, STATUS_LAYERS, LayerStyle
from components.charts import FONT, chart_title, separators
from components.svg import level_shapes
from delivery import geometry_url as geometry_file_url
from i18n import format_number, t

GEO_FILES = {"wojewodztwo": "wojewodztwa", "powiat": "powiaty", "gmina": "gminy"}
POLAND_VIEW = {"center": {"lat": 51.95, "lon": 19.3}, "zoom": 4.9}
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
    return geometry_file_url(GEO_FILES[level])


def territory_view(territory: str) -> dict:
    """Map centre and zoom that frame a voivodeship or powiat (Poland when empty)."""
    level = {2: "wojewodztwo", 4: "powiat"}.get(len(territory))
    rings = level_shapes(level).get(territory) if level else None
    if not rings:
        return POLAND_VIEW
    lons = [p[0] for ring in rings for p in ring]
    lats = [p[1] for ring in rings for p in ring]
    span = max(max(lons) - min(lons), (max(lats) - min(lats)) * 1.6, 0.05)
    zoom = max(4.5, min(10.0, math.log2(360 / span) - 0.9))
    return {
        "center": {"lat": (min(lats) + max(lats)) / 2, "lon": (min(lons) + max(lons)) / 2},
        "zoom": zoom,
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
            "map": {"style": "white-bg", **view},
            "meta": {"fitZoom": view["zoom"]},
            "margin": {"l": 0, "r": 0, "t": top, "b": 0},
            "height": 560,
            "font": FONT,
            "separators": separators(),
            "title": title_layout,
            "legend": {"orientation": "h", "x": 0, "y": 0, "bgcolor": "rgba(255,255,255,0.8)"},
            "uirevision": f"{level}-{territory}",
        },
    }


def class_labels(breaks: list[float], decimals: int) -> list[str]:
    return [
        f"{format_number(lo, decimals)} – {format_number(hi, decimals)}"
        for lo, hi in pairwise(breaks)
    ]


def map_patch(
    rows: pl.DataFrame,
    breaks: list[float],
    colours: list[str],
    decimals: int,
    unit: str,
    title: str,
    selected: list[str],
    legend_title: str,
    with_frame: bool,
) -> Patch:
    """Only what changes with the indicator, year or selection: class of every unit (null where
    there is no ranked value, so the status layers show through), values and ranks for the
    hover, classes and colours, the units of each status layer with their count in the legend
    (a suspect unit with its value for the hover, never classed) and the selection outline.
    The units and their names (``with_frame``) are sent only when the level or territory
    changes."""
    from analysis.view import class_index

    ordered = rows.sort("code")
    has_value = [status == "value" for status in ordered["status"].to_list()]
    values = ordered["value"].to_list()
    z = [
        class_index(v, breaks) if ok and breaks else None
        for v, ok in zip(values, has_value, strict=True)
    ]
    customdata = [
        [round(v, decimals), r] if ok else None
        for v, r, ok in zip(values, ordered["rank"].to_list(), has_value, strict=True)
    ]
    patch = Patch()
    if with_frame:
        patch["data"][VALUES]["locations"] = ordered["code"].to_list()
        patch["data"][VALUES]["text"] = ordered["name"].to_list()
    patch["data"][VALUES]["z"] = z
    patch["data"][VALUES]["customdata"] = customdata
    patch["data"][VALUES]["hovertemplate"] = (
        "%{text}<br>%{customdata[0]:,."
        + str(decimals)
        + "f} "
        + unit
        + "<br>"
        + t("analiza.hover_rank", rank="%{customdata[1]}")
        + "<extra></extra>"
    )
    n = max(len(breaks) - 1, 1)
    patch["data"][VALUES]["colorscale"] = discrete_colourscale(colours[:n])
    patch["data"][VALUES]["zmin"] = -0.5
    patch["data"][VALUES]["zmax"] = n - 0.5
    patch["data"][VALUES]["colorbar"] = {
        "title": {"text": legend_title},
        "tickvals": list(range(n)),
        "ticktext": class_labels(breaks, decimals),
        "len": 0.6,
        "thickness": 14,
    }
    for status, trace in STATUS_TRACES.items():
        part = ordered.filter(pl.col("status") == status)
        patch["data"][trace]["locations"] = part["code"].to_list()
        patch["data"][trace]["z"] = [0] * part.height
        patch["data"][trace]["text"] = part["name"].to_list()
        patch["data"][trace]["name"] = f"{t('status.' + status)} ({part.height})"
        patch["data"][trace]["showlegend"] = part.height > 0
        if trace == SUSPECT:
            patch["data"][trace]["customdata"] = [
                f"{format_number(v, decimals)} {unit}" if v is not None else "–"
                for v in part["value"].to_list()
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
