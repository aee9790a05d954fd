"""/analiza's pictures in a browser (issue 19): the page shows the server's pictures of its map
and series, without fetching plotly.js, until the reader points at a figure, touches it or
moves the focus with Tab; then the interactive figures are drawn in their place."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

PICTURES = """() => [...document.querySelectorAll('img.graph-picture')].map(i => ({
    place: i.closest('.dash-graph')?.id || i.parentElement.closest('[id]')?.id,
    src: i.getAttribute('src'), loaded: i.complete && i.naturalWidth > 0, alt: i.alt}))"""


def plotly_requests(page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda r: found.append(r.url) if "plotly" in r.url else None)
    return found


def settled(page, query: str = "?jst=0201011") -> None:
    page.goto(page.base + f"/analiza{query}")
    page.wait_for_load_state("networkidle")
    page.wait_for_function(
        "() => [...document.querySelectorAll('img.graph-picture')]"
        ".filter(i => i.complete && i.naturalWidth > 0).length === 2"
    )


@pytest.fixture
def analiza_page(page, live_server):
    page.base = live_server
    return page


def test_the_page_shows_pictures_and_no_plotly_until_the_map_is_pointed_at(analiza_page):
    page = analiza_page
    requests = plotly_requests(page)
    settled(page)
    pictures = page.evaluate(PICTURES)
    assert [p["place"] for p in pictures] == ["analiza-map", "analiza-series"]
    assert all(p["loaded"] for p in pictures)
    assert pictures[0]["alt"].startswith("Mapa: Dochody własne na 1 mieszkańca")
    assert requests == []
    assert page.locator(".js-plotly-plot").count() == 0
    page.locator("#analiza-map").hover()
    page.locator("#analiza-map .js-plotly-plot .main-svg").first.wait_for()
    page.locator("#analiza-series .js-plotly-plot .main-svg").first.wait_for()
    # each picture stays over its figure until the figure is drawn, then goes
    page.wait_for_function("() => !document.querySelector('img.graph-picture')")
    assert requests


def test_tab_draws_the_figures(analiza_page):
    page = analiza_page
    settled(page)
    page.keyboard.press("Tab")
    page.locator("#analiza-map .js-plotly-plot").wait_for()


def test_a_changed_view_changes_the_pictures_before_any_figure_is_drawn(analiza_page):
    page = analiza_page
    requests = plotly_requests(page)
    settled(page)
    page.get_by_label("powiaty").check()
    page.wait_for_function(
        "() => [...document.querySelectorAll('img.graph-picture')]"
        ".every(i => i.getAttribute('src').includes('poziom=powiat'))"
    )
    page.wait_for_load_state("networkidle")
    assert re.search(r"poziom=powiat", page.url)
    assert requests == []
    assert page.locator(".js-plotly-plot").count() == 0


def test_a_phone_shows_the_narrow_map_picture(analiza_page):
    page = analiza_page
    page.set_viewport_size({"width": 390, "height": 844})
    settled(page)
    widths = page.evaluate(
        "() => [...document.querySelectorAll('img.graph-picture')].map(i => i.naturalWidth)"
    )
    assert widths == [360, 456]  # the map with its legends below, the series scaled
