"""The interface messages and the helpers that put numbers, counted nouns and dates into
words, per language (Polish first, English second).

The texts live in gettext catalogues, ``translations/<lang>/LC_MESSAGES/messages.po`` (msgid = the
message key, e.g. ``"analiza.territory"``; counted nouns are plural entries), compiled by
``make translations`` into the ``messages.mo`` read here through ``babel.support.Translations``.
Plural forms follow CLDR's rules (the catalogues' ``Plural-Forms``; ``babel`` for the units of
measure) and numbers CLDR's symbols (Polish: decimal comma, no-break space between thousands;
English: decimal point, comma between thousands), with a true minus sign in both.

The language is chosen per request (``?lang=`` on the URL, else the ``lang`` cookie set by the
switch at ``/jezyk/<code>``); outside a request, and by default, it is Polish."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path

from babel import Locale
from babel.messages.mofile import read_mo
from babel.numbers import get_decimal_symbol, get_group_symbol
from babel.support import Translations
from flask import g, has_request_context, request

from data_access.catalogue_en import formula_in, text_in
from i18n_en import SIZE_CLASSES_EN, UNITS_EN

DEFAULT_LANGUAGE = "pl"
LANGUAGES: tuple[str, ...] = ("pl", "en")
LANG_COOKIE = "lang"
LANG_PARAM = "lang"
# ``flask.g`` attribute fixing the language of one request (reports and the API stay Polish).
LANGUAGE_OVERRIDE = "language_override"
LANGUAGE_OF_REQUEST = "language_of_request"  # ``flask.g``: the language read from the request
NBSP = "\u00a0"
MINUS = "\u2212"  # a true minus sign, not CLDR's hyphen-minus
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
MESSAGES_DOMAIN = "messages"
# The CLDR locale of each interface language (plural rules, number symbols).
LOCALES: dict[str, str] = {"pl": "pl_PL", "en": "en"}


def pick_language(query: object = None, cookie: object = None) -> str:
    """The language asked for by the URL's ``?lang=``, else the cookie, else Polish; unknown
    values are ignored."""
    for candidate in (query, cookie):
        if isinstance(candidate, str) and candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of the current request (Polish outside a request)."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    forced = g.get(LANGUAGE_OVERRIDE)
    if forced in LANGUAGES:
        return forced
    # Read once per request: a page formats thousands of texts and numbers (a profile's
    # findings alone call this ~10,000 times), and the URL and cookies do not change.
    chosen = g.get(LANGUAGE_OF_REQUEST)
    if chosen is None:
        chosen = pick_language(request.args.get(LANG_PARAM), request.cookies.get(LANG_COOKIE))
        setattr(g, LANGUAGE_OF_REQUEST, chosen)
    return chosen


@cache
def translations(language: str) -> Translations:
    """The compiled catalogue of ``language``; a key missing in English falls back to Polish."""
    loaded = Translations.load(TRANSLATIONS_DIR, [language], MESSAGES_DOMAIN)
    if not isinstance(loaded, Translations):
        raise RuntimeError(
            f"No compiled messages for {language!r} in {TRANSLATIONS_DIR}: run `make translations`."
        )
    if language != DEFAULT_LANGUAGE:
        loaded.add_fallback(translations(DEFAULT_LANGUAGE))
    return loaded


@cache
def messages(language: str) -> dict[str, str]:
    """The texts of ``language``'s compiled catalogue by key (counted nouns left out), in key
    order: for code that looks texts up in bulk (page titles, tests)."""
    path = TRANSLATIONS_DIR / language / "LC_MESSAGES" / f"{MESSAGES_DOMAIN}.mo"
    with path.open("rb") as compiled:
        catalog = read_mo(compiled)
    return {m.id: m.string for m in catalog if m.id and isinstance(m.id, str)}


def has_message(key: str) -> bool:
    """Whether the (Polish) catalogue has a text for ``key``."""
    return key in messages(DEFAULT_LANGUAGE)


def t(key: str, **params: object) -> str:
    """The text for ``key`` in the current language, with ``{params}`` filled in; an unknown
    key is returned as it is."""
    return t_in(current_language(), key, **params)


def t_in(language: str, key: str, **params: object) -> str:
    """The text for ``key`` in ``language`` (for texts stored in both languages)."""
    text = translations(language).gettext(key)
    return text.format(**params) if params else text


def t_count(key: str, count: int, **params: object) -> str:
    """A counted noun in the current language, in the plural form its number needs (CLDR:
    1 wskaźnik, 2–4 and 22 wskaźniki, 0, 5–21 and 112 wskaźników; 1 indicator, 2 indicators),
    e.g. ``t_count("count.units", 3)`` → ``"3 jednostki"``; ``{count}`` is the number
    formatted, other ``{params}`` are filled in too."""
    text = translations(current_language()).ngettext(key, key, abs(int(count)))
    return text.format(count=format_number(count), **params)


def lazy_t(key: str):
    """A callable giving ``t(key)`` when called (for Dash page titles, evaluated per request)."""

    def text(**_: object) -> str:
        return t(key)

    return text


def localized_name(obj: object) -> str:
    """``obj.name_en`` in English when the object has one (catalogue areas, services,
    indicators), else ``obj.name``."""
    if current_language() == "en":
        english = getattr(obj, "name_en", "")
        if english:
            return english
    return getattr(obj, "name", "")


def localized_text(obj: object, field: str) -> str:
    """A catalogue text (``obj.field`` of an area, a service or an indicator; ``"formula"``
    too) in the current language (``data_access.catalogue_en.text_in``)."""
    return text_in(obj, field, current_language())  # type: ignore[arg-type]


def localized_formula(indicator: object) -> str:
    """An indicator's formula in the current language."""
    return formula_in(indicator, current_language())  # type: ignore[arg-type]


