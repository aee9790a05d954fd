"""A user's targets with their assessments: the stored targets (``targets.repository``) read
against the unit's values in the data repository (``targets.assess``).

Only values with status ``value`` enter an assessment: suspect, missing, confidential and
not applicable ones never do. Demonstration values do, and the assessment says so
(``Assessment.demonstration``).
"""

from __future__ import annotations

from collections.abc import Iterable

import polars as pl

from data_access.catalogue_model import Provenance, Status
from data_access.repository import get_repository
from targets import repository
from targets.assess import assess
from targets.core import Assessment, Target

Series = list[tuple[int, float]]


def usable_series(values: pl.DataFrame, indicator_id: str) -> tuple[Series, bool]:
    """The ``(year, value)`` pairs of one indicator in a unit's rows
    (``Repository.unit_values``) that may be assessed, and whether any is a demonstration
    value."""
    rows = values.filter(
        (pl.col("indicator") == indicator_id)
        & (pl.col("status") == Status.VALUE.value)
        & pl.col("value").is_not_null()
    ).sort("year")
    series = [(int(y), float(v)) for y, v in rows.select("year", "value").iter_rows()]
    demonstration = rows.filter(pl.col("provenance") == Provenance.DEMO.value).height > 0
    return series, demonstration


def assessed_with_series(targets: Iterable[Target]) -> list[tuple[Assessment, Series]]:
    """Each target assessed on its unit's current values, with the series it rests on (for
    a sparkline), in the given order."""
    targets = list(targets)
    codes = sorted({t.unit_code for t in targets})
    if not codes:
        return []
    values = get_repository().unit_values(codes)
    result = []
    for target in targets:
        own = values.filter(pl.col("code") == target.unit_code)
        series, demonstration = usable_series(own, target.indicator_id)
        result.append((assess(target, series, demonstration), series))
    return result


def assess_targets(targets: Iterable[Target]) -> list[Assessment]:
    """Each target assessed on its unit's current values, in the given order."""
    return [assessment for assessment, _ in assessed_with_series(targets)]


def assessments_for(user_id: int, unit_code: str) -> list[Assessment]:
    """The user's targets of one unit (current or former code), assessed, oldest first."""
    code = get_repository().resolve_code(unit_code) or unit_code
    return assess_targets(r.target for r in repository.list_targets(user_id, code))


def assessments_of_user(user_id: int) -> list[Assessment]:
    """All the user's targets, of every unit, assessed, oldest first."""
    return assess_targets(r.target for r in repository.list_targets(user_id))
