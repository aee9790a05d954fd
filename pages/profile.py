"""Unit profile ``/jst/<teryt>``: every area, service and indicator of one unit, read
against a comparison group (``?grupa=podobne|sasiedzi|administracyjna|wlasna``, see
``components/comparison.py``), with a diagnosis of strengths and weaknesses at the top."""

from __future__ import annotations

import threading
import weakref
from dataclasses import replace
from enum import StrEnum
from functools import lru_cache
from urllib.parse import parse_qsl

import dash
import dash_bootstrap_components as dbc
import polars as pl
from dash import Input, Output, State, callback, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from accounts.auth import signed_in_user
from analysis.state import ViewState, analysis_href
from analysis.unit_profile import Figures, GroupStat, UnitProfile, unit_profile
from components.comparison import (
    K_CHOICES,
    ComparisonState,
    method_section,
    notes_alert,
    parse_state,
    state_query,
)
from components.findings import finding_paragraph, subject_name
from components.freshness import freshness_short, since_last_visit
from components.funnel import badge_vs_poland
from components.notfound import not_found
from components.peer_text import explanation_text, group_label, group_notes, variable_label
from components.static_html import (
    Element,
    Rendered,
    StaticHtml,
    nav_link,
    rendered,
    static,
    to_html,
)
from components.static_html import markup as mk
from components.svg import data_uri, locator_svg, sparkline_svg
from components.targets import add_link, profile_section
from components.unit_data import unit_data_links
from components.unit_picker import PICKER, chosen_codes, unit_picker
from components.values import demo_badge, provenance_badge, value_cell, value_text
from core import urls
from data_access import diagnosis, findings, peers
from data_access.catalogue_model import Area, Indicator, Polarity, Provenance, Status
from data_access.repository import Repository, Unit, get_repository
from embeds.dialog import embed_dialog, static_embed_button
from i18n import (
    current_language,
    format_number,
    format_value,
    lazy_t,
    localized_kind,
    localized_name,
    localized_unit,
    t,
    unit_place,
)
from pages.compare import MAX_UNITS as MAX_COMPARE_UNITS
from reports.content import basis_text, diagnosis_headline, diagnosis_sentence, trend_text
from reports.form import unit_form
from reports.links import service_report_link, unit_report_links
from reports.pack_form import pack_form
from security import untrusted

dash.register_page(__name__, path_template=urls.UNIT, title=lazy_t("profile.page_title"))


class Ids(StrEnum):
    URL = "profile-url"
    GROUP = "profile-group"
    K = "profile-k"
    APPLY = "profile-apply"
    BODY = "profile-comparison-body"
    OUTPUTS = "profile-group-outputs"


def weight_id(key: str) -> str:
    return f"profile-weight-{key}"


