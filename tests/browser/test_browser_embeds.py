"""The "Osadź" dialog as a user meets it: opened from the keyboard, a labelled dialog that
keeps the focus and closes with Esc; "Kopiuj" copies the snippet; the snippet pasted into
another site's page shows the chart; the embed page and the open dialog are axe-clean."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_accessibility import AXE, axe_violations, describe
from tests.browser.test_browser_analiza import open_view

pytestmark = pytest.mark.browser

DIALOG = "Osadź na swojej stronie"


def open_dialog_with_keyboard(page, button):
    button.wait_for()
    page.wait_for_timeout(300)  # Dash attaches the callbacks after the first render
    button.focus()
    page.keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name=DIALOG)
    dialog.wait_for()
    page.wait_for_function("() => document.getElementById('embed-code').value.includes('iframe')")
    # opening moves the focus into the dialog
    page.wait_for_function("() => !!document.activeElement.closest('.modal')")
    return dialog


def snippet_of(page) -> str:
    return page.input_value("#embed-code")


INSIDE = "() => !!document.activeElement && !!document.activeElement.closest('.modal')"


def test_the_embed_dialog_keeps_the_focus_inside(page, live_server):
    open_view(page, live_server, "?jst=0201011")
    open_dialog_with_keyboard(page, page.get_by_role("button", name="Osadź mapę lub wykres"))
    # however far one tabs, either way, the focus never leaves the dialog (not even for the
    # document's end: from there react-bootstrap's trap brought it back late, under load
    # after the next Tab had reached the page behind)
    for key in ["Tab"] * 16 + ["Shift+Tab"] * 16:
        page.keyboard.press(key)
        assert page.evaluate(INSIDE), key
    # past the last control ("Zamknij") the focus goes to the first, and back
    page.locator("#embed-close").focus()
    page.keyboard.press("Tab")
    assert page.evaluate(INSIDE)
    first = page.evaluate("() => document.activeElement.outerHTML")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("() => document.activeElement.id") == "embed-close"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.outerHTML") == first


def test_analysis_dialog_copies_a_snippet_that_shows_the_chart_on_another_page(page, live_server):
    open_view(page, live_server, "?jst=0201011,0201022")
    # the page rewrites its address as one works: the dialog takes the view shown now
    page.locator("#analiza-year").focus()
    page.keyboard.press("ArrowLeft")
    page.wait_for_url(re.compile(r"rok=2023"))
    button = page.get_by_role("button", name="Osadź mapę lub wykres")
    dialog = open_dialog_with_keyboard(page, button)
    assert f'src="{live_server}/osadz/analiza?rok=2023&amp;jst=0201011,0201022"' in snippet_of(page)
    assert "gminy, 2023 – Monitoring" in snippet_of(page)

    page.get_by_label("szereg czasowy wybranych jednostek").check()
    page.get_by_label("480 px").check()
    page.get_by_label("English", exact=True).check()
    page.wait_for_function(
        "() => { const v = document.getElementById('embed-code').value;"
        " return v.includes('480') && v.includes('lang=en') && v.includes('szereg'); }"
    )
    snippet = snippet_of(page)
    assert "/osadz/analiza/szereg?rok=2023&amp;jst=0201011,0201022&amp;lang=en" in snippet
    assert 'width="480" height="500"' in snippet
    assert 'title="Own revenue per resident (PLN), gminy, 2010–2024' in snippet

    page.get_by_role("button", name="Kopiuj").focus()
    page.keyboard.press("Enter")
    status = dialog.locator(".copy-status")
    page.wait_for_function(
        "() => document.querySelector('#embed-dialog .copy-status').textContent !== ''"
    )
    assert status.inner_text() in (
        "Skopiowano kod do schowka.",
        "Nie udało się skopiować: kod jest zaznaczony, naciśnij Ctrl+C.",
    )
    if AXE.exists():
        violations = axe_violations(page)
        assert not violations, describe(violations)

    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")
    assert page.evaluate("() => document.activeElement.textContent") == "Osadź mapę lub wykres"

    # another site's page with the snippet: the chart is drawn inside the frame
    page.set_content(f"<!doctype html><html lang='pl'><title>BIP</title><main>{snippet}</main>")
    frame = page.frame_locator("iframe")
    frame.locator(".embed-plot .main-svg").first.wait_for()
    assert frame.locator("h1").inner_text().startswith("Own revenue per resident")
    assert frame.locator(".embed-plot .scatterlayer .trace").count() >= 3  # 2 units, Poland
    assert "See it on the site" in frame.locator(".embed-links").inner_text()


def test_the_map_embed_draws_the_map_inside_a_frame(page, live_server):
    src = f"{live_server}/osadz/analiza?jst=0201011"
    page.set_content(f'<iframe src="{src}" title="mapa" width="800" height="600"></iframe>')
    frame = page.frame_locator("iframe")
    frame.locator(".analiza-map .js-plotly-plot .maplibregl-canvas").wait_for()
    assert "Tabela z danymi mapy" in frame.locator(".embed-table summary").inner_text()


def test_profile_rows_embed_their_indicator_trend(page, live_server):
    page.goto(live_server + "/jst/0201011")
    button = page.get_by_role("button", name="Osadź: Dochody własne na 1 mieszkańca")
    open_dialog_with_keyboard(page, button)
    assert f"{live_server}/osadz/jst/0201011/dochody-wlasne-na-mieszkanca" in snippet_of(page)
    assert not page.get_by_text("szereg czasowy wybranych jednostek").is_visible()
    preview = page.get_by_role("link", name="Podgląd osadzonego widoku (nowa karta)")
    assert preview.get_attribute("href") == "/osadz/jst/0201011/dochody-wlasne-na-mieszkanca"


def test_compare_charts_embed_their_indicator(page, live_server):
    page.goto(live_server + "/porownaj?jst=0201011,0201022&obszar=finanse")
    button = page.get_by_role("button", name="Osadź: Dochody własne na 1 mieszkańca")
    open_dialog_with_keyboard(page, button)
    assert (
        f"{live_server}/osadz/porownaj?jst=0201011,0201022&amp;wskaznik=dochody-wlasne-na-mieszkanca"
        in snippet_of(page)
    )


@pytest.mark.parametrize(
    "path",
    ["/osadz/analiza?jst=0201011", "/osadz/analiza/szereg?jst=0201011&lang=en"],
)
def test_embed_pages_are_axe_clean_with_the_table_open(page, live_server, path):
    if not AXE.exists():
        pytest.fail("axe-core missing: run `npm ci` (make test does it)")
    page.expected_errors.append("status of 404")
    page.goto(live_server + path)
    page.wait_for_load_state("networkidle")
    if page.locator(".embed-table summary").count():
        page.locator(".embed-table summary").click()
    violations = axe_violations(page)
    assert not violations, describe(violations)


# The zoom the map is drawn at (maplibre's), the zoom of the layout, the server's zoom.
MAP_ZOOMS = """() => {
    const gd = document.querySelector('.analiza-map .js-plotly-plot');
    const map = gd && gd._fullLayout && gd._fullLayout.map;
    const drawn = map && map._subplot && map._subplot.map;
    return drawn ? [drawn.getZoom(), map.zoom, gd.layout.meta.fitZoom] : null;
}"""


def test_the_map_embed_frames_poland_in_a_narrow_frame(page, live_server):
    """A phone-sized frame: the colour bar goes below the map and the map zooms out to keep
    Poland in view, drawn at the zoom its layout says (map-fit.js once let the legends' move
    undo the refit: the map stayed at the server's desktop zoom, cut at both sides)."""
    page.set_viewport_size({"width": 358, "height": 520})
    page.goto(live_server + "/osadz/analiza")
    page.wait_for_function(
        f"() => {{ const z = ({MAP_ZOOMS})();"
        " return z && z[1] < z[2] - 0.3 && Math.abs(z[0] - z[1]) < 0.01; }",
        timeout=20000,
    )
    page.wait_for_function(TERRITORY_IN_VIEW)


# The map as drawn shows the whole territory (maplibre's bounds hold the server's fitBounds)
# at the zoom its layout says.
TERRITORY_IN_VIEW = """() => {
    const gd = document.querySelector('.analiza-map .js-plotly-plot');
    const full = gd && gd._fullLayout;
    const drawn = full && full.map && full.map._subplot && full.map._subplot.map;
    if (!drawn || !gd.layout.meta) { return false; }
    const b = drawn.getBounds(), f = gd.layout.meta.fitBounds;
    return Math.abs(drawn.getZoom() - full.map.zoom) < 0.01 && b.getWest() <= f[0]
        && b.getSouth() <= f[1] && b.getEast() >= f[2] && b.getNorth() >= f[3];
}"""


@pytest.mark.parametrize("width", [320, 640])
def test_the_map_embed_shows_the_whole_territory_in_a_frame_of_a_sites_column(
    page, live_server, width
):
    """The snippet pasted in a narrow column of another site (320 px: a phone; 640 px)."""
    src = f"{live_server}/osadz/analiza"
    page.set_content(f'<iframe src="{src}" title="mapa" width="{width}" height="560"></iframe>')
    page.frame_locator("iframe").locator(".analiza-map .maplibregl-canvas").wait_for()
    frame = next(f for f in page.frames if f.url.startswith(src))
    frame.wait_for_function(TERRITORY_IN_VIEW, timeout=20000)
