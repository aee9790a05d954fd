"""Comparison groups: neighbours, administrative groups, similar units and user groups.

Pure functions on Polars frames and numpy arrays; the repository wires them to the data.

Similar units (nearest neighbours) — the published method
---------------------------------------------------------
1. **Context variables** (``CONTEXT_VARIABLES``), each in the latest year the unit has a
   value (age structure and density end in 2019, population and own revenue go to 2024):
   population, population density, share of people aged 0–17, share of post-working-age
   people, old-age dependency ratio, own revenue per resident. Population, density and
   revenue are taken as natural logarithms (their distributions are very skewed).
2. **Missing values** are replaced by the median of the level, and the unit gets a note saying
   which variables were imputed.
3. **z-scores** within the level: ``z = (x − mean) / standard deviation`` (population standard
   deviation over all units of the level; a variable with no spread gets z = 0).
4. **Weighted Euclidean distance**, normalised by the sum of the weights so that it reads as a
   typical difference in standard deviations::

       d(a, b) = sqrt( Σ_i w_i · (z_ai − z_bi)² / Σ_i w_i )

   Default weights are 1; a weight of 0 leaves a variable out.
5. **k nearest** units of the same level (default 15), ties broken by TERYT code.
6. **Match score** 0–100: ``score = round(100 · max(0, 1 − d / 2))`` — identical context scores
   100; units that differ on average by two standard deviations or more score 0.
7. **Explanation**: variables with ``|Δz| ≤ 0.25`` make a peer similar (at most three, the
   closest first); the variable with the largest weighted squared difference, if
   ``|Δz| ≥ 0.5``, is the one that differs most (at most two).

Administrative groups
---------------------
Gminy: type (urban, rural, urban-rural, city with county rights) × population size class;
powiaty: land county or city with county rights × size class; voivodeships: size class.
Size classes (lower bound inclusive) are in ``SIZE_CLASSES``. When a group would hold fewer
than ``MIN_ADMIN_GROUP`` other units, the size class is dropped and a note says so.

Words
-----
This module speaks no language: a group's label and notes are :class:`Reason` codes with their
parameters (variable keys, level codes, size class keys, TERYT codes), and a peer's explanation
is a :class:`PeerExplanation`; ``components.peer_text`` puts them into Polish or English.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import polars as pl

GROUP_KINDS: tuple[str, ...] = ("podobne", "sasiedzi", "administracyjna", "wlasna")
DEFAULT_GROUP = "podobne"
DEFAULT_K = 15
MIN_K, MAX_K = 1, 50
MAX_USER_GROUP = 100
WEIGHT_CHOICES: tuple[float, ...] = (0.0, 0.5, 1.0, 2.0, 3.0)
SIMILAR_DZ = 0.25
DIFFERENT_DZ = 0.5
MAX_SIMILAR = 3
MAX_DIFFERENT = 2
MIN_ADMIN_GROUP = 3
SCORE_ZERO_DISTANCE = 2.0
PEER_LEVELS: tuple[str, ...] = ("wojewodztwo", "powiat", "gmina")


@dataclass(frozen=True)
class ContextVariable:
    """One context variable of the peer model."""

    key: str  # short id used in URLs (``wagi=dochody:2``)
    indicator_id: str
    log: bool  # take the natural logarithm before z-scores
    decimals: int
    unit: str


CONTEXT_VARIABLES: tuple[ContextVariable, ...] = (
    ContextVariable("ludnosc", "ludnosc", True, 0, "os."),
    ContextVariable("gestosc", "gestosc-zaludnienia", True, 0, "os./km²"),
    ContextVariable("mlodzi", "ludnosc-przedprodukcyjna-udzial", False, 1, "%"),
    ContextVariable("seniorzy", "ludnosc-poprodukcyjna-udzial", False, 1, "%"),
    ContextVariable("obciazenie", "wskaznik-obciazenia-demograficznego", False, 1, "na 100"),
    ContextVariable("dochody", "dochody-wlasne-na-mieszkanca", True, 0, "zł"),
)
VARIABLE_KEYS: tuple[str, ...] = tuple(v.key for v in CONTEXT_VARIABLES)
DEFAULT_WEIGHTS: dict[str, float] = dict.fromkeys(VARIABLE_KEYS, 1.0)

# (lower bound inclusive, class key) per level and kind; the class is the last bound <= value.
SIZE_CLASSES: dict[str, tuple[tuple[float, str], ...]] = {
    "gmina": (
        (0, "do 5 tys."),
        (5_000, "5–10 tys."),
        (10_000, "10–20 tys."),
        (20_000, "20–50 tys."),
        (50_000, "50–100 tys."),
        (100_000, "100 tys. i więcej"),
    ),
    "powiat": (
        (0, "do 60 tys."),
        (60_000, "60–100 tys."),
        (100_000, "100–150 tys."),
        (150_000, "150 tys. i więcej"),
    ),
    "miasto": (
        (0, "do 100 tys."),
        (100_000, "100–250 tys."),
        (250_000, "250 tys. i więcej"),
    ),
    "wojewodztwo": (
        (0, "do 1,5 mln"),
        (1_500_000, "1,5–2,5 mln"),
        (2_500_000, "2,5 mln i więcej"),
    ),
}


# --- context matrix --------------------------------------------------------------------------
@dataclass(frozen=True, eq=False)
class ContextData:
    """Context of every unit of one level, rows in TERYT order."""

    level: str
    codes: tuple[str, ...]
    raw: np.ndarray  # (n, m) values, NaN where missing
    years: np.ndarray  # (n, m) year of each value, 0 where missing
    filled: np.ndarray  # (n, m) values with missing ones replaced by the level median
    imputed: np.ndarray  # (n, m) bool
    z: np.ndarray  # (n, m) z-scores of ``filled`` (log where the variable says so)
    index: dict[str, int] = field(default_factory=dict)

    def row(self, code: str) -> int | None:
        return self.index.get(code)


def context_matrix(values: pl.DataFrame | pl.LazyFrame, codes: Iterable[str]) -> pl.DataFrame:
    """One row per code (sorted): the latest value of each context variable and its year.

    ``values`` is the long frame (indicator, code, year, value, status). Columns of the result:
    ``code``, then ``<key>`` and ``<key>__year`` for each of ``CONTEXT_VARIABLES``; nulls where a
    unit has no value in any year.
    """
    by_indicator = {v.indicator_id: v.key for v in CONTEXT_VARIABLES}
    wanted = sorted(set(codes))
    latest = (
        values.lazy()
        .filter(
            pl.col("indicator").cast(pl.String).is_in(list(by_indicator)),
            pl.col("code").is_in(wanted),
            pl.col("status").cast(pl.String) == "value",
            pl.col("value").is_not_null(),
        )
        .select(
            pl.col("indicator").cast(pl.String).replace_strict(by_indicator).alias("key"),
            "code",
            pl.col("year").cast(pl.Int32),
            "value",
        )
        .sort("year")
        .group_by("code", "key")
        .agg(pl.col("value").last(), pl.col("year").last())
        .collect()
    )
    result = pl.DataFrame({"code": wanted}, schema={"code": pl.String})
    for key in VARIABLE_KEYS:
        part = latest.filter(pl.col("key") == key).select(
            "code", pl.col("value").alias(key), pl.col("year").alias(f"{key}__year")
        )
        result = result.join(part, on="code", how="left")
    return result.sort("code")


def zscores(x: np.ndarray, log: np.ndarray | None = None) -> np.ndarray:
    """Column-wise z-scores of ``x`` (no NaN allowed); ``log`` marks columns taken as ln first.

    Non-positive values in a log column are clipped to the smallest positive value of that
    column before the logarithm. A column with no spread gets zeros.
    """
    data = np.array(x, dtype=float, copy=True)
    if log is not None:
        for j in np.flatnonzero(log):
            column = data[:, j]
            positive = column[column > 0]
            floor = positive.min() if positive.size else 1.0
            data[:, j] = np.log(np.maximum(column, floor))
    mean = data.mean(axis=0)
    std = data.std(axis=0)
    std[std == 0] = 1.0
    return (data - mean) / std


def build_context(matrix: pl.DataFrame, level: str) -> ContextData:
    """Impute missing values with the level median and compute z-scores (rows sorted by
    code, so that index order is TERYT order and ties break by code)."""
    matrix = matrix.sort("code")
    codes = tuple(matrix["code"].to_list())
    raw = np.column_stack(
        [matrix[key].cast(pl.Float64).fill_null(np.nan).to_numpy() for key in VARIABLE_KEYS]
    ).astype(float)
    years = np.column_stack(
        [matrix[f"{key}__year"].fill_null(0).to_numpy() for key in VARIABLE_KEYS]
    ).astype(int)
    imputed = np.isnan(raw)
    filled = raw.copy()
    for j in range(raw.shape[1]):
        column = raw[:, j]
        known = column[~np.isnan(column)]
        median = float(np.median(known)) if known.size else 0.0
        filled[imputed[:, j], j] = median
    log = np.array([v.log for v in CONTEXT_VARIABLES])
    z = zscores(filled, log) if len(codes) else filled
    return ContextData(
        level=level,
        codes=codes,
        raw=raw,
        years=years,
        filled=filled,
        imputed=imputed,
        z=z,
        index={code: i for i, code in enumerate(codes)},
    )


# --- weights and distances -------------------------------------------------------------------
def weight_vector(weights: Mapping[str, float] | None) -> np.ndarray:
    """Weights in ``CONTEXT_VARIABLES`` order (missing keys: 1); all zero → default weights."""
    merged = {**DEFAULT_WEIGHTS, **(weights or {})}
    vector = np.array([max(0.0, float(merged[k])) for k in VARIABLE_KEYS])
    if not np.isfinite(vector).all() or vector.sum() <= 0:
        return np.ones(len(VARIABLE_KEYS))
    return vector


def distances_from(z: np.ndarray, i: int, weights: np.ndarray) -> np.ndarray:
    """Weighted Euclidean distance (see module docstring) from row ``i`` to every row."""
    diff = z - z[i]
    return np.sqrt((diff * diff) @ weights / weights.sum())


def squared_distances(z: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """All pairwise squared distances (Gram-matrix form, computed in place; not symmetrised)."""
    scaled = z * np.sqrt(weights / weights.sum())
    squares = (scaled * scaled).sum(axis=1)
    d2 = scaled @ scaled.T
    d2 *= -2.0
    d2 += squares[:, None]
    d2 += squares[None, :]
    np.maximum(d2, 0.0, out=d2)
    np.fill_diagonal(d2, 0.0)
    return d2


def distance_matrix(z: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """All pairwise distances, exactly symmetric, zero on the diagonal."""
    d2 = squared_distances(z, weights)
    d2 = (d2 + d2.T) / 2.0  # exact symmetry despite rounding in the product
    return np.sqrt(d2)


def nearest(distances: np.ndarray, self_index: int | None, k: int) -> np.ndarray:
    """Indices of the ``k`` smallest distances, excluding ``self_index``; ties by index
    (rows are in TERYT order, so ties break by code)."""
    order = np.argsort(distances, kind="stable")
    if self_index is not None:
        order = order[order != self_index]
    return order[:k]


def nearest_all(d: np.ndarray, k: int, inplace: bool = False) -> np.ndarray:
    """For every row of a (squared) distance matrix, the indices of its ``k`` nearest other
    rows, ties by index. With ``inplace`` the matrix is reused as scratch space (its diagonal
    becomes infinite)."""
    n = d.shape[0]
    k = max(0, min(k, n - 1))
    if k == 0:
        return np.empty((n, 0), dtype=int)
    work = d if inplace else d.copy()
    np.fill_diagonal(work, np.inf)
    return _k_smallest(work, k)


def _k_smallest(work: np.ndarray, k: int) -> np.ndarray:
    """Column indices of the ``k`` smallest values of each row, ties by index. Vectorised:
    partition, then sort only the candidates; rows where ties straddle the k-th value get a
    full stable sort, so the result never depends on the partition's internal order."""
    candidates = np.argpartition(work, k - 1, axis=1)[:, :k]
    chosen = np.take_along_axis(work, candidates, axis=1)
    kth = chosen.max(axis=1)
    ties = np.count_nonzero(work <= kth[:, None], axis=1) > k
    order = np.lexsort((candidates, chosen), axis=-1)
    result = np.take_along_axis(candidates, order, axis=1)
    for i in np.flatnonzero(ties):
        result[i] = np.argsort(work[i], kind="stable")[:k]
    return result