MEMBERS_OPEN = 20  # larger groups start folded
DIAGNOSIS_SHOWN = 2  # findings per kind and area shown before "Pozostałe"

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
        place.append(t("unit.powiat_full", name=parents["powiat"].name))
    if "wojewodztwo" in parents:
        place.append(t("unit.woj_full", name=parents["wojewodztwo"].name))
    locator = locator_uri(unit.level, unit.code)
    locator_alt = (
        t("profile.locator", name=unit.name, woj=parents["wojewodztwo"].name)
        if "wojewodztwo" in parents
        else t("unit.locator_poland", name=unit.name)
    )
    return dbc.Row(
        [
            dbc.Col(
                [
                    html.H1(unit.name, className="h2 mb-1"),
                    html.P(
                        [
                            html.Span(localized_kind(unit.kind), className="fw-semibold"),
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
                    src=locator,
                    className="locator",
                    alt=locator_alt,
                )
                if locator
                else None,
                md=4,
                className="text-md-end",
            ),
        ],
        className="mb-3",
    )


@lru_cache(maxsize=8)
def demo_badge_markup(language: str) -> Rendered:
    """The demonstration badge of a table row, made once per language (a profile's tables
    have a hundred)."""
    return rendered(demo_badge())


@lru_cache(maxsize=64)  # ~100 kB each
def locator_uri(level: str, code: str) -> str | None:
    """The locator map of a unit as a data URI (drawn once per unit and process)."""
    svg = locator_svg(level, code)
    return data_uri(svg) if svg else None


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


def key_facts(model: UnitProfile) -> dict:
    """Population, area and density of the unit, each in its latest year."""
    wanted = {
        "ludnosc": (t("profile.population"), 0, "osoby"),
        "powierzchnia": (t("profile.area"), 0, "km²"),
        "gestosc-zaludnienia": (t("profile.density"), 0, "os./km²"),
    }
    facts = {}
    for indicator_id, (label, decimals, unit) in wanted.items():
        figures = model.figures.get(indicator_id)
        if figures is not None:
            value = figures.value if figures.status == Status.VALUE.value else None
            facts[label] = (value, decimals, unit, figures.year)
    return facts


def rank_cell(indicator: Indicator, row: Figures) -> list:
    if row.status == Status.SUSPECT.value:  # shown with its flag, never ranked
        return [
            mk.Span(
                t("status.not_ranked"), title=t("status.suspect_explain"), className="not-ranked"
            )
        ]
    if row.rank is None or row.status != Status.VALUE.value:
        return ["–"]
    text = t("profile.rank", rank=format_number(row.rank), of=format_number(row.rank_of))
    if indicator.polarity == Polarity.NEUTRAL:
        return [text, mk.Div(t("profile.rank_neutral"), className="small text-muted")]
    return [text]


def trend_image(indicator: Indicator, row: Figures) -> Element | str:
    svg = sparkline_svg([v for _, v in row.series])
    if svg is None:
        return mk.Span(t("profile.no_trend"), className="small status-missing")
    alt = trend_text(indicator, list(row.series))
    return mk.Img(src=data_uri(svg), alt=alt, title=alt, className="sparkline")


def indicator_analysis_href(indicator: Indicator, unit: Unit) -> str:
    """Link to the advanced interface for one indicator, level and unit."""
    return analysis_href(ViewState(wskaznik=indicator.id, poziom=unit.level, jst=(unit.code,)))


def group_median_cell(indicator: Indicator, stat: GroupStat | None) -> list:
    """The group's median, range and size; units that are "not applicable" are counted apart."""
    if not stat or not stat.n:
        na = stat.n_not_applicable if stat else 0
        return ["–"] + (
            [mk.Div(t("comparison.n_not_applicable", count=na), className="small text-muted")]
            if na
            else []
        )

    def fmt(value: float | None) -> str:
        return format_number(value, indicator.decimals)

    size = t("comparison.n_units", count=stat.n)
    if stat.n_not_applicable:
        size += "; " + t("comparison.n_not_applicable", count=stat.n_not_applicable)
    return [
        fmt(stat.median),
        mk.Div(
            t("comparison.range", low=fmt(stat.min), high=fmt(stat.max)),
            className="small text-muted",
        ),
        mk.Div(size, className="small text-muted"),
    ]


VERDICT_MARK = {"better": "▲", "worse": "▼", "equal": "=", "neutral": "○"}


def group_position_cell(stat: GroupStat | None) -> list:
    """Rank and percentile in the group, with the verdict in words (never by colour alone)."""
    if not stat or stat.rank is None:
        return ["–"]
    verdict = stat.verdict
    percentile = format_number(stat.percentile, 0)
    share_key = "comparison.share_higher" if verdict == "neutral" else "comparison.share_better"
    return [
        t("comparison.rank", rank=stat.rank, of=stat.rank_of),
        mk.Div(t(share_key, pct=percentile), className="small"),
        mk.Div(
            [
                mk.Span(VERDICT_MARK.get(verdict, ""), **{"aria-hidden": "true"}),
                " ",
                t(f"comparison.verdict.{verdict}"),
            ],
            className=f"small verdict verdict-{verdict}",
        ),
    ]


def freshness_part(indicator_id: str, repo: Repository, unit: Unit | None) -> list[str]:
    """`` · dane do 2024, import 4 grudnia 2026`` for the row's metadata line, if known."""
    freshness = repo.freshness(indicator_id) if unit else None
    text = freshness_short(freshness, unit.level) if freshness and unit else None
    return [" · ", text] if text else []


def parent_values(model: UnitProfile, row: Figures) -> dict[str, tuple]:
    """Level → (value, status) of the unit's parents in the row's year."""
    return {level: cell for (level, _), cell in zip(model.parents, row.parents, strict=True)}


def indicator_row(
    repo: Repository,
    indicator: Indicator,
    row: Figures,
    parents: list,
    parent_cells: dict[str, tuple],
    unit: Unit | None = None,
    stat: GroupStat | None = None,
    with_group: bool = False,
) -> Element:
    cells = [
        mk.Th(
            [
                nav_link(localized_name(indicator), href=urls.indicator(indicator.id)),
                demo_badge_markup(current_language())
                if indicator.provenance == Provenance.DEMO
                else None,
                mk.Div(
                    [
                        f"{localized_unit(indicator.unit)} · "
                        + t("profile.dimension", dimension=t(f"dimension.{indicator.dimension}")),
                        *freshness_part(indicator.id, repo, unit),
                        " · ",
                        mk.A(
                            t("profile.analyse"),
                            href=indicator_analysis_href(indicator, unit),
                            className="analyse-link",
                            title=t("profile.analyse_title", name=localized_name(indicator)),
                            **{
                                "aria-label": t(
                                    "profile.analyse_title", name=localized_name(indicator)
                                )
                            },
                        )
                        if unit is not None
                        else None,
                        *(add_link(unit.code, indicator) if unit is not None else ()),
                        *(
                            [
                                " · ",
                                static_embed_button(
                                    urls.embed_unit_trend(unit.code, indicator.id),
                                    localized_name(indicator),
                                    "btn btn-link p-0 align-baseline small",
                                ),
                            ]
                            if unit is not None
                            else []
                        ),
                    ],
                    className="small text-muted fw-normal",
                ),
            ],
            scope="row",
        ),
        mk.Td(
            [
                value_cell(indicator, row.value, row.status, with_unit=False),
                mk.Div(t("profile.year", year=row.year), className="small text-muted"),
                mk.Div(funnel_badge(repo, unit, indicator, row), className="small"),
            ],
            className="num",
        ),
        mk.Td(trend_image(indicator, row)),
    ]
    cells += [
        mk.Td(
            value_text(indicator, parent_cells.get(level, (None, None))[0], None, with_unit=False),
            className="num",
        )
        for level, _, _ in parents
    ]
    if with_group:
        cells += [
            mk.Td(group_median_cell(indicator, stat), className="num group-median"),
            mk.Td(group_position_cell(stat), className="num group-position"),
        ]
    if parents:  # Poland has no peers to be ranked among
        cells.append(mk.Td(rank_cell(indicator, row), className="num small"))
    return mk.Tr(cells, id=f"wiersz-{indicator.id}", **{"data-indicator": indicator.id})


def finding_row(indicator: Indicator, found: findings.Finding, unit: Unit, columns: int):
    """The plain-language finding under its indicator's row, across the whole table."""
    subject = (unit.name, unit.level, unit.is_city_county)
    return mk.Tr(
        mk.Td(
            mk.Div(finding_paragraph(found, indicator, subject_name(*subject), unit.level)),
            colSpan=columns,
        ),
        className="finding-row",
    )


def service_table(
    repo: Repository,
    indicators: list[Indicator],
    model: UnitProfile,
    parents: list,
    unit: Unit | None = None,
) -> dbc.Table:
    """The table of a service's indicators: the unit's figures, its parents', the group's
    (when a group is in view) and each row's finding, from the profile's model."""
    with_group = model.group is not None
    stats = model.stats
    if with_group:
        widths = ["21%", "9%", "9%"] + ["9%"] * len(parents) + ["11%", "14%"]
        widths.append(f"{100 - 64 - 9 * len(parents)}%")
    else:
        widths = ["32%", "11%", "10%"] + ["10%"] * len(parents)
        if parents:
            widths.append(f"{100 - 53 - 10 * len(parents)}%")
    columns = mk.Colgroup([mk.Col(style={"width": w}) for w in widths])
    rank_header = mk.Th(
        t("profile.col.rank"), scope="col", className="num", title=t("profile.rank_help")
    )
    head = mk.Thead(
        mk.Tr(
            [
                mk.Th(t("profile.col.indicator"), scope="col"),
                mk.Th(t("profile.col.value"), scope="col", className="num"),
                mk.Th(t("profile.col.trend"), scope="col"),
            ]
            + [mk.Th(t(label), scope="col", className="num") for _, _, label in parents]
            + (
                [
                    mk.Th(t("comparison.col.median"), scope="col", className="num"),
                    mk.Th(
                        t("comparison.col.position"),
                        scope="col",
                        className="num",
                        title=t("comparison.position_help"),
                    ),
                ]
                if with_group
                else []
            )
            + ([rank_header] if parents else [])
        )
    )
    body = []
    for i in indicators:
        row = model.figures.get(i.id)
        if row is None:
            continue
        body.append(
            indicator_row(
                repo,
                i,
                row,
                parents,
                parent_values(model, row),
                unit,
                stats.get(i.id) if with_group else None,
                with_group=with_group,
            )
        )
        if unit is not None and row.finding is not None:
            body.append(finding_row(i, row.finding, unit, len(widths)))
    body = mk.Tbody(body)
    return dbc.Table(
        [columns, head, body],
        className="profile-table" + (" with-group" if with_group else ""),
        size="sm",
        responsive=True,
        hover=True,
    )


def funnel_badge(repo: Repository, unit: Unit, indicator: Indicator, row: Figures):
    """The unit's funnel status against Poland for one profile row (None: not assessed)."""
    return badge_vs_poland(repo, indicator, unit.code, unit.level, row.year)


# The markup of a model's service tables per language and sign-in state (the tables are
# most of a profile's work; a model evicted from its cache takes its tables with it).
_TABLES: weakref.WeakKeyDictionary[UnitProfile, dict] = weakref.WeakKeyDictionary()
_TABLES_LOCK = threading.Lock()


def area_tables(repo: Repository, unit: Unit, model: UnitProfile) -> list[tuple[Area, bool, list]]:
    """(area, all demonstration, the markup of each service's heading and table) per area
    with indicators, made once per model, language and sign-in state (``add_link``)."""
    key = (current_language(), signed_in_user() is not None)
    with _TABLES_LOCK:
        made = _TABLES.setdefault(model, {}).get(key)
    if made is None:
        made = make_area_tables(repo, unit, model)
        with _TABLES_LOCK:
            _TABLES.setdefault(model, {})[key] = made
    return made


def make_area_tables(
    repo: Repository, unit: Unit, model: UnitProfile
) -> list[tuple[Area, bool, list]]:
    parents = parent_columns(unit)
    made = []
    for area in repo.areas:
        blocks = []
        area_indicators = []
        for service in repo.services_of(area.id):
            indicators = [
                i
                for i in repo.indicators_of(service.id)
                if unit.level in i.levels and i.id in model.figures
            ]
            if not indicators:
                continue
            area_indicators += indicators
            # Each service's table is filled after the first paint in its own task: the
            # tables lie below the fold, and one task for all of them blocked the page.
            heading = mk.H3(
                [
                    nav_link(localized_name(service), href=urls.service(service.id)),
                    service_report_link(unit.code, unit.name, service.id, localized_name(service)),
                ],
                className="h5 mt-3",
            )
            table = service_table(repo, indicators, model, parents, unit)
            blocks.append(to_html([heading, table]))
        if blocks:
            all_demo = all(i.provenance == Provenance.DEMO for i in area_indicators)
            made.append((area, all_demo, blocks))
    return made


def area_sections(repo: Repository, unit: Unit, model: UnitProfile) -> list:
    sections = []
    for area, all_demo, tables in area_tables(repo, unit, model):
        blocks = [StaticHtml(markup, defer=True) for markup in tables]
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
                    html.Summary(
                        [localized_name(area), provenance_badge("demo") if all_demo else None]
                    ),
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


# --- comparison group: controls, diagnosis, members ------------------------------------------
def comparison_controls(state: ComparisonState) -> html.Section:
    """The group choice, k, weights and a user group; every control labelled."""
    weights = [
        dbc.Col(
            [
                dbc.Label(
                    variable_label(variable.key),
                    html_for=weight_id(variable.key),
                    className="small",
                ),
                dbc.Select(
                    id=weight_id(variable.key),
                    value=str(weight),
                    options=[
                        {"label": t(f"comparison.weight.{w}"), "value": str(w)}
                        for w in peers.WEIGHT_CHOICES
                    ],
                    size="sm",
                ),
            ],
            md=4,
            lg=2,
        )
        for variable, weight in zip(peers.CONTEXT_VARIABLES, state.weights, strict=True)
    ]
    k_options = sorted({*K_CHOICES, state.k})
    return html.Section(
        [
            html.H2(t("comparison.title"), className="h4", id="grupa-porownawcza"),
            html.Fieldset(
                [
                    html.Legend(t("comparison.choose"), className="fs-6 fw-semibold"),
                    dbc.RadioItems(
                        id=Ids.GROUP,
                        value=state.group,
                        options=[
                            {"label": t(f"comparison.group.{kind}"), "value": kind}
                            for kind in peers.GROUP_KINDS
                        ],
                        inline=True,
                    ),
                ]
            ),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label(t("comparison.k"), html_for=Ids.K, className="small"),
                            dbc.Select(
                                id=Ids.K,
                                value=str(state.k),
                                options=[{"label": str(k), "value": str(k)} for k in k_options],
                                size="sm",
                            ),
                        ],
                        md=3,
                        lg=2,
                    ),
                    dbc.Col(
                        [
                            unit_picker("profile", list(state.codes), label=t("comparison.units")),
                            dbc.Button(
                                t("comparison.apply"), id=Ids.APPLY, color="primary", size="sm"
                            ),
                        ],
                        md=9,
                        lg=10,
                    ),
                ],
                className="g-2 mt-1",
            ),
            html.Details(
                [
                    html.Summary(t("comparison.weights")),
                    html.P(t("comparison.weights_help"), className="small text-muted mb-1"),
                    dbc.Row(weights, className="g-2"),
                ],
                className="mt-2 small",
            ),
            method_section(),
        ],
        className="comparison-controls border rounded p-3 mb-3",
        **{"aria-labelledby": "grupa-porownawcza"},
    )


