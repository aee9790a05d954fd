"""In the browser: the reduced plotly.js draws the map and the charts, the geometry comes by its
hashed address, and pages keep their layout while they load (no layout shift)."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests.browser.analiza_figures import draw_figures

pytestmark = pytest.mark.browser

# Layout shifts of the page so far, as Chromium reports them (the number behind CLS).
LAYOUT_SHIFT_OBSERVER = """
window.__layoutShift = 0;
new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
        if (!entry.hadRecentInput) window.__layoutShift += entry.value;
    }
}).observe({type: "layout-shift", buffered: true});
"""


def test_reduced_plotly_draws_the_map_and_the_series(page, live_server):
    geometry = []
    page.on("request", lambda r: geometry.append(r.url) if "/assets/geo/" in r.url else None)
    page.goto(f"{live_server}/analiza?jst=0201011")
    draw_figures(page)
    page.locator(".analiza-map .maplibregl-canvas").wait_for()
    page.wait_for_function(
        "() => document.querySelectorAll('.analiza-map .js-plotly-plot').length === 1"
        " && document.querySelectorAll('.js-plotly-plot .scatterlayer .trace').length > 0"
    )
    traces = page.evaluate("() => Object.keys(window.Plotly.PlotSchema.get().traces).sort()")
    assert traces == ["bar", "choroplethmap", "histogram", "scatter", "scattermap"]
    page.wait_for_load_state("networkidle")
    assert geometry and all("?v=" in url for url in geometry)
    # The gminy are painted: thousands of colours (fills, borders, their blends), not a blank.
    page.wait_for_timeout(1000)
    shot = Image.open(io.BytesIO(page.locator(".analiza-map .maplibregl-canvas").screenshot()))
    assert len(shot.convert("RGB").getcolors(1 << 20)) > 500


def test_indicator_page_draws_its_histogram(page, live_server):
    page.goto(f"{live_server}/wskazniki/podatek-nieruchomosci-na-mieszkanca")
    # Below the metadata: drawn when it comes into view (assets/scripts/lazy-components.js).
    page.locator("#indicator-distribution [data-deferred-graph]").first.scroll_into_view_if_needed()
    page.locator(".js-plotly-plot .barlayer .trace").first.wait_for()


@pytest.mark.parametrize("path", ["/", "/jst/0201011", "/analiza", "/porownaj?jst=0201011,0201022"])
def test_pages_do_not_shift_while_they_load(page, live_server, path):
    page.add_init_script(LAYOUT_SHIFT_OBSERVER)
    page.goto(f"{live_server}{path}")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__layoutShift") <= 0.1


def test_the_grid_script_loads_when_the_grid_comes_into_view(page, live_server):
    """dash-ag-grid (0.6 MB brotli with its grid part) is fetched only when the table of
    /analiza, below the map, comes into view (assets/scripts/lazy-grid.js); its place keeps the
    table's height meanwhile, and the grid then works with its API."""
    grid_requests = []
    page.on("request", lambda r: grid_requests.append(r.url) if "dash_ag_grid" in r.url else None)
    page.goto(f"{live_server}/analiza?jst=0201011")
    draw_figures(page)
    page.locator(".analiza-map .js-plotly-plot").wait_for()
    page.wait_for_load_state("networkidle")
    place = page.locator("#analiza-grid")
    assert place.evaluate("e => e.getBoundingClientRect().top") > 900  # below the screen
    assert grid_requests == []
    assert place.bounding_box()["height"] == 560
    place.scroll_into_view_if_needed()
    page.locator(".ag-row").first.wait_for()
    assert any("/dash_ag_grid/dash_ag_grid.v" in url for url in grid_requests)
    selected = "() => dash_ag_grid.getApi('analiza-grid').getSelectedRows().map(r => r.code)"
    page.wait_for_function(f"() => ({selected})().length === 1")
    assert page.evaluate(selected) == ["0201011"]
    page.goto(f"{live_server}/")  # no grid: the library is only the placeholder
    page.wait_for_load_state("networkidle")
    assert page.evaluate("() => typeof window.dash_ag_grid.getApi") == "undefined"
    scripts = page.evaluate("() => [...document.scripts].map(s => s.src)")
    assert not [src for src in scripts if "ag_grid" in src]
