"""The page frame shared by every page: skip link, navigation, main region and footer."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from i18n import t


def navigation() -> dbc.Navbar:
    return dbc.Navbar(
        dbc.Container(
            [
                dbc.NavbarBrand(t("app.title"), href="/", className="fw-semibold"),
                dbc.Nav(
                    [
                        dbc.NavItem(dbc.NavLink(t("nav.home"), href="/")),
                        dbc.NavItem(dbc.NavLink(t("nav.catalogue"), href="/uslugi")),
                    ],
                    navbar=True,
                ),
            ]
        ),
        color="primary",
        dark=True,
        className="mb-3",
        role="navigation",
    )


def page_shell(content) -> html.Div:
    """Wrap the page container in the common frame."""
    return html.Div(
        [
            html.A(t("app.skip"), href="#tresc", className="visually-hidden-focusable skip-link"),
            dcc.Location(id="shell-url", refresh="callback-nav"),
            html.Header(navigation()),
            html.Main(dbc.Container(content), id="tresc", tabIndex="-1"),
            html.Footer(
                dbc.Container(html.P(t("footer.source"), className="small text-muted")),
                className="mt-5 py-3 border-top",
            ),
        ]
    )
