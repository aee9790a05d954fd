"""/analiza in headless Chromium: shared links, map click ↔ table, year change, CSV download."""

import re
from urllib.parse import parse_qs, urlparse

import polars as pl
import pytest

from tests.browser.analiza_figures import draw_figures

pytestmark = pytest.mark.browser

MAP = "#analiza-map"


def open_view(page, live_server, query=""):
    page.goto(f"{live_server}/analiza{query}")
    draw_figures(page)
    page.locator(f"{MAP} .js-plotly-plot").wait_for()
    show_grid(page)
    page.wait_for_load_state("networkidle")


def show_grid(page, timeout=None):
    """The grid loads when it comes into view (assets/scripts/lazy-grid.js): scroll down to
    it, wait for its rows, and back to the top of the page."""
    page.locator("#analiza-grid").scroll_into_view_if_needed()
    page.locator(".ag-row").first.wait_for(timeout=timeout)
    page.evaluate("() => window.scrollTo(0, 0)")


def url_params(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(page.url).query).items()}


def selected_codes(page) -> set[str]:
    """Codes selected in the grid (on any page of it), read through the grid's API."""
    return set(
        page.evaluate(
            "() => dash_ag_grid.getApi('analiza-grid').getSelectedRows().map(r => r.code)"
        )
    )


def wait_for_selection(page, count: int) -> None:
    page.wait_for_function(
        "(n) => dash_ag_grid.getApi('analiza-grid').getSelectedRows().length === n",
        arg=count,
        timeout=10_000,
    )


def test_shared_link_opens_the_same_view(page, live_server):
    open_view(page, live_server, "?wskaznik=ludnosc&poziom=powiat&rok=2019&jst=1465,0201")
    assert page.locator("#analiza-indicator").input_value() == "ludnosc"
    assert page.locator("#analiza-level input[value=powiat]").is_checked()
    assert "2019" in page.locator("#analiza-summary").inner_text()
    wait_for_selection(page, 2)
    assert selected_codes(page) == {"1465", "0201"}
    series = page.locator("#analiza-series").inner_text()
    assert "Warszawa" in series


def test_map_click_selects_row_and_updates_url(page, live_server):
    open_view(page, live_server, "?teren=0201")  # powiat bolesławiecki: 6 gminy, large shapes
    page.wait_for_timeout(800)  # the map fits the territory
    box = page.locator(f"{MAP} .js-plotly-plot").bounding_box()
    # click until a unit is hit (the centre of the map frames the powiat)
    page.mouse.click(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.55)
    wait_for_selection(page, 1)
    code = selected_codes(page).pop()
    assert code.startswith("0201")
    page.wait_for_url(re.compile(rf"jst={code}"))


def test_year_change_updates_map_table_and_url(page, live_server, repository):
    open_view(page, live_server)
    before = page.locator("#analiza-summary").inner_text()
    page.locator("#analiza-year").focus()
    page.keyboard.press("ArrowLeft")  # the year control works from the keyboard
    page.wait_for_url(re.compile(r"rok=2023"))
    page.wait_for_function(
        "() => document.querySelector('#analiza-summary').innerText.startsWith('2023')"
    )
    assert page.locator("#analiza-summary").inner_text() != before
    page.wait_for_function(  # the map follows the same state
        "() => document.querySelector('#analiza-map .gtitle').textContent.endsWith('2023')"
    )
    first_row = page.locator(".ag-row[row-index='0']")
    expected = (
        repository.indicator_values("dochody-wlasne-na-mieszkanca")
        .filter(pl.col("level") == "gmina", pl.col("year") == 2023, pl.col("status") == "value")
        .sort("value", descending=True)["code"][0]
    )
    assert first_row.get_attribute("row-id") == expected
    page.go_back()  # the back button restores the previous year
    page.wait_for_function(
        "() => document.querySelector('#analiza-summary').innerText.startsWith('2024')"
    )


def test_csv_download_has_the_view(page, live_server, repository, tmp_path):
    open_view(page, live_server, "?wskaznik=ludnosc&poziom=wojewodztwo&rok=2020")
    with page.expect_download() as info:
        page.get_by_role("button", name="CSV (UTF-8)").click()
    path = tmp_path / "view.csv"
    info.value.save_as(path)
    frame = pl.read_csv(path, schema_overrides={"kod_teryt": pl.String})
    assert frame.height == 16
    mazowieckie = frame.filter(pl.col("kod_teryt") == "14").row(0, named=True)
    expected = repository.indicator_values("ludnosc").filter(
        pl.col("code") == "14", pl.col("year") == 2020
    )["value"][0]
    assert mazowieckie["wartosc"] == pytest.approx(expected)
    assert mazowieckie["pochodzenie"] == "dane rzeczywiste"
    assert info.value.suggested_filename == "ludnosc_wojewodztwo_2020.csv"


