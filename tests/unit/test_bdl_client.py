"""BDL API client against a local replay server (127.0.0.1, tests/unit/bdl_replay.py) that serves
real BDL responses (tests/fixtures/bdl_api/), pages them, and answers 429/503 on demand. Never
the internet."""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import pytest

from ingest.bdl_api import (
    ANONYMOUS_LIMITS,
    KEYED_LIMITS,
    BdlApiError,
    BdlClient,
    RateLimiter,
    bdl_id_to_teryt,
)
from tests.unit.bdl_replay import UNITS, Replay, serve_replay
from tests.unit.fake_clock import FakeTime


@pytest.fixture
def replay() -> Iterator[Replay]:
    yield from serve_replay()


def client_for(replay: Replay, fake: FakeTime, **kwargs) -> BdlClient:
    return BdlClient(base_url=f"{replay.base}/api/v1", clock=fake.clock, sleep=fake.sleep, **kwargs)


# --- unit ids -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("bdl_id", "teryt"),
    [
        ("000000000000", "00"),
        ("011200000000", "12"),
        ("011212001000", "1201"),
        ("011212001011", "1201011"),
        ("023016121132", "3021132"),  # Rokietnica
        ("071412865011", "1465011"),  # Warszawa
        ("011212161011", "1261011"),  # Kraków
        ("010000000000", None),  # macroregion
        ("011210000000", None),  # region
        ("011212000000", None),  # subregion
        ("01121200101", None),
        ("01121200101x", None),
    ],
)
def test_bdl_id_to_teryt(bdl_id, teryt):
    assert bdl_id_to_teryt(bdl_id) == teryt


def test_every_unit_of_the_real_sample_maps_by_level():
    expected_length = {0: 2, 2: 2, 5: 4, 6: 7}
    for unit in UNITS["list_units"]:
        code = bdl_id_to_teryt(unit["id"])
        if unit["level"] in expected_length:
            assert code is not None and len(code) == expected_length[unit["level"]], unit
        else:
            assert code is None, unit


# --- data, paging, limits, retries, cache -------------------------------------------------
def test_data_by_variable_follows_every_page(replay):
    fake = FakeTime()
    client = client_for(replay, fake)
    results = list(client.data_by_variable(60270, 2, [2022, 2023], page_size=1))
    assert [r["name"] for r in results] == ["POLSKA", "MAKROREGION POŁUDNIOWY", "MAŁOPOLSKIE"]
    assert len(replay.requests) == 3
    first = replay.requests[0]["query"]
    assert first["unit-level"] == ["2"] and first["year"] == ["2022", "2023"]
    assert first["format"] == ["json"] and first["page-size"] == ["1"]
    assert "x-clientid" not in replay.requests[0]["headers"]


def test_variable_frame_has_teryt_codes_and_real_values(replay):
    frame = client_for(replay, FakeTime()).variable_frame(60270, 2, list(range(1995, 2025)))
    assert set(frame["code"]) == {"00", "12"}  # the macroregion has no TERYT code
    poland = frame.filter(pl.col("code") == "00").sort("year")
    assert poland["year"][0] == 1995 and poland["value"][0] == 168  # as in the real response
    assert poland.height == 30


def test_429_is_retried_after_the_servers_delay(replay):
    replay.failures = [(429, "3"), (503, None)]
    fake = FakeTime()
    client = client_for(replay, fake, backoff=0.5)
    results = list(client.data_by_variable(60270, 2, [2023]))
    assert len(results) == 3
    assert client.requests_sent == 3 and len(replay.requests) == 3
    assert 3.0 in fake.sleeps  # Retry-After honoured
    assert 1.0 in fake.sleeps  # then exponential backoff: 0.5 × 2¹


def test_persistent_errors_give_up_with_an_error(replay):
    replay.failures = [(503, None)] * 10
    client = client_for(replay, FakeTime(), max_retries=2)
    with pytest.raises(BdlApiError, match="503"):
        list(client.data_by_variable(60270, 2, [2023]))
    assert len(replay.requests) == 3


def test_client_errors_are_not_retried(replay):
    replay.failures = [(400, None)]
    client = client_for(replay, FakeTime())
    with pytest.raises(BdlApiError, match="400"):
        list(client.data_by_variable(60270, 2, [2023]))
    assert len(replay.requests) == 1


def test_local_cache_answers_without_requests(replay, tmp_path):
    first = client_for(replay, FakeTime(), cache_dir=tmp_path, client_id="tajny-klucz")
    list(first.data_by_variable(60270, 2, [2023], page_size=2))
    assert len(replay.requests) == 2
    assert replay.requests[0]["headers"]["x-clientid"] == "tajny-klucz"
    assert all("tajny" not in p.read_text() for p in tmp_path.iterdir())
    again = client_for(replay, FakeTime(), cache_dir=tmp_path)
    assert len(list(again.data_by_variable(60270, 2, [2023], page_size=2))) == 3
    assert len(replay.requests) == 2 and again.requests_sent == 0


def test_rate_limits_anonymous_and_keyed():
    fake = FakeTime()
    limiter = RateLimiter(ANONYMOUS_LIMITS, clock=fake.clock, sleep=fake.sleep)
    for _ in range(5):
        limiter.wait()
    assert fake.sleeps == []
    limiter.wait()  # the 6th request within a second waits for the window
    assert fake.sleeps == [pytest.approx(1.0)]
    for _ in range(94):
        limiter.wait()
    before = fake.now
    limiter.wait()  # the 101st within 15 minutes waits for the 15-minute window
    assert fake.now - before > 800
    keyed = RateLimiter(KEYED_LIMITS, clock=FakeTime().clock, sleep=fake.sleep)
    assert keyed.delay(0) == 0
    assert BdlClient(client_id="k").limiter.limits == KEYED_LIMITS
    assert BdlClient().limiter.limits == ANONYMOUS_LIMITS


def test_client_requests_respect_the_rate_limit(replay):
    fake = FakeTime()
    client = client_for(replay, fake)
    list(client.data_by_variable(60270, 2, [2023], page_size=1))
    list(client.data_by_variable(60270, 2, [2022], page_size=1))  # 6 requests in all
    assert sum(fake.sleeps) == pytest.approx(1.0)


def test_fetch_command_writes_an_importable_csv(replay, tmp_path, monkeypatch):
    import dataclasses

    from click.testing import CliRunner

    import config
    from ingest.cli import fetch_bdl_variable_command

    local = dataclasses.replace(
        config.settings, bdl_api_url=f"{replay.base}/api/v1", cache_dir=tmp_path / "cache"
    )
    monkeypatch.setattr(config, "settings", local)
    out = tmp_path / "wojewodztwa.csv"
    result = CliRunner().invoke(
        fetch_bdl_variable_command,
        ["60270", "--level", "wojewodztwo", "--years", "2022-2023", "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    assert "Zapisano" in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("0000000;POLSKA;") and lines[2].startswith("1200000;MAŁOPOLSKIE;")
    bad = CliRunner().invoke(
        fetch_bdl_variable_command, ["60270", "--years", "dwa", "--out", str(out)]
    )
    assert bad.exit_code != 0 and "RRRR" in bad.output
