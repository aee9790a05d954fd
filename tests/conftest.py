"""Shared fixtures: the built dataset, the Dash app served on a free port, headless Chromium."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator

import pytest

# Tests never touch the developer's accounts database: a fresh SQLite file for each run,
# set before anything reads the settings.
ACCOUNTS_TMP = tempfile.mkdtemp(prefix="smup-test-accounts-")
os.environ["SMUP_DATABASE_URL"] = f"sqlite:///{ACCOUNTS_TMP}/accounts.sqlite"
atexit.register(shutil.rmtree, ACCOUNTS_TMP, ignore_errors=True)

from config import settings  # noqa: E402

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def built_data_available() -> bool:
    from data_access.store import store_exists

    return store_exists(settings.built_dir)


requires_data = pytest.mark.skipif(
    not built_data_available(), reason="built data missing: run `make data`"
)


@pytest.fixture(scope="session")
def repository():
    if not built_data_available():
        pytest.fail("built data missing: run `make data` (make test does it)")
    from data_access.repository import get_repository

    return get_repository()


@pytest.fixture(scope="session")
def accounts_database() -> str:
    """The temporary accounts database, migrated to the newest schema."""
    from accounts import db

    db.upgrade(settings.database_url)
    return settings.database_url


@pytest.fixture(scope="session")
def dash_app(repository, accounts_database):
    from app import app

    return app


@pytest.fixture(scope="session")
def client(dash_app):
    return dash_app.server.test_client()


@pytest.fixture(scope="session")
def live_server(dash_app) -> Iterator[str]:
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, dash_app.server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright gives every launch a fresh temporary profile (the --user-data-dir).
    executable = shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors; the test fails if any appear."""
    context = browser.new_context(locale="pl-PL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.expected_errors = []  # substrings a test expects, e.g. the 404 of a missing page
    yield page
    context.close()
    unexpected = [e for e in errors if not any(x in e for x in page.expected_errors)]
    assert not unexpected, f"console errors: {unexpected}"
