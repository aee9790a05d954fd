"""Data freshness: the changes between dataset versions (by hand on tiny frames, and stored
with a real second version), the indicator's latest year and import date, ``/co-nowego`` and
``/api/v1/changes``."""

from __future__ import annotations

import datetime as dt
import json

import polars as pl
import pytest
from click.testing import CliRunner
from test_accounts_http import page_text
from test_ingest import FINA_2633, SPORT

from data_access.changes import (
    CHANGES_FILE,
    compare_values,
    freshness_of,
    holdings,
    read_changes,
    versions_with_changes,
)
from data_access.repository import Repository
from data_access.store import ValueStore
from ingest import versions
from ingest.cli import ingest_bdl_csv_command
from tests.unit.fake_repository import VALUE_SCHEMA

pytestmark = pytest.mark.usefixtures("repository")

SCHEMA = {k: v for k, v in VALUE_SCHEMA.items() if k != "quality"}  # value rows without quality


def frame(rows: list[tuple]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=SCHEMA, orient="row")


OLD = frame(
    [
        ("a", "0201011", "gmina", 2022, 10.0, "value", "demo"),
        ("a", "0201011", "gmina", 2023, 11.0, "value", "demo"),  # revised below
        ("a", "0201022", "gmina", 2023, 5.0, "value", "demo"),  # within the tolerance below
        ("a", "0201033", "gmina", 2023, 7.0, "value", "demo"),  # gone below
        ("a", "0201044", "gmina", 2023, None, "no_data", "demo"),  # gets a value below
        ("gone", "02", "wojewodztwo", 2020, 1.0, "value", "real"),
    ]
)
NEW = frame(
    [
        ("a", "0201011", "gmina", 2022, 10.0, "value", "real"),
        ("a", "0201011", "gmina", 2023, 12.5, "value", "real"),
        ("a", "0201022", "gmina", 2023, 5.0 + 1e-12, "value", "real"),
        ("a", "0201033", "gmina", 2023, None, "no_data", "real"),
        ("a", "0201044", "gmina", 2023, 3.0, "value", "real"),
        ("a", "0201", "powiat", 2021, 3.0, "value", "real"),
        ("new", "00", "kraj", 2024, 2.0, "value", "demo"),
    ]
)


def test_compare_values_counts_added_revised_and_removed_by_hand():
    diff = {r["indicator"]: r for r in compare_values(OLD, NEW).iter_rows(named=True)}
    # a: 0201044 and the powiat row added; 2023 of 0201011 revised (not 0201022: 1e-12 is
    # rounding); 0201033 removed (no_data now)
    assert diff["a"] == {
        "indicator": "a",
        "values_added": 2,
        "values_revised": 1,
        "values_removed": 1,
    }
    assert diff["gone"]["values_removed"] == 1 and diff["gone"]["values_added"] == 0
    assert diff["new"]["values_added"] == 1 and diff["new"]["values_removed"] == 0
    assert compare_values(NEW, NEW)[["values_added", "values_revised", "values_removed"]].sum().row(
        0
    ) == (0, 0, 0)


def test_holdings_give_values_demo_values_and_latest_year_per_level():
    held = {r["indicator"]: r for r in holdings(NEW).iter_rows(named=True)}
    assert held["a"]["values"] == 5 and held["a"]["demo_values"] == 0
    latest = {x["level"]: x["year"] for x in held["a"]["latest"]}
    assert latest == {"gmina": 2023, "powiat": 2021}
    assert held["new"]["demo_values"] == 1


def test_freshness_of_reads_the_record():
    record = {
        "indicators": {"a": {"latest_year": {"gmina": 2023}, "last_changed": "2026-12-01T10:00:00"}}
    }
    found = freshness_of(record, "a")
    assert found.latest == 2023 and found.last_import == dt.datetime(2026, 12, 1, 10)
    assert freshness_of(record, "b").latest is None and freshness_of(None, "a").last_import is None


def shown(client, path: str, language: str = "pl") -> str:
    """The text of a page as Dash renders it (non-ASCII letters as they are)."""
    client.set_cookie("lang", language)
    return json.dumps(json.loads(page_text(client, path)), ensure_ascii=False)


def run(command, *args):
    return CliRunner().invoke(command, [str(a) for a in args], catch_exceptions=False)


