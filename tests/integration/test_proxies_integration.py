"""Behind reverse proxies (SMUP_PROXY_COUNT): the client's address and scheme come from the
values the trusted proxies added; without them, forwarded headers are ignored."""

from __future__ import annotations

import subprocess
import sys

from config import PROJECT_ROOT


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
