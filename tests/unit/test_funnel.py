"""Funnel plots (analysis/funnel.py): limits against values computed by hand, the model chosen
from the catalogue, overdispersion, and statuses (suspect values never classified)."""

from __future__ import annotations

import math
from dataclasses import replace

import polars as pl
import pytest

from analysis.funnel import (
    Z_95,
    Z_998,
    FunnelKind,
    build_funnel,
    control_limits,
    counts_things,
    funnel_kind,
    no_funnel_reason,
    overdispersed,
    poisson_cdf,
    winsorised_phi,
)
from data_access.catalogue_model import Aggregation, Dimension, Indicator, Polarity, Provenance


def indicator(**changes) -> Indicator:
    base = Indicator(
        id="x",
        service_id="s",
        name="x",
        name_en="x",
        dimension=Dimension.QUALITY,
        unit="%",
        numerator="num",
        numerator_label="dzieci objęte wychowaniem przedszkolnym",
        denominator="den",
        denominator_label="dzieci w wieku 3–5 lat",
        multiplier=100.0,
        polarity=Polarity.HIGHER_BETTER,
        source="GUS",
        provenance=Provenance.REAL,
        definition="x",
    )
    return replace(base, **changes)


def test_binomial_limits_by_hand():
    # p = 0.2, n = 100: 0.2 ± 1.96 · sqrt(0.2 · 0.8 / 100), in per cent
    low, high = control_limits(FunnelKind.BINOMIAL, 20.0, 100.0, 100, Z_95)
    half = 100 * 1.96 * math.sqrt(0.2 * 0.8 / 100)
    assert low == pytest.approx(20 - half, abs=1e-3) and high == pytest.approx(20 + half, abs=1e-3)
    assert (low, high) == pytest.approx((12.16, 27.84), abs=0.01)


def test_binomial_limits_stay_between_0_and_100_per_cent():
    low, high = control_limits(FunnelKind.BINOMIAL, 2.0, 100.0, 10, Z_998)
    assert low == 0.0 and high < 100
    low, high = control_limits(FunnelKind.BINOMIAL, 98.0, 100.0, 10, Z_998)
    assert high == 100.0


def test_poisson_limits_normal_for_large_expected_counts():
    # 160 per 1,000 residents, n = 10,000: expected 1,600; var = m·θ0/n = 1000·160/10000 = 16
    low, high = control_limits(FunnelKind.POISSON, 160.0, 1000.0, 10_000, Z_998)
    assert (low, high) == pytest.approx((160 - 3.0902 * 4, 160 + 3.0902 * 4), abs=1e-3)


def test_poisson_limits_exact_for_small_expected_counts():
    # 5 per 100,000, n = 20,000: expected 1 death. P(X ≤ 4 | 1) = 0.99634 ≥ 0.999? no:
    # the 99.9th percentile of Poisson(1) is 5 (F(4) = 0.99634, F(5) = 0.99941), interpolated
    # 5 − (0.99941 − 0.999) / (0.99941 − 0.99634) = 4.866 deaths → 24.33 per 100,000.
    f4, f5 = poisson_cdf(4, 1.0), poisson_cdf(5, 1.0)
    assert (f4, f5) == pytest.approx((0.996340, 0.999406), abs=1e-6)
    low, high = control_limits(FunnelKind.POISSON, 5.0, 100_000.0, 20_000, Z_998)
    upper_tail = 0.5 * math.erfc(Z_998 / math.sqrt(2))
    expected = 5 - (f5 - (1 - upper_tail)) / (f5 - f4)
    assert high == pytest.approx(100_000 * expected / 20_000, rel=1e-6)
    assert high == pytest.approx(24.33, abs=0.01)
    assert low == 0.0  # P(X = 0 | 1) = 0.37 > 0.001


def test_normal_limits_scale_with_phi():
    low, high = control_limits(FunnelKind.NORMAL, 600.0, 1.0, 10_000, Z_95, phi=4e6)
    assert high - 600 == pytest.approx(1.959964 * math.sqrt(4e6 / 10_000), rel=1e-6)
    assert 600 - low == pytest.approx(high - 600)


def test_limits_narrow_as_the_denominator_grows():
    widths = [
        control_limits(FunnelKind.BINOMIAL, 30.0, 100.0, n, Z_95)[1] - 30.0 for n in (50, 500, 5000)
    ]
    assert widths[0] > widths[1] > widths[2]


