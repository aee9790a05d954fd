"""``make bench-full``: the data layer at SMUP's full size, against today's embedded dataset.

Generates into a temporary folder a dataset of SMUP's size: the real unit registry (2,876
units) × 1,300 synthetic indicators × 15 years (2010–2024) ≈ 56 M value rows, with gaps
(indicators that start later or cover only some levels, a few % no data, services that rural
gminy do not run), and a synthetic catalogue for them. The values are written by the build's
own writer (:func:`data_access.store.write_values`), one batch of indicators at a time. The
synthetic data are never shipped and never shown in the app: the folder is removed at the end.

Each metric is one JSON line as in ``make bench``; the same figures measured on today's
dataset in the same run carry the prefix ``today_``, so they read as ratios:

* ``*_build_s``: making the dataset (the real build for today; generating and writing here);
* ``*_start_ms``: a fresh process that opens the dataset and answers one profile query;
* ``*_workers_pss_mb``: proportional set size of both gunicorn workers (2 workers, as
  ``make run``) after serving a mix of ``/analiza`` map updates, unit profiles and API pages;
* ``*_map_update_ms_p95``: the ``/analiza`` map-update callback for all gminy;
* ``*_profile_query_ms_p95``: what the profile page asks of the repository for one unit (the
  profile, its comparison group and the group statistics);
* ``*_api_page_ms_p95``: one page of ``/api/v1/data`` through the Flask test client.

The in-process figures are taken in a child process whose settings point at the dataset (the
app reads its settings once, from the environment).
"""

from __future__ import annotations

import http.client
import itertools
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import polars as pl

from benchmarks.__main__ import emit, p95, timed_ms
from config import PROJECT_ROOT, settings
from data_access.build import build_dataset, quality_flag, stored_values, with_ranks
from data_access.catalogue import INDEX_FILE, default_catalogue, load_catalogue
from data_access.catalogue_model import (
    LEVELS,
    Dimension,
    Indicator,
    Polarity,
    Provenance,
    Status,
)
from data_access.peers import CONTEXT_VARIABLES
from data_access.store import write_values

N_INDICATORS = 1300
YEARS = tuple(range(2010, 2025))
INDICATORS_PER_BATCH = 50
SEED = 2026
NO_DATA_SHARE = 0.03
PROFILE_UNITS = 40  # units whose profile query is timed (gminy and powiaty, fixed sample)
REQUESTS_PER_KIND = 60  # map updates, profiles and API pages served under gunicorn
JSON_HEADERS = {"Content-Type": "application/json"}
TARGETS = {
    "build_s": 600,
    "start_ms": 3000,
    "workers_pss_mb": 900,
    "map_update_ms_p95": 30,
    "profile_query_ms_p95": 150,
    "api_page_ms_p95": 50,
}


# --- the synthetic dataset ---------------------------------------------------------------------
def synthetic_indicator(number: int, indicator_id: str, service_id: str) -> Indicator:
    """Indicator ``number``: polarity, dimension and levels cycle with the number, so that
    every kind occurs (the peer model's context variables cover every level, so that
    comparison groups work on the synthetic data)."""
    context = indicator_id in {v.indicator_id for v in CONTEXT_VARIABLES}
    levels = LEVELS
    if not context and number % 10 == 7:
        levels = ("gmina",)
    elif not context and number % 10 == 8:
        levels = ("powiat", "gmina")
    return Indicator(
        id=indicator_id,
        service_id=service_id,
        name=f"Wskaźnik syntetyczny {number}",
        name_en=f"Synthetic indicator {number}",
        dimension=tuple(Dimension)[number % len(Dimension)],
        unit="zł",
        numerator=f"syn_{number}",
        numerator_label=f"zmienna syntetyczna {number}",
        denominator=None,
        denominator_label=None,
        multiplier=1.0,
        polarity=tuple(Polarity)[number % len(Polarity)],
        source="dane syntetyczne (make bench-full)",
        provenance=Provenance.DEMO,
        definition="Wartości losowe o rozmiarze SMUP, tylko do pomiarów wydajności.",
        levels=levels,
        tags=("demo",),
    )


def synthetic_indicators(n_indicators: int = N_INDICATORS) -> tuple[Indicator, ...]:
    """``n_indicators`` synthetic indicators spread over the shipped services; the first ones
    carry the ids of the peer model's context variables."""
    context_ids = [v.indicator_id for v in CONTEXT_VARIABLES]
    ids = [*context_ids, *(f"syn-{n:04d}" for n in range(len(context_ids), n_indicators))]
    services = [s.id for s in default_catalogue().services]
    return tuple(
        synthetic_indicator(n, indicator_id, services[n % len(services)])
        for n, indicator_id in enumerate(ids[:n_indicators])
    )


