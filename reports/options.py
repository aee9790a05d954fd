"""Report options in the query string: ``obszary`` (areas), ``od``/``do`` (years),
``wskazniki`` (``kluczowe``: the key indicators of each service, the default, or
``wszystkie``) and the comparison group (``grupa``, ``k``, ``wagi``, ``jednostki``, parsed
as on the profile).

Invalid values fall back to the defaults and leave a Polish note that the report shows. Only
values that differ from the defaults are written back, so ``/raport/0201011`` is the default.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from components.comparison import ComparisonState, parse_state, state_query
from i18n import t
from security import untrusted

CONTEXT_AREA = "kontekst"
MAX_PARAM = 500
SCOPES = ("kluczowe", "wszystkie")  # key indicators of each service, or all of them


@dataclass(frozen=True)
class ReportOptions:
    """What a report covers. ``areas`` empty means every area."""

    areas: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    group: ComparisonState = field(default_factory=ComparisonState)
    scope: str = SCOPES[0]


def parse_areas(raw: str, known: list[str], notes: list[str]) -> tuple[str, ...]:
    """Area ids from ``edukacja,podatki`` in catalogue order; unknown ids are noted."""
    wanted = [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]
    unknown = [a for a in wanted if a not in known]
    if unknown:
        notes.append(t("reports.note.bad_areas", areas=", ".join(a[:40] for a in unknown[:5])))
    chosen = tuple(a for a in known if a in wanted)
    if wanted and not chosen:
        notes.append(t("reports.note.no_areas"))
    return chosen


def _year(raw: object) -> int | None:
    return untrusted.year(str(raw).strip())


def parse_years(
    raw_from: object, raw_to: object, available: tuple[int, int], notes: list[str]
) -> tuple[int | None, int | None]:
    """``od`` and ``do`` within the years the data cover; anything else → the full range."""
    low, high = available
    year_from = _year(raw_from) if raw_from not in (None, "") else low
    year_to = _year(raw_to) if raw_to not in (None, "") else high
    if (
        year_from is None
        or year_to is None
        or not low <= year_from <= high
        or not low <= year_to <= high
        or year_from > year_to
    ):
        notes.append(
            t(
                "reports.note.bad_years",
                od=str(raw_from or "")[:10],
                do=str(raw_to or "")[:10],
                low=low,
                high=high,
            )
        )
        return None, None
    return (
        None if year_from == low else year_from,
        None if year_to == high else year_to,
    )


def parse_options(
    query: dict, known_areas: list[str], available_years: tuple[int, int]
) -> tuple[ReportOptions, list[str]]:
    """Options from query parameters (strings), and Polish notes for what was ignored."""
    notes: list[str] = []
    areas = parse_areas(str(query.get("obszary") or "")[:MAX_PARAM], known_areas, notes)
    year_from, year_to = parse_years(query.get("od"), query.get("do"), available_years, notes)
    group_query = {k: str(v)[:MAX_PARAM] for k, v in query.items() if k != "obszary"}
    group, group_notes = parse_state(group_query)
    notes += group_notes
    scope = str(query.get("wskazniki") or SCOPES[0])[:MAX_PARAM]
    if scope not in SCOPES:
        notes.append(t("reports.note.bad_scope", value=scope[:40]))
        scope = SCOPES[0]
    return ReportOptions(areas, year_from, year_to, group, scope), notes


def options_query(options: ReportOptions) -> str:
    """``?obszary=...&od=...`` with only what differs from the defaults ("" if nothing)."""
    params: dict[str, str] = {}
    if options.areas:
        params["obszary"] = ",".join(options.areas)
    if options.year_from is not None:
        params["od"] = str(options.year_from)
    if options.year_to is not None:
        params["do"] = str(options.year_to)
    if options.scope != SCOPES[0]:
        params["wskazniki"] = options.scope
    query = urlencode(params, safe=",")
    group = state_query(options.group).lstrip("?")
    joined = "&".join(part for part in (query, group) if part)
    return f"?{joined}" if joined else ""


def cache_token(options: ReportOptions) -> str:
    """A canonical text of the options, for cache keys."""
    return options_query(options) or "-"
