"""Accessibility statement (deklaracja dostępności), in the structure the Act of 4 April 2019
on digital accessibility and the minister's template require."""

from __future__ import annotations

import dash
from dash import dcc, html

from core import urls
from i18n import current_language, t

dash.register_page(__name__, path=urls.ACCESSIBILITY, title=t("a11y.title"), order=90)

PUBLISHED = "2026-11-30"
UPDATED = "2026-11-30"

# The statement is a legal text with a fixed structure: it lives here as Markdown. The Polish
# text is the statement the law requires; the English one is its translation.
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
- Interfejs jest dostępny także po angielsku (przełącznik języka w nagłówku), ale opisy,
  definicje i formuły części wskaźników są tylko po polsku; są wtedy oznaczone jako tekst
  w języku polskim. Pliki danych mają polskie nazwy kolumn w obu wersjach językowych.
- Eksport wykresu do pliku graficznego (PNG, SVG) nie zawiera tekstu alternatywnego; dane
  wykresu można pobrać w formacie CSV, XLSX lub Parquet.
- Wartości demonstracyjne są oznaczone napisem „dane demonstracyjne” (nie samym kolorem).
- Strony można powiększyć do 200% i oglądać w oknie o szerokości 320 pikseli bez przewijania
  w poziomie; wyjątkiem są szerokie tabele danych i mapy, które przewijają się we własnym
  obszarze. Na wąskim ekranie długie tabele wskaźników wymagają przewijania tabeli w bok.

## Przygotowanie deklaracji w sprawie dostępności

- Deklarację sporządzono dnia {PUBLISHED}.
- Deklarację sporządzono na podstawie samooceny przeprowadzonej przez zespół projektu,
  wspartej automatycznym testem każdej strony narzędziem axe-core (reguły WCAG 2.1 A i AA)
  w przeglądarce Chromium oraz testem braku przewijania w poziomie przy szerokości 320 i 640
  pikseli (powiększenie 200%), uruchamianymi przy każdej zmianie kodu.

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

STATEMENT_EN = f"""
*This is a translation; the Polish text of the statement is the binding one.*

The project “Monitoring public services of local governments” undertakes to make its website
accessible in accordance with the Act of 4 April 2019 on the digital accessibility of websites
and mobile applications of public sector bodies. This accessibility statement applies to this
website (an open implementation of the SMUP system).

- Date of publication of the website: {PUBLISHED}.
- Date of the last major update: {UPDATED}.

## Compliance status

The website is **partially compliant** with the Act on digital accessibility due to the
non-compliances or exemptions listed below.

### Non-accessible content

- Maps (choropleths) are not fully accessible to blind users. Every map has a table with the
  same data, usable from the keyboard (Space selects a row), and a text summary of the view
  updated after every change.
- The interface is also available in English (the language switch in the header), but the
  descriptions, definitions and formulas of some indicators are in Polish only; they are then
  marked as Polish text. Data files have Polish column names in both language versions.
- A chart exported as an image (PNG, SVG) has no text alternative; the chart's data can be
  downloaded as CSV, XLSX or Parquet.
- Demonstration values are marked with the words “demonstration data” (not by colour alone).
- Pages can be zoomed to 200% and viewed in a window 320 pixels wide without horizontal
  scrolling; the exceptions are wide data tables and maps, which scroll within their own area.
  On a narrow screen long indicator tables need to be scrolled sideways.

## Preparation of this accessibility statement

- The statement was prepared on {PUBLISHED}.
- The statement was prepared on the basis of a self-assessment by the project team, supported
  by an automated test of every page with axe-core (WCAG 2.1 A and AA rules) in the Chromium
  browser and a test for horizontal scrolling at widths of 320 and 640 pixels (200% zoom), run
  on every change of the code.

## Feedback and contact information

If you have problems with the accessibility of the website, please contact us by opening an
issue in the project's repository. The same channel can be used to request information that is
not accessible and to demand that accessibility be ensured.

## Request and complaint procedure

Everyone has the right to demand that a website or any of its elements be made digitally
accessible. You can also ask for the information to be made available by alternative means, for
example by reading out a document that is not digitally accessible or describing the content of a
film without audio description. The request should contain the details of the person making it,
an indication of the website concerned and the means of contact. If the person needs the
information by alternative means, they should also specify the form that suits them.

Accessibility should be ensured without delay, and no later than 7 days from the date of the
request. If this deadline cannot be met, we inform without delay when the request can be
fulfilled; that date may not be later than 2 months from the date of the request. If digital
accessibility cannot be ensured, we may offer an alternative means of access to the information.

If we refuse to ensure accessibility or an alternative means of access to the information, the
person making the request may file a complaint about ensuring the digital accessibility of the
website. After this procedure is exhausted, a request may also be made to the Commissioner for
Human Rights (Rzecznik Praw Obywatelskich).

## Architectural accessibility

The project works only online and does not serve visitors in any building.
"""


def layout(**_) -> html.Div:
    text = STATEMENT_EN if current_language() == "en" else STATEMENT
    return html.Div(
        [html.H1(t("a11y.title"), className="h2"), dcc.Markdown(text, className="statement")]
    )
