"""Types of the indicator catalogue: areas, services and indicators with full metadata."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum


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


class Provenance(StrEnum):
    REAL = "real"
    DEMO = "demo"


class Status(StrEnum):
    VALUE = "value"
    NO_DATA = "no_data"
    NOT_APPLICABLE = "not_applicable"
    CONFIDENTIAL = "confidential"


LEVELS: tuple[str, ...] = ("kraj", "wojewodztwo", "powiat", "gmina")


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    name_en: str
    description: str


@dataclass(frozen=True)
class Service:
    id: str
    area_id: str
    name: str
    name_en: str
    description: str


@dataclass(frozen=True)
class Indicator:
    """One indicator. Its value for any unit is ``multiplier * sum(numerator) / sum(denominator)``
    over the gminy of the unit (sum over sum), or ``multiplier * sum(numerator)`` when there is
    no denominator.

    ``numerator`` and ``denominator`` name gmina-level component variables of the build.
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

    @property
    def formula(self) -> str:
        """Human-readable formula, in Polish."""
        factor = "" if self.multiplier == 1 else f" × {_plain_number(self.multiplier)}"
        if self.denominator is None:
            return f"suma: {self.numerator_label}{factor}"
        return f"({self.numerator_label}) / ({self.denominator_label}){factor}"


@dataclass(frozen=True)
class Catalogue:
    """Everything the app knows about what it measures: areas, services and indicators."""

    areas: tuple[Area, ...]
    services: tuple[Service, ...]
    indicators: tuple[Indicator, ...]


def catalogue_to_records(catalogue: Catalogue) -> dict:
    """The catalogue as plain JSON-ready records (``built/catalogue.json``)."""
    return {
        "areas": [asdict(a) for a in catalogue.areas],
        "services": [asdict(s) for s in catalogue.services],
        "indicators": [asdict(i) | {"formula": i.formula} for i in catalogue.indicators],
    }


def catalogue_from_records(records: dict) -> Catalogue:
    """The inverse of :func:`catalogue_to_records` (derived keys such as ``formula`` are
    ignored)."""
    names = {f.name for f in fields(Indicator)}
    indicators = []
    for record in records["indicators"]:
        values = {k: v for k, v in record.items() if k in names}
        values["dimension"] = Dimension(values["dimension"])
        values["polarity"] = Polarity(values["polarity"])
        values["provenance"] = Provenance(values["provenance"])
        values["levels"] = tuple(values.get("levels", LEVELS))
        values["tags"] = tuple(values.get("tags", ()))
        indicators.append(Indicator(**values))
    return Catalogue(
        areas=tuple(Area(**a) for a in records["areas"]),
        services=tuple(Service(**s) for s in records["services"]),
        indicators=tuple(indicators),
    )


def _plain_number(number: float) -> str:
    """1e-06 → "0,000001", 100.0 → "100": no exponent notation in formulas shown to users."""
    return f"{number:.10f}".rstrip("0").rstrip(".").replace(".", ",")
