"""Targets ``/cele``: the signed-in user's targets for their units (from a strategy), each
with its assessment (``targets.service``): latest value, distance, progress, projection and
status; sortable, exportable (CSV, XLSX), shared read-only per unit. The form adds a target,
prefilled from the profile's links (``?jst=…&wskaznik=…``)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, callback, html

from components.account_ui import owner_page
from components.targets import (
    PAGE,
    PICKER_PREFIX,
    SORT_KEYS,
    UNIT_FIELD,
    share_controls,
    sort_rows,
    target_form,
    targets_table,
)
from components.unit_picker import PICKER, chosen_codes
from core import urls
from data_access.repository import get_repository
from i18n import t
from security import untrusted
from targets import repository
from targets.service import assessed_with_series

dash.register_page(__name__, path=PAGE, title=t("targets.title"))


def load(user_id: int) -> tuple[list, list]:
    records = repository.list_targets(user_id)
    return records, assessed_with_series(r.target for r in records)


def prefill(jst: object, wskaznik: object) -> dict:
    """Form values from the link (unknown unit or indicator: left empty)."""
    repo = get_repository()
    code = untrusted.text(jst, 7) or ""
    unit = repo.unit(code) if code.isascii() and code.isdigit() else None
    indicator_id = untrusted.text(wskaznik, 100) or ""
    indicator = repo.indicator(indicator_id) if indicator_id else None
    values = {"jst": unit.code if unit else ""}
    if indicator is not None:
        values["wskaznik"] = indicator.id
        years = repo.years(indicator.id)
        if years:
            values["rok_bazowy"] = str(years[-1])
            values["rok_docelowy"] = str(years[-1] + 5)
    return values


def share_section(records: list) -> list:
    """One share control per unit with targets."""
    repo = get_repository()
    tokens: dict[str, str | None] = {}
    for record in records:
        code = record.target.unit_code
        tokens[code] = tokens.get(code) or record.share_token
    blocks = []
    for code, token in tokens.items():
        unit = repo.unit(code)
        name = unit.name if unit else code
        blocks.append(
            html.Div(
                [html.H3(name, className="h6"), share_controls(code, name, token)],
                className="mb-2",
            )
        )
    return blocks


def layout(
    jst: str | None = None,
    wskaznik: str | None = None,
    sortuj: str | None = None,
    komunikat: str | None = None,
    **_,
) -> html.Div:
    page = owner_page(t("targets.title"), komunikat, PAGE, load)
    if isinstance(page, html.Div):
        return page
    header, (records, rows) = page
    repo = get_repository()
    sort = sortuj if sortuj in SORT_KEYS else "jednostka"
    listing = (
        [
            targets_table(repo, sort_rows(rows, sort, repo), sort),
            html.P(
                [
                    html.A(
                        t("targets.download_csv"),
                        href=urls.build(urls.TARGETS_EXPORT, fmt="csv"),
                        className="me-3",
                    ),
                    html.A(
                        t("targets.download_xlsx"), href=urls.build(urls.TARGETS_EXPORT, fmt="xlsx")
                    ),
                ],
                className="small",
            ),
            html.H2(t("targets.share_title"), className="h5 mt-3"),
            html.P(t("targets.share_intro"), className="small"),
            *share_section(records),
        ]
        if rows
        else [html.P(t("targets.empty"))]
    )
    return html.Div(
        [
            *header,
            html.P(t("targets.intro")),
            *listing,
            html.H2(t("targets.new"), className="h4 mt-4", id="nowy-cel"),
            dbc.Row(
                dbc.Col(
                    target_form(repo, urls.TARGET_NEW, prefill(jst, wskaznik), t("targets.create")),
                    lg=8,
                )
            ),
        ]
    )


@callback(
    Output(UNIT_FIELD, "value"),
    Input({"type": PICKER, "index": PICKER_PREFIX}, "value"),
    prevent_initial_call=True,
)
def picked_unit(value) -> str:
    """The form posts the last unit picked (the server checks it again)."""
    codes = chosen_codes(value)
    return codes[-1] if codes else ""
