"""``sync-bdl``: the catalogue's BDL ids planned once per variable, fetched from a local replay
of the BDL API (127.0.0.1, never the internet), summed, checkpointed and fetched again only
where a repeated run needs it."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import polars as pl
import pytest

from config import settings
from data_access.catalogue_model import Status
from ingest import bdl_sync
from ingest.bdl_api import BdlClient, RateLimiter
from tests.unit.bdl_replay import base_url, serving

GMINY = {"0201011": "Bolesławiec", "0201022": "Bolesławiec (gm. w.)", "1261011": "Kraków"}
GONE = "0299999"  # a gmina code no registry knows


def bdl_unit_id(teryt: str) -> str:
    """The 12-character BDL id of a gmina (inverse of ``bdl_id_to_teryt``)."""
    return f"01{teryt[:2]}000{teryt[2:]}"


def value_of(variable_id: int, code: str, year: int) -> float | None:
    if variable_id == 3 and code == "1261011":
        return None  # one id without a value: the sum has none
    return float(variable_id * 1000 + int(code[-3:]) + year % 100)


def _handler() -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            url = urllib.parse.urlsplit(self.path)
            query = urllib.parse.parse_qs(url.query)
            self.server.requests.append({"path": url.path, "query": query})
            variable_id = int(url.path.rsplit("/", 1)[1])
            years = [int(y) for y in query["year"]]
            codes = [*GMINY, GONE]
            results = [
                {
                    "id": bdl_unit_id(code),
                    "name": GMINY.get(code, "dawna gmina"),
                    "values": [
                        {"year": str(y), "val": value_of(variable_id, code, y), "attrId": 1}
                        for y in years
                    ],
                }
                for code in codes
            ]
            body = json.dumps({"totalRecords": len(results), "results": results}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def replay() -> Iterator[ThreadingHTTPServer]:
    """The server; ``replay.requests`` records the path and query of every request."""
    with serving(_handler()) as server:
        server.requests = []
        yield server


def client_for(server: ThreadingHTTPServer) -> BdlClient:
    return BdlClient(base_url=f"{base_url(server)}/api/v1", limiter=RateLimiter(((1.0, 1000),)))


def test_fetch_sums_ids_leaves_gaps_as_no_data_and_reports_unknown_units(replay, tmp_path):
    plan = bdl_sync.VariablePlan("library_readers", ("2", "3"), ("x",))
    units = pl.read_parquet(settings.built_dir / "units.parquet")
    synced, unknown = bdl_sync.fetch_all(client_for(replay), [plan], [2022, 2023], tmp_path, units)
    rows = {(r["code"], r["year"]): r for r in synced.components.iter_rows(named=True)}
    assert rows[("0201011", 2023)]["value"] == 2011 + 23 + 3011 + 23
    assert rows[("0201011", 2023)]["status"] == Status.VALUE.value
    assert rows[("1261011", 2023)]["status"] == Status.NO_DATA.value
    assert rows[("1261011", 2023)]["value"] is None
    assert unknown == [GONE] and GONE not in synced.components["code"].to_list()
    assert synced.source == "GUS, BDL" and synced.details["units_left_out"] == 1


def test_a_repeated_run_fetches_only_missing_and_latest_years(replay, tmp_path):
    plan = bdl_sync.VariablePlan("library_readers", ("2",), ("x",))
    units = pl.read_parquet(settings.built_dir / "units.parquet")
    years = [2019, 2020, 2021, 2022, 2023]
    bdl_sync.fetch_all(client_for(replay), [plan], years, tmp_path, units)
    assert [r["query"]["year"] for r in replay.requests] == [[str(y) for y in years]]
    replay.requests.clear()
    again, _ = bdl_sync.fetch_all(client_for(replay), [plan], [*years, 2024], tmp_path, units)
    assert [r["query"]["year"] for r in replay.requests] == [["2023", "2024"]]
    assert sorted(again.components["year"].unique().to_list()) == [*years, 2024]


# --- the command ---------------------------------------------------------------------------
INDICATOR = "domy-kultury-czlonkowie-zespolow"  # demo numerator 58507 + 58510, pop_total 72305


def sync_bdl(replay, data_dir, *args: str):
    from click.testing import CliRunner

    from ingest.cli import sync_bdl_command

    base = f"{base_url(replay)}/api/v1"
    options = ["--base-url", base, "--data-dir", str(data_dir), "--indicators", INDICATOR]
    return CliRunner().invoke(sync_bdl_command, [*options, "--years", "2022-2023", *args])


def test_dry_run_prints_the_plan_and_its_duration_and_fetches_nothing(replay, data_dir):
    result = sync_bdl(replay, data_dir, "--dry-run")
    assert result.exit_code == 0, result.output
    assert "Plan: 2 zmiennych z 3 zmiennych BDL, lata 2022–2023: 75 zapytań" in result.output
    assert "z kluczem ok. 2 min 21 s" in result.output
    assert f"pełnymi danymi BDL): 1 wskaźnik: {INDICATOR}." in result.output
    assert replay.requests == []
    assert not (data_dir / "versions").exists()


def test_a_run_makes_the_demonstration_indicator_real_where_bdl_has_data(replay, data_dir):
    from data_access.repository import Repository

    result = sync_bdl(replay, data_dir)
    assert result.exit_code == 0, result.output
    assert "Zsynchronizowano dane BDL jako wersję danych" in result.output
    assert "Pominięto 1 jednostek spoza bieżącego rejestru gmin" in result.output
    repo = Repository(data_dir / "built")
    row = (
        repo.indicator_values(INDICATOR)
        .filter(pl.col("code") == "0201011", pl.col("year") == 2023)
        .row(0, named=True)
    )
    members = value_of(58507, "0201011", 2023) + value_of(58510, "0201011", 2023)
    population = value_of(72305, "0201011", 2023)
    assert row["provenance"] == "real" and row["quality"] == "real"
    assert row["value"] == pytest.approx(members / population * 1000)
    assert "GUS, BDL (API, pobrano" in repo.indicator(INDICATOR).source
    assert not (data_dir / "sync" / "bdl" / "pages").exists()  # the page cache goes
    assert bdl_sync.read_run(data_dir / "sync" / "bdl")["state"] == "completed"


def test_an_interrupted_run_asks_for_resume_and_an_api_error_changes_nothing(replay, data_dir):
    bdl_sync.write_run(data_dir / "sync" / "bdl", {"state": "running", "years": [2022, 2023]})
    refused = sync_bdl(replay, data_dir)
    assert refused.exit_code == 1 and "--resume" in refused.output
    assert replay.requests == []
    replay.RequestHandlerClass.do_GET = lambda self: self.send_error(400)  # a refused request
    failed = sync_bdl(replay, data_dir, "--resume")
    assert failed.exit_code == 1
    assert "Synchronizacja z API BDL nie powiodła się: HTTP 400" in failed.output
    assert "Dane nie zostały zmienione" in failed.output
    assert not (data_dir / "versions").exists()


def test_ctrl_c_says_it_was_interrupted_and_how_to_resume(replay, data_dir, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(bdl_sync, "run_bdl_sync", interrupted)
    result = sync_bdl(replay, data_dir)
    assert result.exit_code == 130
    assert "Przerwano. Dane nie zostały zmienione" in result.output and "--resume" in result.output
    assert not (data_dir / "versions").exists()
