"""Unit search box: type a name (diacritics optional) or a TERYT code, pick a result.

The results are a plain list of links, so they work with the keyboard and screen readers;
Enter in the box opens the first result.
"""

from __future__ import annotations

import json

from dash import MATCH, Input, Output, State, callback, dcc, html, no_update

from core import urls
from data_access.repository import MAX_QUERY_LENGTH, SearchHit, get_repository
from i18n import localized_kind, t, unit_place
from security import untrusted

INPUT = "search-input"
RESULTS = "search-results"
GO = "search-go"


def dom_id(component_id: dict) -> str:
    """The DOM id Dash gives a dict id (keys sorted, compact JSON), for ``<label for>``."""
    return json.dumps(dict(sorted(component_id.items())), separators=(",", ":"))


def hit_details(hit: SearchHit) -> str:
    """Kind and place ("gmina miejska, powiat bolesławiecki, woj. dolnośląskie"): with the
    name, tells apart units with the same name."""
    place = unit_place(hit.powiat, hit.woj)
    return ", ".join(part for part in (localized_kind(hit.kind), place) if part)


def hit_text(hit: SearchHit) -> str:
    """One line naming the unit unambiguously, with its TERYT code."""
    return t("search.hit", name=hit.name, details=hit_details(hit), code=hit.code)


def hit_label(hit: SearchHit) -> list:
    """Name, kind, place and TERYT code."""
    return [
        html.Span(hit.name, className="fw-semibold"),
        " ",
        html.Span(f"— {hit_details(hit)} · ", className="search-context"),
        html.Span(t("search.code", code=hit.code), className="search-code"),
    ]


def results_list(query: object) -> list:
    """The rendered results for ``query`` (empty list for an empty query or anything but a
    string)."""
    query = query.strip() if isinstance(query, str) else ""
    if not query:
        return []
    if len(query) > MAX_QUERY_LENGTH:
        return [html.P(t("search.too_long", max=MAX_QUERY_LENGTH), role="alert")]
    hits = get_repository().search(query, limit=12)
    if not hits:
        return [html.P(t("search.none", query=query), className="mt-2")]
    return [
        html.P(t("search.results", count=len(hits)), className="visually-hidden"),
        html.Ul(
            [html.Li(dcc.Link(hit_label(h), href=urls.unit(h.code))) for h in hits],
            className="search-results",
        ),
    ]


def search_box(prefix: str, value: str = "") -> html.Div:
    """A labelled search input with live results; ``prefix`` keeps ids unique per page."""
    input_id = {"type": INPUT, "index": prefix}
    return html.Div(
        [
            html.Label(t("search.label"), htmlFor=dom_id(input_id), className="form-label fs-5"),
            dcc.Input(
                # debounce=False: a numeric debounce in dcc 4.4.1 throws when the page unmounts.
                id=input_id,
                type="search",
                value=value,
                debounce=False,
                placeholder=t("search.placeholder"),
                className="form-control form-control-lg",
                autoComplete="off",
                maxLength=MAX_QUERY_LENGTH + 20,
            ),
            html.Div(t("search.help"), id=f"{prefix}-search-help", className="form-text"),
            html.Div(
                results_list(value),
                id={"type": RESULTS, "index": prefix},
                **{"aria-live": "polite"},
            ),
            dcc.Location(id={"type": GO, "index": prefix}, refresh="callback-nav"),
        ],
        role="search",
    )


@callback(
    Output({"type": RESULTS, "index": MATCH}, "children"),
    Input({"type": INPUT, "index": MATCH}, "value"),
)
def update_results(query) -> list:
    return results_list(query)


@callback(
    Output({"type": GO, "index": MATCH}, "href"),
    Input({"type": INPUT, "index": MATCH}, "n_submit"),
    State({"type": INPUT, "index": MATCH}, "value"),
    prevent_initial_call=True,
)
def open_first_result(_n_submit, query) -> str:
    query = untrusted.clipped(query, MAX_QUERY_LENGTH).strip()
    hits = get_repository().search(query, limit=1) if query else []
    return urls.unit(hits[0].code) if hits else no_update
