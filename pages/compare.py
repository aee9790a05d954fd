"""Compare page ``/porownaj?jst=0201011,0201022&obszar=finanse&od=2015&do=2020``: up to 10
units side by side for every indicator of one area, with the median of the compared units, a
bar chart of the latest year in the range and the time series (with Poland) per indicator.
The state lives only in the query string: ``pula`` names the candidates that are not compared
now (the rest of a comparison group too large to show whole), offered in the unit picker to
swap with the shown ones."""

from __future__ import annotations

from enum import StrEnum

import dash
import dash_bootstrap_components as dbc
import polars as pl
from dash import Input, Output, State, callback, dcc, html, no_update

from analysis.charts import comparison_bar_figure
from analysis.figures import series_figure
from analysis.funnel import funnel_kind
from components.compare_units import (
    MAX_PARAM,
    MAX_UNITS,
    area_indicators,
    resolve_units,
    unit_label,
)
from components.funnel import badge_vs_poland
from components.lazy_graph import LazyGraph
from components.static_html import static
from components.unit_picker import PICKER, chosen_codes, unit_picker
from components.values import demo_badge, value_cell
from core import urls
from data_access.catalogue_model import Indicator, Provenance, Status
from data_access.repository import Repository, Unit, get_repository
from data_access.units import POLAND_CODE
from embeds.dialog import compare_embed_target, embed_button, embed_dialog
from i18n import format_value, lazy_t, localized_name, localized_unit, t, t_count
from reports.content import data_years
from reports.form import year_field
from security import untrusted

dash.register_page(__name__, path=urls.COMPARE, title=lazy_t("compare.title"))

MAX_POOL = 100  # candidates offered besides the compared units
# The charts (two per indicator) are drawn as they come into view (components/lazy_graph.py).
GRAPH_CONFIG = {"displaylogo": False, "responsive": True}


class Ids(StrEnum):
    URL = "compare-url"
    AREA = "compare-area"
    CANDIDATES = "compare-candidates"
    GO = "compare-go"


PICKER_ID = {"type": PICKER, "index": "compare"}


def parse_years(
    raw_from: object, raw_to: object, available: tuple[int, int]
) -> tuple[tuple[int, int], list[str]]:
    """``od``/``do`` within the data's years; anything else → all years and a Polish note."""
    low, high = available
    start = untrusted.year(raw_from) if raw_from not in (None, "") else low
    end = untrusted.year(raw_to) if raw_to not in (None, "") else high
    if start is None or end is None or not low <= start <= end <= high:
        note = t(
            "compare.bad_years",
            od=untrusted.clipped(raw_from, 10),
            do=untrusted.clipped(raw_to, 10),
            low=low,
            high=high,
        )
        return (low, high), [note]
    return (start, end), []


def narrowed(years: tuple[int, int], available: tuple[int, int]) -> tuple[int, int] | None:
    """The range to write into links: None when it is all the years (the default)."""
    return None if years == available else years


def shown_year(repo: Repository, indicator: Indicator, end: int) -> int | None:
    """The latest year of the indicator up to ``end``: the table's and the bar chart's year."""
    inside = [y for y in repo.years(indicator.id) if y <= end]
    return inside[-1] if inside else None


def series_chart_figure(
    indicator: Indicator, units: list[Unit], series: pl.DataFrame, years: tuple[int, int]
) -> tuple[dict, str]:
    """The indicator's time series (a line per compared unit, their median and, for ratios,
    Poland) and its description: what the page and an embedded chart (``embeds``) draw."""
    own = series.filter(pl.col("indicator") == indicator.id)
    units_series = own.filter(pl.col("code") != POLAND_CODE).select("code", "year", "value")
    order = {u.code: i for i, u in enumerate(units)}
    units_series = units_series.sort(
        pl.col("code").replace_strict(order, default=len(order)), "year"
    )
    # Poland is a reference for ratios only: a national total would flatten the units' lines.
    poland = own.filter(pl.col("code") == POLAND_CODE, pl.lit(bool(indicator.denominator)))
    poland = poland.select("year", "value").sort("year")
    median = units_series.group_by("year").agg(pl.col("value").median()).sort("year")
    name = localized_name(indicator)
    demo = f" ({t('demo.badge')})" if indicator.provenance == Provenance.DEMO else ""
    title = t("compare.series_title", name=name, start=years[0], end=years[1]) + demo
    figure = series_figure(
        units_series,
        {u.code: unit_label(u) for u in units},
        poland,
        median,
        localized_unit(indicator.unit),
        title,
        t("compare.median"),
    )
    caption = t(
        "compare.series_alt",
        name=name,
        start=years[0],
        end=years[1],
        units=t_count("count.units", units_series["code"].n_unique()),
    )
    if poland.height:
        caption += " " + t("compare.series_poland")
    return figure, caption


