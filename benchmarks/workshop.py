"""A live workshop with 50 followers on the app as ``make run`` serves it (2 gunicorn sync
workers on a free loopback port, a private accounts database and cache; Redis for the
heartbeats when ``SMUP_RATELIMIT_STORAGE_URI`` names one, as ``make bench`` and ``make run``
set it).

A trainer moves to another slide every 3 s for ~30 s (``POST /warsztat/<code>/slajd``, signed
in, with the CSRF header, as the presentation's script does); 50 followers poll
``/warsztat/<code>/stan`` every second with ``If-None-Match`` and, when the version changes,
fetch the new slide (``/warsztat/<code>/slajd/<n>``, as ``assets/scripts/workshop.js`` makes
the browser do). The update latency of a follower is from the moment the trainer's request was
sent to the moment the follower has the new slide's content. Prints JSON lines like
``make bench``: ``workshop_followers``, ``workshop_update_latency_ms_p95`` (target 2000),
``workshop_update_latency_ms_p50``, ``workshop_updates_missed``, ``workshop_poll_ms_p95``,
``workshop_polls_not_modified_share``, ``workshop_counted_followers`` (the trainer's count at
the end), ``workshop_errors`` and the machine's load average while it ran.

``python -m benchmarks.workshop [--followers 50] [--seconds 30]``
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

LOOPBACK = "127.0.0.1"
POLL_S = 1.0
MOVE_S = 3.0
LATENCY_TARGET_MS = 2000
PASSWORD = "warsztat-bench-2026"
VIEWS = (
    ("Mapa dochodów własnych", "/analiza?wskaznik=dochody-wlasne-na-mieszkanca&rok=2022"),
    ("Finanse dwóch gmin", "/porownaj?jst=0201011,0201022&obszar=finanse"),
    ("Ludność powiatów", "/wskazniki/ludnosc?poziom=powiat&rok=2020"),
)


def emit(metric: str, value: float, unit: str, target: float | None = None) -> None:
    print(
        json.dumps({"metric": metric, "value": round(value, 2), "unit": unit, "target": target}),
        flush=True,
    )


def percentile(samples: list[float], share: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


class Record:
    """What the simulated clients saw, shared between their threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.moves: dict[int, float] = {}  # version -> when the trainer's request was sent
        self.latencies: list[float] = []
        self.polls: list[float] = []
        self.not_modified = 0
        self.errors = 0
        self.seen: list[set[int]] = []

    def error(self) -> None:
        with self.lock:
            self.errors += 1


