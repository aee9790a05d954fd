"""Pure view computations: ranks and percentiles by polarity, class breaks, palettes, exports."""

import io
import zipfile
from datetime import date

import polars as pl
import pytest

from analysis.exports import (
    QUALITY_LABELS,
    export_frame,
    metadata_rows,
    rounded,
    to_csv,
    to_csv_excel_pl,
    to_parquet,
    to_xlsx,
)
from analysis.view import (
    PALETTE_DIRECTIONAL,
    class_breaks,
    class_index,
    classify,
    palette,
    percentile_window,
    view_rows,
)
from data_access.catalogue_model import Dimension, Indicator, Polarity, Provenance
from data_access.provenance import COVERAGE_SCHEMA, ValueSources

UNITS = pl.DataFrame(
    {
        "code": ["0201011", "0201022", "0202011", "1465011"],
        "name": ["Bolesławiec", "Bolesławiec", "Bielawa", "Warszawa"],
        "kind": ["gmina miejska", "gmina wiejska", "gmina miejska", "gmina miejska"],
    }
)


def values(rows):
    return pl.DataFrame(
        rows,
        schema=["code", "level", "year", "value", "status", "provenance", "quality"],
        orient="row",
    )


VALUES = values(
    [
        ("0201011", "gmina", 2023, 10.0, "value", "real", "real"),
        ("0201011", "gmina", 2024, 12.0, "value", "real", "real"),
        ("0201022", "gmina", 2024, 30.0, "value", "real", "real"),
        ("0202011", "gmina", 2024, 20.0, "value", "real", "real"),
        ("1465011", "gmina", 2024, None, "no_data", "real", "no_data"),
        ("02", "wojewodztwo", 2024, 5.0, "value", "real", "real"),
    ]
)
# Bielawa's 2024 value turned out suspect: it keeps its number, loses its rank.
WITH_SUSPECT = VALUES.with_columns(
    pl.when(pl.col("code") == "0202011", pl.col("year") == 2024)
    .then(pl.lit(value))
    .otherwise(pl.col(column))
    .alias(column)
    for column, value in (("status", "suspect"), ("quality", "suspect"))
)


def test_rank_and_percentile_follow_polarity():
    higher = view_rows(VALUES, UNITS, "gmina", 2024, "", Polarity.HIGHER_BETTER)
    assert dict(zip(higher["code"], higher["rank"], strict=True)) == {
        "0201022": 1,
        "0202011": 2,
        "0201011": 3,
        "1465011": None,
    }
    lower = view_rows(VALUES, UNITS, "gmina", 2024, "", Polarity.LOWER_BETTER)
    by_code = {r["code"]: r for r in lower.iter_rows(named=True)}
    assert by_code["0201011"]["rank"] == 1 and by_code["0201011"]["percentile"] == 100
    assert by_code["0201022"]["percentile"] == 0
    assert by_code["1465011"]["percentile"] is None


def test_a_suspect_value_keeps_its_number_but_has_no_rank_percentile_or_change():
    rows = view_rows(WITH_SUSPECT, UNITS, "gmina", 2024, "", Polarity.HIGHER_BETTER)
    by_code = {r["code"]: r for r in rows.iter_rows(named=True)}
    suspect = by_code["0202011"]
    assert (suspect["value"], suspect["status"], suspect["quality"]) == (20.0, "suspect", "suspect")
    assert suspect["rank"] is suspect["percentile"] is suspect["change_previous"] is None
    # the others are ranked as if it were not there
    assert (by_code["0201022"]["rank"], by_code["0201011"]["rank"]) == (1, 2)
    assert by_code["0201011"]["percentile"] == 0


def test_territory_restricts_and_changes_are_computed():
    rows = view_rows(VALUES, UNITS, "gmina", 2024, "0201", Polarity.NEUTRAL)
    assert set(rows["code"]) == {"0201011", "0201022"}
    bolesl = rows.filter(pl.col("code") == "0201011").row(0, named=True)
    assert bolesl["change_previous"] == pytest.approx(2.0)
    assert bolesl["first_year"] == 2023


