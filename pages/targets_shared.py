"""A read-only link to one user's targets of one unit ``/cele/udostepnione/<token>``, with
their assessments on current data; unknown and revoked tokens answer 404."""

from __future__ import annotations

import dash
from dash import dcc, html

from accounts.db import DatabaseUnavailable
from components.account_ui import db_unavailable
from components.notfound import not_found
from components.targets import targets_table
from data_access.repository import get_repository
from i18n import t
from targets import repository
from targets.service import assessed_with_series

dash.register_page(
    __name__, path_template="/cele/udostepnione/<token>", title=t("targets.shared_title")
)


def layout(token: str | None = None, **_) -> html.Div:
    try:
        records = repository.shared_targets(token)
    except DatabaseUnavailable:
        return html.Div([html.H1(t("targets.shared_title"), className="h2"), db_unavailable()])
    if records is None:
        return not_found(t("accounts.shared.not_found"))
    repo = get_repository()
    unit_code = records[0].target.unit_code
    unit = repo.unit(unit_code)
    rows = assessed_with_series(r.target for r in records)
    title = dcc.Link(unit.name, href=f"/jst/{unit.code}") if unit else unit_code
    return html.Div(
        [
            html.P(t("targets.shared_title"), className="text-muted mb-0"),
            html.H1(title, className="h2"),
            html.P(t("accounts.shared.readonly"), className="text-muted"),
            targets_table(repo, rows, editable=False),
        ]
    )
