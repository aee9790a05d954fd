"""The English UI: one catalogue with the same keys in both languages, the language chosen per
request (``?lang=`` / cookie), number formatting per language, the switch route, and the switch
in a real browser."""

from __future__ import annotations

import re
from string import Formatter

import pytest

from components.language import return_path, safe_return_path
from i18n import (
    current_language,
    messages,
    t,
)


def placeholders(text: str) -> set[str]:
    """The ``{names}`` that ``str.format`` fills in ``text`` (literal braces, e.g. JSON in a
    help text, are compared as they are)."""
    try:
        return {name for _, name, _, _ in Formatter().parse(text) if name is not None}
    except ValueError:
        return set(re.findall(r"\{[^{}]*\}", text))


def test_both_languages_have_the_same_keys():
    polish, english = set(messages("pl")), set(messages("en"))
    assert not polish - english, f"missing in English: {sorted(polish - english)}"
    assert not english - polish, f"missing in Polish: {sorted(english - polish)}"


def test_both_languages_have_the_same_placeholders():
    differing = {
        key: (placeholders(text), placeholders(messages("en").get(key, "")))
        for key, text in messages("pl").items()
        if placeholders(text) != placeholders(messages("en").get(key, ""))
    }
    assert not differing


def test_english_texts_are_non_empty_strings():
    assert all(isinstance(v, str) and v.strip() for v in messages("en").values())


def test_placeholders_sees_names_and_literal_braces():
    assert placeholders("{count} z {of}") == {"count", "of"}
    assert placeholders("Bez parametrów.") == set()


def test_polish_outside_a_request():
    assert current_language() == "pl"
    assert t("nav.catalogue") == "Katalog usług"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("/uslugi", "/uslugi"),
        ("/jst/1465011?rok=2019&lang=en", "/jst/1465011?rok=2019"),
        ("/?lang=pl", "/"),
        ("https://evil.example/", None),
        ("//evil.example/x", None),
        ("/\\evil.example", None),
        ("javascript:alert(1)", None),
        ("/a\nb", None),
        ("", None),
        (None, None),
        ("/" + "x" * 3000, None),
    ],
)
def test_safe_return_path(raw, expected):
    assert safe_return_path(raw) == expected


def test_return_path_falls_back_to_the_referrer_of_this_site():
    assert return_path(None, "http://localhost/uslugi?q=a", "localhost") == "/uslugi?q=a"
    assert return_path(None, "http://evil.example/uslugi", "localhost") == "/"
    assert return_path("/jst/02", "http://localhost/uslugi", "localhost") == "/jst/02"
    assert return_path(None, None, "localhost") == "/"
