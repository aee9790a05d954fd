"""A BDL API data frame (the real responses of tests/fixtures/bdl_api/) written as a
website-style CSV and read back by the CSV importer against the built units."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from ingest.bdl_api import bdl_id_to_teryt, write_ctab
from ingest.bdl_csv import CodeBook, parse_export
from ingest.mapping import parse_mapping
from tests.unit.bdl_replay import DATA, UNITS


# --- API data through the CSV importer ----------------------------------------------------
def test_fetched_data_round_trip_through_the_csv_importer(tmp_path, repository):
    """A BDL API frame written as a website-style CSV passes the importer's validation."""
    gminy = [u for u in UNITS["list_units"] if u["level"] == 6]
    poland = DATA["get_data_by_variable"][0]["values"]
    frame = pl.DataFrame(
        [
            (bdl_id_to_teryt(u["id"]), u["name"], int(v["year"]), float(v["val"]))
            for u in gminy
            for v in poland[-3:]
        ],
        schema={"code": pl.String, "name": pl.String, "year": pl.Int32, "value": pl.Float64},
        orient="row",
    )
    path = write_ctab(frame, tmp_path / "api.csv", "zmienna 60270", "osoba")
    mapping = parse_mapping({"columns": [{"match": "zmienna 60270", "variable": "demo_births"}]})
    parsed = parse_export(path, mapping, CodeBook.from_units(repository.units))
    assert parsed.ok, [p.text() for p in parsed.errors]
    assert set(parsed.rows["code"]) == {"1201011", "1201022", "1201032", "1201042"}
    assert parsed.rows["value"].max() == max(float(v["val"]) for v in poland[-3:])
    assert (
        Path(path).read_text(encoding="utf-8").startswith('Kod;Nazwa;"zmienna 60270;2022;[osoba]"')
    )
