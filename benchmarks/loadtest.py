"""``make loadtest``: the mixed load of issue #17 on the app served as ``make run`` serves it.

Starts gunicorn (2 sync workers) and the PDF report worker on a free port of 127.0.0.1, with a
private cache (every PDF is rendered afresh) and a private accounts database, warms both
workers, then runs two phases of the same length:

1. ``without_pdfs``: 10 clients visit the home page, a profile (``/jst/0201011``), ``/analiza``
   (the page and its map updates) and the API, each sending its next request as soon as the
   last one is answered;
2. ``with_pdfs``: the same 10 clients, plus 3 asking for distinct PDF reports (another gmina
   each time; a client waits as the ``Retry-After`` of the "preparing" page says, as the page
   itself would, until the PDF arrives).

Prints one JSON line per figure, as ``make bench`` does (``metric``, ``value``, ``unit``,
``target``): p50/p95/p99 latency, requests and errors per kind of route and phase, the non-PDF
requests per second, and the ratios of the non-PDF p50/p95 and throughput with PDFs to
without (target for the p95: ≤ 1.5). ``pdf_request`` is every HTTP exchange of the PDF
clients, ``pdf_ready`` the time from asking for a PDF to receiving it.

Bounded: phases of ``--seconds`` (at most 120), every request times out after 60 s, and only
127.0.0.1 is ever loaded: ``--target http://127.0.0.1:8050`` loads an app already running
(``make run``) instead of starting one, and any other host is refused. ``--inline`` serves
without the report worker (PDFs rendered in the web workers, as before the queue).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from benchmarks.__main__ import emit
from config import PROJECT_ROOT

LOOPBACK = "127.0.0.1"
PROFILE = "0201011"
BROWSING_CLIENTS = 10
PDF_CLIENTS = 3
WARM_UP_S = 8.0
DEFAULT_PHASE_S = 30.0
MAX_PHASE_S = 120.0
REQUEST_TIMEOUT_S = 60.0
MAX_RETRY_WAIT_S = 5.0
READY_TIMEOUT_S = 60.0
P95_RATIO_TARGET = 1.5
PDF = "pdf"
JSON_HEADERS = {"Content-Type": "application/json"}


class LoadTestError(RuntimeError):
    """The load test cannot run as asked (a target off the loopback, an app that never starts)."""


@dataclass(frozen=True)
class Call:
    kind: str
    method: str
    path: str
    body: bytes | None = None


@dataclass
class Recorder:
    """Latencies (ms) and errors per kind of route, shared by the client threads."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, ms: float, ok: bool) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(ms)
            self.errors[kind] = self.errors.get(kind, 0) + (0 if ok else 1)


def loopback_port(target: str) -> int:
    """The port of ``http://127.0.0.1:<port>``; any other host or scheme is refused."""
    parts = urlsplit(target)
    if parts.scheme != "http" or parts.hostname != LOOPBACK or parts.port is None:
        raise LoadTestError(f"only http://{LOOPBACK}:<port> may be loaded, not {target!r}")
    return parts.port


def percentile(samples: list[float], share: float) -> float:
    """The nearest-rank percentile (``share`` in 0–1) of non-empty ``samples``."""
    ordered = sorted(samples)
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


# --- what the clients ask ---------------------------------------------------------------------
def page_visit(kind: str, path: str) -> list[Call]:
    """A browser opening ``path``: the page shell, then the page content (Dash's router)."""
    from benchmarks.fullsize import page_request_body

    return [
        Call(kind, "GET", path),
        Call(kind, "POST", "/_dash-update-component", page_request_body(path)),
    ]