def match_score(distance: np.ndarray | float) -> np.ndarray:
    """0–100 match score: ``round(100 · max(0, 1 − d / 2))``."""
    d = np.asarray(distance, dtype=float)
    return np.rint(100.0 * np.clip(1.0 - d / SCORE_ZERO_DISTANCE, 0.0, 1.0)).astype(int)


# --- explanations ----------------------------------------------------------------------------
@dataclass(frozen=True)
class PeerExplanation:
    similar: tuple[str, ...]  # variable keys, closest first
    different: tuple[str, ...]  # variable keys, most different first
    closest: str  # the closest variable (used when none is within SIMILAR_DZ)
    # (variable key, the peer's value, the unit's value) of each ``different`` variable
    values: tuple[tuple[str, float, float], ...] = ()


def explain(
    z_unit: np.ndarray,
    z_peer: np.ndarray,
    weights: np.ndarray,
    unit_values: np.ndarray | None = None,
    peer_values: np.ndarray | None = None,
) -> PeerExplanation:
    """Which variables make a peer similar and which differ most (see module docstring), with
    the values of those that differ when ``unit_values`` and ``peer_values`` are given."""
    dz = np.abs(z_peer - z_unit)
    used = weights > 0
    idx = np.arange(len(dz))
    by_closeness = sorted(idx[used], key=lambda j: (dz[j], j))
    similar = tuple(VARIABLE_KEYS[j] for j in by_closeness if dz[j] <= SIMILAR_DZ)[:MAX_SIMILAR]
    contribution = weights * dz * dz
    by_difference = sorted(idx[used], key=lambda j: (-contribution[j], j))
    different = tuple(VARIABLE_KEYS[j] for j in by_difference if dz[j] >= DIFFERENT_DZ)[
        :MAX_DIFFERENT
    ]
    values: tuple[tuple[str, float, float], ...] = ()
    if unit_values is not None and peer_values is not None:
        position = {key: j for j, key in enumerate(VARIABLE_KEYS)}
        values = tuple(
            (key, float(peer_values[position[key]]), float(unit_values[position[key]]))
            for key in different
        )
    return PeerExplanation(similar, different, VARIABLE_KEYS[by_closeness[0]], values)


