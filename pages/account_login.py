"""Login ``/konto/logowanie``: a plain form posting to ``/konto/zaloguj`` (rate-limited)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from accounts.auth import accounts_available, signed_in_user
from accounts.security import safe_next
from components.account_ui import db_unavailable, field, hidden, page_header, post_form, submit
from core import urls
from i18n import t

dash.register_page(__name__, path=urls.LOGIN, title=t("accounts.login.title"))


def layout(komunikat: str | None = None, dalej: str | None = None, **_) -> html.Div:
    user = signed_in_user()
    if user is not None:
        return html.Div(
            [
                *page_header(t("accounts.login.title"), komunikat),
                html.P(t("accounts.login.already", email=user.email)),
                html.P(
                    dcc.Link(
                        t("accounts.nav.views"), href=urls.MY_VIEWS, className="btn btn-primary"
                    )
                ),
            ]
        )
    if not accounts_available():
        return html.Div([*page_header(t("accounts.login.title"), komunikat), db_unavailable()])
    return html.Div(
        [
            *page_header(t("accounts.login.title"), komunikat),
            dbc.Row(
                dbc.Col(
                    [
                        post_form(
                            urls.LOGIN_ACTION,
                            [
                                hidden("dalej", safe_next(dalej)),
                                field(
                                    "login-email",
                                    t("accounts.field.email"),
                                    "email",
                                    kind="email",
                                    required=True,
                                    max_length=254,
                                    autocomplete="username",
                                ),
                                field(
                                    "login-password",
                                    t("accounts.field.password"),
                                    "haslo",
                                    kind="password",
                                    required=True,
                                    autocomplete="current-password",
                                ),
                                submit(t("accounts.login.submit")),
                            ],
                        ),
                        html.P(
                            [
                                t("accounts.login.no_account"),
                                " ",
                                html.A(t("accounts.nav.register"), href=urls.REGISTER),
                            ],
                            className="mt-3",
                        ),
                    ],
                    md=6,
                    lg=5,
                )
            ),
        ]
    )
