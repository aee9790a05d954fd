"""Report forms on the profile and the service card: the preview builds the report routes'
own links, through the routes' own parser; bad values get Polish notes."""

import json

import plotly

from reports.form import (
    service_preview,
    unit_preview,
    update_service_preview,
    update_unit_preview,
)


def rendered(component) -> str:
    return json.dumps(component, cls=plotly.utils.PlotlyJSONEncoder, ensure_ascii=False)


def test_unit_form_builds_the_report_link_with_every_option(repository, client):
    preview = unit_preview(
        repository, "0201011", "", ["edukacja", "kultura"], "2015", "2020", "sasiedzi", "wszystkie"
    )
    query = "?obszary=edukacja,kultura&od=2015&do=2020&wskazniki=wszystkie&grupa=sasiedzi"
    assert preview.html_href == f"/raport/0201011{query}"
    assert preview.pdf_href == f"/raport/0201011.pdf{query}"
    assert not preview.notes
    text = " ".join(preview.lines)
    assert "Obszary: Edukacja, Kultura i rekreacja" in text and "Lata: 2015–2020" in text
    assert "Sąsiedzi" in text and "wszystkie wskaźniki" in text
    page = client.get(preview.html_href).get_data(as_text=True)
    assert "Uwagi do ustawień raportu" not in page  # the route accepts it as it is


def test_unit_form_defaults_make_the_plain_link_and_keep_the_profiles_group(repository):
    areas = [a.id for a in repository.areas if a.id != "kontekst"]
    low, high = 2010, 2025
    plain = unit_preview(repository, "0201011", "", areas, low, high, "podobne", "kluczowe")
    assert plain.html_href == "/raport/0201011"
    kept = unit_preview(
        repository, "0201011", "?k=5&demo=tak", areas, "", "", "podobne", "kluczowe"
    )
    assert kept.html_href == "/raport/0201011?k=5&demo=tak"


def test_unit_form_bad_values_get_polish_notes(repository):
    backwards = unit_preview(repository, "0201011", "", ["edukacja"], "2020", "2015", "x", "y")
    assert backwards.html_href == "/raport/0201011?obszary=edukacja"
    notes = " ".join(backwards.notes)
    assert "Nieprawidłowy zakres lat" in notes
    assert "Nieznany rodzaj grupy „x”" in notes and "Nieznany zakres wskaźników „y”" in notes
    nothing = unit_preview(repository, "0201011", "", [], "", "", "podobne", "kluczowe")
    assert nothing.html_href is None and nothing.notes == ["Zaznacz co najmniej jeden obszar."]


def test_forged_form_callbacks_change_nothing(dash_app):
    assert update_unit_preview({"a": 1}, [2], None, 3, 4, "0201011") == [
        "Nieprawidłowe dane formularza: niczego nie zmieniono."
    ]
    forged = rendered(update_unit_preview("edukacja", 1, 2, 3, 4, {"code": "0201011"}))
    assert "Zaznacz co najmniej jeden obszar." in forged
    assert update_service_preview("x", 1, 2, 3, {"a": 1}) == [
        "Nieprawidłowe dane formularza: niczego nie zmieniono."
    ]


def test_service_form_resolves_the_unit_and_keeps_the_options(repository, client):
    one = service_preview(repository, "podatek-rolny", "kleszczow", "2018", "2020", "sasiedzi")
    query = "?od=2018&do=2020&grupa=sasiedzi"
    assert one.html_href == f"/raport/1001042/usluga/podatek-rolny{query}"
    assert one.pdf_href == f"/raport/1001042/usluga/podatek-rolny.pdf{query}"
    shared = service_preview(repository, "podatek-rolny", "Bolesławiec", "2018", "", "podobne")
    assert shared.pdf_href is None
    assert shared.html_href == "/raport/usluga/podatek-rolny?jst=Boles%C5%82awiec&od=2018"
    choice = client.get(shared.html_href).get_data(as_text=True)
    assert 'href="/raport/0201022/usluga/podatek-rolny?od=2018"' in choice
    unknown = service_preview(repository, "podatek-rolny", "Xyzzy", "", "", "podobne")
    assert unknown.html_href is None
    assert any("Xyzzy" in note for note in unknown.notes)


def test_service_route_forwards_the_forms_options(client):
    response = client.get(
        "/raport/usluga/podatek-rolny?jst=kleszczow&od=2018&do=2020&grupa=sasiedzi&x=1"
    )
    assert response.status_code == 302
    assert response.headers["Location"] == (
        "/raport/1001042/usluga/podatek-rolny?od=2018&do=2020&grupa=sasiedzi"
    )
