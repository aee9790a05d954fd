"""Request-level tests of the targets' form actions and downloads with the Flask test client:
CSRF, owner checks (404 for another user's target), bad input, read-only sharing, CSV/XLSX."""

from __future__ import annotations

import io
import itertools
import zipfile
from urllib.parse import parse_qs, urlsplit

import polars as pl
import pytest
from test_accounts_http import message_of, post, register, user_id

from targets import repository

UNIT = "0201011"
REAL = "wydatki-inwestycyjne-na-mieszkanca"
DEMO = "wodociag-odsetek-ludnosci"


_addresses = (f"10.201.{i // 250}.{i % 250}" for i in itertools.count(1))


@pytest.fixture
def new_client(dash_app):
    """A fresh browser-like client (own cookies, own address: login limits stay apart)."""

    def make():
        client = dash_app.server.test_client()
        client.environ_base["REMOTE_ADDR"] = next(_addresses)
        return client

    return make


def form(**changes) -> dict:
    return {
        "jst": UNIT,
        "wskaznik": REAL,
        "wartosc": "3 000,25",
        "rok_bazowy": "2019",
        "rok_docelowy": "2030",
        "kierunek": "co-najmniej",
        "notatka": "",
        "dokument": "Strategia",
        "link": "https://example.pl/strategia.pdf",
    } | changes


def targets_of(email: str) -> list:
    return repository.list_targets(user_id(email))


def test_a_target_is_added_only_with_a_csrf_token(new_client):
    client = new_client()
    email = register(client)
    refused = post(client, "/cele/nowy", form(), csrf=False)
    assert refused.status_code == 400
    assert targets_of(email) == []
    saved = post(client, "/cele/nowy", form())
    assert saved.status_code == 303 and message_of(saved) == "target_saved"
    [record] = targets_of(email)
    assert record.target.target_value == 3000.25
    assert record.target.source_url == "https://example.pl/strategia.pdf"


def test_bad_input_comes_back_with_a_message_and_the_chosen_unit(new_client):
    client = new_client()
    email = register(client)
    response = post(client, "/cele/nowy", form(wartosc="dużo"))
    assert response.status_code == 303
    query = parse_qs(urlsplit(response.headers["Location"]).query)
    assert query == {"jst": [UNIT], "wskaznik": [REAL], "komunikat": ["target_value_invalid"]}
    for bad, code in (
        ({"rok_docelowy": "2070"}, "target_year_out_of_range"),
        ({"jst": "9999999"}, "target_unit_unknown"),
        ({"link": "javascript:alert(1)"}, "target_url_invalid"),
    ):
        assert message_of(post(client, "/cele/nowy", form(**bad))) == code
    assert targets_of(email) == []


def test_a_visitor_is_sent_to_log_in(new_client):
    client = new_client()
    response = post(client, "/cele/nowy", form())
    assert response.status_code == 303
    assert message_of(response) == "login_required"
    assert client.get("/cele/eksport.csv").status_code == 303


def test_another_users_target_answers_404(new_client):
    owner, other = new_client(), new_client()
    owner_email = register(owner)
    register(other)
    post(owner, "/cele/nowy", form())
    [record] = targets_of(owner_email)
    target_id = record.target.id
    assert owner.get(f"/cele/{target_id}/edycja").status_code == 200
    assert other.get(f"/cele/{target_id}/edycja").status_code == 404
    assert other.get("/cele/999999/edycja").status_code == 404
    assert post(other, f"/cele/{target_id}/zmien", form(wartosc="1")).status_code == 404
    assert post(other, f"/cele/{target_id}/usun").status_code == 404
    assert post(other, "/cele/udostepnij", {"jst": UNIT}).status_code == 404
    assert targets_of(owner_email)[0].target.target_value == 3000.25
    changed = post(owner, f"/cele/{target_id}/zmien", form(wartosc="2500"))
    assert message_of(changed) == "target_updated"
    assert targets_of(owner_email)[0].target.target_value == 2500
    assert message_of(post(owner, f"/cele/{target_id}/usun")) == "target_deleted"
    assert targets_of(owner_email) == []


def test_shared_targets_are_read_only_until_revoked(new_client):
    owner, visitor = new_client(), new_client()
    email = register(owner)
    post(owner, "/cele/nowy", form())
    assert message_of(post(owner, "/cele/udostepnij", {"jst": UNIT})) == "shared"
    [record] = targets_of(email)
    link = f"/cele/udostepnione/{record.share_token}"
    assert visitor.get(link).status_code == 200
    # the link gives no right to change anything
    response = post(visitor, f"/cele/{record.target.id}/usun")
    assert message_of(response) == "login_required"
    assert len(targets_of(email)) == 1
    assert message_of(post(owner, "/cele/cofnij-udostepnienie", {"jst": UNIT})) == "share_revoked"
    assert visitor.get(link).status_code == 404


def test_exports_have_polish_columns_rounded_values_and_the_demonstration_label(new_client):
    client = new_client()
    register(client)
    post(client, "/cele/nowy", form())
    post(client, "/cele/nowy", form(wskaznik=DEMO, wartosc="99", rok_bazowy="2015"))
    csv = client.get("/cele/eksport.csv")
    assert csv.status_code == 200
    assert "cele_DEMO.csv" in csv.headers["Content-Disposition"]
    frame = pl.read_csv(io.BytesIO(csv.data))
    assert frame["wskaznik"].to_list() == [REAL, DEMO]
    assert {"wartosc_ostatnia", "odleglosc_do_celu", "prognoza", "status"} <= set(frame.columns)
    assert frame["pochodzenie"].to_list()[1].startswith("dane demonstracyjne")
    latest = frame["wartosc_ostatnia"].to_list()[0]
    assert latest == round(latest, 0)  # the indicator's decimals (0 for zł per resident)
    xlsx = client.get("/cele/eksport.xlsx")
    book = zipfile.ZipFile(io.BytesIO(xlsx.data))
    workbook = book.read("xl/workbook.xml").decode()
    assert 'name="dane"' in workbook and 'name="metadane"' in workbook
    strings = book.read("xl/sharedStrings.xml").decode()
    assert "UWAGA" in strings and "odleglosc_do_celu" in strings and DEMO in strings


def test_the_report_pack_holds_the_users_own_targets(new_client):
    """The pack's targets chapter is filled from the signed-in user's targets for the unit;
    ``cele=brak`` leaves them out, and another user's pack does not show them."""
    client = new_client()
    register(client)
    post(client, "/cele/nowy", form(dokument="Strategia Rozwoju Bolesławca"))
    preview = f"/raport/{UNIT}/stan-gminy-2024?obszary=finanse"
    chapter = client.get(preview).get_data(as_text=True).split('id="cele-h"')[1]
    assert "Strategia Rozwoju Bolesławca" in chapter
    # rounded to the indicator's decimals, as every value of the pack
    assert "co najmniej 3 000 zł w 2030 r." in chapter.replace("\u00a0", " ")
    left_out = client.get(preview + "&cele=brak").get_data(as_text=True).split('id="cele-h"')[1]
    assert "Strategia Rozwoju Bolesławca" not in left_out
    other = new_client()
    register(other)
    assert "Strategia Rozwoju Bolesławca" not in other.get(preview).get_data(as_text=True)
