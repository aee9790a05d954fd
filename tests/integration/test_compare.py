"""Comparison state in the URL, the profile's group columns and the compare page."""

from __future__ import annotations

import json

import plotly
import pytest
from dash import no_update

from analysis.charts import comparison_bar_figure
from components.comparison import ComparisonState, parse_state, state_query
from data_access import peers

pytestmark = pytest.mark.usefixtures("repository")


def rendered(component) -> str:
    """The component tree as JSON text (what the browser receives)."""
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


# --- URL state -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "query",
    [
        {},
        {"grupa": "sasiedzi"},
        {"grupa": "administracyjna"},
        {"k": "5", "wagi": "dochody:3,ludnosc:0"},
        {"k": "30", "wagi": "gestosc:0.5"},
        {"grupa": "wlasna", "jednostki": "0201022,0202011"},
    ],
)
def test_state_round_trips_through_the_url(query):
    state, messages = parse_state(query)
    assert messages == []
    text = state_query(state)
    again, _ = parse_state(
        dict(part.split("=", 1) for part in text.lstrip("?").split("&")) if text else {}
    )
    assert again == state


def test_default_state_writes_nothing():
    assert state_query(ComparisonState()) == ""


def test_bad_parameters_get_polish_messages_and_defaults():
    state, messages = parse_state(
        {"grupa": "<script>", "k": "999", "wagi": "dochody:7,nieznana:1,ludnosc:abc"}
    )
    assert state == ComparisonState()
    assert len(messages) == 5
    assert any("Nieznany rodzaj grupy" in m for m in messages)
    assert any("liczba podobnych" in m for m in messages)


def test_all_zero_weights_are_refused():
    state, messages = parse_state({"wagi": ",".join(f"{k}:0" for k in peers.VARIABLE_KEYS)})
    assert state.weights == ComparisonState().weights and messages


def test_old_parameter_names_migrate():
    state, _ = parse_state({"group": "sasiedzi"})
    assert state.group == "sasiedzi"


def test_controls_callback_builds_the_url(dash_app):
    from pages.profile import comparison_search

    weights = ["1.0", "1.0", "1.0", "1.0", "1.0", "3.0"]
    assert comparison_search("podobne", "5", weights, "") == "?k=5&wagi=dochody:3"
    assert comparison_search("sasiedzi", "15", ["1.0"] * 6, "") == "?grupa=sasiedzi"
    # the diagnosis option survives a change of the group controls
    assert comparison_search("sasiedzi", "15", ["1.0"] * 6, "", with_demo=True) == (
        "?grupa=sasiedzi&demo=tak"
    )
    applied = comparison_search("podobne", "15", ["1.0"] * 6, "0201022 0202011", applied=True)
    assert applied == "?grupa=wlasna&jednostki=0201022,0202011"


# --- profile ---------------------------------------------------------------------------------
def test_profile_shows_group_columns_diagnosis_and_members(dash_app):
    from pages.profile import layout

    text = rendered(layout(teryt="0201011"))
    assert "Diagnoza: mocne i słabe strony" in text
    assert "Grupa: mediana" in text and "Na tle grupy" in text
    assert "Dlaczego podobna" in text and "Podobne:" in text
    assert "/analiza?wskaznik=ludnosc&amp;jst=0201011" in text  # a link in the tables' markup
    assert "/porownaj?jst=0201011," in text
    assert "dane demonstracyjne" in text


def test_profile_groups_change_the_figures(dash_app, repository):
    from pages.profile import layout

    similar = rendered(layout(teryt="0201011"))
    neighbours = rendered(layout(teryt="0201011", grupa="sasiedzi"))
    assert '"data-group": "podobne"' in similar and '"data-group": "sasiedzi"' in neighbours
    assert similar != neighbours


def test_profile_with_bad_query_and_unknown_user_codes_says_why(dash_app):
    from pages.profile import layout

    text = rendered(layout(teryt="0201011", grupa="wlasna", jednostki="9999999,02", k="x"))
    assert "Nieznane kody TERYT (pominięte): 9999999" in text
    assert "innego szczebla" in text
    assert "Niepoprawna liczba" in text


def test_profile_of_poland_has_no_group(dash_app):
    from pages.profile import layout

    text = rendered(layout(teryt="00"))
    assert "Grupa porównawcza" not in text and "Diagnoza" not in text


