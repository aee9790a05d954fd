"""Demonstration variables of culture and sport: libraries, cultural centres, sport clubs
and facilities."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit

#: Variables of this area (kultura), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_library_volumes",
    "demo_library_loans",
    "demo_library_spending",
    "demo_culture_events",
    "demo_culture_participants",
    "demo_culture_group_members",
    "demo_culture_spending",
    "demo_sport_facilities",
    "demo_sport_club_members",
    "demo_sport_club_members_youth",
    "demo_sport_coaches",
    "demo_sport_spending",
)

COVID_LIBRARY: dict[int, float] = {2020: 0.80, 2021: 0.90}
COVID_EVENTS: dict[int, float] = {2020: 0.45, 2021: 0.70}
COVID_LIGHT: dict[int, float] = {2020: 0.88, 2021: 0.93}


def generate(g: Generator) -> None:
    """Libraries, cultural centres and sport."""
    t, urb, w, pop = g.t, g.urb, g.w, g.pop
    volumes = np.round(
        pop
        / 1000.0
        * (4600.0 - 2000.0 * urb)
        * np.exp(-0.013 * t)
        * g.factor("library_volumes", 0.25, 0.03, 0.01)
    )
    readers_rate = np.clip(
        160.0
        * g.yearly(COVID_LIBRARY)
        * (1 - 0.005 * t)
        * g.factor("library_readers", 0.25, 0.05, 0.04),
        20.0,
        600.0,
    )
    readers = np.maximum(1.0, np.round(pop * readers_rate / 1000.0))
    loans = np.round(
        readers * 17.0 * g.yearly({2020: 0.92}) * g.factor("library_loans", 0.2, 0.05, 0.05)
    )
    spending = pop * 30.0 * g.costs * np.exp(0.25 * w) * g.factor("library_cost", 0.3, 0.05, 0.05)
    g.put("biblioteki", "demo_library_volumes", volumes)
    g.put("biblioteki", "demo_library_loans", loans)
    g.put("biblioteki", "demo_library_spending", np.round(spending, 2))

    centre = g.flag("culture_centre", 0.93) | (pop >= 30_000)
    events = np.where(
        centre,
        np.maximum(
            1.0,
            g.poisson(
                "culture_events",
                pop
                / 1000.0
                * (9.0 - 5.0 * urb)
                * g.yearly(COVID_EVENTS)
                * g.factor("culture_events", 0.45, 0.08, 0.1),
            ),
        ),
        0.0,
    )
    participants = np.round(
        events * (80.0 + 150.0 * urb) * g.factor("culture_participants", 0.35, 0.05, 0.1)
    )
    members = np.where(
        centre,
        np.round(
            pop
            / 1000.0
            * (20.0 - 10.0 * urb)
            * g.yearly({2020: 0.8, 2021: 0.85})
            * g.factor("culture_members", 0.4, 0.05, 0.07)
        ),
        0.0,
    )
    spending = pop * 55.0 * g.costs * np.exp(0.3 * w) * g.factor("culture_cost", 0.35, 0.05, 0.06)
    g.put("domy_kultury", "demo_culture_events", events)
    g.put("domy_kultury", "demo_culture_participants", participants)
    g.put("domy_kultury", "demo_culture_group_members", members)
    g.put("domy_kultury", "demo_culture_spending", np.round(spending, 2), not_applicable=~centre)

    facilities = np.maximum(
        1.0,
        np.round(
            pop / 10000.0 * (9.0 - 5.0 * urb) * (1 + 0.01 * t) * g.factor("sport_facilities", 0.35)
        ),
    )
    members = np.maximum(
        1.0,
        np.round(
            pop
            / 1000.0
            * 28.0
            * (1 + 0.015 * t)
            * g.yearly({2020: 0.9, 2021: 0.92})
            * g.factor("sport_members", 0.4, 0.05, 0.06)
        ),
    )
    youth = np.minimum(
        np.round(members * g.share("sport_youth", logit(0.62), 0.4, 0.0, 0.05)),
        np.floor(g.pre),
    )
    coaches = np.round(members * 4.5 / 100.0 * g.factor("sport_coaches", 0.3, 0.05, 0.08))
    spending = pop * 85.0 * g.costs * np.exp(0.35 * w) * g.factor("sport_cost", 0.4, 0.1, 0.25)
    g.put("sport", "demo_sport_facilities", facilities)
    g.put("sport", "demo_sport_club_members", members)
    g.put("sport", "demo_sport_club_members_youth", youth)
    g.put("sport", "demo_sport_coaches", coaches)
    g.put("sport", "demo_sport_spending", np.round(spending, 2))
