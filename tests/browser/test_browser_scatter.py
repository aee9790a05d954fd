"""/analiza's scatter in headless Chromium: a shared link opens it, the x indicator is picked
from its select, a click on a point selects the unit in the table and the URL, and the
series tab comes back."""

import re
from urllib.parse import parse_qs, urlparse

import pytest

pytestmark = pytest.mark.browser

SCATTER = "#analiza-scatter"


def url_params(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def selected_codes(page) -> set[str]:
    return set(
        page.evaluate(
            "() => dash_ag_grid.getApi('analiza-grid').getSelectedRows().map(r => r.code)"
        )
    )


def open_scatter(page, live_server, query: str) -> None:
    page.goto(f"{live_server}/analiza?wykres=rozrzut&{query}")
    page.locator(f"{SCATTER} .js-plotly-plot .point").first.wait_for()
    page.locator("#analiza-grid").scroll_into_view_if_needed()  # it loads when in view
    page.locator(".ag-row").first.wait_for()
    page.wait_for_load_state("networkidle")


def test_scatter_link_x_pick_and_point_click_select_the_unit(page, live_server):
    open_scatter(page, live_server, "poziom=wojewodztwo")
    assert page.get_by_role("radio", name="Wobec kontekstu (rozrzut)").is_checked()
    assert page.locator("#analiza-series").is_hidden()
    summary = page.locator("#analiza-scatter-summary")
    assert re.match(r"ρ Spearmana = −?\d,\d\d \(.+ zależność\), n = 16\.", summary.inner_text())
    # the table twin shows the x values beside the values
    assert page.locator(".ag-header-cell-text", has_text="Ludność [osoby]").count() == 1

    page.locator("#analiza-x").select_option("powierzchnia")
    page.wait_for_url(re.compile(r"x=powierzchnia"))
    page.wait_for_function(
        "() => document.querySelector('#analiza-scatter .g-xtitle').textContent"
        ".startsWith('Powierzchnia')"
    )
    assert page.locator(".ag-header-cell-text", has_text="Powierzchnia").count() == 1

    page.locator(f"{SCATTER} .scatterlayer .trace .point").first.click(force=True)
    page.wait_for_function(
        "() => dash_ag_grid.getApi('analiza-grid').getSelectedRows().length === 1",
        timeout=10_000,
    )
    code = selected_codes(page).pop()
    page.wait_for_url(re.compile(rf"jst={code}"))
    assert url_params(page)["wykres"] == "rozrzut"
    # the selected unit is drawn large, outlined and named
    page.wait_for_function(
        "() => document.querySelectorAll('#analiza-scatter .scatterlayer .textpoint').length === 1"
    )

    page.get_by_text("Szereg czasowy", exact=True).click()  # the switch's label
    page.wait_for_function("() => !location.search.includes('wykres')")
    page.locator("#analiza-series .js-plotly-plot").wait_for()
    assert page.locator(SCATTER).is_hidden()
    assert url_params(page)["jst"] == code  # the selection stays with the series


def test_scatter_in_english_keeps_english_numbers(page, live_server):
    open_scatter(page, live_server, "lang=en&log=x")
    text = page.locator("#analiza-scatter-summary").inner_text()
    assert re.match(r"Spearman's ρ = 0\.\d\d \(.+ relationship\), n = 2,477\.", text)
    assert page.locator("#analiza-log input[value=x]").is_checked()
