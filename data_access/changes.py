"""What changed between two dataset versions, as facts stored with the newer one.

When a version is built, imported or synced, :func:`record_changes` compares its values with
those of the version it replaces and writes ``changes.json`` into the version's folder (beside
``values/``, never changed afterwards): indicators added and removed, values added, revised
(changed beyond :data:`TOLERANCE`) and removed, per indicator and per area, and what the
version holds (indicators, values, demonstration values). Per indicator it also keeps the
latest year with a value at each level and ``last_changed``: the time of the latest version
whose values of that indicator differed from the version before (carried over from the
previous version's file), i.e. when its values were last imported. A version with no previous
one (the first build) counts everything it holds as added.

The comparison reads both stores a few indicators at a time (never a whole dataset in memory).
A value is a row with status ``value``; rows are matched by indicator, unit code and year.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import polars as pl

from data_access.catalogue import catalogue_of
from data_access.catalogue_model import Provenance, Status
from data_access.store import ValueStore, manifest_path, store_exists

log = logging.getLogger(__name__)

CHANGES_FILE = "changes.json"
FORMAT = 1
TOLERANCE = {"relative": 1e-9, "absolute": 1e-9}  # float noise of a recomputation is no revision
BATCH = 50  # indicators read from each store at a time
COUNTS = ("values_added", "values_revised", "values_removed")
KEY = ("indicator", "code", "year")
UNKNOWN_AREA = ""


def _values(rows: pl.DataFrame) -> pl.DataFrame:
    """``indicator, code, year, value`` of the rows that hold a value."""
    return rows.filter(pl.col("status").cast(pl.String) == Status.VALUE.value).select(
        pl.col("indicator").cast(pl.String), pl.col("code").cast(pl.String), "year", "value"
    )


def compare_values(
    old: pl.DataFrame, new: pl.DataFrame, tolerance: dict[str, float] = TOLERANCE
) -> pl.DataFrame:
    """Per indicator of either frame (rows with ``indicator, code, year, value, status``):
    ``values_added`` (a value now where there was none), ``values_revised`` (a value that
    differs by more than ``absolute`` + ``relative`` × the larger magnitude) and
    ``values_removed`` (a value no longer there). Only rows with status ``value`` count."""
    joined = _values(old).join(_values(new), on=list(KEY), how="full", coalesce=True, suffix="_new")
    largest = pl.max_horizontal(pl.col("value").abs(), pl.col("value_new").abs())
    limit = tolerance["absolute"] + tolerance["relative"] * largest
    return (
        joined.group_by("indicator")
        .agg(
            (pl.col("value").is_null() & pl.col("value_new").is_not_null())
            .sum()
            .alias("values_added"),
            ((pl.col("value") - pl.col("value_new")).abs() > limit).sum().alias("values_revised"),
            (pl.col("value").is_not_null() & pl.col("value_new").is_null())
            .sum()
            .alias("values_removed"),
        )
        .with_columns(pl.col(COUNTS).cast(pl.Int64))
        .sort("indicator")
    )


def holdings(rows: pl.DataFrame) -> pl.DataFrame:
    """Per indicator: ``values``, ``demo_values`` and the latest year with a value per level
    (``latest_year``: a struct list of level and year)."""
    own = rows.filter(pl.col("status").cast(pl.String) == Status.VALUE.value)
    per_level = own.group_by(pl.col("indicator").cast(pl.String), pl.col("level").cast(pl.String))
    latest = per_level.agg(pl.col("year").max().cast(pl.Int32).alias("year"))
    counts = own.group_by(pl.col("indicator").cast(pl.String)).agg(
        pl.len().cast(pl.Int64).alias("values"),
        (pl.col("provenance").cast(pl.String) == Provenance.DEMO.value)
        .sum()
        .cast(pl.Int64)
        .alias("demo_values"),
    )
    return counts.join(
        latest.sort("level").group_by("indicator").agg(pl.struct("level", "year").alias("latest")),
        on="indicator",
        how="left",
    )


@dataclass(frozen=True)
class IndicatorChange:
    """One indicator in a version's changes (see the module docstring)."""

    id: str
    area: str
    status: str  # "added", "removed", "changed" or "same"
    values_added: int
    values_revised: int
    values_removed: int
    values: int
    demo_values: int
    latest_year: dict[str, int]
    last_changed: str | None

    @property
    def changed(self) -> bool:
        return self.status != "same"


