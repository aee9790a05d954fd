"""The "Raport o stanie gminy za rok …" pack (art. 28aa of the act on gmina self-government):
what it says, built from the unit report's content (``reports.content``) for one year.

Everything here is data and formatted text; ``reports.pack_files`` turns it into the DOCX,
PDF, XLSX and chart files of the zip. The summary of the year rests on real data only and
says how many demonstration indicators it left out; the targets chapter takes the user's
assessments (``targets.core.Assessment``) as they come.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import polars as pl

from core import urls
from data_access import diagnosis
from data_access.catalogue_model import Indicator, Service, Status
from data_access.repository import Repository, Unit
from i18n import format_number, format_value, localized_name, localized_text, t, t_count
from reports import charts, content
from reports.options import SCOPES, ReportOptions, options_query
from targets.core import Assessment, Direction

PACK_LEVELS = ("gmina",)  # art. 28aa concerns gminy
TOP_CHANGES = 3  # the largest improvements and deteriorations named in the summary
TOP_FINDINGS = 3  # strengths and weaknesses named in the summary
MAX_TARGETS = 50
TARGETS_PAGE = urls.TARGETS


# --- the content ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PackRow:
    """One indicator in the pack's year: the unit report's row and the change on the year
    before (``direction``: improved | worsened | stable | neutral | None without two values)."""

    row: content.Row
    previous_year: int | None
    change_text: str
    direction: str | None
    relative: float | None
    group_median: str
    poland: str
    trend_short: str  # "111,0 (2015) → 133,6 (2024)": the trend in a table cell

    @property
    def indicator(self) -> Indicator:
        return self.row.indicator


@dataclass(frozen=True)
class ChartImage:
    """One chart of the pack: its file stem in ``wykresy/``, the SVG and its alternative text."""

    stem: str
    svg: str
    alt: str
    demo: bool


@dataclass(frozen=True)
class ServiceChapter:
    service: Service
    rows: list[PackRow]
    chart: ChartImage | None


@dataclass(frozen=True)
class AreaChapter:
    name: str
    description: str
    services: list[ServiceChapter]

    @property
    def all_demo(self) -> bool:
        return all(r.row.demo for s in self.services for r in s.rows)


@dataclass(frozen=True)
class Summary:
    """The year in plain language: sentences, the largest changes, strengths and weaknesses."""

    changes: str
    improved: list[str]
    worsened: list[str]
    diagnosis: str
    strengths: list[str]
    weaknesses: list[str]
    demo_note: str


@dataclass(frozen=True)
class TargetLine:
    indicator: str
    goal: str
    baseline: str
    latest: str
    distance: str
    progress: str
    projection: str
    status: str
    status_code: str
    demo: bool
    source: str


@dataclass(frozen=True)
class TargetsChapter:
    lines: list[TargetLine]
    note: str  # why there are none, or what the statuses mean


@dataclass(frozen=True)
class MethodLine:
    entry: content.MethodEntry
    year: int | None
    flags: str


@dataclass
class Pack:
    base: content.UnitReport
    year: int
    query: str
    summary: Summary
    chapters: list[AreaChapter]
    targets: TargetsChapter
    methods: list[MethodLine]
    population_chart: ChartImage | None

    @property
    def unit(self) -> Unit:
        return self.base.unit

    @property
    def generated(self) -> dt.date:
        return self.base.generated

    @property
    def notes(self) -> list[str]:
        return self.base.notes

    @property
    def has_demo(self) -> bool:
        shown = (r.row.demo for c in self.chapters for s in c.services for r in s.rows)
        return any(shown) or any(line.demo for line in self.targets.lines)

    @property
    def title(self) -> str:
        return t("pack.title", name=self.unit.name, year=self.year)

    @property
    def charts(self) -> list[ChartImage]:
        found = [s.chart for c in self.chapters for s in c.services if s.chart]
        return [self.population_chart, *found] if self.population_chart else found

    @property
    def file_stem(self) -> str:
        return f"stan-gminy-{self.unit.code}-{self.year}"


# --- the year's changes -----------------------------------------------------------------------
def signed(value: float, decimals: int) -> str:
    text = format_number(abs(value), decimals)
    return text if text.strip("0,.") == "" else ("+" if value > 0 else "−") + text


def year_change(
    indicator: Indicator, own: dict[int, tuple[float | None, str]], year: int | None
) -> tuple[int | None, str, str | None, float | None]:
    """(previous year, change text, direction, relative change) of the value in ``year``
    against the year before; the direction is polarity-aware (``diagnosis.trend_since``)."""
    if year is None:
        return None, "–", None, None
    current, status = own.get(year, (None, Status.NO_DATA.value))
    previous, previous_status = own.get(year - 1, (None, Status.NO_DATA.value))
    if Status.VALUE.value != status or previous_status != Status.VALUE.value:
        return None, "–", None, None
    if current is None or previous is None:
        return None, "–", None, None
    relative = (current - previous) / abs(previous) * 100 if previous else None
    trend = diagnosis.trend_since(
        [year - 1, year], [previous, current], indicator.polarity.value, base_year=year - 1
    )
    direction = trend.direction if trend else "neutral"
    text = signed(current - previous, indicator.decimals)
    if relative is not None:
        text += f" ({signed(relative, 1)}%)"
    return year - 1, text, direction, relative


def short_trend(indicator: Indicator, points: list[charts.Point]) -> str:
    known = [(y, v) for y, v in points if v is not None]
    if len(known) < 2:
        return t("profile.no_trend")
    (y0, v0), (y1, v1) = known[0], known[-1]
    first, last = format_number(v0, indicator.decimals), format_number(v1, indicator.decimals)
    return f"{first} ({y0}) → {last} ({y1})"


def change_sentence(row: PackRow) -> str:
    indicator = row.indicator
    return t(
        "pack.summary.change_item",
        name=localized_name(indicator),
        change=row.change_text,
        unit=indicator.unit,
        year=row.row.year,
        previous=row.previous_year,
    )


def counted(key: str, count: int) -> str:
    """A counted clause whose verb agrees with the number (1 wskaźnik się poprawił,
    2 wskaźniki się poprawiły, 5 wskaźników się poprawiło)."""
    return t_count(key, count)


def year_summary(
    rows: list[PackRow], report: content.UnitReport, year: int, demo_left_out: int
) -> Summary:
    """The summary of the year: changes on the year before (real data only) and the
    diagnosis against the comparison group (real data unless the link asks for demo)."""
    # Only values of the pack's year against the year before (an indicator whose data end
    # earlier has its own change in its chapter, not here).
    real = [r for r in rows if not r.row.demo and r.direction is not None and r.row.year == year]
    by = {d: [r for r in real if r.direction == d] for d in ("improved", "worsened", "stable")}
    clauses = [
        counted("pack.summary.improved", len(by["improved"])),
        counted("pack.summary.worsened", len(by["worsened"])),
        counted("pack.summary.stable", len(by["stable"])),
    ]
    neutral = sum(1 for r in real if r.direction == "neutral")
    changes = t(
        "pack.summary.changes",
        year=year,
        count=t_count("count.indicators_gen", len(real)),
        clauses=", ".join(clauses),
    )
    if neutral:
        changes += " " + counted("pack.summary.neutral", neutral)
    if not real:
        changes = t("pack.summary.no_changes", year=year)

    def largest(direction: str) -> list[str]:
        chosen = sorted(by[direction], key=lambda r: -abs(r.relative or 0))[:TOP_CHANGES]
        return [change_sentence(r) for r in chosen]

    found = report.diagnosis
    strengths, weaknesses = [], []
    for area in found.areas if found else []:
        strengths += [f"{f.indicator}: {f.sentence}" for f in area.strengths if not f.demo]
        weaknesses += [f"{f.indicator}: {f.sentence}" for f in area.weaknesses if not f.demo]
    diagnosis_text = (
        (found.summary if found.areas else found.empty_text) if found else t("pack.no_group")
    )
    return Summary(
        changes=changes,
        improved=largest("improved"),
        worsened=largest("worsened"),
        diagnosis=diagnosis_text,
        strengths=strengths[:TOP_FINDINGS],
        weaknesses=weaknesses[:TOP_FINDINGS],
        demo_note=t("pack.summary.demo", demo=t_count("count.demo_indicators", demo_left_out))
        if demo_left_out
        else "",
    )


# --- targets ----------------------------------------------------------------------------------
def goal_text(assessment: Assessment, indicator: Indicator) -> str:
    target = assessment.target
    value = format_value(target.target_value, indicator.decimals, indicator.unit)
    direction = "at_most" if target.direction == Direction.AT_MOST else "at_least"
    return t(f"pack.targets.goal.{direction}", value=value, year=target.target_year)


def target_line(repo: Repository, assessment: Assessment) -> TargetLine | None:
    """One target in words; None if its indicator is no longer in the catalogue."""
    target = assessment.target
    indicator = repo.indicator(target.indicator_id)
    if indicator is None:
        return None

    def value(number: float | None) -> str:
        return format_value(number, indicator.decimals, indicator.unit)

    projection = "–"
    if assessment.projected_value is not None:
        projection = t(
            "pack.targets.projection",
            value=value(assessment.projected_value),
            low=format_number(assessment.projected_low, indicator.decimals),
            high=format_number(assessment.projected_high, indicator.decimals),
            year=target.target_year,
        )
    source = target.source_title or ""
    if target.source_url:
        source = f"{source} ({target.source_url})" if source else target.source_url
    return TargetLine(
        indicator=localized_name(indicator),
        goal=goal_text(assessment, indicator),
        baseline=f"{value(assessment.baseline_value)} ({target.baseline_year})",
        latest=f"{value(assessment.latest_value)} ({assessment.latest_year})"
        if assessment.latest_year
        else t("status.no_data"),
        distance=signed(assessment.distance, indicator.decimals)
        if assessment.distance is not None
        else "–",
        progress=f"{format_number(assessment.progress_pct, 0)}%"
        if assessment.progress_pct is not None
        else "–",
        projection=projection,
        status=t(f"targets.status.{assessment.status.value}"),
        status_code=assessment.status.value,
        demo=assessment.demonstration,
        source=" — ".join(part for part in (target.note, source) if part),
    )


def targets_chapter(
    repo: Repository, assessments: list[Assessment] | None, logged_in: bool
) -> TargetsChapter:
    """The status of every chosen target; anonymous users are told where targets are set."""
    if not logged_in:
        return TargetsChapter([], t("pack.targets.anonymous", url=TARGETS_PAGE))
    lines = [line for a in (assessments or [])[:MAX_TARGETS] if (line := target_line(repo, a))]
    if not lines:
        return TargetsChapter([], t("pack.targets.none", url=TARGETS_PAGE))
    return TargetsChapter(lines, t("pack.targets.explain"))


# --- the whole pack ---------------------------------------------------------------------------
def pack_options(options: ReportOptions, year: int) -> ReportOptions:
    """The unit report's options for a pack of ``year``: every indicator, trends up to it."""
    year_from = options.year_from if options.year_from and options.year_from < year else None
    return replace(options, scope=SCOPES[1], year_to=year, year_from=year_from)


