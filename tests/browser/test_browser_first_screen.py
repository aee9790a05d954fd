"""The page's first screen made on the server (components/first_screen.py) in a browser: it
shows before Dash has rendered the page and gives way to the live page in place (the same
pixels, nothing scrolled, nothing left twice); no selector finds it; should Dash never fill
the page, the live page is shown all the same."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageChops

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 412, "height": 860}
# The top of the profile on a phone: the frame, the unit's name, key facts and its map.
TOP = {"x": 0, "y": 0, "width": 412, "height": 640}

STATE = """() => {
  const root = document.getElementById("react-entry-point");
  const style = getComputedStyle(root);
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  return {
    pictures: document.querySelectorAll(".first-screen").length,
    headings: [...document.querySelectorAll("h1")].map((h) => h.textContent),
    scroll: window.scrollY,
    visibility: style.visibility,
    position: style.position,
    duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
  };
}"""


def differing_share(before: bytes, after: bytes) -> float:
    """The share of pixels that differ visibly between two screenshots."""
    a = Image.open(io.BytesIO(before)).convert("L")
    b = Image.open(io.BytesIO(after)).convert("L")
    changed = ImageChops.difference(a, b).point(lambda v: 255 if v > 40 else 0)
    return changed.histogram()[255] / (a.width * a.height)


def test_the_first_screen_gives_way_to_the_live_page_in_place(page, live_server):
    page.set_viewport_size(VIEWPORT)
    held, holding = [], [True]  # Dash's callbacks wait until the first screen is looked at

    def hold(route):
        if holding[0]:
            held.append(route)
        else:
            route.continue_()

    page.route("**/_dash-update-component*", hold)
    page.goto(f"{live_server}/jst/0201011")
    assert page.locator(".first-screen").count() == 1
    assert page.locator("#_pages_content").evaluate("(e) => e.childElementCount") == 0
    # The picture is what shows, and no selector reaches into it (a closed shadow root).
    assert page.get_by_text("Bolesławiec", exact=True).count() == 0
    page.wait_for_timeout(500)
    picture = page.screenshot(clip=TOP)
    scroll = page.evaluate("window.scrollY")
    holding[0] = False
    for route in held:
        route.continue_()
    page.locator("#_pages_content h1").wait_for()
    page.wait_for_function("() => !document.querySelector('.first-screen')")
    page.wait_for_timeout(500)
    after = page.evaluate(STATE)
    assert after["pictures"] == 0
    assert after["headings"] == ["Bolesławiec"]
    assert after["visibility"] == "visible" and after["position"] == "static"
    assert after["duplicates"] == []
    assert after["scroll"] == scroll
    assert differing_share(picture, page.screenshot(clip=TOP)) < 0.01


def test_without_dash_the_live_page_is_shown_all_the_same(page, live_server):
    # The pages router's callback never answers: Dash renders the frame, not the page.
    page.expected_errors = ["ERR_FAILED", "Callback failed", "reading 'title'"]
    page.route("**/_dash-update-component*", lambda route: route.abort())
    page.goto(f"{live_server}/jst/0201011")
    picture = page.locator(".first-screen")
    assert picture.count() == 1 and picture.get_attribute("inert") is not None
    picture.wait_for(state="detached", timeout=20_000)
    root = page.locator("#react-entry-point")
    assert root.evaluate("(e) => getComputedStyle(e).visibility") == "visible"
    assert page.locator("header nav").count() == 1  # the live frame, once
