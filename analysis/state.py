"""The view state of ``/analiza`` and its URL form.

The URL holds only what differs from the defaults; units by TERYT code. Renamed parameters
are migrated so old links keep working. Parsing never fails: unknown or malformed values fall
back to defaults and are reported as notes for the user.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from enum import StrEnum
from urllib.parse import parse_qsl

from core import teryt, urls
from core.levels import TERRITORY_LEVELS, UNIT_LEVELS, available, contains
from i18n import t
from security import untrusted

DEFAULT_INDICATOR = "dochody-wlasne-na-mieszkanca"
DEFAULT_LEVEL = "gmina"
LEVELS = UNIT_LEVELS
# Map classes: equal counts, equal widths, equal widths of the logarithm, equal widths between
# the 1st and 99th percentiles (see ``core.classify``); or the funnel plot's
# significance: below / within / above the 99.8 % limits (``analysis.funnel``).
SIGNIFICANCE = "istotnosc"
CLASS_METHODS = ("kwantyle", "rowne", "logarytmiczne", "przyciete", SIGNIFICANCE)
# Restrict the view to the comparison group of the first selected unit ("" = no restriction).
GROUPS = ("", "sasiedzi", "podobne", "administracyjna")
# The chart beside the map: the time series or the scatter against a second indicator.
CHARTS = ("szereg", "rozrzut", "lejek")
# The scatter's second indicator (its x axis) when the link names none: context for most.
DEFAULT_X = "ludnosc"
# Logarithmic axes of the scatter: none, x, y or both.
LOG_AXES = ("", "x", "y", "xy")
MAX_SELECTED = 12
MAX_QUERY_LENGTH = 2000

# Old parameter name → current one. Append, never remove: shared links live for years.
PARAMETER_MIGRATIONS: dict[str, str] = {
    "indicator": "wskaznik",
    "level": "poziom",
    "year": "rok",
    "units": "jst",
    "territory": "teren",
    "classes": "klasy",
}


@dataclass(frozen=True)
class ViewState:
    wskaznik: str = DEFAULT_INDICATOR
    poziom: str = DEFAULT_LEVEL
    rok: int | None = None  # None = the latest year with data for the indicator
    teren: str = ""  # "" = Poland; else a voivodeship (2 digits) or powiat (4 digits) code
    jst: tuple[str, ...] = field(default_factory=tuple)
    klasy: str = "kwantyle"
    grupa: str = ""
    wykres: str = "szereg"
    x: str = DEFAULT_X
    log: str = ""

    def to_dict(self) -> dict:
        data = asdict(self)
        data["jst"] = list(self.jst)
        return data


@dataclass(frozen=True)
class Catalogue:
    """What the parser needs to know to validate a state."""

    indicators: frozenset[str]
    years: dict[str, tuple[int, ...]]  # indicator → years with data
    levels: dict[str, tuple[str, ...]]  # indicator → levels it is available at
    unit_levels: dict[str, str]  # code → level, for units and territories


def migrate(params: dict[str, str]) -> dict[str, str]:
    """Rename old parameters; a current name wins over its old alias."""
    migrated = {}
    for key, value in params.items():
        migrated.setdefault(PARAMETER_MIGRATIONS.get(key, key), value)
    for key, value in params.items():
        if key not in PARAMETER_MIGRATIONS:
            migrated[key] = value
    return migrated


def parse_state(params: dict[str, str], catalogue: Catalogue) -> tuple[ViewState, list[str]]:
    """A valid state from URL parameters, and notes (in the current language) on what was
    ignored."""
    params = migrate({k: str(v)[:MAX_QUERY_LENGTH] for k, v in params.items()})
    notes: list[str] = []
    indicator = params.get("wskaznik", DEFAULT_INDICATOR)
    if indicator not in catalogue.indicators:
        notes.append(t("analiza.note.indicator", value=indicator[:60]))
        indicator = DEFAULT_INDICATOR
    levels = available(catalogue.levels.get(indicator, LEVELS))
    level = params.get("poziom", DEFAULT_LEVEL)
    if level not in levels:
        if "poziom" in params:
            notes.append(t("analiza.note.level", value=level[:30]))
        level = levels[0]
    years = catalogue.years.get(indicator, ())
    year = None
    if "rok" in params:
        raw = params["rok"]
        if untrusted.year(raw) in years:
            year = int(raw)
        else:
            notes.append(t("analiza.note.year", value=raw[:10]))
    territory = params.get("teren", "")
    if territory and (
        catalogue.unit_levels.get(territory) not in TERRITORY_LEVELS
        or not territory_fits(territory, level, catalogue)
    ):
        notes.append(t("analiza.note.territory", value=territory[:20]))
        territory = ""
    codes = teryt.parse_codes(params.get("jst", ""))
    units = [code for code in codes.codes if catalogue.unit_levels.get(code) == level]
    unknown = [part[:12] for part in codes.parts if part not in units]
    if unknown:
        notes.append(t("analiza.note.codes", codes=", ".join(unknown[:5])))
    if len(units) > MAX_SELECTED:
        notes.append(t("analiza.note.too_many", max=MAX_SELECTED))
        units = units[:MAX_SELECTED]
    classes = params.get("klasy", "kwantyle")
    if classes not in CLASS_METHODS:
        classes = "kwantyle"
    group = params.get("grupa", "")
    if group not in GROUPS:
        notes.append(t("analiza.note.group", value=group[:20]))
        group = ""
    chart = params.get("wykres", "szereg")
    if chart not in CHARTS:
        notes.append(t("analiza.note.chart", value=chart[:20]))
        chart = "szereg"
    x = params.get("x", DEFAULT_X)
    if x not in catalogue.indicators or level not in catalogue.levels.get(x, ()):
        notes.append(t("analiza.note.x", value=x[:60]))
        x = DEFAULT_X
    log = params.get("log", "")
    log = log if log in LOG_AXES else ""
    state = ViewState(
        indicator, level, year, territory, tuple(units), classes, group, chart, x, log
    )
    return state, notes


def store_params(data: object) -> dict[str, str]:
    """A stored state (``ViewState.to_dict``) as URL parameters. The browser sends the store
    back with every change and can send anything, so it goes through the URL's parser; values
    of the wrong type are left out (their defaults apply)."""
    if not isinstance(data, dict):
        return {}
    params = {}
    for name in ViewState.__dataclass_fields__:
        value = data.get(name)
        if isinstance(value, list) and all(isinstance(code, str) for code in value):
            params[name] = ",".join(value)
        elif isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool)):
            params[name] = str(value)
    return params


def state_from_store(data: object, catalogue: Catalogue) -> ViewState:
    """The valid state closest to a stored one (unknown values fall back to defaults)."""
    return parse_state(store_params(data), catalogue)[0]


def territory_fits(territory: str, level: str, catalogue: Catalogue) -> bool:
    """A territory must be larger than the units shown: a voivodeship for powiaty, a
    voivodeship or powiat for gminy; none for voivodeships."""
    return contains(catalogue.unit_levels.get(territory), level)


def to_params(state: ViewState) -> dict[str, str]:
    """The URL parameters of a state: only what differs from the defaults."""
    default = ViewState()
    params = {}
    if state.wskaznik != default.wskaznik:
        params["wskaznik"] = state.wskaznik
    if state.poziom != default.poziom:
        params["poziom"] = state.poziom
    if state.rok is not None:
        params["rok"] = str(state.rok)
    if state.teren:
        params["teren"] = state.teren
    if state.jst:
        params["jst"] = ",".join(state.jst)
    if state.klasy != default.klasy:
        params["klasy"] = state.klasy
    if state.grupa:
        params["grupa"] = state.grupa
    for name in ("wykres", "x", "log"):
        if getattr(state, name) != getattr(default, name):
            params[name] = getattr(state, name)
    return params


def to_query(state: ViewState) -> str:
    """The URL query of a state: only what differs from the defaults (``""`` if nothing)."""
    return urls.query_string(to_params(state))


def analysis_href(state: ViewState) -> str:
    """The link that opens ``/analiza`` on a state."""
    return urls.analiza(to_params(state))


def query_params(search: str | None) -> dict[str, str]:
    """``"?a=1&b=2"`` → ``{"a": "1", "b": "2"}`` (last value wins)."""
    return dict(parse_qsl((search or "").lstrip("?")[:MAX_QUERY_LENGTH]))


def toggle_unit(state: ViewState, code: str) -> ViewState:
    """Select a unit, or unselect it if it is selected (at most ``MAX_SELECTED``)."""
    if code in state.jst:
        return replace(state, jst=tuple(c for c in state.jst if c != code))
    return replace(state, jst=(*state.jst, code)[-MAX_SELECTED:])


class ActionKind(StrEnum):
    """What a user did to the view (the page maps its controls to these)."""

    INDICATOR = "indicator"  # picked an indicator (from the list, the search or an area)
    LEVEL = "level"
    TERRITORY = "territory"
    GROUP = "group"  # the comparison group
    CLASSES = "classes"  # the map's class method
    YEAR = "year"
    NEXT_YEAR = "next_year"  # one step of the year play
    MAP_CLICK = "map_click"  # a unit clicked on the map: selects or unselects it
    SELECTION = "selection"  # the rows selected in the table
    CLEAR = "clear"  # the selection cleared
    CHART = "chart"  # the chart beside the map
    X = "x"  # the scatter's second indicator
    LOG = "log"  # the scatter's logarithmic axes
    SCATTER_CLICK = "scatter_click"  # a point of the scatter clicked


@dataclass(frozen=True)
class Action:
    """One user action and its value as the browser sent it (anything: the change checks)."""

    kind: ActionKind
    value: object = None
