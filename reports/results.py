"""The rendered reports (a report's HTML, its PDF, a report pack's zip) behind Flask-Caching,
shared by every web worker and every report worker.

One ``flask_caching.Cache`` configured from the settings (``cache_config``):

- by default a ``FileSystemCache`` in ``SMUP_CACHE_DIR/reports/renders`` (one file per
  render, written atomically; the oldest go beyond ``MAX_ENTRIES``), so the report worker
  process and the web workers of one server, or of servers sharing the folder, see each
  other's renders;
- a ``RedisCache`` when ``SMUP_CACHE_URL`` names a Redis server (``redis://…``): the renders
  are then shared by every server whatever its folder (the PDF queue and its locks stay
  files in ``SMUP_CACHE_DIR``, see ``reports.queue``).

An entry is named by the report's cache key and the file's suffix (``<key>.pdf``); the key
holds the day (``reports.routes.report_key``), so an entry outlives its use by at most
``TIMEOUT_S``. A cache that cannot be read or written (a full disk, Redis down) is logged
and the report is rendered as if it were not cached: never an error page for it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from flask import Flask
from flask_caching import Cache

from config import settings
from reports import render

log = logging.getLogger(__name__)

SUBDIR = "renders"  # in the report folder, beside the queue's jobs/ and workers/
MAX_ENTRIES = 400  # rendered reports kept (the oldest dropped first)
TIMEOUT_S = 2 * 24 * 3600  # a key holds its day: two days keep every live entry
KEY_PREFIX = "smup-report:"  # in a Redis shared with the rate limits

cache = Cache()


def folder() -> Path:
    return render.cache_dir() / SUBDIR


def cache_config(url: str = "", directory: Path | None = None) -> dict[str, object]:
    """Flask-Caching's configuration: Redis at ``url`` if given, else files in ``directory``
    (default: ``folder()``)."""
    common = {"CACHE_DEFAULT_TIMEOUT": TIMEOUT_S, "CACHE_KEY_PREFIX": KEY_PREFIX}
    if url:
        return common | {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": url}
    return common | {
        "CACHE_TYPE": "FileSystemCache",
        "CACHE_DIR": str(directory or folder()),
        "CACHE_THRESHOLD": MAX_ENTRIES,
    }


def init_results(app: Flask) -> None:
    """Configure the cache on ``app`` from the settings (the web server and the report
    worker's ``flask`` command build the same app, so both call this); again later to follow
    a new report folder (the tests' private caches)."""
    cache.init_app(app, config=cache_config(settings.cache_url))


def refresh() -> None:
    """Rebuild the cache for the report folder of now, on the app it was configured on."""
    app = getattr(cache, "app", None)  # set by the first ``init_app``
    if app is not None:
        init_results(app)


def _name(key: str, suffix: str) -> str:
    return f"{key}{suffix}"


def read(key: str, suffix: str) -> bytes | None:
    """The cached ``<key><suffix>``, or None (also when the cache cannot be read)."""
    try:
        found = cache.get(_name(key, suffix))
    except Exception:  # Redis unreachable, a damaged file: rendered again
        log.warning("report cache not readable", exc_info=True)
        return None
    return found if isinstance(found, bytes) else None


def has(key: str, suffix: str) -> bool:
    try:
        return bool(cache.has(_name(key, suffix)))
    except Exception:
        log.warning("report cache not readable", exc_info=True)
        return False


def store(key: str, suffix: str, data: bytes) -> None:
    """Keep ``data`` as ``<key><suffix>`` for every worker; a failure is logged only."""
    try:
        stored = cache.set(_name(key, suffix), data)
    except Exception:
        stored = False
    if not stored:
        log.warning("report cache not writable: %s", settings.cache_url or folder())


def cached(key: str, suffix: str, build: Callable[[], bytes]) -> bytes:
    """``<key><suffix>`` from the cache, else ``build()`` (kept for every worker)."""
    found = read(key, suffix)
    if found is not None:
        return found
    data = build()
    store(key, suffix, data)
    return data
