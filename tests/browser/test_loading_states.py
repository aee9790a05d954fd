"""Loading states (issue 15): while the /analiza map, table and series update and while a
profile is built, the region shows "Wczytywanie…" and carries aria-busy="true"; when the update
is done, neither remains. Callbacks are slowed down in the browser so the state is seen."""

from __future__ import annotations

import re
import time

import pytest

pytestmark = pytest.mark.browser

# Dash adds a query (``?endId=…``) to every callback request; a glob would have to match it.
CALLBACKS = re.compile(r"/_dash-update-component(\?|$)")

RECORD_BUSY = """() => {
    window.busySeen = new Set();
    new MutationObserver(() => {
        document.querySelectorAll('.busy-region[aria-busy="true"]').forEach((region) => {
            const indicator = region.querySelector('.loading-indicator');
            const inner = region.querySelector('[id]');
            if (indicator && indicator.textContent.includes('Wczytywanie')) {
                window.busySeen.add(inner ? inner.id : '');
            }
        });
    }).observe(document.body, {subtree: true, childList: true, attributes: true});
}"""

NOTHING_BUSY = """() => document.querySelectorAll('[aria-busy="true"], .loading-indicator')
    .length === 0"""


def slow_callbacks(page, seconds: float) -> None:
    def delayed(route):
        time.sleep(seconds)
        route.continue_()

    page.route(CALLBACKS, delayed)


def test_analysis_map_table_and_series_say_they_are_loading(page, live_server):
    page.goto(live_server + "/analiza")
    page.wait_for_load_state("networkidle")
    page.wait_for_function(NOTHING_BUSY)
    page.evaluate(RECORD_BUSY)
    slow_callbacks(page, 0.6)
    page.get_by_label("powiaty").check()
    page.get_by_text(re.compile(r"jednostek \(powiaty\) ma wartość")).wait_for(timeout=60000)
    page.unroute(CALLBACKS)
    page.wait_for_function(NOTHING_BUSY, timeout=30000)
    seen = set(page.evaluate("() => [...window.busySeen]"))
    assert {"analiza-map", "analiza-series", "analiza-grid"} <= seen, seen


def test_profile_shows_it_is_loading_instead_of_a_blank_page(page, live_server):
    slow_callbacks(page, 1.0)
    page.goto(live_server + "/jst/0201011")
    region = page.locator('.busy-region[aria-busy="true"]')
    region.get_by_text("Wczytywanie…").wait_for(timeout=10000)
    page.unroute(CALLBACKS)
    page.get_by_role("heading", level=1, name="Bolesławiec").wait_for(timeout=30000)
    page.wait_for_function(NOTHING_BUSY, timeout=20000)
