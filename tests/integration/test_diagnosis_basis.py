"""The diagnosis rests on real indicators by default and says how many real and how many
demonstration indicators stand behind it; demonstration ones are an explicit option."""

import json
import re

import plotly


def rendered(component) -> str:
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


def test_profile_diagnosis_counts_real_and_demonstration_indicators(dash_app):
    from pages.profile import layout

    with dash_app.server.test_request_context("/jst/0201011"):
        default = rendered(layout(teryt="0201011"))
        with_demo = rendered(layout(teryt="0201011", demo="tak"))
    basis = re.search(
        r"Mocne strony: \d+, słabe strony: \d+ — na podstawie (\d+) wskaźnik\w* z danymi "
        r"rzeczywistymi; pominięto (\d+) wskaźnik\w* demonstracyjn\w*\.",
        default,
    )
    assert basis, "the default diagnosis headline says what it rests on"
    real, demo = int(basis[1]), int(basis[2])
    assert real >= 1 and demo >= 1
    assert "/jst/0201011?demo=tak#diagnoza" in default
    assert f"z danymi rzeczywistymi i {demo} wskaźników z danymi demonstracyjnymi" in with_demo
    assert "/jst/0201011#diagnoza" in with_demo


def test_unit_report_says_what_the_diagnosis_rests_on(repository):
    from reports.content import unit_report
    from reports.options import parse_options

    unit = repository.unit("0201011")
    areas = [a.id for a in repository.areas]
    options, _ = parse_options({}, areas, (2015, 2024))
    report = unit_report(repository, unit, options)
    assert "— na podstawie" in report.diagnosis.summary
    assert "pominięto" in report.diagnosis.summary
    options, _ = parse_options({"demo": "tak"}, areas, (2015, 2024))
    assert (
        "z danymi demonstracyjnymi (wygenerowanymi, nie rzeczywistymi)"
        in unit_report(repository, unit, options).diagnosis.summary
    )


def test_report_flags_a_diagnosis_that_counts_demonstration_indicators(client):
    default = client.get("/raport/0201011").get_data(as_text=True)
    assert '<p class="diagnosis-summary">' in default
    flagged = client.get("/raport/0201011?demo=tak").get_data(as_text=True)
    assert (
        '<p class="demo-box diagnosis-summary"><span class="demo-label" id="demo-diagnoza"'
        in flagged
    )
