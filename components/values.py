"""How values, statuses and provenance are shown: one place for every page."""

from __future__ import annotations

from dash import html

from data_access.catalogue_model import Indicator, Provenance, Status
from i18n import format_number, format_value, t


def demo_badge() -> html.Span:
    return html.Span(t("demo.badge"), className="badge badge-demo ms-1", title=t("demo.explain"))


def provenance_badge(provenance: str) -> html.Span:
    if provenance == Provenance.DEMO.value:
        return demo_badge()
    return html.Span(t("real.badge"), className="badge badge-real ms-1")


def value_text(
    indicator: Indicator, value: float | None, status: str | None, with_unit: bool = True
) -> str:
    """The value (with its unit unless ``with_unit`` is off), or why there is none."""
    if status in (None, Status.VALUE.value) and value is not None:
        if not with_unit:
            return format_number(value, indicator.decimals)
        return format_value(value, indicator.decimals, indicator.unit)
    if status in (Status.NOT_APPLICABLE.value, Status.CONFIDENTIAL.value, Status.NO_DATA.value):
        return t(f"status.{status}")
    return t("status.no_data")


def value_cell(
    indicator: Indicator, value: float | None, status: str | None, with_unit: bool = True
) -> html.Span:
    text = value_text(indicator, value, status, with_unit)
    missing = status not in (None, Status.VALUE.value) or value is None
    return html.Span(text, className="status-missing" if missing else None)
