"""Applying data synced from an API (SMUP's or BDL's) to the dataset, all or nothing.

A sync hands over :class:`SyncedData`: component rows (our unit codes at any level, our
statuses) and, for SMUP, catalogue entries. :func:`apply_sync` checks them against the current
version, writes a complete new version aside (the synced variables' rows replace their old
ones, the affected indicators are recomputed, the synced catalogue is merged into
``synced_catalogue.json``) and switches ``data/built`` to it atomically, exactly like an
import; on any problem it raises :class:`ingest.versions.VersionError` and the current data
stay as they were.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from data_access.build import COMPONENT_SCHEMA
from data_access.catalogue import (
    SYNCED_FILE,
    CatalogueError,
    default_catalogue,
    extend_catalogue,
    read_synced,
)
from data_access.catalogue_model import Indicator, Provenance, Status
from data_access.changes import record_changes
from data_access.history import SYNC
from data_access.repository import IMPORTS_FILE
from data_access.store import ValueStore
from i18n import t, t_in
from ingest import versions
from ingest.apply import (
    affected_indicators,
    read_components,
    recompute_values,
    replace_components,
    write_version,
)

log = logging.getLogger(__name__)

STATUSES = frozenset(s.value for s in Status)
SHOWN_PROBLEMS = 5  # examples named in an error message


@dataclass(frozen=True)
class SyncedData:
    source: str  # "GUS, SMUP" or "GUS, BDL"
    components: pl.DataFrame  # code, variable, year, value, status (COMPONENT_SCHEMA)
    catalogue: dict | None = None  # synced catalogue entries (SYNCED_FILE format), SMUP only
    details: dict = field(default_factory=dict)  # facts for the log: base_url, requests, …


@dataclass(frozen=True)
class SyncOutcome:
    version: str
    previous_version: str
    indicators: tuple[str, ...]


def checked_components(components: pl.DataFrame, unit_codes: set[str]) -> pl.DataFrame:
    """The synced rows in the build's types, or :class:`VersionError` naming what is wrong:
    missing columns, unknown unit codes or statuses, a value that is not a finite number, a
    value row without a value."""
    missing = sorted(set(COMPONENT_SCHEMA) - set(components.columns))
    if missing:
        raise versions.VersionError(t("sync.apply.columns", columns=", ".join(missing)))
    try:
        rows = components.select(list(COMPONENT_SCHEMA)).cast(COMPONENT_SCHEMA, strict=True)
    except pl.exceptions.PolarsError as error:
        raise versions.VersionError(t("sync.apply.types", error=str(error)[:200])) from error
    unknown = sorted(set(rows["code"].unique().to_list()) - unit_codes)
    if unknown:
        raise versions.VersionError(t("sync.apply.units", count=len(unknown), codes=_few(unknown)))
    statuses = sorted(set(rows["status"].unique().to_list()) - STATUSES)
    if statuses:
        raise versions.VersionError(t("sync.apply.statuses", statuses=_few(statuses)))
    is_value = pl.col("status") == Status.VALUE.value
    bad = rows.filter(is_value & (pl.col("value").is_null() | ~pl.col("value").is_finite()))
    if bad.height:
        example = bad.row(0, named=True)
        raise versions.VersionError(
            t("sync.apply.values", count=bad.height, example=json.dumps(example, default=str))
        )
    duplicated = rows.select("code", "variable", "year").is_duplicated()
    if duplicated.any():
        example = rows.filter(duplicated).row(0, named=True)
        raise versions.VersionError(t("sync.apply.duplicates", example=json.dumps(example)))
    return rows.with_columns(
        pl.when(is_value).then(pl.col("value")).alias("value"),
        pl.lit(Provenance.REAL.value).alias("provenance"),
    )


def _few(items: list) -> str:
    shown = ", ".join(str(i) for i in items[:SHOWN_PROBLEMS])
    return shown + (" …" if len(items) > SHOWN_PROBLEMS else "")


def merged_records(previous: dict, new: dict | None) -> dict:
    """The synced catalogue of the previous version with the new entries (same id: the new
    one wins; a link by the indicator it links)."""
    if not new:
        return previous
    merged = {}
    keys = (("areas", "id"), ("services", "id"), ("indicators", "id"), ("links", "indicator"))
    for key, id_key in keys:
        entries = {e.get(id_key): e for e in previous.get(key, [])}
        entries |= {e.get(id_key): e for e in new.get(key, [])}
        merged[key] = list(entries.values())
    return merged


def with_provided_links(records: dict, provided: set[str]) -> dict:
    """Links keep a ``variable`` (our demonstration indicator then shows SMUP's values) only
    when the dataset has rows of it; otherwise our indicator stays as it is."""
    if not records:
        return records
    links = []
    for link in records.get("links", []):
        ids = link.get("smup") or [""]
        variable = link.get("variable") or f"smup_{ids[0]}"
        kept = {k: v for k, v in link.items() if k != "variable"}
        links.append(kept | {"variable": variable} if variable in provided else kept)
    return records | {"links": links}


def sync_records(
    synced: SyncedData, rows: pl.DataFrame, now: dt.datetime, version_id: str
) -> list[dict]:
    """One ``imports.json`` record per synced variable."""
    stamp = now.isoformat(timespec="seconds")
    day = now.date().isoformat()
    note = t_in("pl", "sync.source_note", source=synced.source, date=day)
    note_en = t_in("en", "sync.source_note", source=synced.source, date=day)
    summary = rows.group_by("variable").agg(
        pl.col("year").unique().sort().alias("years"), pl.len().alias("rows")
    )
    return [
        {
            "kind": "sync",
            "variable": row["variable"],
            "source": synced.source,
            "imported_at": stamp,
            "years": [int(y) for y in row["years"]],
            "rows": int(row["rows"]),
            "version": version_id,
            "note": note,
            "note_en": note_en,
        }
        for row in summary.sort("variable").iter_rows(named=True)
    ]


def build_synced_version(
    source_dir: Path, target_dir: Path, synced: SyncedData, records: list[dict]
) -> tuple[Indicator, ...]:
    """Write ``source_dir`` + the synced data as a complete dataset into ``target_dir``
    (which may be ``source_dir`` itself: everything is read before anything is written);
    returns the recomputed indicators. Raises :class:`VersionError`."""
    units = pl.read_parquet(source_dir / "units.parquet")
    rows = checked_components(synced.components, set(units["code"].to_list()))
    components = replace_components(read_components(source_dir), rows)
    catalogue_records = with_provided_links(
        merged_records(read_synced(source_dir), synced.catalogue),
        set(components["variable"].unique().to_list()),
    )
    try:
        catalogue = (
            extend_catalogue(default_catalogue(), catalogue_records)
            if catalogue_records
            else default_catalogue()
        )
        catalogue.check_components(components["variable"].unique())
    except CatalogueError as error:
        raise versions.VersionError(t("sync.apply.catalogue", error=error)) from error
    provided = set(rows["variable"].unique().to_list())
    indicators = affected_indicators(catalogue, provided)
    values = recompute_values(ValueStore(source_dir), components, units, indicators)
    imports_file = source_dir / IMPORTS_FILE
    previous = json.loads(imports_file.read_text("utf-8")) if imports_file.exists() else []
    write_version(source_dir, target_dir, components, values, previous + records)
    (target_dir / SYNCED_FILE).write_text(
        json.dumps(catalogue_records, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return indicators


def apply_sync(data_dir: Path, synced: SyncedData, now: dt.datetime) -> SyncOutcome:
    """Make the synced data current: a new version written aside, switched in atomically,
    logged in ``data/imports.log``."""
    if synced.components.is_empty():
        raise versions.VersionError(t("sync.apply.empty"))
    with versions.exclusive(data_dir):
        versions.remove_stale_staging(data_dir)
        previous = versions.adopt_plain_build(data_dir, now)
        current_dir = data_dir / versions.VERSIONS / previous
        version_id = versions.new_version_id(data_dir, now, "sync")
        records = sync_records(synced, synced.components, now, version_id)
        with versions.staged_version(data_dir, version_id) as staging:
            indicators = build_synced_version(current_dir, staging, synced, records)
            record_changes(current_dir, staging, now, SYNC)
        versions.activate(data_dir, version_id)
        versions.append_log(
            data_dir,
            {
                "action": "sync",
                "source": synced.source,
                "time": now.isoformat(timespec="seconds"),
                "version": version_id,
                "previous_version": previous,
                "indicators": [i.id for i in indicators],
                "variables": [r["variable"] for r in records],
                "details": synced.details,
            },
        )
        log.info("Synced %s as version %s", synced.source, version_id)
        return SyncOutcome(version_id, previous, tuple(i.id for i in indicators))


def replay_syncs(source_dir: Path, target_dir: Path, records: list[dict]) -> list[str]:
    """Re-apply the synced data of ``source_dir`` on top of a fresh build in ``target_dir``
    (``build-data`` keeps synced values): their component rows and catalogue are copied, the
    affected indicators recomputed. Returns the synced variables."""
    synced = [r for r in records if r.get("kind") == "sync"]
    if not synced:
        return []
    variables = sorted({r["variable"] for r in synced})
    rows = read_components(source_dir).filter(pl.col("variable").is_in(variables))
    sources = sorted({r["source"] for r in synced})
    data = SyncedData(", ".join(sources), rows.drop("provenance"), read_synced(source_dir))
    build_synced_version(target_dir, target_dir, data, synced)
    return variables