def test_quantile_and_equal_breaks():
    data = [1.0, 2.0, 3.0, 4.0, 100.0]
    equal = class_breaks(data, "rowne", 3)
    assert equal == pytest.approx([1.0, 34.0, 67.0, 100.0])
    quantiles = class_breaks(data, "kwantyle", 4)
    assert quantiles == pytest.approx([1.0, 2.0, 3.0, 4.0, 100.0])
    assert class_index(100.0, quantiles) == 3
    assert class_index(1.0, quantiles) == 0
    assert class_breaks([5.0, 5.0], "kwantyle") == [5.0, 5.0]
    assert class_breaks([], "rowne") == []


def test_palette_darker_means_better():
    higher = palette(Polarity.HIGHER_BETTER, 5)
    lower = palette(Polarity.LOWER_BETTER, 5)
    assert higher == list(PALETTE_DIRECTIONAL)
    assert lower == higher[::-1]
    assert palette(Polarity.NEUTRAL, 5) != higher


DEMO = Indicator(
    id="demo-x",
    service_id="s",
    name="X",
    name_en="X",
    dimension=Dimension.QUALITY,
    unit="%",
    numerator="a",
    numerator_label="a",
    denominator="b",
    denominator_label="b",
    multiplier=100.0,
    polarity=Polarity.HIGHER_BETTER,
    source="demo",
    provenance=Provenance.DEMO,
    definition="d",
)


SHIPPED = ValueSources(pl.DataFrame(schema=COVERAGE_SCHEMA), "demo")  # no import or sync


def test_exports_carry_provenance_and_polish_excel_format():
    rows = view_rows(
        VALUES.with_columns(pl.lit("demo").alias("provenance"), pl.lit("demo").alias("quality")),
        UNITS,
        "gmina",
        2024,
        "",
        Polarity.HIGHER_BETTER,
    )
    frame = export_frame(rows, DEMO, 2024, SHIPPED)
    csv = to_csv(frame).decode()
    assert "kod_teryt,nazwa" in csv.splitlines()[0]
    assert "0201011" in csv and "dane demonstracyjne" in csv
    excel = to_csv_excel_pl(frame)
    assert excel.startswith("\ufeff".encode())
    text = excel.decode("utf-8-sig")
    assert ";" in text.splitlines()[0] and "12,0" in text
    back = pl.read_parquet(io.BytesIO(to_parquet(frame)))
    assert back["kod_teryt"].to_list() == frame["kod_teryt"].to_list()
    workbook = to_xlsx(frame, [("UWAGA", "dane demonstracyjne"), ("Wskaźnik", "X")])
    assert workbook[:2] == b"PK"
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        book = archive.read("xl/workbook.xml").decode()
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert 'name="dane"' in book and 'name="metadane"' in book
    assert "dane demonstracyjne" in strings


def test_exports_name_the_quality_flag_of_every_row_in_polish():
    rows = view_rows(WITH_SUSPECT, UNITS, "gmina", 2024, "", Polarity.HIGHER_BETTER)
    frame = export_frame(rows, DEMO, 2024, SHIPPED)
    assert frame.columns.index("jakosc") == frame.columns.index("status") + 1
    by_code = {r["kod_teryt"]: r for r in frame.iter_rows(named=True)}
    assert by_code["0202011"]["jakosc"] == "wartość wątpliwa"
    assert by_code["0202011"]["status"] == "wartość wątpliwa"
    assert by_code["0202011"]["wartosc"] == 20.0 and by_code["0202011"]["pozycja"] is None
    assert by_code["1465011"]["jakosc"] == "brak danych"
    assert by_code["0201011"]["jakosc"] == "wartość rzeczywista"
    back = pl.read_parquet(io.BytesIO(to_parquet(frame)))
    assert back["jakosc"].to_list() == frame["jakosc"].to_list()


