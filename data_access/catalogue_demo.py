"""Demonstration part of the indicator catalogue.

Services and indicators modelled on SMUP and on GUS BDL subjects for the areas that have no
real data shipped yet. Every indicator here has ``provenance=Provenance.DEMO``: its component
variables (``demo_*``) are produced by :func:`data_access.demo.generate_demo_components`, a
deterministic generator of plausible but fictitious values. Sources name only the statistic the
indicator is modelled on, prefixed so that it can never be mistaken for a real source.

Indicators are computed like the real ones: ``multiplier * sum(numerator) / sum(denominator)``
over the gminy of a unit. Real component variables used as denominators: ``pop_total``,
``pop_pre``, ``pop_work``, ``pop_post``, ``area_km2``.
"""

from __future__ import annotations

from data_access.catalogue_model import (
    Dimension,
    Indicator,
    Polarity,
    Provenance,
    Service,
)

DEMO_CAVEAT = (
    "Dane demonstracyjne: wartości wygenerowane deterministycznie, nie są danymi rzeczywistymi."
)
DEMO_SOURCE = "Dane demonstracyjne (wygenerowane), wzorowane na: "
NOMINAL = "Kwoty w cenach bieżących."
COST_CAVEAT = (
    "Niższy koszt jednostkowy nie musi oznaczać lepszej usługi: porównuj go ze wskaźnikami "
    "jakości i dostępności."
)
POWIAT_TASK = (
    "Zadanie starosty (w miastach na prawach powiatu: prezydenta miasta); wartości przypisano "
    "gminom według położenia nieruchomości, aby można je było sumować."
)
SCHOOL_YEAR = "Rok oznacza początek roku szkolnego (np. 2019 = rok szkolny 2019/2020)."
REFORM_2017 = (
    "Reforma ustroju szkolnego: od roku szkolnego 2017/2018 szkoła podstawowa stopniowo staje "
    "się ośmioletnia (gimnazja wygaszane do 2019 r.), co zmienia liczbę uczniów i oddziałów."
)

# Models (what the demonstration data imitate).
M_SIO = "System Informacji Oświatowej (SIO); GUS BDL, wychowanie przedszkolne"
M_SIO_SCHOOL = "System Informacji Oświatowej (SIO); GUS BDL, szkoły podstawowe"
M_EDU_SPEND = "sprawozdania Rb-28S (wydatki bieżące gmin, dział 801 Oświata i wychowanie)"
M_CKE = "Centralna Komisja Egzaminacyjna, wyniki egzaminu ósmoklasisty"
M_SOCIAL = "sprawozdania MRPiPS-03 (pomoc społeczna); GUS BDL, pomoc społeczna"
M_NURSERY = "GUS BDL, żłobki i kluby dziecięce; rejestr żłobków i klubów dziecięcych"
M_SENIOR = "sprawozdania MRPiPS-03 (usługi opiekuńcze); program Senior+"
M_LIBRARY = "GUS BDL, biblioteki publiczne (sprawozdanie K-03)"
M_CULTURE = "GUS BDL, centra, domy i ośrodki kultury, kluby i świetlice (sprawozdanie K-07)"
M_SPORT = "GUS BDL, kultura fizyczna (sprawozdanie KFT-1); Rb-28S (dział 926)"
M_ROADS = "GUS BDL, drogi publiczne gminne; Rb-28S (dział 600)"
M_TRANSIT = "GUS BDL, komunikacja miejska; sprawozdania organizatorów transportu zbiorowego"
M_SAFETY = "Komenda Główna Policji, wypadki drogowe; GUS BDL, ścieżki rowerowe"
M_WASTE = "GUS BDL, odpady komunalne; sprawozdania gmin z gospodarowania odpadami komunalnymi"
M_WATER = "GUS BDL, infrastruktura komunalna: wodociągi i kanalizacja"
M_AIR = "GIOŚ, Państwowy Monitoring Środowiska; GUS BDL, sieć gazowa; program Czyste Powietrze"
M_HOUSING = "GUS BDL, gospodarka mieszkaniowa (zasoby mieszkaniowe gmin)"
M_PLANNING = "GUS BDL, planowanie przestrzenne (sprawozdanie PZP-1)"
M_LAND = "sprawozdania gmin o stanie mienia komunalnego; GUS BDL, gospodarka gruntami"
M_PERMITS = "GUNB, rejestr wniosków, decyzji i zgłoszeń w sprawie budowy (RWDZ)"
M_DWELLINGS = "GUS BDL, budownictwo mieszkaniowe i zasoby mieszkaniowe"
M_EGIB = "GUGiK, sprawozdania z prowadzenia ewidencji gruntów i budynków"
M_GEO = "GUGiK, sprawozdania z prowadzenia państwowego zasobu geodezyjnego i kartograficznego"
M_TAX = "Ministerstwo Finansów, sprawozdania Rb-27S (należności i zaległości podatkowe)"
M_DEBT = "Ministerstwo Finansów, sprawozdania Rb-Z i Rb-NDS; wskaźniki do oceny sytuacji JST"
M_LABOUR = "GUS BDL, bezrobocie rejestrowane i pracujący (PUP, sprawozdanie MRPiPS-01)"
M_REGON = "GUS BDL, podmioty gospodarki narodowej w rejestrze REGON"
M_MOVES = "GUS BDL, ruch naturalny ludności i migracje na pobyt stały"

POP = "ludność, stan na 31 XII"
PER_RESIDENT = {"denominator": "pop_total", "denominator_label": POP}

DEMO_SERVICES: tuple[Service, ...] = (
    # edukacja
    Service(
        "wychowanie-przedszkolne",
        "edukacja",
        "Wychowanie przedszkolne",
        "Pre-school education",
        "Przedszkola, oddziały przedszkolne w szkołach i inne formy wychowania "
        "przedszkolnego prowadzone lub dotowane przez gminę.",
    ),
    Service(
        "szkoly-podstawowe",
        "edukacja",
        "Szkoły podstawowe",
        "Primary schools",
        "Kształcenie w szkołach podstawowych prowadzonych przez gminę: uczniowie, oddziały, "
        "wyniki egzaminu ósmoklasisty i koszty.",
    ),
    Service(
        "dowozenie-uczniow",
        "edukacja",
        "Dowożenie uczniów do szkół",
        "Transport of pupils to school",
        "Bezpłatny transport i opieka w czasie przewozu uczniów, których droga do szkoły "
        "przekracza odległości ustawowe.",
    ),
    # polityka społeczna
    Service(
        "pomoc-spoleczna",
        "polityka-spoleczna",
        "Pomoc społeczna",
        "Social assistance",
        "Świadczenia i praca socjalna ośrodka pomocy społecznej.",
    ),
    Service(
        "opieka-nad-dziecmi-do-lat-3",
        "polityka-spoleczna",
        "Opieka nad dziećmi do lat 3 (żłobki i kluby dziecięce)",
        "Childcare for children under 3 (nurseries and children's clubs)",
        "Żłobki i kluby dziecięce prowadzone lub dotowane przez gminę.",
    ),
    Service(
        "wsparcie-seniorow",
        "polityka-spoleczna",
        "Wsparcie seniorów",
        "Support for older people",
        "Usługi opiekuńcze w miejscu zamieszkania oraz dzienne domy i kluby seniora.",
    ),
    # kultura
    Service(
        "biblioteki-publiczne",
        "kultura",
        "Biblioteki publiczne",
        "Public libraries",
        "Gminne biblioteki publiczne i ich filie: księgozbiór, czytelnicy, wypożyczenia.",
    ),
    Service(
        "domy-kultury",
        "kultura",
        "Domy i ośrodki kultury",
        "Cultural centres",
        "Centra, domy i ośrodki kultury, kluby i świetlice: imprezy, zespoły, uczestnicy.",
    ),
    Service(
        "sport-i-rekreacja",
        "kultura",
        "Sport i rekreacja",
        "Sport and recreation",
        "Gminne obiekty sportowe i wspieranie kultury fizycznej, w tym klubów sportowych.",
    ),
    # drogi i transport
    Service(
        "drogi-gminne",
        "drogi-transport",
        "Drogi gminne",
        "Municipal roads",
        "Budowa, utrzymanie i remonty dróg gminnych.",
    ),
    Service(
        "transport-zbiorowy",
        "drogi-transport",
        "Publiczny transport zbiorowy",
        "Public transport",
        "Komunikacja miejska i gminne przewozy autobusowe organizowane przez gminę.",
    ),
    Service(
        "bezpieczenstwo-ruchu",
        "drogi-transport",
        "Bezpieczeństwo ruchu drogowego",
        "Road safety",
        "Wypadki drogowe i infrastruktura dla pieszych i rowerzystów.",
    ),
    # środowisko
    Service(
        "odpady-komunalne",
        "srodowisko",
        "Gospodarka odpadami komunalnymi",
        "Municipal waste management",
        "Odbiór, selektywna zbiórka i zagospodarowanie odpadów komunalnych.",
    ),
    Service(
        "wodociagi-i-kanalizacja",
        "srodowisko",
        "Zaopatrzenie w wodę i odprowadzanie ścieków",
        "Water supply and sewerage",
        "Zbiorowe zaopatrzenie w wodę i zbiorowe odprowadzanie ścieków.",
    ),
    Service(
        "ochrona-powietrza",
        "srodowisko",
        "Ochrona powietrza i ogrzewanie",
        "Air quality and heating",
        "Jakość powietrza, wymiana źródeł ciepła i dostęp do sieci gazowej.",
    ),
    # nieruchomości
    Service(
        "mieszkaniowy-zasob-gminy",
        "nieruchomosci",
        "Mieszkaniowy zasób gminy",
        "Municipal housing stock",
        "Mieszkania komunalne i socjalne: zasób, stan techniczny, najem, oczekujący.",
    ),
    Service(
        "planowanie-przestrzenne",
        "nieruchomosci",
        "Planowanie przestrzenne",
        "Spatial planning",
        "Miejscowe plany zagospodarowania przestrzennego i decyzje o warunkach zabudowy.",
    ),
    Service(
        "gospodarowanie-gruntami",
        "nieruchomosci",
        "Gospodarowanie gruntami gminnymi",
        "Management of municipal land",
        "Zasób gruntów gminnych, ich sprzedaż i oddawanie w użytkowanie.",
    ),
    # inwestycje
    Service(
        "pozwolenia-na-budowe",
        "inwestycje",
        "Pozwolenia na budowę",
        "Building permits",
        "Wydawanie decyzji o pozwoleniu na budowę.",
    ),
    Service(
        "budownictwo-mieszkaniowe",
        "inwestycje",
        "Budownictwo mieszkaniowe",
        "Housing construction",
        "Mieszkania oddane do użytkowania i zasoby mieszkaniowe.",
    ),
    # geodezja
    Service(
        "ewidencja-gruntow-i-budynkow",
        "geodezja",
        "Ewidencja gruntów i budynków",
        "Land and building registry",
        "Prowadzenie ewidencji gruntów i budynków (EGiB) i wydawanie wypisów i wyrysów.",
    ),
    Service(
        "udostepnianie-zasobu-geodezyjnego",
        "geodezja",
        "Udostępnianie materiałów zasobu geodezyjnego",
        "Provision of geodetic and cartographic materials",
        "Udostępnianie materiałów państwowego zasobu geodezyjnego i kartograficznego, "
        "w tym map do celów projektowych.",
    ),
    Service(
        "zgloszenia-prac-geodezyjnych",
        "geodezja",
        "Obsługa zgłoszeń prac geodezyjnych",
        "Handling of surveying work notifications",
        "Przyjmowanie zgłoszeń prac geodezyjnych i weryfikacja ich wyników.",
    ),
    # finanse
    Service(
        "zadluzenie",
        "finanse",
        "Zadłużenie i wynik operacyjny",
        "Debt and operating balance",
        "Zadłużenie gminy, jego obsługa i nadwyżka operacyjna budżetu.",
    ),
    # kontekst
    Service(
        "rynek-pracy",
        "kontekst",
        "Rynek pracy",
        "Labour market",
        "Bezrobocie rejestrowane i pracujący.",
    ),
    Service(
        "przedsiebiorczosc",
        "kontekst",
        "Przedsiębiorczość",
        "Entrepreneurship",
        "Podmioty gospodarki narodowej zarejestrowane w rejestrze REGON.",
    ),
    Service(
        "ruch-ludnosci",
        "kontekst",
        "Urodzenia i migracje",
        "Births and migration",
        "Urodzenia żywe i saldo migracji na pobyt stały.",
    ),
)


