"""The scatter of /analiza: ranks, Spearman's ρ and the least-squares line against values
computed by hand, its frame and figure on tiny frames, and its state, table, export and
summary on the built data."""

import math

import polars as pl
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats

from analysis import scatter
from analysis.scatter import (
    average_ranks,
    ols,
    pearson,
    plotted,
    scatter_frame,
    scatter_stats,
    spearman,
    strength,
    x_year,
)
from analysis.state import Catalogue, ViewState, parse_state, query_params, to_query


def test_average_ranks_share_ties():
    assert average_ranks([10, 20, 20, 30]) == [1, 2.5, 2.5, 4]
    assert average_ranks([3.0, 1.0, 2.0]) == [3, 1, 2]
    assert average_ranks([5, 5, 5]) == [2, 2, 2]
    assert average_ranks([]) == []


def test_spearman_with_ties_matches_the_hand_computation():
    # ranks of y: 1, 2, 3.5, 5, 3.5; Σdxdy = 8, Σdx² = 10, Σdy² = 9.5 → ρ = 8 / √95
    # (scipy.stats.spearmanr gives 0.8207826816681233)
    assert spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) == pytest.approx(8 / math.sqrt(95))


def test_spearman_sees_any_monotone_relation_and_its_direction():
    xs = [1, 2, 3, 4, 5, 6]
    assert spearman(xs, [x**3 for x in xs]) == pytest.approx(1)
    assert spearman(xs, [math.exp(-x) for x in xs]) == pytest.approx(-1)
    assert pearson(xs, [x**3 for x in xs]) < 1  # unlike Pearson's r


def test_no_correlation_for_too_few_or_constant_values():
    assert spearman([1, 2], [3, 4]) is None
    assert spearman([1, 2, 3], [7, 7, 7]) is None
    assert ols([1, 1, 1], [1, 2, 3]) is None


# Integers from a small range: many ties, as in counts of schools or libraries.
PAIRS = st.lists(st.tuples(st.integers(0, 6), st.integers(-3, 3)), min_size=3, max_size=40)


@settings(deadline=None, max_examples=60)  # no timing: the machine may be busy
@given(PAIRS)
def test_rho_and_line_agree_with_scipy(pairs):
    xs, ys = [float(x) for x, _ in pairs], [float(y) for _, y in pairs]
    assume(len(set(xs)) > 1 and len(set(ys)) > 1)
    assert spearman(xs, ys) == pytest.approx(stats.spearmanr(xs, ys).statistic, abs=1e-9)
    line = stats.linregress(xs, ys)
    fit = ols(xs, ys)
    assert fit.slope == pytest.approx(line.slope, abs=1e-9)
    assert fit.intercept == pytest.approx(line.intercept, abs=1e-9)


def test_least_squares_line_matches_the_hand_computation():
    # mean x = 2, mean y = 13/3, Σdxdy = 5, Σdx² = 2 → slope 2.5, intercept 13/3 − 5
    fit = ols([1, 2, 3], [2, 4, 7])
    assert fit.slope == pytest.approx(2.5)
    assert fit.intercept == pytest.approx(-2 / 3)
    assert fit.at(4) == pytest.approx(9 + 1 / 3)


@pytest.mark.parametrize(
    ("rho", "expected"),
    [
        (0.05, "negligible"),
        (-0.2, "weak"),
        (0.42, "moderate"),
        (-0.6, "strong"),
        (0.9, "very_strong"),
    ],
)
def test_strength_in_words(rho, expected):
    assert strength(rho) == expected


def test_x_year_pairs_the_same_or_the_latest_earlier_year():
    assert x_year(2024, [2019, 2024]) == 2024
    assert x_year(2024, [2010, 2019]) == 2019  # density ends in 2019
    assert x_year(2005, [2010, 2019]) == 2010
    assert x_year(2024, []) is None


def rows(values: dict[str, tuple[float | None, str]], provenance: str = "real") -> pl.DataFrame:
    """Rows shaped like ``view_rows``: code → (value, status)."""
    return pl.DataFrame(
        {
            "code": list(values),
            "name": [f"Gmina {c}" for c in values],
            "value": [v for v, _ in values.values()],
            "status": [s for _, s in values.values()],
            "provenance": [provenance] * len(values),
        }
    )


Y = rows(
    {
        "0201011": (10.0, "value"),  # a leading zero
        "0201022": (20.0, "value"),
        "0202011": (30.0, "value"),
        "0203011": (40.0, "suspect"),
        "0204011": (None, "no_data"),
        "0205011": (50.0, "value"),
    }
)
X = rows(
    {
        "0201011": (1.0, "value"),
        "0201022": (2.0, "value"),
        "0202011": (3.0, "value"),
        "0203011": (4.0, "value"),
        "0204011": (5.0, "value"),
        "0205011": (0.0, "value"),
    }
)


