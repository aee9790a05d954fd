"""Funnel plots in headless Chromium: on the indicator card, as the "Lejek" view of /analiza,
and as the map's significance classes (issue 16, feature 1); each page axe-clean."""

import re

import pytest

from tests.browser.analiza_figures import draw_figures
from tests.browser.test_accessibility import axe_violations, describe

pytestmark = pytest.mark.browser

CARD = "/wskazniki/podatek-nieruchomosci-na-mieszkanca?rok=2019"
ANALIZA = "/analiza?klasy=istotnosc&jst=0201011"


def test_funnel_on_the_indicator_card(page, live_server):
    page.goto(live_server + CARD)
    section = page.locator("section.funnel")
    # Below the fold: the plot is drawn when it comes into view (lazy-components.js).
    section.locator("[data-deferred-graph]").scroll_into_view_if_needed()
    section.locator(".js-plotly-plot").wait_for()
    names = page.evaluate(
        "() => document.querySelector('section.funnel .js-plotly-plot').data.map(d => d.name)"
    )
    assert "granice 99,8 %" in names and "granice 95 %" in names
    assert any(n.startswith("Polska: 607,27") for n in names)
    assert any(n.startswith("istotnie powyżej (") for n in names)
    # the table twin lists units outside the limits with their status in words
    first_status = section.locator(".funnel-table tbody tr").first.locator(".funnel-badge")
    assert "istotnie" in first_status.inner_text()
    assert "Spiegelhalter" in section.inner_text()
    # the funnel narrows: the 99.8 % band is wider for the smallest gmina than the largest
    widths = page.evaluate(
        """() => {
            const d = document.querySelector('section.funnel .js-plotly-plot').data;
            const low = d[0].y, high = d[1].y;
            return [high[0] - low[0], high[high.length - 1] - low[low.length - 1]];
        }"""
    )
    assert widths[0] > 3 * widths[1]
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_no_funnel_for_a_total_says_why(page, live_server):
    page.goto(live_server + "/wskazniki/ludnosc")
    section = page.locator("section.funnel")
    section.wait_for()
    assert "suma bez mianownika" in section.inner_text()
    assert section.locator(".js-plotly-plot").count() == 0


def test_funnel_tab_in_analiza_and_status_classes_on_the_map(page, live_server):
    page.goto(live_server + ANALIZA)
    draw_figures(page)
    page.locator("#analiza-map .js-plotly-plot").wait_for()
    page.locator("#analiza-grid").scroll_into_view_if_needed()  # it loads when in view
    page.locator(".ag-row").first.wait_for()
    # the map's colour bar names the three statuses (neutral indicator: no better/worse)
    page.wait_for_function(
        "() => document.querySelector('#analiza-map')?.innerText.includes('istotnie powyżej')"
    )
    legend = page.locator("#analiza-map").inner_text()
    assert "w granicach" in legend and "istotnie poniżej" in legend
    assert "Ocena wobec Polski" in legend
    assert "powyżej = korzystnie" in legend  # own revenue per resident: higher is better
    assert "istotność" in page.locator("#analiza-class-note").inner_text()
    # the table twin carries the status column
    assert "Ocena (lejek)" in page.locator("#analiza-grid").inner_text()
    # the "Lejek" view of the chart switch, from the keyboard, shows the funnel with the
    # selected unit marked, and the URL keeps it
    series, funnel_choice = (
        page.get_by_role("radio", name="Szereg czasowy"),
        page.get_by_role("radio", name="Lejek"),
    )
    assert series.is_checked() and not funnel_choice.is_checked()
    series.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.activeElement.value === 'lejek'")
    page.wait_for_url(re.compile(r"wykres=lejek"))
    funnel = page.locator("#analiza-funnel .js-plotly-plot")
    funnel.wait_for()
    page.wait_for_function(
        "() => document.querySelector('#analiza-funnel .js-plotly-plot').data.length > 3"
    )
    names = page.evaluate(
        "() => document.querySelector('#analiza-funnel .js-plotly-plot').data.map(d => d.name)"
    )
    assert "zaznaczone" in names
    assert "istotnie powyżej" in page.locator("#analiza-funnel-note").inner_text()
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_significance_words_for_a_neutral_indicator(page, live_server):
    page.goto(
        live_server + "/analiza?wskaznik=podatek-nieruchomosci-na-mieszkanca&rok=2019"
        "&klasy=istotnosc"
    )
    draw_figures(page)
    page.wait_for_function(
        "() => document.querySelector('#analiza-map')?.innerText.includes('istotnie powyżej')"
    )
    legend = page.locator("#analiza-map").inner_text()
    assert "korzystnie" not in legend and "lepiej" not in legend
