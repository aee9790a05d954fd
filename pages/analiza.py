"""Advanced interface ``/analiza``: map, table and time series of one indicator over one
shareable state. Controls, map clicks and table selections feed one reducer; the map, table
and chart are each a function of the state; the URL carries the state."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from urllib.parse import urlencode

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, ctx, dcc, html, no_update

from analysis.service import (
    EXPORT_YEARS,
    NARROW_MAP,
    WHOLE_COUNTRY,
    at_last_year,
    catalogue_for_state,
    change_state,
    export_view,
    first_indicator,
    first_map,
    indicator_options,
    map_image_name,
    map_update,
    picture,
    play_start,
    scatter_update,
    search_indicators,
    series_update,
    stored_state,
    table_update,
    territory_choices,
    territory_matches,
    view_context,
    view_summary,
)
from analysis.state import (
    CHARTS,
    CLASS_METHODS,
    GROUPS,
    Action,
    ActionKind,
    ViewState,
    parse_state,
    query_params,
    to_query,
)
from components.dropdown import searchable_dropdown
from components.funnel import funnel_panel
from components.funnel_view import funnel_update
from components.loading import busy_region
from components.values import demo_badge
from core import urls
from core.levels import UNIT_LEVELS
from data_access.catalogue_model import Provenance
from data_access.repository import get_repository
from embeds.dialog import analysis_embed_button, embed_dialog
from i18n import current_language, localized_name, t, t_count
from pages.analiza_scatter import Ids as ScatterIds
from pages.analiza_scatter import scatter_tab
from security import untrusted

dash.register_page(__name__, path=urls.ANALIZA, title=t("analiza.title"), order=2)


class Ids(StrEnum):
    URL = "analiza-url"
    STATE = "analiza-state"
    NOTES = "analiza-notes"
    AREA = "analiza-area"
    INDICATOR = "analiza-indicator"
    LEVEL = "analiza-level"
    TERRITORY = "analiza-territory"
    CLASSES = "analiza-classes"
    GROUP = "analiza-group"
    YEAR = "analiza-year"
    YEAR_LABEL = "analiza-year-label"
    YEAR_MIN = "analiza-year-min"
    YEAR_MAX = "analiza-year-max"
    SEARCH = "analiza-search"
    SEARCH_LIST = "analiza-search-list"
    SEARCH_RESULT = "analiza-search-result"
    SEARCH_STATUS = "analiza-search-status"
    PLAY = "analiza-play"
    TICK = "analiza-tick"
    CLEAR = "analiza-clear"
    MAP = "analiza-map"
    MAP_FRAME = "analiza-map-frame"
    CLASS_NOTE = "analiza-class-note"
    GRID = "analiza-grid"
    SERIES = "analiza-series"
    CHART = "analiza-chart"
    CHART_PANE = "analiza-chart-pane"
    FUNNEL = "analiza-funnel"
    FUNNEL_NOTE = "analiza-funnel-note"
    SUMMARY = "analiza-summary"
    DEMO = "analiza-demo"
    DOWNLOAD = "analiza-download"
    EXPORT = "analiza-export"
    EXPORT_YEARS = "analiza-export-years"
    IMAGE = "analiza-image"
    IMAGE_DONE = "analiza-image-done"
    IMAGE_GRAPHS = "analiza-image-graphs"


EXPORT_FORMATS = (
    ("csv", "analiza.export.csv"),
    ("csv-pl", "analiza.export.csv_pl"),
    ("xlsx", "analiza.export.xlsx"),
    ("parquet", "analiza.export.parquet"),
)
EXPORT_KEYS = tuple(fmt for fmt, _ in EXPORT_FORMATS)
IMAGE_FORMATS = (("map", "png"), ("map", "svg"), ("series", "png"), ("series", "svg"))
# The graph whose image an image button saves (the scatter's buttons are in its tab).
IMAGE_GRAPHS = {"map": str(Ids.MAP), "series": str(Ids.SERIES), "scatter": str(ScatterIds.SCATTER)}
# The input of Dash's pages router that holds the address's query (``?…``).
PAGES_SEARCH = "_pages_location.search"
GRAPH_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    "scrollZoom": True,
}


def graph_config(image_name: str) -> dict:
    """The graph's options; the toolbar's camera saves the image under ``image_name``."""
    return GRAPH_CONFIG | {"toImageButtonOptions": {"filename": image_name}}


def labelled(label_key: str, control, control_id: str) -> html.Div:
    return html.Div(
        [html.Label(t(label_key), htmlFor=control_id, className="form-label mb-1"), control],
        className="mb-2",
    )


def choice_group(legend_key: str, control) -> html.Fieldset:
    """Radio buttons under a legend (a group of controls is named by its legend)."""
    return html.Fieldset(
        [html.Legend(t(legend_key), className="form-label fs-6 mb-1"), control], className="mb-2"
    )


def controls(state: ViewState, years: list[int], year: int) -> html.Div:
    """Native selects, radio groups and a range input: all labelled and keyboard operable."""
    repo = get_repository()
    indicator = repo.indicator(state.wskaznik)
    area_id = repo.service(indicator.service_id).area_id
    area_select = dbc.Select(
        id=Ids.AREA,
        value=area_id,
        options=[{"label": localized_name(a), "value": a.id} for a in repo.areas],
    )
    indicator_select = dbc.Select(
        id=Ids.INDICATOR, value=state.wskaznik, options=indicator_options(area_id)
    )
    # A combobox: assets/scripts/indicator-search.js adds its ARIA states and the keyboard
    # (arrows move through the results, Enter picks, Escape closes).
    search = html.Div(
        [
            dcc.Input(
                id=Ids.SEARCH,
                type="search",
                debounce=False,  # a number makes fast typing lose its order
                autoComplete="off",
                placeholder=t("analiza.search_placeholder"),
                className="form-control",
            ),
            html.Div(id=Ids.SEARCH_STATUS, role="status", className="small text-muted"),
            html.Ul(
                id=Ids.SEARCH_LIST,
                role="listbox",
                className="list-group analiza-search-results",
                **{"aria-label": t("analiza.search.results")},
            ),
        ],
        className="analiza-search",
    )
    levels = dbc.RadioItems(
        id=Ids.LEVEL,
        value=state.poziom,
        inline=True,
        options=[{"label": t(f"level.plural.{lv}"), "value": lv} for lv in UNIT_LEVELS],
    )
    territory = searchable_dropdown(
        Ids.TERRITORY,
        value=state.teren or WHOLE_COUNTRY,
        options=territory_choices(state.poziom, state.teren or WHOLE_COUNTRY),
        clearable=False,
        search_order="original",
        maxHeight=360,
        placeholder=t("analiza.territory.placeholder"),
        # the powiaty are found by typing (the list starts with the voivodeships)
        labels={"search": t("analiza.territory.search")},
    )
    classes = dbc.RadioItems(
        id=Ids.CLASSES,
        value=state.klasy,
        inline=True,
        options=[{"label": t(f"analiza.classes.{m}"), "value": m} for m in CLASS_METHODS],
    )
    group = dbc.RadioItems(
        id=Ids.GROUP,
        value=state.grupa,
        inline=True,
        options=[{"label": t(f"analiza.group.{g or 'all'}"), "value": g} for g in GROUPS],
    )
    year_control = html.Div(
        [
            html.Label(
                [t("analiza.year"), ": ", html.Output(str(year), id=Ids.YEAR_LABEL)],
                htmlFor=Ids.YEAR,
                className="form-label mb-1",
            ),
            html.Div(
                [
                    html.Button(
                        t("analiza.play"),
                        id=Ids.PLAY,
                        title=t("analiza.play_help"),
                        n_clicks=0,
                        type="button",
                        className="btn btn-outline-primary btn-sm me-2 text-nowrap",
                    ),
                    html.Span(str(years[0]), id=Ids.YEAR_MIN, className="small me-1"),
                    dcc.Input(
                        id=Ids.YEAR,
                        type="range",
                        min=years[0],
                        max=years[-1],
                        step=1,
                        value=year,
                        className="flex-grow-1 year-range",
                    ),
                    html.Span(str(years[-1]), id=Ids.YEAR_MAX, className="small ms-1"),
                ],
                className="d-flex align-items-center",
            ),
            dcc.Interval(id=Ids.TICK, interval=1200, disabled=True),
        ]
    )
    # One row per line of a wide screen: the selects' boxes line up at the bottom of their
    # line, and a tall group of choices (the map's classes) leaves no gap above the others.
    return html.Div(
        [
            dbc.Row(
                [
                    dbc.Col(labelled("analiza.area", area_select, Ids.AREA), lg=3),
                    dbc.Col(labelled("analiza.indicator", indicator_select, Ids.INDICATOR), lg=5),
                    dbc.Col(labelled("analiza.search", search, Ids.SEARCH), lg=4),
                ],
                className="g-3 align-items-end",
            ),
            dbc.Row(
                [
                    dbc.Col(choice_group("analiza.level", levels), lg=4),
                    dbc.Col(labelled("analiza.territory", territory, Ids.TERRITORY), lg=3),
                    dbc.Col(choice_group("analiza.classes", classes), lg=5),
                ],
                className="g-3 mt-0",
            ),
            dbc.Row(
                [
                    dbc.Col(year_control, lg=6),
                    dbc.Col(choice_group("analiza.group", group), lg=6),
                ],
                className="g-3 mt-0",
            ),
        ]
    )


def chart_switch(chart: str) -> html.Fieldset:
    """The chart beside the map, picked like tabs: radio buttons drawn as a button group
    (native keyboard use and names; Bootstrap's tabs in dbc 2.0 give invalid ARIA)."""
    return html.Fieldset(
        [
            html.Legend(t("analiza.tabs"), className="visually-hidden"),
            dbc.RadioItems(
                id=Ids.CHART,
                value=chart,
                options=[{"label": t(f"analiza.tab.{c}"), "value": c} for c in CHARTS],
                className="btn-group chart-switch",
                inputClassName="btn-check",
                labelClassName="btn btn-outline-primary btn-sm",
                labelCheckedClassName="active",
            ),
        ],
        className="mb-2",
    )


def chart_pane(chart: str, state: ViewState, content) -> html.Div:
    """One chart of the switch (the one the state names shows, the others are hidden)."""
    return html.Div(
        content, id={"type": Ids.CHART_PANE, "index": chart}, hidden=state.wykres != chart
    )


def image_button(target: str, fmt: str) -> html.Button:
    """A button that saves the image of a graph (``IMAGE_GRAPHS[target]``) as ``fmt``."""
    return html.Button(
        t(f"analiza.image.{target}", fmt=fmt.upper()),
        id={"type": Ids.IMAGE, "index": f"{target}-{fmt}"},
        n_clicks=0,
        type="button",
        className="btn btn-outline-secondary btn-sm me-2 mb-2",
    )


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
    image_buttons = [image_button(target, fmt) for target, fmt in IMAGE_FORMATS]
    years = dbc.RadioItems(
        id=Ids.EXPORT_YEARS,
        value=EXPORT_YEARS[0],
        inline=True,
        options=[{"label": t(f"analiza.export.years.{y}"), "value": y} for y in EXPORT_YEARS],
    )
    return html.Div(
        [
            html.H2(t("analiza.downloads"), className="h6 mt-3"),
            choice_group("analiza.export.years", years),
            html.Div([*data_buttons, *image_buttons, analysis_embed_button()]),
            html.P(t("analiza.export.columns_note"), className="small text-muted"),
            dcc.Download(id=Ids.DOWNLOAD),
            html.Span(id=Ids.IMAGE_DONE, hidden=True),
            embed_dialog(),
        ]
    )


def page_search(params: dict[str, str]) -> str:
    """The query of the address the page was opened at, as the browser has it
    (``location.search``): the pages' router callback has it; without one (a layout built
    outside a request), the parsed parameters again."""
    try:
        search = ctx.inputs.get(PAGES_SEARCH)
    # No callback at all in this thread (the page's first screen, made in the page request):
    # Dash's context variable was never set, and reading it raises LookupError.
    except (dash.exceptions.MissingCallbackContextException, LookupError):
        search = None
    if isinstance(search, str):
        return search
    return f"?{urlencode(params)}" if params else ""


def layout(**query) -> html.Div:
    repo = get_repository()
    params = {k: v for k, v in query.items() if isinstance(v, str)}
    state, notes = parse_state(params, catalogue_for_state(repo))
    context = view_context(repo, state)
    indicator = repo.indicator(state.wskaznik)
    # The series is drawn from the layout (its callback answers only changes): its picture
    # shows with the page's first screen.
    series = series_update(repo, state)
    return html.Div(
        [
            # With its query given, the address does not set it again when the page mounts:
            # that would run the reducer once for nothing and hold back the map, table and
            # charts until it had answered (the layout is already in the address's state).
            dcc.Location(id=Ids.URL, refresh=False, search=page_search(params)),
            dcc.Store(id=Ids.STATE, data=state.to_dict()),
            dcc.Store(id=Ids.MAP_FRAME, data=None),
            dcc.Store(id=Ids.IMAGE_GRAPHS, data=dict(IMAGE_GRAPHS)),
            html.H1(t("analiza.title"), className="h3"),
            html.Div(
                [dbc.Alert(n, color="warning", className="py-2 small") for n in notes],
                id=Ids.NOTES,
                role="status",
            ),
            controls(state, context.years, context.year),
            html.Div(demo_notice(indicator.provenance), id=Ids.DEMO),
            # The summary is painted with the layout (the largest text of the first screen):
            # the table's callback would bring the same sentence only after the page's scripts.
            html.P(
                view_summary(repo, state),
                id=Ids.SUMMARY,
                className="small mt-2",
                **{"aria-live": "polite"},
            ),
            dbc.Row(
                [
                    dbc.Col(
                        html.Figure(
                            [
                                busy_region(
                                    dcc.Graph(
                                        id=Ids.MAP,
                                        config=graph_config(map_image_name(repo, state)),
                                        figure=first_map(repo, state),
                                        className="analiza-map",
                                    )
                                ),
                                html.Figcaption(
                                    [
                                        html.Div(id=Ids.CLASS_NOTE, role="status"),
                                        html.Span(t("analiza.map_caption")),
                                    ],
                                    className="small text-muted",
                                ),
                            ]
                        ),
                        lg=7,
                    ),
                    dbc.Col(
                        [
                            chart_switch(state.wykres),
                            chart_pane(
                                "szereg",
                                state,
                                html.Figure(
                                    [
                                        busy_region(
                                            dcc.Graph(
                                                id=Ids.SERIES,
                                                figure=series[0],
                                                config=graph_config(series[1]),
                                                className="analiza-series",
                                            )
                                        ),
                                        html.Figcaption(
                                            t("analiza.series_caption"),
                                            className="small text-muted",
                                        ),
                                    ]
                                ),
                            ),
                            chart_pane(
                                "rozrzut",
                                state,
                                scatter_tab(state, graph_config("rozrzut"), image_button),
                            ),
                            chart_pane(
                                "lejek",
                                state,
                                funnel_panel(Ids.FUNNEL, Ids.FUNNEL_NOTE, graph_config("lejek")),
                            ),
                        ],
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
            busy_region(
                dag.AgGrid(
                    id=Ids.GRID,
                    columnDefs=[],
                    rowData=[],
                    getRowId="params.data.code",
                    selectedRows={"ids": list(state.jst)},
                    # headers and cells wrap rather than being cut off when nine columns share
                    # the width ("0,00 (wątpliwa)", "zjawisko nie wystąpiło")
                    defaultColDef={
                        "sortable": True,
                        "filter": True,
                        "resizable": True,
                        "wrapHeaderText": True,
                        "autoHeaderHeight": True,
                        "wrapText": True,
                        "autoHeight": True,
                    },
                    dashGridOptions={
                        "rowSelection": {
                            "mode": "multiRow",
                            "enableClickSelection": True,
                            "headerCheckbox": False,
                        },
                        "pagination": True,
                        "paginationPageSize": 20,
                        "localeText": grid_locale(),
                        "ensureDomOrder": True,
                    },
                    columnSize="responsiveSizeToFit",
                    style={"height": "560px"},
                    className="ag-theme-quartz",
                )
            ),
            export_buttons(),
        ],
        # Every chart is drawn when it comes near the screen (assets/scripts/lazy-components.js):
        # the hidden panes of the chart switch when shown (at the size they then have), and on a
        # phone the map and the series when scrolled to.
        className="analiza defer-graphs",
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
# AG Grid's own texts are English: the English UI only needs its number separators.
GRID_LOCALE_EN = {"thousandSeparator": ",", "decimalSeparator": "."}


def grid_locale() -> dict[str, str]:
    """The grid's texts (paging, filters) in the current language."""
    return GRID_LOCALE_EN if current_language() == "en" else GRID_LOCALE


def demo_notice(provenance: Provenance) -> list:
    if provenance != Provenance.DEMO:
        return []
    return [
        dbc.Alert([demo_badge(), " ", t("demo.explain")], color="warning", className="py-2 small")
    ]


SYNC_OUTPUTS = {
    "state": Output(Ids.STATE, "data"),
    "search": Output(Ids.URL, "search"),
    "notes": Output(Ids.NOTES, "children"),
    "area": Output(Ids.AREA, "value"),
    "indicator": Output(Ids.INDICATOR, "value"),
    "indicator_options": Output(Ids.INDICATOR, "options"),
    "level": Output(Ids.LEVEL, "value"),
    "territory": Output(Ids.TERRITORY, "value"),
    "territory_options": Output(Ids.TERRITORY, "options"),
    "classes": Output(Ids.CLASSES, "value"),
    "group": Output(Ids.GROUP, "value"),
    "year": Output(Ids.YEAR, "value"),
    "year_min": Output(Ids.YEAR, "min"),
    "year_max": Output(Ids.YEAR, "max"),
    "year_label": Output(Ids.YEAR_LABEL, "children"),
    "year_min_label": Output(Ids.YEAR_MIN, "children"),
    "year_max_label": Output(Ids.YEAR_MAX, "children"),
    "demo": Output(Ids.DEMO, "children"),
    "selected": Output(Ids.GRID, "selectedRows"),
    "paused": Output(Ids.TICK, "disabled"),
    "play_label": Output(Ids.PLAY, "children"),
    "search_text": Output(Ids.SEARCH, "value"),
    "chart": Output(Ids.CHART, "value"),
    "x": Output(ScatterIds.X, "value"),
    "log": Output(ScatterIds.LOG, "value"),
}
NOTHING = dict.fromkeys(SYNC_OUTPUTS, no_update)
# The control a change came from → the action it is (the state knows actions, not ids).
ACTIONS = {
    Ids.INDICATOR: ActionKind.INDICATOR,
    Ids.LEVEL: ActionKind.LEVEL,
    Ids.TERRITORY: ActionKind.TERRITORY,
    Ids.CLASSES: ActionKind.CLASSES,
    Ids.GROUP: ActionKind.GROUP,
    Ids.YEAR: ActionKind.YEAR,
    Ids.TICK: ActionKind.NEXT_YEAR,
    Ids.MAP: ActionKind.MAP_CLICK,
    Ids.GRID: ActionKind.SELECTION,
    Ids.CLEAR: ActionKind.CLEAR,
    Ids.CHART: ActionKind.CHART,
    ScatterIds.X: ActionKind.X,
    ScatterIds.LOG: ActionKind.LOG,
    ScatterIds.SCATTER: ActionKind.SCATTER_CLICK,
}
OWN_OUTPUT = {
    Ids.INDICATOR: "indicator",
    Ids.LEVEL: "level",
    Ids.TERRITORY: "territory",
    Ids.CLASSES: "classes",
    Ids.GROUP: "group",
    Ids.YEAR: "year",
    Ids.GRID: "selected",
    Ids.CHART: "chart",
    ScatterIds.X: "x",
    ScatterIds.LOG: "log",
}


def stopped() -> dict:
    """The outputs of a play that stops (or never ran)."""
    return {"paused": True, "play_label": t("analiza.play")}


@callback(
    output=SYNC_OUTPUTS,
    inputs={
        "url": Input(Ids.URL, "search"),
        "area": Input(Ids.AREA, "value"),
        "indicator": Input(Ids.INDICATOR, "value"),
        "picked": Input({"type": Ids.SEARCH_RESULT, "index": dash.ALL}, "n_clicks"),
        "level": Input(Ids.LEVEL, "value"),
        "territory": Input(Ids.TERRITORY, "value"),
        "classes": Input(Ids.CLASSES, "value"),
        "group": Input(Ids.GROUP, "value"),
        "year": Input(Ids.YEAR, "value"),
        "play": Input(Ids.PLAY, "n_clicks"),
        "tick": Input(Ids.TICK, "n_intervals"),
        "click": Input(Ids.MAP, "clickData"),
        "rows": Input(Ids.GRID, "selectedRows"),
        "clear": Input(Ids.CLEAR, "n_clicks"),
        "chart": Input(Ids.CHART, "value"),
        "x": Input(ScatterIds.X, "value"),
        "log": Input(ScatterIds.LOG, "value"),
        "scatter_click": Input(ScatterIds.SCATTER, "clickData"),
        "current": State(Ids.STATE, "data"),
        "paused": State(Ids.TICK, "disabled"),
    },
    prevent_initial_call=True,
)
def reduce(
    url,
    area,
    indicator,
    picked,
    level,
    territory,
    classes,
    group,
    year,
    play,
    tick,
    click,
    rows,
    clear,
    chart,
    x,
    log,
    scatter_click,
    current,
    paused,
) -> dict:
    """The one place where the state changes; every view follows the state."""
    repo = get_repository()
    trigger = ctx.triggered_id
    old = stored_state(repo, current)
    if trigger == Ids.URL:
        return url_outputs(repo, url) | stopped()
    if trigger == Ids.PLAY:
        return play_outputs(repo, old, playing=paused is False)
    if trigger == Ids.TICK:
        return tick_outputs(repo, old) if paused is False else NOTHING
    picked_result = isinstance(trigger, dict)
    echo = None if picked_result else OWN_OUTPUT.get(trigger)
    if trigger == Ids.AREA:  # an area shows its first indicator: controls and view agree
        trigger, indicator = Ids.INDICATOR, area_indicator(repo, area)
    elif picked_result:
        if not ctx.triggered or not untrusted.count(ctx.triggered[0].get("value")):
            return NOTHING  # a result list was drawn, nothing was picked
        trigger, indicator = Ids.INDICATOR, untrusted.text(trigger.get("index"), 200)
    kind = ACTIONS.get(trigger)
    if kind is None:
        return NOTHING
    value = {
        Ids.INDICATOR: indicator,
        Ids.LEVEL: level,
        Ids.TERRITORY: territory,
        Ids.CLASSES: classes,
        Ids.GROUP: group,
        Ids.YEAR: year,
        Ids.MAP: click,
        Ids.GRID: rows,
        Ids.CLEAR: clear,
        Ids.CHART: chart,
        ScatterIds.X: x,
        ScatterIds.LOG: log,
        ScatterIds.SCATTER: scatter_click,
    }.get(trigger)
    new = change_state(repo, old, Action(kind, value))
    if new == old:
        return NOTHING
    outputs = synced_outputs(repo, new, no_update, to_query(new))
    if picked_result:
        outputs["search_text"] = ""  # a picked result closes the search
    # The control the user is operating already shows its value: echoing it back would undo
    # a second change made while this one was on its way (e.g. two quick row selections).
    if echo and (trigger != Ids.GRID or set(new.jst) == set(selected_codes(rows))):
        outputs[echo] = no_update
    return outputs


def play_outputs(repo, state: ViewState, playing: bool) -> dict:
    """Play starts the year ticks (from the first year when the view shows the last one) and
    leaves the address alone; pause stops them and records the year reached in the history:
    one entry for the whole play."""
    if playing:
        return synced_outputs(repo, state, no_update, to_query(state)) | stopped()
    start = play_start(repo, state)
    outputs = synced_outputs(repo, start, no_update, no_update) if start != state else NOTHING
    return outputs | {"paused": False, "play_label": t("analiza.pause")}


def tick_outputs(repo, state: ViewState) -> dict:
    """One year further; at the last year the play stops and the address gets its one entry."""
    new = change_state(repo, state, Action(ActionKind.NEXT_YEAR))
    if at_last_year(repo, new):
        return synced_outputs(repo, new, no_update, to_query(new)) | stopped()
    return synced_outputs(repo, new, no_update, no_update)


def url_outputs(repo, url) -> dict:
    """The state of the address the browser moved to (back, forward), with notes on what
    was ignored (no query: the defaults); a value that is not a query changes nothing."""
    if url is not None and not isinstance(url, str):
        return NOTHING
    new, messages = parse_state(query_params(url), catalogue_for_state(repo))
    notes = [dbc.Alert(n, color="warning", className="py-2 small") for n in messages]
    return synced_outputs(repo, new, notes, no_update)


def area_indicator(repo, area) -> str | None:
    """The first indicator of the area picked (None for an unknown area: nothing changes)."""
    area_id = untrusted.text(area, 100)
    if area_id is None or repo.area(area_id) is None:
        return None
    return first_indicator(area_id)


def selected_codes(rows) -> list:
    return [r.get("code") for r in untrusted.records(rows)]


def synced_outputs(repo, state: ViewState, notes, search) -> dict:
    """The state and every control set to match it."""
    context = view_context(repo, state)
    indicator = repo.indicator(state.wskaznik)
    area_id = repo.service(indicator.service_id).area_id
    return {
        "state": state.to_dict(),
        "search": search,
        "notes": notes,
        "area": area_id,
        "indicator": state.wskaznik,
        "indicator_options": indicator_options(area_id),
        "level": state.poziom,
        "territory": state.teren or WHOLE_COUNTRY,
        "territory_options": territory_choices(state.poziom, state.teren or WHOLE_COUNTRY),
        "classes": state.klasy,
        "group": state.grupa,
        "year": context.year,
        "year_min": context.years[0],
        "year_max": context.years[-1],
        "year_label": str(context.year),
        "year_min_label": str(context.years[0]),
        "year_max_label": str(context.years[-1]),
        "demo": demo_notice(indicator.provenance),
        "selected": {"ids": list(state.jst)},
        "paused": no_update,
        "play_label": no_update,
        "search_text": no_update,
        "chart": state.wykres,
        "x": state.x,
        "log": state.log,
    }


@callback(
    Output(Ids.MAP, "figure"),
    Output(Ids.MAP_FRAME, "data"),
    Output(Ids.CLASS_NOTE, "children"),
    Output(Ids.MAP, "config"),
    Input(Ids.STATE, "data"),
    State(Ids.MAP_FRAME, "data"),
    State(Ids.MAP, "config"),
)
def update_map(state_data, frame, config=None):
    """The map's values for the state. Returned as plain JSON (the patch's and the note's
    ``to_plotly_json``, which is what Dash sends for them): Dash serialises a response with
    orjson only when every value in it is plain, else plotly cleans the whole response in
    Python first (~10 ms for the ~80 KB of a gmina map). The config changes only with the
    image's name: a new config makes plotly draw the whole map anew rather than update it."""
    repo = get_repository()
    state = stored_state(repo, state_data)
    patch, new_frame, note, name = map_update(repo, state, untrusted.mapping(frame))
    new_config = graph_config(name)
    return (
        patch.to_plotly_json(),
        new_frame,
        html.P(note, className="mb-1 text-body").to_plotly_json() if note else None,
        no_update if untrusted.mapping(config) == new_config else new_config,
    )


@callback(
    Output(Ids.TERRITORY, "options", allow_duplicate=True),
    Input(Ids.TERRITORY, "search_value"),
    State(Ids.TERRITORY, "value"),
    State(Ids.LEVEL, "value"),
    prevent_initial_call=True,
)
def territory_search(query, chosen, level):
    """The powiaty matching what is typed in the territory picker (the page starts with the
    voivodeships only); back to those when the search is cleared or the list closes."""
    if level not in UNIT_LEVELS:
        return no_update
    return territory_matches(level, untrusted.clipped(query, 80), untrusted.clipped(chosen, 10))


@callback(
    Output(Ids.GRID, "rowData"),
    Output(Ids.GRID, "columnDefs"),
    Output(Ids.SUMMARY, "children"),
    Input(Ids.STATE, "data"),
)
def update_table(state_data):
    repo = get_repository()
    return table_update(repo, stored_state(repo, state_data))


@callback(
    Output(Ids.SERIES, "figure"),
    Output(Ids.SERIES, "config"),
    Input(Ids.STATE, "data"),
    prevent_initial_call=True,
)
def update_series(state_data):
    repo = get_repository()
    figure, name = series_update(repo, stored_state(repo, state_data))
    return figure, graph_config(name)


@callback(
    Output(ScatterIds.SCATTER, "figure"),
    Output(ScatterIds.SCATTER, "config"),
    Output(ScatterIds.SCATTER_SUMMARY, "children"),
    Input(Ids.STATE, "data"),
)
def update_scatter(state_data):
    """The scatter follows the state while its tab is shown (hidden, it costs nothing)."""
    repo = get_repository()
    state = stored_state(repo, state_data)
    if state.wykres != "rozrzut":
        return no_update, no_update, no_update
    figure, name, summary = scatter_update(repo, state)
    return figure, graph_config(name), summary


@callback(
    Output(Ids.FUNNEL, "figure"),
    Output(Ids.FUNNEL_NOTE, "children"),
    Output(Ids.FUNNEL, "config"),
    Input(Ids.STATE, "data"),
)
def update_funnel(state_data):
    """The funnel follows the state while its pane is shown (hidden, it costs nothing)."""
    repo = get_repository()
    state = stored_state(repo, state_data)
    if state.wykres != "lejek":
        return no_update, no_update, no_update
    figure, note, name = funnel_update(repo, state)
    return figure, note, graph_config(name)


@callback(
    Output(Ids.SEARCH_LIST, "children"),
    Output(Ids.SEARCH_STATUS, "children"),
    Input(Ids.SEARCH, "value"),
    prevent_initial_call=True,
)
def search_results(query):
    """The indicators matching what is typed, as options of the search's list box (each
    carries the query it answers, so the keyboard script never picks from a stale list), and
    how many there are, or that there are none, in words."""
    text = (untrusted.text(query, 100) or "").strip()
    if not text:
        return [], ""
    found = search_indicators(text)
    # The option has a plain id for aria-activedescendant (a dict id is JSON, which axe and
    # some screen readers do not accept); its clicks bubble to the item, whose id Dash matches.
    options = [
        html.Li(
            html.Div(
                option["label"],
                id=f"{Ids.SEARCH_RESULT}-{number}",
                role="option",
                className="list-group-item list-group-item-action",
                **{"aria-selected": "false"},
            ),
            id={"type": Ids.SEARCH_RESULT, "index": option["value"]},
            n_clicks=0,
            role="none",
            **{"data-query": text},
        )
        for number, option in enumerate(found)
    ]
    if not found:
        return [], t("analiza.search.none", query=text)
    return options, t_count("analiza.search.count", len(found))


@callback(
    Output(Ids.DOWNLOAD, "data"),
    Input({"type": Ids.EXPORT, "index": dash.ALL}, "n_clicks"),
    State(Ids.STATE, "data"),
    State(Ids.EXPORT_YEARS, "value"),
    prevent_initial_call=True,
)
def download(clicks, state_data, years):
    fmt = (untrusted.mapping(ctx.triggered_id) or {}).get("index")
    clicked = any(untrusted.count(c) for c in clicks) if isinstance(clicks, list) else False
    if fmt not in EXPORT_KEYS or not clicked:
        return no_update
    repo = get_repository()
    years = years if years in EXPORT_YEARS else EXPORT_YEARS[0]
    content, name = export_view(repo, stored_state(repo, state_data), fmt, date.today(), years)
    return dcc.send_bytes(content, name)


# An image of the map or chart as shown, under the name the toolbar's camera uses; the map is
# refitted to its territory at the image's size (window.smupFitZoom, assets/scripts/map-fit.js).
clientside_callback(
    """
    function(clicks, graphs, ...configs) {
        const trigger = window.dash_clientside.callback_context.triggered_id;
        if (!trigger || !clicks.some(Boolean)) { return window.dash_clientside.no_update; }
        const [target, format] = trigger.index.split("-");
        const isMap = target === "map";
        const graph = document.getElementById(graphs[target]).querySelector(".js-plotly-plot");
        if (!graph || !graph.data) { return window.dash_clientside.no_update; }
        const config = configs[Object.keys(graphs).indexOf(target)] || {};
        const width = 1200, height = isMap ? 900 : 600;
        const layout = Object.assign({}, graph.layout, {width: width, height: height});
        const bounds = layout.meta && layout.meta.fitBounds;
        if (isMap && bounds && window.smupFitZoom) {
            const margin = graph._fullLayout.margin;
            const zoom = window.smupFitZoom(
                bounds, width - margin.l - margin.r, height - margin.t - margin.b);
            layout.map = Object.assign({}, graph.layout.map,
                                       {zoom: zoom, center: window.smupFitCenter(bounds)});
        }
        const filename = (config.toImageButtonOptions || {}).filename || target;
        window.Plotly.downloadImage({data: graph.data, layout: layout}, {
            format: format, filename: filename, width: width, height: height});
        return trigger.index;
    }
    """,
    Output(Ids.IMAGE_DONE, "children"),
    Input({"type": Ids.IMAGE, "index": dash.ALL}, "n_clicks"),
    State(Ids.IMAGE_GRAPHS, "data"),
    *(State(graph, "config") for graph in IMAGE_GRAPHS.values()),
    prevent_initial_call=True,
)


# The chart the switch names shows at once, the others hide (the state follows in the reducer).
clientside_callback(
    "function(chart, panes) { return panes.map(pane => pane.index !== chart); }",
    Output({"type": Ids.CHART_PANE, "index": dash.ALL}, "hidden"),
    Input(Ids.CHART, "value"),
    State({"type": Ids.CHART_PANE, "index": dash.ALL}, "id"),
)


def warm_up(server, run_unit=None) -> None:
    """Draw the default view's map pictures once (desktop and phone): projecting the ~2,500
    gminy for a frame takes ~0.2 s per process, otherwise paid by the first visitor
    (``gunicorn.conf.py`` runs it while the workers are idle)."""
    run = run_unit or (lambda unit: unit())
    for width in (None, NARROW_MAP):
        run(lambda width=width: _draw_default_map(server, width))


def _draw_default_map(server, width: int | None) -> None:
    with server.test_request_context(urls.ANALIZA):
        repo = get_repository()
        picture(repo, parse_state({}, catalogue_for_state(repo))[0], "mapa", width)
