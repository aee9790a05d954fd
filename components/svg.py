"""Small server-side SVG graphics: trend sparklines and locator maps.

They are plain images with alt text: light to send, readable without JavaScript, printable,
and reusable in reports.
"""

from __future__ import annotations

import base64
import math
from functools import lru_cache

from core.levels import GEOMETRY_FILES
from static_files import level_shapes

INK = "#0b3d91"
MUTED = "#c8ced6"


def data_uri(svg: str) -> str:
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")


def sparkline_svg(values: list[float | None], width: int = 96, height: int = 28) -> str | None:
    """A line of the values (gaps for None) with a dot on the last one; None if < 2 values."""
    points = [(i, v) for i, v in enumerate(values) if v is not None and math.isfinite(v)]
    if len(points) < 2:
        return None
    low = min(v for _, v in points)
    high = max(v for _, v in points)
    span = (high - low) or 1.0
    pad = 3
    step = (width - 2 * pad) / max(len(values) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return pad + i * step, height - pad - (v - low) / span * (height - 2 * pad)

    segments, current, previous = [], [], None
    for i, v in points:
        if previous is not None and i != previous + 1:
            segments.append(current)
            current = []
        current.append("{:.1f},{:.1f}".format(*xy(i, v)))
        previous = i
    segments.append(current)
    lines = "".join(
        f'<polyline points="{" ".join(s)}" fill="none" stroke="{INK}" stroke-width="1.6"/>'
        for s in segments
        if len(s) > 1
    )
    last_x, last_y = xy(*points[-1])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">{lines}'
        f'<circle cx="{last_x:.1f}" cy="{last_y:.1f}" r="2.4" fill="{INK}"/></svg>'
    )


def locator_svg(level: str, code: str, width: int = 260) -> str | None:
    """The unit in dark on the units of its voivodeship (its country for voivodeships)."""
    shapes = level_shapes(level) if level in GEOMETRY_FILES else {}
    if code not in shapes:
        return None
    paths, height = region_paths(level, "" if level == "wojewodztwo" else code[:2], width)
    others = "".join(
        f'<path d="{d}" fill="{MUTED}" stroke="#fff" stroke-width="0.5"/>'
        for c, d in paths.items()
        if c != code
    )
    unit = f'<path d="{paths[code]}" fill="{INK}" stroke="#000" stroke-width="0.8"/>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">{others}{unit}</svg>'
    )


@lru_cache(maxsize=64)
def region_paths(level: str, region: str, width: int) -> tuple[dict[str, str], int]:
    """The path of every unit of ``level`` in a voivodeship (``region``: its two digits;
    "" for all), drawn in the voivodeship's frame ``width`` wide, and the frame's height:
    projected once per region and process, shared by the locators of all its units."""
    shapes = level_shapes(level)
    context = {c: rings for c, rings in shapes.items() if not region or c[:2] == region}
    lons = [p[0] for rings in context.values() for ring in rings for p in ring]
    lats = [p[1] for rings in context.values() for ring in rings for p in ring]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    x_scale = math.cos(math.radians((south + north) / 2))
    scale = (width - 4) / max((east - west) * x_scale, 1e-9)
    height = int((north - south) * scale) + 4

    def path(rings: list) -> str:
        return "".join(
            "M"
            + "L".join(
                f"{(lon - west) * x_scale * scale + 2:.1f},{(north - lat) * scale + 2:.1f}"
                for lon, lat in ring
            )
            + "Z"
            for ring in rings
        )

    return {c: path(rings) for c, rings in context.items()}, height