def _toml(value: object) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, tuple | list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return repr(value)


def indicator_entry(indicator: Indicator) -> str:
    """The catalogue entry of a synthetic indicator, as a catalogue file writes it."""
    keys = {
        "id": indicator.id,
        "service": indicator.service_id,
        "name": indicator.name,
        "name_en": indicator.name_en,
        "provenance": indicator.provenance.value,
        "dimension": indicator.dimension.value,
        "polarity": indicator.polarity.value,
        "unit": indicator.unit,
        "unit_en": "PLN",
        "decimals": indicator.decimals,
        "numerator": indicator.numerator,
        "numerator_label": indicator.numerator_label,
        "numerator_label_en": f"synthetic variable {indicator.numerator}",
        "definition": indicator.definition,
        "definition_en": "Random values of SMUP's size, for performance measurements only.",
        "source": indicator.source,
        "source_en": "synthetic data (make bench-full)",
        "levels": indicator.levels,
    }
    lines = ["[[indicators]]", *(f"{key} = {_toml(value)}" for key, value in keys.items())]
    lines += ["[indicators.real_source]", 'url = "https://bdl.stat.gov.pl"']
    return "\n".join(lines) + "\n"


def write_synthetic_catalogue(target: Path, indicators: tuple[Indicator, ...]) -> Path:
    """A catalogue folder with the shipped areas and services and ``indicators`` instead of
    the shipped ones: what the app serves when ``SMUP_CATALOGUE_DIR`` points at it."""
    target.mkdir(parents=True)
    shutil.copy2(settings.catalogue_dir / INDEX_FILE, target / INDEX_FILE)
    area_of = {s.id: s.area_id for s in default_catalogue().services}
    for area in default_catalogue().areas:
        shipped = (settings.catalogue_dir / f"{area.id}.toml").read_text(encoding="utf-8")
        head = shipped.split("[[indicators]]")[0]
        entries = [indicator_entry(i) for i in indicators if area_of[i.service_id] == area.id]
        (target / f"{area.id}.toml").write_text(head + "\n".join(entries), encoding="utf-8")
    load_catalogue(target)  # the loader's own checks, as the app will run them
    return target


def first_year(number: int) -> int:
    """Most indicators start in 2010; every fifth in 2015, every tenth in 2019."""
    if number % 10 == 3:
        return 2019
    return 2015 if number % 5 == 1 else YEARS[0]


STATUS_CODES = (Status.VALUE.value, Status.NO_DATA.value, Status.NOT_APPLICABLE.value)


def synthetic_batch(
    grid: pl.DataFrame, numbered: list[tuple[int, Indicator]], rng: np.random.Generator
) -> pl.DataFrame:
    """Rows of the given indicators for every unit and year of ``grid`` (``code, level,
    year, rural``), in the stored schema: a value per unit drifting over the years
    (log-normal, so the logs of the peer model work), no data before the indicator's first
    year, at levels it does not cover and at random; not applicable for rural gminy in every
    tenth indicator."""
    n_units = grid.height // len(YEARS)
    year = grid["year"].to_numpy()
    level = grid["level"].to_numpy()
    at_level = {name: level == name for name in LEVELS}
    rural_gmina = grid["rural"].to_numpy() & at_level["gmina"]
    frames = []
    for number, indicator in numbered:
        centre, spread, drift = rng.uniform(1, 9), rng.uniform(0.1, 0.6), rng.normal(0, 0.02)
        unit_effect = np.repeat(rng.standard_normal(n_units), len(YEARS))
        value = np.exp(
            centre
            + spread * unit_effect
            + drift * (year - YEARS[0])
            + 0.05 * rng.standard_normal(grid.height)
        )
        covered = np.logical_or.reduce([at_level[name] for name in indicator.levels])
        no_data = (year < first_year(number)) | ~covered | (rng.random(grid.height) < NO_DATA_SHARE)
        status = np.where(rural_gmina & (number % 10 == 9), 2, np.where(no_data, 1, 0)).astype(
            np.uint8
        )
        frames.append(
            grid.select(
                pl.lit(indicator.id).alias("indicator"),
                "code",
                "level",
                "year",
                pl.Series("value", np.where(status == 0, value, np.nan)).fill_nan(None),
                pl.Series("status", status).replace_strict(
                    dict(enumerate(STATUS_CODES)), return_dtype=pl.String
                ),
                pl.lit(indicator.provenance.value).alias("provenance"),
                pl.lit(indicator.polarity.value).alias("polarity"),
            )
        )
    return (
        pl.concat(frames)
        .pipe(with_ranks)
        .with_columns(quality_flag().alias("quality"))
        .pipe(stored_values)
    )