def test_an_import_stores_its_changes_against_the_previous_version(data_dir):
    result = run(ingest_bdl_csv_command, FINA_2633, "--mapping", SPORT, "--data-dir", data_dir)
    assert result.exit_code == 0, result.output
    listed = versions.list_versions(data_dir)
    assert len(listed) == 2
    first, second = listed
    record = read_changes(second.path)
    assert record["action"] == "import" and record["previous"] == first.id
    changed = {i: c for i, c in record["indicators"].items() if c["status"] != "same"}
    assert "sport-wydatki-na-mieszkanca" in changed
    assert all(c["status"] == "changed" for c in changed.values())  # no indicator added
    # the counts are those of the two stores, compared directly
    old, new = ValueStore(first.path), ValueStore(second.path)
    direct = compare_values(
        old.indicator("sport-wydatki-na-mieszkanca"), new.indicator("sport-wydatki-na-mieszkanca")
    ).row(0, named=True)
    sport = record["indicators"]["sport-wydatki-na-mieszkanca"]
    assert sport["values_revised"] == direct["values_revised"] > 1000  # demo → real values
    assert (sport["values_added"], sport["values_removed"]) == (
        direct["values_added"],
        direct["values_removed"],
    )
    area = record["areas"][sport["area"]]
    assert area["values_revised"] == sum(
        c["values_revised"] for c in record["indicators"].values() if c["area"] == sport["area"]
    )
    assert area["indicators_changed"] >= 1 and area["indicators_added"] == 0
    # unchanged indicators keep the time of the version that last changed them
    untouched = record["indicators"]["ludnosc"]
    assert untouched["status"] == "same"
    assert untouched["last_changed"] != record["made_at"]
    assert sport["last_changed"] == record["made_at"]
    repo = Repository(second.path)
    assert repo.freshness("sport-wydatki-na-mieszkanca").last_import == dt.datetime.fromisoformat(
        record["made_at"]
    )
    history = versions_with_changes(versions.list_versions(data_dir), None)
    # the copied build predates recorded changes: only the import's version has them
    assert history[0].id == second.id and history[0].current and not history[0].first


def test_a_sync_adding_an_indicator_counts_it_as_added(synced_data_dir):
    from app_fixtures import SYNCED_INDICATOR

    record = json.loads((synced_data_dir / "built" / CHANGES_FILE).read_text("utf-8"))
    entry = record["indicators"][SYNCED_INDICATOR]
    assert record["action"] == "sync" and entry["status"] == "added"
    assert entry["area"] == "kultura" and entry["values_added"] == entry["values"] > 0
    assert record["areas"]["kultura"]["indicators_added"] == 1


def test_changes_page_lists_the_versions(client):
    page = shown(client, "/co-nowego")
    assert "Co nowego w danych" in page and "Pierwsza wersja zbioru" in page
    assert "Wartości demonstracyjne" in page and "/api/v1/changes" in page
    assert "What's new in the data" in shown(client, "/co-nowego", "en")


def test_changes_page_lists_areas_in_the_catalogues_order(client):
    from data_access.repository import get_repository

    page = shown(client, "/co-nowego")
    names = [area.name for area in get_repository().areas]
    positions = [page.index(name) for name in names if name in page]
    assert len(positions) == len(names) and positions == sorted(positions)


def test_changes_page_shows_a_second_version(client, synced_data_dir, monkeypatch):
    import dataclasses

    import components.freshness
    from config import settings
    from pages import changes as changes_page

    repo = Repository(synced_data_dir / "built")
    moved = dataclasses.replace(settings, data_dir=synced_data_dir)
    monkeypatch.setattr(components.freshness, "settings", moved)
    monkeypatch.setattr(changes_page, "get_repository", lambda: repo)
    page = shown(client, "/co-nowego")
    assert "synchronizacja z API" in page and "Zmienione wskaźniki (1)" in page
    assert "Dodano 1 wskaźnik," in page and "bieżąca" in page


def test_api_changes_and_indicator_freshness(client):
    body = client.get("/api/v1/changes").get_json()
    assert body["meta"]["total"] >= 1
    latest = body["data"][0]
    assert latest["current"] is True and latest["action"] in ("build", "import", "sync")
    assert set(latest["areas"]["finanse"]) >= {"values_added", "values_revised", "values_removed"}
    assert client.get("/api/v1/changes?x=1").status_code == 400
    fresh = client.get("/api/v1/indicators/ludnosc").get_json()["freshness"]
    assert fresh["latest_year"]["gmina"] >= 2024 and fresh["last_import"]
    listed = client.get("/api/v1/indicators").get_json()["data"][0]
    assert "latest_year" in listed["freshness"]


def test_indicator_card_and_profile_show_freshness(client):
    card = shown(client, "/wskazniki/ludnosc")
    assert "Aktualność" in card and "Najnowsze dane: 2024" in card
    assert "wartości zaimportowano" in card
    profile = shown(client, "/jst/0201011")
    assert "dane do 2024, import" in profile
    assert "Od Twojej ostatniej wizyty" not in profile  # visitors see nothing of it


@pytest.mark.browser
def test_changes_page_in_the_browser_from_the_footer(page, live_server):
    page.goto(live_server + "/o-danych")
    page.get_by_role("link", name="Co nowego", exact=True).click()
    page.get_by_role("heading", level=1, name="Co nowego w danych").wait_for()
    assert page.url.endswith("/co-nowego")
    table = page.get_by_role("region", name="Zawartość według obszarów")
    assert table.locator("tbody tr").count() >= 10  # one row per area
    assert "Finanse" in table.inner_text()
    table.focus()  # the wide table scrolls from the keyboard
    assert page.evaluate("() => document.activeElement.getAttribute('role')") == "region"
