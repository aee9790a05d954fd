"""In the browser: what a page loads only when it needs it (issue 19, the mobile preset).
AG Grid's main script is in no page and loads when a grid comes into view
(assets/scripts/lazy-grid.js); the indicator card's charts (and plotly.js) load when they come
into view (assets/scripts/lazy-components.js)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

GRID_SCRIPT = "dash_ag_grid/dash_ag_grid"
PLOTLY = "plotly.min.js"
CARD = "/wskazniki/podatek-nieruchomosci-na-mieszkanca"


def record_requests(page) -> list[str]:
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    return urls


def test_home_loads_no_grid_script_and_a_move_to_analiza_draws_the_grid(page, live_server):
    urls = record_requests(page)
    page.goto(live_server + "/")
    page.locator("input[type=search]").first.wait_for()
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if GRID_SCRIPT in u]
    # Dash's pages move without a reload: the grid's script is loaded when the grid's place
    # comes into view, and the grid drawn.
    page.evaluate(
        """() => {
            window.history.pushState({}, "", "/analiza");
            window.dispatchEvent(new CustomEvent("_dashprivate_pushstate"));
        }"""
    )
    page.locator("#analiza-grid").scroll_into_view_if_needed(timeout=30_000)
    page.locator(".ag-root-wrapper").first.wait_for(timeout=30_000)
    assert [u for u in urls if GRID_SCRIPT in u]


def test_indicator_card_loads_plotly_when_its_charts_come_into_view(page, live_server):
    urls = record_requests(page)
    page.goto(live_server + CARD)
    placeholder = page.locator("#indicator-distribution [data-deferred-graph]").first
    placeholder.wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    assert not [u for u in urls if PLOTLY in u]
    assert page.locator(".js-plotly-plot").count() == 0
    placeholder.scroll_into_view_if_needed()
    page.locator("#indicator-distribution .js-plotly-plot .barlayer .trace").first.wait_for()
    assert [u for u in urls if PLOTLY in u]
