"""How the server delivers bytes: compressed, cached as long as an address names the same bytes,
and plotly.js reduced to the traces the app draws.

- **Compression** (Flask-Compress): brotli or gzip, as the client asks, for every text response
  (pages, Dash's scripts and callback answers, API JSON and CSV, GeoJSON); never for PDF, XLSX,
  PNG or Parquet, which are compressed already. Dash's scripts are compressed once per process.
- **Geometry and plotly.js** are served from files compressed ahead (brotli 11, gzip 9: by
  ``build-data`` for the geometry, by ``make`` for the bundle), or compressed once per process
  when those are missing or older than their source.
- **Scripts a page needs later**: AG Grid's main script (1.3 MB, 0.35 MB brotli) is in the
  page only where a grid shows first (``/analiza``); elsewhere the page names it in a JSON
  block and ``assets/scripts/lazy-components.js`` loads it when a grid is first drawn (after
  a move to ``/analiza`` without a reload). Dash itself puts every library's main script in
  every page.
- **Caching**: an address with a fingerprint (Dash's versioned component scripts, assets with
  their ``?m=`` modification time, the geometry with ``?v=`` its content hash) is cached for a
  year as immutable; pages are never cached (``no-cache``: they depend on the user and the data).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import mimetypes
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import brotli
import dash
from dash.fingerprint import check_fingerprint
from flask import Request, Response, request
from flask_compress import Compress

from config import PROJECT_ROOT

log = logging.getLogger(__name__)

IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"
GEO_DIR = PROJECT_ROOT / "assets" / "geo"
GEO_PATH = re.compile(r"^/assets/geo/([a-z]+)\.geojson$")
GEO_MIMETYPE = "application/geo+json"
COMPONENT_SUITES = "/_dash-component-suites/"
# The address dcc.Graph loads plotly.js from when the page has not loaded it
# (``window._dashPlotlyJSURL``, set by Dash's renderer, without a fingerprint).
PLOTLY_PATH = COMPONENT_SUITES + "plotly/package_data/plotly.min.js"
PLOTLY_BUNDLE = PROJECT_ROOT / "build" / "plotly" / "plotly.min.js"
# Content-Encoding → suffix of the file compressed ahead; the first one the client accepts wins.
ENCODINGS = {"br": ".br", "gzip": ".gz"}
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

# Component libraries whose main script a page loads only when one of their components is drawn
# (``assets/scripts/lazy-components.js``), except on the pages whose first screen draws one.
LAZY_LIBRARIES = {"dash_ag_grid": ("/analiza",)}
LAZY_SCRIPTS_ID = "smup-lazy-scripts"
# Dash's Babel polyfill (core-js 2 and regenerator, 99 KB to parse on every page) serves
# browsers older than any the app supports; the regenerator runtime that Dash's bundles call
# is defined by dash-bootstrap-components' bundle, which every page loads before them.
DROPPED_SCRIPTS = re.compile(r"/dash/deps/polyfill@")
SCRIPT_TAG = re.compile(
    r'<script src="([^"]*/_dash-component-suites/([a-z_]+)/[^"]*)"></script>\n?'
)

mimetypes.add_type(GEO_MIMETYPE, ".geojson")


@dataclass(frozen=True)
class StaticFile:
    """A file's bytes as sent: ``bodies`` maps a Content-Encoding ("" = none) to the body."""

    mimetype: str
    digest: str
    bodies: dict[str, bytes]


def compress(data: bytes, encoding: str) -> bytes:
    """Fast levels, for a file nobody compressed ahead (the best levels take seconds)."""
    if encoding == "br":
        return brotli.compress(data, quality=5)
    return gzip.compress(data, compresslevel=6)


def content_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


@cache
def _static_file(path: Path, mimetype: str, modified_ns: int) -> StaticFile:
    raw = path.read_bytes()
    bodies = {"": raw}
    for encoding, suffix in ENCODINGS.items():
        twin = path.with_name(path.name + suffix)
        if twin.is_file() and twin.stat().st_mtime_ns >= modified_ns:
            bodies[encoding] = twin.read_bytes()
        else:
            bodies[encoding] = compress(raw, encoding)
    return StaticFile(mimetype, content_digest(raw), bodies)


def static_file(path: Path, mimetype: str) -> StaticFile:
    """The file with its compressed twins, read once per process and again when it changes."""
    return _static_file(path, mimetype, path.stat().st_mtime_ns)


def write_compressed_twins(path: Path) -> dict[str, int]:
    """Write ``path.br`` and ``path.gz`` at the best levels, for :func:`static_file`; return
    their sizes by encoding."""
    raw = path.read_bytes()
    bodies = {"br": brotli.compress(raw, quality=11), "gzip": gzip.compress(raw, compresslevel=9)}
    for encoding, body in bodies.items():
        path.with_name(path.name + ENCODINGS[encoding]).write_bytes(body)
    return {encoding: len(body) for encoding, body in bodies.items()}


def geometry_path(name: str) -> Path:
    return GEO_DIR / f"{name}.geojson"


def geometry_url(name: str) -> str:
    """The geometry file's address with its content hash, so that it can be cached for good."""
    digest = static_file(geometry_path(name), GEO_MIMETYPE).digest
    return f"/assets/geo/{name}.geojson?v={digest}"


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


def lazy_libraries(path: str) -> set[str]:
    """The libraries of :data:`LAZY_LIBRARIES` that the page at ``path`` loads on demand."""
    return {
        name
        for name, eager in LAZY_LIBRARIES.items()
        if not any(path == prefix or path.startswith(prefix + "/") for prefix in eager)
    }


def page_scripts(scripts: str, path: str) -> str:
    """Dash's ``<script>`` tags for the page at ``path`` without the main scripts of the
    libraries it loads on demand: their addresses go into a JSON block (not run, so the
    Content-Security-Policy needs no hash) that ``lazy-components.js`` reads."""
    lazy = lazy_libraries(path)
    deferred: dict[str, str] = {}

    def keep_or_defer(match: re.Match) -> str:
        if DROPPED_SCRIPTS.search(match.group(1)):
            return ""
        if match.group(2) not in lazy:
            return match.group(0)
        deferred[match.group(2)] = match.group(1)
        return ""

    kept = SCRIPT_TAG.sub(keep_or_defer, scripts)
    if not deferred:
        return kept
    block = json.dumps(deferred).replace("</", "<\\/")
    return f'<script type="application/json" id="{LAZY_SCRIPTS_ID}">{block}</script>\n{kept}'


def fingerprinted_asset(req: Request, assets_folder: Path) -> bool:
    """Whether an ``/assets/`` address carries the file's modification time as Dash writes it
    into the page (``?m=``): a changed file gets a new address."""
    stamp = req.args.get("m")
    relative = req.path.removeprefix("/assets/")
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
    elif req.path.startswith("/assets/") and fingerprinted_asset(req, assets_folder):
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

    @server.after_request
    def cache_headers(response: Response) -> Response:
        cache_control(response, request, assets_folder)
        return response
