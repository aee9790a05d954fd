"""How a value is shown for each status and quality flag (components/values.py), in Polish and
English: a suspect value keeps its number with a visible flag; missing values are words."""

from __future__ import annotations

import json

import plotly
import pytest

from components.values import quality_label, value_cell, value_text
from core import urls
from data_access.catalogue_model import Quality

INDICATOR = "podatek-nieruchomosci-na-mieszkanca"  # zł per resident, 2 decimals


@pytest.fixture(scope="module")
def indicator(repository):
    return repository.indicator(INDICATOR)


@pytest.mark.parametrize(
    ("value", "status", "expected"),
    [
        (1234.5, "value", "1\u00a0234,50\u00a0zł"),
        (0.0, "value", "0,00\u00a0zł"),  # a true zero is a plain number
        (0.0, "suspect", "0,00\u00a0zł (wartość wątpliwa)"),
        (None, "suspect", "wartość wątpliwa"),
        (None, "confidential", "tajemnica statystyczna"),
        (None, "no_data", "brak danych"),
        (None, "not_applicable", "nie dotyczy"),
        (None, "value", "brak danych"),
        (None, None, "brak danych"),
    ],
)
def test_value_text_for_each_status(indicator, value, status, expected):
    assert value_text(indicator, value, status) == expected


def test_value_text_without_unit_keeps_the_flag(indicator):
    assert value_text(indicator, 0.0, "suspect", with_unit=False) == "0,00 (wartość wątpliwa)"


def test_value_text_in_english(dash_app, indicator):
    with dash_app.server.test_request_context("/?lang=en"):
        assert value_text(indicator, 0.0, "suspect") == "0.00\u00a0PLN (suspect value)"
        assert value_text(indicator, None, "suspect") == "suspect value"
        assert value_text(indicator, None, "confidential") == "statistical confidentiality"


def test_suspect_cell_explains_itself_and_links_to_the_rules(indicator):
    cell = json.loads(
        json.dumps(value_cell(indicator, 0.0, "suspect"), cls=plotly.utils.PlotlyJSONEncoder)
    )
    text = json.dumps(cell, ensure_ascii=False)
    assert "0,00\u00a0zł (wartość wątpliwa)" in text
    assert "nie wliczamy do rankingów" in text  # the tooltip says why
    assert urls.PLAUSIBILITY in text and cell["props"]["className"] == "status-suspect"
    plain = value_cell(indicator, 12.0, "value")
    assert plain.className is None and plain.children == "12,00\u00a0zł"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_quality_flag_has_its_own_words(dash_app, language):
    with dash_app.server.test_request_context(f"/?lang={language}"):
        labels = [quality_label(q) for q in Quality]
    assert len(set(labels)) == len(Quality) and all(labels)