# --- groups ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Reason:
    """A label or a note of a comparison group as a code and its parameters, in no language
    (``components.peer_text`` words it).

    Labels: ``podobne`` (k), ``sasiedzi`` (count), ``wlasna`` (count), ``administracyjna``
    (admin_type, size_class: a ``SIZE_CLASSES`` key or None when the class was dropped),
    ``unknown``. Notes: ``no_context`` (level), ``imputed`` (variables: keys, level),
    ``no_population`` (level), ``small_class`` (size_class), ``no_neighbours``, ``too_many``
    (max), ``unknown_codes`` (codes), ``other_level`` (codes, level), ``empty_user_group``."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @property
    def args(self) -> dict[str, object]:
        return dict(self.params)


def reason(code: str, **params: object) -> Reason:
    return Reason(code, tuple(params.items()))


@dataclass(frozen=True)
class Peer:
    code: str
    distance: float | None = None
    score: int | None = None
    explanation: PeerExplanation | None = None  # similar units only


@dataclass(frozen=True)
class PeerGroup:
    """A comparison group of one unit. ``members`` exclude the unit itself."""

    kind: str
    unit_code: str
    peers: tuple[Peer, ...]
    label: Reason
    notes: tuple[Reason, ...] = ()

    @property
    def members(self) -> list[str]:
        return [p.code for p in self.peers]


def imputation_note(context: ContextData, code: str) -> Reason | None:
    """A note naming the context variables replaced by the level median for ``code``."""
    i = context.row(code)
    if i is None:
        return reason("no_context", level=context.level)
    missing = tuple(VARIABLE_KEYS[j] for j in np.flatnonzero(context.imputed[i]))
    if not missing:
        return None
    return reason("imputed", variables=missing, level=context.level)


def similar_units(
    context: ContextData,
    code: str,
    k: int = DEFAULT_K,
    weights: Mapping[str, float] | None = None,
) -> PeerGroup:
    """The ``k`` most similar units of the same level, with scores and explanations."""
    k = max(MIN_K, min(MAX_K, int(k)))
    w = weight_vector(weights)
    notes = []
    i = context.row(code)
    note = imputation_note(context, code)
    if note:
        notes.append(note)
    if i is None:
        return PeerGroup("podobne", code, (), reason("podobne", k=k), tuple(notes))
    d = distances_from(context.z, i, w)
    chosen = nearest(d, i, k)
    scores = match_score(d[chosen])
    peers = tuple(
        Peer(
            code=context.codes[j],
            distance=float(d[j]),
            score=int(score),
            explanation=explain(
                context.z[i], context.z[j], w, context.filled[i], context.filled[j]
            ),
        )
        for j, score in zip(chosen, scores, strict=True)
    )
    return PeerGroup("podobne", code, peers, reason("podobne", k=len(peers)), tuple(notes))


def peers_for_all(
    context: ContextData, k: int = DEFAULT_K, weights=None, chunk: int = 256
) -> np.ndarray:
    """Indices of the ``k`` most similar units for every unit of the level (n × k).

    Squared distances in the Gram form, a block of ``chunk`` rows at a time (small enough to
    stay in the CPU cache); the order equals that of :func:`distances_from`."""
    w = weight_vector(weights)
    n = len(context.codes)
    k = max(0, min(k, n - 1))
    result = np.empty((n, k), dtype=np.intp)
    if k == 0:
        return result
    scaled = context.z * np.sqrt(w / w.sum())
    squares = np.einsum("ij,ij->i", scaled, scaled)
    for start in range(0, n, chunk):
        stop = min(start + chunk, n)
        block = np.einsum("ik,jk->ij", scaled[start:stop], scaled)  # no BLAS threads
        block *= -2.0
        block += squares[None, :]
        block += squares[start:stop, None]
        np.maximum(block, 0.0, out=block)
        rows = np.arange(stop - start)
        block[rows, rows + start] = np.inf
        result[start:stop] = _k_smallest(block, k)
    return result


def size_class(level: str, is_city_county: bool, population: float | None) -> str | None:
    """The population size class label (see ``SIZE_CLASSES``), or None without population."""
    if population is None or (isinstance(population, float) and math.isnan(population)):
        return None
    scheme = "miasto" if is_city_county and level in ("gmina", "powiat") else level
    label = None
    for bound, name in SIZE_CLASSES[scheme]:
        if population >= bound:
            label = name
    return label


def admin_type(level: str, gmina_type: str | None, is_city_county: bool) -> str:
    """The administrative type key: gmina type, land county or city with county rights."""
    if level == "wojewodztwo":
        return "wojewodztwo"
    if is_city_county:
        return "miasto"
    if level == "powiat":
        return "ziemski"
    return {"1": "miejska", "2": "wiejska", "3": "miejsko-wiejska"}.get(gmina_type or "", "inna")


def administrative_group(units: pl.DataFrame, code: str) -> PeerGroup:
    """Units of the same administrative type and size class as ``code``.

    ``units`` has columns code, level, gmina_type, is_city_county, population. A unit without
    population is placed in the size class of its level's median population, with a note.
    """
    row = units.filter(pl.col("code") == code)
    if row.height == 0:
        return PeerGroup("administracyjna", code, (), reason("unknown"), ())
    unit = row.row(0, named=True)
    level = unit["level"]
    same_level = units.filter(pl.col("level") == level)
    typed = same_level.with_columns(
        pl.struct("gmina_type", "is_city_county")
        .map_elements(
            lambda s: admin_type(level, s["gmina_type"], bool(s["is_city_county"])),
            return_dtype=pl.String,
        )
        .alias("admin_type")
    )
    kind = admin_type(level, unit.get("gmina_type"), bool(unit["is_city_county"]))
    same_type = typed.filter(pl.col("admin_type") == kind)
    notes = []
    population = unit.get("population")
    if population is None:
        population = same_type["population"].median()
        notes.append(reason("no_population", level=level))
    unit_class = size_class(level, bool(unit["is_city_county"]), population)
    classes = same_type.with_columns(
        pl.col("population")
        .map_elements(
            lambda p: size_class(level, kind == "miasto", p),
            return_dtype=pl.String,
            skip_nulls=True,
        )
        .alias("size_class")
    )
    members = classes.filter(pl.col("size_class") == unit_class, pl.col("code") != code)
    label = reason("administracyjna", admin_type=kind, size_class=unit_class)
    if members.height < MIN_ADMIN_GROUP:
        members = classes.filter(pl.col("code") != code)
        notes.append(reason("small_class", size_class=unit_class))
        label = reason("administracyjna", admin_type=kind, size_class=None)
    peers = tuple(Peer(c) for c in sorted(members["code"].to_list()))
    return PeerGroup("administracyjna", code, peers, label, tuple(notes))


def neighbour_group(neighbours: pl.DataFrame, code: str, level: str) -> PeerGroup:
    """Units of the same level sharing a border with ``code`` (``neighbours.parquet``)."""
    found = (
        neighbours.filter(pl.col("level") == level, pl.col("code") == code)["neighbour_code"]
        .unique()
        .sort()
        .to_list()
    )
    notes = () if found else (reason("no_neighbours"),)
    return PeerGroup(
        "sasiedzi",
        code,
        tuple(Peer(c) for c in found),
        reason("sasiedzi", count=len(found)),
        notes,
    )


def parse_codes(text: str | None) -> list[str]:
    """Codes from a comma/space separated list, order kept, duplicates dropped."""
    out: list[str] = []
    for part in (text or "").replace(";", ",").replace(" ", ",").split(","):
        code = part.strip()
        if code and code not in out:
            out.append(code)
    return out


def user_group(code: str, level: str, requested: list[str], resolve, level_of) -> PeerGroup:
    """A user-picked group: ``requested`` codes resolved with ``resolve(code) -> code|None``;
    unknown codes, codes of another level and the unit itself are reported and left out."""
    notes = []
    if len(requested) > MAX_USER_GROUP:
        notes.append(reason("too_many", max=MAX_USER_GROUP))
        requested = requested[:MAX_USER_GROUP]
    unknown, other_level, members = [], [], []
    for raw in requested:
        current = resolve(raw)
        if current is None:
            unknown.append(raw[:20])
        elif level_of(current) != level:
            other_level.append(current)
        elif current != code and current not in members:
            members.append(current)
    if unknown:
        notes.append(reason("unknown_codes", codes=tuple(unknown)))
    if other_level:
        notes.append(reason("other_level", codes=tuple(other_level), level=level))
    if not members:
        notes.append(reason("empty_user_group"))
    return PeerGroup(
        "wlasna",
        code,
        tuple(Peer(c) for c in members),
        reason("wlasna", count=len(members)),
        tuple(notes),
    )


# --- group statistics ------------------------------------------------------------------------
def group_statistics(
    values: pl.DataFrame, unit_code: str, members: list[str], polarity: Mapping[str, str]
) -> pl.DataFrame:
    """Per indicator: the unit against its group, polarity-aware.

    ``values`` has indicator, code, value, status for the unit and the members in one year per
    indicator. Members that are "not applicable" (or have no data) are never counted in the
    median, range, rank or percentile; ``n_not_applicable`` counts them.

    Columns: indicator, n (members with a value), n_not_applicable, median, min, max, rank
    (1 = best; for neutral indicators 1 = highest), rank_of (n + 1, the unit included),
    percentile (share of members the unit does better than, ties counted half; for neutral
    indicators the share with a lower value), verdict ("better", "worse", "equal",
    "neutral" or null when the unit or the group has no value).
    """
    schema = {
        "indicator": pl.String,
        "n": pl.UInt32,
        "n_not_applicable": pl.UInt32,
        "median": pl.Float64,
        "min": pl.Float64,
        "max": pl.Float64,
        "rank": pl.Int64,
        "rank_of": pl.Int64,
        "percentile": pl.Float64,
        "verdict": pl.String,
    }
    if values.height == 0:
        return pl.DataFrame(schema=schema)
    frame = values.with_columns(
        pl.col("indicator").cast(pl.String), pl.col("status").cast(pl.String)
    )
    unit = frame.filter(pl.col("code") == unit_code).select(
        "indicator",
        pl.when(pl.col("status") == "value").then(pl.col("value")).alias("own"),
    )
    group = frame.filter(pl.col("code").is_in(members), pl.col("code") != unit_code)
    direction = pl.col("indicator").replace_strict(
        {k: (-1.0 if v == "nizej_lepiej" else 1.0) for k, v in polarity.items()},
        default=1.0,
        return_dtype=pl.Float64,
    )
    neutral = pl.col("indicator").is_in([k for k, v in polarity.items() if v == "neutralny"])
    joined = group.join(unit, on="indicator", how="left").with_columns(
        direction.alias("dir"), neutral.alias("neutral")
    )
    valued = pl.col("status") == "value"
    better = valued & ((pl.col("value") - pl.col("own")) * pl.col("dir") > 0)
    worse = valued & ((pl.col("value") - pl.col("own")) * pl.col("dir") < 0)
    equal = valued & (pl.col("value") == pl.col("own"))
    stats = joined.group_by("indicator").agg(
        valued.sum().cast(pl.UInt32).alias("n"),
        (pl.col("status") == "not_applicable").sum().cast(pl.UInt32).alias("n_not_applicable"),
        pl.col("value").filter(valued).median().alias("median"),
        pl.col("value").filter(valued).min().alias("min"),
        pl.col("value").filter(valued).max().alias("max"),
        better.sum().alias("n_better"),
        worse.sum().alias("n_worse"),
        equal.sum().alias("n_equal"),
        pl.col("own").first(),
        pl.col("dir").first(),
        pl.col("neutral").first(),
    )
    has = pl.col("own").is_not_null() & (pl.col("n") > 0)
    own_vs_median = (pl.col("own") - pl.col("median")) * pl.col("dir")
    result = stats.with_columns(
        pl.when(has).then(pl.col("n_better") + 1).alias("rank"),
        pl.when(has).then(pl.col("n").cast(pl.Int64) + 1).alias("rank_of"),
        pl.when(has)
        .then(100.0 * (pl.col("n_worse") + 0.5 * pl.col("n_equal")) / pl.col("n"))
        .alias("percentile"),
        pl.when(~has)
        .then(None)
        .when(pl.col("neutral"))
        .then(pl.lit("neutral"))
        .when(own_vs_median > 0)
        .then(pl.lit("better"))
        .when(own_vs_median < 0)
        .then(pl.lit("worse"))
        .otherwise(pl.lit("equal"))
        .alias("verdict"),
    )
    return result.select(list(schema)).cast(schema).sort("indicator")
