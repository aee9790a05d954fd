"""Benchmarks of ``/analiza``: the real callbacks in-process, and under gunicorn."""

from __future__ import annotations

import gzip
import http.client
import itertools
import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import orjson
import plotly.io.json as plotly_json
import polars as pl

from config import PROJECT_ROOT
from static_files import GEO_DIR, GEO_MIMETYPE, static_file


def serialised(output) -> bytes:
    """Serialise a callback output the way Dash does."""
    if hasattr(output, "to_plotly_json"):
        output = output.to_plotly_json()
    return plotly_json.to_json_plotly(output).encode()


def state_cycle(repo) -> list[dict]:
    """Gmina views that differ in indicator or year, as a user clicking through would make."""
    from analysis.state import ViewState

    states = []
    for indicator in [i.id for i in repo.indicators][:40]:
        years = repo.years(indicator)
        for year in years[-2:]:
            states.append(ViewState(wskaznik=indicator, rok=year).to_dict())
    return states


def map_update_samples(repo, timed_ms, repeat: int = 60) -> tuple[list[float], list[int]]:
    """The ``/analiza`` map-update callback for all gminy, serialised, through views that
    differ in indicator or year, without the view cache: times (ms) and response sizes."""
    import app  # noqa: F401  (registers the pages and callbacks)
    from analysis import view_model
    from pages import analiza

    cycle = itertools.cycle(state_cycle(repo))
    frame = {"level": "gmina", "territory": "", "group": []}
    sizes = []

    def map_call():
        view_model.clear_view_caches()  # measure the work, not the caches of views and rows
        patch, *_ = analiza.update_map(next(cycle), frame)
        sizes.append(len(serialised(patch)))

    return timed_ms(map_call, repeat=repeat), sizes


def callback_metrics(repo, emit, timed_ms, p95) -> None:
    samples, sizes = map_update_samples(repo, timed_ms)  # imports the app first
    from analysis import view_model
    from pages import analiza

    emit("map_update_ms_p95", p95(samples), "ms", 30)
    emit("map_update_response_kb", max(sizes) / 1024, "KB", 150)
    states = state_cycle(repo)
    cycle = itertools.cycle(states)

    def table_call():
        view_model.clear_view_caches()
        serialised(analiza.update_table(next(cycle)))

    emit("table_update_ms_p95", p95(timed_ms(table_call, repeat=60)), "ms", 30)

    selected = dict(states[0], jst=["0201011", "1465011", "1261011"])
    emit(
        "series_update_ms_p95",
        p95(timed_ms(lambda: serialised(analiza.update_series(selected)), repeat=60)),
        "ms",
        30,
    )

    scatter_sizes = []

    def scatter_call():
        view_model.clear_view_caches()  # both indicators' rows computed afresh
        figure, *_ = analiza.update_scatter(dict(next(cycle), wykres="rozrzut", jst=["0201011"]))
        scatter_sizes.append(len(serialised(figure)))

    emit("scatter_update_ms_p95", p95(timed_ms(scatter_call, repeat=60)), "ms", 60)
    emit("scatter_update_response_kb", max(scatter_sizes) / 1024, "KB", 250)

    def floor_call():
        state = next(cycle)
        rows = repo.indicator_values(state["wskaznik"]).filter(
            pl.col("level") == "gmina", pl.col("year") == state["rok"]
        )
        orjson.dumps({"locations": rows["code"].to_list(), "z": rows["value"].to_list()})

    emit("floor_ms", p95(timed_ms(floor_call, repeat=60)), "ms")

    for path in sorted(GEO_DIR.glob("*.geojson")):
        raw = path.read_bytes()
        target = 1500 if path.stem == "gminy" else None
        emit(f"geometry_asset_kb_{path.stem}", len(raw) / 1024, "KB", target)
        emit(
            f"geometry_asset_gzip_kb_{path.stem}",
            len(gzip.compress(raw)) / 1024,
            "KB",
            400 if path.stem == "gminy" else None,
        )
        # what a browser receives: the brotli twin written by build-data (delivery.py)
        served = static_file(path, GEO_MIMETYPE).bodies["br"]
        emit(f"geometry_asset_served_br_kb_{path.stem}", len(served) / 1024, "KB")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def map_request_body(state: dict) -> bytes:
    """The request the browser sends when the state changes (map-update callback)."""
    return json.dumps(
        {
            "output": "..analiza-map.figure...analiza-map-frame.data..."
            "analiza-class-note.children...analiza-map.config..",
            "outputs": [
                {"id": "analiza-map", "property": "figure"},
                {"id": "analiza-map-frame", "property": "data"},
                {"id": "analiza-class-note", "property": "children"},
                {"id": "analiza-map", "property": "config"},
            ],
            "inputs": [{"id": "analiza-state", "property": "data", "value": state}],
            "changedPropIds": ["analiza-state.data"],
            "state": [
                {
                    "id": "analiza-map-frame",
                    "property": "data",
                    "value": {"level": "gmina", "territory": "", "group": []},
                },
                {"id": "analiza-map", "property": "config", "value": None},
            ],
        }
    ).encode()


