"""Browser test of the accounts feature: register, save a view, log out and in, reopen the
view with the same state; dashboards in presentation mode move with the keyboard."""

from __future__ import annotations

import itertools
import re

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "bardzo-tajne-1"
VIEW = "/wskazniki/ludnosc?poziom=powiat&rok=2020"
_emails = (f"przegladarka{i}@example.pl" for i in itertools.count(1))


DIALOG_SHOWN = """() => {
    const dialog = document.querySelector('.modal.show');
    return dialog !== null && getComputedStyle(dialog).opacity === '1';
}"""


def settle(page) -> None:
    page.wait_for_selector("#_dash-app-content, main", state="attached")
    page.wait_for_load_state("networkidle")


def register(page, base: str) -> str:
    email = next(_emails)
    page.goto(base + "/konto/rejestracja")
    settle(page)
    page.get_by_label("Adres e-mail").fill(email)
    page.get_by_label("Hasło", exact=True).fill(PASSWORD)
    page.get_by_label("Powtórz hasło").fill(PASSWORD)
    page.get_by_role("button", name="Załóż konto").click()
    page.wait_for_url(re.compile(r"/konto/logowanie\?komunikat=registration_done$"))
    settle(page)
    log_in(page, email)
    return email


def log_in(page, email: str) -> None:
    """On the login page: sign in and land on "Moje widoki"."""
    page.get_by_label("Adres e-mail").fill(email)
    page.get_by_label("Hasło").fill(PASSWORD)
    page.get_by_role("button", name="Zaloguj się").click()
    page.wait_for_url(re.compile(r"/moje-widoki$"))
    settle(page)


def save_current_view(page, name: str) -> None:
    """Save the page's view from the dialog: confirmed in place, the page stays; close it."""
    here = page.url
    page.locator(".site-header").get_by_role("button", name="Zapisz widok").click()
    page.get_by_label("Nazwa widoku").fill(name)
    dialog = page.locator(".modal")
    dialog.get_by_role("button", name="Zapisz widok").click()
    dialog.get_by_role("status").filter(has_text="Widok został zapisany").wait_for()
    assert page.url == here
    page.keyboard.press("Escape")
    dialog.wait_for(state="hidden")


def test_saved_view_survives_logout_and_reopens_with_the_same_state(page, live_server):
    email = register(page, live_server)
    page.goto(live_server + VIEW)
    settle(page)
    save_current_view(page, "Ludność powiatów 2020")

    page.get_by_role("button", name="Wyloguj").click()
    page.wait_for_url(re.compile(r"/konto/logowanie\?komunikat=logged_out$"))
    settle(page)
    log_in(page, email)

    card = page.locator(".saved-view", has_text="Ludność powiatów 2020")
    card.get_by_role("link", name="Otwórz widok").click()
    page.wait_for_url(live_server + VIEW)
    page.get_by_role("heading", level=1, name="Ludność").wait_for()
    assert "powiaty" in page.locator("#indicator-level").inner_text()
    assert "2020" in page.locator("#indicator-year").inner_text()


def test_saving_a_view_confirms_in_place_with_a_link_to_my_views(page, live_server):
    """Issue 15: saving navigated away from the view being worked on."""
    register(page, live_server)
    page.goto(live_server + VIEW)
    settle(page)
    page.locator(".site-header").get_by_role("button", name="Zapisz widok").click()
    page.get_by_label("Nazwa widoku").fill("Na warsztat")
    dialog = page.locator(".modal")
    dialog.get_by_role("button", name="Zapisz widok").click()
    status = dialog.get_by_role("status")
    status.filter(has_text="Widok został zapisany").wait_for()
    assert page.url == live_server + VIEW
    link = status.get_by_role("link", name="Moje widoki")
    assert link.get_attribute("href") == "/moje-widoki"
    link.click()
    page.wait_for_url(re.compile(r"/moje-widoki$"))
    page.locator(".saved-view", has_text="Na warsztat").wait_for()