def localized_unit(unit: str) -> str:
    """A unit of measure in the current language (``"zł"`` → ``"PLN"`` in English)."""
    if current_language() != "en":
        return unit
    return UNITS_EN.get(unit) or _catalogue_units_en().get(unit, unit)


@cache
def _catalogue_units_en() -> dict[str, str]:
    """Polish → English units of the indicator catalogue (``unit`` and ``unit_en``)."""
    from data_access.catalogue import all_indicators

    return {i.unit: i.unit_en for i in all_indicators() if i.unit_en}


# The kinds of units as the registry stores them (``data_access.units``) → their catalogue key.
KIND_KEYS: dict[str, str] = {
    "gmina miejska": "kind.gmina_miejska",
    "gmina wiejska": "kind.gmina_wiejska",
    "gmina miejsko-wiejska": "kind.gmina_miejsko_wiejska",
    "gmina miejska – miasto na prawach powiatu": "kind.miasto_gmina",
    "powiat – miasto na prawach powiatu": "kind.miasto_powiat",
    "powiat": "kind.powiat",
    "województwo": "kind.wojewodztwo",
    "kraj": "kind.kraj",
}


def localized_kind(kind: str) -> str:
    """The kind of a unit as stored (Polish, e.g. ``"gmina wiejska"``) in the current language
    (``"rural gmina"`` in English); an unknown kind is returned as it is."""
    key = KIND_KEYS.get(kind)
    return t(key) if key else kind


def localized_size_class(label: str | None) -> str:
    """A population size class label of comparison groups (Polish, e.g. ``"do 5 tys."``) in
    the current language (``"under 5,000"`` in English)."""
    if not label:
        return ""
    return SIZE_CLASSES_EN.get(label, label) if current_language() == "en" else label


def unit_place(powiat: str | None = None, woj: str | None = None) -> str:
    """Where a unit lies, short: ``"pow. bolesławiecki, woj. dolnośląskie"`` (in English
    ``"bolesławiecki powiat, dolnośląskie voivodeship"``); missing parts are left out."""
    parts = []
    if powiat:
        parts.append(t("unit.powiat_short", name=powiat))
    if woj:
        parts.append(t("unit.woj_short", name=woj))
    return ", ".join(parts)


