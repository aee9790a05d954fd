"""Tests of geodata.build: pure functions on tiny synthetic shapes, plus the built real files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import brotli
import numpy as np
import polars as pl
import pytest
import shapely
import shapely.affinity
from shapely import GeometryCollection, LineString, MultiPolygon, Polygon, box

from geodata.build import (
    GENERATED_NOTE,
    build_geometry,
    canonical_gmina_codes,
    dissolve,
    dump_compact,
    ensure_valid,
    feature_collection,
    find_neighbours,
    load_crosswalk,
    neighbour_table,
    polygonal_part,
    round_coordinates,
    round_coverage,
    simplify_coverage,
    voivodeship_name,
)

ROOT = Path(__file__).resolve().parents[2]
ASSETS = ROOT / "assets" / "geo"

CROSSWALK_HEADER = (
    "teryt6,code_geo_2019,name_geo,code_2020_01_01,code_2022_01_01,"
    "code_2024_01_01,code_2026_gugik,name_latest\n"
)


# ---------------------------------------------------------------------------------------------
# Codes and names
# ---------------------------------------------------------------------------------------------


def test_load_crosswalk_keeps_leading_zeros(tmp_path: Path) -> None:
    path = tmp_path / "cw.csv"
    path.write_text(
        CROSSWALK_HEADER
        + "020101,0201011,Bolesławiec,0201011,0201011,0201011,0201011,Bolesławiec\n"
        + "100406,1004062,Piątek,1004063,1004063,1004063,1004063,Piątek\n"
        + "120713,,,,,,1207132,Szczawa\n",
        encoding="utf-8",
    )
    to_code, to_name = load_crosswalk(path)
    assert to_code["020101"] == "0201011"
    assert to_code["100406"] == "1004063"
    assert to_name["0201011"] == "Bolesławiec"
    assert to_name["1207132"] == "Szczawa"


def test_canonical_gmina_codes_maps_on_six_digit_prefix() -> None:
    crosswalk = {"020101": "0201011", "100406": "1004063"}
    assert canonical_gmina_codes(["0201011", "1004062"], crosswalk) == ["0201011", "1004063"]


def test_canonical_gmina_codes_rejects_unknown_prefix() -> None:
    with pytest.raises(KeyError, match="9999992"):
        canonical_gmina_codes(["9999992"], {"020101": "0201011"})


def test_voivodeship_name_is_lower_case_with_diacritics() -> None:
    assert voivodeship_name("DOLNOŚLĄSKIE") == "dolnośląskie"
    assert voivodeship_name("KUJAWSKO-POMORSKIE") == "kujawsko-pomorskie"


# ---------------------------------------------------------------------------------------------
# Neighbours
# ---------------------------------------------------------------------------------------------

#   D . C        D = [0,10]x[10,20]   C = [20,30]x[10,20]
#   A B .        A = [0,10]x[0,10]    B = [10,20]x[0,10]
# A-B and A-D share an edge; B-D and B-C only touch at a corner.
SQUARES = {
    "0201011": box(0, 0, 10, 10),  # A
    "0201022": box(10, 0, 20, 10),  # B
    "0202011": box(20, 10, 30, 20),  # C
    "0202022": box(0, 10, 10, 20),  # D
}


def test_shared_edge_makes_neighbours_corner_touch_does_not() -> None:
    pairs = find_neighbours(list(SQUARES.values()), list(SQUARES))
    assert set(pairs) == {
        ("0201011", "0201022"),
        ("0201022", "0201011"),
        ("0201011", "0202022"),
        ("0202022", "0201011"),
    }


def test_neighbours_symmetric_without_self_pairs_and_sorted() -> None:
    pairs = find_neighbours(list(SQUARES.values()), list(SQUARES))
    assert all(a != b for a, b in pairs)
    assert all((b, a) in pairs for a, b in pairs)
    assert pairs == sorted(pairs)


def test_neighbours_tolerate_a_tiny_gap_but_not_a_real_one() -> None:
    near = [box(0, 0, 10, 10), box(10.005, 0, 20, 10)]  # 5 mm gap < 1 cm tolerance
    far = [box(0, 0, 10, 10), box(10.5, 0, 20, 10)]
    assert find_neighbours(near, ["01", "02"]) == [("01", "02"), ("02", "01")]
    assert find_neighbours(far, ["01", "02"]) == []


def test_neighbour_table_columns_are_strings() -> None:
    table = neighbour_table("gmina", [("0201011", "0201022"), ("0201022", "0201011")])
    assert table.columns == ["level", "code", "neighbour_code"]
    assert all(dtype == pl.String for dtype in table.dtypes)
    assert table["code"].to_list() == ["0201011", "0201022"]
    assert neighbour_table("powiat", []).height == 0


# ---------------------------------------------------------------------------------------------
# Geometry
# ---------------------------------------------------------------------------------------------


def _wiggly_pair() -> list[Polygon]:
    """Two rectangles sharing a zig-zag border with small teeth (a valid coverage)."""
    xs = np.linspace(0, 10, 41)
    border = [(x, 5 + (0.02 if i % 2 else 0.0)) for i, x in enumerate(xs)]
    lower = Polygon([(0, 0), (10, 0), *border[::-1]])
    upper = Polygon([*border, (10, 10), (0, 10)])
    return [lower, upper]


def test_simplify_coverage_keeps_shared_border_shared() -> None:
    pair = _wiggly_pair()
    assert shapely.coverage_is_valid(pair)
    out = simplify_coverage(pair, tolerance=0.5)
    assert shapely.get_num_coordinates(out).sum() < shapely.get_num_coordinates(pair).sum()
    assert shapely.coverage_is_valid(out)
    assert shapely.is_valid(out).all()
    shared = shapely.intersection(out[0].boundary, out[1].boundary)
    assert shared.length == pytest.approx(10, rel=0.01)


def test_simplify_coverage_protects_small_polygons() -> None:
    # A small unit with a slight bump, cut into a big one whose outer top edge has a kink.
    small = Polygon([(4, 0), (6, 0), (6, 1), (5, 1.1), (4, 1)])
    big = Polygon(
        [(0, 0), (4, 0), (4, 1), (5, 1.1), (6, 1), (6, 0), (10, 0), (10, 10), (5, 10.02), (0, 10)]
    )
    assert shapely.coverage_is_valid([small, big])
    plain = simplify_coverage([small, big], tolerance=0.5)
    assert abs(plain[0].area / small.area - 1) > 0.03
    protected = simplify_coverage([small, big], tolerance=0.5, max_area_change=0.03)
    assert protected[0].equals(small)
    assert shapely.coverage_is_valid(protected)
    # The outer boundary is still simplified (thanks to the frame): the kink is gone.
    assert (5.0, 10.02) not in set(protected[1].exterior.coords)


def test_round_coordinates_rounds_and_keeps_shared_vertices() -> None:
    a = Polygon([(19.123456, 50.0), (19.5, 50.0), (19.5, 50.987654), (19.123456, 50.987654)])
    b = Polygon([(19.5, 50.0), (19.9, 50.0), (19.9, 50.987654), (19.5, 50.987654)])
    out = round_coordinates([a, b], 4)
    coords = shapely.get_coordinates(out[0])
    assert (19.1235, 50.9877) in {tuple(c) for c in coords.tolist()}
    assert np.allclose(coords, np.round(coords, 4))
    assert shapely.coverage_is_valid(out)


def test_round_coverage_avoids_bow_tie_and_keeps_coverage() -> None:
    # A thin spike (two vertices 2-4 m apart) that rounding to 4 decimals turns into a bow-tie.
    spike = [(0.50003841, 0.90001), (0.50005452, 0.90003502)]
    lower = Polygon([(0, 0), (1, 0), (1, 1), *spike, (0, 1)])
    upper = Polygon([(0, 1), *spike[::-1], (1, 1), (1, 2), (0, 2)])
    assert shapely.coverage_is_valid([lower, upper])
    assert not shapely.is_valid(round_coordinates([lower, upper], 4)).all()
    out = round_coverage([lower, upper], 4)
    assert shapely.is_valid(out).all()
    assert shapely.coverage_is_valid(out)


def test_polygonal_part_and_ensure_valid() -> None:
    mixed = GeometryCollection([box(0, 0, 1, 1), LineString([(2, 2), (3, 3)])])
    assert polygonal_part(mixed).equals(box(0, 0, 1, 1))
    bow_tie = Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
    fixed = ensure_valid([bow_tie, box(5, 5, 6, 6)])
    assert shapely.is_valid(fixed).all()
    assert isinstance(fixed[0], MultiPolygon)
    assert fixed[0].area == pytest.approx(2.0)
    assert fixed[1].equals(box(5, 5, 6, 6))


def test_dissolve_by_code_prefix() -> None:
    keys, merged = dissolve(list(SQUARES), list(SQUARES.values()), 4)
    assert keys == ["0201", "0202"]
    assert merged[0].equals(box(0, 0, 20, 10))
    assert merged[1].area == pytest.approx(200)
    keys, merged = dissolve(list(SQUARES), list(SQUARES.values()), 0)
    assert keys == [""]
    assert merged[0].area == pytest.approx(400)


def test_feature_collection_is_compact_with_string_ids() -> None:
    fc = feature_collection(["0201011"], ["Bolesławiec"], [box(15.5, 51.2, 15.6, 51.3)])
    assert fc["generated"] == GENERATED_NOTE
    feature = fc["features"][0]
    assert feature["id"] == "0201011"
    assert feature["properties"] == {"code": "0201011", "name": "Bolesławiec"}
    text = dump_compact(fc).decode("utf-8")
    assert ", " not in text.replace(GENERATED_NOTE, "")
    assert '":' in text and '": ' not in text
    assert "Bolesławiec" in text  # not \\u-escaped
    assert json.loads(text)["features"][0]["id"] == "0201011"


def _write_fc(path: Path, units: dict[str, tuple[str, Polygon]]) -> None:
    features = [
        {
            "type": "Feature",
            "properties": {"terc": code, "name": name},
            "geometry": g.__geo_interface__,
        }
        for code, (name, g) in units.items()
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")


def test_build_geometry_end_to_end(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "geo").mkdir(parents=True)
    (raw / "teryt").mkdir()
    g = {code: shapely.affinity.translate(geom, 15, 50) for code, geom in SQUARES.items()}
    _, (woj,) = dissolve(list(g), list(g.values()), 2)
    _, (pow1, pow2) = dissolve(list(g), list(g.values()), 4)
    _write_fc(raw / "geo" / "poland.voivodeships.json", {"02": ("DOLNOŚLĄSKIE", woj)})
    _write_fc(
        raw / "geo" / "poland.counties.json",
        {"0201": ("bolesławiecki", pow1), "0202": ("dzierżoniowski", pow2)},
    )
    _write_fc(raw / "geo" / "poland.municipalities.json", {c: ("x", geom) for c, geom in g.items()})
    (raw / "teryt" / "gmina_code_crosswalk.csv").write_text(
        CROSSWALK_HEADER
        + "".join(f"{c[:6]},{c},x,{c},{c},{c},{c},Gmina {c}\n" for c in g)
        + "020299,,,,,,0202993,Nowa\n",  # a gmina without a polygon: no feature
        encoding="utf-8",
    )
    sizes = build_geometry(raw, tmp_path / "assets", tmp_path / "built")
    assert set(sizes) == {
        "wojewodztwa.geojson",
        "powiaty.geojson",
        "gminy.geojson",
        "polska.geojson",
        "neighbours.parquet",
    }
    gminy = json.loads((tmp_path / "assets" / "gminy.geojson").read_text("utf-8"))
    assert [f["id"] for f in gminy["features"]] == sorted(SQUARES)
    # the compressed twins the app serves (static_files.py), written beside each file
    raw_gminy = (tmp_path / "assets" / "gminy.geojson").read_bytes()
    assert brotli.decompress((tmp_path / "assets" / "gminy.geojson.br").read_bytes()) == raw_gminy
    assert gzip.decompress((tmp_path / "assets" / "gminy.geojson.gz").read_bytes()) == raw_gminy
    assert sizes["gminy.geojson"]["brotli_bytes"] < sizes["gminy.geojson"]["bytes"]
    assert gminy["features"][0]["properties"] == {"code": "0201011", "name": "Gmina 0201011"}
    woj = json.loads((tmp_path / "assets" / "wojewodztwa.geojson").read_text("utf-8"))
    assert woj["features"][0]["properties"] == {"code": "02", "name": "dolnośląskie"}
    assert shapely.geometry.shape(woj["features"][0]["geometry"]).area == pytest.approx(400)
    nb = pl.read_parquet(tmp_path / "built" / "neighbours.parquet")
    gmina_pairs = set(nb.filter(pl.col("level") == "gmina").select("code", "neighbour_code").rows())
    assert gmina_pairs == set(find_neighbours(list(SQUARES.values()), list(SQUARES)))
    assert set(nb.filter(pl.col("level") == "powiat").rows()) == {
        ("powiat", "0201", "0202"),
        ("powiat", "0202", "0201"),
    }


# ---------------------------------------------------------------------------------------------
# The real build output
# ---------------------------------------------------------------------------------------------

LEVEL_FILES = {"wojewodztwa": 16, "powiaty": 380, "gminy": 2477}


@pytest.fixture(scope="module")
def built() -> dict[str, dict]:
    paths = {level: ASSETS / f"{level}.geojson" for level in [*LEVEL_FILES, "polska"]}
    if not all(p.exists() for p in paths.values()):
        pytest.skip("geometry not built (run python -m geodata.build)")
    return {level: json.loads(p.read_text(encoding="utf-8")) for level, p in paths.items()}


def test_built_feature_counts_ids_and_validity(built: dict[str, dict]) -> None:
    for level, count in LEVEL_FILES.items():
        fc = built[level]
        assert fc["generated"] == GENERATED_NOTE
        ids = [f["id"] for f in fc["features"]]
        assert len(ids) == count, level
        assert len(set(ids)) == count, level
        assert all(f["properties"]["code"] == f["id"] for f in fc["features"])
        assert {len(i) for i in ids} == {{"wojewodztwa": 2, "powiaty": 4, "gminy": 7}[level]}
        geoms = [shapely.geometry.shape(f["geometry"]) for f in fc["features"]]
        assert all(g.is_valid and not g.is_empty for g in geoms), level
        assert shapely.coverage_is_valid(geoms), level
    country = shapely.geometry.shape(built["polska"]["features"][0]["geometry"])
    assert country.is_valid


def test_built_hierarchy_and_canonical_codes(built: dict[str, dict]) -> None:
    powiaty = {f["id"] for f in built["powiaty"]["features"]}
    gminy = {f["id"]: f["properties"]["name"] for f in built["gminy"]["features"]}
    assert all(code[:4] in powiaty for code in gminy)
    assert gminy["0201011"] == "Bolesławiec"
    assert "1004063" in gminy and "1004062" not in gminy  # Piątek became miejsko-wiejska
    assert "1207132" not in gminy  # Szczawa (2025) has no polygon
    names = {f["properties"]["name"] for f in built["wojewodztwa"]["features"]}
    assert "dolnośląskie" in names and "śląskie" in names


def test_built_gminy_size(built: dict[str, dict]) -> None:
    assert (ASSETS / "gminy.geojson").stat().st_size <= 1500 * 1024
