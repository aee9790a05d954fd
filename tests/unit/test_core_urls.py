"""The app's addresses (``core.urls``): every builder gives the address the app has always
used (shared links and saved views depend on them). No dataset needed."""

from __future__ import annotations

import pytest

from core import urls


def test_page_links():
    assert urls.unit("0201011") == "/jst/0201011"
    assert urls.unit("0201011", "?grupa=sasiedzi", "diagnoza") == (
        "/jst/0201011?grupa=sasiedzi#diagnoza"
    )
    assert urls.unit_row("0201011", "ludnosc") == "/jst/0201011#wiersz-ludnosc"
    assert urls.unit_data("0201011", "xlsx") == "/jst/0201011/dane.xlsx"
    assert urls.service("wychowanie-przedszkolne") == "/uslugi/wychowanie-przedszkolne"
    assert urls.area("finanse") == "/uslugi#obszar-finanse"
    assert urls.indicator("ludnosc") == "/wskazniki/ludnosc"
    assert urls.dashboard(7) == "/pulpity/7" and urls.shared("ab") == "/udostepnione/ab"
    assert urls.workshop("K7Q2") == "/warsztat/K7Q2"


def test_analiza_and_compare_keep_commas_readable():
    assert urls.analiza() == "/analiza"
    assert urls.analiza({"poziom": "powiat", "jst": "0201,0202"}) == (
        "/analiza?poziom=powiat&jst=0201,0202"
    )
    assert urls.compare(["0201011", "0201022"]) == "/porownaj?jst=0201011,0201022"
    assert urls.compare(["0201011"], "finanse", (2015, 2020), ["0202011"]) == (
        "/porownaj?jst=0201011&obszar=finanse&od=2015&do=2020&pula=0202011"
    )
    assert urls.query_string({}) == "" and urls.query_string({"a": "x y"}) == "?a=x+y"


def test_report_links():
    assert urls.report("0201011") == "/raport/0201011"
    assert urls.report("0201011", "?od=2015", pdf=True) == "/raport/0201011.pdf?od=2015"
    assert urls.service_report("0201011", "odpady", "?od=2015", pdf=True) == (
        "/raport/0201011/usluga/odpady.pdf?od=2015"
    )
    assert urls.service_report_form("odpady") == "/raport/usluga/odpady"
    assert urls.service_report_form("odpady", {"jst": "Bolesławiec", "od": "2015"}) == (
        "/raport/usluga/odpady?jst=Boles%C5%82awiec&od=2015"
    )
    assert urls.report_pack("0201011", 2024) == "/raport/0201011/stan-gminy-2024"
    assert urls.report_pack("0201011", 2024, "a=1", archive=True) == (
        "/raport/0201011/stan-gminy-2024.zip?a=1"
    )


@pytest.mark.parametrize(
    ("template", "path", "key"),
    [
        (urls.UNIT, "/jst/0201011", "0201011"),
        (urls.UNIT, "/jst/0201011/", "0201011"),
        (urls.UNIT, "/jst/a%20b", "a b"),
        (urls.UNIT, "/jst/0201011/dane.csv", None),
        (urls.UNIT, "/jst/", None),
        (urls.SERVICE, "/uslugi/odpady", "odpady"),
        (urls.INDICATOR, "/wskazniki/ludnosc", "ludnosc"),
        (urls.INDICATOR, "/uslugi/ludnosc", None),
        (urls.TARGET_EDIT, "/cele/12/edycja", "12"),
        (urls.SHARED_TARGETS, "/cele/udostepnione/abc", "abc"),
    ],
)
def test_a_route_template_matches_its_paths(template, path, key):
    assert urls.match(template, path) == key


def test_templates_are_what_flask_and_dash_register():
    assert urls.pattern(urls.UNIT).pattern == r"^/jst/([^/]+)/?$"
    assert urls.UNIT == "/jst/<teryt>" and urls.SERVICE_REPORT == "/raport/<teryt>/usluga/<name>"
    assert urls.is_page("/analiza/", urls.ANALIZA) and not urls.is_page("/analizy", urls.ANALIZA)
    assert urls.is_page("/", urls.HOME)