def test_indicator_search_picks_from_whole_catalogue(page, live_server):
    open_view(page, live_server)
    box = page.get_by_label("Szukaj wskaźnika w całym katalogu")
    box.fill("Podatek leśny: Wpływy z podatku leśnego na 1 mieszkańca")
    box.press("Enter")
    page.wait_for_url(re.compile(r"wskaznik=podatek-lesny-na-mieszkanca"))
    assert page.locator("#analiza-area").input_value() == "podatki"


def test_bad_link_shows_polish_note_and_default_view(page, live_server):
    open_view(page, live_server, "?wskaznik=nie-ma&rok=abc&jst=xyz")
    notes = page.locator("#analiza-notes").inner_text()
    assert "Nie ma wskaźnika" in notes and "Pominięto" in notes


def test_units_can_be_selected_from_the_keyboard_in_the_table(page, live_server):
    open_view(page, live_server, "?poziom=wojewodztwo")
    page.get_by_role("button", name="Wyczyść zaznaczenie").focus()
    page.keyboard.press("Tab")  # into the grid's header
    page.wait_for_function("() => document.activeElement.closest('.ag-header') !== null")
    page.keyboard.press("ArrowDown")  # onto the first row
    page.wait_for_function("() => document.activeElement.closest('.ag-row') !== null")
    page.keyboard.press("Space")
    wait_for_selection(page, 1)
    # the selection's round trip done (the address holds it): the grid is not updated under
    # the next keys
    page.wait_for_url(re.compile(r"jst=\d{2}"))
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Space")
    wait_for_selection(page, 2)
    page.wait_for_url(re.compile(r"jst=\d{2},\d{2}"))


def choose_territory(page, label: str) -> None:
    """Pick a territory in the searchable picker by its label."""
    page.get_by_role("button", name=re.compile("Zawęź do obszaru")).click()
    page.locator(".dash-dropdown-search").fill(label)
    page.locator(".dash-options-list [role=option]", has_text=label).first.click()


def test_territory_select_narrows_and_returns_to_poland(page, live_server):
    open_view(page, live_server)
    territory = page.get_by_role("button", name=re.compile("Zawęź do obszaru"))
    assert "cała Polska" in territory.inner_text()  # not an empty choice
    choose_territory(page, "woj. dolnośląskie")
    page.wait_for_url(re.compile(r"teren=02"))
    page.wait_for_function(
        "() => document.querySelector('#analiza-summary').innerText.includes('z 169 jednostek')"
    )
    choose_territory(page, "cała Polska")
    page.wait_for_url(re.compile(r"/analiza$"))


def test_suspect_unit_has_its_own_legend_entry_and_its_flag_in_the_table(page, live_server):
    # Boguszów-Gorce's 2019 budget report is all zeros: shown, flagged, never classed or ranked
    open_view(page, live_server, "?wskaznik=podatek-nieruchomosci-na-mieszkanca&rok=2019")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#analiza-map .legendtext')]"
        ".some(e => e.textContent === 'wartość wątpliwa (1)')"
    )
    cell = page.evaluate(
        """() => {
            const api = dash_ag_grid.getApi('analiza-grid');
            const rowNode = api.getRowNode('0221011');
            const text = (colKey) => api.getCellValue({rowNode, colKey, useFormatter: true});
            return {value: text('value'), status: text('s'), rank: rowNode.data.rank};
        }"""
    )
    assert cell == {"value": "0,00 (wątpliwa)", "status": "wartość wątpliwa", "rank": None}
    assert "Boguszów-Gorce" in page.locator("#analiza-summary").inner_text()


def test_hidden_charts_are_drawn_only_when_shown_at_their_size(page, live_server):
    open_view(page, live_server)
    page.locator("#analiza-series .js-plotly-plot").wait_for()
    # the scatter's and the funnel's panes are hidden: nothing drawn for them at load
    assert page.locator("#analiza-scatter .js-plotly-plot").count() == 0
    assert page.locator("#analiza-funnel .js-plotly-plot").count() == 0
    page.locator("label", has_text="Lejek").click()  # the button of the switch
    funnel = page.locator("#analiza-funnel .js-plotly-plot")
    funnel.wait_for()
    page.wait_for_function(
        "() => { const gd = document.querySelector('#analiza-funnel .js-plotly-plot');"
        " return gd && gd._fullLayout && gd._fullLayout.width > 200"
        " && gd._fullLayout.width === gd.getBoundingClientRect().width; }"
    )
    assert page.locator("#analiza-scatter .js-plotly-plot").count() == 0
    page.wait_for_url(re.compile(r"wykres=lejek"))
