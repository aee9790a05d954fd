"""Reflow (WCAG 1.4.10) and 200 % zoom (1.4.4): at 320 CSS px, and at 640 CSS px (a 1280 px
window zoomed to 200 %; the device pixel ratio does not change the layout), no page scrolls
sideways. Wide data tables, maps and charts may scroll only inside their own container."""

from __future__ import annotations

import pytest

from tests.browser.analiza_figures import draw_figures

pytestmark = pytest.mark.browser

WIDTHS = (320, 640)
PASSWORD = "bardzo-tajne-1"
PAGES = [
    "/",
    "/?q=wroc",
    "/jst/0201022",
    "/jst/0201022?grupa=administracyjna",
    "/analiza",
    "/analiza?wykres=rozrzut&jst=0201011",
    "/porownaj?jst=0201011,0201022",
    "/uslugi",
    "/uslugi/wychowanie-przedszkolne",
    "/wskazniki/dochody-wlasne-na-mieszkanca",
    "/konto/logowanie",
    "/deklaracja-dostepnosci",
    "/nie-ma-takiej-strony",
    # The English texts are longer: the same pages with ?lang=en (the cookie keeps it on).
    "/jst/0201022?lang=en",
    "/analiza?lang=en",
    "/porownaj?jst=0201011,0201022,0201",
    "/api",
    "/o-danych",
    "/co-nowego",
]
# Elements wider than the window that are not inside a container clipping or scrolling them.
OVERFLOWING = """() => {
    const width = document.documentElement.clientWidth;
    const scroll = document.documentElement.scrollWidth;
    if (scroll <= window.innerWidth) {
        return null;
    }
    const contained = (el) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) {
                return true;
            }
        }
        return false;
    };
    const found = [];
    for (const el of document.body.querySelectorAll('*')) {
        const box = el.getBoundingClientRect();
        if (box.width && box.height && box.right > width + 1 && !contained(el)) {
            found.push(`${el.tagName.toLowerCase()}.${el.classList[0] || ''}#${el.id}`
                + ` right=${Math.round(box.right)}`);
        }
    }
    return {scroll: scroll, width: window.innerWidth, elements: found.slice(0, 5)};
}"""


def overflow(page) -> dict | None:
    """What sticks out of the window, or None when the page fits."""
    return page.evaluate(OVERFLOWING)


def test_no_page_scrolls_sideways_at_320_px_or_200_percent_zoom(page, live_server):
    page.expected_errors.append("status of 404")
    problems = {}
    for path in PAGES:
        page.set_viewport_size({"width": WIDTHS[0], "height": 800})
        page.goto(live_server + path)
        page.wait_for_load_state("networkidle")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            page.wait_for_timeout(150)  # responsive charts and the grid re-lay out on resize
            found = overflow(page)
            if found:
                problems[f"{path} @ {width}px"] = found
    assert not problems


def test_the_open_menu_fits_at_320_px_with_a_long_e_mail(page, live_server):
    """The account menu shows the e-mail address: a long one wraps instead of widening the page."""
    email = "bardzo.dluga.nazwa.uzytkownika.z.urzedu@przykladowa-gmina-wiejska.gov.pl"
    page.goto(live_server + "/konto/rejestracja")
    page.wait_for_load_state("networkidle")
    page.get_by_label("Adres e-mail").fill(email)
    page.get_by_label("Hasło", exact=True).fill(PASSWORD)
    page.get_by_label("Powtórz hasło").fill(PASSWORD)
    page.get_by_role("button", name="Załóż konto").click()
    page.wait_for_url("**/konto/logowanie?komunikat=registration_done")
    page.wait_for_load_state("networkidle")
    page.get_by_label("Adres e-mail").fill(email)
    page.get_by_label("Hasło").fill(PASSWORD)
    page.get_by_role("button", name="Zaloguj się").click()
    page.wait_for_url("**/moje-widoki")
    page.set_viewport_size({"width": 320, "height": 800})
    page.wait_for_load_state("networkidle")
    page.locator(".navbar-toggler").click()
    # the menu slides open: under load a click during the slide misses the toggle
    page.locator(".navbar-collapse.show").wait_for()
    page.wait_for_function("!document.querySelector('.navbar-collapse.collapsing')")
    page.locator(".account-area .dropdown-toggle").click()
    page.get_by_text(email).wait_for()
    assert overflow(page) is None


@pytest.mark.parametrize(
    "path", ["/raport/0201022", "/raport/0201022/usluga/wychowanie-przedszkolne?lang=en"]
)
def test_report_pages_fit_at_320_px(page, live_server, path):
    """The HTML twins of the reports: wide indicator tables scroll in their own box."""
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(live_server + path)
    page.wait_for_load_state("networkidle")
    assert overflow(page) is None


TABLE_SCROLL = "() => getComputedStyle(document.querySelector('.table-scroll')).overflowX"


def test_report_narrow_screen_rules_apply_up_to_640_px(page, live_server):
    """The report's narrow-screen rules are nested in ``@media screen`` (WeasyPrint reads
    media types only, and warned about the width query): browsers still apply them at and
    below 640 px, and only there."""
    page.goto(live_server + "/raport/0201022?obszary=podatki")
    for width, overflow_x in ((390, "auto"), (640, "auto"), (641, "visible"), (1280, "visible")):
        page.set_viewport_size({"width": width, "height": 800})
        assert page.evaluate(TABLE_SCROLL) == overflow_x, width


MAP_ZOOM = """() => {
    const gd = document.querySelector('.analiza-map .js-plotly-plot');
    const map = gd && gd._fullLayout && gd._fullLayout.map;
    return map && gd.layout.meta ? [map.zoom, gd.layout.meta.fitZoom] : null;
}"""


def map_zoom(page) -> tuple[float, float]:
    page.wait_for_function(MAP_ZOOM)
    zoom, fit_zoom = page.evaluate(MAP_ZOOM)
    return zoom, fit_zoom


def test_map_zooms_out_on_narrow_screens_to_keep_the_territory_in_view(page, live_server):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server + "/analiza?teren=02")
    draw_figures(page)
    page.wait_for_load_state("networkidle")
    zoom, fit_zoom = map_zoom(page)
    # desktop: about the server's framing (refitted to the plot's real size)
    assert zoom == pytest.approx(fit_zoom, abs=0.3)
    page.set_viewport_size({"width": 320, "height": 800})
    page.goto(live_server + "/analiza?teren=02")
    page.wait_for_load_state("networkidle")
    # on a narrow screen the map is below the first screen: it is drawn when scrolled to
    page.evaluate("() => document.querySelector('.analiza-map').closest('figure').scrollIntoView()")
    draw_figures(page)
    # The fit is one relayout after the first drawing: wait for it rather than sleep.
    page.wait_for_function(f"() => {{ const z = ({MAP_ZOOM})(); return z && z[0] < z[1] - 0.5; }}")
    zoom, fit_zoom = map_zoom(page)
    # The map spans the screen (~300 px, its colour bar below it), 500 px on a desktop: more
    # than half a zoom level out.
    assert zoom < fit_zoom - 0.5