def request(port: int, method: str, path: str, body: bytes | None = None, headers=None):
    """One request on a new connection (gunicorn's sync workers close each one)."""
    connection = http.client.HTTPConnection(LOOPBACK, port, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheader("ETag"), response.read()
    finally:
        connection.close()


def fetch_slide(port: int, code: str, slide: int) -> int:
    """The participant's page fetching a new slide, as a browser asks for it (brotli)."""
    status, _, _ = request(
        port, "GET", f"/warsztat/{code}/slajd/{slide}", headers={"Accept-Encoding": "br, gzip"}
    )
    return status


def follower(port: int, code: str, deadline: float, record: Record) -> None:
    participant = secrets.token_hex(16)
    path = f"/warsztat/{code}/stan?" + urlencode({"uczestnik": participant, "tryb": "sledze"})
    etag, version = None, None
    seen: set[int] = set()
    time.sleep(random.uniform(0, POLL_S))  # participants arrive at different moments
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            status, new_etag, body = request(
                port, "GET", path, headers={"If-None-Match": etag} if etag else {}
            )
            poll_ms = (time.monotonic() - started) * 1000
            with record.lock:
                record.polls.append(poll_ms)
                record.not_modified += status == 304
            if status == 200:
                etag = new_etag
                state = json.loads(body)
                if version is not None and state["version"] != version:
                    if fetch_slide(port, code, state["slide"]) != 200:
                        record.error()
                    else:
                        done = time.monotonic()
                        with record.lock:
                            moved = record.moves.get(state["version"])
                            if moved is not None:
                                record.latencies.append((done - moved) * 1000)
                                seen.add(state["version"])
                version = state["version"]
            elif status != 304:
                record.error()
        except (OSError, http.client.HTTPException, ValueError):
            record.error()
        time.sleep(max(0.0, POLL_S - (time.monotonic() - started)))
    with record.lock:
        record.seen.append(seen)


def trainer(port: int, code: str, auth: dict[str, str], deadline: float, record: Record) -> None:
    """Next, next, previous, previous, … every 3 s (the last move well before the end)."""
    route = [2, 3, 2, 1]
    step = 0
    time.sleep(MOVE_S)
    while time.monotonic() < deadline - MOVE_S:
        body = urlencode({"widok": route[step % len(route)]}).encode()
        sent = time.monotonic()
        try:
            status, _, answer = request(port, "POST", f"/warsztat/{code}/slajd", body, auth)
            if status != 200:
                record.error()
            else:
                with record.lock:
                    record.moves[json.loads(answer)["version"]] = sent
        except (OSError, http.client.HTTPException, ValueError):
            record.error()
        step += 1
        time.sleep(max(0.0, MOVE_S - (time.monotonic() - sent)))


def prepare_workshop(database_url: str, secret_key: str) -> tuple[str, dict[str, str]]:
    """A trainer with a dashboard of three views and a running workshop, in the app's
    database; the trainer's session cookie and CSRF header, signed with the app's key."""
    import flask
    from flask_wtf.csrf import generate_csrf

    import app  # noqa: F401  (registers the pages a saved view may name)
    from accounts import db, repository, workshops

    db.upgrade(database_url)
    db.use_database(database_url)
    user = repository.register("trener@example.pl", PASSWORD, PASSWORD)
    board = repository.create_dashboard(user.id, "Warsztat")
    for name, url in VIEWS:
        view = repository.save_view(user.id, url, name)
        repository.add_to_dashboard(user.id, board.id, view.id)
    code = workshops.start_workshop(user.id, board.id).code
    token = repository.start_session(user.id)
    signer = flask.Flask("workshop-bench")
    signer.config["SECRET_KEY"] = secret_key
    with signer.test_request_context():
        flask.session["_user_id"] = token
        csrf = generate_csrf()
        cookie = signer.session_interface.get_signing_serializer(signer).dumps(dict(flask.session))
    headers = {
        "Cookie": f"session={cookie}",
        "X-CSRFToken": csrf,
        "Content-Type": "application/x-www-form-urlencoded",
    }
    return code, headers


def run(port: int, code: str, auth: dict[str, str], followers: int, seconds: float) -> None:
    # Warm both workers: the page and a slide of each kind.
    for slide in (1, 2, 3, 1, 2, 3):
        request(port, "GET", f"/warsztat/{code}")
        fetch_slide(port, code, slide)
    record = Record()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(target=follower, args=(port, code, deadline, record))
        for _ in range(followers)
    ]
    threads.append(threading.Thread(target=trainer, args=(port, code, auth, deadline, record)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    status, _, body = request(port, "GET", f"/warsztat/{code}/uczestnicy", headers=auth)
    counted = json.loads(body)["follow"] if status == 200 else -1
    moves = len(record.moves)
    missed = sum(moves - len(seen) for seen in record.seen)
    emit("workshop_followers", followers, "clients")
    emit("workshop_trainer_moves", moves, "count")
    emit(
        "workshop_update_latency_ms_p95",
        percentile(record.latencies, 0.95),
        "ms",
        LATENCY_TARGET_MS,
    )
    emit("workshop_update_latency_ms_p50", percentile(record.latencies, 0.5), "ms")
    emit("workshop_update_latency_ms_max", max(record.latencies, default=float("nan")), "ms")
    emit("workshop_updates_missed", missed, "count", 0)
    emit("workshop_poll_ms_p95", percentile(record.polls, 0.95), "ms")
    emit("workshop_polls", len(record.polls), "count")
    emit(
        "workshop_polls_not_modified_share",
        record.not_modified / max(len(record.polls), 1),
        "share",
    )
    emit("workshop_counted_followers", counted, "clients", followers)
    emit("workshop_errors", record.errors, "count", 0)


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--followers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30, help="at most 120")
    args = parser.parse_args(argv)
    if not 1 <= args.followers <= 200 or not 10 <= args.seconds <= 120:
        parser.error("--followers 1..200, --seconds 10..120")
    return args


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    from benchmarks.analiza import free_port, start_gunicorn
    from benchmarks.loadtest import stop

    scratch = Path(tempfile.mkdtemp(prefix="smup-workshop-"))
    secret_key = secrets.token_hex(32)
    database_url = f"sqlite:///{scratch / 'accounts.sqlite'}"
    env = os.environ | {
        "SMUP_DATABASE_URL": database_url,
        "SMUP_CACHE_DIR": str(scratch / "cache"),
        "SMUP_SECRET_KEY": secret_key,
    }
    server: subprocess.Popen | None = None
    try:
        code, auth = prepare_workshop(database_url, secret_key)
        port = free_port()
        server = start_gunicorn(port, env)
        load_before = os.getloadavg()[0]
        run(port, code, auth, args.followers, args.seconds)
        emit("workshop_load_average_1m_before", load_before, "load")
        emit("workshop_load_average_1m_after", os.getloadavg()[0], "load")
        presence = (
            "redis" if env.get("SMUP_RATELIMIT_STORAGE_URI", "").startswith("redis") else "files"
        )
        print(json.dumps({"metric": "workshop_presence_store", "value": presence}), flush=True)
    finally:
        if server is not None:
            stop(server)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
