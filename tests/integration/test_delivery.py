"""Compression and caching of what the server sends (delivery.py), and the reduced plotly.js."""

from __future__ import annotations

import gzip
import json
import os
import re

import brotli
import pytest
from flask import Response

import delivery
import static_files
from analysis.figures import geometry_url

DECODE = {"br": brotli.decompress, "gzip": gzip.decompress}
SCRIPT = re.compile(r'src="(/_dash-component-suites/[^"]+)"')
ASSET = re.compile(r'href="(/assets/[^"]+\?m=[^"]+)"')
LAZY = re.compile(r'<script type="application/json" id="smup-lazy-scripts">(.*?)</script>')


def fetch(client, path: str, encoding: str = "br, gzip", **headers):
    return client.get(path, headers={"Accept-Encoding": encoding, **headers})


def body(response) -> bytes:
    encoding = response.headers.get("Content-Encoding")
    return DECODE[encoding](response.data) if encoding else response.data


@pytest.fixture(scope="module")
def index_html(client) -> str:
    return fetch(client, "/", "identity").get_data(as_text=True)


@pytest.mark.parametrize("encoding", ["br", "gzip"])
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/_dash-layout",
        "/api/v1/units?level=powiat",
        "/api/v1/data?indicator=podatek-nieruchomosci-na-mieszkanca&level=powiat&format=csv",
    ],
)
def test_text_responses_are_compressed_as_the_client_asks(client, path, encoding):
    plain = fetch(client, path, "identity")
    response = fetch(client, path, encoding)
    assert response.status_code == 200
    assert response.headers["Content-Encoding"] == encoding
    assert "Accept-Encoding" in response.headers["Vary"]
    decoded = body(response)  # a page holds a token of its own: same start and length
    assert decoded[:200] == plain.data[:200]
    assert abs(len(decoded) - len(plain.data)) < 64
    assert len(response.data) < len(plain.data)
    assert "Content-Encoding" not in plain.headers


def lazy_scripts(html: str) -> dict[str, str]:
    """The addresses of the scripts that load where their components show (#smup-lazy-scripts)."""
    block = LAZY.search(html)
    return json.loads(block.group(1)) if block else {}


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_dash_scripts_are_compressed_and_immutable(client, index_html, encoding):
    scripts = SCRIPT.findall(index_html) + list(lazy_scripts(index_html).values())
    grid = next(s for s in scripts if "dash_ag_grid" in s)
    plain = fetch(client, grid, "identity")
    response = fetch(client, grid, encoding)
    assert response.headers["Content-Encoding"] == encoding
    assert body(response) == plain.data
    assert len(response.data) < len(plain.data) / 3
    for script in scripts:
        assert fetch(client, script).headers["Cache-Control"] == delivery.IMMUTABLE, script


@pytest.mark.parametrize("path", ["/", "/analiza", "/porownaj?jst=0201011,0201022"])
def test_the_grid_script_is_not_loaded_with_the_page(client, path):
    """dash-ag-grid's script (0.35 MB brotli) is no script tag of any page: its address waits
    in the data block for assets/scripts/lazy-grid.js, which loads it where a grid shows."""
    html = fetch(client, path, "identity").get_data(as_text=True)
    assert not [s for s in SCRIPT.findall(html) if "dash_ag_grid" in s]
    grid = lazy_scripts(html)["dash_ag_grid"]
    assert re.fullmatch(r"/_dash-component-suites/dash_ag_grid/dash_ag_grid\.v[^/]+\.js", grid)
    assert fetch(client, grid).status_code == 200
    assert "/assets/scripts/lazy-grid.js?m=" in html


def test_assets_are_immutable_only_under_their_modification_time(client, index_html):
    stylesheet = ASSET.search(index_html).group(1)
    response = fetch(client, stylesheet)
    assert response.headers["Content-Encoding"] == "br"
    assert response.headers["Cache-Control"] == delivery.IMMUTABLE
    stale = re.sub(r"\?m=.*", "?m=1", stylesheet)
    assert fetch(client, stale).headers.get("Cache-Control") != delivery.IMMUTABLE


