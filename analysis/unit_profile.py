"""The content of one unit's profile as codes and numbers: what the Dash page ``/jst/<code>``
(``pages/profile.py``) and the printed unit and service reports (``reports/content.py``) both
show, computed once per state and cached by its key.

One :class:`UnitProfile` per (dataset version, unit, comparison group, year range): the
unit's value, status, rank and series of every indicator in the indicator's latest year (in
the range), its parents' values in that year, the group's statistics, the plain-language
finding of each row (as a :class:`data_access.findings.Finding`) and the diagnosis
(strengths and weaknesses) of any set of areas. No translated words: the page and the report
make their own from these figures, so both say the same numbers.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import polars as pl

from data_access import diagnosis, findings, peers
from data_access.catalogue_model import Indicator, Provenance, Status
from data_access.repository import Repository, Unit

CACHE_SIZE = 16  # models kept per dataset version: ~2.5 MB each with a language's tables

Point = tuple[int, float | None]
Cell = tuple[float | None, str | None]


@dataclass(frozen=True)
class GroupStat:
    """The unit against its group in one indicator (:func:`data_access.peers.group_statistics`)."""

    n: int
    n_not_applicable: int
    median: float | None
    min: float | None
    max: float | None
    rank: int | None
    rank_of: int | None
    percentile: float | None
    verdict: str | None


@dataclass(frozen=True)
class Figures:
    """One indicator of the unit in its year (the latest with a value anywhere, in the range)."""

    indicator_id: str
    year: int
    value: float | None
    status: str  # a ``Status`` value
    rank: int | None  # among the units of the level
    rank_of: int | None
    series: tuple[Point, ...]  # the unit's rows by year; None where there is no value
    parents: tuple[Cell, ...]  # value and status of each parent (UnitProfile.parents) in year
    group: GroupStat | None  # None: no group in view, or no statistics for the indicator
    finding: findings.Finding | None

    @property
    def missing(self) -> bool:
        return self.status != Status.VALUE.value or self.value is None


@dataclass(frozen=True)
class DiagnosisResult:
    """Strengths and weaknesses of a set of areas, grouped (priority areas first), and what
    they rest on."""

    found: tuple[diagnosis.Finding, ...]
    basis: diagnosis.Basis
    grouped: tuple[tuple[str, list[diagnosis.Finding], list[diagnosis.Finding]], ...]


@dataclass(frozen=True, eq=False)  # one object per key of the cache: compared by identity
class UnitProfile:
    """A unit read against its parents and its comparison group; see the module's text."""

    code: str
    level: str
    year_from: int | None
    year_to: int | None
    parents: tuple[tuple[str, str], ...]  # (level, code), nearest first
    group: peers.PeerGroup | None  # None: Poland (no group of the same level)
    years: Mapping[str, int]  # each indicator's year: its latest with a value, in the range
    stats: Mapping[str, GroupStat]  # the group's statistics per indicator in its year
    figures: Mapping[str, Figures]  # indicators with a row of the unit in their year
    cells: Mapping[tuple[str, str], Mapping[int, Cell]] = field(repr=False)
    group_frame: pl.DataFrame = field(repr=False, compare=False)
    _diagnoses: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def group_kind(self) -> str | None:
        return self.group.kind if self.group is not None else None

    def value_at(self, indicator_id: str, code: str, year: int | None) -> Cell:
        """(value, status) of the unit or a parent in ``year``; (None, None) where no row."""
        return self.cells.get((indicator_id, code), {}).get(year, (None, None))

    def series(self, indicator_id: str, code: str, years: Iterable[int]) -> list[Point]:
        """Values of the unit or a parent over ``years`` (None where there is no value)."""
        row = self.cells.get((indicator_id, code), {})
        out = []
        for year in years:
            value, status = row.get(year, (None, None))
            out.append((year, value if status == Status.VALUE.value else None))
        return out

    def diagnosis(
        self,
        repo: Repository,
        area_ids: Sequence[str],
        with_demo: bool = False,
    ) -> DiagnosisResult:
        """The diagnosis (``data_access.diagnosis``) of the indicators of ``area_ids`` at the
        unit's level with a value, computed once per areas and option."""
        key = (tuple(area_ids), with_demo)
        found = self._diagnoses.get(key)
        if found is None:
            found = self._diagnosis(repo, key[0], with_demo)
            self._diagnoses[key] = found
        return found

    def _diagnosis(
        self, repo: Repository, area_ids: tuple[str, ...], with_demo: bool
    ) -> DiagnosisResult:
        meta, own = {}, {}
        for area_id in area_ids:
            for service in repo.services_of(area_id):
                for indicator in repo.indicators_of(service.id):
                    figures = self.figures.get(indicator.id)
                    if self.level not in indicator.levels or figures is None:
                        continue
                    if figures.status != Status.VALUE.value:
                        continue
                    meta[indicator.id] = (area_id, indicator.polarity.value, is_demo(indicator))
                    own[indicator.id] = {
                        "value": figures.value,
                        "series_years": [y for y, _ in figures.series],
                        "series_values": [v for _, v in figures.series],
                    }
        stats = self.group_frame.filter(pl.col("indicator").is_in(list(meta)))
        found = diagnosis.findings(stats, own, meta, with_demo)
        basis = diagnosis.basis(stats, own, meta, with_demo)
        grouped = diagnosis.by_area(found, list(area_ids)) if found else []
        return DiagnosisResult(tuple(found), basis, tuple(grouped))


def is_demo(indicator: Indicator) -> bool:
    return indicator.provenance == Provenance.DEMO


