"""Indicator card ``/wskazniki/<indicator_id>``: full metadata and the national distribution."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import polars as pl
from dash import Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

from analysis.charts import histogram_figure
from analysis.state import ViewState, analysis_href
from components.freshness import freshness_line
from components.funnel import funnel_section
from components.notfound import not_found
from components.static_html import static
from components.values import demo_badge
from core import urls
from core.classify import percentile_window
from core.levels import available
from data_access.catalogue_model import Aggregation, Indicator, Provenance, Status
from data_access.repository import Repository, get_repository
from i18n import (
    current_language,
    format_value,
    lazy_t,
    localized_formula,
    localized_kind,
    localized_name,
    localized_text,
    localized_unit,
    t,
    t_count,
)
from security import untrusted

dash.register_page(__name__, path_template=urls.INDICATOR, title=lazy_t("indicator.page_title"))

LEVEL = "indicator-level"
YEAR = "indicator-year"
CURRENT = "indicator-current"
DISTRIBUTION = "indicator-distribution"
SHOW_ALL = "indicator-show-all"
MAP_LINK = "indicator-map-link"


# The BDL API's metadata of one variable (subject, dimensions n1…n5, unit, level, years).
BDL_VARIABLE_URL = "https://bdl.stat.gov.pl/api/v1/variables/{id}?lang={lang}"


def bdl_variable_link(bdl_id: str) -> html.A:
    return html.A(
        bdl_id,
        href=BDL_VARIABLE_URL.format(id=bdl_id, lang=current_language()),
        title=t("indicator.real_source.link_title", id=bdl_id),
    )


def real_source(indicator: Indicator) -> html.Div | str:
    """Where the real values come from (or would come from): the BDL variables of the numerator
    and the denominator (ids in one list are added up), SMUP ids, the public source's link and
    the note, in the current language."""
    source = indicator.real_source
    if source.is_empty:
        return "–"
    parts: list = []
    roles = []
    for ids, role in ((source.bdl_numerator, "numerator"), (source.bdl_denominator, "denominator")):
        if ids:
            links: list = []
            for position, bdl_id in enumerate(ids):
                links += [" + "] if position else []
                links.append(bdl_variable_link(bdl_id))
            roles.append([*links, f" ({t(f'indicator.real_source.{role}')})"])
    if roles:
        line: list = [t("indicator.real_source.bdl"), " "]
        for position, role in enumerate(roles):
            line += ([", "] if position else []) + role
        parts.append(html.P(line, className="mb-1"))
    if source.smup:
        parts.append(
            html.P(f"{t('indicator.real_source.smup')} {', '.join(source.smup)}", className="mb-1")
        )
    if source.url:
        parts.append(html.P(html.A(source.url, href=source.url), className="mb-1 text-break"))
    note = source.note_en if current_language() == "en" and source.note_en else source.note
    if note:
        parts.append(html.P(note, className="mb-0"))
    return html.Div(parts, className="real-source")


def metadata(repo: Repository, indicator: Indicator, years: list[int]) -> html.Dl:
    service = repo.service(indicator.service_id)
    area = repo.area(service.area_id)
    years_text = f"{years[0]}–{years[-1]}" if years else t("status.no_data")
    english = current_language() == "en"

    def text(field: str) -> str:
        return localized_text(indicator, field) or "–"

    rows = [
        ("indicator.meta.definition", text("definition")),
        ("indicator.meta.id", indicator.id),
        ("indicator.meta.name_pl", indicator.name)
        if english
        else ("indicator.meta.name_en", indicator.name_en),
        ("indicator.meta.area", localized_name(area)),
        (
            "indicator.meta.service",
            dcc.Link(localized_name(service), href=urls.service(service.id)),
        ),
        ("indicator.meta.dimension", t(f"dimension.{indicator.dimension}")),
        ("indicator.meta.unit", localized_unit(indicator.unit)),
        ("indicator.meta.formula", localized_formula(indicator)),
        ("indicator.meta.numerator", text("numerator_label")),
        ("indicator.meta.denominator", text("denominator_label")),
        ("indicator.meta.polarity", t(f"polarity.{indicator.polarity}")),
        ("indicator.meta.source", text("source")),
        (
            "indicator.meta.real_source"
            if indicator.provenance == Provenance.REAL
            else "indicator.meta.real_source_demo",
            real_source(indicator),
        ),
        ("indicator.meta.levels", ", ".join(t(f"level.{lv}") for lv in indicator.levels)),
        ("indicator.meta.years", years_text),
        ("indicator.meta.freshness", freshness_line(repo.freshness(indicator.id))),
        ("indicator.meta.provenance", t(f"indicator.provenance.{indicator.provenance}")),
        ("indicator.meta.caveats", text("caveats")),
        ("indicator.meta.breaks", text("breaks")),
    ]
    items = []
    for key, value in rows:
        # The Polish name, shown on purpose on the English page, is marked as Polish.
        lang = {"lang": "pl"} if key == "indicator.meta.name_pl" else {}
        items += [
            html.Dt(t(key), className="col-sm-3"),
            html.Dd(value, className="col-sm-9", **lang),
        ]
    return html.Dl(items, className="row metadata")


def stats_table(indicator: Indicator, values: pl.Series, poland: float | None) -> dbc.Table:
    clean = values.drop_nulls()

    def fmt(v: float | None) -> str:
        return format_value(v, indicator.decimals, indicator.unit)

    stats = [
        ("indicator.stat.count", str(clean.len())),
        ("indicator.stat.min", fmt(clean.min() if clean.len() else None)),
        ("indicator.stat.q1", fmt(clean.quantile(0.25) if clean.len() else None)),
        ("indicator.stat.median", fmt(clean.median() if clean.len() else None)),
        ("indicator.stat.q3", fmt(clean.quantile(0.75) if clean.len() else None)),
        ("indicator.stat.max", fmt(clean.max() if clean.len() else None)),
        (
            "indicator.stat.poland"
            if indicator.aggregation == Aggregation.SUM
            else "indicator.stat.poland_published",
            fmt(poland),
        ),
    ]
    return dbc.Table(
        html.Tbody(
            [html.Tr([html.Th(t(k), scope="row"), html.Td(v, className="num")]) for k, v in stats]
        ),
        size="sm",
        className="stats-table",
    )


def extremes(indicator: Indicator, frame: pl.DataFrame, descending: bool) -> html.Ol:
    top = (
        frame.filter(pl.col("status") == Status.VALUE.value)
        .sort("value", descending=descending)
        .head(10)
    )
    return html.Ol(
        [
            html.Li(
                [
                    dcc.Link(r["name"], href=urls.unit(r["code"])),
                    f" ({localized_kind(r['kind'])}): ",
                    format_value(r["value"], indicator.decimals, indicator.unit),
                ]
            )
            for r in top.iter_rows(named=True)
        ],
        className="small",
    )


def histogram_note(indicator: Indicator, values: pl.Series, show_all: bool):
    """The range the histogram shows (1st–99th percentile unless ``show_all``) and a sentence
    on the units beyond it (None: all values are shown)."""
    window = percentile_window(values.drop_nulls().to_list())
    if show_all or window is None or not (window.below or window.above):
        return None, ""
    note = t(
        "indicator.histogram.clipped",
        low=format_value(window.low, indicator.decimals, indicator.unit),
        high=format_value(window.high, indicator.decimals, indicator.unit),
        below=t_count("count.units", window.below),
        above=t_count("count.units", window.above),
    )
    return (window.low, window.high), note


def distribution_view(
    repo: Repository, indicator: Indicator, level: str, year: int, show_all: bool = False
) -> list:
    frame = repo.distribution(indicator.id, level, year)
    values = frame.filter(pl.col("status") == Status.VALUE.value)["value"]
    poland_rows = repo.distribution(indicator.id, "kraj", year)
    poland = poland_rows["value"][0] if poland_rows.height else None
    title = t("indicator.distribution", level=t(f"level.plural.{level}"), year=year)
    clean = values.drop_nulls()

    def fmt(v: float | None) -> str:
        return format_value(v, indicator.decimals, indicator.unit)

    alt = t(
        "indicator.distribution_alt",
        name=localized_name(indicator),
        count=clean.len(),
        level=t(f"level.plural.{level}"),
        year=year,
        median=fmt(clean.median() if clean.len() else None),
        q1=fmt(clean.quantile(0.25) if clean.len() else None),
        q3=fmt(clean.quantile(0.75) if clean.len() else None),
    )
    shown, clipped = histogram_note(indicator, values, show_all)
    return [
        dbc.Row(
            [
                dbc.Col(
                    html.Figure(
                        [
                            dcc.Graph(
                                figure=histogram_figure(
                                    values, localized_unit(indicator.unit), title, shown
                                ),
                                config={"displaylogo": False, "responsive": True},
                            ),
                            html.Figcaption(
                                [html.P(clipped, className="mb-1 text-body"), alt]
                                if clipped
                                else alt,
                                className="small text-muted",
                            ),
                        ]
                    ),
                    lg=8,
                ),
                dbc.Col(
                    static(
                        html.H3(t("indicator.summary"), className="h6"),
                        stats_table(indicator, values, poland),
                    ),
                    lg=4,
                ),
            ]
        ),
        dbc.Row(
            [
                dbc.Col(
                    static(
                        html.H3(t("indicator.top"), className="h6"),
                        extremes(indicator, frame, True),
                        defer=True,
                    ),
                    md=6,
                ),
                dbc.Col(
                    static(
                        html.H3(t("indicator.bottom"), className="h6"),
                        extremes(indicator, frame, False),
                        defer=True,
                    ),
                    md=6,
                ),
            ]
        ),
        static_funnel(funnel_section(repo, indicator, level, year)),
    ]


def as_static(children: list, defer: bool = False) -> list:
    """``children`` with each run of parts that need no callback (everything but graphs and
    controls) sent as one ``StaticHtml`` element: the card's tables and lists were ~800
    components for React to mount on a phone; as markup they are a few. ``defer``: filled
    after the first paint (below the fold)."""
    result: list = []
    run: list = []

    def flush() -> None:
        if run:
            result.append(static(*run, defer=defer))
            run.clear()

    for child in children:
        if child is None:
            continue
        try:
            static(child)
        except (TypeError, ValueError):  # a graph, a control, a pattern id: stays a component
            flush()
            result.append(child)
        else:
            run.append(child)
    flush()
    return result


def static_funnel(section: html.Section) -> html.Section:
    """The funnel section with its texts and its table of units as markup (the plot stays a
    graph)."""
    section.children = as_static(list(section.children), defer=True)
    return section


def available_levels(indicator: Indicator) -> list[str]:
    return available(indicator.levels)


def map_link_props(indicator: Indicator, level: str, year: int) -> dict[str, str]:
    """The "Pokaż na mapie" link: ``/analiza`` on this indicator at the card's level and year."""
    return {
        "href": analysis_href(ViewState(wskaznik=indicator.id, poziom=level, rok=year or None)),
        "title": t("indicator.map_link_title", level=t(f"level.plural.{level}"), year=year),
    }


