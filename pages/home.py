"""Home: the unit search and the service areas as entry points."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.search import search_box
from components.static_html import static
from core import urls
from data_access.repository import get_repository
from i18n import lazy_t, localized_name, localized_text, t, t_count

dash.register_page(__name__, path="/", title=lazy_t("app.title"), order=0)


def area_cards() -> dbc.Row:
    repo = get_repository()
    cards = []
    for area in repo.areas:
        services = repo.services_of(area.id)
        count = sum(len(repo.indicators_of(s.id)) for s in services)
        cards.append(
            dbc.Col(
                # Bootstrap's card markup as plain elements: the cards go as markup (below).
                html.Div(
                    html.Div(
                        [
                            html.H3(
                                dcc.Link(localized_name(area), href=urls.area(area.id)),
                                className="h5",
                            ),
                            html.P(localized_text(area, "description"), className="small mb-1"),
                            html.P(
                                t_count("count.indicators", count),
                                className="small text-muted mb-0",
                            ),
                        ],
                        className="card-body",
                    ),
                    className="card area-card",
                ),
                md=6,
                lg=4,
                className="mb-3",
            )
        )
    return dbc.Row(cards)


def layout(q: str = "", **_) -> html.Div:
    return html.Div(
        [
            html.H1(t("app.title"), className="h2"),
            html.P(t("home.intro"), className="lead"),
            search_box("home", value=q if isinstance(q, str) else ""),
            html.H2(t("home.areas"), className="h4 mt-5 mb-3"),
            # Markup, not ~80 components for React to mount (a phone's main thread).
            static(area_cards()),
        ]
    )
