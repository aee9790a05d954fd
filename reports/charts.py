"""Inline SVG charts for the printed reports, built on the server.

Small and vector, readable in black-and-white print: every series has its own dash style and
marker shape, not only its own colour (Okabe–Ito palette, colour-blind safe), and map classes
run from light to dark so that they keep their order in grey. Each chart carries a ``<title>``
and an ``aria-label``; the report prints the same figures in a table next to it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from core.chart_geometry import gap_free_runs, nice_ticks
from core.classify import QUANTILES, classify
from core.levels import GEOMETRY_FILES
from i18n import format_number
from static_files import level_shapes

Point = tuple[int, float | None]

FONT = "DejaVu Sans, Verdana, sans-serif"


@dataclass(frozen=True)
class SeriesStyle:
    """How one series is drawn: colour, dash pattern and marker shape."""

    colour: str
    dash: str  # SVG stroke-dasharray, "" for a solid line
    marker: str  # circle | square | triangle | diamond | cross
    width: float = 1.6


STYLES: dict[str, SeriesStyle] = {
    "unit": SeriesStyle("#0072B2", "", "circle", 2.4),
    "powiat": SeriesStyle("#D55E00", "6 3", "square"),
    "wojewodztwo": SeriesStyle("#CC79A7", "9 3 2 3", "triangle"),
    "kraj": SeriesStyle("#000000", "2 2", "diamond"),
    "group": SeriesStyle("#009E73", "12 4", "cross"),
}
# Map classes: light to dark blue (ordered in lightness, so they survive grey printing).
CLASS_FILLS = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")


@dataclass(frozen=True)
class Series:
    key: str  # a key of STYLES
    label: str
    points: list[Point]


def _finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _svg_open(width: float, height: float, label: str, extra: str = "") -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'width="{width:g}" height="{height:g}" role="img" aria-label="{escape(label)}"'
        f' font-family="{FONT}"{extra}><title>{escape(label)}</title>'
    )


def marker_svg(shape: str, x: float, y: float, size: float, colour: str) -> str:
    """One marker; hollow shapes have a white fill so they show on top of lines."""
    s = size
    if shape == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{s:.1f}" fill="{colour}"/>'
    if shape == "square":
        return (
            f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" height="{2 * s:.1f}" '
            f'fill="#fff" stroke="{colour}" stroke-width="1.2"/>'
        )
    if shape == "triangle":
        return (
            f'<path d="M{x:.1f},{y - s * 1.2:.1f}L{x + s * 1.1:.1f},{y + s * 0.8:.1f}'
            f'L{x - s * 1.1:.1f},{y + s * 0.8:.1f}Z" fill="{colour}"/>'
        )
    if shape == "diamond":
        return (
            f'<path d="M{x:.1f},{y - s * 1.3:.1f}L{x + s:.1f},{y:.1f}L{x:.1f},{y + s * 1.3:.1f}'
            f'L{x - s:.1f},{y:.1f}Z" fill="#fff" stroke="{colour}" stroke-width="1.2"/>'
        )
    return (
        f'<path d="M{x - s:.1f},{y - s:.1f}L{x + s:.1f},{y + s:.1f}M{x - s:.1f},{y + s:.1f}'
        f'L{x + s:.1f},{y - s:.1f}" stroke="{colour}" stroke-width="1.4"/>'
    )


def _polyline(points: list[tuple[float, float]], style: SeriesStyle) -> str:
    dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
    text = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (
        f'<polyline points="{text}" fill="none" stroke="{style.colour}" '
        f'stroke-width="{style.width}"{dash} stroke-linejoin="round"/>'
    )


def trend_svg(
    own: Sequence[Point],
    reference: Sequence[Point] | None,
    label: str,
    width: int = 112,
    height: int = 30,
) -> str | None:
    """A small trend: the unit (solid, dots on the first and last value) and, if given,
    Poland (dotted) on one scale; the years are those of the report (the table header says
    which). No text inside: cheap to draw. None if the unit has < 2 values."""
    known = [(y, v) for y, v in own if _finite(v)]
    if len(known) < 2:
        return None
    ref = [(y, v) for y, v in (reference or []) if _finite(v)]
    years = sorted({y for y, _ in own} | {y for y, _ in ref})
    values = [v for _, v in known] + [v for _, v in ref]
    low, high = min(values), max(values)
    span = (high - low) or (abs(high) or 1.0)
    pad, bottom = 4, 4
    x_step = (width - 2 * pad) / max(len(years) - 1, 1)
    x_of = {y: pad + i * x_step for i, y in enumerate(years)}

    def y_of(v: float) -> float:
        return pad + (high - v) / span * (height - pad - bottom)

    parts = [_svg_open(width, height, label, ' class="trend"')]
    for key, points in (("kraj", reference or []), ("unit", own)):
        style = STYLES[key]
        coords = [(x_of[y], y_of(v)) if _finite(v) else None for y, v in points]
        thin = SeriesStyle(style.colour, style.dash, style.marker, 1.1 if key == "kraj" else 1.6)
        parts += [_polyline(run, thin) for run in gap_free_runs(coords) if len(run) > 1]
        if key == "unit":
            for y, v in (known[0], known[-1]):
                parts.append(marker_svg("circle", x_of[y], y_of(v), 2.0, style.colour))
    parts.append("</svg>")
    return "".join(parts)


def line_chart_svg(
    series: Sequence[Series],
    label: str,
    decimals: int = 1,
    width: int = 640,
    height: int = 210,
) -> str | None:
    """Lines over years with a value axis, year labels and a legend (line sample, marker and
    name for every series). None when no series has two values."""
    drawn = [s for s in series if sum(1 for _, v in s.points if _finite(v)) >= 1]
    if not any(sum(1 for _, v in s.points if _finite(v)) >= 2 for s in drawn):
        return None
    years = sorted({y for s in drawn for y, _ in s.points})
    values = [v for s in drawn for _, v in s.points if _finite(v)]
    ticks = nice_ticks(min(values), max(values))
    low, high = min(ticks), max(ticks)
    tick_labels = [format_number(v, max(0, min(decimals, 2))) for v in ticks]
    left = 10 + 6.2 * max(len(x) for x in tick_labels)
    legend_rows = math.ceil(len(drawn) / 3)
    right, top, bottom = 14, 10, 26 + 16 * legend_rows
    plot_w, plot_h = width - left - right, height - top - bottom
    x_step = plot_w / max(len(years) - 1, 1)
    x_of = {y: left + i * x_step for i, y in enumerate(years)}

    def y_of(v: float) -> float:
        return top + (high - v) / ((high - low) or 1) * plot_h

    parts = [_svg_open(width, height, label, ' class="chart"')]
    for value, text in zip(ticks, tick_labels, strict=True):
        y = y_of(value)
        parts.append(
            f'<line x1="{left:.1f}" x2="{width - right:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
            f'stroke="#d0d0d0" stroke-width="0.6"/>'
            f'<text x="{left - 4:.1f}" y="{y + 3:.1f}" font-size="9" text-anchor="end" '
            f'fill="#222">{text}</text>'
        )
    every = 1 if len(years) <= 12 else 2
    for i, year in enumerate(years):
        if i % every and i != len(years) - 1:
            continue
        parts.append(
            f'<text x="{x_of[year]:.1f}" y="{top + plot_h + 13:.1f}" font-size="9" '
            f'text-anchor="middle" fill="#222">{year}</text>'
        )
    parts.append(
        f'<line x1="{left:.1f}" x2="{width - right:.1f}" y1="{top + plot_h:.1f}" '
        f'y2="{top + plot_h:.1f}" stroke="#444" stroke-width="0.8"/>'
    )
    for s in reversed(drawn):  # the unit last, on top
        style = STYLES[s.key]
        coords = [(x_of[y], y_of(v)) if _finite(v) else None for y, v in s.points]
        parts += [_polyline(run, style) for run in gap_free_runs(coords) if len(run) > 1]
        size = 3.0 if s.key == "unit" else 2.6
        parts += [
            marker_svg(style.marker, x, y, size, style.colour) for x, y in filter(None, coords)
        ]
    column_w = (width - 20) / 3
    for i, s in enumerate(drawn):
        style = STYLES[s.key]
        x = 10 + (i % 3) * column_w
        y = height - 16 * (legend_rows - i // 3) + 6
        parts.append(_polyline([(x, y), (x + 28, y)], style))
        parts.append(marker_svg(style.marker, x + 14, y, 3.0, style.colour))
        parts.append(
            f'<text x="{x + 34:.1f}" y="{y + 3.5:.1f}" font-size="9.5" fill="#111">'
            f"{escape(s.label[:48])}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


AGE_FILLS = (
    ("#ffffff", "url(#age-hatch)"),  # pre-working age: hatched
    ("#d9d9d9", None),  # working age: light grey
    ("#525252", None),  # post-working age: dark
)


def age_structure_svg(
    rows: Sequence[tuple[str, tuple[float, float, float]]],
    legend: tuple[str, str, str],
    label: str,
    width: int = 640,
) -> str | None:
    """100% bars of the three economic age groups for the unit and its parents, with the
    share printed in each segment and a hatched / light / dark fill (readable in grey)."""
    rows = [(name, shares) for name, shares in rows if all(_finite(v) for v in shares)]
    if not rows:
        return None
    bar_h, gap, left, top = 18, 8, 130, 6
    height = top + len(rows) * (bar_h + gap) + 24
    plot_w = width - left - 10
    parts = [
        _svg_open(width, height, label, ' class="chart"'),
        '<defs><pattern id="age-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/>'
        '<line x1="0" y1="0" x2="0" y2="6" stroke="#0072B2" stroke-width="2"/></pattern></defs>',
    ]
    for i, (name, shares) in enumerate(rows):
        y = top + i * (bar_h + gap)
        parts.append(
            f'<text x="{left - 6}" y="{y + bar_h / 2 + 3.5:.1f}" font-size="9.5" '
            f'text-anchor="end" fill="#111">{escape(name[:24])}</text>'
        )
        x = float(left)
        total = sum(shares) or 1.0
        for j, share in enumerate(shares):
            w = plot_w * share / total
            colour, pattern = AGE_FILLS[j]
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" '
                f'fill="{pattern or colour}" stroke="#222" stroke-width="0.6"/>'
            )
            text_fill = "#fff" if j == 2 else "#111"
            box = (
                f'<rect x="{x + w / 2 - 17:.1f}" y="{y + 3}" width="34" height="12" fill="#fff"/>'
                if j == 0
                else ""
            )
            parts.append(
                f'{box}<text x="{x + w / 2:.1f}" y="{y + bar_h / 2 + 3.5:.1f}" font-size="9" '
                f'text-anchor="middle" fill="{text_fill}">{format_number(share, 1)}%</text>'
            )
            x += w
    y = height - 12
    for j, text in enumerate(legend):
        x = left + j * plot_w / 3
        colour, pattern = AGE_FILLS[j]
        parts.append(
            f'<rect x="{x:.1f}" y="{y - 8}" width="14" height="10" fill="{pattern or colour}" '
            f'stroke="#222" stroke-width="0.6"/><text x="{x + 18:.1f}" y="{y + 1}" '
            f'font-size="9" fill="#111">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def choropleth_svg(
    level: str,
    values: dict[str, float | None],
    highlight: str,
    label: str,
    suspect: frozenset[str] = frozenset(),
    width: int = 330,
) -> tuple[str, list[tuple[str, float | None, float | None, bool]]] | None:
    """Units of ``level`` in ``values`` shaded by quantile class (light → dark; the classes of
    the screen's maps, ``core.classify``), units without a value hatched, ``suspect`` ones
    white with a black outline (never classed), and ``highlight`` outlined thick in black
    with a marker. Returns the SVG and the legend classes (fill, lower, upper, upper
    included), or None without geometry."""
    shapes = level_shapes(level) if level in GEOMETRY_FILES else {}
    context = {c: shapes[c] for c in values if c in shapes}
    if highlight not in context:
        return None
    lons = [p[0] for rings in context.values() for ring in rings for p in ring]
    lats = [p[1] for rings in context.values() for ring in rings for p in ring]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    x_scale = math.cos(math.radians((south + north) / 2))
    scale = (width - 8) / max((east - west) * x_scale, 1e-9)
    height = int((north - south) * scale) + 8

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * x_scale * scale + 4, (north - lat) * scale + 4

    def path(rings: list) -> str:
        return "".join(
            "M" + "L".join("{:.1f},{:.1f}".format(*project(*p)) for p in ring) + "Z"
            for ring in rings
        )

    classes = classify(values.values(), QUANTILES, len(CLASS_FILLS))
    parts = [
        _svg_open(width, height, label, ' class="map"'),
        '<defs><pattern id="map-nodata" width="5" height="5" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/>'
        '<line x1="0" y1="0" x2="0" y2="5" stroke="#888" stroke-width="1"/></pattern></defs>',
    ]
    for code, rings in context.items():
        value = values.get(code)
        fill = (
            CLASS_FILLS[classes.index(value)]
            if _finite(value) and classes.breaks
            else "url(#map-nodata)"
        )
        if code in suspect:
            parts.append(f'<path d="{path(rings)}" fill="#fff" stroke="#000" stroke-width="1"/>')
            continue
        parts.append(f'<path d="{path(rings)}" fill="{fill}" stroke="#fff" stroke-width="0.5"/>')
    parts.append(
        f'<path d="{path(context[highlight])}" fill="none" stroke="#fff" stroke-width="4"/>'
        f'<path d="{path(context[highlight])}" fill="none" stroke="#000" stroke-width="2"/>'
    )
    xs = [project(*p)[0] for ring in context[highlight] for p in ring]
    ys = [project(*p)[1] for ring in context[highlight] for p in ring]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    parts.append(
        f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="4.5" fill="#fff" stroke="#000" '
        f'stroke-width="1.5"/><circle cx="{cx:.1f}" cy="{cy:.1f}" r="1.6" fill="#000"/></svg>'
    )
    legend = [
        (CLASS_FILLS[i], low, high, closed)
        for i, (low, high, closed) in enumerate(classes.bounds())
    ]
    return "".join(parts), legend
