"""English texts of the indicator catalogue and the accessor that picks the language.

The catalogue (:mod:`data_access.catalogue`, :mod:`data_access.catalogue_demo`) is written in
Polish. This module holds the English twin of every long text: area and service descriptions and,
per indicator, the definition, caveats, numerator and denominator labels, source and breaks in the
series. Texts the Polish catalogue composes from shared constants are composed here from their
English twins in the same way (``SHARED_EN`` pairs them; the tests check the pairing).

Pages call :func:`localized_text` and :func:`localized_formula`, which return English in English
mode and the Polish attribute otherwise.
"""

from __future__ import annotations

from functools import cache

from data_access import catalogue as pl_real
from data_access import catalogue_demo as pl_demo
from data_access.catalogue_model import Area, Indicator, Service, _plain_number
from i18n import current_language

AREA_FIELDS: tuple[str, ...] = ("description",)
SERVICE_FIELDS: tuple[str, ...] = ("description",)
INDICATOR_FIELDS: tuple[str, ...] = (
    "definition",
    "caveats",
    "numerator_label",
    "denominator_label",
    "source",
    "breaks",
)

# ---------------------------------------------------------------------------------------------
# Shared texts: English twins of the shared Polish constants.
# ---------------------------------------------------------------------------------------------

# Real data (catalogue.py).
BDL_EN = "Statistics Poland (GUS), Local Data Bank (BDL)"
BDL_REVENUE_EN = f"{BDL_EN}: own revenue of gmina budgets by source (P2622)"
BDL_REVENUE_TOTAL_EN = (
    f"{BDL_EN}: own revenue of gminy, including cities with powiat status (FINA 2622)"
)
BDL_INVEST_EN = f"{BDL_EN}: capital investment expenditure of gminy (FINA 2633)"
BDL_POP_EN = f"{BDL_EN}: population by place of residence as of 31 December (LUDN 1336)"
BDL_AGE_EN = f"{BDL_EN}: population by economic age group as of 31 December"
BDL_AREA_EN = f"{BDL_EN}: area in km²"

AGGREGATE_CAVEAT_EN = (
    "Values for a powiat, a voivodeship and Poland are sums over the gminy within them "
    "(gmina budgets), not the budgets of the powiat or of the regional government."
)
NOMINAL_CAVEAT_EN = "Current (nominal) prices: allow for inflation before comparing years."
POP_BREAK_EN = (
    "From 2020 GUS recalculated the population on the basis of the 2021 census (NSP 2021): "
    "changes between 2019 and 2020 partly reflect the new base."
)

# Demonstration data (catalogue_demo.py).
DEMO_CAVEAT_EN = "Demonstration data: values generated deterministically; they are not real data."
DEMO_SOURCE_EN = "Demonstration data (generated), modelled on: "
NOMINAL_EN = "Amounts in current prices."
COST_CAVEAT_EN = (
    "A lower unit cost does not necessarily mean a better service: compare it with the "
    "quality and accessibility indicators."
)
POWIAT_TASK_EN = (
    "A task of the starosta (in cities with powiat status, of the city mayor); values are "
    "assigned to gminy by the location of the property so that they can be summed."
)
SCHOOL_YEAR_EN = "The year is the start of the school year (e.g. 2019 = school year 2019/2020)."
REFORM_2017_EN = (
    "School system reform: from the 2017/2018 school year primary school gradually becomes "
    "eight years long (lower secondary schools, gimnazja, phased out by 2019), which changes "
    "the numbers of pupils and classes."
)

# Models (what the demonstration data imitate).
M_SIO_EN = "Education Information System (SIO); GUS BDL, pre-school education"
M_SIO_SCHOOL_EN = "Education Information System (SIO); GUS BDL, primary schools"
M_EDU_SPEND_EN = "Rb-28S reports (current expenditure of gminy, division 801 Education)"
M_CKE_EN = "Central Examination Board (CKE), eighth-grade exam results"
M_SOCIAL_EN = "MRPiPS-03 reports (social assistance); GUS BDL, social assistance"
M_NURSERY_EN = "GUS BDL, nurseries and children's clubs; register of nurseries and children's clubs"
M_SENIOR_EN = "MRPiPS-03 reports (care services); Senior+ programme"
M_LIBRARY_EN = "GUS BDL, public libraries (form K-03)"
M_CULTURE_EN = "GUS BDL, cultural centres, clubs and community rooms (form K-07)"
M_SPORT_EN = "GUS BDL, physical culture (form KFT-1); Rb-28S (division 926)"
M_ROADS_EN = "GUS BDL, municipal public roads; Rb-28S (division 600)"
M_TRANSIT_EN = "GUS BDL, urban public transport; reports of public transport organisers"
M_SAFETY_EN = "National Police Headquarters (KGP), road accidents; GUS BDL, cycle paths"
M_WASTE_EN = "GUS BDL, municipal waste; gmina reports on municipal waste management"
M_WATER_EN = "GUS BDL, municipal infrastructure: water supply and sewerage"
M_AIR_EN = (
    "Chief Inspectorate of Environmental Protection (GIOŚ), State Environmental Monitoring; "
    "GUS BDL, gas network; Clean Air programme (Czyste Powietrze)"
)
M_HOUSING_EN = "GUS BDL, housing (municipal housing stock)"
M_PLANNING_EN = "GUS BDL, spatial planning (form PZP-1)"
M_LAND_EN = "gmina reports on the state of municipal property; GUS BDL, land management"
M_PERMITS_EN = (
    "Chief Office of Building Control (GUNB), register of applications, decisions and "
    "notifications concerning construction (RWDZ)"
)
M_DWELLINGS_EN = "GUS BDL, housing construction and housing stock"
M_EGIB_EN = (
    "Head Office of Geodesy and Cartography (GUGiK), reports on keeping the land and "
    "building register"
)
M_GEO_EN = (
    "Head Office of Geodesy and Cartography (GUGiK), reports on keeping the national geodetic "
    "and cartographic resource"
)
M_TAX_EN = "Ministry of Finance, Rb-27S reports (tax receivables and arrears)"
M_DEBT_EN = (
    "Ministry of Finance, Rb-Z and Rb-NDS reports; indicators for assessing the financial "
    "situation of local governments"
)
M_LABOUR_EN = (
    "GUS BDL, registered unemployment and employed persons (powiat labour offices, form MRPiPS-01)"
)
M_REGON_EN = "GUS BDL, entities of the national economy in the REGON register"
M_MOVES_EN = "GUS BDL, vital statistics and permanent migration"

POP_EN = "population as of 31 December"
OWN_REVENUE_EN = "total own revenue [PLN]"
PER_RESIDENT_EN = {"denominator_label": POP_EN}

# Each shared Polish constant → its English twin: wherever the Polish text of a catalogue entry
# contains the former, the English text contains the latter (checked by the tests).
SHARED_EN: dict[str, str] = {
    pl_real.BDL_REVENUE: BDL_REVENUE_EN,
    pl_real.BDL_REVENUE_TOTAL: BDL_REVENUE_TOTAL_EN,
    pl_real.BDL_INVEST: BDL_INVEST_EN,
    pl_real.BDL_POP: BDL_POP_EN,
    pl_real.BDL_AGE: BDL_AGE_EN,
    pl_real.BDL_AREA: BDL_AREA_EN,
    pl_real.AGGREGATE_CAVEAT: AGGREGATE_CAVEAT_EN,
    pl_real.NOMINAL_CAVEAT: NOMINAL_CAVEAT_EN,
    pl_real.POP_BREAK: POP_BREAK_EN,
    pl_demo.DEMO_CAVEAT: DEMO_CAVEAT_EN,
    pl_demo.DEMO_SOURCE: DEMO_SOURCE_EN,
    pl_demo.NOMINAL: NOMINAL_EN,
    pl_demo.COST_CAVEAT: COST_CAVEAT_EN,
    pl_demo.POWIAT_TASK: POWIAT_TASK_EN,
    pl_demo.SCHOOL_YEAR: SCHOOL_YEAR_EN,
    pl_demo.REFORM_2017: REFORM_2017_EN,
    pl_demo.M_SIO: M_SIO_EN,
    pl_demo.M_SIO_SCHOOL: M_SIO_SCHOOL_EN,
    pl_demo.M_EDU_SPEND: M_EDU_SPEND_EN,
    pl_demo.M_CKE: M_CKE_EN,
    pl_demo.M_SOCIAL: M_SOCIAL_EN,
    pl_demo.M_NURSERY: M_NURSERY_EN,
    pl_demo.M_SENIOR: M_SENIOR_EN,
    pl_demo.M_LIBRARY: M_LIBRARY_EN,
    pl_demo.M_CULTURE: M_CULTURE_EN,
    pl_demo.M_SPORT: M_SPORT_EN,
    pl_demo.M_ROADS: M_ROADS_EN,
    pl_demo.M_TRANSIT: M_TRANSIT_EN,
    pl_demo.M_SAFETY: M_SAFETY_EN,
    pl_demo.M_WASTE: M_WASTE_EN,
    pl_demo.M_WATER: M_WATER_EN,
    pl_demo.M_AIR: M_AIR_EN,
    pl_demo.M_HOUSING: M_HOUSING_EN,
    pl_demo.M_PLANNING: M_PLANNING_EN,
    pl_demo.M_LAND: M_LAND_EN,
    pl_demo.M_PERMITS: M_PERMITS_EN,
    pl_demo.M_DWELLINGS: M_DWELLINGS_EN,
    pl_demo.M_EGIB: M_EGIB_EN,
    pl_demo.M_GEO: M_GEO_EN,
    pl_demo.M_TAX: M_TAX_EN,
    pl_demo.M_DEBT: M_DEBT_EN,
    pl_demo.M_LABOUR: M_LABOUR_EN,
    pl_demo.M_REGON: M_REGON_EN,
    pl_demo.M_MOVES: M_MOVES_EN,
}

