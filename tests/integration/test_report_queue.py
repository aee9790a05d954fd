"""PDF reports off the web workers: the queue, the report worker and the pages on the way."""

from __future__ import annotations

import dataclasses
import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import servers
from pypdf import PdfReader

from config import PROJECT_ROOT, settings
from i18n import t
from reports import queue, render, results, routes

REPORT = "/raport/0201022.pdf?obszary=podatki"  # one area: a quick real render
HTML_TWIN = "/raport/0201022?obszary=podatki"
SERVICE_REPORT = "/raport/0201011/usluga/podatek-rolny.pdf"
POLL = {"X-Report-Poll": "1"}
FAKE_PDF = b"%PDF-1.7 fake\n"


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Iterator[Path]:
    """A private report cache (and queue) for each test."""
    folder = tmp_path / "reports"
    monkeypatch.setattr(render, "cache_dir", lambda: folder)
    results.refresh()  # the rendered reports follow (reports.results)
    yield folder
    monkeypatch.undo()
    results.refresh()


@pytest.fixture
def web(dash_app, cache):
    """A client of its own (its language cookie stays here)."""
    return dash_app.server.test_client()


@pytest.fixture
def worker(cache) -> queue.Worker:
    """A report worker that has announced itself (its jobs run when the test drains it)."""
    running = queue.Worker(name="test-worker")
    running.beat()
    return running


@pytest.fixture
def renders(monkeypatch) -> list[str]:
    """WeasyPrint replaced by a quick fake that records the HTML of every render."""
    done: list[str] = []

    def fake_pdf(html: str) -> bytes:
        done.append(html)
        return FAKE_PDF

    monkeypatch.setattr(render, "html_to_pdf", fake_pdf)
    return done


def failing_render(monkeypatch) -> None:
    def broken(html: str) -> bytes:
        raise RuntimeError("cairo: out of memory in line 42")

    monkeypatch.setattr(render, "html_to_pdf", broken)


def files(cache: Path, pattern: str) -> list[Path]:
    return sorted((cache / "jobs").glob(pattern))


def rendered(cache: Path) -> list[Path]:
    """The entries of the rendered reports' cache (Flask-Caching's files, not its counter)."""
    counter = Path(results.cache.cache._get_filename("__wz_cache_count"))
    return sorted(p for p in (cache / results.SUBDIR).iterdir() if p != counter)


def assert_failure_page(response) -> None:
    assert response.status_code == 500
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_data(as_text=True)
    assert t("reports.failed.title") in body and t("reports.failed.text") in body
    assert f'href="{REPORT}"' in body and f'href="{HTML_TWIN}"' in body
    assert "Traceback" not in body and "cairo" not in body and "RuntimeError" not in body


# --- queued in the web worker, rendered by the report worker ----------------------------------
def test_uncached_pdf_gets_the_preparing_page_then_the_pdf_the_worker_rendered(web, worker):
    waiting = web.get(REPORT)
    assert waiting.status_code == 202
    assert waiting.headers["Retry-After"] == str(render.PREPARING_RETRY_S)
    assert waiting.headers["Cache-Control"] == "no-store"
    body = waiting.get_data(as_text=True)
    assert f"<h1>{t('reports.preparing.title')}</h1>" in body
    assert f'<p role="status" id="report-status">{t("reports.preparing.text")}</p>' in body
    assert f'<a href="{REPORT}">{t("reports.preparing.retry")}</a>' in body
    assert f'href="{HTML_TWIN}"' in body and f'data-poll-url="{REPORT}"' in body
    assert web.get(REPORT, headers=POLL).json == {"state": "queued"}

    assert worker.drain() == 1  # the worker, in this process
    assert web.get(REPORT, headers=POLL).json == {"state": "ready"}
    served = web.get(REPORT)
    assert served.status_code == 200 and served.mimetype == "application/pdf"
    reader = PdfReader(io.BytesIO(served.data))
    assert reader.metadata.title == "Raport: Bolesławiec (gmina wiejska)"
    assert files(render.cache_dir(), "*") == []  # nothing left in the queue


def test_the_preparing_page_speaks_english(web, worker, renders):
    body = web.get(REPORT + "&lang=en").get_data(as_text=True)
    assert '<html lang="en">' in body and "Preparing your report…" in body
    assert t("reports.preparing.text") not in body


def never_built(*args, **kwargs):
    raise AssertionError("the report's HTML was built again")


