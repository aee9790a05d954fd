"""Demonstration variables of the environment: municipal waste, water supply and sewerage,
gas, heat sources and air quality."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit

#: Variables of this area (środowisko), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_waste_t",
    "demo_waste_selective_t",
    "demo_waste_declared_residents",
    "demo_waste_spending",
    "demo_water_pop_connected",
    "demo_sewer_pop_connected",
    "demo_water_household_m3",
    "demo_water_household_charges",
    "demo_water_produced_m3",
    "demo_water_losses_m3",
    "demo_water_network_km",
    "demo_water_failures",
    "demo_gas_pop_connected",
    "demo_heat_sources_replaced",
    "demo_pm10_pop_weighted",
    "demo_air_spending",
)

WASTE_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.07,
    2017: 1.11,
    2018: 1.15,
    2019: 1.17,
    2020: 1.21,
    2021: 1.26,
    2022: 1.24,
    2023: 1.23,
    2024: 1.25,
}
WASTE_COST: dict[int, float] = {
    2015: 1.00,
    2016: 1.02,
    2017: 1.05,
    2018: 1.15,
    2019: 1.45,
    2020: 1.85,
    2021: 2.05,
    2022: 2.30,
    2023: 2.60,
    2024: 2.75,
}
CLEAN_AIR: dict[int, float] = {
    2015: 1.0,
    2016: 1.2,
    2017: 1.6,
    2018: 2.5,
    2019: 4.0,
    2020: 5.0,
    2021: 7.0,
    2022: 9.0,
    2023: 8.0,
    2024: 6.0,
}
PM10_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 0.95,
    2017: 0.98,
    2018: 1.00,
    2019: 0.85,
    2020: 0.80,
    2021: 0.83,
    2022: 0.78,
    2023: 0.72,
    2024: 0.74,
}


def generate(g: Generator) -> None:
    """Waste, water and sewerage, gas and air."""
    t, urb, w, pop = g.t, g.urb, g.w, g.pop
    kg = (
        (215.0 + 110.0 * urb + 35.0 * g.suburb)
        * g.table(WASTE_TREND)
        * np.exp(0.15 * w)
        * g.factor("waste_kg", 0.18, 0.05, 0.04)
    )
    waste = np.maximum(0.1, np.round(pop * kg / 1000.0, 1))
    selective = np.round(
        waste * g.share("waste_selective", logit(0.28) + 0.082 * t + 0.2 * urb, 0.4, 0.1, 0.08),
        1,
    )
    declared = np.round(pop * g.share("waste_declared", logit(0.88) - 0.6 * urb, 0.5, 0.05, 0.03))
    per_tonne = (
        330.0 * g.table(WASTE_COST) * np.exp(0.1 * w) * g.factor("waste_cost", 0.2, 0.05, 0.05)
    )
    g.put("odpady", "demo_waste_t", waste)
    g.put("odpady", "demo_waste_selective_t", selective)
    g.put("odpady", "demo_waste_declared_residents", declared)
    g.put("odpady", "demo_waste_spending", np.round(waste * per_tonne, 2))

    water_share = g.share("water_share", logit(0.84) + 1.6 * urb + 0.05 * t, 0.7, 0.05, 0.01)
    water = np.round(pop * water_share)
    no_sewer = (g.typ == "2") & g.flag("no_sewer", 0.04 * np.exp(-0.1 * t))
    sewer = np.where(
        no_sewer,
        0.0,
        np.round(
            pop
            * g.share(
                "sewer_share",
                logit(0.38) + 2.7 * urb + 1.0 * g.suburb + 0.06 * t,
                0.8,
                0.1,
                0.01,
            )
        ),
    )
    household = np.round(
        water * 33.0 * (1 + 0.1 * urb) * (1 + 0.004 * t) * g.factor("water_use", 0.15, 0.03, 0.03)
    )
    price = 4.2 * 1.04**t * g.factor("water_price", 0.2, 0.05, 0.02)
    sold = household * (1.0 + (0.2 + 0.3 * urb) * g.factor("water_other", 0.3))
    loss = g.share("water_loss", logit(0.15) - 0.3 * urb - 0.02 * t, 0.45, 0.05, 0.1)
    produced = np.round(sold / (1.0 - loss))
    losses = np.maximum(0.0, produced - np.round(sold))
    network = np.maximum(
        0.5,
        np.round(
            g.area
            * 0.25
            * g.dens**0.35
            * water_share
            * (1 + 0.008 * t)
            * g.factor("water_network", 0.25, 0.03),
            1,
        ),
    )
    failures = g.poisson(
        "water_failures",
        network / 100.0 * 22.0 * (1 - 0.02 * t) * g.factor("water_failures", 0.5, 0.1, 0.15),
    )
    g.put("woda", "demo_water_pop_connected", water)
    g.put("woda", "demo_sewer_pop_connected", sewer)
    g.put("woda", "demo_water_household_m3", household)
    g.put("woda", "demo_water_household_charges", np.round(household * price, 2))
    g.put("woda", "demo_water_produced_m3", produced)
    g.put("woda", "demo_water_losses_m3", losses)
    g.put("woda", "demo_water_network_km", network)
    g.put("woda", "demo_water_failures", failures)

    gas_p = np.select([g.typ == "1", g.typ == "3"], [0.97, 0.85], 0.5 + 0.4 * g.suburb) + 0.015 * t
    gas = g.flag("gas_network", gas_p)
    gas_pop = np.where(
        gas,
        np.round(
            pop
            * g.share(
                "gas_share",
                logit(0.15) + 2.6 * urb + 0.5 * g.suburb + 0.03 * t,
                0.9,
                0.05,
                0.01,
            )
        ),
        0.0,
    )
    replaced = g.poisson(
        "heat_sources",
        pop
        / 1000.0
        * 0.4
        * g.table(CLEAN_AIR)
        * (1 + g.south)
        * (1.3 - 0.6 * urb)
        * g.factor("heat_sources", 0.6, 0.2, 0.2),
    )
    pm10 = (
        (23.0 + 6.0 * g.south + 3.0 * urb - 4.0 * g.north)
        * g.table(PM10_TREND)
        * g.factor("pm10", 0.15, 0.04, 0.05)
    )
    air_spending = (
        pop
        * 3.0
        * g.table(CLEAN_AIR) ** 0.8
        * (1 + 1.5 * g.south)
        * np.exp(0.3 * w)
        * g.factor("air_cost", 0.7, 0.2, 0.3)
    )
    g.put("powietrze", "demo_gas_pop_connected", gas_pop)
    g.put("powietrze", "demo_heat_sources_replaced", replaced)
    g.put("powietrze", "demo_pm10_pop_weighted", np.round(pm10 * pop, 1))
    g.put("powietrze", "demo_air_spending", np.round(air_spending, 2))