# ---------------------------------------------------------------------------------------------
# Areas and services.
# ---------------------------------------------------------------------------------------------


def _description(text: str) -> dict[str, str]:
    return {"description": text}


AREA_TEXTS_EN: dict[str, dict[str, str]] = {
    "edukacja": _description(
        "Pre-school education, primary schools, school transport for pupils and their costs."
    ),
    "polityka-spoleczna": _description(
        "Social assistance, care for children under 3, support for families and older people."
    ),
    "kultura": _description("Libraries, cultural centres, sports and recreation facilities."),
    "drogi-transport": _description("Municipal roads, public transport, road safety."),
    "srodowisko": _description("Municipal waste, water supply and sewerage, air quality."),
    "nieruchomosci": _description(
        "Municipal housing stock, spatial planning, property transactions."
    ),
    "inwestycje": _description("Investment expenditure, housing construction, building permits."),
    "geodezja": _description(
        "The geodetic and cartographic resource, the land register, maps for design purposes."
    ),
    "podatki": _description(
        "Property, agricultural and forest taxes, the tax on means of transport and the tax card."
    ),
    "finanse": _description("Own revenue of gminy and its sources."),
    "kontekst": _description(
        "Population, age structure, area and population density: background for interpretation."
    ),
}

SERVICE_TEXTS_EN: dict[str, dict[str, str]] = {
    # real services
    "podatek-od-nieruchomosci": _description("Assessment and collection of property tax."),
    "podatek-rolny": _description("Assessment and collection of agricultural tax."),
    "podatek-lesny": _description("Assessment and collection of forest tax."),
    "podatek-od-srodkow-transportowych": _description(
        "Assessment and collection of the tax on means of transport."
    ),
    "karta-podatkowa": _description(
        "Revenue from the business income tax of individuals paid in the form of the tax card "
        "(a flat-rate tax)."
    ),
    "dochody-wlasne": _description("Own revenue of gminy and its structure."),
    "dochody-z-majatku": _description(
        "Income from the gmina's property (including rent and lease) and receipts from services."
    ),
    "inwestycje-komunalne": _description("Capital investment expenditure of gminy."),
    "demografia": _description("Population and economic age groups."),
    "terytorium": _description("Area and population density."),
    # education
    "wychowanie-przedszkolne": _description(
        "Pre-schools, pre-school classes in schools and other forms of pre-school education "
        "run or subsidised by the gmina."
    ),
    "szkoly-podstawowe": _description(
        "Education in primary schools run by the gmina: pupils, classes, eighth-grade exam "
        "results and costs."
    ),
    "dowozenie-uczniow": _description(
        "Free transport, with supervision during the journey, for pupils whose way to school "
        "exceeds the statutory distances."
    ),
    # social policy
    "pomoc-spoleczna": _description("Benefits and social work of the social assistance centre."),
    "opieka-nad-dziecmi-do-lat-3": _description(
        "Nurseries and children's clubs run or subsidised by the gmina."
    ),
    "wsparcie-seniorow": _description(
        "Care services at home, and day centres and clubs for older people."
    ),
    # culture
    "biblioteki-publiczne": _description(
        "Municipal public libraries and their branches: holdings, readers, loans."
    ),
    "domy-kultury": _description(
        "Cultural centres, clubs and community rooms: events, groups, participants."
    ),
    "sport-i-rekreacja": _description(
        "Municipal sports facilities and support for physical culture, including sports clubs."
    ),
    # roads and transport
    "drogi-gminne": _description("Construction, maintenance and repair of municipal roads."),
    "transport-zbiorowy": _description(
        "Urban public transport and municipal bus services organised by the gmina."
    ),
    "bezpieczenstwo-ruchu": _description(
        "Road accidents and infrastructure for pedestrians and cyclists."
    ),
    # environment
    "odpady-komunalne": _description(
        "Collection, separate collection and treatment of municipal waste."
    ),
    "wodociagi-i-kanalizacja": _description("Public water supply and public sewage disposal."),
    "ochrona-powietrza": _description(
        "Air quality, replacement of heating sources and access to the gas network."
    ),
    # real estate
    "mieszkaniowy-zasob-gminy": _description(
        "Municipal and social housing: stock, technical condition, tenancies, waiting lists."
    ),
    "planowanie-przestrzenne": _description(
        "Local spatial development plans and zoning decisions (decisions on development "
        "conditions)."
    ),
    "gospodarowanie-gruntami": _description(
        "The gmina's land holdings, their sale and transfer for use."
    ),
    # investment
    "pozwolenia-na-budowe": _description("Issuing building permit decisions."),
    "budownictwo-mieszkaniowe": _description("Dwellings completed and the housing stock."),
    # geodesy
    "ewidencja-gruntow-i-budynkow": _description(
        "Keeping the land and building register (EGiB) and issuing extracts and map extracts "
        "from it."
    ),
    "udostepnianie-zasobu-geodezyjnego": _description(
        "Providing materials from the national geodetic and cartographic resource, including "
        "maps for design purposes."
    ),
    "zgloszenia-prac-geodezyjnych": _description(
        "Accepting surveying work notifications and verifying their results."
    ),
    # finance
    "zadluzenie": _description(
        "The gmina's debt, debt service and the operating surplus of its budget."
    ),
    # context
    "rynek-pracy": _description("Registered unemployment and employment."),
    "przedsiebiorczosc": _description(
        "Entities of the national economy entered in the REGON register."
    ),
    "ruch-ludnosci": _description("Live births and net permanent migration."),
}

# ---------------------------------------------------------------------------------------------
# Real indicators (mirrors data_access.catalogue).
# ---------------------------------------------------------------------------------------------


def _real(**fields: str) -> dict[str, str]:
    fields.setdefault("caveats", AGGREGATE_CAVEAT_EN)
    return fields


# Names of the taxes for running text, keyed by the short id of catalogue.TAXES and
# catalogue_demo.LOCAL_TAXES.
TAX_NAMES_EN: dict[str, str] = {
    "nieruchomosci": "property tax",
    "rolny": "agricultural tax",
    "lesny": "forest tax",
    "transportowy": "the tax on means of transport",
    "karta": "the tax card",
}


def _real_tax_texts() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for *_, short in pl_real.TAXES:
        tax = TAX_NAMES_EN[short]
        out[f"podatek-{short}-na-mieszkanca"] = _real(
            numerator_label=f"revenue from {tax} [PLN]",
            denominator_label=POP_EN,
            source=f"{BDL_REVENUE_EN}; {BDL_POP_EN}",
            definition=f"The gmina's revenue from {tax} in the year divided by the population "
            "at the end of the year.",
            caveats=f"{AGGREGATE_CAVEAT_EN} {NOMINAL_CAVEAT_EN} Revenue depends on the tax base "
            "and on the rates set by the gmina council: it is not a measure of quality.",
            breaks=POP_BREAK_EN,
        )
        out[f"podatek-{short}-udzial"] = _real(
            numerator_label=f"revenue from {tax} [PLN]",
            denominator_label=OWN_REVENUE_EN,
            source=BDL_REVENUE_EN,
            definition=f"Revenue from {tax} as a percentage of the gmina's own revenue.",
        )
    return out


