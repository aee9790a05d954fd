"""Everything the SMUP client assumes about SMUP's API, in one place.

No response of SMUP's API has been seen here: what is known comes from public notes of people
who queried it (``shared/data/smup-api-notes.md``, quoted as "notes"). Each name below says
whether the notes mark it **measured** or whether it is an **assumption**, with the words it
rests on. The first live run confirms or fixes them here and nowhere else: a response of
another shape stops the run with :class:`ingest.smup.errors.SmupShapeError`, naming the path,
the field and a sample, so the line to change is easy to find.
"""

from __future__ import annotations

import re
from enum import StrEnum

from data_access.catalogue_model import Dimension, Status

# --- service -------------------------------------------------------------------------------
# measured: "Base URL: `https://api.smup.gov.pl/api/1.0.0/`"
DEFAULT_BASE_URL = "https://api.smup.gov.pl/api/1.0.0/"
# measured: "Optional key in the header `X-ClientId` (the same header as the BDL API, but a
# different key; requested from GUS)."
KEY_HEADER = "X-ClientId"
# measured: "Query parameter `lang=pl|en`."
LANG = "lang"

# --- paths ---------------------------------------------------------------------------------
# assumption: "Paths (names seen in public client code)": `areas-list`, `public-services`,
# `indicator-list` (also spelled `indicators-list` in one client), `indicator-date-data`,
# `data-dictionary`, `teryt-dictionary`, `flag-dictionary`. The second spelling is tried when
# the first answers 404.
AREAS_PATH = "areas-list"
SERVICES_PATH = "public-services"
INDICATORS_PATHS = ("indicator-list", "indicators-list")
DATA_PATH = "indicator-date-data"
DATES_PATH = "data-dictionary"
UNITS_PATH = "teryt-dictionary"
FLAGS_PATH = "flag-dictionary"

# --- query parameters ----------------------------------------------------------------------
# measured (in the request the notes quote):
# "`indicator-date-data?id=<indicator>&id-daty=<YYYY1231>&page-size=5000`"
ID_PARAM = "id"
DATE_PARAM = "id-daty"
PAGE_SIZE_PARAM = "page-size"
# measured: "`page-size` (maximum 5000)"; "One indicator-year is about 2,975 rows: one request."
PAGE_SIZE = 5000
# assumption: "Common query parameters: ... `page`, `page-size`". Pages are numbered from 0 as
# in the BDL API of the same family, and a page shorter than the page size is the last one
# (no page count or next link is documented). A page whose first record repeats the previous
# page's means the server ignores `page`: that stops the run as a shape error.
PAGE_PARAM = "page"
FIRST_PAGE = 0
MAX_PAGES = 200

# --- envelope ------------------------------------------------------------------------------
# assumption: no list response is quoted whole ("rows `{...}`" only), so a body is taken to be
# either a JSON array of records or an object holding them as an array under `data`.
ENVELOPE_KEY = "data"

# --- records -------------------------------------------------------------------------------
# measured: "rows `{"id": <indicator>, "id-daty": <YYYY1231>, "id-teryt": <unit id>,
# "id-flaga": <flag>, "wartosc": <number|null>, "precyzja": <decimals>}`"
ROW_INDICATOR = "id"
ROW_DATE = "id-daty"
ROW_UNIT = "id-teryt"
ROW_FLAG = "id-flaga"
ROW_VALUE = "wartosc"
ROW_PRECISION = "precyzja"
# assumption: a row with no flag (`id-flaga` null or missing) holds an ordinary value; the
# notes quote `"id-flaga": <flag>` without saying whether ordinary values have one.

# measured: "A record holds `id-teryt` (SMUP's own numeric unit id), `woj`, `pow`, `gmn`,
# `rodz`, `nazwa` and `nazwa-dod`."  assumption: the codes come as numbers or digit strings,
# and a powiat, voivodeship or Poland record leaves the finer parts empty (null, "" or zeros).
UNIT_ID = "id-teryt"
UNIT_WOJ = "woj"
UNIT_POW = "pow"
UNIT_GMN = "gmn"
UNIT_RODZ = "rodz"
UNIT_NAME = "nazwa"
UNIT_NAME_EXTRA = "nazwa-dod"
# measured: "`rodz` follows GUS: 1 urban gmina (cities with powiat rights are also 1), 2 rural,
# 3 urban-rural; 4 and 5 are the town and rural *parts* of an urban-rural gmina (counting them
# would count the gmina twice); 8/9 are Warsaw's districts."
GMINA_KINDS = frozenset({1, 2, 3})
PART_KINDS = frozenset({4, 5})
DISTRICT_KINDS = frozenset({8, 9})