def _demo(*, model: str, caveats: str = "", **kwargs) -> Indicator:
    """A demonstration indicator: flagged demo, demo source and the demo caveat first."""
    caveat = f"{DEMO_CAVEAT} {caveats}".strip()
    return Indicator(
        provenance=Provenance.DEMO,
        source=DEMO_SOURCE + model,
        caveats=caveat,
        tags=("demo",),
        **kwargs,
    )


def _education() -> list[Indicator]:
    return [
        # wychowanie przedszkolne
        _demo(
            id="przedszkola-miejsca-na-100-dzieci",
            service_id="wychowanie-przedszkolne",
            name="Miejsca w wychowaniu przedszkolnym na 100 dzieci w wieku 3–5 lat",
            name_en="Pre-school places per 100 children aged 3–5",
            dimension=Dimension.QUANTITY,
            unit="miejsca na 100 dzieci",
            numerator="demo_preschool_places",
            numerator_label="miejsca w przedszkolach i innych formach wychowania przedszkolnego",
            denominator="demo_children_3_5",
            denominator_label="dzieci w wieku 3–5 lat",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SIO,
            definition="Liczba miejsc w przedszkolach, oddziałach przedszkolnych i innych "
            "formach wychowania przedszkolnego na terenie gminy na 100 dzieci "
            "w wieku 3–5 lat.",
            caveats=f"Miejsca służą także dzieciom 6-letnim i dzieciom z innych gmin. "
            f"{SCHOOL_YEAR}",
        ),
        _demo(
            id="przedszkola-odsetek-dzieci-3-5",
            service_id="wychowanie-przedszkolne",
            name="Odsetek dzieci w wieku 3–5 lat objętych wychowaniem przedszkolnym",
            name_en="Share of children aged 3–5 in pre-school education",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_preschool_children_3_5",
            numerator_label="dzieci w wieku 3–5 lat objęte wychowaniem przedszkolnym",
            denominator="demo_children_3_5",
            denominator_label="dzieci w wieku 3–5 lat",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SIO,
            definition="Dzieci w wieku 3–5 lat uczęszczające do placówek wychowania "
            "przedszkolnego na terenie gminy jako odsetek dzieci w tym wieku "
            "mieszkających w gminie.",
            caveats="W rzeczywistych danych wartość może przekraczać 100%, gdy dzieci "
            f"dojeżdżają z innych gmin. {SCHOOL_YEAR}",
        ),
        _demo(
            id="przedszkola-dzieci-na-nauczyciela",
            service_id="wychowanie-przedszkolne",
            name="Dzieci w wychowaniu przedszkolnym na 1 etat nauczyciela",
            name_en="Pre-school children per teacher (full-time equivalent)",
            dimension=Dimension.QUALITY,
            unit="dzieci na etat",
            numerator="demo_preschool_children",
            numerator_label="dzieci objęte wychowaniem przedszkolnym",
            denominator="demo_preschool_teachers",
            denominator_label="nauczyciele wychowania przedszkolnego [etaty]",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_SIO,
            definition="Liczba dzieci objętych wychowaniem przedszkolnym na 1 etat "
            "nauczyciela wychowania przedszkolnego.",
            caveats=f"Mniej dzieci na nauczyciela to więcej uwagi dla dziecka, ale i wyższy "
            f"koszt. {SCHOOL_YEAR}",
        ),
        _demo(
            id="przedszkola-wydatki-na-dziecko",
            service_id="wychowanie-przedszkolne",
            name="Wydatki bieżące gminy na wychowanie przedszkolne na 1 dziecko",
            name_en="Current expenditure on pre-school education per child",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_preschool_spending",
            numerator_label="wydatki bieżące na wychowanie przedszkolne [zł]",
            denominator="demo_preschool_children",
            denominator_label="dzieci objęte wychowaniem przedszkolnym",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_EDU_SPEND}; {M_SIO}",
            definition="Wydatki bieżące gminy na przedszkola, oddziały przedszkolne i inne "
            "formy wychowania przedszkolnego (łącznie z dotacjami) na 1 dziecko.",
            caveats=f"{NOMINAL} {COST_CAVEAT}",
            decimals=0,
        ),
        # szkoły podstawowe
        _demo(
            id="szkoly-uczniowie-na-szkole",
            service_id="szkoly-podstawowe",
            name="Uczniowie na 1 szkołę podstawową",
            name_en="Pupils per primary school",
            dimension=Dimension.QUANTITY,
            unit="uczniowie",
            numerator="demo_primary_pupils",
            numerator_label="uczniowie szkół podstawowych",
            denominator="demo_primary_schools",
            denominator_label="szkoły podstawowe",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_SIO_SCHOOL,
            definition="Przeciętna liczba uczniów w szkole podstawowej prowadzonej przez "
            "gminę (bez szkół specjalnych i dla dorosłych).",
            caveats=f"Małe szkoły są bliżej domu, ale droższe w utrzymaniu. {SCHOOL_YEAR}",
            breaks=REFORM_2017,
            decimals=0,
        ),
        _demo(
            id="szkoly-uczniowie-na-oddzial",
            service_id="szkoly-podstawowe",
            name="Uczniowie na 1 oddział w szkołach podstawowych",
            name_en="Pupils per class in primary schools",
            dimension=Dimension.QUALITY,
            unit="uczniowie",
            numerator="demo_primary_pupils",
            numerator_label="uczniowie szkół podstawowych",
            denominator="demo_primary_classes",
            denominator_label="oddziały (klasy)",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_SIO_SCHOOL,
            definition="Przeciętna liczba uczniów w oddziale szkoły podstawowej.",
            caveats="Mniejsze oddziały ułatwiają pracę z uczniem, ale podnoszą koszt "
            f"kształcenia; nie ma jednej „lepszej” wartości. {SCHOOL_YEAR}",
            breaks=REFORM_2017,
        ),
        _demo(
            id="egzamin-osmoklasisty-sredni-wynik",
            service_id="szkoly-podstawowe",
            name="Średni wynik egzaminu ósmoklasisty",
            name_en="Mean result of the eighth-grade exam",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_exam8_score_sum",
            numerator_label="suma wyników zdających [% punktów, średnia z przedmiotów]",
            denominator="demo_exam8_takers",
            denominator_label="zdający egzamin ósmoklasisty",
            multiplier=1.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_CKE,
            definition="Średni wynik egzaminu ósmoklasisty (średnia z języka polskiego, "
            "matematyki i języka obcego nowożytnego, w % punktów) uczniów szkół "
            "podstawowych na terenie gminy.",
            caveats="Wynik zależy w dużej mierze od czynników pozaszkolnych; "
            "porównuj z gminami podobnymi. Rok = rok przeprowadzenia egzaminu.",
            breaks="Egzamin ósmoklasisty przeprowadzany od 2019 r.; dla lat 2015–2018 brak danych.",
        ),
        _demo(
            id="szkoly-uczniowie-na-komputer",
            service_id="szkoly-podstawowe",
            name="Uczniowie na 1 komputer z dostępem do internetu",
            name_en="Pupils per computer with internet access",
            dimension=Dimension.ACCESSIBILITY,
            unit="uczniowie",
            numerator="demo_primary_pupils",
            numerator_label="uczniowie szkół podstawowych",
            denominator="demo_primary_computers",
            denominator_label="komputery z dostępem do internetu przeznaczone dla uczniów",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_SIO_SCHOOL,
            definition="Liczba uczniów szkół podstawowych na 1 komputer z dostępem do "
            "internetu przeznaczony do użytku uczniów.",
            caveats=SCHOOL_YEAR,
            breaks=REFORM_2017,
        ),
        _demo(
            id="szkoly-wydatki-na-ucznia",
            service_id="szkoly-podstawowe",
            name="Wydatki bieżące gminy na szkoły podstawowe na 1 ucznia",
            name_en="Current expenditure on primary schools per pupil",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_primary_spending",
            numerator_label="wydatki bieżące na szkoły podstawowe [zł]",
            denominator="demo_primary_pupils",
            denominator_label="uczniowie szkół podstawowych",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_EDU_SPEND}; {M_SIO_SCHOOL}",
            definition="Wydatki bieżące gminy na szkoły podstawowe (rozdział 80101, łącznie "
            "z dotacjami dla szkół niepublicznych) na 1 ucznia.",
            caveats=f"{NOMINAL} Koszt na ucznia rośnie, gdy oddziały są małe (obszary "
            f"wiejskie). {COST_CAVEAT}",
            breaks=REFORM_2017,
            decimals=0,
        ),
        # dowożenie
        _demo(
            id="dowozenie-odsetek-uczniow",
            service_id="dowozenie-uczniow",
            name="Odsetek uczniów dowożonych do szkół przez gminę",
            name_en="Share of pupils transported to school by the municipality",
            dimension=Dimension.QUANTITY,
            unit="%",
            numerator="demo_pupils_transported",
            numerator_label="uczniowie dowożeni na koszt gminy",
            denominator="demo_primary_pupils",
            denominator_label="uczniowie szkół podstawowych",
            multiplier=100.0,
            polarity=Polarity.NEUTRAL,
            model=M_SIO_SCHOOL,
            definition="Uczniowie szkół podstawowych dowożeni do szkoły transportem "
            "zorganizowanym lub opłaconym przez gminę jako odsetek uczniów.",
            caveats="Wartość zależy głównie od rozproszenia osadnictwa i sieci szkół. "
            f"{SCHOOL_YEAR}",
        ),
        _demo(
            id="dowozenie-dlugi-dojazd",
            service_id="dowozenie-uczniow",
            name="Odsetek dowożonych uczniów z czasem dojazdu ponad 30 minut",
            name_en="Share of transported pupils travelling more than 30 minutes",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_pupils_transported_long",
            numerator_label="uczniowie dowożeni, których dojazd w jedną stronę trwa ponad 30 minut",
            denominator="demo_pupils_transported",
            denominator_label="uczniowie dowożeni na koszt gminy",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_SIO_SCHOOL,
            definition="Uczniowie dowożeni przez gminę, których przejazd do szkoły w jedną "
            "stronę trwa ponad 30 minut, jako odsetek uczniów dowożonych.",
            caveats=SCHOOL_YEAR,
        ),
        _demo(
            id="dowozenie-koszt-na-ucznia",
            service_id="dowozenie-uczniow",
            name="Koszt dowożenia na 1 dowożonego ucznia",
            name_en="Cost of school transport per transported pupil",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_pupil_transport_spending",
            numerator_label="wydatki na dowożenie uczniów [zł]",
            denominator="demo_pupils_transported",
            denominator_label="uczniowie dowożeni na koszt gminy",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_EDU_SPEND}; {M_SIO_SCHOOL}",
            definition="Wydatki gminy na dowożenie uczniów do szkół (rozdział 80113) na "
            "1 dowożonego ucznia.",
            caveats=f"{NOMINAL} Koszt zależy od odległości i liczby uczniów "
            f"niepełnosprawnych. {COST_CAVEAT}",
            decimals=0,
        ),
    ]