def _real_finance_texts() -> dict[str, dict[str, str]]:
    per_resident = {"denominator_label": POP_EN, "breaks": POP_BREAK_EN}
    nominal = f"{AGGREGATE_CAVEAT_EN} {NOMINAL_CAVEAT_EN}"
    return {
        "dochody-wlasne-na-mieszkanca": _real(
            numerator_label=OWN_REVENUE_EN,
            source=f"{BDL_REVENUE_TOTAL_EN}; {BDL_REVENUE_EN}; {BDL_POP_EN}",
            definition="The gmina's own revenue (local taxes and fees, shares in PIT and CIT, "
            "income from property and services) per resident.",
            caveats=f"{nominal} Years 2010–2014 come from the breakdown by source, 2015–2024 "
            "from the FINA 2622 table (the two agree to within PLN 0.49).",
            **per_resident,
        ),
        "dochody-wlasne": _real(
            numerator_label=OWN_REVENUE_EN,
            source=BDL_REVENUE_TOTAL_EN,
            definition="Total own revenue of the gmina in the year, in PLN million.",
            caveats=nominal,
        ),
        "dochody-z-majatku-na-mieszkanca": _real(
            numerator_label="income from property [PLN]",
            source=f"{BDL_REVENUE_EN}; {BDL_POP_EN}",
            definition="Income from the gmina's property (sale, rent, lease, conversion of "
            "perpetual usufruct) per resident.",
            caveats=f"{nominal} One-off sales of property cause jumps in the series.",
            **per_resident,
        ),
        "dochody-z-najmu-na-mieszkanca": _real(
            numerator_label="income from rent and lease [PLN]",
            source=f"{BDL_REVENUE_EN}; {BDL_POP_EN}",
            definition="Income from renting and leasing the gmina's assets per resident.",
            caveats=nominal,
            **per_resident,
        ),
        "wplywy-z-uslug-na-mieszkanca": _real(
            numerator_label="receipts from services [PLN]",
            source=f"{BDL_REVENUE_EN}; {BDL_POP_EN}",
            definition="Receipts of the gmina and its budgetary units from services per resident.",
            caveats=nominal,
            **per_resident,
        ),
        "dochody-z-majatku-udzial": _real(
            numerator_label="income from property [PLN]",
            denominator_label=OWN_REVENUE_EN,
            source=BDL_REVENUE_EN,
            definition="Income from property as a percentage of the gmina's own revenue.",
        ),
        "wydatki-inwestycyjne-na-mieszkanca": _real(
            numerator_label="capital investment expenditure [PLN]",
            source=f"{BDL_INVEST_EN}; {BDL_POP_EN}",
            definition="The gmina's capital investment expenditure in the year per resident.",
            caveats=f"{nominal} Investment is irregular: compare averages over several years.",
            **per_resident,
        ),
        "wydatki-inwestycyjne-do-dochodow-wlasnych": _real(
            numerator_label="capital investment expenditure [PLN]",
            denominator_label=OWN_REVENUE_EN,
            source=f"{BDL_INVEST_EN}; {BDL_REVENUE_TOTAL_EN}",
            definition="Capital investment expenditure as a percentage of own revenue; above "
            "100%, investment is also financed by targeted grants, general subsidies or debt.",
        ),
    }


def _real_context_texts() -> dict[str, dict[str, str]]:
    age_share = {
        "denominator_label": "total population (sum of the age groups)",
        "source": BDL_AGE_EN,
    }
    return {
        "ludnosc": _real(
            numerator_label=POP_EN,
            source=f"{BDL_POP_EN}; {BDL_AGE_EN}",
            definition="Population by place of residence on 31 December.",
            caveats="2010–2014: sum of the economic age groups; 2015–2024: LUDN 1336.",
            breaks=POP_BREAK_EN,
        ),
        "ludnosc-przedprodukcyjna-udzial": _real(
            numerator_label="pre-working-age population (0–17)",
            definition="Percentage of the population aged 0–17.",
            **age_share,
        ),
        "ludnosc-produkcyjna-udzial": _real(
            numerator_label="working-age population (18–59/64)",
            definition="Percentage of the population aged 18–59 (women) and 18–64 (men).",
            **age_share,
        ),
        "ludnosc-poprodukcyjna-udzial": _real(
            numerator_label="post-working-age population (60+/65+)",
            definition="Percentage of the population aged 60+ (women) and 65+ (men).",
            **age_share,
        ),
        "wskaznik-obciazenia-demograficznego": _real(
            numerator_label="post-working-age population",
            denominator_label="working-age population",
            source=BDL_AGE_EN,
            definition="Old-age dependency ratio: people of post-working age per 100 people of "
            "working age.",
        ),
        "powierzchnia": _real(
            numerator_label="area [km²]",
            source=BDL_AREA_EN,
            definition="Total area of the unit in km².",
            caveats="Rounded to whole km² for each gmina in the source.",
        ),
        "gestosc-zaludnienia": _real(
            numerator_label="total population",
            denominator_label="area [km²]",
            source=f"{BDL_AGE_EN}; {BDL_AREA_EN}",
            definition="Number of residents per km² of area.",
            caveats="The source rounds the area of each gmina to whole km², so the density of "
            "very small urban gminy is approximate.",
        ),
    }


# ---------------------------------------------------------------------------------------------
# Demonstration indicators (mirrors data_access.catalogue_demo).
# ---------------------------------------------------------------------------------------------


def _demo(*, model: str, caveats: str = "", **fields: str) -> dict[str, str]:
    """Like ``catalogue_demo._demo``: the demonstration source and caveat first."""
    return {
        "source": DEMO_SOURCE_EN + model,
        "caveats": f"{DEMO_CAVEAT_EN} {caveats}".strip(),
        **fields,
    }


PRIMARY_PUPILS = "primary school pupils"
PRESCHOOL_CHILDREN = "children in pre-school education"
TRANSPORTED = "pupils transported at the gmina's expense"
SOCIAL_BENEFICIARIES = "persons receiving social assistance benefits"
CHILDREN_UNDER_3 = "children under 3"
NURSERY_CHILDREN = "children in nurseries and children's clubs"
POP_POST = "post-working-age population"
CARE_RECIPIENTS = "persons receiving care services"
CARE_HOURS = "hours of care services"
EVENT_PARTICIPANTS = "event participants"
CLUB_MEMBERS = "people training in sports clubs"
HARD_ROADS = "hard-surface municipal roads [km]"
ALL_ROADS = "all municipal roads [km]"
WASTE = "municipal waste collected [t]"
HOUSEHOLD_WATER = "water supplied to households [m³]"
STOCK = "dwellings in the gmina's stock"
AREA = "area [km²]"
ZONING_DECISIONS = "zoning decisions issued"
DURATION = "total duration of proceedings [days]"
PERMITS = "building permit decisions"
COMPLETED = "dwellings completed"
REQUESTS = "requests fulfilled"
NOTIFICATIONS = "surveying work notifications"
CURRENT_REVENUE = "current revenue [PLN]"
NO_TRANSPORT = "Not applicable to gminy that do not organise public transport."


