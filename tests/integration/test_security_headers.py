"""Security headers: a Content-Security-Policy without inline scripts (Dash's own allowed by
their hashes), no MIME sniffing, no Referer to other sites, framing by this site only; and
pages that still work with the policy enforced."""

from __future__ import annotations

import http.client
import re

import pytest

from security.security_headers import script_hash
from tests.browser.analiza_figures import draw_figures

pytestmark = pytest.mark.usefixtures("repository")

INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<code>.*?)</script>", re.S)


def directives(response) -> dict[str, list[str]]:
    policy = response.headers["Content-Security-Policy"]
    parts = [p.split() for p in policy.split(";") if p.strip()]
    return {p[0]: p[1:] for p in parts}


@pytest.mark.parametrize(
    "path",
    ["/", "/analiza", "/jst/0201011", "/raport/0201022", "/api/v1/areas", "/konto/logowanie"],
)
def test_every_response_carries_the_headers(client, path):
    response = client.get(path)
    policy = directives(response)
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"


def test_each_inline_script_of_the_page_is_allowed_by_its_hash(client):
    response = client.get("/analiza")
    allowed = directives(response)["script-src"]
    inline = [
        m["code"]
        for m in INLINE_SCRIPT.finditer(response.get_data(as_text=True))
        if "src=" not in m["attrs"] and "application/json" not in m["attrs"]
    ]
    assert len(inline) >= 5  # the renderer's start and the clientside callbacks
    assert all(script_hash(code) in allowed for code in inline)


def test_only_report_pages_allow_their_print_handler(client):
    handler = script_hash("window.print()")
    assert handler in directives(client.get("/raport/0201022"))["script-src"]
    assert "'unsafe-hashes'" not in directives(client.get("/analiza"))["script-src"]


# --- in the browser, with the policy enforced ------------------------------------------------
@pytest.mark.browser
def test_an_injected_inline_script_is_refused(page, live_server):
    page.expected_errors.append("Content Security Policy")
    page.goto(live_server + "/uslugi")
    page.wait_for_load_state("networkidle")
    ran = page.evaluate(
        """() => {
            const script = document.createElement('script');
            script.textContent = 'window.__injected = true';
            document.body.append(script);
            return window.__injected === true;
        }"""
    )
    assert ran is False


@pytest.mark.browser
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/analiza?jst=0201011",
        "/jst/0201011",
        "/porownaj?jst=0201011,0201022",
        "/wskazniki/ludnosc",
        "/o-danych",
    ],
)
def test_pages_render_under_the_policy(page, live_server, path):
    """No violation (the ``page`` fixture fails on console errors) and the app rendered."""
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Security Policy" in m.text else 0)
    page.goto(live_server + path)
    page.wait_for_selector("main h1")
    page.wait_for_load_state("networkidle")
    assert not violations


MAP_FEATURES = """() => {
    const gd = document.querySelector('#analiza-map .js-plotly-plot');
    const map = gd && gd._fullLayout && gd._fullLayout.map && gd._fullLayout.map._subplot.map;
    if (!map || !map.loaded()) { return false; }
    return Object.keys(map.getStyle().sources).some(s => map.querySourceFeatures(s).length > 0);
}"""


@pytest.mark.browser
def test_the_map_draws_under_the_policy(page, live_server):
    """The map library parses the geometry in workers it starts from blob: addresses."""
    page.goto(live_server + "/analiza")
    draw_figures(page)
    page.wait_for_function(MAP_FEATURES, timeout=15_000)


@pytest.mark.browser
def test_the_report_print_button_works_under_the_policy(page, live_server):
    page.goto(live_server + "/raport/0201022")
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.get_by_role("button", name="Drukuj").click()
    assert page.evaluate("() => window.__printed === true")


# --- under gunicorn ---------------------------------------------------------------------------
def test_gunicorn_does_not_name_itself():
    """``make run`` serves the app with gunicorn, which wrote ``Server: gunicorn``."""
    from benchmarks.analiza import free_port, start_gunicorn

    port = free_port()
    server = start_gunicorn(port)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        assert response.status == 200
        assert response.getheader("Server") is None
        assert "frame-ancestors 'self'" in response.getheader("Content-Security-Policy")
    finally:
        server.terminate()
        server.wait(timeout=10)
