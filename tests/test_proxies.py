"""Behind reverse proxies (SMUP_PROXY_COUNT): the client's address and scheme come from the
values the trusted proxies added; without them, forwarded headers are ignored."""

from __future__ import annotations

import subprocess
import sys

import flask

from config import PROJECT_ROOT
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


def test_the_app_trusts_as_many_proxies_as_configured():
    check = (
        "import app; from werkzeug.middleware.proxy_fix import ProxyFix; "
        "fix = app.server.wsgi_app; assert isinstance(fix, ProxyFix) and fix.x_for == 2"
    )
    env = {"SMUP_PROXY_COUNT": "2", "SMUP_SECRET_KEY": "s" * 32, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", check], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
