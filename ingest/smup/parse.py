"""Pure functions from SMUP's answers to our data: every record checked against the names in
:mod:`ingest.smup.fields` (another shape raises :class:`SmupShapeError`), the dictionaries
turned into typed entries, units mapped to our codes, flags to our statuses, data rows to
component rows, and the catalogue entries of the synced indicators (specs/13-interface.md).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import polars as pl

from core.levels import ALL_LEVELS
from data_access.build import COMPONENT_SCHEMA
from data_access.catalogue_model import Dimension, Polarity, Provenance, Status
from ingest.smup import fields as f
from ingest.smup.errors import SmupDataError, SmupShapeError

SHOWN = 10  # examples named in a message

# One fetched indicator-year, as kept in the checkpoint (columns of equal length).
ROW_SCHEMA = {"unit": pl.String, "flag": pl.String, "value": pl.Float64, "precision": pl.Int32}


# --- records -------------------------------------------------------------------------------
def records(body: object, where: str) -> list[dict]:
    """The records of a list answer: a JSON array, or an object with the array under
    :data:`fields.ENVELOPE_KEY`; each record an object."""
    found = body.get(f.ENVELOPE_KEY) if isinstance(body, dict) else body
    if not isinstance(found, list):
        raise SmupShapeError(where, f.ENVELOPE_KEY, "ingest.smup.shape.envelope", body)
    for record in found:
        if not isinstance(record, dict):
            raise SmupShapeError(where, f.ENVELOPE_KEY, "ingest.smup.shape.record", record)
    return found


def _present(record: dict, name: str, where: str) -> object:
    if name not in record:
        raise SmupShapeError(where, name, "ingest.smup.shape.missing", record)
    return record[name]


def _id(record: dict, name: str, where: str) -> str:
    """An id: a whole number or a digit string, returned as a string."""
    value = _present(record, name, where)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip().isdigit():
        return value.strip()
    raise SmupShapeError(where, name, "ingest.smup.shape.not_id", record)


def _optional_id(record: dict, name: str, where: str) -> str | None:
    if record.get(name) is None:
        return None
    return _id(record, name, where)


def _text(record: dict, name: str, where: str, *, required: bool = True) -> str:
    value = record.get(name) if not required else _present(record, name, where)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise SmupShapeError(where, name, "ingest.smup.shape.not_text", record)
    return " ".join(value.split())


def _whole(record: dict, name: str, where: str) -> int | None:
    """An optional whole number (a number or a digit string)."""
    value = record.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise SmupShapeError(where, name, "ingest.smup.shape.not_number", record)
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    raise SmupShapeError(where, name, "ingest.smup.shape.not_number", record)


def _unique(entries: list, where: str, sample: Iterable[dict]) -> None:
    seen: set[str] = set()
    for entry, record in zip(entries, sample, strict=True):
        if entry.id in seen:
            raise SmupShapeError(where, f.ENTRY_ID, "ingest.smup.shape.duplicate", record)
        seen.add(entry.id)


# --- catalogue dictionaries ----------------------------------------------------------------
@dataclass(frozen=True)
class Area:
    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Service:
    id: str
    area: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Indicator:
    id: str
    service: str
    name: str
    dimension: Dimension
    unit: str = ""
    decimals: int | None = None
    definition: str = ""
    position: int | None = None


def parse_areas(items: list[dict], where: str) -> tuple[Area, ...]:
    areas = [
        Area(
            id=_id(r, f.ENTRY_ID, where),
            name=_text(r, f.ENTRY_NAME, where),
            description=_text(r, f.AREA_DESCRIPTION, where, required=False),
        )
        for r in items
    ]
    _unique(areas, where, items)
    return tuple(areas)


def parse_services(items: list[dict], where: str) -> tuple[Service, ...]:
    services = [
        Service(
            id=_id(r, f.ENTRY_ID, where),
            area=_id(r, f.SERVICE_AREA, where),
            name=_text(r, f.ENTRY_NAME, where),
            description=_text(r, f.SERVICE_DESCRIPTION, where, required=False),
        )
        for r in items
    ]
    _unique(services, where, items)
    return tuple(services)


def dimension(text: str) -> Dimension | None:
    """Our dimension of a SMUP dimension text (:data:`fields.DIMENSIONS`), or None."""
    folded = text.strip().casefold()
    return next((dim for start, dim in f.DIMENSIONS if folded.startswith(start)), None)


def parse_indicators(items: list[dict], where: str) -> tuple[Indicator, ...]:
    found = []
    for r in items:
        dim = dimension(_text(r, f.INDICATOR_DIMENSION, where))
        if dim is None:
            raise SmupShapeError(where, f.INDICATOR_DIMENSION, "ingest.smup.shape.dimension", r)
        found.append(
            Indicator(
                id=_id(r, f.ENTRY_ID, where),
                service=_id(r, f.INDICATOR_SERVICE, where),
                name=_text(r, f.ENTRY_NAME, where),
                dimension=dim,
                unit=_text(r, f.INDICATOR_UNIT, where, required=False),
                decimals=_whole(r, f.INDICATOR_PRECISION, where),
                definition=_text(r, f.INDICATOR_DEFINITION, where, required=False),
                position=_whole(r, f.INDICATOR_POSITION, where),
            )
        )
    _unique(found, where, items)
    return tuple(found)


def parse_years(items: list[dict], where: str) -> tuple[int, ...]:
    """The years of the data-dictionary (ids ``YYYY1231``), ascending."""
    years = set()
    for r in items:
        match = f.DATE_ID_PATTERN.match(_id(r, f.DATE_ID, where))
        if match is None:
            raise SmupShapeError(where, f.DATE_ID, "ingest.smup.shape.date", r)
        years.add(int(match.group(1)))
    return tuple(sorted(years))


def date_id(year: int) -> str:
    return f"{year}1231"


def check_references(
    areas: Iterable[Area], services: Iterable[Service], indicators: Iterable[Indicator]
) -> None:
    """Every service names a listed area and every indicator a listed service."""
    area_ids = {a.id for a in areas}
    services = list(services)
    service_ids = {s.id for s in services}
    for service in services:
        if service.area not in area_ids:
            raise SmupDataError(
                "ingest.smup.error.orphan_service", id=service.id, area=service.area
            )
    for indicator in indicators:
        if indicator.service not in service_ids:
            raise SmupDataError(
                "ingest.smup.error.orphan_indicator", id=indicator.id, service=indicator.service
            )


# --- flags ---------------------------------------------------------------------------------
def flag_kind(text: str) -> f.FlagKind | None:
    """What a flag's description means (:data:`fields.FLAG_RULES`), or None if unknown."""
    folded = " ".join(text.split()).casefold()
    return next((kind for start, kind in f.FLAG_RULES if folded.startswith(start)), None)


