"""The profile's links to the unit's bulk download (``analysis.unit_exports``): every
indicator × every year as CSV or XLSX. Plain links: the files are Flask routes."""

from __future__ import annotations

from dash import html

from analysis.unit_exports import FORMATS
from core import urls
from i18n import t


def unit_data_links(code: str, name: str) -> html.Div:
    """The download line: a CSV and an XLSX link, and what every row of the files holds."""
    links: list = []
    for position, fmt in enumerate(FORMATS):
        links += [" · "] if position else []
        links.append(
            html.A(
                fmt.upper(),
                href=urls.unit_data(code, fmt),
                download="",
                title=t("unit_data.link_title", name=name, format=fmt.upper()),
                className="unit-data-link",
                **{"data-format": fmt},
            )
        )
    return html.P(
        [
            html.Span(t("unit_data.label"), className="fw-semibold"),
            " ",
            *links,
            " — ",
            t("unit_data.note"),
        ],
        className="unit-data small d-print-none mb-2",
    )