def finding_item(repo: Repository, finding: diagnosis.Finding) -> Element:
    """One plain-language sentence: value, position in the group, median, trend."""
    indicator = repo.indicator(finding.indicator_id)
    sentence = diagnosis_sentence(indicator, finding)
    return mk.Li(
        [
            mk.A(localized_name(indicator), href=f"#wiersz-{indicator.id}"),
            ": ",
            sentence,
            demo_badge() if finding.demo else None,
        ],
        **{"data-finding": finding.kind, "data-indicator": indicator.id},
    )


def finding_list(repo: Repository, kind: str, items: list[diagnosis.Finding]) -> list:
    """Strengths or weaknesses of one area: the first few, the rest behind "Pozostałe"."""
    if not items:
        return []
    shown, rest = items[:DIAGNOSIS_SHOWN], items[DIAGNOSIS_SHOWN:]
    parts = [
        mk.P(t(f"diagnosis.{kind}_heading"), className="small fw-semibold mb-0"),
        mk.Ul([finding_item(repo, f) for f in shown], className=f"small diagnosis-{kind} mb-1"),
    ]
    if rest:
        parts.append(
            mk.Details(
                [
                    mk.Summary(t("diagnosis.more", count=len(rest))),
                    mk.Ul([finding_item(repo, f) for f in rest], className=f"diagnosis-{kind}"),
                ],
                className="small mb-1 ms-3",
            )
        )
    return parts


