"""The scatter tab of ``/analiza``: the view's indicator against a second one (its controls,
graph, text summary and image buttons). Its state lives in the page's one state (``wykres``,
``x``, ``log``); the page's reducer takes its inputs and ``update_scatter`` draws it."""

from __future__ import annotations

from enum import StrEnum

import dash_bootstrap_components as dbc
from dash import dcc, html

from analysis.service import indicator_options
from analysis.state import LOG_AXES, ViewState
from components.loading import busy_region
from i18n import t

CONTEXT_AREA = "kontekst"


class Ids(StrEnum):
    X = "analiza-x"
    LOG = "analiza-log"
    SCATTER = "analiza-scatter"
    SCATTER_SUMMARY = "analiza-scatter-summary"


def x_options() -> list[dict]:
    """Every indicator, the context indicators (population, density…) first."""
    context = indicator_options(CONTEXT_AREA)
    chosen = {option["value"] for option in context}
    return context + [o for o in indicator_options(None) if o["value"] not in chosen]


def scatter_tab(state: ViewState, graph_config: dict, image_button) -> html.Div:
    """The scatter's controls, graph (in a figure named by its caption and text summary)
    and its image downloads (``image_button(target, fmt)`` builds a button of the page's)."""
    log = dbc.RadioItems(
        id=Ids.LOG,
        value=state.log,
        inline=True,
        options=[{"label": t(f"analiza.scatter.log.{a or 'none'}"), "value": a} for a in LOG_AXES],
    )
    return html.Div(
        [
            html.Div(
                [
                    html.Label(t("analiza.scatter.x"), htmlFor=Ids.X, className="form-label mb-1"),
                    dbc.Select(id=Ids.X, value=state.x, options=x_options()),
                ],
                className="mb-2",
            ),
            html.Fieldset(
                [html.Legend(t("analiza.scatter.log"), className="form-label fs-6 mb-1"), log],
                className="mb-2",
            ),
            html.Figure(
                [
                    busy_region(
                        dcc.Graph(id=Ids.SCATTER, config=graph_config, className="analiza-series")
                    ),
                    html.Figcaption(
                        [
                            html.P(
                                id=Ids.SCATTER_SUMMARY,
                                className="mb-1 text-body",
                                **{"aria-live": "polite"},
                            ),
                            html.Span(t("analiza.scatter_caption")),
                        ],
                        className="small text-muted",
                    ),
                ]
            ),
            html.Div([image_button("scatter", fmt) for fmt in ("png", "svg")]),
        ],
        className="pt-2",
    )