def _demo_education() -> dict[str, dict[str, str]]:
    return {
        "przedszkola-miejsca-na-100-dzieci": _demo(
            model=M_SIO_EN,
            numerator_label="places in pre-schools and other forms of pre-school education",
            denominator_label="children aged 3–5",
            definition="Places in pre-schools, pre-school classes and other forms of pre-school "
            "education in the gmina per 100 children aged 3–5.",
            caveats="The places also serve 6-year-olds and children from other gminy. "
            f"{SCHOOL_YEAR_EN}",
        ),
        "przedszkola-odsetek-dzieci-3-5": _demo(
            model=M_SIO_EN,
            numerator_label="children aged 3–5 in pre-school education",
            denominator_label="children aged 3–5",
            definition="Children aged 3–5 attending pre-school settings in the gmina as a "
            "percentage of children of that age living in the gmina.",
            caveats="In real data the value may exceed 100% when children come from other "
            f"gminy. {SCHOOL_YEAR_EN}",
        ),
        "przedszkola-dzieci-na-nauczyciela": _demo(
            model=M_SIO_EN,
            numerator_label=PRESCHOOL_CHILDREN,
            denominator_label="pre-school teachers [FTE]",
            definition="Number of children in pre-school education per full-time-equivalent "
            "pre-school teacher.",
            caveats="Fewer children per teacher means more attention for each child, but also a "
            f"higher cost. {SCHOOL_YEAR_EN}",
        ),
        "przedszkola-wydatki-na-dziecko": _demo(
            model=f"{M_EDU_SPEND_EN}; {M_SIO_EN}",
            numerator_label="current expenditure on pre-school education [PLN]",
            denominator_label=PRESCHOOL_CHILDREN,
            definition="The gmina's current expenditure on pre-schools, pre-school classes and "
            "other forms of pre-school education (including subsidies) per child.",
            caveats=f"{NOMINAL_EN} {COST_CAVEAT_EN}",
        ),
        "szkoly-uczniowie-na-szkole": _demo(
            model=M_SIO_SCHOOL_EN,
            numerator_label=PRIMARY_PUPILS,
            denominator_label="primary schools",
            definition="Average number of pupils per primary school run by the gmina "
            "(excluding special schools and schools for adults).",
            caveats=f"Small schools are closer to home but more expensive to run. {SCHOOL_YEAR_EN}",
            breaks=REFORM_2017_EN,
        ),
        "szkoly-uczniowie-na-oddzial": _demo(
            model=M_SIO_SCHOOL_EN,
            numerator_label=PRIMARY_PUPILS,
            denominator_label="classes",
            definition="Average number of pupils per class in primary schools.",
            caveats="Smaller classes make it easier to work with each pupil but raise the cost "
            f"of education; there is no single “better” value. {SCHOOL_YEAR_EN}",
            breaks=REFORM_2017_EN,
        ),
        "egzamin-osmoklasisty-sredni-wynik": _demo(
            model=M_CKE_EN,
            numerator_label="sum of candidates' results [% of points, mean across subjects]",
            denominator_label="candidates taking the eighth-grade exam",
            definition="Mean result of the eighth-grade exam (mean of Polish, mathematics and "
            "a modern foreign language, in % of points) of primary school pupils in the gmina.",
            caveats="The result depends largely on factors outside school; compare with "
            "similar gminy. Year = the year in which the exam was held.",
            breaks="The eighth-grade exam has been held since 2019; no data for 2015–2018.",
        ),
        "szkoly-uczniowie-na-komputer": _demo(
            model=M_SIO_SCHOOL_EN,
            numerator_label=PRIMARY_PUPILS,
            denominator_label="computers with internet access intended for pupils",
            definition="Number of primary school pupils per computer with internet access "
            "intended for pupils' use.",
            caveats=SCHOOL_YEAR_EN,
            breaks=REFORM_2017_EN,
        ),
        "szkoly-wydatki-na-ucznia": _demo(
            model=f"{M_EDU_SPEND_EN}; {M_SIO_SCHOOL_EN}",
            numerator_label="current expenditure on primary schools [PLN]",
            denominator_label=PRIMARY_PUPILS,
            definition="The gmina's current expenditure on primary schools (chapter 80101, "
            "including subsidies for non-public schools) per pupil.",
            caveats=f"{NOMINAL_EN} The cost per pupil rises when classes are small (rural "
            f"areas). {COST_CAVEAT_EN}",
            breaks=REFORM_2017_EN,
        ),
        "dowozenie-odsetek-uczniow": _demo(
            model=M_SIO_SCHOOL_EN,
            numerator_label=TRANSPORTED,
            denominator_label=PRIMARY_PUPILS,
            definition="Primary school pupils taken to school by transport organised or paid "
            "for by the gmina, as a percentage of pupils.",
            caveats="The value depends mainly on how dispersed the settlements are and on the "
            f"school network. {SCHOOL_YEAR_EN}",
        ),
        "dowozenie-dlugi-dojazd": _demo(
            model=M_SIO_SCHOOL_EN,
            numerator_label="transported pupils whose one-way journey takes more than 30 minutes",
            denominator_label=TRANSPORTED,
            definition="Pupils transported by the gmina whose one-way journey to school takes "
            "more than 30 minutes, as a percentage of transported pupils.",
            caveats=SCHOOL_YEAR_EN,
        ),
        "dowozenie-koszt-na-ucznia": _demo(
            model=f"{M_EDU_SPEND_EN}; {M_SIO_SCHOOL_EN}",
            numerator_label="expenditure on transporting pupils [PLN]",
            denominator_label=TRANSPORTED,
            definition="The gmina's expenditure on transporting pupils to school (chapter "
            "80113) per transported pupil.",
            caveats=f"{NOMINAL_EN} The cost depends on distances and on the number of pupils "
            f"with disabilities. {COST_CAVEAT_EN}",
        ),
    }


def _demo_social() -> dict[str, dict[str, str]]:
    return {
        "pomoc-spoleczna-beneficjenci-na-1000": _demo(
            model=M_SOCIAL_EN,
            numerator_label="persons in families receiving social assistance benefits",
            definition="Persons in families granted social assistance benefits per 1,000 "
            "residents.",
            caveats="The value mainly reflects residents' needs, not the quality of the service.",
            **PER_RESIDENT_EN,
        ),
        "pomoc-spoleczna-dlugotrwale-korzystajacy": _demo(
            model=M_SOCIAL_EN,
            numerator_label="long-term recipients of social assistance",
            denominator_label=SOCIAL_BENEFICIARIES,
            definition="Persons who received social assistance for at least 18 months in the "
            "last 2 years, as a percentage of all beneficiaries.",
        ),
        "pomoc-spoleczna-pracownicy-socjalni": _demo(
            model=M_SOCIAL_EN,
            numerator_label="social workers [FTE]",
            definition="Full-time-equivalent social workers employed in the social assistance "
            "centre per 10,000 residents (statutory minimum: 1 social worker per 2,000 "
            "residents, i.e. 5 per 10,000).",
            **PER_RESIDENT_EN,
        ),
        "pomoc-spoleczna-wydatki-na-beneficjenta": _demo(
            model=M_SOCIAL_EN,
            numerator_label="the gmina's expenditure on social assistance [PLN]",
            denominator_label=SOCIAL_BENEFICIARIES,
            definition="The gmina's expenditure on social assistance (division 852) per person "
            "receiving benefits.",
            caveats=f"{NOMINAL_EN} {COST_CAVEAT_EN}",
        ),
        "zlobki-miejsca-na-100-dzieci": _demo(
            model=M_NURSERY_EN,
            numerator_label="places in nurseries and children's clubs",
            denominator_label=CHILDREN_UNDER_3,
            definition="Places in nurseries, nursery sections and children's clubs in the gmina "
            "per 100 children aged 0–2.",
            caveats="A gmina without a nursery has the value 0 (not “no data”).",
        ),
        "zlobki-odsetek-dzieci": _demo(
            model=M_NURSERY_EN,
            numerator_label=NURSERY_CHILDREN,
            denominator_label=CHILDREN_UNDER_3,
            definition="Children attending nurseries and children's clubs as a percentage of "
            "children aged 0–2.",
        ),
        "zlobki-dzieci-na-opiekuna": _demo(
            model=M_NURSERY_EN,
            numerator_label=NURSERY_CHILDREN,
            denominator_label="carers [FTE]",
            definition="Children in nurseries and children's clubs per full-time-equivalent "
            "carer (by law at most 8, or 5 where children are under 1 year old).",
            caveats="Not applicable to gminy without a nursery or children's club.",
        ),
        "zlobki-wydatki-na-dziecko": _demo(
            model=f"{M_NURSERY_EN}; Rb-28S",
            numerator_label="the gmina's expenditure on nurseries and children's clubs [PLN]",
            denominator_label=NURSERY_CHILDREN,
            definition="The gmina's current expenditure on nurseries and children's clubs "
            "(chapter 85516, including subsidies) per child.",
            caveats=f"{NOMINAL_EN} Not applicable to gminy without a nursery. {COST_CAVEAT_EN}",
        ),
        "seniorzy-miejsca-dzienne": _demo(
            model=M_SENIOR_EN,
            numerator_label="places in day centres and clubs for older people",
            denominator_label=POP_POST,
            definition="Places in day care centres and in Senior+ day centres and clubs run or "
            "subsidised by the gmina per 1,000 people of post-working age.",
            caveats="A gmina without such a facility has the value 0.",
        ),
        "seniorzy-uslugi-opiekuncze-odbiorcy": _demo(
            model=M_SENIOR_EN,
            numerator_label=CARE_RECIPIENTS,
            denominator_label=POP_POST,
            definition="Persons receiving care services and specialised care services at home "
            "per 1,000 people of post-working age.",
            caveats="Depends both on needs and on the supply of services.",
        ),
        "seniorzy-godziny-na-odbiorce": _demo(
            model=M_SENIOR_EN,
            numerator_label=CARE_HOURS,
            denominator_label=CARE_RECIPIENTS,
            definition="Hours of care services delivered in the year per person receiving them.",
        ),
        "seniorzy-koszt-godziny-uslug": _demo(
            model=M_SENIOR_EN,
            numerator_label="expenditure on care services [PLN]",
            denominator_label=CARE_HOURS,
            definition="The gmina's expenditure on care services divided by the number of hours "
            "delivered.",
            caveats=f"{NOMINAL_EN} Not applicable to gminy that do not provide care services. "
            f"{COST_CAVEAT_EN}",
        ),
    }


