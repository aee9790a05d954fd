"""The data page /dane ("Dane i ich jakość") in both languages, its footer link, and the list
of suspect values served at /dane/wartosci-watpliwe.csv (404 when the dataset has none)."""

from __future__ import annotations

import json
from pathlib import Path

import plotly
import polars as pl
import pytest

from components.values import SUSPECT_CSV_PATH
from data_access.repository import Repository

pytestmark = pytest.mark.usefixtures("repository")


def page_json(dash_app, language: str) -> str:
    from pages import data_quality

    with dash_app.server.test_request_context(f"/dane?lang={language}"):
        layout = data_quality.layout()
    return json.dumps(layout, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


def test_data_page_in_polish_counts_indicators_flags_and_suspect_values(dash_app, repository):
    text = page_json(dash_app, "pl")
    assert "Dane i ich jakość" in text
    real = sum(i.provenance.value == "real" for i in repository.indicators)
    demo = len(repository.indicators) - real
    assert f"Dane rzeczywiste (GUS, CKE): {real} wskaźnik" in text
    assert f"Dane demonstracyjne: {demo} wskaźnik" in text
    for label in ("zjawisko nie wystąpiło", "tajemnica statystyczna", "dane demonstracyjne"):
        assert label in text
    assert "białe pole z grubym czarnym konturem" in text  # the suspect layer of the map
    suspects = repository.suspect_sources.height
    assert f"Wątpliwe wartości źródłowe: {suspects}." in text
    assert "Boguszów-Gorce (0221011)" in text and "zerowe sprawozdanie" in text
    assert "ponad 3-krotnie" in text and "najwyżej 1,5-krotnie" in text
    assert SUSPECT_CSV_PATH in text
    assert "welkierk/projekt_interdyscyplinarny" in text and "PRG" in text


def test_data_page_in_english(dash_app):
    text = page_json(dash_app, "en")
    assert "Data and its quality" in text and "Dane i ich jakość" not in text
    assert "suspect value" in text and "isolated jump" in text
    assert "more than 3 times" in text and "a factor of 1.5" in text
    assert "revenue from property tax [PLN]" in text  # variables in the catalogue's words


@pytest.fixture
def fresh_client(dash_app):
    """A client with its own cookie jar (the session-wide ``client`` must stay Polish)."""
    return dash_app.server.test_client()


def test_data_page_answers_and_is_linked_from_the_footer(dash_app, fresh_client):
    from components.shell import page_shell

    assert fresh_client.get("/dane").status_code == 200
    assert fresh_client.get("/dane?lang=en").status_code == 200
    with dash_app.server.test_request_context("/"):
        shell = json.dumps(page_shell(None), cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)
    assert '"children": "Dane i ich jakość", "href": "/dane"' in shell


def test_suspect_values_csv_is_the_builds_list(client, repository):
    response = client.get(SUSPECT_CSV_PATH)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.data == repository.suspect_values_file.read_bytes()
    frame = pl.read_csv(response.data, schema_overrides={"kod_teryt": pl.String})
    boguszow = frame.filter(pl.col("kod_teryt") == "0221011", pl.col("rok") == 2019)
    assert set(boguszow["zmienna"]) >= {"own_revenue", "tax_property"}
    assert set(boguszow["regula"]) == {"zero_total"}


def test_missing_suspect_values_csv_is_a_friendly_404(client, monkeypatch, tmp_path):
    monkeypatch.setattr(
        Repository, "suspect_values_file", property(lambda self: Path(tmp_path) / "none.csv")
    )
    response = client.get(SUSPECT_CSV_PATH)
    assert response.status_code == 404
    assert b'lang="pl"' in response.data and b"Traceback" not in response.data
