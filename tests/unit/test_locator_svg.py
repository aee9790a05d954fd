"""The locator map (components/svg.py): the units of a voivodeship are projected once and
shared by the locators of all of them; each locator is the drawing it always was."""

from __future__ import annotations

import math

from components.svg import INK, MUTED, level_shapes, locator_svg, region_paths


def drawn_alone(level: str, code: str, width: int = 260) -> str:
    """The locator drawn from the shapes alone, nothing shared (its first implementation)."""
    shapes = level_shapes(level)
    context = {
        c: rings for c, rings in shapes.items() if level == "wojewodztwo" or c[:2] == code[:2]
    }
    lons = [p[0] for rings in context.values() for ring in rings for p in ring]
    lats = [p[1] for rings in context.values() for ring in rings for p in ring]
    west, east, south, north = min(lons), max(lons), min(lats), max(lats)
    x_scale = math.cos(math.radians((south + north) / 2))
    scale = (width - 4) / max((east - west) * x_scale, 1e-9)
    height = int((north - south) * scale) + 4

    def path(rings: list) -> str:
        return "".join(
            "M"
            + "L".join(
                f"{(lon - west) * x_scale * scale + 2:.1f},{(north - lat) * scale + 2:.1f}"
                for lon, lat in ring
            )
            + "Z"
            for ring in rings
        )

    others = "".join(
        f'<path d="{path(r)}" fill="{MUTED}" stroke="#fff" stroke-width="0.5"/>'
        for c, r in context.items()
        if c != code
    )
    unit = f'<path d="{path(context[code])}" fill="{INK}" stroke="#000" stroke-width="0.8"/>'
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">{others}{unit}</svg>'
    )


def test_locators_are_drawn_as_before_from_shared_paths():
    region_paths.cache_clear()
    woj = sorted(level_shapes("wojewodztwo"))[0]
    gminy = [c for c in level_shapes("gmina") if c[:2] == woj][:3]
    powiaty = [c for c in level_shapes("powiat") if c[:2] == woj][:2]
    for level, codes in (("gmina", gminy), ("powiat", powiaty), ("wojewodztwo", [woj])):
        assert codes
        for code in codes:
            assert locator_svg(level, code) == drawn_alone(level, code)
    info = region_paths.cache_info()
    assert info.misses == 3  # one projection per level and region
    assert info.hits == len(gminy) + len(powiaty) - 2


def test_an_unknown_unit_has_no_locator():
    assert locator_svg("gmina", "9999999") is None
    assert locator_svg("kraj", "00") is None
