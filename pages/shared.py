"""A read-only link ``/udostepnione/<token>``: a shared view or dashboard, live on current
data, with no editing; ``?prezentacja=1&widok=<n>`` presents a shared dashboard.
Unknown and revoked tokens answer 404."""

from __future__ import annotations

import dash
from dash import dcc, html

from accounts import repository
from accounts.db import DatabaseUnavailable
from accounts.repository import ViewRecord
from components.account_ui import db_unavailable
from components.boards import (
    dashboard_grid,
    parse_index,
    presentation,
    view_content,
)
from components.notfound import not_found
from core import urls
from i18n import t

dash.register_page(__name__, path_template=urls.SHARED, title=t("accounts.shared.view"))


def layout(
    token: str | None = None, prezentacja: str | None = None, widok: str | None = None, **_
) -> html.Div:
    try:
        record = repository.shared(token)
    except DatabaseUnavailable:
        return html.Div([html.H1(t("accounts.shared.view"), className="h2"), db_unavailable()])
    if record is None:
        return not_found(t("accounts.shared.not_found"))
    base = urls.shared(token)
    readonly = html.P(t("accounts.shared.readonly"), className="text-muted")
    if isinstance(record, ViewRecord):
        return html.Div(
            [
                html.P(t("accounts.shared.view"), className="text-muted mb-0"),
                html.H1(record.name, className="h2"),
                html.P(record.note) if record.note else None,
                readonly,
                html.P(
                    dcc.Link(t("accounts.views.open"), href=record.url, className="btn btn-primary")
                ),
                view_content(record),
            ]
        )
    if prezentacja == "1":
        return presentation(record, base, parse_index(widok, len(record.items)))
    return html.Div(
        [
            html.P(t("accounts.shared.dashboard"), className="text-muted mb-0"),
            html.H1(record.name, className="h2"),
            html.P(record.note) if record.note else None,
            readonly,
            html.P(
                html.A(
                    t("accounts.dash.present"),
                    href=urls.presentation(base, 1),
                    className="btn btn-primary",
                )
            ),
            *(
                dashboard_grid(record)
                if record.items
                else [html.P(t("accounts.dash.empty_dashboard"))]
            ),
        ]
    )
