"""The unit profile in a browser: a change of the comparison group's weights updates the
comparison in place (the address says the weights, the open weights panel stays open, the
page is not laid out again); the rows' links move within the app like Dash's own links."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.browser

UNIT = "0201011"


def test_a_weight_change_updates_the_comparison_in_place(page, live_server):
    page.goto(f"{live_server}/jst/{UNIT}")
    page.locator(".comparison-controls summary", has_text="Wagi zmiennych").click()
    page.locator("#profile-weight-dochody").wait_for()
    page.wait_for_timeout(300)  # Dash attaches the callbacks after the first render
    members_before = page.locator("#sklad-grupy tbody").inner_text()
    # Marks on the page's nodes: a new layout of the page would replace them.
    page.evaluate(
        "() => { const panel = document.querySelector('.comparison-controls details[open]');"
        " panel.dataset.kept = 'yes'; }"
    )
    page.locator("#profile-weight-dochody").select_option("3.0")
    page.wait_for_url(re.compile(r"wagi=dochody(:|%3A)3"))
    page.wait_for_function(
        "(before) => { const body = document.querySelector('#sklad-grupy tbody');"
        " return body && body.innerText !== before; }",
        arg=members_before,
    )
    kept = page.locator(".comparison-controls details[data-kept='yes']")
    assert kept.count() == 1 and kept.get_attribute("open") is not None
    assert page.locator("#profile-weight-dochody").input_value() == "3.0"
    # The print links carry the new group, like the address.
    assert "wagi=dochody" in page.locator("#profile-report-link").get_attribute("href")
    # The shared address opens the same comparison.
    shared = page.url
    page.goto(shared)
    page.locator("#sklad-grupy tbody").wait_for()
    assert page.locator("#profile-weight-dochody").input_value() == "3.0"


def test_area_tables_are_filled_after_the_first_paint(page, live_server):
    page.goto(f"{live_server}/jst/{UNIT}")
    page.locator("details.area").first.wait_for()
    page.wait_for_function("() => !document.querySelector('[data-deferred]')")
    contents = page.locator("nav a[href^='#obszar-']")
    assert contents.count() == page.locator("details.area").count() > 1
    assert page.locator("tr[id^='wiersz-'] img.sparkline").count() > 100


def test_row_links_move_within_the_app(page, live_server):
    page.goto(f"{live_server}/jst/{UNIT}")
    link = page.locator("#wiersz-dochody-wlasne-na-mieszkanca th a[data-nav]").first
    link.wait_for()
    page.evaluate("() => { window.stillTheSameDocument = true; }")
    link.click()
    page.wait_for_url(re.compile(r"/wskazniki/dochody-wlasne-na-mieszkanca$"))
    page.get_by_role("heading", level=1).wait_for()
    assert page.evaluate("() => window.stillTheSameDocument === true")
