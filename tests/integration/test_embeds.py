"""Embeds (``/osadz/…``): the chrome-less page of a map or chart with its title, source,
licence and link back; its CSV and metadata; oEmbed 1.0; framing by other sites only there;
bad addresses answer a Polish 404 page. Also the "Osadź" dialog's snippet callback."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import quote

import pytest

from core import urls
from security.security_headers import content_security_policy

TREND = "/osadz/jst/0201011/dochody-wlasne-na-mieszkanca"
MAP = "/osadz/analiza?wskaznik=podatek-nieruchomosci-na-mieszkanca&jst=0201011"
SERIES = "/osadz/analiza/szereg?jst=0201011,0201022"
COMPARE = "/osadz/porownaj?jst=0201011,0201022&wskaznik=dochody-wlasne-na-mieszkanca"
DEMO = "/osadz/jst/0201011/przedszkola-miejsca-na-100-dzieci"
LICENCE = "Dane GUS udostępniane z podaniem źródła"


def text_of(response) -> str:
    return response.get_data(as_text=True)


def figure_of(page: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="embed-figure-data">(.*?)</script>', page
    )
    return json.loads(match.group(1))


@pytest.mark.parametrize("path", [TREND, MAP, SERIES, COMPARE])
def test_embed_page_has_title_figure_table_source_licence_and_link_back(client, path):
    response = client.get(path)
    page = text_of(response)
    assert response.status_code == 200
    title = re.search(r'<h1 id="embed-title">(.*?)</h1>', page).group(1)
    assert "Dochody własne" in title or "Wpływy z podatku od nieruchomości" in title
    assert f"<title>{title} – " in page
    assert "Źródło: GUS, Bank Danych Lokalnych" in page and LICENCE in page
    assert "Zobacz w serwisie" in page
    assert "<details" in page and "<table>" in page and '<th scope="col">' in page
    assert figure_of(page)["data"], "the figure has traces"
    # no navigation or footer of the site: chrome-less
    assert "<nav" not in page and "navbar" not in page


def test_the_link_back_opens_the_full_view(client):
    links = {
        TREND: "/jst/0201011#wiersz-dochody-wlasne-na-mieszkanca",
        MAP: "/analiza?wskaznik=podatek-nieruchomosci-na-mieszkanca&amp;jst=0201011",
        COMPARE: "/porownaj?jst=0201011,0201022&amp;obszar=finanse",
    }
    for path, href in links.items():
        assert f'href="http://localhost{href}' in text_of(client.get(path)), path


def test_unit_trend_has_the_unit_its_powiat_voivodeship_and_poland(client):
    page = text_of(client.get(TREND))
    names = [trace["name"] for trace in figure_of(page)["data"]]
    assert names == ["Bolesławiec", "powiat bolesławiecki", "woj. dolnośląskie", "Polska"]
    # the table twin: a row per year, a column per line, Polish numbers
    assert re.search(r'<th scope="row">2024</th><td>4\xa0897</td>', page)


def test_map_table_twin_lists_every_gmina_and_the_figure_every_unit(client):
    page = text_of(client.get(MAP))
    assert page.count('<tr><th scope="row">') == 2479
    assert len(figure_of(page)["data"][0]["locations"]) == 2479


def test_demonstration_values_are_labelled_on_the_page_and_in_the_data(client):
    page = text_of(client.get(DEMO))
    assert 'class="embed-demo"' in page and "to nie są dane rzeczywiste" in page
    assert "DANE DEMONSTRACYJNE" in page  # in the title, as on the site's figures
    rows = list(csv.DictReader(io.StringIO(text_of(client.get(DEMO + "/dane.csv")))))
    assert rows and {row["pochodzenie"] for row in rows} == {"demo"}
    meta = client.get(DEMO + "/metadane.json").get_json()
    assert meta["demo"] is True and "demo" in meta["quality"]
    assert "_DEMO" in client.get(DEMO + "/dane.csv").headers["Content-Disposition"]


def test_english_embed(client):
    page = text_of(client.get(SERIES + "&lang=en"))
    assert '<html lang="en">' in page
    assert "Own revenue per resident" in page and "See it on the site" in page
    assert "Source: Statistics Poland" in page
    # the link back keeps the language; the reader's language cookie is not set by an embed
    assert "lang=en" in re.search(r'<a href="([^"]+)"[^>]*>See it on the site', page).group(1)
    assert "lang=" not in client.get(SERIES + "&lang=en").headers.get("Set-Cookie", "")


def test_csv_behind_each_chart(client):
    response = client.get(TREND + "/dane.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    rows = list(csv.DictReader(io.StringIO(text_of(response))))
    assert set(rows[0]) == {"wskaznik", "seria", "rok", "wartosc", "jednostka", "pochodzenie"}
    boleslawiec = {r["rok"]: r["wartosc"] for r in rows if r["seria"] == "Bolesławiec"}
    assert boleslawiec["2024"] == "4897"  # rounded to the indicator's decimals
    assert {r["seria"] for r in rows} == {
        "Bolesławiec",
        "powiat bolesławiecki",
        "woj. dolnośląskie",
        "Polska",
    }


def test_csv_of_the_map_is_the_views_export(client):
    rows = list(
        csv.DictReader(io.StringIO(text_of(client.get(urls.embed("analiza", {}, "/dane.csv")))))
    )
    assert len(rows) == 2479
    assert {"kod_teryt", "nazwa", "wartosc", "jakosc", "pochodzenie", "zrodlo"} <= set(rows[0])


def test_metadata_json(client):
    response = client.get(TREND + "/metadane.json")
    meta = response.get_json()
    assert response.status_code == 200 and response.headers["Access-Control-Allow-Origin"] == "*"
    indicator = meta["indicator"]
    assert indicator["id"] == "dochody-wlasne-na-mieszkanca"
    assert indicator["name"] and indicator["unit"] == "zł" and indicator["definition"]
    assert indicator["source"] and indicator["provenance"] == "real" and indicator["years"]
    assert LICENCE in meta["licence"] and meta["source"].startswith("Źródło:")
    assert meta["page_url"] == "http://localhost/jst/0201011#wiersz-dochody-wlasne-na-mieszkanca"
    assert meta["data_url"].endswith(TREND + "/dane.csv")
    assert meta["quality"]["real"]["count"] > 0 and meta["quality"]["real"]["meaning"]
    assert meta["units"] == ["0201011"]


def test_map_metadata_counts_quality_flags_of_the_view(client):
    path = "/osadz/analiza/metadane.json?wskaznik=podatek-nieruchomosci-na-mieszkanca&rok=2019"
    meta = client.get(path).get_json()
    assert meta["year"] == 2019 and meta["level"] == "gmina"
    assert meta["quality"]["suspect"]["count"] >= 1  # Boguszów-Gorce's 2019 budget report


@pytest.mark.parametrize(
    "path",
    [
        "/osadz/analiza?wskaznik=nie-ma-takiego",
        "/osadz/analiza?jst=9999999",
        "/osadz/analiza?rok=1800",
        "/osadz/analiza/szereg?poziom=kosmos",
        "/osadz/jst/9999999/dochody-wlasne-na-mieszkanca",
        "/osadz/jst/0201011/nie-ma-takiego",
        "/osadz/porownaj?jst=0201011&wskaznik=nie-ma",
        "/osadz/porownaj?wskaznik=dochody-wlasne-na-mieszkanca",
        "/osadz/porownaj?jst=0201011&wskaznik=dochody-wlasne-na-mieszkanca&od=abc",
        "/osadz/cos-innego",
        "/osadz/",
        "/osadz/jst/9999999/dochody-wlasne-na-mieszkanca/dane.csv",
        "/osadz/analiza/metadane.json?wskaznik=%3Cscript%3E",
    ],
)
def test_bad_addresses_answer_a_polish_404_page(client, path):
    response = client.get(path)
    page = text_of(response)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "Nie ma takiego widoku do osadzenia" in page
    assert "Traceback" not in page and "<script>" not in page


def test_only_embeds_may_be_framed_by_other_sites(client):
    for path in (TREND, MAP + "&lang=en", TREND + "/dane.csv", "/osadz/nie-ma"):
        response = client.get(path)
        assert "X-Frame-Options" not in response.headers, path
        assert "frame-ancestors" not in response.headers["Content-Security-Policy"], path
        assert (
            "'unsafe-inline'"
            not in response.headers["Content-Security-Policy"].split("script-src")[1].split(";")[0]
        )
    for path in ("/", "/analiza", "/jst/0201011", "/oembed?url=http://localhost/analiza"):
        response = client.get(path)
        assert response.headers["X-Frame-Options"] == "SAMEORIGIN", path
        assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"], path
    assert "frame-ancestors 'self'" in content_security_policy([])


def test_embeds_are_cached_briefly_and_compressed(client):
    response = client.get(MAP, headers={"Accept-Encoding": "br"})
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["Content-Encoding"] == "br"


def oembed(client, url: str, **extra):
    query = "&".join(f"{k}={v}" for k, v in extra.items())
    return client.get(f"/oembed?url={quote(url, safe='')}" + (f"&{query}" if query else ""))


@pytest.mark.parametrize(
    ("page", "src"),
    [
        ("http://localhost/analiza?jst=0201011", "http://localhost/osadz/analiza?jst=0201011"),
        (
            "http://localhost/jst/0201011?wskaznik=ludnosc",
            "http://localhost/osadz/jst/0201011/ludnosc",
        ),
        (
            "http://localhost/porownaj?jst=0201011,0201022&wskaznik=ludnosc",
            "http://localhost/osadz/porownaj?jst=0201011,0201022&amp;wskaznik=ludnosc",
        ),
        ("http://localhost" + TREND, "http://localhost" + TREND),
        ("http://localhost" + SERIES + "&lang=en", "http://localhost" + SERIES + "&amp;lang=en"),
    ],
)
def test_oembed_answers_a_rich_iframe_for_pages_of_this_site(client, page, src):
    response = oembed(client, page)
    answer = response.get_json()
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert answer["version"] == "1.0" and answer["type"] == "rich"
    assert answer["provider_name"] == "Monitoring usług publicznych JST"
    assert answer["provider_url"] == "http://localhost/"
    assert answer["title"] and answer["cache_age"] == 300
    assert (answer["width"], answer["height"]) == (640, 500)
    assert answer["html"].startswith(f'<iframe src="{src}" title="')
    assert 'width="640" height="500"' in answer["html"]


def test_oembed_respects_maxwidth_and_maxheight(client):
    answer = oembed(client, "http://localhost" + TREND, maxwidth=320, maxheight=9999).get_json()
    assert (answer["width"], answer["height"]) == (320, 500)
    assert 'width="320" height="500"' in answer["html"]


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/analiza",
        "http://localhost.example.com/analiza",
        "http://localhost/o-danych",
        "http://localhost/jst/0201011",  # a profile without an indicator: no single chart
        "http://localhost/analiza?wskaznik=nie-ma",
        "http://localhost/osadz/analiza/dane.csv",
        "javascript:alert(1)",
        "",
    ],
)
def test_oembed_404_for_other_sites_and_unknown_views(client, url):
    assert oembed(client, url).status_code == 404


def test_oembed_xml_is_not_implemented(client):
    assert oembed(client, "http://localhost/analiza", format="xml").status_code == 501


def test_embed_pages_announce_their_oembed(client):
    page = text_of(client.get(TREND))
    link = re.search(r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', page)
    href = link.group(1).replace("&amp;", "&")
    assert client.get(href).get_json()["type"] == "rich"


def test_snippet_callback_builds_the_iframe_in_the_chosen_size_and_language(dash_app):
    from embeds.dialog import snippet

    target = "porownaj?jst=0201011,0201022&wskaznik=dochody-wlasne-na-mieszkanca"
    with dash_app.server.test_request_context("/_dash-update-component"):
        code, preview, data, meta = snippet(target, "analiza", "480", "600", "en")
    assert code.startswith(
        '<iframe src="http://localhost/osadz/porownaj?jst=0201011,0201022&amp;'
        "wskaznik=dochody-wlasne-na-mieszkanca&amp;lang=en"
    )
    assert 'title="Own revenue per resident: 2010–2025 – Monitoring public services' in code
    assert 'width="480" height="600"' in code
    assert preview.endswith("lang=en") and data.startswith("/osadz/porownaj/dane.csv?")
    assert meta.startswith("/osadz/porownaj/metadane.json?")


def test_snippet_callback_offers_the_analysis_series_and_refuses_forged_sizes(dash_app):
    from embeds.dialog import snippet

    with dash_app.server.test_request_context("/_dash-update-component"):
        code, *_ = snippet("analiza?jst=0201011", "analiza/szereg", "9999", "<b>", "xx")
    assert 'src="http://localhost/osadz/analiza/szereg?jst=0201011"' in code
    assert 'width="100%" height="500"' in code


def test_the_analysis_dialog_opens_on_the_pages_current_state(dash_app):
    from embeds.dialog import analysis_target

    with dash_app.server.test_request_context("/_dash-update-component"):
        target = analysis_target("?wskaznik=ludnosc&jst=0201011,zzz&rok=2019")
    assert target == "analiza?wskaznik=ludnosc&rok=2019&jst=0201011"


def test_embed_for_page_maps_pages_to_views():
    assert urls.embed_for_page("/analiza?rok=2019") == ("analiza", {"rok": "2019"})
    assert urls.embed_for_page("/jst/0201011?wskaznik=x&lang=en") == (
        "jst/0201011/x",
        {"lang": "en"},
    )
    assert urls.embed_for_page("/porownaj?jst=1") is None
    assert urls.embed_for_page("/osadz/analiza/metadane.json") is None
    assert urls.with_language("/jst/1#wiersz-x", "en") == "/jst/1?lang=en#wiersz-x"
    assert urls.with_language("/a?b=1", "pl") == "/a?b=1"


def test_the_compare_buttons_name_a_view_not_an_address():
    """The dialog's target is a view path under ``/osadz/`` (the dialog adds the prefix)."""
    from embeds.dialog import compare_embed_target

    assert compare_embed_target(["1", "2"], "x", (2015, 2020)) == (
        "porownaj?jst=1,2&wskaznik=x&od=2015&do=2020"
    )


