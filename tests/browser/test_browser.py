"""Browser tests in headless Chromium: search, reach a profile, read real figures."""

import re

import polars as pl
import pytest

from i18n import format_number

pytestmark = pytest.mark.browser


def wait_for_app(page) -> None:
    page.wait_for_selector("#_dash-app-content, main", state="attached")
    page.wait_for_load_state("networkidle")


def test_home_search_without_diacritics_reaches_lodz_profile(page, live_server, repository):
    page.goto(live_server + "/")
    wait_for_app(page)
    box = page.get_by_label("Znajdź gminę, powiat lub województwo")
    box.fill("lodz")
    results = page.locator(".search-results a")
    results.first.wait_for()
    labels = results.all_inner_texts()
    assert any(label.startswith("Łódź") and "powiat" in label for label in labels)
    assert any(label.startswith("Łódź") and "gmin" in label for label in labels)
    page.locator(".search-results a", has_text="gmina miejska").first.click()
    page.wait_for_url(re.compile(r"/jst/1061011$"))
    page.get_by_role("heading", level=1, name="Łódź").wait_for()


def test_profile_shows_real_population_figure(page, live_server, repository):
    code = "0201011"  # Bolesławiec, gmina miejska
    population = (
        repository.unit_values([code])
        .filter(pl.col("indicator") == "ludnosc", pl.col("status") == "value")
        .sort("year")["value"][-1]
    )
    page.goto(f"{live_server}/jst/{code}")
    page.get_by_role("heading", level=1, name="Bolesławiec").wait_for()
    row = page.locator('tr[data-indicator="ludnosc"]')
    assert format_number(population, 0) in row.inner_text()
    assert "gmina miejska" in page.inner_text("main")


def test_enter_in_search_opens_first_result(page, live_server):
    page.goto(live_server + "/")
    wait_for_app(page)
    box = page.get_by_label("Znajdź gminę, powiat lub województwo")
    box.fill("1465011")
    page.locator(".search-results a").first.wait_for()
    box.press("Enter")
    page.wait_for_url(re.compile(r"/jst/1465011$"))
    page.get_by_role("heading", level=1, name="Warszawa").wait_for()


def test_same_name_units_are_told_apart(page, live_server):
    page.goto(live_server + "/?q=Bolesławiec")
    wait_for_app(page)
    labels = page.locator(".search-results a").all_inner_texts()
    assert any("gmina miejska" in label for label in labels)
    assert any("gmina wiejska" in label for label in labels)


def test_unknown_unit_shows_friendly_not_found_with_search(page, live_server):
    page.expected_errors.append("status of 404")
    page.goto(live_server + "/jst/9999999")
    page.get_by_role("heading", level=1, name="Nie znaleziono strony").wait_for()
    assert "9999999" in page.inner_text("main")
    page.get_by_label("Znajdź gminę, powiat lub województwo").wait_for()


def test_catalogue_filter_and_indicator_card(page, live_server):
    page.goto(live_server + "/uslugi")
    page.get_by_label("Filtruj usługi i wskaźniki").fill("lesny")
    page.get_by_role("link", name="Podatek leśny").first.wait_for()
    page.get_by_role("link", name="Wpływy z podatku leśnego na 1 mieszkańca").click()
    page.wait_for_url(re.compile(r"/wskazniki/podatek-lesny-na-mieszkanca$"))
    page.get_by_role("heading", level=1, name="Wpływy z podatku leśnego na 1 mieszkańca").wait_for()
    assert "GUS, Bank Danych Lokalnych" in page.inner_text("main")
    # The charts lie below the metadata: drawn when they come into view (lazy-components.js).
    page.locator("[data-deferred-graph]").first.scroll_into_view_if_needed()
    page.locator(".js-plotly-plot").first.wait_for()
