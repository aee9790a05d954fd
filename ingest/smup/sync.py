"""One SMUP sync: dictionaries, a plan, the indicator-years fetched into the checkpoint, then
the whole selection handed to :func:`ingest.synced.apply_sync` (all or nothing).

- Plan: the dictionaries first (areas, services and indicators in Polish and English, units,
  flags, years), then one request per indicator-year of the selection.
- Resumable: each finished indicator-year is a file of the checkpoint
  (:mod:`ingest.smup.checkpoint`); a run that did not complete (Ctrl-C, a crash, a network
  failure, a broken answer) leaves ``run.json`` "running", and only ``--resume`` goes on with it
  (its selection, its dictionaries, the tasks it had not finished).
- Incremental: a new run fetches the indicator-years the checkpoint does not have (years that
  appeared in ``data-dictionary``, new indicators) and, as "newer", asks again for the
  indicator-years of the two latest years that had no data (404) last time: SMUP fills recent
  years late. Values already fetched are not asked again. When the result is the same as the
  last switched version's (same fingerprint) and that version is still current, nothing is
  switched.
- Linked indicators (one of ours names the SMUP id in ``real_source.smup``) are listed as links,
  not added; their values are fetched only when ours is a demonstration indicator (it then
  shows SMUP's values).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from data_access.catalogue_model import Provenance
from i18n import format_duration, t
from ingest import versions
from ingest.progress import LineProgress
from ingest.ratelimit import estimate_seconds, paced
from ingest.smup import fields as f
from ingest.smup import parse
from ingest.smup.checkpoint import COMPLETED, RUNNING, Checkpoint, now_epoch
from ingest.smup.client import SmupClient
from ingest.smup.errors import SmupError, redact

SYNC_DIR = Path("sync") / "smup"
RECENT_YEARS = 2  # "newer": 404 years among the latest ones are asked again
DICTIONARY_NAMES = (
    "areas.pl",
    "areas.en",
    "services.pl",
    "services.en",
    "indicators.pl",
    "indicators.en",
    "units",
    "flags",
    "years",
)
WHERE = {
    "areas": f.AREAS_PATH,
    "services": f.SERVICES_PATH,
    "indicators": f.INDICATORS_PATHS[0],
    "units": f.UNITS_PATH,
    "flags": f.FLAGS_PATH,
    "years": f.DATES_PATH,
}

Echo = Callable[[str], None]


# --- selection -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Selection:
    """What to sync: SMUP or our area ids, SMUP indicator ids, a range of years (empty = all)."""

    areas: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    years: tuple[int, int] | None = None

    @property
    def empty(self) -> bool:
        return not (self.areas or self.indicators or self.years)

    def as_json(self) -> dict:
        years = list(self.years) if self.years else None
        return {"areas": list(self.areas), "indicators": list(self.indicators), "years": years}

    @classmethod
    def from_json(cls, data: dict) -> Selection:
        years = data.get("years")
        return cls(
            tuple(data.get("areas") or ()),
            tuple(data.get("indicators") or ()),
            (int(years[0]), int(years[1])) if years else None,
        )

    def describe(self) -> str:
        every = t("ingest.smup.all")
        years = f"{self.years[0]}–{self.years[1]}" if self.years else every
        return t(
            "ingest.smup.selection",
            areas=", ".join(self.areas) or every,
            indicators=", ".join(self.indicators) or every,
            years=years,
        )


def parse_ids(text: str | None) -> tuple[str, ...]:
    """``"a, b,c"`` → ``("a", "b", "c")``."""
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


# --- dictionaries --------------------------------------------------------------------------
@dataclass(frozen=True)
class Dictionaries:
    areas: tuple[parse.Area, ...]
    services: tuple[parse.Service, ...]
    indicators: tuple[parse.Indicator, ...]
    english: parse.English
    years: tuple[int, ...]
    units: parse.UnitMap
    flags: dict[str, f.FlagKind]


def fetch_dictionaries(client: SmupClient) -> dict[str, list]:
    """The dictionaries' records as SMUP gives them (checked as lists of records)."""
    raw = {}
    for lang in ("pl", "en"):
        raw[f"areas.{lang}"] = client.listing(f.AREAS_PATH, lang)
        raw[f"services.{lang}"] = client.listing(f.SERVICES_PATH, lang)
        raw[f"indicators.{lang}"] = client.indicators(lang)
    raw["units"] = client.records(f.UNITS_PATH)
    raw["flags"] = client.records(f.FLAGS_PATH)
    raw["years"] = client.records(f.DATES_PATH)
    return raw