def diagnosis_toggle(unit: Unit, state: ComparisonState, basis: diagnosis.Basis) -> Element | None:
    """The link that adds or drops demonstration indicators (none when there are none)."""
    if not basis.demo:
        return None
    toggle = t(f"diagnosis.basis.{'real_only' if basis.with_demo else 'with_demo'}_link")
    other = replace(state, with_demo=not basis.with_demo)
    return nav_link(toggle, href=urls.unit(unit.code, state_query(other), "diagnoza"))


def diagnosis_basis(unit: Unit, state: ComparisonState, basis: diagnosis.Basis) -> Element:
    """What the diagnosis rests on, when it found nothing (else the headline says it)."""
    link = diagnosis_toggle(unit, state, basis)
    text = basis_text(basis)
    return mk.P([text, " ", link] if link else text, className="small diagnosis-basis")


def diagnosis_section(
    repo: Repository,
    unit: Unit,
    group: peers.PeerGroup,
    model: UnitProfile,
    state: ComparisonState,
) -> Element:
    """Strengths and weaknesses (best / worst quartile in the group), by area, with trends;
    from real indicators unless the state asks for demonstration ones too."""
    result = model.diagnosis(repo, [a.id for a in repo.areas], state.with_demo)
    found, basis = result.found, result.basis
    heading = mk.H2(t("diagnosis.title"), className="h4", id="diagnoza")
    intro = mk.P(t("diagnosis.intro", group=group_label(group)), className="small text-muted")
    if not found:
        return mk.Section(
            [
                heading,
                intro,
                diagnosis_basis(unit, state, basis),
                mk.P(t("diagnosis.none", min=diagnosis.MIN_GROUP)),
            ],
            className="diagnosis mb-3",
            **{"aria-labelledby": "diagnoza"},
        )
    grouped = list(result.grouped)
    summary = diagnosis_headline(repo, grouped, basis)
    blocks = []
    for area_id, area_strengths, area_weaknesses in grouped:
        area = repo.area(area_id)
        columns = [
            dbc.Col(finding_list(repo, kind, items), md=6)
            for kind, items in (("weakness", area_weaknesses), ("strength", area_strengths))
        ]
        blocks.append(
            mk.Div(
                [mk.H3(localized_name(area), className="h6 mt-2 mb-1"), dbc.Row(columns)],
                className="diagnosis-area",
            )
        )
    toggle = diagnosis_toggle(unit, state, basis)
    # With demonstration indicators the headline is a warning, labelled like every demo value.
    headline = (
        dbc.Alert(
            [demo_badge(), " ", summary],
            color="warning",
            className="fw-semibold py-2 diagnosis-headline",
        )
        if basis.with_demo
        else mk.P(summary, className="fw-semibold diagnosis-headline")
    )
    return mk.Section(
        [
            heading,
            intro,
            headline,
            mk.P(toggle, className="small diagnosis-basis") if toggle else None,
            *blocks,
        ],
        className="diagnosis mb-3",
        **{"aria-labelledby": "diagnoza"},
    )


