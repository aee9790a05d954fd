"""Deterministic generator of demonstration component variables (``demo_*``).

The demonstration indicators of :mod:`data_access.catalogue_demo` are computed from gmina-level
component variables that do not exist in the shipped data. This module invents plausible values
for them from each gmina's real context (population, age structure, area, gmina type, own revenue
per resident): realistic levels for Poland, spread between units, smooth trends over the years
with noise, a few missing unit-years and "not applicable" where a gmina does not deliver the
service. **The values are fictitious** and must always be presented as demonstration data.

Determinism: every random draw is a function of ``(seed, code, variable, stream[, year])`` only.
The seed and the gmina code are hashed with BLAKE2b (not Python's randomised ``hash()``), the seed
and the variable/stream name likewise, and the two keys and the year are combined with the
SplitMix64 finaliser, vectorised in numpy. So the output is identical for identical input, does
not depend on the row order, and the values of one gmina do not depend on which other gminy are
in the input.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Mapping

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

DEMO_VARIABLES: tuple[str, ...] = (
    # edukacja
    "demo_children_under_3",
    "demo_children_3_5",
    "demo_preschool_children_3_5",
    "demo_preschool_children",
    "demo_preschool_places",
    "demo_preschool_teachers",
    "demo_preschool_spending",
    "demo_primary_pupils",
    "demo_primary_classes",
    "demo_primary_schools",
    "demo_primary_computers",
    "demo_primary_spending",
    "demo_exam8_takers",
    "demo_exam8_score_sum",
    "demo_pupils_transported",
    "demo_pupils_transported_long",
    "demo_pupil_transport_spending",
    # polityka społeczna
    "demo_social_beneficiaries",
    "demo_social_beneficiaries_longterm",
    "demo_social_workers",
    "demo_social_spending",
    "demo_nursery_places",
    "demo_nursery_children",
    "demo_nursery_staff",
    "demo_nursery_spending",
    "demo_senior_daycare_places",
    "demo_care_recipients",
    "demo_care_hours",
    "demo_care_spending",
    # kultura
    "demo_library_volumes",
    "demo_library_readers",
    "demo_library_loans",
    "demo_library_spending",
    "demo_culture_events",
    "demo_culture_participants",
    "demo_culture_group_members",
    "demo_culture_spending",
    "demo_sport_facilities",
    "demo_sport_club_members",
    "demo_sport_club_members_youth",
    "demo_sport_coaches",
    "demo_sport_spending",
    # drogi i transport
    "demo_roads_km",
    "demo_roads_hard_km",
    "demo_roads_hard_good_km",
    "demo_roads_spending",
    "demo_transit_vehicle_km",
    "demo_transit_pop_near_stop",
    "demo_transit_buses",
    "demo_transit_bus_age_sum",
    "demo_transit_subsidy",
    "demo_road_accidents",
    "demo_road_fatalities",
    "demo_bike_paths_km",
    # środowisko
    "demo_waste_t",
    "demo_waste_selective_t",
    "demo_waste_declared_residents",
    "demo_waste_spending",
    "demo_water_pop_connected",
    "demo_sewer_pop_connected",
    "demo_water_household_m3",
    "demo_water_household_charges",
    "demo_water_produced_m3",
    "demo_water_losses_m3",
    "demo_water_network_km",
    "demo_water_failures",
    "demo_gas_pop_connected",
    "demo_heat_sources_replaced",
    "demo_pm10_pop_weighted",
    "demo_air_spending",
    # nieruchomości
    "demo_municipal_dwellings",
    "demo_municipal_dwellings_ch",
    "demo_flat_queue",
    "demo_flats_allocated",
    "demo_flat_wait_months_sum",
    "demo_rent_due",
    "demo_rent_arrears",
    "demo_mpzp_area_km2",
    "demo_wz_decisions",
    "demo_wz_days_sum",
    "demo_planning_spending",
    "demo_municipal_land_ha",
    "demo_municipal_land_leased_ha",
    "demo_land_sold_ha",
    "demo_land_sale_revenue",
    # inwestycje
    "demo_building_permits",
    "demo_building_permits_65d",
    "demo_building_permit_days_sum",
    "demo_dwellings_completed",
    "demo_dwellings_completed_m2",
    "demo_dwelling_stock",
    # geodezja
    "demo_egib_parcels",
    "demo_egib_parcels_vector",
    "demo_egib_extracts",
    "demo_egib_extracts_online",
    "demo_geo_requests",
    "demo_geo_requests_online",
    "demo_geo_request_days_sum",
    "demo_geo_spending",
    "demo_geo_works",
    "demo_geo_works_ontime",
    "demo_geo_works_online",
    # podatki
    "demo_tax_property_due",
    "demo_tax_property_arrears",
    "demo_tax_property_payments",
    "demo_tax_property_payments_online",
    "demo_tax_property_rate_relief",
    "demo_tax_agricultural_due",
    "demo_tax_agricultural_arrears",
    "demo_tax_agricultural_payments",
    "demo_tax_agricultural_payments_online",
    "demo_tax_forest_due",
    "demo_tax_forest_arrears",
    "demo_tax_forest_payments",
    "demo_tax_forest_payments_online",
    "demo_tax_transport_due",
    "demo_tax_transport_arrears",
    "demo_tax_transport_payments",
    "demo_tax_transport_payments_online",
    # finanse
    "demo_current_revenue",
    "demo_debt",
    "demo_debt_service",
    "demo_operating_surplus",
    # kontekst
    "demo_unemployed",
    "demo_unemployed_longterm",
    "demo_employed",
    "demo_regon_entities",
    "demo_regon_new",
    "demo_births",
    "demo_net_migration",
)


def demo_variables() -> frozenset[str]:
    """Names of all variables produced by :func:`generate_demo_components`."""
    return frozenset(DEMO_VARIABLES)


# --- National reference series (approximate, used to shape trends) -------------------------

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
#: Grades in the 8-year primary school (6 before the 2017 reform).
PRIMARY_GRADES: dict[int, float] = {2015: 6, 2016: 6, 2017: 7, 2018: 8}
#: 6-year-olds in pre-school education relative to children aged 3–5 (2015: partly at school).
PRESCHOOL_SIX: dict[int, float] = {2014: 1.10, 2015: 1.15, 2016: 1.33}
COVID_LIBRARY: dict[int, float] = {2020: 0.80, 2021: 0.90}
COVID_EVENTS: dict[int, float] = {2020: 0.45, 2021: 0.70}
COVID_LIGHT: dict[int, float] = {2020: 0.88, 2021: 0.93}
ACCIDENTS_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.02,
    2017: 0.98,
    2018: 0.96,
    2019: 0.92,
    2020: 0.72,
    2021: 0.69,
    2022: 0.62,
    2023: 0.62,
    2024: 0.58,
}
FATALITIES_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.04,
    2017: 0.96,
    2018: 0.97,
    2019: 0.99,
    2020: 0.86,
    2021: 0.77,
    2022: 0.65,
    2023: 0.65,
    2024: 0.63,
}
WASTE_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.07,
    2017: 1.11,
    2018: 1.15,
    2019: 1.17,
    2020: 1.21,
    2021: 1.26,
    2022: 1.24,
    2023: 1.23,
    2024: 1.25,
}
WASTE_COST: dict[int, float] = {
    2015: 1.00,
    2016: 1.02,
    2017: 1.05,
    2018: 1.15,
    2019: 1.45,
    2020: 1.85,
    2021: 2.05,
    2022: 2.30,
    2023: 2.60,
    2024: 2.75,
}
CLEAN_AIR: dict[int, float] = {
    2015: 1.0,
    2016: 1.2,
    2017: 1.6,
    2018: 2.5,
    2019: 4.0,
    2020: 5.0,
    2021: 7.0,
    2022: 9.0,
    2023: 8.0,
    2024: 6.0,
}
PM10_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 0.95,
    2017: 0.98,
    2018: 1.00,
    2019: 0.85,
    2020: 0.80,
    2021: 0.83,
    2022: 0.78,
    2023: 0.72,
    2024: 0.74,
}
PERMITS_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.07,
    2017: 1.15,
    2018: 1.17,
    2019: 1.15,
    2020: 1.05,
    2021: 1.20,
    2022: 1.00,
    2023: 0.88,
    2024: 0.95,
}
COMPLETIONS_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 1.10,
    2017: 1.22,
    2018: 1.26,
    2019: 1.40,
    2020: 1.50,
    2021: 1.60,
    2022: 1.43,
    2023: 1.36,
    2024: 1.36,
}
UNEMPLOYMENT_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 0.86,
    2017: 0.71,
    2018: 0.64,
    2019: 0.57,
    2020: 0.68,
    2021: 0.60,
    2022: 0.53,
    2023: 0.53,
    2024: 0.52,
}
#: Rye price used for the agricultural tax, 2015 = 1.
RYE_PRICE: dict[int, float] = {
    2015: 1.00,
    2016: 0.87,
    2017: 0.85,
    2018: 0.87,
    2019: 0.93,
    2020: 0.89,
    2021: 0.86,
    2022: 0.86,
    2023: 1.37,
    2024: 1.23,
}
#: Current revenue relative to 2015 structure (the 500+ child benefit went through gmina
#: budgets in 2016–2021).
TRANSFERS: dict[int, float] = {
    2015: 1.00,
    2016: 1.25,
    2017: 1.30,
    2018: 1.30,
    2019: 1.40,
    2020: 1.45,
    2021: 1.30,
    2022: 1.00,
    2023: 1.00,
    2024: 1.00,
}
DEBT_TREND: dict[int, float] = {
    2015: 1.00,
    2016: 0.93,
    2017: 0.90,
    2018: 0.95,
    2019: 1.00,
    2020: 1.00,
    2021: 0.95,
    2022: 0.85,
    2023: 0.85,
    2024: 0.90,
}
OPERATING_SHIFT: dict[int, float] = {
    2015: 0.00,
    2016: 0.01,
    2017: 0.01,
    2018: 0.01,
    2019: -0.01,
    2020: 0.00,
    2021: 0.05,
    2022: 0.03,
    2023: -0.02,
    2024: -0.03,
}
EXAM_SHIFT: dict[int, float] = {2019: 0.0, 2020: 1.0, 2021: -1.0, 2022: -2.0, 2023: 0.0}
EXAM_FIRST_YEAR = 2019

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


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def _prepare(context: pl.DataFrame) -> pl.DataFrame:
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


class _Generator:
    """Holds the per-row context arrays and the produced variables."""

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
        return _sigmoid(base_logit + self.latent(name, level, slope, noise))

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

    def to_frame(self) -> pl.DataFrame:
        code = self.frame["code"]
        year = self.frame["year"]
        parts = []
        for name in DEMO_VARIABLES:
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

    # --- the variables ----------------------------------------------------------------------

    def run(self) -> None:
        self._education()
        self._social()
        self._culture()
        self._roads()
        self._environment()
        self._real_estate()
        self._investment()
        self._geodesy()
        self._taxes()
        self._finance()
        self._context()
        produced, expected = set(self.values), set(DEMO_VARIABLES)
        if produced != expected:
            raise RuntimeError(f"demo variables mismatch: {sorted(produced ^ expected)}")

    def _education(self) -> None:
        t, urb, w = self.t, self.urb, self.w
        births = {y: v / 375.0 for y, v in BIRTHS_K.items()}
        under_3 = {y: (births[y] + births[y - 1] + births[y - 2]) / 3 for y in range(2010, 2025)}
        age_3_5 = {
            y: (births[y - 3] + births[y - 4] + births[y - 5]) / 3 for y in range(2013, 2025)
        }
        cohort = self.pre / 18.0
        c_u3 = np.round(
            cohort * 3 * self.table(under_3) * self.factor("children_under_3", 0.07, 0.03, 0.01)
        )
        c_35 = np.round(
            cohort * 3 * self.table(age_3_5) * self.factor("children_3_5", 0.07, 0.03, 0.01)
        )
        self.children_u3 = self.put("ludnosc", "demo_children_under_3", c_u3)
        self.put("ludnosc", "demo_children_3_5", c_35)

        rate = self.share(
            "preschool_rate", _logit(0.72) + 1.6 * urb + 0.12 * t + 0.4 * w, 0.5, 0.1, 0.1
        )
        enrolled = np.round(c_35 * rate)
        total = np.round(
            enrolled * self.table(PRESCHOOL_SIX) * self.factor("preschool_total", 0.05, 0.0, 0.02)
        )
        total = np.maximum(total, enrolled)
        occupancy = self.share("preschool_occupancy", _logit(0.9), 0.5, 0.0, 0.1)
        places = np.ceil(total / occupancy)
        ratio = (11.0 + 3.0 * urb) * self.factor("preschool_ratio", 0.1, 0.03, 0.03)
        teachers = np.maximum(1.0, np.round(total / ratio, 1))
        per_child = (
            8500.0
            * self.wages
            * (1 + 0.12 * urb)
            * np.exp(0.1 * w)
            * self.factor("preschool_cost", 0.12, 0.05, 0.04)
        )
        self.put("przedszkola", "demo_preschool_children_3_5", enrolled)
        self.put("przedszkola", "demo_preschool_children", total)
        self.put("przedszkola", "demo_preschool_places", places)
        self.put("przedszkola", "demo_preschool_teachers", teachers)
        self.put("przedszkola", "demo_preschool_spending", np.round(total * per_child, 2))

        grades = self.table(PRIMARY_GRADES)
        pupils = np.maximum(
            2.0, np.round(cohort * grades * 0.94 * self.factor("primary_pupils", 0.06, 0.03, 0.01))
        )
        size = np.clip(9.0 + 3.5 * self.ld + 1.5 * urb, 9.0, 25.0) * self.factor(
            "class_size", 0.08, 0.02, 0.02
        )
        classes = np.clip(np.round(pupils / size), 1.0, np.maximum(1.0, pupils // 4))
        per_school = np.clip(2.0 + 4.0 * self.ld + 4.0 * urb, 6.0, 28.0) * self.factor(
            "classes_per_school", 0.1
        )
        schools = np.clip(np.round(classes / per_school), 1.0, classes)
        pupils_per_pc = 10.5 * np.exp(-0.06 * t) * self.factor("computers", 0.25, 0.05, 0.05)
        computers = np.maximum(1.0, np.round(pupils / pupils_per_pc))
        per_pupil = (
            9500.0
            * self.wages
            * (20.0 / size) ** 0.6
            * np.exp(0.08 * w)
            * self.factor("primary_cost", 0.08, 0.04, 0.03)
        )
        self.put("szkoly", "demo_primary_pupils", pupils)
        self.put("szkoly", "demo_primary_classes", classes)
        self.put("szkoly", "demo_primary_schools", schools)
        self.put("szkoly", "demo_primary_computers", computers)
        self.put("szkoly", "demo_primary_spending", np.round(pupils * per_pupil, 2))

        before_exam = self.year < EXAM_FIRST_YEAR
        takers = np.clip(
            np.round(cohort * 0.97 * self.factor("exam_takers", 0.03, 0.0, 0.04)), 1.0, pupils
        )
        score = (
            56.0
            + 4.0 * (urb - 0.5)
            + 3.5 * w
            + 2.5 * (self.lp - 4.0)
            + self.yearly(EXAM_SHIFT, 1.0)
            + self.latent("exam_score", 4.0, 1.0, 1.8)
        )
        score = np.clip(score, 25.0, 90.0)
        self.put("egzamin", "demo_exam8_takers", takers, no_data=before_exam)
        self.put(
            "egzamin", "demo_exam8_score_sum", np.round(score * takers, 2), no_data=before_exam
        )

        provider = ~self.urban | self.flag("pupil_transport", 0.6)
        share = np.clip(0.55 - 0.12 * self.ld - 0.15 * urb, 0.015, 0.6) * self.factor(
            "pupil_transport_share", 0.25, 0.05, 0.04
        )
        transported = np.where(provider, np.clip(np.round(pupils * share), 1.0, pupils), 0.0)
        long_share = self.share(
            "pupil_transport_long",
            _logit(0.12) + 0.6 * np.clip(2.0 - self.ld, -1.0, 1.5),
            0.5,
            0.0,
            0.15,
        )
        per_pupil = (
            1300.0
            * self.costs
            * (1 + 0.3 * np.clip(2.0 - self.ld, 0.0, 1.5))
            * self.factor("pupil_transport_cost", 0.25, 0.05, 0.05)
        )
        self.put("dowozenie", "demo_pupils_transported", transported)
        self.put(
            "dowozenie",
            "demo_pupils_transported_long",
            np.round(transported * long_share),
            not_applicable=~provider,
        )
        self.put(
            "dowozenie",
            "demo_pupil_transport_spending",
            np.round(transported * per_pupil, 2),
            not_applicable=~provider,
        )

    def _social(self) -> None:
        t, urb, w, pop = self.t, self.urb, self.w, self.pop
        rate = np.clip(
            45.0
            * np.exp(-0.08 * t)
            * np.exp(-0.35 * w)
            * (1 + 0.3 * (1 - urb))
            * (1 + 0.25 * self.east)
            * self.factor("social_rate", 0.3, 0.08, 0.05),
            3.0,
            250.0,
        )
        beneficiaries = np.maximum(1.0, np.round(pop * rate / 1000.0))
        longterm = np.round(
            beneficiaries * self.share("social_longterm", _logit(0.52) - 0.3 * w, 0.35, 0.1, 0.08)
        )
        workers = np.maximum(
            1.0, np.round(pop / 2000.0 * 0.95 * self.factor("social_workers", 0.2, 0.05, 0.05), 1)
        )
        per_beneficiary = (
            2300.0
            * self.cpi
            * 1.04**t
            * np.exp(0.15 * w)
            * self.factor("social_cost", 0.2, 0.05, 0.06)
        )
        self.put("pomoc", "demo_social_beneficiaries", beneficiaries)
        self.put("pomoc", "demo_social_beneficiaries_longterm", longterm)
        self.put("pomoc", "demo_social_workers", workers)
        self.put("pomoc", "demo_social_spending", np.round(beneficiaries * per_beneficiary, 2))

        p = _sigmoid(
            -1.6 + 1.7 * (self.lp - 4.0) + 1.8 * urb + 0.28 * t + 0.8 * w + 0.6 * self.suburb
        )
        nursery = self.flag("nursery", p) | (pop >= 50_000)
        rate = (
            (7.0 + 10.0 * urb + 8.0 * self.suburb)
            * (1 + 0.09 * t)
            * self.factor("nursery_rate", 0.35, 0.1, 0.05)
        )
        places = np.where(nursery, np.maximum(8.0, np.round(self.children_u3 * rate / 100.0)), 0.0)
        occupancy = self.share("nursery_occupancy", _logit(0.92), 0.5, 0.0, 0.2)
        children = np.round(places * occupancy)
        staff = np.maximum(
            1.0, np.round(children / (6.2 * self.factor("nursery_staff", 0.1, 0.0, 0.05)), 1)
        )
        per_child = 9000.0 * self.wages * self.factor("nursery_cost", 0.2, 0.05, 0.05)
        self.put("zlobki", "demo_nursery_places", places)
        self.put("zlobki", "demo_nursery_children", children)
        self.put("zlobki", "demo_nursery_staff", staff, not_applicable=~nursery)
        self.put(
            "zlobki",
            "demo_nursery_spending",
            np.round(children * per_child, 2),
            not_applicable=~nursery,
        )

        daycare = self.flag(
            "senior_daycare", _sigmoid(-1.2 + 0.9 * (self.lp - 4.0) + 0.8 * urb + 0.2 * t)
        )
        daycare_places = np.where(
            daycare,
            np.maximum(
                15.0,
                np.round(
                    self.post * 6.0 / 1000.0 * self.factor("senior_daycare_rate", 0.4, 0.1, 0.02)
                ),
            ),
            0.0,
        )
        care = self.flag("care_services", 0.88) | (pop >= 20_000)
        recipients = np.where(
            care,
            np.maximum(
                1.0,
                np.round(
                    self.post
                    * 14.0
                    / 1000.0
                    * (1 + 0.02 * t)
                    * self.factor("care_rate", 0.45, 0.1, 0.08)
                ),
            ),
            0.0,
        )
        hours = np.round(recipients * 380.0 * self.factor("care_hours", 0.3, 0.05, 0.08))
        per_hour = 19.0 * self.wages * self.factor("care_cost", 0.2, 0.05, 0.05)
        self.put("seniorzy", "demo_senior_daycare_places", daycare_places)
        self.put("seniorzy", "demo_care_recipients", recipients)
        self.put("seniorzy", "demo_care_hours", hours, not_applicable=~care)
        self.put(
            "seniorzy", "demo_care_spending", np.round(hours * per_hour, 2), not_applicable=~care
        )

    def _culture(self) -> None:
        t, urb, w, pop = self.t, self.urb, self.w, self.pop
        volumes = np.round(
            pop
            / 1000.0
            * (4600.0 - 2000.0 * urb)
            * np.exp(-0.013 * t)
            * self.factor("library_volumes", 0.25, 0.03, 0.01)
        )
        readers_rate = np.clip(
            160.0
            * self.yearly(COVID_LIBRARY)
            * (1 - 0.005 * t)
            * self.factor("library_readers", 0.25, 0.05, 0.04),
            20.0,
            600.0,
        )
        readers = np.maximum(1.0, np.round(pop * readers_rate / 1000.0))
        loans = np.round(
            readers
            * 17.0
            * self.yearly({2020: 0.92})
            * self.factor("library_loans", 0.2, 0.05, 0.05)
        )
        spending = (
            pop
            * 30.0
            * self.costs
            * np.exp(0.25 * w)
            * self.factor("library_cost", 0.3, 0.05, 0.05)
        )
        self.put("biblioteki", "demo_library_volumes", volumes)
        self.put("biblioteki", "demo_library_readers", readers)
        self.put("biblioteki", "demo_library_loans", loans)
        self.put("biblioteki", "demo_library_spending", np.round(spending, 2))

        centre = self.flag("culture_centre", 0.93) | (pop >= 30_000)
        events = np.where(
            centre,
            np.maximum(
                1.0,
                self.poisson(
                    "culture_events",
                    pop
                    / 1000.0
                    * (9.0 - 5.0 * urb)
                    * self.yearly(COVID_EVENTS)
                    * self.factor("culture_events", 0.45, 0.08, 0.1),
                ),
            ),
            0.0,
        )
        participants = np.round(
            events * (80.0 + 150.0 * urb) * self.factor("culture_participants", 0.35, 0.05, 0.1)
        )
        members = np.where(
            centre,
            np.round(
                pop
                / 1000.0
                * (20.0 - 10.0 * urb)
                * self.yearly({2020: 0.8, 2021: 0.85})
                * self.factor("culture_members", 0.4, 0.05, 0.07)
            ),
            0.0,
        )
        spending = (
            pop
            * 55.0
            * self.costs
            * np.exp(0.3 * w)
            * self.factor("culture_cost", 0.35, 0.05, 0.06)
        )
        self.put("domy_kultury", "demo_culture_events", events)
        self.put("domy_kultury", "demo_culture_participants", participants)
        self.put("domy_kultury", "demo_culture_group_members", members)
        self.put(
            "domy_kultury", "demo_culture_spending", np.round(spending, 2), not_applicable=~centre
        )

        facilities = np.maximum(
            1.0,
            np.round(
                pop
                / 10000.0
                * (9.0 - 5.0 * urb)
                * (1 + 0.01 * t)
                * self.factor("sport_facilities", 0.35)
            ),
        )
        members = np.maximum(
            1.0,
            np.round(
                pop
                / 1000.0
                * 28.0
                * (1 + 0.015 * t)
                * self.yearly({2020: 0.9, 2021: 0.92})
                * self.factor("sport_members", 0.4, 0.05, 0.06)
            ),
        )
        youth = np.minimum(
            np.round(members * self.share("sport_youth", _logit(0.62), 0.4, 0.0, 0.05)),
            np.floor(self.pre),
        )
        coaches = np.round(members * 4.5 / 100.0 * self.factor("sport_coaches", 0.3, 0.05, 0.08))
        spending = (
            pop * 85.0 * self.costs * np.exp(0.35 * w) * self.factor("sport_cost", 0.4, 0.1, 0.25)
        )
        self.put("sport", "demo_sport_facilities", facilities)
        self.put("sport", "demo_sport_club_members", members)
        self.put("sport", "demo_sport_club_members_youth", youth)
        self.put("sport", "demo_sport_coaches", coaches)
        self.put("sport", "demo_sport_spending", np.round(spending, 2))

    def _roads(self) -> None:
        t, urb, w, pop = self.t, self.urb, self.w, self.pop
        roads = np.maximum(
            0.5,
            np.round(
                self.area
                * 0.146
                * self.dens**0.418
                * (1 + 0.004 * t)
                * self.factor("roads_km", 0.2),
                1,
            ),
        )
        hard_share = self.share(
            "roads_hard", -2.24 + 1.2 * self.ld + 0.35 * w + 0.06 * t, 0.5, 0.1, 0.02
        )
        hard = np.round(roads * hard_share, 1)
        good = np.round(
            hard * self.share("roads_good", _logit(0.55) + 0.05 * t + 0.2 * w, 0.6, 0.1, 0.08), 1
        )
        per_km = (
            14000.0
            * (self.dens / 50.0) ** 0.3
            * self.cpi
            * np.exp(0.3 * w)
            * self.factor("roads_cost", 0.3, 0.1, 0.3)
        )
        self.put("drogi", "demo_roads_km", roads)
        self.put("drogi", "demo_roads_hard_km", hard)
        self.put("drogi", "demo_roads_hard_good_km", good)
        self.put("drogi", "demo_roads_spending", np.round(roads * per_km, 2))

        p = _sigmoid(
            -2.2
            + 2.4 * urb
            + 1.2 * (self.lp - 4.0)
            + 0.05 * t
            + 0.25 * np.maximum(0.0, self.year - 2019.0)
        )
        transit = self.flag("transit", p) | (pop >= 50_000)
        per_resident = (
            (4.0 + 30.0 * urb * np.clip((self.lp - 4.0) / 1.2, 0.0, 1.5))
            * self.yearly({2020: 0.9})
            * self.factor("transit_vkm", 0.4, 0.05, 0.03)
        )
        vkm = np.where(transit, np.maximum(1000.0, np.round(pop * per_resident)), 0.0)
        near = np.where(
            transit,
            np.round(
                pop * self.share("transit_near_stop", _logit(0.45) + 2.2 * urb, 0.5, 0.05, 0.02)
            ),
            0.0,
        )
        buses = np.maximum(1.0, np.round(vkm / (55000.0 * self.factor("transit_buses", 0.15))))
        age = np.clip(12.0 - 0.35 * t + self.latent("transit_age", 2.0, 0.0, 0.8), 1.5, 25.0)
        subsidy = (
            vkm * (3.0 + 1.0 * urb) * self.costs * self.factor("transit_subsidy", 0.25, 0.05, 0.05)
        )
        self.put("transport", "demo_transit_vehicle_km", vkm)
        self.put("transport", "demo_transit_pop_near_stop", near)
        self.put("transport", "demo_transit_buses", buses, not_applicable=~transit)
        self.put(
            "transport",
            "demo_transit_bus_age_sum",
            np.round(buses * age, 1),
            not_applicable=~transit,
        )
        self.put("transport", "demo_transit_subsidy", np.round(subsidy, 2), not_applicable=~transit)

        accidents = self.poisson(
            "road_accidents",
            pop
            / 10000.0
            * 8.6
            * self.table(ACCIDENTS_TREND)
            * self.factor("road_accidents", 0.35, 0.1, 0.0),
        )
        fatalities = self.poisson(
            "road_fatalities",
            pop
            / 100000.0
            * 7.6
            * self.table(FATALITIES_TREND)
            * (1.6 - 1.0 * urb)
            * self.factor("road_fatalities", 0.3, 0.0, 0.0),
        )
        has_paths = self.flag("bike_paths", 0.55 + 0.45 * urb + 0.03 * t)
        paths = np.where(
            has_paths,
            np.round(
                pop
                / 10000.0
                * (1.5 + 3.0 * urb + 2.0 * self.suburb)
                * (1 + 0.1 * t)
                * self.factor("bike_paths", 0.6, 0.1, 0.02),
                1,
            ),
            0.0,
        )
        self.put("wypadki", "demo_road_accidents", accidents)
        self.put("wypadki", "demo_road_fatalities", fatalities)
        self.put("drogi", "demo_bike_paths_km", paths)

    def _environment(self) -> None:
        t, urb, w, pop = self.t, self.urb, self.w, self.pop
        kg = (
            (215.0 + 110.0 * urb + 35.0 * self.suburb)
            * self.table(WASTE_TREND)
            * np.exp(0.15 * w)
            * self.factor("waste_kg", 0.18, 0.05, 0.04)
        )
        waste = np.maximum(0.1, np.round(pop * kg / 1000.0, 1))
        selective = np.round(
            waste
            * self.share("waste_selective", _logit(0.28) + 0.082 * t + 0.2 * urb, 0.4, 0.1, 0.08),
            1,
        )
        declared = np.round(
            pop * self.share("waste_declared", _logit(0.88) - 0.6 * urb, 0.5, 0.05, 0.03)
        )
        per_tonne = (
            330.0
            * self.table(WASTE_COST)
            * np.exp(0.1 * w)
            * self.factor("waste_cost", 0.2, 0.05, 0.05)
        )
        self.put("odpady", "demo_waste_t", waste)
        self.put("odpady", "demo_waste_selective_t", selective)
        self.put("odpady", "demo_waste_declared_residents", declared)
        self.put("odpady", "demo_waste_spending", np.round(waste * per_tonne, 2))

        water_share = self.share(
            "water_share", _logit(0.84) + 1.6 * urb + 0.05 * t, 0.7, 0.05, 0.01
        )
        water = np.round(pop * water_share)
        no_sewer = (self.typ == "2") & self.flag("no_sewer", 0.04 * np.exp(-0.1 * t))
        sewer = np.where(
            no_sewer,
            0.0,
            np.round(
                pop
                * self.share(
                    "sewer_share",
                    _logit(0.38) + 2.7 * urb + 1.0 * self.suburb + 0.06 * t,
                    0.8,
                    0.1,
                    0.01,
                )
            ),
        )
        household = np.round(
            water
            * 33.0
            * (1 + 0.1 * urb)
            * (1 + 0.004 * t)
            * self.factor("water_use", 0.15, 0.03, 0.03)
        )
        price = 4.2 * 1.04**t * self.factor("water_price", 0.2, 0.05, 0.02)
        sold = household * (1.0 + (0.2 + 0.3 * urb) * self.factor("water_other", 0.3))
        loss = self.share("water_loss", _logit(0.15) - 0.3 * urb - 0.02 * t, 0.45, 0.05, 0.1)
        produced = np.round(sold / (1.0 - loss))
        losses = np.maximum(0.0, produced - np.round(sold))
        network = np.maximum(
            0.5,
            np.round(
                self.area
                * 0.25
                * self.dens**0.35
                * water_share
                * (1 + 0.008 * t)
                * self.factor("water_network", 0.25, 0.03),
                1,
            ),
        )
        failures = self.poisson(
            "water_failures",
            network / 100.0 * 22.0 * (1 - 0.02 * t) * self.factor("water_failures", 0.5, 0.1, 0.15),
        )
        self.put("woda", "demo_water_pop_connected", water)
        self.put("woda", "demo_sewer_pop_connected", sewer)
        self.put("woda", "demo_water_household_m3", household)
        self.put("woda", "demo_water_household_charges", np.round(household * price, 2))
        self.put("woda", "demo_water_produced_m3", produced)
        self.put("woda", "demo_water_losses_m3", losses)
        self.put("woda", "demo_water_network_km", network)
        self.put("woda", "demo_water_failures", failures)

        gas_p = (
            np.select([self.typ == "1", self.typ == "3"], [0.97, 0.85], 0.5 + 0.4 * self.suburb)
            + 0.015 * t
        )
        gas = self.flag("gas_network", gas_p)
        gas_pop = np.where(
            gas,
            np.round(
                pop
                * self.share(
                    "gas_share",
                    _logit(0.15) + 2.6 * urb + 0.5 * self.suburb + 0.03 * t,
                    0.9,
                    0.05,
                    0.01,
                )
            ),
            0.0,
        )
        replaced = self.poisson(
            "heat_sources",
            pop
            / 1000.0
            * 0.4
            * self.table(CLEAN_AIR)
            * (1 + self.south)
            * (1.3 - 0.6 * urb)
            * self.factor("heat_sources", 0.6, 0.2, 0.2),
        )
        pm10 = (
            (23.0 + 6.0 * self.south + 3.0 * urb - 4.0 * self.north)
            * self.table(PM10_TREND)
            * self.factor("pm10", 0.15, 0.04, 0.05)
        )
        air_spending = (
            pop
            * 3.0
            * self.table(CLEAN_AIR) ** 0.8
            * (1 + 1.5 * self.south)
            * np.exp(0.3 * w)
            * self.factor("air_cost", 0.7, 0.2, 0.3)
        )
        self.put("powietrze", "demo_gas_pop_connected", gas_pop)
        self.put("powietrze", "demo_heat_sources_replaced", replaced)
        self.put("powietrze", "demo_pm10_pop_weighted", np.round(pm10 * pop, 1))
        self.put("powietrze", "demo_air_spending", np.round(air_spending, 2))

    def _real_estate(self) -> None:
        t, urb, pop = self.t, self.urb, self.pop
        dwellings = np.maximum(
            2.0,
            np.round(
                pop
                / 1000.0
                * (5.0 + 22.0 * urb + 10.0 * self.big)
                * np.exp(-0.018 * t)
                * self.factor("municipal_dwellings", 0.5, 0.05)
            ),
        )
        heating = np.round(
            dwellings
            * self.share("municipal_heating", _logit(0.72) + 0.09 * t + 0.3 * urb, 0.8, 0.1, 0.02)
        )
        queue = np.round(
            dwellings * (4.0 + 10.0 * urb) / 100.0 * self.factor("flat_queue", 0.6, 0.2, 0.1)
        )
        allocated = self.poisson(
            "flats_allocated", dwellings * 0.04 * self.factor("flats_allocated", 0.4, 0.0, 0.2)
        )
        wait = (14.0 + 30.0 * urb + 10.0 * self.big) * self.factor("flat_wait", 0.5, 0.1, 0.15)
        rent_due = (
            dwellings
            * 12.0
            * 230.0
            * self.costs
            * (1 + 0.3 * urb)
            * self.factor("rent", 0.2, 0.05, 0.02)
        )
        arrears = rent_due * self.share(
            "rent_arrears", _logit(0.2) + 0.8 * urb - 0.03 * t, 0.7, 0.1, 0.1
        )
        self.put("mieszkania", "demo_municipal_dwellings", dwellings)
        self.put("mieszkania", "demo_municipal_dwellings_ch", heating)
        self.put("mieszkania", "demo_flat_queue", queue)
        self.put("mieszkania", "demo_flats_allocated", allocated)
        self.put(
            "mieszkania",
            "demo_flat_wait_months_sum",
            np.round(allocated * wait, 1),
            not_applicable=allocated == 0,
        )
        self.put("mieszkania", "demo_rent_due", np.round(rent_due, 2))
        self.put("mieszkania", "demo_rent_arrears", np.round(arrears, 2))

        coverage = _sigmoid(-1.2 + 0.4 * urb + 0.04 * t + self.latent("mpzp", 1.6, 0.3))
        decisions = self.poisson(
            "wz_decisions",
            pop
            / 1000.0
            * 5.0
            * (1 - 0.7 * coverage)
            * (1 + 0.8 * self.suburb)
            * self.factor("wz_decisions", 0.4, 0.1, 0.15),
        )
        days = 60.0 * (1 + 0.3 * urb) * self.factor("wz_days", 0.35, 0.1, 0.12)
        self.put("planowanie", "demo_mpzp_area_km2", np.round(self.area * coverage, 2))
        self.put("planowanie", "demo_wz_decisions", decisions)
        self.put(
            "planowanie",
            "demo_wz_days_sum",
            np.round(decisions * days),
            not_applicable=decisions == 0,
        )
        self.put(
            "planowanie",
            "demo_planning_spending",
            np.round(
                pop
                * 6.0
                * self.cpi
                * np.exp(0.3 * self.w)
                * self.factor("planning_cost", 0.7, 0.2, 0.4),
                2,
            ),
        )

        land_share = np.clip(
            (2.5 + 15.0 * urb) * (1 - 0.006 * t) * self.factor("municipal_land", 0.5), 0.2, 60.0
        )
        land = np.round(self.area * land_share, 1)  # ha: area [km²] × 100 × share [%] / 100
        sells = self.u("land_sale", "any") < 0.75 + 0.2 * urb
        sold = np.where(
            sells, np.round(land * 0.006 * self.factor("land_sold", 0.6, 0.1, 0.6), 2), 0.0
        )
        price = (
            (8.0 + 90.0 * urb + 60.0 * self.big + 40.0 * self.suburb)
            * 1.06**t
            * self.factor("land_price", 0.6, 0.1, 0.4)
        )
        leased = np.round(
            land * self.share("municipal_land_leased", _logit(0.3), 0.6, 0.1, 0.05), 1
        )
        self.put("grunty", "demo_municipal_land_ha", land)
        self.put("grunty", "demo_municipal_land_leased_ha", leased)
        self.put("grunty", "demo_land_sold_ha", sold)
        self.put(
            "grunty",
            "demo_land_sale_revenue",
            np.round(sold * 10000.0 * price, 2),
            not_applicable=sold == 0,
        )

    def _investment(self) -> None:
        t, urb, w, pop = self.t, self.urb, self.w, self.pop
        permits = self.poisson(
            "permits",
            pop
            / 1000.0
            * (2.6 + 3.0 * self.suburb + 0.5 * urb)
            * self.table(PERMITS_TREND)
            * self.factor("permits", 0.35, 0.1, 0.1),
        )
        performance = self.latent("permits_performance", 1.0, 0.3, 0.4)
        on_time = np.round(permits * _sigmoid(_logit(0.93) + 0.05 * t + 0.7 * performance))
        days = 38.0 * (1 + 0.3 * urb) * np.exp(-0.25 * performance)
        self.put("pozwolenia", "demo_building_permits", permits)
        self.put("pozwolenia", "demo_building_permits_65d", on_time)
        self.put(
            "pozwolenia",
            "demo_building_permit_days_sum",
            np.round(permits * days),
            not_applicable=permits == 0,
        )

        completed = self.poisson(
            "dwellings_completed",
            pop
            / 1000.0
            * (1.6 + 4.3 * self.suburb + 2.2 * self.big + 1.1 * urb)
            * np.exp(0.4 * w)
            * self.table(COMPLETIONS_TREND)
            * self.factor("dwellings_completed", 0.45, 0.15, 0.15),
        )
        floor = np.clip(
            (145.0 - 70.0 * urb - 20.0 * self.big)
            * (1 - 0.012 * t)
            * self.factor("dwelling_floor", 0.12, 0.03, 0.08),
            35.0,
            250.0,
        )
        first_pop = self.pop[self.group_start]
        base = np.round(
            first_pop / 1000.0 * (295.0 + 125.0 * urb) * self.factor("dwelling_stock", 0.1)
        )
        cumulative = np.cumsum(completed)
        before = np.where(self.group_start > 0, cumulative[self.group_start - 1], 0.0)
        stock = base + cumulative - before
        self.put("budownictwo", "demo_dwellings_completed", completed)
        self.put(
            "budownictwo",
            "demo_dwellings_completed_m2",
            np.round(completed * floor),
            not_applicable=completed == 0,
        )
        self.put("budownictwo", "demo_dwelling_stock", stock)

    def _geodesy(self) -> None:
        t, urb, pop = self.t, self.urb, self.pop
        parcels = np.maximum(
            10.0,
            np.round(
                self.area
                * 20.0
                * self.dens**0.45
                * (1 + 0.005 * t)
                * self.factor("egib_parcels", 0.3)
            ),
        )
        vector = np.round(parcels * self.share("egib_vector", _logit(0.7) + 0.38 * t, 1.2, 0.2))
        extracts = self.poisson(
            "egib_extracts",
            pop
            / 1000.0
            * 45.0
            * (1 + 0.4 * (1 - urb))
            * self.factor("egib_extracts", 0.4, 0.1, 0.08),
        )
        extracts_online = np.round(
            extracts * self.share("egib_online", _logit(0.03) + 0.35 * t, 0.8, 0.1, 0.1)
        )
        self.put("egib", "demo_egib_parcels", parcels)
        self.put("egib", "demo_egib_parcels_vector", vector)
        self.put("egib", "demo_egib_extracts", extracts)
        self.put("egib", "demo_egib_extracts_online", extracts_online)

        requests = self.poisson(
            "geo_requests",
            pop
            / 1000.0
            * 18.0
            * (1 + 0.8 * self.suburb)
            * self.factor("geo_requests", 0.35, 0.1, 0.1),
        )
        none = requests == 0
        days = 12.0 * np.exp(-0.07 * t) * self.factor("geo_days", 0.35, 0.1, 0.12)
        online = np.round(
            requests * self.share("geo_online", _logit(0.05) + 0.4 * t, 0.8, 0.1, 0.1)
        )
        cost = 160.0 * self.costs * self.factor("geo_cost", 0.35, 0.05, 0.1)
        self.put("zasob_geodezyjny", "demo_geo_requests", requests)
        self.put("zasob_geodezyjny", "demo_geo_requests_online", online)
        self.put(
            "zasob_geodezyjny",
            "demo_geo_request_days_sum",
            np.round(requests * days, 1),
            not_applicable=none,
        )
        self.put(
            "zasob_geodezyjny",
            "demo_geo_spending",
            np.round(requests * cost, 2),
            not_applicable=none,
        )

        works = self.poisson(
            "geo_works",
            pop
            / 1000.0
            * 22.0
            * (1 + 0.9 * self.suburb)
            * self.factor("geo_works", 0.35, 0.1, 0.1),
        )
        self.put("prace_geodezyjne", "demo_geo_works", works)
        self.put(
            "prace_geodezyjne",
            "demo_geo_works_ontime",
            np.round(works * self.share("geo_works_ontime", _logit(0.8) + 0.12 * t, 0.8, 0.1, 0.2)),
        )
        self.put(
            "prace_geodezyjne",
            "demo_geo_works_online",
            np.round(
                works * self.share("geo_works_online", _logit(0.08) + 0.42 * t, 0.8, 0.1, 0.1)
            ),
        )

    def _tax(
        self,
        stem: str,
        due: np.ndarray,
        arrears_logit: float,
        payments: np.ndarray,
        online_logit: np.ndarray,
        not_applicable: np.ndarray | None = None,
    ) -> None:
        group = f"podatek_{stem}"
        arrears = due * self.share(f"tax_{stem}_arrears", arrears_logit, 0.6, 0.1, 0.15)
        online = np.round(
            payments * self.share(f"tax_{stem}_online", online_logit, 0.6, 0.05, 0.05)
        )
        self.put(group, f"demo_tax_{stem}_due", np.round(due, 2), not_applicable)
        self.put(group, f"demo_tax_{stem}_arrears", np.round(arrears, 2), not_applicable)
        self.put(group, f"demo_tax_{stem}_payments", payments, not_applicable)
        self.put(group, f"demo_tax_{stem}_payments_online", online, not_applicable)

    def _taxes(self) -> None:
        t, urb, w, pop, own = self.t, self.urb, self.w, self.pop, self.own
        trend_online = 0.22 * t + 0.6 * urb + 0.3 * w
        due = own * np.clip(
            (0.38 - 0.18 * urb) * self.factor("tax_property", 0.25, 0.05, 0.03), 0.05, 0.8
        )
        payments = np.maximum(
            1.0, np.round(pop * 0.33 * 2.5 * self.factor("tax_property_payments", 0.2, 0.0, 0.03))
        )
        self._tax("property", due, _logit(0.05), payments, _logit(0.25) + trend_online)
        relief = due * self.share("tax_property_relief", _logit(0.12) - 1.5 * urb, 0.8, 0.1, 0.05)
        self.put("podatek_property", "demo_tax_property_rate_relief", np.round(relief, 2))

        due = (
            own
            * (0.02 + 0.12 * (1 - urb))
            * self.table(RYE_PRICE)
            / self.table(REF_OWN_REVENUE_PC)
            * REF_OWN_REVENUE_PC[2015]
            * self.factor("tax_agricultural", 0.5, 0.05, 0.05)
        )
        payments = np.maximum(
            1.0,
            np.round(
                pop
                * (0.01 + 0.12 * (1 - urb))
                * 3.0
                * self.factor("tax_agricultural_payments", 0.3)
            ),
        )
        self._tax("agricultural", due, _logit(0.04), payments, _logit(0.12) + 0.2 * t + 0.3 * urb)

        forest = ~self.urban | self.flag("forest", 0.6)
        due = own * 0.008 * (1.3 - urb) * self.factor("tax_forest", 0.8, 0.05, 0.03)
        payments = np.maximum(1.0, np.round(pop * 0.03 * self.factor("tax_forest_payments", 0.5)))
        self._tax(
            "forest",
            due,
            _logit(0.03),
            payments,
            _logit(0.15) + 0.2 * t + 0.3 * urb,
            not_applicable=~forest,
        )

        due = own * 0.012 * self.factor("tax_transport", 0.6, 0.1, 0.1)
        payments = np.maximum(
            1.0, np.round(pop * 0.008 * self.factor("tax_transport_payments", 0.5, 0.0, 0.05))
        )
        self._tax("transport", due, _logit(0.18), payments, _logit(0.5) + 0.2 * t)

    def _finance(self) -> None:
        urb, w = self.urb, self.w
        own_share = self.share("own_share", _logit(0.30) + 1.2 * urb + 0.8 * w, 0.3, 0.05, 0.03)
        structural = self.own / own_share
        current = structural * self.table(TRANSFERS)
        in_debt = self.flag("debt", 0.93)
        debt = np.where(
            in_debt,
            structural * 0.25 * self.table(DEBT_TREND) * self.factor("debt", 0.6, 0.3, 0.1),
            0.0,
        )
        service = debt * 0.14 * self.factor("debt_service", 0.3, 0.05, 0.2)
        margin = (
            0.07 + self.table(OPERATING_SHIFT) + self.latent("operating_margin", 0.04, 0.0, 0.03)
        )
        self.put("finanse", "demo_current_revenue", np.round(current, 2))
        self.put("finanse", "demo_debt", np.round(debt, 2))
        self.put("finanse", "demo_debt_service", np.round(service, 2))
        self.put("finanse", "demo_operating_surplus", np.round(current * margin, 2))

    def _context(self) -> None:
        t, urb, w, pop = self.t, self.urb, self.w, self.pop
        rate = np.clip(
            0.054
            * self.table(UNEMPLOYMENT_TREND)
            * np.exp(-0.5 * w)
            * (1 + 0.3 * self.east)
            * self.factor("unemployment", 0.35, 0.1, 0.05),
            0.003,
            0.35,
        )
        unemployed = np.round(self.work * rate)
        self.put("rynek_pracy", "demo_unemployed", unemployed)
        self.put(
            "rynek_pracy",
            "demo_unemployed_longterm",
            np.round(
                unemployed
                * self.share("unemployed_longterm", _logit(0.45) - 0.5 * w, 0.4, 0.1, 0.05)
            ),
        )
        employed = (
            pop
            / 1000.0
            * np.clip(
                (85.0 + 190.0 * urb + 50.0 * self.big)
                * (1 + 0.012 * t)
                * np.exp(0.3 * w)
                * self.factor("employed", 0.4, 0.05, 0.02),
                30.0,
                1200.0,
            )
        )
        self.put("rynek_pracy", "demo_employed", np.round(employed))

        regon_rate = (
            (640.0 + 500.0 * urb + 340.0 * self.big + 260.0 * self.suburb)
            * (1 + 0.028 * t)
            * np.exp(0.2 * w)
            * self.factor("regon", 0.25, 0.05, 0.01)
        )
        self.put("regon", "demo_regon_entities", np.round(pop / 10000.0 * regon_rate))
        self.put(
            "regon",
            "demo_regon_new",
            self.poisson(
                "regon_new",
                pop
                / 10000.0
                * 0.075
                * regon_rate
                * self.yearly({2020: 0.85})
                * self.factor("regon_new", 0.2, 0.05, 0.08),
            ),
        )

        births = self.poisson(
            "births",
            pop
            / 1000.0
            * 9.7
            * self.table(BIRTHS_K)
            / 369.0
            * (1 + 0.1 * self.suburb - 0.05 * urb)
            * np.exp(3.0 * (self.share_pre - 0.18))
            * self.factor("births", 0.12),
        )
        migration = -1.2 + 9.0 * self.suburb + 1.5 * w + self.latent("migration", 2.5, 1.0, 1.0)
        self.put("ruch_ludnosci", "demo_births", births)
        self.put("ruch_ludnosci", "demo_net_migration", np.round(pop * migration / 1000.0))


def generate_demo_components(context: pl.DataFrame, seed: int = 2026) -> pl.DataFrame:
    """Generate the demonstration component variables for every gmina-year of ``context``.

    ``context``: one row per gmina and year with ``code`` (7-digit TERYT string), ``year``,
    ``gmina_type`` ("1"/"2"/"3"), ``pop_total``, ``pop_pre``, ``pop_work``, ``pop_post``,
    ``area_km2`` and ``own_revenue``; any numeric value may be null (the last known value of
    each code is carried forward, then the first one backward; a code with no population at
    all gets "no_data" everywhere).

    Returns a long frame ``code, variable, year, value, status`` with one row per input row and
    variable of :data:`DEMO_VARIABLES`; ``value`` is null unless ``status == "value"``; the
    other statuses are ``"no_data"`` and ``"not_applicable"`` (the gmina does not deliver the
    service; the matching output counts, such as places, stay a value of 0). The result is a
    pure function of the input rows and ``seed`` (row order does not matter).
    """
    frame = _prepare(context)
    generator = _Generator(frame, seed)
    generator.run()
    return generator.to_frame()