def layout(indicator_id: str | None = None, poziom: str = "gmina", rok: str = "", **_):
    repo = get_repository()
    indicator = repo.indicator(indicator_id) if isinstance(indicator_id, str) else None
    if indicator is None:
        return not_found(t("notfound.indicator", id=str(indicator_id or "")[:60]))
    years = repo.years(indicator.id)
    levels = available_levels(indicator)
    level = poziom if poziom in levels else levels[0]
    asked = untrusted.year(rok)
    year = asked if asked in years else (years[-1] if years else 0)
    return html.Div(
        [
            html.H1(
                [
                    localized_name(indicator),
                    demo_badge() if indicator.provenance == Provenance.DEMO else None,
                ],
                className="h2",
            ),
            dbc.Alert(t("demo.explain"), color="warning", className="small")
            if indicator.provenance == Provenance.DEMO
            else None,
            metadata(repo, indicator, years),
            html.H2(t("indicator.distribution_heading"), className="h4"),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            html.Label(t("indicator.level_choice"), htmlFor=LEVEL),
                            dbc.Select(
                                id=LEVEL,
                                value=level,
                                options=[
                                    {"label": t(f"level.plural.{lv}"), "value": lv} for lv in levels
                                ],
                            ),
                        ],
                        md=3,
                    ),
                    dbc.Col(
                        [
                            html.Label(t("indicator.year_choice"), htmlFor=YEAR),
                            dbc.Select(
                                id=YEAR,
                                value=str(year),
                                options=[
                                    {"label": str(y), "value": str(y)} for y in reversed(years)
                                ],
                            ),
                        ],
                        md=2,
                    ),
                    dbc.Col(
                        html.A(
                            t("indicator.map_link"),
                            id=MAP_LINK,
                            className="btn btn-outline-primary",
                            **map_link_props(indicator, level, year),
                        ),
                        md="auto",
                        className="align-self-end",
                    ),
                    dbc.Col(
                        dbc.Switch(
                            id=SHOW_ALL, value=False, label=t("indicator.histogram.show_all")
                        ),
                        md=True,
                        className="d-flex align-items-end",
                    ),
                ],
                className="mb-2",
            ),
            dcc.Store(id=CURRENT, data=indicator.id),
            # The charts below the metadata load plotly.js when they come into view
            # (assets/scripts/lazy-components.js): a phone that opens the card pays for the
            # text first.
            html.Div(
                distribution_view(repo, indicator, level, year) if years else [],
                id=DISTRIBUTION,
                className="defer-graphs",
            ),
        ]
    )


