"""The /analiza map drawn by the server: the figure Plotly draws (``figures.base_map`` with the
view's ``map_patch`` applied) as one SVG of the same size, projection, classes, legend, colour
bar, title and source line. The page shows it until the reader points at the map (then
plotly.js and the interactive map load in its place), so a reader who only looks never pays
for them.

Geometry is projected to web Mercator at the figure's centre and zoom, as the map draws it,
on a half-pixel grid (coordinates ×2 in integers, relative moves), and the units of one fill
share one path: a gmina map of all Poland is ~60 kB compressed.
"""

from __future__ import annotations

import copy
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from analysis.charts import wrap_text
from analysis.figures import SELECTED, STATUS_TRACES, VALUES, fit_zoom
from analysis.picture_svg import BREAK, TEXT, plotly_lines, svg_open, svg_text
from static_files import level_shapes

# The /analiza map's figure in a desktop window (1350 px): its width; the plot is 142 px
# narrower (the colour bar), as Plotly lays it out (figures.DESIGN_PLOT).
DESIGN_WIDTH = 641
COLOUR_BAR_PX = 142
SOURCE_BAND_PX = 71  # below the plot: the source line (a figure's margin.b says how much)
SOURCE_LINE_PX = 13
SOURCE_CHAR_PX = 6  # map-fit.js: a narrow figure's source line has (width − 8) / 6 characters
NARROW_PX = 576  # map-fit.js: narrower maps have their legends below them
NARROW_MAP_FROM = 0.36  # … and the map on the plot's top 64 % (map.domain.y)
LEGEND_ROW_PX = 19
CHAR_EM = 0.52  # a character's average width in the sans-serif texts, in ems
TILE_PX = 512  # the width of the web-Mercator world at zoom 0 (maplibre's tiles)
GRID = 2  # coordinates in half pixels


def applied(figure: dict, patch: Mapping) -> dict:
    """``figure`` with the assignments of a Dash ``Patch`` (its ``to_plotly_json()``) made,
    as the browser makes them (a copy; the figure is not changed)."""
    result = copy.deepcopy(figure)
    for operation in patch.get("operations", []):
        if operation.get("operation") != "Assign":
            raise ValueError(f"unsupported patch operation: {operation.get('operation')}")
        *path, last = operation["location"]
        target = result
        for key in path:
            target = target.setdefault(key, {}) if isinstance(target, dict) else target[key]
        target[last] = operation["params"]["value"]
    return result


def mercator(lon: float, lat: float) -> tuple[float, float]:
    """A point on the web-Mercator world of width 1 (x east, y south)."""
    lat = max(min(lat, 85.0), -85.0)
    y = math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))
    return (lon + 180) / 360, (1 - y / math.pi) / 2


@lru_cache(maxsize=16)
def projected_paths(
    level: str, centre: tuple[float, float], zoom: float, plot: tuple[int, int, int, int]
) -> dict[str, str]:
    """Every unit's rings of ``level`` as SVG path data in half pixels of the figure, for a
    map of ``centre`` (lon, lat) and ``zoom`` in the plot (left, top, width, height); made
    once per frame and process."""
    shapes = level_shapes(level)
    left, top, width, height = plot
    world = TILE_PX * 2**zoom
    cx, cy = mercator(*centre)
    x0, y0 = left + width / 2 - cx * world, top + height / 2 - cy * world
    paths = {}
    for code, rings in shapes.items():
        parts = []
        for ring in rings:
            points = []
            for lon, lat in ring:
                mx, my = mercator(lon, lat)
                point = (round((x0 + mx * world) * GRID), round((y0 + my * world) * GRID))
                if not points or point != points[-1]:
                    points.append(point)
            if len(points) >= 3:
                parts.append(relative_path(points))
        paths[code] = "".join(parts)
    return paths


def relative_path(points: list[tuple[int, int]]) -> str:
    """A closed ring: an absolute move, then relative lines (short numbers)."""
    (x, y), rest = points[0], points[1:]
    steps = []
    for px, py in rest:
        steps.append(f"{px - x} {py - y}")
        x, y = px, py
    return f"M{points[0][0]} {points[0][1]}l" + " ".join(steps).replace(" -", "-") + "z"


def class_colour(colourscale: list, index: int) -> str | None:
    """The colour of class ``index`` of a stepped colourscale (two stops per class)."""
    stop = 2 * index
    return colourscale[stop][1] if 0 <= stop < len(colourscale) else None


def filled_paths(paths: Mapping[str, str], groups: Mapping[str, list[str]], line: dict) -> str:
    """One ``<path>`` per fill colour with the units of that colour."""
    width = line.get("width", 0.3)
    colour = line.get("color", "#ffffff")
    return "".join(
        f'<path fill="{escape(fill)}" stroke="{escape(colour)}" '
        f'stroke-width="{width * GRID:g}" d="{"".join(paths.get(c, "") for c in codes)}"/>'
        for fill, codes in groups.items()
        if codes
    )