def _social() -> list[Indicator]:
    return [
        _demo(
            id="pomoc-spoleczna-beneficjenci-na-1000",
            service_id="pomoc-spoleczna",
            name="Osoby korzystające ze świadczeń pomocy społecznej na 1000 mieszkańców",
            name_en="Social assistance beneficiaries per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="osoby na 1000 mieszkańców",
            numerator="demo_social_beneficiaries",
            numerator_label="osoby w rodzinach korzystających ze świadczeń pomocy społecznej",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_SOCIAL,
            definition="Osoby w rodzinach, którym przyznano świadczenia pomocy społecznej, "
            "na 1000 mieszkańców.",
            caveats="Wartość odzwierciedla przede wszystkim potrzeby mieszkańców, a nie "
            "jakość usługi.",
            **PER_RESIDENT,
        ),
        _demo(
            id="pomoc-spoleczna-dlugotrwale-korzystajacy",
            service_id="pomoc-spoleczna",
            name="Udział długotrwale korzystających wśród świadczeniobiorców",
            name_en="Share of long-term recipients among social assistance beneficiaries",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_social_beneficiaries_longterm",
            numerator_label="osoby długotrwale korzystające z pomocy społecznej",
            denominator="demo_social_beneficiaries",
            denominator_label="osoby korzystające ze świadczeń pomocy społecznej",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_SOCIAL,
            definition="Osoby korzystające z pomocy społecznej co najmniej 18 miesięcy "
            "w ciągu ostatnich 2 lat jako odsetek wszystkich świadczeniobiorców.",
        ),
        _demo(
            id="pomoc-spoleczna-pracownicy-socjalni",
            service_id="pomoc-spoleczna",
            name="Etaty pracowników socjalnych na 10 tys. mieszkańców",
            name_en="Social workers (full-time equivalent) per 10,000 residents",
            dimension=Dimension.ACCESSIBILITY,
            unit="etaty na 10 tys. mieszkańców",
            numerator="demo_social_workers",
            numerator_label="pracownicy socjalni [etaty]",
            multiplier=10000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SOCIAL,
            definition="Etaty pracowników socjalnych zatrudnionych w ośrodku pomocy "
            "społecznej na 10 tys. mieszkańców (ustawowe minimum: 1 pracownik na "
            "2000 mieszkańców, tj. 5 na 10 tys.).",
            **PER_RESIDENT,
        ),
        _demo(
            id="pomoc-spoleczna-wydatki-na-beneficjenta",
            service_id="pomoc-spoleczna",
            name="Wydatki na pomoc społeczną na 1 świadczeniobiorcę",
            name_en="Social assistance expenditure per beneficiary",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_social_spending",
            numerator_label="wydatki gminy na pomoc społeczną [zł]",
            denominator="demo_social_beneficiaries",
            denominator_label="osoby korzystające ze świadczeń pomocy społecznej",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_SOCIAL,
            definition="Wydatki gminy na pomoc społeczną (dział 852) na 1 osobę korzystającą "
            "ze świadczeń.",
            caveats=f"{NOMINAL} {COST_CAVEAT}",
            decimals=0,
        ),
        # żłobki
        _demo(
            id="zlobki-miejsca-na-100-dzieci",
            service_id="opieka-nad-dziecmi-do-lat-3",
            name="Miejsca w żłobkach i klubach dziecięcych na 100 dzieci w wieku do lat 3",
            name_en="Places in nurseries and children's clubs per 100 children under 3",
            dimension=Dimension.QUANTITY,
            unit="miejsca na 100 dzieci",
            numerator="demo_nursery_places",
            numerator_label="miejsca w żłobkach i klubach dziecięcych",
            denominator="demo_children_under_3",
            denominator_label="dzieci w wieku do lat 3",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_NURSERY,
            definition="Miejsca w żłobkach, oddziałach żłobkowych i klubach dziecięcych na "
            "terenie gminy na 100 dzieci w wieku 0–2 lata.",
            caveats="Gmina bez żłobka ma wartość 0 (a nie brak danych).",
        ),
        _demo(
            id="zlobki-odsetek-dzieci",
            service_id="opieka-nad-dziecmi-do-lat-3",
            name="Odsetek dzieci w wieku do lat 3 objętych opieką w żłobkach",
            name_en="Share of children under 3 in nurseries and children's clubs",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_nursery_children",
            numerator_label="dzieci w żłobkach i klubach dziecięcych",
            denominator="demo_children_under_3",
            denominator_label="dzieci w wieku do lat 3",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_NURSERY,
            definition="Dzieci przebywające w żłobkach i klubach dziecięcych jako odsetek "
            "dzieci w wieku 0–2 lata.",
        ),
        _demo(
            id="zlobki-dzieci-na-opiekuna",
            service_id="opieka-nad-dziecmi-do-lat-3",
            name="Dzieci w żłobkach na 1 opiekuna",
            name_en="Children per nursery carer",
            dimension=Dimension.QUALITY,
            unit="dzieci na opiekuna",
            numerator="demo_nursery_children",
            numerator_label="dzieci w żłobkach i klubach dziecięcych",
            denominator="demo_nursery_staff",
            denominator_label="opiekunowie [etaty]",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_NURSERY,
            definition="Dzieci w żłobkach i klubach dziecięcych na 1 etat opiekuna "
            "(ustawowo najwyżej 8, a 5 przy dzieciach poniżej 1 roku).",
            caveats="Nie dotyczy gmin bez żłobka i klubu dziecięcego.",
        ),
        _demo(
            id="zlobki-wydatki-na-dziecko",
            service_id="opieka-nad-dziecmi-do-lat-3",
            name="Wydatki gminy na żłobki na 1 dziecko",
            name_en="Municipal expenditure on nurseries per child",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_nursery_spending",
            numerator_label="wydatki gminy na żłobki i kluby dziecięce [zł]",
            denominator="demo_nursery_children",
            denominator_label="dzieci w żłobkach i klubach dziecięcych",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_NURSERY}; Rb-28S",
            definition="Wydatki bieżące gminy na żłobki i kluby dziecięce (rozdział 85516, "
            "łącznie z dotacjami) na 1 dziecko.",
            caveats=f"{NOMINAL} Nie dotyczy gmin bez żłobka. {COST_CAVEAT}",
            decimals=0,
        ),
        # seniorzy
        _demo(
            id="seniorzy-miejsca-dzienne",
            service_id="wsparcie-seniorow",
            name="Miejsca w dziennych domach i klubach seniora na 1000 osób w wieku poprodukcyjnym",
            name_en="Places in senior day centres and clubs per 1,000 post-working-age residents",
            dimension=Dimension.QUANTITY,
            unit="miejsca na 1000 osób",
            numerator="demo_senior_daycare_places",
            numerator_label="miejsca w dziennych domach i klubach seniora",
            denominator="pop_post",
            denominator_label="ludność w wieku poprodukcyjnym",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SENIOR,
            definition="Miejsca w dziennych domach pomocy, dziennych domach i klubach Senior+ "
            "prowadzonych lub dotowanych przez gminę na 1000 osób w wieku "
            "poprodukcyjnym.",
            caveats="Gmina bez takiej placówki ma wartość 0.",
        ),
        _demo(
            id="seniorzy-uslugi-opiekuncze-odbiorcy",
            service_id="wsparcie-seniorow",
            name="Osoby objęte usługami opiekuńczymi na 1000 osób w wieku poprodukcyjnym",
            name_en="Recipients of home care services per 1,000 post-working-age residents",
            dimension=Dimension.ACCESSIBILITY,
            unit="osoby na 1000 osób",
            numerator="demo_care_recipients",
            numerator_label="osoby objęte usługami opiekuńczymi",
            denominator="pop_post",
            denominator_label="ludność w wieku poprodukcyjnym",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_SENIOR,
            definition="Osoby objęte usługami opiekuńczymi i specjalistycznymi usługami "
            "opiekuńczymi w miejscu zamieszkania na 1000 osób w wieku "
            "poprodukcyjnym.",
            caveats="Zależy zarówno od potrzeb, jak i od podaży usług.",
        ),
        _demo(
            id="seniorzy-godziny-na-odbiorce",
            service_id="wsparcie-seniorow",
            name="Godziny usług opiekuńczych na 1 odbiorcę",
            name_en="Hours of home care per recipient",
            dimension=Dimension.QUALITY,
            unit="godziny rocznie",
            numerator="demo_care_hours",
            numerator_label="godziny usług opiekuńczych",
            denominator="demo_care_recipients",
            denominator_label="osoby objęte usługami opiekuńczymi",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_SENIOR,
            definition="Liczba godzin usług opiekuńczych zrealizowanych w roku na 1 osobę "
            "objętą usługami.",
            decimals=0,
        ),
        _demo(
            id="seniorzy-koszt-godziny-uslug",
            service_id="wsparcie-seniorow",
            name="Koszt 1 godziny usług opiekuńczych",
            name_en="Cost per hour of home care",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_care_spending",
            numerator_label="wydatki na usługi opiekuńcze [zł]",
            denominator="demo_care_hours",
            denominator_label="godziny usług opiekuńczych",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_SENIOR,
            definition="Wydatki gminy na usługi opiekuńcze podzielone przez liczbę "
            "zrealizowanych godzin.",
            caveats=f"{NOMINAL} Nie dotyczy gmin, które nie świadczą usług opiekuńczych. "
            f"{COST_CAVEAT}",
            decimals=2,
        ),
    ]


