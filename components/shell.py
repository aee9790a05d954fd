"""The page frame shared by every page: skip link, navigation, main region and footer."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import Input, Output, State, clientside_callback, dcc, html

from components.account_ui import account_menu
from components.language import language_switch
from core import urls
from i18n import t

NAV_TOGGLE = "shell-nav-toggle"
NAV_COLLAPSE = "shell-nav-collapse"


def navigation() -> dbc.Navbar:
    """The brand (a link home) and the sections; below 1200 px they fold behind a button."""
    return dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand(t("app.title"), href="/", className="fw-semibold"),
                dbc.NavbarToggler(
                    [
                        html.Span(className="navbar-toggler-icon"),
                        html.Span(t("nav.menu"), className="visually-hidden"),
                    ],
                    id=NAV_TOGGLE,
                    n_clicks=0,
                ),
                dbc.Collapse(
                    [
                        dbc.Nav(
                            [
                                dbc.NavItem(dbc.NavLink(t("nav.catalogue"), href=urls.CATALOGUE)),
                                dbc.NavItem(dbc.NavLink(t("nav.analysis"), href=urls.ANALIZA)),
                                dbc.NavItem(dbc.NavLink(t("nav.compare"), href=urls.COMPARE)),
                            ],
                            navbar=True,
                            className="me-auto",
                        ),
                        account_menu(),
                        language_switch(),
                    ],
                    id=NAV_COLLAPSE,
                    navbar=True,
                    is_open=False,
                ),
            ]
        ),
        color="primary",
        dark=True,
        expand="xl",
        className="mb-3",
        role="navigation",
    )


clientside_callback(
    "function(n, open) { return n ? !open : open; }",
    Output(NAV_COLLAPSE, "is_open"),
    Input(NAV_TOGGLE, "n_clicks"),
    State(NAV_COLLAPSE, "is_open"),
    prevent_initial_call=True,
)


def page_shell(content) -> html.Div:
    """Wrap the page container in the common frame (built per request: its texts follow
    the language of the request)."""
    return html.Div(
        [
            html.A(t("app.skip"), href="#tresc", className="visually-hidden-focusable skip-link"),
            dcc.Location(id="shell-url", refresh="callback-nav"),
            html.Header(navigation(), className="site-header"),
            html.Main(dbc.Container(content), id="tresc", tabIndex="-1"),
            html.Footer(
                dbc.Container(
                    [
                        html.P(t("footer.source"), className="small text-muted"),
                        html.P(
                            [
                                dcc.Link(t("data.footer_link"), href=urls.ABOUT_DATA),
                                " · ",
                                dcc.Link(t("changes.footer_link"), href=urls.CHANGES),
                                " · ",
                                dcc.Link(t("api.footer_link"), href=urls.API_DOCS),
                                " · ",
                                dcc.Link(t("a11y.footer_link"), href=urls.ACCESSIBILITY),
                            ],
                            className="small",
                        ),
                    ]
                ),
                className="mt-5 py-3 border-top site-footer",
            ),
        ]
    )
