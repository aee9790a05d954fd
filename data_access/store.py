"""The values store: indicator values as memory-mapped Arrow IPC files shared by every process.

SMUP's full size is ~1,300 indicators × 15 years × 2,876 units ≈ 57 M rows (~2 GB as Arrow).
No process reads them into private memory. The build writes, in ``<built>/values/``:

* ``by_indicator.arrow``: every row, sorted by indicator, level, code, year;
* ``by_unit.arrow``: the same rows sorted by code, then indicator and year;
* ``indicators.parquet`` / ``units.parquet``: the row range (start, length) of each indicator in
  the first file and of each unit code in the second, so a query slices instead of scanning;
* ``years.parquet``: how many values (status ``value``) each indicator has in each year;
* ``manifest.json``: row count and columns, checked when the store is opened.

The Arrow files are uncompressed, so pyarrow maps them with ``mmap`` and reading a slice copies
nothing: every worker shares the operating system's page cache, and only the pages a query
touches are ever loaded. (Polars 2.1's own ``read_ipc`` copies the whole file into the process;
pyarrow's zero-copy table, sliced and handed to Polars, does not.) A slice becomes a Polars
frame with the dtypes it was written with.

The store is generic over the columns of the values frame: it needs ``indicator``, ``code``,
``level``, ``year`` and ``status``, and keeps any other column as it is.
"""

from __future__ import annotations

import json
import os
import shutil
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
INDICATOR_RANGES = "indicators.parquet"
UNIT_RANGES = "units.parquet"
YEARS = "years.parquet"
FORMAT = 1
INDICATOR_ORDER = ("indicator", "level", "code", "year")
UNIT_ORDER = "code"  # a stable sort of the indicator order: code, indicator, year
REQUIRED_COLUMNS = frozenset({*INDICATOR_ORDER, "status"})


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
    indicators at a time: only one batch is in memory). All must have the same schema. The
    store is written aside and swapped in at the end, so a process that has the previous one
    mapped keeps reading it until it reopens.
    """
    staging = built_dir / f".{STORE_DIR}-{os.getpid()}"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "parts").mkdir(parents=True)
    try:
        parts = _write_parts(batches, staging / "parts")
        pl.scan_ipc(parts).sort(INDICATOR_ORDER, maintain_order=True).sink_ipc(
            staging / BY_INDICATOR
        )
        shutil.rmtree(staging / "parts")
        by_indicator = pl.scan_ipc(staging / BY_INDICATOR)
        by_indicator.sort(UNIT_ORDER, maintain_order=True).sink_ipc(staging / BY_UNIT)
        indicator_runs = row_ranges(by_indicator, "indicator")
        indicator_runs.write_parquet(staging / INDICATOR_RANGES)
        row_ranges(pl.scan_ipc(staging / BY_UNIT), "code").write_parquet(staging / UNIT_RANGES)
        years_with_values(by_indicator).write_parquet(staging / YEARS)
        rows = int(indicator_runs["length"].sum())
        manifest = {
            "format": FORMAT,
            "rows": rows,
            "columns": {name: str(dtype) for name, dtype in by_indicator.collect_schema().items()},
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
    its files stay readable to processes that have them mapped)."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        os.rename(target, old)
    os.rename(staging, target)
    if old.exists():
        shutil.rmtree(old)


# --- reading -------------------------------------------------------------------------------------
def _mapped_table(path: Path) -> pa.Table:
    """The whole IPC file as a pyarrow table over a read-only memory map (zero copy)."""
    with pa.ipc.open_file(pa.memory_map(str(path), "r")) as reader:
        return reader.read_all()


def _ranges(path: Path, key: str) -> dict[str, tuple[int, int]]:
    frame = pl.read_parquet(path)
    return {k: (s, n) for k, s, n in frame.select(key, "start", "length").iter_rows()}


class ValueStore:
    """Read-only access to the values store of a built dataset: slices by indicator and by
    unit, the years each indicator covers, and a lazy scan of everything."""

    def __init__(self, built_dir: Path):
        folder = built_dir / STORE_DIR
        if not store_exists(built_dir):
            raise StoreError(f"no values store in {folder}: rebuild the data (`make data`)")
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        self.path = folder / BY_INDICATOR
        self._by_indicator = _mapped_table(self.path)
        self._by_unit = _mapped_table(folder / BY_UNIT)
        rows = {manifest.get("rows"), self._by_indicator.num_rows, self._by_unit.num_rows}
        if manifest.get("format") != FORMAT or len(rows) != 1:
            raise StoreError(f"values store in {folder} is incomplete or outdated: rebuild it")
        self._indicator_rows = _ranges(folder / INDICATOR_RANGES, "indicator")
        self._unit_rows = _ranges(folder / UNIT_RANGES, "code")
        self.coverage = pl.read_parquet(folder / YEARS)  # see years_with_values

    @property
    def rows(self) -> int:
        return self._by_indicator.num_rows

    def indicator_ids(self) -> list[str]:
        """Ids of the indicators that have rows, in store order."""
        return list(self._indicator_rows)

    def indicator(self, indicator_id: str) -> pl.DataFrame:
        """All rows of one indicator (sorted by level, code, year); empty if unknown."""
        start, length = self._indicator_rows.get(indicator_id, (0, 0))
        return pl.from_arrow(self._by_indicator.slice(start, length))

    def indicators(self, indicator_ids: Iterable[str]) -> pl.DataFrame:
        """All rows of the given indicators, in the order given (unknown ids skipped)."""
        rows = self._indicator_rows
        found = [rows[i] for i in dict.fromkeys(indicator_ids) if i in rows]
        return self._gather(self._by_indicator, found)

    def units(self, codes: Iterable[str]) -> pl.DataFrame:
        """All rows of the given unit codes (each sorted by indicator, year), in the order
        given; codes that have no rows are skipped."""
        found = [self._unit_rows[c] for c in dict.fromkeys(codes) if c in self._unit_rows]
        return self._gather(self._by_unit, found)

    @staticmethod
    def _gather(table: pa.Table, ranges: list[tuple[int, int]]) -> pl.DataFrame:
        if not ranges:
            return pl.from_arrow(table.slice(0, 0))
        return pl.from_arrow(pa.concat_tables([table.slice(s, n) for s, n in ranges]))

    def scan(self) -> pl.LazyFrame:
        """Every row, lazily (sorted by indicator, level, code, year). A full scan reads the
        whole file: queries of the app use the slices above."""
        return pl.scan_ipc(self.path)