def _culture() -> list[Indicator]:
    return [
        _demo(
            id="biblioteki-ksiegozbior-na-1000",
            service_id="biblioteki-publiczne",
            name="Księgozbiór bibliotek publicznych na 1000 mieszkańców",
            name_en="Public library holdings per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="woluminy na 1000 mieszkańców",
            numerator="demo_library_volumes",
            numerator_label="księgozbiór [woluminy]",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_LIBRARY,
            definition="Liczba woluminów w bibliotekach publicznych i ich filiach na 1000 "
            "mieszkańców.",
            caveats="Selekcja zużytych książek obniża wartość; duży księgozbiór nie musi "
            "być aktualny.",
            decimals=0,
            **PER_RESIDENT,
        ),
        _demo(
            id="biblioteki-czytelnicy-na-1000",
            service_id="biblioteki-publiczne",
            name="Czytelnicy bibliotek publicznych na 1000 mieszkańców",
            name_en="Public library readers per 1,000 residents",
            dimension=Dimension.ACCESSIBILITY,
            unit="osoby na 1000 mieszkańców",
            numerator="demo_library_readers",
            numerator_label="czytelnicy zarejestrowani (wypożyczający)",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_LIBRARY,
            definition="Czytelnicy zarejestrowani w bibliotekach publicznych, którzy "
            "wypożyczyli co najmniej 1 pozycję w roku, na 1000 mieszkańców.",
            breaks="2020–2021: ograniczenia pandemiczne (czasowe zamknięcia bibliotek).",
            decimals=0,
            **PER_RESIDENT,
        ),
        _demo(
            id="biblioteki-wypozyczenia-na-czytelnika",
            service_id="biblioteki-publiczne",
            name="Wypożyczenia na 1 czytelnika",
            name_en="Loans per reader",
            dimension=Dimension.QUALITY,
            unit="woluminy",
            numerator="demo_library_loans",
            numerator_label="wypożyczenia księgozbioru na zewnątrz [woluminy]",
            denominator="demo_library_readers",
            denominator_label="czytelnicy zarejestrowani",
            multiplier=1.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_LIBRARY,
            definition="Liczba wypożyczeń na zewnątrz w roku na 1 czytelnika.",
        ),
        _demo(
            id="biblioteki-koszt-wypozyczenia",
            service_id="biblioteki-publiczne",
            name="Wydatki na biblioteki na 1 wypożyczenie",
            name_en="Library expenditure per loan",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_library_spending",
            numerator_label="wydatki gminy na biblioteki [zł]",
            denominator="demo_library_loans",
            denominator_label="wypożyczenia [woluminy]",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=f"{M_LIBRARY}; Rb-28S",
            definition="Wydatki gminy na biblioteki (rozdział 92116) podzielone przez liczbę "
            "wypożyczeń.",
            caveats=f"{NOMINAL} Biblioteki prowadzą też działalność kulturalną i edukacyjną, "
            f"której wskaźnik nie obejmuje. {COST_CAVEAT}",
            decimals=2,
        ),
        # domy kultury
        _demo(
            id="domy-kultury-imprezy-na-1000",
            service_id="domy-kultury",
            name="Imprezy w domach i ośrodkach kultury na 1000 mieszkańców",
            name_en="Events in cultural centres per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="imprezy na 1000 mieszkańców",
            numerator="demo_culture_events",
            numerator_label="imprezy zorganizowane",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_CULTURE,
            definition="Imprezy zorganizowane przez centra, domy i ośrodki kultury, kluby i "
            "świetlice na 1000 mieszkańców.",
            breaks="2020–2021: ograniczenia pandemiczne.",
            decimals=2,
            **PER_RESIDENT,
        ),
        _demo(
            id="domy-kultury-uczestnicy-na-1000",
            service_id="domy-kultury",
            name="Uczestnicy imprez na 1000 mieszkańców",
            name_en="Event attendance per 1,000 residents",
            dimension=Dimension.ACCESSIBILITY,
            unit="osoby na 1000 mieszkańców",
            numerator="demo_culture_participants",
            numerator_label="uczestnicy imprez",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_CULTURE,
            definition="Uczestnicy imprez zorganizowanych przez domy i ośrodki kultury na "
            "1000 mieszkańców (ta sama osoba może być liczona wielokrotnie).",
            breaks="2020–2021: ograniczenia pandemiczne.",
            decimals=0,
            **PER_RESIDENT,
        ),
        _demo(
            id="domy-kultury-czlonkowie-zespolow",
            service_id="domy-kultury",
            name="Członkowie zespołów artystycznych, kół i klubów na 1000 mieszkańców",
            name_en="Members of arts groups, circles and clubs per 1,000 residents",
            dimension=Dimension.QUALITY,
            unit="osoby na 1000 mieszkańców",
            numerator="demo_culture_group_members",
            numerator_label="członkowie zespołów artystycznych, kół i klubów",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_CULTURE,
            definition="Członkowie zespołów artystycznych, kół zainteresowań i klubów "
            "działających przy domach i ośrodkach kultury na 1000 mieszkańców.",
            **PER_RESIDENT,
        ),
        _demo(
            id="domy-kultury-wydatki-na-uczestnika",
            service_id="domy-kultury",
            name="Wydatki na domy kultury na 1 uczestnika imprez",
            name_en="Expenditure on cultural centres per event attendee",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_culture_spending",
            numerator_label="wydatki gminy na domy i ośrodki kultury [zł]",
            denominator="demo_culture_participants",
            denominator_label="uczestnicy imprez",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_CULTURE}; Rb-28S",
            definition="Wydatki gminy na domy i ośrodki kultury, świetlice i kluby (rozdział "
            "92109) na 1 uczestnika imprez.",
            caveats=f"{NOMINAL} Nie dotyczy gmin bez domu kultury. {COST_CAVEAT}",
            decimals=2,
        ),
        # sport
        _demo(
            id="sport-obiekty-na-10-tys",
            service_id="sport-i-rekreacja",
            name="Gminne obiekty sportowe na 10 tys. mieszkańców",
            name_en="Municipal sports facilities per 10,000 residents",
            dimension=Dimension.QUANTITY,
            unit="obiekty na 10 tys. mieszkańców",
            numerator="demo_sport_facilities",
            numerator_label="gminne obiekty sportowe (hale, boiska, baseny, lodowiska)",
            multiplier=10000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SPORT,
            definition="Obiekty sportowe będące własnością gminy lub jej jednostek na 10 tys. "
            "mieszkańców.",
            **PER_RESIDENT,
        ),
        _demo(
            id="sport-cwiczacy-na-1000",
            service_id="sport-i-rekreacja",
            name="Ćwiczący w klubach sportowych na 1000 mieszkańców",
            name_en="Sports club members per 1,000 residents",
            dimension=Dimension.ACCESSIBILITY,
            unit="osoby na 1000 mieszkańców",
            numerator="demo_sport_club_members",
            numerator_label="ćwiczący w klubach sportowych",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SPORT,
            definition="Osoby ćwiczące w klubach sportowych z siedzibą w gminie na 1000 "
            "mieszkańców.",
            **PER_RESIDENT,
        ),
        _demo(
            id="sport-cwiczacy-mlodziez",
            service_id="sport-i-rekreacja",
            name="Ćwiczący do lat 18 na 1000 osób w wieku przedprodukcyjnym",
            name_en="Sports club members under 18 per 1,000 residents aged 0–17",
            dimension=Dimension.ACCESSIBILITY,
            unit="osoby na 1000 osób",
            numerator="demo_sport_club_members_youth",
            numerator_label="ćwiczący w klubach sportowych w wieku do 18 lat",
            denominator="pop_pre",
            denominator_label="ludność w wieku przedprodukcyjnym",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SPORT,
            definition="Dzieci i młodzież do lat 18 ćwiczący w klubach sportowych na 1000 "
            "osób w wieku 0–17 lat.",
        ),
        _demo(
            id="sport-trenerzy-na-100-cwiczacych",
            service_id="sport-i-rekreacja",
            name="Trenerzy i instruktorzy na 100 ćwiczących",
            name_en="Coaches and instructors per 100 club members",
            dimension=Dimension.QUALITY,
            unit="osoby na 100 ćwiczących",
            numerator="demo_sport_coaches",
            numerator_label="trenerzy i instruktorzy sportowi",
            denominator="demo_sport_club_members",
            denominator_label="ćwiczący w klubach sportowych",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SPORT,
            definition="Trenerzy i instruktorzy prowadzący zajęcia w klubach sportowych na "
            "100 ćwiczących.",
            decimals=2,
        ),
        _demo(
            id="sport-wydatki-na-mieszkanca",
            service_id="sport-i-rekreacja",
            name="Wydatki gminy na kulturę fizyczną na 1 mieszkańca",
            name_en="Municipal expenditure on sport per resident",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_sport_spending",
            numerator_label="wydatki gminy na kulturę fizyczną [zł]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_SPORT,
            definition="Wydatki bieżące i majątkowe gminy w dziale 926 Kultura fizyczna na "
            "1 mieszkańca.",
            caveats=NOMINAL,
            decimals=0,
            **PER_RESIDENT,
        ),
    ]


def _roads() -> list[Indicator]:
    return [
        _demo(
            id="drogi-gminne-twarde-gestosc",
            service_id="drogi-gminne",
            name="Drogi gminne o nawierzchni twardej na 100 km²",
            name_en="Hard-surface municipal roads per 100 km²",
            dimension=Dimension.QUANTITY,
            unit="km na 100 km²",
            numerator="demo_roads_hard_km",
            numerator_label="drogi gminne o nawierzchni twardej [km]",
            denominator="area_km2",
            denominator_label="powierzchnia [km²]",
            multiplier=100.0,
            polarity=Polarity.NEUTRAL,
            model=M_ROADS,
            definition="Długość dróg gminnych o nawierzchni twardej w km na 100 km² "
            "powierzchni gminy.",
            caveats="Gęstość dróg zależy głównie od zaludnienia i rozproszenia zabudowy.",
        ),
        _demo(
            id="drogi-gminne-udzial-twardych",
            service_id="drogi-gminne",
            name="Udział dróg o nawierzchni twardej w drogach gminnych",
            name_en="Share of hard-surface roads in municipal roads",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_roads_hard_km",
            numerator_label="drogi gminne o nawierzchni twardej [km]",
            denominator="demo_roads_km",
            denominator_label="drogi gminne ogółem [km]",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_ROADS,
            definition="Drogi gminne o nawierzchni twardej jako odsetek długości wszystkich "
            "dróg gminnych.",
        ),
        _demo(
            id="drogi-gminne-stan-dobry",
            service_id="drogi-gminne",
            name="Udział dróg gminnych o nawierzchni twardej w stanie dobrym",
            name_en="Share of hard-surface municipal roads in good condition",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_roads_hard_good_km",
            numerator_label="drogi o nawierzchni twardej w stanie dobrym [km]",
            denominator="demo_roads_hard_km",
            denominator_label="drogi gminne o nawierzchni twardej [km]",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_ROADS,
            definition="Odcinki dróg gminnych o nawierzchni twardej ocenione w przeglądzie "
            "jako dobre jako odsetek długości dróg o nawierzchni twardej.",
        ),
        _demo(
            id="drogi-gminne-wydatki-na-km",
            service_id="drogi-gminne",
            name="Wydatki na drogi gminne na 1 km drogi",
            name_en="Expenditure on municipal roads per km",
            dimension=Dimension.EFFICIENCY,
            unit="tys. zł",
            numerator="demo_roads_spending",
            numerator_label="wydatki na drogi publiczne gminne [zł]",
            denominator="demo_roads_km",
            denominator_label="drogi gminne ogółem [km]",
            multiplier=0.001,
            polarity=Polarity.NEUTRAL,
            model=M_ROADS,
            definition="Wydatki bieżące i majątkowe gminy na drogi publiczne gminne "
            "(rozdział 60016) w tys. zł na 1 km drogi gminnej.",
            caveats=f"{NOMINAL} Wysokie wydatki w danym roku to często jednorazowa inwestycja.",
        ),
        # transport zbiorowy
        _demo(
            id="transport-wozokilometry-na-mieszkanca",
            service_id="transport-zbiorowy",
            name="Wozokilometry transportu zbiorowego na 1 mieszkańca",
            name_en="Public transport vehicle-kilometres per resident",
            dimension=Dimension.QUANTITY,
            unit="wzkm",
            numerator="demo_transit_vehicle_km",
            numerator_label="wozokilometry w przewozach organizowanych przez gminę",
            multiplier=1.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_TRANSIT,
            definition="Wozokilometry wykonane w publicznym transporcie zbiorowym "
            "organizowanym przez gminę (lub związek, do którego należy) na "
            "1 mieszkańca.",
            caveats="Gmina, która nie organizuje transportu, ma wartość 0; mieszkańcy mogą "
            "korzystać z przewozów komercyjnych.",
            **PER_RESIDENT,
        ),
        _demo(
            id="transport-zasieg-przystankow",
            service_id="transport-zbiorowy",
            name="Odsetek mieszkańców w odległości do 500 m od przystanku",
            name_en="Share of residents within 500 m of a stop",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_transit_pop_near_stop",
            numerator_label="mieszkańcy w odległości do 500 m od przystanku transportu "
            "organizowanego przez gminę",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_TRANSIT,
            definition="Mieszkańcy zamieszkali w odległości do 500 m od przystanku "
            "publicznego transportu zbiorowego organizowanego przez gminę jako "
            "odsetek ludności.",
            **PER_RESIDENT,
        ),
        _demo(
            id="transport-sredni-wiek-autobusow",
            service_id="transport-zbiorowy",
            name="Średni wiek autobusów",
            name_en="Average age of buses",
            dimension=Dimension.QUALITY,
            unit="lata",
            numerator="demo_transit_bus_age_sum",
            numerator_label="suma wieku autobusów [lata]",
            denominator="demo_transit_buses",
            denominator_label="autobusy w eksploatacji",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_TRANSIT,
            definition="Średni wiek autobusów obsługujących transport zbiorowy organizowany "
            "przez gminę.",
            caveats="Nie dotyczy gmin, które nie organizują transportu zbiorowego.",
        ),
        _demo(
            id="transport-doplata-na-wozokilometr",
            service_id="transport-zbiorowy",
            name="Dopłata gminy do 1 wozokilometra",
            name_en="Municipal subsidy per vehicle-km",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_transit_subsidy",
            numerator_label="dopłata gminy do transportu zbiorowego [zł]",
            denominator="demo_transit_vehicle_km",
            denominator_label="wozokilometry",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_TRANSIT,
            definition="Wydatki gminy na pokrycie kosztów transportu zbiorowego ponad "
            "przychody z biletów, na 1 wozokilometr.",
            caveats=f"{NOMINAL} Niska dopłata może oznaczać wysokie ceny biletów. Nie "
            "dotyczy gmin, które nie organizują transportu.",
            decimals=2,
        ),
        # bezpieczeństwo
        _demo(
            id="wypadki-drogowe-na-10-tys",
            service_id="bezpieczenstwo-ruchu",
            name="Wypadki drogowe na 10 tys. mieszkańców",
            name_en="Road accidents per 10,000 residents",
            dimension=Dimension.QUALITY,
            unit="wypadki na 10 tys. mieszkańców",
            numerator="demo_road_accidents",
            numerator_label="wypadki drogowe",
            multiplier=10000.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_SAFETY,
            definition="Wypadki drogowe zarejestrowane przez Policję na terenie gminy "
            "(na wszystkich kategoriach dróg) na 10 tys. mieszkańców.",
            caveats="W małych gminach liczby są niewielkie i silnie wahają się z roku na "
            "rok; gminy z ruchliwą drogą tranzytową wypadają gorzej.",
            decimals=2,
            **PER_RESIDENT,
        ),
        _demo(
            id="ofiary-smiertelne-na-100-tys",
            service_id="bezpieczenstwo-ruchu",
            name="Ofiary śmiertelne wypadków drogowych na 100 tys. mieszkańców",
            name_en="Road deaths per 100,000 residents",
            dimension=Dimension.QUALITY,
            unit="osoby na 100 tys. mieszkańców",
            numerator="demo_road_fatalities",
            numerator_label="zabici w wypadkach drogowych",
            multiplier=100000.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_SAFETY,
            definition="Osoby zabite w wypadkach drogowych na terenie gminy na 100 tys. "
            "mieszkańców.",
            caveats="Dla małych gmin porównuj średnie z kilku lat.",
            **PER_RESIDENT,
        ),
        _demo(
            id="sciezki-rowerowe-na-10-tys",
            service_id="bezpieczenstwo-ruchu",
            name="Ścieżki rowerowe na 10 tys. mieszkańców",
            name_en="Cycle paths per 10,000 residents",
            dimension=Dimension.ACCESSIBILITY,
            unit="km na 10 tys. mieszkańców",
            numerator="demo_bike_paths_km",
            numerator_label="ścieżki rowerowe [km]",
            multiplier=10000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_SAFETY,
            definition="Długość ścieżek rowerowych (dróg dla rowerów) na terenie gminy w km "
            "na 10 tys. mieszkańców.",
            decimals=2,
            **PER_RESIDENT,
        ),
    ]


