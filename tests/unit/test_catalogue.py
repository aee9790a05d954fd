"""The indicator catalogue as the app loads it from ``catalogue/*.toml``: complete metadata,
valid references, coverage, demo flags. The loader's own checks: ``test_catalogue_files.py``."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pytest

from data_access.catalogue import all_areas, all_indicators, all_services, default_catalogue
from data_access.catalogue_model import LEVELS, Dimension, Polarity, Provenance

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DEMO_VARIABLE = re.compile(r"^demo_[a-z0-9]+(_[a-z0-9]+)*$")
#: Real component variables that demonstration indicators may use.
REAL_COMPONENTS = {"pop_total", "pop_pre", "pop_work", "pop_post", "area_km2", "own_revenue"}
CONTEXT_AREA = "kontekst"
#: Areas where all four monitoring dimensions must appear (finance has no "accessibility").
AREAS = all_areas()
SERVICE_AREAS = {a.id for a in AREAS} - {CONTEXT_AREA, "finanse"}
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
DEMO_CAVEAT = default_catalogue().demo.caveat

INDICATORS = all_indicators()
SERVICES = all_services()
DEMO_INDICATORS = [i for i in INDICATORS if i.provenance == Provenance.DEMO]
REAL_INDICATORS = [i for i in INDICATORS if i.provenance == Provenance.REAL]
# Services measured only by demonstration indicators, and those with real data.
REAL_SERVICES = [s for s in SERVICES if s.id in {i.service_id for i in REAL_INDICATORS}]
DEMO_SERVICES = [s for s in SERVICES if s not in REAL_SERVICES]


def _ids(items) -> list[str]:
    return [i.id for i in items]


@pytest.mark.parametrize("indicator", INDICATORS, ids=_ids(INDICATORS))
def test_indicator_metadata_complete(indicator):
    for field in (
        "id",
        "name",
        "name_en",
        "unit",
        "definition",
        "source",
        "numerator",
        "numerator_label",
    ):
        value = getattr(indicator, field)
        assert isinstance(value, str) and value.strip(), f"{indicator.id}: empty {field}"
    assert (indicator.denominator is None) == (indicator.denominator_label is None), (
        f"{indicator.id}: denominator label must be given iff there is a denominator"
    )
    if indicator.denominator is not None:
        assert indicator.denominator.strip() and indicator.denominator_label.strip()
    assert isinstance(indicator.dimension, Dimension)
    assert isinstance(indicator.polarity, Polarity)
    assert isinstance(indicator.provenance, Provenance)
    assert indicator.multiplier > 0
    assert indicator.decimals >= 0
    assert indicator.levels and set(indicator.levels) <= set(LEVELS)
    assert indicator.formula


def test_indicator_ids_unique_and_slugs():
    counts = Counter(_ids(INDICATORS))
    assert not [i for i, n in counts.items() if n > 1], "duplicate indicator ids"
    assert all(SLUG.match(i) for i in counts), [i for i in counts if not SLUG.match(i)]


def test_service_and_area_ids_unique_and_slugs():
    for items in (AREAS, SERVICES):
        ids = _ids(items)
        assert len(ids) == len(set(ids))
        assert all(SLUG.match(i) for i in ids)


def test_references_resolve():
    areas = {a.id for a in AREAS}
    services = {s.id for s in SERVICES}
    assert all(s.area_id in areas for s in SERVICES)
    assert all(i.service_id in services for i in INDICATORS)


def test_every_area_has_three_services_and_every_service_an_indicator():
    per_area = Counter(s.area_id for s in SERVICES)
    assert {a.id: per_area[a.id] for a in AREAS if per_area[a.id] < 3} == {}
    with_indicators = {i.service_id for i in INDICATORS}
    assert [s.id for s in SERVICES if s.id not in with_indicators] == []


def test_service_areas_cover_the_four_dimensions():
    area_of = {s.id: s.area_id for s in SERVICES}
    dims: dict[str, set[Dimension]] = defaultdict(set)
    for i in INDICATORS:
        dims[area_of[i.service_id]].add(i.dimension)
    monitoring = {
        Dimension.QUANTITY,
        Dimension.QUALITY,
        Dimension.ACCESSIBILITY,
        Dimension.EFFICIENCY,
    }
    missing = {a: monitoring - dims[a] for a in SERVICE_AREAS if monitoring - dims[a]}
    assert missing == {}


def test_demo_services_measured_in_several_dimensions():
    area_of = {s.id: s.area_id for s in SERVICES}
    dims: dict[str, set[Dimension]] = defaultdict(set)
    for i in INDICATORS:
        dims[i.service_id].add(i.dimension)
    for service in DEMO_SERVICES:
        if service.area_id == CONTEXT_AREA:
            assert dims[service.id] == {Dimension.CONTEXT}
        else:
            assert Dimension.CONTEXT not in dims[service.id], service.id
            assert len(dims[service.id]) >= 2, service.id
    # Real tax services get demo indicators for the dimensions their real data lack.
    for service in REAL_SERVICES:
        if service.area_id == "podatki" and service.id != "karta-podatkowa":
            assert len(dims[service.id]) == 4, service.id
    assert all(
        area_of[i.service_id] != CONTEXT_AREA or i.dimension == Dimension.CONTEXT
        for i in DEMO_INDICATORS
    )


def test_demo_indicators_flagged_and_captioned():
    assert 70 <= len(DEMO_INDICATORS) <= 115
    for i in DEMO_INDICATORS:
        assert i.provenance == Provenance.DEMO, i.id
        assert i.caveats.startswith(DEMO_CAVEAT), i.id
        assert i.source.startswith("Dane demonstracyjne (wygenerowane)"), i.id
    for i in REAL_INDICATORS:
        assert i.provenance == Provenance.REAL, i.id
        assert not i.caveats.startswith(DEMO_CAVEAT), i.id


def test_demo_indicator_components_are_demo_or_allowed_real():
    for i in DEMO_INDICATORS:
        for variable in (i.numerator, i.denominator):
            if variable is None:
                continue
            assert DEMO_VARIABLE.match(variable) or variable in REAL_COMPONENTS, (
                f"{i.id}: unknown component {variable}"
            )
    real_numerators = {i.numerator for i in REAL_INDICATORS}
    assert not {v for v in real_numerators if DEMO_VARIABLE.match(v)}


def test_demo_texts_are_polish_and_english():
    # Polish names and definitions use diacritics somewhere; English names are ASCII-ish.
    assert any(POLISH_LETTERS & set(i.name) for i in DEMO_INDICATORS)
    for item in (*DEMO_INDICATORS, *DEMO_SERVICES):
        assert item.name != item.name_en, item.id
        assert not POLISH_LETTERS & set(item.name_en), item.id


def test_ratio_indicators_have_distinct_parts():
    for i in INDICATORS:
        assert i.numerator != i.denominator, i.id


def test_formula_mentions_labels():
    i = next(i for i in INDICATORS if i.id == "biblioteki-czytelnicy-na-1000")
    assert i.formula == f"({i.numerator_label}) / ({i.denominator_label}) × 1000"
