"""/analiza as an expert uses it (issue 15), in headless Chromium: controls and state agree
after an area change, the year play runs once and leaves one history entry, a territory fills
the map, images and data files say what they show, the indicator search works from the
keyboard, skewed data get classes that still tell units apart; the indicator card's histogram
is not swamped by outliers."""

import contextlib
import re

import polars as pl
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from test_browser_analiza import open_view, url_params

from analysis.service import first_indicator
from core.classify import percentile_window
from static_files import level_shapes

pytestmark = pytest.mark.browser

HISTORY_LENGTH = "() => window.history.length"
SUMMARY_STARTS = "(year) => document.querySelector('#analiza-summary').innerText.startsWith(year)"


def map_title(page) -> str:
    return page.locator("#analiza-map .gtitle").text_content().replace("\n", " ")


def test_area_change_switches_the_view_to_the_areas_first_indicator(page, live_server):
    open_view(page, live_server)
    before = page.evaluate(HISTORY_LENGTH)
    page.get_by_label("Obszar", exact=True).select_option("kultura")
    expected = first_indicator("kultura")
    page.wait_for_url(re.compile(rf"wskaznik={expected}"))
    assert page.locator("#analiza-indicator").input_value() == expected
    page.wait_for_function(  # map and table follow the same state
        "() => document.querySelector('#analiza-map .gtitle').textContent.includes('bibliot')"
    )
    assert page.evaluate(HISTORY_LENGTH) == before + 1
    page.go_back()
    page.wait_for_function(
        "() => document.querySelector('#analiza-indicator').value"
        " === 'dochody-wlasne-na-mieszkanca'"
    )
    assert page.locator("#analiza-area").input_value() == "finanse"


def test_year_play_stops_at_the_last_year_with_one_history_entry(page, live_server):
    open_view(page, live_server, "?rok=2021")
    before = page.evaluate(HISTORY_LENGTH)
    play = page.locator("#analiza-play")
    play.click()
    page.wait_for_function(
        "() => document.querySelector('#analiza-play').innerText.includes('Zatrzymaj')"
    )
    page.wait_for_function(
        "() => document.querySelector('#analiza-year-label').innerText !== '2021'",
        timeout=20_000,
    )
    assert "rok=2021" in page.url  # the address waits for the end of the play
    page.wait_for_function(
        "() => document.querySelector('#analiza-play').innerText.includes('Odtwórz')",
        timeout=30_000,
    )
    page.wait_for_url(re.compile(r"/analiza$"))  # the last year is the default one
    page.wait_for_function(SUMMARY_STARTS, arg="2024")
    page.wait_for_timeout(2500)  # two more ticks' time: the play has stopped
    assert page.locator("#analiza-summary").inner_text().startswith("2024")
    assert page.evaluate(HISTORY_LENGTH) == before + 1
    page.go_back()  # back to the year before the play
    page.wait_for_function(SUMMARY_STARTS, arg="2021")


TERRITORY_BOX = """([west, south, east, north]) => {
    const gd = document.querySelector('#analiza-map .js-plotly-plot');
    const map = gd._fullLayout.map._subplot.map;
    const a = map.project([west, north]), b = map.project([east, south]);
    const size = gd._fullLayout._size;
    return {width: (b.x - a.x) / size.w, height: (b.y - a.y) / size.h,
            inside: a.x >= -1 && a.y >= -1 && b.x <= size.w + 1 && b.y <= size.h + 1};
}"""


def territory_bounds(territory: str) -> list[float]:
    """West, south, east, north of a voivodeship or powiat, from the map's own geometry."""
    rings = level_shapes("wojewodztwo" if len(territory) == 2 else "powiat")[territory]
    lons = [p[0] for ring in rings for p in ring]
    lats = [p[1] for ring in rings for p in ring]
    return [min(lons), min(lats), max(lons), max(lats)]


@pytest.mark.parametrize("territory", ["02", "0201"])
def test_a_territory_fills_the_map(page, live_server, territory):
    open_view(page, live_server, f"?teren={territory}")
    page.wait_for_function(
        "() => { const gd = document.querySelector('#analiza-map .js-plotly-plot');"
        " return gd && gd._fullLayout.map && gd._fullLayout.map._subplot; }"
    )
    bounds = territory_bounds(territory)
    # the fit to the plot's size is one relayout after the first drawing
    with contextlib.suppress(PlaywrightTimeout):  # the assertions below say what is wrong
        page.wait_for_function(
            f"(bounds) => {{ const b = ({TERRITORY_BOX})(bounds);"
            " return b.inside && Math.max(b.width, b.height) > 0.85; }",
            arg=bounds,
            timeout=5_000,
        )
    box = page.evaluate(TERRITORY_BOX, bounds)
    assert box["inside"], box
    assert max(box["width"], box["height"]) > 0.85, box  # not a quarter of the frame


