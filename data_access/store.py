"""The values store: indicator values in Arrow IPC files that every process reads slice by slice.

SMUP's full size is ~1,300 indicators × 15 years × 2,876 units ≈ 56 M rows (~2 GB as Arrow).
No process reads them into its own memory. The build writes, in ``<built>/values/``:

* ``by_indicator.arrow``: every row, sorted by indicator, level, code, year, one record batch
  per indicator;
* ``by_unit.arrow``: the same rows sorted by code, then indicator and year, one record batch
  per unit code;
* ``indicators.parquet`` / ``units.parquet``: the indicator / unit code of each record batch,
  in file order, with its number of rows;
* ``years.parquet``: how many values (status ``value``) each indicator has in each year;
* ``manifest.json``: format, row count, columns and how many rows carry each value of the
  flag columns (``status``, ``quality``, ``provenance``, those present); it is written last
  and marks a complete store.

A query reads the one record batch it needs (an indicator: ~43 k rows, 1.6 MB; a unit: ~20 k
rows) with a positional read, and Polars gets it with the dtypes it was written with. The
files are uncompressed, so reading is a copy out of the operating system's page cache, which
every worker shares; a worker holds only the slices it is using. (Memory-mapping the files
instead makes each touched page map a whole page-cache folio, ~300 KB on this kernel, so the
workers' proportional set size grows with every unit looked at, up to the whole files.)

The store is generic over the columns of the values frame: it needs ``indicator``, ``code``,
``level``, ``year`` and ``status``, and keeps any other column as it is.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.ipc

from data_access.catalogue_model import Status

STORE_DIR = "values"
MANIFEST = "manifest.json"
BY_INDICATOR = "by_indicator.arrow"
BY_UNIT = "by_unit.arrow"
INDICATOR_BATCHES = "indicators.parquet"
UNIT_BATCHES = "units.parquet"
YEARS = "years.parquet"
FORMAT = 2
INDICATOR_ORDER = ("indicator", "level", "code", "year")
UNIT_ORDER = "code"  # a stable sort of the indicator order: code, indicator, year
REQUIRED_COLUMNS = frozenset({*INDICATOR_ORDER, "status"})
FLAG_COLUMNS = ("status", "quality", "provenance")


class StoreError(RuntimeError):
    """The values store is missing, incomplete or of another format: rebuild the data."""


def manifest_path(built_dir: Path) -> Path:
    """The file that exists only once a complete store has been written (its marker)."""
    return built_dir / STORE_DIR / MANIFEST


def store_exists(built_dir: Path) -> bool:
    return manifest_path(built_dir).is_file()


# --- writing -------------------------------------------------------------------------------------
def write_values(batches: Iterable[pl.DataFrame], built_dir: Path) -> int:
    """Write the values store into ``built_dir`` from frames of value rows; returns the rows.

    The frames may come in any order and size (a generator can hand over one batch of
    indicators at a time: only one batch is in memory; sorting uses Polars' streaming engine).
    All must have the same schema. The store is written aside and swapped in at the end.
    """
    staging = built_dir / f".{STORE_DIR}-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "parts").mkdir(parents=True)
    try:
        parts = _write_parts(batches, staging / "parts")
        by_indicator = staging / BY_INDICATOR
        index = _sorted_copy(pl.scan_ipc(parts), INDICATOR_ORDER, "indicator", by_indicator)
        index.write_parquet(staging / INDICATOR_BATCHES)
        shutil.rmtree(staging / "parts")
        index = _sorted_copy(pl.scan_ipc(by_indicator), UNIT_ORDER, "code", staging / BY_UNIT)
        index.write_parquet(staging / UNIT_BATCHES)
        years_with_values(pl.scan_ipc(by_indicator)).write_parquet(staging / YEARS)
        schema = pl.scan_ipc(by_indicator).collect_schema()
        rows = int(pl.read_parquet(staging / INDICATOR_BATCHES)["rows"].sum())
        manifest = {
            "format": FORMAT,
            "rows": rows,
            "columns": {name: str(dtype) for name, dtype in schema.items()},
            "counts": flag_counts(pl.scan_ipc(by_indicator), schema.names()),
        }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        _swap_in(staging, built_dir / STORE_DIR)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return rows


def _write_parts(batches: Iterable[pl.DataFrame], folder: Path) -> list[Path]:
    parts: list[Path] = []
    schema = None
    for batch in batches:
        if schema is None:
            schema = batch.schema
            missing = REQUIRED_COLUMNS - set(schema)
            if missing:
                raise ValueError(f"values lack the columns {sorted(missing)}")
        elif batch.schema != schema:
            raise ValueError(f"batch {len(parts)} has schema {batch.schema}, expected {schema}")
        path = folder / f"part-{len(parts):05d}.arrow"
        batch.write_ipc(path)
        parts.append(path)
    if not parts:
        raise ValueError("no values to write")
    return parts


def _sorted_copy(rows: pl.LazyFrame, order, key: str, target: Path) -> pl.DataFrame:
    """``rows`` sorted by ``order`` into ``target``, one record batch per value of ``key``;
    returns the batch index: ``key`` and ``rows`` of each batch, in file order."""
    unaligned = target.with_suffix(".sorting")
    rows.sort(order, maintain_order=True).sink_ipc(unaligned)
    runs = row_ranges(pl.scan_ipc(unaligned), key)
    with pa.ipc.open_file(pa.memory_map(str(unaligned), "r")) as reader:
        table = reader.read_all()
    with pa.ipc.new_file(str(target), table.schema) as writer:
        for start, length in runs.select("start", "length").iter_rows():
            writer.write_table(table.slice(start, length).combine_chunks(), max_chunksize=length)
    del table
    unaligned.unlink()
    return runs.select(key, pl.col("length").alias("rows"))


def row_ranges(frame: pl.LazyFrame, key: str) -> pl.DataFrame:
    """``key``, ``start``, ``length`` of each run of equal ``key`` values, in row order.

    Raises ``ValueError`` if a value has more than one run (the rows are not grouped by it).
    """
    runs = (
        frame.select(pl.col(key).cast(pl.String).rle())
        .unnest(key)
        .select(
            pl.col("value").alias(key),
            (pl.col("len").cum_sum() - pl.col("len")).cast(pl.UInt64).alias("start"),
            pl.col("len").cast(pl.UInt64).alias("length"),
        )
        .collect()
    )
    if not runs[key].is_unique().all():
        raise ValueError(f"rows are not grouped by {key}")
    return runs


def flag_counts(frame: pl.LazyFrame, columns: list[str]) -> dict[str, dict[str, int]]:
    """Rows per value of each flag column present (a page can say how many values are
    suspect without scanning the store)."""
    counts = {}
    for column in (c for c in FLAG_COLUMNS if c in columns):
        tally = frame.group_by(pl.col(column).cast(pl.String)).len().collect(engine="streaming")
        counts[column] = dict(zip(tally[column], tally["len"], strict=True))
    return counts


def years_with_values(frame: pl.LazyFrame) -> pl.DataFrame:
    """``indicator``, ``year``, ``values``: the number of rows with a value, per year."""
    return (
        frame.filter(pl.col("status").cast(pl.String) == Status.VALUE.value)
        .group_by(pl.col("indicator").cast(pl.String), "year")
        .agg(pl.len().cast(pl.UInt32).alias("values"))
        .sort("indicator", "year")
        .collect()
    )


def _swap_in(staging: Path, target: Path) -> None:
    """Replace ``target`` by ``staging`` (two renames; the old folder is then removed, while
    its files stay readable to processes that have them open)."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        os.rename(target, old)
    os.rename(staging, target)
    if old.exists():
        shutil.rmtree(old)


# --- reading -------------------------------------------------------------------------------------
class _BatchFile:
    """An IPC file whose record batches are read one at a time with positional reads."""

    def __init__(self, path: Path, keys: list[str]):
        self._reader = pa.ipc.open_file(pa.OSFile(str(path), "r"))
        if self._reader.num_record_batches != len(keys):
            raise StoreError(f"{path} does not match its index: rebuild the data")
        self._batch = {key: n for n, key in enumerate(keys)}
        self._lock = threading.Lock()  # one reader object, possibly several request threads

    def keys(self) -> list[str]:
        return list(self._batch)

    def read(self, keys: Iterable[str]) -> pl.DataFrame:
        """The rows of the given keys, in the order given (unknown keys skipped)."""
        wanted = [self._batch[k] for k in dict.fromkeys(keys) if k in self._batch]
        with self._lock:
            batches = [self._reader.get_batch(n) for n in wanted]
        return pl.from_arrow(pa.Table.from_batches(batches, schema=self._reader.schema))


class ValueStore:
    """Read-only access to the values store of a built dataset: rows by indicator and by
    unit, the years each indicator covers, and a lazy scan of everything."""

    def __init__(self, built_dir: Path):
        folder = built_dir / STORE_DIR
        if not store_exists(built_dir):
            raise StoreError(f"no values store in {folder}: rebuild the data (`make data`)")
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        indicators = pl.read_parquet(folder / INDICATOR_BATCHES)
        units = pl.read_parquet(folder / UNIT_BATCHES)
        rows = {manifest.get("rows"), indicators["rows"].sum(), units["rows"].sum()}
        if manifest.get("format") != FORMAT or len(rows) != 1:
            raise StoreError(f"values store in {folder} is incomplete or outdated: rebuild it")
        self.rows = int(manifest["rows"])
        self.counts: dict[str, dict[str, int]] = manifest.get("counts", {})
        self.path = folder / BY_INDICATOR
        self._by_indicator = _BatchFile(self.path, indicators["indicator"].to_list())
        self._by_unit = _BatchFile(folder / BY_UNIT, units["code"].to_list())
        self.coverage = pl.read_parquet(folder / YEARS)  # see years_with_values

    def indicator_ids(self) -> list[str]:
        """Ids of the indicators that have rows, in store order."""
        return self._by_indicator.keys()

    def indicator(self, indicator_id: str) -> pl.DataFrame:
        """All rows of one indicator (sorted by level, code, year); empty if unknown."""
        return self._by_indicator.read([indicator_id])

    def indicators(self, indicator_ids: Iterable[str]) -> pl.DataFrame:
        """All rows of the given indicators, in the order given (unknown ids skipped)."""
        return self._by_indicator.read(indicator_ids)

    def units(self, codes: Iterable[str]) -> pl.DataFrame:
        """All rows of the given unit codes (each sorted by indicator, year), in the order
        given; codes that have no rows are skipped."""
        return self._by_unit.read(codes)

    def scan(self) -> pl.LazyFrame:
        """Every row, lazily (sorted by indicator, level, code, year). A full scan reads the
        whole file: queries of the app read single batches instead."""
        return pl.scan_ipc(self.path)
