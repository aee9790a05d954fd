"""One dashboard ``/pulpity/<id>``: its saved views live on current data, arranged by the
owner; ``?prezentacja=1&widok=<n>`` is the presentation mode. Only the owner sees it:
for anyone else it does not exist (404)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from accounts import repository, workshops
from accounts.auth import signed_in_user
from accounts.db import DatabaseUnavailable
from accounts.models import NOTE_MAX
from accounts.repository import DashboardRecord, ItemRecord, ViewRecord
from accounts.workshops import WorkshopRecord
from components.account_ui import (
    action_button,
    db_unavailable,
    field,
    message,
    move_buttons,
    name_field,
    page_header,
    post_form,
    share_box,
    submit,
    visitor_notice,
)
from components.boards import dashboard_grid, parse_index, presentation
from components.notfound import not_found
from components.workshop_ui import start_button, trainer_panel
from core import urls
from i18n import t

dash.register_page(__name__, path_template=urls.DASHBOARD, title=t("accounts.dash.title"))


def item_controls(dashboard_id: int):
    def controls(item: ItemRecord, first: bool, last: bool) -> list:
        ids = {"dashboard_id": dashboard_id, "item_id": item.id}
        name = item.view.name
        return [
            *move_buttons(
                urls.build(urls.DASHBOARD_ITEM_MOVE, **ids),
                name,
                first,
                last,
                (t("accounts.dash.earlier"), t("accounts.dash.later")),
                # accessible names that begin with the visible text (WCAG 2.5.3)
                ("accounts.dash.earlier_label", "accounts.dash.later_label"),
            ),
            action_button(
                urls.build(urls.DASHBOARD_ITEM_DELETE, **ids),
                t("accounts.dash.remove"),
                aria_label=t("accounts.dash.remove_label", name=name),
                style="outline-danger",
            ),
        ]

    return controls


def add_form(record: DashboardRecord, views: list[ViewRecord]) -> html.Section:
    shown = {i.view.id for i in record.items}
    choices = [{"label": v.name, "value": str(v.id)} for v in views if v.id not in shown]
    if not views:
        body = html.P(t("accounts.dash.no_views"))
    elif not choices:
        body = html.P(t("accounts.dash.all_added"), className="text-muted")
    else:
        body = post_form(
            urls.build(urls.DASHBOARD_ADD, dashboard_id=record.id),
            [
                dbc.Label(t("accounts.dash.add"), html_for="dashboard-add-view"),
                dbc.InputGroup(
                    [
                        dbc.Select(
                            id="dashboard-add-view",
                            name="widok",
                            options=choices,
                            value=choices[0]["value"] if choices else None,
                            required=True,
                        ),
                        submit(t("accounts.dash.add_submit")),
                    ]
                ),
            ],
        )
    return html.Section(body, className="mb-4")


def settings_panel(record: DashboardRecord) -> html.Details:
    return html.Details(
        [
            html.Summary(t("accounts.dash.settings")),
            post_form(
                urls.build(urls.DASHBOARD_RENAME, dashboard_id=record.id),
                [
                    name_field("dashboard-name", record.name),
                    field(
                        "dashboard-note",
                        t("accounts.field.description"),
                        "opis",
                        value=record.note,
                        max_length=NOTE_MAX,
                        multiline=True,
                    ),
                    submit(t("accounts.dash.save"), size="sm"),
                ],
                className="mt-2 mb-2",
            ),
            action_button(
                urls.build(urls.DASHBOARD_DELETE, dashboard_id=record.id),
                t("accounts.dash.delete"),
                style="outline-danger",
            ),
        ],
        className="mb-3",
    )


def owner_view(
    record: DashboardRecord, views: list[ViewRecord], komunikat, running: WorkshopRecord | None
) -> html.Div:
    base = urls.dashboard(record.id)
    sharing = (
        [
            share_box("dashboard-share", record.share_token),
            action_button(
                urls.build(urls.DASHBOARD_REVOKE, dashboard_id=record.id),
                t("accounts.views.revoke"),
            ),
        ]
        if record.share_token
        else [
            action_button(
                urls.build(urls.DASHBOARD_SHARE, dashboard_id=record.id), t("accounts.views.share")
            )
        ]
    )
    return html.Div(
        [
            html.P(
                dcc.Link("← " + t("accounts.dash.back"), href=urls.DASHBOARDS), className="mb-1"
            ),
            *page_header(record.name, komunikat),
            html.P(record.note) if record.note else None,
            html.P(
                [
                    html.A(
                        t("accounts.dash.present"),
                        href=urls.presentation(base, 1),
                        className="btn btn-primary me-2",
                    ),
                    start_button(record.id, running) if record.items else None,
                    *sharing,
                ]
            ),
            settings_panel(record),
            add_form(record, views),
            *(
                dashboard_grid(record, item_controls(record.id))
                if record.items
                else [html.P(t("accounts.dash.empty_dashboard"))]
            ),
        ]
    )


def layout(
    dashboard_id: str | None = None,
    komunikat: str | None = None,
    prezentacja: str | None = None,
    widok: str | None = None,
    **_,
) -> html.Div:
    user = signed_in_user()
    if user is None:
        return html.Div(
            [*page_header(t("accounts.dash.title")), visitor_notice(urls.dashboard(dashboard_id))]
        )
    key = str(dashboard_id or "")
    if not (key.isascii() and key.isdigit()) or len(key) > 12:
        return not_found(t("accounts.dash.not_found"))
    try:
        record = repository.get_dashboard(user.id, int(key))
        views = repository.list_views(user.id) if record and prezentacja != "1" else []
        running = workshops.live_workshop(user.id, record.id) if record else None
    except DatabaseUnavailable:
        return html.Div([*page_header(t("accounts.dash.title")), db_unavailable()])
    if record is None:
        return not_found(t("accounts.dash.not_found"))
    if prezentacja == "1":
        base = urls.dashboard(record.id)
        index = parse_index(widok, len(record.items))
        # The trainer's panel of a running workshop; else the message of one just ended.
        panel = (
            trainer_panel(running, index, first_screen=komunikat == "workshop_started")
            if running
            else message(komunikat)
        )
        return presentation(record, base, index, workshop=panel)
    return owner_view(record, views, komunikat, running)