CAPTURE_IMAGES = """() => {
    window.smupImages = [];
    const original = window.Plotly.downloadImage;
    window.Plotly.downloadImage = (figure, options) => {
        window.smupImages.push({title: figure.layout.title.text, zoom: figure.layout.map &&
            figure.layout.map.zoom, screenZoom: figure.layout.map && document.querySelector(
            '#analiza-map .js-plotly-plot')._fullLayout.map.zoom,
            notes: (figure.layout.annotations || []).map(a => a.text).join(' '),
            filename: options.filename, width: options.width});
        return original(figure, options);
    };
}"""


def test_exported_images_are_named_titled_sourced_and_framed(page, live_server):
    open_view(page, live_server, "?wskaznik=podatek-nieruchomosci-na-mieszkanca&rok=2019&teren=12")
    page.evaluate(CAPTURE_IMAGES)
    with page.expect_download() as info:
        page.get_by_role("button", name="Mapa PNG").click()
    assert info.value.suggested_filename == "podatek-nieruchomosci-na-mieszkanca_gminy_12_2019.png"
    image = page.evaluate("() => window.smupImages[0]")
    title = image["title"].replace("<br>", " ")
    assert "(zł)" in title and "gminy" in title and "małopolskie" in title and "2019" in title
    assert "Źródło: GUS" in image["notes"] and "z podaniem źródła" in image["notes"]
    # framed for the image's size (1200 px, wider than the screen's map): zoomed in further
    assert image["zoom"] > image["screenZoom"]
    with page.expect_download() as info:
        page.get_by_role("button", name="Wykres PNG").click()
    assert info.value.suggested_filename == (
        "podatek-nieruchomosci-na-mieszkanca_gminy_12_2010-2019.png"
    )
    # the toolbar's camera uses the same names
    config = page.evaluate(
        "() => document.querySelector('#analiza-map .js-plotly-plot')._context"
        ".toImageButtonOptions.filename"
    )
    assert config == "podatek-nieruchomosci-na-mieszkanca_gminy_12_2019"


def test_demonstration_images_say_so(page, live_server, repository):
    demo = next(i for i in repository.indicators if i.provenance.value == "demo")
    open_view(page, live_server, f"?wskaznik={demo.id}")
    page.evaluate(CAPTURE_IMAGES)
    with page.expect_download():
        page.get_by_role("button", name="Mapa SVG").click()
    image = page.evaluate("() => window.smupImages[0]")
    assert "DANE DEMONSTRACYJNE" in image["title"].replace("<br>", " ")
    assert "To nie są dane rzeczywiste" in image["notes"].replace("<br>", " ")


def test_data_export_of_all_years_is_rounded_to_the_indicators_precision(
    page, live_server, repository, tmp_path
):
    indicator = "dochody-wlasne-na-mieszkanca"
    open_view(page, live_server, "?poziom=wojewodztwo")
    page.get_by_label("wszystkie lata").check()
    with page.expect_download() as info:
        page.get_by_role("button", name="CSV (UTF-8)").click()
    assert info.value.suggested_filename == f"{indicator}_wojewodztwo_2010-2024.csv"
    path = tmp_path / "all.csv"
    info.value.save_as(path)
    frame = pl.read_csv(path, infer_schema=False)
    assert frame["rok"].unique().sort().to_list() == [str(y) for y in range(2010, 2025)]
    assert frame.height == 16 * 15
    decimals = repository.indicator(indicator).decimals
    fraction = rf"\.\d{{1,{decimals}}}" if decimals else ""
    for column in ("wartosc", "zmiana_r_do_r"):  # not "3102.082851977993"
        assert frame[column].drop_nulls().str.contains(rf"^-?\d+({fraction})?$").all()


