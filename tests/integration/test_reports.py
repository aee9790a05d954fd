"""Printed reports: options, content on the real built data, HTML and PDF routes."""

from __future__ import annotations

import html as html_text
import io
import logging
import re

import pikepdf
import pytest
from pypdf import PdfReader

from i18n import NBSP, format_number, t
from reports import content, render
from reports.options import ReportOptions, parse_options
from security.logs import configure_logging
from tests.unit.report_cache import private_report_cache

GMINA = "0201022"  # Bolesławiec, gmina wiejska (pow. bolesławiecki, woj. dolnośląskie)
POWIAT = "0201"
CITY = "1465011"  # Warszawa, city with county rights


def plain(text: str) -> str:
    """Whitespace folded (PDF text extraction turns no-break spaces into spaces)."""
    return re.sub(r"\s+", " ", text.replace(NBSP, " "))


@pytest.fixture(scope="module", autouse=True)
def private_cache(tmp_path_factory):
    yield from private_report_cache(tmp_path_factory)


# --- content on the built data ----------------------------------------------------------------
def test_gmina_report_content(repository):
    unit = repository.unit(GMINA)
    report = content.unit_report(repository, unit, ReportOptions())
    assert report.powiat.code == POWIAT and report.woj.code == "02"
    assert report.parent_labels == ["Powiat", "Województwo", "Polska"]
    assert len(report.areas) == len([a for a in repository.areas if a.id != "kontekst"])
    assert report.group is not None and len(report.group.members) == 15
    assert report.diagnosis is not None
    rows = {r.indicator.id: r for s in report.context.services for r in s.rows}
    population = repository.profile(unit).filter(indicator="ludnosc").row(0, named=True)
    assert rows["ludnosc"].value_text == format_number(population["value"], 0)
    assert rows["ludnosc"].year == population["year"]
    assert report.has_demo
    assert all(len(s.rows) <= content.KEY_PER_SERVICE for b in report.areas for s in b.services)
    shown = {r.indicator.id for b in report.areas for s in b.services for r in s.rows}
    assert shown | set(rows) == {e.indicator.id for e in report.methods}


def test_powiat_and_city_reports(repository):
    powiat = content.unit_report(repository, repository.unit(POWIAT), ReportOptions())
    assert powiat.parent_labels == ["Województwo", "Polska"]
    assert powiat.powiat is None
    city = content.unit_report(repository, repository.unit(CITY), ReportOptions())
    assert city.powiat is None  # a city with county rights is its own powiat
    assert city.woj.name == "mazowieckie"
    assert any(f[0] == "Ludność" for f in city.facts)


def test_year_range_and_areas_limit_the_report(repository):
    unit = repository.unit(GMINA)
    options, _ = parse_options(
        {"obszary": "podatki", "od": "2015", "do": "2018", "wskazniki": "wszystkie"},
        [a.id for a in repository.areas],
        content.data_years(repository),
    )
    report = content.unit_report(repository, unit, options)
    assert [b.area.id for b in report.areas] == ["podatki"]
    rows = [r for s in report.areas[0].services for r in s.rows]
    assert len(rows) == sum(
        len(content.indicators_at(repository, s.id, "gmina"))
        for s in repository.services_of("podatki")
    )
    assert all(r.year is None or 2015 <= r.year <= 2018 for r in rows)


def test_service_report_content(repository):
    unit = repository.unit(GMINA)
    service = repository.service("podatek-od-nieruchomosci")
    report = content.service_report(repository, unit, service, ReportOptions())
    assert [d.indicator.id for d in report.indicators] == [
        i.id for i in content.indicators_at(repository, service.id, "gmina")
    ]
    detail = report.indicators[0]
    assert [y.year for y in detail.years] == list(range(2010, 2025))
    assert re.match(r"\d+\. miejsce z \d+", detail.position)
    assert report.map is not None and "<path" in report.map.svg


