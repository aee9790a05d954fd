"""The diagnosis rests on real indicators by default and says how many real and how many
demonstration indicators stand behind it; demonstration ones are an explicit option."""

import pytest

from components.comparison import parse_state, state_query


def test_the_option_round_trips_through_the_url():
    state, messages = parse_state({"demo": "tak", "grupa": "sasiedzi"})
    assert state.with_demo and not messages
    assert state_query(state) == "?grupa=sasiedzi&demo=tak"
    assert not parse_state({"demo": "nie"})[0].with_demo
    assert not parse_state({})[0].with_demo


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
