"""English texts of the indicator catalogue (the ``*_en`` keys of ``catalogue/*.toml``, read
through ``data_access.catalogue_en``): complete, English, faithful to the Polish (numbers, shared
texts, demonstration wording), and used by the pages in English mode while Polish mode is
unchanged."""

from __future__ import annotations

import json
import re

import plotly
import pytest

from data_access.catalogue import all_areas, all_indicators, all_services, default_catalogue
from data_access.catalogue_en import (
    INDICATOR_FIELDS,
    english_formula,
    english_text,
)
from data_access.catalogue_model import Provenance
from i18n import localized_formula, localized_text

# Proper names deliberately left in Polish inside English texts (the only words allowed to
# carry Polish letters).
POLISH_PROPER_NAMES = ("GIOŚ",)
POLISH_LETTERS = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
INDICATORS = all_indicators()
DEMO = default_catalogue().demo


def numbers(text: str, *, polish: bool) -> set[str]:
    """The numbers of a text, normalised: Polish "10 tys." → "10000", "0,49" → "0.49",
    English "10,000" → "10000". Small integers (1–9) are left out: "na 1 mieszkańca" reads
    "per resident"."""
    if polish:
        text = re.sub(r"(\d+) tys\.", lambda m: str(int(m[1]) * 1000), text)
        text = re.sub(r"(?<=\d),(?=\d)", ".", text)
    else:
        text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    found = re.findall(r"\d+(?:\.\d+)?", text)
    return {n for n in found if "." in n or int(n) >= 10}


def by_id(indicator_id: str):
    return next(i for i in INDICATORS if i.id == indicator_id)


def test_the_accessors_follow_the_request_language(dash_app):
    indicator, service, area = by_id("ludnosc"), all_services()[0], all_areas()[0]
    assert localized_text(indicator, "definition") == indicator.definition
    assert localized_text(service, "description") == service.description
    assert localized_formula(indicator) == indicator.formula
    assert localized_text(indicator, "formula") == indicator.formula
    with dash_app.server.test_request_context("/?lang=en"):
        assert localized_text(indicator, "definition") == (
            "Population by place of residence on 31 December."
        )
        assert localized_text(area, "description") == area.description_en
        assert localized_text(service, "description") == service.description_en
        assert localized_formula(indicator) == english_formula(indicator)
        assert localized_text(indicator, "formula") == english_formula(indicator)
        assert localized_text(by_id("dochody-wlasne"), "breaks") == ""
        assert localized_text(by_id("dochody-wlasne"), "denominator_label") == ""


def rendered(component) -> str:
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


@pytest.mark.parametrize("indicator_id", ["ludnosc", "przedszkola-miejsca-na-100-dzieci"])
def test_indicator_card_metadata_in_english(dash_app, repository, indicator_id):
    from pages.indicator import layout

    indicator = repository.indicator(indicator_id)
    with dash_app.server.test_request_context(f"/wskazniki/{indicator_id}?lang=en"):
        text = rendered(layout(indicator_id=indicator_id))
    for field in INDICATOR_FIELDS:
        assert english_text(indicator, field) in text, field
    assert english_formula(indicator) in text
    without_polish_name = text.replace(indicator.name, "")  # shown on purpose, lang="pl"
    for field in INDICATOR_FIELDS:
        polish = getattr(indicator, field)
        assert not polish or polish not in without_polish_name, field
    assert indicator.formula not in text
    # Only the row that shows the Polish name is marked as Polish.
    assert text.count('"lang": "pl"') == 1


def test_service_page_in_english(dash_app, repository):
    from pages.service import layout

    service = repository.service("wychowanie-przedszkolne")
    indicators = repository.indicators_of(service.id)
    with dash_app.server.test_request_context(f"/uslugi/{service.id}?lang=en"):
        text = rendered(layout(service_id=service.id))
    assert service.description_en in text
    assert service.description not in text
    for indicator in indicators:
        assert indicator.definition_en in text
        assert english_formula(indicator) in text
        assert indicator.definition not in text
    assert '"lang": "pl"' not in text
    with dash_app.server.test_request_context(f"/uslugi/{service.id}"):
        text = rendered(layout(service_id=service.id))
    assert service.description in text and indicators[0].formula in text


