"""Dataset versions: each import writes a complete dataset aside in ``data/versions/<id>/`` and
then swaps it in atomically by replacing the symlink ``data/built`` → ``versions/<id>``.

The app and the Makefile keep reading ``data/built``. A version folder is complete before it
gets its final name (it is written as ``.tmp-<id>`` and renamed), and the switch is one
``rename(2)`` of a symlink, so an interrupted import leaves the current data untouched.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import json
import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from data_access.store import MANIFEST, STORE_DIR, manifest_path, store_exists
from i18n import t

log = logging.getLogger(__name__)

VERSIONS = "versions"
BUILT = "built"
LOG_FILE = "imports.log"
REQUIRED_FILES = (f"{STORE_DIR}/{MANIFEST}", "units.parquet", "components.parquet")
_TMP = ".tmp-"


class VersionError(RuntimeError):
    """A version operation cannot be done; the message is in Polish."""


@dataclass(frozen=True)
class Version:
    id: str
    path: Path
    current: bool
    imports: int


def new_version_id(data_dir: Path, now: dt.datetime, label: str) -> str:
    """``20260101T120000-label`` (sortable by time), with a suffix if that id is taken."""
    base = f"{now.strftime('%Y%m%dT%H%M%S')}-{label}"
    version_id, n = base, 1
    while (data_dir / VERSIONS / version_id).exists():
        n += 1
        version_id = f"{base}-{n}"
    return version_id


def current_version(data_dir: Path) -> str | None:
    """The id of the version ``data/built`` points to, or None if it is a plain folder."""
    built = data_dir / BUILT
    if not built.is_symlink():
        return None
    return Path(os.readlink(built)).name


def list_versions(data_dir: Path) -> list[Version]:
    """Complete versions, oldest first."""
    folder = data_dir / VERSIONS
    if not folder.is_dir():
        return []
    current = current_version(data_dir)
    found = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or not path.is_dir():
            continue
        imports_file = path / "imports.json"
        imports = len(json.loads(imports_file.read_text("utf-8"))) if imports_file.exists() else 0
        found.append(Version(path.name, path, path.name == current, imports))
    return found


@contextmanager
def exclusive(data_dir: Path) -> Iterator[None]:
    """Only one import or restore at a time."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with (data_dir / ".ingest.lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise VersionError(t("ingest.version.locked")) from error
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def activate(data_dir: Path, version_id: str) -> None:
    """Point ``data/built`` at ``versions/<version_id>`` in one atomic rename."""
    target = data_dir / VERSIONS / version_id
    missing = [name for name in REQUIRED_FILES if not (target / name).exists()]
    if not target.is_dir() or missing:
        raise VersionError(t("ingest.version.incomplete", id=version_id))
    link = data_dir / f".{BUILT}-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(Path(VERSIONS) / version_id, link)
    os.replace(link, data_dir / BUILT)
    _fsync_dir(data_dir)


def adopt_plain_build(data_dir: Path, now: dt.datetime) -> str:
    """Make the dataset versioned: a plain ``data/built`` folder becomes the first version.

    Returns the id of the current version.
    """
    built = data_dir / BUILT
    current = current_version(data_dir)
    if current is not None:
        return current
    if not store_exists(built):
        raise VersionError(t("ingest.version.no_data", path=built))
    built_at = dt.datetime.fromtimestamp(manifest_path(built).stat().st_mtime)
    version_id = new_version_id(data_dir, min(built_at, now), "build")
    folder = data_dir / VERSIONS
    folder.mkdir(parents=True, exist_ok=True)
    link = data_dir / f".{BUILT}-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(Path(VERSIONS) / version_id, link)
    os.rename(built, folder / version_id)
    os.replace(link, built)
    _fsync_dir(data_dir)
    log.info("Adopted %s as dataset version %s", built, version_id)
    return version_id


@contextmanager
def staged_version(data_dir: Path, version_id: str) -> Iterator[Path]:
    """A folder to write a new version into; it gets its final name only if the block ends
    without an error (otherwise it is removed)."""
    folder = data_dir / VERSIONS
    folder.mkdir(parents=True, exist_ok=True)
    staging = folder / f"{_TMP}{version_id}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir()
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    os.rename(staging, folder / version_id)
    _fsync_dir(folder)


def remove_stale_staging(data_dir: Path) -> None:
    """Remove folders left by an interrupted import (never a complete version)."""
    folder = data_dir / VERSIONS
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name.startswith(_TMP):
                shutil.rmtree(path, ignore_errors=True)


def append_log(data_dir: Path, record: dict) -> None:
    """One JSON line per import or restore in ``data/imports.log``."""
    with (data_dir / LOG_FILE).open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def restore(data_dir: Path, version_id: str, now: dt.datetime) -> str | None:
    """Make ``version_id`` current again; returns the id that was current before."""
    with exclusive(data_dir):
        previous = current_version(data_dir)
        if previous is None:
            raise VersionError(t("ingest.version.not_versioned"))
        valid = bool(version_id) and all(c.isalnum() or c in "-_" for c in version_id)
        if not valid or not (data_dir / VERSIONS / version_id).is_dir():
            known = ", ".join(v.id for v in list_versions(data_dir)[-5:])
            raise VersionError(t("ingest.version.unknown", id=version_id, known=known))
        activate(data_dir, version_id)
        append_log(
            data_dir,
            {
                "action": "restore",
                "time": now.isoformat(timespec="seconds"),
                "version": version_id,
                "previous_version": previous,
            },
        )
        return previous
