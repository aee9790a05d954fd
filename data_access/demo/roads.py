"""Demonstration variables of roads and transport: gmina roads, public transport, road
accidents and bicycle paths."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit, sigmoid

#: Variables of this area (drogi i transport), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_roads_km",
    "demo_roads_hard_km",
    "demo_roads_hard_good_km",
    "demo_roads_spending",
    "demo_transit_vehicle_km",
    "demo_transit_pop_near_stop",
    "demo_transit_buses",
    "demo_transit_bus_age_sum",
    "demo_transit_subsidy",
    "demo_road_accidents",
    "demo_road_fatalities",
    "demo_bike_paths_km",
)

ACCIDENTS_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.02,
    2017: 0.98,
    2018: 0.96,
    2019: 0.92,
    2020: 0.72,
    2021: 0.69,
    2022: 0.62,
    2023: 0.62,
    2024: 0.58,
}
FATALITIES_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.04,
    2017: 0.96,
    2018: 0.97,
    2019: 0.99,
    2020: 0.86,
    2021: 0.77,
    2022: 0.65,
    2023: 0.65,
    2024: 0.63,
}


def generate(g: Generator) -> None:
    """Roads, public transport, road accidents and bicycle paths."""
    t, urb, w, pop = g.t, g.urb, g.w, g.pop
    roads = np.maximum(
        0.5,
        np.round(
            g.area * 0.146 * g.dens**0.418 * (1 + 0.004 * t) * g.factor("roads_km", 0.2),
            1,
        ),
    )
    hard_share = g.share("roads_hard", -2.24 + 1.2 * g.ld + 0.35 * w + 0.06 * t, 0.5, 0.1, 0.02)
    hard = np.round(roads * hard_share, 1)
    good = np.round(
        hard * g.share("roads_good", logit(0.55) + 0.05 * t + 0.2 * w, 0.6, 0.1, 0.08), 1
    )
    per_km = (
        14000.0
        * (g.dens / 50.0) ** 0.3
        * g.cpi
        * np.exp(0.3 * w)
        * g.factor("roads_cost", 0.3, 0.1, 0.3)
    )
    g.put("drogi", "demo_roads_km", roads)
    g.put("drogi", "demo_roads_hard_km", hard)
    g.put("drogi", "demo_roads_hard_good_km", good)
    g.put("drogi", "demo_roads_spending", np.round(roads * per_km, 2))

    p = sigmoid(
        -2.2 + 2.4 * urb + 1.2 * (g.lp - 4.0) + 0.05 * t + 0.25 * np.maximum(0.0, g.year - 2019.0)
    )
    transit = g.flag("transit", p) | (pop >= 50_000)
    per_resident = (
        (4.0 + 30.0 * urb * np.clip((g.lp - 4.0) / 1.2, 0.0, 1.5))
        * g.yearly({2020: 0.9})
        * g.factor("transit_vkm", 0.4, 0.05, 0.03)
    )
    vkm = np.where(transit, np.maximum(1000.0, np.round(pop * per_resident)), 0.0)
    near = np.where(
        transit,
        np.round(pop * g.share("transit_near_stop", logit(0.45) + 2.2 * urb, 0.5, 0.05, 0.02)),
        0.0,
    )
    buses = np.maximum(1.0, np.round(vkm / (55000.0 * g.factor("transit_buses", 0.15))))
    age = np.clip(12.0 - 0.35 * t + g.latent("transit_age", 2.0, 0.0, 0.8), 1.5, 25.0)
    subsidy = vkm * (3.0 + 1.0 * urb) * g.costs * g.factor("transit_subsidy", 0.25, 0.05, 0.05)
    g.put("transport", "demo_transit_vehicle_km", vkm)
    g.put("transport", "demo_transit_pop_near_stop", near)
    g.put("transport", "demo_transit_buses", buses, not_applicable=~transit)
    g.put(
        "transport",
        "demo_transit_bus_age_sum",
        np.round(buses * age, 1),
        not_applicable=~transit,
    )
    g.put("transport", "demo_transit_subsidy", np.round(subsidy, 2), not_applicable=~transit)

    accidents = g.poisson(
        "road_accidents",
        pop / 10000.0 * 8.6 * g.table(ACCIDENTS_TREND) * g.factor("road_accidents", 0.35, 0.1, 0.0),
    )
    fatalities = g.poisson(
        "road_fatalities",
        pop
        / 100000.0
        * 7.6
        * g.table(FATALITIES_TREND)
        * (1.6 - 1.0 * urb)
        * g.factor("road_fatalities", 0.3, 0.0, 0.0),
    )
    has_paths = g.flag("bike_paths", 0.55 + 0.45 * urb + 0.03 * t)
    paths = np.where(
        has_paths,
        np.round(
            pop
            / 10000.0
            * (1.5 + 3.0 * urb + 2.0 * g.suburb)
            * (1 + 0.1 * t)
            * g.factor("bike_paths", 0.6, 0.1, 0.02),
            1,
        ),
        0.0,
    )
    g.put("wypadki", "demo_road_accidents", accidents)
    g.put("wypadki", "demo_road_fatalities", fatalities)
    g.put("drogi", "demo_bike_paths_km", paths)