def indicator_status(in_old: bool, in_new: bool, counts: dict[str, int]) -> str:
    if not in_old:
        return "added"
    if not in_new:
        return "removed"
    return "changed" if any(counts.get(c, 0) for c in COUNTS) else "same"


def summarise(
    indicators: list[IndicatorChange], previous: str | None, made_at: str, action: str
) -> dict:
    """The ``changes.json`` record: per-area sums and the per-indicator entries."""
    areas: dict[str, dict[str, int]] = {}
    for change in indicators:
        area = areas.setdefault(
            change.area,
            dict.fromkeys(
                (
                    "indicators",
                    "indicators_added",
                    "indicators_removed",
                    "indicators_changed",
                    *COUNTS,
                    "values",
                    "demo_values",
                ),
                0,
            ),
        )
        area["indicators"] += change.status != "removed"
        if change.changed:
            area[f"indicators_{change.status}"] += 1
        for name in (*COUNTS, "values", "demo_values"):
            area[name] += getattr(change, name)
    return {
        "format": FORMAT,
        "action": action,
        "made_at": made_at,
        "previous": previous,
        "tolerance": TOLERANCE,
        "areas": dict(sorted(areas.items())),
        "indicators": {
            c.id: {k: v for k, v in c.__dict__.items() if k != "id"}
            for c in sorted(indicators, key=lambda c: c.id)
        },
    }


def _areas(built_dir: Path | None) -> dict[str, str]:
    if built_dir is None:
        return {}
    catalogue = catalogue_of(built_dir)
    area_of_service = {s.id: s.area_id for s in catalogue.services}
    return {i.id: area_of_service.get(i.service_id, UNKNOWN_AREA) for i in catalogue.indicators}


