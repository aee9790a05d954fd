"""Comparison groups and diagnosis: pure functions on tiny frames, then the real dataset."""

from __future__ import annotations

import re

import numpy as np
import polars as pl
import pytest

from components.peer_text import explanation_text, group_label, group_notes
from data_access import diagnosis, peers
from i18n import t

KEYS = peers.VARIABLE_KEYS


def matrix(rows: dict[str, list[float | None]]) -> pl.DataFrame:
    """A context matrix like ``peers.context_matrix`` returns (years all 2019)."""
    data: dict[str, list] = {"code": list(rows)}
    for j, key in enumerate(KEYS):
        data[key] = [values[j] for values in rows.values()]
        data[f"{key}__year"] = [2019 if values[j] is not None else None for values in rows.values()]
    return pl.DataFrame(data, schema_overrides={k: pl.Float64 for k in KEYS})


# population, density, young %, old %, dependency, own revenue per head
SMALL = {
    "0201011": [36_000, 1600, 16.0, 27.0, 47.0, 4900],
    "0201022": [15_000, 50, 20.0, 18.0, 30.0, 3700],
    "0202011": [30_000, 1200, 17.0, 25.0, 44.0, 3300],
    "0203011": [38_000, 1500, 16.5, 26.0, 45.0, 6500],
    "1465011": [1_800_000, 3500, 17.5, 24.0, 40.0, 9000],
    "2002162": [None, None, None, None, None, None],  # a new gmina: no context at all
}


@pytest.fixture
def context() -> peers.ContextData:
    return peers.build_context(matrix(SMALL), "gmina")


def test_context_matrix_takes_each_variables_latest_year():
    values = pl.DataFrame(
        {
            "indicator": ["ludnosc", "ludnosc", "gestosc-zaludnienia", "ludnosc"],
            "code": ["0201011", "0201011", "0201011", "0201022"],
            "year": [2019, 2024, 2019, 2024],
            "value": [38_000.0, 36_000.0, 1600.0, None],
            "status": ["value", "value", "value", "no_data"],
        }
    )
    frame = peers.context_matrix(values, ["0201022", "0201011"])
    assert frame["code"].to_list() == ["0201011", "0201022"]
    first = frame.row(0, named=True)
    assert first["ludnosc"] == 36_000 and first["ludnosc__year"] == 2024
    assert first["gestosc"] == 1600 and first["gestosc__year"] == 2019
    assert frame.row(1, named=True)["ludnosc"] is None


def test_missing_context_is_imputed_with_the_level_median(context):
    i = context.row("2002162")
    assert context.imputed[i].all()
    known = np.array([v[0] for c, v in SMALL.items() if v[0] is not None], dtype=float)
    assert context.filled[i, 0] == np.median(known)
    assert not context.imputed[context.row("0201011")].any()


def test_zscores_have_zero_mean_unit_spread_and_survive_constant_columns():
    x = np.array([[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]])
    z = peers.zscores(x)
    assert np.allclose(z[:, 0].mean(), 0) and np.allclose(z[:, 0].std(), 1)
    assert (z[:, 1] == 0).all()


def test_distance_matrix_is_exactly_symmetric_with_zero_diagonal(context):
    for weights in (None, {"dochody": 3.0, "ludnosc": 0.0}):
        d = peers.distance_matrix(context.z, peers.weight_vector(weights))
        assert (d == d.T).all()
        assert (np.diag(d) == 0).all()
        i = context.row("0201011")
        assert np.allclose(d[i], peers.distances_from(context.z, i, peers.weight_vector(weights)))


def test_similar_units_are_deterministic_and_exclude_the_unit(context):
    first = peers.similar_units(context, "0201011", k=3)
    second = peers.similar_units(context, "0201011", k=3)
    assert first == second
    assert "0201011" not in first.members
    assert len(first.members) == 3
    assert first.members[0] == "0203011"  # nearly the same town


def test_ties_are_broken_by_code():
    twins = {
        "0201011": [10_000, 100, 18.0, 20.0, 30.0, 3000],
        "0603011": [20_000, 200, 19.0, 21.0, 31.0, 3500],
        "0203011": [20_000, 200, 19.0, 21.0, 31.0, 3500],  # identical to 0603011
        "0403011": [20_000, 200, 19.0, 21.0, 31.0, 3500],  # and to this one
    }
    context = peers.build_context(matrix(twins), "gmina")
    group = peers.similar_units(context, "0201011", k=2)
    assert group.members == ["0203011", "0403011"]
    everyone = peers.peers_for_all(context, k=2)
    assert [context.codes[j] for j in everyone[0]] == ["0203011", "0403011"]


