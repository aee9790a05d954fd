"""The checkpoint of a SMUP sync, in ``<data-dir>/sync/smup/``:

- ``run.json``: the run in progress or the last one (state, selection, start, its tasks);
- ``completed.json``: the last run that switched a version (its version and fingerprint);
- ``dictionaries/<name>.json``: the dictionaries the run planned with (records as fetched);
- ``data/<indicator>/<year>.json.gz``: the rows of one finished indicator-year, or
  ``data/<indicator>/<year>.none.json`` when SMUP has no data for it (HTTP 404).

Every file is written whole under a temporary name and renamed, so an interrupted run never
leaves half a file; the key is never written (requests are the only place it goes).
"""

from __future__ import annotations

import fcntl
import gzip
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.smup.errors import SmupError

RUN_FILE = "run.json"
COMPLETED_FILE = "completed.json"
DICTIONARIES = "dictionaries"
DATA = "data"
ROWS_SUFFIX = ".json.gz"
NONE_SUFFIX = ".none.json"
RUNNING = "running"
COMPLETED = "completed"


def write_atomic(path: Path, payload: bytes) -> None:
    """``payload`` into ``path``: written under a temporary name, synced, renamed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with partial.open("wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class Checkpoint:
    """Reads and writes the files of one checkpoint folder (see the module docstring)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def run_file(self) -> Path:
        return self.folder / RUN_FILE

    @contextmanager
    def locked(self) -> Iterator[None]:
        """Only one sync at a time uses the folder (the lock goes with the process)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with (self.folder / ".lock").open("w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as error:
                raise SmupError("ingest.smup.error.locked", path=self.folder) from error
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    # --- run state ----------------------------------------------------------------------
    def _read(self, name: str) -> dict | None:
        path = self.folder / name
        if not path.is_file():
            return None
        try:
            found = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise SmupError("ingest.smup.error.checkpoint", path=path, error=error) from error
        return found if isinstance(found, dict) else None

    def read_run(self) -> dict | None:
        return self._read(RUN_FILE)

    def write_run(self, state: dict) -> None:
        write_atomic(self.run_file, _json(state))

    def read_completed(self) -> dict | None:
        return self._read(COMPLETED_FILE)

    def write_completed(self, state: dict) -> None:
        write_atomic(self.folder / COMPLETED_FILE, _json(state))

    # --- dictionaries -------------------------------------------------------------------
    def save_dictionaries(self, raw: dict[str, list]) -> None:
        for name, items in raw.items():
            write_atomic(self.folder / DICTIONARIES / f"{name}.json", _json(items))

    def load_dictionaries(self, names: tuple[str, ...]) -> dict[str, list] | None:
        """The saved dictionaries, or None unless all of ``names`` are there."""
        paths = {name: self.folder / DICTIONARIES / f"{name}.json" for name in names}
        if not all(path.is_file() for path in paths.values()):
            return None
        return {name: json.loads(path.read_text("utf-8")) for name, path in paths.items()}

    # --- indicator-years ----------------------------------------------------------------
    def _paths(self, indicator: str, year: int) -> tuple[Path, Path]:
        folder = self.folder / DATA / indicator
        return folder / f"{year}{ROWS_SUFFIX}", folder / f"{year}{NONE_SUFFIX}"

    def save_year(self, indicator: str, year: int, columns: dict | None, fetched_at: str) -> None:
        """One finished indicator-year: its rows (columns), or None for "no data" (404)."""
        rows, none = self._paths(indicator, year)
        record = {"indicator": indicator, "year": year, "fetched_at": fetched_at}
        if columns is None:
            write_atomic(none, _json(record | {"status": 404}))
            rows.unlink(missing_ok=True)
        else:
            write_atomic(rows, gzip.compress(_json(record | {"rows": columns}), mtime=0))
            none.unlink(missing_ok=True)

    def load_year(self, indicator: str, year: int) -> dict | None:
        """The rows (columns) of a finished indicator-year; None for "no data"."""
        rows, _ = self._paths(indicator, year)
        if not rows.is_file():
            return None
        return json.loads(gzip.decompress(rows.read_bytes()))["rows"]

    def finished(self, since: float | None = None) -> dict[tuple[str, int], bool]:
        """``{(indicator, year): has rows}`` of the finished indicator-years (only those
        written at or after the epoch time ``since`` when it is given)."""
        found: dict[tuple[str, int], bool] = {}
        folder = self.folder / DATA
        if not folder.is_dir():
            return found
        for path in folder.glob("*/*.json*"):
            if since is not None and path.stat().st_mtime < since:
                continue
            for suffix, has_rows in ((ROWS_SUFFIX, True), (NONE_SUFFIX, False)):
                stem = path.name.removesuffix(suffix)
                if path.name.endswith(suffix) and stem.isdigit():
                    found[(path.parent.name, int(stem))] = has_rows
        return found


def now_epoch() -> float:
    """The time files are compared with (file modification times are epoch seconds)."""
    return time.time()