def compare_link(unit: Unit, group: peers.PeerGroup) -> list:
    """The link to ``/porownaj`` with the unit and the first members of its group; when the
    group is larger than a comparison, says so (the rest is offered there for a swap)."""
    codes = [unit.code, *group.members]
    shown, pool = codes[:MAX_COMPARE_UNITS], codes[MAX_COMPARE_UNITS:]
    link = dcc.Link(t("comparison.compare_link"), href=urls.compare(shown, pool=pool))
    if not pool:
        return [link]
    note = t("comparison.compare_shown", shown=len(shown), total=len(codes))
    return [link, " ", html.Span(f"({note})", className="small text-muted compare-shown")]


def member_context(repo: Repository, member: Unit) -> str:
    """Kind and voivodeship, so that units with the same name are told apart."""
    woj = repo.unit(member.woj_code) if member.woj_code and member.level != "wojewodztwo" else None
    kind = localized_kind(member.kind)
    return f"{kind}, {unit_place(woj=woj.name)}" if woj else kind


def members_section(repo: Repository, unit: Unit, group: peers.PeerGroup) -> Element:
    """The members of the group, linked, with the match score and why (similar units)."""
    similar = group.kind == "podobne"
    head = [
        mk.Th("#", scope="col", className="num"),
        mk.Th(t("comparison.col.unit"), scope="col"),
        mk.Th(t("profile.population"), scope="col", className="num"),
    ]
    if similar:
        head += [
            mk.Th(t("comparison.col.score"), scope="col", className="num"),
            mk.Th(t("comparison.col.why"), scope="col"),
        ]
    body = []
    for position, peer in enumerate(group.peers, start=1):
        member = repo.unit(peer.code)
        if member is None:
            continue
        cells = [
            mk.Td(str(position), className="num"),
            mk.Td(
                [
                    nav_link(member.name, href=urls.unit(member.code)),
                    mk.Span(f" — {member_context(repo, member)}", className="search-context"),
                ]
            ),
            mk.Td(format_number(repo.population(member.code), 0), className="num"),
        ]
        if similar:
            cells += [
                mk.Td(t("comparison.score", score=peer.score), className="num"),
                mk.Td(explanation_text(peer.explanation), className="small"),
            ]
        body.append(mk.Tr(cells, **{"data-member": member.code}))
    table = (
        dbc.Table(
            [mk.Thead(mk.Tr(head)), mk.Tbody(body)],
            size="sm",
            responsive=True,
            className="members-table small",
        )
        if body
        else mk.P(t("comparison.empty"), className="small")
    )
    return mk.Details(
        [
            mk.Summary(t("comparison.members", label=group_label(group), count=len(group.peers))),
            table,
        ],
        open=len(group.peers) <= MEMBERS_OPEN,
        className="members mb-3",
        id="sklad-grupy",
    )