def unit_year_grid(units: pl.DataFrame) -> pl.DataFrame:
    """Every unit × year, unit by unit: ``code, level, year, rural`` (rural gmina)."""
    return (
        units.select("code", "level", (pl.col("gmina_type") == "2").fill_null(False).alias("rural"))
        .join(pl.DataFrame({"year": YEARS}, schema={"year": pl.Int16}), how="cross")
        .select("code", "level", "year", "rural")
    )


def synthetic_values(
    units: pl.DataFrame, indicators: tuple[Indicator, ...], seed: int = SEED
) -> Iterator[pl.DataFrame]:
    """The synthetic values, ``INDICATORS_PER_BATCH`` indicators at a time (deterministic)."""
    rng = np.random.default_rng(seed)
    grid = unit_year_grid(units)
    numbered = list(enumerate(indicators))
    for start in range(0, len(numbered), INDICATORS_PER_BATCH):
        yield synthetic_batch(grid, numbered[start : start + INDICATORS_PER_BATCH], rng)


def build_synthetic(data_dir: Path, n_indicators: int = N_INDICATORS) -> tuple[Path, int]:
    """Write the synthetic dataset into ``data_dir/built`` (the real units and neighbour
    lists, the values store) and its catalogue folder next to it; returns the catalogue
    folder and the number of value rows."""
    built = data_dir / "built"
    built.mkdir(parents=True)
    for name in ("units.parquet", "neighbours.parquet"):
        shutil.copy2(settings.built_dir / name, built / name)
    indicators = synthetic_indicators(n_indicators)
    catalogue_dir = write_synthetic_catalogue(data_dir / "catalogue", indicators)
    units = pl.read_parquet(built / "units.parquet")
    rows = write_values(synthetic_values(units, indicators), built)
    return catalogue_dir, rows


# --- measuring in a process that serves one dataset -------------------------------------------
def profile_units(repo) -> list:
    """A fixed sample of gminy and powiaty."""
    codes = repo.units.filter(pl.col("level").is_in(["gmina", "powiat"]))["code"].to_list()
    return [repo.unit(c) for c in random.Random(SEED).sample(codes, PROFILE_UNITS)]


def profile_query(repo, unit) -> None:
    """What the profile page asks of the repository (default comparison group)."""
    repo.profile(unit)
    group = repo.comparison_group(unit.code)
    repo.group_statistics(unit, group.members if group else [])


def api_paths(repo) -> list[str]:
    """One page of ``/api/v1/data`` per indicator: gminy in the indicator's latest year."""
    latest = repo.latest_years()
    return [
        f"/api/v1/data?indicator={i.id}&level=gmina&year={latest[i.id]}&limit=1000"
        for i in repo.indicators[:40]
        if i.id in latest
    ]


def in_process_metrics(prefix: str) -> None:
    """Map update, profile query and API page on the dataset the settings name."""
    from app import app  # registers the pages and starts the report renderer's warm-up
    from benchmarks.analiza import map_update_samples
    from data_access.repository import get_repository

    repo = get_repository()

    for thread in threading.enumerate():
        if thread.name == "report-warm-up":
            thread.join()  # it would compete for the interpreter with the first samples
    map_update_samples(repo, timed_ms, repeat=20)  # first calls: lazy tables and caches
    map_samples, _ = map_update_samples(repo, timed_ms)
    emit(f"{prefix}_map_update_ms_p95", p95(map_samples), "ms", TARGETS["map_update_ms_p95"])

    units = profile_units(repo)
    profile_query(repo, units[0])  # per-process tables (latest years, peer context)
    samples = [timed_ms(lambda u=u: profile_query(repo, u), repeat=1)[0] for u in units]
    emit(f"{prefix}_profile_query_ms_p95", p95(samples), "ms", TARGETS["profile_query_ms_p95"])

    client = app.server.test_client()
    paths = itertools.cycle(api_paths(repo))

    def api_page() -> None:
        response = client.get(next(paths))
        if response.status_code != 200:
            raise RuntimeError(f"API answered {response.status_code}")

    api_page()
    emit(
        f"{prefix}_api_page_ms_p95",
        p95(timed_ms(api_page, repeat=60)),
        "ms",
        TARGETS["api_page_ms_p95"],
    )


# --- measuring from outside: start time and the workers' memory -------------------------------
START_SCRIPT = (
    "from data_access.repository import get_repository; "
    "repo = get_repository(); repo.profile(repo.unit('0201011'))"
)


