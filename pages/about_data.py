"""Data page ``/dane`` ("Dane i ich jakość"): the real sources shipped, how many indicators have
real and how many demonstration values, the quality flags with their look on the map, and the
plausibility rules with the suspect values (the list is served at ``SUSPECT_CSV_PATH``)."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import polars as pl
from dash import dcc, html

from analysis.view import PALETTE_DIRECTIONAL, STATUS_LAYERS, LayerStyle
from components.values import DATA_PAGE_PATH, SUSPECT_CSV_PATH, quality_label
from data_access.catalogue_en import localized_text
from data_access.catalogue_model import Provenance, Quality
from data_access.plausibility import JUMP_FACTOR, NEIGHBOURS_AGREE
from data_access.repository import Repository, get_repository
from i18n import format_number, localized_name, t, t_count

dash.register_page(__name__, path=DATA_PAGE_PATH, title=t("data.title"), order=91)

# The real sources shipped in ``data/raw`` (each described in its SOURCE.md) that the build reads.
SOURCES = ("bdl_2010", "bdl_2015", "libraries", "unemployment", "exam", "teryt", "prg")
CLASSED = (Quality.REAL.value, Quality.ZERO.value, Quality.DEMO.value)  # coloured by class
SWATCH_BORDER = "#767676"  # around light swatches, so that they show on white


def table(caption: str, head: list[str], rows: list[list], numeric: tuple[int, ...] = ()):
    """An accessible table: a caption, column headers, the first cell of a row its header."""

    def cell(i: int, content) -> html.Th | html.Td:
        kind = html.Th if i == 0 else html.Td
        extra = {"scope": "row"} if i == 0 else {}
        return kind(content, className="text-end" if i in numeric else None, **extra)

    return dbc.Table(
        [
            html.Caption(caption, className="visually-hidden") if caption else None,
            html.Thead(
                html.Tr(
                    [
                        html.Th(h, scope="col", className="text-end" if i in numeric else None)
                        for i, h in enumerate(head)
                    ]
                )
            ),
            html.Tbody([html.Tr([cell(i, c) for i, c in enumerate(row)]) for row in rows]),
        ],
        size="sm",
        responsive=True,
        className="small",
    )


def section(anchor: str, title_key: str, children: list) -> html.Section:
    return html.Section(
        [html.H2(t(title_key), className="h4 mt-4", id=anchor), *children],
        **{"aria-labelledby": anchor},
    )


def sources_section() -> html.Section:
    rows = [
        [t(f"data.source.{key}.{part}") for part in ("name", "scope", "licence")] for key in SOURCES
    ]
    head = [t(f"data.sources.col.{c}") for c in ("source", "scope", "licence")]
    return section(
        "zrodla",
        "data.sources.title",
        [
            table(t("data.sources.title"), head, rows),
            html.P(t("data.sources.files"), className="small text-muted"),
        ],
    )


def indicator_counts(repo: Repository) -> list[tuple[str, int, int]]:
    """(area name, indicators with real values, with demonstration values) per area."""
    counts = []
    for area in repo.areas:
        indicators = [i for s in repo.services_of(area.id) for i in repo.indicators_of(s.id)]
        real = sum(i.provenance == Provenance.REAL for i in indicators)
        counts.append((localized_name(area), real, len(indicators) - real))
    return counts


def indicators_section(repo: Repository) -> html.Section:
    counts = indicator_counts(repo)
    real, demo = sum(c[1] for c in counts), sum(c[2] for c in counts)
    head = [t(f"data.indicators.col.{c}") for c in ("area", "real", "demo")]
    rows = [[name, format_number(r), format_number(d)] for name, r, d in counts]
    return section(
        "wskazniki",
        "data.indicators.title",
        [
            html.P(
                t(
                    "data.indicators.summary",
                    total=t_count("count.indicators", real + demo),
                    real=t_count("count.indicators", real),
                    demo=t_count("count.indicators", demo),
                )
            ),
            html.P(t("demo.explain"), className="small text-muted"),
            table(t("data.indicators.title"), head, rows, numeric=(1, 2)),
        ],
    )


def swatch_style(style: LayerStyle | None) -> dict:
    """The look of a flag on the map as a small box: a status layer's fill and outline, or
    the class colours for values that are classed."""
    if style is None:
        return {
            "background": f"linear-gradient(to right, {', '.join(PALETTE_DIRECTIONAL)})",
            "border": f"1px solid {SWATCH_BORDER}",
        }
    width = 2 if style.width >= 1.5 else 1
    colour = SWATCH_BORDER if style.line == LayerStyle.line else style.line
    return {"background": style.fill, "border": f"{width}px solid {colour}"}


def flags_section(repo: Repository) -> html.Section:
    counts = repo.quality_counts
    rows = []
    for quality in Quality:
        flag = quality.value
        style = STATUS_LAYERS.get(flag)
        look = t("quality.map.classes") if flag in CLASSED else t(f"quality.map.{flag}")
        rows.append(
            [
                quality_label(flag),
                t(f"quality.meaning.{flag}"),
                html.Span(
                    [
                        html.Span(
                            className="quality-swatch",
                            style=swatch_style(style),
                            **{"aria-hidden": "true"},
                        ),
                        look,
                    ]
                ),
                format_number(counts.get(flag, 0)),
            ]
        )
    head = [t(f"data.flags.col.{c}") for c in ("flag", "meaning", "map", "count")]
    return section(
        "oznaczenia",
        "data.flags.title",
        [html.P(t("data.flags.intro")), table(t("data.flags.caption"), head, rows, numeric=(3,))],
    )


def factor_text(factor: float) -> str:
    return format_number(factor, 0 if float(factor).is_integer() else 1)


def variable_labels(repo: Repository) -> dict[str, str]:
    """Component variables (``tax_property``) → their label in the catalogue's words."""
    labels = {}
    for indicator in repo.indicators:
        labels.setdefault(indicator.numerator, localized_text(indicator, "numerator_label"))
        if indicator.denominator:
            labels.setdefault(indicator.denominator, localized_text(indicator, "denominator_label"))
    return labels