def parse_flags(items: list[dict], where: str) -> dict[str, f.FlagKind]:
    """``{flag id: kind}``; a flag no rule knows stops the run."""
    flags = {}
    for r in items:
        flag_id, text = _id(r, f.FLAG_ID, where), _text(r, f.FLAG_TEXT, where)
        kind = flag_kind(text)
        if kind is None:
            raise SmupDataError("ingest.smup.error.unknown_flag", id=flag_id, text=text)
        flags[flag_id] = kind
    return flags


# --- units ---------------------------------------------------------------------------------
class UnitKind:
    GMINA = "gmina"
    POWIAT = "powiat"
    WOJ = "wojewodztwo"
    POLAND = "kraj"
    PART = "part"  # town or rural part of an urban-rural gmina (rodz 4/5)
    DISTRICT = "district"  # a Warsaw district (rodz 8/9)
    OTHER = "other"  # any other rodz


@dataclass(frozen=True)
class Unit:
    id: str
    code: str | None  # our code (woj+pow+gmn+rodz for a gmina); None for parts and districts
    kind: str
    name: str


def _part(record: dict, name: str, where: str, width: int) -> str | None:
    """A TERYT part zero-padded to ``width`` digits; None when empty or all zeros."""
    value = record.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = _whole(record, name, where)
    if number is None:
        return None
    if number < 0 or number >= 10**width:
        raise SmupShapeError(where, name, "ingest.smup.shape.not_id", record)
    return f"{number:0{width}d}" if number else None