def test_registration_error_keeps_the_typed_email_not_the_password(page, live_server):
    page.goto(live_server + "/konto/rejestracja")
    settle(page)
    page.get_by_label("Adres e-mail").fill("literowka@example.pl")
    page.get_by_label("Hasło", exact=True).fill(PASSWORD)
    page.get_by_label("Powtórz hasło").fill(PASSWORD + "x")
    page.get_by_role("button", name="Załóż konto").click()
    page.wait_for_url(re.compile(r"/konto/rejestracja\?komunikat="))
    settle(page)
    page.get_by_role("alert").wait_for()
    assert page.get_by_label("Adres e-mail").input_value() == "literowka@example.pl"
    assert page.get_by_label("Hasło", exact=True).input_value() == ""
    page.reload()  # shown once: a later visit starts empty
    settle(page)
    assert page.get_by_label("Adres e-mail").input_value() == ""


def test_shared_link_is_copied_by_keyboard_and_shown_as_a_qr_code(page, live_server):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    register(page, live_server)
    page.goto(live_server + VIEW)
    settle(page)
    save_current_view(page, "Dla sali")
    page.goto(live_server + "/moje-widoki")
    settle(page)
    page.get_by_role("button", name="Udostępnij do odczytu").click()
    page.wait_for_url(re.compile(r"komunikat=shared$"))
    settle(page)
    link = page.get_by_label(re.compile("^Link tylko do odczytu")).input_value()
    assert "/udostepnione/" in link
    copy = page.get_by_role("button", name="Kopiuj link")
    copy.focus()
    page.keyboard.press("Enter")
    page.get_by_role("status").filter(has_text="Skopiowano link do schowka").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == link
    qr = page.get_by_role("img", name=f"Kod QR linku {link}")
    assert not qr.is_visible()
    page.get_by_text("Pokaż kod QR linku").click()
    qr.wait_for()
    assert qr.bounding_box()["width"] >= 200
    assert axe_serious(page, axe_script()) == []


def test_visitor_is_invited_to_log_in_when_saving(page, live_server):
    page.goto(live_server + "/jst/0201011")
    settle(page)
    page.get_by_role("button", name="Zapisz widok").click()
    page.locator(".modal").get_by_role("link", name="Zaloguj się").click()
    page.wait_for_url(re.compile(r"/konto/logowanie\?dalej=%2Fjst%2F0201011$"))


def test_dashboard_presentation_moves_with_the_keyboard(page, live_server):
    register(page, live_server)
    for url, name in ((VIEW, "Ludność"), ("/jst/0201011", "Bolesławiec")):
        page.goto(live_server + url)
        settle(page)
        save_current_view(page, name)
    page.goto(live_server + "/pulpity")
    settle(page)
    page.get_by_label("Nazwa").fill("Warsztat")
    page.get_by_role("button", name="Utwórz pulpit").click()
    page.wait_for_url(re.compile(r"/pulpity/\d+\?komunikat=dashboard_created$"))
    for _ in range(2):
        settle(page)
        page.get_by_role("button", name="Dodaj do pulpitu").click()
        page.wait_for_url(re.compile(r"komunikat=item_added$"))
    settle(page)
    # Each view is its chart or table drawn by the server, not the whole page in a frame.
    assert page.locator("iframe").count() == 0
    assert page.locator(".dashboard-item .snapshot").count() == 2

    page.get_by_role("link", name="Tryb prezentacji").click()
    page.wait_for_url(re.compile(r"prezentacja=1&widok=1$"))
    settle(page)
    assert not page.locator(".site-header").is_visible()  # no navigation while presenting
    page.get_by_text("Widok 1 z 2").wait_for()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(r"widok=2$"))
    page.get_by_text("Widok 2 z 2").wait_for()
    page.keyboard.press("PageUp")
    page.wait_for_url(re.compile(r"widok=1$"))
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"/pulpity/\d+$"))
    page.locator(".site-header").wait_for(state="visible")


