"""How the server delivers bytes: compressed, cached as long as an address names the same bytes,
and plotly.js reduced to the traces the app draws.

- **Compression** (Flask-Compress): brotli or gzip, as the client asks, for every text response
  (pages, Dash's scripts and callback answers, API JSON and CSV, GeoJSON); never for PDF, XLSX,
  PNG or Parquet, which are compressed already. Dash's scripts are compressed once per process.
- **Geometry and plotly.js** are served from files compressed ahead (brotli 11, gzip 9: by
  ``build-data`` for the geometry, by ``make`` for the bundle), or compressed once per process
  when those are missing or older than their source.
- **Lazy scripts**: dash-ag-grid's script (0.35 MB brotli) is left out of the pages' scripts;
  ``assets/scripts/lazy-grid.js`` loads it where a grid shows (one page of the app has one).
- **Caching**: an address with a fingerprint (Dash's versioned component scripts, assets with
  their ``?m=`` modification time, the geometry with ``?v=`` its content hash) is cached for a
  year as immutable; pages are never cached (``no-cache``: they depend on the user and the data).
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import dash
from dash.fingerprint import check_fingerprint
from flask import Request, Response, request
from flask_compress import Compress

from config import PROJECT_ROOT
from core import urls
from static_files import (
    ENCODINGS,
    GEO_MIMETYPE,
    StaticFile,
    geometry_path,
    static_file,
)

log = logging.getLogger(__name__)

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
GEO_PATH = re.compile("^" + re.escape(urls.GEOMETRY_PREFIX) + r"([a-z]+)\.geojson$")
COMPONENT_SUITES = urls.DASH_COMPONENT_SUITES
# The address dcc.Graph loads plotly.js from when the page has not loaded it
# (``window._dashPlotlyJSURL``, set by Dash's renderer, without a fingerprint).
PLOTLY_PATH = COMPONENT_SUITES + "plotly/package_data/plotly.min.js"
PLOTLY_BUNDLE = PROJECT_ROOT / "build" / "plotly" / "plotly.min.js"
# Component libraries whose script loads where one of their components shows (the library →
# the address's pattern in the page's script tags); assets/scripts/lazy-grid.js loads it.
LAZY_SCRIPTS = {
    "dash_ag_grid": re.compile(r'<script src="([^"]*/dash_ag_grid/dash_ag_grid[^"]*)"></script>')
}
LAZY_SCRIPTS_ID = "smup-lazy-scripts"
COMPRESSED_TYPES = (
    "text/html",
    "text/css",
    "text/plain",
    "text/csv",
    "text/javascript",
    "application/javascript",
    "application/json",
    "application/geo+json",
    "application/manifest+json",
    "application/xml",
    "image/svg+xml",
    "image/x-icon",
    "image/vnd.microsoft.icon",
)


# Dash's Babel polyfill (core-js 2 and regenerator, 99 KB to parse on every page) serves
# browsers older than any the app supports; the regenerator runtime that Dash's bundles call
# is defined by dash-bootstrap-components' bundle, which every page loads before them.
# dash_table's loader is in every page because Dash imports the package; no page has a
# DataTable (tables are markup or AG Grid).
DROPPED_SCRIPTS = re.compile(
    r'<script src="[^"]*/dash/(?:deps/polyfill@|dash_table/bundle\.)[^"]*"></script>\n?'
)


def accepted_encoding(offered: dict[str, bytes], req: Request) -> str:
    """The best encoding of ``offered`` the client accepts ("" = none), brotli on a tie."""
    best, best_quality = "", 0.0
    for encoding in ENCODINGS:
        quality = req.accept_encodings.quality(encoding)
        if encoding in offered and quality > best_quality:
            best, best_quality = encoding, quality
    return best


def static_response(file: StaticFile, cache_control: str) -> Response:
    encoding = accepted_encoding(file.bodies, request)
    response = Response(file.bodies[encoding], mimetype=file.mimetype)
    if encoding:
        response.headers["Content-Encoding"] = encoding
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = cache_control
    response.set_etag(f"{file.digest}-{encoding or 'identity'}")
    return response.make_conditional(request)


def serve_geometry_and_plotly() -> Response | None:
    """Answer the geometry and plotly.js from :func:`static_file`; None for anything else."""
    if request.method not in ("GET", "HEAD"):
        return None
    if request.path == PLOTLY_PATH and PLOTLY_BUNDLE.is_file():
        # Dash asks for it without a fingerprint: revalidated (a 304) rather than kept.
        return static_response(static_file(PLOTLY_BUNDLE, "text/javascript"), REVALIDATE)
    match = GEO_PATH.match(request.path)
    if match is None or not geometry_path(match.group(1)).is_file():
        return None
    file = static_file(geometry_path(match.group(1)), GEO_MIMETYPE)
    current = request.args.get("v") == file.digest
    return static_response(file, IMMUTABLE if current else REVALIDATE)


def fingerprinted_asset(req: Request, assets_folder: Path) -> bool:
    """Whether an ``/assets/`` address carries the file's modification time as Dash writes it
    into the page (``?m=``): a changed file gets a new address."""
    stamp = req.args.get("m")
    relative = req.path.removeprefix(urls.ASSETS)
    if stamp is None or relative == req.path:
        return False
    path = (assets_folder / relative).resolve()
    if not path.is_relative_to(assets_folder.resolve()) or not path.is_file():
        return False
    return stamp == str(path.stat().st_mtime)


def cache_control(response: Response, req: Request, assets_folder: Path) -> None:
    """Immutable for fingerprinted scripts and assets, ``no-cache`` for pages; a response that
    says something itself keeps it."""
    if response.status_code != 200:
        return
    if req.path.startswith(COMPONENT_SUITES) and response.cache_control.max_age:
        response.headers["Cache-Control"] = IMMUTABLE  # Dash versioned it: max_age set
    elif req.path.startswith(urls.ASSETS) and fingerprinted_asset(req, assets_folder):
        response.headers["Cache-Control"] = IMMUTABLE
    elif response.mimetype == "text/html" and "Cache-Control" not in response.headers:
        response.headers["Cache-Control"] = REVALIDATE


def component_cache_key(req: Request) -> str:
    """Dash's component scripts are compressed once per process: keyed by the package file
    (fingerprint removed, so made-up fingerprints add no entries); "" for anything else."""
    if req.method != "GET" or not req.path.startswith(COMPONENT_SUITES):
        return ""
    path, _ = check_fingerprint(req.path)
    return path


class ComponentScriptCache:
    """Flask-Compress's cache backend: keeps only the keys of :func:`component_cache_key`."""

    def __init__(self) -> None:
        self.bodies: dict[str, bytes] = {}

    def get(self, key: str) -> bytes | None:
        return self.bodies.get(key)

    def set(self, key: str, value: bytes) -> None:
        if not key.endswith(";"):  # "<encoding>;<cache key>", empty key = not cached
            self.bodies[key] = value