def parse_unit(record: dict, where: str) -> Unit:
    """One teryt-dictionary record as a unit with our code: a gmina woj+pow+gmn+rodz (rodz
    1/2/3), a powiat woj+pow, a voivodeship woj, Poland "00"; parts (rodz 4/5) and districts
    (rodz 8/9) have no code of ours."""
    unit_id = _id(record, f.UNIT_ID, where)
    name = _text(record, f.UNIT_NAME, where)
    for required in (f.UNIT_WOJ, f.UNIT_POW, f.UNIT_GMN, f.UNIT_RODZ):
        _present(record, required, where)
    woj = _part(record, f.UNIT_WOJ, where, 2)
    pow_ = _part(record, f.UNIT_POW, where, 2)
    gmn = _part(record, f.UNIT_GMN, where, 2)
    if woj is None:
        return Unit(unit_id, "00", UnitKind.POLAND, name)
    if pow_ is None:
        return Unit(unit_id, woj, UnitKind.WOJ, name)
    if gmn is None:
        return Unit(unit_id, woj + pow_, UnitKind.POWIAT, name)
    rodz = _whole(record, f.UNIT_RODZ, where)
    if rodz in f.GMINA_KINDS:
        return Unit(unit_id, f"{woj}{pow_}{gmn}{rodz}", UnitKind.GMINA, name)
    if rodz in f.PART_KINDS:
        return Unit(unit_id, None, UnitKind.PART, name)
    if rodz in f.DISTRICT_KINDS:
        return Unit(unit_id, None, UnitKind.DISTRICT, name)
    code = f"{woj}{pow_}{gmn}{'' if rodz is None else rodz}"  # reported as not ours
    return Unit(unit_id, code, UnitKind.OTHER, name)


@dataclass(frozen=True)
class UnitMap:
    """SMUP's unit ids mapped to our codes, with what was left out and why."""

    codes: dict[str, str]  # SMUP id-teryt → our code
    parts: frozenset[str]  # ids of rodz 4/5 records (skipped)
    districts: frozenset[str]  # ids of rodz 8/9 records (skipped)
    unknown: dict[str, str]  # id → "code name" of records whose code is not ours (reported)

    def describe_unknown(self, limit: int = SHOWN) -> str:
        shown = [f"{i} ({self.unknown[i]})" for i in sorted(self.unknown, key=int)[:limit]]
        more = len(self.unknown) - len(shown)
        return ", ".join(shown) + (f" … (+{more})" if more > 0 else "")


def map_units(items: list[dict], where: str, known: frozenset[str] | set[str]) -> UnitMap:
    """The teryt-dictionary mapped to our codes ``known`` (data/built/units.parquet): a code we
    do not have is reported, never guessed."""
    units = [parse_unit(r, where) for r in items]
    _unique(units, where, items)
    codes, unknown = {}, {}
    for unit in units:
        if unit.kind in (UnitKind.PART, UnitKind.DISTRICT):
            continue
        if unit.code in known:
            codes[unit.id] = unit.code
        else:
            unknown[unit.id] = f"{unit.code} {unit.name}"
    return UnitMap(
        codes=codes,
        parts=frozenset(u.id for u in units if u.kind == UnitKind.PART),
        districts=frozenset(u.id for u in units if u.kind == UnitKind.DISTRICT),
        unknown=unknown,
    )


# --- data rows -----------------------------------------------------------------------------
def _number(record: dict, where: str) -> float | None:
    value = _present(record, f.ROW_VALUE, where)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise SmupShapeError(where, f.ROW_VALUE, "ingest.smup.shape.not_number", record)
    return float(value)


