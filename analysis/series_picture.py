"""The picture of ``/analiza``'s time-series chart: the figure ``series_update`` returns,
drawn by the server as SVG the way plotly.js draws it (the same plot area, tick steps and
ranges, legend rows and texts), so that the page can show it before plotly.js has loaded and
the real chart then replaces it in place.

It draws the title, the hint, the grid with the y tick labels and the unit, the year labels,
the zero line, every trace's lines (split at missing values) with its colour, width and dash,
the markers, the legend and the source lines. Widths of texts are estimated (the browser's
font decides the real ones), so margins and legend rows may differ from Plotly's by a few px.
"""

from __future__ import annotations

import math
from html import escape

from analysis.picture_svg import TEXT, plotly_lines, svg_open, svg_text
from core.chart_geometry import (
    Extent,
    gap_free_runs,
    plotly_range,
    plotly_step,
    plotly_tick_count,
    ticks_between,
)
from i18n import format_number

SERIES_DESIGN_WIDTH = 456  # the series chart's width in a 1350 px desktop window

# plotly.js's defaults and constants (no template: dcc.Graph gets a plain dict)
DEFAULT_HEIGHT = 450
DEFAULT_MARGIN = {"l": 80, "r": 80, "t": 100, "b": 80}
DEFAULT_FONT_SIZE = 12
LINE_SPACING = 1.3
CAP_SHIFT = 0.7
MID_SHIFT = 0.35
GRID = "#eee"
ZERO_LINE = "#444"
MINUS = "\u2212"  # plotly.js writes negative tick labels with a minus sign
AUTOMARGIN_PAD = 12  # Plots.autoMargin's pad (the smaller of 12 px and every margin)
MARKER_AREA_PAD = 1.6  # a marker of size s pads the axis range by s / 1.6 px
LEGEND_ITEM_GAP = 5
LEGEND_TEXT_GAP = 40  # line sample 30 px and two gaps
LEGEND_LINE = (5, 35)
LEGEND_MARKER_X = 20
X_LABEL_BASELINE = 14  # an upright year label's baseline below the plot
EMPTY_X, EMPTY_Y = (-1.0, 6.0), (-1.0, 4.0)  # plotly.js's ranges without data

# Advance widths (per em) of a sans-serif font of Helvetica's metrics, close to the
# system-ui fonts the page asks for (Segoe UI, Roboto, San Francisco); others: 0.56.
_WIDTHS: dict[str, float] = {}
for _chars, _width in (
    (" ,.:;!'|/\\[]\u00a0\u202fijlłfIt", 0.278),
    ("()-r`\u2013", 0.333),
    ("*", 0.389),
    ("ckśćsvxyzźżJ", 0.5),
    ("+<=>~#$0123456789_?abdegh nopqruąęóń", 0.556),
    ("FTZŹŻ", 0.611),
    ("ABEKPSVXYŚĄĘ", 0.667),
    ("CDHNRUwĆŃ", 0.722),
    ("GOQÓ", 0.778),
    ("mM", 0.833),
    ("%", 0.889),
    ("W", 0.944),
):
    for _char in _chars:
        _WIDTHS[_char] = _width
_WIDTHS["—"] = 1.0


WIDTH_SCALE = 1.08  # wider than Helvetica: a picture's texts had better not overlap


def text_width(text: str, size: float) -> float:
    """The estimated width (px) of ``text`` in a font of ``size`` px."""
    return size * WIDTH_SCALE * sum(_WIDTHS.get(char, 0.56) for char in text)