def lazy_scripts(scripts: str) -> str:
    """The page's script tags without those of :data:`DROPPED_SCRIPTS` and of
    :data:`LAZY_SCRIPTS`, whose addresses go into a JSON data block (never run, so the
    Content-Security-Policy has nothing to allow)."""
    scripts = DROPPED_SCRIPTS.sub("", scripts)
    addresses = {}
    for library, tag in LAZY_SCRIPTS.items():
        match = tag.search(scripts)
        if match:
            addresses[library] = match.group(1)
            scripts = scripts.replace(match.group(0), "", 1)
    if not addresses:
        return scripts
    # "</" cannot end the block early: json.dumps leaves "/" alone, so escape it.
    data = json.dumps(addresses).replace("</", "<\\/")
    block = f'<script type="application/json" id="{LAZY_SCRIPTS_ID}">{data}</script>'
    return block + "\n" + scripts


def register_delivery(app: dash.Dash) -> None:
    server = app.server
    server.config.update(
        COMPRESS_MIMETYPES=list(COMPRESSED_TYPES),
        COMPRESS_ALGORITHM=list(ENCODINGS),
        COMPRESS_ALGORITHM_STREAMING=list(ENCODINGS),
        COMPRESS_CACHE_BACKEND=ComponentScriptCache,
        COMPRESS_CACHE_KEY=component_cache_key,
    )
    Compress(server)
    assets_folder = Path(app.config.assets_folder)
    if not PLOTLY_BUNDLE.is_file():
        log.warning("%s missing (make builds it): serving plotly.py's full bundle", PLOTLY_BUNDLE)
    server.before_request(serve_geometry_and_plotly)
    index = app.interpolate_index

    def interpolate_index(**kwargs) -> str:
        kwargs["scripts"] = lazy_scripts(kwargs.get("scripts", ""))
        return index(**kwargs)

    app.interpolate_index = interpolate_index  # Dash builds every page's HTML through it

    @server.after_request
    def cache_headers(response: Response) -> Response:
        cache_control(response, request, assets_folder)
        return response