def test_weights_change_the_result():
    complete = {code: row for code, row in SMALL.items() if row[0] is not None}
    context = peers.build_context(matrix(complete), "gmina")
    default = peers.similar_units(context, "0201011", k=1).members
    revenue_only = peers.similar_units(
        context, "0201011", k=1, weights=dict.fromkeys(KEYS, 0.0) | {"dochody": 1.0}
    ).members
    assert default == ["0203011"]
    assert revenue_only == ["0201022"]  # 3 700 zł is the closest to 4 900 zł


def test_all_zero_weights_fall_back_to_defaults():
    assert (peers.weight_vector(dict.fromkeys(KEYS, 0.0)) == 1).all()


def test_match_score_formula():
    assert peers.match_score(np.array([0.0, 1.0, 2.0, 5.0])).tolist() == [100, 50, 0, 0]


def test_explanation_names_the_right_variables():
    z_unit = np.zeros(6)
    z_peer = np.array([0.1, 0.05, 0.2, 1.5, 0.4, 0.9])
    explanation = peers.explain(
        z_unit,
        z_peer,
        np.ones(6),
        np.array([1, 1, 1, 20.0, 1, 4000]),
        np.array([1, 1, 1, 27.0, 1, 5000]),
    )
    assert explanation.similar == ("gestosc", "ludnosc", "mlodzi")
    assert explanation.different == ("seniorzy", "dochody")
    assert explanation.values == (("seniorzy", 27.0, 20.0), ("dochody", 5000.0, 4000.0))
    text = explanation_text(explanation)
    assert t("peers.var.gestosc") in text and t("peers.var.seniorzy") in text
    assert "27,0%" in text and "20,0%" in text


def test_explanation_ignores_variables_with_zero_weight():
    z_peer = np.array([0.0, 3.0, 0.0, 0.0, 0.0, 0.0])
    weights = np.array([1.0, 0.0, 1.0, 1.0, 1.0, 1.0])
    explanation = peers.explain(np.zeros(6), z_peer, weights)
    assert "gestosc" not in explanation.different and "gestosc" not in explanation.similar


def test_unit_without_context_still_gets_a_group_with_a_note(context):
    group = peers.similar_units(context, "2002162", k=3)
    assert len(group.members) == 3
    assert peers.reason("imputed", variables=peers.VARIABLE_KEYS, level="gmina") in group.notes
    assert any(t("peers.var.ludnosc") in note for note in group_notes(group))


def test_size_classes_are_lower_bound_inclusive():
    assert peers.size_class("gmina", False, 4_999) == "do 5 tys."
    assert peers.size_class("gmina", False, 5_000) == "5–10 tys."
    assert peers.size_class("gmina", True, 120_000) == "100–250 tys."
    assert peers.size_class("powiat", False, 70_000) == "60–100 tys."
    assert peers.size_class("gmina", False, None) is None


def units_frame() -> pl.DataFrame:
    rows = [
        # code, level, gmina_type, city, population
        ("0201011", "gmina", "1", False, 36_000.0),
        ("0202011", "gmina", "1", False, 30_000.0),
        ("0203011", "gmina", "1", False, 25_000.0),
        ("0204011", "gmina", "1", False, 21_000.0),
        ("0205011", "gmina", "1", False, 8_000.0),
        ("0201022", "gmina", "2", False, 15_000.0),
        ("0261011", "gmina", "1", True, 90_000.0),
        ("2002162", "gmina", "2", False, None),
    ]
    return pl.DataFrame(
        rows,
        schema=["code", "level", "gmina_type", "is_city_county", "population"],
        orient="row",
    )


def test_administrative_group_is_type_by_size_class():
    group = peers.administrative_group(units_frame(), "0201011")
    assert group.members == ["0202011", "0203011", "0204011"]
    assert group.label == peers.reason(
        "administracyjna", admin_type="miejska", size_class="20–50 tys."
    )
    assert group_label(group) == "gminy miejskie, 20–50 tys."


def test_administrative_group_without_population_gets_a_note():
    group = peers.administrative_group(units_frame(), "2002162")
    assert group.members == ["0201022"]  # class too small: every rural gmina
    assert [note.code for note in group.notes] == ["no_population", "small_class"]
    assert any("ludności" in note for note in group_notes(group))
    assert any("za mało" in note for note in group_notes(group))
    assert group_label(group) == "gminy wiejskie"


