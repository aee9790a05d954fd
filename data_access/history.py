"""The history of a dataset as facts: its versions (``data/versions/<id>``, written by
``ingest/versions.py``) and the log ``data/imports.log``, one JSON line per build, import, sync
or restore. Pure functions over what those files hold; the pages put them into words."""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)

LOG_FILE = "imports.log"  # ingest.versions.LOG_FILE, in the data folder
BUILD, IMPORT, SYNC, RESTORE = "build", "import", "sync", "restore"
MAKERS = (BUILD, IMPORT, SYNC)  # the actions that write a new version
VERSION_STAMP = "%Y%m%dT%H%M%S"  # the start of a version id: 20260101T120000-import


class VersionLike(Protocol):
    id: str
    current: bool


def read_log(data_dir: Path) -> list[dict]:
    """The entries of ``data_dir/imports.log``, oldest first; a line that is not a JSON object
    with a known action is skipped (and logged), a missing log is an empty one."""
    path = data_dir / LOG_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        log.warning("cannot read %s: %s", path, error)
        return []
    entries = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            log.warning("%s: line %d is not JSON", path, number)
            continue
        if isinstance(entry, dict) and entry.get("action") in (*MAKERS, RESTORE):
            entries.append(entry)
    return entries


def parse_time(text: object) -> dt.datetime | None:
    """An ISO time from the log, or None when it is missing or not a time."""
    try:
        return dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None


def version_id_parts(version_id: str) -> tuple[dt.datetime | None, str]:
    """The time and the action in a version id: ``20260301T120000-import-2`` →
    (2026-03-01 12:00, "import"); (None, "") for an id of another shape."""
    stamp, _, rest = version_id.partition("-")
    try:
        time = dt.datetime.strptime(stamp, VERSION_STAMP)
    except ValueError:
        return None, ""
    label = rest.split("-")[0]
    return time, label if label in MAKERS else ""


@dataclass(frozen=True)
class VersionEntry:
    """One dataset version and what made it."""

    id: str
    current: bool
    action: str  # BUILD, IMPORT or SYNC; "" when neither the log nor the id says
    time: dt.datetime | None
    source: str  # the synced source or the imported file's name; "" for a build
    indicators: int  # how many indicators the import or sync recomputed
    restored: dt.datetime | None  # the last time it was made current again


def entry_source(entry: dict) -> str:
    """What a log entry brought: the source of a sync, the file name of an import."""
    if entry.get("action") == SYNC:
        return str(entry.get("source", ""))
    if entry.get("action") == IMPORT and entry.get("source_file"):
        return Path(str(entry["source_file"])).name
    return ""


def version_history(versions: Iterable[VersionLike], entries: list[dict]) -> list[VersionEntry]:
    """The versions, newest first, each with the log entry that made it (else what its id
    says: the first version of a dataset is a build adopted without a log line) and its
    last restore."""
    made: dict[str, dict] = {}
    restored: dict[str, dict] = {}
    for entry in entries:
        version = str(entry.get("version", ""))
        if entry["action"] == RESTORE:
            restored[version] = entry
        else:
            made.setdefault(version, entry)
    history = []
    for version in sorted(versions, key=lambda v: v.id, reverse=True):
        id_time, id_action = version_id_parts(version.id)
        entry = made.get(version.id, {})
        history.append(
            VersionEntry(
                id=version.id,
                current=version.current,
                action=entry.get("action", id_action),
                time=parse_time(entry["time"]) if "time" in entry else id_time,
                source=entry_source(entry),
                indicators=len(entry.get("indicators") or ()),
                restored=parse_time(restored[version.id].get("time"))
                if version.id in restored
                else None,
            )
        )
    return history


def last_syncs(entries: list[dict]) -> list[dict]:
    """The last sync entry of each source, the most recent first."""
    latest: dict[str, dict] = {}
    for entry in entries:
        if entry["action"] == SYNC:
            latest[str(entry.get("source", ""))] = entry
    return sorted(latest.values(), key=lambda e: str(e.get("time", "")), reverse=True)
