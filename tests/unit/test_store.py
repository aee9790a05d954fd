"""The values store on tiny synthetic frames: round trip, slices by indicator and by unit,
years with values, extra columns, and what happens to readers when the store is rewritten."""

from __future__ import annotations

import json
from collections import Counter

import polars as pl
import pytest

from data_access.build import quality_flag, stored_values
from data_access.store import (
    MANIFEST,
    STORE_DIR,
    StoreError,
    ValueStore,
    row_ranges,
    store_exists,
    write_values,
)

UNITS = [("00", "kraj"), ("02", "wojewodztwo"), ("0201", "powiat"), ("0201011", "gmina")]
ORDER = ["indicator", "level", "code", "year"]


def values_frame(indicator: str, scale: float = 1.0) -> pl.DataFrame:
    """Two years of one indicator for four units (a code with a leading zero, a missing
    value and a not-applicable one included), in the stored dtypes."""
    rows = []
    for code, level in UNITS:
        for year in (2023, 2024):
            value, status = scale * len(code) + year, "value"
            if code == "0201011" and year == 2024:
                value, status = None, "no_data"
            if code == "0201" and year == 2023:
                value, status = None, "not_applicable"
            rows.append((indicator, code, level, year, value, status, "demo", 1, 1))
    columns = ["indicator", "code", "level", "year", "value", "status", "provenance", "rank"]
    return stored_values(
        pl.DataFrame(rows, schema=[*columns, "rank_of"], orient="row").with_columns(
            pl.col("year").cast(pl.Int32), quality_flag().alias("quality")
        )
    )


@pytest.fixture
def full() -> pl.DataFrame:
    return pl.concat([values_frame("b-ind", 2.0), values_frame("a-ind"), values_frame("c-ind")])


@pytest.fixture
def store(tmp_path, full) -> ValueStore:
    # batches out of order and split: the store sorts them
    write_values([full.filter(pl.col("indicator") != "a-ind"), values_frame("a-ind")], tmp_path)
    return ValueStore(tmp_path)


def test_round_trip_keeps_rows_dtypes_and_missing_values(store, full):
    stored = store.scan().collect()
    assert stored.schema == full.schema
    assert stored.equals(full.sort(ORDER))
    assert store.rows == full.height
    missing = stored.filter(pl.col("code") == "0201011", pl.col("year") == 2024)
    assert missing["value"].to_list() == [None, None, None]
    assert set(missing["status"]) == {"no_data"}


def test_indicator_slice_equals_a_filter_of_the_whole(store, full):
    for indicator in ("a-ind", "b-ind", "c-ind"):
        expected = full.filter(pl.col("indicator") == indicator).sort(ORDER)
        assert store.indicator(indicator).equals(expected)
    both = store.indicators(["c-ind", "a-ind", "unknown"])
    assert both["indicator"].cast(pl.String).unique(maintain_order=True).to_list() == [
        "c-ind",
        "a-ind",
    ]
    assert store.indicator_ids() == ["a-ind", "b-ind", "c-ind"]


def test_unknown_indicator_is_empty_with_the_schema(store, full):
    empty = store.indicator("unknown")
    assert empty.height == 0 and empty.schema == full.schema


def test_unit_slice_equals_a_filter_of_the_whole(store, full):
    for code, _ in UNITS:
        expected = full.filter(pl.col("code") == code).sort("indicator", "year")
        assert store.units([code]).equals(expected)
    picked = store.units(["0201011", "missing", "02"])
    assert picked["code"].unique(maintain_order=True).to_list() == ["0201011", "02"]
    assert store.units(["missing"]).schema == full.schema


def test_code_with_leading_zero_stays_a_string(store):
    rows = store.units(["0201011"])
    assert rows.schema["code"] == pl.String and set(rows["code"]) == {"0201011"}
    assert store.units(["201011"]).height == 0


def test_years_count_values_only(store):
    years = store.coverage.filter(pl.col("indicator") == "a-ind").sort("year")
    assert years["year"].to_list() == [2023, 2024]
    assert years["values"].to_list() == [3, 3]  # one not applicable, one missing


def test_extra_columns_are_kept_without_code_changes(tmp_path):
    frame = values_frame("a-ind").with_columns(
        pl.when(pl.col("code") == "02")
        .then(pl.lit("suspect"))
        .otherwise(pl.lit("ok"))
        .cast(pl.Enum(["ok", "suspect"]))
        .alias("review")
    )
    write_values([frame], tmp_path)
    store = ValueStore(tmp_path)
    assert store.indicator("a-ind").equals(frame.sort(ORDER))
    assert store.units(["02"])["review"].to_list() == ["suspect", "suspect"]


def test_the_manifest_counts_each_flag(store, full):
    for column in ("status", "quality", "provenance"):
        expected = Counter(full[column].cast(pl.String).to_list())
        assert store.counts[column] == dict(expected), column
    assert store.counts["quality"]["demo"] == store.counts["status"]["value"]


def test_batches_must_share_a_schema_and_have_the_key_columns(tmp_path):
    with pytest.raises(ValueError, match="schema"):
        write_values([values_frame("a"), values_frame("b").drop("rank")], tmp_path)
    with pytest.raises(ValueError, match="status"):
        write_values([values_frame("a").drop("status")], tmp_path)
    with pytest.raises(ValueError, match="no values"):
        write_values([], tmp_path)
    assert not store_exists(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == []  # nothing left behind


def test_row_ranges_need_grouped_rows():
    frame = pl.LazyFrame({"code": ["02", "02", "0201", "02"]})
    with pytest.raises(ValueError, match="grouped"):
        row_ranges(frame, "code")
    ranges = row_ranges(frame.head(3), "code")
    assert ranges.rows() == [("02", 0, 2), ("0201", 2, 1)]


def test_missing_or_outdated_store_asks_for_a_rebuild(tmp_path):
    with pytest.raises(StoreError, match="rebuild"):
        ValueStore(tmp_path)
    write_values([values_frame("a-ind")], tmp_path)
    manifest = tmp_path / STORE_DIR / MANIFEST
    manifest.write_text(json.dumps({"format": 1, "rows": 1}), encoding="utf-8")
    with pytest.raises(StoreError, match="rebuild"):
        ValueStore(tmp_path)


def test_open_readers_keep_their_data_when_the_store_is_rewritten(tmp_path):
    write_values([values_frame("a-ind")], tmp_path)
    old = ValueStore(tmp_path)
    write_values([values_frame("a-ind", 10.0), values_frame("z-ind")], tmp_path)
    assert old.indicator("a-ind").equals(values_frame("a-ind"))
    new = ValueStore(tmp_path)
    assert new.indicator("a-ind").equals(values_frame("a-ind", 10.0))
    assert new.indicator_ids() == ["a-ind", "z-ind"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [STORE_DIR]
