"""Static files' bytes as the server sends them, with their compressed twins (``.br``,
``.gz``): written ahead at the best levels (``build-data``'s geometry, slides), read once per
process and again when they change; the geometry files' addresses with their content hash,
and their rings by unit code (for the server-drawn maps).

Below the web layer: ``delivery`` serves these files, ``geodata`` writes the twins at build,
``analysis`` and ``components`` name and pack them, none of them through the others.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import mimetypes
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import brotli

from config import PROJECT_ROOT
from core import urls
from core.levels import GEOMETRY_FILES

GEO_DIR = PROJECT_ROOT / "assets" / "geo"
GEO_MIMETYPE = "application/geo+json"
# Content-Encoding → suffix of the file compressed ahead; the first one the client accepts wins.
ENCODINGS = {"br": ".br", "gzip": ".gz"}

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
    return urls.geometry(name, static_file(geometry_path(name), GEO_MIMETYPE).digest)


@cache
def level_shapes(level: str, geo_dir: Path = GEO_DIR) -> dict[str, list[list[tuple]]]:
    """Polygon rings (lon, lat) per unit code for a level, read once per process."""
    path = geo_dir / f"{GEOMETRY_FILES[level]}.geojson"
    if not path.exists():
        return {}
    collection = json.loads(path.read_text(encoding="utf-8"))
    shapes = {}
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            geometry["coordinates"]
            if geometry["type"] == "MultiPolygon"
            else [geometry["coordinates"]]
        )
        shapes[str(feature["id"])] = [ring for polygon in polygons for ring in polygon]
    return shapes
