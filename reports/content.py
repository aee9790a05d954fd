"""What a report says: pure functions that gather the content of a unit report and a
service report from the repository. Everything here is data and formatted text; the
templates only lay it out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import polars as pl

from analysis.unit_profile import GroupStat, UnitProfile, unit_profile
from components.findings import finding_sentence, subject_name
from components.peer_text import group_label, group_notes
from components.values import value_text
from core import urls
from core.levels import WITH_PARENTS
from data_access import diagnosis, peers
from data_access.catalogue import DemoTexts
from data_access.catalogue_model import Area, Indicator, Polarity, Provenance, Service, Status
from data_access.repository import Repository, Unit
from i18n import (
    format_number,
    format_value,
    localized_kind,
    localized_name,
    localized_text,
    t,
    t_count,
)
from reports import charts
from reports.options import CONTEXT_AREA, SCOPES, ReportOptions, options_query

PARENT_LEVELS = (
    ("powiat", "profile.col.powiat"),
    ("wojewodztwo", "profile.col.woj"),
    ("kraj", "profile.col.poland"),
)
VERDICT_MARK = {"better": "▲", "worse": "▼", "equal": "=", "neutral": "○"}
AGE_INDICATORS = (
    "ludnosc-przedprodukcyjna-udzial",
    "ludnosc-produkcyjna-udzial",
    "ludnosc-poprodukcyjna-udzial",
)
DIAGNOSIS_PER_KIND = 2  # findings per kind and area printed in the report
KEY_PER_SERVICE = 1  # key indicator of a service: its first one in the catalogue (the headline)


# --- small data helpers -------------------------------------------------------------------------
@lru_cache(maxsize=4)
def data_years(repo: Repository) -> tuple[int, int]:
    """The first and last year of the data."""
    years = [y for ys in repo.indicator_years().values() for y in ys]
    return (min(years), max(years)) if years else (2010, 2024)


def report_year(years: Iterable[int], year_from: int, year_to: int) -> int | None:
    """The latest year of ``years`` inside [year_from, year_to], or None."""
    inside = [y for y in years if year_from <= y <= year_to]
    return max(inside) if inside else None


def year_range(
    repo: Repository, options: ReportOptions, indicator_ids: Iterable[str] | None = None
) -> tuple[int, int]:
    """The years asked for, else the span of the data: of ``indicator_ids`` only if given (a
    service without 2025 data gets no empty 2025 column because another service has some)."""
    low, high = data_years(repo) if indicator_ids is None else span_of(repo, indicator_ids)
    return options.year_from or low, options.year_to or high


def span_of(repo: Repository, indicator_ids: Iterable[str]) -> tuple[int, int]:
    """The first and last year with a value of any of the indicators (the data's if none)."""
    known = repo.indicator_years()
    years = [y for i in indicator_ids for y in known.get(i, ())]
    return (min(years), max(years)) if years else data_years(repo)


def unit_place(repo: Repository, unit: Unit) -> tuple[Unit | None, Unit | None]:
    """The unit's powiat (for a gmina that is not a city with county rights) and voivodeship."""
    parents = {p.level: p for p in repo.parents(unit)}
    powiat = parents.get("powiat") if not unit.is_city_county else None
    return powiat, parents.get("wojewodztwo")


def parent_units(repo: Repository, unit: Unit) -> list[tuple[Unit, str]]:
    """Parents shown as comparison columns, nearest first, with their column label key."""
    by_level = {p.level: p for p in repo.parents(unit)}
    return [(by_level[level], label) for level, label in PARENT_LEVELS if level in by_level]


Cells = dict[tuple[str, str], dict[int, tuple[float | None, str]]]


def value_cells(frame: pl.DataFrame) -> Cells:
    """(indicator, code) → {year: (value, status)} from repository rows."""
    cells: Cells = {}
    for indicator, code, year, value, status in frame.select(
        pl.col("indicator").cast(pl.String),
        "code",
        "year",
        "value",
        pl.col("status").cast(pl.String),
    ).iter_rows():
        cells.setdefault((indicator, code), {})[int(year)] = (value, status)
    return cells


def series_of(cells: Cells, indicator: str, code: str, years: list[int]) -> list[charts.Point]:
    row = cells.get((indicator, code), {})
    out = []
    for year in years:
        value, status = row.get(year, (None, Status.NO_DATA.value))
        out.append((year, value if status == Status.VALUE.value else None))
    return out


def number_text(indicator: Indicator, value: float | None, status: str | None) -> str:
    """The value without its unit, or why there is none; a suspect value with its flag (the
    pages' own words, so screen and print say the same)."""
    return value_text(indicator, value, status, with_unit=False)


def without_demo_caveat(caveats: str, demo: DemoTexts) -> str:
    """Caveats without the demonstration-data sentence (the DEMO label says it)."""
    return caveats.replace(demo.caveat, "").replace(demo.caveat_en, "").strip()


def is_demo(indicator: Indicator) -> bool:
    return indicator.provenance == Provenance.DEMO


def indicators_at(repo: Repository, service_id: str, level: str) -> list[Indicator]:
    return [i for i in repo.indicators_of(service_id) if level in i.levels]


# --- report content -----------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupCell:
    median: str
    spread: str
    position: str
    mark: str
    verdict: str


@dataclass(frozen=True)
class Row:
    """One indicator of the unit in its report year, read against parents and the group."""

    indicator: Indicator
    year: int | None
    value_text: str
    missing: bool
    demo: bool
    parents: tuple[str, ...]
    group: GroupCell | None
    trend_svg: str | None
    trend_text: str
    finding: str | None = None  # the plain-language finding (components/findings.py)


@dataclass(frozen=True)
class ServiceBlock:
    service: Service
    rows: list[Row]
    href: str  # the service report for this unit
    more: int = 0  # indicators of the service left to the service report


@dataclass(frozen=True)
class AreaBlock:
    area: Area
    services: list[ServiceBlock]

    @property
    def all_demo(self) -> bool:
        return all(r.demo for s in self.services for r in s.rows)

    @property
    def any_demo(self) -> bool:
        return any(r.demo for s in self.services for r in s.rows)


@dataclass(frozen=True)
class FindingText:
    kind: str  # strength | weakness
    indicator: str
    sentence: str
    demo: bool


@dataclass(frozen=True)
class DiagnosisArea:
    area: str
    weaknesses: list[FindingText]
    strengths: list[FindingText]
    more: int  # findings not printed


@dataclass(frozen=True)
class Diagnosis:
    summary: str
    areas: list[DiagnosisArea]
    empty_text: str = ""
    with_demo: bool = False  # demonstration indicators count: the summary is flagged


@dataclass(frozen=True)
class MethodEntry:
    indicator: Indicator
    area: str
    service: str
    demo: bool
    caveats: str  # without the demonstration-data sentence (the DEMO label says it)


@dataclass(frozen=True)
class GroupInfo:
    label: str
    kind: str
    members: list[tuple[str, str, str]]  # code, name, kind


@dataclass
class UnitReport:
    unit: Unit
    powiat: Unit | None
    woj: Unit | None
    generated: dt.date
    year_from: int
    year_to: int
    query: str
    notes: list[str]
    parent_labels: list[str]
    group: GroupInfo | None
    facts: list[tuple[str, str, int | None]]
    age_svg: str | None
    age_text: str
    population_svg: str | None
    context: AreaBlock | None
    areas: list[AreaBlock]
    diagnosis: Diagnosis | None
    methods: list[MethodEntry]
    area_names: list[str] = field(default_factory=list)
    key_only: bool = True

    @property
    def has_demo(self) -> bool:
        blocks = [*self.areas, *([self.context] if self.context else [])]
        return any(b.any_demo for b in blocks)

    @property
    def title(self) -> str:
        return t("reports.unit.title", name=self.unit.name, kind=localized_kind(self.unit.kind))


def group_cell(indicator: Indicator, stat: GroupStat | None) -> GroupCell | None:
    """The group's median and range and the unit's position in words (never colour alone)."""
    if not stat or not stat.n:
        return None

    def fmt(value: float | None) -> str:
        return format_number(value, indicator.decimals)

    size = t("comparison.n_units", count=stat.n)
    verdict = stat.verdict or ""
    return GroupCell(
        median=fmt(stat.median),
        spread=f"{t('comparison.range', low=fmt(stat.min), high=fmt(stat.max))}; {size}",
        position=t("reports.position", rank=stat.rank, of=stat.rank_of)
        if stat.rank is not None
        else "–",
        mark=VERDICT_MARK.get(verdict, ""),
        verdict=t(f"reports.verdict.{verdict}") if verdict else "",
    )


def trend_text(indicator: Indicator, points: list[charts.Point]) -> str:
    known = [(y, v) for y, v in points if v is not None]
    if len(known) < 2:
        return t("profile.no_trend")
    return t(
        "profile.trend_alt",
        name=localized_name(indicator),
        first=format_value(known[0][1], indicator.decimals, indicator.unit),
        first_year=known[0][0],
        last=format_value(known[-1][1], indicator.decimals, indicator.unit),
        last_year=known[-1][0],
    )


def row_finding(
    indicator: Indicator, unit: Unit, model: UnitProfile, year: int | None
) -> str | None:
    """The finding of one indicator in the report year (the model's, from the numbers of its
    row: the unit's and its parents' values, the group's median), as a sentence."""
    figures = model.figures.get(indicator.id)
    if figures is None or figures.year != year or figures.finding is None:
        return None
    subject = subject_name(unit.name, unit.level, unit.is_city_county)
    return finding_sentence(figures.finding, indicator, subject, unit.level)


def indicator_row(
    indicator: Indicator,
    unit: Unit,
    parents: list[Unit],
    model: UnitProfile,
    years: list[int],
) -> Row:
    """The row of one indicator: value in the report year, trend, parents, group and the
    finding (against the group when one is in view)."""
    year = model.years.get(indicator.id)
    value, status = model.value_at(indicator.id, unit.code, year) if year else (None, None)
    status = status or Status.NO_DATA.value
    series = model.series(indicator.id, unit.code, years)
    # Totals (no denominator) of Poland dwarf the unit: compare shapes of ratios only.
    reference = (
        model.series(indicator.id, parents[-1].code, years)
        if parents and not indicator.is_total
        else None
    )
    summary = trend_text(indicator, series)
    parent_texts = tuple(
        number_text(indicator, *model.value_at(indicator.id, p.code, year))
        if year
        else t("status.no_data")
        for p in parents
    )
    return Row(
        indicator=indicator,
        year=year,
        value_text=number_text(indicator, value, status),
        missing=status != Status.VALUE.value or value is None,
        demo=is_demo(indicator),
        parents=parent_texts,
        group=group_cell(indicator, model.stats.get(indicator.id)),
        trend_svg=charts.trend_svg(series, reference, summary),
        trend_text=summary,
        finding=row_finding(indicator, unit, model, year),
    )


def area_block(
    repo: Repository,
    area: Area,
    unit: Unit,
    parents: list[Unit],
    model: UnitProfile,
    years: list[int],
    query: str,
    key_only: bool = False,
) -> AreaBlock | None:
    """The services of an area with their indicators (``key_only``: the first
    ``KEY_PER_SERVICE`` of each service; the rest are in the service report)."""
    services = []
    for service in repo.services_of(area.id):
        indicators = indicators_at(repo, service.id, unit.level)
        shown = indicators[:KEY_PER_SERVICE] if key_only else indicators
        rows = [indicator_row(i, unit, parents, model, years) for i in shown]
        if rows:
            href = urls.service_report(unit.code, service.id, query)
            services.append(ServiceBlock(service, rows, href, len(indicators) - len(shown)))
    return AreaBlock(area, services) if services else None


def diagnosis_of(
    repo: Repository,
    areas: list[Area],
    model: UnitProfile,
    group_label: str,
    with_demo: bool = False,
) -> Diagnosis:
    """Strengths and weaknesses of the unit in its group (the model's), as sentences,
    priority areas first."""
    result = model.diagnosis(repo, [a.id for a in areas], with_demo)
    basis = result.basis
    if not result.found:
        return Diagnosis(basis_text(basis), [], t("diagnosis.none", min=diagnosis.MIN_GROUP))
    grouped = list(result.grouped)
    summary = diagnosis_headline(repo, grouped, basis)
    blocks = []
    for area_id, area_strengths, area_weaknesses in grouped:
        shown_w = area_weaknesses[:DIAGNOSIS_PER_KIND]
        shown_s = area_strengths[:DIAGNOSIS_PER_KIND]
        more = len(area_weaknesses) + len(area_strengths) - len(shown_w) - len(shown_s)
        blocks.append(
            DiagnosisArea(
                localized_name(repo.area(area_id)),
                [finding_text(repo, f) for f in shown_w],
                [finding_text(repo, f) for f in shown_s],
                more,
            )
        )
    intro = t("diagnosis.intro", group=group_label)
    return Diagnosis(f"{intro} {summary}", blocks, with_demo=basis.with_demo)


def diagnosis_headline(
    repo: Repository,
    grouped: list[tuple[str, list[diagnosis.Finding], list[diagnosis.Finding]]],
    basis: diagnosis.Basis,
) -> str:
    """The diagnosis headline, e.g. „Mocne strony: 3, słabe strony: 4 — na podstawie 12
    wskaźników z danymi rzeczywistymi; pominięto 27 wskaźników demonstracyjnych. Obszary
    priorytetowe: …”: the counts never stand without what they rest on (profile and report
    alike)."""
    counts = {
        "strengths": sum(len(s) for _, s, _ in grouped),
        "weaknesses": sum(len(w) for _, _, w in grouped),
        "real": t_count("count.indicators_gen", basis.real),
    }
    if basis.with_demo:
        text = t(
            "diagnosis.headline.with_demo",
            demo=t_count("count.indicators_gen", basis.demo),
            **counts,
        )
    elif basis.demo:
        text = t(
            "diagnosis.headline.real_only",
            demo=t_count("count.demo_indicators", basis.demo),
            **counts,
        )
    else:
        text = t("diagnosis.headline.all_real", **counts)
    priority = [localized_name(repo.area(a)) for a, _, w in grouped if w][:3]
    if priority:
        text += " " + t("diagnosis.priority", areas=", ".join(priority))
    return text


def basis_text(basis: diagnosis.Basis) -> str:
    """What the diagnosis rests on: real indicators, and demonstration ones if included."""
    real = t_count("count.indicators", basis.real)
    if basis.with_demo:
        return t(
            "diagnosis.basis.with_demo", real=real, demo=t_count("count.indicators", basis.demo)
        )
    return t("diagnosis.basis.real_only", real=real, demo=format_number(basis.demo))


def diagnosis_sentence(indicator: Indicator, finding: diagnosis.Finding) -> str:
    """A strength or weakness in one sentence: value, share of the group it beats (or that
    beats it), the group's median and the trend (profile and report alike)."""
    strength = finding.kind == "strength"
    share = finding.percentile if strength else 100.0 - finding.percentile
    if finding.trend is None:
        trend = t("diagnosis.trend.none")
    else:
        trend = t(f"diagnosis.trend.{finding.trend.direction}", year=finding.trend.base_year)
    return t(
        f"diagnosis.sentence.{finding.kind}",
        value=format_value(finding.value, indicator.decimals, indicator.unit),
        pct=format_number(share, 0),
        median=format_value(finding.median, indicator.decimals, indicator.unit),
        trend=trend,
    )


def finding_text(repo: Repository, finding: diagnosis.Finding) -> FindingText:
    indicator = repo.indicator(finding.indicator_id)
    sentence = diagnosis_sentence(indicator, finding)
    return FindingText(finding.kind, localized_name(indicator), sentence, finding.demo)


def method_entries(
    repo: Repository,
    areas: list[Area],
    level: str,
    service_id: str | None = None,
    shown: set[str] | None = None,
) -> list[MethodEntry]:
    """Definition, formula, source and provenance of every indicator the report shows
    (``shown``: only these ids)."""
    entries = []
    for area in areas:
        for service in repo.services_of(area.id):
            if service_id and service.id != service_id:
                continue
            for indicator in indicators_at(repo, service.id, level):
                if shown is not None and indicator.id not in shown:
                    continue
                caveats = without_demo_caveat(
                    localized_text(indicator, "caveats"), repo.catalogue.demo
                )
                entries.append(
                    MethodEntry(
                        indicator,
                        localized_name(area),
                        localized_name(service),
                        is_demo(indicator),
                        caveats,
                    )
                )
    return entries


def context_facts(
    model: UnitProfile, unit: Unit, repo: Repository
) -> list[tuple[str, str, int | None]]:
    """Population, area, density and the old-age dependency ratio: (label, value, year)."""
    facts = []
    for indicator_id in (
        "ludnosc",
        "powierzchnia",
        "gestosc-zaludnienia",
        "wskaznik-obciazenia-demograficznego",
    ):
        indicator = repo.indicator(indicator_id)
        year = model.years.get(indicator_id)
        if indicator is None or year is None:
            continue
        value, status = model.value_at(indicator_id, unit.code, year)
        if status != Status.VALUE.value:
            continue
        facts.append(
            (
                localized_name(indicator),
                format_value(value, indicator.decimals, indicator.unit),
                year,
            )
        )
    return facts


def age_chart(model: UnitProfile, unit: Unit, parents: list[Unit]) -> tuple[str | None, str]:
    """The age-structure bars and their text alternative (all shares, in words)."""
    year = model.years.get(AGE_INDICATORS[0])
    if year is None:
        return None, ""
    rows = []
    for who in (unit, *parents):
        shares = tuple(model.value_at(i, who.code, year)[0] for i in AGE_INDICATORS)
        rows.append((who.name, shares))
    legend = tuple(t(f"reports.age.{k}") for k in ("pre", "working", "post"))
    label = t("reports.age.chart", name=unit.name, year=year)
    described = "; ".join(
        f"{name}: "
        + ", ".join(
            f"{group} {format_number(share, 1)}%"
            for group, share in zip(legend, shares, strict=True)
        )
        for name, shares in rows
        if all(v is not None for v in shares)
    )
    return charts.age_structure_svg(rows, legend, label), f"{label}. {described}"


def series_for_chart(
    indicator: Indicator,
    unit: Unit,
    parents: list[Unit],
    cells: Cells | UnitProfile,
    years: list[int],
    group_median: list[charts.Point] | None = None,
) -> list[charts.Series]:
    """The unit, its parents (ratios only: totals are not comparable) and the group median,
    from a unit's model or from cells (``value_cells``)."""

    def points(code: str) -> list[charts.Point]:
        if isinstance(cells, UnitProfile):
            return cells.series(indicator.id, code, years)
        return series_of(cells, indicator.id, code, years)

    series = [charts.Series("unit", unit.name, points(unit.code))]
    if not indicator.is_total:
        for parent in parents:
            label = parent.name if parent.level != "kraj" else t("profile.col.poland")
            series.append(charts.Series(parent.level, label, points(parent.code)))
        if group_median:
            series.append(charts.Series("group", t("reports.group_median"), group_median))
    return series


def report_model(
    repo: Repository, unit: Unit, options: ReportOptions, notes: list[str]
) -> UnitProfile:
    """The unit's content model (``analysis/unit_profile.py``, shared with the profile page)
    for the options' group and years; the group's notes are added to ``notes``."""
    state = options.group
    model = unit_profile(
        repo,
        unit,
        state.group,
        state.k,
        state.weight_map,
        state.codes,
        options.year_from,
        options.year_to,
    )
    if model.group is not None:
        notes.extend(group_notes(model.group))
    return model


def group_info(repo: Repository, group: peers.PeerGroup | None) -> GroupInfo | None:
    if group is None:
        return None
    members = []
    for code in group.members:
        member = repo.unit(code)
        if member is not None:
            members.append((member.code, member.name, localized_kind(member.kind)))
    return GroupInfo(group_label(group), group.kind, members)


def selected_areas(repo: Repository, options: ReportOptions) -> list[Area]:
    return [
        a
        for a in repo.areas
        if a.id != CONTEXT_AREA and (not options.areas or a.id in options.areas)
    ]


def unit_report(
    repo: Repository,
    unit: Unit,
    options: ReportOptions,
    notes: list[str] | None = None,
    today: dt.date | None = None,
) -> UnitReport:
    """The whole unit report: cover, context, areas, diagnosis and methods."""
    notes = list(notes or [])
    year_from, year_to = year_range(repo, options)
    years = list(range(year_from, year_to + 1))
    parents = [p for p, _ in parent_units(repo, unit)]
    model = report_model(repo, unit, options, notes)
    group = model.group
    query = options_query(options)
    areas = selected_areas(repo, options)
    key_only = options.scope == SCOPES[0]
    blocks = [
        b for a in areas if (b := area_block(repo, a, unit, parents, model, years, query, key_only))
    ]
    context_area = repo.area(CONTEXT_AREA)
    context = (
        area_block(repo, context_area, unit, parents, model, years, query) if context_area else None
    )
    population = repo.indicator("ludnosc")
    population_svg = (
        charts.line_chart_svg(
            [charts.Series("unit", unit.name, model.series("ludnosc", unit.code, years))],
            t("reports.population_chart", name=unit.name, start=year_from, end=year_to),
            decimals=0,
            height=170,
        )
        if population
        else None
    )
    powiat, woj = unit_place(repo, unit)
    age_svg, age_text = age_chart(model, unit, parents)
    return UnitReport(
        unit=unit,
        powiat=powiat,
        woj=woj,
        generated=today or dt.date.today(),
        year_from=year_from,
        year_to=year_to,
        query=query,
        notes=notes,
        parent_labels=[t(label) for _, label in parent_units(repo, unit)],
        group=group_info(repo, group),
        facts=context_facts(model, unit, repo),
        age_svg=age_svg,
        age_text=age_text,
        population_svg=population_svg,
        context=context,
        areas=blocks,
        diagnosis=diagnosis_of(repo, areas, model, group_label(group), options.group.with_demo)
        if group
        else None,
        methods=method_entries(
            repo,
            [*areas, *([context_area] if context_area else [])],
            unit.level,
            shown={
                r.indicator.id for b in [*blocks, context] if b for s in b.services for r in s.rows
            },
        ),
        area_names=[localized_name(a) for a in areas],
        key_only=key_only,
    )


# --- service report -----------------------------------------------------------------------------
@dataclass(frozen=True)
class YearRow:
    year: int
    value: str
    missing: bool
    parents: tuple[str, ...]
    group_median: str | None


@dataclass(frozen=True)
class IndicatorDetail:
    indicator: Indicator
    demo: bool
    chart_svg: str | None
    chart_text: str
    years: list[YearRow]
    position: str  # place among the units of the same level in the voivodeship
    finding: str | None = None  # the plain-language finding in the report year


@dataclass(frozen=True)
class MapInfo:
    svg: str
    indicator: Indicator
    year: int
    legend: list[tuple[str, str]]  # fill, class label
    caption: str
    demo: bool
    suspect: bool = False  # a suspect unit is on the map (white, outlined, not classed)


@dataclass
class ServiceReport:
    unit: Unit
    powiat: Unit | None
    woj: Unit | None
    service: Service
    area: Area
    generated: dt.date
    year_from: int
    year_to: int
    query: str
    notes: list[str]
    parent_labels: list[str]
    group: GroupInfo | None
    map: MapInfo | None
    indicators: list[IndicatorDetail]
    methods: list[MethodEntry]

    @property
    def has_demo(self) -> bool:
        return any(d.demo for d in self.indicators)

    @property
    def title(self) -> str:
        return t("reports.service.title", service=localized_name(self.service), name=self.unit.name)


def group_median_series(
    frame: pl.DataFrame, indicator_id: str, members: list[str], years: list[int]
) -> list[charts.Point]:
    """Median of the group's members with a value, per year."""
    if not members:
        return []
    medians = (
        frame.filter(
            pl.col("indicator") == indicator_id,
            pl.col("code").is_in(members),
            pl.col("status") == Status.VALUE.value,
        )
        .group_by("year")
        .agg(pl.col("value").median())
    )
    by_year = {int(y): v for y, v in medians.iter_rows()}
    return [(y, by_year.get(y)) for y in years]


def same_level_in_region(repo: Repository, unit: Unit) -> pl.Expr:
    """Units of the unit's level inside its voivodeship (all voivodeships for one)."""
    same = pl.col("level") == unit.level
    if unit.level in WITH_PARENTS and unit.woj_code:
        return same & pl.col("code").str.starts_with(unit.woj_code)
    return same


def region_rows(repo: Repository, unit: Unit, indicator: Indicator, year: int) -> pl.DataFrame:
    """``code, value, status`` of the units of the unit's level in its region, in ``year``."""
    return (
        repo.indicator_values(indicator.id)
        .filter(same_level_in_region(repo, unit), pl.col("year") == year)
        .select("code", "value", pl.col("status").cast(pl.String))
    )


def region_values(rows: pl.DataFrame) -> dict:
    """Code → value where there is one that may be ranked and classed, else None."""
    return {
        code: (value if status == Status.VALUE.value else None)
        for code, value, status in rows.iter_rows()
    }


def region_position(indicator: Indicator, values: dict, code: str) -> str:
    """ "3. miejsce z 169" among the units of the region, best first (neutral: highest)."""
    own = values.get(code)
    known = [v for v in values.values() if v is not None]
    if own is None or not known:
        return "–"
    if indicator.polarity == Polarity.LOWER_BETTER:
        rank = 1 + sum(1 for v in known if v < own)
    else:
        rank = 1 + sum(1 for v in known if v > own)
    return t("comparison.rank", rank=rank, of=len(known))


def service_map(
    repo: Repository, unit: Unit, indicators: list[Indicator], years: dict[str, int]
) -> MapInfo | None:
    """The unit on a map of its voivodeship, shaded by the service's first indicator."""
    if unit.level == "kraj":
        return None
    for indicator in indicators:
        year = years.get(indicator.id)
        if year is None:
            continue
        rows = region_rows(repo, unit, indicator, year)
        values = region_values(rows)
        suspect = frozenset(rows.filter(pl.col("status") == Status.SUSPECT.value)["code"])
        woj = repo.unit(unit.woj_code) if unit.woj_code else None
        region = woj.name if woj and unit.level != "wojewodztwo" else t("profile.col.poland")
        caption = t(
            "reports.map.caption",
            indicator=localized_name(indicator),
            year=year,
            name=unit.name,
            region=region,
        )
        built = charts.choropleth_svg(unit.level, values, unit.code, caption, suspect)
        if built is None:
            continue
        svg, legend = built
        labels = []
        for fill, low, high, closed in legend:  # quantile classes: both bounds are known
            text = t(
                "reports.map.range_closed" if closed else "reports.map.range",
                low=format_number(low, indicator.decimals),
                high=format_number(high, indicator.decimals),
            )
            labels.append((fill, text))
        return MapInfo(svg, indicator, year, labels, caption, is_demo(indicator), bool(suspect))
    return None


def indicator_detail(
    repo: Repository,
    indicator: Indicator,
    unit: Unit,
    parents: list[Unit],
    model: UnitProfile,
    frame: pl.DataFrame,
    members: list[str],
    years: list[int],
) -> IndicatorDetail:
    median = group_median_series(frame, indicator.id, members, years)
    series = series_for_chart(indicator, unit, parents, model, years, median)
    label = t("reports.chart.label", indicator=localized_name(indicator), name=unit.name)
    rows = []
    for year in years:
        value, status = model.value_at(indicator.id, unit.code, year)
        status = status or Status.NO_DATA.value
        parent_texts = tuple(
            number_text(indicator, *model.value_at(indicator.id, p.code, year)) for p in parents
        )
        group_value = dict(median).get(year) if median else None
        rows.append(
            YearRow(
                year,
                number_text(indicator, value, status),
                status != Status.VALUE.value or value is None,
                parent_texts,
                format_number(group_value, indicator.decimals) if median else None,
            )
        )
    year = model.years.get(indicator.id)
    position = "–"
    if year and unit.level != "kraj":
        region = region_values(region_rows(repo, unit, indicator, year))
        position = region_position(indicator, region, unit.code)
    return IndicatorDetail(
        indicator,
        is_demo(indicator),
        charts.line_chart_svg(series, label, indicator.decimals),
        trend_text(indicator, series[0].points),
        rows,
        position,
        row_finding(indicator, unit, model, year),
    )


def service_report(
    repo: Repository,
    unit: Unit,
    service: Service,
    options: ReportOptions,
    notes: list[str] | None = None,
    today: dt.date | None = None,
) -> ServiceReport:
    """One service in depth: every indicator over all years, the unit on a map of its
    voivodeship, the group median, and the methods of the service's indicators."""
    notes = list(notes or [])
    indicators = indicators_at(repo, service.id, unit.level)
    year_from, year_to = year_range(repo, options, [i.id for i in indicators])
    years = list(range(year_from, year_to + 1))
    parents = [p for p, _ in parent_units(repo, unit)]
    model = report_model(repo, unit, options, notes)
    group = model.group
    members = group.members if group else []
    frame = (
        repo.unit_values(members)
        .filter(pl.col("year").is_between(year_from, year_to))
        .filter(pl.col("indicator").is_in([i.id for i in indicators]))
    )
    report_years = {i.id: y for i in indicators if (y := model.years.get(i.id)) is not None}
    area = repo.area(service.area_id)
    powiat, woj = unit_place(repo, unit)
    return ServiceReport(
        unit=unit,
        powiat=powiat,
        woj=woj,
        service=service,
        area=area,
        generated=today or dt.date.today(),
        year_from=year_from,
        year_to=year_to,
        query=options_query(options),
        notes=notes,
        parent_labels=[t(label) for _, label in parent_units(repo, unit)],
        group=group_info(repo, group),
        map=service_map(repo, unit, indicators, report_years),
        indicators=[
            indicator_detail(repo, i, unit, parents, model, frame, members, years)
            for i in indicators
        ],
        methods=method_entries(repo, [area], unit.level, service.id),
    )