def test_home_and_catalogue_descriptions_in_english(dash_app, repository):
    from pages.catalogue import catalogue_listing
    from pages.home import area_cards

    with dash_app.server.test_request_context("/?lang=en"):
        home = rendered(area_cards())
        listing = rendered(catalogue_listing(repository))
    for area in repository.areas:
        assert area.description_en in home
        assert area.description_en in listing
        assert area.description not in home and area.description not in listing
    for service in repository.services:
        assert service.description_en in listing
    assert '"lang": "pl"' not in home and '"lang": "pl"' not in listing


def test_catalogue_filter_matches_the_english_description_in_english(dash_app, repository):
    from pages.catalogue import catalogue_listing

    # Words found only in English texts: "supervision" in the description of school
    # transport, "boilers" in the definition of heating sources replaced.
    with dash_app.server.test_request_context("/uslugi?lang=en"):
        service_hit = rendered(catalogue_listing(repository, "supervision"))
        definition_hit = rendered(catalogue_listing(repository, "boilers"))
        polish_word = rendered(catalogue_listing(repository, "dowożenie"))
    assert "/uslugi/dowozenie-uczniow" in service_hit
    assert "/wskazniki/wymiana-zrodel-ciepla-na-1000" in definition_hit
    assert "/uslugi/dowozenie-uczniow" in polish_word  # Polish words still work in English
    with dash_app.server.test_request_context("/uslugi"):
        service_miss = rendered(catalogue_listing(repository, "supervision"))
        definition_miss = rendered(catalogue_listing(repository, "boilers"))
    assert "/uslugi/dowozenie-uczniow" not in service_miss
    assert "/wskazniki/wymiana-zrodel-ciepla-na-1000" not in definition_miss


def test_real_source_notes_are_english_where_the_polish_is(dash_app):
    """The notes of ``[indicators.real_source]``: an English twin, no Polish letters, the same
    numbers (variable ids, years) as the Polish note."""
    allowed = re.compile("|".join(re.escape(name) for name in POLISH_PROPER_NAMES))
    notes = [(i.id, i.real_source.note, i.real_source.note_en) for i in INDICATORS]
    assert any(polish for _, polish, _ in notes)
    wrong = [
        (indicator_id, english)
        for indicator_id, polish, english in notes
        if bool(polish) != bool(english)
        or POLISH_LETTERS.search(allowed.sub("", english))
        or numbers(polish, polish=True) != numbers(english, polish=False)
        or (polish and english == polish)
    ]
    assert not wrong


def card_text(dash_app, indicator_id: str, query: str = "") -> str:
    from pages.indicator import layout

    with dash_app.server.test_request_context(f"/wskazniki/{indicator_id}{query}"):
        return rendered(layout(indicator_id=indicator_id))


def test_indicator_card_shows_the_source_of_real_data(dash_app, repository):
    indicator = repository.indicator("podatek-nieruchomosci-na-mieszkanca")
    assert indicator.provenance == Provenance.REAL
    text = card_text(dash_app, indicator.id)
    assert "Źródło danych rzeczywistych" in text and "które je zastąpią" not in text
    assert "BDL: zmienne" in text and " (licznik)" in text and " (mianownik)" in text
    for bdl_id in ("76077", "72305"):
        assert f"https://bdl.stat.gov.pl/api/v1/variables/{bdl_id}?lang=pl" in text
        assert f"Metadane zmiennej {bdl_id} w API Banku Danych Lokalnych" in text
    assert indicator.real_source.note in text
    english = card_text(dash_app, indicator.id, "?lang=en")
    assert "Source of real data" in english and "BDL: variables" in english
    assert "https://bdl.stat.gov.pl/api/v1/variables/76077?lang=en" in english
    assert indicator.real_source.note_en in english
    assert indicator.real_source.note not in english


def test_indicator_card_shows_the_real_source_that_would_replace_demo_data(dash_app, repository):
    # A sum of two BDL variables in the numerator, the population in the denominator.
    members = repository.indicator("domy-kultury-czlonkowie-zespolow")
    assert members.provenance == Provenance.DEMO
    text = card_text(dash_app, members.id)
    assert "Źródło danych rzeczywistych, które je zastąpią" in text
    assert '"58507"' in text and '" + "' in text and '"58510"' in text
    assert "https://bdl.stat.gov.pl/api/v1/variables/58510?lang=pl" in text
    # A public source's link when BDL has no variable for the numerator.
    spending = repository.indicator("przedszkola-wydatki-na-dziecko")
    english = card_text(dash_app, spending.id, "?lang=en")
    assert "Source of the real data that will replace them" in english
    assert f'"href": "{spending.real_source.url}"' in english
    assert " (denominator)" in english and " (numerator)" not in english
    assert spending.real_source.note_en in english
