"""Demonstration variables of local taxes: property, agricultural, forest and transport tax."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import REF_OWN_REVENUE_PC, Generator, logit

#: Variables of this area (podatki), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_tax_property_due",
    "demo_tax_property_arrears",
    "demo_tax_property_payments",
    "demo_tax_property_payments_online",
    "demo_tax_property_rate_relief",
    "demo_tax_agricultural_due",
    "demo_tax_agricultural_arrears",
    "demo_tax_agricultural_payments",
    "demo_tax_agricultural_payments_online",
    "demo_tax_forest_due",
    "demo_tax_forest_arrears",
    "demo_tax_forest_payments",
    "demo_tax_forest_payments_online",
    "demo_tax_transport_due",
    "demo_tax_transport_arrears",
    "demo_tax_transport_payments",
    "demo_tax_transport_payments_online",
)

#: Rye price used for the agricultural tax, 2015 = 1.
RYE_PRICE: dict[int, float] = {
    2015: 1.00,
    2016: 0.87,
    2017: 0.85,
    2018: 0.87,
    2019: 0.93,
    2020: 0.89,
    2021: 0.86,
    2022: 0.86,
    2023: 1.37,
    2024: 1.23,
}


def _tax(
    g: Generator,
    stem: str,
    due: np.ndarray,
    arrears_logit: float,
    payments: np.ndarray,
    online_logit: np.ndarray,
    not_applicable: np.ndarray | None = None,
) -> None:
    group = f"podatek_{stem}"
    arrears = due * g.share(f"tax_{stem}_arrears", arrears_logit, 0.6, 0.1, 0.15)
    online = np.round(payments * g.share(f"tax_{stem}_online", online_logit, 0.6, 0.05, 0.05))
    g.put(group, f"demo_tax_{stem}_due", np.round(due, 2), not_applicable)
    g.put(group, f"demo_tax_{stem}_arrears", np.round(arrears, 2), not_applicable)
    g.put(group, f"demo_tax_{stem}_payments", payments, not_applicable)
    g.put(group, f"demo_tax_{stem}_payments_online", online, not_applicable)


def generate(g: Generator) -> None:
    """The four local taxes: amount due, arrears, payments and payments made online."""
    t, urb, w, pop, own = g.t, g.urb, g.w, g.pop, g.own
    trend_online = 0.22 * t + 0.6 * urb + 0.3 * w
    due = own * np.clip((0.38 - 0.18 * urb) * g.factor("tax_property", 0.25, 0.05, 0.03), 0.05, 0.8)
    payments = np.maximum(
        1.0, np.round(pop * 0.33 * 2.5 * g.factor("tax_property_payments", 0.2, 0.0, 0.03))
    )
    _tax(g, "property", due, logit(0.05), payments, logit(0.25) + trend_online)
    relief = due * g.share("tax_property_relief", logit(0.12) - 1.5 * urb, 0.8, 0.1, 0.05)
    g.put("podatek_property", "demo_tax_property_rate_relief", np.round(relief, 2))

    due = (
        own
        * (0.02 + 0.12 * (1 - urb))
        * g.table(RYE_PRICE)
        / g.table(REF_OWN_REVENUE_PC)
        * REF_OWN_REVENUE_PC[2015]
        * g.factor("tax_agricultural", 0.5, 0.05, 0.05)
    )
    payments = np.maximum(
        1.0,
        np.round(
            pop * (0.01 + 0.12 * (1 - urb)) * 3.0 * g.factor("tax_agricultural_payments", 0.3)
        ),
    )
    _tax(g, "agricultural", due, logit(0.04), payments, logit(0.12) + 0.2 * t + 0.3 * urb)

    forest = ~g.urban | g.flag("forest", 0.6)
    due = own * 0.008 * (1.3 - urb) * g.factor("tax_forest", 0.8, 0.05, 0.03)
    payments = np.maximum(1.0, np.round(pop * 0.03 * g.factor("tax_forest_payments", 0.5)))
    _tax(
        g,
        "forest",
        due,
        logit(0.03),
        payments,
        logit(0.15) + 0.2 * t + 0.3 * urb,
        not_applicable=~forest,
    )

    due = own * 0.012 * g.factor("tax_transport", 0.6, 0.1, 0.1)
    payments = np.maximum(
        1.0, np.round(pop * 0.008 * g.factor("tax_transport_payments", 0.5, 0.0, 0.05))
    )
    _tax(g, "transport", due, logit(0.18), payments, logit(0.5) + 0.2 * t)
