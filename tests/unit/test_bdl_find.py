"""``bdl-find`` against a local replay server (127.0.0.1) that answers BDL metadata requests
(``/subjects/search``, ``/variables/search``, ``/variables?subject-id=``, ``/subjects/{id}``,
``/variables/{id}``) with the real records of tests/fixtures/bdl_api/ in the real response
shapes (paging fields put back, as the live API sends them). Never the internet."""

from __future__ import annotations

import dataclasses
import json
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from ingest.bdl_api import BdlApiError, BdlClient
from ingest.bdl_find import find, report_lines, subject_years
from tests.unit.bdl_replay import base_url, fixture, serving

SUBJECTS = fixture("samples_raw_subjects")
VARIABLES = fixture("samples_raw_variables")
YEARS = list(range(1995, 2025))


def _variable_pool() -> dict[int, dict]:
    pool: dict[int, dict] = {}
    for record in VARIABLES["list_variables"] + VARIABLES["search_variables"]:
        pool.setdefault(record["id"], record)
    return pool


def _details(record: dict, levels_from: int = 1995) -> dict:
    """``/subjects/{id}`` of a listed subject, in the shape of the real ``get_subject``: data
    down to voivodeships (level 2) from 1995, down to the subject's own levels from
    ``levels_from``."""
    availability = [
        {
            "year": str(y),
            "levels": record["levels"] if y >= levels_from else [2],
            "quarterly": "R",
        }
        for y in YEARS
    ]
    extra = {"years": YEARS, "availability": availability, "dimensions": [], "description": ""}
    return {**{k: v for k, v in record.items() if k != "levels"}, **extra}


SUBJECT_POOL = {s["id"]: s for s in SUBJECTS["list_subjects"] + SUBJECTS["search_subjects"]}
# P1317 is named by the real variable 3096 but not among the saved subjects; its record here is
# ours, in the same shape (powiat councillors, level 5).
SUBJECT_POOL["P1317"] = {
    "id": "P1317",
    "parentId": "G2",
    "name": "Powiat councillors by sex",
    "hasVariables": True,
    "children": [],
    "levels": [5],
}
DETAILS = {key: _details(record, 2002) for key, record in SUBJECT_POOL.items()}
DETAILS["K43"] = SUBJECTS["get_subject"]  # the real response


class Replay:
    def __init__(self) -> None:
        self.base = ""
        self.requests: list[tuple[str, dict]] = []
        self.failures: list[int] = []
        self.raw: bytes | None = None  # a body sent as is
        self.cut = False  # announce a longer body than is sent (a connection cut short)


def _matches(text: str, name: str) -> bool:
    return name.casefold() in text.casefold()


def _search(path: str, query: dict) -> list[dict] | dict | None:
    name = query.get("name", [""])[0]
    if path == "subjects/search":
        return [s for s in SUBJECT_POOL.values() if _matches(s["name"], name)]
    if path == "variables/search":
        return [
            v
            for v in _variable_pool().values()
            if any(_matches(str(v.get(k, "")), name) for k in ("n1", "n2", "n3", "n4", "n5"))
        ]
    if path == "variables":
        wanted = query.get("subject-id", [""])[0]
        return [v for v in _variable_pool().values() if v["subjectId"] == wanted]
    kind, _, key = path.partition("/")
    if kind == "subjects":
        return DETAILS.get(key)
    if kind == "variables" and key.isdigit() and int(key) in _variable_pool():
        years = VARIABLES["get_variable"]["years"][-5:]
        return {**_variable_pool()[int(key)], "years": years}
    return None


