"""The data page /o-danych ("O danych") in both languages: the sources, the dataset versions and
the last sync of a dataset after a sync, the same page for a plain build, the indicators per
area with the synced ones, its footer link, the redirects from the old /dane addresses, and
the list of suspect values served at /o-danych/wartosci-watpliwe.csv (404 when the dataset has
none)."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import plotly
import polars as pl
import pytest
from app_fixtures import SYNC_DETAILS

from config import settings
from core import urls
from data_access.repository import Repository
from i18n import NBSP
from ingest import versions

pytestmark = pytest.mark.usefixtures("repository")


def page_json(dash_app, language: str) -> str:
    from pages import about_data

    with dash_app.server.test_request_context(f"{urls.ABOUT_DATA}?lang={language}"):
        layout = about_data.layout()
    return json.dumps(layout, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


@pytest.fixture
def page_of(monkeypatch, dash_app):
    """The page's JSON for a data folder (its ``built`` version served by the repository)."""
    from pages import about_data

    def render(data_dir: Path, language: str = "pl") -> str:
        repo = Repository(data_dir / "built")
        monkeypatch.setattr(
            about_data, "settings", dataclasses.replace(settings, data_dir=data_dir)
        )
        monkeypatch.setattr(about_data, "get_repository", lambda: repo)
        return page_json(dash_app, language)

    return render


def test_data_page_in_polish_counts_indicators_flags_and_suspect_values(dash_app, repository):
    text = page_json(dash_app, "pl")
    assert "O danych" in text
    real = sum(i.provenance.value == "real" for i in repository.indicators)
    demo = len(repository.indicators) - real
    assert f"Dane rzeczywiste (GUS, CKE): {real} wskaźnik" in text
    assert f"Dane demonstracyjne: {demo} wskaźnik" in text
    for label in ("zjawisko nie wystąpiło", "tajemnica statystyczna", "dane demonstracyjne"):
        assert label in text
    assert "białe pole z grubym czarnym konturem" in text  # the suspect layer of the map
    suspects = repository.suspect_sources.height
    assert f"Wątpliwe wartości źródłowe: {suspects}." in text
    assert "Boguszów-Gorce (0221011)" in text and "zerowe sprawozdanie" in text
    assert "ponad 3-krotnie" in text and "najwyżej 1,5-krotnie" in text
    assert urls.SUSPECT_CSV in text
    assert "welkierk/projekt_interdyscyplinarny" in text and "PRG" in text


def test_data_page_in_english(dash_app):
    text = page_json(dash_app, "en")
    assert "About the data" in text and "O danych" not in text
    assert "suspect value" in text and "isolated jump" in text
    assert "more than 3 times" in text and "a factor of 1.5" in text
    assert "revenue from property tax [PLN]" in text  # variables in the catalogue's words


def sections(text: str) -> list[str]:
    """The headings of the page's sections, in order."""
    return [h["children"] for h in find(json.loads(text), "H2")]


def find(node, kind: str) -> list[dict]:
    """Every component of type ``kind`` in a layout given as JSON."""
    found = []
    if isinstance(node, dict):
        if node.get("type") == kind:
            found.append(node["props"])
        for value in node.values():
            found += find(value, kind)
    elif isinstance(node, list):
        for value in node:
            found += find(value, kind)
    return found


def test_after_a_sync_the_page_lists_the_source_the_versions_and_the_last_sync(
    synced_data_dir, page_of
):
    text = page_of(synced_data_dir)
    assert sections(text)[:4] == [
        "Źródła",
        "Wersje danych",
        "Ostatnia synchronizacja",
        "Wskaźniki: dane rzeczywiste i demonstracyjne",
    ]
    # Sources: the shipped files and the synced source with its variable, indicator, years, date
    assert "Pliki dołączone do serwisu" in text and "welkierk/projekt_interdyscyplinarny" in text
    rows = [r for r in find(json.loads(text), "Tr") if "GUS, SMUP" in json.dumps(r)]
    source_row = json.dumps(rows[0], ensure_ascii=False)
    for cell in ("synchronizacja z API", "2022–2023", "4 grudnia 2026"):
        assert cell in source_row
    # Versions: newest first, the sync current, the adopted build before it
    listed = [v.id for v in versions.list_versions(synced_data_dir)]
    assert len(listed) == 2 and listed[0].endswith("-build") and listed[1].endswith("-sync")
    assert text.index(listed[1]) < text.index(listed[0])
    assert "synchronizacja: GUS, SMUP" in text and "zbudowana z plików serwisu" in text
    assert '"children": "bieżąca"' in text
    assert "4 grudnia 2026, 12:05" in text
    # Last sync: the latest line of the source, with its facts
    assert f"1{NBSP}234" in text and "1 h 2 min" in text
    assert SYNC_DETAILS["base_url"] in text
    assert "20261101T080000-sync" not in text  # the older sync of the same source
    assert "nie były jeszcze synchronizowane" not in text


