"""Demonstration variables of real estate: municipal dwellings, spatial planning and
municipal land."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit, sigmoid

#: Variables of this area (nieruchomości), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_municipal_dwellings",
    "demo_municipal_dwellings_ch",
    "demo_flat_queue",
    "demo_flats_allocated",
    "demo_flat_wait_months_sum",
    "demo_rent_due",
    "demo_rent_arrears",
    "demo_mpzp_area_km2",
    "demo_wz_decisions",
    "demo_wz_days_sum",
    "demo_planning_spending",
    "demo_municipal_land_ha",
    "demo_municipal_land_leased_ha",
    "demo_land_sold_ha",
    "demo_land_sale_revenue",
)


def generate(g: Generator) -> None:
    """Municipal dwellings and rents, local plans and zoning decisions, municipal land."""
    t, urb, pop = g.t, g.urb, g.pop
    dwellings = np.maximum(
        2.0,
        np.round(
            pop
            / 1000.0
            * (5.0 + 22.0 * urb + 10.0 * g.big)
            * np.exp(-0.018 * t)
            * g.factor("municipal_dwellings", 0.5, 0.05)
        ),
    )
    heating = np.round(
        dwellings * g.share("municipal_heating", logit(0.72) + 0.09 * t + 0.3 * urb, 0.8, 0.1, 0.02)
    )
    queue = np.round(dwellings * (4.0 + 10.0 * urb) / 100.0 * g.factor("flat_queue", 0.6, 0.2, 0.1))
    allocated = g.poisson(
        "flats_allocated", dwellings * 0.04 * g.factor("flats_allocated", 0.4, 0.0, 0.2)
    )
    wait = (14.0 + 30.0 * urb + 10.0 * g.big) * g.factor("flat_wait", 0.5, 0.1, 0.15)
    rent_due = (
        dwellings * 12.0 * 230.0 * g.costs * (1 + 0.3 * urb) * g.factor("rent", 0.2, 0.05, 0.02)
    )
    arrears = rent_due * g.share("rent_arrears", logit(0.2) + 0.8 * urb - 0.03 * t, 0.7, 0.1, 0.1)
    g.put("mieszkania", "demo_municipal_dwellings", dwellings)
    g.put("mieszkania", "demo_municipal_dwellings_ch", heating)
    g.put("mieszkania", "demo_flat_queue", queue)
    g.put("mieszkania", "demo_flats_allocated", allocated)
    g.put(
        "mieszkania",
        "demo_flat_wait_months_sum",
        np.round(allocated * wait, 1),
        not_applicable=allocated == 0,
    )
    g.put("mieszkania", "demo_rent_due", np.round(rent_due, 2))
    g.put("mieszkania", "demo_rent_arrears", np.round(arrears, 2))

    coverage = sigmoid(-1.2 + 0.4 * urb + 0.04 * t + g.latent("mpzp", 1.6, 0.3))
    decisions = g.poisson(
        "wz_decisions",
        pop
        / 1000.0
        * 5.0
        * (1 - 0.7 * coverage)
        * (1 + 0.8 * g.suburb)
        * g.factor("wz_decisions", 0.4, 0.1, 0.15),
    )
    days = 60.0 * (1 + 0.3 * urb) * g.factor("wz_days", 0.35, 0.1, 0.12)
    g.put("planowanie", "demo_mpzp_area_km2", np.round(g.area * coverage, 2))
    g.put("planowanie", "demo_wz_decisions", decisions)
    g.put(
        "planowanie",
        "demo_wz_days_sum",
        np.round(decisions * days),
        not_applicable=decisions == 0,
    )
    g.put(
        "planowanie",
        "demo_planning_spending",
        np.round(
            pop * 6.0 * g.cpi * np.exp(0.3 * g.w) * g.factor("planning_cost", 0.7, 0.2, 0.4),
            2,
        ),
    )

    land_share = np.clip(
        (2.5 + 15.0 * urb) * (1 - 0.006 * t) * g.factor("municipal_land", 0.5), 0.2, 60.0
    )
    land = np.round(g.area * land_share, 1)  # ha: area [km²] × 100 × share [%] / 100
    sells = g.u("land_sale", "any") < 0.75 + 0.2 * urb
    sold = np.where(sells, np.round(land * 0.006 * g.factor("land_sold", 0.6, 0.1, 0.6), 2), 0.0)
    price = (
        (8.0 + 90.0 * urb + 60.0 * g.big + 40.0 * g.suburb)
        * 1.06**t
        * g.factor("land_price", 0.6, 0.1, 0.4)
    )
    leased = np.round(land * g.share("municipal_land_leased", logit(0.3), 0.6, 0.1, 0.05), 1)
    g.put("grunty", "demo_municipal_land_ha", land)
    g.put("grunty", "demo_municipal_land_leased_ha", leased)
    g.put("grunty", "demo_land_sold_ha", sold)
    g.put(
        "grunty",
        "demo_land_sale_revenue",
        np.round(sold * 10000.0 * price, 2),
        not_applicable=sold == 0,
    )