def service_chart(
    repo: Repository,
    report: content.UnitReport,
    service: content.ServiceBlock,
    number: int,
    cells: content.Cells,
    frame: pl.DataFrame,
    years: list[int],
) -> ChartImage | None:
    """The service's headline indicator over the years: unit, parents and the group median."""
    row = service.rows[0]
    indicator = row.indicator
    members = [code for code, _, _ in report.group.members] if report.group else []
    parents = [p for p, _ in content.parent_units(repo, report.unit)]
    median = content.group_median_series(frame, indicator.id, members, years)
    series = content.series_for_chart(indicator, report.unit, parents, cells, years, median)
    if not any(v is not None for _, v in series[0].points):
        return None
    label = t("reports.chart.label", indicator=localized_name(indicator), name=report.unit.name)
    demo = f" ({t('pack.demo_values')})" if row.demo else ""
    alt = f"{label}{demo}. {content.trend_text(indicator, series[0].points)}"
    svg = charts.line_chart_svg(series, label + demo, indicator.decimals)
    return ChartImage(f"{number:02d}-{indicator.id}", svg, alt, row.demo)


def method_lines(
    report: content.UnitReport, rows: dict[str, PackRow], cells: content.Cells
) -> list[MethodLine]:
    """Each indicator's method entry with its year and flags (real or demo, the value's state)."""
    out = []
    for entry in report.methods:
        row = rows.get(entry.indicator.id)
        year = row.row.year if row else None
        _, status = cells.get((entry.indicator.id, report.unit.code), {}).get(
            year, (None, Status.NO_DATA.value)
        )
        flags = [t("demo.badge") if entry.demo else t("real.badge")]
        if status != Status.VALUE.value:
            flags.append(t(f"status.{status}"))
        out.append(MethodLine(entry, year, ", ".join(flags)))
    return out