def test_pages_with_an_embeddable_view_announce_their_oembed(client):
    def link(path: str) -> str | None:
        page = text_of(client.get(path))
        found = re.search(
            r'<link rel="alternate" type="application/json\+oembed" href="([^"]+)"', page
        )
        return found.group(1).replace("&amp;", "&") if found else None

    href = link("/analiza?wskaznik=ludnosc")
    assert href == "/oembed?url=http%3A%2F%2Flocalhost%2Fanaliza%3Fwskaznik%3Dludnosc&format=json"
    assert "ludnosc" in client.get(href).get_json()["html"]
    assert link("/jst/0201011?wskaznik=ludnosc")
    assert link("/") is None and link("/jst/0201011") is None


@pytest.mark.parametrize(
    ("view", "params"),
    [
        ("analiza", {"wskaznik": "ludnosc", "teren": "02", "rok": "2019"}),
        ("analiza", {"jst": "0201011", "grupa": "sasiedzi"}),
        ("jst/0201011/ludnosc", {}),
    ],
)
def test_the_title_of_a_view_without_drawing_it_is_its_pages_title(dash_app, view, params):
    from data_access.repository import get_repository
    from embeds.views import build_view, embed_title

    with dash_app.server.test_request_context("/"):
        repo = get_repository()
        assert embed_title(repo, view, params) == build_view(repo, view, params).title


def test_the_dialog_opens_only_for_a_button_pressed(dash_app):
    from embeds.dialog import opening

    with dash_app.server.test_request_context("/_dash-update-component"):
        opened = opening({"target": "analiza", "search": "?rok=2019&jst=0201011"})
        assert opened == (True, "analiza?rok=2019&jst=0201011", False)
        assert opening({"target": "jst/0201011/ludnosc"}) == (
            True,
            "jst/0201011/ludnosc",
            True,
        )
        for forged in (None, [], {"target": 7}, {"target": "x" * 5000}, {"target": ""}):
            assert not any(v is True for v in opening(forged)), forged
