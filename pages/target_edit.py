"""Change one target ``/cele/<id>/edycja``; another user's target answers 404 (as a missing
one does: ``accounts.access``)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import dcc, html

from components.account_ui import owner_page
from components.notfound import not_found
from components.targets import PAGE, target_form
from data_access.repository import get_repository
from i18n import t
from security import untrusted
from targets import repository

dash.register_page(
    __name__, path_template="/cele/<target_id>/edycja", title=t("targets.edit_title")
)


def form_values(record: repository.TargetRecord) -> dict:
    target = record.target
    return {
        "jst": target.unit_code,
        "wskaznik": target.indicator_id,
        "kierunek": target.direction.value,
        "wartosc": f"{target.target_value:g}".replace(".", ","),
        "rok_bazowy": str(target.baseline_year),
        "rok_docelowy": str(target.target_year),
        "notatka": target.note,
        "dokument": target.source_title,
        "link": target.source_url,
    }


def layout(target_id: str | None = None, komunikat: str | None = None, **_) -> html.Div:
    number = untrusted.integer(target_id)
    page = owner_page(
        t("targets.edit_title"),
        komunikat,
        f"{PAGE}/{target_id}/edycja",
        lambda uid: repository.get_target(uid, number) if number is not None else None,
    )
    if isinstance(page, html.Div):
        return page
    header, record = page
    if record is None:
        return not_found(t("targets.not_found"))
    form = target_form(
        get_repository(), f"{PAGE}/{number}/zmien", form_values(record), t("targets.save")
    )
    return html.Div(
        [
            *header,
            html.P(dcc.Link(t("targets.back"), href=PAGE)),
            dbc.Row(dbc.Col(form, lg=8)),
        ]
    )