def parse_dictionaries(raw: dict[str, list], known_codes: set[str]) -> Dictionaries:
    """Typed dictionaries (every record checked; references, flags and years too)."""
    areas = parse.parse_areas(raw["areas.pl"], WHERE["areas"])
    services = parse.parse_services(raw["services.pl"], WHERE["services"])
    indicators = parse.parse_indicators(raw["indicators.pl"], WHERE["indicators"])
    parse.check_references(areas, services, indicators)
    english = parse.English(
        areas={a.id: a for a in parse.parse_areas(raw["areas.en"], WHERE["areas"])},
        services={s.id: s for s in parse.parse_services(raw["services.en"], WHERE["services"])},
        indicators={
            i.id: i for i in parse.parse_indicators(raw["indicators.en"], WHERE["indicators"])
        },
    )
    return Dictionaries(
        areas=areas,
        services=services,
        indicators=indicators,
        english=english,
        years=parse.parse_years(raw["years"], WHERE["years"]),
        units=parse.map_units(raw["units"], WHERE["units"], frozenset(known_codes)),
        flags=parse.parse_flags(raw["flags"], WHERE["flags"]),
    )


# --- plan ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Link:
    indicator: str  # our indicator id
    demo: bool  # ours is a demonstration indicator: SMUP's values are fetched for it


@dataclass(frozen=True)
class Plan:
    series: tuple[parse.Series, ...]  # fetched: new indicators and links to our demo ones
    unfetched: tuple[parse.Series, ...]  # linked to our real indicators: listed only
    links: dict[str, str]  # SMUP id → our indicator id
    years: tuple[int, ...]
    tasks: tuple[tuple[str, int], ...]  # indicator-years to fetch
    kept: int  # indicator-years already in the checkpoint

    @property
    def smup_ids(self) -> int:
        return sum(len(s.ids) for s in self.series)


def our_services() -> list[tuple[str, str, str]]:
    """(id, area id, name) of the services of our catalogue (TOML files)."""
    from data_access.catalogue import default_catalogue

    return [(s.id, s.area_id, s.name) for s in default_catalogue().services]


def our_links() -> dict[str, Link]:
    """{SMUP id: our indicator} from the ``real_source.smup`` of our catalogue (TOML files)."""
    from data_access.catalogue import default_catalogue

    return {
        smup_id: Link(i.id, i.provenance == Provenance.DEMO)
        for i in default_catalogue().indicators
        for smup_id in i.real_source.smup
    }


def _area_filter(dicts: Dictionaries, wanted: tuple[str, ...]) -> set[str]:
    """SMUP area ids of ``wanted`` (SMUP ids, our area ids or ``smup-obszar-<id>``)."""
    names = {a.id: a.id for a in dicts.areas}
    names |= {f.area_id(a.id): a.id for a in dicts.areas}
    names |= {parse.our_area(a): a.id for a in dicts.areas if parse.our_area(a)}
    unknown = [w for w in wanted if w not in names]
    if unknown:
        known = sorted(k for k in names if not k.isdigit())
        raise SmupError(
            "ingest.smup.error.bad_areas", areas=", ".join(unknown), known=", ".join(known)
        )
    return {names[w] for w in wanted}


def select_series(dicts: Dictionaries, selection: Selection) -> tuple[parse.Series, ...]:
    """The series the selection names (a series is in when any of its parts is)."""
    ids = {i.id for i in dicts.indicators}
    unknown = [i for i in selection.indicators if i not in ids]
    if unknown:
        raise SmupError("ingest.smup.error.bad_indicators", indicators=", ".join(unknown))
    ordered = sorted(
        dicts.indicators,
        key=lambda i: (int(i.service), i.position if i.position is not None else 10**9, int(i.id)),
    )
    service_area = {s.id: s.area for s in dicts.services}
    areas = _area_filter(dicts, selection.areas) if selection.areas else None
    chosen = []
    for series in parse.series_of(ordered):
        if areas is not None and service_area[series.indicator.service] not in areas:
            continue
        if selection.indicators and not set(series.ids) & set(selection.indicators):
            continue
        chosen.append(series)
    return tuple(chosen)