def test_neighbours_come_from_the_neighbour_list():
    neighbours = pl.DataFrame(
        {
            "level": ["gmina", "gmina", "powiat"],
            "code": ["0201011", "0201011", "0201"],
            "neighbour_code": ["0201033", "0201022", "0202"],
        }
    )
    group = peers.neighbour_group(neighbours, "0201011", "gmina")
    assert group.members == ["0201022", "0201033"]  # sorted by code
    assert peers.neighbour_group(neighbours, "0999011", "gmina").notes


def test_user_group_reports_unknown_codes_and_other_levels():
    known = {"0201022": "gmina", "02": "wojewodztwo", "0201011": "gmina"}
    group = peers.user_group(
        "0201011",
        "gmina",
        ["0201022", "9999999", "02", "0201011"],
        lambda c: c if c in known else None,
        known.get,
    )
    assert group.members == ["0201022"]
    assert peers.reason("unknown_codes", codes=("9999999",)) in group.notes
    assert any("9999999" in n for n in group_notes(group))
    assert any("02" in n and "szczebla" in n for n in group_notes(group))


# --- group statistics ------------------------------------------------------------------------
def values_frame(rows: list[tuple[str, str, float | None, str]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=["indicator", "code", "value", "status"], orient="row")


def test_rank_and_percentile_follow_polarity():
    rows = [
        (ind, code, value, "value")
        for ind in ("up", "down", "flat")
        for code, value in (("0201011", 10.0), ("a", 5.0), ("b", 20.0), ("c", 30.0), ("d", 1.0))
    ]
    stats = peers.group_statistics(
        values_frame(rows),
        "0201011",
        ["a", "b", "c", "d"],
        {"up": "wyzej_lepiej", "down": "nizej_lepiej", "flat": "neutralny"},
    )
    by = {r["indicator"]: r for r in stats.iter_rows(named=True)}
    assert (by["up"]["rank"], by["up"]["rank_of"], by["up"]["percentile"]) == (3, 5, 50.0)
    assert by["up"]["verdict"] == "worse"  # median of 1, 5, 20, 30 is 12.5
    assert (by["down"]["rank"], by["down"]["percentile"]) == (3, 50.0)
    assert by["down"]["verdict"] == "better"
    assert by["flat"]["verdict"] == "neutral" and by["flat"]["rank"] == 3


def test_not_applicable_members_are_never_counted():
    rows = [
        ("x", "0201011", 10.0, "value"),
        ("x", "a", 20.0, "value"),
        ("x", "b", None, "not_applicable"),
        ("x", "c", 0.0, "not_applicable"),
    ]
    stats = peers.group_statistics(values_frame(rows), "0201011", ["a", "b", "c"], {})
    row = stats.row(0, named=True)
    assert (row["n"], row["n_not_applicable"], row["median"], row["min"]) == (1, 2, 20.0, 20.0)
    assert row["rank_of"] == 2


def test_unit_without_value_gets_no_rank():
    rows = [("x", "0201011", None, "not_applicable"), ("x", "a", 1.0, "value")]
    row = peers.group_statistics(values_frame(rows), "0201011", ["a"], {}).row(0, named=True)
    assert row["rank"] is None and row["verdict"] is None and row["median"] == 1.0


# --- diagnosis -------------------------------------------------------------------------------
def test_trend_is_polarity_aware():
    years, values = [2014, 2015, 2020, 2024], [1.0, 10.0, 11.0, 12.0]
    assert diagnosis.trend_since(years, values, "wyzej_lepiej").direction == "improved"
    assert diagnosis.trend_since(years, values, "nizej_lepiej").direction == "worsened"
    assert diagnosis.trend_since(years, [1, 10.0, 10.1, 10.1], "wyzej_lepiej").direction == (
        "stable"
    )
    assert diagnosis.trend_since(years, values, "neutralny") is None
    late = diagnosis.trend_since([2017, 2024], [5.0, 4.0], "nizej_lepiej")
    assert (late.base_year, late.direction) == (2017, "improved")


def test_findings_pick_quartiles_and_skip_neutral_indicators():
    stats = pl.DataFrame(
        {
            "indicator": ["good", "bad", "mid", "flat", "tiny"],
            "n": [8, 8, 8, 8, 2],
            "median": [1.0] * 5,
            "percentile": [90.0, 10.0, 50.0, 95.0, 100.0],
        }
    )
    own = {
        i: {"value": 2.0, "series_years": [2015, 2024], "series_values": [1.0, 2.0]}
        for i in stats["indicator"]
    }
    meta = {
        "good": ("edukacja", "wyzej_lepiej", True),
        "bad": ("kultura", "nizej_lepiej", False),
        "mid": ("edukacja", "wyzej_lepiej", False),
        "flat": ("edukacja", "neutralny", False),
        "tiny": ("edukacja", "wyzej_lepiej", False),
    }
    found = diagnosis.findings(stats, own, meta, include_demo=True)
    assert [(f.indicator_id, f.kind) for f in found] == [("good", "strength"), ("bad", "weakness")]
    assert found[0].demo and found[1].trend.direction == "worsened"
    grouped = diagnosis.by_area(found, ["edukacja", "kultura"])
    assert [g[0] for g in grouped] == ["kultura", "edukacja"]  # priority area first
    # By default only real indicators: the demonstration strength "good" is left out, and
    # the basis counts what could carry a verdict (not "flat", neutral; not "tiny", n < 4).
    real_only = diagnosis.findings(stats, own, meta)
    assert [f.indicator_id for f in real_only] == ["bad"]
    assert diagnosis.basis(stats, own, meta) == diagnosis.Basis(real=2, demo=1, with_demo=False)
    assert diagnosis.basis(stats, own, meta, include_demo=True).with_demo
    # No group statistics at all (a group too small to compare): nothing to rest on.
    assert diagnosis.findings(pl.DataFrame(), own, meta) == []
    assert diagnosis.basis(pl.DataFrame(), own, meta) == diagnosis.Basis(0, 0, False)


def test_vectorised_peers_for_all_match_the_per_unit_reference():
    rng = np.random.default_rng(7)
    codes = [f"{i:07d}" for i in range(300)]
    values = rng.lognormal(size=(300, 6))
    values[::50] = values[1::50]  # some exact twins, to exercise the tie-break
    frame = matrix({c: list(v) for c, v in zip(codes, values, strict=True)})
    context = peers.build_context(frame, "gmina")
    for weights in (None, {"dochody": 3.0, "gestosc": 0.0}):
        fast = peers.peers_for_all(context, k=7, weights=weights, chunk=64)
        w = peers.weight_vector(weights)
        for i in range(len(codes)):
            reference = peers.nearest(peers.distances_from(context.z, i, w), i, 7)
            assert fast[i].tolist() == reference.tolist()


def every_reason() -> list[peers.Reason]:
    """One of every label and note ``data_access.peers`` returns."""
    return [
        peers.reason("podobne", k=15),
        peers.reason("sasiedzi", count=4),
        peers.reason("wlasna", count=2),
        peers.reason("unknown"),
        peers.reason("administracyjna", admin_type="wiejska", size_class="5–10 tys."),
        peers.reason("administracyjna", admin_type="miasto", size_class=None),
        peers.reason("no_context", level="gmina"),
        peers.reason("imputed", variables=("ludnosc", "dochody"), level="powiat"),
        peers.reason("no_population", level="gmina"),
        peers.reason("small_class", size_class="do 5 tys."),
        peers.reason("no_neighbours"),
        peers.reason("too_many", max=peers.MAX_USER_GROUP),
        peers.reason("unknown_codes", codes=("9999999", "abc")),
        peers.reason("other_level", codes=("02",), level="gmina"),
        peers.reason("empty_user_group"),
    ]


def test_every_reason_is_worded_in_both_languages():
    import flask

    from components.peer_text import reason_text

    polish = [reason_text(r) for r in every_reason()]
    with flask.Flask(__name__).test_request_context("/?lang=en"):
        english = [reason_text(r) for r in every_reason()]
    assert polish[4] == "gminy wiejskie, 5–10 tys." and polish[5] == "miasta na prawach powiatu"
    assert "liczba ludności i dochody własne na mieszkańca" in polish[7]
    assert "9999999, abc" in polish[12]
    for pl_text, en_text in zip(polish, english, strict=True):
        assert pl_text and en_text and pl_text != en_text
        assert not re.search(r"\b(peers|level)\.[a-z]", pl_text + en_text)  # no raw key
    with pytest.raises(ValueError):
        reason_text(peers.reason("no_such_reason"))
