"""BDL API client against a local replay server (127.0.0.1) that serves real BDL responses
(tests/fixtures/bdl_api/), pages them, and answers 429/503 on demand. Never the internet."""

from __future__ import annotations

import json
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import polars as pl
import pytest

from config import PROJECT_ROOT
from ingest.bdl_api import (
    bdl_id_to_teryt,
    write_ctab,
)
from ingest.bdl_csv import CodeBook, parse_export
from ingest.mapping import parse_mapping

FIXTURES = PROJECT_ROOT / "tests" / "fixtures" / "bdl_api"
DATA = json.loads((FIXTURES / "samples_raw_data.json").read_text(encoding="utf-8"))
UNITS = json.loads((FIXTURES / "samples_raw_units.json").read_text(encoding="utf-8"))


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


@pytest.fixture
def replay() -> Iterator[Replay]:
    state = Replay()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{server.server_port}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


# --- API data through the CSV importer ----------------------------------------------------
def test_fetched_data_round_trip_through_the_csv_importer(replay, tmp_path, repository):
    """A BDL API frame written as a website-style CSV passes the importer's validation."""
    gminy = [u for u in UNITS["list_units"] if u["level"] == 6]
    poland = DATA["get_data_by_variable"][0]["values"]
    frame = pl.DataFrame(
        [
            (bdl_id_to_teryt(u["id"]), u["name"], int(v["year"]), float(v["val"]))
            for u in gminy
            for v in poland[-3:]
        ],
        schema={"code": pl.String, "name": pl.String, "year": pl.Int32, "value": pl.Float64},
        orient="row",
    )
    path = write_ctab(frame, tmp_path / "api.csv", "zmienna 60270", "osoba")
    mapping = parse_mapping({"columns": [{"match": "zmienna 60270", "variable": "demo_births"}]})
    parsed = parse_export(path, mapping, CodeBook.from_units(repository.units))
    assert parsed.ok, [p.text() for p in parsed.errors]
    assert set(parsed.rows["code"]) == {"1201011", "1201022", "1201032", "1201042"}
    assert parsed.rows["value"].max() == max(float(v["val"]) for v in poland[-3:])
    assert (
        Path(path).read_text(encoding="utf-8").startswith('Kod;Nazwa;"zmienna 60270;2022;[osoba]"')
    )
