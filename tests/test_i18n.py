from i18n import MESSAGES, NBSP, format_number, format_value, t


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
    assert all(isinstance(v, str) and v for v in MESSAGES["pl"].values())
