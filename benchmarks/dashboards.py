"""Time for a dashboard of three views and for one of its slides to settle in Chromium.

``python -m benchmarks.dashboards --target http://127.0.0.1:8050`` (loopback only) registers a
throw-away account on the running app, saves three views (the map of ``/analiza``, a
``/porownaj`` comparison and an indicator's distribution), puts them on a dashboard and opens
it, then each slide (opened by its address, and reached with → from the previous one),
``--rounds`` times. "Settled" means: the page and every frame in it have
loaded, no Dash callback is pending and every Plotly figure has drawn its SVG. Prints JSON
lines like ``make bench`` (``dashboard_settle_ms_p50``, ``slide_settle_ms_p50``,
``slide_next_ms_p50``, ``…_max``).
"""

from __future__ import annotations

import argparse
import json
import re
import secrets
import shutil
import statistics
import time
from urllib.parse import urlsplit

VIEWS = (
    ("Mapa dochodów własnych", "/analiza?wskaznik=dochody-wlasne-na-mieszkanca&rok=2022"),
    ("Finanse dwóch gmin", "/porownaj?jst=0201011,0201022&obszar=finanse"),
    ("Ludność powiatów", "/wskazniki/ludnosc?poziom=powiat&rok=2020"),
)
PASSWORD = "bench-haslo-123"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]

# True when this document has finished its work: loaded, no pending callback, figures drawn.
SETTLED = """() => {
    if (document.readyState !== 'complete') return false;
    const busy = '[data-dash-is-loading="true"], ._dash-loading, .dash-graph--pending, ' +
        '[aria-busy="true"]';
    if (document.querySelector(busy)) return false;
    const plots = document.querySelectorAll('.js-plotly-plot');
    for (const plot of plots) { if (!plot.querySelector('.main-svg')) return false; }
    return !!document.querySelector('main h1, main h2');
}"""


def emit(metric: str, value: float, unit: str, target: float | None = None) -> None:
    print(json.dumps({"metric": metric, "value": round(value, 1), "unit": unit, "target": target}))


def settled(page) -> bool:
    for frame in page.frames:
        try:
            if not frame.evaluate(SETTLED):
                return False
        except Exception:  # a frame still navigating
            return False
    return True


def ms_until_settled(page, start: float, timeout_s: float, what) -> float:
    """Milliseconds from ``start`` until the page is settled in two polls in a row (so a page
    between two callbacks is not taken as done)."""
    while time.perf_counter() - start < timeout_s:
        if settled(page):
            page.wait_for_timeout(50)
            if settled(page):
                return (time.perf_counter() - start) * 1000
        page.wait_for_timeout(25)
    raise TimeoutError(what)


def time_to_settle(page, url: str, timeout_s: float = 60) -> float:
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    return ms_until_settled(page, start, timeout_s, url)


def time_to_next_slide(page, index: int, timeout_s: float = 60) -> float:
    """From → on slide ``index`` (the app moves without reloading) to the next one settled."""
    start = time.perf_counter()
    page.keyboard.press("ArrowRight")
    page.wait_for_url(re.compile(rf"widok={index + 1}$"))
    return ms_until_settled(page, start, timeout_s, index)


def prepare(page, base: str) -> str:
    """A new account with the three views on one dashboard; its address."""
    email = f"bench-{secrets.token_hex(4)}@example.pl"
    page.goto(base + "/konto/rejestracja")
    page.get_by_label("Adres e-mail").fill(email)
    page.get_by_label("Hasło", exact=True).fill(PASSWORD)
    page.get_by_label("Powtórz hasło").fill(PASSWORD)
    page.get_by_role("button", name="Załóż konto").click()
    page.wait_for_url(re.compile(r"/konto/logowanie"))
    page.get_by_label("Adres e-mail").fill(email)
    page.get_by_label("Hasło").fill(PASSWORD)
    page.get_by_role("button", name="Zaloguj się").click()
    page.wait_for_url(re.compile(r"/moje-widoki"))
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    for name, url in VIEWS:
        page.request.post(
            base + "/moje-widoki/zapisz",
            form={"csrf_token": token, "nazwa": name, "notatka": "", "adres": url},
        )
    page.goto(base + "/pulpity")
    page.get_by_label("Nazwa").fill("Benchmark")
    page.get_by_role("button", name="Utwórz pulpit").click()
    page.wait_for_url(re.compile(r"/pulpity/\d+\?"))
    board = page.url.split("?")[0]
    for _ in VIEWS:
        page.get_by_role("button", name="Dodaj do pulpitu").click()
        page.wait_for_url(re.compile(r"komunikat=item_added"))
    return board


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default="http://127.0.0.1:8050")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if urlsplit(args.target).hostname not in ("127.0.0.1", "localhost"):
        parser.error("only a server on 127.0.0.1 is measured")
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
        board = prepare(page, args.target.rstrip("/"))
        time_to_settle(page, board)  # warm the caches of both sides once
        boards, slides, moves = [], [], []
        for _ in range(args.rounds):
            boards.append(time_to_settle(page, board))
            for index in range(1, len(VIEWS) + 1):
                slides.append(time_to_settle(page, f"{board}?prezentacja=1&widok={index}"))
            time_to_settle(page, f"{board}?prezentacja=1&widok=1")
            moves += [time_to_next_slide(page, index) for index in range(1, len(VIEWS))]
        browser.close()
    emit("dashboard_settle_ms_p50", statistics.median(boards), "ms", 3000)
    emit("dashboard_settle_ms_max", max(boards), "ms", 3000)
    emit("slide_settle_ms_p50", statistics.median(slides), "ms", 1500)
    emit("slide_settle_ms_max", max(slides), "ms", 1500)
    emit("slide_next_ms_p50", statistics.median(moves), "ms", 1500)
    emit("slide_next_ms_max", max(moves), "ms", 1500)


if __name__ == "__main__":
    main()
