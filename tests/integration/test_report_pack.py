"""The "Raport o stanie gminy" pack (issue 18): the zip and its manifest, the DOCX's structure
(headings, tables with repeating headers, TOC and PAGE fields, alt texts, language), the
targets chapter, LibreOffice's conversion, bad input, the queue and the profile's form."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from i18n import t
from reports import pack, pack_files, pack_routes, queue, render, results
from targets.core import Assessment, Direction, Status, Target

CODE = "0201011"
YEAR = 2024
SMALL = "obszary=edukacja,finanse"  # two areas (demonstration and real values): quick
ZIP_URL = f"/raport/{CODE}/stan-gminy-{YEAR}.zip?{SMALL}"
POLL = {"X-Report-Poll": "1"}
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def assessment(
    target_id: int,
    indicator: str,
    status: Status,
    demo: bool,
    projected: float | None = 4600.0,
) -> Assessment:
    target = Target(
        CODE,
        indicator,
        5000.0,
        2030,
        2020,
        Direction.AT_LEAST,
        note="Cel 1.2",
        source_title="Strategia rozwoju miasta Bolesławiec 2021–2030",
        source_url="https://example.org/strategia.pdf",
        id=target_id,
    )
    low, high = (projected - 300, projected + 300) if projected else (None, None)
    return Assessment(
        target, 3000.0, 2024, 4000.0, 1000.0, 50.0, projected, low, high, status, demo
    )


ASSESSMENTS = [
    assessment(1, "dochody-wlasne-na-mieszkanca", Status.AT_RISK, False),
    assessment(2, "przedszkola-miejsca-na-100-dzieci", Status.ON_TRACK, True),
    assessment(3, "dochody-wlasne-na-mieszkanca", Status.NO_DATA, False, projected=None),
]


def spec(logged_in: bool, targets: list[Assessment], query: str = SMALL) -> dict:
    return {
        "code": CODE,
        "year": YEAR,
        "query": query,
        "lang": "pl",
        "logged_in": logged_in,
        "targets": pack_routes.assessment_data(targets),
        "ids": None,
    }


def built(dash_app, job: dict) -> tuple[pack.Pack, bytes]:
    with dash_app.server.test_request_context(f"/?{job['query']}"):
        content, html = pack_routes.pack_and_html(job)
        return content, pack_files.build_zip(content, html)


@pytest.fixture(scope="module")
def with_targets(dash_app) -> tuple[pack.Pack, bytes]:
    return built(dash_app, spec(True, ASSESSMENTS))


@pytest.fixture(scope="module")
def archive(with_targets) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(with_targets[1]))


@pytest.fixture(scope="module")
def docx_bytes(with_targets, archive) -> bytes:
    return archive.read(f"{with_targets[0].file_stem}.docx")


@pytest.fixture(scope="module")
def document(docx_bytes):
    return Document(io.BytesIO(docx_bytes))


# --- the zip ----------------------------------------------------------------------------------
def test_the_zip_holds_exactly_the_files_its_manifest_lists(archive):
    manifest = json.loads(archive.read("manifest.json"))
    listed = [f["path"] for f in manifest["files"]]
    assert sorted(archive.namelist()) == sorted([*listed, "manifest.json"])
    stem = f"stan-gminy-{CODE}-{YEAR}"
    kinds = {f["type"] for f in manifest["files"]}
    assert kinds == {"docx", "pdf", "xlsx", "svg", "png"}
    assert {f"{stem}.docx", f"{stem}.pdf", f"{stem}.xlsx"} <= set(listed)
    for entry in manifest["files"]:
        assert len(archive.read(entry["path"])) == entry["bytes"]
    svgs = sorted(p[:-4] for p in listed if p.endswith(".svg"))
    pngs = sorted(p[:-4] for p in listed if p.endswith(".png"))
    assert svgs == pngs and all(p.startswith("wykresy/") for p in svgs)
    assert archive.read(pngs[0] + ".png").startswith(b"\x89PNG")
    assert manifest["demonstration_values"] is True
    assert manifest["title"] == "Raport o stanie gminy Bolesławiec za rok 2024"


def test_the_xlsx_has_a_sheet_per_table(archive, with_targets):
    book = zipfile.ZipFile(io.BytesIO(archive.read(f"{with_targets[0].file_stem}.xlsx")))
    workbook = book.read("xl/workbook.xml").decode()
    for name in ("podsumowanie", "wskazniki", "cele", "metody"):
        assert f'name="{name}"' in workbook
    strings = book.read("xl/sharedStrings.xml").decode()
    assert "Strategia rozwoju miasta Bolesławiec 2021–2030" in strings and "zagrożony" in strings


# --- the DOCX ---------------------------------------------------------------------------------
def test_the_docx_has_real_headings_for_every_chapter(document, with_targets):
    content = with_targets[0]
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    assert by_style["Title"] == ["Raport o stanie gminy Bolesławiec za rok 2024"]
    assert by_style["Heading 1"] == [
        "Podsumowanie roku 2024",
        "Edukacja",
        "Finanse JST",
        "Realizacja celów strategii",
        "Metody i źródła",
    ]
    services = [s.service.name for c in content.chapters for s in c.services]
    assert "Wychowanie przedszkolne" in services
    assert [*services, "Wskaźniki: definicje, formuły i pochodzenie danych"] == [
        h
        for h in by_style["Heading 2"]
        if h not in ("Zmiany w porównaniu z rokiem poprzednim", "Na tle grupy porównawczej")
    ]


def test_the_docx_tables_are_real_tables_with_repeating_headers(document, with_targets):
    content = with_targets[0]
    services = sum(len(c.services) for c in content.chapters)
    assert len(document.tables) == services + 2  # one per service, targets, methods
    for table in document.tables:
        header = table.rows[0]._tr.trPr.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) == "true"
    first = [c.text for c in document.tables[0].rows[0].cells]
    assert first == ["Wskaźnik", "Wartość (rok)", "Zmiana r/r", "Trend", "Grupa: mediana", "Polska"]
    values = " ".join(c.text for row in document.tables[0].rows[1:] for c in row.cells)
    assert "[DEMO]" in values  # demonstration values are labelled in the table too


def test_every_picture_has_alternative_text(document, with_targets):
    content = with_targets[0]
    shapes = list(document.inline_shapes)
    assert len(shapes) == len(content.charts) > 1
    for shape in shapes:
        assert len(shape._inline.docPr.get("descr", "")) > 20


def test_the_docx_has_a_toc_field_page_numbers_and_its_language(document, docx_bytes):
    body = "".join(e.text or "" for e in document.element.body.iter(qn("w:instrText")))
    assert "TOC \\o" in body
    footer = document.sections[0].footer._element
    assert "PAGE" in [e.text.strip() for e in footer.iter(qn("w:instrText"))]
    assert document.core_properties.title == "Raport o stanie gminy Bolesławiec za rok 2024"
    assert document.core_properties.language == "pl-PL"
    language = document.styles.element.find(f".//{{{W}}}rPrDefault//{{{W}}}lang")
    assert language.get(qn("w:val")) == "pl-PL"


def test_the_targets_chapter_shows_every_target_with_its_status(document):
    targets = document.tables[-2]
    rows = [[c.text for c in row.cells] for row in targets.rows]
    assert rows[0][:2] == ["Wskaźnik", "Cel"] and len(rows) == 1 + len(ASSESSMENTS)
    assert [r[7] for r in rows[1:]] == ["zagrożony", "na dobrej drodze", "brak danych"]
    assert "[DEMO]" in rows[2][0] and "[DEMO]" not in rows[1][0]
    assert rows[1][1] == "co najmniej 5\xa0000\xa0zł w 2030 r."
    assert rows[1][5] == "50%" and rows[3][6] == "–"  # no projection without three years
    assert "Strategia rozwoju miasta Bolesławiec 2021–2030" in rows[1][0]


def test_anonymous_users_get_the_pack_without_targets(dash_app):
    with dash_app.server.test_request_context(f"/?{SMALL}"):
        content, _ = pack_routes.pack_and_html(spec(False, ASSESSMENTS))
    assert content.targets.lines == []
    assert "/cele" in content.targets.note and "zalogowani" in content.targets.note


# --- LibreOffice -----------------------------------------------------------------------------
def test_libreoffice_converts_the_docx_to_pdf(docx_bytes, tmp_path):
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: `make office` installs it")
    source = tmp_path / "raport.docx"
    source.write_bytes(docx_bytes)
    profile = (tmp_path / "profile").as_uri()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    converted = tmp_path / "raport.pdf"
    assert converted.exists() and converted.read_bytes().startswith(b"%PDF")
    assert "Error" not in done.stderr


# --- the summary's words ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("count", "text"),
    [
        (1, "1 wskaźnik się poprawił"),
        (2, "2 wskaźniki się poprawiły"),
        (5, "5 wskaźników się poprawiło"),
        (12, "12 wskaźników się poprawiło"),
        (22, "22 wskaźniki się poprawiły"),
        (0, "0 wskaźników się poprawiło"),
    ],
)
def test_counted_clauses_agree_with_the_number(dash_app, count, text):
    assert pack.counted("pack.summary.improved", count) == text


def test_the_summary_rests_on_real_data_and_says_what_it_left_out(with_targets):
    summary = with_targets[0].summary
    assert summary.changes.startswith("W 2024 r. w porównaniu z rokiem poprzednim")
    assert "Podsumowanie pomija" in summary.demo_note and "demonstracyjn" in summary.demo_note
    assert "demo" not in " ".join(summary.improved + summary.worsened).lower()


# --- the route --------------------------------------------------------------------------------
@pytest.fixture
def cache(tmp_path, monkeypatch) -> Iterator[Path]:
    folder = tmp_path / "reports"
    monkeypatch.setattr(render, "cache_dir", lambda: folder)
    results.refresh()  # the rendered reports follow (reports.results)
    yield folder
    monkeypatch.undo()
    results.refresh()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        (f"/raport/{CODE}/stan-gminy-1999.zip", "dane obejmują lata"),
        (f"/raport/{CODE}/stan-gminy-20x4.zip", "dane obejmują lata"),
        ("/raport/9999999/stan-gminy-2024.zip", "Nie ma jednostki o kodzie"),
        ("/raport/0201/stan-gminy-2024.zip", "dotyczy gmin"),
    ],
)
def test_bad_year_or_unit_gets_a_polish_404_and_nothing_is_rendered(dash_app, cache, url, message):
    answer = dash_app.server.test_client().get(url)
    assert answer.status_code == 404 and message in answer.get_data(as_text=True)
    # nothing queued, nothing rendered (the rendered reports' cache holds only its counter)
    counter = Path(results.cache.cache._get_filename("__wz_cache_count"))
    assert [p for p in cache.rglob("*") if p.is_file() and p != counter] == []


def test_the_worker_builds_the_zip_and_the_route_serves_it(dash_app, cache):
    web = dash_app.server.test_client()
    worker = queue.Worker(name="test-pack-worker")
    worker.beat()
    waiting = web.get(ZIP_URL)
    assert waiting.status_code == 202 and t("pack.preparing") in waiting.get_data(as_text=True)
    assert web.get(ZIP_URL, headers=POLL).json == {"state": "queued"}
    with dash_app.server.app_context():
        assert worker.drain() == 1
    assert web.get(ZIP_URL, headers=POLL).json == {"state": "ready"}
    served = web.get(ZIP_URL)
    assert served.status_code == 200 and served.mimetype == "application/zip"
    assert f"stan-gminy-{CODE}-{YEAR}.zip" in served.headers["Content-Disposition"]
    names = zipfile.ZipFile(io.BytesIO(served.data)).namelist()
    assert "manifest.json" in names and f"stan-gminy-{CODE}-{YEAR}.docx" in names


def test_the_pack_speaks_english(dash_app, cache):
    page = dash_app.server.test_client().get(f"/raport/{CODE}/stan-gminy-{YEAR}?{SMALL}&lang=en")
    body = page.get_data(as_text=True)
    assert page.status_code == 200 and '<html lang="en">' in body
    assert "Report on the state of Bolesławiec for 2024" in body
    assert "Podsumowanie roku" not in body


# --- the form ---------------------------------------------------------------------------------
def test_the_form_builds_the_packs_link(dash_app, repository):
    from reports.pack_form import pack_preview, update_pack_preview

    with dash_app.server.test_request_context("/"):
        preview = pack_preview(repository, CODE, "", 2023, ["edukacja"], "sasiedzi", [], None)
        assert (
            preview.pdf_href
            == f"/raport/{CODE}/stan-gminy-2023.zip?obszary=edukacja&grupa=sasiedzi"
        )
        assert (
            preview.html_href == f"/raport/{CODE}/stan-gminy-2023?obszary=edukacja&grupa=sasiedzi"
        )
        assert "Rok raportu: 2023" in " ".join(preview.lines)
        bad = pack_preview(repository, CODE, "", "1800", ["edukacja"], "podobne", [], None)
        assert bad.pdf_href is None and "dane obejmują lata" in bad.notes[0]
        forged = update_pack_preview("2024", ["edukacja"], "podobne", [], {"code": "0201"})
        assert forged == [t("report_form.bad_request")]


@pytest.mark.browser
def test_the_profile_form_gives_the_zip_link(page, live_server):
    page.goto(f"{live_server}/jst/{CODE}")
    page.get_by_text("Raport o stanie gminy za rok …").click()
    page.get_by_label("Rok raportu").select_option("2023")
    link = page.locator("#pack-form-preview a.report-form-pdf")
    link.wait_for()
    page.wait_for_function(
        "() => document.querySelector('#pack-form-preview a.report-form-pdf')"
        ".getAttribute('href').includes('stan-gminy-2023.zip')"
    )
    assert link.get_attribute("href") == f"/raport/{CODE}/stan-gminy-2023.zip"
    assert link.inner_text() == "Pobierz pakiet (ZIP)"


@pytest.mark.browser
def test_the_open_pack_form_is_accessible(page, live_server):
    from tests.browser.test_accessibility import axe_violations, describe

    page.goto(f"{live_server}/jst/{CODE}")
    page.get_by_text("Raport o stanie gminy za rok …").click()
    page.locator("#pack-form-preview a.report-form-pdf").wait_for()
    violations = axe_violations(page)
    assert not violations, describe(violations)


def test_the_form_offers_the_users_targets_and_puts_the_chosen_in_the_link(
    dash_app, repository, monkeypatch
):
    from reports import pack_form

    monkeypatch.setattr(pack_form, "pack_targets", lambda user, code, ids: ASSESSMENTS)
    user = object()
    choices = pack_form.user_targets(repository, user, CODE)
    assert [c[0] for c in choices] == [1, 2, 3]
    assert choices[0][1] == "Dochody własne na 1 mieszkańca: co najmniej 5\xa0000\xa0zł w 2030 r."
    with dash_app.server.test_request_context("/"):
        some = pack_form.pack_preview(
            repository, CODE, "", 2024, ["finanse"], "podobne", [1, 3], user
        )
        assert some.pdf_href == f"/raport/{CODE}/stan-gminy-2024.zip?obszary=finanse&cele=1,3"
        assert "Cele: 2 cele" in some.lines
        none = pack_form.pack_preview(repository, CODE, "", 2024, ["finanse"], "podobne", [], user)
        assert none.pdf_href.endswith("cele=brak") and "Cele: nie wybrano żadnych" in none.lines