def parse_rows(items: list[dict], where: str, indicator: str, year: int) -> dict[str, list]:
    """The rows of one indicator-year as columns (:data:`ROW_SCHEMA`): each row must belong to
    the indicator and year asked for, name a unit once and hold a number or null."""
    columns: dict[str, list] = {name: [] for name in ROW_SCHEMA}
    seen: set[str] = set()
    for r in items:
        if _id(r, f.ROW_INDICATOR, where) != indicator:
            raise SmupShapeError(where, f.ROW_INDICATOR, "ingest.smup.shape.other_indicator", r)
        if _id(r, f.ROW_DATE, where) != date_id(year):
            raise SmupShapeError(where, f.ROW_DATE, "ingest.smup.shape.other_year", r)
        unit = _id(r, f.ROW_UNIT, where)
        if unit in seen:
            raise SmupShapeError(where, f.ROW_UNIT, "ingest.smup.shape.duplicate", r)
        seen.add(unit)
        columns["unit"].append(unit)
        columns["flag"].append(_optional_id(r, f.ROW_FLAG, where))
        columns["value"].append(_number(r, where))
        columns["precision"].append(_whole(r, f.ROW_PRECISION, where))
    return columns


# --- series: one per indicator, one per gmina/city pair ------------------------------------
@dataclass(frozen=True)
class Series:
    """What becomes one variable and one catalogue indicator: a SMUP indicator, or a gmina
    part merged with its city part (``ids`` gmina part first)."""

    ids: tuple[str, ...]
    name: str
    indicator: Indicator  # the first (gmina) part: service, dimension, unit, decimals

    @property
    def key(self) -> str:
        return self.ids[0]

    @property
    def variable(self) -> str:
        return f.variable(self.key)


def base_name(name: str) -> tuple[str, str | None]:
    """``(name without the split suffix, "gmina" | "city" | None)`` (:data:`fields.GMINA_PART`,
    :data:`fields.CITY_PART`)."""
    for part, pattern in (("gmina", f.GMINA_PART), ("city", f.CITY_PART)):
        match = pattern.search(name)
        if match:
            return name[: match.start()].strip(), part
    return name, None


def series_of(indicators: Iterable[Indicator]) -> tuple[Series, ...]:
    """Indicators grouped into series: a gmina part and a city part of the same service with
    the same name before the suffix are one series; every other indicator is its own."""
    indicators = list(indicators)
    halves: dict[tuple[str, str], dict[str, Indicator]] = {}
    for indicator in indicators:
        base, part = base_name(indicator.name)
        if part:
            halves.setdefault((indicator.service, base.casefold()), {})[part] = indicator
    paired: dict[str, Series] = {}
    for pair in halves.values():
        if len(pair) == 2:
            gmina, city = pair["gmina"], pair["city"]
            merged = Series((gmina.id, city.id), base_name(gmina.name)[0], gmina)
            paired[gmina.id] = paired[city.id] = merged
    found: dict[str, Series] = {}
    for indicator in indicators:
        series = paired.get(indicator.id) or Series((indicator.id,), indicator.name, indicator)
        found.setdefault(series.key, series)
    return tuple(found.values())


# --- component rows ------------------------------------------------------------------------
@dataclass
class RowFacts:
    """What :func:`component_rows` left out, for the report and the log."""

    part_rows: int = 0
    district_rows: int = 0
    flags: dict[str, int] = field(default_factory=dict)  # status → rows


def fetched_frame(indicator: str, year: int, columns: Mapping[str, list]) -> pl.DataFrame:
    """One fetched indicator-year (:func:`parse_rows`) as a frame with its indicator and year."""
    return pl.DataFrame(dict(columns), schema=ROW_SCHEMA).with_columns(
        indicator=pl.lit(indicator, pl.String), year=pl.lit(year, pl.Int32)
    )


def _unit_frame(units: UnitMap) -> pl.DataFrame:
    rows = [(i, c, "ours") for i, c in units.codes.items()]
    rows += [(i, None, "part") for i in units.parts]
    rows += [(i, None, "district") for i in units.districts]
    rows += [(i, None, "unknown") for i in units.unknown]
    return pl.DataFrame(
        rows, schema={"unit": pl.String, "code": pl.String, "fate": pl.String}, orient="row"
    )


