"""The app's addresses (``core.urls``): every builder gives the address the app has always
used (shared links and saved views depend on them). No dataset needed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

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


def test_the_account_area_addresses():
    assert urls.build(urls.VIEW_RENAME, view_id=3) == "/moje-widoki/3/zmien"
    assert urls.build(urls.VIEW_REVOKE, view_id=3) == "/moje-widoki/3/cofnij-udostepnienie"
    assert urls.build(urls.DASHBOARD_ITEM_MOVE, dashboard_id=7, item_id=2) == (
        "/pulpity/7/elementy/2/przesun"
    )
    assert urls.build(urls.DASHBOARD, dashboard_id=7, item_id=2) == "/pulpity/7"
    assert urls.build(urls.GROUP_DELETE, group_id=4) == "/moje-grupy/4/usun"
    assert urls.build(urls.TARGET_EDIT, target_id=5) == "/cele/5/edycja"
    assert urls.build(urls.TARGETS_EXPORT, fmt="xlsx") == "/cele/eksport.xlsx"
    assert urls.build(urls.SHARED_TARGETS, token="t") == "/cele/udostepnione/t"
    assert urls.build(urls.WORKSHOP_SLIDE, code="K7Q2", index=3) == "/warsztat/K7Q2/slajd/3"
    assert urls.build(urls.DASHBOARD_WORKSHOP, dashboard_id=7) == "/pulpity/7/warsztat"
    assert urls.presentation(urls.dashboard(7), 2) == "/pulpity/7?prezentacja=1&widok=2"
    assert urls.login() == "/konto/logowanie"
    assert urls.login("/jst/1?a=b") == "/konto/logowanie?dalej=%2Fjst%2F1%3Fa%3Db"
    assert (urls.LOGIN_ACTION, urls.REGISTER, urls.REGISTER_ACTION, urls.LOGOUT_ACTION) == (
        "/konto/zaloguj",
        "/konto/rejestracja",
        "/konto/zarejestruj",
        "/konto/wyloguj",
    )
    assert (urls.PASSWORD_ACTION, urls.ACCOUNT_DELETE_ACTION) == (
        "/konto/zmien-haslo",
        "/konto/usun-konto",
    )
    with pytest.raises(KeyError):
        urls.build(urls.VIEW_RENAME)


def test_the_language_switch_and_the_api():
    assert urls.language_switch("en") == "/jezyk/en"
    assert urls.language_switch("pl", "/jst/1?a=b") == "/jezyk/pl?next=/jst/1%3Fa%3Db"
    assert urls.api(urls.API_UNIT, code="02") == "/api/v1/units/02"
    assert urls.api(urls.API_CHANGES) == "/api/v1/changes"
    assert urls.openapi_path(urls.API_INDICATOR) == "/indicators/{indicator_id}"


def test_embedded_views_and_files():
    assert urls.embed("analiza", {"rok": "2019", "x": ""}) == "/osadz/analiza?rok=2019"
    assert urls.embed("analiza", {}, urls.EMBED_DATA_SUFFIX) == "/osadz/analiza/dane.csv"
    params = urls.embed_compare_params(["1", "2"], "ludnosc", (2015, 2020))
    assert urls.embed(urls.EMBED_COMPARE, params) == (
        "/osadz/porownaj?jst=1,2&wskaznik=ludnosc&od=2015&do=2020"
    )
    assert urls.embed_unit_trend("0201011", "ludnosc") == "jst/0201011/ludnosc"
    assert urls.split_embed_path("/osadz/analiza/metadane.json") == ("analiza", "json")
    assert urls.embed_file("osadz.js") == "/osadz/osadz.js"
    assert urls.geometry("gminy", "ab12") == "/assets/geo/gminy.geojson?v=ab12"


def test_an_int_placeholder_matches_digits_only_and_the_slash_can_be_strict():
    assert urls.pattern(urls.WORKSHOP_SLIDE).match("/warsztat/K7Q2/slajd/3/")
    assert not urls.pattern(urls.WORKSHOP_SLIDE).match("/warsztat/K7Q2/slajd/x")
    assert not urls.pattern(urls.WORKSHOP_STATE, False).match("/warsztat/K7Q2/stan/")


# --- every address the app builds or routes comes from core/urls.py --------------------------
ROOT = Path(__file__).resolve().parents[2]
APP_PATH = re.compile(r"^/[A-Za-z_]")  # "/konto…", "/_dash…"; not "/" alone, "//" or "/%"
NOT_APP_CODE = {"tests", "scripts", "benchmarks", ".venv", "node_modules", "build", "data"}


def hand_written_paths(source: str) -> list[tuple[int, str]]:
    """(line, text) of each string literal, or f-string, that begins with an app path, other
    than docstrings."""
    tree = ast.parse(source)
    skip = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # a docstring (or a bare expression)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            skip.update(id(value) for value in node.values)
            first = node.values[0] if node.values else None
            if isinstance(first, ast.Constant) and APP_PATH.match(first.value):
                found.append((node.lineno, "f" + repr(first.value)))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and APP_PATH.match(node.value)
        ):
            found.append((node.lineno, repr(node.value)))
    return found


def test_the_scanner_sees_literals_f_strings_and_concatenations_not_docstrings():
    source = '"""/doc"""\nA = "/konto"\nB = f"/pulpity/{x}"\nC = base + "/usun"\nD = "/"\n'
    assert hand_written_paths(source) == [(2, "'/konto'"), (3, "f'/pulpity/'"), (4, "'/usun'")]


def test_no_app_address_is_written_by_hand_outside_core_urls():
    found = [
        f"{path.relative_to(ROOT)}:{line} {text}"
        for path in sorted(ROOT.rglob("*.py"))
        if not NOT_APP_CODE & set(path.relative_to(ROOT).parts)
        and path != ROOT / "core" / "urls.py"
        for line, text in hand_written_paths(path.read_text(encoding="utf-8"))
    ]
    assert found == []
