"""The English UI: one catalogue with the same keys in both languages, the language chosen per
request (``?lang=`` / cookie), number formatting per language, the switch route, and the switch
in a real browser."""

from __future__ import annotations

import json

import plotly
import pytest

from i18n import (
    NBSP,
    format_number,
    format_value,
    localized_name,
    localized_unit,
    t,
)
from i18n_en import UNITS_EN

# Units that read the same in English.
SAME_IN_ENGLISH = {"%", "kg", "km²", "m²", "m³", "µg/m³", "‰"}


def test_every_catalogue_unit_has_an_english_name(dash_app, repository):
    units = {i.unit for i in repository.indicators} - SAME_IN_ENGLISH
    with dash_app.server.test_request_context("/?lang=en"):
        untranslated = {unit for unit in units if localized_unit(unit) == unit}
        outside_the_catalogue = localized_unit("os./km²")
    assert untranslated == set()
    assert outside_the_catalogue == UNITS_EN["os./km²"]


@pytest.mark.parametrize(
    ("url", "headers", "expected"),
    [
        ("/?lang=en", {}, "Service catalogue"),
        ("/", {"Cookie": "lang=en"}, "Service catalogue"),
        ("/?lang=pl", {"Cookie": "lang=en"}, "Katalog usług"),
        ("/", {}, "Katalog usług"),
        ("/?lang=xx", {}, "Katalog usług"),
        ("/", {"Cookie": "lang=de"}, "Katalog usług"),
    ],
)
def test_t_follows_the_request_language(dash_app, url, headers, expected):
    with dash_app.server.test_request_context(url, headers=headers):
        assert t("nav.catalogue") == expected
        assert t("search.none", query="xyz") in (
            "No unit matches “xyz”.",
            "Nie znaleziono jednostki pasującej do „xyz”.",
        )


def test_numbers_follow_the_language(dash_app):
    assert format_number(1234567.891, 2) == f"1{NBSP}234{NBSP}567,89"
    assert format_value(12.5, 1, "%") == "12,5%"
    assert format_value(2958.24, 0, "zł") == f"2{NBSP}958{NBSP}zł"
    with dash_app.server.test_request_context("/?lang=en"):
        assert format_number(1234567.891, 2) == "1,234,567.89"
        assert format_number(-3.5, 1) == "−3.5"
        assert format_number(None) == "–"
        assert format_value(12.5, 1, "%") == "12.5%"
        assert format_value(2958.24, 0, "zł") == f"2,958{NBSP}PLN"
        assert format_value(1.5, 1, "tys. zł") == f"1.5{NBSP}PLN thousand"


def test_names_and_chart_separators_follow_the_language(dash_app, repository):
    from analysis.charts import ENGLISH_SEPARATORS, POLISH_SEPARATORS, separators

    area = repository.areas[0]
    assert localized_name(area) == area.name
    assert separators() == POLISH_SEPARATORS
    with dash_app.server.test_request_context("/?lang=en"):
        assert localized_name(area) == area.name_en != area.name
        assert separators() == ENGLISH_SEPARATORS


def rendered(component) -> str:
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


def test_indicator_card_in_english_shows_the_english_definition(dash_app, repository):
    from data_access.catalogue_en import english_formula, english_text
    from pages.indicator import layout

    indicator = repository.indicator("ludnosc")
    definition_en = english_text(indicator, "definition")
    with dash_app.server.test_request_context("/wskazniki/ludnosc", headers={"Cookie": "lang=en"}):
        text = rendered(layout(indicator_id="ludnosc"))
    assert "Polish only" not in text
    assert indicator.name_en in text and "Distribution of values in Poland" in text
    assert definition_en in text and english_formula(indicator) in text
    assert indicator.definition not in text and indicator.formula not in text
    # Only the Polish name is marked lang="pl".
    assert text.count('"lang": "pl"') == 1 and indicator.name in text
    with dash_app.server.test_request_context("/wskazniki/ludnosc"):
        text = rendered(layout(indicator_id="ludnosc"))
    assert indicator.definition in text and indicator.formula in text
    assert definition_en not in text and '"lang": "pl"' not in text
    assert "Rozkład wartości w Polsce" in text


