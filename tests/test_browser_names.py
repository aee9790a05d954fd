"""Browser tests for names: the /analiza territory picker, the unit search and the unit
pickers of /porownaj and /moje-grupy."""

import re

import pytest

pytestmark = pytest.mark.browser

SLOW = 60_000


def dropdown_options(page) -> list[str]:
    """The texts of the options an open dropdown lists (the rendered part of the list)."""
    page.locator(".dash-options-list [role=option]").first.wait_for()
    return [t.strip() for t in page.locator(".dash-options-list [role=option]").all_inner_texts()]


def test_territory_picker_is_searchable_and_names_powiaty_unambiguously(page, live_server):
    page.goto(f"{live_server}/analiza")
    page.locator(".ag-row").first.wait_for(timeout=SLOW)
    picker = page.get_by_role("button", name=re.compile("Zawęź do obszaru"))
    picker.focus()
    page.keyboard.press("Enter")  # opens the list on the chosen option, "cała Polska"
    page.locator(".dash-options-list [role=option]").first.wait_for()
    page.keyboard.press("Home")  # the search box
    page.keyboard.type("bielski")
    page.wait_for_function(
        "() => document.querySelectorAll('.dash-options-list [role=option]').length === 2"
    )
    assert dropdown_options(page) == ["powiat bielski (podlaskie)", "powiat bielski (śląskie)"]
    page.keyboard.press("ArrowDown")  # from the search box to the first option …
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")  # … the second: Silesia's
    page.wait_for_url(re.compile(r"teren=2402"), timeout=SLOW)
    assert "powiat bielski (śląskie)" in picker.inner_text()


def test_territory_picker_finds_voivodeships_without_diacritics(page, live_server):
    page.goto(f"{live_server}/analiza?poziom=powiat")
    page.locator(".ag-row").first.wait_for(timeout=SLOW)
    page.get_by_role("button", name=re.compile("Zawęź do obszaru")).click()
    page.locator(".dash-dropdown-search").fill("swietokrzyskie")
    page.wait_for_function(
        "() => document.querySelectorAll('.dash-options-list [role=option]').length === 1"
    )
    assert dropdown_options(page) == ["woj. świętokrzyskie"]


def test_home_search_shows_codes_and_no_weak_matches_after_lodz(page, live_server):
    page.goto(f"{live_server}/")
    box = page.get_by_label("Znajdź gminę, powiat lub województwo")
    box.fill("lodz")
    results = page.locator(".search-results a")
    results.first.wait_for(timeout=SLOW)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.search-results a')]"
        ".every(a => a.textContent.includes('TERYT'))"
    )
    labels = results.all_inner_texts()
    assert labels[0].startswith("Łódź") and "TERYT 1061" in labels[0]
    assert labels[1].startswith("Łódź") and "TERYT 1061011" in labels[1]
    assert not any("Kłodzk" in label or "Młodzieszyn" in label for label in labels)
    assert len(labels) == 6  # Łódź ×2, łódzkie, łódzki wschodni, Aleksandrów, Konstantynów