def _number(value: object) -> float | None:
    """A finite float, or None (no value, or not a number)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def _size(font: object, default: float) -> float:
    size = _number(_dict(font).get("size"))
    return size if size and size > 0 else default


def _attr(value: object, default: str) -> str:
    """An attribute value from the figure (a colour), escaped."""
    return escape(str(value), quote=True) if value else default


def dash_array(dash: object, width: float) -> str:
    """SVG ``stroke-dasharray`` of a Plotly dash name for a line ``width`` px wide (plotly.js
    ``Drawing.dashStyle``); empty for a solid line."""
    unit = max(width or 1, 3)
    pattern = {
        "dot": (1, 1),
        "dash": (3, 3),
        "longdash": (5, 5),
        "dashdot": (3, 1, 1, 1),
        "longdashdot": (5, 2, 1, 2),
    }.get(str(dash or "solid"))
    if pattern is not None:
        return ",".join(f"{unit * part:g}" for part in pattern)
    if dash in (None, "", "solid"):
        return ""
    return escape(str(dash).replace("px", ""), quote=True)  # a dasharray of its own


def marker_path(symbol: object, radius: float) -> str:
    """The path of a Plotly marker symbol of ``radius`` around (0, 0)
    (plotly.js ``symbol_defs``); a circle for a symbol it does not know."""
    r = radius
    name = str(symbol or "circle").removesuffix("-open")
    if name == "square":
        return f"M{r:g},{r:g}H{-r:g}V{-r:g}H{r:g}Z"
    if name == "diamond":
        d = round(r * 1.3, 2)
        return f"M{d:g},0L0,{d:g}L{-d:g},0L0,{-d:g}Z"
    if name == "cross":
        a, b = round(r * 0.4, 2), round(r * 1.2, 2)
        return (
            f"M{b:g},{a:g}H{a:g}V{b:g}H{-a:g}V{a:g}H{-b:g}V{-a:g}H{-a:g}V{-b:g}H{a:g}V{-a:g}H{b:g}Z"
        )
    if name == "x":
        s = round(r * 0.8 / math.sqrt(2), 2)
        ne, se, sw, nw = f"l{s:g},{s:g}", f"l{s:g},{-s:g}", f"l{-s:g},{-s:g}", f"l{-s:g},{s:g}"
        return f"M0,{s:g}{ne}{se}{sw}{se}{sw}{nw}{sw}{nw}{ne}{nw}{ne}Z"
    if name in ("triangle-up", "triangle-down"):
        t, h = round(r * 2 / math.sqrt(3), 2), round(r / 2, 2)
        sign = 1 if name == "triangle-up" else -1
        return f"M{-t:g},{sign * h:g}H{t:g}L0,{-sign * r:g}Z"
    if name == "star":
        s = r * 1.4
        x1, x2, x3, x4 = (round(s * k, 2) for k in (0.225, 0.951, 0.363, 0.588))
        y0, y1, y3, y4, y5 = (round(s * k, 2) for k in (-1, -0.309, 0.118, 0.809, 0.382))
        return (
            f"M{x1:g},{y1:g}H{x2:g}L{x3:g},{y3:g}L{x4:g},{y4:g}L0,{y5:g}L{-x4:g},{y4:g}"
            f"L{-x3:g},{y3:g}L{-x2:g},{y1:g}H{-x1:g}L0,{y0:g}Z"
        )
    return f"M{r:g},0A{r:g},{r:g} 0 1,1 0,{-r:g}A{r:g},{r:g} 0 0,1 {r:g},0Z"


class _Trace:
    """What the picture needs of one scatter trace."""

    def __init__(self, trace: dict, index: int) -> None:
        self.name = str(trace.get("name") or f"trace {index}")
        mode = str(trace.get("mode") or "lines+markers")
        self.lines = "lines" in mode
        self.markers = "markers" in mode
        line, marker = _dict(trace.get("line")), _dict(trace.get("marker"))
        self.colour = _attr(line.get("color") or marker.get("color"), "#1f77b4")
        self.marker_colour = _attr(marker.get("color") or line.get("color"), self.colour)
        self.width = _number(line.get("width")) or 2.0
        self.dash = dash_array(line.get("dash"), self.width)
        self.symbol = marker.get("symbol") or "circle"
        self.marker_size = _number(marker.get("size")) or 6.0
        xs = trace.get("x") if isinstance(trace.get("x"), list | tuple) else []
        ys = trace.get("y") if isinstance(trace.get("y"), list | tuple) else []
        self.xs = [_number(x) for x in xs]
        self.points = [
            (x, _number(y)) if x is not None and _number(y) is not None else None
            for x, y in zip(self.xs, ys, strict=False)
        ]
        visible = trace.get("visible", True)
        if visible != True:  # noqa: E712 - "legendonly": in the legend, not drawn
            self.xs, self.points = [], []
        self.in_legend = trace.get("showlegend") is not False and visible is not False

    def extent(self, axis: str, length_px: float) -> Extent | None:
        """The trace's extent on the x or y axis with plotly.js's padding (``scatter/calc``:
        5 % of the axis and the marker's size / 1.6; x is not padded for lines alone)."""
        if axis == "x":
            values = [x for x in self.xs if x is not None]
        else:
            values = [p[1] for p in self.points if p is not None]
        if not values:
            return None
        padded = axis == "y" or self.markers
        pad = 0.05 * length_px if padded else 0.0
        if self.markers and padded:
            pad += max(self.marker_size / MARKER_AREA_PAD, 3)
        return Extent(min(values), max(values), pad)


def _tick_text(value: float, decimals: int, point: str) -> str:
    """A y tick label as ``tickformat: ",~f"`` writes it: grouped thousands, no trailing
    zeros, a minus sign."""
    text = format_number(0.0 if abs(value) < 1e-12 else value, decimals)
    if decimals and point in text:
        text = text.rstrip("0").rstrip(point)
    return text.replace("-", MINUS)


def _decimals(step: float) -> int:
    return max(0, -math.floor(math.log10(step) + 1e-9)) if step > 0 else 0


def _year_text(value: float) -> str:
    return str(round(value)).replace("-", MINUS)


class _Layout:
    """The plot area and axes of a figure ``width`` px wide: the margins grow, as plotly.js's
    ``automargin`` grows them, to hold the y tick labels, the slanted year labels and the
    legend."""

    def __init__(self, layout: dict, traces: list[_Trace], width: float) -> None:
        self.width = width
        height = _number(layout.get("height"))
        self.height = height if height and height > 0 else DEFAULT_HEIGHT
        margin = {**DEFAULT_MARGIN, **_dict(layout.get("margin"))}
        self.margin = {k: _number(margin.get(k)) or 0.0 for k in DEFAULT_MARGIN}
        self.font = _size(layout.get("font"), DEFAULT_FONT_SIZE)
        self.title_size = round(self.font * 1.2)  # plotly.js ``Lib.bigFont``
        self.traces = traces
        xaxis, yaxis = _dict(layout.get("xaxis")), _dict(layout.get("yaxis"))
        self.x_step = _number(xaxis.get("dtick"))
        self.slant = _number(xaxis.get("tickangle")) or 0.0
        self.to_zero = yaxis.get("rangemode") == "tozero"
        self.unit = plotly_lines(_dict(yaxis.get("title")).get("text"))
        legend = _dict(layout.get("legend"))
        self.legend_y = _number(legend.get("y"))
        self.legend_ref = legend.get("yref", "paper")
        shown = [t for t in traces if t.in_legend]
        show = layout.get("showlegend")
        self.legend_items = shown if (show is True or (show is None and len(shown) > 1)) else []
        self.point = format_number(0.5, 1)[1]
        self.left = self.margin["l"]
        for _ in range(2):  # the margins depend on the labels, the labels on the margins
            self._fit()

    def _fit(self) -> None:
        self.plot_width = max(self.width - self.left - self.margin["r"], 1.0)
        self.legend = self._legend_rows()
        self.x_range = plotly_range(
            [e for t in self.traces if (e := t.extent("x", self.plot_width))],
            self.plot_width,
            False,
            EMPTY_X,
        )
        step = self.x_step
        if not step or step <= 0:
            span = self.x_range[1] - self.x_range[0]
            step = max(plotly_step(span / plotly_tick_count(self.plot_width, False)), 1.0)
        self.x_ticks = ticks_between(*self.x_range, step)
        self.x_labels = [_year_text(v) for v in self.x_ticks]
        label_width = max((text_width(s, self.font) for s in self.x_labels), default=0.0)
        if self.slant:
            angle = math.radians(abs(self.slant))
            depth = label_width * math.sin(angle) + self.font * 1.15 * math.cos(angle) + 3
        else:
            depth = X_LABEL_BASELINE + self.font * 0.3
        bottom = self.margin["b"]
        if self.legend_items and self.legend_y is not None:
            below = self.legend_y * self.height if self.legend_ref == "container" else 0.0
            bottom = max(bottom, below + self.legend_height + depth + AUTOMARGIN_PAD)
        self.top = self.margin["t"]
        self.plot_height = max(self.height - self.top - bottom, 1.0)
        self.y_range = plotly_range(
            [e for t in self.traces if (e := t.extent("y", self.plot_height))],
            self.plot_height,
            self.to_zero,
            EMPTY_Y,
        )
        span = self.y_range[1] - self.y_range[0]
        y_step = plotly_step(span / plotly_tick_count(self.plot_height, True))
        self.y_ticks = ticks_between(*self.y_range, y_step)
        decimals = _decimals(y_step)
        self.y_labels = [_tick_text(v, decimals, self.point) for v in self.y_ticks]
        widest = max((text_width(s, self.font) for s in self.y_labels), default=0.0)
        title = self.title_size if self.unit else 0.0
        self.left = max(self.margin["l"], round(widest + 1 + title + AUTOMARGIN_PAD))

    def _legend_rows(self) -> list[tuple[float, float, _Trace]]:
        """Where each legend item goes (x, y of its middle, from the legend's top left), as
        plotly.js lays out a horizontal legend: one row if all fit the plot's width, else
        columns as wide as the widest item."""
        items = self.legend_items
        self.legend_item_height = max(self.font * LINE_SPACING, 16) + 3
        widths = [LEGEND_TEXT_GAP + text_width(t.name, self.font) for t in items]
        one_row = sum(widths) + (len(items) - 1) * LEGEND_ITEM_GAP < self.plot_width
        widest = max(widths, default=0.0)
        placed, x, y = [], 0.0, 0.0
        for trace, item_width in zip(items, widths, strict=True):
            step = (item_width if one_row else widest) + LEGEND_ITEM_GAP
            if x > 0 and step + x - LEGEND_ITEM_GAP >= self.plot_width:
                x, y = 0.0, y + self.legend_item_height
            placed.append((x, y + self.legend_item_height / 2 + LEGEND_ITEM_GAP, trace))
            x += step
        rows = (round(y / self.legend_item_height) + 1) if items else 0
        self.legend_height = math.ceil(rows * self.legend_item_height + 2 * LEGEND_ITEM_GAP)
        return placed

    def x_of(self, value: float) -> float:
        low, high = self.x_range
        return self.left + (value - low) / ((high - low) or 1) * self.plot_width

    def y_of(self, value: float) -> float:
        low, high = self.y_range
        return self.top + (high - value) / ((high - low) or 1) * self.plot_height


def _grid(layout: _Layout) -> list[str]:
    parts = []
    left, right = layout.left, layout.left + layout.plot_width
    top, bottom = layout.top, layout.top + layout.plot_height
    for value in layout.x_ticks:
        x = layout.x_of(value)
        colour = ZERO_LINE if value == 0 else GRID
        parts.append(f'<path d="M{x:.2f},{top:.2f}V{bottom:.2f}" stroke="{colour}"/>')
    for value in layout.y_ticks:
        if value != 0:
            y = layout.y_of(value)
            parts.append(f'<path d="M{left:.2f},{y:.2f}H{right:.2f}" stroke="{GRID}"/>')
    low, high = layout.y_range
    if low <= 0 <= high:  # the zero line, on top of the grid
        y = layout.y_of(0)
        parts.append(f'<path d="M{left:.2f},{y:.2f}H{right:.2f}" stroke="{ZERO_LINE}"/>')
    return ['<g fill="none" stroke-width="1" shape-rendering="crispEdges">', *parts, "</g>"]


def _axis_labels(layout: _Layout) -> list[str]:
    size = layout.font
    parts = [
        svg_text(layout.left - 1, layout.y_of(v) + MID_SHIFT * size, [s], size, TEXT, "end")
        for v, s in zip(layout.y_ticks, layout.y_labels, strict=True)
    ]
    bottom = layout.top + layout.plot_height
    for value, label in zip(layout.x_ticks, layout.x_labels, strict=True):
        x = layout.x_of(value)
        if layout.slant:
            turn = f' transform="rotate({layout.slant:g},{x:.2f},{bottom + 7.5:.2f})"'
            anchor = "end" if layout.slant < 0 else "start"  # the label hangs from its tick
            parts.append(svg_text(x, bottom + 14.3, [label], size, TEXT, anchor, extra=turn))
        else:
            parts.append(svg_text(x, bottom + X_LABEL_BASELINE, [label], size, TEXT, "middle"))
    if layout.unit:
        # the unit's baseline 10 px + 2 em left of the plot (plotly.js ``drawTitle``),
        # moved left of the tick labels beside it
        title = layout.title_size
        x, y = layout.left - 10 - 2 * title, layout.top + layout.plot_height / 2
        half = text_width(" ".join(layout.unit), title) / 2 + size
        beside = [
            layout.left - 1 - text_width(label, size)
            for value, label in zip(layout.y_ticks, layout.y_labels, strict=True)
            if abs(layout.y_of(value) - y) < half
        ]
        x = min([x, *(left - 2 - 0.25 * title for left in beside)])
        turn = f' transform="rotate(-90,{x:.2f},{y:.2f})"'
        parts.append(svg_text(x, y, [" ".join(layout.unit)], title, TEXT, "middle", extra=turn))
    return parts


def _marker(trace: _Trace, x: float, y: float) -> str:
    path = marker_path(trace.symbol, trace.marker_size / 2)
    return f'<path transform="translate({x:.2f},{y:.2f})" d="{path}"/>'


def _traces(layout: _Layout) -> list[str]:
    parts = []
    for trace in layout.traces:
        coords = [
            (layout.x_of(p[0]), layout.y_of(p[1])) if p is not None else None for p in trace.points
        ]
        if trace.lines:
            dash = f' stroke-dasharray="{trace.dash}"' if trace.dash else ""
            for run in gap_free_runs(coords):
                if len(run) > 1:
                    points = " ".join(f"{x:.2f},{y:.2f}" for x, y in run)
                    parts.append(
                        f'<polyline points="{points}" fill="none" stroke="{trace.colour}" '
                        f'stroke-width="{trace.width:g}"{dash} stroke-linejoin="round"/>'
                    )
        if trace.markers:
            markers = "".join(_marker(trace, x, y) for x, y in filter(None, coords))
            if markers:
                parts.append(f'<g fill="{trace.marker_colour}">{markers}</g>')
    return parts


def _legend(layout: _Layout) -> list[str]:
    if not layout.legend:
        return []
    bottom = layout.height * (1 - layout.legend_y)
    if layout.legend_ref != "container":
        bottom = layout.top + layout.plot_height * (1 - layout.legend_y)
    left, top = layout.left, bottom - layout.legend_height
    parts = ['<g class="legend">']
    for x, y, trace in layout.legend:
        x, y = left + x, top + y
        if trace.lines:
            dash = f' stroke-dasharray="{trace.dash}"' if trace.dash else ""
            parts.append(
                f'<path d="M{x + LEGEND_LINE[0]:.2f},{y:.2f}H{x + LEGEND_LINE[1]:.2f}" '
                f'fill="none" stroke="{trace.colour}" stroke-width="{trace.width:g}"{dash}/>'
            )
        if trace.markers:
            marker = _marker(trace, x + LEGEND_MARKER_X, y)
            parts.append(f'<g fill="{trace.marker_colour}">{marker}</g>')
        baseline = y + 0.3 * layout.font * LINE_SPACING
        parts.append(svg_text(x + LEGEND_TEXT_GAP, baseline, [trace.name], layout.font, TEXT))
    parts.append("</g>")
    return parts


def _annotations(layout: _Layout, annotations: object) -> list[str]:
    """Texts placed against the plot area (``xref``/``yref`` ``paper``): the source line
    below it, the hint above it."""
    parts = []
    for note in annotations if isinstance(annotations, list) else []:
        note = _dict(note)
        lines = plotly_lines(note.get("text"))
        if not lines:
            continue
        font = _dict(note.get("font"))
        size = _size(font, layout.font)
        colour = _attr(font.get("color"), TEXT)
        step = size * LINE_SPACING
        x = layout.left + (_number(note.get("x")) or 0.0) * layout.plot_width
        x += _number(note.get("xshift")) or 0.0
        y = layout.top + (1 - (_number(note.get("y")) or 0.0)) * layout.plot_height
        y -= _number(note.get("yshift")) or 0.0
        widths = [text_width(line, size) for line in lines]
        box = max(widths) + 4
        xanchor = note.get("xanchor", "auto")
        left = {"left": x, "right": x - box}.get(xanchor, x - box / 2)
        align = note.get("align", "center")
        anchor = {"left": "start", "right": "end"}.get(align, "middle")
        text_x = {"start": left + 2, "end": left + box - 2}.get(anchor, left + box / 2)
        height = (len(lines) - 1) * step + size * 1.2 + 4
        yanchor = note.get("yanchor", "auto")
        top = {"top": y, "bottom": y - height}.get(yanchor, y - height / 2)
        parts.append(svg_text(text_x, top + size + 2, lines, size, colour, anchor, step))
    return parts


def _title(layout: _Layout, title: object) -> list[str]:
    title = _dict(title) if not isinstance(title, str) else {"text": title}
    lines = plotly_lines(title.get("text"))
    if not lines:
        return []
    size = _size(title.get("font"), layout.font * 1.4)
    pad = _dict(title.get("pad"))
    x_part = _number(title.get("x"))
    x_part = 0.5 if x_part is None else x_part
    xanchor = title.get("xanchor", "auto")
    if xanchor == "left" or (xanchor == "auto" and x_part <= 1 / 3):
        anchor, shift = "start", _number(pad.get("l")) or 0.0
    elif xanchor == "right" or (xanchor == "auto" and x_part >= 2 / 3):
        anchor, shift = "end", -(_number(pad.get("r")) or 0.0)
    else:
        anchor, shift = "middle", 0.0
    y_part = _number(title.get("y"))
    top = layout.height * (1 - (1 if y_part is None else y_part)) + (_number(pad.get("t")) or 0)
    # plotly.js shifts a one-line title down by 0.7 em; the lines of a longer one start at
    # the top (their own ``dy`` overrides the text's).
    baseline = top + (CAP_SHIFT * size if len(lines) == 1 else 0.0)
    x = layout.width * x_part + shift
    return [svg_text(x, baseline, lines, size, TEXT, anchor, size * LINE_SPACING)]


def series_svg(figure: dict, width: int = SERIES_DESIGN_WIDTH) -> str:
    """The SVG picture, ``width`` × the figure's height px, of the time-series figure
    ``series_update`` returns (see the module's docstring)."""
    figure = _dict(figure)
    layout_dict = _dict(figure.get("layout"))
    data = figure.get("data") if isinstance(figure.get("data"), list | tuple) else []
    traces = [_Trace(t, i) for i, t in enumerate(data) if isinstance(t, dict)]
    traces = [t for t in traces if t.in_legend or t.xs]
    width = max(int(width), 1)
    layout = _Layout(layout_dict, traces, float(width))
    title = layout_dict.get("title")
    label = " ".join(plotly_lines(_dict(title).get("text") if isinstance(title, dict) else title))
    parts = [
        svg_open(width, layout.height, label),
        f'<rect width="{width:g}" height="{layout.height:g}" fill="#fff"/>',
        *_grid(layout),
        *_traces(layout),
        *_axis_labels(layout),
        *_legend(layout),
        *_annotations(layout, layout_dict.get("annotations")),
        *_title(layout, title),
        "</svg>",
    ]
    return "".join(parts)
