"""What every test shares: a fresh accounts database and login counters for the run.

Tests never touch the developer's accounts database: a fresh one for each run (a SQLite file,
or a new PostgreSQL database with SMUP_TEST_DATABASE_URL) and the test Redis for the login
counters with SMUP_TEST_REDIS_URL (tests/servers.py), set before anything reads the settings.
Cheap on purpose (no dataset, no app): the fixtures of the integration and browser tests live
in tests/app_fixtures.py and are defined here, once for the whole run (each imports what it
needs only when a test asks for it): defined in two directories, a run of both would start a
second app server and a second Playwright, which fails inside the first one's event loop. The
unit tests' own fixtures are in tests/unit/conftest.py.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import servers

ACCOUNTS_TMP = tempfile.mkdtemp(prefix="smup-test-accounts-")
atexit.register(shutil.rmtree, ACCOUNTS_TMP, ignore_errors=True)
os.environ["SMUP_DATABASE_URL"] = servers.new_database(Path(ACCOUNTS_TMP))
atexit.register(servers.drop_database, os.environ["SMUP_DATABASE_URL"])
if servers.REDIS_URL:
    servers.empty_redis()
    os.environ["SMUP_RATELIMIT_STORAGE_URI"] = servers.REDIS_URL

# After the environment above: the fixtures' module reads the settings.
from app_fixtures import *  # noqa: E402, F403


def pytest_collection_modifyitems(items):
    """Each test is marked by its directory: ``-m unit``, ``-m integration``, ``-m browser``."""
    for item in items:
        kind = item.path.parent.name
        if kind in ("unit", "integration", "browser"):
            item.add_marker(kind)
