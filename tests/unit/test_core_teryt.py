"""The one TERYT parser (``core.teryt``): no dataset needed."""

from __future__ import annotations

import pytest

from core.levels import Level
from core.teryt import CodeList, is_code, level_of, parse_codes, split_parts


@pytest.mark.parametrize(
    ("code", "level"),
    [
        ("00", Level.KRAJ),
        ("02", Level.WOJEWODZTWO),
        ("0201", Level.POWIAT),
        ("0201011", Level.GMINA),
        ("020101", None),
        ("02010111", None),
        ("2", None),
        ("", None),
        ("02a1", None),
        ("０２", None),  # full-width digits pass str.isdigit(), not TERYT
        ("0²", None),
        (" 02", None),
        (2, None),
        (None, None),
    ],
)
def test_a_codes_level_follows_from_its_length(code, level):
    assert level_of(code) == level
    assert is_code(code) == (level is not None)


def test_a_list_keeps_order_drops_repeats_and_returns_what_it_rejected():
    parsed = parse_codes("0201011; 02 ,abc,0201011\n0201\t9")
    assert parsed.codes == ("0201011", "02", "0201")
    assert parsed.rejected == ("abc", "9")
    assert parsed.parts == ("0201011", "02", "abc", "0201", "9")
    assert parsed.count == 6 and not parsed.empty


def test_strict_lists_split_on_commas_only_and_keep_empty_parts():
    parsed = parse_codes("0201011, 02,,0201011", strict=True)
    assert parsed.codes == ("0201011",)
    assert parsed.rejected == (" 02", "")
    assert parsed.count == 4
    assert parse_codes("", strict=True).empty


def test_a_limit_keeps_the_first_codes_and_counts_the_rest():
    parsed = parse_codes("02,04,06,08", limit=3)
    assert parsed.codes == ("02", "04", "06") and parsed.dropped == 1
    assert parse_codes("02,04", limit=3).dropped == 0


def test_anything_but_text_reads_as_an_empty_list():
    for value in (None, 12, ["02"], "", " , ;"):
        assert parse_codes(value) == CodeList()
    assert split_parts("a,,a;b") == (["a", "b"], 3)
