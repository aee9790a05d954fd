"""WCAG 2.1 A/AA checks with axe-core in headless Chromium, on every page.

The suite fails on any violation of impact "serious" or "critical".
"""

from pathlib import Path

import pytest

from config import PROJECT_ROOT

pytestmark = pytest.mark.browser

AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGES = [
    "/",
    "/?q=lodz",
    "/jst/0201011",
    "/jst/1465",
    "/jst/00",
    "/uslugi",
    "/uslugi/podatek-rolny",
    "/wskazniki/ludnosc",
    "/analiza?jst=0201011",
    "/jst/9999999",
    "/deklaracja-dostepnosci",
    "/o-danych",
    "/o-danych?lang=en",
    "/co-nowego",
    "/co-nowego?lang=en",
    "/jst/0221011",  # a suspect value (Boguszów-Gorce, 2019) in the profile
    "/analiza?wskaznik=podatek-nieruchomosci-na-mieszkanca&rok=2019",
    # the scatter tab, with a suspect value and a selected unit
    "/analiza?wykres=rozrzut&wskaznik=podatek-nieruchomosci-na-mieszkanca&rok=2019&jst=0201011",
    "/porownaj?jst=0201011,0201022,0202011",
    "/api",
    "/konto/logowanie",
    "/konto/rejestracja",
    "/warsztat",
    "/warsztat?blad=kod&lang=en",
    "/cele",  # a visitor: the login prompt (signed in: tests/test_accounts_targets_browser.py)
    "/?lang=en",
    "/jst/1061011?lang=en",
    "/raport/0201022",
    "/raport/0201022/usluga/podatek-rolny",
    "/raport/1465011?lang=en&obszary=edukacja",
    "/raport/0201011/stan-gminy-2024?obszary=edukacja,finanse",  # the report pack's page
    "/raport/0000000",
    "/raport/usluga/podatek-rolny?jst=Boleslawiec",
    "/wskazniki/przedszkola-miejsca-na-100-dzieci?lang=en",
    "/wskazniki/biblioteki-czytelnicy-na-1000",  # a funnel with its table twin
    "/analiza?klasy=istotnosc&jst=0201011&lang=en",  # significance classes, funnel tab
    "/osadz/analiza?jst=0201011",
    "/osadz/jst/0201011/przedszkola-miejsca-na-100-dzieci?lang=en",
    "/osadz/nie-ma",
]


def axe_violations(page, run_only: dict | None = None) -> list[dict]:
    # evaluated, not added as a <script>: the Content-Security-Policy refuses inline scripts
    page.evaluate(Path(AXE).read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (runOnly) => await axe.run(document, {runOnly})",
        run_only or {"type": "tag", "values": WCAG_TAGS},
    )
    return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = [", ".join(n["target"]) for n in v["nodes"][:3]]
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {targets}")
    return "\n".join(lines)


def wait_for_deferred_markup(page) -> None:
    """Static markup shown after the first paint (components/static_html.py) is in place."""
    page.wait_for_function("() => !document.querySelector('[data-deferred]')")


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_serious_accessibility_violations(page, live_server, path):
    if not AXE.exists():
        pytest.fail("axe-core missing: run `npm ci` (make test does it)")
    page.expected_errors.append("status of 404")
    page.goto(live_server + path)
    page.wait_for_load_state("networkidle")
    wait_for_deferred_markup(page)
    grid = page.locator(".ag-theme-quartz")  # a grid, or its place until it comes into view
    if grid.count():  # scroll to it (assets/scripts/lazy-grid.js) and let it render its rows
        grid.first.scroll_into_view_if_needed()
        page.locator(".ag-row").first.wait_for()
    page.wait_for_timeout(500)
    violations = axe_violations(page)
    assert not violations, describe(violations)


@pytest.mark.parametrize("path", ["/jst/0201011", "/porownaj?jst=0201011,0201022"])
def test_links_and_summaries_are_large_enough_to_hit(page, live_server, path):
    """WCAG 2.2's target size (24 px, or that far apart), which Lighthouse checks too: the
    profile's contents, its "details" summaries, the compared units and their "remove" links."""
    page.goto(live_server + path)
    page.wait_for_load_state("networkidle")
    wait_for_deferred_markup(page)
    violations = axe_violations(page, {"type": "rule", "values": ["target-size"]})
    assert not violations, describe(violations)
