"""Live workshops: the repository (codes, expiry, owner checks), the participants' polling
endpoint (ETag / 304, versions), the follower count, the trainer's and participants' pages."""

from __future__ import annotations

import re

import pytest

from accounts import presence, workshops
from config import settings

# --- codes and the repository ---------------------------------------------------------------


def test_codes_are_six_unambiguous_characters():
    codes = {workshops.new_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert re.fullmatch(r"[A-HJ-NP-Z2-9]{6}", code), code
    assert not set("".join(codes)) & set("01OI")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ABC234", "ABC234"),
        ("abc 234", "ABC234"),
        (" abc-234 ", "ABC234"),
        ("https://smup.example.pl/warsztat/ABC234", "ABC234"),
        ("http://127.0.0.1:8050/warsztat/abc234?lang=en", "ABC234"),
        ("ABC230", None),  # 0 is not in the alphabet
        ("ABCI34", None),
        ("ABC23", None),
        ("ABC2345", None),
        ("", None),
        (None, None),
        ("A" * 5000, None),
    ],
)
def test_parse_code_accepts_a_code_or_a_link(raw, expected):
    assert workshops.parse_code(raw) == expected


# --- heartbeats -----------------------------------------------------------------------------


def test_presence_counts_recent_participants_per_mode(tmp_path, monkeypatch):
    monkeypatch.setattr(presence, "settings", settings.__class__(cache_dir=tmp_path))
    a, b, c = "a" * 32, "b" * 32, "c" * 32
    presence.beat(7, a, "follow")
    presence.beat(7, b, "follow")
    presence.beat(7, c, "explore")
    presence.beat(8, a, "follow")
    assert presence.counts(7) == {"follow": 2, "explore": 1}
    presence.beat(7, b, "explore")  # switched: counted once
    assert presence.counts(7) == {"follow": 1, "explore": 2}
    old = presence.time.time() - presence.FRESH_SECONDS - 5
    presence._file_beat(7, a, "follow", old)  # gone quiet
    assert presence.counts(7) == {"follow": 0, "explore": 2}
    presence.forget(7)
    assert presence.counts(7) == {"follow": 0, "explore": 0}
    assert presence.counts(8) == {"follow": 1, "explore": 0}


@pytest.mark.parametrize("raw", ["a" * 32, "0123456789abcdef"])
def test_participant_ids_are_random_hex(raw):
    assert presence.participant_id(raw) == raw


@pytest.mark.parametrize("raw", [None, "", "A" * 32, "../../etc", "a" * 40, 5])
def test_other_participant_ids_are_ignored(raw):
    assert presence.participant_id(raw) is None


# --- HTTP -------------------------------------------------------------------------------------