def _environment() -> list[Indicator]:
    return [
        _demo(
            id="odpady-na-mieszkanca",
            service_id="odpady-komunalne",
            name="Odpady komunalne zebrane na 1 mieszkańca",
            name_en="Municipal waste collected per resident",
            dimension=Dimension.QUANTITY,
            unit="kg",
            numerator="demo_waste_t",
            numerator_label="odpady komunalne zebrane [t]",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_WASTE,
            definition="Masa odpadów komunalnych zebranych w roku w kg na 1 mieszkańca.",
            caveats="Więcej zebranych odpadów to zarówno większe wytwarzanie, jak i "
            "skuteczniejsza zbiórka (mniej dzikich wysypisk).",
            decimals=0,
            **PER_RESIDENT,
        ),
        _demo(
            id="odpady-selektywna-zbiorka",
            service_id="odpady-komunalne",
            name="Udział odpadów zebranych selektywnie",
            name_en="Share of municipal waste collected separately",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_waste_selective_t",
            numerator_label="odpady komunalne zebrane selektywnie [t]",
            denominator="demo_waste_t",
            denominator_label="odpady komunalne zebrane [t]",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_WASTE,
            definition="Odpady komunalne zebrane selektywnie jako odsetek masy wszystkich "
            "zebranych odpadów komunalnych.",
        ),
        _demo(
            id="odpady-objeci-systemem",
            service_id="odpady-komunalne",
            name="Mieszkańcy objęci systemem gospodarowania odpadami",
            name_en="Residents covered by the municipal waste system",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_waste_declared_residents",
            numerator_label="mieszkańcy wykazani w deklaracjach o wysokości opłaty",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_WASTE,
            definition="Mieszkańcy wykazani w deklaracjach o wysokości opłaty za "
            "gospodarowanie odpadami jako odsetek ludności zameldowanej.",
            caveats="Różnica wynika też z migracji (osoby zameldowane, a mieszkające gdzie "
            "indziej).",
            **PER_RESIDENT,
        ),
        _demo(
            id="odpady-koszt-tony",
            service_id="odpady-komunalne",
            name="Koszt systemu gospodarowania odpadami na 1 tonę",
            name_en="Cost of the waste system per tonne",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_waste_spending",
            numerator_label="koszty systemu gospodarowania odpadami komunalnymi [zł]",
            denominator="demo_waste_t",
            denominator_label="odpady komunalne zebrane [t]",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_WASTE,
            definition="Wydatki gminy na system gospodarowania odpadami komunalnymi "
            "(rozdział 90002) na 1 tonę zebranych odpadów.",
            caveats=f"{NOMINAL} {COST_CAVEAT}",
            decimals=0,
        ),
        # woda
        _demo(
            id="wodociag-odsetek-ludnosci",
            service_id="wodociagi-i-kanalizacja",
            name="Ludność korzystająca z sieci wodociągowej",
            name_en="Population connected to the water supply network",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_water_pop_connected",
            numerator_label="ludność korzystająca z sieci wodociągowej",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_WATER,
            definition="Ludność korzystająca z sieci wodociągowej jako odsetek ogółu ludności.",
            **PER_RESIDENT,
        ),
        _demo(
            id="kanalizacja-odsetek-ludnosci",
            service_id="wodociagi-i-kanalizacja",
            name="Ludność korzystająca z sieci kanalizacyjnej",
            name_en="Population connected to the sewerage network",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_sewer_pop_connected",
            numerator_label="ludność korzystająca z sieci kanalizacyjnej",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_WATER,
            definition="Ludność korzystająca z sieci kanalizacyjnej jako odsetek ogółu ludności.",
            caveats="W zabudowie rozproszonej przydomowe oczyszczalnie bywają lepszym "
            "rozwiązaniem niż sieć.",
            **PER_RESIDENT,
        ),
        _demo(
            id="woda-zuzycie-na-mieszkanca",
            service_id="wodociagi-i-kanalizacja",
            name="Zużycie wody z wodociągów w gospodarstwach domowych na 1 mieszkańca",
            name_en="Household water consumption per resident",
            dimension=Dimension.QUANTITY,
            unit="m³",
            numerator="demo_water_household_m3",
            numerator_label="woda dostarczona gospodarstwom domowym [m³]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_WATER,
            definition="Woda z wodociągów zużyta w gospodarstwach domowych w m³ na 1 mieszkańca.",
            **PER_RESIDENT,
        ),
        _demo(
            id="wodociag-awarie-na-100-km",
            service_id="wodociagi-i-kanalizacja",
            name="Awarie sieci wodociągowej na 100 km sieci",
            name_en="Water main failures per 100 km of network",
            dimension=Dimension.QUALITY,
            unit="awarie na 100 km",
            numerator="demo_water_failures",
            numerator_label="awarie sieci i przyłączy",
            denominator="demo_water_network_km",
            denominator_label="długość sieci wodociągowej [km]",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_WATER,
            definition="Awarie sieci wodociągowej i przyłączy usuwane w roku na 100 km "
            "sieci rozdzielczej.",
        ),
        _demo(
            id="woda-straty",
            service_id="wodociagi-i-kanalizacja",
            name="Straty wody w sieci",
            name_en="Water losses in the network",
            dimension=Dimension.EFFICIENCY,
            unit="%",
            numerator="demo_water_losses_m3",
            numerator_label="straty wody [m³]",
            denominator="demo_water_produced_m3",
            denominator_label="woda wtłoczona do sieci [m³]",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_WATER,
            definition="Woda niesprzedana (straty rzeczywiste i pozorne) jako odsetek wody "
            "wtłoczonej do sieci.",
        ),
        _demo(
            id="woda-cena-m3",
            service_id="wodociagi-i-kanalizacja",
            name="Średnia opłata za 1 m³ wody dla gospodarstw domowych",
            name_en="Average household charge per m³ of water",
            dimension=Dimension.EFFICIENCY,
            unit="zł/m³",
            numerator="demo_water_household_charges",
            numerator_label="opłaty gospodarstw domowych za wodę [zł]",
            denominator="demo_water_household_m3",
            denominator_label="woda dostarczona gospodarstwom domowym [m³]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_WATER}; taryfy (Wody Polskie)",
            definition="Opłaty gospodarstw domowych za wodę (brutto, z opłatą abonamentową) "
            "podzielone przez ilość dostarczonej wody.",
            caveats=f"{NOMINAL} Taryfy powinny pokrywać koszty: niska cena może oznaczać "
            "dopłaty z budżetu lub niedoinwestowanie sieci.",
            decimals=2,
        ),
        # powietrze
        _demo(
            id="gaz-odsetek-ludnosci",
            service_id="ochrona-powietrza",
            name="Ludność korzystająca z sieci gazowej",
            name_en="Population connected to the gas network",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_gas_pop_connected",
            numerator_label="ludność korzystająca z sieci gazowej",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_AIR,
            definition="Ludność korzystająca z sieci gazowej jako odsetek ogółu ludności.",
            caveats="Gaz zastępuje węgiel w ogrzewaniu, ale sieć zależy głównie od "
            "operatora, nie od gminy.",
            **PER_RESIDENT,
        ),
        _demo(
            id="wymiana-zrodel-ciepla-na-1000",
            service_id="ochrona-powietrza",
            name="Wymienione źródła ciepła na 1000 mieszkańców",
            name_en="Heating sources replaced per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="sztuki na 1000 mieszkańców",
            numerator="demo_heat_sources_replaced",
            numerator_label="wymienione nieekologiczne źródła ciepła",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_AIR,
            definition="Nieekologiczne źródła ciepła (kotły na paliwa stałe) zlikwidowane "
            "lub wymienione w roku w ramach programów gminnych i krajowych na 1000 "
            "mieszkańców.",
            decimals=2,
            **PER_RESIDENT,
        ),
        _demo(
            id="pm10-srednie-stezenie",
            service_id="ochrona-powietrza",
            name="Średnioroczne stężenie PM10 ważone liczbą ludności",
            name_en="Population-weighted annual mean PM10 concentration",
            dimension=Dimension.QUALITY,
            unit="µg/m³",
            numerator="demo_pm10_pop_weighted",
            numerator_label="suma iloczynów: stężenie PM10 [µg/m³] × ludność",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_AIR,
            definition="Średnioroczne stężenie pyłu zawieszonego PM10 (z modelowania "
            "jakości powietrza), ważone liczbą mieszkańców.",
            caveats="Jakość powietrza zależy też od pogody i od źródeł spoza gminy. "
            "Norma średnioroczna: 40 µg/m³; zalecenie WHO (2021): 15 µg/m³.",
            **PER_RESIDENT,
        ),
        _demo(
            id="ochrona-powietrza-wydatki-na-mieszkanca",
            service_id="ochrona-powietrza",
            name="Wydatki gminy na ochronę powietrza na 1 mieszkańca",
            name_en="Municipal expenditure on air protection per resident",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_air_spending",
            numerator_label="wydatki na ochronę powietrza atmosferycznego i klimatu [zł]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_AIR}; Rb-28S",
            definition="Wydatki gminy w rozdziale 90005 (ochrona powietrza atmosferycznego "
            "i klimatu), w tym dotacje do wymiany kotłów, na 1 mieszkańca.",
            caveats=NOMINAL,
            decimals=2,
            **PER_RESIDENT,
        ),
    ]