def _demo_culture() -> dict[str, dict[str, str]]:
    pandemic = "2020–2021: pandemic restrictions."
    return {
        "biblioteki-ksiegozbior-na-1000": _demo(
            model=M_LIBRARY_EN,
            numerator_label="library holdings [volumes]",
            definition="Volumes in public libraries and their branches per 1,000 residents.",
            caveats="Weeding out worn books lowers the value; large holdings are not "
            "necessarily up to date.",
            **PER_RESIDENT_EN,
        ),
        "biblioteki-czytelnicy-na-1000": _demo(
            model=M_LIBRARY_EN,
            numerator_label="registered readers (borrowers)",
            definition="Readers registered in public libraries who borrowed at least 1 item in "
            "the year, per 1,000 residents.",
            breaks="2020–2021: pandemic restrictions (temporary closures of libraries).",
            **PER_RESIDENT_EN,
        ),
        "biblioteki-wypozyczenia-na-czytelnika": _demo(
            model=M_LIBRARY_EN,
            numerator_label="loans for use outside the library [volumes]",
            denominator_label="registered readers",
            definition="Loans for use outside the library in the year per reader.",
        ),
        "biblioteki-koszt-wypozyczenia": _demo(
            model=f"{M_LIBRARY_EN}; Rb-28S",
            numerator_label="the gmina's expenditure on libraries [PLN]",
            denominator_label="loans [volumes]",
            definition="The gmina's expenditure on libraries (chapter 92116) divided by the "
            "number of loans.",
            caveats=f"{NOMINAL_EN} Libraries also carry out cultural and educational activities "
            f"that the indicator does not cover. {COST_CAVEAT_EN}",
        ),
        "domy-kultury-imprezy-na-1000": _demo(
            model=M_CULTURE_EN,
            numerator_label="events organised",
            definition="Events organised by cultural centres, clubs and community rooms per "
            "1,000 residents.",
            breaks=pandemic,
            **PER_RESIDENT_EN,
        ),
        "domy-kultury-uczestnicy-na-1000": _demo(
            model=M_CULTURE_EN,
            numerator_label=EVENT_PARTICIPANTS,
            definition="Participants in events organised by cultural centres per 1,000 "
            "residents (the same person may be counted several times).",
            breaks=pandemic,
            **PER_RESIDENT_EN,
        ),
        "domy-kultury-czlonkowie-zespolow": _demo(
            model=M_CULTURE_EN,
            numerator_label="members of arts groups, interest circles and clubs",
            definition="Members of arts groups, interest circles and clubs run by cultural "
            "centres per 1,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "domy-kultury-wydatki-na-uczestnika": _demo(
            model=f"{M_CULTURE_EN}; Rb-28S",
            numerator_label="the gmina's expenditure on cultural centres [PLN]",
            denominator_label=EVENT_PARTICIPANTS,
            definition="The gmina's expenditure on cultural centres, community rooms and clubs "
            "(chapter 92109) per event participant.",
            caveats=f"{NOMINAL_EN} Not applicable to gminy without a cultural centre. "
            f"{COST_CAVEAT_EN}",
        ),
        "sport-obiekty-na-10-tys": _demo(
            model=M_SPORT_EN,
            numerator_label="municipal sports facilities (sports halls, pitches, swimming pools, "
            "ice rinks)",
            definition="Sports facilities owned by the gmina or its units per 10,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "sport-cwiczacy-na-1000": _demo(
            model=M_SPORT_EN,
            numerator_label=CLUB_MEMBERS,
            definition="People training in sports clubs based in the gmina per 1,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "sport-cwiczacy-mlodziez": _demo(
            model=M_SPORT_EN,
            numerator_label="people under 18 training in sports clubs",
            denominator_label="pre-working-age population",
            definition="Children and young people under 18 training in sports clubs per 1,000 "
            "people aged 0–17.",
        ),
        "sport-trenerzy-na-100-cwiczacych": _demo(
            model=M_SPORT_EN,
            numerator_label="sports coaches and instructors",
            denominator_label=CLUB_MEMBERS,
            definition="Coaches and instructors running sessions in sports clubs per 100 people "
            "training.",
        ),
        "sport-wydatki-na-mieszkanca": _demo(
            model=M_SPORT_EN,
            numerator_label="the gmina's expenditure on physical culture [PLN]",
            definition="The gmina's current and capital expenditure in division 926 Physical "
            "culture per resident.",
            caveats=NOMINAL_EN,
            **PER_RESIDENT_EN,
        ),
    }


def _demo_roads() -> dict[str, dict[str, str]]:
    return {
        "drogi-gminne-twarde-gestosc": _demo(
            model=M_ROADS_EN,
            numerator_label=HARD_ROADS,
            denominator_label=AREA,
            definition="Length of hard-surface municipal roads in km per 100 km² of the gmina's "
            "area.",
            caveats="Road density depends mainly on the population and on how dispersed the "
            "buildings are.",
        ),
        "drogi-gminne-udzial-twardych": _demo(
            model=M_ROADS_EN,
            numerator_label=HARD_ROADS,
            denominator_label=ALL_ROADS,
            definition="Hard-surface municipal roads as a percentage of the length of all "
            "municipal roads.",
        ),
        "drogi-gminne-stan-dobry": _demo(
            model=M_ROADS_EN,
            numerator_label="hard-surface roads in good condition [km]",
            denominator_label=HARD_ROADS,
            definition="Sections of hard-surface municipal roads rated good in the inspection, "
            "as a percentage of the length of hard-surface roads.",
        ),
        "drogi-gminne-wydatki-na-km": _demo(
            model=M_ROADS_EN,
            numerator_label="expenditure on municipal public roads [PLN]",
            denominator_label=ALL_ROADS,
            definition="The gmina's current and capital expenditure on municipal public roads "
            "(chapter 60016) in PLN thousand per km of municipal road.",
            caveats=f"{NOMINAL_EN} High expenditure in a given year is often a one-off investment.",
        ),
        "transport-wozokilometry-na-mieszkanca": _demo(
            model=M_TRANSIT_EN,
            numerator_label="vehicle-kilometres in services organised by the gmina",
            definition="Vehicle-kilometres run in public transport organised by the gmina (or by "
            "an association of gminy it belongs to) per resident.",
            caveats="A gmina that does not organise transport has the value 0; its residents "
            "may use commercial services.",
            **PER_RESIDENT_EN,
        ),
        "transport-zasieg-przystankow": _demo(
            model=M_TRANSIT_EN,
            numerator_label="residents within 500 m of a stop of transport organised by the gmina",
            definition="Residents living within 500 m of a stop of public transport organised "
            "by the gmina, as a percentage of the population.",
            **PER_RESIDENT_EN,
        ),
        "transport-sredni-wiek-autobusow": _demo(
            model=M_TRANSIT_EN,
            numerator_label="sum of the ages of buses [years]",
            denominator_label="buses in service",
            definition="Average age of the buses serving public transport organised by the gmina.",
            caveats=NO_TRANSPORT,
        ),
        "transport-doplata-na-wozokilometr": _demo(
            model=M_TRANSIT_EN,
            numerator_label="the gmina's subsidy to public transport [PLN]",
            denominator_label="vehicle-kilometres",
            definition="The gmina's expenditure covering the costs of public transport in excess "
            "of ticket revenue, per vehicle-kilometre.",
            caveats=f"{NOMINAL_EN} A low subsidy may mean high fares. Not applicable to gminy "
            "that do not organise transport.",
        ),
        "wypadki-drogowe-na-10-tys": _demo(
            model=M_SAFETY_EN,
            numerator_label="road accidents",
            definition="Road accidents recorded by the Police in the gmina (on roads of all "
            "categories) per 10,000 residents.",
            caveats="In small gminy the numbers are small and fluctuate strongly from year to "
            "year; gminy with a busy transit road fare worse.",
            **PER_RESIDENT_EN,
        ),
        "ofiary-smiertelne-na-100-tys": _demo(
            model=M_SAFETY_EN,
            numerator_label="persons killed in road accidents",
            definition="Persons killed in road accidents in the gmina per 100,000 residents.",
            caveats="For small gminy, compare averages over several years.",
            **PER_RESIDENT_EN,
        ),
        "sciezki-rowerowe-na-10-tys": _demo(
            model=M_SAFETY_EN,
            numerator_label="cycle paths [km]",
            definition="Length of cycle paths in the gmina in km per 10,000 residents.",
            **PER_RESIDENT_EN,
        ),
    }


