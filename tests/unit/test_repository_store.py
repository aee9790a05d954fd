"""The repository over a tiny built dataset with its own catalogue: every query reads slices
of the values store and answers what a filter of the whole frame would."""

from __future__ import annotations

import polars as pl
import pytest

from data_access.build import stored_values
from data_access.catalogue import Catalogue, default_catalogue
from data_access.catalogue_model import (
    Area,
    Dimension,
    Indicator,
    Polarity,
    Provenance,
    Service,
)
from data_access.repository import Repository
from data_access.store import write_values

UNITS = pl.DataFrame(
    {
        "code": ["00", "02", "0201", "0201011", "0201022"],
        "name": ["Polska", "dolnośląskie", "bolesławiecki", "Bolesławiec", "Bolesławiec"],
        "level": ["kraj", "wojewodztwo", "powiat", "gmina", "gmina"],
        "kind": ["kraj", "województwo", "powiat", "gmina miejska", "gmina wiejska"],
        "gmina_type": [None, None, None, "miejska", "wiejska"],
        "former_codes": [[], [], [], [], ["0201021"]],
        "powiat_code": [None, None, "0201", "0201", "0201"],
        "woj_code": [None, "02", "02", "02", "02"],
        "is_city_county": [False] * 5,
        "search_key": ["polska", "dolnoslaskie", "boleslawiecki", "boleslawiec", "boleslawiec"],
    }
)


def indicator(id_: str, polarity: Polarity = Polarity.HIGHER_BETTER) -> Indicator:
    return Indicator(
        id=id_,
        service_id="usluga",
        name=f"Wskaźnik {id_}",
        name_en=f"Indicator {id_}",
        dimension=Dimension.QUANTITY,
        unit="zł",
        numerator="a",
        numerator_label="a",
        denominator=None,
        denominator_label=None,
        multiplier=1.0,
        polarity=polarity,
        source="test",
        provenance=Provenance.DEMO,
        definition="d",
        levels=("gmina", "powiat"),
        tags=("demo",),
    )


CATALOGUE = Catalogue(
    areas=(Area("obszar", "Obszar", "Area", "opis"),),
    services=(Service("usluga", "obszar", "Usługa", "Service", "opis"),),
    indicators=(indicator("ludnosc"), indicator("koszt", Polarity.LOWER_BETTER)),
    demo=default_catalogue().demo,
)


def values() -> pl.DataFrame:
    """``ludnosc`` 2022–2024 and ``koszt`` 2023–2024 for every unit; 0201022 has no
    ``koszt`` in 2024."""
    rows = []
    for code, level in UNITS.select("code", "level").iter_rows():
        for indicator_id, years in (("ludnosc", (2022, 2023, 2024)), ("koszt", (2023, 2024))):
            for year in years:
                value = float(len(code) * 1000 + year)
                status = "value"
                if (indicator_id, code, year) == ("koszt", "0201022", 2024):
                    value, status = None, "no_data"
                rows.append((indicator_id, code, level, year, value, status, "demo", "demo", 1, 1))
    schema = ["indicator", "code", "level", "year", "value", "status", "provenance", "quality"]
    schema.append("rank")
    frame = pl.DataFrame(rows, schema=[*schema, "rank_of"], orient="row")
    return stored_values(frame)


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Repository:
    built = tmp_path_factory.mktemp("built")
    UNITS.write_parquet(built / "units.parquet")
    write_values([values()], built)
    return Repository(built, CATALOGUE)


def test_catalogue_is_the_one_given(repo):
    assert [i.id for i in repo.indicators] == ["ludnosc", "koszt"]
    assert [i.id for i in repo.indicators_of("usluga")] == ["ludnosc", "koszt"]
    assert repo.services_of("obszar")[0].id == "usluga" and repo.area("obszar").name == "Obszar"


def test_indicator_values_and_unit_values_match_filters(repo):
    whole = values()
    assert repo.indicator_values("koszt").equals(whole.filter(pl.col("indicator") == "koszt"))
    got = repo.unit_values(["0201022", "02"]).sort("code", "indicator", "year")
    expected = (
        whole.filter(pl.col("code").is_in(["0201022", "02"]))
        .with_columns(pl.col("indicator").cast(pl.String))
        .sort("code", "indicator", "year")
    )
    assert got.equals(expected)


def test_years_come_from_values_only(repo):
    assert repo.years("koszt") == [2023, 2024]
    assert repo.years("unknown") == []
    assert repo.latest_years() == {"ludnosc": 2024, "koszt": 2024}
    assert repo.indicator_years() == {"ludnosc": (2022, 2023, 2024), "koszt": (2023, 2024)}


def test_population_is_the_latest_ludnosc_value(repo):
    assert repo.population("0201011") == 7000.0 + 2024


def test_find_values_filters_one_indicator(repo):
    rows = repo.find_values("koszt", level="gmina", years=(2024, 2024), parent="0201")
    assert rows["code"].to_list() == ["0201011", "0201022"]
    assert rows["status"].cast(pl.String).to_list() == ["value", "no_data"]
    assert rows["name"].to_list() == ["Bolesławiec", "Bolesławiec"]
    assert repo.find_values("koszt", codes=["0201021"]).height == 0  # former codes: resolve first
    assert repo.find_values("unknown").height == 0


def test_distribution_names_the_units(repo):
    rows = repo.distribution("ludnosc", "gmina", 2023)
    assert rows.sort("code")["kind"].to_list() == ["gmina miejska", "gmina wiejska"]


def test_profile_reads_the_unit_and_its_parents(repo):
    profile = repo.profile(repo.unit("0201022")).sort("indicator")
    assert profile["indicator"].to_list() == ["koszt", "ludnosc"]
    koszt = profile.row(0, named=True)
    assert koszt["year"] == 2024 and koszt["value"] is None
    assert koszt["powiat_value"] == 4000.0 + 2024 and koszt["poland_value"] == 2000.0 + 2024
    assert profile.row(1, named=True)["series_years"] == [2022, 2023, 2024]


def test_latest_values_take_each_indicators_latest_year(repo):
    rows = repo.latest_values(["0201011"])
    assert rows.sort("indicator")["year"].to_list() == [2024, 2024]
