"""Browser test of targets as a new user meets them: register, add three targets for
Bolesławiec from its profile's links, see them with their statuses on ``/cele`` (also sorted
and on a phone) and on the profile; the pages stay axe-clean."""

from __future__ import annotations

import re

import pytest
from test_accounts_browser import axe_script, axe_serious, register, settle

pytestmark = pytest.mark.browser

UNIT = "0201011"
STATUS_WORDS = ("na dobrej drodze", "zagrożony", "poza ścieżką", "brak danych")


def open_profile(page, base: str) -> None:
    page.goto(f"{base}/jst/{UNIT}")
    settle(page)
    page.locator("#twoje-cele").wait_for()


def fill_and_save(page, value: str, baseline: str, year: str) -> None:
    page.get_by_label("Wartość docelowa").fill(value)
    page.get_by_label("Rok bazowy").fill(baseline)
    page.get_by_label("Rok docelowy").fill(year)
    page.get_by_role("button", name="Zapisz cel").click()
    page.wait_for_url(re.compile(r"/cele\?komunikat=target_saved$"))
    settle(page)


def test_three_targets_from_the_profile(page, live_server):
    register(page, live_server)
    open_profile(page, live_server)
    block = page.locator(".profile-targets")
    assert "Nie masz jeszcze celów" in block.inner_text()

    # 1: the block's "Dodaj cel" opens the form with the unit chosen
    block.get_by_role("link", name="Dodaj cel", exact=True).click()
    page.wait_for_url(re.compile(rf"/cele\?jst={UNIT}"))
    settle(page)
    # the picker shows its chosen unit once its options have come (a callback's answer)
    page.locator(".unit-picker", has_text="Bolesławiec").wait_for()
    page.get_by_label("Wskaźnik").select_option("wydatki-inwestycyjne-na-mieszkanca")
    page.get_by_label("Dokument strategiczny (tytuł, nieobowiązkowy)").fill("Strategia 2030")
    page.get_by_label("Link do dokumentu (nieobowiązkowy)").fill("https://example.pl/s.pdf")
    fill_and_save(page, "3 000", "2019", "2030")

    # 2 and 3: an indicator row's "Dodaj cel" also chooses the indicator
    for indicator, value, baseline, year in (
        ("wodociag-odsetek-ludnosci", "99", "2015", "2030"),  # demonstration values
        ("podatek-nieruchomosci-na-mieszkanca", "800", "2015", "2025"),
    ):
        open_profile(page, live_server)
        page.locator(f"#wiersz-{indicator}").get_by_role(
            "link", name=re.compile("^Dodaj cel dla wskaźnika")
        ).click()
        page.wait_for_url(re.compile(rf"wskaznik={indicator}"))
        settle(page)
        assert page.get_by_label("Wskaźnik").input_value() == indicator
        fill_and_save(page, value, baseline, year)

    rows = page.locator(".targets-table tbody tr")
    assert rows.count() == 3
    for index in range(3):
        assert any(word in rows.nth(index).inner_text() for word in STATUS_WORDS)
        assert rows.nth(index).locator(".sparkline").count() == 1
    demo_row = page.locator("tr", has_text="Ludność korzystająca z sieci wodociągowej")
    assert "dane demonstracyjne" in demo_row.inner_text()
    assert axe_serious(page, axe_script()) == []

    page.get_by_role("link", name="Status").click()
    page.wait_for_url(re.compile(r"sortuj=status"))
    settle(page)
    statuses = page.locator(".targets-table tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.status)"
    )
    order = ["off-track", "at-risk", "on-track", "no-data"]
    assert statuses == sorted(statuses, key=order.index)

    open_profile(page, live_server)
    items = page.locator(".profile-targets li")
    assert items.count() == 3
    assert all(any(w in items.nth(i).inner_text() for w in STATUS_WORDS) for i in range(3))
    assert axe_serious(page, axe_script()) == []

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server + "/cele")
    settle(page)
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= 390
    assert page.locator(".targets-table .target-status").first.is_visible()