def test_every_quality_flag_has_a_polish_export_label_and_a_meaning_in_the_metadata():
    labels = {
        "real": "wartość rzeczywista",
        "zero": "zjawisko nie wystąpiło",
        "no_data": "brak danych",
        "confidential": "tajemnica statystyczna",
        "not_applicable": "nie dotyczy",
        "suspect": "wartość wątpliwa",
        "demo": "dane demonstracyjne",
    }
    assert labels == QUALITY_LABELS
    metadata = metadata_rows(DEMO, SHIPPED, "A", "S", "gmina", 2024, "", date(2026, 12, 1))
    meanings = dict(metadata)
    assert all(meanings[f"jakosc: {label}"] for label in labels.values())
    rows = view_rows(WITH_SUSPECT, UNITS, "gmina", 2024, "", Polarity.HIGHER_BETTER)
    workbook = to_xlsx(export_frame(rows, DEMO, 2024, SHIPPED), metadata)
    with zipfile.ZipFile(io.BytesIO(workbook)) as archive:
        strings = archive.read("xl/sharedStrings.xml").decode()
    assert "jakosc" in strings and "wartość wątpliwa" in strings


SKEWED = [float(v) for v in range(1, 100)] + [100_000.0]  # one outlier stretches the scale


def test_equal_classes_of_skewed_values_are_flagged():
    classes = classify(SKEWED, "rowne")
    assert classes.skewed and classes.largest_share == pytest.approx(0.99)
    assert not classify(SKEWED, "kwantyle").skewed
    assert not classify([float(v) for v in range(100)], "rowne").skewed


def test_clipped_classes_span_the_percentiles_and_count_what_lies_beyond():
    classes = classify(SKEWED, "przyciete")
    window = percentile_window(SKEWED)
    assert classes.breaks[0] == pytest.approx(window.low)
    assert classes.breaks[-1] == pytest.approx(window.high)
    assert (classes.below, classes.above) == (1, 1)  # the 1st value, the outlier
    assert len(classes.breaks) == 6 and classes.clipped
    # the outlier joins the top class instead of making one of its own
    assert class_index(100_000.0, classes.breaks) == 4
    assert not classes.skewed


def test_logarithmic_classes_grow_by_a_constant_ratio_and_need_positive_values():
    breaks = classify([1.0, 10.0, 100.0, 1000.0, 10_000.0, 100_000.0], "logarytmiczne").breaks
    assert breaks == pytest.approx([1.0, 10.0, 100.0, 1000.0, 10_000.0, 100_000.0])
    fallback = classify([0.0, 5.0, 10.0], "logarytmiczne")
    assert fallback.method == "rowne"
    assert fallback.breaks == class_breaks([0.0, 5.0, 10.0], "rowne")


def test_percentile_window_of_nothing_is_none():
    assert percentile_window([]) is None
    assert percentile_window([None, float("nan")]) is None


def test_clipped_class_labels_have_open_ends():
    from analysis.figures import class_labels

    assert class_labels([0.0, 1.0, 2.0], 0) == ["0 – 1", "1 – 2"]
    assert class_labels([0.0, 1.0, 2.0, 3.0], 0, open_ends=True) == ["< 1", "1 – 2", "≥ 2"]


def test_spreadsheet_values_are_rounded_to_the_precision():
    frame = pl.DataFrame(
        {
            "wartosc": [3102.082851977993, None],
            "zmiana_r_do_r": [1.23456, -0.5],
            "zmiana_od_pierwszego_roku": [None, 2.499],
        }
    )
    assert rounded(frame, 2).row(0) == (3102.08, 1.23, None)
    whole = rounded(frame, 0)
    assert whole["wartosc"].dtype == pl.Int64 and whole.row(0) == (3102, 1, None)
