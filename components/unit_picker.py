"""Pick units by name or TERYT code: a searchable multiple-choice dropdown.

Typing asks the server for the units that match (the search of the home page: names with or
without Polish letters, codes, former codes), each named unambiguously with its kind, powiat,
voivodeship and code. Opened without typing, the list holds the chosen units and the
``pool`` of candidates (e.g. the members of a comparison group that did not fit), so that
one can be swapped for another. Keyboard: Enter or ↓ opens, ↑/↓ move, Enter ticks or unticks,
Escape closes.
"""

from __future__ import annotations

from dash import MATCH, Input, Output, State, callback, dcc, html

from components.dropdown import searchable_dropdown
from components.search import dom_id, hit_text
from data_access.repository import MAX_QUERY_LENGTH, SearchHit, get_repository
from data_access.units import fold
from i18n import t
from security import untrusted

PICKER = "unit-picker"
POOL = "unit-picker-pool"
MAX_CHOSEN = 100  # what a browser may send back as chosen (the largest group of accounts)
RESULTS = 20


def unit_option(hit: SearchHit) -> dict:
    """One option: the unit's unambiguous name; ``search`` adds it without diacritics, so
    the dropdown's own filter keeps what the server found for "lodz"."""
    text = hit_text(hit)
    # The trailing space keeps the chosen units apart in the button's text ("…0201011
    # Bolesławiec …", not "…0201011Bolesławiec …"), which its accessible name must contain.
    return {"label": text + " ", "value": hit.code, "search": fold(text)}


def options_for(codes: list[str]) -> list[dict]:
    """Options for known ``codes`` in the given order (unknown ones left out)."""
    repo = get_repository()
    hits = [repo.describe(code) for code in codes]
    return [unit_option(hit) for hit in hits if hit is not None]


def chosen_codes(value: object) -> list[str]:
    """The codes a browser sent as the dropdown's value (anything else dropped)."""
    if not isinstance(value, list):
        return []
    codes = [untrusted.text(v, 7) for v in value[:MAX_CHOSEN]]
    return [c for c in codes if c and c.isascii() and c.isdigit()]


def picker_options(query: object, value: object, pool: object) -> list[dict]:
    """The chosen units, then what matches ``query`` (or, without a query, the pool)."""
    chosen = chosen_codes(value)
    query = untrusted.clipped(query, MAX_QUERY_LENGTH).strip()
    if not query:
        return options_for([*chosen, *(c for c in chosen_codes(pool) if c not in chosen)])
    found = get_repository().search(query, limit=RESULTS)
    return options_for(chosen) + [unit_option(h) for h in found if h.code not in chosen]


def unit_picker(prefix: str, codes: list[str], pool: list[str] = (), label: str = "") -> html.Div:
    """A labelled unit picker whose value is the list of chosen codes; ``prefix`` keeps ids
    unique per page."""
    picker_id = {"type": PICKER, "index": prefix}
    help_id = f"{prefix}-unit-picker-help"
    return html.Div(
        [
            html.Label(
                label or t("unit_picker.label"), htmlFor=dom_id(picker_id), className="form-label"
            ),
            # The slot keeps the dropdown's height while its script loads (no layout shift).
            html.Div(
                searchable_dropdown(
                    picker_id,
                    multi=True,
                    # no "clear all" cross: inside the button, its text would be missing from the
                    # button's name (axe: label-content-name-mismatch); units are unticked one by
                    # one
                    clearable=False,
                    value=list(codes),
                    options=options_for([*codes, *(c for c in pool if c not in codes)]),
                    search_order="original",
                    placeholder=t("unit_picker.placeholder"),
                    maxHeight=360,
                    className="unit-picker",
                ),
                className="unit-picker-slot",
            ),
            html.Div(t("unit_picker.help"), id=help_id, className="form-text"),
            dcc.Store(id={"type": POOL, "index": prefix}, data=list(pool)),
        ],
        className="mb-2",
    )


@callback(
    Output({"type": PICKER, "index": MATCH}, "options"),
    Input({"type": PICKER, "index": MATCH}, "search_value"),
    State({"type": PICKER, "index": MATCH}, "value"),
    State({"type": POOL, "index": MATCH}, "data"),
    prevent_initial_call=True,
)
def update_options(query, value, pool) -> list[dict]:
    return picker_options(query, value, pool)
