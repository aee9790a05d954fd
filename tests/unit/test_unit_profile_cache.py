"""The unit profile's model (``analysis/unit_profile.py``) is computed once per key and kept
in a bounded cache per dataset version (one repository per version)."""

from types import SimpleNamespace

import pytest

from analysis import unit_profile as up


class Repo:  # a dataset version: only its identity matters to the cache
    pass


@pytest.fixture
def builds(monkeypatch):
    made = []

    def build(repo, unit, group_state, year_from=None, year_to=None):
        made.append((unit.code, group_state, year_from, year_to))
        return SimpleNamespace(key=made[-1])

    monkeypatch.setattr(up, "build", build)
    return made


def unit(code):
    return SimpleNamespace(code=code)


def test_one_model_per_state(builds):
    repo = Repo()
    first = up.unit_profile(repo, unit("0201011"), "podobne", 15, {"ludnosc": 1.0})
    assert up.unit_profile(repo, unit("0201011"), "podobne", 15, {"ludnosc": 1.0}) is first
    assert len(builds) == 1
    others = [
        up.unit_profile(repo, unit("0201011"), "podobne", 15, {"ludnosc": 2.0}),
        up.unit_profile(repo, unit("0201011"), "sasiedzi", 15),
        up.unit_profile(repo, unit("0201011"), "podobne", 10, {"ludnosc": 1.0}),
        up.unit_profile(repo, unit("0201011"), "wlasna", 15, codes=("0201022",)),
        up.unit_profile(repo, unit("0201011"), "podobne", 15, {"ludnosc": 1.0}, (), 2018),
        up.unit_profile(repo, unit("0201022"), "podobne", 15, {"ludnosc": 1.0}),
    ]
    assert len(builds) == 7
    assert all(o is not first for o in others)


def test_a_new_dataset_version_gets_its_own_models(builds):
    old, new = Repo(), Repo()
    first = up.unit_profile(old, unit("0201011"))
    assert up.unit_profile(new, unit("0201011")) is not first
    assert len(builds) == 2


def test_the_cache_is_bounded(builds):
    repo = Repo()
    codes = [f"{n:07d}" for n in range(up.CACHE_SIZE + 5)]
    for code in codes:
        up.unit_profile(repo, unit(code))
    assert len(up._CACHES[repo]) == up.CACHE_SIZE
    up.unit_profile(repo, unit(codes[-1]))  # the newest is kept
    assert len(builds) == len(codes)
    up.unit_profile(repo, unit(codes[0]))  # the oldest was dropped: made again
    assert len(builds) == len(codes) + 1


def test_year_in_takes_the_latest_year_inside_open_bounds():
    assert up.year_in([2015, 2018, 2023], None, None) == 2023
    assert up.year_in([2015, 2018, 2023], None, 2020) == 2018
    assert up.year_in([2015, 2018, 2023], 2016, None) == 2023
    assert up.year_in([2015, 2018], 2019, 2024) is None
