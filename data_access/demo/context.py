"""Demonstration context variables: the labour market, registered entities (REGON), births
and migration."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import BIRTHS_K, Generator, logit

#: Variables of this area (kontekst), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_unemployed",
    "demo_unemployed_longterm",
    "demo_employed",
    "demo_regon_entities",
    "demo_regon_new",
    "demo_births",
    "demo_net_migration",
)

UNEMPLOYMENT_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 0.86,
    2017: 0.71,
    2018: 0.64,
    2019: 0.57,
    2020: 0.68,
    2021: 0.60,
    2022: 0.53,
    2023: 0.53,
    2024: 0.52,
}


def generate(g: Generator) -> None:
    """Unemployment, employment, REGON entities, births and net migration."""
    t, urb, w, pop = g.t, g.urb, g.w, g.pop
    rate = np.clip(
        0.054
        * g.table(UNEMPLOYMENT_TREND)
        * np.exp(-0.5 * w)
        * (1 + 0.3 * g.east)
        * g.factor("unemployment", 0.35, 0.1, 0.05),
        0.003,
        0.35,
    )
    unemployed = np.round(g.work * rate)
    g.put("rynek_pracy", "demo_unemployed", unemployed)
    g.put(
        "rynek_pracy",
        "demo_unemployed_longterm",
        np.round(
            unemployed * g.share("unemployed_longterm", logit(0.45) - 0.5 * w, 0.4, 0.1, 0.05)
        ),
    )
    employed = (
        pop
        / 1000.0
        * np.clip(
            (85.0 + 190.0 * urb + 50.0 * g.big)
            * (1 + 0.012 * t)
            * np.exp(0.3 * w)
            * g.factor("employed", 0.4, 0.05, 0.02),
            30.0,
            1200.0,
        )
    )
    g.put("rynek_pracy", "demo_employed", np.round(employed))

    regon_rate = (
        (640.0 + 500.0 * urb + 340.0 * g.big + 260.0 * g.suburb)
        * (1 + 0.028 * t)
        * np.exp(0.2 * w)
        * g.factor("regon", 0.25, 0.05, 0.01)
    )
    g.put("regon", "demo_regon_entities", np.round(pop / 10000.0 * regon_rate))
    g.put(
        "regon",
        "demo_regon_new",
        g.poisson(
            "regon_new",
            pop
            / 10000.0
            * 0.075
            * regon_rate
            * g.yearly({2020: 0.85})
            * g.factor("regon_new", 0.2, 0.05, 0.08),
        ),
    )

    births = g.poisson(
        "births",
        pop
        / 1000.0
        * 9.7
        * g.table(BIRTHS_K)
        / 369.0
        * (1 + 0.1 * g.suburb - 0.05 * urb)
        * np.exp(3.0 * (g.share_pre - 0.18))
        * g.factor("births", 0.12),
    )
    migration = -1.2 + 9.0 * g.suburb + 1.5 * w + g.latent("migration", 2.5, 1.0, 1.0)
    g.put("ruch_ludnosci", "demo_births", births)
    g.put("ruch_ludnosci", "demo_net_migration", np.round(pop * migration / 1000.0))