# measured: "`data-dictionary`: the years, as ids `YYYY1231` (annual data from 2010)."
# assumption: each record names its id as `id-daty`, like the data rows.
DATE_ID = "id-daty"
DATE_ID_PATTERN = re.compile(r"^(\d{4})1231$")

# measured: "`flag-dictionary`: 6 flags."  assumption: a record holds `id-flaga` (as the data
# rows) and its description in `nazwa` (as the teryt-dictionary's records).
FLAG_ID = "id-flaga"
FLAG_TEXT = "nazwa"

# assumption: areas, services and indicators have `id` (as the data rows' indicator id) and
# `nazwa` (as the teryt-dictionary); a service names its area in `id-obszaru`, an indicator its
# service in `id-uslugi`; descriptions, when given, are in `opis` (areas, services) and
# `definicja` (indicators). The notes only say "`indicator-list`: measured 1,285 indicators,
# each with its dimension (ilość / jakość / dostępność / efektywność, plus context) and
# position": the dimension is taken from `wymiar`, the unit of measure from `jednostka`, the
# decimals from `precyzja` (as in the data rows) and the position from `pozycja`.
ENTRY_ID = "id"
ENTRY_NAME = "nazwa"
AREA_DESCRIPTION = "opis"
SERVICE_AREA = "id-obszaru"
SERVICE_DESCRIPTION = "opis"
INDICATOR_SERVICE = "id-uslugi"
INDICATOR_DIMENSION = "wymiar"
INDICATOR_UNIT = "jednostka"
INDICATOR_PRECISION = "precyzja"
INDICATOR_DEFINITION = "definicja"
INDICATOR_POSITION = "pozycja"

# --- answers -------------------------------------------------------------------------------
# measured: "**An indicator with no data for a year answers HTTP 404, not an empty list.**"
NO_DATA_STATUS = 404
# assumption: a rejected or missing key answers 401 or 403 (usual for GUS's APIs).
REJECTED_STATUSES = frozenset({401, 403})
# measured: "The 15-minute window is the one that bites: a client that waits 1 s between
# requests still gets HTTP 429."  Answers worth a retry: 429 and the server errors.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})

# --- links ---------------------------------------------------------------------------------
# assumption: "`indicator-flashcard`" (a path name seen in public code) with the common `id`
# parameter describes one indicator; it is the link our catalogue gives for a SMUP indicator.
INDICATOR_LINK = DEFAULT_BASE_URL + "indicator-flashcard?id={id}&lang=pl"

# --- areas ---------------------------------------------------------------------------------
# measured: "`areas-list`: measured 10 areas — the nine service areas plus "Finanse JST"".
# assumption: their names are those SMUP's site and the press use (smup-catalogue-notes.md §2:
# "edukacja, lokalna polityka społeczna, kultura i rekreacja, drogownictwo i transport, ochrona
# środowiska, gospodarowanie nieruchomościami, inwestycje i budownictwo, geodezja i
# kartografia, podatki i opłaty lokalne" and "Finanse JST"), compared case-insensitively.
# A SMUP area named here puts its services under our area; any other gets an area of its own.
AREA_IDS = {
    "edukacja": "edukacja",
    "lokalna polityka społeczna": "polityka-spoleczna",
    "kultura i rekreacja": "kultura",
    "drogownictwo i transport": "drogi-transport",
    "ochrona środowiska": "srodowisko",
    "gospodarowanie nieruchomościami": "nieruchomosci",
    "inwestycje i budownictwo": "inwestycje",
    "geodezja i kartografia": "geodezja",
    "podatki i opłaty lokalne": "podatki",
    "finanse jst": "finanse",
}

# --- dimensions ----------------------------------------------------------------------------
# measured (the values): "ilość / jakość / dostępność / efektywność, plus context".
# assumption: the texts start with these words (e.g. "efektywność kosztowa", "wskaźnik
# kontekstowy" also match); compared case-insensitively, the first match wins.
DIMENSIONS = (
    ("ilość", Dimension.QUANTITY),
    ("ilosc", Dimension.QUANTITY),
    ("jakość", Dimension.QUALITY),
    ("jakosc", Dimension.QUALITY),
    ("dostępność", Dimension.ACCESSIBILITY),
    ("dostepnosc", Dimension.ACCESSIBILITY),
    ("efektywność", Dimension.EFFICIENCY),
    ("efektywnosc", Dimension.EFFICIENCY),
    ("kontekst", Dimension.CONTEXT),
    ("wskaźnik kontekstowy", Dimension.CONTEXT),
    ("wskaznik kontekstowy", Dimension.CONTEXT),
)


