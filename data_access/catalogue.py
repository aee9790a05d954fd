"""The indicator catalogue, loaded from data files and validated.

The catalogue is data: ``catalogue/catalogue.toml`` gives the order of the areas and the texts
all demonstration indicators share; ``catalogue/<area-id>.toml`` defines one area, its services
and its indicators, with the Polish and English text of every field side by side (format and
rules: ``catalogue/README.md``). This module only reads and checks them. Any problem raises
:class:`CatalogueError` naming the file, the entry and the key.
"""

from __future__ import annotations

import json
import math
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from data_access.catalogue_model import (
    LEVELS,
    Aggregation,
    Area,
    Dimension,
    Indicator,
    Polarity,
    Provenance,
    RealSource,
    Service,
)

INDEX_FILE = "catalogue.toml"

# Text fields: each Polish one needs its English twin (key + "_en") when it is not empty.
AREA_KEYS = {"id": True, "name": True, "name_en": True, "description": True, "description_en": True}
TEXT_FIELDS = (
    "name",
    "unit",
    "numerator_label",
    "denominator_label",
    "definition",
    "caveats",
    "breaks",
    "source",
)
# key → required?
INDICATOR_KEYS: dict[str, bool] = {
    "id": True,
    "service": True,
    "name": True,
    "provenance": True,
    "dimension": True,
    "polarity": True,
    "unit": True,
    "decimals": True,
    "multiplier": False,
    "numerator": True,
    "numerator_label": True,
    "denominator": False,
    "denominator_label": False,
    "definition": True,
    "caveats": False,
    "breaks": False,
    "source": True,
    "levels": False,
    "tags": False,
    "real_source": False,
    "aggregation": False,
} | {f"{text}_en": False for text in TEXT_FIELDS}
REAL_SOURCE_KEYS = ("bdl_numerator", "bdl_denominator", "smup", "url", "note", "note_en")
URL_SCHEMES = ("https://", "http://")
MAX_DECIMALS = 6


class CatalogueError(ValueError):
    """The catalogue files are not valid; the message names file, entry and key."""


@dataclass(frozen=True)
class DemoTexts:
    caveat: str
    caveat_en: str
    source_prefix: str
    source_prefix_en: str


@dataclass(frozen=True)
class Catalogue:
    areas: tuple[Area, ...]
    services: tuple[Service, ...]
    indicators: tuple[Indicator, ...]
    demo: DemoTexts
    # indicator id → the file that defines it, for messages that point at the right place
    files: dict[str, str] = field(default_factory=dict, compare=False)

    def components(self) -> frozenset[str]:
        """Every component variable a formula names (numerators and denominators)."""
        names = {i.numerator for i in self.indicators}
        return frozenset(names | {i.denominator for i in self.indicators if i.denominator})

    def check_components(self, provided: Iterable[str]) -> None:
        """Raise when a formula names a component variable that no source provides."""
        provided = set(provided)
        for indicator in self.indicators:
            for key in ("numerator", "denominator"):
                name = getattr(indicator, key)
                if name and name not in provided:
                    raise CatalogueError(
                        f"{self.files.get(indicator.id, '?')}: indicator {indicator.id!r}: "
                        f"{key} {name!r} is not provided by any source"
                    )


# --- reading ---------------------------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise CatalogueError(f"{path.name}: cannot read: {error}") from error


def _where(file: str, kind: str, entry: dict) -> str:
    return f"{file}: {kind} {entry.get('id', '?')!r}"


def _check_keys(where: str, entry: dict, allowed: dict[str, bool] | Iterable[str]) -> None:
    known = set(allowed)
    for key in entry:
        if key not in known:
            raise CatalogueError(f"{where}: unknown key {key!r}")
    if isinstance(allowed, dict):
        for key, required in allowed.items():
            if required and key not in entry:
                raise CatalogueError(f"{where}: missing key {key!r}")


def _text(where: str, entry: dict, key: str, *, required: bool = False) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise CatalogueError(f"{where}: {key!r} must be text")
    if required and not value.strip():
        raise CatalogueError(f"{where}: {key!r} is empty")
    return value


def _english(where: str, entry: dict, key: str) -> str:
    """The English twin of ``key``: required whenever the Polish text is not empty."""
    polish = _text(where, entry, key)
    english = _text(where, entry, f"{key}_en")
    if polish.strip() and not english.strip():
        raise CatalogueError(f"{where}: missing English text {key + '_en'!r}")
    if english.strip() and not polish.strip():
        raise CatalogueError(f"{where}: {key + '_en'!r} has no Polish text {key!r}")
    return english


