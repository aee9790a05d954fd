"""Behind reverse proxies (SMUP_PROXY_COUNT): the client's address and scheme come from the
values the trusted proxies added; without them, forwarded headers are ignored."""

from __future__ import annotations

import flask

from web import trust_proxies

FORWARDED = {
    "X-Forwarded-For": "192.0.2.66, 203.0.113.5",  # what the client sent, then what nginx added
    "X-Forwarded-Proto": "https",
    "X-Forwarded-Host": "smup.example.pl",
}


def seen_by(count: int) -> str:
    server = flask.Flask(__name__)
    trust_proxies(server, count)

    @server.get("/")
    def who() -> str:
        return f"{flask.request.remote_addr} {flask.request.scheme} {flask.request.host}"

    return server.test_client().get("/", headers=FORWARDED).get_data(as_text=True)


def test_one_trusted_proxy_gives_the_address_it_saw():
    assert seen_by(1) == "203.0.113.5 https smup.example.pl"


def test_without_trusted_proxies_forwarded_headers_are_ignored():
    assert seen_by(0) == "127.0.0.1 http localhost"
