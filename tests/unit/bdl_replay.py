"""A replay of the BDL API on 127.0.0.1 for the tests (never the internet).

``serving`` runs any request handler on a free local port in a thread; ``serve_replay`` is the
data replay of ``/api/v1/data/by-variable/``: the real BDL responses of tests/fixtures/bdl_api/,
paged as the live API pages them, with 429/503 answers queued on demand (:class:`Replay`).
Use it from a fixture: ``yield from serve_replay()``. Light on purpose (no app, no dataset), so
the unit and the integration tests share it.
"""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from config import PROJECT_ROOT

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "bdl_api"


def fixture(name: str) -> dict:
    """A saved BDL response, ``tests/fixtures/bdl_api/<name>.json``."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


DATA = fixture("samples_raw_data")
UNITS = fixture("samples_raw_units")


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[ThreadingHTTPServer]:
    """``handler`` answering on a free port of 127.0.0.1 in a thread, until the block ends."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def base_url(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_port}"


class Replay:
    """State of the replay server: queued failures and every request seen."""

    def __init__(self) -> None:
        self.failures: list[tuple[int, str | None]] = []  # (status, Retry-After)
        self.requests: list[dict] = []
        self.base = ""


def _handler(replay: Replay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, body: dict, headers: dict | None = None) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(url.query)
            replay.requests.append(
                {
                    "path": url.path,
                    "query": query,
                    "headers": {k.lower(): v for k, v in self.headers.items()},
                }
            )
            if replay.failures:
                status, retry_after = replay.failures.pop(0)
                headers = {"Retry-After": retry_after} if retry_after is not None else {}
                self._send(status, {"errors": "Too Many Requests"}, headers)
                return
            if not url.path.startswith("/api/v1/data/by-variable/"):
                self._send(404, {"errors": "not found"})
                return
            results = DATA["get_data_by_variable"]
            size = int(query.get("page-size", ["10"])[0])
            page = int(query.get("page", ["0"])[0])
            body = {
                "totalRecords": len(results),
                "page": page,
                "pageSize": size,
                "links": {"self": f"{replay.base}{self.path}"},
                "variableId": int(url.path.rsplit("/", 1)[-1]),
                "results": results[page * size : (page + 1) * size],
            }
            if (page + 1) * size < len(results):
                following = [(k, v) for k, vs in query.items() for v in vs if k != "page"]
                following.append(("page", str(page + 1)))
                body["links"]["next"] = (
                    f"{replay.base}{url.path}?{urllib.parse.urlencode(following)}"
                )
            self._send(200, body)

    return Handler


def serve_replay() -> Iterator[Replay]:
    """The data replay, answering until the generator is closed (a fixture's teardown)."""
    replay = Replay()
    with serving(_handler(replay)) as server:
        replay.base = base_url(server)
        yield replay
