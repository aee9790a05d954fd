"""PDF reports rendered off the web workers: a job queue in the shared cache folder.

A web worker asked for a PDF that is not in the cache yet writes a job (the report's HTML,
named by its cache key) and answers at once with a page that says the report is being
prepared and checks back by itself. A report worker (``flask --app app report-worker``, which
``make run`` starts beside gunicorn) takes the oldest job, renders it with WeasyPrint into the
report cache and takes the next. The renders are kept by Flask-Caching (``reports.results``:
files in ``renders/``, or Redis with ``SMUP_CACHE_URL``) under ``<key>.html``, ``<key>.pdf`` and
``<key>.zip`` (a report pack, ``reports.pack_routes``); the queue is files under
``settings.cache_dir/reports``, since claiming a job needs an atomic rename::

    renders/                       the report cache's files (without SMUP_CACHE_URL)
    jobs/<key>.job                 a queued render; its text is the report's HTML, or a
                                   product's header line and its request (``job_text``)
    jobs/<key>.running             a render in progress (a worker renamed the job)
    jobs/<key>.failed              a failed render (the error, one line; the log has the rest)
    workers/<host>-<pid>.alive     a worker's heartbeat (its modification time)

- Deduplicated: a job is made with an exclusive link, so two users asking for the same report
  make one job; a job whose PDF is cached by the time a worker takes it is dropped unrendered.
- Several workers, on one host or several sharing the folder, may run: renaming a job to
  ``.running`` is atomic, so each job has one taker.
- No extra service: with no fresh heartbeat (the dev server, tests, a worker that died or
  is stuck in a render) or ``SMUP_REPORT_RENDERER=inline``, the web worker renders the PDF
  itself, as before (``reports.routes``).
- A worker lowers its CPU priority (``SMUP_REPORT_WORKER_NICE``): renders take what the web
  workers leave, so pages stay fast while PDFs are being made.
"""

from __future__ import annotations

import logging
import os
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from config import settings
from reports import render, results

log = logging.getLogger(__name__)

JOB, RUNNING, FAILED, ALIVE = ".job", ".running", ".failed", ".alive"
HEARTBEAT_S = 2.0  # how often a worker touches its heartbeat
ALIVE_S = 10.0  # an older heartbeat: the worker is gone
RUNNING_TIMEOUT_S = 180.0  # a longer render has failed; its worker stops its heartbeat
FAILED_TTL_S = 300.0  # a failure is shown to those who asked in this time, then forgotten
POLL_S = 0.25  # an idle worker looks for jobs this often
MAX_ERROR_CHARS = 300
PDF = ".pdf"
PRODUCT_MARK = b"#smup-job "  # a job for another product than a report's PDF
# kind → (suffix of the file it makes, how it makes it from the job's request)
PRODUCTS: dict[str, tuple[str, Callable[[bytes], bytes]]] = {}


class State(StrEnum):
    """Where the PDF of one report stands."""

    READY = "ready"
    QUEUED = "queued"
    RUNNING = "running"
    FAILED = "failed"
    ABSENT = "absent"


def register_product(kind: str, suffix: str, build: Callable[[bytes], bytes]) -> None:
    """Let workers make ``kind`` jobs: ``build(request)`` gives the file cached as
    ``<key><suffix>`` (e.g. the report pack's zip)."""
    PRODUCTS[kind] = (suffix, build)


def job_text(kind: str, request: bytes) -> bytes:
    """The text of a job for a registered product (a PDF job's text is the report's HTML)."""
    return PRODUCT_MARK + kind.encode("ascii") + b"\n" + request


def pdf_of(html: bytes) -> bytes:
    return render.html_to_pdf(html.decode("utf-8"))


def product_of(text: bytes) -> tuple[str, Callable[[bytes], bytes], bytes]:
    """(suffix, build, input) of a job's text."""
    if text.startswith(PRODUCT_MARK):
        head, _, request = text.partition(b"\n")
        suffix, build = PRODUCTS[head[len(PRODUCT_MARK) :].decode("ascii")]
        return suffix, build, request
    return PDF, pdf_of, text


def jobs_dir() -> Path:
    return render.cache_dir() / "jobs"


def job_path(key: str, suffix: str) -> Path:
    return jobs_dir() / f"{key}{suffix}"


def age_s(path: Path, now: float | None = None) -> float | None:
    """Seconds since ``path`` was last modified; None if it does not exist."""
    try:
        modified = path.stat().st_mtime
    except OSError:
        return None
    return (time.time() if now is None else now) - modified


def live_workers(root: Path | None = None, now: float | None = None) -> list[Path]:
    """Heartbeats fresher than ``ALIVE_S`` in ``root`` (default: the report cache folder)."""
    folder = (root or render.cache_dir()) / "workers"
    try:
        beats = list(folder.glob(f"*{ALIVE}"))
    except OSError:
        return []
    return [p for p in beats if (age := age_s(p, now)) is not None and age < ALIVE_S]


def enabled() -> bool:
    """Whether PDFs go to the queue: a worker is running and inline rendering is not forced."""
    return settings.report_renderer != "inline" and bool(live_workers())