def profile_model(repo: Repository, unit: Unit, state: ComparisonState) -> UnitProfile:
    """The unit's content model (``analysis/unit_profile.py``) for the state's group."""
    return unit_profile(repo, unit, state.group, state.k, state.weight_map, state.codes)


def comparison_body(
    repo: Repository,
    unit: Unit,
    model: UnitProfile,
    state: ComparisonState,
    messages: list[str],
) -> list:
    """Everything that depends on the group: notes, diagnosis, members and the tables."""
    group = model.group
    sections = area_sections(repo, unit, model)
    if group is None:  # Poland: no group of the same level
        return [contents(sections), *sections]
    return [
        notes_alert([*messages, *group_notes(group)]),
        html.P(
            [
                html.Span(
                    t("comparison.current", label=group_label(group)), className="fw-semibold"
                ),
                " · ",
                *compare_link(unit, group),
            ],
            className="mb-2",
            **{"data-group": group.kind, "data-group-size": str(len(group.peers))},
        ),
        # What needs no callback goes as markup: thousands of components fewer to mount.
        static(diagnosis_section(repo, unit, group, model, state)),
        static(members_section(repo, unit, group)),
        html.P(t("comparison.table_note"), className="small text-muted"),
        contents(sections),
        *sections,
    ]


def group_outputs(repo: Repository, unit: Unit, state: ComparisonState) -> list:
    """The print links and forms, which carry the comparison group into reports."""
    query = state_query(state)
    return [
        unit_report_links(unit.code, unit.name, query),
        unit_form(repo, unit, query),
        pack_form(repo, unit, query),
    ]


