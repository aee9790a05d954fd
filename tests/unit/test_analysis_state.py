"""The /analiza state: URL round trips, migrations, bad parameters, reducer actions."""

import pytest

from analysis.state import (
    Catalogue,
    ViewState,
    migrate,
    parse_state,
    query_params,
    state_from_store,
    to_query,
    toggle_unit,
)

CATALOGUE = Catalogue(
    indicators=frozenset({"dochody-wlasne-na-mieszkanca", "ludnosc"}),
    years={"dochody-wlasne-na-mieszkanca": (2015, 2016, 2024), "ludnosc": (2010, 2024)},
    levels={
        "dochody-wlasne-na-mieszkanca": ("gmina", "powiat", "wojewodztwo"),
        "ludnosc": ("gmina", "powiat", "wojewodztwo"),
    },
    unit_levels={
        "02": "wojewodztwo",
        "0201": "powiat",
        "0201011": "gmina",
        "0201022": "gmina",
        "1465011": "gmina",
    },
)


def roundtrip(state: ViewState) -> ViewState:
    parsed, notes = parse_state(query_params(to_query(state)), CATALOGUE)
    assert notes == []
    return parsed


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(wskaznik="ludnosc", poziom="powiat", rok=2010, teren="02"),
        ViewState(jst=("0201011", "1465011"), klasy="rowne", rok=2016),
        ViewState(teren="0201", jst=("0201022",)),
        ViewState(jst=("0201011",), grupa="sasiedzi"),
    ],
)
def test_state_survives_url_round_trip(state):
    assert roundtrip(state) == state


def test_defaults_give_empty_query_and_only_differences_are_written():
    assert to_query(ViewState()) == ""
    assert to_query(ViewState(rok=2016)) == "?rok=2016"
    assert to_query(ViewState(jst=("0201011",))) == "?jst=0201011"


def test_old_parameter_names_keep_working():
    params = {"indicator": "ludnosc", "year": "2010", "units": "0201011"}
    state, notes = parse_state(params, CATALOGUE)
    assert (state.wskaznik, state.rok, state.jst) == ("ludnosc", 2010, ("0201011",))
    assert notes == []
    assert migrate({"year": "2010", "rok": "2024"}) == {"rok": "2024"}


@pytest.mark.parametrize(
    "params, field, expected",
    [
        ({"wskaznik": "nie-ma"}, "wskaznik", "dochody-wlasne-na-mieszkanca"),
        ({"poziom": "kosmos"}, "poziom", "gmina"),
        ({"rok": "1800"}, "rok", None),
        ({"rok": "abc"}, "rok", None),
        ({"rok": "²⁰¹⁰"}, "rok", None),  # digits to str.isdigit(), not to int()
        ({"rok": "9" * 5000}, "rok", None),
        ({"teren": "99"}, "teren", ""),
        ({"teren": "0201", "poziom": "powiat"}, "teren", ""),  # a powiat cannot frame powiaty
        ({"jst": "0201011,9999999,<script>"}, "jst", ("0201011",)),
        ({"jst": "0201,0201011", "poziom": "powiat"}, "jst", ("0201",)),
        ({"klasy": "dziwne"}, "klasy", "kwantyle"),
        ({"grupa": "wrogowie"}, "grupa", ""),
    ],
)
def test_bad_parameters_fall_back_with_a_polish_note(params, field, expected):
    state, notes = parse_state(params, CATALOGUE)
    assert getattr(state, field) == expected
    if field != "klasy":
        assert notes and all(isinstance(n, str) for n in notes)


def test_oversized_and_garbage_queries_do_not_fail():
    state, _ = parse_state({"jst": "0201011," * 5000, "x": "y" * 10_000}, CATALOGUE)
    assert state.jst == ("0201011",)
    assert parse_state(query_params("?%%%&&==&rok"), CATALOGUE)[0] == ViewState()


def test_toggle_unit_selects_and_unselects():
    state = toggle_unit(ViewState(), "0201011")
    assert state.jst == ("0201011",)
    assert toggle_unit(state, "0201011").jst == ()


@pytest.mark.parametrize(
    "state",
    [
        ViewState(),
        ViewState(wskaznik="ludnosc", poziom="powiat", rok=2010, teren="02"),
        ViewState(teren="0201", jst=("0201022", "0201011"), klasy="rowne", grupa="sasiedzi"),
    ],
)
def test_a_stored_state_reads_back_unchanged(state):
    assert state_from_store(state.to_dict(), CATALOGUE) == state


@pytest.mark.parametrize(
    "data",
    [
        None,
        7,
        "ludnosc",
        ["ludnosc"],
        {"wskaznik": "nieznany", "poziom": "kraj", "teren": "99", "grupa": "wrogowie"},
        {"wskaznik": ["ludnosc"], "poziom": {"a": 1}, "rok": True, "jst": [1, {}], "klasy": 3},
        {"jst": "0201011,1465011", "rok": "2016", "teren": "x" * 100_000},
    ],
)
def test_a_forged_store_gives_a_valid_state(data):
    """The browser sends the store back; whatever it sends, the state is one the catalogue
    knows (the issue's ``None`` attribute error came from an unknown indicator here)."""
    state = state_from_store(data, CATALOGUE)
    assert state.wskaznik in CATALOGUE.indicators
    assert state.poziom in ("gmina", "powiat", "wojewodztwo")
    assert state.teren in ("", "02", "0201")
    assert all(CATALOGUE.unit_levels[c] == state.poziom for c in state.jst)
    assert state.rok is None or state.rok in CATALOGUE.years[state.wskaznik]


def test_a_store_keeps_what_is_valid_and_drops_the_rest():
    data = {"wskaznik": "ludnosc", "rok": 2010, "jst": ["0201011", "9999999"], "teren": 7}
    assert state_from_store(data, CATALOGUE) == ViewState(
        wskaznik="ludnosc", rok=2010, jst=("0201011",)
    )


@pytest.mark.parametrize("classes", ["kwantyle", "rowne", "logarytmiczne", "przyciete"])
def test_every_class_method_is_a_shareable_state(classes):
    state, notes = parse_state({"klasy": classes}, CATALOGUE)
    assert state.klasy == classes and not notes
    assert parse_state(query_params(to_query(state)), CATALOGUE)[0] == state


def test_old_class_links_keep_their_classes():
    assert parse_state({"classes": "rowne"}, CATALOGUE)[0].klasy == "rowne"
    assert parse_state({"klasy": "nieznane"}, CATALOGUE)[0].klasy == "kwantyle"
