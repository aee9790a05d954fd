"""The catalogue's texts in a given language.

Every Polish text of an area, a service or an indicator has its English twin in the field of the
same name with ``_en`` (both come from the catalogue files). This module is told the language
(:func:`text_in`, :func:`formula_in`): pages take the request's through
``i18n.localized_text`` and ``i18n.localized_formula``; the API, which always speaks both, calls
:func:`english_text`.
"""

from __future__ import annotations

from data_access.catalogue_model import Aggregation, Area, Indicator, Service, plain_number

AREA_FIELDS: tuple[str, ...] = ("description",)
SERVICE_FIELDS: tuple[str, ...] = ("description",)
INDICATOR_FIELDS: tuple[str, ...] = (
    "definition",
    "caveats",
    "numerator_label",
    "denominator_label",
    "source",
    "breaks",
)


def english_text(obj: Area | Service | Indicator, field: str) -> str:
    """The English text of ``obj.field``, whatever the request language; the Polish text where
    no English exists (an empty text stays empty)."""
    polish = getattr(obj, field, None) or ""
    if not polish:
        return ""
    return getattr(obj, f"{field}_en", None) or polish


def text_in(obj: Area | Service | Indicator, field: str, language: str) -> str:
    """``obj.field`` in ``language``: the English text for ``"en"``, else the Polish
    attribute. ``field="formula"`` gives :func:`formula_in`."""
    if field == "formula":
        return formula_in(obj, language)  # type: ignore[arg-type]
    if language == "en":
        return english_text(obj, field)
    return getattr(obj, field, None) or ""


def english_number(number: float) -> str:
    """1e-06 → "0.000001", 100.0 → "100": like the Polish formula, with a decimal point."""
    return plain_number(number, "en")


def english_formula(indicator: Indicator) -> str:
    """The human-readable formula in English (``Indicator.formula`` is the Polish one)."""
    factor = "" if indicator.multiplier == 1 else f" × {english_number(indicator.multiplier)}"
    numerator = english_text(indicator, "numerator_label")
    if indicator.aggregation == Aggregation.PUBLISHED:
        return f"{numerator}{factor} (for each unit as published, gminy not summed)"
    if indicator.denominator is None:
        return f"sum: {numerator}{factor}"
    return f"({numerator}) / ({english_text(indicator, 'denominator_label')}){factor}"


def formula_in(indicator: Indicator, language: str) -> str:
    """The formula in ``language``."""
    return english_formula(indicator) if language == "en" else indicator.formula
