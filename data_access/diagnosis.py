"""Diagnosis of a unit: strengths and weaknesses against its comparison group, with trends.

A **strength** is an indicator (higher-is-better or lower-is-better, never neutral) where the
unit is in the best quartile of its group (percentile ≥ 75), a **weakness** one in the worst
quartile (percentile ≤ 25); groups with fewer than ``MIN_GROUP`` members with a value give no
verdict. The **trend** compares the latest value with the value in ``BASE_YEAR`` (or the first
later year with a value): a change of more than ``TREND_THRESHOLD`` (relative) in the better
direction is an improvement, in the worse direction a deterioration, otherwise stable.

By default the diagnosis rests on **real** indicators only; demonstration indicators (made-up
values) enter only when asked for (``include_demo``), and :func:`basis` tells how many real and
how many demonstration indicators could carry a verdict, so every page can say what the
diagnosis rests on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import polars as pl

BASE_YEAR = 2015
TREND_THRESHOLD = 0.02
STRENGTH_PERCENTILE = 75.0
WEAKNESS_PERCENTILE = 25.0
MIN_GROUP = 4


@dataclass(frozen=True)
class Trend:
    direction: str  # "improved" | "worsened" | "stable"
    base_year: int
    base_value: float
    last_year: int
    last_value: float


@dataclass(frozen=True)
class Finding:
    indicator_id: str
    area_id: str
    kind: str  # "strength" | "weakness"
    value: float
    median: float
    percentile: float
    n: int
    trend: Trend | None
    demo: bool


def trend_since(
    years: Sequence[int] | None,
    values: Sequence[float | None] | None,
    polarity: str,
    base_year: int = BASE_YEAR,
    threshold: float = TREND_THRESHOLD,
) -> Trend | None:
    """The polarity-aware trend from ``base_year`` (or the first later year with a value) to
    the last year with a value; None for neutral indicators or fewer than two points."""
    if polarity == "neutralny" or not years or not values:
        return None
    points = [
        (int(y), float(v))
        for y, v in zip(years, values, strict=True)
        if v is not None and y >= base_year
    ]
    if len(points) < 2:
        return None
    (y0, v0), (y1, v1) = points[0], points[-1]
    scale = abs(v0) if v0 != 0 else max(abs(v1), 1e-12)
    change = (v1 - v0) / scale
    if polarity == "nizej_lepiej":
        change = -change
    if change > threshold:
        direction = "improved"
    elif change < -threshold:
        direction = "worsened"
    else:
        direction = "stable"
    return Trend(direction, y0, v0, y1, v1)


@dataclass(frozen=True)
class Basis:
    """How many indicators could carry a verdict (directional, with the unit's value and a
    group of at least ``MIN_GROUP``), real and demonstration, and whether the latter count."""

    real: int
    demo: int
    with_demo: bool


def _eligible(
    stats: pl.DataFrame, own: Mapping[str, dict], meta: Mapping[str, tuple[str, str, bool]]
) -> list[dict]:
    rows = []
    for row in stats.iter_rows(named=True):
        indicator_id = row["indicator"]
        if indicator_id not in meta or indicator_id not in own:
            continue
        polarity = meta[indicator_id][1]
        if polarity == "neutralny" or row["percentile"] is None or row["n"] < MIN_GROUP:
            continue
        rows.append(row)
    return rows


def basis(
    stats: pl.DataFrame,
    own: Mapping[str, dict],
    meta: Mapping[str, tuple[str, str, bool]],
    include_demo: bool = False,
) -> Basis:
    """What a diagnosis of these inputs rests on (see :class:`Basis`)."""
    eligible = _eligible(stats, own, meta)
    demo = sum(meta[row["indicator"]][2] for row in eligible)
    return Basis(real=len(eligible) - demo, demo=demo, with_demo=include_demo)


def findings(
    stats: pl.DataFrame,
    own: Mapping[str, dict],
    meta: Mapping[str, tuple[str, str, bool]],
    include_demo: bool = False,
) -> list[Finding]:
    """Strengths and weaknesses from :func:`data_access.peers.group_statistics` output.

    ``own`` maps indicator id to the unit's profile row (value, series_years, series_values);
    ``meta`` maps indicator id to (area id, polarity, is demo). Demonstration indicators count
    only with ``include_demo``. Order: by area as in ``meta``, then the most extreme percentile
    first.
    """
    out: list[Finding] = []
    for row in _eligible(stats, own, meta):
        indicator_id = row["indicator"]
        area_id, polarity, demo = meta[indicator_id]
        if demo and not include_demo:
            continue
        if row["percentile"] >= STRENGTH_PERCENTILE:
            kind = "strength"
        elif row["percentile"] <= WEAKNESS_PERCENTILE:
            kind = "weakness"
        else:
            continue
        unit_row = own[indicator_id]
        out.append(
            Finding(
                indicator_id=indicator_id,
                area_id=area_id,
                kind=kind,
                value=unit_row["value"],
                median=row["median"],
                percentile=row["percentile"],
                n=row["n"],
                trend=trend_since(unit_row["series_years"], unit_row["series_values"], polarity),
                demo=demo,
            )
        )
    area_order = {a: i for i, a in enumerate(dict.fromkeys(m[0] for m in meta.values()))}
    return sorted(
        out,
        key=lambda f: (
            area_order.get(f.area_id, 99),
            -abs(f.percentile - 50.0),
            f.indicator_id,
        ),
    )


def by_area(items: list[Finding], area_ids: Sequence[str]) -> list[tuple[str, list, list]]:
    """(area id, strengths, weaknesses) per area with findings; priority areas (more
    weaknesses) first, then the catalogue order."""
    grouped = []
    for position, area_id in enumerate(area_ids):
        strengths = [f for f in items if f.area_id == area_id and f.kind == "strength"]
        weaknesses = [f for f in items if f.area_id == area_id and f.kind == "weakness"]
        if strengths or weaknesses:
            grouped.append((position, area_id, strengths, weaknesses))
    grouped.sort(key=lambda g: (-len(g[3]), g[0]))
    return [(area_id, s, w) for _, area_id, s, w in grouped]