def browsing_calls(repo) -> list[Call]:
    """One round of the non-PDF mix: home, a profile, ``/analiza`` with map updates, the API."""
    from benchmarks.analiza import map_request_body, state_cycle

    states = state_cycle(repo)
    maps = [
        Call("analiza_map", "POST", "/_dash-update-component", map_request_body(state))
        for state in states[:: max(1, len(states) // 8)]
    ]
    latest = repo.latest_years()
    apis = [
        Call(
            "api", "GET", f"/api/v1/data?indicator={i.id}&level=gmina&year={latest[i.id]}&limit=500"
        )
        for i in repo.indicators[:8]
        if i.id in latest
    ]
    calls: list[Call] = []
    for n in range(max(len(maps), len(apis))):
        calls += page_visit("home", "/") if n % 2 == 0 else page_visit("profile", f"/jst/{PROFILE}")
        calls += page_visit("analiza", "/analiza") if n % 4 == 0 else []
        calls += [maps[n % len(maps)], apis[n % len(apis)]]
    return calls


def pdf_units(repo, clients: int = PDF_CLIENTS, per_client: int = 200) -> list[list[str]]:
    """Distinct gminy for each PDF client (a fixed sample: every report is a new render)."""
    codes = repo.units.filter(repo.units["level"] == "gmina")["code"].to_list()
    sample = random.Random(17).sample(codes, clients * per_client)
    return [sample[n::clients] for n in range(clients)]


# --- the clients ------------------------------------------------------------------------------
def exchange(connection: http.client.HTTPConnection, call: Call) -> tuple[int, float, bytes, str]:
    """One request: status (0 = no answer), ms, body and ``Retry-After``."""
    start = time.perf_counter()
    try:
        connection.request(call.method, call.path, body=call.body, headers=JSON_HEADERS)
        response = connection.getresponse()
        body = response.read()
        status, retry = response.status, response.getheader("Retry-After") or ""
    except (OSError, http.client.HTTPException):
        connection.close()
        status, body, retry = 0, b"", ""
    return status, (time.perf_counter() - start) * 1000, body, retry


def browse(port: int, calls: list[Call], offset: int, deadline: float, record: Recorder) -> None:
    """Send the non-PDF mix round and round until ``deadline``."""
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=REQUEST_TIMEOUT_S)
    n = offset
    while time.perf_counter() < deadline:
        call = calls[n % len(calls)]
        n += 1
        status, ms, _, _ = exchange(connection, call)
        record.add(call.kind, ms, status == 200)
    connection.close()


def retry_wait(retry_after: str) -> float:
    try:
        return min(MAX_RETRY_WAIT_S, max(0.5, float(retry_after)))
    except ValueError:
        return 1.0


def fetch_pdf(port: int, code: str, deadline: float, record: Recorder) -> bool:
    """Ask for one PDF until it arrives (True), fails or time is up."""
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=REQUEST_TIMEOUT_S)
    call = Call("pdf_request", "GET", f"/raport/{code}.pdf")
    asked = time.perf_counter()
    try:
        while True:
            status, ms, body, retry = exchange(connection, call)
            waiting = status in (202, 503)
            record.add(call.kind, ms, waiting or (status == 200 and body.startswith(b"%PDF")))
            if not waiting:
                record.add("pdf_ready", (time.perf_counter() - asked) * 1000, status == 200)
                return status == 200
            if time.perf_counter() + retry_wait(retry) >= deadline:
                return False
            time.sleep(retry_wait(retry))
    finally:
        connection.close()


def ask_for_pdfs(port: int, codes: list[str], deadline: float, record: Recorder) -> None:
    for code in codes:
        if time.perf_counter() >= deadline or not fetch_pdf(port, code, deadline, record):
            return


def run_phase(
    port: int, calls: list[Call], seconds: float, pdf_codes: list[list[str]]
) -> tuple[Recorder, float]:
    """The browsing clients (and PDF clients if ``pdf_codes``) for ``seconds``."""
    record = Recorder()
    deadline = time.perf_counter() + seconds
    step = max(1, len(calls) // BROWSING_CLIENTS)
    threads = [
        threading.Thread(target=browse, args=(port, calls, n * step, deadline, record))
        for n in range(BROWSING_CLIENTS)
    ]
    threads += [
        threading.Thread(target=ask_for_pdfs, args=(port, codes, deadline, record))
        for codes in pdf_codes
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + REQUEST_TIMEOUT_S + MAX_RETRY_WAIT_S)
    return record, time.perf_counter() - started


# --- figures ----------------------------------------------------------------------------------
def non_pdf(record: Recorder) -> list[float]:
    return [ms for kind, samples in record.latencies.items() if PDF not in kind for ms in samples]


def emit_kind(phase: str, kind: str, samples: list[float], errors: int) -> None:
    prefix = f"loadtest_{phase}_{kind}"
    for name, share in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99)):
        emit(f"{prefix}_{name}_ms", percentile(samples, share) if samples else 0.0, "ms")
    emit(f"{prefix}_requests", len(samples), "count")
    emit(f"{prefix}_errors", errors, "count", 0)


