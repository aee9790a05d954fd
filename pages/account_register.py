"""Registration ``/konto/rejestracja``: e-mail and password (twice), posted to
``/konto/zarejestruj``."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html
from flask import has_request_context, session

from accounts.auth import accounts_available, signed_in_user
from accounts.routes import REGISTER_EMAIL
from accounts.security import PASSWORD_MAX, PASSWORD_MIN
from components.account_ui import db_unavailable, field, page_header, post_form, submit
from core import urls
from i18n import t

dash.register_page(__name__, path=urls.REGISTER, title=t("accounts.register.title"))


def typed_email() -> str:
    """The address of a registration that just failed (once), so it need not be typed again."""
    if not has_request_context():
        return ""
    value = session.pop(REGISTER_EMAIL, "")
    return value if isinstance(value, str) else ""


def layout(komunikat: str | None = None, **_) -> html.Div:
    user = signed_in_user()
    if user is not None:
        return html.Div(
            [
                *page_header(t("accounts.register.title"), komunikat),
                html.P(t("accounts.login.already", email=user.email)),
            ]
        )
    if not accounts_available():
        return html.Div([*page_header(t("accounts.register.title"), komunikat), db_unavailable()])
    password = {"kind": "password", "required": True, "autocomplete": "new-password"}
    return html.Div(
        [
            *page_header(t("accounts.register.title"), komunikat),
            html.P(t("accounts.register.intro")),
            dbc.Row(
                dbc.Col(
                    [
                        post_form(
                            urls.REGISTER_ACTION,
                            [
                                field(
                                    "register-email",
                                    t("accounts.field.email"),
                                    "email",
                                    kind="email",
                                    value=typed_email(),
                                    required=True,
                                    max_length=254,
                                    autocomplete="username",
                                ),
                                field(
                                    "register-password",
                                    t("accounts.field.password"),
                                    "haslo",
                                    help_text=t(
                                        "accounts.register.password_help", min=PASSWORD_MIN
                                    ),
                                    max_length=PASSWORD_MAX,
                                    **password,
                                ),
                                field(
                                    "register-password2",
                                    t("accounts.register.password2"),
                                    "haslo2",
                                    max_length=PASSWORD_MAX,
                                    **password,
                                ),
                                submit(t("accounts.register.submit")),
                            ],
                        ),
                        html.P(
                            [
                                t("accounts.register.have_account"),
                                " ",
                                html.A(t("accounts.nav.login"), href=urls.LOGIN),
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
