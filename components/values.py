"""How values, statuses and provenance are shown: one place for every page."""

from __future__ import annotations

from dash import html

from core import urls
from data_access.catalogue_model import Indicator, Provenance, Quality, Status
from i18n import format_number, format_value, t

WORDS_ONLY = (Status.NOT_APPLICABLE.value, Status.CONFIDENTIAL.value, Status.NO_DATA.value)


def demo_badge() -> html.Span:
    return html.Span(t("demo.badge"), className="badge badge-demo ms-1", title=t("demo.explain"))


def provenance_badge(provenance: str) -> html.Span:
    if provenance == Provenance.DEMO.value:
        return demo_badge()
    return html.Span(t("real.badge"), className="badge badge-real ms-1")


def quality_label(quality: str) -> str:
    """The words for a quality flag (``Quality``), e.g. ``"zjawisko nie wystąpiło"``."""
    return t(f"quality.{Quality(quality).value}")


def value_text(
    indicator: Indicator, value: float | None, status: str | None, with_unit: bool = True
) -> str:
    """The value (with its unit unless ``with_unit`` is off), or why there is none. A suspect
    value keeps its number with the flag: ``"0,00 zł (wartość wątpliwa)"``."""
    if value is not None and status in (None, Status.VALUE.value, Status.SUSPECT.value):
        if with_unit:
            number = format_value(value, indicator.decimals, indicator.unit)
        else:
            number = format_number(value, indicator.decimals)
        if status == Status.SUSPECT.value:
            return t("status.suspect_value", value=number)
        return number
    if status in (*WORDS_ONLY, Status.SUSPECT.value):
        return t(f"status.{status}")
    return t("status.no_data")


def value_cell(
    indicator: Indicator, value: float | None, status: str | None, with_unit: bool = True
) -> html.Span:
    """:func:`value_text` in a span: words in the muted style where there is no value; a
    suspect value with its reason as a tooltip and a link to the rules (the tooltip alone
    would not reach keyboard and touch users)."""
    text = value_text(indicator, value, status, with_unit)
    if status == Status.SUSPECT.value:
        return html.Span(
            [
                html.Span(text, title=t("status.suspect_explain")),
                " ",
                html.A(
                    t("status.suspect_why"),
                    href=urls.PLAUSIBILITY,
                    title=t("status.suspect_why_label"),
                    className="small",
                ),
            ],
            className="status-suspect",
        )
    missing = status not in (None, Status.VALUE.value) or value is None
    return html.Span(text, className="status-missing" if missing else None)
