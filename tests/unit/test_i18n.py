import pytest

from i18n import NBSP, format_number, format_value, messages, t


def test_polish_number_format():
    assert format_number(1234567.891, 2) == f"1{NBSP}234{NBSP}567,89"
    assert format_number(-3.5, 1) == "−3,5"
    assert format_number(None) == "–"
    assert format_number(float("nan")) == "–"


def test_value_with_unit():
    assert format_value(12.5, 1, "%") == "12,5%"
    assert format_value(2958.24, 0, "zł") == f"2{NBSP}958{NBSP}zł"


def test_messages_fill_parameters_and_fall_back_to_key():
    assert t("search.none", query="xyz") == "Nie znaleziono jednostki pasującej do „xyz”."
    assert t("no.such.key") == "no.such.key"
    assert all(isinstance(v, str) and v for v in messages("pl").values())


def test_counted_nouns_follow_polish_plural_rules():
    from i18n import t_count

    expected = {
        1: "1 jednostka",
        2: "2 jednostki",
        4: "4 jednostki",
        5: "5 jednostek",
        12: "12 jednostek",
        14: "14 jednostek",
        22: "22 jednostki",
        25: "25 jednostek",
        0: "0 jednostek",
        112: "112 jednostek",
        1002: f"1{NBSP}002 jednostki",
    }
    assert {n: t_count("count.units", n) for n in expected} == expected


def test_population_is_counted_in_persons():
    assert format_value(2868242, 0, "osoby") == f"2{NBSP}868{NBSP}242{NBSP}osoby"
    assert format_value(15359, 0, "osoby") == f"15{NBSP}359{NBSP}osób"
    assert format_value(1, 0, "osoby") == f"1{NBSP}osoba"


@pytest.mark.parametrize(
    ("value", "decimals", "unit", "expected"),
    [
        (124, 0, "uczniowie", "124 uczniów"),
        (1, 0, "uczniowie", "1 uczeń"),
        (12.5, 1, "uczniowie", "12,5 ucznia"),
        (51, 0, "osoby na km²", "51 osób na km²"),
        (22, 0, "osoby na 1000 mieszkańców", "22 osoby na 1000 mieszkańców"),
        (1, 0, "dni", "1 dzień"),
        (5.4, 1, "lata", "5,4 roku"),
        (5.01, 2, "imprezy na 1000 mieszkańców", "5,01 imprezy na 1000 mieszkańców"),
        (958, 0, "zł", "958 zł"),
    ],
)
def test_units_take_the_form_their_number_needs(value, decimals, unit, expected):
    number, _, unit_text = expected.partition(" ")
    assert format_value(value, decimals, unit) == f"{number}{NBSP}{unit_text}"
