"""Types of the indicator catalogue: areas, services and indicators with full metadata."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from babel.numbers import format_decimal

from core.levels import ALL_LEVELS


class Dimension(StrEnum):
    QUANTITY = "ilosc"
    QUALITY = "jakosc"
    ACCESSIBILITY = "dostepnosc"
    EFFICIENCY = "efektywnosc"
    CONTEXT = "kontekst"


class Polarity(StrEnum):
    HIGHER_BETTER = "wyzej_lepiej"
    LOWER_BETTER = "nizej_lepiej"
    NEUTRAL = "neutralny"


class Aggregation(StrEnum):
    """How an indicator gets its value for a powiat, a voivodeship and Poland."""

    SUM = "sum"  # sum over sum of the gminy's numerators and denominators
    PUBLISHED = "published"  # as published for each unit and level (e.g. by SMUP), never summed


class Provenance(StrEnum):
    REAL = "real"
    DEMO = "demo"


class Status(StrEnum):
    """What a row holds. Only ``VALUE`` enters ranks, medians, classes and sums; a ``SUSPECT``
    row keeps its value (when it can be computed) to be shown with its flag."""

    VALUE = "value"
    NO_DATA = "no_data"
    NOT_APPLICABLE = "not_applicable"
    CONFIDENTIAL = "confidential"
    SUSPECT = "suspect"


class Quality(StrEnum):
    """The quality flag of every value (modelled on SMUP's and BDL's symbols): what a user is
    told about it in pages, maps, tables, exports and the API."""

    REAL = "real"  # a real value
    ZERO = "zero"  # the phenomenon did not occur: a true zero
    NO_DATA = "no_data"
    CONFIDENTIAL = "confidential"
    NOT_APPLICABLE = "not_applicable"
    SUSPECT = "suspect"  # kept and shown, never ranked or summed
    DEMO = "demo"  # a demonstration value, made up


LEVELS: tuple[str, ...] = ALL_LEVELS


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    name_en: str
    description: str
    description_en: str = ""


@dataclass(frozen=True)
class Service:
    id: str
    area_id: str
    name: str
    name_en: str
    description: str
    description_en: str = ""


@dataclass(frozen=True)
class RealSource:
    """Where an indicator's real values come from or, for a demonstration indicator, the real
    source that would replace its made-up values: BDL variable ids of the numerator and the
    denominator, SMUP indicator ids, or another public source with a link."""

    bdl_numerator: tuple[str, ...] = ()
    bdl_denominator: tuple[str, ...] = ()
    smup: tuple[str, ...] = ()
    url: str = ""
    note: str = ""
    note_en: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.bdl_numerator or self.bdl_denominator or self.smup or self.url)


@dataclass(frozen=True)
class Indicator:
    """One indicator. Its value for any unit is ``multiplier * sum(numerator) / sum(denominator)``
    over the gminy of the unit (sum over sum), or ``multiplier * sum(numerator)`` when there is
    no denominator; with ``aggregation`` ``PUBLISHED`` it is the numerator's value published for
    the unit itself at each level (nothing is summed).

    ``numerator`` and ``denominator`` name component variables of the build (gmina rows; for a
    published indicator, rows of every level).
    Every Polish text has its English twin in the field of the same name with ``_en``.
    """

    id: str
    service_id: str
    name: str
    name_en: str
    dimension: Dimension
    unit: str
    numerator: str
    numerator_label: str
    denominator: str | None
    denominator_label: str | None
    multiplier: float
    polarity: Polarity
    source: str
    provenance: Provenance
    definition: str
    caveats: str = ""
    levels: tuple[str, ...] = LEVELS
    decimals: int = 1
    breaks: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    unit_en: str = ""
    numerator_label_en: str = ""
    denominator_label_en: str | None = None
    definition_en: str = ""
    caveats_en: str = ""
    breaks_en: str = ""
    source_en: str = ""
    real_source: RealSource = field(default_factory=RealSource)
    aggregation: Aggregation = Aggregation.SUM

    @property
    def is_total(self) -> bool:
        """A sum over gminy (no denominator): Poland's total dwarfs any unit's, so it is not
        drawn beside a unit's series. A published indicator is comparable at every level."""
        return self.denominator is None and self.aggregation == Aggregation.SUM

    @property
    def formula(self) -> str:
        """Human-readable formula, in Polish."""
        factor = "" if self.multiplier == 1 else f" × {plain_number(self.multiplier)}"
        if self.aggregation == Aggregation.PUBLISHED:
            return f"{self.numerator_label}{factor} (dla każdej jednostki, bez sumowania gmin)"
        if self.denominator is None:
            return f"suma: {self.numerator_label}{factor}"
        return f"({self.numerator_label}) / ({self.denominator_label}){factor}"


def plain_number(number: float, locale: str = "pl_PL") -> str:
    """1e-06 → "0,000001", 100.0 → "100" (``locale``'s decimal sign, CLDR's through Babel):
    no exponent notation and no grouping in formulas shown to users."""
    return format_decimal(number, format="0.##########", locale=locale)
