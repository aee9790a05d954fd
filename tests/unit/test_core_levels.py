"""The levels of government (``core.levels``): no dataset needed."""

from __future__ import annotations

import json
from pathlib import Path

from core.levels import (
    ALL_LEVELS,
    GEOMETRY_FILES,
    UNIT_LEVELS,
    Level,
    available,
    contains,
)

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "geo"


def test_levels_are_the_strings_urls_use():
    assert Level.GMINA == "gmina" and f"{Level.WOJEWODZTWO}" == "wojewodztwo"
    assert json.dumps({"poziom": Level.POWIAT}) == '{"poziom": "powiat"}'
    assert UNIT_LEVELS == ("gmina", "powiat", "wojewodztwo")
    assert ALL_LEVELS == ("kraj", "wojewodztwo", "powiat", "gmina")


def test_every_mapped_level_has_its_geometry_file():
    assert set(GEOMETRY_FILES) == set(UNIT_LEVELS)
    for name in GEOMETRY_FILES.values():
        assert (ASSETS / f"{name}.geojson").exists()


def test_available_keeps_the_order_of_unit_levels():
    assert available(("wojewodztwo", "kraj", "gmina")) == ["gmina", "wojewodztwo"]
    assert available(()) == []


def test_a_territory_contains_only_smaller_levels():
    assert contains("wojewodztwo", "gmina") and contains("powiat", "gmina")
    assert contains("wojewodztwo", "powiat")
    assert not contains("powiat", "powiat") and not contains("gmina", "gmina")
    assert not contains("wojewodztwo", "wojewodztwo") and not contains(None, "gmina")
    assert not contains("kraj", "gmina")