def _real_estate() -> list[Indicator]:
    return [
        _demo(
            id="mieszkania-gminne-na-1000",
            service_id="mieszkaniowy-zasob-gminy",
            name="Mieszkania gminne na 1000 mieszkańców",
            name_en="Municipal dwellings per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="mieszkania na 1000 mieszkańców",
            numerator="demo_municipal_dwellings",
            numerator_label="mieszkania w zasobie gminy (komunalne i socjalne)",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_HOUSING,
            definition="Mieszkania stanowiące własność gminy na 1000 mieszkańców.",
            caveats="Wielkość zasobu to wynik decyzji o sprzedaży mieszkań najemcom; "
            "nie ma jednej „lepszej” wartości.",
            **PER_RESIDENT,
        ),
        _demo(
            id="mieszkania-gminne-oczekujacy",
            service_id="mieszkaniowy-zasob-gminy",
            name="Gospodarstwa oczekujące na mieszkanie gminne na 100 mieszkań zasobu",
            name_en="Households waiting for a municipal dwelling per 100 dwellings",
            dimension=Dimension.ACCESSIBILITY,
            unit="gospodarstwa na 100 mieszkań",
            numerator="demo_flat_queue",
            numerator_label="gospodarstwa domowe oczekujące na najem mieszkania",
            denominator="demo_municipal_dwellings",
            denominator_label="mieszkania w zasobie gminy",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_HOUSING,
            definition="Gospodarstwa domowe na listach oczekujących na najem mieszkania "
            "komunalnego lub socjalnego na koniec roku na 100 mieszkań zasobu.",
        ),
        _demo(
            id="mieszkania-gminne-czas-oczekiwania",
            service_id="mieszkaniowy-zasob-gminy",
            name="Średni czas oczekiwania na mieszkanie gminne",
            name_en="Average waiting time for a municipal dwelling",
            dimension=Dimension.ACCESSIBILITY,
            unit="miesiące",
            numerator="demo_flat_wait_months_sum",
            numerator_label="suma czasu oczekiwania gospodarstw, którym przydzielono "
            "mieszkanie [miesiące]",
            denominator="demo_flats_allocated",
            denominator_label="mieszkania przydzielone w roku",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_HOUSING,
            definition="Średni czas od złożenia wniosku do zawarcia umowy najmu dla "
            "gospodarstw, którym przydzielono mieszkanie w roku.",
            caveats="Nie dotyczy gmin, które w danym roku nie przydzieliły mieszkania.",
        ),
        _demo(
            id="mieszkania-gminne-centralne-ogrzewanie",
            service_id="mieszkaniowy-zasob-gminy",
            name="Udział mieszkań gminnych z centralnym ogrzewaniem",
            name_en="Share of municipal dwellings with central heating",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_municipal_dwellings_ch",
            numerator_label="mieszkania gminne wyposażone w centralne ogrzewanie",
            denominator="demo_municipal_dwellings",
            denominator_label="mieszkania w zasobie gminy",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_HOUSING,
            definition="Mieszkania gminne wyposażone w centralne ogrzewanie (zbiorowe lub "
            "indywidualne) jako odsetek mieszkań zasobu.",
        ),
        _demo(
            id="mieszkania-gminne-zaleglosci-czynszowe",
            service_id="mieszkaniowy-zasob-gminy",
            name="Zaległości czynszowe w relacji do należnych czynszów",
            name_en="Rent arrears relative to rent due",
            dimension=Dimension.EFFICIENCY,
            unit="%",
            numerator="demo_rent_arrears",
            numerator_label="zaległości najemców mieszkań gminnych [zł]",
            denominator="demo_rent_due",
            denominator_label="czynsze należne za rok [zł]",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_HOUSING,
            definition="Zaległości w opłatach czynszowych na koniec roku jako odsetek "
            "czynszów należnych za rok.",
            caveats=NOMINAL,
        ),
        # planowanie
        _demo(
            id="mpzp-pokrycie",
            service_id="planowanie-przestrzenne",
            name="Powierzchnia objęta miejscowymi planami zagospodarowania przestrzennego",
            name_en="Area covered by local spatial development plans",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_mpzp_area_km2",
            numerator_label="powierzchnia objęta obowiązującymi planami miejscowymi [km²]",
            denominator="area_km2",
            denominator_label="powierzchnia [km²]",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_PLANNING,
            definition="Powierzchnia objęta obowiązującymi miejscowymi planami "
            "zagospodarowania przestrzennego jako odsetek powierzchni gminy.",
            caveats="Od 2026 r. obowiązują plany ogólne; wskaźnik dotyczy planów miejscowych.",
        ),
        _demo(
            id="decyzje-wz-na-1000",
            service_id="planowanie-przestrzenne",
            name="Decyzje o warunkach zabudowy na 1000 mieszkańców",
            name_en="Zoning decisions (outside local plans) per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="decyzje na 1000 mieszkańców",
            numerator="demo_wz_decisions",
            numerator_label="wydane decyzje o warunkach zabudowy",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_PLANNING,
            definition="Decyzje o warunkach zabudowy wydane w roku na 1000 mieszkańców.",
            caveats="Dużo decyzji oznacza zarówno ruch budowlany, jak i brak planów miejscowych.",
            decimals=2,
            **PER_RESIDENT,
        ),
        _demo(
            id="decyzje-wz-czas",
            service_id="planowanie-przestrzenne",
            name="Średni czas wydania decyzji o warunkach zabudowy",
            name_en="Average time to issue a zoning decision",
            dimension=Dimension.QUALITY,
            unit="dni",
            numerator="demo_wz_days_sum",
            numerator_label="suma czasu postępowań [dni]",
            denominator="demo_wz_decisions",
            denominator_label="wydane decyzje o warunkach zabudowy",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_PLANNING,
            definition="Średnia liczba dni od złożenia wniosku do wydania decyzji o "
            "warunkach zabudowy.",
            caveats="Nie dotyczy gmin, które w danym roku nie wydały żadnej decyzji.",
            decimals=0,
        ),
        _demo(
            id="planowanie-wydatki-na-mieszkanca",
            service_id="planowanie-przestrzenne",
            name="Wydatki na planowanie przestrzenne na 1 mieszkańca",
            name_en="Expenditure on spatial planning per resident",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_planning_spending",
            numerator_label="wydatki na plany zagospodarowania przestrzennego [zł]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=f"{M_PLANNING}; Rb-28S",
            definition="Wydatki gminy w rozdziale 71004 (plany zagospodarowania "
            "przestrzennego) na 1 mieszkańca.",
            caveats=f"{NOMINAL} Wydatki są skokowe: rosną w latach sporządzania planów.",
            decimals=2,
            **PER_RESIDENT,
        ),
        # grunty
        _demo(
            id="grunty-gminne-udzial",
            service_id="gospodarowanie-gruntami",
            name="Grunty gminne jako odsetek powierzchni gminy",
            name_en="Municipal land as a share of the municipality's area",
            dimension=Dimension.QUANTITY,
            unit="%",
            numerator="demo_municipal_land_ha",
            numerator_label="grunty stanowiące własność gminy [ha]",
            denominator="area_km2",
            denominator_label="powierzchnia [km²]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_LAND,
            definition="Powierzchnia gruntów stanowiących własność gminy (bez oddanych w "
            "użytkowanie wieczyste) jako odsetek powierzchni gminy "
            "(1 ha na 1 km² = 1%).",
        ),
        _demo(
            id="grunty-gminne-w-dzierzawie",
            service_id="gospodarowanie-gruntami",
            name="Udział gruntów gminnych oddanych w dzierżawę, najem lub użytkowanie",
            name_en="Share of municipal land leased or let",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_municipal_land_leased_ha",
            numerator_label="grunty gminne oddane w dzierżawę, najem, użytkowanie lub "
            "trwały zarząd [ha]",
            denominator="demo_municipal_land_ha",
            denominator_label="grunty stanowiące własność gminy [ha]",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_LAND,
            definition="Grunty gminne oddane w dzierżawę, najem, użytkowanie lub trwały "
            "zarząd jako odsetek gruntów stanowiących własność gminy.",
            caveats="Część gruntów (drogi, tereny zieleni) z natury nie jest oddawana w dzierżawę.",
        ),
        _demo(
            id="grunty-sprzedane-na-1000",
            service_id="gospodarowanie-gruntami",
            name="Sprzedane grunty gminne na 1000 mieszkańców",
            name_en="Municipal land sold per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="ha na 1000 mieszkańców",
            numerator="demo_land_sold_ha",
            numerator_label="sprzedane grunty gminne [ha]",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_LAND,
            definition="Powierzchnia gruntów gminnych sprzedanych w roku w ha na 1000 mieszkańców.",
            decimals=3,
            **PER_RESIDENT,
        ),
        _demo(
            id="grunty-cena-sprzedazy",
            service_id="gospodarowanie-gruntami",
            name="Średnia cena sprzedaży gruntów gminnych",
            name_en="Average sale price of municipal land",
            dimension=Dimension.EFFICIENCY,
            unit="zł/m²",
            numerator="demo_land_sale_revenue",
            numerator_label="przychody ze sprzedaży gruntów gminnych [zł]",
            denominator="demo_land_sold_ha",
            denominator_label="sprzedane grunty gminne [ha]",
            multiplier=0.0001,
            polarity=Polarity.NEUTRAL,
            model=M_LAND,
            definition="Przychody ze sprzedaży gruntów gminnych w roku podzielone przez "
            "sprzedaną powierzchnię, w zł za 1 m².",
            caveats=f"{NOMINAL} Cena zależy od położenia i przeznaczenia sprzedanych "
            "działek. Nie dotyczy gmin, które w danym roku nic nie sprzedały.",
            decimals=2,
        ),
    ]


