"""Deterministic generator of demonstration component variables (``demo_*``).

The demonstration indicators of the catalogue (``catalogue/*.toml``, ``provenance = "demo"``)
are computed from gmina-level component variables that do not exist in the shipped data. This
package invents plausible values for them from each gmina's real context (population, age
structure, area, gmina type, own revenue per resident): realistic levels for Poland, spread
between units, smooth trends over the years with noise, a few missing unit-years and "not
applicable" where a gmina does not deliver the service. **The values are fictitious** and must
always be presented as demonstration data.

Layout: :mod:`data_access.demo.core` holds the generator (hashing, random draws, the per-row
context arrays, the output) and explains why the output is deterministic; each area module
(``education``, ``social``, ..., ``context``) declares the ``VARIABLES`` it produces and fills
them in ``generate(g)``. :data:`AREAS` gives the order in which they run and in which their
variables appear in :data:`DEMO_VARIABLES` and in the output.
"""

from __future__ import annotations

import polars as pl

from data_access.demo import context as context_area
from data_access.demo import (
    culture,
    education,
    environment,
    finance,
    geodesy,
    investment,
    real_estate,
    roads,
    social,
    taxes,
)
from data_access.demo.core import Generator, prepare

#: The areas in run order. Social reads ``demo_children_under_3`` from education, so education
#: comes first; the other areas only read the context, but their order also fixes the order of
#: the variables in the output.
AREAS = (
    education,
    social,
    culture,
    roads,
    environment,
    real_estate,
    investment,
    geodesy,
    taxes,
    finance,
    context_area,
)

DEMO_VARIABLES: tuple[str, ...] = tuple(name for area in AREAS for name in area.VARIABLES)

__all__ = ["AREAS", "DEMO_VARIABLES", "demo_variables", "generate_demo_components"]


def demo_variables() -> frozenset[str]:
    """Names of all variables produced by :func:`generate_demo_components`."""
    return frozenset(DEMO_VARIABLES)


def generate_demo_components(context: pl.DataFrame, seed: int = 2026) -> pl.DataFrame:
    """Generate the demonstration component variables for every gmina-year of ``context``.

    ``context``: one row per gmina and year with ``code`` (7-digit TERYT string), ``year``,
    ``gmina_type`` ("1"/"2"/"3"), ``pop_total``, ``pop_pre``, ``pop_work``, ``pop_post``,
    ``area_km2`` and ``own_revenue``; any numeric value may be null (the last known value of
    each code is carried forward, then the first one backward; a code with no population at
    all gets "no_data" everywhere).

    Returns a long frame ``code, variable, year, value, status`` with one row per input row and
    variable of :data:`DEMO_VARIABLES`; ``value`` is null unless ``status == "value"``; the
    other statuses are ``"no_data"`` and ``"not_applicable"`` (the gmina does not deliver the
    service; the matching output counts, such as places, stay a value of 0). The result is a
    pure function of the input rows and ``seed`` (row order does not matter).
    """
    generator = Generator(prepare(context), seed)
    for area in AREAS:
        before = set(generator.values)
        area.generate(generator)
        produced, declared = set(generator.values) - before, set(area.VARIABLES)
        if produced != declared:
            raise RuntimeError(
                f"{area.__name__} produced other variables than it declares: "
                f"{sorted(produced ^ declared)}"
            )
    return generator.to_frame(DEMO_VARIABLES)
