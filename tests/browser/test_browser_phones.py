"""Phones and long titles (issue 15): at 390 px the /analiza map spans the screen's width and
the table's value column is readable; Plotly's toolbar never covers a chart's title, on a phone
or on a desktop with a long title."""

from __future__ import annotations

import pytest

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


def open_analysis(page, base: str, query: str = "") -> None:
    page.goto(base + "/analiza" + query)
    page.locator(".analiza-map .colorbar").wait_for(timeout=30000)  # the values are drawn
    page.wait_for_load_state("networkidle")


def test_analysis_map_spans_a_phone_screen(page, live_server):
    page.set_viewport_size(PHONE)
    open_analysis(page, live_server)
    page.wait_for_function(f"() => ({MAP_PLOT_SHARE})() > 0.9", timeout=10000)


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