def inside_viewport(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= size["height"]


def test_slide_shows_only_the_content_fitted_to_the_screen(page, live_server):
    """At 1280×800 a slide is the view's chart with its title and source, no page controls,
    and the keyboard hint on screen (issue 15: the embedded page's selects filled the slide,
    the map was below the fold and the hint cut off)."""
    register(page, live_server)
    page.goto(live_server + VIEW)
    settle(page)
    save_current_view(page, "Ludność")
    page.goto(live_server + "/pulpity")
    settle(page)
    page.get_by_label("Nazwa").fill("Rada gminy")
    page.get_by_role("button", name="Utwórz pulpit").click()
    page.wait_for_url(re.compile(r"komunikat=dashboard_created$"))
    settle(page)
    page.get_by_role("button", name="Dodaj do pulpitu").click()
    page.wait_for_url(re.compile(r"komunikat=item_added$"))
    settle(page)
    page.locator(".dashboard-item .snapshot .xtick").first.wait_for()
    assert axe_serious(page, axe_script()) == []
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(page.url.split("?")[0] + "?prezentacja=1&widok=1")
    settle(page)
    slide = page.locator(".presentation")
    chart = slide.locator(".snapshot .js-plotly-plot")
    chart.locator(".xtick").first.wait_for()
    assert slide.locator("iframe, select, input, [role=radio], [type=radio]").count() == 0
    assert "Ludność" in slide.locator(".snapshot-title").inner_text()
    assert "Źródło: GUS" in slide.locator(".snapshot-source").inner_text()
    assert inside_viewport(page, chart)
    assert chart.bounding_box()["height"] > 400  # the chart fills the screen
    assert inside_viewport(page, slide.get_by_text("Klawisze:"))
    assert (
        float(
            chart.locator(".xtick text").first.evaluate(
                "e => parseFloat(getComputedStyle(e).fontSize)"
            )
        )
        >= 18
    )  # large type, readable on a projector
    assert axe_serious(page, axe_script()) == []


def test_account_pages_pass_axe(page, live_server):
    """WCAG 2.1 A/AA (axe-core): no serious or critical violation on the account pages."""
    from pathlib import Path

    from config import PROJECT_ROOT

    axe = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.exists():
        pytest.fail("axe-core missing: run `npm ci` (make test does it)")
    found = {}
    for path in ("/konto/logowanie", "/konto/rejestracja"):
        page.goto(live_server + path)
        settle(page)
        found[path] = axe_serious(page, Path(axe))
    register(page, live_server)
    page.goto(live_server + VIEW)
    settle(page)
    page.locator(".site-header").get_by_role("button", name="Zapisz widok").click()
    page.get_by_label("Nazwa widoku").wait_for()
    # Contrast is measured on the finished dialog, not halfway through its fade-in.
    page.wait_for_function(DIALOG_SHOWN)
    found["dialog"] = axe_serious(page, Path(axe))
    page.keyboard.press("Escape")
    page.locator(".modal").wait_for(state="hidden")
    save_current_view(page, "Ludność")
    for path in ("/moje-widoki", "/pulpity", "/moje-grupy", "/cele", "/konto/haslo", "/konto/usun"):
        page.goto(live_server + path)
        settle(page)
        found[path] = axe_serious(page, Path(axe))
    assert not any(found.values()), found


def axe_script():
    from config import PROJECT_ROOT

    axe = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
    if not axe.exists():
        pytest.fail("axe-core missing: run `npm ci` (make test does it)")
    return axe


def axe_serious(page, axe) -> list[str]:
    # evaluated, not added as a <script>: the Content-Security-Policy refuses inline scripts
    page.evaluate(axe.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
    )
    return [
        f"{v['id']}: {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