def _investment() -> list[Indicator]:
    return [
        _demo(
            id="pozwolenia-na-budowe-na-1000",
            service_id="pozwolenia-na-budowe",
            name="Pozwolenia na budowę na 1000 mieszkańców",
            name_en="Building permits per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="decyzje na 1000 mieszkańców",
            numerator="demo_building_permits",
            numerator_label="decyzje o pozwoleniu na budowę",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_PERMITS,
            definition="Decyzje o pozwoleniu na budowę wydane w roku dla inwestycji "
            "położonych w gminie na 1000 mieszkańców.",
            caveats=f"{POWIAT_TASK} Liczba decyzji odzwierciedla ruch budowlany.",
            decimals=2,
            **PER_RESIDENT,
        ),
        _demo(
            id="pozwolenia-na-budowe-w-terminie",
            service_id="pozwolenia-na-budowe",
            name="Pozwolenia na budowę wydane w terminie 65 dni",
            name_en="Building permits issued within 65 days",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_building_permits_65d",
            numerator_label="decyzje wydane w ustawowym terminie 65 dni",
            denominator="demo_building_permits",
            denominator_label="decyzje o pozwoleniu na budowę",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_PERMITS,
            definition="Decyzje o pozwoleniu na budowę wydane w ustawowym terminie 65 dni "
            "jako odsetek wszystkich decyzji.",
            caveats=POWIAT_TASK,
        ),
        _demo(
            id="pozwolenia-na-budowe-czas",
            service_id="pozwolenia-na-budowe",
            name="Średni czas wydania pozwolenia na budowę",
            name_en="Average time to issue a building permit",
            dimension=Dimension.ACCESSIBILITY,
            unit="dni",
            numerator="demo_building_permit_days_sum",
            numerator_label="suma czasu postępowań [dni]",
            denominator="demo_building_permits",
            denominator_label="decyzje o pozwoleniu na budowę",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_PERMITS,
            definition="Średnia liczba dni od złożenia wniosku do wydania decyzji o "
            "pozwoleniu na budowę.",
            caveats=f"{POWIAT_TASK} Nie dotyczy gmin bez decyzji w danym roku.",
            decimals=0,
        ),
        _demo(
            id="mieszkania-oddane-na-1000",
            service_id="budownictwo-mieszkaniowe",
            name="Mieszkania oddane do użytkowania na 1000 mieszkańców",
            name_en="Dwellings completed per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="mieszkania na 1000 mieszkańców",
            numerator="demo_dwellings_completed",
            numerator_label="mieszkania oddane do użytkowania",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_DWELLINGS,
            definition="Mieszkania oddane do użytkowania w roku (wszystkie formy "
            "budownictwa) na 1000 mieszkańców.",
            decimals=2,
            **PER_RESIDENT,
        ),
        _demo(
            id="mieszkania-oddane-powierzchnia",
            service_id="budownictwo-mieszkaniowe",
            name="Przeciętna powierzchnia użytkowa mieszkania oddanego do użytkowania",
            name_en="Average floor area of a completed dwelling",
            dimension=Dimension.QUALITY,
            unit="m²",
            numerator="demo_dwellings_completed_m2",
            numerator_label="powierzchnia użytkowa mieszkań oddanych [m²]",
            denominator="demo_dwellings_completed",
            denominator_label="mieszkania oddane do użytkowania",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_DWELLINGS,
            definition="Powierzchnia użytkowa mieszkań oddanych do użytkowania w roku "
            "podzielona przez ich liczbę.",
            caveats="Nie dotyczy gmin bez mieszkań oddanych w danym roku.",
            decimals=1,
        ),
        _demo(
            id="zasoby-mieszkaniowe-na-1000",
            service_id="budownictwo-mieszkaniowe",
            name="Mieszkania na 1000 mieszkańców",
            name_en="Dwellings per 1,000 residents",
            dimension=Dimension.ACCESSIBILITY,
            unit="mieszkania na 1000 mieszkańców",
            numerator="demo_dwelling_stock",
            numerator_label="zasoby mieszkaniowe (mieszkania)",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_DWELLINGS,
            definition="Liczba mieszkań w zasobach mieszkaniowych ogółem na 1000 "
            "mieszkańców, stan na 31 XII.",
            decimals=0,
            **PER_RESIDENT,
        ),
    ]


def _geodesy() -> list[Indicator]:
    return [
        _demo(
            id="egib-dzialki-wektorowe",
            service_id="ewidencja-gruntow-i-budynkow",
            name="Działki ewidencyjne z mapą ewidencyjną w postaci wektorowej",
            name_en="Cadastral parcels with a vector cadastral map",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_egib_parcels_vector",
            numerator_label="działki ujęte w wektorowej mapie ewidencyjnej",
            denominator="demo_egib_parcels",
            denominator_label="działki ewidencyjne",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_EGIB,
            definition="Działki ewidencyjne, dla których prowadzona jest mapa ewidencyjna "
            "w postaci wektorowej, jako odsetek wszystkich działek.",
            caveats=POWIAT_TASK,
        ),
        _demo(
            id="egib-wypisy-na-1000",
            service_id="ewidencja-gruntow-i-budynkow",
            name="Wypisy i wyrysy z ewidencji gruntów na 1000 mieszkańców",
            name_en="Cadastral extracts issued per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="dokumenty na 1000 mieszkańców",
            numerator="demo_egib_extracts",
            numerator_label="wydane wypisy i wyrysy z EGiB",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_EGIB,
            definition="Wypisy i wyrysy z ewidencji gruntów i budynków wydane w roku na "
            "1000 mieszkańców.",
            caveats=POWIAT_TASK,
            **PER_RESIDENT,
        ),
        _demo(
            id="egib-wypisy-elektronicznie",
            service_id="ewidencja-gruntow-i-budynkow",
            name="Wypisy i wyrysy wydane elektronicznie",
            name_en="Cadastral extracts issued electronically",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_egib_extracts_online",
            numerator_label="wypisy i wyrysy wydane w postaci elektronicznej",
            denominator="demo_egib_extracts",
            denominator_label="wydane wypisy i wyrysy",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_EGIB,
            definition="Wypisy i wyrysy z EGiB zamówione i wydane drogą elektroniczną jako "
            "odsetek wszystkich wydanych.",
            caveats=POWIAT_TASK,
        ),
        # zasób
        _demo(
            id="zasob-geodezyjny-wnioski-na-1000",
            service_id="udostepnianie-zasobu-geodezyjnego",
            name="Wnioski o udostępnienie materiałów zasobu na 1000 mieszkańców",
            name_en="Requests for geodetic materials per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="wnioski na 1000 mieszkańców",
            numerator="demo_geo_requests",
            numerator_label="zrealizowane wnioski o udostępnienie materiałów zasobu",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_GEO,
            definition="Zrealizowane wnioski o udostępnienie materiałów zasobu geodezyjnego "
            "i kartograficznego (w tym map do celów projektowych) na 1000 "
            "mieszkańców.",
            caveats=POWIAT_TASK,
            **PER_RESIDENT,
        ),
        _demo(
            id="zasob-geodezyjny-czas-realizacji",
            service_id="udostepnianie-zasobu-geodezyjnego",
            name="Średni czas realizacji wniosku o materiały zasobu",
            name_en="Average time to fulfil a request for geodetic materials",
            dimension=Dimension.QUALITY,
            unit="dni",
            numerator="demo_geo_request_days_sum",
            numerator_label="suma czasu realizacji wniosków [dni]",
            denominator="demo_geo_requests",
            denominator_label="zrealizowane wnioski",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_GEO,
            definition="Średnia liczba dni od złożenia wniosku do udostępnienia materiałów "
            "zasobu (w tym mapy do celów projektowych).",
            caveats=POWIAT_TASK,
        ),
        _demo(
            id="zasob-geodezyjny-wnioski-elektroniczne",
            service_id="udostepnianie-zasobu-geodezyjnego",
            name="Wnioski o materiały zasobu złożone elektronicznie",
            name_en="Requests for geodetic materials submitted electronically",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_geo_requests_online",
            numerator_label="wnioski złożone drogą elektroniczną",
            denominator="demo_geo_requests",
            denominator_label="zrealizowane wnioski",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_GEO,
            definition="Wnioski o udostępnienie materiałów zasobu złożone przez internet "
            "jako odsetek wszystkich wniosków.",
            caveats=POWIAT_TASK,
        ),
        _demo(
            id="zasob-geodezyjny-koszt-wniosku",
            service_id="udostepnianie-zasobu-geodezyjnego",
            name="Koszt obsługi 1 wniosku o materiały zasobu",
            name_en="Cost of handling a request for geodetic materials",
            dimension=Dimension.EFFICIENCY,
            unit="zł",
            numerator="demo_geo_spending",
            numerator_label="wydatki na prowadzenie zasobu przypisane udostępnianiu [zł]",
            denominator="demo_geo_requests",
            denominator_label="zrealizowane wnioski",
            multiplier=1.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_GEO,
            definition="Wydatki na udostępnianie materiałów zasobu geodezyjnego podzielone "
            "przez liczbę zrealizowanych wniosków.",
            caveats=f"{NOMINAL} {POWIAT_TASK} {COST_CAVEAT}",
            decimals=0,
        ),
        # zgłoszenia prac
        _demo(
            id="prace-geodezyjne-na-1000",
            service_id="zgloszenia-prac-geodezyjnych",
            name="Zgłoszenia prac geodezyjnych na 1000 mieszkańców",
            name_en="Surveying work notifications per 1,000 residents",
            dimension=Dimension.QUANTITY,
            unit="zgłoszenia na 1000 mieszkańców",
            numerator="demo_geo_works",
            numerator_label="zgłoszenia prac geodezyjnych",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_GEO,
            definition="Zgłoszenia prac geodezyjnych przyjęte w roku na 1000 mieszkańców.",
            caveats=POWIAT_TASK,
            **PER_RESIDENT,
        ),
        _demo(
            id="prace-geodezyjne-weryfikacja-w-terminie",
            service_id="zgloszenia-prac-geodezyjnych",
            name="Wyniki prac geodezyjnych zweryfikowane w terminie",
            name_en="Surveying results verified on time",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_geo_works_ontime",
            numerator_label="zbiory dokumentów zweryfikowane w ustawowym terminie",
            denominator="demo_geo_works",
            denominator_label="zgłoszenia prac geodezyjnych",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_GEO,
            definition="Zgłoszenia, których wyniki zweryfikowano w ustawowym terminie "
            "(10 dni roboczych), jako odsetek zgłoszeń.",
            caveats=POWIAT_TASK,
        ),
        _demo(
            id="prace-geodezyjne-elektronicznie",
            service_id="zgloszenia-prac-geodezyjnych",
            name="Zgłoszenia prac geodezyjnych złożone elektronicznie",
            name_en="Surveying work notifications submitted electronically",
            dimension=Dimension.ACCESSIBILITY,
            unit="%",
            numerator="demo_geo_works_online",
            numerator_label="zgłoszenia złożone drogą elektroniczną",
            denominator="demo_geo_works",
            denominator_label="zgłoszenia prac geodezyjnych",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_GEO,
            definition="Zgłoszenia prac geodezyjnych złożone przez internet jako odsetek "
            "wszystkich zgłoszeń.",
            caveats=POWIAT_TASK,
        ),
    ]


# (variable stem, service id, name in genitive, English, short id) for the local taxes that the
# gmina itself assesses and collects; the tax card is collected by tax offices, so it has none.
LOCAL_TAXES: tuple[tuple[str, str, str, str, str], ...] = (
    (
        "property",
        "podatek-od-nieruchomosci",
        "podatku od nieruchomości",
        "property tax",
        "nieruchomosci",
    ),
    ("agricultural", "podatek-rolny", "podatku rolnego", "agricultural tax", "rolny"),
    ("forest", "podatek-lesny", "podatku leśnego", "forest tax", "lesny"),
    (
        "transport",
        "podatek-od-srodkow-transportowych",
        "podatku od środków transportowych",
        "tax on means of transport",
        "transportowy",
    ),
)


