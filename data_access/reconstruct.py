"""Counts reconstructed from GUS ratios and the shipped population.

Some sources ship only ratios per gmina (persons per library outlet, readers per 1,000
population, loans per reader, registered unemployed per 1,000 working-age population). The
indicators are sums over sums, so the build needs the counts behind them: each is the ratio
times the population, and only where the population of that gmina and year is shipped (2010
on). The ratio files carry 6-digit codes (``teryt6``, no type digit); a ratio takes the current
code of the population row with the same prefix. Rows without a population of their own
(Warsaw's districts next to Warsaw as a whole, the "district not determined" row) drop out.
"""

from __future__ import annotations

import polars as pl


def population_by_prefix(components: pl.DataFrame) -> pl.DataFrame:
    """``code, teryt6, year, pop_total, pop_work`` of every gmina and year with a population."""
    return (
        components.filter(pl.col("variable").is_in(["pop_total", "pop_work"]))
        .pivot(on="variable", index=["code", "year"], values="value")
        .with_columns(pl.col("code").str.slice(0, 6).alias("teryt6"))
    )


def library_outlets(persons_per_outlet: pl.Expr, population: pl.Expr) -> pl.Expr:
    """Outlets as a whole number; GUS's 0 persons per outlet means no outlet, a true zero."""
    return (
        pl.when(persons_per_outlet == 0)
        .then(pl.lit(0.0))
        .otherwise((population / persons_per_outlet).round())
    )


def counts(wide: pl.DataFrame) -> pl.DataFrame:
    """The reconstructed counts of a frame holding the ratios and the population side by side."""
    readers = pl.col("library_readers_per_1000") * pl.col("pop_total") / 1000
    return wide.select(
        "code",
        "year",
        library_outlets(pl.col("persons_per_library_outlet"), pl.col("pop_total")).alias(
            "library_outlets"
        ),
        readers.alias("library_readers"),
        (pl.col("library_loans_per_reader") * readers).alias("library_loans"),
        (pl.col("unemployed_per_1000_working_age") * pl.col("pop_work") / 1000).alias(
            "unemployed_registered"
        ),
    )


def reconstructed_components(ratios: pl.DataFrame, components: pl.DataFrame) -> pl.DataFrame:
    """``code, variable, year, value`` of ``library_outlets``, ``library_readers``,
    ``library_loans`` and ``unemployed_registered``.

    ``ratios`` is ``teryt6, variable, year, value`` with the four ratios of
    ``sources.TERYT6_RATIOS`` (see ``sources.load_teryt6_ratios``);
    ``components`` are the real components with current codes, ``pop_total`` and ``pop_work``
    among them. A count is missing where its ratio or population is.
    """
    wide = ratios.pivot(on="variable", index=["teryt6", "year"], values="value").join(
        population_by_prefix(components), on=["teryt6", "year"], how="inner"
    )
    return (
        counts(wide)
        .unpivot(index=["code", "year"], variable_name="variable", value_name="value")
        .filter(pl.col("value").is_not_null())
        .select("code", "variable", "year", "value")
        .sort("variable", "code", "year")
    )