def _choice(where: str, entry: dict, key: str, kind: type) -> Any:
    value = entry[key]
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise CatalogueError(f"{where}: {key} {value!r} is not one of: {allowed}") from None


def _ids(where: str, entry: dict, key: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise CatalogueError(f"{where}: {key!r} must be a list of ids")
    return tuple(str(v) for v in value)


def _real_source(where: str, entry: dict) -> RealSource:
    """Where the real values come from (or would come from): required, and naming at least
    BDL numerator ids, SMUP ids or a public url. BDL ids are numbers; the url is a web link."""
    table = entry.get("real_source", {})
    if not isinstance(table, dict):
        raise CatalogueError(f"{where}: 'real_source' must be a table")
    inner = f"{where}: real_source"
    _check_keys(inner, table, REAL_SOURCE_KEYS)
    source = RealSource(
        bdl_numerator=_ids(inner, table, "bdl_numerator"),
        bdl_denominator=_ids(inner, table, "bdl_denominator"),
        smup=_ids(inner, table, "smup"),
        url=_text(inner, table, "url").strip(),
        note=_text(inner, table, "note"),
        note_en=_english(inner, table, "note"),
    )
    for key in ("bdl_numerator", "bdl_denominator"):
        for bdl_id in getattr(source, key):
            if not (bdl_id.isascii() and bdl_id.isdigit()):
                raise CatalogueError(f"{inner}: {key!r}: BDL id {bdl_id!r} is not a number")
    if source.url and not source.url.startswith(URL_SCHEMES):
        raise CatalogueError(f"{inner}: 'url' must start with {' or '.join(URL_SCHEMES)}")
    if not (source.bdl_numerator or source.smup or source.url):
        raise CatalogueError(f"{where}: missing real_source (BDL ids, SMUP ids or a url)")
    return source


def _number(where: str, entry: dict, key: str, default: float) -> float:
    value = entry.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise CatalogueError(f"{where}: {key!r} must be a number")
    if not math.isfinite(value) or value <= 0:
        raise CatalogueError(f"{where}: {key!r} must be a positive number")
    return float(value)


def _decimals(where: str, entry: dict) -> int:
    value = entry["decimals"]
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DECIMALS:
        raise CatalogueError(f"{where}: 'decimals' must be a whole number 0–{MAX_DECIMALS}")
    return value


def _levels(where: str, entry: dict) -> tuple[str, ...]:
    levels = tuple(entry.get("levels", LEVELS))
    unknown = [level for level in levels if level not in LEVELS]
    if unknown or not levels:
        raise CatalogueError(f"{where}: 'levels' must be some of {', '.join(LEVELS)}")
    return tuple(level for level in LEVELS if level in levels)


def _named(where: str, entry: dict) -> dict[str, str]:
    """The keys an area and a service share (both have exactly these)."""
    _check_keys(where, entry, AREA_KEYS)
    texts = {key: _text(where, entry, key, required=True) for key in AREA_KEYS if key[-3:] != "_en"}
    texts["name_en"] = _text(where, entry, "name_en", required=True)
    texts["description_en"] = _english(where, entry, "description")
    return texts


def _area(file: str, entry: dict) -> Area:
    return Area(**_named(_where(file, "area", entry), entry))


def _service(file: str, area_id: str, entry: dict) -> Service:
    return Service(area_id=area_id, **_named(_where(file, "service", entry), entry))


def _indicator(file: str, entry: dict, demo: DemoTexts) -> Indicator:
    where = _where(file, "indicator", entry)
    _check_keys(where, entry, INDICATOR_KEYS)
    for key in ("id", "service", "name", "unit", "numerator", "numerator_label", "definition"):
        _text(where, entry, key, required=True)
    english = {key: _english(where, entry, key) for key in TEXT_FIELDS}
    denominator = _text(where, entry, "denominator") or None
    if bool(denominator) != bool(_text(where, entry, "denominator_label")):
        raise CatalogueError(f"{where}: 'denominator' and 'denominator_label' go together")
    provenance = _choice(where, entry, "provenance", Provenance)
    caveats, caveats_en = entry.get("caveats", ""), english["caveats"]
    source, source_en = entry["source"], english["source"]
    tags = _ids(where, entry, "tags")
    if provenance == Provenance.DEMO:
        caveats = f"{demo.caveat} {caveats}".strip()
        caveats_en = f"{demo.caveat_en} {caveats_en}".strip()
        source, source_en = demo.source_prefix + source, demo.source_prefix_en + source_en
        tags = ("demo", *tags)
    aggregation = _choice(where, {"aggregation": "sum"} | entry, "aggregation", Aggregation)
    if aggregation == Aggregation.PUBLISHED and denominator:
        raise CatalogueError(f"{where}: a published indicator has no 'denominator'")
    return Indicator(
        id=entry["id"],
        service_id=entry["service"],
        name=entry["name"],
        name_en=english["name"],
        dimension=_choice(where, entry, "dimension", Dimension),
        unit=entry["unit"],
        numerator=entry["numerator"],
        numerator_label=entry["numerator_label"],
        denominator=denominator,
        denominator_label=entry.get("denominator_label") or None,
        multiplier=_number(where, entry, "multiplier", 1.0),
        polarity=_choice(where, entry, "polarity", Polarity),
        source=source,
        provenance=provenance,
        definition=entry["definition"],
        caveats=caveats,
        levels=_levels(where, entry),
        decimals=_decimals(where, entry),
        breaks=entry.get("breaks", ""),
        tags=tags,
        unit_en=english["unit"],
        numerator_label_en=english["numerator_label"],
        denominator_label_en=english["denominator_label"] or None,
        definition_en=english["definition"],
        caveats_en=caveats_en,
        breaks_en=english["breaks"],
        source_en=source_en,
        real_source=_real_source(where, entry),
        aggregation=aggregation,
    )


def _demo_texts(index: dict) -> DemoTexts:
    table = index.get("demo")
    where = f"{INDEX_FILE}: [demo]"
    if not isinstance(table, dict):
        raise CatalogueError(f"{where}: missing table")
    _check_keys(where, table, {key: True for key in DemoTexts.__dataclass_fields__})
    return DemoTexts(**{key: _text(where, table, key, required=True) for key in table})


def _register(seen: dict[str, str], kind: str, entry_id: str, file: str) -> None:
    """Note that ``file`` defines ``entry_id``; a second definition is an error."""
    if entry_id in seen:
        also = seen[entry_id]
        raise CatalogueError(f"{file}: {kind} {entry_id!r}: duplicate id (also in {also})")
    seen[entry_id] = file


def load_catalogue(directory: Path) -> Catalogue:
    """Read and validate the catalogue in ``directory``."""
    index = _read_toml(directory / INDEX_FILE)
    _check_keys(INDEX_FILE, index, {"areas": True, "demo": True})
    demo = _demo_texts(index)
    areas: list[Area] = []
    services: list[Service] = []
    indicators: list[Indicator] = []
    # id → the file that defines it, per kind
    area_files: dict[str, str] = {}
    service_files: dict[str, str] = {}
    files: dict[str, str] = {}
    listed = {f"{area_id}.toml" for area_id in index["areas"]}
    for path in sorted(directory.glob("*.toml")):
        if path.name != INDEX_FILE and path.name not in listed:
            raise CatalogueError(f"{path.name}: not listed in {INDEX_FILE} 'areas'")
    for area_id in index["areas"]:
        file = f"{area_id}.toml"
        if not (directory / file).exists():
            raise CatalogueError(f"{INDEX_FILE}: area {area_id!r}: file {file} is missing")
        data = _read_toml(directory / file)
        _check_keys(file, data, {"area": True, "services": False, "indicators": False})
        area = _area(file, data["area"])
        if area.id != area_id:
            raise CatalogueError(f"{file}: area {area.id!r}: id differs from the file name")
        _register(area_files, "area", area.id, file)
        areas.append(area)
        for entry in data.get("services", []):
            services.append(_service(file, area.id, entry))
            _register(service_files, "service", services[-1].id, file)
        for entry in data.get("indicators", []):
            indicators.append(_indicator(file, entry, demo))
            _register(files, "indicator", indicators[-1].id, file)
    for indicator in indicators:
        if indicator.service_id not in service_files:
            raise CatalogueError(
                f"{files[indicator.id]}: indicator {indicator.id!r}: unknown service "
                f"{indicator.service_id!r}"
            )
    return Catalogue(tuple(areas), tuple(services), tuple(indicators), demo, files)


# --- the synced part (``synced_catalogue.json`` of a dataset version) ------------------------

SYNCED_FILE = "synced_catalogue.json"
SYNCED_KEYS = {"areas": False, "services": False, "indicators": False, "links": False}
LINK_KEYS = {"indicator": True, "smup": True, "variable": False}


def _entries(records: dict, key: str) -> list[dict]:
    entries = records.get(key, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise CatalogueError(f"{SYNCED_FILE}: {key!r} must be a list of tables")
    return entries


def _linked(indicator: Indicator, link: dict, demo: DemoTexts) -> Indicator:
    """Our demonstration indicator whose SMUP twin was synced: it shows SMUP's published values
    (same id, so links and saved views keep working); a real one keeps its own formula."""
    variable = link.get("variable")
    if indicator.provenance != Provenance.DEMO or not variable:
        return indicator
    return replace(
        indicator,
        numerator=variable,
        numerator_label="wartość wskaźnika opublikowana w SMUP",
        numerator_label_en="indicator value published in SMUP",
        denominator=None,
        denominator_label=None,
        denominator_label_en=None,
        multiplier=1.0,
        aggregation=Aggregation.PUBLISHED,
        provenance=Provenance.REAL,
        source="GUS, SMUP",
        source_en="Statistics Poland, SMUP",
        caveats=indicator.caveats.replace(demo.caveat, "").strip(),
        caveats_en=indicator.caveats_en.replace(demo.caveat_en, "").strip(),
        tags=tuple(tag for tag in indicator.tags if tag != "demo"),
    )


def extend_catalogue(base: Catalogue, records: dict) -> Catalogue:
    """``base`` with the synced entries of ``records`` (format: ``SYNCED_FILE``, the TOML
    keys as JSON): new areas after ours, services under their area (ours or a new one),
    indicators validated as any catalogue entry, and ``links`` (a SMUP indicator that one of
    ours already names) applied to our indicator instead of adding a second one."""
    if not isinstance(records, dict):
        raise CatalogueError(f"{SYNCED_FILE}: not a table")
    _check_keys(SYNCED_FILE, records, SYNCED_KEYS)
    areas, services = list(base.areas), list(base.services)
    area_ids = {a.id: "catalogue" for a in areas}
    service_ids = {s.id: "catalogue" for s in services}
    files = dict(base.files)
    for entry in _entries(records, "areas"):
        areas.append(_area(SYNCED_FILE, entry))
        _register(area_ids, "area", areas[-1].id, SYNCED_FILE)
    for entry in _entries(records, "services"):
        where = _where(SYNCED_FILE, "service", entry)
        area_id = entry.get("area")
        if area_id not in area_ids:
            raise CatalogueError(f"{where}: unknown area {area_id!r}")
        services.append(
            _service(SYNCED_FILE, area_id, {k: v for k, v in entry.items() if k != "area"})
        )
        _register(service_ids, "service", services[-1].id, SYNCED_FILE)
    links = {}
    for entry in _entries(records, "links"):
        where = _where(SYNCED_FILE, "link", entry | {"id": entry.get("indicator")})
        _check_keys(where, entry, LINK_KEYS)
        links[entry["indicator"]] = entry
    unknown = sorted(set(links) - {i.id for i in base.indicators})
    if unknown:
        raise CatalogueError(f"{SYNCED_FILE}: links name unknown indicators: {', '.join(unknown)}")
    indicators = [
        _linked(i, links[i.id], base.demo) if i.id in links else i for i in base.indicators
    ]
    for entry in _entries(records, "indicators"):
        indicators.append(_indicator(SYNCED_FILE, entry, base.demo))
        _register(files, "indicator", indicators[-1].id, SYNCED_FILE)
        if indicators[-1].service_id not in service_ids:
            raise CatalogueError(
                f"{SYNCED_FILE}: indicator {indicators[-1].id!r}: unknown service "
                f"{indicators[-1].service_id!r}"
            )
    return Catalogue(tuple(areas), tuple(services), tuple(indicators), base.demo, files)


def read_synced(built_dir: Path) -> dict:
    """The synced catalogue entries of a dataset version (empty when it has none)."""
    path = built_dir / SYNCED_FILE
    if not path.is_file():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CatalogueError(f"{SYNCED_FILE}: unreadable ({error})") from error


def catalogue_of(built_dir: Path, base: Catalogue | None = None) -> Catalogue:
    """The catalogue a dataset version serves: ours (``base`` or the default) with its synced
    entries."""
    base = base or default_catalogue()
    records = read_synced(built_dir)
    return extend_catalogue(base, records) if records else base


@cache
def default_catalogue() -> Catalogue:
    """The catalogue the app serves (``settings.catalogue_dir``), loaded once per process."""
    from config import settings

    return load_catalogue(settings.catalogue_dir)


def all_areas() -> tuple[Area, ...]:
    return default_catalogue().areas


def all_services() -> tuple[Service, ...]:
    return default_catalogue().services


def all_indicators() -> tuple[Indicator, ...]:
    return default_catalogue().indicators
