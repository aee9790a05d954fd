"""Unit profile ``/jst/<teryt>``: every area, service and indicator of one unit."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import polars as pl
from dash import dcc, html

from components.notfound import not_found
from components.svg import data_uri, locator_svg, sparkline_svg
from components.values import demo_badge, provenance_badge, value_cell, value_text
from data_access.catalogue_model import Indicator, Polarity, Provenance, Status
from data_access.repository import Repository, Unit, get_repository
from i18n import format_number, format_value, t

dash.register_page(__name__, path_template="/jst/<teryt>", title="Profil jednostki")

PARENT_COLUMNS = (
    ("powiat", "powiat_value", "profile.col.powiat"),
    ("wojewodztwo", "woj_value", "profile.col.woj"),
    ("kraj", "poland_value", "profile.col.poland"),
)


def parent_columns(unit: Unit) -> list[tuple[str, str, str]]:
    """Which parent columns the unit's table shows (a gmina: powiat, voivodeship, Poland)."""
    shown = {"gmina": 3, "powiat": 2, "wojewodztwo": 1, "kraj": 0}[unit.level]
    return list(PARENT_COLUMNS[3 - shown :])


def header(repo: Repository, unit: Unit, facts: dict[str, pl.DataFrame]) -> html.Div:
    parents = {p.level: p for p in repo.parents(unit)}
    place = []
    if "powiat" in parents and not unit.is_city_county:
        place.append(f"{t('profile.in_powiat')} {parents['powiat'].name}")
    if "wojewodztwo" in parents:
        place.append(f"{t('profile.in_woj')} {parents['wojewodztwo'].name}")
    locator = locator_svg(unit.level, unit.code)
    woj_name = parents["wojewodztwo"].name if "wojewodztwo" in parents else "Polska"
    return dbc.Row(
        [
            dbc.Col(
                [
                    html.H1(unit.name, className="h2 mb-1"),
                    html.P(
                        [
                            html.Span(unit.kind, className="fw-semibold"),
                            f" · {', '.join(place)}" if place else "",
                            f" · TERYT {unit.code}",
                        ],
                        className="text-muted",
                    ),
                    html.Dl([item for item in facts_list(facts)], className="row small mb-0"),
                    html.P(
                        t("profile.former_codes", codes=", ".join(unit.former_codes)),
                        className="small text-muted",
                    )
                    if unit.former_codes
                    else None,
                ],
                md=8,
            ),
            dbc.Col(
                html.Img(
                    src=data_uri(locator),
                    className="locator",
                    alt=t("profile.locator", name=unit.name, woj=woj_name),
                )
                if locator
                else None,
                md=4,
                className="text-md-end",
            ),
        ],
        className="mb-3",
    )


def facts_list(facts: dict) -> list:
    items = []
    for label, (value, decimals, unit, year) in facts.items():
        if value is None:
            continue
        items += [
            html.Dt(label, className="col-sm-4"),
            html.Dd(f"{format_value(value, decimals, unit)} ({year})", className="col-sm-8"),
        ]
    return items


def key_facts(profile: pl.DataFrame) -> dict:
    """Population, area and density of the unit, each in its latest year."""
    wanted = {
        "ludnosc": (t("profile.population"), 0, "osób"),
        "powierzchnia": (t("profile.area"), 0, "km²"),
        "gestosc-zaludnienia": ("Gęstość zaludnienia", 0, "os./km²"),
    }
    facts = {}
    for row in profile.filter(pl.col("indicator").is_in(list(wanted))).iter_rows(named=True):
        label, decimals, unit = wanted[row["indicator"]]
        value = row["value"] if row["status"] == Status.VALUE.value else None
        facts[label] = (value, decimals, unit, row["year"])
    return {label: facts[label] for label, _, _ in wanted.values() if label in facts}


def rank_cell(indicator: Indicator, row: dict) -> list:
    if row["rank"] is None or row["status"] != Status.VALUE.value:
        return ["–"]
    text = t("profile.rank", rank=format_number(row["rank"]), of=format_number(row["rank_of"]))
    if indicator.polarity == Polarity.NEUTRAL:
        return [text, html.Div(t("profile.rank_neutral"), className="small text-muted")]
    return [text]


def trend_image(indicator: Indicator, row: dict) -> html.Img | str:
    years, values = row["series_years"] or [], row["series_values"] or []
    svg = sparkline_svg(values)
    if svg is None:
        return html.Span(t("profile.no_trend"), className="small status-missing")
    known = [(y, v) for y, v in zip(years, values, strict=True) if v is not None]
    alt = t(
        "profile.trend_alt",
        name=indicator.name,
        first=format_value(known[0][1], indicator.decimals, indicator.unit),
        first_year=known[0][0],
        last=format_value(known[-1][1], indicator.decimals, indicator.unit),
        last_year=known[-1][0],
    )
    return html.Img(src=data_uri(svg), alt=alt, title=alt, className="sparkline")


