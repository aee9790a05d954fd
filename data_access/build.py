"""Build the dataset from the shipped raw files.

Pipeline: raw BDL exports → gmina-level component variables (numerators and denominators,
keyed by the current gmina code) → demonstration components → indicator values for every
gmina and, sum over sum, for every powiat, voivodeship and Poland → Parquet files and the
values store (:mod:`data_access.store`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from dataclasses import asdict
from pathlib import Path

import polars as pl

from core.levels import ALL_LEVELS
from data_access import sources
from data_access.catalogue import all_areas, all_indicators, all_services, default_catalogue
from data_access.catalogue_model import Aggregation, Indicator, Provenance, Quality, Status
from data_access.changes import record_changes
from data_access.demo import generate_demo_components
from data_access.history import BUILD
from data_access.plausibility import SUSPECT_FILE, SUSPECT_FILE_COLUMNS, suspect_values
from data_access.reconstruct import reconstructed_components
from data_access.store import write_values
from data_access.units import POLAND_CODE, build_units, code_map

log = logging.getLogger(__name__)

DEMO_YEARS = range(2015, 2025)
COMPONENT_SCHEMA = {
    "code": pl.String,
    "variable": pl.String,
    "year": pl.Int32,
    "value": pl.Float64,
    "status": pl.String,
}
STATUS_ENUM = pl.Enum([s.value for s in Status])
QUALITY_ENUM = pl.Enum([q.value for q in Quality])
PROVENANCE_ENUM = pl.Enum(["real", "demo"])
LEVEL_ENUM = pl.Enum([level.value for level in ALL_LEVELS])


def to_current_codes(components: pl.DataFrame, codes: pl.DataFrame) -> pl.DataFrame:
    """Translate reported gmina codes to current ones through the 6-digit prefix.

    Codes of gminy that no longer exist keep their reported code: they are not units of the
    registry but still count towards the totals of their powiat, voivodeship and Poland.
    """
    return (
        components.with_columns(pl.col("code").str.slice(0, 6).alias("teryt6"))
        .join(codes.rename({"code": "current"}), on="teryt6", how="left")
        .with_columns(pl.coalesce("current", "code").alias("code"))
        .drop("teryt6", "current")
    )


def real_components(raw: dict[str, pl.DataFrame], codes: pl.DataFrame) -> pl.DataFrame:
    """Combine the real sources into one ``code, variable, year, value, status`` frame.

    Own revenue for 2015–2019 is in two exports: the FINA 2622 one wins (it is not rounded).
    Population is LUDN 1336 from 2015 and the sum of the economic age groups before.
    ``pop_age_total`` (sum of age groups) is the consistent denominator of the age shares.
    The 8th-grade exam sums (2025) cover the gminy of mazowieckie only.
    """
    by_source = raw["revenue_by_source_2010_2019"]
    newer_revenue = raw["own_revenue_2015_2024"]
    older_revenue = by_source.filter(
        (pl.col("variable") == "own_revenue") & (pl.col("year") < newer_revenue["year"].min())
    )
    ages = raw["age_groups_2010_2019"]
    age_total = (
        ages.group_by("code", "year")
        .agg(pl.col("value").sum(), pl.len().alias("n"))
        .filter(pl.col("n") == 3)
        .select("code", pl.lit("pop_age_total").alias("variable"), "year", "value")
    )
    population = raw["population_2015_2024"]
    early_population = age_total.filter(pl.col("year") < population["year"].min()).with_columns(
        pl.lit("pop_total").alias("variable")
    )
    frames = [
        by_source.filter(pl.col("variable") != "own_revenue"),
        older_revenue,
        newer_revenue,
        ages,
        age_total,
        raw["area_2010_2019"],
        raw["investment_2015_2024"],
        population,
        early_population,
        raw["exam8_2025"],
    ]
    combined = pl.concat([f.select("code", "variable", "year", "value") for f in frames])
    return (
        to_current_codes(combined, codes)
        .group_by("code", "variable", "year")
        .agg(pl.col("value").drop_nulls().first())
        .with_columns(pl.lit(Status.VALUE.value).alias("status"))
        .select(list(COMPONENT_SCHEMA))
        .cast(COMPONENT_SCHEMA)
    )


def with_reconstructed(real: pl.DataFrame, ratios: pl.DataFrame) -> pl.DataFrame:
    """The real components plus the counts rebuilt from GUS ratios and the population among
    them (library outlets, readers and loans; registered unemployed): see ``reconstruct``."""
    rebuilt = reconstructed_components(ratios, real).with_columns(
        pl.lit(Status.VALUE.value).alias("status")
    )
    return pl.concat([real, rebuilt.select(list(COMPONENT_SCHEMA)).cast(COMPONENT_SCHEMA)])


def demo_context(components: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    """The real context the demonstration generator derives its values from."""
    gminy = units.filter(pl.col("level") == "gmina").select("code", "gmina_type")
    grid = gminy.join(
        pl.DataFrame({"year": list(DEMO_YEARS)}, schema={"year": pl.Int32}), how="cross"
    )
    wide = components.filter(
        pl.col("variable").is_in(
            ["pop_total", "pop_pre", "pop_work", "pop_post", "area_km2", "own_revenue"]
        )
    ).pivot(on="variable", index=["code", "year"], values="value")
    return grid.join(wide, on=["code", "year"], how="left").sort("code", "year")


def indicator_frame(indicators: tuple[Indicator, ...]) -> pl.DataFrame:
    """The formula part of the catalogue as a frame, for joining with components."""
    return pl.DataFrame(
        {
            "indicator": [i.id for i in indicators],
            "numerator": [i.numerator for i in indicators],
            "denominator": [i.denominator for i in indicators],
            "multiplier": [i.multiplier for i in indicators],
            "provenance": [i.provenance.value for i in indicators],
            "polarity": [i.polarity.value for i in indicators],
            "aggregation": [i.aggregation.value for i in indicators],
        },
        schema={
            "indicator": pl.String,
            "numerator": pl.String,
            "denominator": pl.String,
            "multiplier": pl.Float64,
            "provenance": pl.String,
            "polarity": pl.String,
            "aggregation": pl.String,
        },
    )


def indicator_levels(indicators: tuple[Indicator, ...]) -> pl.DataFrame:
    """``indicator, level``: the levels each indicator is published at."""
    return pl.DataFrame(
        [(i.id, level) for i in indicators for level in i.levels],
        schema={"indicator": pl.String, "level": pl.String},
        orient="row",
    )


def with_component_provenance(components: pl.DataFrame) -> pl.DataFrame:
    """Components with a ``provenance`` column (``real``/``demo``); frames without one get
    nulls, and their values then take the provenance of the indicator."""
    if "provenance" in components.columns:
        return components
    return components.with_columns(pl.lit(None, dtype=pl.String).alias("provenance"))


def indicator_pairs(components: pl.DataFrame, formulas: pl.DataFrame) -> pl.DataFrame:
    """Numerator and denominator of every indicator for every gmina and year, with the
    provenance of each (``num_provenance``, ``den_provenance``)."""
    components = with_component_provenance(components)
    num = components.rename(
        {
            "variable": "numerator",
            "value": "num",
            "status": "num_status",
            "provenance": "num_provenance",
        }
    )
    den = components.rename(
        {
            "variable": "denominator",
            "value": "den",
            "status": "den_status",
            "provenance": "den_provenance",
        }
    )
    return formulas.join(num, on="numerator", how="inner").join(
        den, on=["denominator", "code", "year"], how="left"
    )


def _ratio(num: pl.Expr, den: pl.Expr) -> pl.Expr:
    has_den = pl.col("denominator").is_not_null()
    return (
        pl.when(has_den & (den > 0))
        .then(pl.col("multiplier") * num / den)
        .when(~has_den)
        .then(pl.col("multiplier") * num)
    )


def _pair_provenance() -> pl.Expr:
    """``demo`` if the numerator or the denominator is demonstration data, ``real`` if the
    numerator's provenance is known and neither is demo, else the indicator's provenance."""
    demo = Provenance.DEMO.value
    is_demo = ((pl.col("num_provenance") == demo) | (pl.col("den_provenance") == demo)).fill_null(
        False
    )
    return (
        pl.when(is_demo)
        .then(pl.lit(demo))
        .when(pl.col("num_provenance").is_not_null())
        .then(pl.lit(Provenance.REAL.value))
        .otherwise(pl.col("provenance"))
    )


def _computable(statuses: list[str]) -> pl.Expr:
    """The numerator's status and, if there is a denominator, its status are among
    ``statuses`` and the denominator is positive."""
    return pl.col("num_status").is_in(statuses) & (
        pl.col("denominator").is_null()
        | (pl.col("den_status").is_in(statuses) & (pl.col("den") > 0))
    )


def gmina_values(pairs: pl.DataFrame) -> pl.DataFrame:
    """Row by row values (of gminy; of every unit for a published indicator): a value where
    numerator and denominator are usable; a suspect one (kept, with the value where it can be
    computed) where either is suspect; confidential where either is."""
    value, suspect = Status.VALUE.value, Status.SUSPECT.value
    confidential = (pl.col("num_status") == Status.CONFIDENTIAL.value) | (
        pl.col("den_status") == Status.CONFIDENTIAL.value
    ).fill_null(False)
    any_suspect = (pl.col("num_status") == suspect) | (pl.col("den_status") == suspect).fill_null(
        False
    )
    return pairs.select(
        "indicator",
        "code",
        "year",
        _pair_provenance().alias("provenance"),
        pl.when(_computable([value, suspect]))
        .then(_ratio(pl.col("num"), pl.col("den")))
        .alias("value"),
        pl.when(_computable([value]))
        .then(pl.lit(value))
        .when(any_suspect)
        .then(pl.lit(suspect))
        .when(pl.col("num_status") == Status.NOT_APPLICABLE.value)
        .then(pl.lit(Status.NOT_APPLICABLE.value))
        .when(confidential)
        .then(pl.lit(Status.CONFIDENTIAL.value))
        .otherwise(pl.lit(Status.NO_DATA.value))
        .alias("status"),
    )


def aggregate_values(pairs: pl.DataFrame, parent: pl.Expr) -> pl.DataFrame:
    """Sum-over-sum values for the parent units given by ``parent`` (an expression on code).

    Only gminy with both numerator and denominator count; gminy that do not deliver a service
    (not applicable) are left out, never averaged in as zeros.
    """
    usable = (pl.col("num_status") == Status.VALUE.value) & (
        pl.col("denominator").is_null() | (pl.col("den_status") == Status.VALUE.value)
    )
    grouped = (
        pairs.with_columns(
            parent.alias("parent"),
            usable.alias("usable"),
            (_pair_provenance() == Provenance.DEMO.value).alias("is_demo"),
        )
        .group_by("indicator", "parent", "year")
        .agg(
            pl.col("num").filter("usable").sum().alias("num"),
            pl.col("den").filter("usable").sum().alias("den"),
            pl.col("usable").any().alias("any_usable"),
            (pl.col("num_status") == Status.NOT_APPLICABLE.value).all().alias("all_na"),
            pl.col("multiplier").first(),
            pl.col("denominator").first(),
            pl.col("provenance").first(),
            pl.col("is_demo").filter("usable").any().alias("any_demo"),
        )
    )
    return grouped.select(
        "indicator",
        pl.col("parent").alias("code"),
        "year",
        pl.when(pl.col("any_usable") & pl.col("any_demo"))
        .then(pl.lit(Provenance.DEMO.value))
        .when(pl.col("any_usable"))
        .then(pl.lit(Provenance.REAL.value))
        .otherwise(pl.col("provenance"))
        .alias("provenance"),
        pl.when(pl.col("any_usable")).then(_ratio(pl.col("num"), pl.col("den"))).alias("value"),
        pl.when(pl.col("any_usable"))
        .then(pl.lit(Status.VALUE.value))
        .when(pl.col("all_na"))
        .then(pl.lit(Status.NOT_APPLICABLE.value))
        .otherwise(pl.lit(Status.NO_DATA.value))
        .alias("status"),
    )


def with_ranks(values: pl.DataFrame) -> pl.DataFrame:
    """Rank of each unit among units of its level with a value in the same year.

    Rank 1 is the best value given the polarity (lowest where lower is better); for neutral
    indicators rank 1 is the highest value. ``rank_of`` is the number of ranked units.
    """
    has_value = pl.col("status") == Status.VALUE.value
    sort_key = (
        pl.when(pl.col("polarity") == "nizej_lepiej")
        .then(pl.col("value"))
        .otherwise(-pl.col("value"))
    )
    window = ["indicator", "level", "year"]
    return (
        values.with_columns(
            pl.when(has_value).then(sort_key).alias("_key"),
        )
        .with_columns(
            pl.col("_key").rank("min").over(window).alias("rank"),
            pl.col("_key").count().over(window).alias("rank_of"),
        )
        .with_columns(pl.when(has_value).then(pl.col("rank_of")).alias("rank_of"))
        .drop("_key")
    )


def quality_flag() -> pl.Expr:
    """The quality flag of a row from its status, provenance and value: a demonstration value
    is ``demo`` whatever else, a real 0 is a true zero (the phenomenon did not occur)."""
    has_value = pl.col("status") == Status.VALUE.value
    return (
        pl.when(has_value & (pl.col("provenance") == Provenance.DEMO.value))
        .then(pl.lit(Quality.DEMO.value))
        .when(has_value & (pl.col("value") == 0))
        .then(pl.lit(Quality.ZERO.value))
        .when(has_value)
        .then(pl.lit(Quality.REAL.value))
        .otherwise(pl.col("status").cast(pl.String))
    )


def mark_suspect(components: pl.DataFrame, suspects: pl.DataFrame) -> pl.DataFrame:
    """Components with status ``suspect`` where :func:`plausibility.suspect_values` found them."""
    flagged = suspects.select("code", "variable", "year", pl.lit(True).alias("_suspect"))
    return (
        components.join(flagged, on=["code", "variable", "year"], how="left")
        .with_columns(
            pl.when(pl.col("_suspect"))
            .then(pl.lit(Status.SUSPECT.value))
            .otherwise(pl.col("status"))
            .alias("status")
        )
        .drop("_suspect")
    )


def suspect_report(suspects: pl.DataFrame, units: pl.DataFrame) -> pl.DataFrame:
    """The list of suspect values that the data page links to (Polish column names)."""
    return (
        suspects.join(units.select("code", "name"), on="code", how="left")
        .select(list(SUSPECT_FILE_COLUMNS))
        .sort("code", "variable", "year")
        .rename(SUSPECT_FILE_COLUMNS)
    )


def compute_values(
    components: pl.DataFrame, units: pl.DataFrame, indicators: tuple[Indicator, ...]
) -> pl.DataFrame:
    """Indicator values for every registry unit, level and year with the indicator's data:
    sum over sum of the gminy's components, or, for a published indicator, its components'
    values as published at each level.

    Every registry unit of the indicator's levels gets a row for every year the indicator
    covers: missing ones are ``no_data``, so "no data" is explicit rather than an absent row.
    Levels the indicator is not published at (``Indicator.levels``) get no rows at all.
    """
    pairs = indicator_pairs(components, indicator_frame(indicators))
    # A published indicator's rows are its values at every level; only the others are summed.
    summed = pairs.filter(pl.col("aggregation") == Aggregation.SUM.value)
    computed = pl.concat(
        [
            gmina_values(pairs),
            aggregate_values(summed, pl.col("code").str.slice(0, 4)),
            aggregate_values(summed, pl.col("code").str.slice(0, 2)),
            aggregate_values(summed, pl.lit(POLAND_CODE)),
        ]
    )
    with_data = computed.filter(pl.col("status") == Status.VALUE.value)
    years = (
        with_data.group_by("indicator")
        .agg(pl.int_ranges(pl.col("year").min(), pl.col("year").max() + 1).first().alias("year"))
        .explode("year")
        .with_columns(pl.col("year").cast(pl.Int32))
    )
    meta = indicator_frame(indicators).select("indicator", "provenance", "polarity")
    # Values carry the provenance of their components; rows without a value take the
    # indicator's: demo if any of its values is demo, else real (else the catalogue's).
    effective = with_data.group_by("indicator").agg(
        (pl.col("provenance") == Provenance.DEMO.value).any().alias("any_demo")
    )
    meta = meta.join(effective, on="indicator", how="left").select(
        "indicator",
        "polarity",
        pl.when(pl.col("any_demo"))
        .then(pl.lit(Provenance.DEMO.value))
        .when(pl.col("any_demo").is_not_null())
        .then(pl.lit(Provenance.REAL.value))
        .otherwise(pl.col("provenance"))
        .alias("indicator_provenance"),
    )
    grid = (
        years.join(indicator_levels(indicators), on="indicator")
        .join(units.select("code", "level"), on="level")
        .join(meta, on="indicator")
    )
    return (
        grid.join(
            computed.rename({"provenance": "row_provenance"}),
            on=["indicator", "code", "year"],
            how="left",
        )
        .with_columns(
            pl.col("status").fill_null(Status.NO_DATA.value),
            pl.when(pl.col("status") == Status.VALUE.value)
            .then(pl.col("row_provenance"))
            .otherwise(pl.col("indicator_provenance"))
            .alias("provenance"),
        )
        .pipe(with_ranks)
        .with_columns(quality_flag().alias("quality"))
        .pipe(stored_values)
    )


def stored_values(values: pl.DataFrame) -> pl.DataFrame:
    """The columns and types of the values as stored and served: ``indicator, code, level,
    year, value, status, provenance, quality, rank, rank_of``, sorted by indicator, level,
    code, year."""
    return values.select(
        pl.col("indicator").cast(pl.Categorical),
        "code",
        pl.col("level").cast(LEVEL_ENUM),
        pl.col("year").cast(pl.Int16),
        "value",
        pl.col("status").cast(STATUS_ENUM),
        pl.col("provenance").cast(PROVENANCE_ENUM),
        pl.col("quality").cast(QUALITY_ENUM),
        pl.col("rank").cast(pl.UInt16),
        pl.col("rank_of").cast(pl.UInt16),
    ).sort("indicator", "level", "code", "year")


def check_against_gus(components: pl.DataFrame, gus: pl.DataFrame) -> pl.DataFrame:
    """Compare our sum-over-gminy totals with GUS's own aggregate rows.

    Returns one row per aggregate code, variable and year with both values and the difference.
    """
    gmina = components.filter(pl.col("variable").is_in(gus["variable"].unique().to_list()))
    ours = pl.concat(
        [
            gmina.group_by(pl.col("code").str.slice(0, n).alias("agg"), "variable", "year").agg(
                pl.col("value").sum()
            )
            for n in (2, 4)
        ]
        + [
            gmina.group_by(pl.lit(POLAND_CODE).alias("agg"), "variable", "year").agg(
                pl.col("value").sum()
            )
        ]
    ).rename({"agg": "code", "value": "ours"})
    return (
        gus.rename({"value": "gus"})
        .join(ours, on=["code", "variable", "year"], how="left")
        .with_columns((pl.col("ours") - pl.col("gus")).abs().alias("difference"))
    )


def catalogue_records() -> dict:
    """The catalogue as plain JSON-ready records (for exports and other tools)."""
    return {
        "areas": [asdict(a) for a in all_areas()],
        "services": [asdict(s) for s in all_services()],
        "indicators": [asdict(i) | {"formula": i.formula} for i in all_indicators()],
    }


def build_dataset(raw_dir: Path, built_dir: Path) -> dict:
    """Run the whole build and write ``units`` and ``components`` Parquet files, the values
    store (:mod:`data_access.store`), the catalogue as JSON and the aggregate check. Returns
    a short summary."""
    started = time.perf_counter()
    built_dir.mkdir(parents=True, exist_ok=True)
    terc = sources.read_terc(raw_dir / "teryt" / "TERC_2024-01-01.normalized.csv")
    units = build_units(terc, sources.read_crosswalk(raw_dir))
    codes = code_map(units)
    real = with_reconstructed(
        real_components(sources.load_gmina_components(raw_dir), codes),
        sources.load_teryt6_ratios(raw_dir),
    )
    suspects = suspect_values(real)
    real = mark_suspect(real, suspects)
    demo = generate_demo_components(demo_context(real, units)).cast(COMPONENT_SCHEMA)
    components = pl.concat(
        [
            real.with_columns(pl.lit(Provenance.REAL.value).alias("provenance")),
            demo.select(list(COMPONENT_SCHEMA)).with_columns(
                pl.lit(Provenance.DEMO.value).alias("provenance")
            ),
        ]
    )
    default_catalogue().check_components(components["variable"].unique())
    values = compute_values(components, units, all_indicators())
    check = check_against_gus(real, sources.load_gus_aggregates(raw_dir))

    units.write_parquet(built_dir / "units.parquet")
    components.write_parquet(built_dir / "components.parquet")
    write_values([values], built_dir)
    check.write_parquet(built_dir / "aggregate_check.parquet")
    suspect_report(suspects, units).write_csv(built_dir / SUSPECT_FILE)
    (built_dir / "catalogue.json").write_text(
        json.dumps(catalogue_records(), ensure_ascii=False, indent=1, default=str),
        encoding="utf-8",
    )
    # what this build holds; a rebuild of a versioned dataset replaces it by the changes
    # against the version it replaces (ingest/apply.py)
    record_changes(None, built_dir, dt.datetime.now(), BUILD)
    summary = {
        "units": units.height,
        "values": values.height,
        "indicators": len(all_indicators()),
        "max_aggregate_difference_zl": check.filter(pl.col("variable") != "pop_total")[
            "difference"
        ].max(),
        "max_population_difference": check.filter(pl.col("variable") == "pop_total")[
            "difference"
        ].max(),
        "suspect_values": suspects.height,
        "seconds": round(time.perf_counter() - started, 1),
    }
    log.info("Built dataset: %s", summary)
    return summary