@pytest.fixture
def fresh_client(dash_app):
    """A client with its own cookie jar (the session-wide ``client`` must stay Polish)."""
    return dash_app.server.test_client()


def test_switch_sets_the_cookie_and_returns(fresh_client):
    response = fresh_client.get("/jezyk/en?next=/uslugi%3Fq%3Dszko%C5%82y")
    assert response.status_code == 303
    assert response.headers["Location"] == "/uslugi?q=szko%C5%82y"
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("lang=en;") and "SameSite=Lax" in cookie and "Path=/" in cookie
    page = fresh_client.get("/uslugi")
    assert '<html lang="en">' in page.text
    layout = fresh_client.get("/_dash-layout").text
    assert "Service catalogue" in layout and "Katalog usług" not in layout
    back = fresh_client.get("/jezyk/pl?next=/uslugi")
    assert back.headers["Set-Cookie"].startswith("lang=pl;")
    assert '<html lang="pl">' in fresh_client.get("/uslugi").text


@pytest.mark.parametrize(
    "target", ["https://evil.example/x", "//evil.example/x", "/\\evil.example"]
)
def test_switch_rejects_an_off_site_next(fresh_client, target):
    response = fresh_client.get("/jezyk/en", query_string={"next": target})
    assert response.status_code == 303
    assert response.headers["Location"] == "/"


def test_unknown_language_is_a_404_and_changes_nothing(fresh_client):
    response = fresh_client.get("/jezyk/de?next=/uslugi")
    assert response.status_code == 404
    assert "Set-Cookie" not in response.headers
    assert '<html lang="pl">' in fresh_client.get("/").text


def test_lang_in_the_address_sets_the_cookie(fresh_client):
    response = fresh_client.get("/uslugi?lang=en")
    assert '<html lang="en">' in response.text
    assert response.headers["Set-Cookie"].startswith("lang=en;")
    assert '<html lang="en">' in fresh_client.get("/").text
    assert "Set-Cookie" not in fresh_client.get("/?lang=xx").headers


def test_browser_switches_to_english_and_back(page, live_server):
    page.goto(f"{live_server}/uslugi")
    nav = page.get_by_role("navigation")
    nav.get_by_role("link", name="Katalog usług").wait_for()
    english = page.locator("#language-link-en")
    assert english.get_attribute("lang") == "en"
    page.wait_for_function(
        "() => document.getElementById('language-link-en').href.includes('next=/uslugi')"
    )
    english.click()
    nav.get_by_role("link", name="Service catalogue").wait_for()
    page.get_by_role("heading", level=1, name="Catalogue of services and indicators").wait_for()
    assert page.url == f"{live_server}/uslugi"
    assert page.get_attribute("html", "lang") == "en"
    assert page.locator("#language-link-en").get_attribute("aria-current") == "true"
    page.locator("#language-link-pl").click()
    nav.get_by_role("link", name="Katalog usług").wait_for()
    assert page.get_attribute("html", "lang") == "pl"
    assert page.locator("#language-link-pl").get_attribute("aria-current") == "true"


def test_api_and_reports_stay_polish_with_the_english_cookie(fresh_client):
    fresh_client.get("/jezyk/en")
    answer = fresh_client.get("/api/v1/no-such-thing")
    assert answer.status_code == 404
    assert "Nie ma takiego zasobu" in answer.get_json()["error"]["message"]


def test_page_titles_follow_the_language(dash_app):
    import dash

    title = dash.page_registry["pages.compare"]["title"]
    assert callable(title) and title() == "Porównanie jednostek"
    with dash_app.server.test_request_context("/porownaj?lang=en"):
        assert title() == "Compare units"
        assert "<title>Monitoring public services of local governments</title>" in dash_app.index()
