"""The "Drukuj / PDF" links that pages show (Dash components; the reports are Flask routes,
so these are plain links that load a new document)."""

from __future__ import annotations

from dash import html

from core import urls
from i18n import t


def unit_report_links(code: str, name: str, query: str = "") -> html.Div:
    """The print button of the unit profile: the print-ready page and the PDF."""
    return html.Div(
        [
            html.A(
                t("reports.button"),
                href=urls.report(code, query),
                className="btn btn-outline-primary btn-sm",
                title=t("reports.button_title", name=name),
                id="profile-report-link",
            ),
            html.A(
                t("reports.download_pdf"),
                href=urls.report(code, query, pdf=True),
                className="btn btn-link btn-sm",
                title=t("reports.button_title", name=name),
                id="profile-report-pdf",
            ),
        ],
        className="report-links d-print-none mb-2",
    )


def service_report_link(code: str, name: str, service_id: str, service: str) -> html.A:
    """A small link next to a service heading of the profile."""
    return html.A(
        t("reports.service_button"),
        href=urls.service_report(code, service_id),
        className="small fw-normal ms-2 service-report-link",
        title=t("reports.service_button_title", service=service, name=name),
    )
