"""Demonstration variables of social policy: social assistance, nurseries and care of the
elderly.

Nursery places follow the children under 3 of :mod:`data_access.demo.education`, so that
area must run first."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit, sigmoid

#: Variables of this area (polityka społeczna), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_social_beneficiaries",
    "demo_social_beneficiaries_longterm",
    "demo_social_workers",
    "demo_social_spending",
    "demo_nursery_places",
    "demo_nursery_children",
    "demo_nursery_staff",
    "demo_nursery_spending",
    "demo_senior_daycare_places",
    "demo_care_recipients",
    "demo_care_hours",
    "demo_care_spending",
)


def generate(g: Generator) -> None:
    """Social assistance, nurseries, senior day care and care services."""
    t, urb, w, pop = g.t, g.urb, g.w, g.pop
    children_u3 = g.get("demo_children_under_3")  # from education, which runs first
    rate = np.clip(
        45.0
        * np.exp(-0.08 * t)
        * np.exp(-0.35 * w)
        * (1 + 0.3 * (1 - urb))
        * (1 + 0.25 * g.east)
        * g.factor("social_rate", 0.3, 0.08, 0.05),
        3.0,
        250.0,
    )
    beneficiaries = np.maximum(1.0, np.round(pop * rate / 1000.0))
    longterm = np.round(
        beneficiaries * g.share("social_longterm", logit(0.52) - 0.3 * w, 0.35, 0.1, 0.08)
    )
    workers = np.maximum(
        1.0, np.round(pop / 2000.0 * 0.95 * g.factor("social_workers", 0.2, 0.05, 0.05), 1)
    )
    per_beneficiary = (
        2300.0 * g.cpi * 1.04**t * np.exp(0.15 * w) * g.factor("social_cost", 0.2, 0.05, 0.06)
    )
    g.put("pomoc", "demo_social_beneficiaries", beneficiaries)
    g.put("pomoc", "demo_social_beneficiaries_longterm", longterm)
    g.put("pomoc", "demo_social_workers", workers)
    g.put("pomoc", "demo_social_spending", np.round(beneficiaries * per_beneficiary, 2))

    p = sigmoid(-1.6 + 1.7 * (g.lp - 4.0) + 1.8 * urb + 0.28 * t + 0.8 * w + 0.6 * g.suburb)
    nursery = g.flag("nursery", p) | (pop >= 50_000)
    rate = (
        (7.0 + 10.0 * urb + 8.0 * g.suburb)
        * (1 + 0.09 * t)
        * g.factor("nursery_rate", 0.35, 0.1, 0.05)
    )
    places = np.where(nursery, np.maximum(8.0, np.round(children_u3 * rate / 100.0)), 0.0)
    occupancy = g.share("nursery_occupancy", logit(0.92), 0.5, 0.0, 0.2)
    children = np.round(places * occupancy)
    staff = np.maximum(
        1.0, np.round(children / (6.2 * g.factor("nursery_staff", 0.1, 0.0, 0.05)), 1)
    )
    per_child = 9000.0 * g.wages * g.factor("nursery_cost", 0.2, 0.05, 0.05)
    g.put("zlobki", "demo_nursery_places", places)
    g.put("zlobki", "demo_nursery_children", children)
    g.put("zlobki", "demo_nursery_staff", staff, not_applicable=~nursery)
    g.put(
        "zlobki",
        "demo_nursery_spending",
        np.round(children * per_child, 2),
        not_applicable=~nursery,
    )

    daycare = g.flag("senior_daycare", sigmoid(-1.2 + 0.9 * (g.lp - 4.0) + 0.8 * urb + 0.2 * t))
    daycare_places = np.where(
        daycare,
        np.maximum(
            15.0,
            np.round(g.post * 6.0 / 1000.0 * g.factor("senior_daycare_rate", 0.4, 0.1, 0.02)),
        ),
        0.0,
    )
    care = g.flag("care_services", 0.88) | (pop >= 20_000)
    recipients = np.where(
        care,
        np.maximum(
            1.0,
            np.round(
                g.post * 14.0 / 1000.0 * (1 + 0.02 * t) * g.factor("care_rate", 0.45, 0.1, 0.08)
            ),
        ),
        0.0,
    )
    hours = np.round(recipients * 380.0 * g.factor("care_hours", 0.3, 0.05, 0.08))
    per_hour = 19.0 * g.wages * g.factor("care_cost", 0.2, 0.05, 0.05)
    g.put("seniorzy", "demo_senior_daycare_places", daycare_places)
    g.put("seniorzy", "demo_care_recipients", recipients)
    g.put("seniorzy", "demo_care_hours", hours, not_applicable=~care)
    g.put("seniorzy", "demo_care_spending", np.round(hours * per_hour, 2), not_applicable=~care)