def year_in(years: Iterable[int], year_from: int | None, year_to: int | None) -> int | None:
    """The latest of ``years`` inside [year_from, year_to] (either bound may be open)."""
    inside = [
        y
        for y in years
        if (year_from is None or y >= year_from) and (year_to is None or y <= year_to)
    ]
    return max(inside) if inside else None


def group_statistics(
    repo: Repository, unit: Unit, members: list[str], years: Mapping[str, int]
) -> pl.DataFrame:
    """:func:`data_access.peers.group_statistics` of each indicator in its year."""
    chosen = pl.DataFrame(
        {"indicator": list(years), "year": list(years.values())},
        schema={"indicator": pl.String, "year": pl.Int16},
    )
    rows = repo.unit_values([unit.code, *members])
    rows = rows.join(
        chosen.with_columns(pl.col("year").cast(rows.schema["year"])), on=["indicator", "year"]
    ).select("indicator", "code", "value", "status")
    polarity = {i.id: i.polarity.value for i in repo.indicators}
    return peers.group_statistics(rows, unit.code, members, polarity)


def build(
    repo: Repository,
    unit: Unit,
    group_state: tuple[str, int, tuple, tuple],
    year_from: int | None = None,
    year_to: int | None = None,
) -> UnitProfile:
    """The model of ``unit`` (uncached; see :func:`unit_profile`)."""
    kind, k, weights, codes = group_state
    parents = repo.parents(unit)
    group = repo.comparison_group(unit.code, kind, k, dict(weights) or None, list(codes))
    bounds = None
    if year_from is not None or year_to is not None:
        low = year_from if year_from is not None else -32768
        high = year_to if year_to is not None else 32767
        bounds = pl.col("year").is_between(low, high)
    rows = repo.unit_values([unit.code, *(p.code for p in parents)])
    if bounds is not None:
        rows = rows.filter(bounds)
    cells: dict[tuple[str, str], dict[int, Cell]] = {}
    ranks: dict[tuple[str, int], tuple[int | None, int | None]] = {}
    for indicator, code, year, value, status, rank, rank_of in (
        rows.sort("year")
        .select(
            "indicator",
            "code",
            pl.col("year").cast(pl.Int32),
            "value",
            pl.col("status").cast(pl.String),
            "rank",
            "rank_of",
        )
        .iter_rows()
    ):
        cells.setdefault((indicator, code), {})[year] = (value, status)
        if code == unit.code:
            ranks[(indicator, year)] = (rank, rank_of)
    known = repo.indicator_years()
    years = {i: y for i, ys in known.items() if (y := year_in(ys, year_from, year_to)) is not None}
    stats_frame = (
        group_statistics(repo, unit, group.members, years)
        if group is not None
        else pl.DataFrame(schema={"indicator": pl.String})
    )
    stats = {row.pop("indicator"): GroupStat(**row) for row in stats_frame.iter_rows(named=True)}
    figures = {}
    for (indicator_id, code), by_year in cells.items():
        if code != unit.code:
            continue
        year = years.get(indicator_id)
        if year is None or year not in by_year:
            continue
        indicator = repo.indicator(indicator_id)
        value, status = by_year[year]
        parent_cells = tuple(
            cells.get((indicator_id, p.code), {}).get(year, (None, None)) for p in parents
        )
        stat = stats.get(indicator_id)
        rank, rank_of = ranks.get((indicator_id, year), (None, None))
        finding = (
            findings.finding(
                indicator_id,
                year,
                value,
                status,
                demo=is_demo(indicator),
                decimals=indicator.decimals,
                is_total=indicator.is_total,
                parents={p.level: c for p, c in zip(parents, parent_cells, strict=True)},
                group_in_view=group is not None,
                group_kind=group.kind if group is not None else None,
                group_median=stat.median if stat else None,
                group_size=(stat.n if stat else 0) or 0,
            )
            if indicator is not None
            else None
        )
        figures[indicator_id] = Figures(
            indicator_id=indicator_id,
            year=year,
            value=value,
            status=status,
            rank=rank,
            rank_of=rank_of,
            series=tuple(
                (y, v if s == Status.VALUE.value else None) for y, (v, s) in by_year.items()
            ),
            parents=parent_cells,
            group=stat,
            finding=finding,
        )
    return UnitProfile(
        code=unit.code,
        level=unit.level,
        year_from=year_from,
        year_to=year_to,
        parents=tuple((p.level, p.code) for p in parents),
        group=group,
        years=years,
        stats=stats,
        figures=figures,
        cells=cells,
        group_frame=stats_frame,
    )


_CACHES: weakref.WeakKeyDictionary[Repository, OrderedDict] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def unit_profile(
    repo: Repository,
    unit: Unit,
    group: str = peers.DEFAULT_GROUP,
    k: int = peers.DEFAULT_K,
    weights: Mapping[str, float] | None = None,
    codes: Sequence[str] = (),
    year_from: int | None = None,
    year_to: int | None = None,
) -> UnitProfile:
    """The model of ``unit`` against the group (``repo.comparison_group``'s arguments) in the
    years asked for (open: the data's), from a bounded cache per dataset version (a new
    version is a new repository)."""
    group_state = (group, k, tuple(sorted((weights or {}).items())), tuple(codes))
    key = (unit.code, group_state, year_from, year_to)
    with _LOCK:
        cache = _CACHES.setdefault(repo, OrderedDict())
        found = cache.get(key)
        if found is not None:
            cache.move_to_end(key)
            return found
    found = build(repo, unit, group_state, year_from, year_to)
    with _LOCK:
        cache[key] = found
        while len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
    return found
