"""``sync-bdl``: the BDL variables that the catalogue names, fetched from the BDL API and made
the dataset's components.

Every indicator whose ``real_source`` names ``bdl_numerator`` (and ``bdl_denominator``) ids
feeds its numerator (and denominator) variable from BDL: the ids of one list are added up, at
the gmina level (the build sums gminy into powiaty, voivodeships and Poland). Each BDL id is
fetched once for all its years and kept in a checkpoint (``<data>/sync/bdl/<id>.parquet``),
so an interrupted run continues where it stopped and a repeated one fetches only the years it
lacks and the two latest (which GUS still revises). The result goes through
:func:`ingest.synced.apply_sync`: all or nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from data_access.build import to_current_codes
from data_access.catalogue import Catalogue
from data_access.catalogue_model import Aggregation, Status
from data_access.units import code_map
from ingest.bdl_api import MAX_PAGE_SIZE, BdlClient
from ingest.synced import SyncedData

SOURCE = "GUS, BDL"
GMINA_LEVEL = 6  # BDL's unit level of gminy
REVISED_YEARS = 2  # the latest years are fetched again on every run
GMINY = 2_477
CHECKPOINT_SCHEMA = {"code": pl.String, "year": pl.Int32, "value": pl.Float64}


@dataclass(frozen=True)
class VariablePlan:
    """One component variable of ours and the BDL ids whose sum it is."""

    variable: str
    bdl_ids: tuple[str, ...]
    indicators: tuple[str, ...]


def sync_plan(
    catalogue: Catalogue, only: Iterable[str] = ()
) -> tuple[list[VariablePlan], list[str]]:
    """The variables to fetch (for the indicators ``only``, or all) and the problems found: a
    variable that two indicators map to different BDL ids is left out and reported."""
    wanted = set(only)
    ids: dict[str, set[tuple[str, ...]]] = {}
    users: dict[str, list[str]] = {}
    for indicator in catalogue.indicators:
        if wanted and indicator.id not in wanted:
            continue
        if indicator.aggregation != Aggregation.SUM:
            continue
        source = indicator.real_source
        pairs = [(indicator.numerator, source.bdl_numerator)]
        if indicator.denominator:
            pairs.append((indicator.denominator, source.bdl_denominator))
        for variable, bdl_ids in pairs:
            if bdl_ids:
                ids.setdefault(variable, set()).add(tuple(sorted(bdl_ids)))
                users.setdefault(variable, []).append(indicator.id)
    plans, problems = [], []
    for variable in sorted(ids):
        if len(ids[variable]) > 1:
            variants = " | ".join("+".join(v) for v in sorted(ids[variable]))
            problems.append(f"{variable}: {variants}")
            continue
        plans.append(VariablePlan(variable, next(iter(ids[variable])), tuple(users[variable])))
    return plans, problems


def bdl_ids(plans: list[VariablePlan]) -> list[str]:
    """Every BDL id the plans need, once."""
    return sorted({i for plan in plans for i in plan.bdl_ids}, key=int)


def requests_per_id() -> int:
    """Pages of one variable at the gmina level (all years come in one page set)."""
    return math.ceil(GMINY / MAX_PAGE_SIZE)


# --- checkpoint ------------------------------------------------------------------------------


def checkpoint_path(folder: Path, bdl_id: str) -> Path:
    return folder / f"{bdl_id}.parquet"


def read_checkpoint(folder: Path, bdl_id: str) -> pl.DataFrame:
    path = checkpoint_path(folder, bdl_id)
    if not path.is_file():
        return pl.DataFrame(schema=CHECKPOINT_SCHEMA)
    return pl.read_parquet(path)


def years_to_fetch(have: pl.DataFrame, years: list[int]) -> list[int]:
    """The years of ``years`` the checkpoint lacks, and the latest ones (revised by GUS)."""
    present = set(have["year"].unique().to_list())
    recent = set(sorted(years)[-REVISED_YEARS:])
    return [y for y in years if y not in present or y in recent]


def write_checkpoint(folder: Path, bdl_id: str, rows: pl.DataFrame) -> None:
    """Written aside and renamed: a crash never leaves half a file."""
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{bdl_id}.parquet.tmp"
    rows.write_parquet(partial)
    partial.replace(checkpoint_path(folder, bdl_id))


def merged_checkpoint(have: pl.DataFrame, fetched: pl.DataFrame) -> pl.DataFrame:
    """The checkpoint with the fetched years replacing its rows of the same years."""
    years = fetched["year"].unique().to_list()
    kept = have.filter(~pl.col("year").is_in(years))
    return pl.concat([kept, fetched.select(list(CHECKPOINT_SCHEMA))]).sort("code", "year")


def fetch_id(client: BdlClient, folder: Path, bdl_id: str, years: list[int]) -> pl.DataFrame:
    """The rows of one BDL id for ``years``, from the checkpoint and the API."""
    have = read_checkpoint(folder, bdl_id)
    missing = years_to_fetch(have, years)
    if missing:
        fetched = client.variable_frame(int(bdl_id), GMINA_LEVEL, missing)
        have = merged_checkpoint(have, fetched.select(list(CHECKPOINT_SCHEMA)))
        write_checkpoint(folder, bdl_id, have)
    return have.filter(pl.col("year").is_in(years))


# --- components ------------------------------------------------------------------------------


def variable_rows(plan: VariablePlan, frames: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """``code, variable, year, value, status`` of one variable: the sum of its BDL ids where
    every id has a value, ``no_data`` where one has none."""
    parts = [frames[i].rename({"value": f"v{n}"}) for n, i in enumerate(plan.bdl_ids)]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined.join(part, on=["code", "year"], how="full", coalesce=True)
    columns = [f"v{n}" for n in range(len(parts))]
    complete = pl.all_horizontal(pl.col(c).is_not_null() for c in columns)
    return joined.select(
        "code",
        pl.lit(plan.variable).alias("variable"),
        pl.col("year").cast(pl.Int32),
        pl.when(complete).then(pl.sum_horizontal(columns)).alias("value"),
        pl.when(complete)
        .then(pl.lit(Status.VALUE.value))
        .otherwise(pl.lit(Status.NO_DATA.value))
        .alias("status"),
    )


def current_rows(rows: pl.DataFrame, units: pl.DataFrame) -> tuple[pl.DataFrame, list[str]]:
    """Rows under today's gmina codes; the codes of gminy that no longer exist are left out
    and returned (they are reported, never guessed)."""
    current = to_current_codes(rows, code_map(units))
    known = set(units.filter(pl.col("level") == "gmina")["code"].to_list())
    unknown = sorted(set(current["code"].unique().to_list()) - known)
    current = current.filter(pl.col("code").is_in(list(known)))
    # gminy merged since: their rows add up (a value only if each part has one)
    complete = (pl.col("status") == Status.VALUE.value).all()
    deduplicated = (
        current.group_by("code", "variable", "year")
        .agg(pl.col("value").sum(), complete.alias("complete"))
        .select(
            "code",
            "variable",
            "year",
            pl.when("complete").then(pl.col("value")).alias("value"),
            pl.when("complete")
            .then(pl.lit(Status.VALUE.value))
            .otherwise(pl.lit(Status.NO_DATA.value))
            .alias("status"),
        )
    )
    return deduplicated.sort("variable", "code", "year"), unknown


def fetch_all(
    client: BdlClient,
    plans: list[VariablePlan],
    years: list[int],
    folder: Path,
    units: pl.DataFrame,
    progress: Callable[[str], None] = lambda _: None,
) -> tuple[SyncedData, list[str]]:
    """Every planned variable fetched (or read from the checkpoint) as :class:`SyncedData`,
    and the unknown unit codes left out. ``progress`` is told each BDL id as it is done."""
    frames = {}
    for bdl_id in bdl_ids(plans):
        frames[bdl_id] = fetch_id(client, folder, bdl_id, years)
        progress(bdl_id)
    rows = pl.concat([variable_rows(plan, frames) for plan in plans])
    components, unknown = current_rows(rows, units)
    details = {
        "base_url": client.base_url,
        "requests": client.requests_sent,
        "variables": len(plans),
        "bdl_ids": len(frames),
        "years": [min(years), max(years)],
        "units_left_out": len(unknown),
    }
    return SyncedData(SOURCE, components, None, details), unknown


def finished(folder: Path, now: dt.datetime, summary: dict) -> None:
    """Note that the run finished (the checkpoints stay: the next run is incremental)."""
    folder.mkdir(parents=True, exist_ok=True)
    record = {"finished_at": now.isoformat(timespec="seconds")} | summary
    (folder / "last-run.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
