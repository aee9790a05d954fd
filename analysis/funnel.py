"""Funnel plots: fair comparison of units of very different size (Spiegelhalter 2005, "Funnel
plots for comparing institutional performance", Statistics in Medicine 24:1185–1202).

A unit's value ``y = multiplier × numerator / denominator`` is compared with a target ``θ0``
(Poland's sum-over-sum value, or a comparison group's) within control limits that narrow as
the denominator ``n`` grows: ``θ0 ± z · sqrt(φ · v(θ0, n))``, with ``z`` 1.96 (95 %) and
3.09 (99.8 %). The variance ``v`` depends on what the indicator counts, decided from the
catalogue (:func:`funnel_kind`):

- a proportion of counts (unit ``%``, multiplier 100, the numerator counts things):
  binomial, ``v = m² p (1 − p) / n`` with ``p = θ0 / m``;
- a rate of counts per N of a denominator (per 1,000 residents, per 100 km…): Poisson,
  ``v = m θ0 / n``;
- a measure per unit of the denominator (money, lengths, areas, tonnes, days: the numerator's
  label names such a unit in brackets): no count model applies, so the normal approximation
  ``v = 1 / n`` is scaled by the between-unit dispersion estimated from the data (``φ``, below).

Poisson limits are exact (Spiegelhalter's interpolated quantiles) while the expected count
``θ0 n / m`` is below 100 and the data are not overdispersed; otherwise both count models use
the normal approximation, with the lower limit cut at 0 and the binomial upper one at 100 %.

Overdispersion (Spiegelhalter 2005, section 6): the z-scores ``(y − θ0) / sqrt(v)`` are
winsorised at their 10th and 90th percentiles and ``φ`` is their mean square. Count models
use ``φ`` only when it exceeds the 95 % point of ``χ²(I − 1) / I`` (the data vary more than
chance allows); measures always use it (multiplicative random-effects adjustment).

A unit's status comes from the 99.8 % limits: "above" / "below" = significantly above /
below the target (about 1 in 500 units would be outside by chance alone); the 95 % limits
are drawn as a warning band only. Suspect values are shown but never classified.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import StrEnum

import polars as pl

from data_access.catalogue_model import Aggregation, Indicator, Status

Z_95 = 1.959963984540054
Z_998 = 3.090232306167813
WINSOR = 0.10  # winsorising quantile of the z-scores for the overdispersion estimate
GRID_POINTS = 120
# Bracketed units in a label that still count things (persons, outlets, posts, volumes).
COUNT_UNITS = frozenset({"osoby", "placówki", "etaty", "woluminy"})
_BRACKETED = re.compile(r"\[([^\]]+)\]")


class FunnelKind(StrEnum):
    BINOMIAL = "binomial"
    POISSON = "poisson"
    NORMAL = "normal"


class FunnelStatus(StrEnum):
    ABOVE = "above"
    WITHIN = "within"
    BELOW = "below"


def counts_things(label: str | None) -> bool:
    """Whether a numerator or denominator label counts things: no bracketed unit, or a
    bracketed unit of persons, outlets, posts or volumes (``[zł]``, ``[km]``… are measures)."""
    return all(unit.strip() in COUNT_UNITS for unit in _BRACKETED.findall(label or ""))


def no_funnel_reason(indicator: Indicator) -> str | None:
    """Why no funnel applies (a message key suffix), or None when one does."""
    if indicator.aggregation == Aggregation.PUBLISHED:
        return "published"
    if indicator.denominator is None:
        return "total"
    return None


def funnel_kind(indicator: Indicator) -> FunnelKind | None:
    """The variance model of the indicator's funnel (None: no funnel, see
    :func:`no_funnel_reason`)."""
    if no_funnel_reason(indicator):
        return None
    if not counts_things(indicator.numerator_label):
        return FunnelKind.NORMAL
    if indicator.unit == "%" and indicator.multiplier == 100:
        return FunnelKind.BINOMIAL
    return FunnelKind.POISSON


def base_variance(kind: FunnelKind, target: float, multiplier: float, n):
    """The variance of a unit's value under the target with denominator ``n`` (a number or
    a ``pl.Series``), before ``φ``."""
    if kind == FunnelKind.BINOMIAL:
        p = target / multiplier
        return multiplier**2 * p * (1 - p) / n
    if kind == FunnelKind.POISSON:
        return multiplier * target / n
    return 1 / n


EXACT_POISSON_BELOW = 100.0  # expected counts under which Poisson limits are exact


def poisson_cdf(count: int, mean: float) -> float:
    """P(X ≤ count) for X ~ Poisson(mean) (summed term by term: small means only)."""
    if count < 0:
        return 0.0
    term = total = math.exp(-mean)
    for k in range(1, count + 1):
        term *= mean / k
        total += term
    return min(total, 1.0)


def poisson_limit(mean: float, p: float) -> float:
    """Spiegelhalter's interpolated Poisson quantile: with ``r`` the smallest count whose
    CDF reaches ``p``, ``r − (F(r) − p) / (F(r) − F(r − 1))``."""
    r, term = 0, math.exp(-mean)
    lower, upper = 0.0, term
    while upper < p:
        r += 1
        term *= mean / r
        lower, upper = upper, min(upper + term, 1.0)
    return max(r - (upper - p) / (upper - lower), 0.0)


def two_sided(z: float) -> float:
    """The lower tail probability of a two-sided limit at ``z`` (1.96 → 0.025)."""
    return 0.5 * math.erfc(z / math.sqrt(2))


def limits(
    kind: FunnelKind,
    target: float,
    multiplier: float,
    n: pl.Series,
    z: float,
    phi: float = 1.0,
    floor: float | None = 0.0,
) -> tuple[pl.Series, pl.Series]:
    """Lower and upper control limits at ``z`` for each denominator of ``n``: not below
    ``floor`` (counts and amounts are not negative; None for a balance), a proportion not
    above 100 %, and exact Poisson quantiles where the expected count is small."""
    n = n.cast(pl.Float64)
    half = z * (phi * base_variance(kind, target, multiplier, n)).sqrt()
    low, high = target - half, target + half
    if floor is not None:
        low = low.clip(lower_bound=floor)
    if kind == FunnelKind.BINOMIAL:
        high = high.clip(upper_bound=multiplier)
    if kind == FunnelKind.POISSON and phi == 1.0:
        expected = target * n / multiplier
        small = (expected < EXACT_POISSON_BELOW).arg_true().to_list()
        if small:
            tail = two_sided(z)
            lows, highs = low.to_list(), high.to_list()
            for i in small:
                lows[i] = multiplier * poisson_limit(expected[i], tail) / n[i]
                highs[i] = multiplier * poisson_limit(expected[i], 1 - tail) / n[i]
            low, high = pl.Series(lows, dtype=pl.Float64), pl.Series(highs, dtype=pl.Float64)
    return low, high


def control_limits(
    kind: FunnelKind,
    target: float,
    multiplier: float,
    n: float,
    z: float,
    phi: float = 1.0,
    floor: float | None = 0.0,
) -> tuple[float, float]:
    """:func:`limits` for one denominator."""
    low, high = limits(kind, target, multiplier, pl.Series([n]), z, phi, floor)
    return low[0], high[0]


def winsorised_phi(z_scores: list[float]) -> float:
    """Spiegelhalter's overdispersion estimate: the mean square of the z-scores winsorised at
    their 10th and 90th percentiles (1.0 with fewer than two units)."""
    clean = sorted(z for z in z_scores if math.isfinite(z))
    if len(clean) < 2:
        return 1.0
    low = clean[math.floor(WINSOR * (len(clean) - 1))]
    high = clean[math.ceil((1 - WINSOR) * (len(clean) - 1))]
    return sum(min(max(z, low), high) ** 2 for z in clean) / len(clean)


def overdispersed(phi: float, count: int) -> bool:
    """Whether ``count · φ`` exceeds the 95 % point of χ² with ``count − 1`` degrees of
    freedom (Wilson–Hilferty approximation)."""
    df = count - 1
    if df < 1:
        return False
    chi2_95 = df * (1 - 2 / (9 * df) + 1.6448536269514722 * math.sqrt(2 / (9 * df))) ** 3
    return count * phi > chi2_95


@dataclass(frozen=True)
class Funnel:
    """A funnel of one view: the model, its target and dispersion, the units as points
    (``code, value, denominator, status, funnel``; ``funnel`` is a :class:`FunnelStatus`
    value, null for units not classified: suspect, no denominator) and the limits along a grid
    of denominators (``n, low95, high95, low998, high998``)."""

    kind: FunnelKind
    target: float
    phi: float
    points: pl.DataFrame
    grid: pl.DataFrame

    @property
    def adjusted(self) -> bool:
        return self.phi != 1.0

    def counts(self) -> dict[str, int]:
        """Units per status (every :class:`FunnelStatus`, zero included)."""
        found = self.points["funnel"].drop_nulls().value_counts()
        by_status = dict(zip(found["funnel"].to_list(), found["count"].to_list(), strict=True))
        return {s.value: by_status.get(s.value, 0) for s in FunnelStatus}


def effective_kind(kind: FunnelKind, values: list[float]) -> FunnelKind:
    """Counts are never negative: a balance (e.g. net migration) is treated as a measure."""
    return FunnelKind.NORMAL if any(v < 0 for v in values) else kind


def group_target(points: pl.DataFrame, multiplier: float) -> float | None:
    """Sum over sum of the classified units (``multiplier × Σ numerator / Σ denominator``,
    the numerator recovered as ``value × denominator / multiplier``)."""
    usable = points.filter(pl.col("status") == Status.VALUE.value, pl.col("denominator") > 0)
    total = usable["denominator"].sum()
    if not usable.height or not total:
        return None
    return float((usable["value"] * usable["denominator"]).sum() / total)


def build_funnel(
    points: pl.DataFrame, kind: FunnelKind, multiplier: float, target: float | None = None
) -> Funnel | None:
    """The funnel of ``points`` (``code, value, status, denominator``) around ``target`` (None:
    the points' own sum over sum); None when no unit has a value and a positive denominator,
    or the target allows no limits."""
    usable = pl.col("status").eq(Status.VALUE.value) & (pl.col("denominator") > 0)
    values = points.filter(usable)
    if target is None:
        target = group_target(points, multiplier)
    if not values.height or target is None or not math.isfinite(target):
        return None
    kind = effective_kind(kind, values["value"].to_list())
    if kind != FunnelKind.NORMAL and (
        target <= 0 or (kind == FunnelKind.BINOMIAL and target >= multiplier)
    ):
        return None
    n = values["denominator"].cast(pl.Float64)
    z = ((values["value"] - target) / base_variance(kind, target, multiplier, n).sqrt()).to_list()
    phi = winsorised_phi(z)
    if kind != FunnelKind.NORMAL and not overdispersed(phi, len(z)):
        phi = 1.0
    floor = 0.0 if values["value"].min() >= 0 else None
    low, high = limits(kind, target, multiplier, n, Z_998, phi, floor)
    status = (
        values.select("code", "value")
        .with_columns(low=low, high=high)
        .select(
            "code",
            pl.when(pl.col("value") > pl.col("high"))
            .then(pl.lit(FunnelStatus.ABOVE.value))
            .when(pl.col("value") < pl.col("low"))
            .then(pl.lit(FunnelStatus.BELOW.value))
            .otherwise(pl.lit(FunnelStatus.WITHIN.value))
            .alias("funnel"),
        )
    )
    classified = points.join(status, on="code", how="left")
    grid = limits_grid(kind, target, multiplier, phi, n.to_list(), floor)
    return Funnel(kind, target, phi, classified, grid)


def limits_grid(
    kind: FunnelKind,
    target: float,
    multiplier: float,
    phi: float,
    denominators: list[float],
    floor: float | None = 0.0,
) -> pl.DataFrame:
    """The limits along log-spaced denominators from the smallest to the largest unit's."""
    low, high = min(denominators), max(denominators)
    steps = GRID_POINTS - 1
    grid = [low * (high / low) ** (i / steps) for i in range(GRID_POINTS)] if high > low else [low]
    n = pl.Series(grid, dtype=pl.Float64)
    low95, high95 = limits(kind, target, multiplier, n, Z_95, phi, floor)
    low998, high998 = limits(kind, target, multiplier, n, Z_998, phi, floor)
    return pl.DataFrame(
        {"n": n, "low95": low95, "high95": high95, "low998": low998, "high998": high998}
    )
