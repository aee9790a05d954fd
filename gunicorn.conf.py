"""gunicorn's settings for this app. gunicorn reads ``./gunicorn.conf.py`` by itself when it
starts in this folder (``make run`` does; elsewhere pass ``--config``).

gunicorn writes ``Server: gunicorn`` into every response itself: no setting turns it off and a
WSGI middleware never sees the header. The app does not name its server, so the line is
dropped from gunicorn's default headers here, in the master, before the workers fork.
"""

import multiprocessing
import sys
import time

from gunicorn.http import wsgi


def _without_server_header(default_headers):
    def headers(self) -> list[str]:
        return [h for h in default_headers(self) if not h.lower().startswith("server:")]

    headers.drops_server_header = True
    return headers


if not getattr(wsgi.Response.default_headers, "drops_server_header", False):
    wsgi.Response.default_headers = _without_server_header(wsgi.Response.default_headers)

# The longest request the API document allows (500 unit codes with their commas percent-encoded,
# ~5.1 KB) exceeds gunicorn's default 4094-byte request line, which would answer 414; 8190 is
# gunicorn's maximum and what nginx accepts by default (large_client_header_buffers 8k).
limit_request_line = 8190


# --- the profile's warm-up gives way to requests ------------------------------------------------
# Requests in progress in all workers and when that number last changed (time.monotonic(),
# the same clock in every process). Made here, in the master, before the workers fork, so all of
# them share it; its lock is a semaphore that survives the fork.
_SHARED = multiprocessing.Array("d", 2)
_ACTIVITY = _SHARED.get_obj()  # read without the lock: one float at a time
IN_FLIGHT, CHANGED = 0, 1
_ACTIVITY[CHANGED] = time.monotonic()  # the start counts as activity: workers load first
QUIET_S = 1.0  # the warm-up starts a unit only after the workers have been idle this long
STALE_S = 120.0  # a count unchanged this long is a worker that died in a request: ignored
POLL_S = 0.1


class WarmUpInterrupted(Exception):
    """A request arrived while the warm-up ran: the unit is abandoned and started again later
    (what it had finished stays cached)."""


def _count_request(change: int) -> None:
    with _SHARED.get_lock():
        _ACTIVITY[IN_FLIGHT] = max(0.0, _ACTIVITY[IN_FLIGHT] + change)
        _ACTIVITY[CHANGED] = time.monotonic()


def pre_request(worker, req) -> None:
    worker.log.debug("%s %s", req.method, req.path)  # gunicorn's default hook
    _count_request(+1)


def post_request(worker, req, environ, resp) -> None:
    _count_request(-1)


def busy(activity=_ACTIVITY) -> bool:
    """A request is in progress in some worker."""
    return activity[IN_FLIGHT] > 0 and time.monotonic() - activity[CHANGED] < STALE_S


def idle_for(activity=_ACTIVITY) -> float:
    """Seconds since the last request ended (0 while one is in progress)."""
    return 0.0 if busy(activity) else time.monotonic() - activity[CHANGED]


def importing(frame) -> bool:
    """Whether ``frame`` runs inside an import (a module half run is not abandoned)."""
    while frame is not None:
        if frame.f_code.co_filename.startswith("<frozen importlib"):
            return True
        frame = frame.f_back
    return False


def run_when_idle(unit, activity=_ACTIVITY, quiet_s: float = QUIET_S) -> None:
    """Run ``unit`` once every worker has been idle for ``quiet_s``; abandon it as soon as a
    request arrives (at the unit's next Python call: a trace function on this thread only, so
    requests run untraced) and start it again after the next quiet spell."""

    def give_way(frame, event, arg):
        if busy(activity) and not importing(frame):
            raise WarmUpInterrupted
        return None  # calls only: no line events

    while True:
        while idle_for(activity) < quiet_s:
            time.sleep(POLL_S)
        sys.settrace(give_way)
        try:
            unit()
            return
        except WarmUpInterrupted:
            continue
        finally:
            sys.settrace(None)


def post_worker_init(worker) -> None:
    """Warm the worker's per-process caches of the unit profile and of /analiza's default map
    in a background thread (see ``pages.profile.warm_up``, ``pages.analiza.warm_up``), so the
    first profile of each level and the first map answer at full speed. The
    warm-up runs only while no worker serves a request (:func:`run_when_idle`): right after a
    start both workers would otherwise spend seconds of CPU on it while the first visitors
    wait."""
    import logging
    import threading

    def warm() -> None:
        try:
            from app import server
            from pages.analiza import warm_up as warm_up_analysis
            from pages.profile import warm_up

            warm_up(server, run_unit=run_when_idle)
            warm_up_analysis(server, run_unit=run_when_idle)
        except Exception:  # a cold cache is slower, never wrong
            logging.getLogger("gunicorn.error").exception("profile warm-up failed")

    threading.Thread(target=warm, name="profile-warm-up", daemon=True).start()
