"""Polish alphabetical order of names (ICU collation)."""

import polars as pl

from collation import sort_frame, sort_key, sorted_names


def test_polish_letters_sort_after_their_base_letter():
    assert sorted_names(["Przemyśl", "Poznań", "Płock"]) == ["Płock", "Poznań", "Przemyśl"]
    assert sorted_names(["Łódź", "Lublin", "Łomża", "Lubań"]) == [
        "Lubań",
        "Lublin",
        "Łomża",
        "Łódź",
    ]
    assert sorted_names(["Ełk", "Elbląg"]) == ["Elbląg", "Ełk"]
    assert sorted_names(["Żory", "Zabrze", "Źródła", "Zamość"])[-1] == "Żory"
    assert sorted_names(["Świdnica", "Szczecin", "Sopot"]) == ["Sopot", "Szczecin", "Świdnica"]


def test_case_and_hyphens_only_break_ties():
    # "bielski" (a powiat, lower case) beside "Bielsko-Biała", as in a printed index.
    assert sorted_names(["bieruński", "Bielsko-Biała", "bielski"]) == [
        "bielski",
        "Bielsko-Biała",
        "bieruński",
    ]
    assert sort_key("łódzki") < sort_key("łódź") < sort_key("Łódź")  # z before ź; case last


def test_sorted_names_by_key_and_frames():
    units = [("1", "Żory"), ("2", "Łódź"), ("3", "Lublin")]
    assert [code for code, _ in sorted_names(units, lambda u: u[1])] == ["3", "2", "1"]
    frame = pl.DataFrame({"code": ["2479", "1061", "0661"], "name": ["Żory", "Łódź", "Lublin"]})
    assert sort_frame(frame)["code"].to_list() == ["0661", "1061", "2479"]


def test_code_point_order_would_be_wrong():
    # What the collation fixes: plain ``sorted`` puts Ł after Z and ł after r.
    assert sorted(["Łódź", "Zabrze"]) == ["Zabrze", "Łódź"]
    assert sorted(["Płock", "Przemyśl"]) == ["Przemyśl", "Płock"]
