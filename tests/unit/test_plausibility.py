"""Suspect values: found by the plausibility rules, kept and shown with their flag, and left out
of ranks, medians and sums."""

import polars as pl
import pytest

from data_access.build import (
    COMPONENT_SCHEMA,
    compute_values,
    mark_suspect,
    suspect_report,
)
from data_access.catalogue_model import Quality, Status
from data_access.plausibility import suspect_values
from tests.unit.test_build import UNITS, indicator


def series(code: str, variable: str, values: dict[int, float]) -> list[tuple]:
    return [(code, variable, year, value, "value") for year, value in values.items()]


def frame(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=list(COMPONENT_SCHEMA), orient="row").cast(COMPONENT_SCHEMA)


# Boguszów-Gorce's shape: a whole budget report of zeros in one year.
ZERO_YEAR = frame(
    series("0201011", "own_revenue", {2018: 29e6, 2019: 0.0, 2020: 37e6})
    + series("0201011", "tax_property", {2018: 3.9e6, 2019: 0.0, 2020: 4.1e6})
    + series("0201011", "investment_expenditure", {2018: 9.9e6, 2019: 0.0, 2020: 6.2e6})
    + series("0201011", "pop_total", {2018: 15444.0, 2019: 15310.0, 2020: 14673.0})
)


def test_a_zero_own_revenue_makes_the_whole_budget_report_suspect():
    found = suspect_values(ZERO_YEAR)
    assert found.select("variable", "year", "rule").rows() == [
        ("investment_expenditure", 2019, "zero_total"),
        ("own_revenue", 2019, "zero_total"),
        ("tax_property", 2019, "zero_total"),
    ]
    assert found["code"].unique().to_list() == ["0201011"]  # the leading zero kept


@pytest.mark.parametrize(
    ("variable", "values", "flagged"),
    [
        ("tax_property", {2013: 3.7e6, 2014: 0.78e6, 2015: 4.1e6}, [2014]),  # a one-year dip
        ("own_revenue", {2021: 17e6, 2022: 65e6, 2023: 20e6}, [2022]),  # a one-year spike
        ("own_revenue", {2021: 17e6, 2022: 65e6, 2023: 66e6}, []),  # a lasting change
        ("own_revenue", {2021: 10e6, 2022: 35e6, 2023: 18e6}, []),  # neighbours disagree
        ("own_revenue", {2021: 10e6, 2022: 25e6, 2023: 11e6}, []),  # 2.4× is not enough
        ("investment_expenditure", {2021: 1e6, 2022: 30e6, 2023: 1e6}, []),  # lumpy by nature
        ("tax_property", {2014: 7.7e6, 2015: -2.5e6, 2016: 10e6}, []),  # refunds: negative, real
        ("tax_property", {2013: 3.7e6, 2014: 0.5e6, 2016: 4.1e6}, []),  # a gap: no neighbour
    ],
)
def test_isolated_jumps(variable, values, flagged):
    found = suspect_values(frame(series("0202011", variable, values)))
    assert found["year"].to_list() == flagged


def test_no_loans_while_the_libraries_had_readers():
    components = frame(
        series("3031012", "library_readers", {2011: 900.0, 2012: 0.0})
        + series("3031012", "library_loans", {2011: 0.0, 2012: 0.0})
    )
    found = suspect_values(components)
    assert found.select("variable", "year", "rule").rows() == [
        ("library_loans", 2011, "zero_with_activity")  # 2012: no readers, so no loans is fine
    ]


def test_a_suspect_value_is_shown_but_not_ranked_nor_summed():
    components = frame(
        series("0201011", "tax", {2020: 0.0})  # suspect, below
        + series("0201011", "pop", {2020: 10.0})
        + series("0201022", "tax", {2020: 3000.0})
        + series("0201022", "pop", {2020: 300.0})
        + series("0202011", "tax", {2020: 600.0})
        + series("0202011", "pop", {2020: 50.0})
    )
    suspects = pl.DataFrame(
        {"code": ["0201011"], "variable": ["tax"], "year": [2020], "value": [0.0]},
        schema={"code": pl.String, "variable": pl.String, "year": pl.Int32, "value": pl.Float64},
    ).with_columns(pl.lit("zero_total").alias("rule"))
    values = compute_values(mark_suspect(components, suspects), UNITS, (indicator(),))
    row = values.filter(pl.col("code") == "0201011").row(0, named=True)
    assert row["status"] == Status.SUSPECT and row["quality"] == Quality.SUSPECT
    assert row["value"] == 0.0  # shown
    assert row["rank"] is None and row["rank_of"] is None  # not ranked
    ranked = values.filter(pl.col("level") == "gmina", pl.col("rank").is_not_null())
    assert ranked.sort("rank").select("code", "rank", "rank_of").rows() == [
        ("0202011", 1, 2),
        ("0201022", 2, 2),
    ]
    # the powiat's sum leaves the suspect gmina out: 3000 / 300, not 3000 / 310
    powiat = values.filter(pl.col("code") == "0201").row(0, named=True)
    assert powiat["value"] == pytest.approx(10.0) and powiat["quality"] == Quality.REAL
    report = suspect_report(suspects, pl.DataFrame({"code": ["0201011"], "name": ["Bolesławiec"]}))
    assert report.row(0) == ("0201011", "Bolesławiec", "tax", 2020, 0.0, "zero_total")


def test_a_true_zero_and_a_demonstration_value_have_their_own_flags():
    components = frame(
        series("0201011", "tax", {2020: 0.0})
        + series("0201011", "pop", {2020: 10.0})
        + series("0201022", "tax", {2020: 5.0})
        + series("0201022", "pop", {2020: 10.0})
    ).with_columns(
        pl.when(pl.col("code") == "0201022")
        .then(pl.lit("demo"))
        .otherwise(pl.lit("real"))
        .alias("provenance")
    )
    values = compute_values(components, UNITS, (indicator(),))
    quality = dict(values.select("code", pl.col("quality").cast(pl.String)).iter_rows())
    assert quality["0201011"] == "zero"  # the phenomenon did not occur
    assert quality["0201022"] == "demo"
    assert quality["0202011"] == "no_data"
