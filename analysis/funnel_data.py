"""The funnel of a view from the repository: values and denominators of one indicator, level
and year, classified by :mod:`analysis.funnel` against Poland's value or a group's."""

from __future__ import annotations

from functools import lru_cache

import polars as pl

from analysis.funnel import Funnel, build_funnel, funnel_kind
from data_access.catalogue_model import Status
from data_access.repository import Repository
from data_access.units import POLAND_CODE


def national_value(repo: Repository, indicator_id: str, year: int) -> float | None:
    """Poland's sum-over-sum value (None where the indicator has no national row)."""
    rows = repo.distribution(indicator_id, "kraj", year).filter(
        pl.col("code") == POLAND_CODE, pl.col("status") == Status.VALUE.value
    )
    return rows["value"][0] if rows.height else None


# Every funnel indicator at every level in a few years: the profile reads ~140 at once.
@lru_cache(maxsize=1024)
def view_funnel(
    repo: Repository,
    indicator_id: str,
    level: str,
    year: int,
    territory: str = "",
    members: tuple[str, ...] = (),
) -> Funnel | None:
    """The funnel of the units of a level (within ``territory``, or the group ``members``) in
    a year: around the group's own value when ``members`` are given, else around Poland's
    (the units' own value where Poland has none). Points carry ``name, kind, provenance``."""
    indicator = repo.indicator(indicator_id)
    kind = funnel_kind(indicator) if indicator else None
    if kind is None:
        return None
    rows = repo.distribution(indicator_id, level, year)
    if territory:
        rows = rows.filter(pl.col("code").str.starts_with(territory))
    if members:
        rows = rows.filter(pl.col("code").is_in(members))
    points = rows.select(
        "code",
        "name",
        "kind",
        "value",
        pl.col("status", "provenance").cast(pl.String),
    ).join(repo.denominators(indicator_id, level, year), on="code", how="left")
    target = None if members else national_value(repo, indicator_id, year)
    return build_funnel(points, kind, indicator.multiplier, target)


def unit_status(
    repo: Repository, indicator_id: str, code: str, level: str, year: int
) -> tuple[str | None, str | None]:
    """A unit's funnel status among all units of its level against Poland, and the
    provenance of its value (``None, None`` when there is no funnel or no status)."""
    return level_statuses(repo, indicator_id, level, year).get(code, (None, None))


@lru_cache(maxsize=1024)
def level_statuses(
    repo: Repository, indicator_id: str, level: str, year: int
) -> dict[str, tuple[str | None, str | None]]:
    """Code → (funnel status, provenance) of every unit of a level against Poland, read
    once per funnel: the profile asks for ~140 rows, each a lookup instead of a filter."""
    funnel = view_funnel(repo, indicator_id, level, year)
    if funnel is None:
        return {}
    return {
        code: (status, provenance)
        for code, status, provenance in funnel.points.select(
            "code", "funnel", "provenance"
        ).iter_rows()
    }


# The map's significance classes, from the lowest to the highest value.
SIGNIFICANCE_ORDER = ("below", "within", "above")


def significance_classes(funnel: Funnel) -> dict[str, int]:
    """Code → class index (0 below, 1 within, 2 above) of the classified units."""
    classified = funnel.points.filter(pl.col("funnel").is_not_null())
    return {
        code: SIGNIFICANCE_ORDER.index(status)
        for code, status in classified.select("code", "funnel").iter_rows()
    }