def test_after_a_sync_the_areas_count_the_synced_indicators(synced_data_dir, page_of, repository):
    from pages.about_data import indicator_counts

    text = page_of(synced_data_dir)
    assert len(Repository(synced_data_dir / "built").indicators) == len(repository.indicators) + 1
    culture = next(a for a in repository.areas if a.id == "kultura").name
    before = dict((name, (real, demo)) for name, real, demo in indicator_counts(repository))
    real, demo = before[culture]
    row = next(r for r in find(json.loads(text), "Tr") if culture in json.dumps(r))
    cells = [c["children"] for c in find(row, "Td")]
    assert cells == [str(real + 1), str(demo)]


def test_after_a_sync_the_page_in_english(synced_data_dir, page_of):
    text = page_of(synced_data_dir, "en")
    for phrase in (
        "Data versions",
        "Last synchronisation",
        "API synchronisation",
        "synchronisation: GUS, SMUP",
        "4 December 2026, 12:05",
        "1,234",
        '"children": "current"',
    ):
        assert phrase in text
    assert "Wersje danych" not in text and "bieżąca" not in text


def test_a_plain_build_says_it_has_no_versions_and_no_sync(tmp_path, page_of):
    (tmp_path / "built").symlink_to(settings.built_dir.resolve(), target_is_directory=True)
    text = page_of(tmp_path)
    assert "Dane zbudowano wprost z plików dołączonych do serwisu" in text
    assert "Dane nie były jeszcze synchronizowane z API GUS." in text
    assert "make sync-smup" in text
    assert "nie ma importów ani synchronizacji" in text


@pytest.fixture
def fresh_client(dash_app):
    """A client with its own cookie jar (the session-wide ``client`` must stay Polish)."""
    return dash_app.server.test_client()


def test_data_page_answers_and_is_linked_from_the_footer(dash_app, fresh_client):
    from components.shell import page_shell

    assert fresh_client.get("/o-danych").status_code == 200
    assert fresh_client.get("/o-danych?lang=en").status_code == 200
    with dash_app.server.test_request_context("/"):
        shell = json.dumps(page_shell(None), cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)
    assert '"children": "O danych", "href": "/o-danych"' in shell
    assert '"href": "/dane"' not in shell


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/dane", "/o-danych"),
        ("/dane/", "/o-danych"),
        ("/dane?lang=en", "/o-danych?lang=en"),
        ("/dane/wartosci-watpliwe.csv", "/o-danych/wartosci-watpliwe.csv"),
    ],
)
def test_the_old_addresses_redirect_permanently(fresh_client, old, new):
    response = fresh_client.get(old)
    assert response.status_code == 301
    assert response.headers["Location"] == new


def test_only_the_moved_addresses_redirect(fresh_client):
    assert fresh_client.get("/danex").status_code == 404
    assert fresh_client.get("/dane/cos-innego").status_code == 404


def test_suspect_values_csv_is_the_builds_list(client, repository):
    response = client.get(urls.SUSPECT_CSV)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    frame = pl.read_csv(response.data, schema_overrides={"kod_teryt": pl.String})
    on_disk = pl.read_csv(repository.suspect_values_file, schema_overrides={"kod_teryt": pl.String})
    assert frame.equals(on_disk)
    boguszow = frame.filter(pl.col("kod_teryt") == "0221011", pl.col("rok") == 2019)
    assert set(boguszow["zmienna"]) >= {"own_revenue", "tax_property"}
    assert set(boguszow["regula"]) == {"zero_total"}


def test_missing_suspect_values_csv_is_a_friendly_404(client, monkeypatch, tmp_path):
    monkeypatch.setattr(
        Repository, "suspect_values_file", property(lambda self: Path(tmp_path) / "none.csv")
    )
    response = client.get(urls.SUSPECT_CSV)
    assert response.status_code == 404
    assert b'lang="pl"' in response.data and b"Traceback" not in response.data
