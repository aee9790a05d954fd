"""The friendly "not found" block: a message and the search box, never a traceback; and the
app's page (:func:`app_page`) that Flask routes answer with it."""

from __future__ import annotations

import dash
from dash import dcc, html
from flask import current_app

from components.search import search_box
from i18n import t


def not_found(message: str) -> html.Div:
    return html.Div(
        [
            html.H1(t("notfound.title"), className="h2"),
            html.P(message, className="lead") if message else None,
            html.P(t("notfound.hint")),
            search_box("notfound"),
            html.P(dcc.Link(t("nav.catalogue"), href="/uslugi"), className="mt-3"),
        ],
        **{"data-status": "404"},
    )


DASH_EXTENSION = "smup_dash"


def dash_app() -> dash.Dash:
    """The Dash app of the current Flask app (``app.create_app`` keeps it in ``extensions``)."""
    return current_app.extensions[DASH_EXTENSION]


def app_page() -> str:
    """The app's HTML page (Dash renders the friendly not-found view for an unknown path)."""
    return dash_app().index()
