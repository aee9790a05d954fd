"""Any path no page knows."""

from __future__ import annotations

import dash
from dash import html

from components.notfound import not_found

dash.register_page(__name__)


def layout(**_) -> html.Div:
    return not_found("")
