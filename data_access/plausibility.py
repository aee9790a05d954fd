"""Plausibility rules for real gmina-level components, applied at build time.

A value that breaks a rule is **suspect**: it is kept and shown with its flag and a note, and it
is left out of ranks, percentiles, medians, map classes, peer statistics, diagnoses and the sums
of powiaty, voivodeships and Poland. The rules look for reporting errors, not for unusual
gminy, so each is narrow:

- ``zero_total``: a gmina's own revenue of 0 zł in a year. No gmina has none; a zero means the
  budget report is missing, so every variable of that report (revenues by source, taxes,
  investment) is suspect for that gmina-year. Example: Boguszów-Gorce (0221011) in 2019 has 0
  in every column after ~29 M zł in 2018 and ~37 M zł in 2020.
- ``isolated_jump``: in a stable series (population, own revenue, the main taxes) a value more
  than ``JUMP_FACTOR`` times above or below both neighbouring years, while the neighbours agree
  with each other (within ``NEIGHBOURS_AGREE``): a one-year spike or dip that the unit's own
  series does not show and that the peers' year-on-year changes (a few per cent) cannot explain.
  Lumpy series (investment, sales of property) are not checked this way.
- ``zero_with_activity``: a count of 0 where a count it follows from is positive: no loans in a
  year when the libraries had readers (Złotów, 3031011, in 2011: 351 readers per 1,000, 0 loans).

Negative net receipts are not suspect: refunds can exceed receipts (in 2015 mines in śląskie
won back property tax on underground workings: Pawłowice −6.5 M zł), and small negative
tax-card receipts are common once few pay it.
"""

from __future__ import annotations

import polars as pl

# Variables that come from one gmina budget report (Rb-27S and its BDL twins).
BUDGET_REPORT: tuple[str, ...] = (
    "own_revenue",
    "tax_property",
    "tax_agricultural",
    "tax_forest",
    "tax_transport",
    "tax_card",
    "revenue_services",
    "revenue_property",
    "revenue_rent",
    "investment_expenditure",
)
STABLE: tuple[str, ...] = (
    "own_revenue",
    "tax_property",
    "tax_agricultural",
    "tax_forest",
    "tax_transport",
    "pop_total",
    "pop_pre",
    "pop_work",
    "pop_post",
    "pop_age_total",
)
# count → the count that makes a zero in it implausible
REQUIRES_ACTIVITY: dict[str, str] = {"library_loans": "library_readers"}
JUMP_FACTOR = 3.0
NEIGHBOURS_AGREE = 1.5
RULES: tuple[str, ...] = ("zero_total", "isolated_jump", "zero_with_activity")
# The list of suspect values that the build writes next to the dataset, and its Polish column
# names (its own column → the file's).
SUSPECT_FILE = "suspect_values.csv"
SUSPECT_FILE_COLUMNS: dict[str, str] = {
    "code": "kod_teryt",
    "name": "nazwa",
    "variable": "zmienna",
    "year": "rok",
    "value": "wartosc",
    "rule": "regula",
}

SUSPECT_SCHEMA = {
    "code": pl.String,
    "variable": pl.String,
    "year": pl.Int32,
    "value": pl.Float64,
    "rule": pl.String,
}


def _zero_total(components: pl.DataFrame) -> pl.DataFrame:
    zero_years = components.filter(
        pl.col("variable") == "own_revenue", pl.col("value") == 0
    ).select("code", "year")
    return (
        components.filter(pl.col("variable").is_in(BUDGET_REPORT))
        .join(zero_years, on=["code", "year"], how="semi")
        .with_columns(pl.lit("zero_total").alias("rule"))
    )


def _zero_with_activity(components: pl.DataFrame) -> pl.DataFrame:
    pairs = pl.DataFrame(
        {"variable": list(REQUIRES_ACTIVITY), "source": list(REQUIRES_ACTIVITY.values())}
    )
    active = components.filter(pl.col("value") > 0).select(
        "code", "year", pl.col("variable").alias("source")
    )
    return (
        components.filter(pl.col("value") == 0)
        .join(pairs, on="variable")
        .join(active, on=["code", "year", "source"], how="semi")
        .drop("source")
        .with_columns(pl.lit("zero_with_activity").alias("rule"))
    )


def _isolated_jump(components: pl.DataFrame) -> pl.DataFrame:
    series = ["code", "variable"]
    previous, following = (pl.col("value").shift(n).over(series, order_by="year") for n in (1, -1))
    previous_year, following_year = (
        pl.col("year").shift(n).over(series, order_by="year") for n in (1, -1)
    )
    reference = (pl.col("previous") * pl.col("following")).sqrt()
    return (
        components.filter(pl.col("variable").is_in(STABLE), pl.col("value") >= 0)
        .with_columns(
            previous.alias("previous"),
            following.alias("following"),
            previous_year.alias("previous_year"),
            following_year.alias("following_year"),
        )
        .filter(
            pl.col("previous_year") == pl.col("year") - 1,
            pl.col("following_year") == pl.col("year") + 1,
            pl.col("previous") > 0,
            pl.col("following") > 0,
            (pl.col("following") / pl.col("previous")).is_between(
                1 / NEIGHBOURS_AGREE, NEIGHBOURS_AGREE
            ),
            (pl.col("value") > JUMP_FACTOR * reference)
            | (pl.col("value") < reference / JUMP_FACTOR),
        )
        .with_columns(pl.lit("isolated_jump").alias("rule"))
    )


def suspect_values(components: pl.DataFrame) -> pl.DataFrame:
    """The real components that break a rule: ``code, variable, year, value, rule`` (one row per
    value; the first rule in :data:`RULES` order that it breaks). ``components`` holds rows with
    a value (``code, variable, year, value``) of real gmina-level data."""
    checked = components.select("code", "variable", "year", "value").drop_nulls("value")
    found = pl.concat(
        [
            rule(checked).select(list(SUSPECT_SCHEMA)).cast(SUSPECT_SCHEMA)
            for rule in (_zero_total, _isolated_jump, _zero_with_activity)
        ]
    )
    return found.unique(["code", "variable", "year"], keep="first", maintain_order=True).sort(
        "code", "variable", "year"
    )