def test_suspect_values_are_drawn_but_left_out_of_rho_and_the_fit():
    shown, off_log = plotted(scatter_frame(Y, X), "")
    assert shown["code"].to_list() == ["0201011", "0201022", "0202011", "0203011", "0205011"]
    stats = scatter_stats(shown, "", off_log)
    assert (stats.n, stats.suspect, stats.off_log) == (4, 1, 0)
    assert stats.rho == pytest.approx(spearman([1, 2, 3, 0], [10, 20, 30, 50]))


def test_a_logarithmic_axis_leaves_out_values_below_or_at_zero_and_fits_logarithms():
    shown, off_log = plotted(scatter_frame(Y, X), "x")
    assert off_log == 1 and "0205011" not in shown["code"].to_list()
    stats = scatter_stats(shown, "xy", off_log)
    # y = 10·x exactly: log10 y = 1 + log10 x
    assert stats.fit.slope == pytest.approx(1) and stats.fit.intercept == pytest.approx(1)
    xs, ys = scatter.trend_points(stats.fit, [1.0, 3.0], "xy")
    assert xs == pytest.approx([1, 3]) and ys == pytest.approx([10, 30])


TEXTS = scatter.ScatterTexts(
    title="Y wobec X",
    x=scatter.AxisText("X [osoby]", 0, "osoby"),
    y=scatter.AxisText("Y [zł]", 2, "zł"),
    units="gminy",
    suspect="wątpliwa",
    selected="zaznaczone",
    trend="trend (MNK)",
)


def test_figure_highlights_and_names_the_selected_units_and_marks_suspect_values():
    shown, off_log = plotted(scatter_frame(Y, X), "x")
    stats = scatter_stats(shown, "x", off_log)
    figure = scatter.scatter_figure(
        shown, stats, ["0201022"], {"0201022": "Bolesławiec"}, TEXTS, "x"
    )
    traces = {trace["name"]: trace for trace in figure["data"]}
    assert traces["gminy"]["customdata"] == ["0201011", "0202011"]  # a click knows its unit
    chosen = traces["zaznaczone"]
    assert chosen["text"] == ["Bolesławiec"] and "text" in chosen["mode"]
    assert chosen["marker"]["size"] > traces["gminy"]["marker"]["size"]
    assert chosen["marker"]["line"]["width"] >= 2  # not told by colour alone
    assert traces["wątpliwa"]["marker"]["symbol"] == "diamond-open"
    assert traces["trend (MNK)"]["mode"] == "lines"
    assert figure["layout"]["xaxis"]["type"] == "log"
    assert "dtick" not in figure["layout"]["xaxis"]  # 1 to 3: Plotly's own 1-2-5 labels
    assert figure["layout"]["yaxis"]["type"] == "linear"
    assert figure["layout"]["xaxis"]["title"]["text"] == "X [osoby]"
    assert "%{y:,.2f} zł" in traces["gminy"]["hovertemplate"]


CATALOGUE = Catalogue(
    indicators=frozenset({"dochody-wlasne-na-mieszkanca", "ludnosc", "gestosc-zaludnienia"}),
    years={"dochody-wlasne-na-mieszkanca": (2024,), "ludnosc": (2024,)},
    levels={
        "dochody-wlasne-na-mieszkanca": ("gmina", "powiat"),
        "ludnosc": ("gmina", "powiat"),
        "gestosc-zaludnienia": ("powiat",),
    },
    unit_levels={"0201011": "gmina"},
)


def test_scatter_state_round_trips_and_defaults_stay_out_of_the_url():
    state = ViewState(wykres="rozrzut", x="dochody-wlasne-na-mieszkanca", log="xy")
    query = to_query(state)
    assert query == "?wykres=rozrzut&x=dochody-wlasne-na-mieszkanca&log=xy"
    assert parse_state(query_params(query), CATALOGUE) == (state, [])
    assert to_query(ViewState(wykres="rozrzut")) == "?wykres=rozrzut"  # x = ludnosc: default


@pytest.mark.parametrize(
    ("params", "field", "expected"),
    [
        ({"x": "nie-ma-takiego"}, "x", "ludnosc"),
        ({"x": "gestosc-zaludnienia"}, "x", "ludnosc"),  # not at the gmina level
        ({"wykres": "kolowy"}, "wykres", "szereg"),
        ({"log": "z"}, "log", ""),
    ],
)
def test_bad_scatter_parameters_fall_back(params, field, expected):
    state, notes = parse_state(params, CATALOGUE)
    assert getattr(state, field) == expected
    assert len(notes) == (0 if field == "log" else 1)


def test_a_log_axis_over_decades_is_labelled_at_powers_of_ten():
    axis = scatter.axis_layout(TEXTS.x, True, 50, [20.0, 150.0, 4000.0])
    assert axis["dtick"] == 1 and axis["type"] == "log"
    assert "dtick" not in scatter.axis_layout(TEXTS.x, False, 50, [20.0, 4000.0])