def _handler(replay: Replay) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def _send(self, status: int, payload: bytes, length: int | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(length or len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(url.query)
            path = url.path.removeprefix("/api/v1/")
            replay.requests.append((path, query))
            if replay.failures:
                self._send(replay.failures.pop(0), b'{"errors": "failure"}')
                return
            if replay.raw is not None:
                self._send(200, replay.raw, len(replay.raw) + (100 if replay.cut else 0))
                return
            found = _search(path, query)
            if found is None:
                self._send(404, b'{"errors": "not found"}')
                return
            if isinstance(found, list):
                size = int(query.get("page-size", ["10"])[0])
                found = {
                    "totalRecords": len(found),
                    "page": 0,
                    "pageSize": size,
                    "links": {"self": f"{replay.base}{self.path}"},
                    "results": found[:size],
                }
            self._send(200, json.dumps(found, ensure_ascii=False).encode())

    return Handler


@pytest.fixture
def replay() -> Iterator[Replay]:
    state = Replay()
    with serving(_handler(state)) as server:
        state.base = base_url(server)
        yield state


def client_for(replay: Replay, **kwargs) -> BdlClient:
    return BdlClient(base_url=f"{replay.base}/api/v1", sleep=lambda _: None, **kwargs)


@pytest.fixture
def run(replay, tmp_path, monkeypatch):
    """Run ``bdl-find`` with the settings pointing at the replay server."""
    import config
    from ingest.cli import bdl_find_command

    local = dataclasses.replace(
        config.settings, bdl_api_url=f"{replay.base}/api/v1", cache_dir=tmp_path / "cache"
    )
    monkeypatch.setattr(config, "settings", local)

    def invoke(*args: str):
        return CliRunner().invoke(bdl_find_command, list(args))

    return invoke


# --- the command ------------------------------------------------------------------------------
def test_prints_candidates_with_dimensions_unit_level_subject_and_years(run, replay):
    result = run("kobiety")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Wyszukiwanie w BDL: „kobiety” (szczebel: każdy)"
    assert "Tematy o pasującej nazwie: 0" in lines
    assert "Zmienne – kandydaci: 10 z 10 (id, wymiary n1…n5):" in lines
    at = lines.index("      9182  kobiety › 25-29")
    details = lines[at + 1].strip()
    assert details == (
        "jednostka: osoba · poziom: 6 (gminy) · temat: P1313 Gmina councillors by sex and age"
        " · lata: 2002–2024"
    )
    at = lines.index("      3096  kobiety")
    assert "poziom: 5 (powiaty) · temat: P1317 Powiat councillors by sex" in lines[at + 1]
    assert lines[-1].startswith("Zapytań do API BDL: 5.")  # 2 searches + 3 subjects
    assert "/variables/{id}" in lines[-1]
    searched = {path: query for path, query in replay.requests}
    assert searched["variables/search"]["name"] == ["kobiety"]
    assert searched["variables/search"]["page-size"] == ["100"]
    assert searched["subjects/search"]["lang"] == ["pl"]


def test_level_keeps_variables_with_data_down_to_it(run):
    gminy = run("kobiety", "--level", "gmina", "--json")
    ids = [c["id"] for c in json.loads(gminy.output)["candidates"]]
    assert 3096 not in ids and 9182 in ids and len(ids) == 9
    powiaty = json.loads(run("kobiety", "--level", "powiat", "--json").output)
    assert 3096 in [c["id"] for c in powiaty["candidates"]] and powiaty["matched"] == 10
    # years at the asked level: the subjects have voivodeship data from 1995
    voivodeships = json.loads(run("kobiety", "--level", "wojewodztwo", "--json").output)
    assert voivodeships["level"] == 2
    assert voivodeships["candidates"][0]["years"] == YEARS


def test_limit_and_json_output(run, replay):
    result = run("kobiety", "--limit", "2", "--json")
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert body["query"] == "kobiety" and body["matched"] == 10 and not body["incomplete"]
    first = body["candidates"][0]
    assert first == {
        "id": 8,
        "subject_id": "P1312",
        "subject_name": "Gmina councillors by sex",
        "dimensions": ["kobiety"],
        "unit": "osoba",
        "level": 6,
        "years": list(range(2002, 2025)),
    }
    assert len(body["candidates"]) == 2
    assert [p for p, _ in replay.requests if p.startswith("subjects/P")] == [
        "subjects/P1312",
        "subjects/P1313",
    ]


def test_matching_subjects_add_their_variables(run, replay):
    body = json.loads(run("councillors by sex", "--json").output)
    assert [s["id"] for s in body["subjects"]] == ["P1312", "P1313", "P1317"]
    ids = [c["id"] for c in body["candidates"]]
    assert {6, 7, 8, 34032, 9, 10, 3096} <= set(ids)  # no variable names "councillors"
    assert len(ids) == len(set(ids))  # a variable found twice is listed once
    listed = [q["subject-id"][0] for p, q in replay.requests if p == "variables"]
    assert listed == ["P1312", "P1313", "P1317"]


def test_groups_of_subjects_are_shown_but_not_expanded(run, replay):
    result = run("FINANSE")
    assert result.exit_code == 0, result.output
    assert "       K43  FINANSE PRZEDSIĘBIORSTW (DANE KWARTALNE) (grupa tematów" in result.output
    assert "Nie znaleziono zmiennych dla „FINANSE”" in result.output
    assert [p for p, _ in replay.requests] == ["subjects/search", "variables/search"]


def test_exact_years_ask_each_variable(run, replay):
    body = json.loads(run("kobiety", "--limit", "3", "--exact-years", "--json").output)
    assert all(c["years"] == list(range(2020, 2025)) for c in body["candidates"])
    assert [p for p, _ in replay.requests if p.startswith("variables/")] == [
        "variables/search",
        "variables/8",
        "variables/34034",
        "variables/9181",
    ]


def test_a_repeated_search_is_answered_from_the_cache(run, replay):
    first = run("kobiety", "--limit", "1")
    count = len(replay.requests)
    again = run("kobiety", "--limit", "1")
    assert len(replay.requests) == count
    assert again.output.splitlines()[:-1] == first.output.splitlines()[:-1]
    assert again.output.splitlines()[-1].startswith("Zapytań do API BDL: 0.")


# --- errors -----------------------------------------------------------------------------------
def test_a_failing_api_gives_a_polish_message_and_exit_1(run, replay):
    replay.failures = [400]
    result = run("kobiety")
    assert result.exit_code == 1
    assert "Nie udało się przeszukać API BDL: HTTP 400" in result.output
    assert "Traceback" not in result.output


def test_network_down_gives_a_polish_message_and_exit_1(monkeypatch):
    from ingest import cli

    closed = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    port = closed.server_port
    closed.server_close()  # nothing listens there now: connection refused
    client = BdlClient(base_url=f"http://127.0.0.1:{port}/api/v1", sleep=lambda _: None)
    monkeypatch.setattr(cli, "_bdl_client", lambda: client)
    result = CliRunner().invoke(cli.bdl_find_command, ["kobiety"])
    assert result.exit_code == 1
    assert result.output.startswith("Nie udało się przeszukać API BDL:")
    assert client.requests_sent == client.max_retries + 1  # retried, then gave up


def test_a_truncated_body_is_retried_then_an_error(replay):
    replay.raw, replay.cut = b'{"totalRecords": 1, "results": [{"id": 8,', True
    client = client_for(replay, max_retries=1)
    with pytest.raises(BdlApiError):
        client.search_variables("kobiety")
    assert len(replay.requests) == 2


@pytest.mark.parametrize("body", [b"[]", b'{"totalRecords": 1}', b'{"results": [1]}'])
def test_an_unexpected_shape_is_an_error(replay, body):
    replay.raw = body
    with pytest.raises(BdlApiError, match=r"results|object"):
        client_for(replay).search_subjects("x")
    assert len(replay.requests) == 1  # a well-formed answer is not retried


# --- pieces -----------------------------------------------------------------------------------
def test_subject_years_follow_the_availability_of_the_level():
    real = SUBJECTS["get_subject"]  # K43: quarterly data for regions (level 3) 2005–2025
    assert subject_years(real, 3) == tuple(range(2005, 2026))
    assert subject_years(real, 2) == tuple(range(2005, 2026))  # regions are below voivodeships
    assert subject_years(real, 6) == ()  # no gmina data at all
    assert subject_years(real, None) == tuple(range(2005, 2026))
    assert subject_years({"years": [2020, 2019]}, 6) == (2019, 2020)


def test_report_lines_say_when_a_search_was_cut_to_its_first_page(replay):
    result = dataclasses.replace(find(client_for(replay), "kobiety", limit=1), incomplete=True)
    lines = report_lines(result)
    assert "Zmienne – kandydaci: 1 z 10 (id, wymiary n1…n5):" in lines
    assert any(line.startswith("Wyszukiwarka BDL znalazła więcej rekordów") for line in lines)