@pytest.mark.parametrize("path", ["/", "/jst/0201011", "/analiza"])
def test_pages_are_not_cached(client, path):
    assert fetch(client, path).headers["Cache-Control"] == "no-cache"


def test_geometry_is_served_under_its_content_hash_and_cached_for_good(client):
    url = geometry_url("gmina")
    assert re.fullmatch(r"/assets/geo/gminy\.geojson\?v=[0-9a-f]{16}", url)
    raw = (static_files.GEO_DIR / "gminy.geojson").read_bytes()
    for encoding in ("br", "gzip"):
        response = fetch(client, url, encoding)
        assert response.headers["Content-Encoding"] == encoding
        assert response.mimetype == "application/geo+json"
        assert response.headers["Cache-Control"] == delivery.IMMUTABLE
        assert body(response) == raw
        assert len(response.data) < len(raw) / 4
    assert fetch(client, url, "identity").data == raw
    again = fetch(client, url, "gzip", **{"If-None-Match": response.headers["ETag"]})
    assert again.status_code == 304
    # An old hash or none: the current file, revalidated on every use.
    for stale in ("/assets/geo/gminy.geojson?v=0000000000000000", "/assets/geo/gminy.geojson"):
        response = fetch(client, stale)
        assert response.headers["Cache-Control"] == "no-cache"
        assert body(response) == raw


def test_compressed_twins_are_used_only_while_they_are_fresh(tmp_path):
    path = tmp_path / "shapes.geojson"
    path.write_bytes(b'{"type": "FeatureCollection", "features": []}' * 50)
    sizes = static_files.write_compressed_twins(path)
    assert set(sizes) == {"br", "gzip"}
    twin = path.with_name("shapes.geojson.br")
    twin.write_bytes(b"marker")  # the file made ahead is what is sent
    assert static_files.static_file(path, "application/geo+json").bodies["br"] == b"marker"
    path.write_bytes(b'{"type": "FeatureCollection"}' * 50)
    stamp = twin.stat().st_mtime_ns - 10**9
    os.utime(path, ns=(stamp + 2 * 10**9, stamp + 2 * 10**9))  # the source is newer now
    fresh = static_files.static_file(path, "application/geo+json")
    assert brotli.decompress(fresh.bodies["br"]) == path.read_bytes()


@pytest.mark.parametrize(
    "mimetype",
    [
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "image/png",
        "application/vnd.apache.parquet",
        "application/octet-stream",
    ],
)
def test_binary_files_are_not_compressed_again(dash_app, mimetype):
    server = dash_app.server
    with server.test_request_context("/raport/x.pdf", headers={"Accept-Encoding": "br, gzip"}):
        response = server.process_response(Response(os.urandom(4000), mimetype=mimetype))
    assert "Content-Encoding" not in response.headers


def test_the_reduced_plotly_bundle_replaces_the_full_one(client):
    if not delivery.PLOTLY_BUNDLE.is_file():
        pytest.fail("reduced plotly.js missing: run `make build/plotly/plotly.min.js`")
    response = fetch(client, delivery.PLOTLY_PATH, "br")
    assert response.headers["Content-Encoding"] == "br"
    assert body(response) == delivery.PLOTLY_BUNDLE.read_bytes()
    assert response.headers["Cache-Control"] == "no-cache"
    assert response.headers["ETag"]


@pytest.mark.parametrize("path", ["/", "/analiza", "/jst/0201011"])
def test_pages_come_without_dashs_polyfill_and_dash_table(client, path):
    """Dash's Babel polyfill (99 KB to parse) serves browsers the app does not support."""
    page = fetch(client, path, "identity").get_data(as_text=True)
    assert "dash_renderer" in page  # the page's scripts are there…
    assert "polyfill@" not in page  # …without the polyfill
    assert "dash_table/bundle" not in page  # …and without dash_table's loader (no DataTable)