def _flag_frame(flags: Mapping[str, f.FlagKind]) -> pl.DataFrame:
    return pl.DataFrame(
        {"flag": list(flags), "kind": [k.value for k in flags.values()]},
        schema={"flag": pl.String, "kind": pl.String},
    )


def _few(values: Iterable[object]) -> str:
    values = list(values)
    text = ", ".join(str(v) for v in values[:SHOWN])
    return text + (f" … (+{len(values) - SHOWN})" if len(values) > SHOWN else "")


def _check_units(rows: pl.DataFrame, units: UnitMap) -> None:
    unmapped = rows.filter(pl.col("fate").is_null())
    if unmapped.height:
        raise SmupDataError(
            "ingest.smup.error.unit_not_in_dictionary",
            count=unmapped["unit"].n_unique(),
            units=_few(sorted(unmapped["unit"].unique().to_list())),
            where=_few(
                unmapped.select("indicator", "year").unique().sort("indicator", "year").rows()
            ),
        )
    unknown = rows.filter(pl.col("fate") == "unknown")
    if unknown.height:
        ids = sorted(unknown["unit"].unique().to_list(), key=int)
        raise SmupDataError(
            "ingest.smup.error.unknown_units",
            count=len(ids),
            units=_few(f"{i} ({units.unknown[i]})" for i in ids),
        )


def _check_flags(rows: pl.DataFrame) -> None:
    unknown = rows.filter(pl.col("flag").is_not_null() & pl.col("kind").is_null())
    if unknown.height:
        raise SmupDataError(
            "ingest.smup.error.unknown_row_flag",
            flags=_few(sorted(unknown["flag"].unique().to_list())),
            where=_few(
                unknown.select("indicator", "year").unique().sort("indicator", "year").rows()
            ),
        )
    zero = f.FlagKind.ZERO.value
    contradiction = rows.filter(
        (pl.col("kind") == zero) & pl.col("value").is_not_null() & (pl.col("value") != 0)
    )
    if contradiction.height:
        first = contradiction.row(0, named=True)
        raise SmupDataError(
            "ingest.smup.error.zero_with_value",
            indicator=first["indicator"],
            year=first["year"],
            unit=first["unit"],
            value=first["value"],
        )


def _statuses(rows: pl.DataFrame) -> pl.DataFrame:
    """Status and value of each row from its flag: no flag or a value flag keeps the number
    (none = no data), a zero flag is a true 0.0, the others carry no value."""
    kind = pl.col("kind").fill_null(f.FlagKind.VALUE.value)
    keeps = kind == f.FlagKind.VALUE.value
    status = (
        pl.when(kind == f.FlagKind.ZERO.value)
        .then(pl.lit(Status.VALUE.value))
        .when(keeps & pl.col("value").is_null())
        .then(pl.lit(Status.NO_DATA.value))
        .when(keeps)
        .then(pl.lit(Status.VALUE.value))
        .otherwise(kind.replace_strict({k.value: s.value for k, s in f.FLAG_STATUS.items()}))
    )
    value = (
        pl.when(kind == f.FlagKind.ZERO.value)
        .then(pl.lit(0.0))
        .when(keeps)
        .then(pl.col("value"))
        .otherwise(pl.lit(None, pl.Float64))
    )
    return rows.with_columns(status=status, value=value)


def _merged(rows: pl.DataFrame) -> pl.DataFrame:
    """One row per variable, unit and year: where a merged pair (or two SMUP units of one
    code) gives two rows, a value beats a row without one, the gmina part goes first; two
    different values are an error."""
    values = (
        rows.filter(pl.col("status") == Status.VALUE.value)
        .group_by("variable", "code", "year")
        .agg(pl.col("value").n_unique().alias("values"), pl.col("indicator").unique().alias("from"))
        .filter(pl.col("values") > 1)
    )
    if values.height:
        first = values.sort("variable", "code", "year").row(0, named=True)
        raise SmupDataError(
            "ingest.smup.error.conflict",
            code=first["code"],
            year=first["year"],
            indicators=", ".join(sorted(first["from"])),
            count=values.height,
        )
    return (
        rows.with_columns(rank=(pl.col("status") != Status.VALUE.value).cast(pl.Int8))
        .sort("variable", "code", "year", "rank", "order")
        .unique(subset=["variable", "code", "year"], keep="first", maintain_order=True)
    )


