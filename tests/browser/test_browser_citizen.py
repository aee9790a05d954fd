"""Browser tests of issue 15's citizen items: the diagnosis headline says what it rests on,
the indicator card opens the map, a unit's bulk download, the report form, and the time
series of /porownaj."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

SLOW = 60_000  # a whole profile renders; generous on a 2-core CI machine


def test_diagnosis_headline_says_how_many_real_and_demo_indicators(page, live_server):
    page.goto(f"{live_server}/jst/0201011")
    headline = page.locator(".diagnosis-headline")
    headline.wait_for(timeout=SLOW)
    text = headline.inner_text()
    assert re.search(r"Mocne strony: \d+, słabe strony: \d+ — na podstawie \d+ wskaźnik", text)
    assert re.search(r"pominięto \d+ wskaźnik\w* demonstracyjn", text)
    page.get_by_role("link", name="Uwzględnij też dane demonstracyjne").click()
    page.wait_for_url(re.compile(r"demo=tak"), timeout=SLOW)
    page.locator(".diagnosis-headline.alert-warning").wait_for(timeout=SLOW)
    warned = page.locator(".diagnosis-headline").inner_text()
    assert "dane demonstracyjne" in warned  # the badge
    assert "z danymi demonstracyjnymi (wygenerowanymi, nie rzeczywistymi)" in warned


def test_indicator_card_opens_the_map_at_the_chosen_level_and_year(page, live_server):
    page.goto(f"{live_server}/wskazniki/podatek-nieruchomosci-na-mieszkanca")
    link = page.get_by_role("link", name="Pokaż na mapie")
    link.wait_for(timeout=SLOW)
    page.get_by_label("Szczebel").select_option("powiat")
    page.get_by_label("Rok").select_option("2019")
    page.wait_for_function(
        "() => document.getElementById('indicator-map-link').href.includes('rok=2019')",
        timeout=SLOW,
    )
    assert "powiaty, 2019" in link.get_attribute("title")
    link.click()
    page.wait_for_url(
        re.compile(
            r"/analiza\?wskaznik=podatek-nieruchomosci-na-mieszkanca&poziom=powiat&rok=2019$"
        ),
        timeout=SLOW,
    )
    page.locator("#analiza-indicator").wait_for(timeout=SLOW)


def test_profile_downloads_all_indicators_of_the_unit(page, live_server):
    page.goto(f"{live_server}/jst/0201011")
    link = page.locator('a.unit-data-link[data-format="csv"]')
    link.wait_for(timeout=SLOW)
    assert "wszystkie wskaźniki, wszystkie lata" in page.locator(".unit-data").inner_text()
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename == "0201011_wszystkie_wskazniki.csv"
    text = Path(download.path()).read_text(encoding="utf-8")
    assert text.startswith("kod_teryt,nazwa,rodzaj,obszar,usluga,wskaznik,nazwa_wskaznika,rok")
    assert "dane demonstracyjne (wygenerowane)" in text


def test_profile_report_form_previews_and_opens_the_chosen_report(page, live_server):
    page.goto(f"{live_server}/jst/0201011")
    page.locator("#ustawienia-raportu summary").wait_for(timeout=SLOW)
    page.locator("#ustawienia-raportu summary").focus()
    page.keyboard.press("Enter")  # the form opens from the keyboard
    form = page.locator("#ustawienia-raportu")  # the annual report pack's form sits below
    form.get_by_label("Edukacja").wait_for(timeout=SLOW)
    for area in [a for a in page.locator("#report-form-areas input").all()][1:]:
        area.uncheck()  # keep the first area only (Edukacja)
    form.get_by_label("Od roku").select_option("2015")
    form.get_by_label("Do roku").select_option("2020")
    form.get_by_label("wszystkie", exact=True).check()
    query = "?obszary=edukacja&od=2015&do=2020&wskazniki=wszystkie"
    open_link = page.locator(f'#report-form-preview a[href="/raport/0201011{query}"]')
    open_link.wait_for(timeout=SLOW)
    assert page.locator(f'#report-form-preview a[href="/raport/0201011.pdf{query}"]').count()
    preview = page.locator("#report-form-preview").inner_text()
    assert "Obszary: Edukacja" in preview and "Lata: 2015–2020" in preview
    open_link.click()
    page.wait_for_url(re.compile(r"/raport/0201011\?obszary=edukacja&od=2015"), timeout=SLOW)


def test_service_card_report_form_resolves_a_name(page, live_server):
    page.goto(f"{live_server}/uslugi/podatek-rolny")
    field = page.get_by_label("Raport do druku o tej usłudze w wybranej jednostce")
    field.fill("kleszczow")
    field.press("Tab")
    page.get_by_label("Od roku").select_option("2018")
    href = "/raport/1001042/usluga/podatek-rolny?od=2018"
    link = page.locator(f'#service-report-preview a[href="{href}"]')
    link.wait_for(timeout=SLOW)
    assert (
        "Jednostka: Kleszczów (TERYT 1001042)"
        in page.locator("#service-report-preview").inner_text()
    )
    link.click()
    page.wait_for_url(re.compile(r"/raport/1001042/usluga/podatek-rolny\?od=2018$"), timeout=SLOW)


def test_report_forms_are_axe_clean_when_open(page, live_server):
    from tests.browser.test_accessibility import axe_violations, describe

    page.goto(f"{live_server}/jst/0201011")
    page.locator("#ustawienia-raportu summary").click()
    page.get_by_label("Od roku").wait_for(timeout=SLOW)
    violations = axe_violations(page)
    assert not violations, describe(violations)
    page.goto(f"{live_server}/uslugi/podatek-rolny")
    page.get_by_label("Od roku").wait_for(timeout=SLOW)
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_compare_shows_time_series_over_the_chosen_years(page, live_server):
    page.goto(f"{live_server}/porownaj?jst=0201011,0201022&obszar=finanse")
    page.locator(".compare-series .js-plotly-plot").first.wait_for(timeout=SLOW)
    page.get_by_label("Od roku").select_option("2015")
    page.get_by_label("Do roku").select_option("2020")
    page.get_by_role("button", name="Pokaż lata").click()
    page.wait_for_url(re.compile(r"od=2015&do=2020"), timeout=SLOW)
    page.locator(".compare-series .js-plotly-plot").first.wait_for(timeout=SLOW)
    caption = page.locator(".compare-series figcaption").first.inner_text()
    assert "w latach 2015–2020" in caption and "Polska" in caption
    assert page.locator(".compare-series .js-plotly-plot .scatterlayer .trace").first.count()
    nav = page.get_by_role("link", name="Edukacja", exact=True)
    assert "od=2015&do=2020" in nav.get_attribute("href")
