"""The page's first screen in the page's HTML (app.py, components/first_screen.py): the
content Dash will render, before Dash's scripts have run, with no ids; a bad address still
answers as the page does."""

from __future__ import annotations

import re
import threading

import pytest

pytestmark = pytest.mark.usefixtures("repository")

PICTURE = re.compile(
    r'<div class="first-screen" inert aria-hidden="true">(.*?)\s*<div id="react-entry-point"', re.S
)


def first_screen(body: str) -> str:
    match = PICTURE.search(body)
    assert match, "no first screen in the page"
    return match.group(1)


def test_a_profile_page_carries_its_first_screen(client, repository):
    response = client.get("/jst/0201011")
    assert response.status_code == 200
    picture = first_screen(response.get_data(as_text=True))
    name = repository.unit("0201011").name
    assert re.search(rf"<h1[^>]*>{re.escape(name)}</h1>", picture)
    assert 'class="locator"' in picture  # the first screen's largest element
    assert not re.search(r"\s(id|for)=", picture)
    assert "<header" in picture and "<footer" in picture  # the frame too


def test_the_query_reaches_the_page_as_in_the_router(client):
    body = client.get("/porownaj?jst=0201011,0201022").get_data(as_text=True)
    picture = first_screen(body)
    assert "Bolesławiec" in picture and not re.search(r"\sid=", picture)


def test_an_unknown_unit_answers_as_before_with_its_message(client):
    response = client.get("/jst/99999999")
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "Traceback" not in body
    assert "99999999" in first_screen(body)  # the page's Polish message, in the picture too
    assert 'data-status="404"' in first_screen(body)


def test_a_page_whose_layout_fails_is_sent_without_a_first_screen(client, monkeypatch, caplog):
    from app import app

    def broken(pathname, search):
        raise RuntimeError("boom")

    monkeypatch.setattr(app, "page_layout", broken)
    response = client.get("/jst/0201011")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert 'class="first-screen"' not in body and 'id="react-entry-point"' in body
    assert "no first screen" in caplog.text


def test_dash_scripts_are_fetched_at_once_and_run_after_the_first_paint(client):
    body = client.get("/").get_data(as_text=True)
    held = re.findall(r'<script type="text/x-after-paint" src="([^"]+)"></script>', body)
    preloaded = re.findall(
        r'<link rel="preload" as="script" fetchpriority="low" href="([^"]+)">', body
    )
    assert held and held == preloaded
    assert any("dash_renderer" in address for address in held)
    assert re.search(
        r'<script defer src="/assets/scripts/first-screen\.js\?m=[0-9.]+"></script>', body
    )
    assert "<script src=" not in body  # nothing else runs before the first paint
    # The renderer's start, held too: the same code (its hash in the policy still matches).
    assert (
        '<script id="_dash-renderer" type="text/x-after-paint">var renderer = new DashRenderer();'
        in body
    )


def test_the_first_screen_leaves_one_time_session_values_to_the_live_page(client):
    """The registration page shows the typed e-mail of a failed attempt once, taking it from
    the session: the picture of the page must not take it first."""
    from accounts.routes import REGISTER_EMAIL

    with client.session_transaction() as session:
        session[REGISTER_EMAIL] = "literowka@example.pl"
    body = client.get("/konto/rejestracja").get_data(as_text=True)
    assert 'value="literowka@example.pl"' in first_screen(body)
    with client.session_transaction() as session:
        assert session.get(REGISTER_EMAIL) == "literowka@example.pl"
        del session[REGISTER_EMAIL]


@pytest.mark.parametrize(
    ("lang", "words"), [("pl", "potrzebuje JavaScriptu"), ("en", "needs JavaScript")]
)
def test_a_browser_without_javascript_is_told_the_page_needs_it(dash_app, lang, words):
    """The first screen is a picture that does nothing by itself: without scripts the page
    says so, in the reader's language, before it."""
    # a client of its own: ?lang= keeps the language in a cookie
    body = dash_app.server.test_client().get(f"/jst/0201011?lang={lang}").get_data(as_text=True)
    notice = body.split("<noscript>")[1].split("</noscript>")[0]
    assert words in notice
    assert body.index("<noscript>") < body.index('<div class="first-screen"')


def test_analiza_carries_its_first_screen_made_outside_any_callback(client):
    """/analiza's layout reads the address the router callback saw; the page request has no
    callback at all (Dash's context variable never set in the thread), and the first screen
    is still made, with the view's summary sentence."""
    bodies = []
    # a thread of its own, as a server's request has (this one's context may hold a value)
    request = threading.Thread(
        target=lambda: bodies.append(client.get("/analiza?poziom=powiat&teren=24").get_data())
    )
    request.start()
    request.join()
    picture = first_screen(bodies[0].decode("utf-8"))
    assert "woj. śląskie" in picture and "Mediana" in picture
