"""Readers of the raw BDL exports and the CKE exam file, on tiny synthetic files."""

from pathlib import Path

import polars as pl
import pytest

from data_access.sources import (
    exam8_components,
    gmina_rows,
    read_bdl_ctab,
    read_bdl_reshaped,
    read_exam8_schools,
    read_teryt6_series,
)

CTAB = (
    '"Kod";"Nazwa";"ogółem;miejsce zamieszkania;stan na 31 grudnia;ogółem;2015;[osoba]";'
    '"ogółem;miejsce zamieszkania;stan na 31 grudnia;ogółem;2016;[osoba]";\r\n'
    '0000000;"POLSKA";38437239;38432992;\r\n'
    '201011;"Bolesławiec (1)";39373;39167;\r\n'
    '0201022;"Bolesławiec (2)";;14923,5;\r\n'
    '0201044;"Nowogrodziec - miasto (4)";4200;4190;\r\n'
)


def write(tmp_path: Path, text: str, name: str = "x.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_ctab_restores_leading_zero_and_parses_decimal_comma(tmp_path):
    frame = read_bdl_ctab(write(tmp_path, CTAB))
    row = frame.filter(pl.col("code") == "0201011", pl.col("year") == 2015)
    assert row["value"].to_list() == [39373.0]
    assert frame.filter(pl.col("code") == "0201022", pl.col("year") == 2016)["value"][0] == 14923.5
    assert frame["dimension"].unique().to_list() == [
        "ogółem;miejsce zamieszkania;stan na 31 grudnia;ogółem"
    ]


def test_ctab_empty_cell_is_null_not_zero(tmp_path):
    frame = read_bdl_ctab(write(tmp_path, CTAB))
    missing = frame.filter(pl.col("code") == "0201022", pl.col("year") == 2015)
    assert missing["value"].to_list() == [None]


def test_gmina_rows_keep_types_1_to_3_only(tmp_path):
    codes = set(gmina_rows(read_bdl_ctab(write(tmp_path, CTAB)))["code"])
    assert codes == {"0201011", "0201022"}


def test_reshaped_area_file(tmp_path):
    text = '"Kod";"Nazwa";"rok_2010";"rok_2011"\r\n201011;"Bolesławiec (1)";24;25\r\n'
    frame = read_bdl_reshaped(write(tmp_path, text))
    assert frame.sort("year")["value"].to_list() == [24.0, 25.0]
    assert frame["code"].unique().to_list() == ["0201011"]


# --- series with 6-digit codes (2016 student export of BDL) and the CKE exam file ----------
TERYT6 = (
    "teryt6,nazwa,rok,wartosc\n"
    "20101,Bolesławiec (1),2014,19732.0\n"
    "20101,Bolesławiec (1),2015,\n"
    # a gmina whose type digit changed: two rows per year, complementary empty years
    "021005,Olszyna (2),2013,120.0\n"
    "021005,Olszyna (3),2013,\n"
    "021005,Olszyna (2),2014,\n"
    "021005,Olszyna (3),2014,97.0\n"
    "021005,Olszyna (2),2014,\n"
)


def test_teryt6_series_restores_zero_and_merges_complementary_duplicates(tmp_path):
    frame = read_teryt6_series(write(tmp_path, TERYT6), "ratio").sort("teryt6", "year")
    assert frame.rows() == [
        ("020101", "ratio", 2014, 19732.0),  # the empty 2015 row is no data: dropped
        ("021005", "ratio", 2013, 120.0),
        ("021005", "ratio", 2014, 97.0),
    ]


def test_teryt6_series_rejects_two_values_for_one_gmina_and_year(tmp_path):
    text = TERYT6 + "021005,Olszyna (2),2013,118.0\n"
    with pytest.raises(ValueError, match="021005 in 2013"):
        read_teryt6_series(write(tmp_path, text), "ratio")


EXAM_HEADER = (
    'ID OKE,Kod teryt gminy,RSPO,"rodzaj placówki\n",czy publiczna,'
    + ",".join(
        f"liczba_zdających_{s},mean_{s},std_dev_{s}" for s in ("polski", "matematyka", "angielski")
    )
    + "\n"
)
EXAM = EXAM_HEADER + (
    # town part …4 and rural part …5 of the urban-rural gmina 1401013
    '7,1401014,1,dla młodzieży,Tak,71,"57,09859155","19,2",71,"45,36619718","26,7",70,'
    '"67,18571429","26,6"\n'
    '7,1401015,2,dla młodzieży,Tak,14,"63,35714286","17,4",14,"52,21428571","27,5",14,'
    '"68,78571429","24,4"\n'
    # a school too small for statistics (CKE suppression): candidates but no mean
    "7,1401015,3,dla młodzieży,Nie,3,,,3,,,3,,\n"
    '7,1401022,4,dla młodzieży,Tak,11,"60,63636364","10,5",11,64,"17,2",11,"70,09","25,2"\n'
)


def test_exam_header_with_a_newline_and_decimal_comma(tmp_path):
    schools = read_exam8_schools(write(tmp_path, EXAM))
    polski = schools.filter(pl.col("subject") == "polski")
    # the header spans two physical lines: values still land in their own columns
    assert polski["code"].to_list() == ["1401014", "1401015", "1401015", "1401022"]
    assert polski["takers"].to_list() == [71.0, 14.0, 3.0, 11.0]
    assert polski["mean"].to_list()[:2] == [57.09859155, 63.35714286]
    assert polski["mean"][2] is None  # blank = suppressed, not zero
    matematyka = schools.filter(pl.col("subject") == "matematyka", pl.col("code") == "1401022")
    assert matematyka["mean"].to_list() == [64.0]


def test_exam_reader_names_missing_columns(tmp_path):
    with pytest.raises(ValueError, match="mean_angielski"):
        read_exam8_schools(write(tmp_path, EXAM.replace("mean_angielski", "średnia")))


def test_exam_gmina_sums_join_town_and_rural_parts_and_skip_suppressed(tmp_path):
    components = exam8_components(read_exam8_schools(write(tmp_path, EXAM)), 2025)
    value = {(c, v): x for c, v, _, x in components.rows()}
    assert set(components["code"]) == {"1401013", "1401022"}
    assert set(components["year"]) == {2025}
    # 71 + 14 candidates with a mean (the suppressed school's 3 are left out)
    assert value["1401013", "exam8_polski_takers"] == 85
    # 71 × 57.09859155 + 14 × 63.35714286 = 4054 + 887 = 4941
    assert value["1401013", "exam8_polski_score_sum"] == pytest.approx(4941)
    # 11 × 64 = 704
    assert value["1401022", "exam8_matematyka_score_sum"] == pytest.approx(704)