def series_chart(
    indicator: Indicator, units: list[Unit], series: pl.DataFrame, years: tuple[int, int]
) -> html.Figure:
    """The indicator's time series with its description and its "Osadź" button."""
    figure, caption = series_chart_figure(indicator, units, series, years)
    return html.Figure(
        [
            LazyGraph(figure, GRAPH_CONFIG),
            html.Figcaption(
                [
                    caption,
                    " ",
                    embed_button(
                        compare_embed_target([u.code for u in units], indicator.id, years),
                        localized_name(indicator),
                    ),
                ],
                className="small text-muted",
            ),
        ],
        className="compare-series",
    )


def funnel_badges(
    repo: Repository, indicator: Indicator, units: list[Unit], year: int | None
) -> dict[str, object] | None:
    """Each unit's funnel status against Poland in the shown year (None: no funnel)."""
    if funnel_kind(indicator) is None:
        return None
    return {u.code: badge_vs_poland(repo, indicator, u.code, u.level, year) for u in units}


def indicator_block(
    indicator: Indicator,
    units: list[Unit],
    rows: dict[tuple[str, str], dict],
    year: int | None,
    series: html.Figure | None = None,
    badges: dict[str, object] | None = None,
) -> html.Section:
    """Table (the chart's twin) and bar chart of one indicator for the compared units, and
    its time series; ``badges``: each unit's funnel status against Poland, under its value
    (a column of its own would not fit a phone)."""
    badges = badges or {}
    values = []
    for unit in units:
        row = rows.get((indicator.id, unit.code))
        ok = row is not None and row["status"] == Status.VALUE.value and row["value"] is not None
        values.append(row["value"] if ok else None)
    known = [v for v in values if v is not None]
    median = pl.Series(known, dtype=pl.Float64).median() if known else None
    fmt = lambda v: format_value(v, indicator.decimals, indicator.unit)  # noqa: E731
    body = []
    for unit, value in zip(units, values, strict=True):
        row = rows.get((indicator.id, unit.code))
        body.append(
            html.Tr(
                [
                    html.Th(dcc.Link(unit_label(unit), href=urls.unit(unit.code)), scope="row"),
                    html.Td(
                        [
                            value_cell(indicator, value, row["status"] if row else None),
                            html.Div(badges.get(unit.code), className="small")
                            if badges.get(unit.code)
                            else None,
                        ],
                        className="num",
                    ),
                ],
                **{"data-unit": unit.code},
            )
        )
    body.append(
        html.Tr(
            [html.Th(t("compare.median"), scope="row"), html.Td(fmt(median), className="num")],
            className="fw-semibold",
        )
    )
    missing = len(values) - len(known)
    name = localized_name(indicator)
    title = name + (f" ({t('demo.badge')})" if indicator.provenance == "demo" else "")
    caption = t(
        "compare.chart_alt",
        name=name,
        year=year or "–",
        units=t_count("count.units", len(known)),
        median=fmt(median),
    )
    if missing:
        caption += " " + t("compare.chart_missing", count=missing)
    labels = [unit_label(u) for u in units]
    figure = comparison_bar_figure(labels, values, median, localized_unit(indicator.unit), title)
    heading_id = f"wsk-{indicator.id}"
    return html.Section(
        [
            html.H3(
                [
                    dcc.Link(name, href=urls.indicator(indicator.id)),
                    demo_badge() if indicator.provenance == Provenance.DEMO else None,
                ],
                className="h6 mt-3",
                id=heading_id,
            ),
            html.P(
                [
                    f"{localized_unit(indicator.unit)} · {t(f'polarity.{indicator.polarity}')} · ",
                    t("profile.year", year=year or "–"),
                ],
                className="small text-muted mb-1",
            ),
            dbc.Row(
                [
                    dbc.Col(
                        # One element, not ~10 Dash components per unit (components/static_html.py)
                        static(
                            dbc.Table(
                                [
                                    html.Thead(
                                        html.Tr(
                                            [
                                                html.Th(t("compare.col.unit"), scope="col"),
                                                html.Th(
                                                    t("compare.col.value"),
                                                    scope="col",
                                                    className="num",
                                                ),
                                            ]
                                        )
                                    ),
                                    html.Tbody(body),
                                ],
                                size="sm",
                                className="compare-table small",
                            )
                        ),
                        lg=5,
                    ),
                    dbc.Col(
                        html.Figure(
                            [
                                LazyGraph(figure, GRAPH_CONFIG),
                                html.Figcaption(caption, className="small text-muted"),
                            ]
                        ),
                        lg=7,
                    ),
                ]
            ),
            series,
        ],
        className="compare-indicator",
        **{"data-indicator": indicator.id, "aria-labelledby": heading_id},
    )