def _batches(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def version_changes(
    previous_dir: Path | None, new_dir: Path, made_at: dt.datetime, action: str
) -> dict:
    """The changes of the version in ``new_dir`` against the one in ``previous_dir`` (None
    for a first build): the ``changes.json`` record (see :func:`summarise`)."""
    new_store = ValueStore(new_dir)
    old_store = ValueStore(previous_dir) if previous_dir and store_exists(previous_dir) else None
    old_ids = set(old_store.indicator_ids()) if old_store else set()
    new_ids = set(new_store.indicator_ids())
    areas = _areas(previous_dir) | _areas(new_dir)
    before = read_changes(previous_dir) if old_store else None
    earlier = (before or {}).get("indicators", {})
    stamp = made_at.isoformat(timespec="seconds")
    # a previous version made before changes were recorded: its values date from its store
    unrecorded = written_at(previous_dir).isoformat(timespec="seconds") if old_store else None
    found: list[IndicatorChange] = []
    for ids in _batches(sorted(old_ids | new_ids)):
        new_rows = new_store.indicators(ids)
        old_rows = old_store.indicators(ids) if old_store else new_rows.clear()
        diff = compare_values(old_rows, new_rows)
        counts = {r["indicator"]: r for r in diff.iter_rows(named=True)}
        held = {r["indicator"]: r for r in holdings(new_rows).iter_rows(named=True)}
        for indicator in ids:
            own = counts.get(indicator, {})
            status = indicator_status(indicator in old_ids, indicator in new_ids, own)
            kept = earlier.get(indicator, {}).get("last_changed") or unrecorded
            have = held.get(indicator, {})
            found.append(
                IndicatorChange(
                    id=indicator,
                    area=areas.get(indicator, UNKNOWN_AREA),
                    status=status,
                    **{c: int(own.get(c) or 0) for c in COUNTS},
                    values=int(have.get("values") or 0),
                    demo_values=int(have.get("demo_values") or 0),
                    latest_year={x["level"]: x["year"] for x in have.get("latest") or ()},
                    last_changed=kept if status == "same" and kept else stamp,
                )
            )
    previous = previous_dir.name if previous_dir and old_store else None
    return summarise(found, previous, stamp, action)


def written_at(built_dir: Path) -> dt.datetime:
    """When the values store of a dataset was written (its manifest's time)."""
    return dt.datetime.fromtimestamp(manifest_path(built_dir).stat().st_mtime)


def record_changes(
    previous_dir: Path | None, new_dir: Path, made_at: dt.datetime, action: str
) -> dict:
    """Compute the changes of the version in ``new_dir`` and write them as its
    ``changes.json``; returns the record."""
    record = version_changes(previous_dir, new_dir, made_at, action)
    (new_dir / CHANGES_FILE).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    log.info("Recorded the changes of %s against %s", new_dir.name, record["previous"])
    return record


def read_changes(version_dir: Path) -> dict | None:
    """The ``changes.json`` of a version folder, or None when it has none (a version made
    before changes were recorded) or it cannot be read."""
    path = version_dir / CHANGES_FILE
    try:
        stat = path.stat()
    except OSError:
        return None
    return _read(str(path.resolve()), stat.st_mtime_ns)


@lru_cache(maxsize=64)
def _read(path: str, _mtime: int) -> dict | None:
    try:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        log.warning("cannot read %s: %s", path, error)
        return None
    return record if isinstance(record, dict) and record.get("format") == FORMAT else None


@dataclass(frozen=True)
class Freshness:
    """How fresh an indicator's values are: the latest year with a value per level and the
    time its values were last imported (the version that last changed them)."""

    latest_year: dict[str, int]
    last_import: dt.datetime | None

    @property
    def latest(self) -> int | None:
        return max(self.latest_year.values(), default=None)


def freshness_of(record: dict | None, indicator_id: str) -> Freshness:
    """The freshness of one indicator in a ``changes.json`` record (empty when unknown)."""
    entry = ((record or {}).get("indicators") or {}).get(indicator_id) or {}
    stamp = entry.get("last_changed")
    try:
        last = dt.datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        last = None
    return Freshness(dict(entry.get("latest_year") or {}), last)


@dataclass(frozen=True)
class VersionChanges:
    """A version and the changes stored with it (``record``: see :func:`summarise`)."""

    id: str  # "" for a plain (unversioned) build
    current: bool
    made_at: dt.datetime | None
    record: dict

    @property
    def action(self) -> str:
        return str(self.record.get("action", ""))

    @property
    def first(self) -> bool:
        """A version with nothing before it: its changes say what it holds."""
        return self.record.get("previous") is None


def versions_with_changes(versions: Iterable, current: dict | None) -> list[VersionChanges]:
    """Versions (objects with ``id``, ``path``, ``current``: ``ingest.versions.Version``)
    that have stored changes, newest first; with no versions (a plain build), the build's own
    record ``current`` as the one entry."""
    found = []
    for version in versions:
        record = read_changes(version.path)
        if record is not None:
            found.append(VersionChanges(version.id, version.current, _time(record), record))
    if not found and current is not None:
        found.append(VersionChanges("", True, _time(current), current))
    return sorted(found, key=lambda v: (v.made_at or dt.datetime.min, v.id), reverse=True)


def _time(record: dict) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(str(record.get("made_at")))
    except ValueError:
        return None


def changed_since(history: list[VersionChanges], since: dt.datetime) -> list[VersionChanges]:
    """The versions made after ``since`` that changed something (not a first build). Version
    times are the machine's local wall-clock time, so an aware ``since`` is turned into it."""
    moment = since.astimezone().replace(tzinfo=None) if since.tzinfo else since
    return [v for v in history if v.made_at is not None and v.made_at > moment and not v.first]
