"""i18n with the app: the request's language, CLDR plurals and number formats."""

import pytest

from i18n import NBSP, format_number, format_value, t


def test_counted_nouns_in_english(dash_app):
    from i18n import t_count

    with dash_app.server.test_request_context("/?lang=en"):
        assert t_count("count.services", 1) == "1 service"
        assert t_count("count.services", 3) == "3 services"
        assert t_count("count.indicators", 1234) == "1,234 indicators"


def test_the_language_is_read_once_yet_an_override_still_wins(dash_app):
    from flask import g

    from i18n import LANGUAGE_OVERRIDE, current_language

    with dash_app.server.test_request_context("/?lang=en"):
        assert current_language() == "en" and t("finding.and") == " and "
        setattr(g, LANGUAGE_OVERRIDE, "pl")  # reports and the API fix Polish mid-request
        assert current_language() == "pl" and t("finding.and") == " i "


def test_counted_indicators_follow_cldr_in_both_languages(dash_app):
    from i18n import t_count

    polish = {1: "wskaźnik", 2: "wskaźniki", 5: "wskaźników", 22: "wskaźniki", 112: "wskaźników"}
    polish |= {0: "wskaźników", 13: "wskaźników", 104: "wskaźniki", 1001: "wskaźników"}
    for count, noun in polish.items():
        assert t_count("count.indicators", count) == f"{format_number(count)} {noun}"
    assert t_count("count.indicators", -2) == "−2 wskaźniki"
    assert t_count("pack.summary.improved", 3) == "3 wskaźniki się poprawiły"
    with dash_app.server.test_request_context("/?lang=en"):
        assert t_count("count.indicators", 0) == "0 indicators"
        assert t_count("count.indicators", 1) == "1 indicator"
        assert t_count("count.indicators", 22) == "22 indicators"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_numbers_are_cldr_s_format_with_a_true_minus(dash_app, language):
    from decimal import Decimal

    from babel.numbers import format_decimal

    from i18n import LOCALES

    values = [0, 7, 999, 1000, 1234, -1234.5, 12345.678, 2.675, 0.125, 1e9 + 0.5, -0.001]
    values += [10**15, 987654321, 3.14159, -42]
    with dash_app.server.test_request_context(f"/?lang={language}"):
        for value in values:
            for decimals in (0, 1, 2, 3):
                rounded = f"{value:.{decimals}f}"
                pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
                babel = format_decimal(
                    Decimal(rounded), format=pattern, locale=LOCALES[language]
                ).replace("-", "−")
                if rounded.startswith("-") and not babel.startswith("−"):
                    babel = "−" + babel  # Babel drops the sign of a negative zero
                assert format_number(value, decimals) == babel, (value, decimals)
    assert format_number(2.675, 2) == "2,67"  # the float is 2.67499…, as Python rounds it
    assert format_number(-0.001, 2) == "−0,00"
    assert format_number(1234) == f"1{NBSP}234"  # CLDR's Polish no-break space, four digits too


def test_units_after_a_fraction_and_after_2_to_4(dash_app):
    assert format_value(5.0, 1, "uczniowie") == f"5,0{NBSP}ucznia"
    assert format_value(22, 0, "uczniowie") == f"22{NBSP}uczniów"
    assert format_value(3, 0, "osoby") == f"3{NBSP}osoby"
    assert format_value(-2, 0, "osoby") == f"−2{NBSP}osoby"
    assert format_value(112, 0, "lata") == f"112{NBSP}lat"


def test_a_missing_compiled_catalogue_says_how_to_build_it(monkeypatch, tmp_path):
    import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    with pytest.raises(RuntimeError, match="make translations"):
        i18n.translations.__wrapped__("pl")