def units_layer(paths: Mapping[str, str], trace: dict) -> str:
    """The units of one trace with their fills (classes for values, one fill for a status)."""
    scale = trace.get("colorscale") or []
    groups: dict[str, list[str]] = defaultdict(list)
    for code, z in zip(trace.get("locations") or [], trace.get("z") or [], strict=False):
        if z is None:
            continue
        colour = class_colour(scale, int(z)) if trace.get("showscale") else scale[0][1]
        if colour:
            groups[colour].append(code)
    return filled_paths(paths, groups, trace.get("marker", {}).get("line", {}))


def outline_layer(paths: Mapping[str, str], trace: dict) -> str:
    codes = trace.get("locations") or []
    if not codes:
        return ""
    line = trace.get("marker", {}).get("line", {})
    return (
        f'<path fill="none" stroke="{escape(line.get("color", "#000"))}" '
        f'stroke-width="{line.get("width", 3) * GRID:g}" '
        f'd="{"".join(paths.get(c, "") for c in codes)}"/>'
    )


@dataclass(frozen=True)
class Arrangement:
    """Where a map picture puts its parts: the map (left, top, width, height), the colour
    bar's column (x, top, bottom) and the legend (x, its bottom, stacked or in a row)."""

    map_box: tuple[float, float, float, float]
    bar: tuple[float, float, float]
    legend_x: float
    legend_bottom: float
    legend_stacked: bool


def arrangement(
    width: int, top: float, plot_height: float, bar_px: float = COLOUR_BAR_PX
) -> Arrangement:
    """Plotly's arrangement of the map at ``width``: beside a desktop map the colour bar
    (``bar_px`` wide with its gap, 60 % of the plot's height, centred), the legend in a row
    at the map's foot; below a narrow one (``map-fit.js``: the map on the top 64 % of the
    plot, the colour bar under it on the left over 30 %, the legend stacked beside it)."""
    if width >= NARROW_PX:
        plot_w = width - bar_px
        margin = plot_height * 0.2
        bar = (plot_w + 10, top + margin, top + plot_height - margin)
        return Arrangement((0, top, plot_w, plot_height), bar, 0, top + plot_height, False)
    map_height = plot_height * (1 - NARROW_MAP_FROM)
    bar = (0, top + plot_height * 0.7, top + plot_height)
    return Arrangement((0, top, width, map_height), bar, width / 2, top + plot_height, True)


def bar_title(trace: dict) -> tuple[list[str], list[str]]:
    """The colour bar's title: its lines, and its small lines (``<sub>``) below them."""
    text = (trace.get("colorbar") or {}).get("title", {}).get("text", "")
    parts = BREAK.split(str(text))
    small = [p for p in parts if "<sub>" in p]
    return plotly_lines("<br>".join(p for p in parts if p not in small)), plotly_lines(
        "<br>".join(small)
    )


def colour_bar_px(trace: dict) -> float:
    """The room the colour bar takes beside the map, as Plotly makes it: its widest text
    (a class name or a title line) and the bar, at least :data:`COLOUR_BAR_PX`."""
    names = [str(n) for n in (trace.get("colorbar") or {}).get("ticktext") or []]
    title, _ = bar_title(trace)
    widest = max(
        [len(n) * 13 * CHAR_EM for n in names] + [len(line) * 15 * CHAR_EM for line in title],
        default=0,
    )
    return max(COLOUR_BAR_PX, widest + 42)


def colour_bar(trace: dict, x: float, top: float, bottom: float) -> str:
    """The colour bar of the classes from ``top`` to ``bottom``: title lines, one block per
    class (the first at the bottom) and the class names beside them."""
    bar = trace.get("colorbar") or {}
    names = list(bar.get("ticktext") or [])
    if not names:
        return ""
    title, small = bar_title(trace)
    out = [svg_text(x + 9, top + 25, title, 15, TEXT, line_height=19)]
    small_top = top + 25 + 19 * max(len(title) - 1, 0) + 25
    out.append(svg_text(x + 9, small_top, small, 11))
    bar_top = small_top + 12 if small else small_top - 10
    step = (bottom - 10 - bar_top) / len(names)
    thickness = bar.get("thickness", 14)
    scale = trace.get("colorscale") or []
    for i, name in enumerate(names):
        y = bottom - 10 - (i + 1) * step
        out.append(
            f'<rect x="{x + 9:.1f}" y="{y:.1f}" width="{thickness}" height="{step:.1f}" '
            f'fill="{escape(class_colour(scale, i) or "#fff")}"/>'
        )
        out.append(svg_text(x + 13 + thickness, y + step / 2 + 4.5, [name], 13))
    out.append(
        f'<rect x="{x + 9:.1f}" y="{bar_top:.1f}" width="{thickness}" '
        f'height="{bottom - 10 - bar_top:.1f}" fill="none" stroke="{TEXT}" stroke-width="1"/>'
    )
    return "".join(out)