def test_indicator_search_from_the_keyboard(page, live_server):
    open_view(page, live_server, "?wskaznik=ludnosc")
    box = page.get_by_label("Szukaj wskaźnika w całym katalogu")
    box.fill("biblio")
    box.press("Enter")  # the first result, whenever the list arrives
    page.wait_for_url(re.compile(r"wskaznik=biblioteki-"))
    assert page.locator("#analiza-area").input_value() == "kultura"
    assert box.input_value() == ""  # the pick closes the search
    box.press_sequentially("podatek lesny", delay=20)  # diacritics optional
    options = page.locator("#analiza-search-list [role=option]")
    options.nth(1).wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    box.press("ArrowDown")
    box.press("ArrowDown")
    second = options.nth(1)
    assert second.get_attribute("aria-selected") == "true"
    assert box.get_attribute("aria-activedescendant") == second.get_attribute("id")
    item_id = second.locator("xpath=..").get_attribute("id")
    expected = re.search(r'"index":"([^"]+)"', item_id).group(1)
    box.press("Enter")
    page.wait_for_url(re.compile(rf"wskaznik={expected}"))
    assert page.locator("#analiza-indicator").input_value() == expected


def test_skewed_data_warn_and_clipped_classes_say_what_was_clipped(page, live_server):
    open_view(page, live_server, "?wskaznik=ludnosc&klasy=rowne")
    note = page.locator("#analiza-class-note")
    page.wait_for_function(
        "() => document.querySelector('#analiza-class-note').innerText.includes('Uwaga')"
    )
    assert "jednej klasy" in note.inner_text()
    page.get_by_label("równe w zakresie 1.–99. percentyla").check()
    page.wait_for_url(re.compile(r"klasy=przyciete"))
    page.wait_for_function(
        "() => document.querySelector('#analiza-class-note').innerText.includes('poniżej')"
    )
    assert re.search(r"poniżej – \d+ jednost", note.inner_text())
    page.wait_for_function(  # the end classes are open: "< 2 011", "≥ 104 433"
        "() => { const t = document.querySelector('#analiza-map .js-plotly-plot')"
        ".data[0].colorbar.ticktext; return t[0].startsWith('<') && t[t.length - 1]"
        ".startsWith('≥'); }"
    )
    assert url_params(page)["klasy"] == "przyciete"


def test_indicator_histogram_leaves_out_outliers_and_can_show_all(page, live_server, repository):
    page.goto(f"{live_server}/wskazniki/ludnosc")
    # Below the metadata: drawn when it comes into view (assets/scripts/lazy-components.js).
    page.locator("#indicator-distribution").scroll_into_view_if_needed()
    page.locator("#indicator-distribution .js-plotly-plot").wait_for()
    values = repository.distribution("ludnosc", "gmina", 2024).filter(pl.col("status") == "value")[
        "value"
    ]
    window = percentile_window(values.to_list())
    caption = page.locator("#indicator-distribution figcaption").inner_text()
    assert f"{window.above} jednost" in caption and "99. percentyla" in caption
    shown = (
        "() => Math.max(...document.querySelector('#indicator-distribution .js-plotly-plot')"
        ".data[0].x)"
    )
    assert page.evaluate(shown) <= window.high
    page.get_by_label("Pokaż na wykresie wszystkie jednostki (także wartości skrajne)").check()
    page.wait_for_function(
        "() => !document.querySelector('#indicator-distribution figcaption')"
        ".innerText.includes('99. percentyla')"
    )
    # the redrawn chart is drawn in view too: wait for it
    page.wait_for_function(
        "() => document.querySelector('#indicator-distribution .js-plotly-plot')?.data?.length"
    )
    assert page.evaluate(shown) == pytest.approx(values.max())


def test_open_search_list_and_class_note_are_accessible(page, live_server):
    from test_accessibility import axe_violations, describe

    open_view(page, live_server, "?wskaznik=ludnosc&klasy=rowne")
    page.locator("#analiza-class-note").get_by_text("Uwaga").wait_for()
    box = page.get_by_label("Szukaj wskaźnika w całym katalogu")
    box.press_sequentially("biblio", delay=20)
    page.locator("#analiza-search-list [role=option]").first.wait_for()
    box.press("ArrowDown")
    violations = axe_violations(page)
    assert not violations, describe(violations)
    box.press_sequentially("zzz", delay=20)  # nothing found: said in words
    page.locator("#analiza-search-status").get_by_text("Nie znaleziono wskaźnika").wait_for()
    violations = axe_violations(page)
    assert not violations, describe(violations)
