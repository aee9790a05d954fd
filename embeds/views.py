"""What an embedded view shows: its title, figure (the same Plotly figure the site draws), the
figure's table twin, its data and its metadata. Each view is built from the address of an
embed (``embeds.urls``); an address that names an unknown indicator or unit, or a malformed
state, raises :class:`EmbedNotFound` with a message in the request's language."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import polars as pl

from analysis import exports
from analysis.service import (
    catalogue_for_state,
    series_update,
    source_line,
    territory_label,
    view_context,
    view_title,
)
from analysis.state import ViewState, analysis_href, parse_state
from components.snapshots import analysis_map, fitted
from core import urls
from data_access.catalogue_model import Indicator, Provenance, Quality, Status
from data_access.repository import Repository
from data_access.units import POLAND_CODE
from i18n import format_number, localized_name, localized_unit, t
from reports.content import parent_units


class EmbedNotFound(Exception):
    """The address names no view; ``message`` says why, for the reader."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Table:
    """A figure's table twin: a caption, column headers and rows of formatted cells."""

    caption: str
    columns: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class EmbedView:
    kind: str  # "map" or "chart"
    title: str
    figure: dict
    indicator: Indicator
    table: Table
    data: pl.DataFrame  # what ``dane.csv`` holds (Polish column names: a data contract)
    page_href: str  # the full view on the site
    facts: dict = field(default_factory=dict)  # level, years, units: for ``metadane.json``
    quality: dict[str, int] = field(default_factory=dict)  # values per quality flag

    @property
    def demo(self) -> bool:
        return self.indicator.provenance == Provenance.DEMO

    @property
    def source(self) -> str:
        """The source and licence line (or the demonstration warning)."""
        return source_line(self.indicator)


def build_view(repo: Repository, view: str, params: dict[str, str]) -> EmbedView:
    """The embedded view named by ``view`` (a path under ``/osadz/``) and its query."""
    if view in (urls.EMBED_ANALYSIS_MAP, urls.EMBED_ANALYSIS_SERIES):
        state = strict_state(repo, params)
        if view == urls.EMBED_ANALYSIS_MAP:
            return analysis_map_view(repo, state)
        return analysis_series_view(repo, state)
    if view == urls.EMBED_COMPARE:
        return compare_view(repo, params)
    if match := urls.EMBED_UNIT_TREND.match(view):
        return unit_trend_view(repo, *match.groups())
    raise EmbedNotFound(t("embed.error.view"))


def embed_title(repo: Repository, view: str, params: dict[str, str]) -> str:
    """The title of a view, without drawing it (a map's figure takes ~0.1 s): what the
    ``<iframe>``'s title says."""
    if view == urls.EMBED_ANALYSIS_MAP:
        state = strict_state(repo, params)
        return view_title(repo, state, view_context(repo, state))
    return build_view(repo, view, params).title


def strict_state(repo: Repository, params: dict[str, str]) -> ViewState:
    """The ``/analiza`` state of the address; what the page would ignore with a note (an
    unknown indicator, unit or year) makes an embed answer "not found" instead: a published
    figure must show what its address says."""
    state, notes = parse_state(params, catalogue_for_state(repo))
    if notes:  # the page's notes say it shows a default instead: an embed does not
        raise EmbedNotFound(t("embed.error.state"))
    return state


def plain(figure: dict) -> dict:
    """A figure for the embed page: sized by the frame, with neither its own title nor the
    notes drawn inside it (the page prints the title and the source line as text)."""
    figure = fitted(figure, large=False)
    layout = figure["layout"]
    layout["annotations"] = []
    if "legend" in layout and "map" not in layout:
        layout["legend"] = {**layout["legend"], "y": 0}
        layout["margin"] = {**layout["margin"], "b": 100}
    return figure


def analysis_map_view(repo: Repository, state: ViewState) -> EmbedView:
    title, figure, rows = analysis_map(repo, state)
    indicator = repo.indicator(state.wskaznik)
    context = view_context(repo, state)
    table = Table(
        t("embed.table.map", year=context.year),
        [t("analiza.col.name"), t("analiza.col.code"), value_header(indicator)],
        [
            [row["name"] or row["code"], row["code"], cell_text(indicator, row)]
            for row in rows.iter_rows(named=True)
        ],
    )
    return EmbedView(
        "map",
        title,
        plain(figure),
        indicator,
        table,
        exports.rounded(
            exports.export_frame(rows, indicator, context.year, repo.value_sources(indicator.id)),
            indicator.decimals,
        ),
        analysis_href(state),
        {"level": state.poziom, "year": context.year, "units": list(state.jst)},
        dict(Counter(rows["quality"].to_list())),
    )


def analysis_series_view(repo: Repository, state: ViewState) -> EmbedView:
    figure, _name = series_update(repo, state)
    context = view_context(repo, state)
    indicator = context.indicator
    title = figure["layout"]["title"]["text"].replace("<br>", " ")
    facts = {"level": state.poziom, "years": context.years, "units": list(state.jst)}
    return chart_view(repo, indicator, title, figure, analysis_href(state), facts)


