"""``/warsztat``: join a live workshop by the code the trainer shows (or a pasted link)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from core import urls
from i18n import lazy_t, t

dash.register_page(__name__, path=urls.WORKSHOP_JOIN, title=lazy_t("workshop.join.title"))


def layout(blad: str | None = None, **_) -> html.Div:
    error = (
        html.Div(t("workshop.join.bad_code"), role="alert", className="alert alert-danger")
        if blad == "kod"
        else None
    )
    return html.Div(
        [
            html.H1(t("workshop.join.title"), className="h2"),
            html.P(t("workshop.join.intro")),
            error,
            html.Form(
                [
                    dbc.Label(t("workshop.join.code"), html_for="workshop-join-code"),
                    dbc.InputGroup(
                        [
                            dbc.Input(
                                id="workshop-join-code",
                                name="kod",
                                required=True,
                                maxLength=200,
                                autocomplete="off",
                                className="workshop-code-input",
                            ),
                            dbc.Button(t("workshop.join.submit"), type="submit", color="primary"),
                        ],
                        className="workshop-join",
                    ),
                    html.Div(
                        t("workshop.join.help"), id="workshop-join-help", className="form-text"
                    ),
                ],
                action=urls.WORKSHOP_JOIN_ACTION,
                method="get",
            ),
        ],
        className="workshop-join-page",
    )