def component_rows(
    fetched: pl.DataFrame,
    series: Iterable[Series],
    units: UnitMap,
    flags: Mapping[str, f.FlagKind],
) -> tuple[pl.DataFrame, RowFacts]:
    """Component rows (``code, variable, year, value, status``) of fetched SMUP rows
    (``indicator, year, unit, flag, value, precision``): units mapped (parts and districts
    left out and counted; a unit missing from the dictionary or not ours stops), flags mapped
    (an unknown one stops), each series' parts merged into its variable."""
    order = {i: (s.variable, n) for s in series for n, i in enumerate(s.ids)}
    lookup = pl.DataFrame(
        [(i, v, n) for i, (v, n) in order.items()],
        schema={"indicator": pl.String, "variable": pl.String, "order": pl.Int8},
        orient="row",
    )
    rows = (
        fetched.join(lookup, on="indicator", how="inner")
        .join(_unit_frame(units), on="unit", how="left")
        .join(_flag_frame(flags), on="flag", how="left")
    )
    _check_units(rows, units)
    facts = RowFacts(
        part_rows=rows.filter(pl.col("fate") == "part").height,
        district_rows=rows.filter(pl.col("fate") == "district").height,
    )
    rows = rows.filter(pl.col("fate") == "ours")
    _check_flags(rows)
    merged = _merged(_statuses(rows))
    facts.flags = dict(merged.group_by("status").len().iter_rows())
    components = merged.select(list(COMPONENT_SCHEMA)).cast(COMPONENT_SCHEMA)
    return components.sort("variable", "code", "year"), facts


# --- catalogue -----------------------------------------------------------------------------
@dataclass(frozen=True)
class English:
    """English texts by SMUP id (empty where the API gave none)."""

    areas: dict[str, Area] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)
    indicators: dict[str, Indicator] = field(default_factory=dict)


def _en(polish: str, english: str) -> str:
    return english or polish


def our_area(area: Area) -> str | None:
    """Our area id for a SMUP area named in :data:`fields.AREA_IDS`, else None."""
    return f.AREA_IDS.get(" ".join(area.name.split()).casefold())


LEVEL_OF_LENGTH = {7: "gmina", 4: "powiat", 2: "wojewodztwo"}


def levels_of(codes: Iterable[str]) -> list[str]:
    """Our levels of the unit codes that have rows, in the catalogue's order."""
    found = {"kraj" if c == "00" else LEVEL_OF_LENGTH[len(c)] for c in codes}
    return [level.value for level in ALL_LEVELS if level in found]


def _decimals(series: Series, precision: int | None) -> int:
    given = series.indicator.decimals
    decimals = given if given is not None else precision
    if decimals is None:
        decimals = f.DEFAULT_DECIMALS
    return max(0, min(f.MAX_DECIMALS, decimals))


def indicator_entry(
    series: Series, english: English, levels: list[str], precision: int | None
) -> dict:
    """The synced catalogue entry of one series (keys as in catalogue/README.md)."""
    first = series.indicator
    en = english.indicators.get(first.id)
    name_en = base_name(en.name)[0] if en else ""
    unit = first.unit or f.NO_UNIT
    definition = first.definition or series.name
    return {
        "id": f.indicator_id(series.key),
        "service": f.service_id(first.service),
        "name": series.name,
        "name_en": _en(series.name, name_en),
        "provenance": Provenance.REAL.value,
        "dimension": first.dimension.value,
        "polarity": Polarity.NEUTRAL.value,
        "unit": unit,
        "unit_en": _en(unit, en.unit if en else ""),
        "decimals": _decimals(series, precision),
        "aggregation": "published",
        "numerator": series.variable,
        "numerator_label": f.NUMERATOR_LABEL,
        "numerator_label_en": f.NUMERATOR_LABEL_EN,
        "definition": definition,
        "definition_en": _en(definition, en.definition if en else ""),
        "source": f.SOURCE,
        "source_en": f.SOURCE_EN,
        "levels": levels,
        "real_source": {"smup": list(series.ids), "url": f.INDICATOR_LINK.format(id=series.key)},
    }


