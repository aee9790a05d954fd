"""The repository: the one interface through which the app reads data.

The values live in the store of :mod:`data_access.store`, read through the page cache that all
worker processes share: queries read slices of it (one indicator, a few units) and never hold
the whole dataset. The small tables (units, neighbours) are read once per process; queries are
small functions over Polars frames, collected at the edge.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

import polars as pl

from collation import collation_key
from core.levels import WITH_PARENTS
from data_access import peers
from data_access.catalogue import Catalogue, DemoTexts, catalogue_of
from data_access.catalogue_model import Area, Indicator, Provenance, Service, Status
from data_access.changes import (
    Freshness,
    freshness_of,
    read_changes,
    version_changes,
    written_at,
)
from data_access.history import BUILD
from data_access.plausibility import SUSPECT_FILE, SUSPECT_FILE_COLUMNS, SUSPECT_SCHEMA
from data_access.provenance import ValueSources, import_coverage
from data_access.store import ValueStore
from data_access.units import POLAND_CODE, fold

log = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 100
IMPORTS_FILE = "imports.json"
_WORDS = re.compile(r"[^\w]+")
WEAK_MATCH = 3  # the score of a match inside a word (see search_units)


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    level: str
    kind: str
    powiat_code: str | None
    woj_code: str | None
    is_city_county: bool
    former_codes: tuple[str, ...]

    @property
    def is_gmina(self) -> bool:
        return self.level == "gmina"


@dataclass(frozen=True)
class SearchHit:
    code: str
    name: str
    level: str
    kind: str  # as stored, in Polish: shown through ``i18n.localized_kind``
    powiat: str | None = None  # name of the powiat of a gmina (not of a city with county rights)
    woj: str | None = None  # name of the voivodeship of a gmina or powiat


def normalise_query(query: str) -> str:
    """Fold a search query: lower case, no diacritics, single spaces."""
    return " ".join(_WORDS.sub(" ", fold(query)).split())


def status_column(value_column: str) -> str:
    """The status column of a parent's value column in :meth:`Repository.profile`
    (``"powiat_value"`` → ``"powiat_status"``)."""
    return value_column.removesuffix("_value") + "_status"


def search_units(units: pl.DataFrame, query: str, limit: int = 10) -> pl.DataFrame:
    """Units matching ``query`` by name (diacritics optional) or TERYT code, best first.

    Order: exact name, name prefix, a word of the name starting with the query, then
    anywhere in the name; within each, voivodeships before powiaty before gminy, among
    gminy the larger ones first (``population`` column, if present), then in Polish
    alphabetical order. Matches anywhere in the name ("lodz" in "Kłodzko") are weak: they
    are listed only when nothing better is found.
    """
    folded = normalise_query(query)
    if not folded:
        return units.clear()
    digits = folded.replace(" ", "")
    if digits.isdigit():
        matches = units.filter(
            pl.col("code").str.starts_with(digits) | pl.col("former_codes").list.contains(digits)
        ).with_columns(pl.lit(0).alias("score"))
    else:
        key = pl.col("search_key").str.replace_all(r"[^\w]+", " ")
        score = (
            pl.when(key == folded)
            .then(0)
            .when(key.str.starts_with(folded))
            .then(1)
            .when(key.str.contains(rf"\b{re.escape(folded)}"))
            .then(2)
            .when(key.str.contains(folded, literal=True))
            .then(WEAK_MATCH)
        )
        matches = units.with_columns(score.alias("score")).filter(pl.col("score").is_not_null())
        if (matches["score"] < WEAK_MATCH).any():
            matches = matches.filter(pl.col("score") < WEAK_MATCH)
    level_order = pl.col("level").replace_strict(
        {"kraj": 0, "wojewodztwo": 1, "powiat": 2, "gmina": 3}, return_dtype=pl.Int8
    )
    if "population" not in matches.columns:
        matches = matches.with_columns(population=pl.lit(0.0))
    return matches.sort(
        [pl.col("score"), level_order, pl.col("population").fill_null(0), collation_key(), "code"],
        descending=[False, False, True, False, False],
    ).head(limit)


class Repository:
    """Read-only access to the built dataset and its catalogue (the app's, from
    ``settings.catalogue_dir``, with the dataset's synced entries, unless ``catalogue`` is
    given)."""

    def __init__(self, built_dir: Path, catalogue: Catalogue | None = None):
        self.built_dir = built_dir
        self.catalogue = catalogue or catalogue_of(built_dir)
        self._store = ValueStore(built_dir)
        self._index_units(pl.read_parquet(built_dir / "units.parquet"))

    def _index_units(self, units: pl.DataFrame) -> None:
        """The units with their latest population, looked up by current and former code
        (the values must be readable already)."""
        self.units = units.join(self._latest_population(), on="code", how="left")
        self._by_code = {row["code"]: row for row in self.units.iter_rows(named=True)}
        self._former = {
            former: row["code"]
            for row in self.units.iter_rows(named=True)
            for former in row["former_codes"]
        }

    # --- catalogue -----------------------------------------------------------------------
    @property
    def areas(self) -> tuple[Area, ...]:
        return self.catalogue.areas

    @property
    def services(self) -> tuple[Service, ...]:
        return self.catalogue.services

    @cached_property
    def indicators(self) -> tuple[Indicator, ...]:
        indicators = self.catalogue.indicators
        touched = fed_by_imports(indicators, self._imports)
        values = self._store.indicators(sorted(touched))
        return with_imported_provenance(indicators, values, self._imports, self.catalogue.demo)

    @cached_property
    def _indicator_by_id(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators}

    def indicator(self, indicator_id: str) -> Indicator | None:
        return self._indicator_by_id.get(indicator_id)

    def service(self, service_id: str) -> Service | None:
        return next((s for s in self.services if s.id == service_id), None)

    def area(self, area_id: str) -> Area | None:
        return next((a for a in self.areas if a.id == area_id), None)

    def services_of(self, area_id: str) -> list[Service]:
        return [s for s in self.services if s.area_id == area_id]

    @cached_property
    def _indicators_by_service(self) -> dict[str, list[Indicator]]:
        grouped: dict[str, list[Indicator]] = {}
        for indicator in self.indicators:
            grouped.setdefault(indicator.service_id, []).append(indicator)
        return grouped

    def indicators_of(self, service_id: str) -> list[Indicator]:
        return list(self._indicators_by_service.get(service_id, ()))

    # --- units ---------------------------------------------------------------------------
    def indicator_values(self, indicator_id: str) -> pl.DataFrame:
        """All rows of one indicator (every unit, level and year, sorted by level, code,
        year); empty if unknown. A slice of the shared store, not a scan."""
        return self._store.indicator(indicator_id)

    def values(self) -> pl.LazyFrame:
        """Every value row, as a lazy scan of the store. A full scan reads the whole dataset
        (~2 GB at SMUP's full size): the app's queries use the targeted methods instead."""
        return self._store.scan()

    def _latest_population(self) -> pl.DataFrame:
        return (
            self.indicator_values("ludnosc")
            .filter(pl.col("status") == Status.VALUE.value)
            .sort("year")
            .group_by("code")
            .agg(pl.col("value").last().alias("population"))
        )

    def resolve_code(self, code: str) -> str | None:
        """The current code for ``code`` (itself, or the unit that had it before)."""
        if code in self._by_code:
            return code
        return self._former.get(code)

    def unit(self, code: str) -> Unit | None:
        """The unit with ``code`` (current or former), or None."""
        current = self.resolve_code(code)
        if current is None:
            return None
        row = self._by_code[current]
        return Unit(
            code=row["code"],
            name=row["name"],
            level=row["level"],
            kind=row["kind"],
            powiat_code=row["powiat_code"],
            woj_code=row["woj_code"],
            is_city_county=bool(row["is_city_county"]),
            former_codes=tuple(row["former_codes"]),
        )

    def parents(self, unit: Unit) -> list[Unit]:
        """Powiat (for a gmina), voivodeship and Poland of ``unit``, nearest first."""
        codes = []
        if unit.level == "gmina":
            codes.append(unit.powiat_code)
        if unit.level in WITH_PARENTS:
            codes.append(unit.woj_code)
        if unit.level != "kraj":
            codes.append(POLAND_CODE)
        return [u for c in codes if c and (u := self.unit(c))]

    def population(self, code: str) -> float | None:
        return self._by_code.get(code, {}).get("population")

    def search(self, query: str, limit: int = 10) -> list[SearchHit]:
        """Units matching a name or code; see :func:`search_units`."""
        found = search_units(self.units, query[:MAX_QUERY_LENGTH], limit)
        return [self._hit(row) for row in found.iter_rows(named=True)]

    def describe(self, code: str) -> SearchHit | None:
        """The unit with ``code`` (current or former) as a search result would name it."""
        current = self.resolve_code(code)
        return self._hit(self._by_code[current]) if current else None

    def _hit(self, row: dict) -> SearchHit:
        powiat = woj = None
        if row["level"] == "gmina" and not row["is_city_county"]:
            powiat = self._by_code.get(row["powiat_code"], {}).get("name")
        if row["level"] in WITH_PARENTS:
            woj = self._by_code[row["woj_code"]]["name"]
        return SearchHit(row["code"], row["name"], row["level"], row["kind"], powiat, woj)

    # --- values --------------------------------------------------------------------------
    @cached_property
    def _years(self) -> dict[str, tuple[int, ...]]:
        frame = (
            self._store.coverage.filter(pl.col("values") > 0)
            .group_by("indicator")
            .agg(pl.col("year").unique().sort())
        )
        return {ind: tuple(int(y) for y in years) for ind, years in frame.iter_rows()}

    def indicator_years(self) -> dict[str, tuple[int, ...]]:
        """Years with at least one value, per indicator (indicators with none left out)."""
        return dict(self._years)

    def latest_years(self) -> dict[str, int]:
        """Latest year with any value, per indicator."""
        return {indicator: years[-1] for indicator, years in self._years.items()}

    def years(self, indicator_id: str) -> list[int]:
        """Years that the indicator covers (with a value somewhere)."""
        return list(self._years.get(indicator_id, ()))

    @cached_property
    def latest_year_by_indicator(self) -> dict[str, int]:
        return self.latest_years()

    def profile(self, unit: Unit) -> pl.DataFrame:
        """One row per indicator available at the unit's level, in the indicator's latest
        year: the unit's value, status, rank, its whole series, and the values of its powiat,
        voivodeship and Poland in the same year (where they are its parents), each with its
        status (``powiat_status``…: a suspect parent value is shown but never compared)."""
        parent_by_level = {p.level: p.code for p in self.parents(unit)}
        codes = [unit.code, *parent_by_level.values()]
        rows = self.unit_values(codes)
        latest = pl.DataFrame(
            {
                "indicator": list(self.latest_year_by_indicator),
                "latest": list(self.latest_year_by_indicator.values()),
            },
            schema={"indicator": pl.String, "latest": pl.Int16},
        )
        own = rows.filter(pl.col("code") == unit.code)
        # The trend shows values only: a suspect value is a gap, as a missing one is.
        series = (
            own.sort("year")
            .group_by("indicator")
            .agg(
                pl.col("year").alias("series_years"),
                pl.when(pl.col("status") == Status.VALUE.value)
                .then(pl.col("value"))
                .alias("series_values"),
            )
        )
        current = own.join(latest, on="indicator").filter(pl.col("year") == pl.col("latest"))
        result = current.select(
            "indicator", "year", "value", "status", "provenance", "quality", "rank", "rank_of"
        ).join(series, on="indicator", how="left")
        for level, column in (
            ("powiat", "powiat_value"),
            ("wojewodztwo", "woj_value"),
            ("kraj", "poland_value"),
        ):
            code = parent_by_level.get(level)
            parent = (
                rows.filter(pl.col("code") == code).select(
                    "indicator",
                    "year",
                    pl.col("value").alias(column),
                    pl.col("status").cast(pl.String).alias(status_column(column)),
                )
                if code
                else pl.DataFrame(
                    schema={
                        "indicator": pl.String,
                        "year": pl.Int16,
                        column: pl.Float64,
                        status_column(column): pl.String,
                    }
                )
            )
            result = result.join(parent, on=["indicator", "year"], how="left")
        return result

    def unit_values(self, codes: list[str]) -> pl.DataFrame:
        """All rows of the given units: every indicator and year (``indicator`` as a string).
        Slices of the store's copy sorted by unit, not a scan."""
        return self._store.units(codes).with_columns(pl.col("indicator").cast(pl.String))

    # --- comparison groups (method in data_access/peers.py) ------------------------------
    @cached_property
    def _neighbours(self) -> pl.DataFrame:
        path = self.built_dir / "neighbours.parquet"
        if not path.exists():
            return pl.DataFrame(
                schema={"level": pl.String, "code": pl.String, "neighbour_code": pl.String}
            )
        return pl.read_parquet(path)

    @cached_property
    def _peer_contexts(self) -> dict[str, peers.ContextData]:
        contexts = {}
        values = self._store.indicators(v.indicator_id for v in peers.CONTEXT_VARIABLES)
        for level in peers.PEER_LEVELS:
            codes = self.units.filter(pl.col("level") == level)["code"].to_list()
            contexts[level] = peers.build_context(peers.context_matrix(values, codes), level)
        return contexts

    def peer_context(self, level: str) -> peers.ContextData | None:
        """Context variables (latest year per unit, imputed, z-scores) of a level."""
        return self._peer_contexts.get(level)

    def comparison_group(
        self,
        code: str,
        group: str = peers.DEFAULT_GROUP,
        k: int = peers.DEFAULT_K,
        weights: dict[str, float] | None = None,
        codes: list[str] | None = None,
    ) -> peers.PeerGroup | None:
        """The comparison group of a unit: ``group`` is "podobne" (k most similar, with
        ``weights``), "sasiedzi", "administracyjna" or "wlasna" (``codes``). None for an
        unknown unit or for Poland."""
        unit = self.unit(code)
        if unit is None or unit.level not in peers.PEER_LEVELS:
            return None
        if group == "sasiedzi":
            return peers.neighbour_group(self._neighbours, unit.code, unit.level)
        if group == "administracyjna":
            return peers.administrative_group(self.units, unit.code)
        if group == "wlasna":
            return peers.user_group(
                unit.code,
                unit.level,
                list(codes or []),
                self.resolve_code,
                lambda c: self._by_code[c]["level"],
            )
        return peers.similar_units(self._peer_contexts[unit.level], unit.code, k, weights)

    def peer_codes(
        self,
        code: str,
        group: str = peers.DEFAULT_GROUP,
        k: int = peers.DEFAULT_K,
        weights: dict[str, float] | None = None,
        codes: list[str] | None = None,
    ) -> list[str]:
        """TERYT codes of a unit's comparison group (the unit itself not included)."""
        found = self.comparison_group(code, group, k, weights, codes)
        return found.members if found else []

    def group_statistics(self, unit: Unit, members: list[str]) -> pl.DataFrame:
        """The unit against ``members`` for every indicator in its latest year; see
        :func:`data_access.peers.group_statistics`."""
        latest = pl.DataFrame(
            {
                "indicator": list(self.latest_year_by_indicator),
                "year": list(self.latest_year_by_indicator.values()),
            },
            schema={"indicator": pl.String, "year": pl.Int16},
        )
        rows = (
            self.unit_values([unit.code, *members])
            .join(latest, on=["indicator", "year"])
            .select("indicator", "code", "value", "status")
        )
        polarity = {i.id: i.polarity.value for i in self.indicators}
        return peers.group_statistics(rows, unit.code, members, polarity)

    def latest_values(self, codes: list[str]) -> pl.DataFrame:
        """Every indicator of the given units in the indicator's latest year."""
        latest = pl.DataFrame(
            {
                "indicator": list(self.latest_year_by_indicator),
                "year": list(self.latest_year_by_indicator.values()),
            },
            schema={"indicator": pl.String, "year": pl.Int16},
        )
        return self.unit_values(codes).join(latest, on=["indicator", "year"])

    def distribution(self, indicator_id: str, level: str, year: int) -> pl.DataFrame:
        """Values of all units of a level in a year, with names, for one indicator."""
        return (
            self.indicator_values(indicator_id)
            .filter(pl.col("level") == level, pl.col("year") == year)
            .join(self.units.select("code", "name", "kind"), on="code", how="left")
        )

    # A profile asks for ~140 indicators' denominators in two or three years: one scan of a
    # year (~250,000 rows, ~10 MB) serves them all; a scan per indicator cost 16 ms each.
    @lru_cache(maxsize=3)  # noqa: B019 (one repository per process, kept for its life)
    def _components_of_year(self, year: int) -> pl.DataFrame:
        return (
            pl.scan_parquet(self.built_dir / "components.parquet")
            .filter(pl.col("year") == year)
            .select("code", "variable", "value", "status")
            .collect()
        )

    def denominators(self, indicator_id: str, level: str, year: int) -> pl.DataFrame:
        """``code, denominator`` of every unit of a level in a year: a gmina's own denominator
        (when positive), or for a larger unit the sum over its gminy whose numerator and
        denominator are both values, as the build sums them. Empty for an indicator without
        a denominator or one published per unit."""
        indicator = self.indicator(indicator_id)
        empty = pl.DataFrame(schema={"code": pl.String, "denominator": pl.Float64})
        if indicator is None or indicator.denominator is None or level == "kraj":
            return empty
        rows = self._components_of_year(year).filter(
            pl.col("variable").is_in([indicator.numerator, indicator.denominator])
        )
        den = rows.filter(pl.col("variable") == indicator.denominator)
        if level == "gmina":
            return den.filter(pl.col("value") > 0).select(
                "code", pl.col("value").alias("denominator")
            )
        usable_num = rows.filter(
            pl.col("variable") == indicator.numerator, pl.col("status") == Status.VALUE.value
        ).select("code")
        width = {"powiat": 4, "wojewodztwo": 2}[level]
        return (
            den.filter(pl.col("status") == Status.VALUE.value)
            .join(usable_num, on="code")
            .group_by(pl.col("code").str.slice(0, width))
            .agg(pl.col("value").sum().alias("denominator"))
            .filter(pl.col("denominator") > 0)
        )

    # --- data quality --------------------------------------------------------------------
    @property
    def suspect_values_file(self) -> Path:
        """The CSV list of suspect source values written by the build (``kod_teryt, nazwa,
        zmienna, rok, wartosc, regula``); it may be missing from an older dataset."""
        return self.built_dir / SUSPECT_FILE

    @cached_property
    def suspect_sources(self) -> pl.DataFrame:
        """The suspect source values: code, name, variable, year, value, rule (empty when the
        dataset has no list)."""
        schema = {"name": pl.String} | SUSPECT_SCHEMA
        if not self.suspect_values_file.exists():
            return pl.DataFrame(schema=schema).select(list(SUSPECT_FILE_COLUMNS))
        frame = pl.read_csv(self.suspect_values_file, infer_schema=False)  # codes keep zeros
        by_file_name = {v: k for k, v in SUSPECT_FILE_COLUMNS.items()}
        return frame.rename(by_file_name).cast(schema).select(list(SUSPECT_FILE_COLUMNS))

    @cached_property
    def quality_counts(self) -> dict[str, int]:
        """How many rows of the dataset (every indicator, unit and year) carry each quality
        flag; a flag no row has is absent. Counted when the store was written."""
        return dict(self._store.counts.get("quality", {}))

    # --- freshness (data_access/changes.py) ---------------------------------------------
    @cached_property
    def changes(self) -> dict:
        """The changes stored with this dataset version (``changes.json``). A dataset built
        before they were recorded gets them computed once per process, as a first build made
        when its store was written."""
        record = read_changes(self.built_dir)
        if record is None:
            log.warning("%s has no %s: computing it", self.built_dir, "changes.json")
            record = version_changes(None, self.built_dir, written_at(self.built_dir), BUILD)
        return record

    def freshness(self, indicator_id: str) -> Freshness:
        """The latest year with a value per level and the time its values were last
        imported; empty for an unknown indicator."""
        return freshness_of(self.changes, indicator_id)

    # --- public API queries --------------------------------------------------------------
    @cached_property
    def _imports(self) -> tuple[dict, ...]:
        path = self.built_dir / IMPORTS_FILE
        if not path.exists():
            return ()
        return tuple(json.loads(path.read_text(encoding="utf-8")))

    def imports(self) -> list[dict]:
        """Imports applied to this dataset version (variable, source file, checksum, date,
        years), oldest first; empty for a dataset built only from the shipped files."""
        return list(self._imports)

    @cached_property
    def _catalogue_sources(self) -> dict[str, str]:
        """The source of each indicator as the catalogue gives it (before any import)."""
        return {i.id: i.source for i in self.catalogue.indicators}

    def value_sources(self, indicator_id: str) -> ValueSources | None:
        """Where the values of an indicator come from, per year: the imports and syncs that
        brought them (source and date), else the catalogue's source; None if unknown."""
        indicator = self.indicator(indicator_id)
        if indicator is None:
            return None
        coverage = import_coverage(indicator, self._imports)
        return ValueSources(coverage, self._catalogue_sources[indicator_id])

    def find_units(
        self, level: str | None = None, parent: str | None = None, query: str | None = None
    ) -> pl.DataFrame:
        """Units by level, by parent (all units inside a voivodeship, powiat or Poland) and by
        a name or code query (best matches first; otherwise ordered by code)."""
        frame = self.units
        if query:
            frame = search_units(frame, query[:MAX_QUERY_LENGTH], limit=frame.height)
        if level:
            frame = frame.filter(pl.col("level") == level)
        if parent:
            frame = frame.filter(inside(parent))
        return frame.select(UNIT_COLUMNS)

    def find_values(
        self,
        indicator_id: str,
        *,
        level: str | None = None,
        years: tuple[int, int] | None = None,
        codes: list[str] | None = None,
        parent: str | None = None,
    ) -> pl.DataFrame:
        """Rows of one indicator, filtered, with unit names, ordered by level, code, year."""
        filters = []
        if level:
            filters.append(pl.col("level") == level)
        if years:
            filters.append(pl.col("year").is_between(years[0], years[1]))
        if codes is not None:
            filters.append(pl.col("code").is_in(codes))
        if parent:
            filters.append(inside(parent))
        rows = self.indicator_values(indicator_id).lazy()
        if filters:
            rows = rows.filter(*filters)
        return (
            rows.join(self.units.lazy().select("code", "name"), on="code", how="left")
            .select(VALUE_COLUMNS)
            .sort("level", "code", "year")
            .with_columns(pl.col("indicator").cast(pl.String), pl.col("level").cast(pl.String))
            .collect()
        )


UNIT_COLUMNS = (
    "code",
    "name",
    "level",
    "kind",
    "powiat_code",
    "woj_code",
    "is_city_county",
    "former_codes",
)
VALUE_COLUMNS = (
    "indicator",
    "code",
    "name",
    "level",
    "year",
    "value",
    "status",
    "provenance",
    "quality",
    "rank",
    "rank_of",
)


def fed_by_imports(indicators: tuple[Indicator, ...], imports: tuple[dict, ...]) -> set[str]:
    """Ids of the indicators whose numerator or denominator is an imported variable."""
    records = {r["variable"] for r in imports}
    return {i.id for i in indicators if i.numerator in records or (i.denominator or "") in records}


def with_imported_provenance(
    indicators: tuple[Indicator, ...],
    values: pl.DataFrame,
    imports: tuple[dict, ...],
    demo: DemoTexts,
) -> tuple[Indicator, ...]:
    """Indicators fed by imported variables: provenance ``real`` once none of their values is
    demonstration data any more, and the import named in their source. ``values`` holds (at
    least) the rows of those indicators; ``demo`` the catalogue's demonstration texts."""
    if not imports:
        return indicators
    records = {r["variable"]: r for r in imports}
    touched = fed_by_imports(indicators, imports)
    still_demo = set(
        values.filter(
            pl.col("indicator").cast(pl.String).is_in(list(touched)),
            pl.col("status") == Status.VALUE.value,
            pl.col("provenance") == Provenance.DEMO.value,
        )["indicator"]
        .cast(pl.String)
        .unique()
        .to_list()
    )
    result = []
    for indicator in indicators:
        if indicator.id not in touched:
            result.append(indicator)
            continue
        used = [records[v] for v in (indicator.numerator, indicator.denominator) if v in records]
        notes = list(dict.fromkeys(record_note(r) for r in used))
        notes_en = list(dict.fromkeys(r.get("note_en") or record_note(r) for r in used))
        provenance = Provenance.DEMO if indicator.id in still_demo else Provenance.REAL
        replaced = provenance == Provenance.REAL and indicator.provenance == Provenance.DEMO
        # the import is the whole source now, or it names the source already ("GUS, SMUP")
        if notes and (replaced or all(n.startswith(indicator.source) for n in notes)):
            source, source_en = "; ".join(notes), "; ".join(notes_en)
        else:
            source = "; ".join([indicator.source, *notes])
            source_en = "; ".join([indicator.source_en, *notes_en])
        changes = {"provenance": provenance, "source": source, "source_en": source_en}
        if replaced:  # the demonstration caveat and tag no longer apply
            changes["caveats"] = indicator.caveats.replace(demo.caveat, "").strip()
            changes["caveats_en"] = indicator.caveats_en.replace(demo.caveat_en, "").strip()
            changes["tags"] = tuple(tag for tag in indicator.tags if tag != "demo")
        result.append(replace(indicator, **changes))
    return tuple(result)


def record_note(record: dict) -> str:
    """What an import or sync record says about where its values come from, in Polish."""
    return record.get("note") or (
        f"{record.get('source', '')} ({record.get('source_file', '')}, "
        f"{record.get('imported_at', '')[:10]})"
    )


def inside(parent: str) -> pl.Expr:
    """Units strictly inside ``parent`` (Poland, a voivodeship or a powiat), by code prefix."""
    if parent == POLAND_CODE:
        return pl.col("code") != POLAND_CODE
    return pl.col("code").str.starts_with(parent) & (pl.col("code") != parent)


_REPOSITORY: Repository | None = None
_REPOSITORY_VERSION: str | None = None


def dataset_version(built_dir: Path) -> str | None:
    """Where ``data/built`` points (a dataset version), or None for a plain folder."""
    try:
        return os.readlink(built_dir)
    except OSError:
        return None


def get_repository() -> Repository:
    """The process-wide repository (read-only data, opened on first use), serving the
    catalogue of ``settings.catalogue_dir``. It is reopened when an import, a sync or a
    restore has switched ``data/built`` to another version, so running workers pick it up."""
    global _REPOSITORY, _REPOSITORY_VERSION
    from config import settings

    version = dataset_version(settings.built_dir)
    if _REPOSITORY is None or version != _REPOSITORY_VERSION:
        # The version's own folder: a later switch never changes the files under it.
        _REPOSITORY = Repository(settings.built_dir.resolve())
        _REPOSITORY_VERSION = version
    return _REPOSITORY
