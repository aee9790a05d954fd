"""Core of the demonstration generator: hashing, random draws, context arrays and output.

The area modules of :mod:`data_access.demo` (``education``, ``social``, ...) each get one
:class:`Generator` and add their variables to it with :meth:`Generator.put`; this module holds
what they share: the per-row context arrays derived from the real data, the random-draw helpers,
the reference series used by several areas and the conversion to the long output frame.

Determinism: every random draw is a function of ``(seed, code, variable, stream[, year])`` only.
The seed and the gmina code are hashed with BLAKE2b (not Python's randomised ``hash()``), the seed
and the variable/stream name likewise, and the two keys and the year are combined with the
SplitMix64 finaliser, vectorised in numpy. So the output is identical for identical input, does
not depend on the row order, and the values of one gmina do not depend on which other gminy are
in the input. Nor does a draw depend on the order in which the areas run: only values that one
area reads from another (:meth:`Generator.get`) tie the areas to their order.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping, Sequence

import numpy as np
import polars as pl

from data_access.catalogue_model import Status

CONTEXT_COLUMNS: tuple[str, ...] = (
    "code",
    "year",
    "gmina_type",
    "pop_total",
    "pop_pre",
    "pop_work",
    "pop_post",
    "area_km2",
    "own_revenue",
)

#: Probability that a group of variables (one statistical report) is missing for a unit-year.
P_NO_DATA = 0.02

# Status codes used internally; mapped to :class:`Status` values in the output.
_VALUE, _NO_DATA, _NOT_APPLICABLE = 0, 1, 2
_STATUS_NAMES = {
    _VALUE: Status.VALUE.value,
    _NO_DATA: Status.NO_DATA.value,
    _NOT_APPLICABLE: Status.NOT_APPLICABLE.value,
}

# --- National reference series (approximate, used to shape trends) -------------------------
# Series used by one area only live in that area's module.

#: Own revenue of gminy per resident, Poland (zł), from GUS BDL FINA 2622 and LUDN 1336.
REF_OWN_REVENUE_PC: dict[int, float] = {
    2010: 1730,
    2011: 1800,
    2012: 1880,
    2013: 1960,
    2014: 2110,
    2015: 2298,
    2016: 2368,
    2017: 2508,
    2018: 2732,
    2019: 2958,
    2020: 3195,
    2021: 3487,
    2022: 3861,
    2023: 3882,
    2024: 4712,
}
#: Live births in Poland (thousands).
BIRTHS_K: dict[int, float] = {
    2008: 415,
    2009: 417,
    2010: 413,
    2011: 389,
    2012: 386,
    2013: 370,
    2014: 376,
    2015: 369,
    2016: 382,
    2017: 402,
    2018: 388,
    2019: 375,
    2020: 355,
    2021: 331,
    2022: 305,
    2023: 272,
    2024: 252,
}
#: Consumer prices, 2015 = 1.
CPI: dict[int, float] = {
    2010: 0.93,
    2011: 0.97,
    2012: 1.00,
    2013: 1.01,
    2014: 1.01,
    2015: 1.00,
    2016: 0.994,
    2017: 1.014,
    2018: 1.030,
    2019: 1.053,
    2020: 1.089,
    2021: 1.144,
    2022: 1.306,
    2023: 1.455,
    2024: 1.508,
}
#: Average wages in the public sector, 2015 = 1 (drives labour-intensive service costs).
WAGES: dict[int, float] = {
    2010: 0.86,
    2011: 0.89,
    2012: 0.92,
    2013: 0.95,
    2014: 0.97,
    2015: 1.00,
    2016: 1.04,
    2017: 1.09,
    2018: 1.16,
    2019: 1.25,
    2020: 1.31,
    2021: 1.43,
    2022: 1.60,
    2023: 1.84,
    2024: 2.10,
}

SMOG_VOIVODESHIPS = (12, 24)  # małopolskie, śląskie
NORTH_VOIVODESHIPS = (22, 28, 32)  # pomorskie, warmińsko-mazurskie, zachodniopomorskie
EAST_VOIVODESHIPS = (6, 18, 20, 26, 28)

_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def _blake64(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _mix(x: np.ndarray) -> np.ndarray:
    """SplitMix64 finaliser on a uint64 array (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M1
    x = x ^ (x >> np.uint64(27))
    x = x * _M2
    return x ^ (x >> np.uint64(31))


def sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def prepare(context: pl.DataFrame) -> pl.DataFrame:
    """Check the input context, sort it by code and year, derive the age shares and revenue per
    resident and fill their gaps within each code (last known value forward, then backward)."""
    missing = [c for c in CONTEXT_COLUMNS if c not in context.columns]
    if missing:
        raise ValueError(f"context lacks columns: {missing}")
    numeric = ["pop_total", "pop_pre", "pop_work", "pop_post", "area_km2", "own_revenue"]
    df = context.select(
        pl.col("code").cast(pl.String),
        pl.col("year").cast(pl.Int32),
        pl.col("gmina_type").cast(pl.String),
        *[pl.col(c).cast(pl.Float64) for c in numeric],
    )
    if df["code"].null_count() or df["year"].null_count():
        raise ValueError("context has rows without code or year")
    if df.select(pl.struct("code", "year").is_duplicated().any()).item():
        raise ValueError("context has duplicate (code, year) rows")
    age_sum = pl.col("pop_pre") + pl.col("pop_work") + pl.col("pop_post")
    return (
        df.sort("code", "year")
        .with_columns(
            gtype=pl.coalesce(pl.col("gmina_type"), pl.col("code").str.slice(-1, 1)),
            share_pre=pl.col("pop_pre") / age_sum,
            share_post=pl.col("pop_post") / age_sum,
            rev_pc=pl.col("own_revenue") / pl.col("pop_total"),
        )
        .with_columns(
            pl.col(c).forward_fill().backward_fill().over("code")
            for c in ("pop_total", "share_pre", "share_post", "area_km2", "rev_pc")
        )
    )


class Generator:
    """Holds the per-row context arrays and the produced variables.

    An area module's ``generate(g)`` reads the context arrays (``t``, ``urb``, ``w``, ``pop``,
    ...), draws with :meth:`u`, :meth:`latent`, :meth:`factor`, :meth:`share`, :meth:`flag`,
    :meth:`poisson`, and stores each variable with :meth:`put`."""

    def __init__(self, frame: pl.DataFrame, seed: int) -> None:
        self.seed = seed
        self.frame = frame
        n = frame.height
        self.n = n
        codes = frame["code"]
        keys = {c: _blake64(f"{seed}|code|{c}") for c in codes.unique().to_list()}
        self.code_key = codes.replace_strict(keys, return_dtype=pl.UInt64).to_numpy()
        self.year = frame["year"].to_numpy().astype(np.int64)
        self.year_key = self.year.astype(np.uint64) * _GOLDEN
        self.t = (self.year - 2015).astype(np.float64)
        first = np.ones(n, dtype=bool)
        code_arr = codes.to_numpy()
        first[1:] = code_arr[1:] != code_arr[:-1]
        self.group_start = np.maximum.accumulate(np.where(first, np.arange(n), 0))

        gtype = frame["gtype"].to_numpy()
        self.typ = np.where(np.isin(gtype, ["1", "2", "3"]), gtype, "3").astype("<U1")
        self.urban = self.typ == "1"
        self.urb = np.select([self.typ == "1", self.typ == "3"], [1.0, 0.5], 0.0)

        pop = frame["pop_total"].to_numpy().astype(np.float64)
        self.has_pop = np.isfinite(pop) & (pop > 0)
        self.pop = np.where(self.has_pop, pop, 5000.0)
        share_pre = frame["share_pre"].to_numpy().astype(np.float64)
        share_post = frame["share_post"].to_numpy().astype(np.float64)
        self.share_pre = np.where(np.isfinite(share_pre), share_pre, 0.18 + 0.01 * (1 - self.urb))
        self.share_post = np.where(np.isfinite(share_post), share_post, 0.19 + 0.05 * self.urb)
        self.pre = self.pop * self.share_pre
        self.post = self.pop * self.share_post
        self.work = self.pop - self.pre - self.post
        area = frame["area_km2"].to_numpy().astype(np.float64)
        default_density = np.select([self.typ == "1", self.typ == "3"], [1000.0, 100.0], 55.0)
        self.area = np.where(np.isfinite(area) & (area > 0), area, self.pop / default_density)
        self.dens = self.pop / self.area
        self.ld = np.log10(np.maximum(self.dens, 1.0))
        self.lp = np.log10(self.pop)
        self.big = (self.pop >= 100_000).astype(np.float64)
        ref_rev = self.table(REF_OWN_REVENUE_PC)
        rev_pc = frame["rev_pc"].to_numpy().astype(np.float64)
        default_rev = ref_rev * (0.6 + 0.4 * self.urb)
        self.rev_pc = np.where(np.isfinite(rev_pc) & (rev_pc > 0), rev_pc, default_rev)
        self.own = self.rev_pc * self.pop
        self.w = np.clip(np.log(self.rev_pc / ref_rev), -1.5, 2.0)
        self.suburb = np.where(self.urban, 0.0, np.clip((self.ld - 1.85) / 0.5, 0.0, 1.0))
        woj = np.array([int(c[:2]) if c[:2].isdigit() else 0 for c in code_arr])
        self.south = np.isin(woj, SMOG_VOIVODESHIPS).astype(np.float64)
        self.north = np.isin(woj, NORTH_VOIVODESHIPS).astype(np.float64)
        self.east = np.isin(woj, EAST_VOIVODESHIPS).astype(np.float64)
        self.wages = self.table(WAGES)
        self.cpi = self.table(CPI)
        self.costs = np.sqrt(self.wages * self.cpi)

        self.values: dict[str, np.ndarray] = {}
        self.status: dict[str, np.ndarray] = {}
        self._nodata: dict[str, np.ndarray] = {}

    # --- random draws -----------------------------------------------------------------------

    def u(self, name: str, stream: str = "", per_year: bool = True) -> np.ndarray:
        """Uniform (0, 1), a pure function of (seed, code, name, stream[, year])."""
        key = np.uint64(_blake64(f"{self.seed}|var|{name}|{stream}"))
        x = _mix(self.code_key ^ key)
        if per_year:
            x = _mix(x ^ self.year_key)
        return ((x >> np.uint64(11)).astype(np.float64) + 0.5) * 2.0**-53

    def z(self, name: str, stream: str = "", per_year: bool = True) -> np.ndarray:
        """Standard normal (Box–Muller)."""
        u1 = self.u(name, stream + "#1", per_year)
        u2 = self.u(name, stream + "#2", per_year)
        return np.sqrt(-2.0 * np.log(u1)) * np.cos(2.0 * np.pi * u2)

    def latent(self, name: str, level: float, slope: float = 0.0, noise: float = 0.0) -> np.ndarray:
        """Additive unit effect: a fixed level, a unit-specific trend and yearly noise."""
        out = level * self.z(name, "level", per_year=False)
        if slope:
            out = out + slope * self.z(name, "slope", per_year=False) * self.t / 9.0
        if noise:
            out = out + noise * self.z(name, "noise")
        return out

    def factor(self, name: str, level: float, slope: float = 0.0, noise: float = 0.0) -> np.ndarray:
        """Multiplicative (log-normal) unit effect."""
        return np.exp(self.latent(name, level, slope, noise))

    def share(
        self,
        name: str,
        base_logit: np.ndarray | float,
        level: float,
        slope: float = 0.0,
        noise: float = 0.0,
    ) -> np.ndarray:
        """A proportion in (0, 1): logistic of a base plus a unit effect."""
        return sigmoid(base_logit + self.latent(name, level, slope, noise))

    def flag(self, name: str, probability: np.ndarray | float) -> np.ndarray:
        """True where a per-unit uniform is below ``probability`` (stable across years, so a
        rising probability means the service starts once and then continues)."""
        return self.u(name, "flag", per_year=False) < probability

    def poisson(self, name: str, lam: np.ndarray) -> np.ndarray:
        """Poisson counts by inversion (normal approximation for large means)."""
        lam = np.maximum(np.asarray(lam, dtype=np.float64), 0.0)
        u = self.u(name, "poisson")
        out = np.empty(self.n, dtype=np.float64)
        large = lam >= 40.0
        if large.any():
            z = self.z(name, "poisson-normal")[large]
            out[large] = np.maximum(0.0, np.round(lam[large] + np.sqrt(lam[large]) * z))
        small = ~large
        if small.any():
            lam_s, u_s = lam[small], u[small]
            k = np.zeros_like(lam_s)
            p = np.exp(-lam_s)
            cdf = p.copy()
            active = u_s > cdf
            step = 0
            while active.any() and step < 200:
                step += 1
                k[active] += 1.0
                p[active] *= lam_s[active] / k[active]
                cdf[active] += p[active]
                active &= u_s > cdf
            out[small] = k
        return out

    def table(self, series: Mapping[int, float]) -> np.ndarray:
        """Per-row value of a yearly reference series; years outside it take the nearest
        known year, gaps take the previous known year."""
        years = sorted(series)
        first, last = years[0], years[-1]
        lookup = np.empty(last - first + 1)
        current = series[first]
        for y in range(first, last + 1):
            current = series.get(y, current)
            lookup[y - first] = current
        return lookup[np.clip(self.year, first, last) - first]

    def yearly(self, series: Mapping[int, float], default: float = 1.0) -> np.ndarray:
        """Per-row yearly factor that is ``default`` outside the years given."""
        out = np.full(self.n, default)
        for y, v in series.items():
            out[self.year == y] = v
        return out

    # --- output -----------------------------------------------------------------------------

    def put(
        self,
        group: str,
        name: str,
        values: np.ndarray,
        not_applicable: np.ndarray | None = None,
        no_data: np.ndarray | None = None,
    ) -> np.ndarray:
        """Store a variable. ``group`` is the statistical report it comes from: a missing
        report makes all its variables "no data" for that unit-year."""
        if name in self.values:
            raise ValueError(f"variable {name} produced twice")
        if group not in self._nodata:
            self._nodata[group] = (self.u(group, "no-data") < P_NO_DATA) | ~self.has_pop
        status = np.full(self.n, _VALUE, dtype=np.uint8)
        if not_applicable is not None:
            status[not_applicable] = _NOT_APPLICABLE
        missing = self._nodata[group] if no_data is None else (self._nodata[group] | no_data)
        missing = missing & ((status == _VALUE) | ~self.has_pop)
        status[missing] = _NO_DATA
        values = np.asarray(values, dtype=np.float64)
        if not np.isfinite(values[status == _VALUE]).all():
            raise ValueError(f"variable {name} has non-finite values")
        self.values[name] = values
        self.status[name] = status
        return values

    def get(self, name: str) -> np.ndarray:
        """The values of a variable an earlier area has already put (whatever its status)."""
        if name not in self.values:
            raise KeyError(f"variable {name} is not produced yet: check the order of the areas")
        return self.values[name]

    def to_frame(self, variables: Sequence[str]) -> pl.DataFrame:
        """The long ``code, variable, year, value, status`` frame, variable by variable in the
        order of ``variables``."""
        code = self.frame["code"]
        year = self.frame["year"]
        parts = []
        for name in variables:
            status = self.status[name]
            values = np.where(status == _VALUE, self.values[name], np.nan)
            parts.append(
                pl.DataFrame(
                    {
                        "code": code,
                        "variable": pl.Series([name]).new_from_index(0, self.n),
                        "year": year,
                        "value": pl.Series(values, dtype=pl.Float64).fill_nan(None),
                        "status": pl.Series(status, dtype=pl.UInt8),
                    }
                )
            )
        out = pl.concat(parts, rechunk=True)
        return out.with_columns(
            pl.col("status").replace_strict(_STATUS_NAMES, return_dtype=pl.String)
        )
