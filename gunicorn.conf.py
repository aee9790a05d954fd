"""gunicorn's settings for this app. gunicorn reads ``./gunicorn.conf.py`` by itself when it
starts in this folder (``make run`` does; elsewhere pass ``--config``).

gunicorn writes ``Server: gunicorn`` into every response itself: no setting turns it off and a
WSGI middleware never sees the header. The app does not name its server, so the line is
dropped from gunicorn's default headers here, in the master, before the workers fork.
"""

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


def post_worker_init(worker) -> None:
    """Warm the worker's per-process caches of the unit profile in a background thread (see
    ``pages.profile.warm_up``), so the first profile of each level answers at full speed."""
    import logging
    import threading

    def warm() -> None:
        try:
            from app import server
            from pages.profile import warm_up

            warm_up(server)
        except Exception:  # a cold cache is slower, never wrong
            logging.getLogger("gunicorn.error").exception("profile warm-up failed")

    threading.Thread(target=warm, name="profile-warm-up", daemon=True).start()
