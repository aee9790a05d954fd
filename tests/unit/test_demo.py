"""The deterministic generator of demonstration component variables."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from data_access.catalogue import default_catalogue
from data_access.demo import (
    AREAS,
    DEMO_VARIABLES,
    demo_variables,
    finance,
    generate_demo_components,
    social,
)

YEARS = list(range(2015, 2025))
STATUSES = {"value", "no_data", "not_applicable"}

# (code, type, population 2015, yearly change, area km², own revenue per resident 2015)
GMINY = [
    ("0201011", "1", 39_000.0, -0.006, 24.0, 2500.0),  # town, leading zero
    ("0201032", "2", 5_400.0, -0.004, 268.0, 1400.0),  # small rural
    ("1261011", "1", 760_000.0, 0.003, 327.0, 3900.0),  # big city
    ("1206032", "2", 2_100.0, -0.01, 90.0, 1100.0),  # tiny rural
    ("3021043", "3", 12_000.0, 0.002, 150.0, 1900.0),  # urban-rural, null population
]
#: Counts that must not exceed others (both values, same unit-year).
NOT_ABOVE = [
    ("demo_preschool_children_3_5", "demo_children_3_5"),
    ("demo_preschool_children_3_5", "demo_preschool_children"),
    ("demo_preschool_children", "demo_preschool_places"),
    ("demo_pupils_transported", "demo_primary_pupils"),
    ("demo_pupils_transported_long", "demo_pupils_transported"),
    ("demo_primary_schools", "demo_primary_classes"),
    ("demo_social_beneficiaries_longterm", "demo_social_beneficiaries"),
    ("demo_nursery_children", "demo_nursery_places"),
    ("demo_sport_club_members", "pop"),
    ("demo_sport_club_members_youth", "demo_sport_club_members"),
    ("demo_sport_coaches", "demo_sport_club_members"),
    ("demo_roads_hard_km", "demo_roads_km"),
    ("demo_roads_hard_good_km", "demo_roads_hard_km"),
    ("demo_transit_pop_near_stop", "pop"),
    ("demo_waste_selective_t", "demo_waste_t"),
    ("demo_waste_declared_residents", "pop"),
    ("demo_water_pop_connected", "pop"),
    ("demo_sewer_pop_connected", "pop"),
    ("demo_gas_pop_connected", "pop"),
    ("demo_water_losses_m3", "demo_water_produced_m3"),
    ("demo_municipal_dwellings_ch", "demo_municipal_dwellings"),
    ("demo_municipal_dwellings", "demo_dwelling_stock"),
    ("demo_rent_arrears", "demo_rent_due"),
    ("demo_mpzp_area_km2", "area"),
    ("demo_municipal_land_leased_ha", "demo_municipal_land_ha"),
    ("demo_land_sold_ha", "demo_municipal_land_ha"),
    ("demo_building_permits_65d", "demo_building_permits"),
    ("demo_dwellings_completed", "demo_dwelling_stock"),
    ("demo_egib_parcels_vector", "demo_egib_parcels"),
    ("demo_egib_extracts_online", "demo_egib_extracts"),
    ("demo_geo_requests_online", "demo_geo_requests"),
    ("demo_geo_works_ontime", "demo_geo_works"),
    ("demo_geo_works_online", "demo_geo_works"),
    ("demo_tax_property_arrears", "demo_tax_property_due"),
    ("demo_tax_property_rate_relief", "demo_tax_property_due"),
    ("demo_tax_property_payments_online", "demo_tax_property_payments"),
    ("demo_tax_agricultural_arrears", "demo_tax_agricultural_due"),
    ("demo_tax_agricultural_payments_online", "demo_tax_agricultural_payments"),
    ("demo_tax_forest_arrears", "demo_tax_forest_due"),
    ("demo_tax_forest_payments_online", "demo_tax_forest_payments"),
    ("demo_tax_transport_arrears", "demo_tax_transport_due"),
    ("demo_tax_transport_payments_online", "demo_tax_transport_payments"),
    ("demo_unemployed", "pop"),
    ("demo_unemployed_longterm", "demo_unemployed"),
    ("demo_children_under_3", "pop"),
]
MAY_BE_NEGATIVE = {"demo_net_migration", "demo_operating_surplus"}


def make_context(gminy=GMINY) -> pl.DataFrame:
    rows = []
    for code, kind, pop0, growth, area, revenue_pc in gminy:
        for year in YEARS:
            t = year - 2015
            pop = pop0 * (1 + growth) ** t
            known_age = year <= 2019
            rows.append(
                {
                    "code": code,
                    "year": year,
                    "gmina_type": kind,
                    "pop_total": pop,
                    "pop_pre": pop * 0.19 if known_age else None,
                    "pop_work": pop * 0.62 if known_age else None,
                    "pop_post": pop * 0.19 if known_age else None,
                    "area_km2": area if known_age else None,
                    "own_revenue": pop * revenue_pc * 1.06**t,
                }
            )
    frame = pl.DataFrame(
        rows,
        schema={
            "code": pl.String,
            "year": pl.Int32,
            "gmina_type": pl.String,
            "pop_total": pl.Float64,
            "pop_pre": pl.Float64,
            "pop_work": pl.Float64,
            "pop_post": pl.Float64,
            "area_km2": pl.Float64,
            "own_revenue": pl.Float64,
        },
    )
    # One gmina has no population at all, another misses one year and its 2016 revenue.
    return frame.with_columns(
        pop_total=pl.when(pl.col("code") == "3021043")
        .then(None)
        .when((pl.col("code") == "0201032") & (pl.col("year") == 2018))
        .then(None)
        .otherwise(pl.col("pop_total")),
        own_revenue=pl.when((pl.col("code") == "0201011") & (pl.col("year") == 2016))
        .then(None)
        .otherwise(pl.col("own_revenue")),
    )


@pytest.fixture(scope="module")
def context() -> pl.DataFrame:
    return make_context()


@pytest.fixture(scope="module")
def demo(context) -> pl.DataFrame:
    return generate_demo_components(context)


@pytest.fixture(scope="module")
def wide(demo, context) -> pl.DataFrame:
    values = demo.filter(pl.col("status") == "value").pivot(
        on="variable", index=["code", "year"], values="value"
    )
    return values.join(
        context.select(
            "code",
            "year",
            pop=pl.col("pop_total"),
            area=pl.col("area_km2").forward_fill().over("code", order_by="year"),
        ),
        on=["code", "year"],
        how="left",
    )


def test_schema_and_shape(demo, context):
    assert demo.schema == pl.Schema(
        {
            "code": pl.String,
            "variable": pl.String,
            "year": pl.Int32,
            "value": pl.Float64,
            "status": pl.String,
        }
    )
    assert demo.height == context.height * len(DEMO_VARIABLES)
    assert demo.select(pl.struct("code", "variable", "year").is_unique().all()).item()
    assert set(demo["status"].unique()) <= STATUSES
    assert set(demo["code"].unique()) == {g[0] for g in GMINY}
    assert "0201011" in set(demo["code"])


def test_variables_match_catalogue(demo):
    produced = set(demo["variable"].unique())
    assert produced == demo_variables() == set(DEMO_VARIABLES)
    assert len(DEMO_VARIABLES) == len(set(DEMO_VARIABLES))
    named = {v for v in default_catalogue().components() if v.startswith("demo_")}
    assert named == demo_variables()


def test_areas_declare_what_they_produce(context, monkeypatch):
    assert tuple(name for area in AREAS for name in area.VARIABLES) == DEMO_VARIABLES
    monkeypatch.setattr(finance, "VARIABLES", finance.VARIABLES[:-1])
    with pytest.raises(RuntimeError, match="finance"):
        generate_demo_components(context)


def test_area_reading_a_later_area_fails(context, monkeypatch):
    # social reads the children under 3 that education produces, so it cannot run first
    monkeypatch.setattr("data_access.demo.AREAS", (social, *(a for a in AREAS if a is not social)))
    with pytest.raises(KeyError, match="demo_children_under_3"):
        generate_demo_components(context)


def test_value_null_iff_status_not_value(demo):
    mismatch = demo.filter(pl.col("value").is_null() != (pl.col("status") != "value"))
    assert mismatch.height == 0
    assert demo.filter(pl.col("value").is_nan()).height == 0


def test_deterministic(demo, context):
    assert generate_demo_components(context).equals(demo)


def test_independent_of_row_and_column_order(demo, context):
    shuffled = context.sample(fraction=1.0, shuffle=True, seed=7)
    shuffled = shuffled.select(list(reversed(shuffled.columns)))
    assert generate_demo_components(shuffled).equals(demo)


def test_unit_values_do_not_depend_on_other_units(demo, context):
    alone = generate_demo_components(context.filter(pl.col("code") == "0201011"))
    assert alone.equals(demo.filter(pl.col("code") == "0201011"))


def test_seed_changes_values(demo, context):
    other = generate_demo_components(context, seed=7)
    assert not other["value"].equals(demo["value"])
    assert other.select("code", "variable", "year").equals(demo.select("code", "variable", "year"))


def test_unit_without_population_has_no_data(demo):
    statuses = demo.filter(pl.col("code") == "3021043")["status"].unique().to_list()
    assert statuses == ["no_data"]


def test_missing_year_is_filled_from_neighbouring_years(demo):
    gap = demo.filter((pl.col("code") == "0201032") & (pl.col("year") == 2018))
    assert (gap["status"] == "no_data").mean() < 0.1
    assert gap.filter(pl.col("variable") == "demo_waste_t")["value"].item() > 0


def test_counts_are_consistent(wide):
    for small, large in NOT_ABOVE:
        both = wide.filter(pl.col(small).is_not_null() & pl.col(large).is_not_null())
        assert both.height > 0, (small, large)
        bad = both.filter(pl.col(small) > pl.col(large) + 1e-9)
        assert bad.height == 0, (small, large, bad.select("code", "year", small, large))
    pupils = wide.filter(
        pl.col("demo_primary_classes").is_not_null() & pl.col("demo_primary_pupils").is_not_null()
    )
    assert (pupils["demo_primary_pupils"] > pupils["demo_primary_classes"]).all()
    produced = wide.filter(
        pl.col("demo_water_produced_m3").is_not_null()
        & pl.col("demo_water_household_m3").is_not_null()
    )
    assert (produced["demo_water_produced_m3"] >= produced["demo_water_household_m3"]).all()


def test_values_non_negative_and_finite(demo):
    values = demo.filter(
        (pl.col("status") == "value") & ~pl.col("variable").is_in(list(MAY_BE_NEGATIVE))
    )
    assert values["value"].min() >= 0
    assert np.isfinite(demo.filter(pl.col("status") == "value")["value"].to_numpy()).all()


def test_not_applicable_for_units_without_the_service(demo):
    na = demo.filter(pl.col("status") == "not_applicable")
    assert na.height > 0
    assert set(na["variable"]) >= {"demo_nursery_spending", "demo_nursery_staff"}
    # The big city delivers everything.
    assert (
        na.filter(pl.col("code") == "1261011")
        .filter(
            pl.col("variable").is_in(
                ["demo_nursery_spending", "demo_transit_subsidy", "demo_culture_spending"]
            )
        )
        .height
        == 0
    )


#: Where the first variable is "not applicable", the second (the service's output, used as the
#: denominator of the ratio) is a value of 0, so sums over units stay unbiased.
NOT_APPLICABLE_PAIRS = [
    ("demo_nursery_spending", "demo_nursery_children"),
    ("demo_nursery_staff", "demo_nursery_places"),
    ("demo_pupil_transport_spending", "demo_pupils_transported"),
    ("demo_pupils_transported_long", "demo_pupils_transported"),
    ("demo_care_hours", "demo_care_recipients"),
    ("demo_culture_spending", "demo_culture_participants"),
    ("demo_transit_subsidy", "demo_transit_vehicle_km"),
    ("demo_transit_buses", "demo_transit_vehicle_km"),
    ("demo_flat_wait_months_sum", "demo_flats_allocated"),
    ("demo_wz_days_sum", "demo_wz_decisions"),
    ("demo_land_sale_revenue", "demo_land_sold_ha"),
    ("demo_building_permit_days_sum", "demo_building_permits"),
    ("demo_dwellings_completed_m2", "demo_dwellings_completed"),
    ("demo_geo_spending", "demo_geo_requests"),
]


def test_not_applicable_inputs_pair_with_zero_outputs(demo):
    checked = 0
    for na_variable, output in NOT_APPLICABLE_PAIRS:
        units = demo.filter(
            pl.col("variable") == na_variable, pl.col("status") == "not_applicable"
        ).select("code", "year")
        paired = demo.filter(pl.col("variable") == output).join(units, on=["code", "year"])
        paired = paired.filter(pl.col("status") == "value")
        assert (paired["value"] == 0).all(), (na_variable, output)
        checked += paired.height
        # and conversely: a zero output means the input is not applicable (or missing)
        zero = demo.filter(pl.col("variable") == output, pl.col("value") == 0).select(
            "code", "year"
        )
        inputs = demo.filter(pl.col("variable") == na_variable).join(zero, on=["code", "year"])
        assert (inputs["status"] != "value").all(), (na_variable, output)
    assert checked > 0


def test_plausible_levels(wide):
    city = wide.filter((pl.col("code") == "1261011") & (pl.col("year") == 2019)).row(0, named=True)
    pop = city["pop"]
    assert 250 < 1000 * city["demo_waste_t"] / pop < 600  # kg per resident
    assert 10 < city["demo_primary_pupils"] / city["demo_primary_classes"] < 30
    assert 0.8 < city["demo_water_pop_connected"] / pop <= 1.0
    assert 5_000 < city["demo_primary_spending"] / city["demo_primary_pupils"] < 30_000


def test_share_of_no_data_is_small():
    rng = np.random.default_rng(0)
    gminy = [
        (
            f"{2 * (i % 16) + 2:02d}{i % 60 + 1:02d}{i % 9 + 1:02d}{i % 3 + 1}",
            str(i % 3 + 1),
            float(rng.integers(2_000, 80_000)),
            0.0,
            float(rng.integers(20, 300)),
            2000.0,
        )
        for i in range(200)
    ]
    codes = {g[0] for g in gminy}
    demo = generate_demo_components(make_context(gminy).filter(pl.col("code").is_in(codes)))
    share = (demo["status"] == "no_data").mean()
    assert 0.005 < share < 0.04


def test_trends_are_smooth(wide):
    town = wide.filter(pl.col("code") == "0201011").sort("year")
    waste = (1000 * town["demo_waste_t"] / town["pop"]).drop_nulls().to_numpy()
    assert len(waste) >= 8
    assert np.abs(np.diff(np.log(waste))).max() < 0.35


def test_rejects_bad_input(context):
    with pytest.raises(ValueError):
        generate_demo_components(context.drop("area_km2"))
    with pytest.raises(ValueError):
        generate_demo_components(pl.concat([context, context.head(1)]))
