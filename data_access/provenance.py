"""Where values come from, as facts read from the import records of a dataset version
(``imports.json``: one record per variable a CSV import or an API sync brought, oldest first).

A record names its ``variable``, ``source`` ("GUS, SMUP", "GUS, BDL", or the mapping's source of a
CSV import), ``imported_at`` (ISO seconds), the ``years`` it brought and, for a sync,
``"kind": "sync"``. A later record of a variable replaces the earlier ones for the years it
brings; the other years keep theirs. Pure functions: the pages and exports put them into words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import polars as pl

from data_access.catalogue_model import Indicator

IMPORT = "import"
SYNC = "sync"
COVERAGE_SCHEMA = {"year": pl.Int16, "source": pl.String, "imported_at": pl.Date}


def record_kind(record: dict) -> str:
    """``"sync"`` for a record of an API sync, ``"import"`` for one of a CSV import."""
    return SYNC if record.get("kind") == SYNC else IMPORT


def record_date(record: dict) -> dt.date:
    """The day of a record's ``imported_at``."""
    return dt.date.fromisoformat(str(record["imported_at"])[:10])


def latest_records(records: Iterable[dict]) -> dict[tuple[str, int], dict]:
    """(variable, year) → the last record that brought that year of that variable."""
    latest: dict[tuple[str, int], dict] = {}
    for record in records:
        for year in record.get("years", ()):
            latest[(record["variable"], int(year))] = record
    return latest


def indicator_variables(indicator: Indicator) -> tuple[str, ...]:
    """The component variables of an indicator: numerator, then denominator if any."""
    return tuple(v for v in (indicator.numerator, indicator.denominator) if v)


def import_coverage(indicator: Indicator, records: Sequence[dict]) -> pl.DataFrame:
    """Per year whose numerator or denominator values an import or sync brought: ``year``,
    ``source`` (the source names of those records, numerator first, joined by "; ") and
    ``imported_at`` (the latest of their dates). Years no record brought are absent."""
    latest = latest_records(records)
    variables = indicator_variables(indicator)
    years = sorted({year for variable, year in latest if variable in variables})
    rows = []
    for year in years:
        found = [latest[(v, year)] for v in variables if (v, year) in latest]
        sources = dict.fromkeys(str(r.get("source", "")) for r in found)
        rows.append((year, "; ".join(s for s in sources if s), max(map(record_date, found))))
    return pl.DataFrame(rows, schema=COVERAGE_SCHEMA, orient="row")


@dataclass(frozen=True)
class ValueSources:
    """Where the values of one indicator come from: ``by_year`` (year, source, imported_at) for
    the years an import or sync brought, ``default`` (the catalogue's source) for the others."""

    by_year: pl.DataFrame
    default: str

    def label(self, rows: pl.DataFrame) -> pl.DataFrame:
        """``rows`` (with a ``year`` column) with two more: ``source`` and ``imported_at``
        (a date, null where the values are the shipped ones)."""
        coverage = self.by_year.with_columns(pl.col("year").cast(rows.schema["year"]))
        return (
            rows.with_row_index("_order")
            .join(coverage, on="year", how="left")
            .sort("_order")
            .drop("_order")
            .with_columns(pl.col("source").fill_null(self.default))
        )

    def imports(self) -> list[tuple[str, dt.date, tuple[int, ...]]]:
        """(source, date, years) of every import or sync behind some year, oldest first."""
        grouped = self.by_year.group_by("source", "imported_at", maintain_order=True).agg(
            pl.col("year").sort()
        )
        found = [(source, date, tuple(years)) for source, date, years in grouped.iter_rows()]
        return sorted(found, key=lambda item: (item[1], item[0]))


@dataclass(frozen=True)
class SourceSummary:
    """One source that imports or syncs brought into the dataset."""

    source: str
    kind: str  # IMPORT or SYNC
    variables: int
    indicators: int
    years: tuple[int, ...]
    imported_at: dt.date  # the latest


def source_summaries(
    indicators: Iterable[Indicator], records: Sequence[dict]
) -> list[SourceSummary]:
    """The imported and synced sources of a dataset, in the order they first arrived: how many
    variables and indicators (those whose numerator or denominator is one of the variables)
    each feeds, the years it brought and the date of its latest record."""
    grouped: dict[tuple[str, str], list[dict]] = {}
    for record in records:
        grouped.setdefault((str(record.get("source", "")), record_kind(record)), []).append(record)
    indicators = tuple(indicators)
    summaries = []
    for (source, kind), own in grouped.items():
        variables = {r["variable"] for r in own}
        fed = sum(any(v in variables for v in indicator_variables(i)) for i in indicators)
        years = sorted({int(y) for r in own for y in r.get("years", ())})
        latest = max(map(record_date, own))
        summaries.append(SourceSummary(source, kind, len(variables), fed, tuple(years), latest))
    return summaries