def layout(teryt: str | None = None, **query) -> html.Div:
    repo = get_repository()
    unit = repo.unit(teryt) if isinstance(teryt, str) else None
    if unit is None:
        return not_found(t("notfound.unit", code=str(teryt or "")[:40]))
    state, messages = parse_state(query)
    model = profile_model(repo, unit, state)
    has_values = any(f.status == Status.VALUE.value for f in model.figures.values())
    has_group = unit.level in peers.PEER_LEVELS
    return html.Div(
        [
            # The URL is the state: a control writes it (a new history entry, no reload) and
            # the comparison and the print links follow in place (``update_comparison``); an
            # address opened or shared renders the same page from it.
            dcc.Location(id=Ids.URL, refresh=False),
            header(repo, unit, key_facts(model)),
            profile_section(repo, unit.code),
            since_last_visit(repo),
            html.Div(group_outputs(repo, unit, state), id=Ids.OUTPUTS),
            unit_data_links(unit.code, unit.name),
            dbc.Alert(t("profile.new_unit"), color="info") if not has_values else None,
            comparison_controls(state) if has_group else None,
            html.P(
                [t("profile.aggregate_note"), " ", t("profile.rank_help")],
                className="small text-muted",
            ),
            html.Div(
                comparison_body(repo, unit, model, state, messages),
                id=Ids.BODY,
                className="comparison-body",
            ),
            embed_dialog(),
        ],
        **{"data-unit": unit.code},
    )


