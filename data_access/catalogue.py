"""The indicator catalogue: nine service areas, local-government finance and context.

Real indicators are computed from the shipped GUS BDL exports. Demonstration indicators
(``catalogue_demo``) fill the areas that have no real data yet and are flagged as such.
"""

from __future__ import annotations

from functools import cache

from data_access.catalogue_model import (
    Area,
    Catalogue,
    Dimension,
    Indicator,
    Polarity,
    Provenance,
    Service,
)

BDL = "GUS, Bank Danych Lokalnych"
BDL_REVENUE = f"{BDL}: dochody własne budżetów gmin wg źródeł (P2622)"
BDL_REVENUE_TOTAL = f"{BDL}: dochody własne gmin łącznie z miastami na prawach powiatu (FINA 2622)"
BDL_INVEST = f"{BDL}: wydatki majątkowe inwestycyjne gmin (FINA 2633)"
BDL_POP = f"{BDL}: ludność wg miejsca zamieszkania, stan na 31 XII (LUDN 1336)"
BDL_AGE = f"{BDL}: ludność w ekonomicznych grupach wieku, stan na 31 XII"
BDL_AREA = f"{BDL}: powierzchnia w km²"

AGGREGATE_CAVEAT = (
    "Wartości dla powiatu, województwa i Polski to sumy po gminach z ich obszaru "
    "(budżety gmin), a nie budżety powiatu czy samorządu województwa."
)
NOMINAL_CAVEAT = "Ceny bieżące (nominalne): przed porównaniem lat uwzględnij inflację."
POP_BREAK = (
    "Od 2020 r. GUS przeliczył ludność według wyników NSP 2021: zmiany między 2019 a 2020 r. "
    "są częściowo skutkiem zmiany bazy."
)

AREAS: tuple[Area, ...] = (
    Area(
        "edukacja",
        "Edukacja",
        "Education",
        "Wychowanie przedszkolne, szkoły podstawowe, dowożenie uczniów i ich koszty.",
    ),
    Area(
        "polityka-spoleczna",
        "Lokalna polityka społeczna",
        "Local social policy",
        "Pomoc społeczna, opieka nad dziećmi do lat 3, wsparcie rodzin i seniorów.",
    ),
    Area(
        "kultura",
        "Kultura i rekreacja",
        "Culture and recreation",
        "Biblioteki, domy kultury, obiekty sportowe i rekreacyjne.",
    ),
    Area(
        "drogi-transport",
        "Drogownictwo i transport",
        "Roads and transport",
        "Drogi gminne, transport zbiorowy, bezpieczeństwo ruchu.",
    ),
    Area(
        "srodowisko",
        "Ochrona środowiska",
        "Environmental protection",
        "Odpady komunalne, wodociągi i kanalizacja, jakość powietrza.",
    ),
    Area(
        "nieruchomosci",
        "Gospodarowanie nieruchomościami",
        "Real-estate management",
        "Mieszkaniowy zasób gminy, planowanie przestrzenne, obrót nieruchomościami.",
    ),
    Area(
        "inwestycje",
        "Inwestycje i budownictwo",
        "Investment and construction",
        "Wydatki inwestycyjne, budownictwo mieszkaniowe, pozwolenia na budowę.",
    ),
    Area(
        "geodezja",
        "Geodezja i kartografia",
        "Geodesy and cartography",
        "Zasób geodezyjny i kartograficzny, ewidencja gruntów, mapy do celów projektowych.",
    ),
    Area(
        "podatki",
        "Podatki i opłaty lokalne",
        "Local taxes and fees",
        "Podatki od nieruchomości, rolny, leśny, od środków transportowych i karta podatkowa.",
    ),
    Area("finanse", "Finanse JST", "Local-government finance", "Dochody własne gmin i ich źródła."),
    Area(
        "kontekst",
        "Wskaźniki kontekstowe",
        "Context indicators",
        "Ludność, struktura wieku, powierzchnia i gęstość zaludnienia: tło do interpretacji.",
    ),
)

