"""The neighbours geodata.build wrote into the built dataset (its pure functions on tiny
synthetic shapes, and the geometry files: tests/unit/test_geodata.py)."""

from __future__ import annotations

import csv
from pathlib import Path

import polars as pl
import pytest

from geodata.build import load_crosswalk

ROOT = Path(__file__).resolve().parents[2]
BUILT = ROOT / "data" / "built"
CROSSWALK = ROOT / "data" / "raw" / "teryt" / "gmina_code_crosswalk.csv"


def test_built_neighbours() -> None:
    path = BUILT / "neighbours.parquet"
    if not path.exists():
        pytest.skip("neighbours not built (run python -m geodata.build)")
    nb = pl.read_parquet(path)
    assert nb.columns == ["level", "code", "neighbour_code"]
    assert set(nb["level"].unique()) == {"wojewodztwo", "powiat", "gmina"}
    assert nb.filter(pl.col("code") == pl.col("neighbour_code")).height == 0
    pairs = set(nb.select("level", "code", "neighbour_code").iter_rows())
    assert all((lvl, b, a) in pairs for lvl, a, b in pairs)
    to_code, _ = load_crosswalk(CROSSWALK)
    with CROSSWALK.open(encoding="utf-8", newline="") as fh:
        name_to_code = {row["name_latest"]: row["code_2026_gugik"] for row in csv.DictReader(fh)}
    marki, zabki = name_to_code["Marki"], name_to_code["Ząbki"]
    warsaw = set(
        nb.filter((pl.col("level") == "gmina") & (pl.col("code") == "1465011"))[
            "neighbour_code"
        ].to_list()
    )
    assert marki in warsaw or zabki in warsaw
    assert set(to_code.values()) >= set(nb.filter(pl.col("level") == "gmina")["code"])
    # Mazowieckie (14) borders 6 voivodeships.
    woj = nb.filter((pl.col("level") == "wojewodztwo") & (pl.col("code") == "14"))
    assert woj.height == 6
