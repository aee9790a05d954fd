"""Unit search: diacritics, codes, and telling apart units with the same name."""

import polars as pl

from data_access.repository import normalise_query, search_units
from data_access.units import fold

UNITS = pl.DataFrame(
    {
        "code": ["10", "1061", "1061011", "0201", "0201011", "0201022", "0218033", "0208021"],
        "name": [
            "łódzkie",
            "Łódź",
            "Łódź",
            "bolesławiecki",
            "Bolesławiec",
            "Bolesławiec",
            "Miękinia",
            "Kłodzko",
        ],
        "level": ["wojewodztwo", "powiat", "gmina", "powiat", "gmina", "gmina", "gmina", "gmina"],
        "former_codes": [[], [], [], [], [], [], ["0218032"], []],
        "population": [2.4e6, 6.6e5, 6.6e5, 9e4, 3.9e4, 1.5e4, 1.6e4, 2.6e4],
    }
).with_columns(pl.col("name").map_elements(fold, return_dtype=pl.String).alias("search_key"))


def codes(query: str) -> list[str]:
    return search_units(UNITS, query)["code"].to_list()


def test_fold_removes_polish_diacritics():
    assert fold("Łódź") == "lodz"
    assert fold("ŻÓŁĆ ęśń") == "zolc esn"


def test_search_without_diacritics_finds_lodz_city_and_powiat():
    assert codes("lodz")[:2] == ["1061", "1061011"]
    assert "10" in codes("lodz")  # łódzkie starts with "lodz" too


def test_same_name_units_are_all_returned():
    found = codes("Bolesławiec")
    assert {"0201011", "0201022"} <= set(found)
    assert found.index("0201011") < found.index("0201022")  # larger first


def test_search_by_code_prefix_and_by_former_code():
    assert codes("0201")[:1] == ["0201"]
    assert codes("0218032") == ["0218033"]


def test_empty_and_punctuation_queries_return_nothing():
    assert codes("") == []
    assert codes("  ,.; ") == []
    assert normalise_query("  Łódź--Bałuty ") == "lodz baluty"


def test_matches_inside_a_word_are_cut_when_better_ones_exist():
    assert codes("lodz") == ["1061", "1061011", "10"]  # not Kłodzko ("kLODZko")
    assert codes("odzk") == ["10", "0208021"]  # nothing better: the weak matches are shown


def test_ties_in_polish_alphabetical_order():
    twins = pl.DataFrame(
        {
            "code": ["2", "1", "3"],
            "name": ["Żabno", "Łabno", "Labno"],
            "level": ["gmina"] * 3,
            "former_codes": [[], [], []],
        }
    ).with_columns(pl.col("name").map_elements(fold, return_dtype=pl.String).alias("search_key"))
    found = search_units(twins, "abno")  # weak matches only, no population: names decide
    assert found["name"].to_list() == ["Labno", "Łabno", "Żabno"]
