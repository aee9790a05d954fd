"""Advanced interface ``/analiza``: map, table and time series of one indicator over one
shareable state. Controls, map clicks and table selections feed one reducer; the map, table
and chart are each a function of the state; the URL carries the state."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, ctx, dcc, html, no_update

from analysis.figures import base_map
from analysis.service import (
    catalogue_for_state,
    change_state,
    export_view,
    indicator_options,
    map_update,
    series_update,
    table_update,
    territory_options,
    view_context,
)
from analysis.state import CLASS_METHODS, ViewState, parse_state, query_params, to_query
from components.values import demo_badge
from data_access.catalogue_model import Provenance
from data_access.repository import get_repository
from i18n import t

dash.register_page(__name__, path="/analiza", title=t("analiza.title"), order=2)


class Ids(StrEnum):
    URL = "analiza-url"
    STATE = "analiza-state"
    NOTES = "analiza-notes"
    AREA = "analiza-area"
    INDICATOR = "analiza-indicator"
    LEVEL = "analiza-level"
    TERRITORY = "analiza-territory"
    CLASSES = "analiza-classes"
    YEAR = "analiza-year"
    PLAY = "analiza-play"
    TICK = "analiza-tick"
    CLEAR = "analiza-clear"
    MAP = "analiza-map"
    MAP_FRAME = "analiza-map-frame"
    GRID = "analiza-grid"
    SERIES = "analiza-series"
    SUMMARY = "analiza-summary"
    DEMO = "analiza-demo"
    DOWNLOAD = "analiza-download"
    EXPORT = "analiza-export"
    IMAGE = "analiza-image"
    IMAGE_DONE = "analiza-image-done"


EXPORT_FORMATS = (
    ("csv", "analiza.export.csv"),
    ("csv-pl", "analiza.export.csv_pl"),
    ("xlsx", "analiza.export.xlsx"),
    ("parquet", "analiza.export.parquet"),
)
IMAGE_FORMATS = (("map", "png"), ("map", "svg"), ("series", "png"), ("series", "svg"))
GRAPH_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "scrollZoom": True,
    "toImageButtonOptions": {"filename": "smup-analiza"},
}


def labelled(label_key: str, control, control_id: str) -> html.Div:
    return html.Div(
        [html.Label(t(label_key), htmlFor=control_id, className="form-label mb-1"), control],
        className="mb-2",
    )


def controls(state: ViewState, years: list[int], year: int) -> dbc.Row:
    repo = get_repository()
    indicator = repo.indicator(state.wskaznik)
    area_id = repo.service(indicator.service_id).area_id
    return dbc.Row(
        [
            dbc.Col(
                labelled(
                    "analiza.area",
                    dcc.Dropdown(
                        id=Ids.AREA,
                        value=area_id,
                        clearable=False,
                        options=[{"label": a.name, "value": a.id} for a in repo.areas],
                    ),
                    Ids.AREA,
                ),
                lg=3,
            ),
            dbc.Col(
                labelled(
                    "analiza.indicator",
                    dcc.Dropdown(
                        id=Ids.INDICATOR,
                        value=state.wskaznik,
                        clearable=False,
                        options=indicator_options(area_id),
                    ),
                    Ids.INDICATOR,
                ),
                lg=5,
            ),
            dbc.Col(
                labelled(
                    "analiza.level",
                    dbc.RadioItems(
                        id=Ids.LEVEL,
                        value=state.poziom,
                        inline=True,
                        options=[
                            {"label": t(f"level.plural.{lv}"), "value": lv}
                            for lv in ("gmina", "powiat", "wojewodztwo")
                        ],
                    ),
                    Ids.LEVEL,
                ),
                lg=4,
            ),
            dbc.Col(
                labelled(
                    "analiza.territory",
                    dcc.Dropdown(
                        id=Ids.TERRITORY,
                        value=state.teren or "",
                        clearable=False,
                        options=territory_options(state.poziom),
                    ),
                    Ids.TERRITORY,
                ),
                lg=4,
            ),
            dbc.Col(
                labelled(
                    "analiza.classes",
                    dbc.RadioItems(
                        id=Ids.CLASSES,
                        value=state.klasy,
                        inline=True,
                        options=[
                            {"label": t(f"analiza.classes.{m}"), "value": m} for m in CLASS_METHODS
                        ],
                    ),
                    Ids.CLASSES,
                ),
                lg=3,
            ),
            dbc.Col(
                html.Div(
                    [
                        html.Label(
                            t("analiza.year"), htmlFor=Ids.YEAR, className="form-label mb-1"
                        ),
                        html.Div(
                            [
                                html.Button(
                                    t("analiza.play"),
                                    id=Ids.PLAY,
                                    n_clicks=0,
                                    type="button",
                                    className="btn btn-outline-primary btn-sm me-2",
                                    **{"aria-pressed": "false"},
                                ),
                                html.Div(
                                    dcc.Slider(
                                        id=Ids.YEAR,
                                        min=years[0],
                                        max=years[-1],
                                        step=1,
                                        value=year,
                                        marks=year_marks(years),
                                        included=False,
                                        updatemode="mouseup",
                                    ),
                                    className="flex-grow-1",
                                ),
                            ],
                            className="d-flex align-items-center",
                        ),
                        dcc.Interval(id=Ids.TICK, interval=1200, disabled=True),
                    ]
                ),
                lg=5,
            ),
        ],
        className="g-3 align-items-end",
    )


def year_marks(years: list[int]) -> dict:
    step = 1 if len(years) <= 6 else 2
    return {y: str(y) for y in years if (y - years[0]) % step == 0 or y == years[-1]}


def export_buttons() -> html.Div:
    data_buttons = [
        html.Button(
            t(label),
            id={"type": Ids.EXPORT, "index": fmt},
            n_clicks=0,
            type="button",
            className="btn btn-outline-secondary btn-sm me-2 mb-2",
        )
        for fmt, label in EXPORT_FORMATS
    ]
    image_buttons = [
        html.Button(
            t(f"analiza.image.{target}", fmt=fmt.upper()),
            id={"type": Ids.IMAGE, "index": f"{target}-{fmt}"},
            n_clicks=0,
            type="button",
            className="btn btn-outline-secondary btn-sm me-2 mb-2",
        )
        for target, fmt in IMAGE_FORMATS
    ]
    return html.Div(
        [
            html.H2(t("analiza.downloads"), className="h6 mt-3"),
            html.Div(data_buttons + image_buttons),
            dcc.Download(id=Ids.DOWNLOAD),
            html.Span(id=Ids.IMAGE_DONE, hidden=True),
        ]
    )


def layout(**query) -> html.Div:
    repo = get_repository()
    params = {k: v for k, v in query.items() if isinstance(v, str)}
    state, notes = parse_state(params, catalogue_for_state(repo))
    context = view_context(repo, state)
    indicator = repo.indicator(state.wskaznik)
    return html.Div(
        [
            dcc.Location(id=Ids.URL, refresh=False),
            dcc.Store(id=Ids.STATE, data=state.to_dict()),
            dcc.Store(id=Ids.MAP_FRAME, data=None),
            html.H1(t("analiza.title"), className="h3"),
            html.Div(
                [dbc.Alert(n, color="warning", className="py-2 small") for n in notes],
                id=Ids.NOTES,
                role="status",
            ),
            controls(state, context.years, context.year),
            html.Div(demo_notice(indicator.provenance), id=Ids.DEMO),
            html.P(id=Ids.SUMMARY, className="small mt-2", **{"aria-live": "polite"}),
            dbc.Row(
                [
                    dbc.Col(
                        html.Figure(
                            [
                                dcc.Graph(
                                    id=Ids.MAP,
                                    config=GRAPH_CONFIG,
                                    figure=base_map(state.poziom, state.teren, ""),
                                    className="analiza-map",
                                ),
                                html.Figcaption(
                                    t("analiza.map_caption"), className="small text-muted"
                                ),
                            ]
                        ),
                        lg=7,
                    ),
                    dbc.Col(
                        html.Figure(
                            [
                                dcc.Graph(id=Ids.SERIES, config=GRAPH_CONFIG),
                                html.Figcaption(
                                    t("analiza.series_caption"), className="small text-muted"
                                ),
                            ]
                        ),
                        lg=5,
                    ),
                ],
                className="mt-2",
            ),
            html.Div(
                [
                    html.H2(t("analiza.table"), className="h5 d-inline-block me-3"),
                    html.Button(
                        t("analiza.clear"),
                        id=Ids.CLEAR,
                        n_clicks=0,
                        type="button",
                        className="btn btn-link btn-sm",
                    ),
                ]
            ),
            dag.AgGrid(
                id=Ids.GRID,
                columnDefs=[],
                rowData=[],
                getRowId="params.data.code",
                selectedRows={"ids": list(state.jst)},
                defaultColDef={"sortable": True, "filter": True, "resizable": True},
                dashGridOptions={
                    "rowSelection": {
                        "mode": "multiRow",
                        "enableClickSelection": True,
                        "headerCheckbox": False,
                    },
                    "pagination": True,
                    "paginationPageSize": 20,
                    "localeText": GRID_LOCALE,
                    "ensureDomOrder": True,
                },
                columnSize="responsiveSizeToFit",
                style={"height": "560px"},
                className="ag-theme-quartz",
            ),
            export_buttons(),
        ],
        className="analiza",
    )


GRID_LOCALE = {
    "page": "Strona",
    "of": "z",
    "to": "–",
    "next": "Następna",
    "previous": "Poprzednia",
    "first": "Pierwsza",
    "last": "Ostatnia",
    "pageSizeSelectorLabel": "Wierszy na stronie:",
    "filterOoo": "Filtruj…",
    "contains": "Zawiera",
    "notContains": "Nie zawiera",
    "equals": "Równe",
    "notEqual": "Różne od",
    "lessThan": "Mniejsze niż",
    "greaterThan": "Większe niż",
    "inRange": "W przedziale",
    "startsWith": "Zaczyna się od",
    "endsWith": "Kończy się na",
    "blank": "Puste",
    "notBlank": "Niepuste",
    "andCondition": "ORAZ",
    "orCondition": "LUB",
    "noRowsToShow": "Brak wierszy",
    "loadingOoo": "Wczytywanie…",
    "thousandSeparator": "\u00a0",
    "decimalSeparator": ",",
}


def demo_notice(provenance: Provenance) -> list:
    if provenance != Provenance.DEMO:
        return []
    return [
        dbc.Alert([demo_badge(), " ", t("demo.explain")], color="warning", className="py-2 small")
    ]


@callback(
    Output(Ids.STATE, "data"),
    Output(Ids.URL, "search"),
    Output(Ids.NOTES, "children"),
    Output(Ids.AREA, "value"),
    Output(Ids.INDICATOR, "value"),
    Output(Ids.INDICATOR, "options"),
    Output(Ids.LEVEL, "value"),
    Output(Ids.TERRITORY, "value"),
    Output(Ids.TERRITORY, "options"),
    Output(Ids.CLASSES, "value"),
    Output(Ids.YEAR, "value"),
    Output(Ids.YEAR, "min"),
    Output(Ids.YEAR, "max"),
    Output(Ids.YEAR, "marks"),
    Output(Ids.DEMO, "children"),
    Output(Ids.GRID, "selectedRows"),
    Input(Ids.URL, "search"),
    Input(Ids.AREA, "value"),
    Input(Ids.INDICATOR, "value"),
    Input(Ids.LEVEL, "value"),
    Input(Ids.TERRITORY, "value"),
    Input(Ids.CLASSES, "value"),
    Input(Ids.YEAR, "value"),
    Input(Ids.TICK, "n_intervals"),
    Input(Ids.MAP, "clickData"),
    Input(Ids.GRID, "selectedRows"),
    Input(Ids.CLEAR, "n_clicks"),
    State(Ids.STATE, "data"),
    prevent_initial_call=True,
)
def reduce(
    search,
    area,
    indicator,
    level,
    territory,
    classes,
    year,
    _tick,
    click,
    selected,
    _clear,
    current,
):
    """The one place where the state changes; every view follows the state."""
    repo = get_repository()
    trigger = ctx.triggered_id
    old = ViewState.from_dict(current)
    notes = no_update
    if trigger == Ids.URL:
        new, messages = parse_state(query_params(search), catalogue_for_state(repo))
        notes = [dbc.Alert(n, color="warning", className="py-2 small") for n in messages]
    elif trigger == Ids.AREA:
        return area_changed(repo, old, area)
    else:
        value = {
            Ids.INDICATOR: indicator,
            Ids.LEVEL: level,
            Ids.TERRITORY: territory,
            Ids.CLASSES: classes,
            Ids.YEAR: year,
            Ids.TICK: "next",
            Ids.MAP: click,
            Ids.GRID: selected,
            Ids.CLEAR: None,
        }.get(trigger)
        new = change_state(repo, old, trigger, value)
    if new == old and trigger != Ids.URL:
        return (no_update,) * 16
    return synced_outputs(repo, new, notes, to_query(new) if trigger != Ids.URL else no_update)


def area_changed(repo, state: ViewState, area: str) -> tuple:
    """Choosing an area only narrows the indicator list (the state changes on a pick)."""
    options = indicator_options(area)
    return (no_update, no_update, no_update, no_update, no_update, options) + (no_update,) * 10


def synced_outputs(repo, state: ViewState, notes, search) -> tuple:
    """The state and every control set to match it (after a URL change or a reset)."""
    context = view_context(repo, state)
    indicator = repo.indicator(state.wskaznik)
    area_id = repo.service(indicator.service_id).area_id
    return (
        state.to_dict(),
        search,
        notes,
        area_id,
        state.wskaznik,
        indicator_options(area_id),
        state.poziom,
        state.teren or "",
        territory_options(state.poziom),
        state.klasy,
        context.year,
        context.years[0],
        context.years[-1],
        year_marks(context.years),
        demo_notice(indicator.provenance),
        {"ids": list(state.jst)},
    )


@callback(
    Output(Ids.MAP, "figure"),
    Output(Ids.MAP_FRAME, "data"),
    Input(Ids.STATE, "data"),
    State(Ids.MAP_FRAME, "data"),
)
def update_map(state_data, frame):
    return map_update(get_repository(), ViewState.from_dict(state_data), frame)


@callback(
    Output(Ids.GRID, "rowData"),
    Output(Ids.GRID, "columnDefs"),
    Output(Ids.SUMMARY, "children"),
    Input(Ids.STATE, "data"),
)
def update_table(state_data):
    return table_update(get_repository(), ViewState.from_dict(state_data))


@callback(Output(Ids.SERIES, "figure"), Input(Ids.STATE, "data"))
def update_series(state_data):
    return series_update(get_repository(), ViewState.from_dict(state_data))


@callback(
    Output(Ids.TICK, "disabled"),
    Output(Ids.PLAY, "children"),
    Input(Ids.PLAY, "n_clicks"),
    prevent_initial_call=True,
)
def toggle_play(n_clicks):
    playing = bool(n_clicks % 2)
    return not playing, t("analiza.pause") if playing else t("analiza.play")


@callback(
    Output(Ids.DOWNLOAD, "data"),
    Input({"type": Ids.EXPORT, "index": dash.ALL}, "n_clicks"),
    State(Ids.STATE, "data"),
    prevent_initial_call=True,
)
def download(_clicks, state_data):
    if not ctx.triggered_id or not any(_clicks):
        return no_update
    fmt = ctx.triggered_id["index"]
    content, name = export_view(
        get_repository(), ViewState.from_dict(state_data), fmt, date.today()
    )
    return dcc.send_bytes(content, name)


clientside_callback(
    """
    function(clicks) {
        const trigger = window.dash_clientside.callback_context.triggered_id;
        if (!trigger || !clicks.some(Boolean)) { return window.dash_clientside.no_update; }
        const [target, format] = trigger.index.split("-");
        const id = target === "map" ? "analiza-map" : "analiza-series";
        const graph = document.getElementById(id).querySelector(".js-plotly-plot");
        window.Plotly.downloadImage(graph, {format: format, filename: "smup-" + target,
                                           width: 1200, height: target === "map" ? 900 : 600});
        return trigger.index;
    }
    """,
    Output(Ids.IMAGE_DONE, "children"),
    Input({"type": Ids.IMAGE, "index": dash.ALL}, "n_clicks"),
    prevent_initial_call=True,
)
