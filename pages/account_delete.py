"""Account deletion ``/konto/usun``: password and an explicit confirmation, posted to
``/konto/usun-konto``; everything the account owns is deleted in one transaction."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import html

from accounts.auth import signed_in_user
from components.account_ui import field, page_header, post_form, submit, visitor_notice
from core import urls
from i18n import t

dash.register_page(__name__, path=urls.ACCOUNT_DELETE, title=t("accounts.delete.title"))


def layout(komunikat: str | None = None, **_) -> html.Div:
    header = page_header(t("accounts.delete.title"), komunikat)
    if signed_in_user() is None:
        return html.Div([*header, visitor_notice(urls.ACCOUNT_DELETE)])
    return html.Div(
        [
            *header,
            dbc.Alert(t("accounts.delete.warning"), color="warning"),
            dbc.Row(
                dbc.Col(
                    post_form(
                        urls.ACCOUNT_DELETE_ACTION,
                        [
                            field(
                                "delete-password",
                                t("accounts.delete.password"),
                                "haslo",
                                kind="password",
                                required=True,
                                autocomplete="current-password",
                            ),
                            html.Div(
                                dbc.Checkbox(
                                    id="delete-confirm",
                                    name="potwierdzam",
                                    value=False,
                                    label=t("accounts.delete.confirm"),
                                ),
                                className="mb-3",
                            ),
                            submit(t("accounts.delete.submit"), color="danger"),
                        ],
                    ),
                    md=6,
                    lg=5,
                )
            ),
        ]
    )
