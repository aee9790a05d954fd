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


def test_counts_are_ratio_times_population():
    counts = rebuilt([("020101", 2014, 500.0, 200.0, 15.0, 50.0)])
    assert counts["0201011", "library_outlets", 2014] == 2  # 1000 / 500
    assert counts["0201011", "library_readers", 2014] == pytest.approx(200)  # 200 × 1000 / 1000
    assert counts["0201011", "library_loans", 2014] == pytest.approx(3000)  # 15 × 200
    assert counts["0201011", "unemployed_registered", 2014] == pytest.approx(30)  # 50 × 600 / 1000


def test_zero_persons_per_outlet_is_no_outlet_a_true_zero():
    # GUS writes 0 persons per outlet for a gmina without a library: 0 outlets, not 4138 / 0
    counts = rebuilt([("060107", 2014, 0.0, 0.0, 0.0, 80.0)])
    assert counts["0601072", "library_outlets", 2014] == 0.0
    assert counts["0601072", "library_readers", 2014] == 0.0


def test_ratio_without_population_gives_no_count():
    counts = rebuilt(
        [
            ("020101", 2009, 500.0, 200.0, 15.0, 50.0),  # no population before 2010
            ("146502", 2014, 16865.0, 250.0, 14.0, 40.0),  # a Warsaw district, inside 146501
            ("146501", 2014, 6428.0, 260.0, 14.2, 46.0),
        ]
    )
    assert {code for code, _, _ in counts} == {"1465011"}
    assert {year for _, _, year in counts} == {2014}


def test_missing_ratio_is_no_count_not_zero():
    counts = rebuilt([("020101", 2014, 500.0, None, 15.0, 50.0)])
    assert ("0201011", "library_outlets", 2014) in counts
    assert ("0201011", "library_readers", 2014) not in counts
    assert ("0201011", "library_loans", 2014) not in counts


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


def test_boleslawiec_2014_gives_back_the_published_ratios(real):
    # bdl/gminy_ludnosc_ekonomiczne_grupy_wieku_2010-2019.bdl-ctab.csv, 0201011, 2014:
    # pre-working 6,186 + working 24,307 + post-working 8,971 = 39,464 inhabitants.
    # culture_libraries/*.csv, 020101, 2014: 19,732 persons per outlet, 199 readers per 1,000,
    # 16.2 loans per reader; labour_market_context: 48 unemployed per 1,000 working-age.
    assert value(real, "0201011", "pop_total", 2014) == 39_464
    outlets = value(real, "0201011", "library_outlets", 2014)
    readers = value(real, "0201011", "library_readers", 2014)
    loans = value(real, "0201011", "library_loans", 2014)
    unemployed = value(real, "0201011", "unemployed_registered", 2014)
    assert outlets == 2  # 39,464 / 19,732 = 2.000
    assert readers == pytest.approx(7_853.336)  # 199 × 39,464 / 1,000
    assert loans == pytest.approx(127_224.04, abs=0.01)  # 16.2 × 7,853.336
    assert unemployed == pytest.approx(1_166.736)  # 48 × 24,307 / 1,000
    # and back: the indicators computed from the counts are GUS's own figures
    assert round(39_464 / outlets) == 19_732
    assert round(readers / 39_464 * 1000) == 199
    assert round(loans / readers, 1) == 16.2
    assert round(unemployed / 24_307 * 1000) == 48


def test_duplicated_key_takes_the_non_empty_row(real):
    # labour_market_context, 021005 (Olszyna) 2014: four rows, "Olszyna (3)" 97.0, three empty.
    # Working-age population of 0210053 in 2014: 4,276 → 97 × 4,276 / 1,000 = 414.772.
    assert value(real, "0210053", "unemployed_registered", 2014) == pytest.approx(414.772)


def test_no_outlet_is_zero_outlets(real):
    # culture_libraries, 060107 (Konstantynów) 2014: 0 persons per outlet, 0 readers, 0 loans.
    assert value(real, "0601072", "library_outlets", 2014) == 0
    assert value(real, "0601072", "library_readers", 2014) == 0
    assert value(real, "0601072", "pop_total", 2014) == 4_138  # 852 + 2,606 + 680


def test_counts_only_where_population_is_shipped(real):
    rebuilt = real.filter(pl.col("variable").str.starts_with("library_"))
    assert sorted(rebuilt["year"].unique()) == [2010, 2011, 2012, 2013, 2014]
    # Warszawa as a whole (146501), never its districts (1465xx8) on top of it
    assert (
        not rebuilt.filter(pl.col("code").str.starts_with("1465"))["code"].str.ends_with("8").any()
    )
    assert value(real, "1465011", "library_outlets", 2014) > 0


def test_national_registered_unemployed_match_gus_totals(real):
    # GUS: 1.955 M (2010), 2.137 M (2012), 1.825 M (2014) registered unemployed at year end
    totals = (
        real.filter(pl.col("variable") == "unemployed_registered")
        .group_by("year")
        .agg(pl.col("value").sum())
    )
    by_year = dict(totals.rows())
    assert by_year[2010] == pytest.approx(1_955_000, rel=1e-3)
    assert by_year[2012] == pytest.approx(2_137_000, rel=1e-3)
    assert by_year[2014] == pytest.approx(1_825_000, rel=1e-3)


def test_exam_combines_town_and_rural_parts_of_bialobrzegi(real):
    # education_exam_8th_grade_mazowieckie_2025/wyniki_testow.csv has two schools in 140101:
    # 1401014 (town) 71 candidates, mean 57.09859155; 1401015 (rural) 14, mean 63.35714286.
    # (71 × 57.09859155 + 14 × 63.35714286) / (71 + 14) = (4,054 + 887) / 85 = 58.13
    takers = value(real, "1401013", "exam8_polski_takers", 2025)
    score_sum = value(real, "1401013", "exam8_polski_score_sum", 2025)
    assert takers == 85
    assert score_sum / takers == pytest.approx(4941 / 85)
    assert round(score_sum / takers, 1) == 58.1


def test_exam_components_only_in_mazowieckie(real):
    exam = real.filter(pl.col("variable").str.starts_with("exam8_"))
    assert set(exam["code"].str.slice(0, 2)) == {"14"}
    assert exam["code"].n_unique() == 314  # every gmina of mazowieckie, none of its parts
    assert set(exam["code"].str.slice(6, 1)) <= {"1", "2", "3"}
    assert set(exam["year"]) == {2025}


# --- the built dataset ------------------------------------------------------------------------
