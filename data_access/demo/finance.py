"""Demonstration variables of gmina finance: current revenue, debt, debt service and the
operating surplus, derived from the real own revenue."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit

#: Variables of this area (finanse), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_current_revenue",
    "demo_debt",
    "demo_debt_service",
    "demo_operating_surplus",
)

#: Current revenue relative to 2015 structure (the 500+ child benefit went through gmina
#: budgets in 2016–2021).
TRANSFERS: dict[int, float] = {
    2015: 1.00,
    2016: 1.25,
    2017: 1.30,
    2018: 1.30,
    2019: 1.40,
    2020: 1.45,
    2021: 1.30,
    2022: 1.00,
    2023: 1.00,
    2024: 1.00,
}
DEBT_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 0.93,
    2017: 0.90,
    2018: 0.95,
    2019: 1.00,
    2020: 1.00,
    2021: 0.95,
    2022: 0.85,
    2023: 0.85,
    2024: 0.90,
}
OPERATING_SHIFT: dict[int, float] = {
    2015: 0.00,
    2016: 0.01,
    2017: 0.01,
    2018: 0.01,
    2019: -0.01,
    2020: 0.00,
    2021: 0.05,
    2022: 0.03,
    2023: -0.02,
    2024: -0.03,
}


def generate(g: Generator) -> None:
    """Current revenue, debt, debt service and operating surplus."""
    urb, w = g.urb, g.w
    own_share = g.share("own_share", logit(0.30) + 1.2 * urb + 0.8 * w, 0.3, 0.05, 0.03)
    structural = g.own / own_share
    current = structural * g.table(TRANSFERS)
    in_debt = g.flag("debt", 0.93)
    debt = np.where(
        in_debt,
        structural * 0.25 * g.table(DEBT_TREND) * g.factor("debt", 0.6, 0.3, 0.1),
        0.0,
    )
    service = debt * 0.14 * g.factor("debt_service", 0.3, 0.05, 0.2)
    margin = 0.07 + g.table(OPERATING_SHIFT) + g.latent("operating_margin", 0.04, 0.0, 0.03)
    g.put("finanse", "demo_current_revenue", np.round(current, 2))
    g.put("finanse", "demo_debt", np.round(debt, 2))
    g.put("finanse", "demo_debt_service", np.round(service, 2))
    g.put("finanse", "demo_operating_surplus", np.round(current * margin, 2))