def indicator_row(indicator: Indicator, row: dict, parents: list) -> html.Tr:
    cells = [
        html.Th(
            [
                dcc.Link(indicator.name, href=f"/wskazniki/{indicator.id}"),
                demo_badge() if indicator.provenance == Provenance.DEMO else None,
                html.Div(
                    f"{indicator.unit} · "
                    + t("profile.dimension", dimension=t(f"dimension.{indicator.dimension}")),
                    className="small text-muted fw-normal",
                ),
            ],
            scope="row",
        ),
        html.Td(
            [
                value_cell(indicator, row["value"], row["status"], with_unit=False),
                html.Div(t("profile.year", year=row["year"]), className="small text-muted"),
            ],
            className="num",
        ),
        html.Td(trend_image(indicator, row)),
    ]
    cells += [
        html.Td(value_text(indicator, row.get(column), None, with_unit=False), className="num")
        for _, column, _ in parents
    ]
    if parents:  # Poland has no peers to be ranked among
        cells.append(html.Td(rank_cell(indicator, row), className="num small"))
    return html.Tr(cells, **{"data-indicator": indicator.id})


def service_table(indicators: list[Indicator], rows: dict[str, dict], parents: list) -> dbc.Table:
    widths = ["32%", "11%", "10%"] + ["10%"] * len(parents)
    if parents:
        widths.append(f"{100 - 53 - 10 * len(parents)}%")
    columns = html.Colgroup([html.Col(style={"width": w}) for w in widths])
    rank_header = html.Th(
        t("profile.col.rank"), scope="col", className="num", title=t("profile.rank_help")
    )
    head = html.Thead(
        html.Tr(
            [
                html.Th(t("profile.col.indicator"), scope="col"),
                html.Th(t("profile.col.value"), scope="col", className="num"),
                html.Th(t("profile.col.trend"), scope="col"),
            ]
            + [html.Th(t(label), scope="col", className="num") for _, _, label in parents]
            + ([rank_header] if parents else [])
        )
    )
    body = html.Tbody([indicator_row(i, rows[i.id], parents) for i in indicators if i.id in rows])
    return dbc.Table(
        [columns, head, body], className="profile-table", size="sm", responsive=True, hover=True
    )


def area_sections(repo: Repository, unit: Unit, profile: pl.DataFrame) -> list:
    rows = {r["indicator"]: r for r in profile.iter_rows(named=True)}
    parents = parent_columns(unit)
    sections = []
    for area in repo.areas:
        blocks = []
        area_indicators = []
        for service in repo.services_of(area.id):
            indicators = [
                i for i in repo.indicators_of(service.id) if unit.level in i.levels and i.id in rows
            ]
            if not indicators:
                continue
            area_indicators += indicators
            blocks += [
                html.H3(dcc.Link(service.name, href=f"/uslugi/{service.id}"), className="h5 mt-3"),
                service_table(indicators, rows, parents),
            ]
        if not blocks:
            continue
        all_demo = all(i.provenance == Provenance.DEMO for i in area_indicators)
        notice = (
            dbc.Alert(
                [demo_badge(), " ", t("demo.area_notice")], color="warning", className="py-2 small"
            )
            if all_demo
            else None
        )
        sections.append(
            html.Details(
                [
                    html.Summary([area.name, provenance_badge("demo") if all_demo else None]),
                    notice,
                    *blocks,
                ],
                open=True,
                className="area",
                id=f"obszar-{area.id}",
            )
        )
    return sections


def contents(sections: list) -> html.Nav:
    links = [html.Li(html.A(s.children[0].children[0], href=f"#{s.id}")) for s in sections]
    return html.Nav(
        [
            html.H2(t("profile.contents"), className="h6"),
            html.Ul(links, className="list-inline small"),
        ],
        **{"aria-label": t("profile.contents")},
    )


def layout(teryt: str | None = None, **_) -> html.Div:
    repo = get_repository()
    unit = repo.unit(teryt) if isinstance(teryt, str) else None
    if unit is None:
        return not_found(t("notfound.unit", code=str(teryt or "")[:40]))
    profile = repo.profile(unit)
    sections = area_sections(repo, unit, profile)
    has_values = profile.filter(pl.col("status") == Status.VALUE.value).height > 0
    return html.Div(
        [
            header(repo, unit, key_facts(profile)),
            dbc.Alert(t("profile.new_unit"), color="info") if not has_values else None,
            html.P(
                [t("profile.aggregate_note"), " ", t("profile.rank_help")],
                className="small text-muted",
            ),
            contents(sections),
            *sections,
        ],
        **{"data-unit": unit.code},
    )