def legend(traces: list[dict], left: float, bottom: float, stacked: bool) -> str:
    """The legend with its foot at ``bottom``: a swatch and the name of every status layer
    with units, and the selection's outline; in a row, or ``stacked`` one per line."""
    entries = [t for t in traces if t.get("showlegend")]
    if not entries:
        return ""
    row = LEGEND_ROW_PX
    top = bottom - (row * len(entries) + 11 if stacked else 30)
    items, x, y = [], left, top + 9
    for trace in entries:
        scale = trace.get("colorscale") or [[0, "#fff"]]
        line = trace.get("marker", {}).get("line", {})
        outline = line.get("color", "#fff") if line.get("width", 0) >= 0.8 else "none"
        items.append(
            f'<rect x="{x + 13:.1f}" y="{y:.1f}" width="12" height="12" '
            f'fill="{escape(scale[0][1])}" stroke="{escape(outline)}"/>'
            + svg_text(x + 40, y + 10.5, [trace.get("name", "")], 13)
        )
        if stacked:
            y += row
        else:
            x += 40 + 7.2 * len(trace.get("name", "")) + 20
    box_width = (
        (x - left) if not stacked else 40 + 7.2 * max(len(t.get("name", "")) for t in entries)
    )
    return (
        f'<rect x="{left}" y="{top:.1f}" width="{box_width:.1f}" height="{bottom - top:.1f}" '
        f'fill="#fff" fill-opacity="0.8"/>' + "".join(items)
    )


def narrow_chars(width: int) -> int:
    """The characters of a source line in a narrow figure (map-fit.js's rule)."""
    return max(20, (width - 8) // SOURCE_CHAR_PX)


def map_svg(figure: dict, level: str, width: int = DESIGN_WIDTH) -> str:
    """The SVG of a map ``figure`` (a ``choroplethmap`` figure of /analiza, data applied) of
    the units of ``level``, ``width`` px wide as Plotly lays it out (its legends below the
    map when narrower than a phone's breakpoint, as ``map-fit.js`` moves them)."""
    layout = figure.get("layout", {})
    traces = figure.get("data", [])
    height = layout.get("height", 560)
    top = layout.get("margin", {}).get("t", 0)
    notes = [plotly_lines(note.get("text")) for note in layout.get("annotations", [])]
    bottom = layout.get("margin", {}).get("b", SOURCE_BAND_PX)
    if width < NARROW_PX:  # map-fit.js wraps a narrow figure's source line to its width
        wrapped = [plotly_lines(wrap_text(" ".join(lines), narrow_chars(width))) for lines in notes]
        bottom += SOURCE_LINE_PX * sum(
            max(0, len(w) - len(n)) for w, n in zip(wrapped, notes, strict=True)
        )
        notes = wrapped
    bar_px = colour_bar_px(traces[VALUES]) if traces else COLOUR_BAR_PX
    parts = arrangement(width, top, height - top - bottom, bar_px)
    view = layout.get("map", {})
    centre = (view.get("center", {}).get("lon", 19.1), view.get("center", {}).get("lat", 52))
    zoom = float(view.get("zoom", 5))
    left, top, plot_w, plot_h = parts.map_box
    if layout.get("meta", {}).get("fitBounds"):  # refitted to the plot, as map-fit.js does
        zoom = fit_zoom(layout["meta"]["fitBounds"], plot_w, plot_h)
    paths = projected_paths(level, centre, zoom, tuple(round(v) for v in parts.map_box))
    title = plotly_lines(layout.get("title", {}).get("text"))
    label = " ".join(title) or "map"
    source_top = height - bottom
    body = [
        svg_open(width, height, label),
        f'<clipPath id="plot"><rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}"/>'
        "</clipPath>",
        f'<g clip-path="url(#plot)"><g transform="scale({1 / GRID:g})">',
        units_layer(paths, traces[VALUES]) if len(traces) > VALUES else "",
        *(units_layer(paths, traces[i]) for i in STATUS_TRACES.values() if i < len(traces)),
        outline_layer(paths, traces[SELECTED]) if len(traces) > SELECTED else "",
        "</g></g>",
        svg_text(0.01 * width, 42, title, 14, TEXT, line_height=19),
        colour_bar(traces[VALUES], *parts.bar) if traces else "",
        legend(traces, parts.legend_x, parts.legend_bottom, parts.legend_stacked),
    ]
    for lines in notes:
        body.append(svg_text(5, source_top + 16, lines, 10, TEXT, SOURCE_LINE_PX))
    body.append("</svg>")
    return "".join(body)
