"""/analiza's pictures (issue 19): the server draws the map and the series as SVG at
``/analiza/obraz/<mapa|szereg>.svg?<the view's query>``; the page names them in its figures
(``layout.meta.picture``) and shows them, in its first screen too, until the reader points at a
figure. The picture is drawn from the same figure the browser would draw."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlparse

import pytest

from tests.integration.test_analiza_first_paint import find, plain

pytestmark = pytest.mark.usefixtures("repository")

SVG = "{http://www.w3.org/2000/svg}"
MAP = "/analiza/obraz/mapa.svg"


def texts(svg: bytes) -> list[str]:
    return [t.text or "" for t in ET.fromstring(svg).iter(f"{SVG}tspan")]


def test_the_map_picture_is_the_maps_figure(client, dash_app, repository):
    from analysis.service import map_figure
    from analysis.state import ViewState

    response = client.get(MAP + "?jst=0201011&lang=pl")
    assert response.status_code == 200
    assert response.mimetype == "image/svg+xml"
    assert response.headers["Cache-Control"] == "public, max-age=86400"
    assert "Set-Cookie" not in response.headers
    root = ET.fromstring(response.data)
    assert root.get("aria-label") == "Dochody własne na 1 mieszkańca (zł), gminy, 2024"
    with dash_app.server.test_request_context("/analiza"):
        figure = map_figure(repository, ViewState(jst=("0201011",)))
    # the classes the browser's map shows, each name in the picture's colour bar
    classes = figure["data"][0]["colorbar"]["ticktext"]
    assert len(classes) == 5
    assert set(classes) <= set(texts(response.data))
    fills = {p.get("fill") for p in root.iter(f"{SVG}path")}
    assert {c for _, c in figure["data"][0]["colorscale"]} <= fills
    outlines = [p for p in root.iter(f"{SVG}path") if p.get("stroke") == "#d7301f"]
    assert len(outlines) == 1  # Bolesławiec, selected


def test_the_series_picture_names_the_selected_units(client):
    response = client.get("/analiza/obraz/szereg.svg?jst=0201011,1465011&lang=pl")
    assert response.status_code == 200
    words = " ".join(texts(response.data))
    assert "Bolesławiec" in words and "Warszawa" in words


def test_a_picture_speaks_the_language_of_its_address_and_keeps_the_cookie(client):
    response = client.get(MAP + "?lang=en")
    label = ET.fromstring(response.data).get("aria-label")
    assert label == "Own revenue per resident (PLN), gminy, 2024"
    assert "Set-Cookie" not in response.headers


def test_a_phone_gets_the_narrow_map(client):
    """The map's narrow twin (the legends below it, as a phone draws it) at 360 px; other
    widths are not made: the desktop picture."""
    narrow = ET.fromstring(client.get(MAP + "?szer=360").data)
    assert narrow.get("width") == "360"
    for odd in ("1000", "abc", "-360", "360.0"):
        assert ET.fromstring(client.get(MAP + f"?szer={odd}").data).get("width") == "641"


def test_bad_addresses_of_pictures(client):
    unknown = client.get("/analiza/obraz/wykres.svg")
    assert unknown.status_code == 404
    assert "text/html" in unknown.content_type
    # unknown values fall back as the page does: the default view, nothing of them echoed
    odd = client.get(MAP + "?wskaznik=%3Cscript%3E&poziom=xx&rok=abc&jst=zzz")
    assert odd.status_code == 200
    assert b"<script" not in odd.data
    assert ET.fromstring(odd.data).get("aria-label").startswith("Dochody własne")


def picture_params(props: dict) -> dict:
    meta = props["figure"]["layout"]["meta"]
    address = urlparse(meta["picture"])
    return {"path": address.path, **{k: v[0] for k, v in parse_qs(address.query).items()}}


def test_the_page_names_the_pictures_of_its_view(dash_app, client):
    from pages import analiza

    with dash_app.server.test_request_context("/analiza"):
        layout = plain(analiza.layout(poziom="powiat", rok="2019", jst="1465"))
    series, figure_map = find(layout, "analiza-series"), find(layout, "analiza-map")
    assert picture_params(figure_map) == {
        "path": MAP,
        "poziom": "powiat",
        "rok": "2019",
        "jst": "1465",
        "lang": "pl",
        "v": picture_params(figure_map)["v"],
    }
    assert picture_params(series)["path"] == "/analiza/obraz/szereg.svg"
    narrow = figure_map["figure"]["layout"]["meta"]["pictureNarrow"]
    assert narrow == figure_map["figure"]["layout"]["meta"]["picture"] + "&szer=360"
    assert figure_map["figure"]["layout"]["meta"]["pictureAlt"].startswith("Mapa: ")
    # the series comes whole with the layout (its picture with the first screen), so its
    # callback answers changes only
    assert series["figure"]["data"]
    callbacks = client.get("/_dash-dependencies").get_json()
    (callback,) = [c for c in callbacks if "analiza-series.figure" in c["output"]]
    assert callback["prevent_initial_call"] is True


def test_the_first_screen_shows_the_pictures(client):
    html = client.get("/analiza?jst=0201011").get_data(as_text=True)
    assert 'src="/analiza/obraz/mapa.svg?jst=0201011&amp;lang=pl' in html
    assert 'src="/analiza/obraz/szereg.svg?jst=0201011&amp;lang=pl' in html
    assert re.search(r'<source media="\(max-width: 767.98px\)" srcset="[^"]*szer=360">', html)


def test_the_worker_warm_up_projects_the_default_maps(dash_app, client):
    """gunicorn.conf.py warms each worker: the default view's map, desktop and phone, is
    projected before the first visitor asks for it."""
    from analysis.map_picture import projected_paths
    from pages.analiza import warm_up

    projected_paths.cache_clear()
    units = []
    warm_up(dash_app.server, run_unit=lambda unit: (units.append(unit), unit()))
    assert len(units) == 2
    assert projected_paths.cache_info().currsize == 2
    client.get(MAP)
    client.get(MAP + "?szer=360")
    assert projected_paths.cache_info().misses == 2  # both pictures found their frames
