"""Browser tests for names: the /analiza territory picker, the unit search and the unit
pickers of /porownaj and /moje-grupy."""

import re

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.browser

SLOW = 60_000


def dropdown_options(page) -> list[str]:
    """The texts of the options an open dropdown lists (the rendered part of the list)."""
    page.locator(".dash-options-list [role=option]").first.wait_for()
    return [t.strip() for t in page.locator(".dash-options-list [role=option]").all_inner_texts()]


def wait_for_focus_on(page, text: str, timeout: float | None = None) -> None:
    """Wait until the keyboard focus is on the dropdown option that contains ``text``."""
    page.wait_for_function(
        "(text) => (document.activeElement.closest('[role=option]') || {}).textContent"
        "?.includes(text)",
        arg=text,
        timeout=timeout,
    )


def arrow_down_from_search(page, search, presses: int, to: str) -> None:
    """Press ArrowDown ``presses`` times from the dropdown's search box and wait until the
    focus is on the option that contains ``to``. Under load a re-render of the list as the
    last letters are filtered can take the focus away from a key press; the whole sequence is
    then tried again from the search box (at most three times)."""
    for attempt in range(3):
        search.focus()
        for _ in range(presses):
            page.keyboard.press("ArrowDown")
        try:
            wait_for_focus_on(page, to, timeout=10_000)
            return
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise


def test_territory_picker_is_searchable_and_names_powiaty_unambiguously(page, live_server):
    page.goto(f"{live_server}/analiza")
    page.locator("#analiza-grid").scroll_into_view_if_needed()  # it loads when in view
    page.locator(".ag-row").first.wait_for(timeout=SLOW)
    # the page's callbacks done: a late one re-rendering the picker dropped what was typed
    page.wait_for_load_state("networkidle")
    picker = page.get_by_role("button", name=re.compile("Zawęź do obszaru"))
    picker.focus()
    page.keyboard.press("Enter")  # opens the list on the chosen option, "cała Polska"
    page.locator(".dash-options-list [role=option]").first.wait_for()
    # the list focuses the chosen option in the next frame: a key pressed before goes nowhere
    wait_for_focus_on(page, "cała Polska")
    page.keyboard.press("Home")  # the search box
    search = page.locator("input.dash-dropdown-search")
    page.wait_for_function(
        "() => document.activeElement?.matches('input.dash-dropdown-search')", timeout=SLOW
    )
    page.keyboard.type("bielski")
    # under load a late re-render of the list may drop what was typed: replace it then
    if search.input_value() != "bielski":
        search.fill("bielski")
    page.wait_for_function(
        "() => document.querySelectorAll('.dash-options-list [role=option]').length === 2",
        timeout=SLOW,
    )
    assert dropdown_options(page) == ["powiat bielski (podlaskie)", "powiat bielski (śląskie)"]
    arrow_down_from_search(page, search, presses=1, to="podlaskie")  # the first option …
    arrow_down_from_search(page, search, presses=2, to="śląskie")
    page.keyboard.press("Enter")  # … the second: Silesia's
    page.wait_for_url(re.compile(r"teren=2402"), timeout=SLOW)
    assert "powiat bielski (śląskie)" in picker.inner_text()


def test_territory_picker_follows_the_level_and_ignores_diacritics(page, live_server):
    page.goto(f"{live_server}/analiza")
    page.locator("#analiza-grid").scroll_into_view_if_needed()  # it loads when in view
    page.locator(".ag-row").first.wait_for(timeout=SLOW)
    page.get_by_label("powiaty").check()  # powiaty are mapped: only voivodeships narrow them
    page.wait_for_url(re.compile(r"poziom=powiat"), timeout=SLOW)
    page.get_by_role("button", name=re.compile("Zawęź do obszaru")).click()
    page.locator(".dash-dropdown-search").fill("kielce")
    page.get_by_text("Brak wyników").wait_for()
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


def pick_unit(page, picker_name: str, query: str, option_text: str) -> None:
    """Open a unit picker by its label, type ``query`` and tick the option with the text."""
    page.get_by_role("button", name=re.compile(picker_name)).click()
    page.locator(".dash-dropdown-search").fill(query)
    option = page.locator(".dash-options-list [role=option]", has_text=option_text)
    option.first.wait_for(timeout=SLOW)
    option.first.click()
    page.keyboard.press("Escape")


