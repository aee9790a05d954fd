"""Service catalogue ``/uslugi``: areas → services → indicators, filterable."""

from __future__ import annotations

import dash
from dash import Input, Output, callback, dcc, html

from components.values import demo_badge
from data_access.catalogue_model import Indicator, Provenance
from data_access.repository import Repository, get_repository
from data_access.units import fold
from i18n import lazy_t, localized_name, localized_text, localized_unit, t, t_count
from security import untrusted

dash.register_page(__name__, path="/uslugi", title=lazy_t("catalogue.title"), order=1)

FILTER = "catalogue-filter"
LISTING = "catalogue-listing"


def matches(query: str, *texts: str) -> bool:
    """Whether every word of the folded query occurs in the folded texts."""
    haystack = fold(" ".join(texts))
    return all(word in haystack for word in fold(query).split())


def indicator_note(indicator: Indicator) -> str:
    """The note "(unit; dimension)" after an indicator's name."""
    return f" ({localized_unit(indicator.unit)}; {t(f'dimension.{indicator.dimension}')})"


def catalogue_listing(repo: Repository, query: str = "") -> list:
    """The catalogue, restricted to services and indicators matching ``query``."""
    query = (query or "").strip()[:100]
    sections, n_services, n_indicators = [], 0, 0
    for area in repo.areas:
        service_items = []
        for service in repo.services_of(area.id):
            indicators = repo.indicators_of(service.id)
            # Polish texts always match; in English mode the English descriptions too.
            description = localized_text(service, "description")
            service_hit = matches(
                query,
                area.name,
                area.name_en,
                service.name,
                service.name_en,
                service.description,
                description,
            )
            shown = [
                i
                for i in indicators
                if service_hit
                or matches(query, i.name, i.definition, i.name_en, localized_text(i, "definition"))
            ]
            if not shown:
                continue
            n_services += 1
            n_indicators += len(shown)
            service_items.append(
                html.Li(
                    [
                        dcc.Link(
                            localized_name(service),
                            href=f"/uslugi/{service.id}",
                            className="fw-semibold",
                        ),
                        html.Span(f" — {description}", className="small text-muted"),
                        html.Ul(
                            [
                                html.Li(
                                    [
                                        dcc.Link(localized_name(i), href=f"/wskazniki/{i.id}"),
                                        html.Span(
                                            indicator_note(i),
                                            className="small text-muted",
                                        ),
                                        demo_badge() if i.provenance == Provenance.DEMO else None,
                                    ]
                                )
                                for i in shown
                            ],
                            className="small",
                        ),
                    ],
                    className="mb-2",
                )
            )
        if service_items:
            sections.append(
                html.Section(
                    [
                        html.H2(localized_name(area), className="h4 mt-4", id=f"obszar-{area.id}"),
                        html.P(localized_text(area, "description"), className="text-muted small"),
                        html.Ul(service_items, className="list-unstyled"),
                    ]
                )
            )
    summary = html.P(
        t(
            "catalogue.count",
            services=t_count("count.services", n_services),
            indicators=t_count("count.indicators", n_indicators),
        ),
        className="small",
        **{"aria-live": "polite"},
    )
    if not sections:
        return [summary, html.P(t("catalogue.empty", query=query))]
    return [summary, *sections]


def layout(q: str = "", **_) -> html.Div:
    query = q if isinstance(q, str) else ""
    return html.Div(
        [
            html.H1(t("catalogue.title"), className="h2"),
            html.Div(
                [
                    html.Label(t("catalogue.filter"), htmlFor=FILTER, className="form-label"),
                    # debounce=False: a numeric debounce in dcc 4.4.1 throws when the page unmounts.
                    dcc.Input(
                        id=FILTER,
                        type="search",
                        value=query,
                        debounce=False,
                        placeholder=t("catalogue.filter_placeholder"),
                        className="form-control",
                        maxLength=100,
                    ),
                ],
                role="search",
                className="mb-3",
            ),
            html.Div(catalogue_listing(get_repository(), query), id=LISTING),
        ]
    )


@callback(Output(LISTING, "children"), Input(FILTER, "value"), prevent_initial_call=True)
def filter_catalogue(query) -> list:
    return catalogue_listing(get_repository(), untrusted.clipped(query))
