"""Password change ``/konto/haslo`` (posted to ``/konto/zmien-haslo``)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from accounts.auth import signed_in_user
from accounts.security import PASSWORD_MAX, PASSWORD_MIN
from components.account_ui import field, page_header, post_form, submit, visitor_notice
from core import urls
from i18n import t

dash.register_page(__name__, path=urls.PASSWORD, title=t("accounts.password.title"))


def layout(komunikat: str | None = None, **_) -> html.Div:
    header = page_header(t("accounts.password.title"), komunikat)
    if signed_in_user() is None:
        return html.Div([*header, visitor_notice(urls.PASSWORD)])
    new = {"kind": "password", "required": True, "autocomplete": "new-password"}
    return html.Div(
        [
            *header,
            html.P(t("accounts.password.note")),
            dbc.Row(
                dbc.Col(
                    post_form(
                        urls.PASSWORD_ACTION,
                        [
                            field(
                                "password-current",
                                t("accounts.password.current"),
                                "obecne",
                                kind="password",
                                required=True,
                                autocomplete="current-password",
                            ),
                            field(
                                "password-new",
                                t("accounts.password.new"),
                                "nowe",
                                help_text=t("accounts.register.password_help", min=PASSWORD_MIN),
                                max_length=PASSWORD_MAX,
                                **new,
                            ),
                            field(
                                "password-new2",
                                t("accounts.password.new2"),
                                "nowe2",
                                max_length=PASSWORD_MAX,
                                **new,
                            ),
                            submit(t("accounts.password.submit")),
                        ],
                    ),
                    md=6,
                    lg=5,
                )
            ),
        ]
    )