def area_nav(
    repo: Repository,
    codes: list[str],
    current: str,
    years: tuple[int, int] | None = None,
    pool: list[str] = (),
) -> html.Nav:
    links = [
        html.Li(
            html.A(
                localized_name(area),
                href=urls.compare(codes, area.id, years, pool),
                className="nav-link" + (" active" if area.id == current else ""),
                **({"aria-current": "page"} if area.id == current else {}),
            ),
            className="nav-item",
        )
        for area in repo.areas
    ]
    return html.Nav(
        html.Ul(links, className="nav nav-pills small flex-wrap"),
        **{"aria-label": t("compare.areas")},
        className="mb-3",
    )


def units_list(
    units: list[Unit], area_id: str, years: tuple[int, int] | None = None, pool: list[str] = ()
) -> html.Ul:
    codes = [u.code for u in units]
    items = []
    for unit in units:
        others = [c for c in codes if c != unit.code]
        items.append(
            html.Li(
                [
                    dcc.Link(unit_label(unit), href=urls.unit(unit.code)),
                    " ",
                    dcc.Link(
                        t("compare.remove"),
                        href=urls.compare(others, area_id, years, [unit.code, *pool]),
                        className="small",
                        title=t("compare.remove_title", name=unit.name),
                    ),
                ],
                **{"data-unit": unit.code},
            )
        )
    return html.Ul(items, className="compare-units small")


def controls(codes: list[str], pool: list[str]) -> html.Div:
    """The unit picker (names or codes; the pool offered for a swap) and the button."""
    return html.Div(
        [
            unit_picker("compare", codes, pool, t("compare.units_label", max=MAX_UNITS)),
            dbc.Button(t("compare.show"), id=Ids.GO, color="primary"),
        ],
        className="mb-3 compare-controls",
    )


def years_form(
    codes: list[str], area_id: str, years: tuple[int, int], available, pool: list[str] = ()
) -> html.Form:
    """The year range: a plain form (a new page load, like every change of this page)."""
    options = range(available[0], available[1] + 1)

    return html.Form(
        [
            dbc.Input(type="hidden", name="jst", value=",".join(codes)),
            dbc.Input(type="hidden", name="obszar", value=area_id),
            dbc.Input(type="hidden", name="pula", value=",".join(pool)) if pool else None,
            html.Div(year_field("compare-years-od", "compare.year_from", options, years[0], "od")),
            html.Div(year_field("compare-years-do", "compare.year_to", options, years[1], "do")),
            html.Button(
                t("compare.years_apply"), type="submit", className="btn btn-outline-primary btn-sm"
            ),
        ],
        action=urls.COMPARE,
        method="get",
        className="compare-years d-flex flex-wrap align-items-end gap-2 mb-3",
        **{"aria-label": t("compare.years_label")},
    )


