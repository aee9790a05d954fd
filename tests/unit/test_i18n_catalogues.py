"""The gettext catalogues of the interface messages (translations/<lang>/LC_MESSAGES/): the two
languages hold the same keys, counted nouns carry the forms of the language's CLDR plural rules,
and the compiled messages.mo the app reads is what Babel compiles from the messages.po in the
repository (`make translations`)."""

from __future__ import annotations

import io
from string import Formatter

import pytest
from babel.messages.mofile import write_mo
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from i18n import LANGUAGES, MESSAGES_DOMAIN, TRANSLATIONS_DIR


def po_path(language: str):
    return TRANSLATIONS_DIR / language / "LC_MESSAGES" / f"{MESSAGES_DOMAIN}.po"


def catalogue(language: str):
    with po_path(language).open("rb") as source:
        return read_po(source, locale=language, domain=MESSAGES_DOMAIN)


def entries(language: str) -> dict[str, str | tuple[str, ...]]:
    """msgid → text (a tuple of forms for a counted noun), header left out."""
    out: dict[str, str | tuple[str, ...]] = {}
    for message in catalogue(language):
        if not message.id:
            continue
        key = message.id[0] if message.pluralizable else message.id
        out[key] = tuple(message.string) if message.pluralizable else message.string
    return out


def names(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogue_is_the_one_babel_compiles_from_the_po_file(language):
    compiled = io.BytesIO()
    write_mo(compiled, catalogue(language))
    mo = po_path(language).with_suffix(".mo")
    assert mo.is_file(), "run `make translations`"
    assert mo.read_bytes() == compiled.getvalue(), "stale messages.mo: run `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_plural_forms_are_cldr_s(language):
    catalog = catalogue(language)
    assert catalog.plural_forms == get_plural(language).plural_forms
    assert not catalog.fuzzy  # pybabel compile would skip a fuzzy catalogue


def test_both_languages_have_the_same_keys_and_kinds_of_entry():
    polish, english = entries("pl"), entries("en")
    assert set(polish) == set(english)
    plural = {key for key, text in polish.items() if isinstance(text, tuple)}
    assert plural == {key for key, text in english.items() if isinstance(text, tuple)}
    assert len(plural) >= 10


def test_every_text_and_every_form_is_filled_with_the_same_placeholders():
    polish, english = entries("pl"), entries("en")
    counts = {"pl": get_plural("pl").num_plurals, "en": get_plural("en").num_plurals}
    assert counts == {"pl": 3, "en": 2}
    differing = {}
    for key, text in polish.items():
        forms = text if isinstance(text, tuple) else (text,)
        other = english[key] if isinstance(english[key], tuple) else (english[key],)
        if isinstance(text, tuple):
            assert len(forms) == counts["pl"] and len(other) == counts["en"], key
            assert all("{count}" in form for form in forms + other), key
        assert all(form.strip() for form in forms + other), key
        if {frozenset(names(f)) for f in forms + other} != {frozenset(names(forms[0]))}:
            differing[key] = (forms, other)
    assert differing == {}
