"""All user-facing text in one catalogue (Polish first; English can follow), and the
helpers that format numbers the Polish way (decimal comma, space as thousands separator)."""

from __future__ import annotations

import math

LANGUAGE = "pl"
NBSP = "\u00a0"

MESSAGES: dict[str, dict[str, str]] = {
    "pl": {
        "app.title": "Monitoring usług publicznych JST",
        "app.tagline": "Otwarty system monitorowania usług publicznych gmin, powiatów i województw",
        "app.skip": "Przejdź do treści",
        "nav.home": "Strona główna",
        "nav.catalogue": "Katalog usług",
        "nav.about": "O danych",
        "footer.source": "Źródło danych rzeczywistych: GUS, Bank Danych Lokalnych. Granice: "
        "PRG/GUGiK (stan 2019). Wartości oznaczone jako demonstracyjne są "
        "wygenerowane i nie są danymi rzeczywistymi.",
        "search.label": "Znajdź gminę, powiat lub województwo",
        "search.placeholder": "np. Łódź, Bolesławiec, 1465011",
        "search.help": "Wpisz nazwę (polskie znaki nie są wymagane) albo kod TERYT. "
        "Enter otwiera pierwszy wynik.",
        "search.none": "Nie znaleziono jednostki pasującej do „{query}”.",
        "search.results": "Wyniki wyszukiwania: {count}",
        "search.too_long": "Zapytanie jest za długie (maksymalnie {max} znaków).",
        "home.areas": "Obszary usług publicznych",
        "home.intro": "Sprawdź, jak Twoja gmina, powiat lub województwo realizuje usługi "
        "publiczne, i porównaj je z powiatem, województwem i Polską.",
        "home.indicators_count": "{count} wskaźników",
        "demo.badge": "dane demonstracyjne",
        "demo.explain": "Wartości demonstracyjne są wygenerowane deterministycznie na podstawie "
        "rzeczywistego kontekstu (ludność, gęstość, typ gminy). Nie są danymi "
        "rzeczywistymi i służą tylko do pokazania działania systemu.",
        "demo.area_notice": "Ten obszar nie ma jeszcze danych rzeczywistych: wszystkie "
        "wartości są demonstracyjne.",
        "real.badge": "dane GUS",
        "status.no_data": "brak danych",
        "status.not_applicable": "nie dotyczy",
        "status.confidential": "tajemnica statystyczna",
        "profile.population": "Ludność",
        "profile.area": "Powierzchnia",
        "profile.in_powiat": "powiat",
        "profile.in_woj": "województwo",
        "profile.former_codes": "Wcześniejsze kody TERYT: {codes}",
        "profile.new_unit": "Jednostka utworzona 1 stycznia 2025 r.: udostępnione dane "
        "obejmują lata do 2024, więc nie ma jeszcze dla niej wartości.",
        "profile.col.indicator": "Wskaźnik",
        "profile.col.value": "Wartość",
        "profile.col.trend": "Trend",
        "profile.col.powiat": "Powiat",
        "profile.col.woj": "Województwo",
        "profile.col.poland": "Polska",
        "profile.col.rank": "Pozycja",
        "profile.rank": "{rank} z {of}",
        "profile.rank_help": "Pozycja wśród wszystkich jednostek tego szczebla w danym roku; "
        "1 = najlepsza wartość (dla wskaźników neutralnych: najwyższa).",
        "profile.rank_neutral": "od najwyższej",
        "profile.locator": "Położenie: {name} na tle województwa {woj}",
        "profile.contents": "Spis obszarów",
        "profile.year": "rok {year}",
        "profile.trend_alt": "Trend {name}: {first} ({first_year}) → {last} ({last_year})",
        "profile.no_trend": "za mało danych",
        "profile.dimension": "wymiar: {dimension}",
        "profile.aggregate_note": "Dla powiatu, województwa i Polski wartości liczone są jako "
        "suma licznika przez sumę mianownika po gminach.",
        "dimension.ilosc": "ilość",
        "dimension.jakosc": "jakość",
        "dimension.dostepnosc": "dostępność",
        "dimension.efektywnosc": "efektywność",
        "dimension.kontekst": "kontekst",
        "polarity.wyzej_lepiej": "wyższa wartość jest lepsza",
        "polarity.nizej_lepiej": "niższa wartość jest lepsza",
        "polarity.neutralny": "neutralny (bez oceny: wyższa wartość nie znaczy lepsza)",
        "level.kraj": "kraj",
        "level.wojewodztwo": "województwo",
        "level.powiat": "powiat",
        "level.gmina": "gmina",
        "level.plural.wojewodztwo": "województwa",
        "level.plural.powiat": "powiaty",
        "level.plural.gmina": "gminy",
        "catalogue.title": "Katalog usług i wskaźników",
        "catalogue.filter": "Filtruj usługi i wskaźniki",
        "catalogue.filter_placeholder": "np. biblioteki, podatek, odpady",
        "catalogue.count": "Pokazano {services} usług i {indicators} wskaźników",
        "catalogue.empty": "Żadna usługa ani wskaźnik nie pasuje do „{query}”.",
        "service.indicators": "Wskaźniki usługi",
        "service.area": "Obszar: {area}",
        "indicator.meta.id": "Identyfikator",
        "indicator.meta.area": "Obszar",
        "indicator.meta.service": "Usługa",
        "indicator.meta.dimension": "Wymiar",
        "indicator.meta.unit": "Jednostka miary",
        "indicator.meta.formula": "Formuła",
        "indicator.meta.numerator": "Licznik",
        "indicator.meta.denominator": "Mianownik",
        "indicator.meta.polarity": "Kierunek",
        "indicator.meta.source": "Źródło",
        "indicator.meta.levels": "Dostępne szczeble",
        "indicator.meta.years": "Dostępne lata",
        "indicator.meta.caveats": "Zastrzeżenia",
        "indicator.meta.breaks": "Przerwy w szeregu",
        "indicator.meta.provenance": "Pochodzenie danych",
        "indicator.meta.definition": "Definicja",
        "indicator.meta.name_en": "Nazwa angielska",
        "indicator.provenance.real": "dane rzeczywiste (GUS BDL)",
        "indicator.provenance.demo": "dane demonstracyjne (wygenerowane)",
        "indicator.distribution_heading": "Rozkład wartości w Polsce",
        "indicator.distribution": "Rozkład wartości: {level}, {year}",
        "indicator.distribution_alt": "Histogram wartości wskaźnika „{name}” dla {count} "
        "jednostek (szczebel: {level}, rok {year}). Mediana "
        "{median}, kwartyle {q1} i {q3}.",
        "indicator.summary": "Statystyki",
        "indicator.stat.count": "Liczba jednostek z wartością",
        "indicator.stat.min": "Minimum",
        "indicator.stat.q1": "Pierwszy kwartyl",
        "indicator.stat.median": "Mediana",
        "indicator.stat.q3": "Trzeci kwartyl",
        "indicator.stat.max": "Maksimum",
        "indicator.stat.poland": "Polska (suma/suma)",
        "indicator.level_choice": "Szczebel",
        "indicator.year_choice": "Rok",
        "indicator.top": "Najwyższe wartości",
        "indicator.bottom": "Najniższe wartości",
        "notfound.title": "Nie znaleziono strony",
        "notfound.unit": "Nie ma jednostki o kodzie „{code}”.",
        "notfound.service": "Nie ma usługi o identyfikatorze „{id}”.",
        "notfound.indicator": "Nie ma wskaźnika o identyfikatorze „{id}”.",
        "notfound.page": "Strona „{path}” nie istnieje.",
        "notfound.hint": "Wyszukaj jednostkę poniżej albo przejdź do katalogu usług.",
        "error.generic": "Wystąpił błąd. Spróbuj ponownie za chwilę.",
    },
}


def t(key: str, **params: object) -> str:
    """The text for ``key`` in the current language, with ``{params}`` filled in."""
    text = MESSAGES[LANGUAGE].get(key) or MESSAGES["pl"].get(key) or key
    return text.format(**params) if params else text


def format_number(value: float | int | None, decimals: int = 0) -> str:
    """Polish number format: ``1234567.891`` → ``"1 234 567,89"`` (no-break space)."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", NBSP).replace(".", ",").replace("-", "−")


def format_value(value: float | None, decimals: int, unit: str) -> str:
    """A value with its unit of measure, e.g. ``"2 958 zł"`` or ``"12,5%"``."""
    if value is None:
        return "–"
    number = format_number(value, decimals)
    return f"{number}%" if unit == "%" else f"{number}{NBSP}{unit}"
