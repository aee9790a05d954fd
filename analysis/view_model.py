"""The content of one ``/analiza`` view, computed once per state: what the map, the table,
the charts and the exports of the view show, in numbers and codes (no words: the
presentation in :mod:`analysis.service` makes them, in the reader's language).

Every callback of the page follows the one state, so a change of the view asks for the same
content five times (map, table, chart, scatter, funnel); :func:`analiza_view` computes it
once (the comparison group's k-NN included) and keeps it by the repository (a dataset
version: a reload brings a new one, and the old one's entries are dropped) and the state."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache, wraps

import numpy as np
import polars as pl

from analysis import scatter
from analysis.figures import MapLayers, map_layers
from analysis.state import Catalogue, ViewState
from analysis.view import map_values, view_rows
from config import settings
from core.classify import Classes, classify
from data_access.catalogue_model import Indicator, Status
from data_access.repository import Repository

# Views kept per process: more than a user clicking through indicators and years makes in a
# while (the benchmark cycles 77), at ~0.7 MB each once the map and the table have read them.
VIEW_CACHE_SIZE = 96


def newest_repository_cache(maxsize: int) -> Callable:
    """``lru_cache`` for a function of a repository (its first argument) that keeps the
    entries of one repository only, the newest asked for: an old dataset version (a reload
    brings a new repository) is let go at the first call with the new one, not kept alive by
    the keys of every cache that has seen it."""

    def decorate(function: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(function)
        newest: list[weakref.ref | None] = [None]
        lock = threading.Lock()

        @wraps(function)
        def wrapper(repo: Repository, *args, **kwargs):
            with lock:
                if newest[0] is None or newest[0]() is not repo:
                    cached.cache_clear()
                    newest[0] = weakref.ref(repo)
            return cached(repo, *args, **kwargs)

        wrapper.cache_clear = cached.cache_clear
        return wrapper

    return decorate


@dataclass(frozen=True)
class ViewContext:
    indicator: Indicator
    years: list[int]
    year: int


@newest_repository_cache(maxsize=1)
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


@newest_repository_cache(maxsize=64)
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


@newest_repository_cache(maxsize=1)
def unit_names(repo: Repository) -> dict[str, str]:
    """Code → name of every unit (what the map's hover and legend name units by)."""
    return dict(zip(repo.units["code"].to_list(), repo.units["name"].to_list(), strict=True))


@newest_repository_cache(maxsize=16)
def units_of(repo: Repository, codes: tuple[str, ...]) -> tuple[list[str], list[str | None]]:
    """``codes`` and their names as lists: one pair for the views of a level and territory
    (every indicator and year has the same units, mostly), never changed by its readers."""
    names = unit_names(repo)
    return list(codes), [names.get(code) for code in codes]


def x_rows(
    repo: Repository, state: ViewState, territory: str, members: tuple[str, ...], year: int
) -> XRows:
    """The scatter's x indicator for the view's ``year`` (``scatter.x_year``)."""
    years = catalogue_for_state(repo).years.get(state.x, ())
    paired = scatter.x_year(year, years) or year
    rows = cached_rows(repo, state.x, state.poziom, paired, territory, members)
    return XRows(repo.indicator(state.x), paired, rows)


@dataclass(frozen=True)
class MapContent:
    """The map of a view: its classes and layers."""

    classes: Classes
    layers: MapLayers


def map_content(
    repo: Repository,
    state: ViewState,
    context: ViewContext,
    territory: str,
    members: tuple[str, ...],
) -> MapContent:
    """The classes and layers of the map of a view: its year's values only (the map is
    redrawn first on every change; the other years' changes are the table's)."""
    indicator = context.indicator
    units = map_values(
        repo.indicator_values(indicator.id),
        state.poziom,
        context.year,
        territory,
        indicator.polarity,
        members,
    )
    valued = units.values[units.status[Status.VALUE.value]]
    classes = classify(np.sort(valued[np.isfinite(valued)]).tolist(), state.klasy)
    codes, names = units_of(repo, tuple(units.codes))
    units = replace(units, codes=codes)  # the kept views share one list of codes
    return MapContent(classes, map_layers(units, names, classes.breaks, indicator.decimals))


@dataclass(frozen=True)
class AnalizaView:
    """One view of ``/analiza``: its state, indicator and years, the comparison group
    (``members``, empty without one) and the territory it spans (a group spans the country);
    and, each computed when first read (by the callback that needs it), then kept with the
    view: the map's classes and layers, the rows of the table and exports, the scatter's
    second indicator."""

    repo: Repository = field(repr=False, compare=False)
    state: ViewState
    context: ViewContext
    members: tuple[str, ...]
    territory: str

    @property
    def indicator(self) -> Indicator:
        return self.context.indicator

    @property
    def year(self) -> int:
        return self.context.year

    @cached_property
    def map(self) -> MapContent:
        return map_content(self.repo, self.state, self.context, self.territory, self.members)

    @property
    def classes(self) -> Classes:
        return self.map.classes

    @property
    def map_layers(self) -> MapLayers:
        return self.map.layers

    @cached_property
    def rows(self) -> pl.DataFrame:
        """One row per unit with value, status, rank, percentile and changes (``view_rows``),
        by rank."""
        state = self.state
        return cached_rows(
            self.repo, state.wskaznik, state.poziom, self.year, self.territory, self.members
        )

    @cached_property
    def x(self) -> XRows | None:
        """The scatter's second indicator, while the scatter is shown."""
        if self.state.wykres != "rozrzut":
            return None
        return x_rows(self.repo, self.state, self.territory, self.members, self.year)


@newest_repository_cache(maxsize=VIEW_CACHE_SIZE)
def analiza_view(repo: Repository, state: ViewState) -> AnalizaView:
    """The view of ``state`` (a checked state: see ``stored_state``); its parts are computed
    when first read."""
    context = view_context(repo, state)
    members = group_members(repo, state)
    territory = "" if members else state.teren  # a comparison group spans the country
    return AnalizaView(repo, state, context, members, territory)


def clear_view_caches() -> None:
    """Forget every view and its rows (what a benchmark of the work itself needs)."""
    analiza_view.cache_clear()
    cached_rows.cache_clear()