REAL_SERVICES: tuple[Service, ...] = (
    Service(
        "podatek-od-nieruchomosci",
        "podatki",
        "Podatek od nieruchomości",
        "Property tax",
        "Wymiar i pobór podatku od nieruchomości.",
    ),
    Service(
        "podatek-rolny",
        "podatki",
        "Podatek rolny",
        "Agricultural tax",
        "Wymiar i pobór podatku rolnego.",
    ),
    Service(
        "podatek-lesny", "podatki", "Podatek leśny", "Forest tax", "Wymiar i pobór podatku leśnego."
    ),
    Service(
        "podatek-od-srodkow-transportowych",
        "podatki",
        "Podatek od środków transportowych",
        "Tax on means of transport",
        "Wymiar i pobór podatku od środków transportowych.",
    ),
    Service(
        "karta-podatkowa",
        "podatki",
        "Karta podatkowa",
        "Tax card",
        "Wpływy z podatku od działalności gospodarczej osób fizycznych opłacanego w formie "
        "karty podatkowej.",
    ),
    Service(
        "dochody-wlasne",
        "finanse",
        "Dochody własne",
        "Own revenues",
        "Dochody własne gmin i ich struktura.",
    ),
    Service(
        "dochody-z-majatku",
        "finanse",
        "Dochody z majątku i usług",
        "Revenue from property and services",
        "Dochody z majątku gminy (w tym najem i dzierżawa) oraz wpływy z usług.",
    ),
    Service(
        "inwestycje-komunalne",
        "inwestycje",
        "Inwestycje komunalne",
        "Municipal investment",
        "Wydatki majątkowe inwestycyjne gmin.",
    ),
    Service(
        "demografia",
        "kontekst",
        "Ludność i struktura wieku",
        "Population and age",
        "Liczba ludności i ekonomiczne grupy wieku.",
    ),
    Service(
        "terytorium", "kontekst", "Terytorium", "Territory", "Powierzchnia i gęstość zaludnienia."
    ),
)


def _real(**kwargs) -> Indicator:
    kwargs.setdefault("provenance", Provenance.REAL)
    kwargs.setdefault("caveats", AGGREGATE_CAVEAT)
    return Indicator(**kwargs)


TAXES: tuple[tuple[str, str, str, str, str], ...] = (
    # (variable, service id, name in genitive for labels, English, short id)
    (
        "tax_property",
        "podatek-od-nieruchomosci",
        "podatku od nieruchomości",
        "property tax",
        "nieruchomosci",
    ),
    ("tax_agricultural", "podatek-rolny", "podatku rolnego", "agricultural tax", "rolny"),
    ("tax_forest", "podatek-lesny", "podatku leśnego", "forest tax", "lesny"),
    (
        "tax_transport",
        "podatek-od-srodkow-transportowych",
        "podatku od środków transportowych",
        "tax on means of transport",
        "transportowy",
    ),
    ("tax_card", "karta-podatkowa", "karty podatkowej", "tax card", "karta"),
)


def _tax_indicators() -> list[Indicator]:
    out: list[Indicator] = []
    for variable, service_id, genitive, english, short in TAXES:
        out.append(
            _real(
                id=f"podatek-{short}-na-mieszkanca",
                service_id=service_id,
                name=f"Wpływy z {genitive} na 1 mieszkańca",
                name_en=f"Revenue from {english} per resident",
                dimension=Dimension.QUANTITY,
                unit="zł",
                numerator=variable,
                numerator_label=f"wpływy z {genitive} [zł]",
                denominator="pop_total",
                denominator_label="ludność, stan na 31 XII",
                multiplier=1.0,
                polarity=Polarity.NEUTRAL,
                source=f"{BDL_REVENUE}; {BDL_POP}",
                definition=f"Dochody gminy z {genitive} w roku, podzielone przez liczbę ludności "
                "na koniec roku.",
                caveats=f"{AGGREGATE_CAVEAT} {NOMINAL_CAVEAT} Wysokość wpływów zależy od bazy "
                "podatkowej i stawek uchwalonych przez radę gminy: to nie jest ocena jakości.",
                decimals=2,
                breaks=POP_BREAK,
            )
        )
        out.append(
            _real(
                id=f"podatek-{short}-udzial",
                service_id=service_id,
                name=f"Udział {genitive} w dochodach własnych",
                name_en=f"Share of {english} in own revenue",
                dimension=Dimension.EFFICIENCY,
                unit="%",
                numerator=variable,
                numerator_label=f"wpływy z {genitive} [zł]",
                denominator="own_revenue",
                denominator_label="dochody własne ogółem [zł]",
                multiplier=100.0,
                polarity=Polarity.NEUTRAL,
                source=BDL_REVENUE,
                definition=f"Wpływy z {genitive} jako odsetek dochodów własnych gminy.",
                decimals=2,
            )
        )
    return out


