"""Change one target ``/cele/<id>/edycja``; another user's target answers 404 (as a missing
one does: ``accounts.access``)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from babel.numbers import format_decimal
from dash import dcc, html

from components.account_ui import owner_page
from components.notfound import not_found
from components.targets import PAGE, target_form
from core import urls
from data_access.repository import get_repository
from i18n import LOCALES, current_language, t
from security import untrusted
from targets import repository

dash.register_page(__name__, path_template=urls.TARGET_EDIT, title=t("targets.edit_title"))


def form_values(record: repository.TargetRecord) -> dict:
    target = record.target
    return {
        "jst": target.unit_code,
        "wskaznik": target.indicator_id,
        "kierunek": target.direction.value,
        "wartosc": format_decimal(
            target.target_value, format="0.######", locale=LOCALES[current_language()]
        ),
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
        urls.build(urls.TARGET_EDIT, target_id=target_id),
        lambda uid: repository.get_target(uid, number) if number is not None else None,
    )
    if isinstance(page, html.Div):
        return page
    header, record = page
    if record is None:
        return not_found(t("targets.not_found"))
    form = target_form(
        get_repository(),
        urls.build(urls.TARGET_UPDATE, target_id=number),
        form_values(record),
        t("targets.save"),
    )
    return html.Div(
        [
            *header,
            html.P(dcc.Link(t("targets.back"), href=PAGE)),
            dbc.Row(dbc.Col(form, lg=8)),
        ]
    )
