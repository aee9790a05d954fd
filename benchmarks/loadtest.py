"""``make loadtest``: the mixed load of issue #17 on the app served as ``make run`` serves it.

Starts gunicorn (2 sync workers) and the PDF report worker on a free port of 127.0.0.1, with a
private cache (every PDF is rendered afresh) and a private accounts database, warms both
workers, then measures two phases:

- ``without_pdfs``: 10 clients visit the home page, a profile (``/jst/0201011``), ``/analiza``
  (the page and its map updates) and the API, each sending its next request as soon as the
  last one is answered;
- ``with_pdfs``: the same 10 clients, plus 3 asking for distinct PDF reports (another gmina
  each time; a client waits as the ``Retry-After`` of the "preparing" page says, as the page
  itself would, until the PDF arrives).

The phases run in turn, ``--rounds`` segments each (``--seconds`` per phase in all), so that
other work on the machine weighs on both alike; after a segment with PDFs the PDF clients
wait for the PDF they asked for last (nobody browsing), so that no render spills over.

Prints one JSON line per figure, as ``make bench`` does (``metric``, ``value``, ``unit``,
``target``): p50/p95/p99 latency, requests and errors per kind of route and phase, the non-PDF
requests per second, and the ratios of the non-PDF p50/p95 and throughput with PDFs to
without (target for the p95: ≤ 1.5). ``pdf_request`` is every HTTP exchange of the PDF
clients, ``pdf_ready`` the time from asking for a PDF to receiving it.

Bounded: phases of ``--seconds`` (at most 120), a wait of at most 60 s for the last PDFs of a
segment, every request times out after 60 s, and only 127.0.0.1 is ever loaded:
``--target http://127.0.0.1:8050`` loads an app already running (``make run``) instead of
starting one, and any other host is refused. ``--inline`` serves without the report worker
(PDFs rendered in the web workers, as before the queue).
"""

from __future__ import annotations

import argparse
import http.client
import math
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
DRAIN_S = 60.0  # how long a PDF client may wait for its last PDF after its segment
DEFAULT_ROUNDS = 3
MAX_ROUNDS = 10
READY_TIMEOUT_S = 60.0
P95_RATIO_TARGET = 1.5
PDF = "pdf"
WITHOUT, WITH = "without_pdfs", "with_pdfs"
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

    def note(self, kind: str) -> None:
        """An event without a latency (a PDF that never came)."""
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1

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
    rank = math.ceil(round(share * len(ordered), 9))  # round: 0.95 * 100 is not quite 95
    return ordered[max(1, min(len(ordered), rank)) - 1]


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


def pdf_units(repo, clients: int = PDF_CLIENTS) -> list[Iterator[str]]:
    """Distinct gminy for each PDF client (a fixed shuffle: every report is a new render)."""
    codes = repo.units.filter(repo.units["level"] == "gmina")["code"].to_list()
    random.Random(17).shuffle(codes)
    return [iter(codes[n::clients]) for n in range(clients)]


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


def fetch_pdf(port: int, code: str, give_up: float, record: Recorder) -> bool:
    """Ask for one PDF until it arrives (True), fails or ``give_up`` comes."""
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
            if time.perf_counter() + retry_wait(retry) >= give_up:
                record.note("pdf_unfinished")
                return False
            time.sleep(retry_wait(retry))
    finally:
        connection.close()


def ask_for_pdfs(port: int, codes: Iterator[str], deadline: float, record: Recorder) -> None:
    """New PDFs one after another until ``deadline``; the last one is awaited (``DRAIN_S``
    at most) so that its render does not spill into the next segment without PDFs."""
    while time.perf_counter() < deadline:
        if not fetch_pdf(port, next(codes), deadline + DRAIN_S, record):
            return


def run_segment(
    port: int, calls: list[Call], seconds: float, pdf_codes: list[Iterator[str]], record: Recorder
) -> float:
    """The browsing clients (and the PDF clients, if any codes) for ``seconds``; returns how
    long the browsing clients ran."""
    deadline = time.perf_counter() + seconds
    step = max(1, len(calls) // BROWSING_CLIENTS)
    browsing = [
        threading.Thread(target=browse, args=(port, calls, n * step, deadline, record))
        for n in range(BROWSING_CLIENTS)
    ]
    asking = [
        threading.Thread(target=ask_for_pdfs, args=(port, codes, deadline, record))
        for codes in pdf_codes
    ]
    started = time.perf_counter()
    for thread in browsing + asking:
        thread.start()
    for thread in browsing:
        thread.join(timeout=seconds + REQUEST_TIMEOUT_S)
    took = time.perf_counter() - started
    for thread in asking:
        thread.join(timeout=seconds + DRAIN_S + REQUEST_TIMEOUT_S)
    return took


def run_rounds(
    port: int, calls: list[Call], seconds: float, rounds: int, pdf_codes: list[Iterator[str]]
) -> dict[str, tuple[Recorder, float]]:
    """Segments without and with PDFs in turn (``rounds`` of each, ``seconds`` in all per
    phase), so that a change in the machine's other load touches both phases alike."""
    phases = {WITHOUT: (Recorder(), []), WITH: (Recorder(), [])}
    for _ in range(rounds):
        for phase, codes in ((WITHOUT, []), (WITH, pdf_codes)):
            record, spans = phases[phase]
            spans.append(run_segment(port, calls, seconds / rounds, codes, record))
    return {phase: (record, sum(spans)) for phase, (record, spans) in phases.items()}


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
    for kind in sorted(record.errors):
        if kind in record.latencies:
            emit_kind(phase, kind, record.latencies[kind], record.errors[kind])
        else:
            emit(f"loadtest_{phase}_{kind}", record.errors[kind], "count", 0)
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


def measure(port: int, seconds: float, rounds: int) -> None:
    from data_access.repository import get_repository

    wait_until(lambda: healthy(port), "the app")
    repo = get_repository()
    calls = browsing_calls(repo)
    run_segment(port, calls, WARM_UP_S, [], Recorder())  # both workers load data and caches
    phases = run_rounds(port, calls, seconds, rounds, pdf_units(repo))
    base = emit_phase(WITHOUT, *phases[WITHOUT])
    emit_ratios(base, emit_phase(WITH, *phases[WITH]))


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make loadtest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=DEFAULT_PHASE_S, help="per phase")
    parser.add_argument(
        "--rounds", type=int, default=DEFAULT_ROUNDS, help="segments per phase, in turn"
    )
    parser.add_argument("--target", help=f"an app already running at http://{LOOPBACK}:<port>")
    parser.add_argument("--inline", action="store_true", help="serve without the report worker")
    args = parser.parse_args(argv)
    if not 1 <= args.seconds <= MAX_PHASE_S:
        parser.error(f"--seconds must be between 1 and {MAX_PHASE_S:.0f}")
    if not 1 <= args.rounds <= MAX_ROUNDS:
        parser.error(f"--rounds must be between 1 and {MAX_ROUNDS}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    if args.target:
        measure(loopback_port(args.target), args.seconds, args.rounds)
        return
    with served_app(args.inline) as port:
        measure(port, args.seconds, args.rounds)


if __name__ == "__main__":
    try:
        main()
    except LoadTestError as error:
        sys.exit(f"make loadtest: {error}")