# --- flags ---------------------------------------------------------------------------------
class FlagKind(StrEnum):
    """What a SMUP flag makes of a row."""

    VALUE = "value"  # the value as given
    ZERO = "zero"  # a true zero: value 0.0, status value
    NO_DATA = "no_data"
    CONFIDENTIAL = "confidential"
    NOT_APPLICABLE = "not_applicable"


FLAG_STATUS = {
    FlagKind.VALUE: Status.VALUE,
    FlagKind.ZERO: Status.VALUE,
    FlagKind.NO_DATA: Status.NO_DATA,
    FlagKind.CONFIDENTIAL: Status.CONFIDENTIAL,
    FlagKind.NOT_APPLICABLE: Status.NOT_APPLICABLE,
}

# measured: "Two matter most: "zjawisko nie wystąpiło" (the phenomenon did not occur: a true
# zero) and "brak informacji, konieczność zachowania tajemnicy statystycznej" (no information
# or statistical confidentiality: no value). In the one public client, flag 5 was treated as
# "no value"."  assumption: the other four use GUS's usual symbols' wording ("znaki umowne").
# A flag is recognised by how its description starts (case-insensitive), first rule first, so
# "brak informacji, konieczność zachowania tajemnicy…" is no data (it may be either, and we
# cannot tell which), while a description starting with "tajemnica…" is confidential.
# A description no rule matches stops the run: it must be added here.
FLAG_RULES = (
    ("zjawisko nie wystąpiło", FlagKind.ZERO),
    ("zjawisko istniało w wielkości mniejszej", FlagKind.VALUE),
    ("brak informacji", FlagKind.NO_DATA),
    ("zupełny brak informacji", FlagKind.NO_DATA),
    ("tajemnic", FlagKind.CONFIDENTIAL),
    ("dane nie mogą być opublikowane", FlagKind.CONFIDENTIAL),
    ("dane objęte tajemnicą", FlagKind.CONFIDENTIAL),
    ("wypełnienie pozycji jest niemożliwe", FlagKind.NOT_APPLICABLE),
    ("nie dotyczy", FlagKind.NOT_APPLICABLE),
    ("dane wstępne", FlagKind.VALUE),
    ("dane szacunkowe", FlagKind.VALUE),
)

# --- gmina / city split --------------------------------------------------------------------
# measured: "Several budget measures are split into two indicators: one for gminy without the
# 66 cities with powiat rights (2,477 rows) and one for those cities; a complete map needs
# both."  assumption: the two are told apart by the end of their names, e.g.
# "Dochody własne na 1 mieszkańca (gminy bez miast na prawach powiatu)" and
# "Dochody własne na 1 mieszkańca (miasta na prawach powiatu)": same service, the same name
# before the suffix (case-insensitive). The merged series is named after the gmina part.
_PART = r"\s*(?:\(|[-–—,:]\s*)\s*{words}\s*\)?\s*$"
GMINA_PART = re.compile(
    _PART.format(words=r"gminy\s+(?:bez|z\s+wyłączeniem)\s+miast\s+na\s+prawach\s+powiatu"),
    re.IGNORECASE,
)
CITY_PART = re.compile(
    _PART.format(words=r"miast[ao]?\s+na\s+prawach\s+powiatu"),
    re.IGNORECASE,
)

# --- our side ------------------------------------------------------------------------------
# The synced catalogue's fixed texts (the interface, specs/13-interface.md).
SOURCE = "GUS, SMUP"
SOURCE_EN = "Statistics Poland, SMUP"
NUMERATOR_LABEL = "wartość wskaźnika SMUP"
NUMERATOR_LABEL_EN = "SMUP indicator value"
DEFAULT_DECIMALS = 1  # when neither the indicator nor its rows give `precyzja`
MAX_DECIMALS = 6
NO_UNIT = "–"  # the catalogue needs a unit; shown when SMUP gives none


def indicator_id(smup_id: str) -> str:
    """Our catalogue id of a SMUP indicator (of a merged pair: its gmina part)."""
    return f"smup-{smup_id}"


def variable(smup_id: str) -> str:
    """Our component variable of a SMUP indicator (of a merged pair: its gmina part)."""
    return f"smup_{smup_id}"


def area_id(smup_id: str) -> str:
    return f"smup-obszar-{smup_id}"


def service_id(smup_id: str) -> str:
    return f"smup-usluga-{smup_id}"