def suspect_table(repo: Repository, suspects: pl.DataFrame) -> html.Details:
    labels = variable_labels(repo)
    rows = [
        [
            dcc.Link(f"{r['name']} ({r['code']})", href=f"/jst/{r['code']}"),
            labels.get(r["variable"], r["variable"]),
            str(r["year"]),
            format_number(r["value"], 2),
            t(f"data.rule.{r['rule']}"),
        ]
        for r in suspects.iter_rows(named=True)
    ]
    head = [t(f"data.plausibility.col.{c}") for c in ("unit", "variable", "year", "value", "rule")]
    return html.Details(
        [
            html.Summary(t("data.plausibility.list", count=format_number(suspects.height))),
            table(t("data.plausibility.caption"), head, rows, numeric=(3,)),
        ],
        className="mt-2",
    )


def plausibility_section(repo: Repository) -> html.Section:
    suspects = repo.suspect_sources
    available = repo.suspect_values_file.exists()
    download = (
        html.P(
            [
                html.A(t("data.plausibility.download"), href=SUSPECT_CSV_PATH, download=""),
                html.Br(),
                html.Span(t("data.plausibility.download_note"), className="small text-muted"),
            ]
        )
        if available
        else html.P(t("data.plausibility.missing"), className="status-missing")
    )
    rules = html.Ul(
        [
            html.Li(t("data.plausibility.zero_total")),
            html.Li(
                t(
                    "data.plausibility.isolated_jump",
                    factor=factor_text(JUMP_FACTOR),
                    agree=factor_text(NEIGHBOURS_AGREE),
                )
            ),
            html.Li(t("data.plausibility.zero_with_activity")),
        ]
    )
    count = t(
        "data.plausibility.count",
        sources=format_number(suspects.height),
        values=format_number(repo.quality_counts.get(Quality.SUSPECT.value, 0)),
    )
    return section(
        "wiarygodnosc",
        "data.plausibility.title",
        [
            html.P(t("data.plausibility.intro")),
            rules,
            html.P(t("data.plausibility.negative")),
            html.P(t("data.plausibility.effect")),
            html.P(count, className="fw-semibold"),
            download,
            suspect_table(repo, suspects) if suspects.height else None,
        ],
    )


def layout(**_) -> html.Div:
    repo = get_repository()
    return html.Div(
        [
            html.H1(t("data.title"), className="h2"),
            html.P(t("data.intro"), className="lead"),
            sources_section(),
            indicators_section(repo),
            flags_section(repo),
            plausibility_section(repo),
        ],
        className="data-quality",
    )