def _finance_indicators() -> list[Indicator]:
    per_resident = dict(
        denominator="pop_total",
        denominator_label="ludność, stan na 31 XII",
        multiplier=1.0,
        unit="zł",
        decimals=0,
        breaks=POP_BREAK,
    )
    return [
        _real(
            id="dochody-wlasne-na-mieszkanca",
            service_id="dochody-wlasne",
            name="Dochody własne na 1 mieszkańca",
            name_en="Own revenue per resident",
            dimension=Dimension.QUANTITY,
            numerator="own_revenue",
            numerator_label="dochody własne ogółem [zł]",
            polarity=Polarity.HIGHER_BETTER,
            source=f"{BDL_REVENUE_TOTAL}; {BDL_REVENUE}; {BDL_POP}",
            definition="Dochody własne gminy (podatki i opłaty lokalne, udziały w PIT i CIT, "
            "dochody z majątku i usług) na 1 mieszkańca.",
            caveats=f"{AGGREGATE_CAVEAT} {NOMINAL_CAVEAT} Lata 2010–2014 z zestawienia wg "
            "źródeł, 2015–2024 z zestawienia FINA 2622 (zgodne do 0,49 zł).",
            **per_resident,
        ),
        _real(
            id="dochody-wlasne",
            service_id="dochody-wlasne",
            name="Dochody własne ogółem",
            name_en="Own revenue, total",
            dimension=Dimension.CONTEXT,
            unit="mln zł",
            numerator="own_revenue",
            numerator_label="dochody własne ogółem [zł]",
            denominator=None,
            denominator_label=None,
            multiplier=1e-6,
            polarity=Polarity.NEUTRAL,
            source=BDL_REVENUE_TOTAL,
            decimals=1,
            definition="Suma dochodów własnych gminy w roku, w milionach złotych.",
            caveats=f"{AGGREGATE_CAVEAT} {NOMINAL_CAVEAT}",
        ),
        _real(
            id="dochody-z-majatku-na-mieszkanca",
            service_id="dochody-z-majatku",
            name="Dochody z majątku na 1 mieszkańca",
            name_en="Property income per resident",
            dimension=Dimension.QUANTITY,
            numerator="revenue_property",
            numerator_label="dochody z majątku [zł]",
            polarity=Polarity.NEUTRAL,
            source=f"{BDL_REVENUE}; {BDL_POP}",
            definition="Dochody z majątku gminy (sprzedaż, najem, dzierżawa, przekształcenie "
            "użytkowania wieczystego) na 1 mieszkańca.",
            caveats=f"{AGGREGATE_CAVEAT} {NOMINAL_CAVEAT} Jednorazowa sprzedaż mienia "
            "powoduje skoki w szeregu.",
            **per_resident,
        ),
        _real(
            id="dochody-z-najmu-na-mieszkanca",
            service_id="dochody-z-majatku",
            name="Dochody z najmu i dzierżawy na 1 mieszkańca",
            name_en="Rent and lease income per resident",
            dimension=Dimension.QUANTITY,
            numerator="revenue_rent",
            numerator_label="dochody z najmu i dzierżawy [zł]",
            polarity=Polarity.NEUTRAL,
            source=f"{BDL_REVENUE}; {BDL_POP}",
            definition="Dochody z najmu i dzierżawy składników majątkowych gminy na 1 mieszkańca.",
            caveats=f"{AGGREGATE_CAVEAT} {NOMINAL_CAVEAT}",
            **per_resident,
        ),
        _real(
            id="wplywy-z-uslug-na-mieszkanca",
            service_id="dochody-z-majatku",
            name="Wpływy z usług na 1 mieszkańca",
            name_en="Revenue from services per resident",
            dimension=Dimension.QUANTITY,
            numerator="revenue_services",
            numerator_label="wpływy z usług [zł]",
            polarity=Polarity.NEUTRAL,
            source=f"{BDL_REVENUE}; {BDL_POP}",
            definition="Wpływy gminy i jej jednostek budżetowych z usług na 1 mieszkańca.",
            caveats=f"{AGGREGATE_CAVEAT} {NOMINAL_CAVEAT}",
            **per_resident,
        ),
        _real(
            id="dochody-z-majatku-udzial",
            service_id="dochody-z-majatku",
            name="Udział dochodów z majątku w dochodach własnych",
            name_en="Share of property income in own revenue",
            dimension=Dimension.EFFICIENCY,
            unit="%",
            numerator="revenue_property",
            numerator_label="dochody z majątku [zł]",
            denominator="own_revenue",
            denominator_label="dochody własne ogółem [zł]",
            multiplier=100.0,
            polarity=Polarity.NEUTRAL,
            source=BDL_REVENUE,
            decimals=2,
            definition="Dochody z majątku jako odsetek dochodów własnych gminy.",
        ),
        _real(
            id="wydatki-inwestycyjne-na-mieszkanca",
            service_id="inwestycje-komunalne",
            name="Wydatki inwestycyjne na 1 mieszkańca",
            name_en="Investment expenditure per resident",
            dimension=Dimension.QUANTITY,
            numerator="investment_expenditure",
            numerator_label="wydatki majątkowe inwestycyjne [zł]",
            polarity=Polarity.HIGHER_BETTER,
            source=f"{BDL_INVEST}; {BDL_POP}",
            definition="Wydatki majątkowe inwestycyjne gminy w roku na 1 mieszkańca.",
            caveats=f"{AGGREGATE_CAVEAT} {NOMINAL_CAVEAT} Inwestycje są nieregularne: "
            "porównuj średnie z kilku lat.",
            **per_resident,
        ),
        _real(
            id="wydatki-inwestycyjne-do-dochodow-wlasnych",
            service_id="inwestycje-komunalne",
            name="Wydatki inwestycyjne w relacji do dochodów własnych",
            name_en="Investment expenditure relative to own revenue",
            dimension=Dimension.EFFICIENCY,
            unit="%",
            numerator="investment_expenditure",
            numerator_label="wydatki majątkowe inwestycyjne [zł]",
            denominator="own_revenue",
            denominator_label="dochody własne ogółem [zł]",
            multiplier=100.0,
            polarity=Polarity.NEUTRAL,
            source=f"{BDL_INVEST}; {BDL_REVENUE_TOTAL}",
            decimals=1,
            definition="Wydatki majątkowe inwestycyjne jako odsetek dochodów własnych; "
            "powyżej 100% inwestycje finansowane są także z dotacji, "
            "subwencji lub długu.",
        ),
    ]