def population_chart(report: content.UnitReport) -> ChartImage | None:
    if not report.population_svg:
        return None
    label = t(
        "reports.population_chart",
        name=report.unit.name,
        start=report.year_from,
        end=report.year_to,
    )
    return ChartImage("00-ludnosc", report.population_svg, label, False)


def build_pack(
    repo: Repository,
    unit: Unit,
    year: int,
    options: ReportOptions,
    assessments: list[Assessment] | None,
    logged_in: bool,
    target_ids: list[int] | None = None,  # None: every target of the user
    notes: list[str] | None = None,
    today: dt.date | None = None,
) -> Pack:
    """The pack of ``unit`` for ``year``: the unit report with every indicator, each row
    with its change on the year before, a chart per service, the summary and the targets."""
    chosen = pack_options(options, year)
    report = content.unit_report(repo, unit, chosen, notes, today)
    years = list(range(report.year_from, report.year_to + 1))
    parents = [p for p, _ in content.parent_units(repo, unit)]
    members = [code for code, _, _ in report.group.members] if report.group else []
    frame = repo.unit_values([unit.code, *(p.code for p in parents), *members]).filter(
        pl.col("year").is_between(report.year_from, report.year_to)
    )
    cells = content.value_cells(
        frame.filter(pl.col("code").is_in([unit.code, *(p.code for p in parents)]))
    )
    poland = next((i for i, p in enumerate(parents) if p.level == "kraj"), None)
    all_rows: dict[str, PackRow] = {}
    chapters = []
    number = 1
    for block in report.areas:
        services = []
        for service in block.services:
            rows = []
            for row in service.rows:
                own = cells.get((row.indicator.id, unit.code), {})
                previous, text, direction, relative = year_change(row.indicator, own, row.year)
                pack_row = PackRow(
                    row,
                    previous,
                    text,
                    direction,
                    relative,
                    row.group.median if row.group else "–",
                    row.parents[poland] if poland is not None else "–",
                    short_trend(
                        row.indicator, content.series_of(cells, row.indicator.id, unit.code, years)
                    ),
                )
                rows.append(pack_row)
                all_rows[row.indicator.id] = pack_row
            chart = service_chart(repo, report, service, number, cells, frame, years)
            number += 1 if chart else 0
            services.append(ServiceChapter(service.service, rows, chart))
        chapters.append(
            AreaChapter(
                localized_name(block.area),
                localized_text(block.area, "description"),
                services,
            )
        )
    demo_left_out = sum(1 for r in all_rows.values() if r.row.demo)
    return Pack(
        base=report,
        year=year,
        query=pack_query(options, target_ids),
        summary=year_summary(list(all_rows.values()), report, year, demo_left_out),
        chapters=chapters,
        targets=targets_chapter(repo, assessments, logged_in),
        methods=method_lines(report, all_rows, cells),
        population_chart=population_chart(report),
    )


def pack_query(options: ReportOptions, target_ids: list[int] | None) -> str:
    """The pack's link options: the report options (``do`` is the pack's year) and ``cele``
    (none: every target of the user; ``brak``: no targets)."""
    query = options_query(replace(options, year_to=None, scope=SCOPES[0]))
    if target_ids is None:
        return query
    joined = "cele=" + (",".join(str(i) for i in target_ids) or "brak")
    return f"{query}&{joined}" if query else f"?{joined}"
