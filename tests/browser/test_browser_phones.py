"""Phones and long titles (issue 15): at 390 px the /analiza map spans the screen's width and
the table's value column is readable; Plotly's toolbar never covers a chart's title, on a phone
or on a desktop with a long title."""

from __future__ import annotations

import pytest

from tests.browser.analiza_figures import draw_figures

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}

MAP_PLOT_SHARE = """() => {
    const gd = document.querySelector('.analiza-map .js-plotly-plot');
    const full = gd && gd._fullLayout;
    return full && full._size && full.map ? full._size.w / full.width : 0;
}"""


def overlaps(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def assert_toolbar_clear_of_title(page, chart) -> None:
    chart.scroll_into_view_if_needed()
    chart.hover()
    toolbar = chart.locator(".modebar")
    toolbar.wait_for()
    title = chart.locator(".gtitle")
    title.wait_for()
    assert not overlaps(toolbar.bounding_box(), title.bounding_box())


def scroll_to(page, selector: str) -> None:
    """Scroll a chart's figure into view (the chart's stand-in is replaced as it comes into
    view, so the figure around it is scrolled, in one step)."""
    page.locator(selector).first.wait_for(state="attached")
    page.evaluate(
        "(s) => document.querySelector(s).closest('figure').scrollIntoView({block: 'center'})",
        selector,
    )


def open_analysis(page, base: str, query: str = "") -> None:
    page.goto(base + "/analiza" + query)
    # on a phone the map is below the first screen: it is drawn when scrolled to
    scroll_to(page, ".analiza-map")
    draw_figures(page)
    page.locator(".analiza-map .colorbar").wait_for(timeout=30000)  # the values are drawn
    page.wait_for_load_state("networkidle")


def test_analysis_map_spans_a_phone_screen(page, live_server):
    page.set_viewport_size(PHONE)
    open_analysis(page, live_server)
    page.wait_for_function(f"() => ({MAP_PLOT_SHARE})() > 0.9", timeout=10000)


# Counts plotly's drawings of the /analiza map (Plotly.react, update, relayout, newPlot);
# plotly.js is loaded by the first graph drawn, so its object is wrapped when it is set.
COUNT_MAP_DRAWINGS = """
(() => {
  window.mapDrawings = [];
  const count = (plotly) => {
    if (!plotly || plotly.counted) { return; }
    plotly.counted = true;
    for (const name of ["react", "newPlot", "update", "relayout", "restyle"]) {
      const call = plotly[name];
      plotly[name] = function (gd, ...rest) {
        if (gd && gd.closest && gd.closest(".analiza-map")) { window.mapDrawings.push(name); }
        return call.call(this, gd, ...rest);
      };
    }
  };
  const define = Object.defineProperty;
  Object.defineProperty = function (target, key, descriptor) {
    if (target === window && key === "Plotly" && descriptor && descriptor.set) {
      const set = descriptor.set;
      descriptor.set = function (value) {
        set.call(this, value);
        count(descriptor.get.call(this));
      };
    }
    return define.call(Object, target, key, descriptor);
  };
  let plotly;
  define(window, "Plotly", {configurable: true, get: () => plotly,
                            set: (value) => { plotly = value; count(value); }});
})();
"""


def test_a_phone_draws_the_map_once_when_scrolled_to_with_its_legends_below(page, live_server):
    page.set_viewport_size(PHONE)
    page.add_init_script(COUNT_MAP_DRAWINGS)
    page.goto(live_server + "/analiza")
    page.locator("#analiza-summary").wait_for()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    # below the first screen: not drawn while the page loads (nor plotly.js loaded for it)
    assert page.locator(".analiza-map .js-plotly-plot").count() == 0
    scroll_to(page, ".analiza-map")
    draw_figures(page)
    page.locator(".analiza-map .colorbar").wait_for(timeout=30000)
    page.wait_for_function(f"() => ({MAP_PLOT_SHARE})() > 0.9", timeout=10000)
    page.wait_for_timeout(1500)  # what map-fit.js would do after the drawing
    # drawn once, its legends already below it (not moved there by a second drawing)
    assert page.evaluate("window.mapDrawings") == ["react"]


def test_analysis_map_keeps_its_legend_beside_it_on_a_desktop(page, live_server):
    page.set_viewport_size(DESKTOP)
    open_analysis(page, live_server)
    assert page.evaluate(MAP_PLOT_SHARE) < 0.9


def test_analysis_table_value_column_is_readable_on_a_phone(page, live_server):
    page.set_viewport_size(PHONE)
    open_analysis(page, live_server)
    grid = page.locator("#analiza-grid")
    grid.scroll_into_view_if_needed()  # it loads when in view
    cell = grid.locator('.ag-row[row-index="0"] [col-id="value"]')
    cell.wait_for()
    box, frame = cell.bounding_box(), grid.bounding_box()
    assert box["x"] + box["width"] <= frame["x"] + frame["width"]
    text = cell.locator(".ag-cell-value")
    assert text.evaluate("e => e.scrollWidth <= e.clientWidth")  # not cut to "3…"


def test_toolbar_never_covers_the_series_title_on_a_phone(page, live_server):
    page.set_viewport_size(PHONE)
    open_analysis(page, live_server, "?jst=0201011")
    series = page.locator("#analiza-series")
    scroll_to(page, "#analiza-series")  # drawn when it comes into view
    series.locator(".gtitle").wait_for()
    assert_toolbar_clear_of_title(page, series)


def test_toolbar_never_covers_a_long_comparison_title_on_a_desktop(page, live_server):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server + "/porownaj?jst=0201011,0201022&obszar=finanse")
    # the third indicator's time series (its charts are drawn as they come into view)
    section = page.locator(".compare-indicator").nth(2)
    section.scroll_into_view_if_needed()
    chart = section.locator(".js-plotly-plot").nth(1)
    chart.locator(".gtitle").wait_for()
    assert_toolbar_clear_of_title(page, chart)


SOURCES_INSIDE = """() => [...document.querySelectorAll('#analiza-map, #analiza-series')].map(g => {
    const right = g.getBoundingClientRect().right;
    const notes = [...g.querySelectorAll('.annotation-text')];
    return notes.length > 0 && notes.every(n => n.getBoundingClientRect().right <= right + 0.5);
})"""


def test_source_lines_are_wrapped_to_a_phone_screen(page, live_server):
    """The source line comes wrapped for a desktop chart (~400 px); a phone's map and chart
    wrap it again to their width (map-fit.js), so no line runs past the screen's edge."""
    page.set_viewport_size(PHONE)
    open_analysis(page, live_server, "?jst=0201011")
    scroll_to(page, "#analiza-series")
    page.locator("#analiza-series .annotation-text").first.wait_for(timeout=30000)
    page.locator("#analiza-map .annotation-text").first.wait_for(timeout=30000)
    assert page.evaluate(SOURCES_INSIDE) == [True, True]