def _demo_environment() -> dict[str, dict[str, str]]:
    return {
        "odpady-na-mieszkanca": _demo(
            model=M_WASTE_EN,
            numerator_label=WASTE,
            definition="Mass of municipal waste collected in the year in kg per resident.",
            caveats="More waste collected means both more waste produced and more effective "
            "collection (fewer illegal dumps).",
            **PER_RESIDENT_EN,
        ),
        "odpady-selektywna-zbiorka": _demo(
            model=M_WASTE_EN,
            numerator_label="municipal waste collected separately [t]",
            denominator_label=WASTE,
            definition="Municipal waste collected separately as a percentage of the mass of all "
            "municipal waste collected.",
        ),
        "odpady-objeci-systemem": _demo(
            model=M_WASTE_EN,
            numerator_label="residents listed in the waste fee declarations",
            definition="Residents listed in the declarations of the waste management fee as a "
            "percentage of the registered population.",
            caveats="The gap also reflects migration (people registered in the gmina but "
            "living elsewhere).",
            **PER_RESIDENT_EN,
        ),
        "odpady-koszt-tony": _demo(
            model=M_WASTE_EN,
            numerator_label="costs of the municipal waste management system [PLN]",
            denominator_label=WASTE,
            definition="The gmina's expenditure on the municipal waste management system "
            "(chapter 90002) per tonne of waste collected.",
            caveats=f"{NOMINAL_EN} {COST_CAVEAT_EN}",
        ),
        "wodociag-odsetek-ludnosci": _demo(
            model=M_WATER_EN,
            numerator_label="population connected to the water supply network",
            definition="Population connected to the water supply network as a percentage of "
            "the total population.",
            **PER_RESIDENT_EN,
        ),
        "kanalizacja-odsetek-ludnosci": _demo(
            model=M_WATER_EN,
            numerator_label="population connected to the sewerage network",
            definition="Population connected to the sewerage network as a percentage of the "
            "total population.",
            caveats="Where buildings are dispersed, household sewage treatment plants can be a "
            "better solution than a network.",
            **PER_RESIDENT_EN,
        ),
        "woda-zuzycie-na-mieszkanca": _demo(
            model=M_WATER_EN,
            numerator_label=HOUSEHOLD_WATER,
            definition="Water from the public supply used by households, in m³ per resident.",
            **PER_RESIDENT_EN,
        ),
        "wodociag-awarie-na-100-km": _demo(
            model=M_WATER_EN,
            numerator_label="failures of the network and service connections",
            denominator_label="length of the water supply network [km]",
            definition="Failures of the water supply network and service connections repaired "
            "in the year per 100 km of distribution network.",
        ),
        "woda-straty": _demo(
            model=M_WATER_EN,
            numerator_label="water losses [m³]",
            denominator_label="water fed into the network [m³]",
            definition="Water not sold (real and apparent losses) as a percentage of the water "
            "fed into the network.",
        ),
        "woda-cena-m3": _demo(
            model=f"{M_WATER_EN}; water tariffs (Wody Polskie)",
            numerator_label="household charges for water [PLN]",
            denominator_label=HOUSEHOLD_WATER,
            definition="Household charges for water (gross, including the standing charge) "
            "divided by the amount of water supplied.",
            caveats=f"{NOMINAL_EN} Tariffs should cover costs: a low price may mean subsidies "
            "from the budget or underinvestment in the network.",
        ),
        "gaz-odsetek-ludnosci": _demo(
            model=M_AIR_EN,
            numerator_label="population connected to the gas network",
            definition="Population connected to the gas network as a percentage of the total "
            "population.",
            caveats="Gas replaces coal for heating, but the network depends mainly on the "
            "operator, not on the gmina.",
            **PER_RESIDENT_EN,
        ),
        "wymiana-zrodel-ciepla-na-1000": _demo(
            model=M_AIR_EN,
            numerator_label="polluting heating sources replaced",
            definition="Polluting heating sources (solid-fuel boilers) removed or replaced in the "
            "year under municipal and national programmes, per 1,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "pm10-srednie-stezenie": _demo(
            model=M_AIR_EN,
            numerator_label="sum of products: PM10 concentration [µg/m³] × population",
            definition="Annual mean concentration of PM10 particulate matter (from air quality "
            "modelling), weighted by the number of residents.",
            caveats="Air quality also depends on the weather and on sources outside the gmina. "
            "Annual limit value: 40 µg/m³; WHO guideline (2021): 15 µg/m³.",
            **PER_RESIDENT_EN,
        ),
        "ochrona-powietrza-wydatki-na-mieszkanca": _demo(
            model=f"{M_AIR_EN}; Rb-28S",
            numerator_label="expenditure on the protection of ambient air and the climate [PLN]",
            definition="The gmina's expenditure in chapter 90005 (protection of ambient air and "
            "the climate), including grants for replacing boilers, per resident.",
            caveats=NOMINAL_EN,
            **PER_RESIDENT_EN,
        ),
    }


