"""Plotly figures built as plain dicts (fast, no validation cost), Polish number format."""

from __future__ import annotations

import polars as pl

POLISH_SEPARATORS = ", "  # decimal comma, space for thousands
FONT = {"family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif", "size": 13}
BAR = "#1f5fa8"


def histogram_figure(values: pl.Series, unit: str, title: str) -> dict:
    """Distribution of values across units, with the median marked."""
    clean = values.drop_nulls()
    median = clean.median() if clean.len() else None
    shapes = (
        []
        if median is None
        else [
            {
                "type": "line",
                "x0": median,
                "x1": median,
                "yref": "paper",
                "y0": 0,
                "y1": 1,
                "line": {"color": "#000", "dash": "dash", "width": 1.5},
            }
        ]
    )
    return {
        "data": [
            {
                "type": "histogram",
                "x": clean.to_list(),
                "marker": {"color": BAR},
                "nbinsx": 40,
                "hovertemplate": f"%{{x}} {unit}<br>%{{y}} jedn.<extra></extra>",
            }
        ],
        "layout": {
            "title": {"text": title, "font": {"size": 15}},
            "separators": POLISH_SEPARATORS,
            "font": FONT,
            "bargap": 0.05,
            "xaxis": {"title": {"text": unit}, "tickformat": ",~f"},
            "yaxis": {"title": {"text": "liczba jednostek"}},
            "shapes": shapes,
            "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
            "height": 340,
            "annotations": []
            if median is None
            else [
                {
                    "x": median,
                    "yref": "paper",
                    "y": 1,
                    "text": "mediana",
                    "showarrow": False,
                    "xanchor": "left",
                    "yanchor": "bottom",
                }
            ],
        },
    }
