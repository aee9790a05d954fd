"""The funnel of a view on a fake repository: denominators per level, the funnel around
Poland's value, the profile badge, statuses in words (the built dataset's version:
tests/integration/test_funnel_views.py)."""

from __future__ import annotations

from fake_repository import FakeRepository, component_rows, unit, units_frame, value_rows

from analysis.funnel_data import unit_status, view_funnel
from analysis.funnel_words import status_text
from components.funnel import badge_vs_poland

REVENUE = "dochody-wlasne-na-mieszkanca"  # own_revenue / pop_total, higher is better
YEAR = 2024
# Twelve gminy of two powiaty: populations from 2,000 to 240,000, revenues close to Poland's
# 3,000 zł (the smallest furthest off), and 0202011, the largest, far above.
POPULATION = {f"020{1 + i // 6}0{i % 6 + 1}1": 2000.0 * (i + 1) ** 2 for i in range(12)}
POPULATION["0202011"] = 240_000.0
REVENUE_OF = {
    code: 3000.0 + (300 if i % 2 else -300) * 4 / (i + 1) for i, code in enumerate(POPULATION)
}
REVENUE_OF["0202011"] = 4500.0


def fake() -> FakeRepository:
    units = units_frame(
        unit("00", "Polska"),
        unit("02", "dolnośląskie"),
        unit("0201", "bolesławiecki"),
        unit("0202", "dzierżoniowski"),
        *(unit(code, f"Gmina {code}") for code in POPULATION),
    )
    own_revenue = {code: REVENUE_OF[code] * POPULATION[code] for code in POPULATION}
    values = [
        *value_rows("ludnosc", YEAR, POPULATION),
        *value_rows(REVENUE, YEAR, {"00": 3000.0, **REVENUE_OF}),
    ]
    components = [
        *component_rows("pop_total", YEAR, POPULATION),
        *component_rows("own_revenue", YEAR, own_revenue),
    ]
    return FakeRepository(units, values, components)


def test_denominators_are_a_gminas_own_or_the_sum_of_its_gminy():
    repository = fake()
    gminy = repository.denominators(REVENUE, "gmina", YEAR)
    assert dict(gminy.iter_rows()) == POPULATION
    powiaty = dict(repository.denominators(REVENUE, "powiat", YEAR).iter_rows())
    assert powiaty == {
        "0201": sum(v for c, v in POPULATION.items() if c.startswith("0201")),
        "0202": sum(v for c, v in POPULATION.items() if c.startswith("0202")),
    }
    assert repository.denominators(REVENUE, "kraj", YEAR).is_empty()
    assert repository.denominators("ludnosc", "gmina", YEAR).is_empty()  # no denominator


def test_small_gminy_spread_wider_and_poland_is_the_target():
    funnel = view_funnel(fake(), REVENUE, "gmina", YEAR)
    assert funnel.target == 3000.0
    first, last = funnel.grid.row(0, named=True), funnel.grid.row(-1, named=True)
    assert first["high998"] - first["low998"] > 3 * (last["high998"] - last["low998"])
    statuses = dict(funnel.points.select("code", "funnel").iter_rows())
    assert statuses["0202011"] == "above"
    assert statuses["0201011"] == "within"  # 600 zł off, but among 2,000 residents


def test_profile_badge_against_poland():
    repository = fake()
    assert unit_status(repository, REVENUE, "0202011", "gmina", YEAR) == ("above", "real")
    badge = badge_vs_poland(repository, repository.indicator(REVENUE), "0202011", "gmina", YEAR)
    assert badge.children == "▲ istotnie powyżej wartości dla Polski (korzystnie)"
    population = repository.indicator("ludnosc")
    assert badge_vs_poland(repository, population, "0202011", "gmina", YEAR) is None
    assert unit_status(repository, REVENUE, "9999999", "gmina", YEAR) == (None, None)


def test_status_words_follow_polarity_and_mark_demonstration_values():
    repository = FakeRepository(units_frame(), [])
    neutral = repository.indicator("podatek-nieruchomosci-na-mieszkanca")
    directed = repository.indicator(REVENUE)
    assert status_text(neutral, "above") == "istotnie powyżej"
    assert status_text(directed, "above") == "istotnie powyżej (korzystnie)"
    lower_better = repository.indicator("bezrobocie-udzial")
    assert status_text(lower_better, "above") == "istotnie powyżej (niekorzystnie)"
    assert status_text(neutral, "within", demo=True) == "w granicach (dane demonstracyjne)"
