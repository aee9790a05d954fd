"""``make loadtest``'s own logic: loopback only, bounded, percentiles, the request mix.

The load itself runs only in ``make loadtest`` (never in ``make test``)."""

from __future__ import annotations

from benchmarks import loadtest


def test_the_browsing_mix_covers_every_kind_of_route(repository):
    calls = loadtest.browsing_calls(repository)
    kinds = {call.kind for call in calls}
    assert kinds == {"home", "profile", "analiza", "analiza_map", "api"}
    paths = {call.path for call in calls}
    assert {"/", "/jst/0201011", "/analiza"} <= paths
    assert any(path.startswith("/api/v1/data?") for path in paths)
    assert not any("raport" in path for path in paths)


def test_pdf_clients_ask_for_distinct_reports(repository):
    clients = loadtest.pdf_units(repository)
    asked = [next(codes) for codes in clients for _ in range(20)]
    assert len(clients) == loadtest.PDF_CLIENTS and len(set(asked)) == len(asked)
