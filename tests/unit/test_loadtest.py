"""``make loadtest``'s own logic: loopback only, bounded, percentiles, the request mix.

The load itself runs only in ``make loadtest`` (never in ``make test``)."""

from __future__ import annotations

import pytest

from benchmarks import loadtest


@pytest.mark.parametrize(
    "target",
    [
        "http://localhost:8050",
        "http://10.0.0.7:8050",
        "http://127.0.0.2:8050",
        "https://127.0.0.1:8050",
        "http://127.0.0.1",
        "http://[::1]:8050",
        "http://example.org:80",
        "http://127.0.0.1.example.org:8050",
    ],
)
def test_only_127_0_0_1_may_be_loaded(target):
    with pytest.raises(loadtest.LoadTestError):
        loadtest.loopback_port(target)


def test_a_loopback_target_gives_its_port():
    assert loadtest.loopback_port("http://127.0.0.1:8050") == 8050
    assert loadtest.loopback_port("http://127.0.0.1:61234/") == 61234


@pytest.mark.parametrize(
    "argv", [["--seconds", "0"], ["--seconds", "121"], ["--rounds", "0"], ["--rounds", "11"]]
)
def test_the_run_is_bounded(argv):
    with pytest.raises(SystemExit):
        loadtest.arguments(argv)


def test_defaults_are_within_bounds():
    args = loadtest.arguments([])
    assert args.seconds <= loadtest.MAX_PHASE_S and args.rounds <= loadtest.MAX_ROUNDS
    assert args.target is None and not args.inline


def test_percentiles_are_nearest_rank():
    samples = [float(n) for n in range(1, 101)]
    assert loadtest.percentile(samples, 0.5) == 50
    assert loadtest.percentile(samples, 0.95) == 95
    assert loadtest.percentile(samples, 0.99) == 99
    assert loadtest.percentile([7.0], 0.99) == 7