@cache
def _number_symbols(language: str) -> dict[int, str]:
    """``str.translate`` table from Python's ``1,234.5`` to CLDR's symbols of ``language``
    (Babel's data), with a true minus sign. Both languages group by thousands (CLDR's
    ``#,##0.###``), which Python's ``,`` does; tests/test_i18n.py checks the result against
    ``babel.numbers.format_decimal``."""
    locale = LOCALES[language]
    grouping = Locale.parse(locale).decimal_formats[None].grouping
    if grouping != (3, 3):  # a language grouping otherwise (e.g. Indian lakhs) needs Babel's own
        raise ValueError(f"{locale} groups digits by {grouping}, not by thousands")
    return str.maketrans(
        {",": get_group_symbol(locale), ".": get_decimal_symbol(locale), "-": MINUS}
    )


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """A number in the current language: Polish ``1234567.891`` → ``"1 234 567,89"``
    (no-break space), English → ``"1,234,567.89"``; rounded half to even on the float's value
    as Python rounds; ``"–"`` for no value."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    return f"{value:,.{decimals}f}".translate(_number_symbols(current_language()))


def format_date(day: dt.date) -> str:
    """A date in words: Polish ``"4 grudnia 2026"``, English ``"4 December 2026"``; a time
    (a ``datetime``) follows after a comma: ``"4 grudnia 2026, 12:05"``."""
    parts = {"day": day.day, "month": t(f"date.month.{day.month}"), "year": day.year}
    if isinstance(day, dt.datetime):
        return t("date.day_time", **parts, time=day.strftime("%H:%M"))
    return t("date.day", **parts)


def format_years(years: Iterable[int]) -> str:
    """Years as ranges with an en dash, the same in both languages: ``"2010–2014, 2016"``."""
    ranges: list[list[int]] = []
    for year in sorted(set(years)):
        if ranges and year == ranges[-1][1] + 1:
            ranges[-1][1] = year
        else:
            ranges.append([year, year])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in ranges)


def format_duration(seconds: float) -> str:
    """A duration rounded to whole seconds: ``"1 d 14 h 6 min"``, ``"2 h 5 min"``,
    ``"3 min 20 s"``, ``"45 s"``."""
    total = max(round(seconds), 0)
    days, rest = divmod(total, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return t("duration.days", days=format_number(days), hours=hours, minutes=minutes)
    if hours:
        return t("duration.hours", hours=format_number(hours), minutes=minutes)
    if minutes:
        return t("duration.minutes", minutes=minutes, seconds=secs)
    return t("duration.seconds", seconds=secs)


# Units of measure are written in the catalogue as their head noun in the nominative plural
# ("uczniowie", "osoby na 1000 mieszkańców"); after a number Polish needs another form: after
# 1, after 2–4, after 5+ (and 0, 12–14) and after a fraction ("2,5 ucznia").
UNIT_NOUN_FORMS: dict[str, tuple[str, str, str, str]] = {
    "osoby": ("osoba", "osoby", "osób", "osoby"),
    # masculine-personal: "2 uczniów" (dwóch uczniów), as after 5+
    "uczniowie": ("uczeń", "uczniów", "uczniów", "ucznia"),
    "godziny": ("godzina", "godziny", "godzin", "godziny"),
    "woluminy": ("wolumin", "woluminy", "woluminów", "woluminu"),
    "dni": ("dzień", "dni", "dni", "dnia"),
    "mieszkania": ("mieszkanie", "mieszkania", "mieszkań", "mieszkania"),
    "podmioty": ("podmiot", "podmioty", "podmiotów", "podmiotu"),
    "miejsca": ("miejsce", "miejsca", "miejsc", "miejsca"),
    "imprezy": ("impreza", "imprezy", "imprez", "imprezy"),
    "decyzje": ("decyzja", "decyzje", "decyzji", "decyzji"),
    "lata": ("rok", "lata", "lat", "roku"),
    "miesiące": ("miesiąc", "miesiące", "miesięcy", "miesiąca"),
    "dzieci": ("dziecko", "dzieci", "dzieci", "dziecka"),
    "etaty": ("etat", "etaty", "etatów", "etatu"),
    "obiekty": ("obiekt", "obiekty", "obiektów", "obiektu"),
    "wypadki": ("wypadek", "wypadki", "wypadków", "wypadku"),
    "awarie": ("awaria", "awarie", "awarii", "awarii"),
    "sztuki": ("sztuka", "sztuki", "sztuk", "sztuki"),
    "gospodarstwa": ("gospodarstwo", "gospodarstwa", "gospodarstw", "gospodarstwa"),
    "dokumenty": ("dokument", "dokumenty", "dokumentów", "dokumentu"),
    "wnioski": ("wniosek", "wnioski", "wniosków", "wniosku"),
    "zgłoszenia": ("zgłoszenie", "zgłoszenia", "zgłoszeń", "zgłoszenia"),
}
# CLDR's plural categories of Polish: "other" is the form after a fraction.
PLURAL_INDEX = {"one": 0, "few": 1, "many": 2, "other": 3}


@lru_cache(maxsize=4096)
def _polish_plural_category(number: str) -> str:
    """CLDR's Polish plural category of a number as written (``"2"`` few, ``"5"`` many,
    ``"2.0"`` and ``"2.5"`` other: shown digits after the point make it a fraction)."""
    return _polish_plural_form()(Decimal(number))


@lru_cache(maxsize=1)
def _polish_plural_form():
    """CLDR's Polish plural rule (parsing the locale costs more than the lookup)."""
    return Locale.parse(LOCALES["pl"]).plural_form


def unit_after_number(unit: str, value: float, decimals: int) -> str:
    """The Polish unit of measure in the form its number needs: ``"1 uczeń"``,
    ``"124 uczniów"``, ``"22 osoby"``, ``"12,5 ucznia"``, ``"51 osób na km²"``; other units as
    they are."""
    head, _, rest = unit.partition(" ")
    forms = UNIT_NOUN_FORMS.get(head)
    if forms is None:
        return unit
    category = _polish_plural_category(f"{abs(value):.{max(decimals, 0)}f}")
    return f"{forms[PLURAL_INDEX[category]]} {rest}".rstrip()


def format_value(value: float | None, decimals: int, unit: str) -> str:
    """A value with its unit of measure, e.g. ``"2 958 zł"``, ``"12,5%"``, ``"124 uczniów"``
    (in English ``"2,958 PLN"``, ``"12.5%"``, ``"124 pupils"``)."""
    if value is None:
        return "–"
    number = format_number(value, decimals)
    if unit == "%":
        return f"{number}%"
    if current_language() == "en":
        return f"{number}{NBSP}{localized_unit(unit)}"
    return f"{number}{NBSP}{unit_after_number(unit, value, decimals)}"
