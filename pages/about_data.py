"""Data page ``/o-danych`` ("O danych"): the sources of the current dataset (the files shipped
and every source that an import or a sync brought), its versions, the last sync of each source,
how many indicators have real and how many demonstration values, the quality flags with their
look on the map, and the plausibility rules with the suspect values (the list is served at
``urls.SUSPECT_CSV``). The page was ``/dane``: ``web.py`` redirects the old address."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import polars as pl
from dash import dcc, html

from analysis.view import PALETTE_DIRECTIONAL, STATUS_LAYERS, LayerStyle
from components.values import quality_label
from config import settings
from core import urls
from data_access.catalogue_model import Provenance, Quality
from data_access.history import (
    BUILD,
    IMPORT,
    SYNC,
    VersionEntry,
    last_syncs,
    parse_time,
    read_log,
    version_history,
)
from data_access.plausibility import JUMP_FACTOR, NEIGHBOURS_AGREE
from data_access.provenance import SourceSummary, source_summaries
from data_access.repository import Repository, get_repository
from i18n import (
    format_date,
    format_duration,
    format_number,
    format_years,
    localized_name,
    localized_text,
    t,
    t_count,
)
from ingest.versions import list_versions

dash.register_page(__name__, path=urls.ABOUT_DATA, title=t("data.title"), order=91)

# The real sources shipped in ``data/raw`` (each described in its SOURCE.md) that the build reads.
SOURCES = ("bdl_2010", "bdl_2015", "libraries", "unemployment", "exam", "teryt", "prg")
CLASSED = (Quality.REAL.value, Quality.ZERO.value, Quality.DEMO.value)  # coloured by class
SWATCH_BORDER = "#767676"  # around light swatches, so that they show on white
NO_VALUE = "–"
RESTORE_COMMAND = "flask --app app restore-data"
SYNC_COMMAND = "make sync-smup"


def table(caption: str, head: list[str], rows: list[list], numeric: tuple[int, ...] = ()):
    """An accessible table: a caption, column headers, the first cell of a row its header. On a
    narrow screen it scrolls sideways in a region that the keyboard can reach and scroll."""

    def cell(i: int, content) -> html.Th | html.Td:
        kind = html.Th if i == 0 else html.Td
        extra = {"scope": "row"} if i == 0 else {}
        return kind(content, className="text-end" if i in numeric else None, **extra)

    grid = dbc.Table(
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
        className="small",
    )
    return html.Div(
        grid, className="table-responsive", tabIndex="0", role="region", **{"aria-label": caption}
    )


def with_command(key: str, command: str, className: str | None = None) -> html.P:
    """A text whose ``{command}`` is shown as code."""
    before, _, after = t(key, command="\0").partition("\0")
    return html.P([before, html.Code(command), after], className=className)


def section(anchor: str, title_key: str, children: list) -> html.Section:
    return html.Section(
        [html.H2(t(title_key), className="h4 mt-4", id=anchor), *children],
        **{"aria-labelledby": anchor},
    )


def shipped_sources_table() -> html.Div:
    rows = [
        [t(f"data.source.{key}.{part}") for part in ("name", "scope", "licence")] for key in SOURCES
    ]
    head = [t(f"data.sources.col.{c}") for c in ("source", "scope", "licence")]
    return table(t("data.sources.shipped_caption"), head, rows)


def imported_sources_table(summaries: list[SourceSummary]) -> html.Div:
    """One row per source that imports or syncs brought: how, how many variables and
    indicators, which years, when."""
    rows = [
        [
            s.source,
            t(f"data.sources.kind.{s.kind}"),
            format_number(s.variables),
            format_number(s.indicators),
            format_years(s.years) or NO_VALUE,
            format_date(s.imported_at),
        ]
        for s in summaries
    ]
    columns = ("source", "kind", "variables", "indicators", "years", "date")
    head = [t(f"data.sources.col.{c}") for c in columns]
    return table(t("data.sources.imported_caption"), head, rows, numeric=(2, 3))


def sources_section(summaries: list[SourceSummary]) -> html.Section:
    imported = (
        imported_sources_table(summaries) if summaries else html.P(t("data.sources.none_imported"))
    )
    return section(
        "zrodla",
        "data.sources.title",
        [
            html.H3(t("data.sources.shipped"), className="h5 mt-3"),
            shipped_sources_table(),
            html.P(t("data.sources.files"), className="small text-muted"),
            html.H3(t("data.sources.imported"), className="h5 mt-3"),
            imported,
        ],
    )


def made_text(entry: VersionEntry) -> str:
    """How a version was made, in words."""
    if entry.action == BUILD:
        return t("data.versions.made.build")
    if entry.action in (IMPORT, SYNC) and entry.source:
        return t(f"data.versions.made.{entry.action}", source=entry.source)
    if entry.action in (IMPORT, SYNC):
        return t(f"data.sources.kind.{entry.action}")
    return t("data.versions.made.unknown")


def state_cell(entry: VersionEntry) -> html.Span | str:
    """``bieżąca`` for the version in use (in bold), when it was last restored, else a dash."""
    parts = []
    if entry.current:
        parts.append(html.Strong(t("data.versions.current")))
    if entry.restored:
        restored = t("data.versions.restored", time=format_date(entry.restored))
        parts.append(f" ({restored})" if parts else restored)
    return html.Span(parts) if parts else NO_VALUE


def versions_section(history: list[VersionEntry]) -> html.Section:
    if not history:
        return section("wersje", "data.versions.title", [html.P(t("data.versions.none"))])
    rows = [
        [
            html.Code(entry.id),
            state_cell(entry),
            format_date(entry.time) if entry.time else NO_VALUE,
            made_text(entry),
            format_number(entry.indicators) if entry.action in (IMPORT, SYNC) else NO_VALUE,
        ]
        for entry in history
    ]
    columns = ("version", "state", "time", "made", "indicators")
    head = [t(f"data.versions.col.{c}") for c in columns]
    return section(
        "wersje",
        "data.versions.title",
        [
            with_command("data.versions.intro", RESTORE_COMMAND),
            table(t("data.versions.caption"), head, rows, numeric=(4,)),
        ],
    )


def count_text(value: object) -> str:
    """A count from the log (a number, or a list whose length counts), else a dash."""
    if isinstance(value, list | tuple):
        value = len(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    return NO_VALUE


def duration_text(details: dict) -> str:
    seconds = details.get("seconds")
    if isinstance(seconds, int | float) and not isinstance(seconds, bool):
        return format_duration(seconds)
    return NO_VALUE


def sync_row(entry: dict) -> list:
    details = entry.get("details") if isinstance(entry.get("details"), dict) else {}
    time = parse_time(entry.get("time"))
    return [
        str(entry.get("source", "")) or NO_VALUE,
        format_date(time) if time else NO_VALUE,
        html.Code(str(entry.get("version", NO_VALUE))),
        count_text(entry.get("indicators")),
        count_text(details.get("requests")),
        duration_text(details),
    ]


def sync_addresses(syncs: list[dict]) -> list[html.Li]:
    """The API address each sync used, when the log has it."""
    items = []
    for entry in syncs:
        details = entry.get("details") if isinstance(entry.get("details"), dict) else {}
        url = details.get("base_url")
        if isinstance(url, str) and url:
            source = str(entry.get("source", ""))
            items.append(html.Li(t("data.sync.address", source=source, url=url)))
    return items


def sync_section(syncs: list[dict]) -> html.Section:
    if not syncs:
        body = [html.P(t("data.sync.none")), with_command("data.sync.how", SYNC_COMMAND)]
    else:
        columns = ("source", "time", "version", "indicators", "requests", "duration")
        head = [t(f"data.sync.col.{c}") for c in columns]
        addresses = sync_addresses(syncs)
        body = [
            table(t("data.sync.caption"), head, [sync_row(e) for e in syncs], numeric=(3, 4)),
            html.Ul(addresses, className="small text-muted") if addresses else None,
            with_command("data.sync.how", SYNC_COMMAND, "small text-muted"),
        ]
    return section("synchronizacja", "data.sync.title", body)


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
            dcc.Link(f"{r['name']} ({r['code']})", href=urls.unit(r["code"])),
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
                html.A(t("data.plausibility.download"), href=urls.SUSPECT_CSV, download=""),
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
    data_dir = settings.data_dir
    entries = read_log(data_dir)
    history = version_history(list_versions(data_dir), entries)
    return html.Div(
        [
            html.H1(t("data.title"), className="h2"),
            html.P(t("data.intro"), className="lead"),
            sources_section(source_summaries(repo.indicators, repo.imports())),
            versions_section(history),
            html.P(dcc.Link(t("changes.see"), href=urls.CHANGES), className="small"),
            sync_section(last_syncs(entries)),
            indicators_section(repo),
            flags_section(repo),
            plausibility_section(repo),
        ],
        className="data-quality",
    )
