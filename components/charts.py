"""Plotly figures built as plain dicts (fast, no validation cost), numbers formatted in the
current language (Polish by default)."""

from __future__ import annotations

import polars as pl

from i18n import current_language, t

POLISH_SEPARATORS = ", "  # decimal comma, space for thousands
ENGLISH_SEPARATORS = ".,"  # decimal point, comma for thousands
FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13}
BAR = "#1f5fa8"


def separators() -> str:
    """Plotly's ``layout.separators`` for the current language."""
    return ENGLISH_SEPARATORS if current_language() == "en" else POLISH_SEPARATORS


def median_marker(median: float | None) -> dict:
    """Layout ``shapes`` and ``annotations`` that mark the median with a labelled dashed line."""
    if median is None:
        return {"shapes": [], "annotations": []}
    return {
        "shapes": [
            {
                "type": "line",
                "x0": median,
                "x1": median,
                "yref": "paper",
                "y0": 0,
                "y1": 1,
                "line": {"color": "#000", "dash": "dash", "width": 1.5},
            }
        ],
        "annotations": [
            {
                "x": median,
                "yref": "paper",
                "y": 1,
                "text": t("charts.median"),
                "showarrow": False,
                "xanchor": "left",
                "yanchor": "bottom",
            }
        ],
    }


def histogram_figure(values: pl.Series, unit: str, title: str) -> dict:
    """Distribution of values across units, with the median marked."""
    clean = values.drop_nulls()
    units_short = t("charts.units_short")
    median = clean.median() if clean.len() else None
    return {
        "data": [
            {
                "type": "histogram",
                "x": clean.to_list(),
                "marker": {"color": BAR},
                "nbinsx": 40,
                "hovertemplate": f"%{{x}} {unit}<br>%{{y}} {units_short}<extra></extra>",
            }
        ],
        "layout": {
            "title": {"text": title, "font": {"size": 15}},
            "separators": separators(),
            "font": FONT,
            "bargap": 0.05,
            "xaxis": {"title": {"text": unit}, "tickformat": ",~f"},
            "yaxis": {"title": {"text": t("charts.unit_count")}},
            **median_marker(median),
            "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
            "height": 340,
        },
    }


def comparison_bar_figure(
    labels: list[str], values: list[float | None], median: float | None, unit: str, title: str
) -> dict:
    """Horizontal bars of a few units (missing values left out), the median as a dashed line."""
    shown = [(label, v) for label, v in zip(labels, values, strict=True) if v is not None]
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "y": [label for label, _ in shown],
                "x": [v for _, v in shown],
                "marker": {"color": BAR},
                "hovertemplate": f"%{{y}}: %{{x}} {unit}<extra></extra>",
            }
        ],
        "layout": {
            "title": {"text": title, "font": {"size": 14}},
            "separators": separators(),
            "font": FONT,
            "xaxis": {"title": {"text": unit}, "tickformat": ",~f", "rangemode": "tozero"},
            "yaxis": {"autorange": "reversed", "automargin": True},
            **median_marker(median),
            "margin": {"l": 10, "r": 20, "t": 50, "b": 45},
            "height": 120 + 28 * max(len(shown), 1),
        },
    }
