"""The diagnosis rests on real indicators by default and says how many real and how many
demonstration indicators stand behind it; demonstration ones are an explicit option."""

import json
import re

import plotly
import pytest

from components.comparison import parse_state, state_query


def rendered(component) -> str:
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


def test_the_option_round_trips_through_the_url():
    state, messages = parse_state({"demo": "tak", "grupa": "sasiedzi"})
    assert state.with_demo and not messages
    assert state_query(state) == "?grupa=sasiedzi&demo=tak"
    assert not parse_state({"demo": "nie"})[0].with_demo
    assert not parse_state({})[0].with_demo


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


@pytest.mark.parametrize(
    ("real", "demo", "with_demo", "expected"),
    [
        (
            1,
            22,
            False,
            "na podstawie 1 wskaźnika z danymi rzeczywistymi; pominięto 22 wskaźniki "
            "demonstracyjne.",
        ),
        (
            12,
            1,
            False,
            "na podstawie 12 wskaźników z danymi rzeczywistymi; pominięto 1 wskaźnik "
            "demonstracyjny.",
        ),
        (
            3,
            27,
            False,
            "na podstawie 3 wskaźników z danymi rzeczywistymi; pominięto 27 "
            "wskaźników demonstracyjnych.",
        ),
        (5, 0, False, "na podstawie 5 wskaźników z danymi rzeczywistymi."),
        (
            2,
            1,
            True,
            "na podstawie 2 wskaźników z danymi rzeczywistymi i 1 wskaźnika z danymi "
            "demonstracyjnymi",
        ),
    ],
)
def test_the_headline_counts_in_polish_plurals(real, demo, with_demo, expected):
    from data_access.diagnosis import Basis
    from reports.content import diagnosis_headline

    headline = diagnosis_headline(None, [("a", [object()], [])], Basis(real, demo, with_demo))
    assert headline.startswith("Mocne strony: 1, słabe strony: 0 — ")
    assert expected in headline


def test_report_flags_a_diagnosis_that_counts_demonstration_indicators(client):
    default = client.get("/raport/0201011").get_data(as_text=True)
    assert '<p class="diagnosis-summary">' in default
    flagged = client.get("/raport/0201011?demo=tak").get_data(as_text=True)
    assert (
        '<p class="demo-box diagnosis-summary"><span class="demo-label" id="demo-diagnoza"'
        in flagged
    )
