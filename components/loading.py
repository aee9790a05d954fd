"""Loading states: a region whose callbacks are running says so, to the eye (a spinner with
"Wczytywanie…" over the dimmed old content, ``dcc.Loading``) and to assistive technology
(``aria-busy="true"`` on the region, set by ``assets/scripts/busy-regions.js`` while the
indicator is shown)."""

from __future__ import annotations

from dash import dcc, html

from i18n import t

REGION_CLASS = "busy-region"
INDICATOR_CLASS = "loading-indicator"
# Faster updates pass without a flicker of the spinner.
DELAY_SHOW_MS = 150


def loading_indicator() -> html.Div:
    return html.Div(
        [
            html.Span(className="spinner-border spinner-border-sm", **{"aria-hidden": "true"}),
            html.Span(t("loading.label"), className="ms-2"),
        ],
        className=INDICATOR_CLASS,
    )


def busy_region(
    child, targets: dict | None = None, delay_ms: int = DELAY_SHOW_MS, **region
) -> html.Div:
    """``child`` in a region that shows it is busy while callbacks update it (only those of
    ``targets``, ``{component id: property}``, when given) for longer than ``delay_ms``; the
    old content stays visible, dimmed, so the page does not jump."""
    return html.Div(
        dcc.Loading(
            child,
            custom_spinner=loading_indicator(),
            delay_show=delay_ms,
            overlay_style={"visibility": "visible", "opacity": 0.45},
            target_components=targets,
        ),
        className=REGION_CLASS,
        **region,
    )
