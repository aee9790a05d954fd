"""Names: the /analiza territory picker's options (grouped, unambiguous, Polish order) and the
ranking of the unit search on the real registry."""

import pytest

from analysis.service import territory_options


@pytest.fixture(scope="module")
def gmina_territories(repository) -> list[tuple[str, str]]:
    return [(o["value"], o["label"].children) for o in territory_options("gmina")]


def test_powiaty_with_the_same_name_are_told_apart_by_voivodeship(gmina_territories):
    labels = [label for _, label in gmina_territories]
    assert labels.count("powiat bielski (śląskie)") == 1
    assert labels.count("powiat bielski (podlaskie)") == 1
    assert labels.count("powiat brzeski (opolskie)") == 1
    assert labels.count("powiat brzeski (małopolskie)") == 1
    assert len(set(labels)) == len(labels)


def test_each_voivodeship_is_followed_by_its_powiaty_in_polish_order(gmina_territories):
    codes = [code for code, _ in gmina_territories]
    labels = [label for _, label in gmina_territories]
    assert codes[0] == "PL"
    lodzkie = codes.index("10")
    assert labels[lodzkie] == "woj. łódzkie"
    assert codes[codes.index("12")] == "12"  # małopolskie comes after łódzkie's powiaty
    own = labels[lodzkie + 1 : codes.index("12")]
    assert all(label.endswith("(łódzkie)") for label in own)
    # code-point order put "Łódź" first and "łódzki wschodni" before "łaski" … not Polish
    assert own.index("powiat łaski (łódzkie)") < own.index("powiat łódzki wschodni (łódzkie)")
    assert own.index("powiat łódzki wschodni (łódzkie)") < own.index("Łódź (łódzkie)")
    assert own.index("Łódź (łódzkie)") < own.index("powiat opoczyński (łódzkie)")


def test_powiat_level_offers_voivodeships_only(repository):
    options = territory_options("powiat")
    assert len(options) == 17
    assert options[0]["value"] == "PL"
    # the search text has the letters without diacritics too: "slaskie" finds "śląskie"
    assert "slaskie" in next(o for o in options if o["value"] == "24")["search"]


def test_territory_search_text_has_each_word_once(repository):
    """The picker indexes every substring of every word of ~400 options as the page mounts:
    the plain words are not repeated, only the ones with diacritics get a plain twin."""
    options = {o["value"]: o["search"] for o in territory_options("gmina")}
    assert options["2402"] == "powiat bielski (śląskie) (slaskie)"
    assert options["10"] == "woj. łódzkie lodzkie"


def test_unit_picker_lists_the_chosen_units_then_what_matches(repository):
    from components.unit_picker import picker_options

    options = picker_options("lodz", ["0201011"], ["0202011"])
    assert [o["value"] for o in options[:3]] == ["0201011", "1061", "1061011"]
    assert options[0]["label"].strip() == (
        "Bolesławiec — gmina miejska, pow. bolesławiecki, woj. dolnośląskie, TERYT 0201011"
    )
    assert "lodz" in options[1]["search"]  # the dropdown's own filter keeps what "lodz" found
    # without a query: the chosen units and the pool offered for a swap
    assert [o["value"] for o in picker_options("", ["0201011"], ["0202011", "0201011"])] == [
        "0201011",
        "0202011",
    ]
    # forged values change nothing and break nothing
    assert picker_options(None, "0201011", {"a": 1}) == []
    assert [o["value"] for o in picker_options("", ["x", "9999999", 5, "0201011"], None)] == [
        "0201011"
    ]


def test_the_territory_picker_starts_with_the_voivodeships_and_finds_powiaty_as_typed(
    repository,
):
    """The page offers the whole country, the voivodeships and the chosen powiat; the ~380
    powiaty come from the server as the reader types, matched without diacritics."""
    from analysis.service import territory_choices, territory_matches

    first = [o["value"] for o in territory_choices("gmina", "PL")]
    assert len(first) == 17 and first[0] == "PL" and all(len(v) == 2 for v in first)
    chosen = [o["value"] for o in territory_choices("gmina", "2402")]
    assert chosen[chosen.index("24") + 1] == "2402" and len(chosen) == 18
    found = {o["value"] for o in territory_matches("gmina", "Bielski", "PL")}
    assert found == {"PL", "2003", "2402"}  # the chosen one stays: the picker keeps its value
    silesia = {o["value"] for o in territory_matches("gmina", "SLĄSKIE", "PL")}
    assert {"24", "2402", "2469"} <= silesia and "14" not in silesia  # dolnośląskie too
    assert territory_matches("gmina", "  ", "0201") == territory_choices("gmina", "0201")