@pytest.mark.parametrize(
    ("changes", "kind"),
    [
        ({}, FunnelKind.BINOMIAL),
        ({"unit": "osoby na 1000 mieszkańców", "multiplier": 1000.0}, FunnelKind.POISSON),
        ({"numerator_label": "czytelnicy [osoby]", "unit": "osoby na 1000"}, FunnelKind.POISSON),
        (
            {"numerator_label": "wpływy z podatku [zł]", "unit": "zł", "multiplier": 1.0},
            FunnelKind.NORMAL,
        ),
        ({"numerator_label": "straty wody [m³]"}, FunnelKind.NORMAL),
    ],
)
def test_kind_follows_the_catalogue(changes, kind):
    assert funnel_kind(indicator(**changes)) == kind


def test_no_funnel_without_a_denominator_or_for_published_values():
    total = indicator(denominator=None, denominator_label=None)
    assert funnel_kind(total) is None and no_funnel_reason(total) == "total"
    published = indicator(aggregation=Aggregation.PUBLISHED, denominator=None)
    assert funnel_kind(published) is None and no_funnel_reason(published) == "published"


def test_counts_things():
    assert counts_things("urodzenia żywe")
    assert counts_things("placówki biblioteczne [placówki]")
    assert not counts_things("suma czasu postępowań [dni]")


def test_winsorised_phi_and_the_dispersion_test():
    z = [float(v) for v in range(-10, 11)]  # winsorised at −8 and 8
    expected = (2 * sum(v * v for v in range(1, 9)) + 4 * 64) / 21  # −10, −9, 9, 10 → ±8
    assert winsorised_phi(z) == pytest.approx(expected)
    assert not overdispersed(1.0, 500)
    assert overdispersed(1.5, 500)


def points(values, denominators, statuses=None) -> pl.DataFrame:
    n = len(values)
    return pl.DataFrame(
        {
            "code": [f"{i:07d}" for i in range(n)],  # leading zeros, as TERYT codes
            "value": values,
            "status": statuses or ["value"] * n,
            "denominator": denominators,
        }
    )


def test_overdispersion_widens_the_limits():
    # half the units far off the target: φ > 1, so the limits are scaled by √φ
    frame = points([10.0, 30.0] * 20, [100] * 40)
    funnel = build_funnel(frame, FunnelKind.BINOMIAL, 100.0, 20.0)
    assert funnel.phi == pytest.approx(6.25)  # z = ±10 / 4 = ±2.5 for every unit
    row = funnel.grid.row(0, named=True)
    assert row["high998"] == pytest.approx(20 + Z_998 * 4 * 2.5)
    assert funnel.counts()["within"] == 40


def test_statuses_and_suspect_values_not_classified():
    # target 20 %; n = 100 gives 99.8 % limits 20 ± 3.09 · 4 = 7.64 … 32.36
    # forty more units on the target: the winsorised spread shows no overdispersion
    frame = points(
        [20.0, 34.0, 6.0, 30.0, 60.0, None] + [20.0] * 40,
        [100] * 46,
        ["value", "value", "value", "value", "suspect", "no_data"] + ["value"] * 40,
    )
    funnel = build_funnel(frame, FunnelKind.BINOMIAL, 100.0, 20.0)
    status = dict(funnel.points.head(6).select("code", "funnel").iter_rows())
    assert status == {
        "0000000": "within",
        "0000001": "above",
        "0000002": "below",
        "0000003": "within",  # outside 95 % (27.84) but inside 99.8 %: not significant
        "0000004": None,  # suspect: shown, never classified
        "0000005": None,
    }
    assert funnel.counts() == {"above": 1, "within": 42, "below": 1}
    assert funnel.phi == 1.0
    row = funnel.grid.filter(pl.col("n") == 100).row(0, named=True)
    assert row["low95"] == pytest.approx(12.16, abs=0.01)


def test_target_defaults_to_the_group_sum_over_sum():
    frame = points([10.0, 30.0], [100, 300])  # (10 + 90) / 400 = 25 %
    funnel = build_funnel(frame, FunnelKind.BINOMIAL, 100.0)
    assert funnel.target == pytest.approx(25.0)


def test_a_balance_with_negative_values_is_a_measure():
    frame = points([-3.0, 2.0, 1.0], [1000, 2000, 500])
    funnel = build_funnel(frame, FunnelKind.POISSON, 1000.0, 0.5)
    assert funnel.kind == FunnelKind.NORMAL
    assert funnel.grid["low998"].min() < 0


def test_no_funnel_without_usable_units():
    assert build_funnel(points([None], [100], ["no_data"]), FunnelKind.BINOMIAL, 100.0) is None
