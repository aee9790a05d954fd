"""Counts rebuilt from GUS ratios and the population, and the exam sums, on synthetic frames and
on the shipped files (expected numbers worked out by hand from the CSVs in ``data/raw``)."""

import polars as pl
import pytest

from config import settings
from data_access import sources
from data_access.build import real_components, with_reconstructed
from data_access.reconstruct import reconstructed_components
from data_access.units import build_units, code_map


def ratios(rows: list[tuple]) -> pl.DataFrame:
    """Ratio rows ``(teryt6, year, outlet, readers, loans, unemployed)`` as the long frame."""
    names = [
        "persons_per_library_outlet",
        "library_readers_per_1000",
        "library_loans_per_reader",
        "unemployed_per_1000_working_age",
    ]
    wide = pl.DataFrame(rows, schema=["teryt6", "year", *names], orient="row")
    return wide.unpivot(index=["teryt6", "year"], variable_name="variable").with_columns(
        pl.col("year").cast(pl.Int32), pl.col("value").cast(pl.Float64)
    )


POPULATION = pl.DataFrame(
    [
        ("0201011", "pop_total", 2014, 1000.0),
        ("0201011", "pop_work", 2014, 600.0),
        ("0601072", "pop_total", 2014, 4138.0),
        ("0601072", "pop_work", 2014, 2606.0),
        ("1465011", "pop_total", 2014, 1_700_000.0),
        ("1465011", "pop_work", 2014, 1_100_000.0),
    ],
    schema={"code": pl.String, "variable": pl.String, "year": pl.Int32, "value": pl.Float64},
    orient="row",
)


def rebuilt(rows: list[tuple]) -> dict[tuple[str, str, int], float]:
    frame = reconstructed_components(ratios(rows), POPULATION)
    return {(c, v, y): x for c, v, y, x in frame.rows()}


# --- the shipped files ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real() -> pl.DataFrame:
    """The real components as the build makes them (no demonstration data)."""
    raw = settings.raw_dir
    terc = sources.read_terc(raw / "teryt" / "TERC_2024-01-01.normalized.csv")
    codes = code_map(build_units(terc, sources.read_crosswalk(raw)))
    return with_reconstructed(
        real_components(sources.load_gmina_components(raw), codes),
        sources.load_teryt6_ratios(raw),
    )


def value(real: pl.DataFrame, code: str, variable: str, year: int) -> float:
    row = real.filter(
        pl.col("code") == code, pl.col("variable") == variable, pl.col("year") == year
    )
    assert row.height == 1, (code, variable, year, row)
    assert row["status"][0] == "value"
    return row["value"][0]


# --- the built dataset ------------------------------------------------------------------------


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
