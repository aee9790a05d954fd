"""Demonstration variables of construction: building permits, completed dwellings and the
dwelling stock."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit, sigmoid

#: Variables of this area (inwestycje), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_building_permits",
    "demo_building_permits_65d",
    "demo_building_permit_days_sum",
    "demo_dwellings_completed",
    "demo_dwellings_completed_m2",
    "demo_dwelling_stock",
)

PERMITS_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.07,
    2017: 1.15,
    2018: 1.17,
    2019: 1.15,
    2020: 1.05,
    2021: 1.20,
    2022: 1.00,
    2023: 0.88,
    2024: 0.95,
}
COMPLETIONS_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.10,
    2017: 1.22,
    2018: 1.26,
    2019: 1.40,
    2020: 1.50,
    2021: 1.60,
    2022: 1.43,
    2023: 1.36,
    2024: 1.36,
}


def generate(g: Generator) -> None:
    """Building permits, completed dwellings and the dwelling stock."""
    t, urb, w, pop = g.t, g.urb, g.w, g.pop
    permits = g.poisson(
        "permits",
        pop
        / 1000.0
        * (2.6 + 3.0 * g.suburb + 0.5 * urb)
        * g.table(PERMITS_TREND)
        * g.factor("permits", 0.35, 0.1, 0.1),
    )
    performance = g.latent("permits_performance", 1.0, 0.3, 0.4)
    on_time = np.round(permits * sigmoid(logit(0.93) + 0.05 * t + 0.7 * performance))
    days = 38.0 * (1 + 0.3 * urb) * np.exp(-0.25 * performance)
    g.put("pozwolenia", "demo_building_permits", permits)
    g.put("pozwolenia", "demo_building_permits_65d", on_time)
    g.put(
        "pozwolenia",
        "demo_building_permit_days_sum",
        np.round(permits * days),
        not_applicable=permits == 0,
    )

    completed = g.poisson(
        "dwellings_completed",
        pop
        / 1000.0
        * (1.6 + 4.3 * g.suburb + 2.2 * g.big + 1.1 * urb)
        * np.exp(0.4 * w)
        * g.table(COMPLETIONS_TREND)
        * g.factor("dwellings_completed", 0.45, 0.15, 0.15),
    )
    floor = np.clip(
        (145.0 - 70.0 * urb - 20.0 * g.big)
        * (1 - 0.012 * t)
        * g.factor("dwelling_floor", 0.12, 0.03, 0.08),
        35.0,
        250.0,
    )
    first_pop = g.pop[g.group_start]
    base = np.round(first_pop / 1000.0 * (295.0 + 125.0 * urb) * g.factor("dwelling_stock", 0.1))
    cumulative = np.cumsum(completed)
    before = np.where(g.group_start > 0, cumulative[g.group_start - 1], 0.0)
    stock = base + cumulative - before
    g.put("budownictwo", "demo_dwellings_completed", completed)
    g.put(
        "budownictwo",
        "demo_dwellings_completed_m2",
        np.round(completed * floor),
        not_applicable=completed == 0,
    )
    g.put("budownictwo", "demo_dwelling_stock", stock)
