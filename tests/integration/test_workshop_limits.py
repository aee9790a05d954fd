"""Guessing live-workshop codes is limited per client address: unknown codes count, and over
the limit every code the browser has not joined answers 429 (known ones too: the answers tell
a guesser nothing), in Polish, with Retry-After. Participants who joined the workshop, even
behind the same address (a training room), keep following it unhindered."""

from __future__ import annotations

import dataclasses

import pytest
from test_workshop import move, trainer_with_workshop

from accounts import routes, workshop_routes
from config import settings

LIMIT = 3


@pytest.fixture
def new_client(dash_app):
    """Fresh browser-like clients (own cookies); ``address`` picks the client's address."""
    addresses = (f"10.217.{i // 250}.{i % 250 + 1}" for i in range(10_000))

    def make(address: str | None = None):
        client = dash_app.server.test_client()
        client.environ_base["REMOTE_ADDR"] = address or next(addresses)
        return client

    return make


@pytest.fixture(autouse=True)
def small_limit(monkeypatch):
    limited = dataclasses.replace(settings, workshop_code_rate_limit=f"{LIMIT} per 10 minutes")
    monkeypatch.setattr(workshop_routes, "settings", limited)


def guess_until_limited(client) -> None:
    for guess in ("ZZZZZZ", "ZZZZZY", "ZZZZZX")[:LIMIT]:
        assert client.get(f"/warsztat/{guess}/stan").status_code == 404


def test_unknown_codes_answer_429_in_polish_after_the_limit(new_client):
    _trainer, _board, code = trainer_with_workshop(new_client)
    guesser = new_client("10.217.200.1")
    guess_until_limited(guesser)

    state = guesser.get("/warsztat/ZZZZZW/stan")
    assert state.status_code == 429
    assert state.json["error"].startswith("Z tego adresu sprawdzono zbyt wiele kodów warsztatów")
    assert 540 <= int(state.headers["Retry-After"]) <= 600
    page = guesser.get("/warsztat/ZZZZZW")
    assert page.status_code == 429
    assert "Zbyt wiele nieznanych kodów" in page.get_data(as_text=True)
    assert "Spróbuj ponownie za 10 min" in page.get_data(as_text=True)
    assert "Retry-After" in page.headers
    english = guesser.get("/warsztat/ZZZZZW/stan?lang=en")
    assert english.json["error"].startswith("Too many codes of workshops")
    # a right guess now answers the same: nothing to learn from the answers
    assert guesser.get(f"/warsztat/{code}/stan").status_code == 429
    assert guesser.get(f"/warsztat/{code}").status_code == 429
    assert guesser.get(f"/warsztat/{code}/slajd/1").status_code == 429
    # other addresses are not affected
    assert new_client().get("/warsztat/ZZZZZW/stan").status_code == 404


def test_the_page_of_an_unknown_code_counts_too(new_client):
    guesser = new_client("10.217.201.1")
    for guess in ("ZZZZZZ", "ZZZZZY", "ZZZZZX")[:LIMIT]:
        assert guesser.get(f"/warsztat/{guess}").status_code == 404
    assert guesser.get("/warsztat/ZZZZZW").status_code == 429


def test_known_codes_and_other_requests_do_not_count(new_client):
    _trainer, _board, code = trainer_with_workshop(new_client)
    participant = new_client("10.217.202.1")
    for _ in range(3 * LIMIT):
        assert participant.get(f"/warsztat/{code}/stan").status_code == 200
        assert fresh(participant, "10.217.202.1").get(f"/warsztat/{code}").status_code == 200
        assert participant.get("/warsztat/dolacz?kod=0OI1").status_code == 303
        assert participant.get("/warsztat/nie-kod/uczestnicy").status_code == 404
    assert participant.get("/warsztat/ZZZZZZ/stan").status_code == 404


def fresh(client, address):
    other = client.application.test_client()
    other.environ_base["REMOTE_ADDR"] = address
    return other


def test_participants_who_joined_keep_following_behind_a_limited_address(new_client):
    """A training room behind one address: someone there guesses codes (or mistypes them)
    until the address is limited; those who joined before keep polling and get the slides,
    those who had not joined wait."""
    trainer, _board, code = trainer_with_workshop(new_client)
    room = "10.217.203.1"
    participant = new_client(room)
    assert participant.get(f"/warsztat/{code}").status_code == 200  # joined
    guess_until_limited(new_client(room))
    assert new_client(room).get("/warsztat/ZZZZZW/stan").status_code == 429

    etag = None
    for slide in (2, 3):
        for _ in range(2 * LIMIT):
            headers = {"If-None-Match": etag} if etag else {}
            polled = participant.get(f"/warsztat/{code}/stan", headers=headers)
            assert polled.status_code in (200, 304)
            etag = polled.headers["ETag"]
        assert move(trainer, code, slide).status_code == 200
        moved = participant.get(f"/warsztat/{code}/stan", headers={"If-None-Match": etag})
        assert (moved.status_code, moved.json["slide"]) == (200, slide)
        assert participant.get(f"/warsztat/{code}/slajd/{slide}").status_code == 200
    assert new_client(room).get(f"/warsztat/{code}/stan").status_code == 429


def test_the_failures_are_counted_in_the_shared_rate_limit_storage(new_client):
    """The counter lives in the limiter's storage (SMUP_RATELIMIT_STORAGE_URI: Redis under
    gunicorn's workers), not in a worker's memory."""
    guesser = new_client("10.217.204.1")
    guesser.get("/warsztat/ZZZZZZ/stan")
    guesser.get("/warsztat/ZZZZZY/stan")
    (item,) = workshop_routes.parse_many(workshop_routes.settings.workshop_code_rate_limit)
    stats = routes.limiter.limiter.get_window_stats(
        item, workshop_routes.LIMIT_SCOPE, "10.217.204.1"
    )
    assert stats.remaining == LIMIT - 2
    assert routes.limiter.storage.check()


def test_a_first_lookup_reads_the_workshop_once_and_the_limit_is_parsed_once(
    new_client, monkeypatch
):
    _trainer, _board, code = trainer_with_workshop(new_client)
    reads, parses = [], []
    read, parse = workshop_routes.workshops.workshop_state, workshop_routes.parse_many
    monkeypatch.setattr(
        workshop_routes.workshops, "workshop_state", lambda c: reads.append(c) or read(c)
    )
    monkeypatch.setattr(workshop_routes, "parse_many", lambda s: parses.append(s) or parse(s))
    workshop_routes.code_limits.cache_clear()
    # a browser that has not joined yet: the limit's lookup and the route share one read
    assert new_client().get(f"/warsztat/{code}/stan").status_code == 200
    assert reads == [code]
    reads.clear()
    assert new_client().get("/warsztat/ZZZZZV/stan").status_code == 404
    assert new_client().get(f"/warsztat/{code}/slajd/1").status_code == 200
    assert reads == ["ZZZZZV", code]
    assert len(parses) == 1  # three lookups, the setting parsed once
