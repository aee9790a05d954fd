"""The units of a ``/porownaj`` comparison: the codes of its ``jst`` parameter resolved, their
labels and the indicators of an area they share a level with (the page, its embed and a
dashboard's snapshot of it)."""

from __future__ import annotations

from data_access import peers
from data_access.catalogue_model import Area, Indicator
from data_access.repository import Repository, Unit
from i18n import localized_kind, t

MAX_UNITS = 10
MAX_PARAM = 1000


def resolve_units(
    repo: Repository, text: str, limit: int = MAX_UNITS
) -> tuple[list[Unit], list[str]]:
    """Units for a list of codes (current or former), at most ``limit``, and Polish
    messages for what was ignored (unknown codes, duplicates, too many)."""
    requested = peers.parse_codes(text[:MAX_PARAM])
    units: list[Unit] = []
    unknown: list[str] = []
    for code in requested:
        unit = repo.unit(code)
        if unit is None:
            unknown.append(code[:20])
        elif all(u.code != unit.code for u in units):
            units.append(unit)
    messages = []
    if unknown:
        messages.append(t("compare.unknown", codes=", ".join(unknown)))
    if len(units) > limit:
        messages.append(t("compare.too_many", max=limit, count=len(units)))
        units = units[:limit]
    return units, messages


def unit_label(unit: Unit) -> str:
    """Name with the kind, so that units with the same name are told apart."""
    return f"{unit.name} ({localized_kind(unit.kind)})"


def area_indicators(repo: Repository, area: Area, units: list[Unit]) -> list[Indicator]:
    levels = {u.level for u in units}
    return [
        i
        for s in repo.services_of(area.id)
        for i in repo.indicators_of(s.id)
        if levels & set(i.levels)
    ]
