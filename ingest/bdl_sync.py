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
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import polars as pl

from data_access.build import to_current_codes
from data_access.catalogue import Catalogue
from data_access.catalogue_model import Aggregation, Provenance, Status
from data_access.units import code_map
from i18n import format_duration, format_number, t, t_count
from ingest import versions
from ingest.bdl_api import MAX_PAGE_SIZE, BdlClient
from ingest.ratelimit import estimate_seconds, paced
from ingest.synced import SyncedData, apply_sync

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


# --- the run -------------------------------------------------------------------------------

SYNC_DIR = Path("sync") / "bdl"
RUN_FILE = "run.json"
PAGES = "pages"  # the client's page cache: resumes an id that was cut short


@dataclass(frozen=True)
class BdlSyncRequest:
    data_dir: Path
    indicators: tuple[str, ...] = ()
    years: tuple[int, int] = (2015, 2024)
    dry_run: bool = False
    resume: bool = False

    @property
    def folder(self) -> Path:
        return self.data_dir / SYNC_DIR


def turning_real(catalogue: Catalogue, plans: list[VariablePlan], real: set[str]) -> list[str]:
    """Demonstration indicators whose every component will be real after the sync: fetched
    now, or real already (``real``: variables with real rows in the current components)."""
    fetched = {p.variable for p in plans}
    usable = fetched | real
    return [
        i.id
        for i in catalogue.indicators
        if i.provenance == Provenance.DEMO
        and (i.numerator in fetched or (i.denominator or "") in fetched)
        and i.numerator in usable
        and (not i.denominator or i.denominator in usable)
    ]


def read_run(folder: Path) -> dict:
    path = folder / RUN_FILE
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def write_run(folder: Path, record: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{RUN_FILE}.tmp"
    partial.write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    partial.replace(folder / RUN_FILE)


def run_bdl_sync(
    request: BdlSyncRequest,
    client: BdlClient,
    catalogue: Catalogue,
    echo: Callable[[str], None],
    progress,
    now: Callable[[], dt.datetime] = dt.datetime.now,
):
    """Plan, fetch (resumable) and apply; returns the :class:`SyncOutcome`, or None for a dry
    run. Raises ``BdlApiError``, ``VersionError``, ``BdlSyncError`` or ``OSError``; then the
    data are unchanged and the checkpoints stay."""
    previous = read_run(request.folder)
    if previous.get("state") == "running" and not request.resume:
        raise BdlSyncError(t("ingest.bdl_sync.interrupted", path=request.folder))
    if request.resume and previous.get("state") == "running":
        request = BdlSyncRequest(
            request.data_dir,
            tuple(previous.get("indicators", ())),
            tuple(previous["years"]),
            resume=True,
        )
    plans, problems = sync_plan(catalogue, request.indicators)
    unknown = sorted(set(request.indicators) - {i.id for i in catalogue.indicators})
    if unknown:
        raise BdlSyncError(t("ingest.bdl_sync.unknown_indicators", ids=", ".join(unknown)))
    for problem in problems:
        echo(t("ingest.bdl_sync.conflict", problem=problem))
    if not plans:
        raise BdlSyncError(t("ingest.bdl_sync.nothing"))
    built = request.data_dir / versions.BUILT
    components = pl.read_parquet(built / "components.parquet")
    real = set(
        components.filter(pl.col("provenance") == "real")["variable"].unique().to_list()
        if "provenance" in components.columns
        else ()
    )
    ids = bdl_ids(plans)
    requests = len(ids) * requests_per_id()
    echo(
        t(
            "ingest.bdl_sync.plan",
            variables=len(plans),
            ids=len(ids),
            requests=format_number(requests),
            first=request.years[0],
            last=request.years[1],
        )
    )
    echo(
        t(
            "ingest.bdl_sync.estimate",
            keyed=format_duration(estimate_seconds(requests, paced(True))),
            anonymous=format_duration(estimate_seconds(requests, paced(False))),
        )
    )
    turning = turning_real(catalogue, plans, real)
    counted = t_count("count.indicators", len(turning))
    echo(t("ingest.bdl_sync.real_after", indicators=counted, ids=", ".join(turning) or "–"))
    if request.dry_run:
        return None
    years = list(range(request.years[0], request.years[1] + 1))
    write_run(
        request.folder,
        {"state": "running", "indicators": list(request.indicators), "years": request.years},
    )
    progress.start(len(ids))
    try:
        units = pl.read_parquet(built / "units.parquet")
        synced, left_out = fetch_all(
            client, plans, years, request.folder, units, lambda i: progress.advance(f"BDL {i}")
        )
    finally:
        progress.close()
    if left_out:
        echo(t("ingest.bdl_sync.left_out", count=len(left_out), codes=", ".join(left_out[:10])))
    outcome = apply_sync(request.data_dir, synced, now())
    shutil.rmtree(request.folder / PAGES, ignore_errors=True)
    write_run(
        request.folder,
        {"state": "completed", "finished": now().isoformat(timespec="seconds"), "years": years},
    )
    return outcome


class BdlSyncError(RuntimeError):
    """The sync cannot go on; the message is in Polish."""