def warm_up(server, run_unit=None) -> None:
    """Lay out one profile of every level with a group, once, so that what a first profile
    of a level computes per process (the funnels of its ~140 indicators, the level's
    geometry for the locator, the peer context) is ready before the first visitor asks:
    ~3 s of CPU per level, otherwise paid by that visitor. A worker runs it in a background
    thread when it starts (``gunicorn.conf.py``); a failure only leaves the caches cold.

    Units, cheapest first: opening the data, then one profile per level (voivodeships to
    gminy). ``run_unit(unit)`` runs each (``gunicorn.conf.py`` runs them only while the workers
    are idle); by default they run at once."""
    run = run_unit or (lambda unit: unit())
    run(get_repository)
    repo = get_repository()
    for level in peers.PEER_LEVELS:
        codes = repo.units.filter(pl.col("level") == level)["code"]
        if codes.is_empty():
            continue
        run(lambda code=codes[0]: _lay_out_profile(server, repo, code))


def _lay_out_profile(server, repo: Repository, code: str) -> None:
    with server.test_request_context(urls.unit(code)):
        # Its tables made again even if cached: making them is what fills the caches.
        model = profile_model(repo, repo.unit(code), parse_state({})[0])
        with _TABLES_LOCK:
            _TABLES.pop(model, None)
        layout(teryt=code)


def state_from_controls(group, k, weights, codes) -> tuple[ComparisonState, list[str]]:
    """Control values (strings from the browser) to a state, through the URL parser so that
    both paths validate the same way."""
    numbers = [untrusted.number(w) for w in weights]
    changed = [
        f"{key}:{value}"
        for key, value in zip(peers.VARIABLE_KEYS, numbers, strict=True)
        if value is not None and value != peers.DEFAULT_WEIGHTS[key]
    ]
    query = {
        "grupa": untrusted.clipped(group, 40),
        "k": untrusted.integer(k),
        "wagi": ",".join(changed),
        "jednostki": untrusted.clipped(codes),
    }
    return parse_state(query)


@callback(
    Output(Ids.URL, "search"),
    Output(Ids.BODY, "children"),
    Output(Ids.OUTPUTS, "children"),
    Output(Ids.GROUP, "value"),
    Input(Ids.GROUP, "value"),
    Input(Ids.K, "value"),
    *[Input(weight_id(key), "value") for key in peers.VARIABLE_KEYS],
    Input(Ids.APPLY, "n_clicks"),
    State({"type": PICKER, "index": "profile"}, "value"),
    State(Ids.URL, "search"),
    State(Ids.URL, "pathname"),
    prevent_initial_call=True,
)
def update_comparison(group, k, *rest):
    """Write the chosen group into the URL and lay out what depends on it in place: the
    comparison (notes, diagnosis, members, tables) and the print links; the controls and
    the open weights panel stay as they are."""
    weights = rest[: len(peers.VARIABLE_KEYS)]
    codes, search, pathname = ",".join(chosen_codes(rest[-3])), rest[-2], rest[-1]
    applied = ctx.triggered_id == Ids.APPLY
    query = untrusted.clipped(search).lstrip("?")
    with_demo = parse_state(dict(parse_qsl(query)))[0].with_demo
    new_search = comparison_search(group, k, weights, codes, applied, with_demo)
    repo = get_repository()
    unit = repo.unit(unit_code(pathname))
    if unit is None:
        raise PreventUpdate
    state, messages = parse_state(dict(parse_qsl(new_search.lstrip("?"))))
    body = comparison_body(repo, unit, profile_model(repo, unit, state), state, messages)
    group_value = state.group if state.group != group else no_update
    return new_search, body, group_outputs(repo, unit, state), group_value


def unit_code(pathname: object) -> str:
    """The code in ``/jst/<code>`` (as the browser sent it: anything), or ""."""
    path = untrusted.clipped(pathname, 80)
    prefix = urls.UNIT_PREFIX
    return path[len(prefix) :].strip("/") if path.startswith(prefix) else ""


def comparison_search(
    group, k, weights, codes, applied: bool = False, with_demo: bool = False
) -> str:
    """The URL query for control values; ``applied``: the user applied a list of codes,
    which means "compare with these" (the group becomes "wlasna"). ``with_demo`` keeps the
    diagnosis option the page was opened with."""
    if applied and codes:
        group = "wlasna"
    state, _ = state_from_controls(group, k, weights, codes)
    return state_query(replace(state, with_demo=with_demo))
