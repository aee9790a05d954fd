"""What dashboards and slides show of a saved view (components/snapshots.py): the view's map,
chart or table built on the server, titled, with its source and the demonstration label."""

from __future__ import annotations

import pytest
from app_fixtures import requires_data
from dash import Patch

from components.snapshots import applied, view_snapshot

pytestmark = requires_data


@pytest.fixture(autouse=True)
def pages(dash_app):
    """The app with its pages registered (a /porownaj snapshot uses the page's own helpers)."""


def graph_figure(snapshot) -> dict:
    body = snapshot.body
    graph = body.children if hasattr(body, "children") and not hasattr(body, "figure") else body
    return graph.figure


def test_a_patch_of_assignments_is_applied_like_the_browser_does():
    patch = Patch()
    patch["data"][0]["z"] = [1, 2]
    patch["layout"]["title"]["text"] = "Tytuł"
    figure = {"data": [{"z": []}], "layout": {"title": {"text": ""}}}
    assert applied(figure, patch) == {
        "data": [{"z": [1, 2]}],
        "layout": {"title": {"text": "Tytuł"}},
    }


def test_analysis_view_is_its_map_with_every_gmina_and_the_demo_label(repository):
    demo = next(i for i in repository.indicators if i.provenance == "demo" and "gmina" in i.levels)
    snapshot = view_snapshot(f"/analiza?wskaznik={demo.id}&jst=0201011")
    assert snapshot.demo and "DANE DEMONSTRACYJNE" in snapshot.title
    figure = graph_figure(snapshot)
    values = figure["data"][0]
    assert len(values["locations"]) > 2400 and len(values["z"]) == len(values["locations"])
    assert figure["data"][-1]["locations"] == ["0201011"]  # the selection's outline
    assert "height" not in figure["layout"]  # fitted to its box by the page
    assert snapshot.sources and snapshot.sources[0]


def test_indicator_view_is_its_distribution_at_the_saved_level_and_year(repository):
    snapshot = view_snapshot("/wskazniki/ludnosc?poziom=powiat&rok=2020")
    assert "powiaty, 2020" in snapshot.title and not snapshot.demo
    assert graph_figure(snapshot)["data"][0]["type"] == "histogram"


def test_compare_view_is_a_table_of_its_units(repository):
    snapshot = view_snapshot("/porownaj?jst=0201011,0201022&obszar=finanse")
    assert snapshot.title.startswith("Finanse")
    assert "Bolesławiec" in snapshot.title


@pytest.mark.parametrize("url", ["/o-danych", "/porownaj", "/jst/9999999", "/wskazniki/nie-ma"])
def test_pages_without_a_snapshot_or_with_nothing_to_show_get_none(repository, url):
    assert view_snapshot(url) is None
