"""The friendly "not found" block: a message and the search box, never a traceback."""

from __future__ import annotations

from dash import dcc, html

from components.search import search_box
from core import urls
from i18n import t


def not_found(message: str) -> html.Div:
    return html.Div(
        [
            html.H1(t("notfound.title"), className="h2"),
            html.P(message, className="lead") if message else None,
            html.P(t("notfound.hint")),
            search_box("notfound"),
            html.P(dcc.Link(t("nav.catalogue"), href=urls.CATALOGUE), className="mt-3"),
        ],
        **{"data-status": "404"},
    )