def _context_indicators() -> list[Indicator]:
    age_share = dict(
        dimension=Dimension.CONTEXT,
        unit="%",
        denominator="pop_age_total",
        denominator_label="ludność ogółem (suma grup wieku)",
        multiplier=100.0,
        polarity=Polarity.NEUTRAL,
        source=BDL_AGE,
        decimals=1,
        service_id="demografia",
    )
    return [
        _real(
            id="ludnosc",
            service_id="demografia",
            name="Ludność",
            name_en="Population",
            dimension=Dimension.CONTEXT,
            unit="osoby",
            numerator="pop_total",
            numerator_label="ludność, stan na 31 XII",
            denominator=None,
            denominator_label=None,
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            source=f"{BDL_POP}; {BDL_AGE}",
            decimals=0,
            definition="Liczba ludności według miejsca zamieszkania na 31 grudnia.",
            caveats="Lata 2010–2014: suma ekonomicznych grup wieku; 2015–2024: LUDN 1336.",
            breaks=POP_BREAK,
        ),
        _real(
            id="ludnosc-przedprodukcyjna-udzial",
            name="Udział ludności w wieku przedprodukcyjnym",
            name_en="Share of pre-working-age population",
            numerator="pop_pre",
            numerator_label="ludność w wieku przedprodukcyjnym (0–17)",
            definition="Odsetek ludności w wieku 0–17 lat.",
            **age_share,
        ),
        _real(
            id="ludnosc-produkcyjna-udzial",
            name="Udział ludności w wieku produkcyjnym",
            name_en="Share of working-age population",
            numerator="pop_work",
            numerator_label="ludność w wieku produkcyjnym (18–59/64)",
            definition="Odsetek ludności w wieku 18–59 lat (kobiety) i 18–64 lata (mężczyźni).",
            **age_share,
        ),
        _real(
            id="ludnosc-poprodukcyjna-udzial",
            name="Udział ludności w wieku poprodukcyjnym",
            name_en="Share of post-working-age population",
            numerator="pop_post",
            numerator_label="ludność w wieku poprodukcyjnym (60+/65+)",
            definition="Odsetek ludności w wieku 60+ (kobiety) i 65+ (mężczyźni).",
            **age_share,
        ),
        _real(
            id="wskaznik-obciazenia-demograficznego",
            service_id="demografia",
            name="Ludność w wieku poprodukcyjnym na 100 osób w wieku produkcyjnym",
            name_en="Old-age dependency ratio",
            dimension=Dimension.CONTEXT,
            unit="osoby na 100",
            numerator="pop_post",
            numerator_label="ludność w wieku poprodukcyjnym",
            denominator="pop_work",
            denominator_label="ludność w wieku produkcyjnym",
            multiplier=100.0,
            polarity=Polarity.NEUTRAL,
            source=BDL_AGE,
            decimals=1,
            definition="Wskaźnik obciążenia demograficznego: osoby w wieku poprodukcyjnym "
            "na 100 osób w wieku produkcyjnym.",
        ),
        _real(
            id="powierzchnia",
            service_id="terytorium",
            name="Powierzchnia",
            name_en="Area",
            dimension=Dimension.CONTEXT,
            unit="km²",
            numerator="area_km2",
            numerator_label="powierzchnia [km²]",
            denominator=None,
            denominator_label=None,
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            source=BDL_AREA,
            decimals=0,
            definition="Powierzchnia ogólna jednostki w km².",
            caveats="W źródle zaokrąglona do pełnych km² dla każdej gminy.",
        ),
        _real(
            id="gestosc-zaludnienia",
            service_id="terytorium",
            name="Gęstość zaludnienia",
            name_en="Population density",
            dimension=Dimension.CONTEXT,
            unit="osoby na km²",
            numerator="pop_age_total",
            numerator_label="ludność ogółem",
            denominator="area_km2",
            denominator_label="powierzchnia [km²]",
            multiplier=1.0,
            polarity=Polarity.NEUTRAL,
            source=f"{BDL_AGE}; {BDL_AREA}",
            decimals=0,
            definition="Liczba mieszkańców na 1 km² powierzchni.",
            caveats="Powierzchnia gmin w źródle zaokrąglona do pełnych km²; dla bardzo "
            "małych gmin miejskich gęstość jest przez to przybliżona.",
        ),
    ]


REAL_INDICATORS: tuple[Indicator, ...] = tuple(
    _tax_indicators() + _finance_indicators() + _context_indicators()
)


@cache
def all_services() -> tuple[Service, ...]:
    from data_access.catalogue_demo import DEMO_SERVICES

    return REAL_SERVICES + tuple(DEMO_SERVICES)


@cache
def all_indicators() -> tuple[Indicator, ...]:
    from data_access.catalogue_demo import DEMO_INDICATORS

    return REAL_INDICATORS + tuple(DEMO_INDICATORS)


def builtin_catalogue() -> Catalogue:
    """The catalogue the app ships (what the repository serves unless given another)."""
    return Catalogue(AREAS, all_services(), all_indicators())
