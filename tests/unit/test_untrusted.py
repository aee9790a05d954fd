"""Typed values from forged callback inputs."""

import pytest

from security import untrusted

ODD = (None, True, ["a"], {"a": 1}, 2.5, float("nan"))


def test_text_takes_strings_up_to_a_length():
    assert untrusted.text("ab") == "ab"
    assert untrusted.text("x" * 2001) is None
    assert untrusted.text("abc", max_length=2) is None
    assert all(untrusted.text(v) is None for v in (*ODD, 7))


def test_clipped_cuts_strings_and_empties_the_rest():
    assert untrusted.clipped("abcdef", 3) == "abc"
    assert all(untrusted.clipped(v) == "" for v in (*ODD, 7))


def test_count_is_a_non_negative_integer():
    assert untrusted.count(3) == 3
    assert untrusted.count(-4) == 0
    assert all(untrusted.count(v) == 0 for v in (*ODD, "3"))


@pytest.mark.parametrize(
    "value, expected",
    [(2019, 2019), ("2019", 2019), ("²⁰¹⁹", None), ("٢٠١٩", None), ("20190", None), (True, None)],
)
def test_year_takes_four_ascii_digits(value, expected):
    assert untrusted.year(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [(10, 10), ("10", 10), (" 7 ", 7), (-1, None), ("9" * 10, None), ("²", None), (True, None)],
)
def test_integer(value, expected):
    assert untrusted.integer(value) == expected


@pytest.mark.parametrize(
    "value, expected",
    [(2, 2.0), ("0.5", 0.5), ("1,5", 1.5), ("-2", -2.0), (float("inf"), None), ("x", None)],
)
def test_number(value, expected):
    assert untrusted.number(value) == expected


def test_mapping_and_records():
    assert untrusted.mapping({"a": 1}) == {"a": 1}
    assert untrusted.mapping([1]) is None
    assert untrusted.records([{"a": 1}, 2, "x", None]) == [{"a": 1}]
    assert untrusted.records({"a": 1}) == []