# --- routes -----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def gmina_pdf_bytes(client, private_cache) -> bytes:
    response = client.get(f"/raport/{GMINA}.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    return response.data


@pytest.fixture(scope="module")
def gmina_pdf(gmina_pdf_bytes) -> PdfReader:
    return PdfReader(io.BytesIO(gmina_pdf_bytes))


def test_html_report_has_sections_and_real_figures(client, repository):
    response = client.get(f"/raport/{GMINA}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<html lang="pl">' in html
    assert "<title>Raport: Bolesławiec (gmina wiejska)</title>" in html
    unit = repository.unit(GMINA)
    population = repository.profile(unit).filter(indicator="ludnosc").row(0, named=True)
    assert format_number(population["value"], 0) in html
    areas = [a for a in repository.areas if a.id != "kontekst"]
    assert len(re.findall(r'<section class="area[ "]', html)) == len(areas)
    for anchor in ("kontekst", "diagnoza", "metody"):
        assert f'id="{anchor}"' in html
    assert 'class="demo-label" id="demo-' in html  # a label next to demo values
    assert f'href="/raport/{GMINA}.pdf"' in html


def test_pdf_report_opens_with_metadata_sections_and_figures(gmina_pdf, repository):
    assert gmina_pdf.metadata.title == "Raport: Bolesławiec (gmina wiejska)"
    assert gmina_pdf.trailer["/Root"]["/Lang"] == "pl"
    pages = [plain(p.extract_text()) for p in gmina_pdf.pages]
    text = " ".join(pages)
    assert "Bolesławiec" in text and "Zażółć" not in text
    unit = repository.unit(GMINA)
    population = repository.profile(unit).filter(indicator="ludnosc").row(0, named=True)
    assert plain(format_number(population["value"], 0)) in text
    assert f"strona 1 z {len(pages)}" in pages[0]
    outline = [item.title for item in flatten(gmina_pdf.outline)]
    for area in repository.areas:
        if area.id != "kontekst":
            assert area.name in outline
    assert t("reports.methods.title") in outline
    # the demo note sits in the footer of pages with demo values only
    note = plain(t("reports.demo_footer"))
    assert note not in pages[0]  # the cover shows no value
    education = next(p for p in pages if p.startswith("Edukacja"))
    assert note in education and "DEMO" in education


@pytest.fixture
def own_client(dash_app):
    """A client of its own: the language cookie set by ``?lang=`` stays out of other tests."""
    return dash_app.server.test_client()


def test_report_follows_the_language_and_caches_each_language_apart(own_client, repository):
    from markupsafe import escape

    from data_access.catalogue_en import english_text

    client = own_client
    english = client.get(f"/raport/{GMINA}?lang=en").get_data(as_text=True)
    polish = client.get(f"/raport/{GMINA}?lang=pl").get_data(as_text=True)
    assert '<html lang="en">' in english and '<html lang="pl">' in polish
    education = repository.area("edukacja")
    assert f">{education.name_en}</h2>" in english and f">{education.name}</h2>" in polish
    assert f">{education.name}</h2>" not in english
    indicator = repository.indicator("dochody-wlasne-na-mieszkanca")
    assert str(escape(english_text(indicator, "definition"))) in english
    assert indicator.definition in polish and indicator.definition not in english
    assert "Methods and sources" in english and "Metody i źródła" in polish


def test_english_pdf_carries_english_metadata(own_client):
    response = own_client.get(f"/raport/{GMINA}.pdf?lang=en&obszary=podatki")
    reader = PdfReader(io.BytesIO(response.data))
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata.title.startswith("Report: Bolesławiec")
    assert "page 1 of" in plain(reader.pages[0].extract_text())


def flatten(outline) -> list:
    items = []
    for item in outline:
        items += flatten(item) if isinstance(item, list) else [item]
    return items


def test_service_report_routes(client):
    html = client.get(f"/raport/{GMINA}/usluga/wychowanie-przedszkolne?od=2015")
    assert html.status_code == 200
    body = html.get_data(as_text=True)
    assert "Wychowanie przedszkolne" in body and 'class="map"' in body
    assert "2014</th>" not in body and "2015</th>" in body
    redirect = client.get("/raport/usluga/wychowanie-przedszkolne?jst=0201011")
    assert redirect.status_code == 302
    assert redirect.headers["Location"].endswith("/raport/0201011/usluga/wychowanie-przedszkolne")


def test_service_card_form_accepts_a_name(client):
    one = client.get("/raport/usluga/podatek-rolny?jst=kleszczow")  # no diacritics needed
    assert one.status_code == 302
    assert one.headers["Location"] == "/raport/1001042/usluga/podatek-rolny"
    shared = client.get("/raport/usluga/podatek-rolny?jst=Bolesławiec")
    assert shared.status_code == 200
    body = shared.get_data(as_text=True)
    assert t("reports.choose.title") in body
    for code in ("0201011", "0201022"):
        assert f'href="/raport/{code}/usluga/podatek-rolny"' in body


@pytest.mark.parametrize(
    "path",
    [
        "/raport/9999999",
        "/raport/9999999.pdf",
        f"/raport/{GMINA}/usluga/nie-ma-takiej",
        f"/raport/{GMINA}/usluga/nie-ma-takiej.pdf",
        "/raport/usluga/nie-ma-takiej?jst=0201011",
        "/raport/usluga/wychowanie-przedszkolne?jst=abc",
    ],
)
def test_unknown_unit_or_service_is_a_polish_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert t("notfound.title") in body and 'name="q"' in body
    assert "Traceback" not in body


def test_invalid_options_give_the_default_report_with_a_note(client):
    response = client.get(f"/raport/{GMINA}?od=abc&obszary=edukacja,nieznany&grupa=zla")
    assert response.status_code == 200
    body = response.get_data(as_text=True)
    assert "Nieprawidłowy zakres lat" in body
    assert "nieznany" in body and "zla" in body
    assert len(re.findall(r'<section class="area[ "]', body)) == 1  # the valid area is kept


def test_profile_and_service_card_offer_the_report(dash_app):
    from pages import profile, service

    page = str(profile.layout(teryt=GMINA, grupa="sasiedzi").to_plotly_json())
    assert f"/raport/{GMINA}?grupa=sasiedzi" in page
    assert f"/raport/{GMINA}/usluga/wychowanie-przedszkolne" in page
    card = str(service.layout(service_id="wychowanie-przedszkolne").to_plotly_json())
    assert "/raport/usluga/wychowanie-przedszkolne" in card


# --- tagged PDF (PDF/UA) ----------------------------------------------------------------------
def structure(node) -> list:
    """The structure elements under ``node`` in reading order (depth first, ``node`` excluded);
    marked-content ids and annotation references are not elements."""
    found, stack = [], list(reversed(kids(node)))
    while stack:
        element = stack.pop()
        found.append(element)
        stack += reversed(kids(element))
    return found


def kids(node) -> list:
    k = node.get("/K")
    items = list(k) if isinstance(k, pikepdf.Array) else [k]
    return [i for i in items if isinstance(i, pikepdf.Dictionary) and "/S" in i]


def assert_tagged(pdf_bytes: bytes, page: str, lang: str) -> None:
    """``pdf_bytes`` is tagged PDF/UA-1 and its structure follows ``page``, the report's HTML:
    language, title, every heading in order, tables with header cells, and every chart and map
    a figure carrying the image's alternative text, in the order of the page."""
    pdf = pikepdf.open(io.BytesIO(pdf_bytes))
    root = pdf.Root
    assert root.MarkInfo.Marked
    assert str(root.Lang) == lang
    title = html_text.unescape(re.search(r"<title>(.*?)</title>", page).group(1))
    assert str(pdf.docinfo.Title) == title
    assert root.ViewerPreferences.DisplayDocTitle
    assert pdf.open_metadata().get("pdfuaid:part") == "1"

    elements = structure(root.StructTreeRoot)
    tags = [str(e.S)[1:] for e in elements]
    headings = [tag[1] for tag in tags if re.fullmatch(r"H[1-6]", tag)]
    assert headings[0] == "1"
    assert headings == re.findall(r"<h([1-6])[\s>]", page)
    tables = [e for e in elements if e.S == "/Table"]
    assert tables
    for table in tables:  # data tables only: a layout table would be read as data
        assert any(cell.S == "/TH" for cell in structure(table))
    figures = [e for e in elements if e.S == "/Figure"]
    alts = [html_text.unescape(a) for a in re.findall(r'<img [^>]*alt="([^"]*)"', page)]
    assert alts and all(alts)
    assert [str(f.get("/Alt", "")) for f in figures] == alts


def test_unit_report_pdf_is_tagged(client, gmina_pdf_bytes):
    page = client.get(f"/raport/{GMINA}").get_data(as_text=True)
    assert_tagged(gmina_pdf_bytes, page, "pl")


def test_english_unit_report_pdf_is_tagged(own_client):
    pdf = own_client.get(f"/raport/{GMINA}.pdf?lang=en&obszary=podatki").data
    page = own_client.get(f"/raport/{GMINA}?lang=en&obszary=podatki").get_data(as_text=True)
    assert_tagged(pdf, page, "en")


@pytest.mark.parametrize(
    ("lang", "service"), [("pl", "podatek-rolny"), ("en", "wychowanie-przedszkolne")]
)
def test_service_report_pdf_is_tagged_and_renders_without_warnings(
    own_client, caplog, lang, service
):
    page = own_client.get(f"/raport/{GMINA}/usluga/{service}?lang={lang}").get_data(as_text=True)
    assert 'class="map"' in page
    with caplog.at_level(logging.WARNING):
        pdf = render.html_to_pdf(page)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("weasyprint")] == []
    assert_tagged(pdf, page, lang)


def test_weasyprint_and_fonttools_steps_stay_out_of_the_log(dash_app, caplog):
    configure_logging()
    with caplog.at_level(logging.INFO):
        logging.getLogger("weasyprint.progress").info("Step 5 - Creating layout")
        logging.getLogger("fontTools.subset").info("Glyph names: […]")
        logging.getLogger("weasyprint").warning("Invalid media type")
    assert [r.getMessage() for r in caplog.records] == ["Invalid media type"]
