"""The content of one ``/analiza`` view, computed once per state: what the map, the table,
the charts and the exports of the view show, in numbers and codes (no words: the
presentation in :mod:`analysis.service` makes them, in the reader's language).

Every callback of the page follows the one state, so a change of the view asks for the same
content five times (map, table, chart, scatter, funnel); :func:`analiza_view` computes it
once (the comparison group's k-NN included) and keeps it by the repository (a dataset
version: a reload brings a new one) and the state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import polars as pl

from analysis import scatter
from analysis.figures import MapLayers, map_layers
from analysis.state import Catalogue, ViewState
from analysis.view import view_rows
from config import settings
from core.classify import Classes, classify
from data_access.catalogue_model import Indicator
from data_access.repository import Repository

# Views kept per process: more than a user clicking through indicators and years makes in a
# while (the benchmark cycles 80), at ~1 MB each (rows, map layers).
VIEW_CACHE_SIZE = 128


@dataclass(frozen=True)
class ViewContext:
    indicator: Indicator
    years: list[int]
    year: int


@lru_cache(maxsize=4)
def catalogue_for_state(repo: Repository) -> Catalogue:
    """What a state is checked against: indicators, their years and levels, unit levels."""
    years = {}
    for indicator in repo.indicators:
        years[indicator.id] = tuple(repo.years(indicator.id))
    return Catalogue(
        indicators=frozenset(i.id for i in repo.indicators),
        years=years,
        levels={i.id: tuple(i.levels) for i in repo.indicators},
        unit_levels=dict(zip(repo.units["code"], repo.units["level"], strict=True)),
    )


def default_year(years: list[int] | tuple[int, ...]) -> int:
    """The year a view shows when the link names none: ``SMUP_DEFAULT_YEAR`` where the
    indicator has it, else the latest year with data."""
    return settings.default_year if settings.default_year in years else years[-1]


def view_context(repo: Repository, state: ViewState) -> ViewContext:
    indicator = repo.indicator(state.wskaznik)
    years = list(catalogue_for_state(repo).years.get(indicator.id) or (date.today().year,))
    year = state.rok if state.rok in years else default_year(years)
    return ViewContext(indicator, years, year)


@lru_cache(maxsize=64)
def cached_rows(
    repo: Repository,
    indicator_id: str,
    level: str,
    year: int,
    territory: str,
    members: tuple[str, ...] = (),
) -> pl.DataFrame:
    """The rows of one indicator, level, year and territory or group (``view_rows``): also
    what the other years of an export and the scatter's second indicator read."""
    indicator = repo.indicator(indicator_id)
    return view_rows(
        repo.indicator_values(indicator_id),
        repo.units,
        level,
        year,
        territory,
        indicator.polarity,
        members,
    )


def group_members(repo: Repository, state: ViewState) -> tuple[str, ...]:
    """The units of the comparison group the view is restricted to: the first selected unit
    and its group ("" group or no selection: no restriction). Runs the group's k-NN: read it
    from :func:`analiza_view`."""
    if not state.grupa or not state.jst:
        return ()
    reference = state.jst[0]
    return (reference, *repo.peer_codes(reference, state.grupa))


@dataclass(frozen=True)
class XRows:
    """The scatter's second indicator: its year paired with the view's, and its rows for the
    units of the view."""

    indicator: Indicator
    year: int
    rows: pl.DataFrame


@dataclass(frozen=True)
class AnalizaView:
    """One view of ``/analiza``: its state, indicator and years, the comparison group
    (``members``, empty without one) and the territory it spans (a group spans the country),
    the rows of the table and exports, the map's classes and layers, and the scatter's
    second indicator when the scatter is shown."""

    state: ViewState
    context: ViewContext
    members: tuple[str, ...]
    territory: str
    rows: pl.DataFrame
    classes: Classes
    map_layers: MapLayers
    x: XRows | None

    @property
    def indicator(self) -> Indicator:
        return self.context.indicator

    @property
    def year(self) -> int:
        return self.context.year


def x_rows(
    repo: Repository, state: ViewState, territory: str, members: tuple[str, ...], year: int
) -> XRows:
    """The scatter's x indicator for the view's ``year`` (``scatter.x_year``)."""
    years = catalogue_for_state(repo).years.get(state.x, ())
    paired = scatter.x_year(year, years) or year
    rows = cached_rows(repo, state.x, state.poziom, paired, territory, members)
    return XRows(repo.indicator(state.x), paired, rows)


@lru_cache(maxsize=VIEW_CACHE_SIZE)
def analiza_view(repo: Repository, state: ViewState) -> AnalizaView:
    """The content of the view of ``state`` (a checked state: see ``stored_state``)."""
    context = view_context(repo, state)
    members = group_members(repo, state)
    territory = "" if members else state.teren  # a comparison group spans the country
    rows = cached_rows(repo, state.wskaznik, state.poziom, context.year, territory, members)
    values = rows.filter(pl.col("status") == "value")["value"].to_list()
    classes = classify(values, state.klasy)
    layers = map_layers(rows, classes.breaks, context.indicator.decimals)
    x = x_rows(repo, state, territory, members, context.year) if state.wykres == "rozrzut" else None
    return AnalizaView(state, context, members, territory, rows, classes, layers, x)


def clear_view_caches() -> None:
    """Forget every view and its rows (what a benchmark of the work itself needs)."""
    analiza_view.cache_clear()
    cached_rows.cache_clear()