def layout(
    jst: str = "", obszar: str = "", od: str = "", do: str = "", pula: str = "", **_
) -> html.Div:
    repo = get_repository()
    text = str(jst or "")[:MAX_PARAM]
    units, messages = resolve_units(repo, text)
    codes = [u.code for u in units]
    candidates, pool_messages = resolve_units(repo, str(pula or "")[:MAX_PARAM], MAX_POOL)
    messages += pool_messages
    pool = [u.code for u in candidates if u.code not in codes]
    area = repo.area(str(obszar)) if obszar else None
    if obszar and area is None:
        messages.append(t("compare.unknown_area", area=str(obszar)[:40]))
    area = area or repo.areas[0]
    available = data_years(repo)
    years, year_notes = parse_years(od, do, available)
    messages += year_notes
    in_links = narrowed(years, available)
    content: list = []
    if units:
        indicators = area_indicators(repo, area, units)
        frame = repo.unit_values([*codes, POLAND_CODE]).filter(
            pl.col("indicator").is_in([i.id for i in indicators]),
            pl.col("year").is_between(*years),
        )
        shown = {i.id: shown_year(repo, i, years[1]) for i in indicators}
        latest = frame.filter(
            pl.col("year") == pl.col("indicator").replace_strict(shown, default=None)
        )
        rows = {(r["indicator"], r["code"]): r for r in latest.iter_rows(named=True)}
        series = frame.filter(pl.col("status") == Status.VALUE.value)
        content = [
            html.H2(t("compare.units_heading", count=len(units)), className="h5"),
            html.P(
                t("compare.pool_note", shown=len(units), total=len(units) + len(pool)),
                className="small compare-pool-note",
            )
            if pool
            else None,
            units_list(units, area.id, in_links, pool),
            area_nav(repo, codes, area.id, in_links, pool),
            years_form(codes, area.id, years, available, pool),
            html.H2(localized_name(area), className="h4"),
            dbc.Alert(
                [demo_badge(), " ", t("demo.area_notice")], color="warning", className="small"
            )
            if indicators and all(i.provenance == Provenance.DEMO for i in indicators)
            else None,
            html.P(t("compare.median_note", end=years[1]), className="small text-muted"),
            *[
                indicator_block(
                    i,
                    units,
                    rows,
                    shown[i.id],
                    series_chart(i, units, series, years),
                    funnel_badges(repo, i, units, shown[i.id]),
                )
                for i in indicators
            ],
        ]
    else:
        content = [html.P(t("compare.empty"))]
    return html.Div(
        [
            dcc.Location(id=Ids.URL, refresh="callback-nav"),
            dcc.Store(id=Ids.AREA, data=area.id),
            dcc.Store(id=Ids.CANDIDATES, data=[*codes, *pool]),
            html.H1(t("compare.title"), className="h2"),
            html.P(t("compare.intro", max=MAX_UNITS)),
            controls(codes, pool),
            html.Div(
                dbc.Alert(
                    html.Ul([html.Li(m) for m in messages], className="mb-0"),
                    color="warning",
                    className="small",
                ),
                role="alert",
                className="compare-messages",
            )
            if messages
            else None,
            *content,
            embed_dialog() if units else None,
        ],
        className="compare-page",
    )


@callback(
    Output(Ids.URL, "href"),
    Input(Ids.GO, "n_clicks"),
    State(PICKER_ID, "value"),
    State(Ids.CANDIDATES, "data"),
    State(Ids.AREA, "data"),
    prevent_initial_call=True,
)
def go(_clicks, chosen, candidates, area_id: str | None) -> str:
    """Open the comparison of the chosen units (the page re-renders from the URL); the
    candidates not chosen stay offered."""
    codes = chosen_codes(chosen)
    if not codes:
        return no_update
    pool = [c for c in chosen_codes(candidates)[:MAX_POOL] if c not in codes]
    return urls.compare(codes, untrusted.text(area_id, 100), pool=pool)