def test_cached_pdf_is_served_at_once(web, worker, renders, cache, monkeypatch):
    web.get(REPORT)
    (page,) = rendered(cache)  # the report's HTML
    page.unlink()  # a request that need not build or read the report's HTML does not
    monkeypatch.setattr(routes, "unit_report_html", never_built)
    assert web.get(REPORT).status_code == 202  # queued already
    worker.drain()
    for _ in range(2):
        served = web.get(REPORT)
        assert served.status_code == 200 and served.data == FAKE_PDF
    assert len(renders) == 1


def test_two_users_asking_for_one_report_make_one_render(dash_app, worker, renders, cache):
    first, second = dash_app.server.test_client(), dash_app.server.test_client()
    assert first.get(REPORT).status_code == 202
    assert second.get(REPORT).status_code == 202
    assert len(files(cache, "*.job")) == 1
    job = worker.claim()
    assert second.get(REPORT).status_code == 202  # asked again while it renders
    assert (
        files(cache, "*.job") == [] and first.get(REPORT, headers=POLL).json["state"] == "running"
    )
    worker.render(*job)
    assert worker.drain() == 1 and len(renders) == 1
    assert first.get(REPORT).data == second.get(REPORT).data == FAKE_PDF


def test_a_job_whose_pdf_got_cached_meanwhile_is_dropped_unrendered(web, worker, renders, cache):
    web.get(REPORT)
    job = worker.claim()
    queue.submit(job[0], b"<html></html>")  # queued again in a race with the render
    worker.render(*job)
    assert worker.drain() == 1 and len(renders) == 1
    assert files(cache, "*") == []


def test_the_worker_takes_the_oldest_job_first(worker, renders):
    for key in ("b" * 64, "a" * 64):
        assert queue.submit(key, b"<html></html>")
    long_ago = time.time() - 60
    os.utime(queue.job_path("b" * 64, queue.JOB), (long_ago, long_ago))
    assert worker.claim()[0] == "b" * 64
    assert worker.claim()[0] == "a" * 64 and worker.claim() is None


@pytest.mark.skipif(not servers.REDIS_URL, reason="needs SMUP_TEST_REDIS_URL (make test)")
def test_with_a_cache_url_the_renders_go_to_redis_and_the_queue_stays_in_files(
    web, worker, renders, cache, monkeypatch
):
    import redis

    monkeypatch.setattr(
        results, "settings", dataclasses.replace(settings, cache_url=servers.REDIS_URL)
    )
    results.refresh()
    client = redis.Redis.from_url(servers.REDIS_URL)
    client.delete(*client.keys(f"{results.KEY_PREFIX}*") or ["none"])
    in_files = sorted(cache.rglob("*"))
    assert web.get(REPORT).status_code == 202
    assert len(files(cache, "*.job")) == 1
    assert worker.drain() == 1
    assert web.get(REPORT, headers=POLL).json == {"state": "ready"}
    assert web.get(REPORT).data == FAKE_PDF and len(renders) == 1
    assert len(client.keys(f"{results.KEY_PREFIX}*")) == 2  # the report's HTML and PDF
    assert files(cache, "*") == []  # the job is done and gone
    assert [p for p in cache.rglob("*") if p.is_file() and p not in in_files] == []  # no render


# --- failures ---------------------------------------------------------------------------------
def test_a_failed_render_shows_a_clear_polish_page_then_can_be_asked_again(
    web, worker, monkeypatch, cache
):
    web.get(REPORT)
    failing_render(monkeypatch)
    assert worker.drain() == 0 and worker.failed == 1
    assert web.get(REPORT, headers=POLL).json == {"state": "failed"}
    assert_failure_page(web.get(REPORT))
    assert web.get(REPORT).status_code == 202  # shown once: asking again queues a new render
    assert len(files(cache, "*.job")) == 1


def test_a_render_that_overran_its_time_counts_as_failed(web, worker, renders, cache):
    web.get(REPORT)
    key, running = worker.claim()
    long_ago = time.time() - queue.RUNNING_TIMEOUT_S - 1
    os.utime(running, (long_ago, long_ago))
    assert queue.state(key) == queue.State.FAILED
    assert_failure_page(web.get(REPORT))
    assert not running.exists()


def test_a_stale_failure_is_forgotten(web, worker, renders, monkeypatch, cache):
    web.get(REPORT)
    failing_render(monkeypatch)
    worker.drain()
    (note,) = files(cache, "*.failed")
    long_ago = time.time() - queue.FAILED_TTL_S - 1
    os.utime(note, (long_ago, long_ago))
    assert web.get(REPORT).status_code == 202 and not note.exists()


def test_a_failed_render_in_the_web_worker_shows_the_same_page(web, monkeypatch, cache):
    failing_render(monkeypatch)
    assert_failure_page(web.get(REPORT))


