"""Where values come from: import and sync records → per-year source and date, summaries per
source, the dataset's history (versions, imports.log, last syncs), the words for dates,
durations and years, and every value export (the /analiza downloads, the API's JSON and CSV)
carrying each row's source and the date of the import or sync that brought it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from datetime import date

import polars as pl
import pytest
from flask import Flask

from data_access.catalogue import default_catalogue
from data_access.history import last_syncs, read_log, version_history, version_id_parts
from data_access.provenance import (
    ValueSources,
    import_coverage,
    latest_records,
    source_summaries,
)
from i18n import format_date, format_duration, format_years

TAX = "podatek-nieruchomosci-na-mieszkanca"  # tax_property / pop_total, real, 2010–2019


def record(variable: str, source: str, when: str, years, kind: str | None = None) -> dict:
    found = {"variable": variable, "source": source, "imported_at": when, "years": list(years)}
    return found | ({"kind": kind} if kind else {"source_file": "x.csv", "sha256": "ab"})


RECORDS = [
    record("tax_property", "GUS BDL, eksport CSV", "2026-03-01T12:00:00", range(2016, 2020)),
    record("tax_property", "GUS, BDL", "2026-12-04T12:05:00", [2019], "sync"),
    record("pop_total", "GUS, SMUP", "2026-12-05T08:00:00", [2019], "sync"),
    record("smup_101", "GUS, SMUP", "2026-12-05T08:00:00", [2022, 2023], "sync"),
]


def tax_indicator():
    return next(i for i in default_catalogue().indicators if i.id == TAX)


# --- records → sources per year -----------------------------------------------------------
def test_a_later_record_replaces_only_the_years_it_brought():
    latest = latest_records(RECORDS)
    assert latest[("tax_property", 2018)]["source"] == "GUS BDL, eksport CSV"
    assert latest[("tax_property", 2019)]["source"] == "GUS, BDL"


def test_coverage_names_numerator_and_denominator_sources_and_the_latest_date():
    coverage = import_coverage(tax_indicator(), RECORDS)
    assert coverage.rows() == [
        (2016, "GUS BDL, eksport CSV", date(2026, 3, 1)),
        (2017, "GUS BDL, eksport CSV", date(2026, 3, 1)),
        (2018, "GUS BDL, eksport CSV", date(2026, 3, 1)),
        (2019, "GUS, BDL; GUS, SMUP", date(2026, 12, 5)),
    ]
    assert import_coverage(tax_indicator(), []).is_empty()


def test_rows_of_years_no_import_brought_keep_the_catalogue_source():
    sources = ValueSources(import_coverage(tax_indicator(), RECORDS[:1]), "GUS, katalog")
    rows = pl.DataFrame(
        {"code": ["0201011", "0201022", "0201011"], "year": [2019, 2015, 2016]},
        schema={"code": pl.String, "year": pl.Int16},
    )
    labelled = sources.label(rows)
    assert labelled["code"].to_list() == rows["code"].to_list()  # order kept
    assert labelled["source"].to_list() == [
        "GUS BDL, eksport CSV",
        "GUS, katalog",
        "GUS BDL, eksport CSV",
    ]
    assert labelled["imported_at"].to_list() == [date(2026, 3, 1), None, date(2026, 3, 1)]
    assert sources.imports() == [
        ("GUS BDL, eksport CSV", date(2026, 3, 1), (2016, 2017, 2018, 2019))
    ]


def test_summaries_count_variables_indicators_years_and_date_per_source():
    catalogue = default_catalogue()
    summaries = {(s.source, s.kind): s for s in source_summaries(catalogue.indicators, RECORDS)}
    assert list(summaries) == [
        ("GUS BDL, eksport CSV", "import"),
        ("GUS, BDL", "sync"),
        ("GUS, SMUP", "sync"),
    ]
    fed_by_tax = sum(i.numerator == "tax_property" for i in catalogue.indicators)
    assert summaries[("GUS, BDL", "sync")].indicators == fed_by_tax
    smup = summaries[("GUS, SMUP", "sync")]
    assert (smup.variables, smup.years, smup.imported_at) == (
        2,
        (2019, 2022, 2023),
        date(2026, 12, 5),
    )
    fed_by_population = sum(
        "pop_total" in (i.numerator, i.denominator) for i in catalogue.indicators
    )
    assert smup.indicators == fed_by_population  # smup_101 feeds none of our own


# --- the history of a dataset -------------------------------------------------------------
@dataclass(frozen=True)
class Version:
    id: str
    current: bool = False


LOG = [
    {"action": "import", "time": "2026-03-01T12:00:00", "version": "20260301T120000-import",
     "source_file": "/tmp/x/fina.csv", "indicators": ["a", "b"]},
    {"action": "sync", "source": "GUS, SMUP", "time": "2026-12-04T12:05:00",
     "version": "20261204T120500-sync", "indicators": ["c"], "details": {"requests": 5}},
    {"action": "restore", "time": "2026-12-05T09:00:00", "version": "20260301T120000-import"},
    {"action": "sync", "source": "GUS, SMUP", "time": "2026-12-06T10:00:00",
     "version": "20261206T100000-sync", "indicators": ["c", "d"]},
    {"action": "sync", "source": "GUS, BDL", "time": "2026-12-05T10:00:00",
     "version": "20261205T100000-sync", "indicators": []},
]  # fmt: skip


def test_versions_newest_first_with_what_made_them_and_their_last_restore():
    found = [
        Version("20260101T080000-build"),
        Version("20260301T120000-import", current=True),
        Version("20261204T120500-sync"),
        Version("hand-made"),
    ]
    history = version_history(found, LOG)
    assert [v.id for v in history] == [
        "hand-made",
        "20261204T120500-sync",
        "20260301T120000-import",
        "20260101T080000-build",
    ]
    by_id = {v.id: v for v in history}
    build = by_id["20260101T080000-build"]  # adopted: no log line, the id says it
    assert (build.action, build.time, build.source) == ("build", dt.datetime(2026, 1, 1, 8), "")
    imported = by_id["20260301T120000-import"]
    assert (imported.action, imported.source, imported.indicators) == ("import", "fina.csv", 2)
    assert imported.current and imported.restored == dt.datetime(2026, 12, 5, 9)
    synced = by_id["20261204T120500-sync"]
    assert (synced.action, synced.source, synced.restored) == ("sync", "GUS, SMUP", None)
    assert (by_id["hand-made"].action, by_id["hand-made"].time) == ("", None)


def test_version_ids_give_their_time_and_action():
    assert version_id_parts("20260301T120000-import-2") == (dt.datetime(2026, 3, 1, 12), "import")
    assert version_id_parts("20260301T120000-other") == (dt.datetime(2026, 3, 1, 12), "")
    assert version_id_parts("nonsense") == (None, "")


def test_the_last_sync_of_each_source_most_recent_first():
    syncs = last_syncs(LOG)
    assert [(s["source"], s["version"]) for s in syncs] == [
        ("GUS, SMUP", "20261206T100000-sync"),
        ("GUS, BDL", "20261205T100000-sync"),
    ]


def test_the_log_skips_what_it_cannot_read(tmp_path):
    assert read_log(tmp_path) == []
    lines = [json.dumps(LOG[0]), "", "{broken", json.dumps([1]), json.dumps({"action": "x"})]
    (tmp_path / "imports.log").write_text("\n".join(lines), encoding="utf-8")
    assert read_log(tmp_path) == [LOG[0]]


# --- words --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("language", "day", "when", "long", "short"),
    [
        ("pl", "4 grudnia 2026", "4 lutego 2026, 09:05", "1 h 2 min", "3 min 20 s"),
        ("en", "4 December 2026", "4 February 2026, 09:05", "1 h 2 min", "3 min 20 s"),
    ],
)
def test_dates_and_durations_in_words(language, day, when, long, short):
    with Flask(__name__).test_request_context(f"/?lang={language}"):
        assert format_date(date(2026, 12, 4)) == day
        assert format_date(dt.datetime(2026, 2, 4, 9, 5)) == when
        assert format_duration(3725) == long and format_duration(200) == short
        assert format_duration(44.6) == "45 s"
        assert format_duration(36000).startswith("10 h")


def test_years_as_ranges():
    assert format_years([2016, 2010, 2011, 2012, 2014, 2013]) == "2010–2014, 2016"
    assert format_years([2019]) == "2019" and format_years([]) == ""
