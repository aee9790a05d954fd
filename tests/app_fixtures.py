"""The fixtures of the integration and browser tests (each directory's conftest.py imports them):
the built dataset, the Dash app served on a free port, headless Chromium, a dataset after a sync.
The unit tests never load them (tests/unit/conftest.py)."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import servers

from config import settings

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
    """A fresh page that records console errors; the test fails if any appear (a breach of
    the Content-Security-Policy is one). Predicates of ``wait_for_function`` must be functions
    (``"() => …"``): a string is re-evaluated with ``eval``, which the policy refuses."""
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


# --- a dataset after a sync ---------------------------------------------------------------
SYNC_TIME = "2026-12-04T12:05:00"
SYNC_DETAILS = {"base_url": "http://127.0.0.1:9/smup", "requests": 1234, "seconds": 3725}
SYNCED_INDICATOR = "smup-101"  # under our area "kultura"
SYNCED_GMINA = "0201011"  # Bolesławiec (town)


def copy_built(data_dir: Path) -> Path:
    """``data_dir/built``: a private copy of the built dataset (a plain folder, as after
    `make data`); the values store is hard-linked, its files are never changed in place."""
    built = data_dir / "built"
    built.mkdir(parents=True)
    for path in settings.built_dir.iterdir():
        if path.is_file():
            shutil.copy2(path, built / path.name)
        elif path.is_dir():
            shutil.copytree(path, built / path.name, copy_function=os.link)
    return built


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data folder holding a private copy of the built dataset."""
    copy_built(tmp_path / "data")
    return tmp_path / "data"


def synced_catalogue(**indicator) -> dict:
    """One SMUP service under our area "kultura" with one published indicator (its keys
    replaced by ``indicator``)."""
    return {
        "services": [
            {
                "id": "smup-usluga-7",
                "area": "kultura",
                "name": "Biblioteki (SMUP)",
                "name_en": "Libraries (SMUP)",
                "description": "Usługa SMUP.",
                "description_en": "A SMUP service.",
            }
        ],
        "indicators": [
            {
                "id": SYNCED_INDICATOR,
                "service": "smup-usluga-7",
                "name": "Czytelnicy na 1000 mieszkańców",
                "name_en": "Readers per 1,000 residents",
                "provenance": "real",
                "dimension": "dostepnosc",
                "polarity": "wyzej_lepiej",
                "unit": "osoby",
                "unit_en": "persons",
                "decimals": 1,
                "aggregation": "published",
                "numerator": "smup_101",
                "numerator_label": "wartość wskaźnika SMUP",
                "numerator_label_en": "SMUP indicator value",
                "definition": "Czytelnicy bibliotek publicznych na 1000 mieszkańców.",
                "definition_en": "Public library readers per 1,000 residents.",
                "source": "GUS, SMUP",
                "source_en": "Statistics Poland, SMUP",
                "levels": ["wojewodztwo", "powiat", "gmina"],
                "real_source": {"smup": ["101"], "url": "https://smup.gov.pl/"},
            }
            | indicator
        ],
    }


@pytest.fixture(scope="session")
def synced_data_dir(repository, tmp_path_factory):
    """A data folder after one SMUP sync (``write_synced_data``)."""
    return write_synced_data(tmp_path_factory.mktemp("synced") / "data")


def write_synced_data(data_dir: Path) -> Path:
    """``data_dir`` after one SMUP sync, made by the real ``apply_sync`` on a copy of the
    built data: two versions (the adopted build and the sync, current), ``imports.json`` with
    the sync's record, ``synced_catalogue.json`` and ``imports.log`` with the sync line (plus an
    older sync line of a version since removed, and a line that is not JSON)."""
    import datetime as dt
    import json

    import polars as pl

    from data_access.build import COMPONENT_SCHEMA
    from ingest.synced import SyncedData, apply_sync

    copy_built(data_dir)
    older = {"action": "sync", "source": "GUS, SMUP", "time": "2026-11-01T08:00:00"}
    older |= {"version": "20261101T080000-sync", "indicators": [], "details": {"requests": 7}}
    (data_dir / "imports.log").write_text(json.dumps(older) + "\nnot json\n", encoding="utf-8")
    rows = pl.DataFrame(
        [
            (SYNCED_GMINA, "smup_101", 2022, 11.0, "value"),
            (SYNCED_GMINA, "smup_101", 2023, 12.5, "value"),
            ("0201", "smup_101", 2023, 9.0, "value"),
            ("02", "smup_101", 2023, None, "no_data"),
        ],
        schema=COMPONENT_SCHEMA,
        orient="row",
    )
    synced = SyncedData("GUS, SMUP", rows, synced_catalogue(), SYNC_DETAILS)
    apply_sync(data_dir, synced, dt.datetime.fromisoformat(SYNC_TIME))
    return data_dir


@pytest.fixture
def accounts_db(tmp_path, dash_app):
    """A migrated accounts database of its own; the app's database is restored afterwards."""
    from accounts import db

    previous = db.current_url()
    url = servers.new_database(tmp_path)
    db.upgrade(url)
    db.use_database(url)
    yield url
    db.use_database(previous)
    servers.drop_database(url)
