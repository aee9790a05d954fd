"""Plain-language findings (issue 16, item 2): the core's categories and comparators
(data_access/findings.py), the Polish and English sentences (components/findings.py), and the
same sentence on the profile (browser) and in the unit report, computed from the repository."""

from __future__ import annotations

import re

import flask
import pytest

from components.findings import finding_sentence
from data_access import findings
from data_access.catalogue_model import Dimension, Indicator, Polarity, Provenance
from data_access.findings import Category
from i18n import NBSP


def indicator(unit: str = "zł", decimals: int = 2, **kw) -> Indicator:
    fields = {
        "id": "wskaznik",
        "service_id": "usluga",
        "name": "Wskaźnik",
        "name_en": "Indicator",
        "dimension": Dimension.QUANTITY,
        "unit": unit,
        "unit_en": {"zł": "PLN"}.get(unit, unit),
        "numerator": "a",
        "numerator_label": "a",
        "denominator": "b",
        "denominator_label": "b",
        "multiplier": 1.0,
        "polarity": Polarity.NEUTRAL,
        "source": "test",
        "provenance": Provenance.REAL,
        "definition": "d",
        "decimals": decimals,
    }
    return Indicator(**{**fields, **kw})


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


# --- the core ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "comparator", "expected"),
    [
        (100.0, 100.0, Category.ABOUT_EQUAL),
        (102.0, 100.0, Category.ABOUT_EQUAL),  # +2 % is still about equal
        (98.0, 100.0, Category.ABOUT_EQUAL),
        (102.1, 100.0, Category.HIGHER),
        (125.0, 100.0, Category.HIGHER),  # +25 % is still "higher"
        (125.1, 100.0, Category.MUCH_HIGHER),
        (97.9, 100.0, Category.LOWER),
        (75.0, 100.0, Category.LOWER),
        (74.9, 100.0, Category.MUCH_LOWER),
        (-5.0, -10.0, Category.HIGHER),  # no ratio of negatives: the sign alone
        (0.0, 3.0, Category.LOWER),  # nor of zero: never "much" without a ratio
    ],
)
def test_categories_follow_the_documented_thresholds(value, comparator, expected):
    assert findings.category(value, comparator) == expected


def test_values_equal_as_shown_are_about_equal():
    assert findings.category(0.071, 0.066) == Category.HIGHER
    assert findings.category(0.071, 0.066, decimals=2) == Category.ABOUT_EQUAL


def test_relative_difference_only_between_positive_values():
    assert findings.relative_difference(109.0, 100.0) == pytest.approx(0.09)
    assert findings.relative_difference(0.0, 100.0) is None
    assert findings.relative_difference(5.0, -1.0) is None


PARENTS = {"powiat": (80.0, "value"), "wojewodztwo": (90.0, "value"), "kraj": (100.0, "value")}


def test_group_median_and_poland_when_a_group_is_in_view():
    found = findings.finding(
        "x", 2024, 109.0, "value", demo=False, parents=PARENTS, group_in_view=True,
        group_kind="podobne", group_median=100.0, group_size=15,
    )  # fmt: skip
    assert [(c.comparator, c.category) for c in found.comparisons] == [
        ("group", Category.HIGHER),
        ("kraj", Category.HIGHER),
    ]
    assert found.comparisons[0].relative == pytest.approx(0.09)
    assert (found.year, found.group_kind, found.group_size) == (2024, "podobne", 15)
    assert not found.demo and not found.suspect


def test_nearest_parent_and_poland_without_a_group():
    found = findings.finding("x", 2024, 100.0, "value", demo=False, parents=PARENTS)
    assert [(c.comparator, c.value) for c in found.comparisons] == [
        ("powiat", 80.0),
        ("kraj", 100.0),
    ]
    assert found.group_kind is None
    # a powiat has no powiat: its voivodeship is the nearest parent
    powiat = {k: v for k, v in PARENTS.items() if k != "powiat"}
    found = findings.finding("x", 2024, 100.0, "value", demo=False, parents=powiat)
    assert [c.comparator for c in found.comparisons] == ["wojewodztwo", "kraj"]