@callback(
    Output(DISTRIBUTION, "children"),
    Input(LEVEL, "value"),
    Input(YEAR, "value"),
    Input(SHOW_ALL, "value"),
    State(CURRENT, "data"),
    prevent_initial_call=True,
)
def update_distribution(level, year, show_all, indicator_id) -> list:
    repo = get_repository()
    indicator = repo.indicator(untrusted.text(indicator_id, 200))
    if indicator is None or level not in available_levels(indicator):
        return []
    year = untrusted.year(year)
    if year not in repo.years(indicator.id):
        return []
    return distribution_view(repo, indicator, level, year, show_all is True)


@callback(
    Output(MAP_LINK, "href"),
    Output(MAP_LINK, "title"),
    Input(LEVEL, "value"),
    Input(YEAR, "value"),
    State(CURRENT, "data"),
    prevent_initial_call=True,
)
def update_map_link(level, year, indicator_id) -> tuple[str, str]:
    """The map link follows the level and year chosen on the card (bad input: left as is)."""
    repo = get_repository()
    indicator = repo.indicator(untrusted.text(indicator_id, 200))
    year = untrusted.year(year)
    if indicator is None or level not in available_levels(indicator):
        raise PreventUpdate
    if year not in repo.years(indicator.id):
        raise PreventUpdate
    props = map_link_props(indicator, level, year)
    return props["href"], props["title"]