def unit_trend_view(repo: Repository, code: str, indicator_id: str) -> EmbedView:
    """One indicator of a unit over the years, with its powiat and voivodeship and Poland
    (ratios only: a total of a larger unit dwarfs the unit's)."""
    from analysis.figures import series_figure

    unit = repo.unit(code)
    if unit is None:
        raise EmbedNotFound(t("notfound.unit", code=code[:40]))
    indicator = repo.indicator(indicator_id)
    if indicator is None or unit.level not in indicator.levels:
        raise EmbedNotFound(t("embed.error.indicator", value=indicator_id[:60]))
    parents = [] if indicator.is_total else [p for p, _ in parent_units(repo, unit)]
    names = {unit.code: unit.name} | {
        p.code: territory_label(p.level, p.kind, p.name) for p in parents if p.code != POLAND_CODE
    }
    values = repo.indicator_values(indicator.id).filter(
        pl.col("status") == Status.VALUE.value,
        pl.col("code").is_in([unit.code, *(p.code for p in parents)]),
    )
    order = {c: i for i, c in enumerate(names)}
    series = (
        values.filter(pl.col("code").is_in(list(names)))
        .select("code", "year", "value")
        .sort(pl.col("code").replace_strict(order, default=len(order)), "year")
    )
    poland = values.filter(pl.col("code") == POLAND_CODE).select("year", "value").sort("year")
    years = repo.years(indicator.id)
    span = f"{years[0]}–{years[-1]}" if years else ""
    demo = f" — {t('demo.badge').upper()}" if indicator.provenance == Provenance.DEMO else ""
    title = f"{localized_name(indicator)} ({localized_unit(indicator.unit)}): {unit.name}, {span}"
    title += demo
    empty = pl.DataFrame(schema={"year": pl.Int64, "value": pl.Float64})
    figure = series_figure(series, names, poland, empty, localized_unit(indicator.unit), title, "")
    page = urls.unit_row(unit.code, indicator.id)
    facts = {"level": unit.level, "years": years, "units": [unit.code]}
    return chart_view(repo, indicator, title, figure, page, facts)


def compare_view(repo: Repository, params: dict[str, str]) -> EmbedView:
    """One indicator of ``/porownaj``: the compared units over the years."""
    from pages.compare import parse_years, resolve_units, series_chart_figure
    from reports.content import data_years

    units, messages = resolve_units(repo, params.get("jst", ""))
    indicator = repo.indicator(params.get("wskaznik", ""))
    if messages or not units:
        raise EmbedNotFound(" ".join(messages) or t("embed.error.units"))
    if indicator is None or not {u.level for u in units} & set(indicator.levels):
        raise EmbedNotFound(t("embed.error.indicator", value=params.get("wskaznik", "")[:60]))
    available = data_years(repo)
    years, notes = parse_years(params.get("od"), params.get("do"), available)
    if notes:
        raise EmbedNotFound(" ".join(notes))
    codes = [u.code for u in units]
    series = repo.unit_values([*codes, POLAND_CODE]).filter(
        pl.col("indicator") == indicator.id,
        pl.col("year").is_between(*years),
        pl.col("status") == Status.VALUE.value,
    )
    figure, _caption = series_chart_figure(indicator, units, series, years)
    title = figure["layout"]["title"]["text"].replace("<br>", " ")
    page = urls.compare(codes, repo.service(indicator.service_id).area_id, years)
    facts = {"years": list(range(years[0], years[1] + 1)), "units": codes}
    return chart_view(repo, indicator, title, figure, page, facts)


def chart_view(
    repo: Repository, indicator: Indicator, title: str, figure: dict, page: str, facts: dict
) -> EmbedView:
    """A line chart's view: its table twin and data are the figure's lines, year by year."""
    lines = [trace for trace in figure["data"] if trace.get("x")]
    years = sorted({year for trace in lines for year in trace["x"]})
    by_line = [dict(zip(trace["x"], trace["y"], strict=True)) for trace in lines]
    table = Table(
        t("embed.table.chart", unit=localized_unit(indicator.unit)),
        [t("embed.col.year"), *(trace["name"] for trace in lines)],
        [
            [str(year), *(number(indicator, values.get(year)) for values in by_line)]
            for year in years
        ],
    )
    data = pl.DataFrame(
        [
            {
                "wskaznik": indicator.id,
                "seria": trace["name"],
                "rok": year,
                "wartosc": value,
                "jednostka": indicator.unit,
                "pochodzenie": indicator.provenance.value,
            }
            for trace in lines
            for year, value in zip(trace["x"], trace["y"], strict=True)
            if value is not None
        ],
        schema={
            "wskaznik": pl.String,
            "seria": pl.String,
            "rok": pl.Int64,
            "wartosc": pl.Float64,
            "jednostka": pl.String,
            "pochodzenie": pl.String,
        },
    )
    data = exports.rounded(data, indicator.decimals)
    flag = Quality.DEMO.value if indicator.provenance == Provenance.DEMO else Quality.REAL.value
    return EmbedView(
        "chart", title, plain(figure), indicator, table, data, page, facts, {flag: data.height}
    )


def value_header(indicator: Indicator) -> str:
    return f"{t('analiza.col.value')} [{localized_unit(indicator.unit)}]"


def number(indicator: Indicator, value: float | None) -> str:
    return "–" if value is None else format_number(value, indicator.decimals)


def cell_text(indicator: Indicator, row: dict) -> str:
    from components.values import value_text

    return value_text(indicator, row["value"], row["status"], with_unit=False)