# --- the web side -----------------------------------------------------------------------------
def submit(key: str, html: bytes) -> bool:
    """Queue the render of ``key`` unless it is queued or running already. True if the render
    is (now) on its way; False if the queue folder cannot be written."""
    if job_path(key, RUNNING).exists():
        return True
    folder = jobs_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    except OSError:
        log.warning("report queue not writable: %s", folder)
        return False
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(html)
        os.link(tmp, job_path(key, JOB))  # complete when visible; fails if queued already
    except FileExistsError:
        pass
    except OSError:
        log.warning("report queue not writable: %s", folder)
        return False
    finally:
        Path(tmp).unlink(missing_ok=True)
    return True


def state(key: str, now: float | None = None, suffix: str = PDF) -> State:
    if results.has(key, suffix):
        return State.READY
    failed = age_s(job_path(key, FAILED), now)
    if failed is not None and failed < FAILED_TTL_S:
        return State.FAILED
    running = age_s(job_path(key, RUNNING), now)
    if running is not None:
        return State.FAILED if running > RUNNING_TIMEOUT_S else State.RUNNING
    return State.QUEUED if job_path(key, JOB).exists() else State.ABSENT


def pending(key: str, suffix: str = PDF) -> bool:
    """Whether the render of ``key`` is queued or running."""
    return state(key, suffix=suffix) in (State.QUEUED, State.RUNNING)


def take_failure(key: str, now: float | None = None, suffix: str = PDF) -> bool:
    """Whether the last render of ``key`` failed (or overran ``RUNNING_TIMEOUT_S``); the
    failure is then forgotten, so that asking again queues a new render."""
    failed = state(key, now, suffix) == State.FAILED
    for suffix in (FAILED, RUNNING) if failed else (FAILED,):
        job_path(key, suffix).unlink(missing_ok=True)  # a stale failure goes too
    return failed


def forget(key: str) -> None:
    """Drop a job the web worker has rendered itself (queued while no worker ran)."""
    job_path(key, JOB).unlink(missing_ok=True)


# --- the worker -------------------------------------------------------------------------------
class Worker:
    """Renders queued reports one at a time; ``run`` until stopped, or ``drain`` once."""

    def __init__(self, name: str | None = None) -> None:
        self.name = name or f"{socket.gethostname()}-{os.getpid()}"
        self.busy_since: float | None = None
        self.rendered = 0
        self.failed = 0

    @property
    def heartbeat(self) -> Path:
        return render.cache_dir() / "workers" / f"{self.name}{ALIVE}"

    def stuck(self) -> bool:
        started = self.busy_since
        return started is not None and time.monotonic() - started > RUNNING_TIMEOUT_S

    def beat(self) -> None:
        """Touch the heartbeat, unless a render is stuck: the web workers then render
        themselves instead of queueing behind it."""
        if self.stuck():
            return
        try:
            self.heartbeat.parent.mkdir(parents=True, exist_ok=True)
            self.heartbeat.touch()
        except OSError:
            log.warning("report worker heartbeat not writable: %s", self.heartbeat)

    def claim(self) -> tuple[str, Path] | None:
        """The oldest queued job, renamed to ``.running`` (so no other worker takes it)."""
        for job in queued_jobs():
            running = job.with_suffix(RUNNING)
            try:
                job.rename(running)
            except FileNotFoundError:
                continue  # another worker took it
            return job.stem, running
        return None

    def render(self, key: str, running: Path) -> None:
        """Render one claimed job into the cache; a failure leaves a ``.failed`` note."""
        try:
            suffix, build, request = product_of(running.read_bytes())
            if not results.has(key, suffix):
                self.busy_since = time.monotonic()
                results.store(key, suffix, build(request))
                self.rendered += 1
                log.info("report %s rendered in %.1f s", key[:12], self.busy_seconds())
        except Exception as error:
            self.failed += 1
            log.exception("report %s failed", key[:12])
            note_failure(key, error)
        finally:
            self.busy_since = None
            running.unlink(missing_ok=True)

    def busy_seconds(self) -> float:
        return 0.0 if self.busy_since is None else time.monotonic() - self.busy_since

    def drain(self) -> int:
        """Render every queued job, then return how many were rendered."""
        while (job := self.claim()) is not None:
            self.render(*job)
        return self.rendered

    def run(self, stop: threading.Event) -> None:
        """Take jobs until ``stop`` is set; a thread keeps the heartbeat while renders run."""
        self.beat()
        beating = threading.Thread(target=self.keep_beating, args=(stop,), daemon=True)
        beating.start()
        try:
            while not stop.is_set():
                job = self.claim()
                if job is None:
                    stop.wait(POLL_S)
                else:
                    self.render(*job)
        finally:
            stop.set()
            beating.join()
            self.heartbeat.unlink(missing_ok=True)

    def keep_beating(self, stop: threading.Event) -> None:
        while not stop.wait(HEARTBEAT_S):
            self.beat()


def queued_jobs() -> list[Path]:
    """The queued jobs, oldest first."""
    aged = [(age_s(path), path) for path in jobs_dir().glob(f"*{JOB}")]
    return [path for age, path in sorted(aged, key=lambda pair: -(pair[0] or 0)) if age is not None]


def note_failure(key: str, error: Exception) -> None:
    text = f"{type(error).__name__}: {error}".splitlines()[0][:MAX_ERROR_CHARS]
    try:
        job_path(key, FAILED).write_text(text + "\n", encoding="utf-8")
    except OSError:
        log.warning("report queue not writable: %s", jobs_dir())


def lower_priority(nice: int) -> None:
    """Let the web workers go first (the CPU priority of this process, 0–19)."""
    if nice > 0:
        os.nice(min(nice, 19))