# --- no worker: rendered in the web worker ----------------------------------------------------
def test_without_a_worker_the_web_worker_renders_the_pdf(web, renders, cache):
    served = web.get(REPORT)
    assert served.status_code == 200 and served.data == FAKE_PDF and len(renders) == 1
    assert not (cache / "jobs").exists()


def test_a_worker_gone_silent_no_longer_takes_jobs(web, worker, renders, cache):
    assert web.get(REPORT).status_code == 202
    assert web.get(REPORT, headers=POLL).json == {"state": "queued"}
    long_ago = time.time() - queue.ALIVE_S - 1
    os.utime(worker.heartbeat, (long_ago, long_ago))
    assert web.get(REPORT, headers=POLL).json == {"state": "absent"}  # the page asks again
    served = web.get(REPORT)
    assert served.status_code == 200 and served.data == FAKE_PDF
    assert files(cache, "*.job") == []  # the job it had queued is dropped


def test_inline_rendering_can_be_forced(web, worker, renders, monkeypatch):
    monkeypatch.setattr(queue, "settings", dataclasses.replace(settings, report_renderer="inline"))
    assert web.get(REPORT).data == FAKE_PDF


def test_a_busy_web_worker_answers_with_a_page_that_retries(web, renders):
    with render.render_slot(wait_s=0) as free:
        assert free
        busy = web.get(REPORT)
    assert busy.status_code == 503 and busy.headers["Retry-After"] == str(render.BUSY_RETRY_S)
    body = busy.get_data(as_text=True)
    assert t("reports.busy.title") in body and 'role="status"' in body
    assert 'http-equiv="refresh"' in body.split("<noscript>")[1]  # only without scripts
    assert renders == []


def test_a_stuck_worker_stops_its_heartbeat(worker):
    long_ago = time.time() - queue.ALIVE_S - 1
    os.utime(worker.heartbeat, (long_ago, long_ago))
    worker.busy_since = time.monotonic() - queue.RUNNING_TIMEOUT_S - 1
    worker.beat()
    assert queue.live_workers() == []
    worker.busy_since = None
    worker.beat()
    assert queue.live_workers() == [worker.heartbeat]


# --- the real command, in its own process ---------------------------------------------------
def wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_report_worker_command_renders_the_queue_and_stops_on_sigterm(web, tmp_path, cache):
    """``flask --app app report-worker`` with the cache folder of this test's web worker."""
    env = os.environ | {"SMUP_CACHE_DIR": str(tmp_path), "SMUP_REPORT_WORKER_NICE": "0"}
    flask = Path(sys.executable).parent / "flask"
    process = subprocess.Popen([flask, "--app", "app", "report-worker"], cwd=PROJECT_ROOT, env=env)
    try:
        wait_for(lambda: queue.live_workers() != [])
        assert web.get(SERVICE_REPORT).status_code == 202
        wait_for(lambda: web.get(SERVICE_REPORT, headers=POLL).json["state"] == "ready")
        served = web.get(SERVICE_REPORT)
        assert served.mimetype == "application/pdf" and served.data.startswith(b"%PDF")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
        assert queue.live_workers() == [] and not list((cache / "workers").iterdir())
    finally:
        process.kill()
        process.wait()


# --- the page in a browser --------------------------------------------------------------------
@pytest.mark.browser
def test_the_preparing_page_is_accessible_and_opens_the_pdf_when_ready(
    page, live_server, worker, renders
):
    from tests.browser.test_accessibility import axe_violations, describe

    page.goto(live_server + REPORT)
    status = page.get_by_role("status")
    assert status.inner_text() == t("reports.preparing.text")
    violations = axe_violations(page)
    assert not violations, describe(violations)
    with page.expect_response(lambda r: r.headers.get("content-type") == "application/pdf"):
        worker.drain()  # the page's next check finds the PDF and opens it


# --- the load test's PDF client -------------------------------------------------------------
def test_the_load_test_pdf_client_waits_for_the_pdf(live_server, worker, renders):
    from benchmarks import loadtest

    stop = threading.Event()
    rendering = threading.Thread(target=worker.run, args=(stop,))
    rendering.start()
    try:
        record = loadtest.Recorder()
        port = int(live_server.rsplit(":", 1)[1])
        assert loadtest.fetch_pdf(port, "0201022", time.perf_counter() + 30, record)
    finally:
        stop.set()
        rendering.join()
    assert len(record.latencies["pdf_request"]) >= 2  # the preparing page, then the PDF
    assert record.errors == {"pdf_request": 0, "pdf_ready": 0} and len(renders) == 1
