"""SVG building blocks of the pictures of ``/analiza``'s figures (``map_picture``,
``series_picture``): the same figure dicts Plotly draws, drawn by the server as plain SVG, so
that the page shows its map and chart before (or without) plotly.js.

Texts come from Plotly's markup (``<br>`` breaks lines, ``<sub>`` and other tags are dropped).
"""

from __future__ import annotations

import re
from html import escape

from analysis.charts import FONT

TAG = re.compile(r"<[^>]+>")
BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
SANS = FONT["family"]
TEXT = "#444"  # Plotly's default text colour


def plotly_lines(text: str | None) -> list[str]:
    """The lines of a Plotly text (split at ``<br>``, other tags removed, empty lines kept
    out)."""
    if not text:
        return []
    lines = (TAG.sub("", part).strip() for part in BREAK.split(str(text)))
    return [line for line in lines if line]


def svg_open(width: float, height: float, label: str) -> str:
    """The ``<svg>`` element of a picture ``width`` × ``height`` px, named by ``label``."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}" '
        f'width="{width:g}" height="{height:g}" role="img" aria-label="{escape(label)}" '
        f'font-family="{escape(SANS)}"><title>{escape(label)}</title>'
    )


def svg_text(
    x: float,
    y: float,
    lines: list[str],
    size: float,
    colour: str = TEXT,
    anchor: str = "start",
    line_height: float | None = None,
    extra: str = "",
) -> str:
    """``lines`` from the baseline ``y`` down, ``line_height`` apart (1.3 × ``size``)."""
    if not lines:
        return ""
    step = line_height or size * 1.3
    spans = "".join(
        f'<tspan x="{x:.1f}" y="{y + i * step:.1f}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return (
        f'<text font-size="{size:g}" fill="{colour}" text-anchor="{anchor}"{extra}>{spans}</text>'
    )
