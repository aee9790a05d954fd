"""Plotly figures built as plain dicts (fast, no validation cost), numbers formatted in the
current language (Polish by default)."""

from __future__ import annotations

import textwrap

import polars as pl

from i18n import current_language, t

POLISH_SEPARATORS = ", "  # decimal comma, space for thousands
ENGLISH_SEPARATORS = ".,"  # decimal point, comma for thousands
FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13}
BAR = "#1f5fa8"
# Plotly does not wrap titles and labels: longer ones are broken into lines of at most this many
# characters, so that they fit a chart 296 px wide (a 320 px window, or 640 px at 200 % zoom
# with a two-column layout) instead of being clipped at its edges.
TITLE_CHARS = 40
LABEL_CHARS = 22
TITLE_LINE_PX = 19
# Plotly's toolbar (modebar) sits in the top right corner of a figure: titles start below it, so
# that a long title (or any title on a phone) is never covered when the toolbar shows.
MODEBAR_BAND_PX = 26


def wrap_text(text: str, width: int = TITLE_CHARS) -> str:
    """``text`` broken at spaces into lines of at most ``width`` characters, joined with
    Plotly's ``<br>`` (a longer single word stays whole)."""
    lines = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
    return "<br>".join(lines) if lines else text


def chart_title(text: str, size: int = 14, **extra: object) -> tuple[dict, int]:
    """Layout ``title`` with the text wrapped to fit a narrow chart, and the top margin it
    needs (its lines stack from the top of the figure, below the toolbar's band)."""
    wrapped = wrap_text(text)
    lines = wrapped.count("<br>") + 1
    title = {
        "text": wrapped,
        "font": {"size": size},
        "yref": "container",
        "y": 1,
        "yanchor": "top",
        # Plotly places the first of several lines too high: 16 px keeps it inside the figure.
        "pad": {"t": 16 + MODEBAR_BAND_PX},
        **extra,
    }
    return title, 22 + MODEBAR_BAND_PX + TITLE_LINE_PX * lines


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


def histogram_figure(
    values: pl.Series, unit: str, title: str, shown: tuple[float, float] | None = None
) -> dict:
    """Distribution of values across units, with the median (of all of them) marked; with
    ``shown`` (low, high) the bars cover only that range, so that a few extreme values do not
    squeeze the rest into one bar."""
    clean = values.drop_nulls()
    units_short = t("charts.units_short")
    median = clean.median() if clean.len() else None
    if shown is not None:
        clean = clean.filter(clean.is_between(*shown))
    title_layout, top = chart_title(title, size=15)
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
            "title": title_layout,
            "separators": separators(),
            "font": FONT,
            "bargap": 0.05,
            "xaxis": {"title": {"text": unit}, "tickformat": ",~f"},
            "yaxis": {"title": {"text": t("charts.unit_count")}},
            **median_marker(median),
            "margin": {"l": 60, "r": 20, "t": max(50, top + 20), "b": 50},
            "height": 340 + max(0, top - 30),
        },
    }


def comparison_bar_figure(
    labels: list[str], values: list[float | None], median: float | None, unit: str, title: str
) -> dict:
    """Horizontal bars of a few units (missing values left out), the median as a dashed line."""
    shown = [(label, v) for label, v in zip(labels, values, strict=True) if v is not None]
    title_layout, top = chart_title(title)
    # The median's label sits just above the plot: the title needs that much more room.
    top += 20
    bar_labels = [wrap_text(label, LABEL_CHARS) for label, _ in shown]
    return {
        "data": [
            {
                "type": "bar",
                "orientation": "h",
                "y": bar_labels,
                "x": [v for _, v in shown],
                "marker": {"color": BAR},
                "hovertemplate": f"%{{y}}: %{{x}} {unit}<extra></extra>",
            }
        ],
        "layout": {
            "title": title_layout,
            "separators": separators(),
            "font": FONT,
            "xaxis": {
                "title": {"text": wrap_text(unit, LABEL_CHARS)},
                "tickformat": ",~f",
                "rangemode": "tozero",
                "nticks": 5,
                "automargin": True,
            },
            "yaxis": {"autorange": "reversed", "automargin": True},
            **median_marker(median),
            "margin": {"l": 10, "r": 20, "t": top, "b": 45},
            "height": 70 + top + 36 * max(len(shown), 1),
        },
    }
