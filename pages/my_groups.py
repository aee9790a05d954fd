"""Comparison groups ``/moje-grupy``: the user's own lists of units, reused wherever groups
can be chosen (``accounts.repository.groups_of``) and opened as ``/porownaj?jst=a,b,c``."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, dcc, html

from accounts import repository
from accounts.repository import MAX_GROUP_UNITS, GroupRecord
from components.account_ui import (
    action_button,
    name_field,
    owner_page,
    post_form,
    submit,
)
from components.unit_picker import PICKER, chosen_codes, unit_picker
from core import urls
from data_access.repository import get_repository
from i18n import t

dash.register_page(__name__, path=urls.GROUPS, title=t("accounts.groups.title"))

CODES = "groups-codes"  # the hidden field the form posts: the picked units' codes
PICKER_ID = {"type": PICKER, "index": "groups"}


def unit_names(codes: tuple[str, ...]) -> str:
    repo = get_repository()
    names = []
    for code in codes:
        unit = repo.unit(code)
        names.append(f"{unit.name} ({code})" if unit else code)
    return ", ".join(names)


def group_item(group: GroupRecord) -> html.Li:
    return html.Li(
        [
            html.Span(group.name, className="fw-semibold"),
            html.Div(unit_names(group.codes), className="small text-muted mb-1"),
            dcc.Link(
                t("accounts.groups.compare"),
                href=group.compare_url,
                className="btn btn-sm btn-outline-primary me-1 mb-1",
            ),
            action_button(
                urls.build(urls.GROUP_DELETE, group_id=group.id),
                t("accounts.groups.delete"),
                aria_label=t("accounts.groups.delete_label", name=group.name),
                style="outline-danger",
            ),
        ],
        className="mb-3",
    )


def layout(komunikat: str | None = None, **_) -> html.Div:
    page = owner_page(t("accounts.groups.title"), komunikat, urls.GROUPS, repository.groups_of)
    if isinstance(page, html.Div):
        return page
    header, groups = page
    form = post_form(
        urls.GROUP_NEW,
        [
            name_field("groups-name"),
            unit_picker("groups", [], label=t("accounts.groups.units", max=MAX_GROUP_UNITS)),
            dbc.Input(type="hidden", name="kody", id=CODES, value=""),
            submit(t("accounts.groups.create")),
        ],
    )
    return html.Div(
        [
            *header,
            html.P(t("accounts.groups.intro")),
            html.Ul([group_item(g) for g in groups], className="list-unstyled")
            if groups
            else html.P(t("accounts.groups.empty")),
            html.H2(t("accounts.groups.new"), className="h4 mt-4"),
            dbc.Row(dbc.Col(form, md=8, lg=6)),
        ]
    )


@callback(
    Output(CODES, "value"),
    Input(PICKER_ID, "value"),
    prevent_initial_call=True,
)
def picked_codes(value) -> str:
    """The form posts the picked units as their codes (the server checks them again)."""
    return ",".join(chosen_codes(value))
