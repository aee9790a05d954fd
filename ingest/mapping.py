"""The declarative mapping of a BDL CSV export to component variables of the build.

A mapping file (TOML or JSON) names, for each column of the export (the header text before
``;<year>;[unit]``), the component variable it feeds::

    source = "GUS BDL, K-03: czytelnicy bibliotek publicznych"
    years = [2015, 2024]               # optional: import only these years

    [[columns]]
    match = "czytelnicy w ciągu roku"  # dimension text of the column (or its last part)
    variable = "library_readers"       # a numerator or denominator of the catalogue
    unit = "osoba"                     # optional: checked against the header's [unit]
    min = 0                            # optional, default 0 (negative values are errors)
    max = 1000000                      # optional
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import dataclass
from pathlib import Path

from i18n import t

MAX_MAPPING_BYTES = 1_000_000


class MappingError(ValueError):
    """The mapping file cannot be used; the message is in Polish."""


@dataclass(frozen=True)
class ColumnMapping:
    match: str
    variable: str
    unit: str | None = None
    minimum: float = 0.0
    maximum: float | None = None


@dataclass(frozen=True)
class Mapping:
    source: str
    columns: tuple[ColumnMapping, ...]
    years: tuple[int, int] | None = None

    @property
    def variables(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.variable for c in self.columns))


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MappingError(t("ingest.mapping.not_number", where=where, value=value))
    return float(value)


def parse_mapping(raw: dict, known_variables: frozenset[str] | None = None) -> Mapping:
    """Check a mapping read from TOML/JSON and turn it into a :class:`Mapping`."""
    if not isinstance(raw, dict):
        raise MappingError(t("ingest.mapping.not_table"))
    columns = raw.get("columns")
    if not isinstance(columns, list) or not columns:
        raise MappingError(t("ingest.mapping.no_columns"))
    parsed = []
    for number, column in enumerate(columns, start=1):
        where = t("ingest.mapping.column_n", n=number)
        if not isinstance(column, dict):
            raise MappingError(t("ingest.mapping.not_table_at", where=where))
        unknown = sorted(set(column) - {"match", "variable", "unit", "min", "max"})
        if unknown:
            raise MappingError(
                t("ingest.mapping.unknown_keys", where=where, keys=", ".join(unknown))
            )
        match, variable = column.get("match"), column.get("variable")
        if not isinstance(match, str) or not isinstance(variable, str) or not variable:
            raise MappingError(t("ingest.mapping.missing_keys", where=where))
        if known_variables is not None and variable not in known_variables:
            raise MappingError(t("ingest.mapping.unknown_variable", where=where, variable=variable))
        minimum = _number(column.get("min", 0), where)
        maximum = _number(column["max"], where) if "max" in column else None
        if maximum is not None and maximum < minimum:
            raise MappingError(t("ingest.mapping.bad_range", where=where))
        unit = column.get("unit")
        if unit is not None and not isinstance(unit, str):
            raise MappingError(t("ingest.mapping.missing_keys", where=where))
        parsed.append(ColumnMapping(match.strip(), variable, unit, minimum, maximum))
    targets = [c.variable for c in parsed]
    duplicates = sorted({v for v in targets if targets.count(v) > 1})
    if duplicates:
        raise MappingError(t("ingest.mapping.duplicate_variable", variables=", ".join(duplicates)))
    years = raw.get("years")
    if years is not None:
        if (
            not isinstance(years, list)
            or len(years) != 2
            or not all(isinstance(y, int) and not isinstance(y, bool) for y in years)
            or years[0] > years[1]
        ):
            raise MappingError(t("ingest.mapping.bad_years"))
        years = (years[0], years[1])
    source = raw.get("source", "")
    if not isinstance(source, str):
        raise MappingError(t("ingest.mapping.not_table"))
    return Mapping(
        source=source.strip() or "GUS, Bank Danych Lokalnych", columns=tuple(parsed), years=years
    )


def load_mapping(path: Path, known_variables: frozenset[str] | None = None) -> Mapping:
    """Read a ``.toml`` or ``.json`` mapping file."""
    if not path.is_file():
        raise MappingError(t("ingest.mapping.missing_file", path=path))
    if path.stat().st_size > MAX_MAPPING_BYTES:
        raise MappingError(t("ingest.mapping.too_big", path=path))
    try:
        text = path.read_text(encoding="utf-8")
        raw = json.loads(text) if path.suffix.lower() == ".json" else tomllib.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as error:
        raise MappingError(t("ingest.mapping.unreadable", path=path.name, error=error)) from error
    return parse_mapping(raw, known_variables)
