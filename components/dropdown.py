"""Dash's searchable dropdown with its texts in the page's language."""

from __future__ import annotations

from dash import dcc

from i18n import t


def dropdown_labels() -> dict:
    """The dropdown's own texts (search box, select all, nothing found …), translated."""
    keys = (
        "select_all",
        "deselect_all",
        "selected_count",
        "search",
        "clear_search",
        "clear_selection",
        "no_options_found",
    )
    return {key: t(f"dropdown.{key}") for key in keys}


def searchable_dropdown(component_id, labels: dict | None = None, **props) -> dcc.Dropdown:
    """A searchable ``dcc.Dropdown`` (type to filter; arrows, Enter and Escape work) with
    translated texts (``labels``: the dropdown's own texts a picker words otherwise)."""
    texts = dropdown_labels() | (labels or {})
    return dcc.Dropdown(id=component_id, searchable=True, labels=texts, **props)
