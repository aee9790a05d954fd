"""No Polish interface text in the English UI: unit kinds, "woj."/"pow." places, size classes,
notes, the grid's texts, the method's formula and the accessibility statement are translated at
display time, while the data (unit names, the stored kinds, export columns) stay Polish."""

from __future__ import annotations

import json

import plotly
import polars as pl
import pytest

from data_access import peers
from data_access.units import CITY_COUNTY_AS_GMINA, CITY_COUNTY_AS_POWIAT, GMINA_TYPE_NAMES
from i18n import KIND_KEYS, localized_kind, localized_size_class, unit_place

# Polish interface words that the English UI must never show. Each one must also occur in the
# Polish rendering of the same pages (checked below), so the list cannot go stale silently.
POLISH_WORDS = (
    "gmina miejska",
    "gmina wiejska",
    "gmina miejsko-wiejska",
    "miasto na prawach powiatu",
    "województwo",
    "woj. ",
    "pow. ",
    "tys.",
    "i więcej",
    "średnia",
    "zgodność",
    "pokazano",
    "Wierszy na stronie",
    "Następna",
    "Porównywane jednostki",
    "Deklarację sporządzono",
    "Interfejs",
    "kolumn",
)
# Data that stays Polish in both languages: unit names must still be there.
UNIT_NAMES = ("Bolesławiec", "dolnośląskie", "bolesławiecki")
TEXT_PROPS = ("title", "alt", "placeholder", "aria-label", "label", "summary")


def visible_texts(node: object) -> list[str]:
    """The texts a Dash layout shows (children, labels, titles, options, the grid's texts),
    not ids, class names or addresses."""
    found: list[str] = []
    if isinstance(node, list):
        for item in node:
            found += visible_texts(item)
    elif isinstance(node, str):
        found.append(node)
    elif isinstance(node, dict) and "props" in node and "type" in node:
        props = node["props"]
        found += visible_texts(props.get("children"))
        found += [props[p] for p in TEXT_PROPS if isinstance(props.get(p), str)]
        for option in props.get("options") or []:
            if isinstance(option, dict):
                found += visible_texts(option.get("label"))
        grid_options = props.get("dashGridOptions") or {}
        found += [v for v in (grid_options.get("localeText") or {}).values() if len(v) > 1]
    return found


def page_text(component) -> str:
    plain = json.loads(json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder))
    return "\n".join(visible_texts(plain))


def rendered_pages(dash_app, repository, language: str) -> dict[str, str]:
    """The visible text of the key pages in ``language``."""
    from analysis.service import territory_options, view_context, view_title
    from analysis.state import ViewState
    from components.comparison import method_section
    from components.search import results_list
    from pages import about_data, accessibility, analiza, compare, profile

    headers = {"Cookie": f"lang={language}"}
    with dash_app.server.test_request_context("/", headers=headers):
        state = ViewState(teren="02", poziom="gmina")
        context = view_context(repository, state)
        return {
            "search": page_text(results_list("boleslawiec")) + page_text(results_list("wroclaw")),
            "profile": page_text(profile.layout(teryt="0201022", grupa="podobne")),
            "profile_admin": page_text(profile.layout(teryt="0201022", grupa="administracyjna")),
            "profile_city": page_text(profile.layout(teryt="0264011")),
            "method": page_text(method_section()),
            "compare": page_text(compare.layout(jst="0201011,0201022,0201")),
            "analiza": page_text(analiza.layout(teren="02", rok="1900", grupa="xx")),
            "analiza_texts": page_text([o["label"] for o in territory_options("gmina")])
            + "\n"
            + view_title(repository, state, context),
            "accessibility": page_text(accessibility.layout()),
            "data": page_text(about_data.layout()),
        }


@pytest.fixture(scope="module")
def english(dash_app, repository) -> dict[str, str]:
    return rendered_pages(dash_app, repository, "en")


@pytest.fixture(scope="module")
def polish(dash_app, repository) -> dict[str, str]:
    return rendered_pages(dash_app, repository, "pl")


def test_every_polish_word_checked_occurs_in_the_polish_pages(polish):
    everything = "\n".join(polish.values())
    assert [w for w in POLISH_WORDS if w not in everything] == []


def test_english_pages_show_no_polish_interface_words(english):
    leaks = {
        (page, word) for page, text in english.items() for word in POLISH_WORDS if word in text
    }
    assert not leaks


def test_english_pages_still_show_the_polish_unit_names(english):
    for page in ("search", "profile", "compare", "analiza_texts"):
        assert any(name in english[page] for name in UNIT_NAMES), page
    assert "Bolesławiec (urban gmina)" in english["compare"]
    assert "Bolesławiec (rural gmina)" in english["compare"]
    assert "bolesławiecki powiat, dolnośląskie voivodeship" in english["search"]
    assert "dolnośląskie voivodeship" in english["analiza_texts"]


def test_every_stored_kind_has_a_display_key(repository):
    kinds = set(repository.units["kind"].unique().to_list())
    expected = {
        *GMINA_TYPE_NAMES.values(),
        CITY_COUNTY_AS_GMINA,
        CITY_COUNTY_AS_POWIAT,
        "powiat",
        "województwo",
        "kraj",
    }
    assert kinds <= expected == set(KIND_KEYS)


def test_localized_kind_keeps_polish_and_translates_to_english(dash_app):
    assert all(localized_kind(kind) == kind for kind in KIND_KEYS)
    assert localized_kind("coś innego") == "coś innego"
    with dash_app.server.test_request_context("/?lang=en"):
        assert localized_kind("gmina miejsko-wiejska") == "urban-rural gmina"
        assert localized_kind(CITY_COUNTY_AS_POWIAT) == "powiat – city with powiat status"
        assert localized_kind("województwo") == "voivodeship"
        english = [localized_kind(kind) for kind in KIND_KEYS]
    assert all("ó" not in text and "miejsk" not in text for text in english)


def test_unit_place_and_size_classes_follow_the_language(dash_app):
    assert unit_place("bolesławiecki", "dolnośląskie") == "pow. bolesławiecki, woj. dolnośląskie"
    assert unit_place(woj="mazowieckie") == "woj. mazowieckie"
    assert unit_place() == ""
    assert localized_size_class("do 5 tys.") == "do 5 tys."
    labels = [label for rows in peers.SIZE_CLASSES.values() for _, label in rows]
    with dash_app.server.test_request_context("/?lang=en"):
        assert unit_place("bolesławiecki", "dolnośląskie") == (
            "bolesławiecki powiat, dolnośląskie voivodeship"
        )
        assert localized_size_class("2,5 mln i więcej") == "2.5 million and more"
        english = [localized_size_class(label) for label in labels]
    assert all("tys." not in e and "mln" not in e and "do " not in e for e in english)
    assert localized_size_class(None) == ""


def test_exports_keep_polish_columns_in_the_english_ui(dash_app, repository):
    """The files are a data contract: Polish column names and labels in both languages."""
    from analysis.service import export_view
    from analysis.state import ViewState

    with dash_app.server.test_request_context("/?lang=en"):
        content, name = export_view(repository, ViewState(teren="0201"), "csv", None)
    header = content.decode("utf-8").splitlines()[0]
    assert header.startswith("kod_teryt,nazwa,rodzaj,wskaznik,rok,wartosc")
    frame = pl.read_csv(content)
    assert set(frame["rodzaj"]) <= set(KIND_KEYS)
    assert name.endswith(".csv")
