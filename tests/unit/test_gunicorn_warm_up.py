"""gunicorn.conf.py: the profile's warm-up runs only while no worker serves a request and gives
way at once when one arrives (issue 19: right after a start it slowed the first pages)."""

from __future__ import annotations

import runpy
import threading
import time
from pathlib import Path

CONF = runpy.run_path(str(Path(__file__).parents[2] / "gunicorn.conf.py"))
IN_FLIGHT, CHANGED = CONF["IN_FLIGHT"], CONF["CHANGED"]


def idle_activity(seconds_ago: float = 10.0) -> list[float]:
    activity = [0.0, 0.0]
    activity[CHANGED] = time.monotonic() - seconds_ago
    return activity


def step() -> None:
    time.sleep(0.001)


def test_a_unit_waits_until_the_workers_have_been_idle_for_a_while():
    activity = idle_activity(seconds_ago=0.0)
    started = []
    before = time.monotonic()
    CONF["run_when_idle"](lambda: started.append(time.monotonic()), activity, quiet_s=0.3)
    assert started and started[0] - before >= 0.3


def test_a_request_interrupts_the_unit_which_runs_again_when_the_workers_are_idle():
    activity = idle_activity()
    attempts = []
    finished = []

    def request_ends() -> None:
        time.sleep(0.2)
        activity[CHANGED] = time.monotonic()
        activity[IN_FLIGHT] = 0.0

    def unit() -> None:
        attempts.append(time.monotonic())
        if len(attempts) == 1:
            threading.Thread(target=request_ends).start()
            activity[IN_FLIGHT] = 1.0  # a request arrives while the unit runs
            activity[CHANGED] = time.monotonic()
        for _ in range(50):
            step()  # a Python call: where the unit gives way
        finished.append(len(attempts))

    CONF["run_when_idle"](unit, activity, quiet_s=0.1)
    assert len(attempts) == 2
    assert finished == [2]  # the first attempt stopped at its first call after the request
    assert attempts[1] - attempts[0] >= 0.3  # the request (0.2 s) and the quiet spell (0.1 s)


def test_a_count_left_by_a_worker_that_died_in_a_request_is_ignored():
    activity = idle_activity(seconds_ago=CONF["STALE_S"] + 1)
    activity[IN_FLIGHT] = 1.0
    assert not CONF["busy"](activity)
    ran = []
    CONF["run_when_idle"](lambda: ran.append(1), activity, quiet_s=0.1)
    assert ran == [1]


def test_requests_are_counted_across_the_hooks():
    class Worker:
        class log:
            @staticmethod
            def debug(*args) -> None:
                pass

    class Request:
        method, path = "GET", "/"

    activity = CONF["_ACTIVITY"]
    CONF["pre_request"](Worker, Request)
    assert CONF["busy"]()
    assert CONF["idle_for"]() == 0.0
    CONF["post_request"](Worker, Request, {}, None)
    assert not CONF["busy"]()
    assert activity[IN_FLIGHT] == 0.0