def select_years(dicts: Dictionaries, selection: Selection) -> tuple[int, ...]:
    if selection.years is None:
        years = dicts.years
    else:
        first, last = selection.years
        years = tuple(y for y in dicts.years if first <= y <= last)
    if not years:
        span = f"{dicts.years[0]}–{dicts.years[-1]}" if dicts.years else "–"
        raise SmupError("ingest.smup.error.no_years", span=span)
    return years


def make_plan(
    dicts: Dictionaries,
    selection: Selection,
    links: dict[str, Link],
    finished: dict[tuple[str, int], bool],
    refetch_recent: bool,
) -> Plan:
    """What a run fetches: every indicator-year of the selection the checkpoint does not have
    and, with ``refetch_recent``, those of the latest years that had no data."""
    series = select_series(dicts, selection)
    linked = {i: links[i] for s in series for i in s.ids if i in links}
    fetched = tuple(s for s in series if all(linked[i].demo for i in s.ids if i in linked))
    unfetched = tuple(s for s in series if s not in fetched)
    years = select_years(dicts, selection)
    recent = set(dicts.years[-RECENT_YEARS:])
    tasks, kept = [], 0
    for one in fetched:
        for indicator in one.ids:
            for year in years:
                state = finished.get((indicator, year))
                if state is None or (refetch_recent and not state and year in recent):
                    tasks.append((indicator, year))
                else:
                    kept += 1
    return Plan(
        series=fetched,
        unfetched=unfetched,
        links={i: link.indicator for i, link in linked.items()},
        years=years,
        tasks=tuple(tasks),
        kept=kept,
    )


def resumed(plan: Plan, run: dict, checkpoint: Checkpoint) -> Plan:
    """The plan of an interrupted run: its own tasks less those finished since it started."""
    done = checkpoint.finished(since=float(run.get("started_epoch", 0)))
    stored = [(str(i), int(y)) for i, y in run.get("tasks", [])]
    remaining = tuple(task for task in stored if task not in done)
    return Plan(
        plan.series,
        plan.unfetched,
        plan.links,
        plan.years,
        remaining,
        plan.kept + len(stored) - len(remaining),
    )


# --- reporting -----------------------------------------------------------------------------
def report_dictionaries(dicts: Dictionaries, echo: Echo) -> None:
    span = f"{dicts.years[0]}–{dicts.years[-1]}" if dicts.years else "–"
    echo(
        t(
            "ingest.smup.dictionaries",
            areas=len(dicts.areas),
            services=len(dicts.services),
            indicators=len(dicts.indicators),
            years=span,
            flags=len(dicts.flags),
        )
    )
    units = dicts.units
    echo(
        t(
            "ingest.smup.units",
            mapped=len(units.codes),
            parts=len(units.parts),
            districts=len(units.districts),
        )
    )
    if units.unknown:
        echo(
            t("ingest.smup.units_unknown", count=len(units.unknown), units=units.describe_unknown())
        )


def report_plan(plan: Plan, keyed: bool, echo: Echo) -> None:
    if plan.links:
        shown = ", ".join(f"{smup} → {ours}" for smup, ours in sorted(plan.links.items()))
        echo(t("ingest.smup.linked", links=shown))
    echo(
        t(
            "ingest.smup.plan",
            series=len(plan.series),
            indicators=plan.smup_ids,
            years=len(plan.years),
            kept=plan.kept,
            requests=len(plan.tasks),
        )
    )
    mode = t("ingest.smup.keyed") if keyed else t("ingest.smup.anonymous")
    echo(
        t(
            "ingest.smup.estimate",
            keyed=format_duration(estimate_seconds(len(plan.tasks), paced(True))),
            anonymous=format_duration(estimate_seconds(len(plan.tasks), paced(False))),
            mode=mode,
        )
    )


