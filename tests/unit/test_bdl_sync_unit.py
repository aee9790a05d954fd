"""``sync-bdl`` without the network: the catalogue's BDL ids planned once per variable, a
checkpoint never half written, the dry run's estimate of the requests (the fetching itself,
from a local replay of the BDL API: tests/integration/test_bdl_sync.py)."""

from __future__ import annotations

from dataclasses import replace

import polars as pl
import pytest

from data_access.catalogue import default_catalogue
from data_access.catalogue_model import RealSource
from ingest import bdl_sync


def catalogue_with(sources: dict[str, RealSource]):
    base = default_catalogue()
    return replace(
        base,
        indicators=tuple(
            replace(i, real_source=sources[i.id]) if i.id in sources else i for i in base.indicators
        ),
    )


def per_capita_pair():
    """Two indicators sharing the denominator pop_total, one numerator the sum of two ids."""
    catalogue = default_catalogue()
    ratios = [i for i in catalogue.indicators if i.denominator == "pop_total"][:2]
    assert len(ratios) == 2
    return ratios


def test_plan_names_each_variable_once_with_the_ids_summed():
    first, second = per_capita_pair()
    catalogue = catalogue_with(
        {
            first.id: RealSource(bdl_numerator=("2", "3"), bdl_denominator=("72305",)),
            second.id: RealSource(bdl_numerator=("4",), bdl_denominator=("72305",)),
        }
    )
    plans, problems = bdl_sync.sync_plan(catalogue, [first.id, second.id])
    by_variable = {p.variable: p for p in plans}
    assert problems == []
    assert by_variable[first.numerator].bdl_ids == ("2", "3")
    assert by_variable["pop_total"].bdl_ids == ("72305",)
    assert set(by_variable["pop_total"].indicators) == {first.id, second.id}
    assert bdl_sync.bdl_ids(plans) == ["2", "3", "4", "72305"]


def test_a_variable_mapped_to_two_different_ids_is_reported_not_guessed():
    first, second = per_capita_pair()
    catalogue = catalogue_with(
        {
            first.id: RealSource(bdl_numerator=("2",), bdl_denominator=("72305",)),
            second.id: RealSource(bdl_numerator=("4",), bdl_denominator=("1",)),
        }
    )
    plans, problems = bdl_sync.sync_plan(catalogue, [first.id, second.id])
    assert "pop_total" not in {p.variable for p in plans}
    assert problems == ["pop_total: 1 | 72305"]


def test_the_checkpoint_is_never_half_written(tmp_path, monkeypatch):
    rows = pl.DataFrame(
        {"code": ["0201011"], "year": [2023], "value": [1.0]}, schema=bdl_sync.CHECKPOINT_SCHEMA
    )
    bdl_sync.write_checkpoint(tmp_path, "2", rows)

    def disk_full(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pl.DataFrame, "write_parquet", disk_full)
    with pytest.raises(OSError):
        bdl_sync.write_checkpoint(tmp_path, "2", rows.with_columns(pl.lit(9.0).alias("value")))
    assert bdl_sync.read_checkpoint(tmp_path, "2")["value"].to_list() == [1.0]


def test_dry_run_estimate_counts_pages_per_id():
    assert bdl_sync.requests_per_id() == 25  # 2,477 gminy in pages of 100