def test_compare_picks_units_by_name_and_tells_namesakes_apart(page, live_server):
    page.goto(f"{live_server}/porownaj")
    page.get_by_role("heading", level=1, name="Porównanie jednostek").wait_for()
    picker = "Porównywane jednostki"
    page.get_by_role("button", name=re.compile(picker)).click()
    page.locator(".dash-dropdown-search").fill("kutno")
    page.wait_for_function(
        "() => document.querySelectorAll('.dash-options-list [role=option]').length === 3"
    )
    options = dropdown_options(page)
    assert "Kutno — gmina miejska, pow. kutnowski, woj. łódzkie, TERYT 1002011" in options
    assert "Kutno — gmina wiejska, pow. kutnowski, woj. łódzkie, TERYT 1002062" in options
    page.locator(".dash-options-list [role=option]", has_text="gmina miejska").click()
    page.keyboard.press("Escape")
    pick_unit(page, picker, "boleslawiec", "TERYT 0201011")  # no Polish letters typed
    pick_unit(page, picker, "0201022", "Bolesławiec — gmina wiejska")  # a code still works
    page.get_by_role("button", name="Porównaj", exact=True).click()
    page.wait_for_url(re.compile(r"/porownaj\?jst=1002011,0201011,0201022"), timeout=SLOW)
    page.locator("ul.compare-units [data-unit]").first.wait_for(timeout=SLOW)
    assert page.locator("ul.compare-units [data-unit]").count() == 3
    assert "Nieznane kody" not in page.inner_text("main")


def test_group_larger_than_a_comparison_says_so_and_offers_the_rest(page, live_server):
    page.goto(f"{live_server}/jst/0201011?k=15")
    link = page.get_by_role("link", name="Porównaj z grupą obok siebie")
    link.wait_for(timeout=SLOW)
    assert "pokazano 10 z 16 jednostek grupy" in page.locator("[data-group]").inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/porownaj\?jst=0201011(,\d{7}){9}&pula=(\d{7},){5}\d{7}$"))
    page.locator("ul.compare-units [data-unit]").first.wait_for(timeout=SLOW)
    assert "Pokazano 10 z 16 jednostek grupy" in page.inner_text("main")
    shown = page.locator("ul.compare-units [data-unit]").evaluate_all(
        "items => items.map(i => i.dataset.unit)"
    )
    # the picker offers the 6 others: swap the last compared unit for the first of them
    page.get_by_role("button", name=re.compile("Porównywane jednostki")).click()
    options = page.locator(".dash-options-list [role=option]")
    options.first.wait_for()
    page.locator(".dash-options-list [role=option]", has_text=shown[-1]).click()
    unticked = page.locator(".dash-options-list [role=option][aria-selected=false]")
    unticked.nth(1).click()  # the first is the unit just unticked
    page.keyboard.press("Escape")
    page.get_by_role("button", name="Porównaj", exact=True).click()
    page.wait_for_url(lambda url: shown[-1] in url.split("pula=")[1], timeout=SLOW)
    page.locator(f'ul.compare-units [data-unit="{shown[-1]}"]').wait_for(
        state="detached", timeout=SLOW
    )
    now = page.locator("ul.compare-units [data-unit]").evaluate_all(
        "items => items.map(i => i.dataset.unit)"
    )
    assert len(now) == 10 and shown[-1] not in now and now[:9] == shown[:9]


def test_my_group_is_made_of_units_picked_by_name(page, live_server):
    from test_accounts_browser import register, settle

    register(page, live_server)
    page.goto(f"{live_server}/moje-grupy")
    settle(page)
    page.get_by_label("Nazwa").fill("Kutno i Bolesławiec")
    picker = "Jednostki grupy"
    pick_unit(page, picker, "Kutno", "Kutno — gmina miejska")
    pick_unit(page, picker, "Bolesławiec", "TERYT 0201022")
    page.wait_for_function(
        "() => document.querySelector('#groups-codes').value === '1002011,0201022'"
    )
    page.get_by_role("button", name="Zapisz grupę").click()
    page.wait_for_url(re.compile(r"/moje-grupy\?komunikat=group_saved"), timeout=SLOW)
    group = page.locator("li", has_text="Kutno i Bolesławiec")
    group.wait_for(timeout=SLOW)
    assert "Kutno (1002011), Bolesławiec (0201022)" in group.inner_text()


def test_profile_own_group_is_made_of_units_picked_by_name(page, live_server):
    page.goto(f"{live_server}/jst/0201011")
    page.locator('[data-group="podobne"]').wait_for(timeout=SLOW)
    pick_unit(page, "Własna grupa", "Kutno", "Kutno — gmina miejska")
    pick_unit(page, "Własna grupa", "Bielawa", "TERYT 0202011")
    page.get_by_role("button", name="Zastosuj", exact=True).click()
    page.wait_for_url(re.compile(r"grupa=wlasna&jednostki=1002011,0202011"), timeout=SLOW)
    page.locator('[data-group="wlasna"][data-group-size="2"]').wait_for(timeout=SLOW)
