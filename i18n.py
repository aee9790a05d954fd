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
from i18n_en import MESSAGES_EN, SIZE_CLASSES_EN, UNITS_EN

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

# The source of scripts/i18n_to_po.py while branches that add keys here are being merged; the
# app reads translations/ (t() below). Removed by `scripts/i18n_to_po.py --remove-dicts`.
MESSAGES: dict[str, dict[str, str]] = {
    "pl": {
        "app.title": "Monitoring usług publicznych JST",
        "app.tagline": "Otwarty system monitorowania usług publicznych gmin, powiatów i województw",
        "app.skip": "Przejdź do treści",
        "nav.catalogue": "Katalog usług",
        "nav.home": "Strona główna",
        "nav.analysis": "Analiza",
        "nav.menu": "Menu",
        "nav.about": "O danych",
        "accounts.nav.login": "Zaloguj się",
        "accounts.nav.register": "Załóż konto",
        "accounts.nav.views": "Moje widoki",
        "accounts.nav.dashboards": "Pulpity",
        "accounts.nav.groups": "Moje grupy",
        "accounts.nav.account": "Konto",
        "accounts.nav.signed_in": "Zalogowano jako {email}",
        "accounts.nav.password": "Zmień hasło",
        "accounts.nav.delete": "Usuń konto",
        "accounts.nav.logout": "Wyloguj",
        "accounts.save.open": "Zapisz widok",
        "accounts.save.title": "Zapisz bieżący widok",
        "accounts.save.help": "Zapisywany jest adres strony ze wszystkimi jej ustawieniami "
        "(jednostka, wskaźnik, rok, szczebel). Widok zawsze pokaże bieżące dane.",
        "accounts.save.name": "Nazwa widoku",
        "accounts.save.note": "Notatka (nieobowiązkowa)",
        "accounts.save.url": "Zapisywany adres",
        "accounts.save.submit": "Zapisz widok",
        "accounts.save.cancel": "Anuluj",
        "accounts.save.login_invite": "Zaloguj się, aby zapisywać widoki, budować pulpity "
        "i wracać do nich później.",
        "accounts.save.register_invite": "Nie masz konta? Załóż je w minutę.",
        "accounts.field.email": "Adres e-mail",
        "accounts.field.password": "Hasło",
        "accounts.field.name": "Nazwa",
        "accounts.field.note": "Notatka (nieobowiązkowa)",
        "accounts.field.description": "Opis (nieobowiązkowy)",
        "accounts.field.max": "Najwyżej {max} znaków.",
        "accounts.login.title": "Logowanie",
        "accounts.login.submit": "Zaloguj się",
        "accounts.login.no_account": "Nie masz konta?",
        "accounts.login.already": "Jesteś zalogowany jako {email}.",
        "accounts.register.title": "Załóż konto",
        "accounts.register.intro": "Konto pozwala zapisywać widoki, budować z nich pulpity "
        "i zapisywać własne grupy porównawcze. Przechowujemy tylko adres e-mail i skrót hasła.",
        "accounts.register.password_help": "Co najmniej {min} znaków. Nie przyjmujemy haseł "
        "popularnych ani znanych z wycieków, powtórzeń i ciągów (aaaaaaaaaa, 1234567890, "
        "qwertyuiop) ani adresu e-mail. Dobre hasło to kilka niepowiązanych słów.",
        "accounts.register.password2": "Powtórz hasło",
        "accounts.register.submit": "Załóż konto",
        "accounts.register.have_account": "Masz już konto?",
        "accounts.password.title": "Zmiana hasła",
        "accounts.password.current": "Obecne hasło",
        "accounts.password.new": "Nowe hasło",
        "accounts.password.new2": "Powtórz nowe hasło",
        "accounts.password.submit": "Zmień hasło",
        "accounts.password.note": "Po zmianie hasła wszystkie inne sesje zostaną wylogowane.",
        "accounts.delete.title": "Usuwanie konta",
        "accounts.delete.warning": "Usunięcie konta trwale usuwa wszystkie zapisane widoki, "
        "pulpity, udostępnione linki i grupy. Tej operacji nie można cofnąć.",
        "accounts.delete.password": "Hasło (dla potwierdzenia)",
        "accounts.delete.confirm": "Rozumiem, że moje dane zostaną usunięte",
        "accounts.delete.submit": "Usuń konto na zawsze",
        "accounts.login_needed": "Ta strona jest dostępna po zalogowaniu.",
        "accounts.db_unavailable": "Baza kont jest chwilowo niedostępna. Strony z danymi "
        "działają normalnie; logowanie, zapisane widoki i pulpity wrócą, gdy baza będzie dostępna.",
        "accounts.views.title": "Moje widoki",
        "accounts.views.count": "Zapisane widoki: {count}",
        "accounts.views.empty": "Nie masz jeszcze zapisanych widoków. Otwórz stronę z danymi "
        "(np. profil jednostki albo wskaźnik) i użyj przycisku „Zapisz widok” w górnym pasku.",
        "accounts.views.open": "Otwórz widok",
        "accounts.views.address": "Adres: {url}",
        "accounts.views.edit": "Zmień nazwę lub notatkę",
        "accounts.views.save_changes": "Zapisz zmiany",
        "accounts.views.duplicate": "Duplikuj",
        "accounts.views.up": "W górę",
        "accounts.views.down": "W dół",
        "accounts.views.up_label": "Przesuń „{name}” w górę",
        "accounts.views.down_label": "Przesuń „{name}” w dół",
        "accounts.views.delete": "Usuń",
        "accounts.views.delete_label": "Usuń „{name}”",
        "accounts.views.share": "Udostępnij do odczytu",
        "accounts.views.revoke": "Cofnij udostępnienie",
        "accounts.views.share_link": "Link tylko do odczytu (każdy, kto go zna, zobaczy widok):",
        "accounts.views.note_heading": "Uwaga do widoku",
        "accounts.views.open_cleaned": "Otwórz bez brakujących elementów",
        "accounts.views.manage_groups": "Własne grupy porównawcze",
        "accounts.note.malformed": "Zapisany adres jest nieprawidłowy i nie da się go otworzyć.",
        "accounts.note.page_gone": "Strona, którą pokazywał ten widok, nie jest już dostępna.",
        "accounts.note.unit_gone": "Jednostki o kodzie {ref} nie ma już w danych.",
        "accounts.note.service_gone": "Usługi „{ref}” nie ma już w katalogu.",
        "accounts.note.indicator_gone": "Wskaźnika „{ref}” nie ma już w katalogu.",
        "accounts.dash.title": "Pulpity",
        "accounts.dash.intro": "Pulpit pokazuje razem kilka zapisanych widoków, każdy na "
        "bieżących danych. Tryb prezentacji wyświetla je po kolei, dużą czcionką, bez "
        "elementów edycji; kolejny widok: strzałka w prawo lub PageDown.",
        "accounts.dash.new": "Nowy pulpit",
        "accounts.dash.create": "Utwórz pulpit",
        "accounts.dash.empty": "Nie masz jeszcze pulpitów.",
        "accounts.dash.views_count": "Widoki na pulpicie: {count}",
        "accounts.dash.add": "Dodaj zapisany widok",
        "accounts.dash.add_submit": "Dodaj do pulpitu",
        "accounts.dash.no_views": "Najpierw zapisz widoki przyciskiem „Zapisz widok” "
        "w górnym pasku.",
        "accounts.dash.all_added": "Wszystkie zapisane widoki są już na tym pulpicie.",
        "accounts.dash.empty_dashboard": "Pulpit jest pusty: dodaj do niego zapisane widoki.",
        "accounts.dash.present": "Tryb prezentacji",
        "accounts.dash.settings": "Nazwa i opis pulpitu",
        "accounts.dash.save": "Zapisz",
        "accounts.dash.delete": "Usuń pulpit",
        "accounts.dash.remove": "Usuń z pulpitu",
        "accounts.dash.earlier": "Wcześniej",
        "accounts.dash.later": "Później",
        "accounts.dash.frame_title": "Widok na żywo: {name}",
        "accounts.dash.open_full": "Otwórz w pełnym oknie",
        "accounts.dash.back": "Wszystkie pulpity",
        "accounts.dash.not_found": "Nie ma takiego pulpitu.",
        "accounts.present.position": "Widok {index} z {count}",
        "accounts.present.previous": "← Poprzedni",
        "accounts.present.next": "Następny →",
        "accounts.present.exit": "Zakończ prezentację",
        "accounts.present.keys": "Klawisze: ← → lub PageUp/PageDown zmieniają widok, "
        "Esc kończy prezentację.",
        "accounts.shared.view": "Udostępniony widok",
        "accounts.shared.dashboard": "Udostępniony pulpit",
        "accounts.shared.readonly": "Udostępnione tylko do odczytu; dane są bieżące.",
        "accounts.shared.not_found": "Ten link nie istnieje albo jego udostępnienie zostało "
        "cofnięte.",
        "accounts.groups.title": "Moje grupy porównawcze",
        "accounts.groups.intro": "Grupa to Twoja lista jednostek do porównania. Otwiera się "
        "na stronie porównania (adres /porownaj?jst=…).",
        "accounts.groups.new": "Nowa grupa",
        "accounts.groups.create": "Zapisz grupę",
        "accounts.groups.empty": "Nie masz jeszcze grup.",
        "accounts.groups.compare": "Porównaj",
        "accounts.groups.delete": "Usuń grupę",
        "accounts.groups.delete_label": "Usuń grupę „{name}”",
        "accounts.error_page.back": "Wróć do serwisu",
        "accounts.error_page.csrf_title": "Formularz wygasł lub jest nieprawidłowy",
        "accounts.error_page.csrf": "Nic nie zostało zmienione. Odśwież stronę z formularzem "
        "i spróbuj ponownie.",
        "accounts.error_page.limit_title": "Zbyt wiele prób",
        "accounts.error_page.limit": "Z tego adresu było zbyt wiele prób logowania lub "
        "rejestracji. Odczekaj minutę i spróbuj ponownie.",
        "accounts.msg.email_empty": "Podaj adres e-mail.",
        "accounts.msg.email_too_long": "Adres e-mail jest za długi (najwyżej 254 znaki).",
        "accounts.msg.email_invalid": "To nie wygląda na adres e-mail (np. jan@example.pl).",
        "accounts.msg.password_empty": "Podaj hasło.",
        "accounts.msg.password_short": "Hasło jest za krótkie (co najmniej 10 znaków).",
        "accounts.msg.password_long": "Hasło jest za długie (najwyżej 128 znaków).",
        "accounts.msg.password_mismatch": "Powtórzone hasło różni się od pierwszego.",
        "accounts.msg.password_common": "To hasło jest na liście najczęściej używanych haseł, "
        "znanych z wycieków (albo jest z takiego zbudowane), więc odgadnie je każdy, kto "
        "próbuje. Wybierz inne, np. kilka niepowiązanych słów.",
        "accounts.msg.password_repeated": "Hasło składa się z powtórzonego znaku lub fragmentu "
        "(np. aaaaaaaaaa, abababab), więc łatwo je odgadnąć. Wybierz inne.",
        "accounts.msg.password_sequence": "Hasło to ciąg kolejnych znaków (np. 1234567890, "
        "abcdefghij), więc łatwo je odgadnąć. Wybierz inne.",
        "accounts.msg.password_keyboard": "Hasło to układ sąsiednich klawiszy (np. qwertyuiop, "
        "zaq12wsx), więc łatwo je odgadnąć. Wybierz inne.",
        "accounts.msg.password_date": "Hasło opiera się na dacie lub roku, więc łatwo je "
        "odgadnąć. Wybierz inne.",
        "accounts.msg.password_email": "Hasło zawiera adres e-mail konta lub jego część; "
        "to pierwsze, co sprawdzi ktoś, kto zna adres. Wybierz inne.",
        "accounts.msg.password_words": "Hasło składa się z popularnych słów lub imion i jest za "
        "krótkie, by trudno było je odgadnąć. Dodaj kolejne niepowiązane słowa.",
        "accounts.msg.password_guessable": "Hasło jest za łatwe do odgadnięcia. Użyj dłuższego, "
        "np. kilku niepowiązanych słów.",
        "accounts.msg.password_wrong": "Hasło jest nieprawidłowe. Nic nie zostało zmienione.",
        "accounts.msg.name_empty": "Podaj nazwę.",
        "accounts.msg.name_too_long": "Nazwa jest za długa (najwyżej 120 znaków).",
        "accounts.msg.note_too_long": "Notatka jest za długa (najwyżej 1000 znaków).",
        "accounts.msg.view_url_empty": "Brak adresu widoku do zapisania.",
        "accounts.msg.view_url_too_long": "Adres widoku jest za długi (najwyżej 2000 znaków).",
        "accounts.msg.view_url_invalid": "Adres widoku jest nieprawidłowy.",
        "accounts.msg.view_url_unknown_page": "Tej strony nie można zapisać jako widoku.",
        "accounts.msg.too_many_views": "Osiągnięto limit 500 zapisanych widoków.",
        "accounts.msg.too_many_dashboards": "Osiągnięto limit 100 pulpitów.",
        "accounts.msg.too_many_items": "Pulpit może pokazywać najwyżej 24 widoki.",
        "accounts.msg.too_many_groups": "Osiągnięto limit 100 grup.",
        "accounts.msg.already_on_dashboard": "Ten widok już jest na pulpicie.",
        "accounts.msg.choose_view": "Wybierz widok do dodania.",
        "accounts.msg.group_empty": "Podaj co najmniej jeden kod TERYT.",
        "accounts.msg.group_too_many": "Grupa może mieć najwyżej 100 jednostek.",
        "accounts.msg.group_unknown_code": "Co najmniej jeden kod nie odpowiada żadnej "
        "jednostce. Kody TERYT mają 2 (województwo), 4 (powiat) lub 7 cyfr (gmina).",
        "accounts.msg.confirm_required": "Zaznacz potwierdzenie, aby usunąć konto.",
        "accounts.msg.login_required": "Zaloguj się, aby to zrobić.",
        "accounts.msg.login_failed": "Nieprawidłowy adres e-mail lub hasło.",
        "accounts.msg.login_to_save": "Zaloguj się, aby zapisać widok; potem wrócisz do niego.",
        "accounts.msg.db_unavailable": "Baza kont jest chwilowo niedostępna; nic nie zostało "
        "zapisane. Spróbuj ponownie za chwilę.",
        "accounts.msg.registration_done": "Gotowe. Zaloguj się adresem e-mail i hasłem. Jeśli "
        "ten adres miał już konto, obowiązuje jego dotychczasowe hasło.",
        "accounts.msg.logged_out": "Wylogowano.",
        "accounts.msg.password_changed": "Hasło zostało zmienione.",
        "accounts.msg.account_deleted": "Konto i wszystkie jego dane zostały usunięte.",
        "accounts.msg.view_saved": "Widok został zapisany.",
        "accounts.msg.view_updated": "Zmiany zostały zapisane.",
        "accounts.msg.view_duplicated": "Utworzono kopię widoku.",
        "accounts.msg.view_deleted": "Widok został usunięty.",
        "accounts.msg.shared": "Utworzono link tylko do odczytu.",
        "accounts.msg.share_revoked": "Udostępnienie cofnięte: link już nie działa.",
        "accounts.msg.dashboard_created": "Pulpit został utworzony.",
        "accounts.msg.dashboard_updated": "Zmiany zostały zapisane.",
        "accounts.msg.dashboard_deleted": "Pulpit został usunięty.",
        "accounts.msg.item_added": "Widok dodano do pulpitu.",
        "accounts.msg.item_removed": "Widok usunięto z pulpitu.",
        "accounts.msg.group_saved": "Grupa została zapisana.",
        "accounts.msg.group_deleted": "Grupa została usunięta.",
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
        "callback.refused": "Nieprawidłowe żądanie aktualizacji strony.",
        "home.areas": "Obszary usług publicznych",
        "home.intro": "Sprawdź, jak Twoja gmina, powiat lub województwo realizuje usługi "
        "publiczne, i porównaj je z powiatem, województwem i Polską.",
        # Counted nouns: ``t_count(key, n)`` picks .one / .few / .many (Polish plural rules).
        "count.indicators.one": "{count} wskaźnik",
        "count.indicators.few": "{count} wskaźniki",
        "count.indicators.many": "{count} wskaźników",
        "count.services.one": "{count} usługę",
        "count.services.few": "{count} usługi",
        "count.services.many": "{count} usług",
        "count.units.one": "{count} jednostka",
        "count.units.few": "{count} jednostki",
        "count.units.many": "{count} jednostek",
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
        "status.suspect": "wartość wątpliwa",
        "status.suspect_value": "{value} (wartość wątpliwa)",
        "status.suspect_explain": "Wartość wątpliwa: narusza regułę wiarygodności danych "
        "(np. dochody 0 zł w całym sprawozdaniu budżetowym gminy). Pokazujemy ją, ale nie "
        "wliczamy do rankingów, median, klas mapy ani sum.",
        "status.suspect_why": "dlaczego?",
        "status.suspect_why_label": "Dlaczego ta wartość jest wątpliwa",
        "status.not_ranked": "poza rankingiem",
        # Quality flags of every value (``Quality``): labels, meanings and how the map shows them.
        "quality.real": "wartość rzeczywista",
        "quality.zero": "zjawisko nie wystąpiło",
        "quality.no_data": "brak danych",
        "quality.confidential": "tajemnica statystyczna",
        "quality.not_applicable": "nie dotyczy",
        "quality.suspect": "wartość wątpliwa",
        "quality.demo": "dane demonstracyjne",
        "quality.meaning.real": "Wartość z danych rzeczywistych (GUS, CKE), policzona "
        "formułą wskaźnika.",
        "quality.meaning.zero": "Prawdziwe zero: zjawisko nie wystąpiło (np. gmina nie "
        "pobrała danego podatku). To nie jest brak danych; wchodzi do rankingów i klas mapy "
        "jak każda wartość.",
        "quality.meaning.no_data": "Źródło nie podaje wartości dla tej jednostki i roku. "
        "To nie jest zero.",
        "quality.meaning.confidential": "Wartość objęta tajemnicą statystyczną: GUS jej nie "
        "publikuje (np. gdy dotyczy zbyt małej liczby podmiotów).",
        "quality.meaning.not_applicable": "Usługa lub zjawisko nie dotyczy tej jednostki. "
        "Jednostka nie jest wliczana do median, rankingów ani statystyk grup.",
        "quality.meaning.suspect": "Wartość narusza regułę wiarygodności danych. "
        "Pokazujemy ją z tym oznaczeniem, ale nie wliczamy do rankingów, percentyli, median, "
        "klas mapy, statystyk grup porównawczych ani sum powiatów, województw i Polski.",
        "quality.meaning.demo": "Wartość wygenerowana na potrzeby demonstracji w obszarach, "
        "dla których nie ma jeszcze danych rzeczywistych. Nie jest daną rzeczywistą.",
        "quality.map.classes": "kolor klasy wartości (skala obok mapy)",
        "quality.map.no_data": "średnioszare pole",
        "quality.map.confidential": "ciemnoszare pole",
        "quality.map.not_applicable": "jasnoszare pole z szarym konturem",
        "quality.map.suspect": "białe pole z grubym czarnym konturem (w legendzie mapy "
        "czarno-białe paski)",
        "profile.population": "Ludność",
        "profile.area": "Powierzchnia",
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
        # --- comparison groups, diagnosis and compare page (issue 4) ---
        "nav.compare": "Porównaj",
        "profile.analyse": "Analizuj",
        "profile.analyse_title": "Analizuj wskaźnik „{name}” na mapie i w tabeli",
        "peers.and": "i",
        "peers.var.ludnosc": "liczba ludności",
        "peers.var.gestosc": "gęstość zaludnienia",
        "peers.var.mlodzi": "udział dzieci i młodzieży (0–17 lat)",
        "peers.var.seniorzy": "udział osób w wieku poprodukcyjnym",
        "peers.var.obciazenie": "obciążenie demograficzne",
        "peers.var.dochody": "dochody własne na mieszkańca",
        "peers.explain.similar": "Podobne: {variables}.",
        "peers.explain.none_similar": "Żadna zmienna nie jest bardzo zbliżona; najbliżej: "
        "{variable}.",
        "peers.explain.value_pair": "{variable} ({peer} wobec {unit})",
        "peers.explain.different": "Najbardziej różni się: {items}.",
        "peers.explain.no_difference": "Brak wyraźnych różnic.",
        "peers.label.podobne": "{k} najbardziej podobnych jednostek",
        "peers.label.sasiedzi": "sąsiedzi ze wspólną granicą ({count})",
        "peers.label.wlasna": "własna grupa ({count})",
        "peers.label.unknown": "nieznana jednostka",
        "peers.admin.miejska": "gminy miejskie",
        "peers.admin.wiejska": "gminy wiejskie",
        "peers.admin.miejsko-wiejska": "gminy miejsko-wiejskie",
        "peers.admin.miasto": "miasta na prawach powiatu",
        "peers.admin.ziemski": "powiaty ziemskie",
        "peers.admin.wojewodztwo": "województwa",
        "peers.admin.inna": "inne jednostki",
        "peers.note.no_context": "Jednostka nie ma danych kontekstowych: grupa jest przybliżona "
        "(przyjęto mediany {level}).",
        "peers.note.imputed": "Brak danych kontekstowych jednostki ({variables}): przyjęto "
        "medianę {level}, więc grupa podobnych jest przybliżona.",
        "peers.note.no_population": "Brak danych o liczbie ludności: klasę wielkości "
        "wyznaczono z mediany {level} tego typu.",
        "peers.note.small_class": "W klasie wielkości {size_class} jest za mało jednostek tego "
        "typu: grupa obejmuje wszystkie jednostki tego typu.",
        "peers.note.no_neighbours": "Brak sąsiadów w danych o granicach (stan 2019): jednostka "
        "mogła powstać później albo nie graniczy z jednostką tego szczebla.",
        "peers.note.too_many": "Własna grupa może mieć najwyżej {max} jednostek: pominięto "
        "pozostałe.",
        "peers.note.unknown_codes": "Nieznane kody TERYT (pominięte): {codes}.",
        "peers.note.other_level": "Pominięto jednostki innego szczebla niż {level}: {codes}.",
        "peers.note.empty_user_group": "Własna grupa jest pusta: wpisz kody TERYT jednostek "
        "tego samego szczebla i wybierz „Zastosuj”.",
        "comparison.title": "Grupa porównawcza",
        "comparison.choose": "Porównuj z grupą",
        "comparison.group.podobne": "Podobne jednostki",
        "comparison.group.sasiedzi": "Sąsiedzi (wspólna granica)",
        "comparison.group.administracyjna": "Grupa administracyjna (typ i wielkość)",
        "comparison.group.wlasna": "Własna grupa",
        "comparison.k": "Liczba podobnych jednostek (k)",
        "comparison.apply": "Zastosuj",
        "comparison.weights": "Wagi zmiennych kontekstowych (dla podobnych jednostek)",
        "comparison.weights_help": "Waga 0 pomija zmienną; wyższa waga sprawia, że zmienna "
        "bardziej decyduje o podobieństwie.",
        "comparison.weight.0.0": "0 (pomiń)",
        "comparison.weight.0.5": "0,5",
        "comparison.weight.1.0": "1 (domyślnie)",
        "comparison.weight.2.0": "2",
        "comparison.weight.3.0": "3",
        "comparison.bad_group": "Nieznany rodzaj grupy „{group}”: pokazano podobne jednostki.",
        "comparison.bad_k": "Niepoprawna liczba podobnych jednostek „{k}” (dozwolone "
        "{min}–{max}): przyjęto 15.",
        "comparison.bad_weight": "Pominięto niepoprawną wagę „{part}” (dozwolone 0; 0,5; 1; 2; 3).",
        "comparison.zero_weights": "Wszystkie wagi równe 0: przyjęto wagi domyślne.",
        "comparison.current": "Porównanie z grupą: {label}",
        "comparison.compare_link": "Porównaj z grupą obok siebie",
        "comparison.members": "Skład grupy: {label} — {count} jedn.",
        "comparison.empty": "Grupa nie ma jednostek.",
        "comparison.col.unit": "Jednostka",
        "comparison.col.score": "Zgodność",
        "comparison.col.why": "Dlaczego podobna",
        "comparison.score": "{score}/100",
        "comparison.col.median": "Grupa: mediana",
        "comparison.col.position": "Na tle grupy",
        "comparison.position_help": "Miejsce w grupie (1 = najlepsza wartość, dla wskaźników "
        "neutralnych: najwyższa) i odsetek jednostek grupy, od których jednostka wypada lepiej.",
        "comparison.table_note": "Kolumny grupy: mediana i zakres wartości jednostek grupy w tym "
        "samym roku. Jednostki, których usługa nie dotyczy, nie są wliczane.",
        "comparison.n_units": "{count} jedn.",
        "comparison.n_not_applicable": "nie dotyczy: {count}",
        "comparison.range": "zakres {low}–{high}",
        "comparison.rank": "{rank}. miejsce z {of}",
        "comparison.share_better": "lepiej niż {pct}% grupy",
        "comparison.share_higher": "wyżej niż {pct}% grupy",
        "comparison.verdict.better": "lepiej niż mediana",
        "comparison.verdict.worse": "gorzej niż mediana",
        "comparison.verdict.equal": "na poziomie mediany",
        "comparison.verdict.neutral": "wskaźnik neutralny (bez oceny)",
        "comparison.method.title": "Jak tworzymy grupy porównawcze (metoda)",
        "comparison.method.intro": "Podobne jednostki to k jednostek tego samego szczebla "
        "(gminy z gminami, powiaty z powiatami, województwa z województwami) o najbardziej "
        "zbliżonym kontekście. Wynik jest deterministyczny: przy remisie decyduje kod TERYT.",
        "comparison.method.variables": "Zmienne kontekstowe",
        "comparison.method.log": "w logarytmie",
        "comparison.method.param": "parametr w adresie:",
        "comparison.method.years": "Każda zmienna pochodzi z najnowszego roku, w którym "
        "jednostka ma wartość (struktura wieku i gęstość do 2019 r., ludność i dochody do "
        "2024 r.). Udział ludności miejskiej nie jest jeszcze dostępny w danych.",
        "comparison.method.formula_title": "Wzór",
        "comparison.method.z": "Każdą zmienną standaryzujemy wśród wszystkich jednostek "
        "szczebla (z-score), a odległość to ważona odległość euklidesowa podzielona przez sumę "
        "wag, czyli typowa różnica wyrażona w odchyleniach standardowych.",
        "comparison.method.score": "Zgodność 100 oznacza identyczny kontekst; 0 — różnicę "
        "średnio o dwa odchylenia standardowe lub więcej.",
        "comparison.method.explain": "Objaśnienie: zmienne różniące się o najwyżej 0,25 "
        "odchylenia standardowego czynią jednostki podobnymi; zmienna o największym ważonym "
        "wkładzie do odległości (różnica co najmniej 0,5 odchylenia) różni je najbardziej.",
        "comparison.method.missing": "Brakujące dane kontekstowe zastępujemy medianą szczebla "
        "i informujemy o tym przy jednostce.",
        "comparison.method.admin_title": "Grupa administracyjna i sąsiedzi",
        "comparison.method.admin": "Gminy: typ (miejska, wiejska, miejsko-wiejska, miasto na "
        "prawach powiatu) × klasa wielkości według liczby ludności; powiaty: powiat ziemski "
        "albo miasto na prawach powiatu × klasa wielkości; województwa: klasa wielkości. Dolna "
        "granica klasy należy do klasy. Gdy w klasie są mniej niż 3 inne jednostki, grupę "
        "tworzą wszystkie jednostki danego typu. Sąsiedzi to jednostki tego samego szczebla ze "
        "wspólną granicą (PRG, stan 2019).",
        "comparison.method.scheme.gmina": "gminy",
        "comparison.method.scheme.powiat": "powiaty ziemskie",
        "comparison.method.scheme.miasto": "miasta na prawach powiatu (gminy i powiaty)",
        "comparison.method.scheme.wojewodztwo": "województwa",
        "comparison.method.stats_title": "Pozycja w grupie",
        "comparison.method.stats": "Mediana i zakres liczone są z jednostek grupy mających "
        "wartość; jednostki, których usługa nie dotyczy, są pomijane. Miejsce 1 to najlepsza "
        "wartość zgodnie z kierunkiem wskaźnika; percentyl to odsetek jednostek grupy, od "
        "których jednostka wypada lepiej (remisy liczone po połowie). Pozycja jest względna: "
        "mówi o miejscu w grupie, nie o tym, czy wartość jest dobra.",
        "comparison.method.diagnosis": "Mocna strona: percentyl co najmniej 75 (najlepsza "
        "ćwiartka grupy); słaba strona: percentyl najwyżej 25; potrzeba co najmniej 4 jednostek "
        "grupy z wartością. Trend porównuje ostatnią wartość z wartością z 2015 r. (albo z "
        "pierwszego późniejszego roku); zmiana o więcej niż 2% we właściwym kierunku to poprawa.",
        "diagnosis.title": "Diagnoza: mocne i słabe strony",
        "diagnosis.intro": "Na tle grupy: {group}. Obszary z największą liczbą słabych stron "
        "są pierwsze.",
        "diagnosis.none": "Brak wskaźników w najlepszej lub najgorszej ćwiartce grupy (albo "
        "grupa ma mniej niż {min} jednostki z wartością).",
        "diagnosis.priority": "Obszary priorytetowe: {areas}.",
        "diagnosis.basis.real_only": "Podstawa diagnozy: {real} z danymi rzeczywistymi. "
        "Wskaźników z danymi demonstracyjnymi ({demo}) nie uwzględniono.",
        "diagnosis.basis.with_demo": "Podstawa diagnozy: {real} z danymi rzeczywistymi i {demo} "
        "z danymi demonstracyjnymi (wygenerowanymi, oznaczonymi etykietą „dane "
        "demonstracyjne”).",
        "diagnosis.basis.with_demo_link": "Uwzględnij też dane demonstracyjne",
        "diagnosis.basis.real_only_link": "Pokaż diagnozę tylko z danych rzeczywistych",
        "diagnosis.weakness_heading": "Słabe strony",
        "diagnosis.strength_heading": "Mocne strony",
        "diagnosis.sentence.strength": "{value} — lepiej niż {pct}% jednostek grupy "
        "(mediana {median}); {trend}",
        "diagnosis.sentence.weakness": "{value} — gorzej niż {pct}% jednostek grupy "
        "(mediana {median}); {trend}",
        "finding.sentence": "{name}: {value} ({year}) — {comparisons}.",
        "finding.sentence_demo": "{name}: {value} ({year}; wartości demonstracyjne) — "
        "{comparisons}.",
        "finding.suspect": "{name}: {value} ({year}) — wartość wątpliwa (nie przeszła kontroli "
        "wiarygodności), więc nie porównujemy jej z innymi.",
        "finding.suspect_no_value": "{name} ({year}): wartość wątpliwa (nie przeszła kontroli "
        "wiarygodności), więc nie porównujemy jej z innymi.",
        "finding.and": " i ",
        "finding.percent": "{pct}%",
        "finding.points": "{points} pkt proc.",
        "finding.cmp.about_equal": "niemal tyle samo co {target} ({value})",
        "finding.cmp.higher": "o {diff} więcej niż {target} ({value})",
        "finding.cmp.lower": "o {diff} mniej niż {target} ({value})",
        "finding.cmp.much_higher": "znacznie więcej (o {diff}) niż {target} ({value})",
        "finding.cmp.much_lower": "znacznie mniej (o {diff}) niż {target} ({value})",
        "finding.cmp.times": "{ratio}-krotnie więcej niż {target} ({value})",
        "finding.cmp.higher_plain": "więcej niż {target} ({value})",
        "finding.cmp.lower_plain": "mniej niż {target} ({value})",
        "finding.target.group.podobne": "mediana {count} podobnych {units}",
        "finding.target.group.sasiedzi": "mediana {count} sąsiednich {units}",
        "finding.target.group.administracyjna": "mediana {count} {units} tego samego typu "
        "i wielkości",
        "finding.target.group.wlasna": "mediana {count} wybranych {units}",
        "finding.target.group_single": "wartość jedynej jednostki grupy",
        "finding.target.powiat": "w powiecie",
        "finding.target.wojewodztwo": "w województwie",
        "finding.target.kraj": "w Polsce",
        "finding.units_gen.gmina": "gmin",
        "finding.units_gen.powiat": "powiatów",
        "finding.units_gen.wojewodztwo": "województw",
        "diagnosis.more": "Pozostałe ({count})",
        "diagnosis.trend.improved": "poprawa od {year} r.",
        "diagnosis.trend.worsened": "pogorszenie od {year} r.",
        "diagnosis.trend.stable": "bez wyraźnej zmiany od {year} r.",
        "diagnosis.trend.none": "brak danych o trendzie.",
        "compare.title": "Porównanie jednostek",
        "compare.intro": "Zestaw do {max} jednostek obok siebie dla wszystkich wskaźników "
        "wybranego obszaru. Adres strony zawiera wybór, więc można go skopiować i udostępnić.",
        "compare.show": "Porównaj",
        "compare.unknown": "Nieznane kody TERYT (pominięte): {codes}.",
        "compare.too_many": "Można porównać najwyżej {max} jednostek (podano {count}): "
        "pokazano pierwsze {max}.",
        "compare.unknown_area": "Nieznany obszar „{area}”: pokazano pierwszy obszar.",
        "compare.empty": "Wybierz jednostki powyżej (po nazwie lub kodzie TERYT) albo użyj "
        "„Porównaj z grupą obok siebie” w profilu jednostki.",
        "compare.units_heading": "Porównywane jednostki ({count})",
        "compare.remove": "usuń",
        "compare.remove_title": "Usuń {name} z porównania",
        "compare.areas": "Obszar porównania",
        "compare.median": "Mediana porównywanych",
        "compare.median_note": "Mediana liczona z porównywanych jednostek mających wartość; "
        "jednostki, których usługa nie dotyczy, nie są wliczane. Tabela i wykres słupkowy: każdy "
        "wskaźnik w najnowszym dostępnym roku do {end} r.",
        "compare.col.unit": "Jednostka",
        "compare.col.value": "Wartość",
        "compare.chart_alt": "Wykres słupkowy: {name}, rok {year}, {units} z "
        "wartością; mediana {median}. Te same dane są w tabeli obok.",
        "compare.chart_missing": "Bez wartości: {count} (pominięte na wykresie).",
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
        "catalogue.count": "Pokazano {services} i {indicators}",
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
        "indicator.meta.freshness": "Aktualność",
        "indicator.meta.caveats": "Zastrzeżenia",
        "indicator.meta.breaks": "Przerwy w szeregu",
        "indicator.meta.provenance": "Pochodzenie danych",
        "indicator.meta.definition": "Definicja",
        "indicator.meta.name_en": "Nazwa angielska",
        "indicator.meta.real_source": "Źródło danych rzeczywistych",
        "indicator.meta.real_source_demo": "Źródło danych rzeczywistych, które je zastąpią",
        "indicator.real_source.bdl": "BDL: zmienne",
        "indicator.real_source.numerator": "licznik",
        "indicator.real_source.denominator": "mianownik",
        "indicator.real_source.smup": "SMUP: wskaźniki",
        "indicator.real_source.link_title": "Metadane zmiennej {id} w API Banku Danych Lokalnych",
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
        "indicator.stat.poland_published": "Polska (wartość opublikowana)",
        "indicator.level_choice": "Szczebel",
        "indicator.year_choice": "Rok",
        "indicator.top": "Najwyższe wartości",
        "indicator.bottom": "Najniższe wartości",
        "analiza.title": "Analiza: mapa, tabela i wykres",
        "analiza.area": "Obszar",
        "analiza.indicator": "Wskaźnik",
        "analiza.search": "Szukaj wskaźnika w całym katalogu",
        "analiza.search_placeholder": "np. biblioteki, podatek rolny",
        "analiza.level": "Szczebel",
        "analiza.territory": "Zawęź do obszaru",
        "analiza.territory.all": "cała Polska",
        "analiza.classes": "Przedziały na mapie",
        "analiza.classes.kwantyle": "kwantylowe (równe liczebności)",
        "analiza.classes.rowne": "równe przedziały",
        "analiza.year": "Rok",
        "analiza.group": "Pokaż tylko grupę porównawczą pierwszej zaznaczonej jednostki",
        "analiza.group.all": "wszystkie jednostki",
        "analiza.group.sasiedzi": "sąsiedzi",
        "analiza.group.podobne": "podobne jednostki",
        "analiza.group.administracyjna": "grupa administracyjna",
        "analiza.group.title.sasiedzi": "{name} i sąsiedzi",
        "analiza.group.title.podobne": "{name} i jednostki podobne",
        "analiza.group.title.administracyjna": "{name} i jej grupa administracyjna",
        "analiza.group.needs_unit": "Aby pokazać grupę porównawczą, zaznacz jednostkę na mapie "
        "lub w tabeli.",
        "analiza.play": "▶ Odtwórz lata",
        "analiza.pause": "⏸ Zatrzymaj",
        "analiza.clear": "Wyczyść zaznaczenie",
        "analiza.selected": "zaznaczone",
        "analiza.hover_rank": "pozycja {rank}",
        "analiza.map_caption": "Mapa: kliknij jednostkę, aby ją zaznaczyć lub odznaczyć. "
        "Tabela poniżej zawiera te same dane (także z klawiatury: "
        "Spacja zaznacza wiersz).",
        "analiza.series_caption": "Wykres: zaznaczone jednostki w kolejnych latach na tle "
        "Polski i mediany jednostek widoku.",
        "analiza.series_hint": "Zaznacz jednostki na mapie lub w tabeli",
        "analiza.median": "mediana ({level})",
        "analiza.tab.szereg": "Szereg czasowy",
        "analiza.tab.rozrzut": "Wobec kontekstu (rozrzut)",
        "analiza.tab.lejek": "Lejek",
        "analiza.tabs": "Wykres obok mapy",
        "analiza.scatter.x": "Wskaźnik na osi X (np. ludność, gęstość, dochody)",
        "analiza.scatter.log": "Skala osi",
        "analiza.scatter.log.none": "liniowa",
        "analiza.scatter.log.x": "logarytmiczna X",
        "analiza.scatter.log.y": "logarytmiczna Y",
        "analiza.scatter.log.xy": "logarytmiczne obie",
        "analiza.scatter.title": "{y} wobec: {x}, {place}, {year}",
        "analiza.scatter.suspect": "wartość wątpliwa (poza ρ i trendem)",
        "analiza.scatter.trend": "trend (MNK)",
        "analiza.scatter.summary": "ρ Spearmana = {rho} ({strength}), n = {n}.",
        "analiza.scatter.relation": "{strength} {direction} zależność",
        "analiza.scatter.positive": "dodatnia",
        "analiza.scatter.negative": "ujemna",
        "analiza.scatter.strength.negligible": "znikoma",
        "analiza.scatter.strength.weak": "słaba",
        "analiza.scatter.strength.moderate": "umiarkowana",
        "analiza.scatter.strength.strong": "silna",
        "analiza.scatter.strength.very_strong": "bardzo silna",
        "analiza.scatter.method": "ρ liczone na rangach (średnie rangi przy remisach); linia "
        "trendu: prosta metodą najmniejszych kwadratów (MNK).",
        "analiza.scatter.method.log": "ρ liczone na rangach (średnie rangi przy remisach); linia "
        "trendu: prosta metodą najmniejszych kwadratów (MNK) dopasowana do logarytmów na osiach "
        "logarytmicznych.",
        "analiza.scatter.summary.none": "Za mało jednostek z wartościami obu wskaźników (n = {n}), "
        "by policzyć ρ i linię trendu.",
        "analiza.scatter.suspect_note": "Wartości wątpliwe ({count}) pokazano pustymi rombami; nie "
        "wchodzą do ρ ani linii trendu.",
        "analiza.scatter.off_log": "Osie logarytmiczne nie pokazują jednostek z wartością zero lub "
        "ujemną ({count}).",
        "analiza.scatter.x_year": "{x}: rok {year} (brak danych za rok {view}).",
        "analiza.scatter_caption": "Wykres rozrzutu: każdy punkt to jednostka widoku; kliknij "
        "punkt, aby ją zaznaczyć lub odznaczyć. Wartości obu osi są w tabeli poniżej.",
        "analiza.image.scatter": "Rozrzut {fmt}",
        "analiza.note.chart": "Nieznany wykres „{value}”: pokazano szereg czasowy.",
        "analiza.note.x": "Wskaźnika „{value}” nie ma na tym szczeblu: na osi X pokazano ludność.",
        "analiza.table": "Tabela",
        "analiza.downloads": "Pobierz dane i obrazy bieżącego widoku",
        "analiza.export.csv": "CSV (UTF-8)",
        "analiza.export.csv_pl": "CSV dla Excela (średnik, przecinek)",
        "analiza.export.xlsx": "XLSX z metadanymi",
        "analiza.export.parquet": "Parquet",
        "analiza.image.map": "Mapa {fmt}",
        "analiza.image.series": "Wykres {fmt}",
        "analiza.legend.higher": "ciemniej = lepiej",
        "analiza.legend.lower": "ciemniej = lepiej (niżej lepiej)",
        "analiza.col.name": "Jednostka",
        "analiza.col.code": "TERYT",
        "analiza.col.value": "Wartość",
        "analiza.col.rank": "Pozycja",
        "analiza.col.percentile": "Percentyl",
        "analiza.col.percentile_help": "Odsetek pozostałych jednostek widoku, od których ta "
        "jednostka ma lepszą wartość (dla wskaźników neutralnych: "
        "wyższą).",
        "analiza.col.change_previous": "Zmiana r/r",
        "analiza.col.change_first": "Zmiana od {year}",
        "analiza.col.provenance": "Pochodzenie",
        "analiza.col.status": "Status danych",
        "analiza.col.status_help": "Rodzaj wartości: wartość, zjawisko nie wystąpiło (zero), "
        "brak danych, tajemnica statystyczna, nie dotyczy albo wartość wątpliwa. Wartość "
        "wątpliwa jest pokazana, ale nie ma pozycji ani percentyla i nie wchodzi do klas mapy.",
        "analiza.status.value": "wartość",
        "analiza.suspect_short": "wątpliwa",
        "analiza.hover_suspect": "wartość wątpliwa – nie uwzględniona w klasach i rankingu",
        "analiza.summary": "{year}: {count} z {total} jednostek ({level}) ma wartość. Mediana "
        "{median}; najwyższa: {top} ({top_value}), najniższa: {bottom} "
        "({bottom_value}).",
        "analiza.summary.empty": "Brak wartości w roku {year} dla tego widoku.",
        "analiza.summary.suspect": "Wartości wątpliwe (pokazane bez pozycji, poza klasami "
        "mapy): {names}.",
        "a11y.footer_link": "Deklaracja dostępności",
        "data.footer_link": "O danych",
        "data.title": "O danych",
        "data.intro": "Skąd pochodzą dane serwisu, z której wersji zbioru danych korzysta, kiedy "
        "były ostatnio synchronizowane, które wartości są rzeczywiste, a które demonstracyjne, "
        "jak oznaczamy jakość każdej wartości i jak wykrywamy wartości wątpliwe.",
        "data.sources.title": "Źródła",
        "data.sources.shipped": "Pliki dołączone do serwisu",
        "data.sources.shipped_caption": "Źródła danych rzeczywistych dołączone do serwisu",
        "data.sources.imported": "Dane zaimportowane i zsynchronizowane",
        "data.sources.imported_caption": "Źródła danych zaimportowanych z plików "
        "i pobranych z API: zmienne, wskaźniki, lata i data importu",
        "data.sources.none_imported": "Bieżąca wersja danych nie ma importów ani "
        "synchronizacji: wszystkie wartości pochodzą z plików dołączonych do serwisu albo są "
        "demonstracyjne.",
        "data.sources.col.kind": "Sposób",
        "data.sources.col.variables": "Zmienne",
        "data.sources.col.indicators": "Wskaźniki",
        "data.sources.col.years": "Lata",
        "data.sources.col.date": "Data importu",
        "data.sources.kind.import": "import pliku",
        "data.sources.kind.sync": "synchronizacja z API",
        "data.versions.title": "Wersje danych",
        "data.versions.none": "Dane zbudowano wprost z plików dołączonych do serwisu i nie mają "
        "jeszcze wersji: pierwsza powstanie przy pierwszym imporcie lub synchronizacji.",
        "data.versions.intro": "Każdy import i każda synchronizacja zapisuje pełną nową wersję "
        "zbioru danych i przełącza na nią serwis; poprzednie wersje zostają, a polecenie "
        "{command} przywraca wybraną.",
        "data.versions.caption": "Wersje zbioru danych, od najnowszej: stan, data i sposób "
        "powstania",
        "data.versions.col.version": "Wersja",
        "data.versions.col.time": "Powstała",
        "data.versions.col.made": "Jak powstała",
        "data.versions.col.indicators": "Przeliczone wskaźniki",
        "data.versions.col.state": "Stan",
        "data.versions.made.build": "zbudowana z plików serwisu",
        "data.versions.made.import": "import pliku {source}",
        "data.versions.made.sync": "synchronizacja: {source}",
        "data.versions.made.unknown": "nieznany",
        "data.versions.current": "bieżąca",
        "data.versions.restored": "przywrócona {time}",
        "data.sync.title": "Ostatnia synchronizacja",
        "data.sync.none": "Dane nie były jeszcze synchronizowane z API GUS.",
        "data.sync.how": "Synchronizację wskaźników SMUP uruchamia polecenie {command} "
        "(opis w pliku README projektu, w części o danych rzeczywistych).",
        "data.sync.caption": "Ostatnia synchronizacja każdego źródła: data, wersja danych, "
        "wskaźniki, zapytania do API i czas trwania",
        "data.sync.col.source": "Źródło",
        "data.sync.col.time": "Data",
        "data.sync.col.version": "Wersja danych",
        "data.sync.col.indicators": "Wskaźniki",
        "data.sync.col.requests": "Zapytania do API",
        "data.sync.col.duration": "Czas trwania",
        "data.sync.address": "Adres API ({source}): {url}",
        "date.month.1": "stycznia",
        "date.month.2": "lutego",
        "date.month.3": "marca",
        "date.month.4": "kwietnia",
        "date.month.5": "maja",
        "date.month.6": "czerwca",
        "date.month.7": "lipca",
        "date.month.8": "sierpnia",
        "date.month.9": "września",
        "date.month.10": "października",
        "date.month.11": "listopada",
        "date.month.12": "grudnia",
        "date.day": "{day} {month} {year}",
        "date.day_time": "{day} {month} {year}, {time}",
        "duration.days": "{days} d {hours} h {minutes} min",
        "duration.hours": "{hours} h {minutes} min",
        "duration.minutes": "{minutes} min {seconds} s",
        "duration.seconds": "{seconds} s",
        "data.sources.col.source": "Źródło",
        "data.sources.col.scope": "Zakres",
        "data.sources.col.licence": "Licencja i uznanie autorstwa",
        "data.sources.files": "Każdy plik (pochodzenie, data, licencja, sprawdzenia) opisują "
        "pliki SOURCE.md w katalogu data/raw repozytorium.",
        "data.source.bdl_2010.name": "GUS, Bank Danych Lokalnych: gminy 2010–2019",
        "data.source.bdl_2010.scope": "Dochody własne gmin według źródeł, w tym podatki "
        "lokalne; ludność według ekonomicznych grup wieku; powierzchnia. Wszystkie gminy, "
        "lata 2010–2019.",
        "data.source.bdl_2010.licence": "Dane GUS, z podaniem źródła: „Źródło: GUS, Bank "
        "Danych Lokalnych”. Eksporty BDL z repozytorium welkierk/projekt_interdyscyplinarny "
        "(bez pliku licencji).",
        "data.source.bdl_2015.name": "GUS, Bank Danych Lokalnych: Polska, województwa, powiaty "
        "i gminy 2015–2024",
        "data.source.bdl_2015.scope": "Dochody własne, wydatki majątkowe inwestycyjne i ludność "
        "(stan na 31 XII), lata 2015–2024. Wiersze Polski, województw i powiatów służą do "
        "sprawdzenia naszych sum.",
        "data.source.bdl_2015.licence": "Dane GUS, z podaniem źródła: „Źródło: GUS, Bank "
        "Danych Lokalnych”. Eksporty BDL z repozytorium FRatnayake/P2-gminy-inwestycje "
        "(bez pliku licencji).",
        "data.source.teryt.name": "Rejestr TERYT (TERC) i wykazy jednostek GUGiK",
        "data.source.teryt.scope": "Kody i nazwy województw, powiatów i gmin: TERC z 2020, 2022 "
        "i 2024 r. oraz wykaz 2479 gmin z 2026 r.; z nich przejścia dawnych kodów gmin "
        "na obecne.",
        "data.source.teryt.licence": "Urzędowy rejestr GUS. Kopie z publicznych repozytoriów "
        "(licencje MIT i GPL-3.0 albo bez licencji; szczegóły przy każdym pliku).",
        "data.source.prg.name": "Państwowy Rejestr Granic (PRG, GUGiK)",
        "data.source.prg.scope": "Granice województw, powiatów i gmin (stan z 2019 r.), "
        "uproszczone do map serwisu; z nich listy sąsiadów.",
        "data.source.prg.licence": "Dane GUGiK udostępniane bezpłatnie, przez "
        "jusuff/PolandGeoJson (The Unlicense, domena publiczna). Uznanie autorstwa: "
        "„granice: PRG/GUGiK”.",
        "data.source.libraries.name": "GUS, Bank Danych Lokalnych: biblioteki publiczne",
        "data.source.libraries.scope": "Ludność na 1 placówkę biblioteczną, czytelnicy na 1000 "
        "ludności i wypożyczenia na 1 czytelnika według gmin, 2002–2014; liczby placówek, "
        "czytelników i wypożyczeń odtwarzamy z tych wskaźników i ludności (2010–2014).",
        "data.source.libraries.licence": "Dane GUS, wykorzystanie z podaniem źródła "
        "(„GUS, Bank Danych Lokalnych”); zestawienie z repozytorium pbiecek/DataProducts.",
        "data.source.unemployment.name": "GUS, Bank Danych Lokalnych: bezrobocie rejestrowane",
        "data.source.unemployment.scope": "Bezrobotni zarejestrowani na 1000 osób w wieku "
        "produkcyjnym według gmin, 2003–2014; liczbę bezrobotnych odtwarzamy z ludności "
        "w wieku produkcyjnym (2010–2014).",
        "data.source.unemployment.licence": "Dane GUS, wykorzystanie z podaniem źródła "
        "(„GUS, Bank Danych Lokalnych”).",
        "data.source.exam.name": "CKE/OKE: egzamin ósmoklasisty 2025",
        "data.source.exam.scope": "Wyniki szkół z języka polskiego, matematyki i angielskiego, "
        "tylko województwo mazowieckie; średnie gmin ważone liczbą zdających. Poza mazowieckim: "
        "brak danych.",
        "data.source.exam.licence": "Publiczne wyniki egzaminu (CKE/OKE Warszawa), zestawienie "
        "z repozytorium Jacek-Korpikiewicz/wyniki-testow-2025.",
        "data.indicators.title": "Wskaźniki: dane rzeczywiste i demonstracyjne",
        "data.indicators.summary": "Katalog ma {total}. Dane rzeczywiste (GUS, CKE): {real}. "
        "Dane demonstracyjne: {demo}.",
        "data.indicators.col.area": "Obszar",
        "data.indicators.col.real": "Dane rzeczywiste",
        "data.indicators.col.demo": "Dane demonstracyjne",
        "data.flags.title": "Oznaczenia jakości wartości",
        "data.flags.intro": "Każda wartość ma jedno oznaczenie jakości: na stronach, w API "
        "(pole quality) i w plikach do pobrania (kolumna jakosc). Braki nie są zerami i są "
        "opisane słowami, nigdy samym kolorem.",
        "data.flags.caption": "Oznaczenia jakości: znaczenie, wygląd na mapie i liczba "
        "wartości w danych",
        "data.flags.col.flag": "Oznaczenie",
        "data.flags.col.meaning": "Znaczenie",
        "data.flags.col.map": "Na mapie (Analiza)",
        "data.flags.col.count": "Liczba wartości",
        "data.plausibility.title": "Jak sprawdzamy wiarygodność danych",
        "data.plausibility.intro": "Przy budowaniu danych każdą rzeczywistą wartość gminy "
        "sprawdzamy trzema regułami. Szukają one błędów w sprawozdaniach, a nie nietypowych "
        "gmin, dlatego są wąskie:",
        "data.plausibility.zero_total": "Zerowe sprawozdanie: dochody własne gminy wynoszą 0 zł "
        "w danym roku. Żadna gmina nie ma zerowych dochodów, więc zero oznacza brak "
        "sprawozdania budżetowego i wątpliwe są wszystkie jego pozycje (dochody według źródeł, "
        "podatki, wydatki inwestycyjne) tej gminy w tym roku. Przykład: Boguszów-Gorce "
        "w 2019 r. ma 0 zł we wszystkich pozycjach, po ok. 29 mln zł dochodów własnych "
        "w 2018 r. i ok. 37 mln zł w 2020 r.",
        "data.plausibility.isolated_jump": "Odosobniony skok: w szeregu, który zmienia się "
        "powoli (ludność, dochody własne, główne podatki), wartość jest ponad {factor}-krotnie "
        "wyższa albo niższa niż w obu sąsiednich latach, a wartości z tych lat różnią się od "
        "siebie najwyżej {agree}-krotnie. Takiego jednorocznego skoku nie tłumaczy ani szereg "
        "samej gminy, ani zmiany w innych gminach (zwykle kilka procent rocznie). Szeregów "
        "z natury zmiennych (inwestycje, sprzedaż majątku) tą regułą nie sprawdzamy.",
        "data.plausibility.zero_with_activity": "Zero mimo działalności: w danym roku "
        "biblioteki gminy miały czytelników, ale zero wypożyczeń (np. Złotów w 2011 r.: 351 "
        "czytelników na 1000 mieszkańców i 0 wypożyczeń).",
        "data.plausibility.negative": "Ujemne wpływy netto nie są wątpliwe: zwroty mogą "
        "przewyższyć wpływy (np. w 2015 r. kopalnie na Śląsku odzyskały podatek od "
        "nieruchomości od wyrobisk górniczych: Pawłowice −6,5 mln zł).",
        "data.plausibility.effect": "Wartość wątpliwa zostaje w danych i jest pokazywana "
        "z oznaczeniem „wartość wątpliwa”, ale nie wchodzi do rankingów, percentyli, median, "
        "klas mapy, statystyk grup porównawczych, diagnozy ani sum powiatów, województw "
        "i Polski. Wskaźnik liczony z wątpliwej wartości też jest wątpliwy.",
        "data.plausibility.count": "Wątpliwe wartości źródłowe: {sources}. Wartości wskaźników "
        "liczone z nich (też wątpliwe): {values}.",
        "data.plausibility.download": "Pobierz listę wartości wątpliwych (CSV)",
        "data.plausibility.download_note": "CSV w UTF-8, przecinek jako separator, kolumny: "
        "kod_teryt, nazwa, zmienna, rok, wartosc, regula.",
        "data.plausibility.missing": "Lista wartości wątpliwych nie jest dostępna dla tej "
        "wersji danych.",
        "data.plausibility.list": "Lista wartości wątpliwych ({count})",
        "data.plausibility.caption": "Wartości wątpliwe: jednostka, zmienna, rok, wartość "
        "i reguła, którą narusza",
        "data.plausibility.col.unit": "Jednostka",
        "data.plausibility.col.variable": "Zmienna",
        "data.plausibility.col.year": "Rok",
        "data.plausibility.col.value": "Wartość",
        "data.plausibility.col.rule": "Reguła",
        "data.rule.zero_total": "zerowe sprawozdanie",
        "data.rule.isolated_jump": "odosobniony skok",
        "data.rule.zero_with_activity": "zero mimo działalności",
        "a11y.title": "Deklaracja dostępności",
        "lang.switch": "Język",
        "lang.en": "English",
        "lang.pl": "Polski",
        "lang.current": "bieżący język",
        "lang.bad_code": "Nieznany język „{code}”: serwis jest dostępny po polsku (pl) "
        "i po angielsku (en).",
        "indicator.meta.name_pl": "Nazwa polska",
        "service.page_title": "Usługa",
        "indicator.page_title": "Wskaźnik",
        "profile.page_title": "Profil jednostki",
        "profile.density": "Gęstość zaludnienia",
        "charts.units_short": "jedn.",
        "charts.unit_count": "liczba jednostek",
        "charts.median": "mediana",
        "notfound.title": "Nie znaleziono strony",
        "notfound.unit": "Nie ma jednostki o kodzie „{code}”.",
        "notfound.service": "Nie ma usługi o identyfikatorze „{id}”.",
        "notfound.indicator": "Nie ma wskaźnika o identyfikatorze „{id}”.",
        "notfound.page": "Strona „{path}” nie istnieje.",
        "notfound.hint": "Wyszukaj jednostkę poniżej albo przejdź do katalogu usług.",
        "api.footer_link": "Otwarte API (dane do pobrania)",
        "api.page.title": "Otwarte API",
        "api.page.base": "Adres bazowy:",
        "api.page.spec": "Opis maszynowy (OpenAPI 3.1):",
        "api.page.paging": "Listy jednostek i wartości są stronicowane: limit od 1 do 1000 "
        "wierszy (domyślnie 100), offset od 0; adres następnej strony jest w links.next "
        "(w CSV w nagłówku Link), a liczba wszystkich wierszy w meta.total (w CSV w nagłówku "
        "X-Total-Count).",
        "api.page.errors": 'Błędy są zwracane jako JSON {"error": {"code", '
        '"message"}} z kodem HTTP: 400 – niepoprawny parametr, 404 – nieznany zasób, '
        "422 – nieznany wskaźnik, jednostka, obszar lub usługa w parametrze.",
        "api.page.cors": "API służy tylko do odczytu (GET) i można z niego korzystać z innych "
        "stron (nagłówek Access-Control-Allow-Origin: *).",
        "api.page.demo": "Wiersze z provenance = demo to dane demonstracyjne: są wygenerowane "
        "i nie są danymi rzeczywistymi. Nie publikuj ich jako danych GUS.",
        "api.page.contents": "Zasoby API",
        "api.page.no_params": "Bez parametrów.",
        "api.page.params_caption": "Parametry {path}",
        "api.page.col.name": "Parametr",
        "api.page.col.where": "Miejsce",
        "api.page.col.required": "Wymagany",
        "api.page.col.description": "Opis",
        "api.page.col.values": "Dozwolone wartości",
        "api.page.in.query": "zapytanie",
        "api.page.in.path": "ścieżka",
        "api.page.yes": "tak",
        "api.page.no": "nie",
        "api.page.examples": "Przykłady:",
        "api.error.no_params": "Ten zasób nie przyjmuje parametrów (podano: „{names}”).",
        "api.notice.demo": "Wiersze z provenance = demo to dane demonstracyjne: są "
        "wygenerowane i nie są danymi rzeczywistymi.",
        "api.error.unknown_param": "Nieznany parametr: „{names}”. Dozwolone: {allowed}.",
        "api.error.too_long": "Parametr „{name}” jest za długi (maksymalnie {max} znaków).",
        "api.error.not_integer": "Parametr „{name}” musi być liczbą całkowitą, a jest „{value}”.",
        "api.error.out_of_range": "Parametr „{name}” = {value} jest poza zakresem {min}–{max}.",
        "api.error.bad_level": "Nieznany szczebel „{value}”. Dozwolone: {allowed}.",
        "api.error.bad_format": "Nieznany format „{value}”. Dozwolone: json, csv.",
        "api.error.empty_units": "Parametr „units” jest pusty: podaj kody TERYT rozdzielone "
        "przecinkami.",
        "api.error.too_many_units": "Za dużo jednostek w „units” (najwyżej {max}).",
        "api.error.bad_code": "Niepoprawny kod TERYT: „{value}”. Kod to 2, 4 lub 7 cyfr.",
        "api.error.bad_parent": "„{value}” nie jest kodem Polski (00), województwa ani powiatu.",
        "api.error.unknown_unit": "Nie ma jednostki o kodzie „{code}”.",
        "api.error.unknown_units": "Nie ma jednostek o kodach: „{codes}”.",
        "api.error.unknown_area": "Nie ma obszaru o identyfikatorze „{id}”.",
        "api.error.unknown_service": "Nie ma usługi o identyfikatorze „{id}”.",
        "api.error.unknown_indicator": "Nie ma wskaźnika o identyfikatorze „{id}”.",
        "api.error.missing_indicator": "Brak wymaganego parametru „indicator” "
        "(identyfikator wskaźnika, np. ludnosc).",
        "api.error.read_only": "API służy tylko do odczytu: dozwolona jest metoda GET.",
        "api.error.unknown_path": "Nie ma takiego zasobu: {path}. Opis API: /api/v1/openapi.json.",
        "api.error.http": "Żądanie nie może być obsłużone (HTTP {status}).",
        "api.doc.title": "Monitoring usług publicznych JST – otwarte API",
        "api.doc.description": "Dane tylko do odczytu: jednostki terytorialne, katalog "
        "obszarów, usług i wskaźników oraz wartości wskaźników, w formacie JSON lub CSV. "
        "Każda wartość ma status (value, no_data, not_applicable, confidential, suspect), "
        "oznaczenie jakości (quality) i pochodzenie: real – dane GUS, demo – dane "
        "demonstracyjne, wygenerowane, które nie są danymi rzeczywistymi. Wartość suspect "
        "(wątpliwa) nie ma pozycji i nie wchodzi do sum. Źródło danych rzeczywistych: GUS, "
        "Bank Danych Lokalnych.",
        "api.doc.schema.link": "Adres strony (względny) albo null, gdy jej nie ma.",
        "api.doc.schema.message": "Opis błędu po polsku.",
        "api.doc.schema.notice": "Ostrzeżenie, gdy na stronie są dane demonstracyjne.",
        "api.doc.schema.source": "Źródło wartości: import lub synchronizacja, które ją "
        "przyniosły (np. „GUS, SMUP”), albo źródło wskaźnika z katalogu.",
        "api.doc.schema.import_date": "Data importu lub synchronizacji, która przyniosła "
        "wartość; null dla wartości z plików dołączonych do serwisu.",
        "api.doc.schema.import_kind": "import: import pliku CSV; sync: synchronizacja z API.",
        "api.doc.schema.real_source": "Skąd pochodzą wartości rzeczywiste wskaźnika, a dla "
        "wskaźnika demonstracyjnego: jakie źródło je zastąpi. Identyfikatory zmiennych GUS BDL "
        "licznika i mianownika (zmienne jednej listy się sumuje; metadane: "
        "https://bdl.stat.gov.pl/api/v1/variables/{id}), wskaźniki SMUP, adres publicznego "
        "źródła (albo null) i uwaga po polsku i po angielsku.",
        "api.doc.param.limit": "Liczba wierszy na stronie: 1–1000, domyślnie 100.",
        "api.doc.param.offset": "Numer pierwszego wiersza strony, od 0 do "
        "1\u00a0000\u00a0000\u00a0000 (adres następnej strony jest w links.next).",
        "api.doc.param.format": "Format odpowiedzi: json (domyślnie) albo csv (UTF-8, przecinek "
        "jako separator pól, kropka dziesiętna). W CSV tekst zaczynający się od =, +, -, @, "
        "tabulacji lub powrotu karetki poprzedza apostrof, by arkusz nie wykonał go jako formuły; "
        "liczby są bez zmian.",
        "api.doc.param.level": "Szczebel: kraj, wojewodztwo, powiat albo gmina.",
        "api.doc.param.parent": "Kod jednostki nadrzędnej (00 – Polska, województwo lub "
        "powiat): tylko jednostki położone w jej granicach.",
        "api.doc.param.q": "Nazwa (polskie znaki nie są wymagane) albo początek kodu TERYT.",
        "api.doc.param.indicator": "Identyfikator wskaźnika (wymagany), np. ludnosc.",
        "api.doc.param.year": "Jeden rok, np. 2022 (razem z „years”: ten rok, jeśli leży w "
        "zakresie).",
        "api.doc.param.years": "Zakres lat, np. 2015-2020 (kolejność lat dowolna), albo jeden rok.",
        "api.doc.param.units": "Kody TERYT rozdzielone przecinkami, bez spacji (najwyżej 500); "
        "dawne kody są zamieniane na obecne.",
        "api.doc.param.area": "Identyfikator obszaru, np. kultura.",
        "api.doc.param.service": "Identyfikator usługi, np. biblioteki-publiczne.",
        "api.doc.param.code": "Kod TERYT jednostki (obecny lub dawny).",
        "api.doc.param.indicator_id": "Identyfikator wskaźnika.",
        "api.doc.response.ok": "Odpowiedź poprawna.",
        "api.doc.response.400": "Niepoprawny parametr (np. limit powyżej 1000, zły format "
        "roku, pusta wartość, nieznany parametr).",
        "api.doc.response.404": "Nie ma zasobu o takim identyfikatorze ani jednostki o takim "
        "kodzie TERYT.",
        "api.doc.response.422": "Parametr wskazuje coś, czego nie ma: identyfikator spoza listy "
        "dozwolonych wartości (nieznany wskaźnik, obszar lub usługa).",
        "api.doc.units.summary": "Jednostki terytorialne",
        "api.doc.units.description": "Polska, województwa, powiaty i gminy z kodami TERYT "
        "(stan 2026) i wcześniejszymi kodami gmin; filtry: szczebel, jednostka nadrzędna, "
        "nazwa; stronicowanie.",
        "api.doc.unit.summary": "Jedna jednostka",
        "api.doc.unit.description": "Jednostka o podanym kodzie TERYT; dawny kod gminy "
        "wskazuje jednostkę, która go dziś zastępuje.",
        "api.doc.areas.summary": "Obszary usług",
        "api.doc.areas.description": "Obszary usług publicznych z listą identyfikatorów usług.",
        "api.doc.services.summary": "Usługi publiczne",
        "api.doc.services.description": "Usługi z obszarem i listą identyfikatorów wskaźników.",
        "api.doc.indicators.summary": "Wskaźniki",
        "api.doc.changes.summary": "Zmiany danych",
        "api.doc.changes.description": "Wersje zbioru danych od najnowszej, każda z tym, co "
        "zmieniła względem poprzedniej: dodane i usunięte wskaźniki oraz dodane, poprawione i "
        "usunięte wartości, według obszarów (areas) i wskaźników (indicators, tylko zmienione). "
        "Wersja bez poprzedniej (previous = null) to pierwsza budowa: jej liczby mówią, co "
        "zawiera. To samo pokazuje strona /co-nowego.",
        "api.doc.schema.latest_year": "Najnowszy rok z wartością na każdym poziomie.",
        "api.doc.schema.last_import": "Kiedy wartości wskaźnika ostatnio zaimportowano (czas "
        "wersji danych, która je ostatnio zmieniła).",
        "api.doc.schema.version": "Identyfikator wersji danych; null dla danych wbudowanych bez "
        "wersji.",
        "api.doc.schema.previous": "Wersja, z którą porównano; null dla pierwszej wersji.",
        "api.doc.indicators.description": "Wskaźniki z podstawowymi metadanymi: usługa, wymiar, "
        "jednostka miary, kierunek (polarity), pochodzenie danych i szczeble.",
        "api.doc.indicator.summary": "Metryka wskaźnika",
        "api.doc.indicator.description": "Pełne metadane wskaźnika: definicja, formuła (licznik "
        "i mianownik), kierunek, źródło, pochodzenie danych, lata, zastrzeżenia, przerwy w "
        "szeregu i zaimportowane zbiory danych.",
        "api.doc.data.summary": "Wartości wskaźnika",
        "api.doc.data.description": "Wartości jednego wskaźnika dla jednostek i lat, z pozycją "
        "w rankingu szczebla. Filtry: szczebel, rok lub zakres lat, lista jednostek, jednostka "
        "nadrzędna. Wiersze z provenance = demo to dane demonstracyjne; source i import_date "
        "mówią, skąd i z którego importu lub synchronizacji pochodzi wartość.",
        "api.doc.openapi.summary": "Opis API (OpenAPI 3.1)",
        "api.doc.openapi.description": "Ten opis w formacie OpenAPI 3.1, do generowania "
        "klientów i walidacji odpowiedzi.",
        "sync.source_note": "{source} (API, pobrano {date})",
        "sync.apply.empty": "Synchronizacja nie przyniosła żadnych wartości; dane bez zmian.",
        "sync.apply.columns": "Dane z synchronizacji nie mają kolumn: {columns}.",
        "sync.apply.types": "Dane z synchronizacji mają wartości złego typu: {error}",
        "sync.apply.units": "Dane z synchronizacji dotyczą {count} nieznanych jednostek: {codes}.",
        "sync.apply.statuses": "Dane z synchronizacji mają nieznane statusy: {statuses}.",
        "sync.apply.values": "Dane z synchronizacji mają {count} wartości, które nie są liczbami, "
        "np. {example}.",
        "sync.apply.duplicates": "Dane z synchronizacji podają jedną wartość dwa razy, "
        "np. {example}.",
        "sync.apply.catalogue": "Katalog z synchronizacji jest niepoprawny: {error}",
        "ingest.source_note": "import: {source} (plik {file}, {date})",
        "ingest.api.bad_years": "Podaj lata jako RRRR albo RRRR-RRRR, np. 2015-2024.",
        "ingest.api.failed": "Nie udało się pobrać danych z API BDL: {error}",
        "ingest.api.saved": "Zapisano {rows} wartości do {path} (zapytań do API: {requests}). "
        "Sprawdź plik i wczytaj go poleceniem ingest-bdl-csv z mapowaniem.",
        "ingest.find.query": "Wyszukiwanie w BDL: „{query}” (szczebel: {level})",
        "ingest.find.any_level": "każdy",
        "ingest.find.subjects": "Tematy o pasującej nazwie: {count}",
        "ingest.find.group": "grupa tematów, bez własnych zmiennych",
        "ingest.find.variables": "Zmienne – kandydaci: {shown} z {count} (id, wymiary n1…n5):",
        "ingest.find.details": "jednostka: {unit} · poziom: {level} · temat: {subject} · "
        "lata: {years}",
        "ingest.find.none": "Nie znaleziono zmiennych dla „{query}”. Spróbuj krótszego "
        "fragmentu nazwy (np. „bibliotek”) albo innego szczebla.",
        "ingest.find.incomplete": "Wyszukiwarka BDL znalazła więcej rekordów, niż mieści pierwsza "
        "strona (100): zawęź zapytanie.",
        "ingest.find.next": "Zapytań do API BDL: {requests}. Przed użyciem sprawdź zmienną w "
        "/variables/{{id}} (wymiary, jednostka, poziom, lata), potem dodaj jej id do "
        "[indicators.real_source] w catalogue/*.toml.",
        "ingest.find.failed": "Nie udało się przeszukać API BDL: {error}",
        "ingest.find.level.0": "Polska",
        "ingest.find.level.1": "makroregiony",
        "ingest.find.level.2": "województwa",
        "ingest.find.level.3": "regiony",
        "ingest.find.level.4": "podregiony",
        "ingest.find.level.5": "powiaty",
        "ingest.find.level.6": "gminy",
        "ingest.find.level.7": "miejscowości statystyczne",
        "ingest.severity.error": "BŁĄD",
        "ingest.severity.warning": "uwaga",
        "ingest.severity.info": "informacja",
        "ingest.where.line": "wiersz {line}",
        "ingest.where.column": "kolumna „{column}”",
        "ingest.where.value": "wartość „{value}”",
        "ingest.col.n": "kolumna nr {n}",
        "ingest.error.missing_file": "Nie ma pliku {path}.",
        "ingest.error.too_big": "Plik jest za duży (więcej niż {max} MB).",
        "ingest.error.encoding": "Plik nie jest tekstem w kodowaniu UTF-8 ani Windows-1250.",
        "ingest.warning.cp1250": "Plik jest w kodowaniu Windows-1250; odczytano go i "
        "przekonwertowano.",
        "ingest.error.empty": "Plik jest pusty.",
        "ingest.error.header_start": "Nagłówek musi zaczynać się od kolumn „Kod” i „Nazwa” "
        "(format eksportu CSV z BDL, separator „;”).",
        "ingest.error.header_column": "Nagłówek kolumny nie ma postaci "
        "„wymiar;rok;[jednostka]” ani „rok_RRRR”.",
        "ingest.error.header_duplicate": "Ta sama kolumna (wymiar i rok) występuje drugi raz "
        "(pierwszy raz w kolumnie nr {other}).",
        "ingest.error.year": "Rok poza zakresem {first}–{last}.",
        "ingest.error.no_column": "W pliku nie ma kolumny „{match}” wskazanej w mapowaniu dla "
        "zmiennej {variable}. Kolumny w pliku: {available}.",
        "ingest.error.unit": "Inna jednostka miary niż w mapowaniu (oczekiwano „{expected}”).",
        "ingest.error.ragged": "Wiersz ma {found} pól, a nagłówek {expected}.",
        "ingest.error.bad_code": "Niepoprawny kod jednostki (oczekiwano 7 cyfr kodu TERYT; "
        "kod z 6 cyframi traktujemy jako kod bez wiodącego zera).",
        "ingest.error.duplicate_code": "Kod powtórzony (pierwszy raz w wierszu {other}).",
        "ingest.error.unknown_code": "Nieznany kod gminy: nie ma go w rejestrze TERYT ani "
        "wśród kodów historycznych, a jego powiat nie istnieje.",
        "ingest.warning.abolished": "Kod „{name}” nie ma obecnego odpowiednika (np. gmina "
        "zniesiona lub włączona do innej): jej wartości wliczają się tylko do sum powiatu, "
        "województwa i Polski.",
        "ingest.error.not_number": "To nie jest liczba (dozwolone: liczba z przecinkiem "
        "dziesiętnym, pusta komórka lub „.” = brak danych, „-” = zero, „x” = nie dotyczy).",
        "ingest.error.range": "Wartość poza dozwolonym zakresem {min} – {max}.",
        "ingest.error.double_value": "Dwie wartości dla jednostki {code} w roku {year} "
        "(wiersze {lines}, kody {codes}).",
        "ingest.error.no_values": "Plik nie zawiera żadnej wartości dla gmin w mapowanych "
        "kolumnach.",
        "ingest.warning.aggregate": "Suma po gminach w roku {year} ({ours}) różni się od "
        "wartości podanej przez GUS dla tej jednostki ({reported}).",
        "ingest.warning.more": "… i {count} kolejnych różnic sum.",
        "ingest.info.repaired": "Uzupełniono wiodące zero w {count} kodach (np. {examples}).",
        "ingest.info.historical": "{count} kodów historycznych przypisano obecnym gminom: "
        "{examples}.",
        "ingest.info.parts": "Pominięto {count} wierszy części gmin (miasto i obszar wiejski "
        "gminy miejsko-wiejskiej, dzielnice): nie są osobnymi JST.",
        "ingest.mapping.not_number": "{where}: „{value}” nie jest liczbą.",
        "ingest.mapping.not_table": "Mapowanie musi być tabelą z kluczami „source” (tekst), "
        "„years” i listą „columns”.",
        "ingest.mapping.no_columns": "Mapowanie nie ma listy „columns” (co najmniej jedna "
        "kolumna).",
        "ingest.mapping.column_n": "kolumna nr {n} mapowania",
        "ingest.mapping.not_table_at": "{where}: oczekiwano tabeli z kluczami „match” i "
        "„variable”.",
        "ingest.mapping.unknown_keys": "{where}: nieznane klucze: {keys} (dozwolone: match, "
        "variable, unit, min, max).",
        "ingest.mapping.missing_keys": "{where}: „match”, „variable” i „unit” muszą być "
        "tekstem; „match” i „variable” są wymagane.",
        "ingest.mapping.unknown_variable": "{where}: zmienna „{variable}” nie jest licznikiem "
        "ani mianownikiem żadnego wskaźnika katalogu.",
        "ingest.mapping.bad_range": "{where}: „max” jest mniejsze niż „min”.",
        "ingest.mapping.duplicate_variable": "Ta sama zmienna w kilku kolumnach mapowania: "
        "{variables}.",
        "ingest.mapping.bad_years": "„years” musi być parą lat [od, do], np. [2015, 2024].",
        "ingest.mapping.missing_file": "Nie ma pliku mapowania {path}.",
        "ingest.mapping.too_big": "Plik mapowania {path} jest za duży.",
        "ingest.mapping.unreadable": "Nie można odczytać mapowania {path}: {error}",
        "ingest.report.file": "Plik {name} (SHA-256 {sha}…):",
        "ingest.report.more": "… i {count} kolejnych uwag.",
        "ingest.report.bad_mapping": "Błąd mapowania: {error}",
        "ingest.report.failed": "Import przerwany: {count} błędów w pliku.",
        "ingest.report.unchanged": "Dane nie zostały zmienione.",
        "ingest.report.valid": "Plik poprawny: {values} wartości dla {gminy} gmin, zmienne: "
        "{variables}.",
        "ingest.report.dry_run": "Tryb próbny (--dry-run): dane nie zostały zmienione.",
        "ingest.report.done": "Zaimportowano jako wersję danych {version} (poprzednia: "
        "{previous}). Przeliczone wskaźniki: {indicators}.",
        "ingest.report.restart": "Działająca aplikacja pokaże nową wersję danych "
        "przy następnym zapytaniu.",
        "ingest.version.locked": "Trwa inny import lub przywracanie danych; spróbuj za chwilę.",
        "ingest.version.incomplete": "Wersja danych {id} jest niekompletna.",
        "ingest.version.no_data": "Brak zbudowanych danych w {path}: uruchom najpierw "
        "„flask --app app build-data”.",
        "ingest.version.not_versioned": "Dane nie mają jeszcze wersji (nie było importu).",
        "ingest.version.unknown": "Nie ma wersji danych „{id}”. Ostatnie wersje: {known}.",
        "ingest.version.none": "Brak wersji danych (nie było importu).",
        "ingest.version.imports": "importów: {count}",
        "ingest.version.restored": "Przywrócono wersję danych {id} (poprzednia: {previous}).",
        "ingest.smup.all": "wszystkie",
        "ingest.smup.selection": "obszary: {areas}; wskaźniki: {indicators}; lata: {years}",
        "ingest.smup.dictionaries": "Słowniki SMUP: obszary {areas}, usługi {services}, wskaźniki "
        "{indicators}, lata {years}, flagi {flags}.",
        "ingest.smup.units": "Jednostki SMUP: {mapped} przypisanych do naszych kodów; pominięte: "
        "{parts} części gmin miejsko-wiejskich (rodz 4/5) i {districts} dzielnic (rodz 8/9).",
        "ingest.smup.units_unknown": "Jednostki SMUP spoza naszego rejestru (nieprzypisane, "
        "{count}): {units}.",
        "ingest.smup.linked": "Wskaźniki SMUP powiązane z naszymi (nie są dodawane drugi raz): "
        "{links}.",
        "ingest.smup.plan": "Plan: serie {series} (wskaźniki SMUP: {indicators}) × lata {years}; "
        "par wskaźnik–rok już pobranych: {kept}; zapytań o dane do wysłania: {requests}.",
        "ingest.smup.estimate": "Szacowany czas pobierania przy limitach API: z kluczem {keyed}, "
        "bez klucza {anonymous} (ten przebieg: {mode}).",
        "ingest.smup.keyed": "z kluczem",
        "ingest.smup.anonymous": "bez klucza",
        "ingest.smup.dry_run": "Tryb próbny (--dry-run): pobrano tylko słowniki; dane i punkt "
        "kontrolny nie zostały zmienione.",
        "ingest.smup.nothing_to_resume": "Nie ma przerwanej synchronizacji do wznowienia; "
        "zaczynam nową.",
        "ingest.smup.resuming": "Wznawiam synchronizację rozpoczętą {started} ({selection}).",
        "ingest.smup.interrupted_before": "Poprzednia synchronizacja (rozpoczęta {started}) nie "
        "została dokończona. Uruchom polecenie z --resume, aby ją dokończyć (pobrane części "
        "zostaną wykorzystane), albo usuń plik {path}, aby zacząć nową z innym wyborem.",
        "ingest.smup.resume_differs": "--resume dokańcza przerwaną synchronizację z jej własnym "
        "wyborem ({selection}); uruchom je bez --areas, --indicators i --years.",
        "ingest.smup.progress.rows": "wskaźnik {indicator}, rok {year}: wierszy {rows}",
        "ingest.smup.progress.none": "wskaźnik {indicator}, rok {year}: brak danych (HTTP 404)",
        "ingest.progress.line": "[{done}/{total}] {item}. Pozostało ok. {eta}.",
        "ingest.progress.unit": "zapytań",
        "ingest.smup.done": "Zsynchronizowano dane SMUP jako wersję danych {version} (poprzednia: "
        "{previous}); przeliczone wskaźniki: {indicators}.",
        "ingest.smup.unchanged": "Brak nowych danych SMUP: bieżąca wersja danych {version} już je "
        "zawiera; nic nie zostało przełączone.",
        "ingest.sync.interrupted": "Przerwano. Dane nie zostały zmienione; pobrane części są w "
        "{path}: dokończ poleceniem z --resume.",
        "ingest.smup.kept": "Dane nie zostały zmienione; pobrane części są w {path}: po usunięciu "
        "przyczyny dokończ poleceniem z --resume.",
        "ingest.smup.error.network": "Brak połączenia z API SMUP ({url}): {reason}. Sprawdź "
        "połączenie z internetem i adres API (--base-url, SMUP_API_URL).",
        "ingest.smup.error.dns": "Nie można odnaleźć serwera API SMUP „{host}” (błąd DNS). Sprawdź "
        "adres API (--base-url, SMUP_API_URL) i połączenie z internetem.",
        "ingest.smup.error.server": "API SMUP odpowiada błędem serwera HTTP {status} także po "
        "{retries} ponowieniach ({url}). Spróbuj później.",
        "ingest.smup.error.http": "API SMUP odpowiedziało HTTP {status} ({url}).",
        "ingest.smup.error.rejected_key": "API SMUP odrzuciło klucz (HTTP {status}). Sprawdź "
        "zmienną środowiskową SMUP_API_KEY albo usuń ją, aby pobierać bez klucza (wolniej).",
        "ingest.smup.error.needs_key": "API SMUP odmówiło dostępu bez klucza (HTTP {status}). "
        "Ustaw klucz w zmiennej środowiskowej SMUP_API_KEY.",
        "ingest.smup.error.truncated": "Odpowiedź API SMUP jest ucięta albo nie jest poprawnym "
        "JSON-em ({url}): {reason}.",
        "ingest.smup.error.shape": "Odpowiedź API SMUP ma nieoczekiwany kształt: {path}, pole "
        "„{field}”: {problem}. Próbka: {sample}. Założenia o polach API są w "
        "ingest/smup/fields.py.",
        "ingest.smup.shape.envelope": "oczekiwano tablicy rekordów albo obiektu z tablicą rekordów",
        "ingest.smup.shape.record": "rekord nie jest obiektem JSON",
        "ingest.smup.shape.missing": "brak pola",
        "ingest.smup.shape.not_id": "to nie jest identyfikator liczbowy",
        "ingest.smup.shape.not_text": "to nie jest niepusty tekst",
        "ingest.smup.shape.not_number": "to nie jest liczba",
        "ingest.smup.shape.duplicate": "ten sam identyfikator drugi raz",
        "ingest.smup.shape.dimension": "nieznany wymiar (oczekiwano: ilość, jakość, dostępność, "
        "efektywność albo kontekst)",
        "ingest.smup.shape.date": "identyfikator daty nie ma postaci RRRR1231",
        "ingest.smup.shape.other_indicator": "wiersz innego wskaźnika niż zamówiony",
        "ingest.smup.shape.other_year": "wiersz innego roku niż zamówiony",
        "ingest.smup.shape.page_ignored": "następna strona powtarza poprzednią (serwer pomija "
        "parametr strony)",
        "ingest.smup.shape.too_many_pages": "więcej stron, niż to możliwe",
        "ingest.smup.error.data": "Niepoprawne dane SMUP.",
        "ingest.smup.error.unknown_flag": "Nieznana flaga SMUP {id} „{text}”: nie wiadomo, co "
        "znaczy (wartość, zero, brak danych, tajemnica). Dopisz ją do FLAG_RULES w "
        "ingest/smup/fields.py.",
        "ingest.smup.error.unknown_row_flag": "Dane SMUP mają flagi spoza słownika flag: {flags} "
        "(wskaźnik, rok: {where}).",
        "ingest.smup.error.zero_with_value": "Flaga „zjawisko nie wystąpiło” przy wartości {value} "
        "(wskaźnik {indicator}, rok {year}, jednostka SMUP {unit}): sprzeczność; sprawdź "
        "FLAG_RULES w ingest/smup/fields.py.",
        "ingest.smup.error.unit_not_in_dictionary": "Dane SMUP dotyczą jednostek, których nie ma w "
        "słowniku jednostek ({count}): {units} (wskaźnik, rok: {where}).",
        "ingest.smup.error.unknown_units": "Dane SMUP dotyczą jednostek spoza naszego rejestru "
        "(data/built/units.parquet), {count}: {units}. Kody nie są zgadywane.",
        "ingest.smup.error.conflict": "Dwie różne wartości dla jednostki {code} w roku {year} "
        "(wskaźniki SMUP {indicators}; takich przypadków: {count}).",
        "ingest.smup.error.orphan_service": "Usługa SMUP {id} należy do obszaru {area}, którego "
        "nie ma na liście obszarów.",
        "ingest.smup.error.orphan_indicator": "Wskaźnik SMUP {id} należy do usługi {service}, "
        "której nie ma na liście usług.",
        "ingest.smup.error.bad_areas": "Nieznane obszary: {areas}. Dostępne: {known}.",
        "ingest.smup.error.bad_indicators": "Nieznane wskaźniki SMUP: {indicators}.",
        "ingest.smup.error.no_years": "Wybrane lata są poza latami danych SMUP ({span}).",
        "ingest.smup.error.locked": "Trwa inna synchronizacja SMUP (blokada w {path}); "
        "spróbuj, gdy się skończy.",
        "ingest.smup.error.checkpoint": "Nie można odczytać punktu kontrolnego {path}: {error}",
        "ingest.smup.error.no_data": "Brak zbudowanych danych w {path}: uruchom najpierw "
        "flask --app app build-data.",
        "ingest.bdl_sync.plan": "Plan: {variables} zmiennych z {ids} zmiennych BDL, lata "
        "{first}–{last}: {requests} zapytań o dane (po jednej stronie na 100 gmin).",
        "ingest.bdl_sync.estimate": "Szacowany czas w limitach API BDL: z kluczem ok. {keyed}, "
        "bez klucza ok. {anonymous}.",
        "ingest.bdl_sync.real_after": "Dane rzeczywiste zastąpią dane demonstracyjne "
        "(demonstracyjne wskaźniki z pełnymi danymi BDL): {indicators}: {ids}.",
        "ingest.bdl_sync.conflict": "Pominięto zmienną, którą wskaźniki wiążą z różnymi "
        "zmiennymi BDL (popraw real_source w katalogu): {problem}",
        "ingest.bdl_sync.unknown_indicators": "Nieznane wskaźniki: {ids}.",
        "ingest.bdl_sync.nothing": "Żaden z wybranych wskaźników nie podaje zmiennych BDL "
        "(bdl_numerator, bdl_denominator w katalogu); nie ma czego pobrać.",
        "ingest.bdl_sync.left_out": "Pominięto {count} jednostek spoza bieżącego rejestru gmin "
        "(zgłoszone, nie zgadywane): {codes}.",
        "ingest.bdl_sync.failed": "Synchronizacja z API BDL nie powiodła się: {error}",
        "ingest.bdl_sync.kept": "Dane nie zostały zmienione; pobrane części są w {path}: po "
        "usunięciu przyczyny dokończ poleceniem z --resume.",
        "ingest.bdl_sync.interrupted": "Poprzednia synchronizacja z API BDL nie została "
        "dokończona; pobrane części są w {path}: dokończ ją poleceniem z --resume.",
        "ingest.bdl_sync.done": "Zsynchronizowano dane BDL jako wersję danych {version} "
        "(poprzednia: {previous}); przeliczone wskaźniki: {indicators}.",
        "ingest.error.disk_full": "Brak miejsca na dysku ({error}).",
        "ingest.error.disk": "Błąd zapisu na dysku: {error}.",
        "error.generic": "Wystąpił błąd. Spróbuj ponownie za chwilę.",
        # --- printed reports (issue 6) ---
        "reports.button": "Drukuj / PDF",
        "reports.button_title": "Raport do druku o jednostce {name} (strona HTML i PDF)",
        "reports.service_button": "raport usługi",
        "reports.card.label": "Raport do druku o tej usłudze w wybranej jednostce (nazwa "
        "lub kod TERYT)",
        "reports.card.placeholder": "np. Bolesławiec, 0201011",
        "reports.choose.title": "Wybierz jednostkę",
        "reports.choose.text": "Nazwie „{query}” odpowiada kilka jednostek. Wybierz, dla której "
        "przygotować raport usługi „{service}”:",
        "reports.service_button_title": "Raport do druku: {service} w jednostce {name}",
        "reports.toolbar": "Raport",
        "reports.print": "Drukuj",
        "reports.download_pdf": "Pobierz PDF",
        "reports.back_profile": "← Profil: {name}",
        "reports.back_service": "← Karta usługi: {service}",
        "reports.search": "Szukaj",
        "reports.busy.title": "Raport PDF jest przygotowywany",
        "reports.busy.text": "Serwer przygotowuje teraz inny raport PDF. Ta strona sama "
        "spróbuje ponownie za {seconds} s.",
        "reports.busy.retry": "Spróbuj teraz",
        "reports.preparing.title": "Przygotowujemy raport…",
        "reports.preparing.text": "Plik PDF raportu jest właśnie tworzony; zwykle trwa to "
        "kilka sekund. Ta strona sama otworzy go, gdy będzie gotowy.",
        "reports.preparing.ready": "Raport jest gotowy — otwieramy plik PDF.",
        "reports.preparing.retry": "Sprawdź teraz",
        "reports.pdf.html_version": "Otwórz wersję do druku w przeglądarce (ta sama treść)",
        "reports.failed.title": "Nie udało się przygotować raportu PDF",
        "reports.failed.text": "Podczas tworzenia pliku PDF wystąpił błąd. Spróbuj ponownie "
        "za chwilę; jeśli błąd się powtórzy, skorzystaj z wersji do druku w przeglądarce.",
        "reports.failed.retry": "Spróbuj ponownie",
        "reports.unit.title": "Raport: {name} ({kind})",
        "reports.unit.kicker": "Raport o usługach publicznych",
        "reports.unit.description": "Raport o usługach publicznych: {name}, {kind}. Wskaźniki "
        "na tle powiatu, województwa, Polski i grupy porównawczej.",
        "reports.service.title": "Raport: {service} — {name}",
        "reports.service.kicker": "Raport o usłudze",
        "reports.service.description": "Raport o usłudze „{service}” w jednostce {name}: "
        "wszystkie wskaźniki we wszystkich latach.",
        "reports.service.no_indicators": "Ta usługa nie ma wskaźników dla szczebla: {level}.",
        "reports.keywords": "SMUP, usługi publiczne, raport o stanie gminy",
        "reports.generated": "Stan na {date}",
        "reports.page": "strona",
        "reports.page_of": "z",
        "reports.demo_label": "DEMO",
        "reports.demo_intro": "Oznaczenie DEMO przy wartości: dane demonstracyjne.",
        "reports.demo_footer": "DEMO — dane demonstracyjne: wartości wygenerowane, "
        "nie są danymi rzeczywistymi.",
        "reports.notes_title": "Uwagi do ustawień raportu",
        "reports.note.bad_areas": "Nieznane obszary pominięto: {areas}.",
        "reports.note.no_areas": "Żaden z podanych obszarów nie istnieje: raport obejmuje "
        "wszystkie obszary.",
        "reports.note.bad_years": "Nieprawidłowy zakres lat (od „{od}” do „{do}”): raport "
        "obejmuje wszystkie lata {low}–{high}.",
        "reports.cover.kind": "Typ jednostki",
        "reports.cover.teryt": "Kod TERYT",
        "reports.cover.years": "Lata",
        "reports.cover.group": "Grupa porównawcza",
        "reports.cover.date": "Data sporządzenia",
        "reports.no_group": "brak (jednostka nie ma grupy tego samego szczebla)",
        "reports.group_members": "Skład grupy porównawczej: {label}",
        "reports.group_median": "Mediana grupy",
        "reports.locator": "Położenie: {name} na tle województwa",
        "reports.source": "Źródło: GUS, Bank Danych Lokalnych; granice: PRG (GUGiK). "
        "Opracowanie: Monitoring usług publicznych JST.",
        "reports.toc": "Spis treści",
        "reports.how_to_read": "Jak czytać raport",
        "reports.how_to_read.text": "Wartość to najnowszy rok w wybranym zakresie lat, w którym "
        "wskaźnik ma dane. Wykres trendu: linia ciągła z kropkami — jednostka; linia "
        "kropkowana — Polska (tylko dla wskaźników względnych, np. na mieszkańca). "
        "▲ lepiej niż mediana grupy, ▼ gorzej, = na poziomie mediany, ○ wskaźnik neutralny.",
        "reports.context.title": "Kontekst: ludność i terytorium",
        "reports.context.facts": "Podstawowe dane: {name}",
        "reports.population_chart": "Ludność: {name}, lata {start}–{end}",
        "reports.population_caption": "Ludność (stan na 31 XII). Od 2020 r. według bazy NSP 2021.",
        "reports.age.pre": "przedprodukcyjny",
        "reports.age.working": "produkcyjny",
        "reports.age.post": "poprodukcyjny",
        "reports.age.chart": "Struktura ludności według ekonomicznych grup wieku: {name} "
        "na tle powiatu, województwa i Polski, {year}",
        "reports.age.caption": "Udział ludności w wieku przedprodukcyjnym, produkcyjnym "
        "i poprodukcyjnym (%).",
        "reports.col.value": "Wartość (rok)",
        "reports.position": "{rank}. z {of}",
        "reports.more_short": "(+{count} w raporcie usługi)",
        "reports.more_note": "Pozostałe wskaźniki usług są w raportach usług (odnośnik przy "
        "nazwie usługi) i w wersji tego raportu ze wszystkimi wskaźnikami.",
        "reports.note.bad_scope": "Nieznany zakres wskaźników „{value}”: pokazano wskaźniki "
        "kluczowe (możliwe: kluczowe, wszystkie).",
        "reports.scope.kluczowe": "wskaźniki kluczowe (po {count} na usługę)",
        "reports.scope.wszystkie": "wszystkie wskaźniki",
        "reports.verdict.better": "lepiej",
        "reports.verdict.worse": "gorzej",
        "reports.verdict.equal": "jak mediana",
        "reports.verdict.neutral": "bez oceny",
        "reports.col.trend": "Trend {start}–{end}",
        "reports.col.year": "Rok",
        "reports.col.position_region": "Miejsce w województwie",
        "reports.service_link": "(raport usługi)",
        "reports.diagnosis.more": "Pozostałe ustalenia w tym obszarze: {count} (pełna lista "
        "w profilu jednostki).",
        "reports.methods.title": "Metody i źródła",
        "reports.methods.indicators": "Wskaźniki: definicje, formuły i pochodzenie danych",
        "reports.methods.intro": "Każdy wskaźnik liczony jest tą samą formułą dla gmin, "
        "powiatów, województw i Polski. Brak danych i „nie dotyczy” to nie zera: są pokazane "
        "słownie. Wartość wątpliwa (naruszająca regułę wiarygodności) jest pokazana "
        "z oznaczeniem, ale bez pozycji i poza medianą grupy.",
        "reports.map.title": "Położenie na tle województwa",
        "reports.map.caption": "{indicator}, {year}: {name} na tle jednostek tego samego "
        "szczebla ({region})",
        "reports.map.range": "od {low} do poniżej {high}",
        "reports.map.range_closed": "od {low} do {high}",
        "reports.map.no_data": "brak danych",
        "reports.map.suspect": "wartość wątpliwa (poza klasami)",
        "reports.map.unit": "{name} (pogrubiony kontur i znacznik)",
        "reports.map.classes": "Klasy kwantylowe: każda obejmuje podobną liczbę jednostek; "
        "ciemniejszy kolor to wyższa wartość.",
        "reports.position.caption": "{name}: ostatnia wartość i miejsce wśród jednostek tego "
        "samego szczebla w województwie (1 = najlepsza wartość)",
        "reports.chart.label": "{indicator}: {name} na tle porównań",
        "reports.chart.total_note": "Wartość łączna: porównania z powiatem, województwem "
        "i Polską nie mają sensu, więc ich nie rysujemy.",
        "reports.years.caption": "{indicator}: wartości w kolejnych latach ({name} i porównania)",
        # --- Unit kinds, places, size classes and other texts of the English-UI leak fixes
        # (display only: the data keep the Polish kinds).
        "kind.gmina_miejska": "gmina miejska",
        "kind.gmina_wiejska": "gmina wiejska",
        "kind.gmina_miejsko_wiejska": "gmina miejsko-wiejska",
        "kind.miasto_gmina": "gmina miejska – miasto na prawach powiatu",
        "kind.miasto_powiat": "powiat – miasto na prawach powiatu",
        "kind.powiat": "powiat",
        "kind.wojewodztwo": "województwo",
        "kind.kraj": "kraj",
        "unit.powiat_short": "pow. {name}",
        "unit.woj_short": "woj. {name}",
        "unit.powiat_full": "powiat {name}",
        "unit.woj_full": "województwo {name}",
        "unit.locator_poland": "Położenie: {name} na mapie Polski",
        "comparison.method.formula": "z = (x − średnia) / odchylenie standardowe\n"
        "d(a, b) = √( Σ wᵢ · (z_aᵢ − z_bᵢ)² / Σ wᵢ )\n"
        "zgodność = zaokr(100 · max(0; 1 − d / 2))",
        "analiza.note.indicator": "Nie ma wskaźnika „{value}”: pokazano wskaźnik domyślny.",
        "analiza.note.level": "Nieznany szczebel „{value}”: pokazano gminy.",
        "analiza.note.year": "Brak danych za rok „{value}”: pokazano najnowszy rok.",
        "analiza.note.territory": "Nieznany lub niepasujący obszar „{value}”: pokazano całą "
        "Polskę.",
        "analiza.note.codes": "Pominięto kody spoza szczebla lub nieznane: {codes}.",
        "analiza.note.too_many": "Można zaznaczyć najwyżej {max} jednostek.",
        "analiza.note.group": "Nieznana grupa porównawcza „{value}”: pokazano wszystkie jednostki.",
        "analiza.export.columns_note": "Pliki danych mają stałe, polskie nazwy kolumn i etykiety "
        "(kod_teryt, nazwa, rodzaj, wskaznik, rok, wartosc, jednostka, status, jakosc, "
        "pochodzenie, pozycja, percentyl, zmiana_r_do_r, zmiana_od_pierwszego_roku), niezależne "
        "od języka strony. Kolumna jakosc podaje oznaczenie jakości wartości (np. „wartość "
        "wątpliwa”, „zjawisko nie wystąpiło”). W CSV i XLSX tekst zaczynający się od =, +, -, @ "
        "poprzedza apostrof, by arkusz nie wykonał go jako formuły.",
        # --- apiconf ---
        "api.error.empty_value": "Parametr „{name}” jest pusty: podaj wartość albo pomiń parametr.",
        "api.error.bad_years": "Niepoprawny zakres lat „{value}”: podaj rok (np. 2020) albo "
        "dwa lata rozdzielone łącznikiem (np. 2015-2020).",
        "api.doc.schema.area_id": "Identyfikator z listy /api/v1/areas.",
        "api.doc.schema.service_id": "Identyfikator z listy /api/v1/services.",
        "api.doc.schema.indicator_id": "Identyfikator z listy /api/v1/indicators.",
        "api.doc.schema.unit_code": "Kod TERYT: 2, 4 lub 7 cyfr, obecny lub dawny (lista: "
        "/api/v1/units).",
        "api.doc.schema.parent_code": "00 (Polska), kod województwa (2 cyfry) lub powiatu "
        "(4 cyfry).",
        "api.doc.schema.years": "Rok albo dwa lata z łącznikiem (RRRR-RRRR), lata 1990–2100.",
        "api.page.values.list": "{items} Najwyżej {max}, rozdzielone przecinkami.",
        "api.page.values.max_length": "Tekst, najwyżej {max} znaków.",
        # --- citizen ---
        "count.indicators_gen.one": "{count} wskaźnika",
        "count.indicators_gen.few": "{count} wskaźników",
        "count.indicators_gen.many": "{count} wskaźników",
        "count.demo_indicators.one": "{count} wskaźnik demonstracyjny",
        "count.demo_indicators.few": "{count} wskaźniki demonstracyjne",
        "count.demo_indicators.many": "{count} wskaźników demonstracyjnych",
        # --- freshness and changes between dataset versions (/co-nowego) ---
        "count.values.one": "{count} wartość",
        "count.values.few": "{count} wartości",
        "count.values.many": "{count} wartości",
        "freshness.latest": "Najnowsze dane: {years}",
        "freshness.level_year": "{level} {year}",
        "freshness.imported": "wartości zaimportowano {date}",
        "freshness.short": "dane do {year}, import {date}",
        "freshness.no_data": "brak danych",
        "changes.title": "Co nowego w danych",
        "changes.footer_link": "Co nowego",
        "changes.see": "Co zmieniła każda wersja: Co nowego w danych",
        "changes.intro": "Każdy import, synchronizacja i przebudowa danych tworzy nową wersję "
        "zbioru. Poniżej wersje od najnowszej, a przy każdej to, co zmieniła względem "
        "poprzedniej: dodane i usunięte wskaźniki oraz dodane, poprawione i usunięte wartości, "
        "według obszarów; rozwiń, by zobaczyć wskaźniki.",
        "changes.tolerance": "Wartość poprawiona różni się od poprzedniej o więcej niż "
        "miliardową część (drobniejsze różnice to zaokrąglenia obliczeń, nie zmiany danych).",
        "changes.api": "Te same dane dla programów:",
        "changes.about_link": "Źródła i wersje danych opisuje strona „O danych”.",
        "changes.none_recorded": "Dla tych danych nie zapisano jeszcze żadnych zmian.",
        "changes.heading": "{date}: {made}",
        "changes.made.build": "przebudowa danych",
        "changes.made.first": "zbudowanie danych z dołączonych plików",
        "changes.made.import": "import pliku",
        "changes.made.sync": "synchronizacja z API",
        "changes.made.unknown": "nowa wersja",
        "changes.version": "wersja {id}",
        "changes.embedded": "dane wbudowane",
        "changes.current": "bieżąca",
        "changes.first": "Pierwsza wersja zbioru: {indicators} i {values}, w tym {demo} "
        "demonstracyjnych.",
        "changes.nothing": "Bez zmian w wartościach.",
        "changes.caption": "Zmiany według obszarów",
        "changes.first_caption": "Zawartość według obszarów",
        "changes.col.area": "Obszar",
        "changes.col.indicators": "Wskaźniki",
        "changes.col.indicators_added": "Wskaźniki dodane",
        "changes.col.indicators_removed": "Wskaźniki usunięte",
        "changes.col.indicators_changed": "Wskaźniki zmienione",
        "changes.col.values": "Wartości",
        "changes.col.real_values": "Wartości rzeczywiste",
        "changes.col.demo_values": "Wartości demonstracyjne",
        "changes.col.values_added": "Wartości dodane",
        "changes.col.values_revised": "Wartości poprawione",
        "changes.col.values_removed": "Wartości usunięte",
        "changes.col.indicator": "Wskaźnik",
        "changes.col.status": "Zmiana",
        "changes.indicators": "Zmienione wskaźniki ({count})",
        "changes.status.added": "dodany",
        "changes.status.removed": "usunięty",
        "changes.status.changed": "zmieniony",
        "changes.unknown_area": "inne",
        "changes.since_visit": "Od Twojej ostatniej wizyty ({date}) zaktualizowano dane:",
        "changes.since_item": "{date}, {made}: {what}",
        "changes.part.indicators_added": "dodano {count}",
        "changes.part.indicators_removed": "usunięto {count}",
        "changes.part.values_added": "dodano {count}",
        "changes.part.values_revised": "poprawiono {count}",
        "changes.part.values_removed": "usunięto {count}",
        "changes.since_areas": " (obszary: {areas})",
        "changes.since_link": "Szczegóły: Co nowego w danych",
        "diagnosis.headline.real_only": "Mocne strony: {strengths}, słabe strony: {weaknesses} "
        "— na podstawie {real} z danymi rzeczywistymi; pominięto {demo}.",
        "diagnosis.headline.all_real": "Mocne strony: {strengths}, słabe strony: {weaknesses} "
        "— na podstawie {real} z danymi rzeczywistymi.",
        "diagnosis.headline.with_demo": "Mocne strony: {strengths}, słabe strony: {weaknesses} "
        "— na podstawie {real} z danymi rzeczywistymi i {demo} z danymi demonstracyjnymi "
        "(wygenerowanymi, nie rzeczywistymi).",
        "indicator.map_link": "Pokaż na mapie",
        "indicator.map_link_title": "Otwórz mapę w analizie: {level}, {year} r.",
        "unit_data.label": "Pobierz dane jednostki (wszystkie wskaźniki, wszystkie lata):",
        "unit_data.link_title": "Wszystkie wskaźniki jednostki {name} ze wszystkich lat, plik "
        "{format}",
        "unit_data.note": "w każdym wierszu nazwa wskaźnika, jednostka miary, źródło, data "
        "importu, pochodzenie (dane rzeczywiste lub demonstracyjne) i jakość wartości.",
        "report_form.title": "Ustawienia raportu do druku: obszary, lata, grupa, wskaźniki",
        "report_form.service_title": "Raport do druku o tej usłudze",
        "report_form.areas": "Obszary w raporcie",
        "report_form.from": "Od roku",
        "report_form.to": "Do roku",
        "report_form.group": "Grupa porównawcza",
        "report_form.scope": "Wskaźniki",
        "report_form.scope.kluczowe": "kluczowe (jeden na usługę)",
        "report_form.scope.wszystkie": "wszystkie",
        "report_form.preview": "Podgląd: raport obejmie",
        "report_form.open": "Otwórz raport",
        "report_form.submit": "Pokaż raport",
        "report_form.no_areas": "Zaznacz co najmniej jeden obszar.",
        "report_form.bad_request": "Nieprawidłowe dane formularza: niczego nie zmieniono.",
        "report_form.line.all_areas": "Obszary: wszystkie ({count}) i kontekst jednostki",
        "report_form.line.areas": "Obszary: {areas} oraz kontekst jednostki",
        "report_form.line.years": "Lata: {start}–{end}",
        "report_form.line.group": "Grupa porównawcza: {group}",
        "report_form.line.scope.kluczowe": "Wskaźniki: kluczowy wskaźnik każdej usługi",
        "report_form.line.scope.wszystkie": "Wskaźniki: wszystkie wskaźniki każdej usługi",
        "report_form.line.service": "Usługa: {service}",
        "report_form.line.unit": "Jednostka: {name} (TERYT {code})",
        "report_form.line.no_unit": "Podaj nazwę lub kod TERYT jednostki.",
        "report_form.line.choose": "Kilka jednostek o nazwie „{name}”: raport zapyta, o którą "
        "chodzi.",
        "pack.title": "Raport o stanie gminy {name} za rok {year}",
        "pack.kicker": "Raport o stanie gminy (art. 28aa ustawy o samorządzie gminnym): dane do "
        "raportu",
        "pack.description": "Dane do raportu o stanie gminy {name} za rok {year}: zmiany w roku, "
        "porównania z grupą i Polską, realizacja celów, metody i źródła.",
        "pack.cover.year": "Rok raportu",
        "pack.cover.trends": "Trendy z lat",
        "pack.no_group": "Jednostka nie ma grupy porównawczej tego samego szczebla.",
        "pack.demo_values": "wartości demonstracyjne",
        "pack.summary.title": "Podsumowanie roku {year}",
        "pack.summary.changes_title": "Zmiany w porównaniu z rokiem poprzednim",
        "pack.summary.changes": "W {year} r. w porównaniu z rokiem poprzednim, spośród {count} z "
        "danymi rzeczywistymi za oba lata: {clauses}.",
        "pack.summary.improved.one": "{count} wskaźnik się poprawił",
        "pack.summary.improved.few": "{count} wskaźniki się poprawiły",
        "pack.summary.improved.many": "{count} wskaźników się poprawiło",
        "pack.summary.worsened.one": "{count} wskaźnik się pogorszył",
        "pack.summary.worsened.few": "{count} wskaźniki się pogorszyły",
        "pack.summary.worsened.many": "{count} wskaźników się pogorszyło",
        "pack.summary.stable.one": "{count} pozostał bez istotnej zmiany (poniżej 2%)",
        "pack.summary.stable.few": "{count} pozostały bez istotnej zmiany (poniżej 2%)",
        "pack.summary.stable.many": "{count} pozostało bez istotnej zmiany (poniżej 2%)",
        "pack.summary.neutral.one": "{count} wskaźnik opisowy nie podlega ocenie kierunku zmian.",
        "pack.summary.neutral.few": "{count} wskaźniki opisowe nie podlegają ocenie kierunku "
        "zmian.",
        "pack.summary.neutral.many": "{count} wskaźników opisowych nie podlega ocenie kierunku "
        "zmian.",
        "pack.summary.no_changes": "Za {year} r. i rok poprzedni nie ma wskaźników z danymi "
        "rzeczywistymi, które można porównać.",
        "pack.summary.change_item": "{name}: {change} ({previous} → {year})",
        "pack.summary.improved_title": "Największe poprawy",
        "pack.summary.worsened_title": "Największe pogorszenia",
        "pack.summary.group_title": "Na tle grupy porównawczej",
        "pack.summary.demo": "Podsumowanie pomija {demo}: ich wartości są wygenerowane, a nie "
        "zmierzone; w rozdziałach oznaczono je jako DEMO.",
        "pack.summary.none": "brak",
        "pack.col.change": "Zmiana r/r",
        "pack.col.trend": "Trend",
        "pack.chart.caption": "Wykres: {alt}",
        "pack.targets.title": "Realizacja celów strategii",
        "pack.targets.goal.at_least": "co najmniej {value} w {year} r.",
        "pack.targets.goal.at_most": "co najwyżej {value} w {year} r.",
        "pack.targets.projection": "{value} w {year} r. (przedział 95%: {low}–{high})",
        "pack.targets.anonymous": "Cele strategii ustalają zalogowani użytkownicy na stronie "
        "{url}. Ten pakiet przygotowano bez logowania, więc nie ma w nim celów.",
        "pack.targets.none": "Nie wybrano celów do raportu. Cele dla tej gminy ustalisz na "
        "stronie {url}, a potem zaznaczysz je w formularzu raportu na profilu gminy.",
        "pack.targets.explain": "Odległość to wartość docelowa minus ostatnia wartość; postęp to "
        "przebyta część drogi od wartości bazowej do celu; prognoza to dopasowanie liniowe z "
        "ostatnich lat z 95-procentowym przedziałem (bez co najmniej trzech lat danych "
        "rzeczywistych prognozy nie ma).",
        "pack.targets.col.indicator": "Wskaźnik",
        "pack.targets.col.goal": "Cel",
        "pack.targets.col.baseline": "Wartość bazowa",
        "pack.targets.col.latest": "Ostatnia wartość",
        "pack.targets.col.distance": "Odległość do celu",
        "pack.targets.col.progress": "Postęp",
        "pack.targets.col.projection": "Prognoza",
        "pack.targets.col.status": "Status",
        "pack.targets.col.source": "Dokument, uwaga",
        "pack.methods.col.indicator": "Wskaźnik",
        "pack.methods.col.definition": "Definicja i formuła",
        "pack.methods.col.source": "Źródło",
        "pack.methods.col.year": "Rok",
        "pack.methods.col.flags": "Oznaczenia",
        "pack.toc": "Spis treści",
        "pack.toc.hint": "Numery stron spisu treści uaktualnisz w edytorze: Word – „Aktualizuj "
        "pole”, LibreOffice – „Aktualizuj indeks”.",
        "pack.table.caption": "Tabela: {name}, {year}",
        "pack.file.docx": "Raport do edycji (Word, LibreOffice)",
        "pack.file.pdf": "Raport w PDF (oznakowany, do druku)",
        "pack.file.xlsx": "Wszystkie tabele raportu (arkusz)",
        "pack.file.svg": "Wykres (SVG, wektorowy): {alt}",
        "pack.file.png": "Wykres (PNG): {alt}",
        "pack.sheet.summary": "podsumowanie",
        "pack.sheet.indicators": "wskazniki",
        "pack.sheet.targets": "cele",
        "pack.sheet.methods": "metody",
        "pack.col.area": "Obszar",
        "pack.col.service": "Usługa",
        "pack.col.unit": "Jednostka miary",
        "pack.col.year": "Rok",
        "pack.col.value": "Wartość",
        "pack.col.demo": "Dane demonstracyjne",
        "pack.yes": "tak",
        "pack.no": "nie",
        "pack.bad_year": "Nie można przygotować raportu o stanie gminy za rok „{year}”: dane "
        "obejmują lata {low}–{high}.",
        "pack.not_gmina": "Raport o stanie gminy (art. 28aa ustawy o samorządzie gminnym) dotyczy "
        "gmin; {name} to {kind}.",
        "pack.note.bad_targets": "Nieprawidłowe numery celów pominięto: {ids}.",
        "pack.preparing": "Przygotowujemy pakiet raportu o stanie gminy (DOCX, PDF, XLSX i "
        "wykresy). Strona sama sprawdzi, kiedy będzie gotowy, i pobierze plik ZIP.",
        "pack_form.title": "Raport o stanie gminy za rok …",
        "pack_form.intro": "Pakiet do raportu, który wójt, burmistrz lub prezydent miasta "
        "przedstawia radzie do 31 maja (art. 28aa ustawy o samorządzie gminnym): DOCX do edycji, "
        "PDF, XLSX ze wszystkimi tabelami i wykresy PNG i SVG, w jednym pliku ZIP.",
        "pack_form.year": "Rok raportu",
        "pack_form.targets": "Cele w raporcie",
        "pack_form.targets_anonymous": "Cele strategii ustalają zalogowani użytkownicy na stronie "
        "/cele; bez logowania pakiet nie ma rozdziału o celach.",
        "pack_form.targets_none": "Nie masz jeszcze celów dla tej gminy: ustalisz je na stronie "
        "/cele.",
        "pack_form.download": "Pobierz pakiet (ZIP)",
        "pack_form.html": "Podgląd do druku",
        "pack_form.line.year": "Rok raportu: {year}; trendy od {start} r.",
        "pack_form.line.targets.one": "Cele: {count} cel",
        "pack_form.line.targets.few": "Cele: {count} cele",
        "pack_form.line.targets.many": "Cele: {count} celów",
        "pack_form.line.no_targets": "Cele: nie wybrano żadnych",
        "pack_form.line.contents": "Pakiet: DOCX do edycji, PDF, XLSX z tabelami, wykresy PNG i "
        "SVG, manifest.json.",
        "pack_form.gmina_only": "Raport o stanie gminy (art. 28aa ustawy o samorządzie gminnym) "
        "dotyczy gmin. Dla tej jednostki skorzystaj z raportu do druku powyżej.",
        "compare.year_from": "Od roku",
        "compare.year_to": "Do roku",
        "compare.years_apply": "Pokaż lata",
        "compare.years_label": "Zakres lat wykresów w czasie",
        "compare.bad_years": "Nieprawidłowy zakres lat (od „{od}” do „{do}”): pokazano "
        "wszystkie lata {low}–{high}.",
        "compare.series_title": "{name}: lata {start}–{end}",
        "compare.series_alt": "Wykres liniowy: {name} w latach {start}–{end}, {units} z "
        "wartościami; linia kropkowana: mediana porównywanych jednostek.",
        "compare.series_poland": "Linia przerywana: Polska.",
        # --- analiza ---
        "analiza.classes.logarytmiczne": "logarytmiczne (dla wartości skrajnie rozrzuconych)",
        "analiza.classes.przyciete": "równe w zakresie 1.–99. percentyla",
        "analiza.classes.skewed": "Uwaga: przy równych przedziałach {share} jednostek trafia do "
        "jednej klasy, bo nieliczne wartości skrajne rozciągają skalę. Wybierz przedziały "
        "logarytmiczne albo równe w zakresie 1.–99. percentyla.",
        "analiza.classes.clipped": "Przedziały obejmują 1.–99. percentyl ({low} – {high}); "
        "wartości spoza tego zakresu należą do skrajnych klas: poniżej – {below}, "
        "powyżej – {above}.",
        "analiza.classes.log_impossible": "Przedziały logarytmiczne wymagają wartości "
        "dodatnich: pokazano równe przedziały.",
        "analiza.play_help": "Odtwarza kolejne lata do ostatniego i zatrzymuje się; "
        "w historii przeglądarki zostaje jeden wpis.",
        "analiza.search.results": "Wskaźniki pasujące do wyszukiwania",
        "analiza.search.count.one": "{count} wskaźnik pasuje; strzałki wybierają, Enter otwiera.",
        "analiza.search.count.few": "{count} wskaźniki pasują; strzałki wybierają, Enter otwiera.",
        "analiza.search.count.many": "{count} wskaźników pasuje; strzałki wybierają, Enter "
        "otwiera.",
        "analiza.search.none": "Nie znaleziono wskaźnika pasującego do „{query}”.",
        "analiza.export.years": "Lata w plikach danych",
        "analiza.export.years.rok": "ten rok",
        "analiza.export.years.wszystkie": "wszystkie lata",
        "analiza.image.source": "Źródło: {source}.",
        "analiza.image.licence": "Dane GUS udostępniane z podaniem źródła; granice: PRG/GUGiK.",
        "analiza.image.demo": "To nie są dane rzeczywiste. Granice: PRG/GUGiK.",
        "indicator.histogram.clipped": "Wykres obejmuje wartości od 1. do 99. percentyla "
        "({low} – {high}); poza nim: {below} poniżej i {above} powyżej.",
        "indicator.histogram.show_all": "Pokaż na wykresie wszystkie jednostki (także wartości "
        "skrajne)",
        # --- trainer ---
        "snapshot.col.indicator": "Wskaźnik",
        "snapshot.source": "Źródło: {sources}.",
        "snapshot.demo_note": "Część wartości to dane demonstracyjne, nie rzeczywiste.",
        "embed.open": "Osadź",
        "embed.open_label": "Osadź: {name}",
        "embed.open_analysis": "Osadź mapę lub wykres",
        "embed.dialog.title": "Osadź na swojej stronie",
        "embed.dialog.help": "Wklej ten kod w kod HTML strony (np. BIP gminy lub artykułu). "
        "Osadzony widok pokazuje aktualne dane z tytułem, źródłem, licencją i odnośnikiem do "
        "serwisu; dopasowuje się do szerokości kolumny.",
        "embed.dialog.view": "Widok",
        "embed.dialog.view.map": "mapa",
        "embed.dialog.view.series": "szereg czasowy wybranych jednostek",
        "embed.dialog.width": "Szerokość",
        "embed.dialog.width.full": "cała szerokość kolumny",
        "embed.dialog.height": "Wysokość",
        "embed.dialog.language": "Język osadzonego widoku",
        "embed.dialog.code": "Kod do wklejenia",
        "embed.dialog.copy": "Kopiuj",
        "embed.dialog.copied": "Skopiowano kod do schowka.",
        "embed.dialog.copy_failed": "Nie udało się skopiować: kod jest zaznaczony, "
        "naciśnij Ctrl+C.",
        "embed.dialog.preview": "Podgląd osadzonego widoku (nowa karta)",
        "embed.dialog.data": "Dane (CSV)",
        "embed.dialog.metadata": "Metadane (JSON)",
        "embed.dialog.close": "Zamknij",
        "embed.px": "{value} px",
        "embed.iframe_title": "{title} – {site}",
        "embed.figure_label": "Wykres: {title}",
        "embed.map_label": "Mapa: {title}",
        "embed.table.show": "Tabela z danymi wykresu",
        "embed.table.show_map": "Tabela z danymi mapy",
        "embed.table.map": "Wartości jednostek w roku {year}",
        "embed.table.chart": "Wartości w kolejnych latach ({unit})",
        "embed.col.year": "Rok",
        "embed.back": "Zobacz w serwisie",
        "embed.data": "Dane (CSV)",
        "embed.metadata": "Metadane (JSON)",
        "embed.demo": "Dane demonstracyjne: to nie są dane rzeczywiste.",
        "embed.error.title": "Nie ma takiego widoku do osadzenia",
        "embed.error.view": "Ten adres nie wskazuje mapy ani wykresu, które można osadzić.",
        "embed.error.state": "Adres zawiera wskaźnik, poziom, rok, obszar lub jednostkę, "
        "których nie znamy.",
        "embed.error.indicator": "Nie ma wskaźnika „{value}” dla tej jednostki.",
        "embed.error.units": "Adres nie wskazuje żadnej jednostki do porównania.",
        "embed.error.home": "Strona główna serwisu",
        "loading.label": "Wczytywanie…",
        "accounts.dash.earlier_label": "Wcześniej: przesuń „{name}” w górę",
        "accounts.dash.later_label": "Później: przesuń „{name}” w dół",
        "accounts.dash.remove_label": "Usuń z pulpitu: „{name}”",
        "accounts.save.failed": "Nie udało się zapisać widoku. Spróbuj ponownie.",
        "accounts.share.copy": "Kopiuj link",
        "accounts.share.copied": "Skopiowano link do schowka.",
        "accounts.share.copy_failed": "Nie udało się skopiować: link jest zaznaczony, "
        "naciśnij Ctrl+C.",
        "accounts.share.qr": "Pokaż kod QR linku",
        "accounts.share.qr_alt": "Kod QR linku {link}",
        # --- live workshop ---
        "accounts.msg.workshop_started": "Warsztat rozpoczęty. Pokaż uczestnikom kod, link "
        "lub kod QR.",
        "accounts.msg.workshop_ended": "Warsztat zakończony. Uczestnicy widzą, że się skończył.",
        "accounts.msg.workshop_code_busy": "Nie udało się nadać kodu warsztatu. Spróbuj ponownie.",
        "workshop.not_found": "Nie ma warsztatu o tym kodzie. Sprawdź kod u prowadzącego.",
        "workshop.limit_title": "Zbyt wiele nieznanych kodów",
        "workshop.limit": "Z tego adresu sprawdzono zbyt wiele kodów warsztatów, których nie ma. "
        "Spróbuj ponownie za {minutes} min albo sprawdź kod u prowadzącego.",
        "workshop.trainer.start": "Rozpocznij warsztat",
        "workshop.trainer.resume": "Wróć do warsztatu {code}",
        "workshop.trainer.title": "Warsztat na żywo",
        "workshop.trainer.code": "Kod warsztatu:",
        "workshop.trainer.join_at": "Dołącz na {address}",
        "workshop.trainer.nobody": "Nikt jeszcze nie śledzi.",
        "workshop.trainer.hand_out": "Link i kod QR dla uczestników",
        "workshop.trainer.link": "Link do warsztatu",
        "workshop.trainer.end": "Zakończ warsztat",
        "workshop.following.one": "{count} osoba śledzi",
        "workshop.following.few": "{count} osoby śledzą",
        "workshop.following.many": "{count} osób śledzi",
        "workshop.exploring.one": "{count} przegląda samodzielnie",
        "workshop.exploring.few": "{count} przeglądają samodzielnie",
        "workshop.exploring.many": "{count} przegląda samodzielnie",
        "workshop.participant.title": "Warsztat na żywo",
        "workshop.participant.kicker": "Warsztat na żywo · kod {code}",
        "workshop.participant.explore": "Przeglądam sam(a)",
        "workshop.participant.follow": "Śledź prowadzącego",
        "workshop.participant.following": "Śledzisz prowadzącego: slajd zmienia się razem "
        "z jego prezentacją.",
        "workshop.participant.exploring": "Przeglądasz samodzielnie. Prowadzący jest na "
        "slajdzie {index}.",
        "workshop.participant.moved": "Prowadzący przeszedł do widoku {index} z {count}: {name}.",
        "workshop.participant.showing": "Widok {index} z {count}: {name}.",
        "workshop.participant.open_full": "Otwórz pełny widok tej strony",
        "workshop.participant.empty": "Prowadzący nie ma jeszcze widoków na tym pulpicie.",
        "workshop.ended.title": "Warsztat się zakończył",
        "workshop.ended.text": "Prowadzący zakończył ten warsztat albo minął jego czas. "
        "Dziękujemy za udział.",
        "workshop.join.title": "Dołącz do warsztatu",
        "workshop.join.intro": "Wpisz kod, który pokazuje prowadzący. Konto nie jest potrzebne.",
        "workshop.join.code": "Kod warsztatu",
        "workshop.join.help": "6 znaków, np. ABC 234 (wielkość liter nie ma znaczenia); "
        "możesz też wkleić cały link.",
        "workshop.join.submit": "Dołącz",
        "workshop.join.bad_code": "To nie jest kod warsztatu: kod ma 6 znaków (litery i cyfry "
        "od 2 do 9, bez O, I, 0 i 1). Sprawdź go u prowadzącego.",
        "workshop.join.other": "Dołącz do innego warsztatu",
        # --- names ---
        "analiza.territory.in_woj": "{name} ({woj})",
        "analiza.territory.placeholder": "Wpisz nazwę województwa lub powiatu",
        "dropdown.select_all": "Zaznacz wszystkie",
        "dropdown.deselect_all": "Odznacz wszystkie",
        "dropdown.selected_count": "wybrano: {num_selected}",
        "dropdown.search": "Szukaj",
        "dropdown.clear_search": "Wyczyść wyszukiwanie",
        "dropdown.clear_selection": "Wyczyść wybór",
        "dropdown.no_options_found": "Brak wyników",
        "search.code": "TERYT {code}",
        "search.hit": "{name} — {details}, TERYT {code}",
        "unit_picker.label": "Jednostki",
        "comparison.units": "Własna grupa: wybierz jednostki i „Zastosuj”",
        "accounts.groups.units": "Jednostki grupy (najwyżej {max})",
        "compare.units_label": "Porównywane jednostki (najwyżej {max})",
        "compare.pool_note": "Pokazano {shown} z {total} jednostek grupy. Pozostałe są na liście "
        "wyboru jednostek: odznacz jedną z porównywanych, zaznacz inną i wybierz „Porównaj”.",
        "comparison.compare_shown": "pokazano {shown} z {total} jednostek grupy; na stronie "
        "porównania wybierzesz, które",
        "unit_picker.placeholder": "Wpisz nazwę lub kod TERYT jednostki",
        "unit_picker.help": "Wpisz nazwę (polskie litery nie są konieczne) lub kod TERYT i wybierz "
        "jednostkę z listy; jednostki o tej samej nazwie rozróżnia rodzaj, powiat i województwo. "
        "Enter lub strzałka w dół otwiera listę, Enter zaznacza lub odznacza, Esc zamyka.",
        # --- targets (issue 18): /cele, the profile's block, the shared page
        "accounts.nav.targets": "Cele",
        "accounts.msg.target_saved": "Cel został zapisany.",
        "accounts.msg.target_updated": "Cel został zmieniony.",
        "accounts.msg.target_deleted": "Cel został usunięty.",
        "accounts.msg.target_unit_unknown": "Wybierz jednostkę z listy (nie znaleziono "
        "jednostki o takim kodzie TERYT).",
        "accounts.msg.target_indicator_unknown": "Wybierz wskaźnik z listy; ten wskaźnik nie "
        "jest liczony dla jednostek tego szczebla.",
        "accounts.msg.target_value_invalid": "Wartość docelowa musi być liczbą, np. 1250 "
        "albo 12,5.",
        "accounts.msg.target_year_invalid": "Rok bazowy i rok docelowy podaj jako cztery "
        "cyfry, np. 2024.",
        "accounts.msg.target_baseline_out_of_range": "Rok bazowy musi mieścić się w latach, "
        "za które wskaźnik ma dane.",
        "accounts.msg.target_year_out_of_range": "Rok docelowy nie może być wcześniejszy niż "
        "rok bazowy ani późniejszy o więcej niż 30 lat.",
        "accounts.msg.target_direction_invalid": "Wybierz, czy cel to „co najmniej”, czy "
        "„co najwyżej”.",
        "accounts.msg.target_url_invalid": "Link do dokumentu musi być adresem zaczynającym "
        "się od http:// lub https://.",
        "accounts.msg.too_many_targets": "Masz już 500 celów; usuń niepotrzebne, aby dodać nowy.",
        "accounts.msg.source_title_too_long": "Tytuł dokumentu może mieć najwyżej 240 znaków.",
        "targets.title": "Cele",
        "targets.intro": "Cele ze strategii Twojej jednostki: wartość wskaźnika do osiągnięcia "
        "w danym roku. Przy każdym celu widać ostatnią wartość, odległość do celu, postęp od roku "
        "bazowego, prognozę trendu na rok docelowy i status.",
        "targets.empty": "Nie masz jeszcze celów. Dodaj pierwszy poniżej albo z profilu "
        "jednostki („Dodaj cel”).",
        "targets.new": "Nowy cel",
        "targets.create": "Zapisz cel",
        "targets.save": "Zapisz zmiany",
        "targets.edit_title": "Zmień cel",
        "targets.back": "Wróć do listy celów",
        "targets.not_found": "Nie ma takiego celu.",
        "targets.caption": "Twoje cele z oceną postępu",
        "targets.col.unit": "Jednostka",
        "targets.col.indicator": "Wskaźnik",
        "targets.col.goal": "Cel",
        "targets.col.trend": "Przebieg",
        "targets.col.latest": "Ostatnia wartość",
        "targets.col.distance": "Odległość do celu",
        "targets.col.progress": "Postęp od roku bazowego",
        "targets.col.projection": "Prognoza na rok docelowy (95%)",
        "targets.col.status": "Status",
        "targets.col.actions": "Działania",
        "targets.sort_by": "Sortuj według: {column}",
        "targets.goal.at_least": "co najmniej {value} w {year} r. (rok bazowy {baseline})",
        "targets.goal.at_most": "co najwyżej {value} w {year} r. (rok bazowy {baseline})",
        "targets.latest": "{value} ({year})",
        "targets.none": "–",
        "targets.projection": "{value} (od {low} do {high})",
        "targets.projection_none": "za mało lat (mniej niż 3)",
        "targets.sparkline_alt": "Przebieg: {first} w {first_year} r., {last} w {last_year} r.",
        "targets.source": "Dokument",
        "targets.status.on-track": "na dobrej drodze",
        "targets.status.at-risk": "zagrożony",
        "targets.status.off-track": "poza ścieżką",
        "targets.status.no-data": "brak danych",
        "targets.rules_short": "Status: „na dobrej drodze”, gdy ostatnia wartość już spełnia "
        "cel albo prognoza i cały jej 95-procentowy przedział spełniają go w roku docelowym; "
        "„zagrożony”, gdy prognoza spełnia cel, ale przedział sięga po złej stronie (albo, przy "
        "mniej niż 3 latach danych, postęp nie jest o więcej niż 10 punktów procentowych za "
        "upływem czasu); „poza ścieżką”, gdy prognoza nie spełnia celu, wartość z roku "
        "docelowego go nie spełnia albo postęp jest za upływem czasu o więcej niż 10 punktów; "
        "„brak danych”, gdy wskaźnik nie ma wartości do roku docelowego. Wartości wątpliwe się "
        "nie liczą.",
        "targets.edit": "Zmień",
        "targets.edit_label": "Zmień cel: {target}",
        "targets.delete": "Usuń",
        "targets.delete_label": "Usuń cel: {target}",
        "targets.row_label": "{indicator}, {year}",
        "targets.download_csv": "Pobierz listę celów (CSV)",
        "targets.download_xlsx": "Pobierz listę celów (XLSX)",
        "targets.share_link": "Link tylko do odczytu (każdy, kto go zna, zobaczy cele tej "
        "jednostki):",
        "targets.share_title": "Udostępnianie",
        "targets.share_intro": "Cele jednej jednostki możesz udostępnić do odczytu: kto ma "
        "link, widzi je z oceną na bieżących danych, ale nie może ich zmienić.",
        "targets.share": "Udostępnij cele",
        "targets.share_label": "Udostępnij cele jednostki {unit}",
        "targets.revoke": "Cofnij udostępnienie",
        "targets.revoke_label": "Cofnij udostępnienie celów jednostki {unit}",
        "targets.shared_title": "Udostępnione cele",
        "targets.f.unit": "Jednostka",
        "targets.f.indicator": "Wskaźnik",
        "targets.f.direction": "Rodzaj celu",
        "targets.direction.at_least": "co najmniej (więcej znaczy bliżej celu)",
        "targets.direction.at_most": "co najwyżej (mniej znaczy bliżej celu)",
        "targets.f.value": "Wartość docelowa",
        "targets.f.value_help": "W jednostce miary wskaźnika, np. 1250 albo 12,5.",
        "targets.f.baseline": "Rok bazowy",
        "targets.f.year": "Rok docelowy",
        "targets.f.year_help": "Najwyżej 30 lat po roku bazowym.",
        "targets.f.note": "Notatka (nieobowiązkowa)",
        "targets.f.source_title": "Dokument strategiczny (tytuł, nieobowiązkowy)",
        "targets.f.source_url": "Link do dokumentu (nieobowiązkowy)",
        "targets.f.source_url_help": "Adres zaczynający się od http:// lub https://.",
        "targets.profile_title": "Twoje cele",
        "targets.profile_empty": "Nie masz jeszcze celów dla tej jednostki.",
        "targets.add": "Dodaj cel",
        "targets.add_for_indicator": "Dodaj cel dla tego wskaźnika",
        "targets.add_for_indicator_label": "Dodaj cel dla wskaźnika: {indicator}",
        "targets.all": "Wszystkie cele",
        # --- funnel plots (analysis/funnel.py) ---
        "funnel.heading": "Porównanie z uwzględnieniem wielkości jednostek (wykres lejkowy)",
        "funnel.title": "{name}: wartość a wielkość jednostki, {level}, {year}",
        "funnel.target": "Polska: {value}",
        "funnel.target_group": "grupa: {value}",
        "funnel.limit95": "granice 95 %",
        "funnel.limit998": "granice 99,8 %",
        "funnel.suspect": "wartości wątpliwe (nieklasyfikowane)",
        "funnel.status.above": "istotnie powyżej",
        "funnel.status.within": "w granicach",
        "funnel.status.below": "istotnie poniżej",
        "funnel.favourable": "korzystnie",
        "funnel.unfavourable": "niekorzystnie",
        "funnel.no_status": "brak oceny: wskaźnik bez lejka, brak wartości lub wartość wątpliwa",
        "funnel.summary": "{level}, {year}: wartość odniesienia {target}; istotnie powyżej: "
        "{above}, w granicach: {within}, istotnie poniżej: {below} (granice 99,8 %). Małe "
        "jednostki leżą dalej od wartości odniesienia z samego przypadku, dlatego lejek jest "
        "szerszy po lewej.",
        "funnel.table_title": "Jednostki poza granicami 99,8 %",
        "funnel.none_outside": "Żadna jednostka nie leży poza granicami 99,8 %.",
        "funnel.more_rows": "…oraz {count} kolejnych jednostek (pełna lista w widoku „Lejek” "
        "analizy).",
        "funnel.col.unit": "Jednostka",
        "funnel.col.value": "Wartość",
        "funnel.col.status": "Ocena",
        "funnel.map_direction.higher": "powyżej = korzystnie",
        "funnel.map_direction.lower": "poniżej = korzystnie",
        "funnel.vs_poland.above": "istotnie powyżej wartości dla Polski",
        "funnel.vs_poland.within": "bez istotnej różnicy od Polski",
        "funnel.vs_poland.below": "istotnie poniżej wartości dla Polski",
        "funnel.beyond_axis": "▲ poza osią: {count} (autoskalowanie pokaże wszystkie)",
        "funnel.col.significance": "Ocena (lejek)",
        "analiza.classes.istotnosc": "istotność (wykres lejkowy)",
        "funnel.method_heading": "Metoda",
        "funnel.method.intro": "Wykres lejkowy (Spiegelhalter 2005, „Funnel plots for "
        "comparing institutional performance”) pokazuje wartość każdej jednostki na tle jej "
        "wielkości (mianownika wskaźnika, oś logarytmiczna). Linia pozioma to wartość dla "
        "Polski (suma liczników przez sumę mianowników); granice kontrolne 95 % i 99,8 % "
        "zwężają się wraz z mianownikiem, bo duże jednostki mniej odbiegają od średniej "
        "przypadkiem niż małe.",
        "funnel.method.intro_group": "Wykres lejkowy (Spiegelhalter 2005) pokazuje wartość "
        "każdej jednostki grupy na tle jej wielkości (mianownika, oś logarytmiczna). Linia "
        "pozioma to wartość grupy (suma liczników przez sumę mianowników); granice kontrolne "
        "95 % i 99,8 % zwężają się wraz z mianownikiem.",
        "funnel.method.binomial": "Wskaźnik jest odsetkiem policzalnych zdarzeń lub osób: "
        "granice z rozkładu dwumianowego (przybliżenie normalne: p ± z·√(p(1−p)/n)).",
        "funnel.method.poisson": "Wskaźnik jest liczbą zdarzeń lub osób na jednostkę mianownika: "
        "granice z rozkładu Poissona (dokładne, gdy oczekiwana liczba jest mniejsza niż 100, "
        "w pozostałych przypadkach przybliżenie normalne).",
        "funnel.method.normal": "Licznik wskaźnika nie jest liczbą zdarzeń (np. kwota w zł, "
        "długość, powierzchnia, czas), więc model zliczeń nie ma zastosowania: granice z "
        "przybliżenia normalnego, w którym rozrzut między jednostkami oszacowano z danych "
        "(korekta nadrozproszenia).",
        "funnel.method.overdispersed": "Jednostki różnią się bardziej, niż wynikałoby z "
        "przypadku, dlatego granice poszerzono (multiplikatywny współczynnik nadrozproszenia "
        "φ = {phi}, oszacowany z wyników z przyciętych na 10. i 90. percentylu).",
        "funnel.method.status": "Ocena „istotnie powyżej” lub „istotnie poniżej” oznacza "
        "wartość poza granicami 99,8 % (przypadkiem zdarza się to około 1 jednostce na 500); "
        "granice 95 % są jedynie ostrzeżeniem. Wartości wątpliwe są pokazane, ale nie "
        "ocenione. Ocena mówi o odległości od wartości odniesienia, nie o jakości usługi.",
        "funnel.none.total": "Wykres lejkowy nie dotyczy tego wskaźnika: to suma bez mianownika, "
        "więc nie ma wielkości jednostki, na tle której można ocenić rozrzut.",
        "funnel.none.published": "Wykres lejkowy nie dotyczy tego wskaźnika: jego wartości są "
        "publikowane dla każdej jednostki bez licznika i mianownika.",
        "funnel.none.data": "Brak danych do wykresu lejkowego dla tego szczebla i roku.",
        "funnel.analiza_caption": "Wartość każdej jednostki widoku na tle jej wielkości, z "
        "granicami 95 % i 99,8 % wokół wartości dla Polski (lub grupy porównawczej). Wybrane "
        "jednostki są obwiedzione na czerwono.",
        "funnel.map_legend": "Ocena wobec Polski ({value})",
        "funnel.map_legend_group": "Ocena wobec grupy ({value})",
        "funnel.demo_note": "Oceny policzono na danych demonstracyjnych: to nie są "
        "rzeczywiste wyniki.",
        "funnel.map_note": "Klasy „istotność”: jednostki poza granicami 99,8 % wykresu lejkowego. "
        "{summary}",
        "funnel.map_unavailable": "Ten wskaźnik nie ma wykresu lejkowego, więc mapa pokazuje "
        "kwantyle. {reason}",
        "funnel.profile_col_help": "Czy wartość leży istotnie powyżej lub poniżej wartości dla "
        "Polski przy tej wielkości jednostki (wykres lejkowy, granice 99,8 %).",
    },
}


MESSAGES["en"] = MESSAGES_EN


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
    return Locale.parse(LOCALES["pl"]).plural_form(Decimal(number))


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