def _demo_real_estate() -> dict[str, dict[str, str]]:
    return {
        "mieszkania-gminne-na-1000": _demo(
            model=M_HOUSING_EN,
            numerator_label="dwellings in the gmina's stock (municipal and social)",
            definition="Dwellings owned by the gmina per 1,000 residents.",
            caveats="The size of the stock results from decisions to sell dwellings to tenants; "
            "there is no single “better” value.",
            **PER_RESIDENT_EN,
        ),
        "mieszkania-gminne-oczekujacy": _demo(
            model=M_HOUSING_EN,
            numerator_label="households waiting to rent a dwelling",
            denominator_label=STOCK,
            definition="Households on the waiting lists to rent a municipal or social dwelling "
            "at the end of the year per 100 dwellings in the stock.",
        ),
        "mieszkania-gminne-czas-oczekiwania": _demo(
            model=M_HOUSING_EN,
            numerator_label="total waiting time of households allocated a dwelling [months]",
            denominator_label="dwellings allocated in the year",
            definition="Average time from application to the signing of the tenancy agreement "
            "for households allocated a dwelling in the year.",
            caveats="Not applicable to gminy that allocated no dwelling in the year.",
        ),
        "mieszkania-gminne-centralne-ogrzewanie": _demo(
            model=M_HOUSING_EN,
            numerator_label="municipal dwellings with central heating",
            denominator_label=STOCK,
            definition="Municipal dwellings with central heating (communal or individual) as a "
            "percentage of the dwellings in the stock.",
        ),
        "mieszkania-gminne-zaleglosci-czynszowe": _demo(
            model=M_HOUSING_EN,
            numerator_label="arrears of tenants of municipal dwellings [PLN]",
            denominator_label="rent due for the year [PLN]",
            definition="Rent arrears at the end of the year as a percentage of the rent due for "
            "the year.",
            caveats=NOMINAL_EN,
        ),
        "mpzp-pokrycie": _demo(
            model=M_PLANNING_EN,
            numerator_label="area covered by local plans in force [km²]",
            denominator_label=AREA,
            definition="Area covered by local spatial development plans in force as a "
            "percentage of the gmina's area.",
            caveats="General plans are in force from 2026; the indicator concerns local plans.",
        ),
        "decyzje-wz-na-1000": _demo(
            model=M_PLANNING_EN,
            numerator_label=ZONING_DECISIONS,
            definition="Zoning decisions (decisions on development conditions) issued in the "
            "year per 1,000 residents.",
            caveats="Many decisions indicate both construction activity and a lack of local plans.",
            **PER_RESIDENT_EN,
        ),
        "decyzje-wz-czas": _demo(
            model=M_PLANNING_EN,
            numerator_label=DURATION,
            denominator_label=ZONING_DECISIONS,
            definition="Average number of days from the application to the issue of a zoning "
            "decision.",
            caveats="Not applicable to gminy that issued no decision in the year.",
        ),
        "planowanie-wydatki-na-mieszkanca": _demo(
            model=f"{M_PLANNING_EN}; Rb-28S",
            numerator_label="expenditure on spatial development plans [PLN]",
            definition="The gmina's expenditure in chapter 71004 (spatial development plans) per "
            "resident.",
            caveats=f"{NOMINAL_EN} Expenditure comes in steps: it rises in the years when plans "
            "are drawn up.",
            **PER_RESIDENT_EN,
        ),
        "grunty-gminne-udzial": _demo(
            model=M_LAND_EN,
            numerator_label="land owned by the gmina [ha]",
            denominator_label=AREA,
            definition="Area of land owned by the gmina (excluding land given in perpetual "
            "usufruct) as a percentage of the gmina's area (1 ha per 1 km² = 1%).",
        ),
        "grunty-gminne-w-dzierzawie": _demo(
            model=M_LAND_EN,
            numerator_label="municipal land leased, rented, given for use or in permanent "
            "management [ha]",
            denominator_label="land owned by the gmina [ha]",
            definition="Municipal land leased, rented, given for use or placed in permanent "
            "management, as a percentage of the land owned by the gmina.",
            caveats="Some land (roads, green areas) is by its nature not leased.",
        ),
        "grunty-sprzedane-na-1000": _demo(
            model=M_LAND_EN,
            numerator_label="municipal land sold [ha]",
            definition="Area of municipal land sold in the year, in ha per 1,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "grunty-cena-sprzedazy": _demo(
            model=M_LAND_EN,
            numerator_label="revenue from the sale of municipal land [PLN]",
            denominator_label="municipal land sold [ha]",
            definition="Revenue from the sale of municipal land in the year divided by the area "
            "sold, in PLN per m².",
            caveats=f"{NOMINAL_EN} The price depends on the location and intended use of the "
            "plots sold. Not applicable to gminy that sold no land in the year.",
        ),
    }


def _demo_investment() -> dict[str, dict[str, str]]:
    return {
        "pozwolenia-na-budowe-na-1000": _demo(
            model=M_PERMITS_EN,
            numerator_label=PERMITS,
            definition="Building permit decisions issued in the year for projects located in "
            "the gmina per 1,000 residents.",
            caveats=f"{POWIAT_TASK_EN} The number of decisions reflects construction activity.",
            **PER_RESIDENT_EN,
        ),
        "pozwolenia-na-budowe-w-terminie": _demo(
            model=M_PERMITS_EN,
            numerator_label="decisions issued within the statutory 65 days",
            denominator_label=PERMITS,
            definition="Building permit decisions issued within the statutory 65 days as a "
            "percentage of all decisions.",
            caveats=POWIAT_TASK_EN,
        ),
        "pozwolenia-na-budowe-czas": _demo(
            model=M_PERMITS_EN,
            numerator_label=DURATION,
            denominator_label=PERMITS,
            definition="Average number of days from the application to the issue of a building "
            "permit decision.",
            caveats=f"{POWIAT_TASK_EN} Not applicable to gminy with no decisions in the year.",
        ),
        "mieszkania-oddane-na-1000": _demo(
            model=M_DWELLINGS_EN,
            numerator_label=COMPLETED,
            definition="Dwellings completed in the year (all forms of construction) per 1,000 "
            "residents.",
            **PER_RESIDENT_EN,
        ),
        "mieszkania-oddane-powierzchnia": _demo(
            model=M_DWELLINGS_EN,
            numerator_label="usable floor area of dwellings completed [m²]",
            denominator_label=COMPLETED,
            definition="Usable floor area of the dwellings completed in the year divided by "
            "their number.",
            caveats="Not applicable to gminy with no dwellings completed in the year.",
        ),
        "zasoby-mieszkaniowe-na-1000": _demo(
            model=M_DWELLINGS_EN,
            numerator_label="housing stock (dwellings)",
            definition="Number of dwellings in the total housing stock per 1,000 residents, as "
            "of 31 December.",
            **PER_RESIDENT_EN,
        ),
    }


def _demo_geodesy() -> dict[str, dict[str, str]]:
    extracts = "extracts and map extracts issued"
    return {
        "egib-dzialki-wektorowe": _demo(
            model=M_EGIB_EN,
            numerator_label="parcels included in the vector cadastral map",
            denominator_label="cadastral parcels",
            definition="Cadastral parcels for which the cadastral map is kept in vector form, "
            "as a percentage of all parcels.",
            caveats=POWIAT_TASK_EN,
        ),
        "egib-wypisy-na-1000": _demo(
            model=M_EGIB_EN,
            numerator_label="extracts and map extracts issued from the EGiB",
            definition="Extracts and map extracts from the land and building register issued in "
            "the year per 1,000 residents.",
            caveats=POWIAT_TASK_EN,
            **PER_RESIDENT_EN,
        ),
        "egib-wypisy-elektronicznie": _demo(
            model=M_EGIB_EN,
            numerator_label="extracts and map extracts issued in electronic form",
            denominator_label=extracts,
            definition="Extracts and map extracts from the EGiB ordered and issued "
            "electronically, as a percentage of all those issued.",
            caveats=POWIAT_TASK_EN,
        ),
        "zasob-geodezyjny-wnioski-na-1000": _demo(
            model=M_GEO_EN,
            numerator_label="requests for materials from the resource fulfilled",
            definition="Fulfilled requests for materials from the geodetic and cartographic "
            "resource (including maps for design purposes) per 1,000 residents.",
            caveats=POWIAT_TASK_EN,
            **PER_RESIDENT_EN,
        ),
        "zasob-geodezyjny-czas-realizacji": _demo(
            model=M_GEO_EN,
            numerator_label="total time taken to fulfil the requests [days]",
            denominator_label=REQUESTS,
            definition="Average number of days from a request to the provision of materials "
            "from the resource (including maps for design purposes).",
            caveats=POWIAT_TASK_EN,
        ),
        "zasob-geodezyjny-wnioski-elektroniczne": _demo(
            model=M_GEO_EN,
            numerator_label="requests submitted electronically",
            denominator_label=REQUESTS,
            definition="Requests for materials from the resource submitted online as a "
            "percentage of all requests.",
            caveats=POWIAT_TASK_EN,
        ),
        "zasob-geodezyjny-koszt-wniosku": _demo(
            model=M_GEO_EN,
            numerator_label="expenditure on keeping the resource attributed to providing "
            "materials [PLN]",
            denominator_label=REQUESTS,
            definition="Expenditure on providing materials from the geodetic resource divided "
            "by the number of requests fulfilled.",
            caveats=f"{NOMINAL_EN} {POWIAT_TASK_EN} {COST_CAVEAT_EN}",
        ),
        "prace-geodezyjne-na-1000": _demo(
            model=M_GEO_EN,
            numerator_label=NOTIFICATIONS,
            definition="Surveying work notifications accepted in the year per 1,000 residents.",
            caveats=POWIAT_TASK_EN,
            **PER_RESIDENT_EN,
        ),
        "prace-geodezyjne-weryfikacja-w-terminie": _demo(
            model=M_GEO_EN,
            numerator_label="sets of survey documents verified within the statutory time limit",
            denominator_label=NOTIFICATIONS,
            definition="Notifications whose results were verified within the statutory time "
            "limit (10 working days), as a percentage of notifications.",
            caveats=POWIAT_TASK_EN,
        ),
        "prace-geodezyjne-elektronicznie": _demo(
            model=M_GEO_EN,
            numerator_label="notifications submitted electronically",
            denominator_label=NOTIFICATIONS,
            definition="Surveying work notifications submitted online as a percentage of all "
            "notifications.",
            caveats=POWIAT_TASK_EN,
        ),
    }


