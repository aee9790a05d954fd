"""A repository of a few synthetic units and values, for the unit tests.

``FakeRepository`` is the real :class:`data_access.repository.Repository` (its queries,
unchanged) over small polars frames instead of the built dataset: units, value rows in the
store's columns and the components of the denominators. The catalogue is the project's own
(``catalogue/*.toml``, read without the dataset). Write the frames a test needs with
``units_frame``, ``value_rows`` and ``component_rows``.
"""

from __future__ import annotations

from functools import cached_property

import polars as pl

from data_access.catalogue import Catalogue, default_catalogue
from data_access.catalogue_model import Indicator
from data_access.repository import Repository

UNIT_SCHEMA = {
    "code": pl.String,
    "name": pl.String,
    "level": pl.String,
    "kind": pl.String,
    "gmina_type": pl.String,
    "former_codes": pl.List(pl.String),
    "powiat_code": pl.String,
    "woj_code": pl.String,
    "is_city_county": pl.Boolean,
    "search_key": pl.String,
}
VALUE_SCHEMA = {
    "indicator": pl.String,
    "code": pl.String,
    "level": pl.String,
    "year": pl.Int16,
    "value": pl.Float64,
    "status": pl.String,
    "provenance": pl.String,
    "quality": pl.String,
}
COMPONENT_SCHEMA = {
    "code": pl.String,
    "variable": pl.String,
    "year": pl.Int16,
    "value": pl.Float64,
    "status": pl.String,
}
KIND_OF_TYPE = {"1": "gmina miejska", "2": "gmina wiejska", "3": "gmina miejsko-wiejska"}


def unit(code: str, name: str, gmina_type: str = "") -> dict:
    """A unit row; its level, kind and parents follow from the length of ``code``."""
    level = {2: "kraj" if code == "00" else "wojewodztwo", 4: "powiat", 7: "gmina"}[len(code)]
    kind = {"kraj": "kraj", "wojewodztwo": "województwo", "powiat": "powiat"}.get(level)
    return {
        "code": code,
        "name": name,
        "level": level,
        "kind": kind or KIND_OF_TYPE[code[-1]],
        "gmina_type": code[-1] if level == "gmina" else None,
        "former_codes": [],
        "powiat_code": code[:4] if level == "gmina" else None,
        "woj_code": code[:2] if level != "kraj" else None,
        "is_city_county": False,
        "search_key": name.lower(),
    }


def units_frame(*rows: dict) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=UNIT_SCHEMA)


def value_rows(
    indicator: str, year: int, values: dict[str, float | None], provenance: str = "real"
) -> list[dict]:
    """One indicator's rows in one year: ``code → value`` (None: no data)."""
    levels = {2: "wojewodztwo", 4: "powiat", 7: "gmina"}
    return [
        {
            "indicator": indicator,
            "code": code,
            "level": "kraj" if code == "00" else levels[len(code)],
            "year": year,
            "value": value,
            "status": "no_data" if value is None else "value",
            "provenance": provenance,
            "quality": provenance,
        }
        for code, value in values.items()
    ]


def component_rows(variable: str, year: int, values: dict[str, float]) -> list[dict]:
    return [
        {"code": code, "variable": variable, "year": year, "value": value, "status": "value"}
        for code, value in values.items()
    ]


class FakeRepository(Repository):
    """The repository's queries over ``units``, ``values`` and ``components`` (lists of rows
    made by the helpers above); ``ludnosc`` rows give the units their population."""

    def __init__(
        self,
        units: pl.DataFrame,
        values: list[dict],
        components: list[dict] = (),
        catalogue: Catalogue | None = None,
    ):
        self.built_dir = None
        self.catalogue = catalogue or default_catalogue()
        self._values = pl.DataFrame(values, schema=VALUE_SCHEMA).sort("level", "code", "year")
        self._components = pl.DataFrame(list(components), schema=COMPONENT_SCHEMA)
        self._index_units(units)

    @cached_property
    def indicators(self) -> tuple[Indicator, ...]:
        return self.catalogue.indicators

    def indicator_values(self, indicator_id: str) -> pl.DataFrame:
        return self._values.filter(pl.col("indicator") == indicator_id)

    def values(self) -> pl.LazyFrame:
        return self._values.lazy()

    @cached_property
    def _years(self) -> dict[str, tuple[int, ...]]:
        frame = (
            self._values.filter(pl.col("status") == "value")
            .group_by("indicator")
            .agg(pl.col("year").unique().sort())
        )
        return {ind: tuple(int(y) for y in years) for ind, years in frame.iter_rows()}

    def _components_of_year(self, year: int) -> pl.DataFrame:
        return self._components.filter(pl.col("year") == year).drop("year")
