"""Saved views ``/moje-widoki``: open, rename, duplicate, reorder, share and delete them.

Every view is read against the current data when the list is shown: a view that references
a removed unit or indicator carries a clear note (and a link without the missing parts).
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from accounts import repository
from accounts.repository import ViewRecord
from accounts.viewstate import check_view
from components.account_ui import (
    action_button,
    move_buttons,
    name_field,
    note_field,
    owner_page,
    post_form,
    share_box,
    submit,
)
from components.freshness import since_last_visit
from core import urls
from data_access.repository import get_repository
from i18n import t

dash.register_page(__name__, path=urls.MY_VIEWS, title=t("accounts.views.title"))


def view_notes(view: ViewRecord) -> dbc.Alert | None:
    """The note shown with a view that no longer matches the data, if any."""
    check = check_view(view.url)
    if check.ok:
        return None
    return dbc.Alert(
        [
            html.Strong(t("accounts.views.note_heading") + ": "),
            html.Ul([html.Li(n) for n in check.notes], className="mb-1"),
            dcc.Link(t("accounts.views.open_cleaned"), href=check.cleaned_url)
            if check.cleaned_url
            else None,
        ],
        color="warning",
        className="small py-2",
    )


def view_card(view: ViewRecord, first: bool, last: bool) -> dbc.Card:
    ids = {"view_id": view.id}
    name = view.name
    actions = [
        dcc.Link(
            t("accounts.views.open"), href=view.url, className="btn btn-primary btn-sm me-1 mb-1"
        ),
        *move_buttons(
            urls.build(urls.VIEW_MOVE, **ids),
            name,
            first,
            last,
            (t("accounts.views.up"), t("accounts.views.down")),
        ),
        action_button(urls.build(urls.VIEW_DUPLICATE, **ids), t("accounts.views.duplicate")),
        action_button(urls.build(urls.VIEW_REVOKE, **ids), t("accounts.views.revoke"))
        if view.share_token
        else action_button(urls.build(urls.VIEW_SHARE, **ids), t("accounts.views.share")),
        action_button(
            urls.build(urls.VIEW_DELETE, **ids),
            t("accounts.views.delete"),
            aria_label=t("accounts.views.delete_label", name=name),
            style="outline-danger",
        ),
    ]
    return dbc.Card(
        dbc.CardBody(
            [
                html.H2(dcc.Link(name, href=view.url), className="h5"),
                html.P(view.note, className="view-note") if view.note else None,
                html.P(
                    t("accounts.views.address", url=view.url),
                    className="small text-muted text-break",
                ),
                view_notes(view),
                share_box(f"views-share-{view.id}", view.share_token) if view.share_token else None,
                html.Div(actions),
                html.Details(
                    [
                        html.Summary(t("accounts.views.edit")),
                        post_form(
                            urls.build(urls.VIEW_RENAME, **ids),
                            [
                                name_field(f"views-name-{view.id}", view.name),
                                note_field(f"views-note-{view.id}", view.note),
                                submit(t("accounts.views.save_changes"), size="sm"),
                            ],
                            className="mt-2",
                        ),
                    ],
                    className="mt-2",
                ),
            ]
        ),
        id=f"{urls.VIEW_ANCHOR}{view.id}",
        className="mb-3 saved-view",
    )


def layout(komunikat: str | None = None, **_) -> html.Div:
    page = owner_page(t("accounts.views.title"), komunikat, urls.MY_VIEWS, repository.list_views)
    if isinstance(page, html.Div):
        return page
    header, views = page
    header = [*header, since_last_visit(get_repository())]
    links = html.P(
        [
            dcc.Link(t("accounts.nav.dashboards"), href=urls.DASHBOARDS),
            " · ",
            dcc.Link(t("accounts.views.manage_groups"), href=urls.GROUPS),
        ]
    )
    if not views:
        return html.Div([*header, html.P(t("accounts.views.empty")), links])
    cards = [view_card(v, i == 0, i == len(views) - 1) for i, v in enumerate(views)]
    return html.Div([*header, html.P(t("accounts.views.count", count=len(views))), links, *cards])
