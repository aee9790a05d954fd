"""Where values come from: import and sync records → per-year source and date, summaries per
source, the dataset's history (versions, imports.log, last syncs), the words for dates,
durations and years, and every value export (the /analiza downloads, the API's JSON and CSV)
carrying each row's source and the date of the import or sync that brought it."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import polars as pl
import pytest
from app_fixtures import SYNCED_GMINA, SYNCED_INDICATOR

from analysis.service import export_view
from analysis.state import ViewState
from api.openapi import BASE_PATH
from data_access.catalogue import default_catalogue
from data_access.repository import Repository
from tests.integration.test_api import validate_response

TAX = "podatek-nieruchomosci-na-mieszkanca"  # tax_property / pop_total, real, 2010–2019
EXPORTED = date(2026, 12, 5)


def tax_indicator():
    return next(i for i in default_catalogue().indicators if i.id == TAX)


# --- exports ------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def synced_repository(synced_data_dir) -> Repository:
    return Repository(synced_data_dir / "built")


SYNCED_VIEW = ViewState(wskaznik=SYNCED_INDICATOR, poziom="gmina", rok=2023)


def test_csv_export_rows_name_the_sync_and_its_date(synced_repository):
    content, _ = export_view(synced_repository, SYNCED_VIEW, "csv", EXPORTED)
    frame = pl.read_csv(content, schema_overrides={"kod_teryt": pl.String})
    assert frame.columns.index("zrodlo") == frame.columns.index("pochodzenie") + 1
    assert frame.columns.index("data_importu") == frame.columns.index("zrodlo") + 1
    row = frame.filter(pl.col("kod_teryt") == SYNCED_GMINA).row(0, named=True)
    assert (row["wartosc"], row["pochodzenie"]) == (12.5, "dane rzeczywiste")
    assert (row["zrodlo"], row["data_importu"]) == ("GUS, SMUP", "2026-12-04")
    assert set(frame["zrodlo"]) == {"GUS, SMUP"}  # the whole year came from the sync


def test_polish_excel_parquet_and_xlsx_exports_carry_them_too(synced_repository):
    excel, name = export_view(synced_repository, SYNCED_VIEW, "csv-pl", EXPORTED)
    header = excel.decode("utf-8-sig").splitlines()[0].split(";")
    assert "zrodlo" in header and "data_importu" in header and name.endswith("_excel.csv")
    parquet, _ = export_view(synced_repository, SYNCED_VIEW, "parquet", EXPORTED)
    frame = pl.read_parquet(io.BytesIO(parquet))
    assert frame.schema["data_importu"] == pl.Date
    row = frame.filter(pl.col("kod_teryt") == SYNCED_GMINA).row(0, named=True)
    assert (row["zrodlo"], row["data_importu"]) == ("GUS, SMUP", date(2026, 12, 4))
    workbook, _ = export_view(synced_repository, SYNCED_VIEW, "xlsx", EXPORTED)
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "GUS, SMUP: 2026-12-04, lata 2022–2023" in strings  # the metadata sheet
    assert "zrodlo" in strings and "data_importu" in strings


def test_shipped_and_demonstration_rows_name_the_catalogue_source_without_a_date(repository):
    content, _ = export_view(repository, ViewState(wskaznik=TAX, rok=2019), "csv", EXPORTED)
    frame = pl.read_csv(content, schema_overrides={"kod_teryt": pl.String})
    assert set(frame["zrodlo"]) == {tax_indicator().source}
    assert frame["data_importu"].null_count() == frame.height
    demo = next(i for i in repository.indicators if i.provenance.value == "demo")
    content, _ = export_view(repository, ViewState(wskaznik=demo.id), "csv", EXPORTED)
    sources = set(pl.read_csv(content, schema_overrides={"kod_teryt": pl.String})["zrodlo"])
    assert len(sources) == 1 and sources.pop().startswith("Dane demonstracyjne (wygenerowane)")


def test_xlsx_metadata_says_when_no_import_is_behind_the_values(repository):
    workbook, _ = export_view(repository, ViewState(wskaznik=TAX, rok=2019), "xlsx", EXPORTED)
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "brak: wartości z plików dołączonych do serwisu" in strings


# --- the API ------------------------------------------------------------------------------
@pytest.fixture
def synced_api(monkeypatch, synced_repository):
    from api import routes

    monkeypatch.setattr(routes, "get_repository", lambda: synced_repository)


def test_api_rows_carry_source_and_import_date(client, synced_api):
    url = f"{BASE_PATH}/data?indicator={SYNCED_INDICATOR}&level=gmina&year=2023"
    body = validate_response(client.get(url), "/data")
    row = next(r for r in body["data"] if r["code"] == SYNCED_GMINA)
    assert (row["source"], row["import_date"]) == ("GUS, SMUP", "2026-12-04")
    text = client.get(f"{url}&format=csv").get_data(as_text=True)
    frame = pl.read_csv(io.StringIO(text), schema_overrides={"code": pl.String})
    row = frame.filter(pl.col("code") == SYNCED_GMINA).row(0, named=True)
    assert (row["source"], row["import_date"]) == ("GUS, SMUP", "2026-12-04")


def test_api_rows_of_shipped_values_have_no_import_date(client):
    url = f"{BASE_PATH}/data?indicator={TAX}&level=gmina&year=2019&limit=5"
    body = validate_response(client.get(url), "/data")
    assert {r["import_date"] for r in body["data"]} == {None}
    assert {r["source"] for r in body["data"]} == {tax_indicator().source}


def test_api_indicator_lists_its_sync(client, synced_api):
    body = validate_response(
        client.get(f"{BASE_PATH}/indicators/{SYNCED_INDICATOR}"), "/indicators/{indicator_id}"
    )
    assert [(i["kind"], i["source"], i["source_file"]) for i in body["imports"]] == [
        ("sync", "GUS, SMUP", None)
    ]


def test_a_repository_without_the_indicator_has_no_sources(repository):
    assert repository.value_sources("nie-ma-takiego") is None
