"""A unit's bulk download (``/jst/<teryt>/dane.csv`` and ``.xlsx``): every indicator of the
unit's level × every year, one row per value with the indicator's name, unit of measure,
source, import date, provenance and quality flag, so demonstration and suspect values are
marked in every row. Written by the writers of the ``/analiza`` exports (``analysis.exports``);
column names and labels are Polish whatever the page's language (a data contract)."""

from __future__ import annotations

import re
from datetime import date

import polars as pl

from analysis import exports
from core import urls
from data_access.catalogue_model import Indicator
from data_access.provenance import COVERAGE_SCHEMA
from data_access.repository import Repository, Unit

FORMATS = urls.UNIT_DATA_FORMATS  # as in ROUTE
ROUTE = urls.UNIT_DATA
PATH_PATTERN = re.compile(r"^/jst/[^/]+/dane\.(csv|xlsx)$")


INDICATOR_SCHEMA = {
    "indicator": pl.String,
    "obszar": pl.String,
    "usluga": pl.String,
    "nazwa_wskaznika": pl.String,
    "jednostka": pl.String,
    "default_source": pl.String,
    "decimals": pl.Int8,
}


def unit_indicators(repo: Repository, unit: Unit) -> list[Indicator]:
    """The indicators published at the unit's level, in catalogue order (area, service)."""
    return [
        indicator
        for area in repo.areas
        for service in repo.services_of(area.id)
        for indicator in repo.indicators_of(service.id)
        if unit.level in indicator.levels
    ]


def indicator_table(repo: Repository, indicators: list[Indicator]) -> pl.DataFrame:
    """Per indicator: its area, service, name, unit of measure, catalogue source and the
    decimals it is published with."""
    rows = []
    for indicator in indicators:
        service = repo.service(indicator.service_id)
        area = repo.area(service.area_id)
        rows.append(
            (
                indicator.id,
                area.name,
                service.name,
                indicator.name,
                indicator.unit,
                repo.value_sources(indicator.id).default,
                indicator.decimals,
            )
        )
    return pl.DataFrame(rows, schema=INDICATOR_SCHEMA, orient="row")


def import_table(repo: Repository, indicators: list[Indicator]) -> pl.DataFrame:
    """Per indicator and year brought by an import or sync: its source and date."""
    frames = [
        repo.value_sources(i.id).by_year.with_columns(pl.lit(i.id).alias("indicator"))
        for i in indicators
    ]
    schema = {"indicator": pl.String, **COVERAGE_SCHEMA}
    return pl.concat([pl.DataFrame(schema=schema), *(f.select(list(schema)) for f in frames)])


def rounded_value(decimals: list[int]) -> pl.Expr:
    """``value`` rounded to its indicator's ``decimals`` (not 15 digits of float noise)."""
    expression = pl.col("value")
    for places in decimals:
        expression = (
            pl.when(pl.col("decimals") == places)
            .then(pl.col("value").round(places))
            .otherwise(expression)
        )
    return expression


def unit_export_frame(
    unit: Unit, values: pl.DataFrame, meta: pl.DataFrame, imported: pl.DataFrame
) -> pl.DataFrame:
    """The unit's values (``Repository.unit_values`` rows) as the download's table: ordered
    by the catalogue (``meta``'s order), then by year."""
    order = meta.with_row_index("_order").select("indicator", "_order")
    return (
        values.join(order, on="indicator", how="inner")
        .join(meta, on="indicator", how="left")
        .join(
            imported.with_columns(pl.col("year").cast(pl.Int16)),
            on=["indicator", "year"],
            how="left",
        )
        .sort("_order", "year")
        .select(
            pl.lit(unit.code).alias("kod_teryt"),
            pl.lit(unit.name).alias("nazwa"),
            pl.lit(unit.kind).alias("rodzaj"),
            "obszar",
            "usluga",
            pl.col("indicator").alias("wskaznik"),
            "nazwa_wskaznika",
            pl.col("year").alias("rok"),
            rounded_value(meta["decimals"].unique().to_list()).alias("wartosc"),
            "jednostka",
            pl.col("status").cast(pl.String).replace_strict(exports.STATUS_LABELS, default=None),
            pl.col("quality")
            .cast(pl.String)
            .replace_strict(exports.QUALITY_LABELS, default=None)
            .alias("jakosc"),
            pl.col("provenance")
            .cast(pl.String)
            .replace_strict(exports.PROVENANCE_LABELS, default=None)
            .alias("pochodzenie"),
            pl.col("source").fill_null(pl.col("default_source")).alias("zrodlo"),
            pl.col("imported_at").alias("data_importu"),
            pl.col("rank").alias("pozycja"),
            pl.col("rank_of").alias("liczba_jednostek"),
        )
    )


def unit_metadata_rows(
    unit: Unit, frame: pl.DataFrame, indicators: list[Indicator], exported: date
) -> list[tuple[str, str]]:
    """The XLSX metadata sheet: the unit, what the columns mean, and one line per indicator
    (name, unit of measure, source, provenance)."""
    demo = frame.filter(pl.col("pochodzenie") == exports.PROVENANCE_LABELS["demo"]).height
    rows = [
        ("Jednostka", f"{unit.name} ({unit.kind})"),
        ("Kod TERYT", unit.code),
        ("Zawartość", "wszystkie wskaźniki szczebla jednostki, wszystkie lata"),
        ("Data eksportu", exported.isoformat()),
        ("Liczba wartości", str(frame.height)),
        ("Wartości demonstracyjne", f"{demo} (kolumna pochodzenie: „dane demonstracyjne”)"),
        ("Źródło i data importu", exports.SOURCE_NOTE),
        ("Jakość danych", exports.QUALITY_NOTE),
        *(
            (f"jakosc: {exports.QUALITY_LABELS[q]}", exports.QUALITY_MEANINGS[q])
            for q in exports.QUALITY_LABELS
        ),
        *(
            (
                f"wskaźnik: {i.id}",
                f"{i.name}; jednostka: {i.unit}; źródło: {i.source}; "
                f"pochodzenie: {exports.PROVENANCE_LABELS[i.provenance.value]}",
            )
            for i in indicators
        ),
    ]
    if demo:
        rows.insert(0, ("UWAGA", exports.DEMO_WARNING))
    return rows


def export_unit(repo: Repository, unit: Unit, fmt: str, today: date) -> tuple[bytes, str]:
    """The bytes and file name of the unit's bulk download in ``fmt`` (``FORMATS``)."""
    indicators = unit_indicators(repo, unit)
    frame = unit_export_frame(
        unit,
        repo.unit_values([unit.code]),
        indicator_table(repo, indicators),
        import_table(repo, indicators),
    )
    name = f"{unit.code}_wszystkie_wskazniki.{fmt}"
    if fmt == "xlsx":
        metadata = unit_metadata_rows(unit, frame, indicators, today)
        return exports.to_xlsx(frame, metadata), name
    return exports.to_csv(frame), name