# --- the run -------------------------------------------------------------------------------
def fetch(client: SmupClient, plan: Plan, checkpoint: Checkpoint, progress) -> None:
    """Fetch the plan's indicator-years into the checkpoint, one file each as it finishes."""
    progress.start(len(plan.tasks))
    try:
        for indicator, year in plan.tasks:
            items = client.indicator_year(indicator, year)
            where = f"{f.DATA_PATH}?{f.ID_PARAM}={indicator}&{f.DATE_PARAM}={parse.date_id(year)}"
            columns = None if items is None else parse.parse_rows(items, where, indicator, year)
            stamp = dt.datetime.now().isoformat(timespec="seconds")
            checkpoint.save_year(indicator, year, columns, stamp)
            rows = None if columns is None else len(columns["unit"])
            key = "ingest.smup.progress.none" if rows is None else "ingest.smup.progress.rows"
            progress.advance(t(key, indicator=indicator, year=year, rows=rows))
    finally:
        progress.close()


def fetched_rows(plan: Plan, checkpoint: Checkpoint) -> pl.DataFrame:
    """Every fetched row of the plan's series and years, from the checkpoint."""
    frames = [
        parse.fetched_frame(indicator, year, columns)
        for one in plan.series
        for indicator in one.ids
        for year in plan.years
        if (columns := checkpoint.load_year(indicator, year)) is not None
    ]
    if frames:
        return pl.concat(frames)
    return parse.fetched_frame("", 0, {name: [] for name in parse.ROW_SCHEMA})


def series_data(components: pl.DataFrame, fetched: pl.DataFrame, plan: Plan) -> dict:
    """{series key: its levels and precision}, for the series that have rows."""
    found = {}
    for one in plan.series:
        codes = components.filter(pl.col("variable") == one.variable)["code"].unique()
        if codes.is_empty():
            continue
        precision = fetched.filter(pl.col("indicator").is_in(one.ids))["precision"].max()
        found[one.key] = parse.SeriesData(parse.levels_of(codes.to_list()), precision)
    return found


@dataclass
class Assembled:
    components: pl.DataFrame
    catalogue: dict
    facts: parse.RowFacts
    fingerprint: str


def assemble(dicts: Dictionaries, plan: Plan, checkpoint: Checkpoint) -> Assembled:
    """The selection's component rows and catalogue entries, from the checkpoint."""
    fetched = fetched_rows(plan, checkpoint)
    components, facts = parse.component_rows(fetched, plan.series, dicts.units, dicts.flags)
    catalogue = parse.catalogue(
        dicts.areas,
        dicts.services,
        (*plan.series, *plan.unfetched),
        series_data(components, fetched, plan),
        plan.links,
        dicts.english,
        our_services(),
    )
    return Assembled(components, catalogue, facts, fingerprint(components, catalogue))


