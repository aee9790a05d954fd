"""Demonstration variables of geodesy: the land and building register (EGiB), requests for
geodetic materials and notified survey works."""

from __future__ import annotations

import numpy as np

from data_access.demo.core import Generator, logit

#: Variables of this area (geodezja), in output order.
VARIABLES: tuple[str, ...] = (
    "demo_egib_parcels",
    "demo_egib_parcels_vector",
    "demo_egib_extracts",
    "demo_egib_extracts_online",
    "demo_geo_requests",
    "demo_geo_requests_online",
    "demo_geo_request_days_sum",
    "demo_geo_spending",
    "demo_geo_works",
    "demo_geo_works_ontime",
    "demo_geo_works_online",
)


def generate(g: Generator) -> None:
    """Land register, geodetic resource requests and survey works."""
    t, urb, pop = g.t, g.urb, g.pop
    parcels = np.maximum(
        10.0,
        np.round(g.area * 20.0 * g.dens**0.45 * (1 + 0.005 * t) * g.factor("egib_parcels", 0.3)),
    )
    vector = np.round(parcels * g.share("egib_vector", logit(0.7) + 0.38 * t, 1.2, 0.2))
    extracts = g.poisson(
        "egib_extracts",
        pop / 1000.0 * 45.0 * (1 + 0.4 * (1 - urb)) * g.factor("egib_extracts", 0.4, 0.1, 0.08),
    )
    extracts_online = np.round(
        extracts * g.share("egib_online", logit(0.03) + 0.35 * t, 0.8, 0.1, 0.1)
    )
    g.put("egib", "demo_egib_parcels", parcels)
    g.put("egib", "demo_egib_parcels_vector", vector)
    g.put("egib", "demo_egib_extracts", extracts)
    g.put("egib", "demo_egib_extracts_online", extracts_online)

    requests = g.poisson(
        "geo_requests",
        pop / 1000.0 * 18.0 * (1 + 0.8 * g.suburb) * g.factor("geo_requests", 0.35, 0.1, 0.1),
    )
    none = requests == 0
    days = 12.0 * np.exp(-0.07 * t) * g.factor("geo_days", 0.35, 0.1, 0.12)
    online = np.round(requests * g.share("geo_online", logit(0.05) + 0.4 * t, 0.8, 0.1, 0.1))
    cost = 160.0 * g.costs * g.factor("geo_cost", 0.35, 0.05, 0.1)
    g.put("zasob_geodezyjny", "demo_geo_requests", requests)
    g.put("zasob_geodezyjny", "demo_geo_requests_online", online)
    g.put(
        "zasob_geodezyjny",
        "demo_geo_request_days_sum",
        np.round(requests * days, 1),
        not_applicable=none,
    )
    g.put(
        "zasob_geodezyjny",
        "demo_geo_spending",
        np.round(requests * cost, 2),
        not_applicable=none,
    )

    works = g.poisson(
        "geo_works",
        pop / 1000.0 * 22.0 * (1 + 0.9 * g.suburb) * g.factor("geo_works", 0.35, 0.1, 0.1),
    )
    g.put("prace_geodezyjne", "demo_geo_works", works)
    g.put(
        "prace_geodezyjne",
        "demo_geo_works_ontime",
        np.round(works * g.share("geo_works_ontime", logit(0.8) + 0.12 * t, 0.8, 0.1, 0.2)),
    )
    g.put(
        "prace_geodezyjne",
        "demo_geo_works_online",
        np.round(works * g.share("geo_works_online", logit(0.08) + 0.42 * t, 0.8, 0.1, 0.1)),
    )
