"""Dashboards ``/pulpity``: the user's dashboards and a form for a new one."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from accounts import repository
from accounts.models import NOTE_MAX
from components.account_ui import (
    field,
    name_field,
    owner_page,
    post_form,
    submit,
)
from core import urls
from i18n import t

dash.register_page(__name__, path=urls.DASHBOARDS, title=t("accounts.dash.title"))


def new_dashboard_form() -> html.Section:
    return html.Section(
        [
            html.H2(t("accounts.dash.new"), className="h4"),
            post_form(
                urls.DASHBOARD_NEW,
                [
                    name_field("dashboards-new-name"),
                    field(
                        "dashboards-new-note",
                        t("accounts.field.description"),
                        "opis",
                        max_length=NOTE_MAX,
                        multiline=True,
                    ),
                    submit(t("accounts.dash.create")),
                ],
            ),
        ],
        className="mt-4",
    )


def layout(komunikat: str | None = None, **_) -> html.Div:
    page = owner_page(
        t("accounts.dash.title"), komunikat, urls.DASHBOARDS, repository.list_dashboards
    )
    if isinstance(page, html.Div):
        return page
    header, boards = page
    rows = [
        html.Li(
            [
                dcc.Link(b.name, href=urls.dashboard(b.id), className="fw-semibold"),
                html.Span(
                    " — " + t("accounts.dash.views_count", count=len(b.items)),
                    className="text-muted",
                ),
                " · ",
                html.A(t("accounts.dash.present"), href=urls.presentation(urls.dashboard(b.id), 1)),
            ],
            className="mb-2",
        )
        for b in boards
    ]
    return html.Div(
        [
            *header,
            html.P(t("accounts.dash.intro")),
            html.Ul(rows, className="dashboard-list") if rows else html.P(t("accounts.dash.empty")),
            dbc.Row(dbc.Col(new_dashboard_form(), md=8, lg=6)),
        ]
    )
