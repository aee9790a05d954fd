"""Synced data (SMUP's and BDL's APIs) entering the dataset: the synced catalogue merged with
ours, published indicators taken level by level (never summed), a sync switched in atomically
or not at all, kept by ``build-data``, and picked up by the running app."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest
from app_fixtures import synced_catalogue

from config import settings
from data_access import repository as repository_module
from data_access.build import COMPONENT_SCHEMA, compute_values
from data_access.catalogue import (
    SYNCED_FILE,
    CatalogueError,
    default_catalogue,
    extend_catalogue,
)
from data_access.catalogue_model import Aggregation, Provenance, RealSource, Status
from data_access.repository import Repository
from ingest import apply, versions
from ingest.synced import SyncedData, apply_sync

pytestmark = pytest.mark.usefixtures("repository")

NOW = dt.datetime(2026, 12, 4, 9, 30, 0)
# Bolesławiec (town), its powiat, Dolnośląskie; Kraków as a gmina and as a city-powiat
GMINA, POWIAT, WOJ, KRAKOW, KRAKOW_POWIAT = "0201011", "0201", "02", "1261011", "1261"


def smup_rows(rows: list[tuple[str, int, float | None, str]], variable="smup_101") -> pl.DataFrame:
    return pl.DataFrame(
        [(code, variable, year, value, status) for code, year, value, status in rows],
        schema=COMPONENT_SCHEMA,
        orient="row",
    )


def test_synced_entries_join_our_catalogue_under_our_area():
    base = default_catalogue()
    merged = extend_catalogue(base, synced_catalogue())
    assert len(merged.indicators) == len(base.indicators) + 1
    added = merged.indicators[-1]
    assert added.aggregation == Aggregation.PUBLISHED
    assert added.provenance == Provenance.REAL
    assert next(s for s in merged.services if s.id == "smup-usluga-7").area_id == "kultura"
    assert merged.files["smup-101"] == SYNCED_FILE


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"service": "nie-ma-takiej"}, "unknown service"),
        (
            {
                "denominator": "pop_total",
                "denominator_label": "ludność",
                "denominator_label_en": "population",
            },
            "published",
        ),
        ({"id": "biblioteki-ksiegozbior-na-1000"}, "duplicate id"),
        ({"aggregation": "srednia"}, "aggregation"),
    ],
)
def test_a_bad_synced_entry_is_refused_with_its_key(change, message):
    with pytest.raises(CatalogueError, match=message):
        extend_catalogue(default_catalogue(), synced_catalogue(**change))


def test_a_link_turns_our_demonstration_indicator_into_smup_values_only_with_data():
    base = default_catalogue()
    demo = next(i for i in base.indicators if i.provenance == Provenance.DEMO)
    real = next(i for i in base.indicators if i.provenance == Provenance.REAL)
    with_smup = replace(
        base,
        indicators=tuple(
            replace(i, real_source=RealSource(smup=("55",))) if i in (demo, real) else i
            for i in base.indicators
        ),
    )
    links = [
        {"indicator": demo.id, "smup": ["55"], "variable": "smup_55"},
        {"indicator": real.id, "smup": ["55"], "variable": "smup_55"},
    ]
    merged = extend_catalogue(with_smup, {"links": links})
    linked = next(i for i in merged.indicators if i.id == demo.id)
    assert (linked.numerator, linked.denominator) == ("smup_55", None)
    assert linked.aggregation == Aggregation.PUBLISHED
    assert linked.provenance == Provenance.REAL and "demo" not in linked.tags
    assert base.demo.caveat not in linked.caveats
    ours = {i.id: i for i in with_smup.indicators}
    assert next(i for i in merged.indicators if i.id == real.id) == ours[real.id]  # kept
    unlinked = extend_catalogue(with_smup, {"links": [{"indicator": demo.id, "smup": ["55"]}]})
    assert next(i for i in unlinked.indicators if i.id == demo.id) == ours[demo.id]


def test_published_values_are_taken_at_each_level_and_never_summed():
    indicator = extend_catalogue(default_catalogue(), synced_catalogue()).indicators[-1]
    units = pl.read_parquet(settings.built_dir / "units.parquet")
    rows = smup_rows(
        [
            (GMINA, 2023, 10.0, Status.VALUE.value),
            (POWIAT, 2023, 7.5, Status.VALUE.value),
            (WOJ, 2023, 6.0, Status.VALUE.value),
            (KRAKOW, 2023, None, Status.CONFIDENTIAL.value),
            (KRAKOW_POWIAT, 2023, 0.0, Status.VALUE.value),
        ]
    ).with_columns(pl.lit("real").alias("provenance"))
    values = compute_values(rows, units, (indicator,))
    by_code = {r["code"]: r for r in values.iter_rows(named=True)}
    assert by_code[GMINA]["value"] == 10.0
    assert by_code[POWIAT]["value"] == 7.5  # as published, not the sum of its gminy
    assert by_code[WOJ]["value"] == 6.0
    assert by_code[KRAKOW]["status"] == Status.CONFIDENTIAL.value
    assert by_code[KRAKOW]["value"] is None
    assert by_code[KRAKOW_POWIAT]["quality"] == "zero"
    assert "00" not in by_code  # Poland is not a level of this indicator
    assert by_code[GMINA]["rank"] == 1 and by_code[GMINA]["rank_of"] == 1


def a_sync(rows=None) -> SyncedData:
    rows = rows or [
        (GMINA, 2022, 11.0, Status.VALUE.value),
        (GMINA, 2023, 12.5, Status.VALUE.value),
        (POWIAT, 2023, 9.0, Status.VALUE.value),
        (WOJ, 2023, 8.0, Status.NO_DATA.value),
    ]
    return SyncedData("GUS, SMUP", smup_rows(rows), synced_catalogue(), {"requests": 3})


def test_a_sync_becomes_the_current_version_with_its_catalogue_and_records(data_dir):
    outcome = apply_sync(data_dir, a_sync(), NOW)
    built = data_dir / "built"
    assert versions.current_version(data_dir) == outcome.version
    assert outcome.indicators == ("smup-101",)
    repo = Repository(built)
    indicator = repo.indicator("smup-101")
    assert indicator is not None and indicator.aggregation == Aggregation.PUBLISHED
    # the sync's note is the whole source (not "GUS, SMUP; GUS, SMUP (…)"), in both languages
    assert indicator.source == "GUS, SMUP (API, pobrano 2026-12-04)"
    assert indicator.source_en == "GUS, SMUP (API, fetched 2026-12-04)"
    values = repo.indicator_values("smup-101")
    gmina = values.filter(pl.col("code") == GMINA, pl.col("year") == 2023).row(0, named=True)
    assert (gmina["value"], gmina["provenance"], gmina["quality"]) == (12.5, "real", "real")
    woj = values.filter(pl.col("code") == WOJ, pl.col("year") == 2023).row(0, named=True)
    assert woj["status"] == Status.NO_DATA.value
    records = json.loads((built / "imports.json").read_text("utf-8"))
    assert records[-1] | {"version": None} == {
        "kind": "sync",
        "variable": "smup_101",
        "source": "GUS, SMUP",
        "imported_at": "2026-12-04T09:30:00",
        "years": [2022, 2023],
        "rows": 4,
        "version": None,
        "note": "GUS, SMUP (API, pobrano 2026-12-04)",
        "note_en": "GUS, SMUP (API, fetched 2026-12-04)",
    }
    log = [json.loads(line) for line in (data_dir / "imports.log").read_text().splitlines()]
    assert log[-1]["action"] == "sync" and log[-1]["details"] == {"requests": 3}
    # the other indicators are untouched
    before = Repository(settings.built_dir).indicator_values("ludnosc-gestosc")
    assert repo.indicator_values("ludnosc-gestosc").equals(before)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("9999999", 2023, 1.0, "value")], "nieznanych jednostek"),
        ([(GMINA, 2023, None, "value")], "nie są liczbami"),
        ([(GMINA, 2023, float("nan"), "value")], "nie są liczbami"),
        ([(GMINA, 2023, 1.0, "szacunek")], "nieznane statusy"),
        ([(GMINA, 2023, 1.0, "value"), (GMINA, 2023, 2.0, "value")], "dwa razy"),
    ],
)
def test_a_bad_sync_switches_nothing(data_dir, rows, message):
    versions.adopt_plain_build(data_dir, NOW)
    current = versions.current_version(data_dir)
    listed = [v.id for v in versions.list_versions(data_dir)]
    with pytest.raises(versions.VersionError, match=message):
        apply_sync(data_dir, a_sync(rows), NOW + dt.timedelta(hours=1))
    assert versions.current_version(data_dir) == current
    assert [v.id for v in versions.list_versions(data_dir)] == listed
    assert not [p for p in (data_dir / "versions").iterdir() if p.name.startswith(".tmp")]


def test_a_broken_synced_catalogue_switches_nothing(data_dir):
    broken = replace(a_sync(), catalogue=synced_catalogue(service="nie-ma-takiej"))
    with pytest.raises(versions.VersionError, match="Katalog z synchronizacji"):
        apply_sync(data_dir, broken, NOW)
    # the plain build became the first version, unchanged; no sync version was made
    assert [v.id.endswith("-build") for v in versions.list_versions(data_dir)] == [True]
    assert Repository(data_dir / "built").indicator("smup-101") is None


def test_build_data_keeps_synced_values(data_dir):
    apply_sync(data_dir, a_sync(), NOW)

    def copy_build(folder: Path) -> None:  # stands for the build from the shipped files
        for path in settings.built_dir.iterdir():
            if path.is_file() and path.name not in ("imports.json", SYNCED_FILE):
                shutil.copy2(path, folder / path.name)
            elif path.is_dir():
                shutil.copytree(path, folder / path.name, copy_function=os.link)

    apply.rebuild_version(data_dir, copy_build, NOW + dt.timedelta(days=1))
    repo = Repository(data_dir / "built")
    values = repo.indicator_values("smup-101").filter(pl.col("code") == GMINA)
    assert values.filter(pl.col("year") == 2023)["value"].to_list() == [12.5]
    assert [r["variable"] for r in repo.imports()] == ["smup_101"]


def test_the_running_app_picks_up_a_switched_version(data_dir, monkeypatch):
    monkeypatch.setattr(settings.__class__, "built_dir", property(lambda s: data_dir / "built"))
    monkeypatch.setattr(repository_module, "_REPOSITORY", None)
    before = repository_module.get_repository()
    assert before.indicator("smup-101") is None
    apply_sync(data_dir, a_sync(), NOW)
    after = repository_module.get_repository()
    assert after is not before and after.indicator("smup-101") is not None
    assert repository_module.get_repository() is after  # opened once per version


def test_a_published_indicator_says_its_values_are_not_summed():
    from data_access.catalogue_en import english_formula

    indicator = extend_catalogue(default_catalogue(), synced_catalogue()).indicators[-1]
    assert indicator.formula == (
        "wartość wskaźnika SMUP (dla każdej jednostki, bez sumowania gmin)"
    )
    assert english_formula(indicator) == (
        "SMUP indicator value (for each unit as published, gminy not summed)"
    )