def test_profile_of_new_gmina_has_a_group_and_a_note(dash_app):
    from pages.profile import layout

    text = rendered(layout(teryt="2002162"))
    assert "przyjęto medianę" in text


# --- compare page ----------------------------------------------------------------------------
def test_resolve_units_reports_unknown_and_too_many(repository):
    from pages.compare import MAX_UNITS, resolve_units

    units, messages = resolve_units(repository, "0201011, 9999999,0201011,abc")
    assert [u.code for u in units] == ["0201011"]
    assert messages == ["Nieznane kody TERYT (pominięte): 9999999, abc."]
    many = ",".join(repository.units.filter(repository.units["level"] == "gmina")["code"][:12])
    units, messages = resolve_units(repository, many)
    assert len(units) == MAX_UNITS and "najwyżej 10" in messages[0]


def test_compare_layout_shows_units_median_and_charts(dash_app, repository):
    from pages.compare import layout

    page = layout(jst="0201011,0201022,9999999", obszar="finanse")
    text = rendered(page)
    assert "Bolesławiec (gmina miejska)" in text and "Bolesławiec (gmina wiejska)" in text
    assert "Mediana porównywanych" in text
    assert "9999999" in text and "Nieznane kody" in text
    assert '"separators": ", "' in text
    assert "dochody-wlasne-na-mieszkanca" in text


def test_compare_with_too_many_units_and_unknown_area(dash_app, repository):
    from pages.compare import layout

    codes = ",".join(repository.units.filter(repository.units["level"] == "powiat")["code"][:11])
    text = rendered(layout(jst=codes, obszar="nie-ma"))
    assert "najwyżej 10" in text and "Nieznany obszar" in text


def test_compare_without_units_explains_what_to_do(dash_app):
    from pages.compare import layout

    assert "Wybierz jednostki powyżej (po nazwie lub kodzie TERYT)" in rendered(layout())


def test_compare_callback_keeps_the_area(dash_app):
    from pages.compare import go

    chosen = ["0201011", "0201022"]
    assert go(1, chosen, chosen, "finanse") == "/porownaj?jst=0201011,0201022&obszar=finanse"


def test_compare_callback_keeps_the_candidates_not_chosen_in_the_pool(dash_app):
    from pages.compare import go

    candidates = ["0201011", "0201022", "0202011", "1061011"]
    href = go(1, ["0201011", "1061011"], candidates, None)
    assert href == "/porownaj?jst=0201011,1061011&pula=0201022,0202011"
    assert go(1, [], candidates, None) is no_update  # nothing chosen: nothing happens
    assert go(1, "0201011", {"x": 1}, None) is no_update  # forged values


def test_comparison_bar_figure_is_a_plain_dict_with_polish_separators():
    figure = comparison_bar_figure(["A", "B", "C"], [1.0, None, 3.0], 2.0, "zł", "Tytuł")
    assert figure["layout"]["separators"] == ", "
    assert figure["data"][0]["y"] == ["A", "C"]
    assert figure["layout"]["shapes"][0]["x0"] == 2.0


@pytest.mark.parametrize(
    "path",
    [
        "/porownaj",
        "/porownaj?jst=0201011,0201022&obszar=finanse",
        "/porownaj?jst=<script>&obszar=%00",
        "/jst/0201011?grupa=sasiedzi",
        "/jst/0201011?grupa=xxx&k=-1&wagi=::::",
    ],
)
def test_pages_answer_200(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert b"Traceback" not in response.data


def test_compare_layout_via_dash_renders_without_error(client):
    response = client.post(
        "/_dash-update-component",
        json={
            "output": ".._pages_content.children..._pages_store.data..",
            "outputs": [
                {"id": "_pages_content", "property": "children"},
                {"id": "_pages_store", "property": "data"},
            ],
            "inputs": [
                {"id": "_pages_location", "property": "pathname", "value": "/porownaj"},
                {
                    "id": "_pages_location",
                    "property": "search",
                    "value": "?jst=0201011,0201022&obszar=finanse",
                },
            ],
            "changedPropIds": ["_pages_location.pathname"],
            "state": [],
        },
    )
    assert response.status_code == 200
    assert "Mediana porównywanych" in response.get_data(as_text=True)
