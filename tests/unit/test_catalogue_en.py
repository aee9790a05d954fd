"""English texts of the indicator catalogue (the ``*_en`` keys of ``catalogue/*.toml``, read
through ``data_access.catalogue_en``): complete, English, faithful to the Polish (numbers, shared
texts, demonstration wording), and used by the pages in English mode while Polish mode is
unchanged."""

from __future__ import annotations

import re

import polars as pl

from data_access.catalogue import all_areas, all_indicators, all_services, default_catalogue
from data_access.catalogue_en import (
    AREA_FIELDS,
    INDICATOR_FIELDS,
    SERVICE_FIELDS,
    english_formula,
    english_number,
    english_text,
    formula_in,
    text_in,
)
from data_access.catalogue_model import Provenance

# Proper names deliberately left in Polish inside English texts (the only words allowed to
# carry Polish letters).
POLISH_PROPER_NAMES = ("GIOŚ",)
POLISH_LETTERS = re.compile("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]")
INDICATORS = all_indicators()
DEMO = default_catalogue().demo
ENTRIES = (
    [(area, ("name", *AREA_FIELDS)) for area in all_areas()]
    + [(service, ("name", *SERVICE_FIELDS)) for service in all_services()]
    + [(indicator, ("name", "unit", *INDICATOR_FIELDS)) for indicator in INDICATORS]
)
# Units that read the same in both languages.
SAME_UNITS = {"%", "kg", "km²", "m²", "m³", "µg/m³", "‰", "t"}


def pairs():
    """(entry, field, Polish text, English text) for every non-empty Polish text."""
    for entry, fields in ENTRIES:
        for field in fields:
            polish = getattr(entry, field) or ""
            if polish and not (field == "unit" and polish in SAME_UNITS):
                yield entry, field, polish, getattr(entry, f"{field}_en")


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


def test_english_text_exactly_where_the_polish_is_non_empty():
    wrong = [
        (entry.id, field)
        for entry, fields in ENTRIES
        for field in fields
        if bool(getattr(entry, field) or "") != bool(getattr(entry, f"{field}_en") or "")
    ]
    assert not wrong


def test_english_texts_contain_no_polish_letters_except_proper_names():
    allowed = re.compile("|".join(re.escape(name) for name in POLISH_PROPER_NAMES))
    wrong = [
        (entry.id, field, english)
        for entry, field, _, english in pairs()
        if POLISH_LETTERS.search(allowed.sub("", english))
    ]
    assert not wrong
    # The allow-list is not stale: every name on it is used somewhere.
    everything = " ".join(english for *_, english in pairs())
    assert all(name in everything for name in POLISH_PROPER_NAMES)


def test_english_texts_are_clean_and_not_copies_of_the_polish():
    wrong = [
        (entry.id, field, english)
        for entry, field, polish, english in pairs()
        if english == polish
        or english != english.strip()
        or "  " in english
        or re.search(r"[{}]", english)  # an f-string placeholder left unfilled
        or re.search(r"\s[,.;:)]", english)
        or re.search(r"\d,(?!\d{3}(?!\d))\d", english)  # a decimal comma
    ]
    assert not wrong


def test_numbers_survive_the_translation():
    wrong = [
        (entry.id, field, numbers(polish, polish=True), numbers(english, polish=False))
        for entry, field, polish, english in pairs()
        if field != "name"  # names are free translations ("old-age dependency ratio")
        and numbers(polish, polish=True) != numbers(english, polish=False)
    ]
    assert not wrong


def test_shape_follows_the_polish():
    """Full sentences stay sentences (final full stop), labels keep their [units]."""
    wrong = [
        (entry.id, field, english)
        for entry, field, polish, english in pairs()
        if polish.endswith(".") != english.endswith(".") or polish.count("[") != english.count("[")
    ]
    assert not wrong


def test_demonstration_data_are_always_labelled_as_such():
    assert DEMO.caveat_en.startswith("Demonstration data: ")
    assert DEMO.source_prefix_en.startswith("Demonstration data ")
    for indicator in INDICATORS:
        demo = indicator.provenance == Provenance.DEMO
        assert indicator.caveats.startswith(DEMO.caveat) == demo, indicator.id
        assert indicator.caveats_en.startswith(DEMO.caveat_en) == demo, indicator.id
        assert indicator.source_en.startswith(DEMO.source_prefix_en) == demo, indicator.id
        if not demo:
            english = " ".join(english_text(indicator, f) for f in INDICATOR_FIELDS)
            assert "emonstration" not in english, indicator.id


def by_id(indicator_id: str):
    return next(i for i in INDICATORS if i.id == indicator_id)


def test_english_formula_of_a_ratio_and_of_a_sum():
    ratio = by_id("podatek-nieruchomosci-udzial")
    assert english_formula(ratio) == (
        "(revenue from property tax [PLN]) / (total own revenue [PLN]) × 100"
    )
    assert ratio.formula == (
        "(wpływy z podatku od nieruchomości [zł]) / (dochody własne ogółem [zł]) × 100"
    )
    total = by_id("dochody-wlasne")
    assert english_formula(total) == "sum: total own revenue [PLN] × 0.000001"
    assert total.formula == "suma: dochody własne ogółem [zł] × 0,000001"
    assert english_formula(by_id("ludnosc")) == "sum: population as of 31 December"
    assert english_formula(by_id("drogi-gminne-wydatki-na-km")).endswith(
        "/ (all municipal roads [km]) × 0.001"
    )
    assert english_number(100000.0) == "100000" and english_number(0.0001) == "0.0001"
    assert not any(POLISH_LETTERS.search(english_formula(i)) for i in INDICATORS)


def test_english_follows_what_the_repository_changes_after_an_import():
    """Real data replacing demonstration values: the repository drops the demonstration
    caveat and names the import in the source, in both languages."""
    from data_access.repository import with_imported_provenance

    demo = by_id("odpady-koszt-tony")
    record = {
        "variable": demo.numerator,
        "note": "Sprawozdania gmin (odpady.csv, 2025-01-31)",
        "source_file": "odpady.csv",
        "imported_at": "2025-01-31T10:00:00",
    }
    empty = pl.DataFrame(
        schema={"indicator": pl.String, "status": pl.String, "provenance": pl.String}
    )
    (replaced,) = [
        i for i in with_imported_provenance(INDICATORS, empty, (record,), DEMO) if i.id == demo.id
    ]
    assert replaced.provenance == Provenance.REAL
    assert english_text(replaced, "caveats") == demo.caveats_en.replace(DEMO.caveat_en, "").strip()
    assert not english_text(replaced, "caveats").startswith("Demonstration")
    assert english_text(replaced, "source") == record["note"]
    assert replaced.source == record["note"]


def test_the_data_layer_is_told_the_language():
    """``data_access.catalogue_en`` reads no request: the language is a parameter."""
    indicator, service = by_id("ludnosc"), all_services()[0]
    assert text_in(indicator, "definition", "pl") == indicator.definition
    assert text_in(indicator, "definition", "en") == english_text(indicator, "definition")
    assert text_in(service, "description", "en") == service.description_en
    assert text_in(indicator, "formula", "en") == english_formula(indicator)
    assert formula_in(indicator, "pl") == indicator.formula