def fingerprint(components: pl.DataFrame, catalogue: dict) -> str:
    digest = hashlib.sha256(json.dumps(catalogue, sort_keys=True).encode())
    rows = components.sort("variable", "code", "year").hash_rows(seed=0)
    digest.update(rows.to_numpy().tobytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class SyncRequest:
    data_dir: Path
    selection: Selection = field(default_factory=Selection)
    dry_run: bool = False
    resume: bool = False


@dataclass(frozen=True)
class SyncResult:
    plan: Plan
    version: str | None = None  # the version switched to
    previous: str | None = None
    indicators: tuple[str, ...] = ()
    unchanged: bool = False  # nothing new: the current version already has it


def known_codes(data_dir: Path) -> set[str]:
    built = data_dir / versions.BUILT / "units.parquet"
    if not built.is_file():
        raise SmupError("ingest.smup.error.no_data", path=built.parent)
    return set(pl.read_parquet(built, columns=["code"])["code"].to_list())


def _start(
    request: SyncRequest, checkpoint: Checkpoint, echo: Echo
) -> tuple[Selection, dict | None]:
    """The selection to use, and the interrupted run being resumed (if any)."""
    run = checkpoint.read_run()
    interrupted = run is not None and run.get("state") == RUNNING
    if interrupted and not request.resume and not request.dry_run:
        started = run.get("started", "?")
        raise SmupError("ingest.smup.interrupted_before", started=started, path=checkpoint.run_file)
    if not request.resume:
        return request.selection, None
    if not interrupted:
        echo(t("ingest.smup.nothing_to_resume"))
        return request.selection, None
    stored = Selection.from_json(run.get("selection") or {})
    if not request.selection.empty and request.selection != stored:
        raise SmupError("ingest.smup.resume_differs", selection=stored.describe())
    echo(t("ingest.smup.resuming", started=run.get("started", "?"), selection=stored.describe()))
    return stored, run


def run_sync(
    request: SyncRequest,
    client: SmupClient,
    echo: Echo,
    progress=None,
    now: Callable[[], dt.datetime] = dt.datetime.now,
) -> SyncResult:
    """Run one sync (see the module docstring). Raises :class:`SmupError` or
    :class:`ingest.versions.VersionError`; then nothing is switched and the checkpoint stays."""
    from ingest.synced import SyncedData, apply_sync

    checkpoint = Checkpoint(request.data_dir / SYNC_DIR)
    started = time.monotonic()
    with checkpoint.locked():
        selection, resuming = _start(request, checkpoint, echo)
        codes = known_codes(request.data_dir)
        raw = checkpoint.load_dictionaries(DICTIONARY_NAMES) if resuming else None
        if raw is None:
            raw = fetch_dictionaries(client)
        dicts = parse_dictionaries(raw, codes)
        report_dictionaries(dicts, echo)
        plan = make_plan(dicts, selection, our_links(), checkpoint.finished(), not resuming)
        if resuming:
            plan = resumed(plan, resuming, checkpoint)
        report_plan(plan, client.keyed, echo)
        if request.dry_run:
            echo(t("ingest.smup.dry_run"))
            return SyncResult(plan)
        if not resuming:
            checkpoint.save_dictionaries(raw)
            resuming = {
                "state": RUNNING,
                "started": now().isoformat(timespec="seconds"),
                "started_epoch": now_epoch(),
                "selection": selection.as_json(),
                "base_url": redact(client.base_url, client.key),
                "tasks": [list(task) for task in plan.tasks],
            }
            checkpoint.write_run(resuming)
        fetch(client, plan, checkpoint, progress or LineProgress(echo))
        result = assemble(dicts, plan, checkpoint)
        finished = resuming | {"state": COMPLETED, "finished": now().isoformat(timespec="seconds")}
        last = checkpoint.read_completed() or {}
        current = versions.current_version(request.data_dir)
        if last.get("fingerprint") == result.fingerprint and last.get("version") == current:
            checkpoint.write_run(finished)
            return SyncResult(plan, version=current, unchanged=True)
        details = sync_details(client, plan, dicts, result, time.monotonic() - started)
        outcome = apply_sync(
            request.data_dir,
            SyncedData(f.SOURCE, result.components, result.catalogue, details),
            now(),
        )
        checkpoint.write_completed(
            {"version": outcome.version, "fingerprint": result.fingerprint}
            | {"finished": finished["finished"], "selection": selection.as_json()}
        )
        checkpoint.write_run(finished | {"version": outcome.version})
        return SyncResult(plan, outcome.version, outcome.previous_version, outcome.indicators)


def sync_details(
    client: SmupClient, plan: Plan, dicts: Dictionaries, result: Assembled, seconds: float
) -> dict:
    """Facts for ``data/imports.log`` (never the key)."""
    units = dicts.units
    return {
        "base_url": redact(client.base_url, client.key),
        "keyed": client.keyed,
        "requests": client.requests_sent,
        "seconds": round(seconds, 1),
        "indicator_years": {"fetched": len(plan.tasks), "kept": plan.kept},
        "years": list(plan.years),
        "series": [list(s.ids) for s in plan.series],
        "links": plan.links,
        "rows": result.facts.flags,
        "skipped_rows": {
            "parts": result.facts.part_rows,
            "districts": result.facts.district_rows,
        },
        "units": {
            "mapped": len(units.codes),
            "parts": len(units.parts),
            "districts": len(units.districts),
            "unknown": sorted(units.unknown.values()),
        },
    }
