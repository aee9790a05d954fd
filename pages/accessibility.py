"""Accessibility statement (deklaracja dostępności), in the structure the Act of 4 April 2019
on digital accessibility and the minister's template require."""

from __future__ import annotations

import dash
from dash import dcc, html

from i18n import t

dash.register_page(__name__, path="/deklaracja-dostepnosci", title=t("a11y.title"), order=90)

PUBLISHED = "2026-11-30"
UPDATED = "2026-11-30"

# The statement is a legal text with a fixed structure: it lives here as Markdown, in Polish.
STATEMENT = f"""
Projekt „Monitoring usług publicznych JST” zobowiązuje się zapewnić dostępność swojej strony
internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron
internetowych i aplikacji mobilnych podmiotów publicznych. Oświadczenie w sprawie dostępności
ma zastosowanie do tej strony internetowej (otwartej implementacji systemu SMUP).

- Data publikacji strony internetowej: {PUBLISHED}.
- Data ostatniej istotnej aktualizacji: {UPDATED}.

## Status pod względem zgodności z ustawą

Strona internetowa jest **częściowo zgodna** z ustawą o dostępności cyfrowej z powodu
niezgodności lub wyłączeń wymienionych poniżej.

### Treści niedostępne

- Mapy (kartogramy) nie są w pełni dostępne dla osób niewidomych. Każda mapa ma tabelę z tymi
  samymi danymi, którą można obsłużyć z klawiatury (zaznaczanie wierszy Spacją), oraz opis
  tekstowy widoku aktualizowany po każdej zmianie.
- Interfejs w języku angielskim nie jest jeszcze dostępny.
- Eksport wykresu do pliku graficznego (PNG, SVG) nie zawiera tekstu alternatywnego; dane
  wykresu można pobrać w formacie CSV, XLSX lub Parquet.
- Wartości demonstracyjne są oznaczone napisem „dane demonstracyjne” (nie samym kolorem).

## Przygotowanie deklaracji w sprawie dostępności

- Deklarację sporządzono dnia {PUBLISHED}.
- Deklarację sporządzono na podstawie samooceny przeprowadzonej przez zespół projektu,
  wspartej automatycznym testem każdej strony narzędziem axe-core (reguły WCAG 2.1 A i AA)
  w przeglądarce Chromium, uruchamianym przy każdej zmianie kodu.

## Informacje zwrotne i dane kontaktowe

W przypadku problemów z dostępnością strony internetowej prosimy o kontakt przez zgłoszenie
w repozytorium projektu. Tą samą drogą można składać wnioski o udostępnienie informacji
niedostępnej oraz żądania zapewnienia dostępności.

## Procedura wnioskowo-skargowa

Każdy ma prawo do wystąpienia z żądaniem zapewnienia dostępności cyfrowej strony internetowej
lub jakiegoś jej elementu. Można także zażądać udostępnienia informacji za pomocą alternatywnego
sposobu dostępu, na przykład przez odczytanie niedostępnego cyfrowo dokumentu, opisanie zawartości
filmu bez audiodeskrypcji itp. Żądanie powinno zawierać dane osoby zgłaszającej żądanie,
wskazanie, o którą stronę internetową chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca zgłasza
potrzebę otrzymania informacji za pomocą alternatywnego sposobu dostępu, powinna także określić
dogodny dla niej sposób przedstawienia tej informacji.

Zapewnienie dostępności powinno nastąpić niezwłocznie, nie później niż w ciągu 7 dni od dnia
wystąpienia z żądaniem. Jeżeli dotrzymanie tego terminu nie jest możliwe, niezwłocznie
informujemy o tym, kiedy realizacja żądania będzie możliwa; termin ten nie może być dłuższy
niż 2 miesiące od dnia wystąpienia z żądaniem. Jeżeli zapewnienie dostępności cyfrowej nie
jest możliwe, możemy zaproponować alternatywny sposób dostępu do informacji.

W przypadku, gdy odmówimy realizacji żądania zapewnienia dostępności lub alternatywnego
sposobu dostępu do informacji, wnoszący żądanie może złożyć skargę w sprawie zapewnienia
dostępności cyfrowej strony internetowej. Po wyczerpaniu tej procedury można także złożyć
wniosek do Rzecznika Praw Obywatelskich.

## Dostępność architektoniczna

Projekt działa wyłącznie w internecie i nie prowadzi obsługi interesantów w budynkach.
"""


def layout(**_) -> html.Div:
    return html.Div(
        [html.H1(t("a11y.title"), className="h2"), dcc.Markdown(STATEMENT, className="statement")]
    )
