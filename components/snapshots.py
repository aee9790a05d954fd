"""The content of a saved view, rendered on the server for dashboards and slides: the map of
``/analiza``, the distribution of ``/wskazniki/<id>``, the table of ``/porownaj`` and the
headline indicators of a profile ``/jst/<teryt>``, each with its title and source and the
demonstration label where it applies. Only the view's result, none of its controls; and no
``<iframe>`` starting the whole app once per view (a dashboard of three views took ~10 s).
Other pages have no snapshot (``None``): the dashboard shows them in a frame as before."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import dash_bootstrap_components as dbc
import polars as pl
from dash import dcc, html

from analysis.charts import histogram_figure
from analysis.figures import base_map, map_patch
from analysis.service import (
    catalogue_for_state,
    effective_territory,
    legend_title,
    rows_for,
    view_title,
)
from analysis.state import ViewState, parse_state
from analysis.view import palette
from components.compare_units import area_indicators, resolve_units, unit_label
from components.values import demo_badge, value_cell
from core import urls
from core.classify import classify
from core.levels import available
from data_access.catalogue_model import Indicator, Provenance, Status
from data_access.repository import Repository, get_repository
from i18n import localized_kind, localized_name, localized_text, localized_unit, t

GRAPH_CONFIG = {"displaylogo": False, "responsive": True, "displayModeBar": False}
LARGE_FONT = 20  # px: plot labels readable on a projector


@dataclass(frozen=True)
class Snapshot:
    """What a slide or a dashboard card shows of a view."""

    title: str
    body: object  # a Dash component: the figure or the table
    sources: tuple[str, ...]
    demo: bool  # rests (partly) on demonstration values


def is_demo(indicator: Indicator) -> bool:
    return indicator.provenance == Provenance.DEMO


def sources_of(indicators: list[Indicator]) -> tuple[str, ...]:
    """Every source the indicators name, once (an indicator lists several with "; ")."""
    parts = (p.strip() for i in indicators for p in localized_text(i, "source").split(";"))
    return tuple(dict.fromkeys(p for p in parts if p))


def applied(figure: dict, patch) -> dict:
    """``figure`` with a ``dash.Patch`` of assignments applied (what the browser would do)."""
    for operation in patch.to_plotly_json()["operations"]:
        if operation["operation"] != "Assign":
            raise ValueError(f"unsupported patch operation {operation['operation']}")
        *path, last = operation["location"]
        target = figure
        for key in path:
            target = target[key]
        target[last] = operation["params"]["value"]
    return figure


def fitted(figure: dict, large: bool) -> dict:
    """The figure sized by its container (a slide fills the screen, a card its box), without
    its own title (the snapshot's heading says it, in type that wraps and reads from afar);
    larger type on a slide."""
    layout = figure["layout"]
    layout.pop("height", None)
    layout["autosize"] = True
    layout["title"] = {"text": ""}
    layout["margin"] = {**layout.get("margin", {}), "t": 30}  # room for the median label
    if large:
        layout["font"] = {**layout.get("font", {}), "size": LARGE_FONT}
    return figure


def graph(figure: dict, large: bool) -> dcc.Graph:
    return dcc.Graph(
        figure=fitted(figure, large),
        config=GRAPH_CONFIG,
        className="snapshot-graph",
        responsive=True,
    )


def analysis_map(repo: Repository, state: ViewState) -> tuple[str, dict, pl.DataFrame]:
    """The title, the map figure (values applied) and the rows of an ``/analiza`` view: what
    a slide and an embedded map (``embeds``) draw."""
    context, rows = rows_for(repo, state)
    indicator = context.indicator
    title = view_title(repo, state, context)
    values = rows.filter(pl.col("status") == "value")["value"].to_list()
    classes = classify(values, state.klasy)
    colours = palette(indicator.polarity, max(len(classes.breaks) - 1, 1))
    figure = base_map(state.poziom, effective_territory(repo, state), title)
    patch = map_patch(
        rows,
        classes,
        colours,
        indicator.decimals,
        localized_unit(indicator.unit),
        title,
        list(state.jst),
        legend_title(indicator),
        with_frame=True,
    )
    return title, applied(figure, patch), rows


def analysis_snapshot(repo: Repository, params: dict[str, str], large: bool) -> Snapshot:
    """The map of an ``/analiza`` view with its classes, layers and selection."""
    state, _notes = parse_state(params, catalogue_for_state(repo))
    title, figure, _rows = analysis_map(repo, state)
    return Snapshot(
        title,
        html.Div(graph(figure, large), className="analiza-map"),
        sources_of([repo.indicator(state.wskaznik)]),
        is_demo(repo.indicator(state.wskaznik)),
    )


def indicator_snapshot(
    repo: Repository, indicator: Indicator, params: dict, large: bool
) -> Snapshot | None:
    """The distribution of an indicator at the view's level and year."""
    levels = available(indicator.levels)
    level = params.get("poziom") if params.get("poziom") in levels else levels[0]
    years = repo.years(indicator.id)
    if not years:
        return None
    asked = params.get("rok", "")
    year = int(asked) if asked.isdigit() and int(asked) in years else years[-1]
    frame = repo.distribution(indicator.id, level, year)
    values = frame.filter(pl.col("status") == Status.VALUE.value)["value"]
    title = f"{localized_name(indicator)}: " + t(
        "indicator.distribution", level=t(f"level.plural.{level}"), year=year
    )
    figure = histogram_figure(values, localized_unit(indicator.unit), title)
    return Snapshot(
        title,
        graph(figure, large),
        sources_of([indicator]),
        is_demo(indicator),
    )


def values_table(
    indicators: list[Indicator],
    columns: list[str],
    cells: dict[tuple[str, str], dict],
    codes: list[str],
) -> dbc.Table:
    """Indicators in rows, units in columns; each value in its unit, or why there is none."""

    def row(indicator: Indicator) -> html.Tr:
        tds = []
        for code in codes:
            cell = cells.get((indicator.id, code)) or {}
            tds.append(
                html.Td(
                    value_cell(indicator, cell.get("value"), cell.get("status")),
                    className="num",
                )
            )
        name = [localized_name(indicator), demo_badge() if is_demo(indicator) else None]
        return html.Tr([html.Th(name, scope="row"), *tds])

    head = html.Tr(
        [
            html.Th(t("snapshot.col.indicator"), scope="col"),
            *[html.Th(c, scope="col", className="num") for c in columns],
        ]
    )
    return dbc.Table(
        [html.Thead(head), html.Tbody([row(i) for i in indicators])],
        size="sm",
        className="snapshot-table",
    )


def compare_snapshot(repo: Repository, params: dict) -> Snapshot | None:
    """The units of a ``/porownaj`` view side by side for every indicator of its area."""
    units, _messages = resolve_units(repo, params.get("jst", ""))
    if not units:
        return None
    area = repo.area(params.get("obszar", "")) or repo.areas[0]
    indicators = area_indicators(repo, area, units)
    codes = [u.code for u in units]
    frame = repo.latest_values(codes).filter(pl.col("indicator").is_in([i.id for i in indicators]))
    cells = {(r["indicator"], r["code"]): r for r in frame.iter_rows(named=True)}
    title = f"{localized_name(area)}: " + ", ".join(u.name for u in units)
    table = values_table(indicators, [unit_label(u) for u in units], cells, codes)
    return Snapshot(
        title,
        table,
        sources_of(indicators),
        any(is_demo(i) for i in indicators),
    )


def profile_snapshot(repo: Repository, code: str) -> Snapshot | None:
    """A unit's headline indicators (the first of each service), its value and Poland's."""
    unit = repo.unit(code)
    if unit is None:
        return None
    profile = repo.profile(unit)
    available = set(profile["indicator"].to_list())
    indicators = []
    for area in repo.areas:
        for service in repo.services_of(area.id):
            first = next((i for i in repo.indicators_of(service.id) if i.id in available), None)
            if first is not None:
                indicators.append(first)
    cells = {}
    for r in profile.iter_rows(named=True):
        cells[(r["indicator"], unit.code)] = r
        poland = r["poland_value"]
        cells[(r["indicator"], "PL")] = {
            "value": poland,
            "status": Status.VALUE.value if poland is not None else Status.NO_DATA.value,
        }
    title = f"{unit.name} ({localized_kind(unit.kind)}), {unit.code}"
    columns = [unit.name, t("profile.col.poland")]
    return Snapshot(
        title,
        values_table(indicators, columns, cells, [unit.code, "PL"]),
        sources_of(indicators),
        any(is_demo(i) for i in indicators),
    )


def view_snapshot(url: str, large: bool = False) -> Snapshot | None:
    """The snapshot of a saved view's URL (``large``: for a slide), or None when its page has
    none."""
    parts = urlsplit(url)
    params = dict(parse_qsl(parts.query))
    repo = get_repository()
    path = parts.path
    if urls.is_page(path, urls.ANALIZA):
        return analysis_snapshot(repo, params, large)
    if urls.is_page(path, urls.COMPARE):
        return compare_snapshot(repo, params)
    if (indicator_id := urls.match(urls.INDICATOR, path)) is not None:
        indicator = repo.indicator(indicator_id)
        return indicator_snapshot(repo, indicator, params, large) if indicator else None
    if (code := urls.match(urls.UNIT, path)) is not None:
        return profile_snapshot(repo, code)
    return None


def snapshot_block(snapshot: Snapshot) -> html.Figure:
    """The snapshot as a figure: the content, then its source and the demonstration label."""
    caption = [html.Span(t("snapshot.source", sources="; ".join(s for s in snapshot.sources if s)))]
    if snapshot.demo:
        caption += [" ", demo_badge(), " ", html.Span(t("snapshot.demo_note"))]
    return html.Figure(
        [
            html.H2(snapshot.title, className="snapshot-title"),
            # A long table scrolls inside the slide: focusable, so the keyboard scrolls it too.
            html.Div(
                snapshot.body,
                className="snapshot-body",
                tabIndex="0",
                role="region",
                **{"aria-label": snapshot.title},
            ),
            html.Figcaption(caption, className="snapshot-source"),
        ],
        className="snapshot",
    )
