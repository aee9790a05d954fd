"""The page's first screen made on the server (components/first_screen.py) in a browser: it
shows before Dash has run and gives way to the live page in place (nothing moves, nothing
left twice); should Dash never fill the page, the live page is shown all the same."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

# Where the picture's heading and map are when the page is parsed (Dash has not rendered yet).
BEFORE = """
window.__firstScreen = null;
document.addEventListener("DOMContentLoaded", function () {
  var picture = document.querySelector(".first-screen");
  var live = document.getElementById("_pages_content");
  window.__firstScreen = !picture ? false : {
    h1: picture.querySelector("h1").getBoundingClientRect().top,
    img: picture.querySelector("img.locator").getBoundingClientRect().top,
    text: picture.querySelector("h1").textContent,
    scroll: window.scrollY,
    liveFilled: Boolean(live && live.firstChild)
  };
});
"""

STATE = """() => {
  const root = document.getElementById("react-entry-point");
  const style = getComputedStyle(root);
  const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
  return {
    pictures: document.querySelectorAll(".first-screen").length,
    headings: [...document.querySelectorAll("h1")].map((h) => h.textContent),
    h1: root.querySelector("h1").getBoundingClientRect().top,
    img: root.querySelector("img.locator").getBoundingClientRect().top,
    scroll: window.scrollY,
    visibility: style.visibility,
    position: style.position,
    duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
  };
}"""


def test_the_first_screen_gives_way_to_the_live_page_in_place(page, live_server):
    page.set_viewport_size({"width": 412, "height": 860})
    page.add_init_script(BEFORE)
    page.goto(f"{live_server}/jst/0201011")
    page.wait_for_function("() => window.__firstScreen !== null")
    before = page.evaluate("window.__firstScreen")
    assert before, "no first screen when the page was parsed"
    assert before["text"] == "Bolesławiec" and not before["liveFilled"]
    page.locator("#_pages_content h1").wait_for()
    page.wait_for_timeout(300)
    after = page.evaluate(STATE)
    assert after["pictures"] == 0
    assert after["headings"] == ["Bolesławiec"]
    assert after["visibility"] == "visible" and after["position"] == "static"
    assert after["duplicates"] == []
    assert after["scroll"] == before["scroll"]
    assert abs(after["h1"] - before["h1"]) <= 1
    assert abs(after["img"] - before["img"]) <= 1


def test_without_dash_the_live_page_is_shown_all_the_same(page, live_server):
    # The pages router's callback never answers: Dash renders the frame, not the page.
    page.route("**/_dash-update-component", lambda route: route.abort())
    page.goto(f"{live_server}/jst/0201011")
    picture = page.locator(".first-screen")
    assert picture.count() == 1 and picture.get_attribute("inert") is not None
    picture.wait_for(state="detached", timeout=20_000)
    root = page.locator("#react-entry-point")
    assert root.evaluate("(e) => getComputedStyle(e).visibility") == "visible"
    assert page.locator("header nav").count() == 1  # the live frame, once
