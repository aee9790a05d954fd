from i18n import t


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
