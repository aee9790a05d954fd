"""``flask --app app sync-smup`` against a replay of SMUP's API on 127.0.0.1 (tests/smup_replay.py
with the fixtures of tests/fixtures/smup/): the parsing of each answer, the client's behaviour
on 429/5xx/404/bad bodies, the plan, and the command end to end (dry run, a run killed and
resumed, a broken answer that switches nothing, a key never shown)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
import urllib.error
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest
from click.testing import CliRunner
from smup_replay import load_fixtures, replay_server

import config
from config import PROJECT_ROOT, load_settings, settings
from data_access.catalogue_model import Dimension, Status
from i18n import format_duration
from ingest import versions
from ingest.cli import sync_smup_command
from ingest.progress import LineProgress
from ingest.ratelimit import estimate_seconds, paced
from ingest.smup import fields as f
from ingest.smup import parse
from ingest.smup.checkpoint import RUNNING, Checkpoint
from ingest.smup.client import SmupClient
from ingest.smup.errors import SmupApiError, SmupDataError, SmupError, SmupShapeError
from ingest.smup.sync import (
    SYNC_DIR,
    Selection,
    SyncRequest,
    make_plan,
    parse_dictionaries,
    resumed,
    run_sync,
)
from tests.unit.fake_clock import FakeTime

pytestmark = pytest.mark.usefixtures("repository")

KEY = "tajny-KLUCZ-7f3a9c"
FIXTURES = load_fixtures()
LINKED = "przedszkola-odsetek-dzieci-3-5"  # our demo indicator that SMUP 2004 duplicates


@pytest.fixture(scope="module")
def codes() -> set[str]:
    return set(pl.read_parquet(settings.built_dir / "units.parquet")["code"].to_list())


@pytest.fixture(scope="module")
def dicts(codes):
    raw = {name: FIXTURES[name]["data"] for name in FIXTURES if name != "data"}
    return parse_dictionaries(raw, codes)


@pytest.fixture(scope="module")
def replay():
    with replay_server() as server:
        yield server


@pytest.fixture
def fresh(replay):
    """The replay server with its scenario and request log reset."""
    from smup_replay import Scenario

    replay.scenario = Scenario()
    replay.requests.clear()
    replay.released.clear()
    yield replay
    replay.released.set()


def fetched(item: str) -> pl.DataFrame:
    indicator, year = item.split("/")
    where = f"{f.DATA_PATH}?{item}"
    columns = parse.parse_rows(FIXTURES["data"][item], where, indicator, int(year))
    return parse.fetched_frame(indicator, int(year), columns)


def rows_of(dicts, *items: str) -> pl.DataFrame:
    series = parse.series_of(dicts.indicators)
    frame = pl.concat([fetched(item) for item in items])
    return parse.component_rows(frame, series, dicts.units, dicts.flags)


# --- fields and parsing --------------------------------------------------------------------
def test_each_fixture_flag_is_recognised_by_its_description(dicts):
    assert dicts.flags == {
        "1": f.FlagKind.ZERO,
        "2": f.FlagKind.VALUE,
        "3": f.FlagKind.NO_DATA,
        "4": f.FlagKind.NOT_APPLICABLE,
        "5": f.FlagKind.NO_DATA,  # "brak informacji, konieczność zachowania tajemnicy…"
        "6": f.FlagKind.CONFIDENTIAL,  # "Tajemnica statystyczna"
    }


def test_an_unknown_flag_stops_the_run():
    flags = [*FIXTURES["flags"]["data"], {"id-flaga": 7, "nazwa": "dane zmienione po korekcie"}]
    with pytest.raises(SmupDataError) as caught:
        parse.parse_flags(flags, f.FLAGS_PATH)
    assert "7" in str(caught.value) and "dane zmienione po korekcie" in str(caught.value)
    assert "FLAG_RULES" in str(caught.value)


def test_each_flag_becomes_our_status_and_a_true_zero_is_zero(dicts):
    components, facts = rows_of(dicts, "2001/2022")
    got = {r["code"]: (r["status"], r["value"]) for r in components.iter_rows(named=True)}
    assert got["0201011"] == (Status.VALUE, 153.0)  # no flag: the value as given
    assert got["0201022"] == (Status.VALUE, 0.0)  # zjawisko nie wystąpiło
    assert got["0201043"] == (Status.VALUE, 0.3)  # less than 0.5: kept
    assert got["1001011"] == (Status.NO_DATA, None)
    assert got["1001022"] == (Status.NOT_APPLICABLE, None)
    assert got["1261011"] == (Status.NO_DATA, None)
    assert got["1465011"] == (Status.CONFIDENTIAL, None)
    assert set(components["variable"]) == {"smup_2001"}
    assert facts.flags[Status.CONFIDENTIAL] == 1


def test_a_zero_flag_with_another_value_is_a_contradiction(dicts):
    frame = fetched("2001/2022").with_columns(
        value=pl.when(pl.col("flag") == "1").then(5.0).otherwise(pl.col("value"))
    )
    series = parse.series_of(dicts.indicators)
    with pytest.raises(SmupDataError, match="zjawisko nie wystąpiło"):
        parse.component_rows(frame, series, dicts.units, dicts.flags)


def test_units_are_mapped_to_our_codes_at_every_level(dicts):
    codes = dicts.units.codes
    assert codes["1"] == "00"
    assert codes["2"] == "02" and codes["5"] == "14"
    assert codes["20"] == "0201" and codes["22"] == "1261"
    assert codes["100"] == "0201011" and codes["101"] == "0201022" and codes["102"] == "0201043"
    assert codes["110"] == "1001011"  # woj/pow/gmn given as numbers: zero-padded
    assert codes["120"] == "1261011" and codes["130"] == "1465011"


def test_parts_and_districts_are_skipped_and_counted(dicts):
    assert dicts.units.parts == {"103", "104"}  # rodz 4/5: town and rural part of Nowogrodziec
    assert dicts.units.districts == {"121", "131"}  # rodz 9 and 8
    assert not {"103", "104", "121", "131"} & set(dicts.units.codes)
    components, facts = rows_of(dicts, "2001/2019")
    assert facts.part_rows == 2 and facts.district_rows == 2
    assert components.height == 20 - 4


def test_a_unit_we_do_not_have_is_reported_not_guessed(dicts):
    assert dicts.units.unknown == {"199": "0299011 Gmina zniesiona"}
    assert "199 (0299011 Gmina zniesiona)" in dicts.units.describe_unknown()


def test_data_for_an_unknown_unit_stop_the_run(dicts):
    frame = fetched("2001/2019")
    extra = frame.head(1).with_columns(unit=pl.lit("199"))
    series = parse.series_of(dicts.indicators)
    with pytest.raises(SmupDataError, match="0299011"):
        parse.component_rows(pl.concat([frame, extra]), series, dicts.units, dicts.flags)
    missing = frame.head(1).with_columns(unit=pl.lit("98765"))
    with pytest.raises(SmupDataError, match="98765"):
        parse.component_rows(pl.concat([frame, missing]), series, dicts.units, dicts.flags)


def test_the_gmina_and_city_parts_are_merged_into_one_variable(dicts):
    pairs = [s.ids for s in parse.series_of(dicts.indicators) if len(s.ids) > 1]
    assert pairs == [("2002", "2003")]
    components, _ = rows_of(dicts, "2002/2021", "2003/2021")
    assert set(components["variable"]) == {"smup_2002"}
    got = {r["code"]: (r["status"], r["value"]) for r in components.iter_rows(named=True)}
    # the gmina part says "not applicable" for the cities; the city part's value wins
    assert got["1261011"] == (Status.VALUE, 4200.75)
    assert got["1465011"] == (Status.VALUE, 6100.1)
    assert got["0201011"] == (Status.VALUE, 1500.25)
    assert got["1261"] == (Status.VALUE, 4200.75) and got["0201"] == (Status.VALUE, 1600.5)
    assert components.select("code", "year").is_duplicated().sum() == 0


def test_two_different_values_of_a_merged_pair_stop_the_run(dicts):
    gmina = fetched("2002/2021")
    city = fetched("2003/2021").with_columns(unit=pl.lit("100"))  # Bolesławiec twice
    series = parse.series_of(dicts.indicators)
    with pytest.raises(SmupDataError, match="0201011"):
        parse.component_rows(pl.concat([gmina, city.head(1)]), series, dicts.units, dicts.flags)


def test_split_suffixes_and_dimensions():
    assert parse.base_name("Dochody (gminy bez miast na prawach powiatu)") == ("Dochody", "gmina")
    assert parse.base_name("Dochody – miasta na prawach powiatu") == ("Dochody", "city")
    assert parse.base_name("Dochody własne") == ("Dochody własne", None)
    assert parse.dimension("Efektywność kosztowa") == Dimension.EFFICIENCY
    assert parse.dimension("wskaźnik kontekstowy") == Dimension.CONTEXT
    assert parse.dimension("ilość") == Dimension.QUANTITY
    assert parse.dimension("inne") is None


def test_list_answers_and_their_shape():
    rows = [{"id": 1, "nazwa": "Edukacja"}]
    assert parse.records(rows, "areas-list") == rows  # a bare array
    assert parse.records({"data": rows, "page": 0}, "areas-list") == rows
    with pytest.raises(SmupShapeError) as caught:
        parse.records({"dane": rows}, "areas-list?lang=pl")
    text = str(caught.value)
    assert "areas-list?lang=pl" in text and "„data”" in text and '"dane"' in text


def test_a_row_without_its_value_names_path_field_and_sample():
    row = dict(FIXTURES["data"]["2001/2019"][0])
    del row["wartosc"]
    with pytest.raises(SmupShapeError) as caught:
        parse.parse_rows([row], "indicator-date-data?id=2001", "2001", 2019)
    text = str(caught.value)
    assert "indicator-date-data?id=2001" in text and "„wartosc”" in text and "brak pola" in text
    assert '"id-teryt": 100' in text and "fields.py" in text


@pytest.mark.parametrize(
    "change, field",
    [
        ({"wartosc": "12,5"}, "wartosc"),
        ({"wartosc": True}, "wartosc"),
        ({"id-daty": 20201231}, "id-daty"),
        ({"id": 2002}, "id"),
        ({"id-teryt": "x"}, "id-teryt"),
    ],
)
def test_rows_are_checked(change, field):
    row = dict(FIXTURES["data"]["2001/2019"][0]) | change
    with pytest.raises(SmupShapeError) as caught:
        parse.parse_rows([row], "indicator-date-data", "2001", 2019)
    assert caught.value.params["field"] == field


def test_the_same_unit_twice_in_one_answer_is_a_shape_error():
    row = FIXTURES["data"]["2001/2019"][0]
    with pytest.raises(SmupShapeError):
        parse.parse_rows([row, row], "indicator-date-data", "2001", 2019)


def test_a_smup_service_named_like_ours_joins_ours_instead_of_a_twin(dicts):
    series = parse.series_of(dicts.indicators)
    data = {s.key: parse.SeriesData(["gmina"], 1) for s in series}
    ours = [("biblioteki-publiczne", "kultura", "Biblioteki  publiczne")]
    catalogue = parse.catalogue(
        dicts.areas, dicts.services, series, data, {"2004": LINKED}, dicts.english, ours
    )
    assert "smup-usluga-102" not in {s["id"] for s in catalogue["services"]}
    readers = next(i for i in catalogue["indicators"] if i["id"] == "smup-2001")
    assert readers["service"] == "biblioteki-publiczne"
    elsewhere = [("biblioteki-publiczne", "edukacja", "Biblioteki publiczne")]  # another area
    twin = parse.catalogue(dicts.areas, dicts.services, series, data, {}, dicts.english, elsewhere)
    assert "smup-usluga-102" in {s["id"] for s in twin["services"]}


def test_the_catalogue_has_the_interface_format(dicts):
    series = parse.series_of(dicts.indicators)
    data = {s.key: parse.SeriesData(["gmina"], 1) for s in series}
    catalogue = parse.catalogue(
        dicts.areas, dicts.services, series, data, {"2004": LINKED}, dicts.english
    )
    assert catalogue["areas"] == [
        {
            "id": "smup-obszar-11",
            "name": "Bezpieczeństwo publiczne",
            "name_en": "Public safety",
            "description": "Bezpieczeństwo publiczne",  # none given: the name
            "description_en": "Bezpieczeństwo publiczne",
        }
    ]
    areas = {s["id"]: s["area"] for s in catalogue["services"]}
    assert areas == {
        "smup-usluga-102": "kultura",
        "smup-usluga-103": "finanse",
        "smup-usluga-104": "smup-obszar-11",
    }  # 101 holds only the linked indicator
    ids = [i["id"] for i in catalogue["indicators"]]
    assert ids == ["smup-2001", "smup-2002", "smup-2005"]  # 2003 merged, 2004 linked
    assert catalogue["links"] == [{"indicator": LINKED, "smup": ["2004"]}]
    readers = catalogue["indicators"][0]
    assert readers == {
        "id": "smup-2001",
        "service": "smup-usluga-102",
        "name": "Czytelnicy bibliotek publicznych na 1000 mieszkańców",
        "name_en": "Public library readers per 1,000 population",
        "provenance": "real",
        "dimension": "jakosc",
        "polarity": "neutralny",
        "unit": "osoby na 1000 mieszkańców",
        "unit_en": "persons per 1,000 population",
        "decimals": 1,
        "aggregation": "published",
        "numerator": "smup_2001",
        "numerator_label": "wartość wskaźnika SMUP",
        "numerator_label_en": "SMUP indicator value",
        "definition": "Liczba czytelników bibliotek publicznych w ciągu roku na 1000 mieszkańców.",
        "definition_en": "Readers of public libraries in the year per 1,000 population.",
        "source": "GUS, SMUP",
        "source_en": "Statistics Poland, SMUP",
        "levels": ["gmina"],
        "real_source": {
            "smup": ["2001"],
            "url": "https://api.smup.gov.pl/api/1.0.0/indicator-flashcard?id=2001&lang=pl",
        },
    }
    merged, context = catalogue["indicators"][1], catalogue["indicators"][2]
    assert merged["name"] == "Dochody własne na 1 mieszkańca"
    assert merged["real_source"]["smup"] == ["2002", "2003"]
    assert merged["numerator"] == "smup_2002" and merged["decimals"] == 2
    assert context["unit"] == f.NO_UNIT and context["name_en"] == context["name"]
    assert context["dimension"] == "kontekst"


def test_a_service_of_an_unlisted_area_stops(dicts):
    orphan = replace(dicts.services[0], area="99")
    with pytest.raises(SmupDataError, match="99"):
        parse.check_references(dicts.areas, (orphan,), ())


# --- rate limits ---------------------------------------------------------------------------
def test_the_estimate_follows_the_limits_and_the_measured_pace():
    assert estimate_seconds(1, paced(True)) == 0
    assert estimate_seconds(11, paced(True)) == pytest.approx(19.0)  # 1.9 s apart
    assert estimate_seconds(101, paced(False)) == pytest.approx(950.0)  # 9.5 s apart
    # a full mirror (~19,000 requests): about two days with a key, weeks without
    keyed = estimate_seconds(19_000, paced(True)) / 3600
    assert 36 <= keyed <= 48
    assert estimate_seconds(19_000, paced(False)) / 86_400 > 7
    assert format_duration(38 * 3600 + 6 * 60) == "1 d 14 h 6 min"
    assert format_duration(125) == "2 min 5 s"
    assert format_duration(0) == "0 s"


# --- client --------------------------------------------------------------------------------
def client_for(replay, **kwargs) -> SmupClient:
    kwargs.setdefault("time_scale", 0.0)
    return SmupClient(base_url=replay.base_url, key=KEY, **kwargs)


def test_pages_are_followed_to_a_short_page(fresh):
    client = client_for(fresh, page_size=4)
    units = client.records(f.UNITS_PATH)
    assert len(units) == len(FIXTURES["units"]["data"]) == 21
    pages = [int(r["query"]["page"]) for r in fresh.requests]
    assert pages == [0, 1, 2, 3, 4, 5]
    assert all(r["query"]["page-size"] == "4" for r in fresh.requests)
    rows = client.indicator_year("2001", 2019)
    assert len(rows) == 20 and rows == FIXTURES["data"]["2001/2019"]


def test_a_server_that_ignores_the_page_is_a_shape_error(fresh):
    fresh.scenario.ignore_page = True
    with pytest.raises(SmupShapeError, match="page"):
        client_for(fresh, page_size=4).records(f.UNITS_PATH)


def test_a_year_without_data_is_a_result(fresh):
    client = client_for(fresh)
    assert client.indicator_year("2001", 2020) is None
    assert len(fresh.requests) == 1


def test_429_waits_retry_after_and_requests_keep_the_pace(fresh):
    fresh.scenario.rate_limit_once = True
    fake = FakeTime()
    client = client_for(fresh, time_scale=1.0, clock=fake.clock, sleep=fake.sleep)
    rows = client.indicator_year("2001", 2019)
    second = client.indicator_year("2001", 2021)
    assert len(rows) == 20 and len(second) == 20
    assert fresh.data_requests() == ["2001/2019", "2001/2019", "2001/2021"]
    assert fake.sleeps[0] == 1.0  # Retry-After: 1
    assert fake.now - 1000.0 == pytest.approx(2 * 1.9)  # three requests, the keyed pace apart


def test_a_server_error_is_retried(fresh):
    fresh.scenario.server_error_once = True
    assert len(client_for(fresh).indicator_year("2001", 2019)) == 20
    assert fresh.data_requests() == ["2001/2019", "2001/2019"]


def test_a_truncated_body_fails_after_the_retries(fresh):
    fresh.scenario.truncated = "2001/2019"
    client = client_for(fresh, max_retries=2)
    with pytest.raises(SmupApiError) as caught:
        client.indicator_year("2001", 2019)
    assert caught.value.key == "ingest.smup.error.truncated"
    assert "ucięta" in str(caught.value)
    assert len(fresh.data_requests()) == 3


def test_a_rejected_key_is_not_retried(fresh):
    fresh.scenario.reject_key = True
    with pytest.raises(SmupApiError) as caught:
        client_for(fresh).records(f.AREAS_PATH)
    assert "SMUP_API_KEY" in str(caught.value) and "403" in str(caught.value)
    assert KEY not in str(caught.value)
    assert len(fresh.requests) == 1


def test_the_other_spelling_of_indicator_list(fresh):
    fresh.scenario.old_spelling = True
    assert len(client_for(fresh).indicators()) == 5
    assert [r["path"] for r in fresh.requests] == ["indicator-list", "indicators-list"]


def test_the_key_goes_in_the_header_only(fresh):
    client_for(fresh).records(f.FLAGS_PATH)
    assert fresh.requests[0]["key"] == KEY
    assert KEY not in json.dumps(fresh.requests[0]["query"])
    assert KEY not in repr(client_for(fresh))
    anonymous = SmupClient(base_url=fresh.base_url, time_scale=0)
    anonymous.records(f.FLAGS_PATH)
    assert fresh.requests[-1]["key"] is None


def test_network_down_and_dns_failures_have_their_own_messages(monkeypatch):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()  # nothing listens there
    down = SmupClient(base_url=f"http://127.0.0.1:{port}/api/", key=KEY, time_scale=0)
    with pytest.raises(SmupApiError) as caught:
        down.records(f.AREAS_PATH)
    assert caught.value.key == "ingest.smup.error.network"
    assert "Brak połączenia z API SMUP" in str(caught.value)

    def no_dns(*args, **kwargs):
        raise urllib.error.URLError(socket.gaierror(-2, "Name or service not known"))

    monkeypatch.setattr("urllib.request.urlopen", no_dns)
    lost = SmupClient(base_url="https://api.smup.example/api/", key=KEY, time_scale=0)
    with pytest.raises(SmupApiError) as caught:
        lost.records(f.AREAS_PATH)
    assert caught.value.key == "ingest.smup.error.dns"
    assert "„api.smup.example”" in str(caught.value) and "DNS" in str(caught.value)


def test_the_key_is_redacted_from_any_failure(monkeypatch):
    def leaky(*args, **kwargs):
        raise urllib.error.URLError(f"proxy said: bad header {KEY}")

    monkeypatch.setattr("urllib.request.urlopen", leaky)
    client = SmupClient(base_url="http://127.0.0.1:9/api/", key=KEY, time_scale=0, max_retries=0)
    with pytest.raises(SmupApiError) as caught:
        client.records(f.AREAS_PATH)
    assert KEY not in str(caught.value) and "***" in str(caught.value)


def test_a_one_letter_key_does_not_mask_letters_of_messages():
    from ingest.smup.errors import redact

    assert redact("dokończ poleceniem z --resume", "k") == "dokończ poleceniem z --resume"
    assert redact(f"zły klucz {KEY}", KEY) == "zły klucz ***"


def test_the_key_and_url_settings_and_the_key_is_never_in_the_settings_repr():
    loaded = load_settings({"SMUP_API_KEY": KEY, "SMUP_API_URL": "http://127.0.0.1:1/api/"})
    assert loaded.smup_api_key == KEY and loaded.smup_api_url == "http://127.0.0.1:1/api/"
    assert KEY not in repr(loaded) and KEY not in str(loaded)
    assert load_settings({}).smup_api_url == f.DEFAULT_BASE_URL


# --- plan ----------------------------------------------------------------------------------
def test_the_plan_fetches_what_is_missing_or_newer(dicts):
    links = {}
    everything = make_plan(dicts, Selection(), links, {}, refetch_recent=True)
    assert len(everything.tasks) == 5 * 5 and everything.kept == 0
    finished = {task: True for task in everything.tasks}
    finished[("2005", 2021)] = False  # 404 in an older year: kept
    finished[("2005", 2022)] = False  # 404 in one of the two latest years: asked again
    del finished[("2001", 2023)]  # never fetched (e.g. the year appeared since)
    again = make_plan(dicts, Selection(), links, finished, refetch_recent=True)
    assert again.tasks == (("2001", 2023), ("2005", 2022))
    resuming = make_plan(dicts, Selection(), links, finished, refetch_recent=False)
    assert resuming.tasks == (("2001", 2023),)


def test_the_selection_narrows_the_plan(dicts):
    plan = make_plan(dicts, Selection(areas=("finanse",), years=(2021, 2022)), {}, {}, True)
    assert [s.ids for s in plan.series] == [("2002", "2003")]  # one part selects the pair
    assert plan.years == (2021, 2022) and len(plan.tasks) == 4
    plan = make_plan(dicts, Selection(indicators=("2003",)), {}, {}, True)
    assert [s.ids for s in plan.series] == [("2002", "2003")]
    with pytest.raises(SmupError, match="nieznany-obszar"):
        make_plan(dicts, Selection(areas=("nieznany-obszar",)), {}, {}, True)
    with pytest.raises(SmupError, match="9999"):
        make_plan(dicts, Selection(indicators=("9999",)), {}, {}, True)
    with pytest.raises(SmupError, match="2019–2023"):
        make_plan(dicts, Selection(years=(2001, 2005)), {}, {}, True)


def test_linked_indicators_are_fetched_only_for_our_demo_ones(dicts):
    from ingest.smup.sync import Link

    demo = make_plan(dicts, Selection(), {"2004": Link(LINKED, True)}, {}, True)
    assert ("2004", 2019) in demo.tasks and demo.links == {"2004": LINKED}
    real = make_plan(dicts, Selection(), {"2004": Link("ours-real", False)}, {}, True)
    assert not [t for t in real.tasks if t[0] == "2004"]
    assert [s.ids for s in real.unfetched] == [("2004",)]


def test_a_resumed_plan_skips_what_the_interrupted_run_finished(dicts, tmp_path):
    checkpoint = Checkpoint(tmp_path)
    plan = make_plan(dicts, Selection(indicators=("2001",)), {}, {}, True)
    checkpoint.save_year("2001", 2019, {"unit": []} | {k: [] for k in parse.ROW_SCHEMA}, "t")
    started = time.time()
    checkpoint.save_year("2001", 2020, None, "t")
    run = {"started_epoch": started - 0.001, "tasks": [list(task) for task in plan.tasks]}
    os.utime(checkpoint.folder / "data/2001/2019.json.gz", (started - 60, started - 60))
    left = resumed(plan, run, checkpoint)
    assert ("2001", 2020) not in left.tasks and ("2001", 2019) in left.tasks
    assert len(left.tasks) == 4


# --- the run in process (stops before anything is switched) --------------------------------
def run_in_process(replay, data_dir: Path, **kwargs):
    lines: list[str] = []
    client = client_for(replay)
    request = SyncRequest(data_dir, kwargs.pop("selection", Selection()), **kwargs)
    result = run_sync(request, client, lines.append, LineProgress(lines.append))
    return result, lines


def test_a_broken_answer_mid_run_switches_nothing_and_keeps_the_checkpoint(fresh, data_dir):
    fresh.scenario.bad_shape = "2001/2021"
    before = sorted(p.name for p in (data_dir / "built").iterdir())
    with pytest.raises(SmupShapeError, match="wartosc"):
        run_in_process(fresh, data_dir)
    assert versions.current_version(data_dir) is None and not (data_dir / "versions").exists()
    assert sorted(p.name for p in (data_dir / "built").iterdir()) == before
    checkpoint = Checkpoint(data_dir / SYNC_DIR)
    assert checkpoint.read_run()["state"] == RUNNING
    done = checkpoint.finished()
    assert done[("2001", 2019)] is True and done[("2001", 2020)] is False
    assert ("2001", 2021) not in done  # the broken answer never enters the checkpoint


def test_non_numeric_values_and_unknown_units_stop_the_run(fresh, data_dir):
    fresh.scenario.non_numeric = "2004/2019"
    with pytest.raises(SmupShapeError, match="12,5"):
        run_in_process(fresh, data_dir)
    fresh.scenario.non_numeric = None
    fresh.scenario.unknown_unit = "2005/2023"
    with pytest.raises(SmupDataError, match="0299011"):
        run_in_process(fresh, data_dir, resume=True)
    assert not (data_dir / "versions").exists()


def test_the_progress_bar_on_a_terminal(monkeypatch):
    import io

    from ingest.progress import BarProgress

    screen = io.StringIO()
    monkeypatch.setattr(sys, "stderr", screen)
    bar = BarProgress()
    bar.start(2)
    bar.advance("2001/2019")
    bar.advance("2001/2020")
    bar.close()
    assert "2/2" in screen.getvalue() and "2001/2020" in screen.getvalue()


def test_a_dry_run_fetches_only_the_dictionaries(fresh, data_dir):
    result, lines = run_in_process(fresh, data_dir, dry_run=True)
    assert len(result.plan.tasks) == 25 and fresh.data_requests() == []
    assert len(fresh.requests) == 9
    assert not (data_dir / SYNC_DIR / "run.json").exists()
    assert any("zapytań o dane do wysłania: 25" in line for line in lines)


def test_disk_full_is_a_clear_message(fresh, data_dir, monkeypatch):
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Checkpoint, "save_year", full)
    monkeypatch.setattr(config, "settings", replace(settings, smup_api_key=KEY))
    args = ["--base-url", fresh.base_url, "--data-dir", str(data_dir), "--time-scale", "0"]
    result = CliRunner().invoke(sync_smup_command, args)
    assert result.exit_code == 1
    assert "Brak miejsca na dysku" in result.output and "--resume" in result.output
    assert KEY not in result.output
    assert not (data_dir / "versions").exists()


# --- the command end to end ----------------------------------------------------------------
@pytest.fixture(scope="module")
def catalogue_dir(tmp_path_factory) -> Path:
    """Our catalogue with SMUP 2004 named in the real_source of our demo indicator."""
    folder = tmp_path_factory.mktemp("catalogue")
    for path in settings.catalogue_dir.glob("*.toml"):
        shutil.copy2(path, folder / path.name)
    path = folder / "edukacja.toml"
    text = path.read_text(encoding="utf-8")
    entry = text.index(f'id = "{LINKED}"')
    table = text.index("[indicators.real_source]\n", entry) + len("[indicators.real_source]\n")
    text = text[:table] + 'smup = ["2004"]\n' + text[table:]
    path.write_text(text, encoding="utf-8")
    linked = next(i for i in tomllib.loads(text)["indicators"] if i["id"] == LINKED)
    assert linked["real_source"]["smup"] == ["2004"]
    return folder


def flask(*args: str, env: dict) -> subprocess.Popen:
    command = [sys.executable, "-m", "flask", "--app", "app", "sync-smup", *args]
    return subprocess.Popen(
        command,
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def wait_for(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


@pytest.fixture
def cli(fresh, data_dir, catalogue_dir):
    env = dict(os.environ, SMUP_API_KEY=KEY, SMUP_CATALOGUE_DIR=str(catalogue_dir))
    env.pop("SMUP_API_URL", None)
    base = ["--base-url", fresh.base_url, "--data-dir", str(data_dir), "--time-scale", "0"]
    outputs: list[str] = []

    def start(*args: str) -> subprocess.Popen:
        return flask(*base, *args, env=env)

    def run(*args: str) -> tuple[int, str, str]:
        code, out, err = finish(start(*args))
        outputs.append(out + err)
        return code, out, err

    run.start, run.outputs = start, outputs
    return run


def test_dry_run_prints_the_plan_and_its_duration(cli, fresh, data_dir):
    code, out, err = cli("--dry-run", "--years", "2021-2023")
    assert code == 0, err
    assert "zapytań o dane do wysłania: 15" in out
    assert "Szacowany czas pobierania przy limitach API: z kluczem 27 s" in out
    assert "bez klucza 2 min 13 s" in out and "(ten przebieg: z kluczem)" in out
    assert "199 (0299011 Gmina zniesiona)" in out
    assert "2004 → przedszkola-odsetek-dzieci-3-5" in out
    assert fresh.data_requests() == [] and not (data_dir / SYNC_DIR / "run.json").exists()
    assert KEY not in out + err


def test_an_unexpected_shape_stops_and_switches_nothing(cli, fresh, data_dir):
    fresh.scenario.bad_shape = "2001/2021"
    code, out, err = cli()
    assert code == 1
    assert "nieoczekiwany kształt" in err and "„wartosc”" in err and "fields.py" in err
    assert "Dane nie zostały zmienione" in err and "--resume" in err
    assert versions.list_versions(data_dir) == [] and not (data_dir / "built").is_symlink()
    assert KEY not in out + err


def test_killed_twice_then_resumed_without_refetching(cli, fresh, data_dir):
    # 1. Ctrl-C while the seventh data request hangs
    fresh.scenario.hang_after = 6
    process = cli.start()
    wait_for(lambda: fresh.hanging() == 1)
    process.send_signal(signal.SIGINT)
    code, out, err = finish(process)
    cli.outputs.append(out + err)
    assert code == 130 and "Przerwano" in err and "--resume" in err
    first = fresh.data_requests()
    finished_first = set(first[:6])
    assert len(first) == 7 and len(Checkpoint(data_dir / SYNC_DIR).finished()) == 6

    # 2. without --resume the interrupted run is not silently restarted (checked in process:
    # the command prints the same message)
    with pytest.raises(SmupError, match="nie została dokończona") as caught:
        run_in_process(fresh, data_dir)
    assert "--resume" in str(caught.value) and len(fresh.data_requests()) == 7

    # 3. resumed, then killed hard while a later request hangs
    fresh.released.set()  # the hung request of the killed run ends …
    fresh.released.clear()  # … and the next one hangs again
    fresh.scenario.hang_after = len(fresh.data_requests()) + 4
    process = cli.start("--resume")
    wait_for(lambda: fresh.hanging() == 2)
    process.kill()
    cli.outputs.append("".join(process.communicate(timeout=30)))
    second = fresh.data_requests()[7:]
    assert not finished_first & set(second)  # nothing finished was asked again
    assert second[0] == first[6]  # the interrupted request is asked again

    # 4. resumed to the end: a new version is switched
    fresh.released.set()
    fresh.scenario.hang_after = None
    before = len(fresh.data_requests())
    code, out, err = cli("--resume")
    assert code == 0, err
    assert "Zsynchronizowano dane SMUP jako wersję danych" in out
    third = fresh.data_requests()[before:]
    assert not set(third) & (finished_first | set(second[:-1]))
    assert len(set(fresh.data_requests())) == 25  # every indicator-year, once finished
    assert all(r["key"] == KEY for r in fresh.requests)  # the key was sent …

    found = versions.list_versions(data_dir)
    assert len(found) == 2 and found[-1].current and found[-1].id.endswith("-sync")
    check_synced_values(data_dir)

    # 5. a repeated run asks only for the latest years that had no data, and switches nothing
    before = len(fresh.data_requests())
    code, out, err = cli()
    assert code == 0, err
    assert fresh.data_requests()[before:] == ["2005/2022"]
    assert "Brak nowych danych SMUP" in out and len(versions.list_versions(data_dir)) == 2

    # … and never shown or stored
    assert not [text for text in cli.outputs if KEY in text]
    for path in data_dir.rglob("*"):
        if path.is_file() and "values" not in path.parts:
            assert KEY.encode() not in path.read_bytes(), path


def check_synced_values(data_dir: Path) -> None:
    from data_access.repository import Repository

    repository = Repository(data_dir / "built")
    readers = repository.indicator("smup-2001")
    assert readers is not None and readers.source.startswith("GUS, SMUP")
    values = repository.indicator_values("smup-2001")
    row = values.filter((pl.col("code") == "0201011") & (pl.col("year") == 2019)).row(0, named=True)
    assert row["value"] == 150.0 and row["provenance"] == "real"
    zero = values.filter((pl.col("code") == "0201022") & (pl.col("year") == 2022))
    assert zero["value"].to_list() == [0.0] and zero["quality"].to_list() == ["zero"]
    secret = values.filter((pl.col("code") == "1465011") & (pl.col("year") == 2022))
    assert secret["status"].to_list() == ["confidential"]
    poland = values.filter((pl.col("code") == "00") & (pl.col("year") == 2019))
    assert poland["value"].to_list() == [178.0]  # published for Poland, not summed
    merged = repository.indicator_values("smup-2002")
    krakow = merged.filter((pl.col("code") == "1261011") & (pl.col("year") == 2021))
    assert krakow["value"].to_list() == [4200.75]
    assert repository.indicator("smup-2003") is None
    assert repository.indicator("smup-2004") is None  # linked to ours instead
    ours = repository.indicator(LINKED)
    assert ours.source.startswith("GUS, SMUP") and ours.provenance == "real"
    preschool = repository.indicator_values(LINKED).filter(
        (pl.col("code") == "0201011") & (pl.col("year") == 2019)
    )
    assert preschool["value"].to_list() == [80.0]
    area = repository.area("smup-obszar-11")
    assert area is not None and area.name == "Bezpieczeństwo publiczne"