def _demo_taxes() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for stem, *_, short in pl_demo.LOCAL_TAXES:
        tax = TAX_NAMES_EN[short]
        na = " Not applicable to gminy without forests." if stem == "forest" else ""
        out[f"podatek-{short}-zaleglosci"] = _demo(
            model=M_TAX_EN,
            numerator_label=f"arrears of {tax} at the end of the year [PLN]",
            denominator_label=f"amount of {tax} due for the year [PLN]",
            definition=f"Taxpayers' arrears of {tax} at the end of the year as a percentage of "
            "the amount due for the year (collection effectiveness).",
            caveats=f"{NOMINAL_EN}{na}",
        )
        out[f"podatek-{short}-wplaty-elektroniczne"] = _demo(
            model="the gmina's tax accounting records",
            numerator_label="payments by bank transfer, online or by payment card",
            denominator_label="all payments",
            definition=f"Payments of {tax} made electronically (bank transfer, online payment, "
            "payment terminal at the office) as a percentage of the number of all payments.",
            caveats=na.strip(),
        )
    out["podatek-nieruchomosci-skutki-obnizenia-stawek"] = _demo(
        model=M_TAX_EN,
        numerator_label="effect of lowering the maximum property tax rates [PLN]",
        denominator_label="amount of property tax due for the year [PLN]",
        definition="Revenue forgone by setting rates below the statutory maximum, as a "
        "percentage of the property tax due.",
        caveats=f"{NOMINAL_EN} Lower rates are a deliberate policy of the gmina council (e.g. "
        "to support business), not a failure of collection.",
    )
    return out


def _demo_finance() -> dict[str, dict[str, str]]:
    return {
        "zadluzenie-na-mieszkanca": _demo(
            model=M_DEBT_EN,
            numerator_label="total liabilities (debt) at the end of the year [PLN]",
            definition="The gmina's debt (bank loans, other loans, securities) at the end of "
            "the year per resident.",
            caveats=f"{NOMINAL_EN} Debt often finances investment: its level alone does not "
            "indicate poor management.",
            **PER_RESIDENT_EN,
        ),
        "zadluzenie-do-dochodow-biezacych": _demo(
            model=M_DEBT_EN,
            numerator_label="debt at the end of the year [PLN]",
            denominator_label=CURRENT_REVENUE,
            definition="The gmina's debt at the end of the year as a percentage of its current "
            "revenue.",
        ),
        "obsluga-dlugu-do-dochodow-biezacych": _demo(
            model=M_DEBT_EN,
            numerator_label="principal repayments and interest [PLN]",
            denominator_label=CURRENT_REVENUE,
            definition="Repayments of loan principal together with interest as a percentage of "
            "current revenue.",
        ),
        "nadwyzka-operacyjna-udzial": _demo(
            model=M_DEBT_EN,
            numerator_label="current revenue minus current expenditure [PLN]",
            denominator_label=CURRENT_REVENUE,
            definition="The difference between current revenue and current expenditure "
            "(operating surplus) as a percentage of current revenue; a negative value means an "
            "operating deficit.",
        ),
    }


def _demo_context() -> dict[str, dict[str, str]]:
    unemployed = "registered unemployed"
    return {
        "bezrobocie-udzial": _demo(
            model=M_LABOUR_EN,
            numerator_label=f"{unemployed} as of 31 December",
            denominator_label="working-age population",
            definition="Unemployed persons registered at powiat labour offices as a percentage "
            "of the working-age population (the GUS indicator for gminy; this is not the "
            "unemployment rate).",
        ),
        "bezrobocie-dlugotrwale": _demo(
            model=M_LABOUR_EN,
            numerator_label="unemployed for more than 12 months",
            denominator_label=unemployed,
            definition="Registered unemployed persons out of work for more than 12 months as a "
            "percentage of the unemployed.",
        ),
        "pracujacy-na-1000": _demo(
            model=M_LABOUR_EN,
            numerator_label="employed persons (by place of work)",
            definition="Persons employed in the gmina by actual place of work (excluding "
            "individual farms and entities with up to 9 persons) per 1,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "podmioty-regon-na-10-tys": _demo(
            model=M_REGON_EN,
            numerator_label="entities entered in REGON",
            definition="Entities of the national economy entered in the REGON register per "
            "10,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "podmioty-nowe-na-10-tys": _demo(
            model=M_REGON_EN,
            numerator_label="entities newly registered in the year",
            definition="Entities newly entered in the REGON register in the year per 10,000 "
            "residents.",
            **PER_RESIDENT_EN,
        ),
        "urodzenia-na-1000": _demo(
            model=M_MOVES_EN,
            numerator_label="live births",
            definition="Live births in the year per 1,000 residents.",
            **PER_RESIDENT_EN,
        ),
        "saldo-migracji-na-1000": _demo(
            model=M_MOVES_EN,
            numerator_label="net registrations for permanent residence (arrivals minus departures)",
            definition="The difference between registrations and deregistrations for permanent "
            "residence (internal and international) per 1,000 residents; a negative value "
            "means a net outflow.",
            **PER_RESIDENT_EN,
        ),
    }


INDICATOR_TEXTS_EN: dict[str, dict[str, str]] = {
    **_real_tax_texts(),
    **_real_finance_texts(),
    **_real_context_texts(),
    **_demo_education(),
    **_demo_social(),
    **_demo_culture(),
    **_demo_roads(),
    **_demo_environment(),
    **_demo_real_estate(),
    **_demo_investment(),
    **_demo_geodesy(),
    **_demo_taxes(),
    **_demo_finance(),
    **_demo_context(),
}

# ---------------------------------------------------------------------------------------------
# Accessors.
# ---------------------------------------------------------------------------------------------


@cache
def _catalogue() -> dict[tuple[type, str], object]:
    """The catalogue as written, by (type, id): what the English texts translate."""
    entries: list = [*pl_real.AREAS, *pl_real.all_services(), *pl_real.all_indicators()]
    return {(type(entry), entry.id): entry for entry in entries}


def _table(obj: object) -> dict[str, dict[str, str]] | None:
    if isinstance(obj, Indicator):
        return INDICATOR_TEXTS_EN
    if isinstance(obj, Service):
        return SERVICE_TEXTS_EN
    if isinstance(obj, Area):
        return AREA_TEXTS_EN
    return None


def english_text(obj: Area | Service | Indicator, field: str) -> str:
    """The English text of ``obj.field``, whatever the request language.

    The English texts translate the catalogue as written. When the object differs from it (the
    repository names imported files in the source and drops the demonstration caveat once real
    data replace the demonstration values), the English follows those changes; text that is not
    the catalogue's own (an import note) is returned as it is. Empty Polish text stays empty.
    """
    polish = getattr(obj, field, None) or ""
    table = _table(obj)
    original = _catalogue().get((type(obj), getattr(obj, "id", "")))
    english = (table or {}).get(getattr(obj, "id", ""), {}).get(field)
    if not polish or original is None or english is None:
        return polish
    written = getattr(original, field) or ""
    if polish == written:
        return english
    if field == "caveats" and polish == written.replace(pl_demo.DEMO_CAVEAT, "").strip():
        return english.replace(DEMO_CAVEAT_EN, "").strip()
    if field == "source" and polish.startswith(f"{written}; "):
        return english + polish[len(written) :]
    return polish


def localized_text(obj: Area | Service | Indicator, field: str) -> str:
    """``obj.field`` in the current language: the English text in English mode, else the
    Polish attribute. ``field="formula"`` gives :func:`localized_formula`."""
    if field == "formula":
        return localized_formula(obj)  # type: ignore[arg-type]
    if current_language() == "en":
        return english_text(obj, field)
    return getattr(obj, field, None) or ""


def english_number(number: float) -> str:
    """1e-06 → "0.000001", 100.0 → "100": like the Polish formula, with a decimal point."""
    return _plain_number(number).replace(",", ".")


def english_formula(indicator: Indicator) -> str:
    """The human-readable formula in English (``Indicator.formula`` is the Polish one)."""
    factor = "" if indicator.multiplier == 1 else f" × {english_number(indicator.multiplier)}"
    numerator = english_text(indicator, "numerator_label")
    if indicator.denominator is None:
        return f"sum: {numerator}{factor}"
    return f"({numerator}) / ({english_text(indicator, 'denominator_label')}){factor}"


def localized_formula(indicator: Indicator) -> str:
    """The formula in the current language."""
    return english_formula(indicator) if current_language() == "en" else indicator.formula
