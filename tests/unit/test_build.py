"""The build pipeline on tiny synthetic frames: code translation, sum over sum, ranks."""

from dataclasses import replace

import polars as pl
import pytest

from data_access.build import (
    COMPONENT_SCHEMA,
    aggregate_values,
    compute_values,
    gmina_values,
    indicator_frame,
    indicator_pairs,
    to_current_codes,
)
from data_access.catalogue_model import Dimension, Indicator, Polarity, Provenance

UNITS = pl.DataFrame(
    {
        "code": ["00", "02", "0201", "0201011", "0201022", "0202011"],
        "level": ["kraj", "wojewodztwo", "powiat", "gmina", "gmina", "gmina"],
    }
)


def indicator(
    id_="per-resident",
    numerator="tax",
    denominator="pop",
    multiplier=1.0,
    polarity=Polarity.HIGHER_BETTER,
) -> Indicator:
    return Indicator(
        id=id_,
        service_id="s",
        name="n",
        name_en="n",
        dimension=Dimension.QUANTITY,
        unit="zł",
        numerator=numerator,
        numerator_label="a",
        denominator=denominator,
        denominator_label="b" if denominator else None,
        multiplier=multiplier,
        polarity=polarity,
        source="test",
        provenance=Provenance.REAL,
        definition="d",
    )


def components(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=list(COMPONENT_SCHEMA), orient="row").cast(COMPONENT_SCHEMA)


COMPONENTS = components(
    [
        # a small town with a high rate, a large rural gmina with a low one
        ("0201011", "tax", 2020, 1000.0, "value"),
        ("0201011", "pop", 2020, 10.0, "value"),
        ("0201022", "tax", 2020, 3000.0, "value"),
        ("0201022", "pop", 2020, 300.0, "value"),
        ("0202011", "tax", 2020, None, "no_data"),
        ("0202011", "pop", 2020, 50.0, "value"),
    ]
)


def test_aggregate_is_sum_over_sum_not_mean_of_ratios():
    pairs = indicator_pairs(COMPONENTS, indicator_frame((indicator(),)))
    powiat = aggregate_values(pairs, pl.col("code").str.slice(0, 4)).filter(
        pl.col("code") == "0201"
    )
    # (1000 + 3000) / (10 + 300) = 12.90…, while the mean of ratios would be (100 + 10) / 2 = 55
    assert powiat["value"][0] == pytest.approx(4000 / 310)


def test_gmina_without_numerator_is_no_data_and_left_out_of_totals():
    pairs = indicator_pairs(COMPONENTS, indicator_frame((indicator(),)))
    gminy = gmina_values(pairs)
    assert gminy.filter(pl.col("code") == "0202011")["status"][0] == "no_data"
    poland = aggregate_values(pairs, pl.lit("00"))
    assert poland["value"][0] == pytest.approx(4000 / 310)


def test_not_applicable_is_never_averaged_in():
    rows = components(
        [
            ("0201011", "cost", 2020, 500.0, "value"),
            ("0201011", "places", 2020, 5.0, "value"),
            ("0201022", "cost", 2020, None, "not_applicable"),
            ("0201022", "places", 2020, 0.0, "value"),
        ]
    )
    pairs = indicator_pairs(rows, indicator_frame((indicator("cost", "cost", "places"),)))
    assert gmina_values(pairs).sort("code")["status"].to_list() == ["value", "not_applicable"]
    assert aggregate_values(pairs, pl.lit("00"))["value"][0] == pytest.approx(100.0)


def test_leading_zero_codes_survive_and_translate_through_prefix():
    reported = pl.DataFrame(
        {"code": ["0201012"], "variable": ["tax"], "year": [2019], "value": [1.0]}
    )
    current = pl.DataFrame({"teryt6": ["020101"], "code": ["0201013"]})
    assert to_current_codes(reported, current)["code"].to_list() == ["0201013"]
    gone = pl.DataFrame({"code": ["0809102"], "variable": ["tax"], "year": [2012], "value": [1.0]})
    assert to_current_codes(gone, current)["code"].to_list() == ["0809102"]


def test_compute_values_fills_grid_with_explicit_no_data_and_ranks_by_polarity():
    lower = indicator("lower", polarity=Polarity.LOWER_BETTER)
    values = compute_values(COMPONENTS, UNITS, (indicator(), lower))
    gminy = values.filter(pl.col("level") == "gmina").with_columns(
        pl.col("indicator").cast(pl.String)
    )
    assert gminy.height == 6  # 3 gminy × 2 indicators, one year
    higher = gminy.filter(pl.col("indicator") == "per-resident").sort("code")
    assert higher["rank"].to_list() == [1, 2, None]
    assert higher["rank_of"].to_list() == [2, 2, None]
    lower_ranks = gminy.filter(pl.col("indicator") == "lower").sort("code")["rank"].to_list()
    assert lower_ranks == [2, 1, None]
    assert set(values["code"]) == set(UNITS["code"])


def test_count_indicator_without_denominator_is_a_sum():
    count = indicator("population", numerator="pop", denominator=None)
    values = compute_values(COMPONENTS, UNITS, (count,))
    assert values.filter(pl.col("code") == "00")["value"][0] == pytest.approx(360.0)


def test_levels_outside_the_indicators_levels_get_no_rows():
    # e.g. data of one voivodeship only: a "Poland" value would be that voivodeship's
    regional = replace(indicator("regional"), levels=("wojewodztwo", "powiat", "gmina"))
    values = compute_values(COMPONENTS, UNITS, (regional, indicator()))
    levels = values.group_by(pl.col("indicator").cast(pl.String)).agg(pl.col("level").unique())
    by_indicator = {i: set(map(str, lv)) for i, lv in levels.rows()}
    assert by_indicator["regional"] == {"wojewodztwo", "powiat", "gmina"}
    assert by_indicator["per-resident"] == {"kraj", "wojewodztwo", "powiat", "gmina"}