def emit_phase(phase: str, record: Recorder, seconds: float) -> dict[str, float]:
    """Every kind's figures, and the non-PDF p50, p95 and requests per second."""
    for kind in sorted(record.latencies):
        emit_kind(phase, kind, record.latencies[kind], record.errors[kind])
    others = non_pdf(record)
    errors = sum(n for kind, n in record.errors.items() if PDF not in kind)
    emit_kind(phase, "non_pdf", others, errors)
    rps = len(others) / seconds
    emit(f"loadtest_{phase}_non_pdf_rps", rps, "req/s")
    return {
        "p50": percentile(others, 0.5) if others else float("nan"),
        "p95": percentile(others, 0.95) if others else float("nan"),
        "rps": rps,
    }


def emit_ratios(without: dict[str, float], with_pdfs: dict[str, float]) -> None:
    emit("loadtest_non_pdf_p95_ratio", with_pdfs["p95"] / without["p95"], "x", P95_RATIO_TARGET)
    emit("loadtest_non_pdf_p50_ratio", with_pdfs["p50"] / without["p50"], "x")
    emit("loadtest_non_pdf_rps_ratio", with_pdfs["rps"] / without["rps"], "x")


# --- the app under test -----------------------------------------------------------------------
def app_environment(scratch: Path, inline: bool) -> dict[str, str]:
    env = os.environ | {
        "SMUP_CACHE_DIR": str(scratch / "cache"),
        "SMUP_DATABASE_URL": f"sqlite:///{scratch / 'accounts.sqlite'}",
    }
    if inline:
        env["SMUP_REPORT_RENDERER"] = "inline"
    return env


def flask_command(*args: str) -> list[str]:
    return [str(Path(sys.executable).parent / "flask"), "--app", "app", *args]


def wait_until(ready: Callable[[], bool], what: str, timeout: float = READY_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise LoadTestError(f"{what} did not start within {timeout:.0f} s")
        time.sleep(0.2)


def worker_ready(cache: Path) -> bool:
    from reports import queue

    return bool(queue.live_workers(cache / "reports"))


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def served_app(inline: bool) -> Iterator[int]:
    """The app as ``make run`` serves it (2 gunicorn workers, plus the report worker unless
    ``inline``) on a free loopback port, with a private cache and accounts database."""
    from benchmarks.analiza import free_port, start_gunicorn

    scratch = Path(tempfile.mkdtemp(prefix="smup-loadtest-"))
    env = app_environment(scratch, inline)
    processes: list[subprocess.Popen] = []
    try:
        subprocess.run(flask_command("db-upgrade"), cwd=PROJECT_ROOT, env=env, check=True)
        if not inline:
            processes.append(
                subprocess.Popen(flask_command("report-worker"), cwd=PROJECT_ROOT, env=env)
            )
            wait_until(lambda: worker_ready(scratch / "cache"), "the report worker")
        port = free_port()
        processes.append(start_gunicorn(port, env))
        yield port
    finally:
        for process in reversed(processes):
            stop(process)
        shutil.rmtree(scratch, ignore_errors=True)


def healthy(port: int) -> bool:
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=5)
    status, _, _, _ = exchange(connection, Call("health", "GET", "/healthz"))
    return status == 200


def measure(port: int, seconds: float) -> None:
    from data_access.repository import get_repository

    wait_until(lambda: healthy(port), "the app")
    repo = get_repository()
    calls = browsing_calls(repo)
    run_phase(port, calls, WARM_UP_S, [])  # both workers load the data and fill their caches
    without, took = run_phase(port, calls, seconds, [])
    base = emit_phase("without_pdfs", without, took)
    loaded, took = run_phase(port, calls, seconds, pdf_units(repo))
    emit_ratios(base, emit_phase("with_pdfs", loaded, took))


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=DEFAULT_PHASE_S, help="per phase")
    parser.add_argument("--target", help=f"an app already running at http://{LOOPBACK}:<port>")
    parser.add_argument("--inline", action="store_true", help="serve without the report worker")
    args = parser.parse_args(argv)
    if not 1 <= args.seconds <= MAX_PHASE_S:
        parser.error(f"--seconds must be between 1 and {MAX_PHASE_S:.0f}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    if args.target:
        measure(loopback_port(args.target), args.seconds)
        return
    with served_app(args.inline) as port:
        measure(port, args.seconds)


if __name__ == "__main__":
    try:
        main()
    except LoadTestError as error:
        sys.exit(f"make loadtest: {error}")
