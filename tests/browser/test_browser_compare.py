"""Browser tests: switch a profile's comparison group; open a compare link."""

import re

import pytest

pytestmark = pytest.mark.browser

SLOW = 60_000  # a whole profile re-renders; generous on a 2-core CI machine


def test_switching_the_comparison_group_changes_the_figures(page, live_server):
    page.goto(f"{live_server}/jst/0201011")
    page.locator('[data-group="podobne"]').wait_for(timeout=SLOW)
    cell = page.locator('tr[data-indicator="dochody-wlasne-na-mieszkanca"] td.group-median')
    before = cell.inner_text()
    assert "15 jedn." in before
    page.get_by_label("Sąsiedzi (wspólna granica)").check()
    page.wait_for_url(re.compile(r"/jst/0201011\?grupa=sasiedzi$"), timeout=SLOW)
    page.locator('[data-group="sasiedzi"]').wait_for(timeout=SLOW)
    after = cell.inner_text()
    assert after != before and "1 jedn." in after
    members = page.locator("#sklad-grupy [data-member]")
    assert members.count() == 1
    assert "Bolesławiec" in members.first.inner_text()


def test_similar_units_list_explains_why_and_k_changes_it(page, live_server):
    page.goto(f"{live_server}/jst/0201011?k=5")
    page.locator('[data-group-size="5"]').wait_for(timeout=SLOW)
    rows = page.locator("#sklad-grupy [data-member]")
    assert rows.count() == 5
    assert "Podobne:" in rows.first.inner_text()
    assert "/100" in rows.first.inner_text()
    page.get_by_label("Liczba podobnych jednostek (k)").select_option("10")
    page.locator('[data-group-size="10"]').wait_for(timeout=SLOW)
    assert "k=10" in page.url


def test_compare_link_shows_the_units_side_by_side(page, live_server):
    page.goto(f"{live_server}/porownaj?jst=0201011,0201022,9999999&obszar=finanse")
    page.get_by_role("heading", level=1, name="Porównanie jednostek").wait_for()
    main = page.locator("main")
    block = page.locator('section[data-indicator="dochody-wlasne-na-mieszkanca"]')
    block.wait_for()
    table = block.locator("table").inner_text()
    assert "Bolesławiec (gmina miejska)" in table and "Bolesławiec (gmina wiejska)" in table
    assert "Mediana porównywanych" in table
    block.scroll_into_view_if_needed()  # its charts are drawn as they come into view
    block.locator(".js-plotly-plot").first.wait_for()  # the bar chart; a time series follows
    assert "9999999" in main.inner_text()  # the unknown code is reported
    page.get_by_role("link", name="Finanse JST").wait_for()


def test_profile_leads_to_the_compare_page(page, live_server):
    page.goto(f"{live_server}/jst/0201011?grupa=sasiedzi")
    page.get_by_role("link", name="Porównaj z grupą obok siebie").click(timeout=SLOW)
    page.wait_for_url(re.compile(r"/porownaj\?jst=0201011,0201022$"), timeout=SLOW)
    page.locator("ul.compare-units [data-unit]").first.wait_for()
    assert page.locator("ul.compare-units [data-unit]").count() == 2


def test_compare_charts_are_drawn_as_they_come_into_view(page, live_server):
    """Two charts per indicator (28 here): those near the screen are drawn when the page
    loads, the others as it is scrolled to them (components/lazy_graph.py), in places of
    their own height (the page does not grow or jump)."""
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/porownaj?jst=0201011,0201022")
    page.locator(".compare-indicator .js-plotly-plot").first.wait_for(timeout=SLOW)
    page.wait_for_load_state("networkidle")
    sections = page.locator("section.compare-indicator")
    charts = page.locator(".compare-indicator .js-plotly-plot")
    assert sections.count() > 5
    assert charts.count() < sections.count()  # not two per indicator yet
    height = page.evaluate("() => document.body.scrollHeight")
    last = sections.last
    last.scroll_into_view_if_needed()
    last.locator(".js-plotly-plot").first.wait_for(timeout=SLOW)
    page.wait_for_timeout(500)
    assert abs(page.evaluate("() => document.body.scrollHeight") - height) < 50