def test_missing_and_suspect_comparators_are_left_out():
    parents = {"powiat": (None, None), "kraj": (100.0, "suspect")}
    assert findings.finding("x", 2024, 100.0, "value", demo=False, parents=parents) is None
    parents = {"powiat": (80.0, "suspect"), "kraj": (100.0, "value")}
    found = findings.finding("x", 2024, 100.0, "value", demo=False, parents=parents)
    assert [c.comparator for c in found.comparisons] == ["kraj"]
    # a group in view without a median: Poland only, and no group behind the sentence
    found = findings.finding(
        "x", 2024, 100.0, "value", demo=False, parents=PARENTS, group_in_view=True,
        group_kind="podobne", group_median=None, group_size=0,
    )  # fmt: skip
    assert [c.comparator for c in found.comparisons] == ["kraj"] and found.group_kind is None


def test_a_total_is_compared_with_its_group_only():
    args = ("x", 2024, 500.0, "value")
    assert findings.finding(*args, demo=False, is_total=True, parents=PARENTS) is None
    found = findings.finding(
        *args, demo=False, is_total=True, parents=PARENTS, group_in_view=True,
        group_kind="podobne", group_median=400.0, group_size=15,
    )  # fmt: skip
    assert [c.comparator for c in found.comparisons] == ["group"]


def test_no_value_no_finding_and_a_suspect_value_is_never_compared():
    assert findings.finding("x", 2024, None, "no_data", demo=False, parents=PARENTS) is None
    assert findings.finding("x", 2024, 0.0, "not_applicable", demo=False, parents=PARENTS) is None
    suspect = findings.finding("x", 2024, 0.0, "suspect", demo=True, parents=PARENTS)
    assert suspect.suspect and suspect.demo and suspect.comparisons == ()


# --- the sentences ----------------------------------------------------------------------------
def sentence(found, ind=None, language="pl", name="Bolesławiec", level="gmina") -> str:
    with flask.Flask(__name__).test_request_context(f"/?lang={language}"):
        return plain(finding_sentence(found, ind or indicator(), name, level))


def group_finding(value, median, kraj, size=15, kind="podobne", **kw):
    return findings.finding(
        "x", 2019, value, kw.pop("status", "value"), demo=kw.pop("demo", False),
        decimals=kw.pop("decimals", 2), parents={"kraj": (kraj, "value")}, group_in_view=True,
        group_kind=kind, group_median=median, group_size=size,
    )  # fmt: skip


def test_polish_sentence_of_the_issue_needs_no_agreement():
    found = group_finding(607.67, 556.20, 608.10)
    assert sentence(found) == (
        "Bolesławiec: 607,67 zł (2019) — o 9% więcej niż mediana 15 podobnych gmin "
        "(556,20 zł) i niemal tyle samo co w Polsce (608,10 zł)."
    )


def test_english_sentence_of_the_issue():
    found = group_finding(607.67, 556.20, 608.10)
    assert sentence(found, language="en") == (
        "Bolesławiec: 607.67 PLN (2019) — 9% higher than the median of 15 similar gminy "
        "(556.20 PLN) and close to the value for Poland (608.10 PLN)."
    )


def test_much_lower_and_times_higher():
    found = group_finding(300.0, 500.0, 120.0)
    assert sentence(found) == (
        "Bolesławiec: 300,00 zł (2019) — znacznie mniej (o 40%) niż mediana 15 podobnych "
        "gmin (500,00 zł) i 2,5-krotnie więcej niż w Polsce (120,00 zł)."
    )
    assert sentence(found, language="en") == (
        "Bolesławiec: 300.00 PLN (2019) — much lower (by 40%) than the median of 15 similar "
        "gminy (500.00 PLN) and 2.5 times the value for Poland (120.00 PLN)."
    )


