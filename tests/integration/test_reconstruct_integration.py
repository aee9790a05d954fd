"""Library, unemployment and exam values in the built dataset: the figures of the CSVs in
``data/raw`` (the counts rebuilt from GUS ratios, on synthetic frames and on the shipped files:
tests/unit/test_reconstruct.py)."""

import polars as pl
import pytest


def one(repository, indicator: str, code: str, year: int) -> dict:
    rows = repository.find_values(indicator, codes=[code], years=(year, year))
    assert rows.height == 1, (indicator, code, year)
    return rows.row(0, named=True)


def test_built_library_and_unemployment_values_are_gus_figures(repository):
    # Bolesławiec 2014, from the CSVs: 199 readers per 1,000, 16.2 loans per reader, 48‰
    # unemployed; 2 outlets for 39,464 inhabitants = 0.507 per 10,000.
    expected = {
        "biblioteki-czytelnicy-na-1000": 199,
        "biblioteki-wypozyczenia-na-czytelnika": 16.2,
        "biblioteki-placowki-na-10-tys": 2 / 39_464 * 10_000,
        "bezrobocie-udzial": 4.8,  # per cent
    }
    for indicator, value in expected.items():
        row = one(repository, indicator, "0201011", 2014)
        assert row["value"] == pytest.approx(value), indicator
        assert row["provenance"] == "real" and row["status"] == "value"
        assert repository.years(indicator) == [2010, 2011, 2012, 2013, 2014]
    # Poland: readers weighted by population, about 164 per 1,000 in 2014 (SOURCE.md: 163.8)
    poland = one(repository, "biblioteki-czytelnicy-na-1000", "00", 2014)["value"]
    assert poland == pytest.approx(163.8, abs=0.05)


def test_built_exam_values_cover_mazowieckie_only_and_have_no_poland_row(repository):
    row = one(repository, "egzamin-osmoklasisty-polski", "1401013", 2025)
    assert row["value"] == pytest.approx(4941 / 85) and row["provenance"] == "real"
    for subject in ("polski", "matematyka", "angielski"):
        rows = repository.find_values(f"egzamin-osmoklasisty-{subject}")
        assert set(rows["level"]) == {"gmina", "powiat", "wojewodztwo"}
        outside = rows.filter(~pl.col("code").str.starts_with("14"))
        assert outside.height and set(outside["status"]) == {"no_data"}
        inside = rows.filter(pl.col("code").str.starts_with("14"))
        assert set(inside["status"]) == {"value"}
