"""A replay of SMUP's API on 127.0.0.1 for the tests (never the internet).

It serves the fixtures of ``tests/fixtures/smup/`` in the shapes ``ingest/smup/fields.py``
assumes, under ``/api/1.0.0/``, pages them by ``page`` and ``page-size``, answers 404 for an
indicator-year it has no rows for, and can be switched to misbehave (:class:`Scenario`). Every
request is recorded, with whether it carried a key.
"""

from __future__ import annotations

import contextlib
import copy
import json
import threading
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "smup"
PREFIX = "/api/1.0.0/"
LISTS = {
    "areas-list": "areas",
    "public-services": "services",
    "indicator-list": "indicators",
    "teryt-dictionary": "units",
    "flag-dictionary": "flags",
    "data-dictionary": "years",
}
LOCALISED = {"areas", "services", "indicators"}


def load_fixtures() -> dict[str, object]:
    found = {path.name.removesuffix(".json"): path for path in FIXTURES.glob("*.json")}
    return {name: json.loads(path.read_text(encoding="utf-8")) for name, path in found.items()}


@dataclass
class Scenario:
    """How the server misbehaves (all off by default)."""

    rate_limit_once: bool = False  # the first data request answers 429 with Retry-After: 1
    server_error_once: bool = False  # the first data request answers 503
    truncated: str | None = None  # "<indicator>/<year>" answers a cut JSON body, every time
    bad_shape: str | None = None  # "<indicator>/<year>" answers rows without "wartosc"
    non_numeric: str | None = None  # "<indicator>/<year>" answers a text value
    unknown_unit: str | None = None  # "<indicator>/<year>" has a row of the unknown unit 199
    hang_after: int | None = None  # data requests answered before the next one hangs
    reject_key: bool = False  # every request answers 403
    old_spelling: bool = False  # only "indicators-list" exists (indicator-list answers 404)
    ignore_page: bool = False  # every page is the first one
    extra_data: dict[str, list] = field(default_factory=dict)  # more indicator-years


class Replay:
    """The server's state: fixtures, scenario and every request seen."""

    def __init__(self) -> None:
        self.fixtures = load_fixtures()
        self.scenario = Scenario()
        self.requests: list[dict] = []
        self.released = threading.Event()
        self.lock = threading.Lock()
        self.base_url = ""

    def data_requests(self) -> list[str]:
        """``"<indicator>/<year>"`` of every data request, in order."""
        return [r["item"] for r in self.requests if r["path"] == "indicator-date-data"]

    def hanging(self) -> int:
        """How many requests are waiting (for the tests that kill the client mid-run)."""
        return sum(1 for r in self.requests if r.get("hung"))


def _handler(replay: Replay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:  # keep test output quiet
            pass

        def _send(self, status: int, payload: bytes, headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            # the client may have been killed while it waited
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(payload)

        def _json(self, status: int, body: object, headers: dict | None = None) -> None:
            self._send(status, json.dumps(body, ensure_ascii=False).encode("utf-8"), headers)

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            query = dict(urllib.parse.parse_qsl(url.query))
            path = url.path.removeprefix(PREFIX)
            record = {"path": path, "query": query, "key": self.headers.get("X-ClientId")}
            if path == "indicator-date-data":
                record["item"] = f"{query.get('id')}/{str(query.get('id-daty', ''))[:4]}"
            with replay.lock:
                replay.requests.append(record)
                data_count = len(replay.data_requests())
            scenario = replay.scenario
            if scenario.reject_key:
                return self._json(403, {"message": "Forbidden"})
            if path == "indicator-date-data":
                hang = scenario.hang_after
                if hang is not None and data_count > hang:
                    record["hung"] = True
                    replay.released.wait(timeout=60)
                    return self._json(503, {"message": "released"})
                return self._data(record["item"], query, data_count)
            if scenario.old_spelling and path == "indicator-list":
                return self._json(404, {"message": "Not found"})
            name = LISTS.get("indicator-list" if path == "indicators-list" else path)
            if name is None:
                return self._json(404, {"message": "Not found"})
            if name in LOCALISED:
                name = f"{name}.{query.get('lang', 'pl')}"
            return self._page(replay.fixtures[name]["data"], query)

        def _data(self, item: str, query: dict, count: int) -> None:
            scenario = replay.scenario
            if count == 1 and scenario.rate_limit_once:
                return self._json(429, {"message": "Too many requests"}, {"Retry-After": "1"})
            if count == 1 and scenario.server_error_once:
                return self._json(503, {"message": "Service unavailable"})
            if item == scenario.truncated:
                return self._send(200, b'{"page": 0, "data": [{"id": 20')
            rows = scenario.extra_data.get(item) or replay.fixtures["data"].get(item)
            if rows is None:
                return self._json(404, {"message": "Brak danych"})
            rows = copy.deepcopy(rows)
            if item == scenario.bad_shape:
                for row in rows:
                    row.pop("wartosc", None)
            if item == scenario.non_numeric:
                rows[0]["wartosc"] = "12,5"
            if item == scenario.unknown_unit:
                rows.append(dict(rows[0], **{"id-teryt": 199}))
            return self._page(rows, query)

        def _page(self, rows: list, query: dict) -> None:
            size = int(query.get("page-size", 100))
            page = 0 if replay.scenario.ignore_page else int(query.get("page", 0))
            chunk = rows[page * size : (page + 1) * size]
            return self._json(200, {"page": page, "page-size": size, "data": chunk})

    return Handler


@contextmanager
def replay_server() -> Iterator[Replay]:
    """A running replay server on a free port of 127.0.0.1."""
    replay = Replay()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(replay))
    server.daemon_threads = True
    replay.base_url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield replay
    finally:
        replay.released.set()
        server.shutdown()
        server.server_close()