def test_shares_differ_by_percentage_points():
    share = indicator("%", 1)
    found = group_finding(46.5, 39.6, 48.8, decimals=1)
    assert sentence(found, share) == (
        "Bolesławiec: 46,5% (2019) — o 6,9 pkt proc. więcej niż mediana 15 podobnych gmin "
        "(39,6%) i o 2,3 pkt proc. mniej niż w Polsce (48,8%)."
    )
    assert "6.9 percentage points higher than" in sentence(found, share, "en")


@pytest.mark.parametrize(
    ("value", "words"),
    [(1, "1 osoba"), (3, "3 osoby"), (12, "12 osób"), (22, "22 osoby"), (25, "25 osób")],
)
def test_counted_units_take_their_polish_plural(value, words):
    people = indicator("osoby", 0)
    found = findings.finding(
        "x", 2024, float(value), "value", demo=False, decimals=0,
        parents={"powiat": (float(value), "value")},
    )  # fmt: skip
    assert sentence(found, people) == (
        f"Bolesławiec: {words} (2024) — niemal tyle samo co w powiecie ({words})."
    )


def test_group_kinds_levels_and_a_single_member():
    found = group_finding(100.0, 90.0, 100.0, size=4, kind="sasiedzi")
    assert "o 11% więcej niż mediana 4 sąsiednich powiatów (90,00 zł)" in sentence(
        found, level="powiat"
    )
    found = group_finding(100.0, 90.0, 100.0, size=1, kind="wlasna")
    assert "niż wartość jedynej jednostki grupy (90,00 zł)" in sentence(found)
    assert "than the value of the group's only unit" in sentence(found, language="en")


def test_demonstration_values_say_so():
    found = group_finding(607.67, 556.20, 608.10, demo=True)
    assert sentence(found).startswith("Bolesławiec: 607,67 zł (2019; wartości demonstracyjne) — ")
    assert "(2019; demonstration values)" in sentence(found, language="en")


def test_a_suspect_value_says_why_it_is_not_compared():
    found = group_finding(0.0, 556.20, 608.10, status="suspect")
    text = sentence(found)
    assert text == (
        "Bolesławiec: 0,00 zł (2019) — wartość wątpliwa (nie przeszła kontroli "
        "wiarygodności), więc nie porównujemy jej z innymi."
    )
    assert "więcej" not in text and "mniej" not in text
    assert "suspect value" in sentence(found, language="en")
    # a suspect status without its number still says why there is no comparison
    found = findings.finding("x", 2019, None, "suspect", demo=False, parents=PARENTS)
    assert found.suspect and found.comparisons == ()
    assert sentence(found) == (
        "Bolesławiec (2019): wartość wątpliwa (nie przeszła kontroli wiarygodności), więc nie "
        "porównujemy jej z innymi."
    )


def test_no_wording_says_better_or_worse():
    from i18n import messages

    for language in ("pl", "en"):
        texts = " ".join(v for k, v in messages(language).items() if k.startswith("finding."))
        assert not re.search(r"lepi|gorz|better|worse", texts)


def test_adjective_names_get_their_noun():
    from components.findings import subject_name

    with flask.Flask(__name__).test_request_context("/?lang=pl"):
        assert subject_name("dolnośląskie", "wojewodztwo") == "Województwo dolnośląskie"
        assert subject_name("bolesławiecki", "powiat") == "Powiat bolesławiecki"
        assert subject_name("Warszawa", "powiat", is_city_county=True) == "Warszawa"
        assert subject_name("Bolesławiec", "gmina") == "Bolesławiec"
    with flask.Flask(__name__).test_request_context("/?lang=en"):
        assert subject_name("dolnośląskie", "wojewodztwo") == "Dolnośląskie voivodeship"