def _named_entry(entry_id: str, polish: Area | Service, english: Area | Service | None) -> dict:
    description = polish.description or polish.name
    return {
        "id": entry_id,
        "name": polish.name,
        "name_en": _en(polish.name, english.name if english else ""),
        "description": description,
        "description_en": _en(description, english.description if english else ""),
    }


@dataclass(frozen=True)
class SeriesData:
    """What the data of one series say for its catalogue entry."""

    levels: list[str]
    precision: int | None


def catalogue(
    areas: Iterable[Area],
    services: Iterable[Service],
    series: Iterable[Series],
    data: Mapping[str, SeriesData],
    links: Mapping[str, str],
    english: English,
    our_services: Iterable[tuple[str, str, str]] = (),
) -> dict:
    """The synced catalogue (specs/13-interface.md): the series that have data, under their
    services and areas (a SMUP area we have puts its services under ours); a series one of our
    indicators names in ``links`` ({SMUP id: our id}) is listed in ``links`` instead, with its
    ids gmina part first (the first names its variable). A SMUP service with the name of one of
    ``our_services`` (id, area id, name) in the same area is that service of ours: its
    indicators join ours there instead of a second service of the same name."""
    areas = {a.id: a for a in areas}
    services = {s.id: s for s in services}
    same_as_ours = matching_services(areas, services, our_services)
    linked: dict[str, list[str]] = {}
    indicators = []
    for one in series:
        ours = next((links[i] for i in one.ids if i in links), None)
        if ours is not None:
            linked.setdefault(ours, list(one.ids))  # one SMUP series per indicator of ours
        elif one.key in data:
            facts = data[one.key]
            indicators.append(indicator_entry(one, english, facts.levels, facts.precision))
    used_services = sorted({e["service"] for e in indicators})
    for entry in indicators:
        entry["service"] = same_as_ours.get(entry["service"], entry["service"])
    service_entries, area_entries = [], {}
    for smup_id in sorted(services, key=int):
        service = services[smup_id]
        if f.service_id(smup_id) not in used_services or f.service_id(smup_id) in same_as_ours:
            continue
        area = areas[service.area]
        ours = our_area(area)
        if ours is None:
            ours = f.area_id(area.id)
            area_entries[ours] = _named_entry(ours, area, english.areas.get(area.id))
        entry = _named_entry(f.service_id(smup_id), service, english.services.get(smup_id))
        service_entries.append({"id": entry["id"], "area": ours, **_rest(entry)})
    return {
        "areas": list(area_entries.values()),
        "services": service_entries,
        "indicators": indicators,
        "links": [{"indicator": ours, "smup": ids} for ours, ids in sorted(linked.items())],
    }


def matching_services(
    areas: Mapping[str, Area],
    services: Mapping[str, Service],
    ours: Iterable[tuple[str, str, str]],
) -> dict[str, str]:
    """``{synced service id: our service id}`` for SMUP services named like one of ours
    (case and spacing aside) in the area they map to."""
    by_name = {(area, " ".join(name.split()).casefold()): sid for sid, area, name in ours}
    found = {}
    for smup_id, service in services.items():
        area = areas.get(service.area)
        key = (our_area(area) if area else None, " ".join(service.name.split()).casefold())
        if key in by_name:
            found[f.service_id(smup_id)] = by_name[key]
    return found


def _rest(entry: dict) -> dict:
    return {k: v for k, v in entry.items() if k != "id"}