def _taxes() -> list[Indicator]:
    out: list[Indicator] = []
    for stem, service_id, genitive, english, short in LOCAL_TAXES:
        na = " Nie dotyczy gmin bez lasów." if stem == "forest" else ""
        out.append(
            _demo(
                id=f"podatek-{short}-zaleglosci",
                service_id=service_id,
                name=f"Zaległości z tytułu {genitive} w relacji do należności",
                name_en=f"Arrears of {english} relative to the amount due",
                dimension=Dimension.QUALITY,
                unit="%",
                numerator=f"demo_tax_{stem}_arrears",
                numerator_label=f"zaległości z tytułu {genitive} na koniec roku [zł]",
                denominator=f"demo_tax_{stem}_due",
                denominator_label=f"należności z tytułu {genitive} za rok [zł]",
                multiplier=100.0,
                polarity=Polarity.LOWER_BETTER,
                model=M_TAX,
                definition=f"Zaległości podatników z tytułu {genitive} na koniec roku jako odsetek "
                "kwoty należnej za rok (skuteczność poboru).",
                caveats=f"{NOMINAL}{na}",
                decimals=2,
            )
        )
        out.append(
            _demo(
                id=f"podatek-{short}-wplaty-elektroniczne",
                service_id=service_id,
                name=f"Wpłaty {genitive} dokonane elektronicznie",
                name_en=f"Payments of {english} made electronically",
                dimension=Dimension.ACCESSIBILITY,
                unit="%",
                numerator=f"demo_tax_{stem}_payments_online",
                numerator_label="wpłaty przelewem, przez internet lub kartą płatniczą",
                denominator=f"demo_tax_{stem}_payments",
                denominator_label="wpłaty ogółem",
                multiplier=100.0,
                polarity=Polarity.HIGHER_BETTER,
                model="rejestry księgowe podatków gminy",
                definition=f"Wpłaty {genitive} dokonane elektronicznie (przelew, płatność "
                "internetowa, terminal płatniczy w urzędzie) jako odsetek liczby "
                "wszystkich wpłat.",
                caveats=na.strip(),
            )
        )
    out.append(
        _demo(
            id="podatek-nieruchomosci-skutki-obnizenia-stawek",
            service_id="podatek-od-nieruchomosci",
            name="Skutki obniżenia górnych stawek podatku od nieruchomości",
            name_en="Effect of lowering the maximum property tax rates",
            dimension=Dimension.EFFICIENCY,
            unit="%",
            numerator="demo_tax_property_rate_relief",
            numerator_label="skutki obniżenia górnych stawek podatku od nieruchomości [zł]",
            denominator="demo_tax_property_due",
            denominator_label="należności z tytułu podatku od nieruchomości za rok [zł]",
            multiplier=100.0,
            polarity=Polarity.NEUTRAL,
            model=M_TAX,
            definition="Dochody utracone przez uchwalenie stawek niższych od maksymalnych "
            "ustawowych jako odsetek należności z tytułu podatku od nieruchomości.",
            caveats=f"{NOMINAL} Niższe stawki to świadoma polityka rady gminy (np. wspieranie "
            "przedsiębiorczości), a nie błąd w poborze.",
            decimals=2,
        )
    )
    return out


def _finance() -> list[Indicator]:
    return [
        _demo(
            id="zadluzenie-na-mieszkanca",
            service_id="zadluzenie",
            name="Zadłużenie gminy na 1 mieszkańca",
            name_en="Municipal debt per resident",
            dimension=Dimension.QUANTITY,
            unit="zł",
            numerator="demo_debt",
            numerator_label="zobowiązania ogółem (zadłużenie) na koniec roku [zł]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            model=M_DEBT,
            definition="Zobowiązania dłużne gminy (kredyty, pożyczki, papiery wartościowe) "
            "na koniec roku na 1 mieszkańca.",
            caveats=f"{NOMINAL} Dług często finansuje inwestycje: sam poziom nie świadczy "
            "o złym zarządzaniu.",
            decimals=0,
            **PER_RESIDENT,
        ),
        _demo(
            id="zadluzenie-do-dochodow-biezacych",
            service_id="zadluzenie",
            name="Zadłużenie w relacji do dochodów bieżących",
            name_en="Debt relative to current revenue",
            dimension=Dimension.QUALITY,
            unit="%",
            numerator="demo_debt",
            numerator_label="zadłużenie na koniec roku [zł]",
            denominator="demo_current_revenue",
            denominator_label="dochody bieżące [zł]",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_DEBT,
            definition="Zadłużenie gminy na koniec roku jako odsetek jej dochodów bieżących.",
        ),
        _demo(
            id="obsluga-dlugu-do-dochodow-biezacych",
            service_id="zadluzenie",
            name="Obsługa zadłużenia w relacji do dochodów bieżących",
            name_en="Debt service relative to current revenue",
            dimension=Dimension.EFFICIENCY,
            unit="%",
            numerator="demo_debt_service",
            numerator_label="spłaty rat kapitałowych i odsetki [zł]",
            denominator="demo_current_revenue",
            denominator_label="dochody bieżące [zł]",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_DEBT,
            definition="Spłaty rat kredytów i pożyczek wraz z odsetkami jako odsetek "
            "dochodów bieżących.",
        ),
        _demo(
            id="nadwyzka-operacyjna-udzial",
            service_id="zadluzenie",
            name="Nadwyżka operacyjna w relacji do dochodów bieżących",
            name_en="Operating surplus relative to current revenue",
            dimension=Dimension.EFFICIENCY,
            unit="%",
            numerator="demo_operating_surplus",
            numerator_label="dochody bieżące minus wydatki bieżące [zł]",
            denominator="demo_current_revenue",
            denominator_label="dochody bieżące [zł]",
            multiplier=100.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_DEBT,
            definition="Różnica dochodów i wydatków bieżących (nadwyżka operacyjna) jako "
            "odsetek dochodów bieżących; wartość ujemna oznacza deficyt "
            "operacyjny.",
        ),
    ]


def _context() -> list[Indicator]:
    return [
        _demo(
            id="bezrobocie-udzial",
            service_id="rynek-pracy",
            name="Udział bezrobotnych zarejestrowanych w liczbie ludności w wieku produkcyjnym",
            name_en="Registered unemployed as a share of working-age population",
            dimension=Dimension.CONTEXT,
            unit="%",
            numerator="demo_unemployed",
            numerator_label="bezrobotni zarejestrowani, stan na 31 XII",
            denominator="pop_work",
            denominator_label="ludność w wieku produkcyjnym",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_LABOUR,
            definition="Bezrobotni zarejestrowani w powiatowych urzędach pracy jako odsetek "
            "ludności w wieku produkcyjnym (wskaźnik GUS dla gmin; to nie jest "
            "stopa bezrobocia).",
        ),
        _demo(
            id="bezrobocie-dlugotrwale",
            service_id="rynek-pracy",
            name="Udział długotrwale bezrobotnych wśród bezrobotnych",
            name_en="Share of long-term unemployed among the registered unemployed",
            dimension=Dimension.CONTEXT,
            unit="%",
            numerator="demo_unemployed_longterm",
            numerator_label="bezrobotni pozostający bez pracy powyżej 12 miesięcy",
            denominator="demo_unemployed",
            denominator_label="bezrobotni zarejestrowani",
            multiplier=100.0,
            polarity=Polarity.LOWER_BETTER,
            model=M_LABOUR,
            definition="Bezrobotni zarejestrowani pozostający bez pracy dłużej niż 12 "
            "miesięcy jako odsetek bezrobotnych.",
        ),
        _demo(
            id="pracujacy-na-1000",
            service_id="rynek-pracy",
            name="Pracujący na 1000 mieszkańców",
            name_en="Employed persons per 1,000 residents",
            dimension=Dimension.CONTEXT,
            unit="osoby na 1000 mieszkańców",
            numerator="demo_employed",
            numerator_label="pracujący (według miejsca pracy)",
            multiplier=1000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_LABOUR,
            definition="Pracujący w gminie według faktycznego miejsca pracy (bez "
            "indywidualnych gospodarstw rolnych i podmiotów do 9 osób) na 1000 "
            "mieszkańców.",
            decimals=0,
            **PER_RESIDENT,
        ),
        _demo(
            id="podmioty-regon-na-10-tys",
            service_id="przedsiebiorczosc",
            name="Podmioty w rejestrze REGON na 10 tys. mieszkańców",
            name_en="Entities in the REGON register per 10,000 residents",
            dimension=Dimension.CONTEXT,
            unit="podmioty na 10 tys. mieszkańców",
            numerator="demo_regon_entities",
            numerator_label="podmioty wpisane do REGON",
            multiplier=10000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_REGON,
            definition="Podmioty gospodarki narodowej wpisane do rejestru REGON na 10 tys. "
            "mieszkańców.",
            decimals=0,
            **PER_RESIDENT,
        ),
        _demo(
            id="podmioty-nowe-na-10-tys",
            service_id="przedsiebiorczosc",
            name="Podmioty nowo zarejestrowane na 10 tys. mieszkańców",
            name_en="Newly registered entities per 10,000 residents",
            dimension=Dimension.CONTEXT,
            unit="podmioty na 10 tys. mieszkańców",
            numerator="demo_regon_new",
            numerator_label="podmioty nowo zarejestrowane w roku",
            multiplier=10000.0,
            polarity=Polarity.HIGHER_BETTER,
            model=M_REGON,
            definition="Podmioty nowo wpisane do rejestru REGON w roku na 10 tys. mieszkańców.",
            **PER_RESIDENT,
        ),
        _demo(
            id="urodzenia-na-1000",
            service_id="ruch-ludnosci",
            name="Urodzenia żywe na 1000 mieszkańców",
            name_en="Live births per 1,000 residents",
            dimension=Dimension.CONTEXT,
            unit="‰",
            numerator="demo_births",
            numerator_label="urodzenia żywe",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_MOVES,
            definition="Urodzenia żywe w roku na 1000 mieszkańców.",
            decimals=2,
            **PER_RESIDENT,
        ),
        _demo(
            id="saldo-migracji-na-1000",
            service_id="ruch-ludnosci",
            name="Saldo migracji na pobyt stały na 1000 mieszkańców",
            name_en="Net permanent migration per 1,000 residents",
            dimension=Dimension.CONTEXT,
            unit="‰",
            numerator="demo_net_migration",
            numerator_label="saldo zameldowań i wymeldowań na pobyt stały",
            multiplier=1000.0,
            polarity=Polarity.NEUTRAL,
            model=M_MOVES,
            definition="Różnica między zameldowaniami a wymeldowaniami na pobyt stały "
            "(wewnętrzne i zagraniczne) na 1000 mieszkańców; wartość ujemna "
            "oznacza odpływ.",
            decimals=2,
            **PER_RESIDENT,
        ),
    ]


DEMO_INDICATORS: tuple[Indicator, ...] = tuple(
    _education()
    + _social()
    + _culture()
    + _roads()
    + _environment()
    + _real_estate()
    + _investment()
    + _geodesy()
    + _taxes()
    + _finance()
    + _context()
)


def demo_component_variables() -> frozenset[str]:
    """Every ``demo_*`` variable referenced by the demonstration indicators."""
    names = {i.numerator for i in DEMO_INDICATORS} | {
        i.denominator for i in DEMO_INDICATORS if i.denominator
    }
    return frozenset(n for n in names if n.startswith("demo_"))
