"""/analiza's first render (issue 19): the layout carries the summary of the address's view and
the map's image name, the territory picker starts with the voivodeships and its chosen
territory (the powiaty come as the reader types), and the map's update leaves the graph's
config alone unless the image's name changes (a new config makes plotly draw the whole map
anew)."""

from __future__ import annotations

import json

import plotly
import pytest
from dash import no_update

pytestmark = pytest.mark.usefixtures("repository")


def plain(component) -> dict:
    return json.loads(json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder))


def find(node, component_id: str) -> dict | None:
    """The first component with the id in a plain layout."""
    if isinstance(node, list):
        return next((f for n in node if (f := find(n, component_id)) is not None), None)
    if not isinstance(node, dict):
        return None
    props = node.get("props") or {}
    if props.get("id") == component_id:
        return props
    return find(props.get("children"), component_id)


@pytest.fixture
def layout_of(dash_app):
    from pages import analiza

    def build(**query) -> dict:
        with dash_app.server.test_request_context("/analiza"):
            return plain(analiza.layout(**query))

    return build


def test_the_layout_carries_the_views_summary(dash_app, repository, layout_of):
    from analysis.service import table_update
    from analysis.state import ViewState

    query = {"wskaznik": "ludnosc", "poziom": "powiat", "rok": "2019", "jst": "1465,0201"}
    summary = find(layout_of(**query), "analiza-summary")["children"]
    state = ViewState(wskaznik="ludnosc", poziom="powiat", rok=2019, jst=("1465", "0201"))
    with dash_app.server.test_request_context("/analiza"):
        assert summary == table_update(repository, state)[2]
    assert "2019" in summary


def test_the_map_starts_with_its_image_name(layout_of):
    config = find(layout_of(wskaznik="ludnosc", poziom="powiat", rok="2019"), "analiza-map")
    assert config["config"]["toImageButtonOptions"]["filename"] == "ludnosc_powiaty_2019"


def test_the_map_update_keeps_the_config_unless_the_image_name_changes(dash_app):
    from pages import analiza

    frame = {"level": "gmina", "territory": "", "group": []}
    state = {"wskaznik": "ludnosc", "rok": 2019}
    with dash_app.server.test_request_context("/analiza"):
        *_, config = analiza.update_map(state, frame, None)
        assert config["toImageButtonOptions"]["filename"] == "ludnosc_gminy_2019"
        *_, same = analiza.update_map(state, frame, config)
        assert same is no_update
        *_, other = analiza.update_map(state | {"rok": 2020}, frame, config)
        assert other["toImageButtonOptions"]["filename"] == "ludnosc_gminy_2020"


def test_the_territory_picker_starts_small(layout_of):
    """~400 options with their labels and search words were 100 kB of the layout, and a
    phone indexed every substring of their words as the page mounted."""
    picker = find(layout_of(teren="2402"), "analiza-territory")
    values = [o["value"] for o in picker["options"]]
    assert len(values) == 18 and "2402" in values
    assert picker["labels"]["search"] == "Wpisz powiat lub miasto, np. bielski"