def start_ms(env: dict[str, str]) -> float:
    """Median of three fresh processes: interpreter start to the first profile answered."""
    samples = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", START_SCRIPT], cwd=PROJECT_ROOT, env=env, check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def page_request_body(path: str) -> bytes:
    """The request the browser sends to render a page (Dash's pages router)."""
    return json.dumps(
        {
            "output": ".._pages_content.children..._pages_store.data..",
            "outputs": [
                {"id": "_pages_content", "property": "children"},
                {"id": "_pages_store", "property": "data"},
            ],
            "inputs": [
                {"id": "_pages_location", "property": "pathname", "value": path},
                {"id": "_pages_location", "property": "search", "value": ""},
            ],
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        }
    ).encode()


def request_mix(repo) -> list[tuple[str, str, bytes | None]]:
    """Map updates, profile pages and API pages, interleaved: (method, path, body)."""
    from benchmarks.analiza import map_request_body, state_cycle

    maps = [("POST", "/_dash-update-component", map_request_body(s)) for s in state_cycle(repo)]
    profiles = [
        ("POST", "/_dash-update-component", page_request_body(f"/jst/{u.code}"))
        for u in profile_units(repo)
    ]
    apis = [("GET", path, None) for path in api_paths(repo)]
    kinds = [
        itertools.islice(itertools.cycle(k), REQUESTS_PER_KIND) for k in (maps, profiles, apis)
    ]
    return [request for triple in zip(*kinds, strict=True) for request in triple]


def serve(port: int, requests: list[tuple[str, str, bytes | None]], concurrency: int = 4) -> int:
    """Send every request once over ``concurrency`` connections; returns the errors."""
    errors = [0]
    lock = threading.Lock()

    def worker(offset: int) -> None:
        for method, path, body in requests[offset::concurrency]:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            connection.request(method, path, body=body, headers=JSON_HEADERS)
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status != 200:
                with lock:
                    errors[0] += 1

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors[0]


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def pss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no Pss for process {pid}")


def workers_pss_mb(env: dict[str, str], repo) -> float:
    """Both gunicorn workers' PSS after serving the request mix."""
    from benchmarks.analiza import free_port, start_gunicorn

    port = free_port()
    server = start_gunicorn(port, env)
    try:
        errors = serve(port, request_mix(repo))
        if errors:
            raise RuntimeError(f"{errors} requests failed under gunicorn")
        workers = children(server.pid)
        if len(workers) != 2:
            raise RuntimeError(f"expected 2 gunicorn workers, found {workers}")
        return sum(pss_mb(pid) for pid in workers)
    finally:
        server.terminate()
        server.wait(timeout=30)


def measure(prefix: str, data_dir: Path, catalogue_dir: Path, scratch: Path) -> None:
    """All figures but the build time for the dataset in ``data_dir``."""
    from data_access.repository import Repository

    env = os.environ | {
        "SMUP_DATA_DIR": str(data_dir),
        "SMUP_CATALOGUE_DIR": str(catalogue_dir),
        "SMUP_CACHE_DIR": str(scratch / f"cache-{prefix}"),
        "SMUP_DATABASE_URL": f"sqlite:///{scratch}/accounts-{prefix}.sqlite",
    }
    emit(f"{prefix}_start_ms", start_ms(env), "ms", TARGETS["start_ms"])
    repo = Repository(data_dir / "built", load_catalogue(catalogue_dir))
    pss = workers_pss_mb(env, repo)
    emit(f"{prefix}_workers_pss_mb", pss, "MB", TARGETS["workers_pss_mb"])
    subprocess.run(
        [sys.executable, "-m", "benchmarks.fullsize", "--in-process", prefix],
        cwd=PROJECT_ROOT,
        env=env,
        check=True,
    )


def main(n_indicators: int = N_INDICATORS) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="smup-bench-full-"))
    try:
        start = time.perf_counter()
        build_dataset(settings.raw_dir, scratch / "today-built")
        emit("today_build_s", time.perf_counter() - start, "s", TARGETS["build_s"])
        measure("today", settings.data_dir, settings.catalogue_dir, scratch)

        start = time.perf_counter()
        catalogue_dir, rows = build_synthetic(scratch / "data", n_indicators)
        emit("fullsize_build_s", time.perf_counter() - start, "s", TARGETS["build_s"])
        emit("fullsize_value_rows", rows, "rows")
        measure("fullsize", scratch / "data", catalogue_dir, scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--in-process"]:
        in_process_metrics(sys.argv[2])
    else:
        main(int(sys.argv[1]) if len(sys.argv) > 1 else N_INDICATORS)
