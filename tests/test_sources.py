"""Readers of the raw BDL exports, on tiny synthetic files."""

from pathlib import Path

import polars as pl

from data_access.sources import gmina_rows, read_bdl_ctab, read_bdl_reshaped

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