def load_run(
    port: int,
    method: str,
    path: str,
    bodies: list[bytes] | None,
    seconds: float,
    concurrency: int = 4,
) -> tuple[float, float, int]:
    """Bounded load on 127.0.0.1: requests per second, p95 latency (ms), errors."""
    latencies: list[float] = []
    errors = [0]
    deadline = time.perf_counter() + seconds
    lock = threading.Lock()

    def worker(offset: int) -> None:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        n = offset
        while time.perf_counter() < deadline:
            body = bodies[n % len(bodies)] if bodies else None
            n += concurrency
            start = time.perf_counter()
            connection.request(
                method, path, body=body, headers={"Content-Type": "application/json"}
            )
            response = connection.getresponse()
            response.read()
            elapsed = (time.perf_counter() - start) * 1000
            with lock:
                latencies.append(elapsed)
                if response.status != 200:
                    errors[0] += 1
        connection.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else float("nan")
    return len(latencies) / duration, p95, errors[0]


def start_gunicorn(port: int, env: dict[str, str] | None = None) -> subprocess.Popen:
    """The app under gunicorn with two workers, as ``make run`` serves it; returns once it
    answers the health check (which opens the data in the worker that answers)."""
    command = [
        str(Path(sys.executable).parent / "gunicorn"),
        "--no-control-socket",
        "--workers",
        "2",
        "--bind",
        f"127.0.0.1:{port}",
        "--log-level",
        "warning",
        "app:server",
    ]
    server = subprocess.Popen(command, cwd=PROJECT_ROOT, env=env)
    for _ in range(100):
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.2)
    return server


def gunicorn_metrics(repo, emit) -> None:
    port = free_port()
    server = start_gunicorn(port)
    try:
        bodies = [map_request_body(s) for s in state_cycle(repo)]
        # warm both workers (data loading, first callbacks)
        load_run(port, "POST", "/_dash-update-component", bodies, seconds=2)
        rps, p95, errors = load_run(port, "GET", "/healthz", None, seconds=4)
        emit("gunicorn_trivial_route_rps", rps, "req/s")
        emit("gunicorn_trivial_route_p95_ms", p95, "ms")
        rps_map, p95_map, errors_map = load_run(
            port, "POST", "/_dash-update-component", bodies, seconds=6
        )
        emit("gunicorn_map_update_rps", rps_map, "req/s")
        emit("gunicorn_map_update_p95_ms", p95_map, "ms")
        emit("gunicorn_map_update_ratio_to_trivial_rps", rps_map / rps, "x")
        emit("gunicorn_errors", errors + errors_map, "count", 0)
    finally:
        server.terminate()
        server.wait(timeout=10)
