"""The levels of local government, as the URLs, the catalogue and the dataset spell them."""

from __future__ import annotations

from enum import StrEnum


class Level(StrEnum):
    """A level of government (a ``str``: ``Level.GMINA == "gmina"``), smallest first."""

    GMINA = "gmina"
    POWIAT = "powiat"
    WOJEWODZTWO = "wojewodztwo"
    KRAJ = "kraj"


# The levels of local government: what ``/analiza`` maps, smallest first (its level switch,
# an indicator card's levels).
UNIT_LEVELS: tuple[Level, ...] = (Level.GMINA, Level.POWIAT, Level.WOJEWODZTWO)
# Every level, largest first: the order of the catalogue and of the API's documents.
ALL_LEVELS: tuple[Level, ...] = (Level.KRAJ, Level.WOJEWODZTWO, Level.POWIAT, Level.GMINA)
# The geometry file (``assets/geo/<name>.geojson``) of each mapped level.
GEOMETRY_FILES: dict[Level, str] = {
    Level.WOJEWODZTWO: "wojewodztwa",
    Level.POWIAT: "powiaty",
    Level.GMINA: "gminy",
}
# A unit of these levels lies in a powiat and a voivodeship (Poland has no parent).
WITH_PARENTS: tuple[Level, ...] = (Level.GMINA, Level.POWIAT)
# Levels that can contain the units of a view: voivodeships and powiaty.
TERRITORY_LEVELS: tuple[Level, ...] = (Level.WOJEWODZTWO, Level.POWIAT)


def available(levels: object) -> list[Level]:
    """The local-government levels among ``levels`` (any iterable of level names), smallest
    first."""
    given = set(levels)
    return [level for level in UNIT_LEVELS if level in given]


def contains(outer: str | None, inner: str) -> bool:
    """Whether a unit of level ``outer`` can contain units of level ``inner``: a voivodeship
    contains powiaty and gminy, a powiat gminy."""
    return (inner == Level.GMINA and outer in TERRITORY_LEVELS) or (
        inner == Level.POWIAT and outer == Level.WOJEWODZTWO
    )
