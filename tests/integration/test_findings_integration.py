"""Plain-language findings (issue 16, item 2) computed from the repository: the same sentence
on the profile (browser), in the unit report and in its PDF (the categories, comparators and
sentences on their own: tests/unit/test_findings.py)."""

from __future__ import annotations

import re

import flask
import pytest

from i18n import NBSP

PROPERTY_TAX = "podatek-nieruchomosci-na-mieszkanca"
TOWN = "0201011"  # Bolesławiec, gmina miejska


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


# --- the same numbers on screen and in print --------------------------------------------------
def expected_property_tax(repository, language: str = "pl") -> tuple[str, str]:
    """The profile's numbers for the property tax of Bolesławiec (town) with similar units:
    the unit's value and Poland's from the profile, the median from the group statistics."""
    from i18n import format_value

    unit = repository.unit(TOWN)
    row = repository.profile(unit).filter(indicator=PROPERTY_TAX).row(0, named=True)
    group = repository.comparison_group(TOWN, "podobne")
    stat = repository.group_statistics(unit, group.members).filter(indicator=PROPERTY_TAX)
    median = stat.row(0, named=True)["median"]
    with flask.Flask(__name__).test_request_context(f"/?lang={language}"):
        value, poland, median = (
            plain(format_value(v, 2, "zł")) for v in (row["value"], row["poland_value"], median)
        )
    return f"Bolesławiec: {value} ({row['year']})", f"({median})", f"({poland})"


def test_unit_report_rows_carry_the_finding(client, repository):
    html = plain(client.get(f"/raport/{TOWN}?obszary=podatki").get_data(as_text=True))
    match = re.search(
        rf'<tr class="finding-row" data-finding-for="{PROPERTY_TAX}"><td colspan="\d+">(.*?)</td>',
        html,
    )
    assert match, "no finding under the property tax row"
    for part in expected_property_tax(repository):
        assert part in match.group(1)
    assert "mediana 15 podobnych gmin" in match.group(1)
    # demonstration rows say so in their sentence
    assert "wartości demonstracyjne) — " in html


@pytest.mark.browser
@pytest.mark.parametrize("query", ["", "?grupa=podobne"])
def test_profile_shows_the_finding_under_the_indicator(page, live_server, repository, query):
    page.goto(f"{live_server}/jst/{TOWN}{query}")
    finding = page.locator(f'p.finding[data-finding-for="{PROPERTY_TAX}"]')
    finding.wait_for()
    text = plain(finding.inner_text())
    for part in expected_property_tax(repository):
        assert part in text
    assert "mediana 15 podobnych gmin" in text and "w Polsce" in text
    assert finding.get_attribute("data-categories").startswith("group:")
    # the finding row follows its indicator's row
    follows = page.locator(f'tr[data-indicator="{PROPERTY_TAX}"] + tr.finding-row p.finding')
    assert follows.count() == 1
    # every sentence on demonstration values says so, no other does
    demo = {i.id for i in repository.indicators if i.provenance.value == "demo"}
    for item in page.locator("p.finding").all():
        marked = "; wartości demonstracyjne) — " in item.inner_text()
        assert marked == (item.get_attribute("data-finding-for") in demo)


@pytest.mark.browser
def test_profile_finding_in_english(page, live_server, repository):
    page.goto(f"{live_server}/jst/{TOWN}?lang=en")
    finding = page.locator(f'p.finding[data-finding-for="{PROPERTY_TAX}"]')
    finding.wait_for()
    text = plain(finding.inner_text())
    for part in expected_property_tax(repository, "en"):
        assert part in text
    assert "the median of 15 similar gminy" in text


def test_service_report_details_carry_the_finding(client, repository):
    path = f"/raport/{TOWN}/usluga/podatek-od-nieruchomosci"
    html = plain(client.get(path).get_data(as_text=True))
    match = re.search(rf'<p class="finding" data-finding-for="{PROPERTY_TAX}">(.*?)</p>', html)
    assert match, "no finding in the property tax detail"
    for part in expected_property_tax(repository):
        assert part in match.group(1)


def test_pdf_report_prints_the_finding(client, repository):
    import io

    from pypdf import PdfReader

    response = client.get(f"/raport/{TOWN}.pdf?obszary=podatki")
    assert response.status_code == 200
    pages = PdfReader(io.BytesIO(response.data)).pages
    text = plain(" ".join(p.extract_text() for p in pages)).replace("\n", " ")
    for part in expected_property_tax(repository):
        assert part in text
