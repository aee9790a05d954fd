"""Request-level tests of the accounts' form actions with the Flask test client: sign-up,
login, logout, CSRF, rate limits, owner checks, bad input. Each test uses its own client
address so the login rate limit of one test does not reach another."""

from __future__ import annotations

import itertools
import re
from urllib.parse import parse_qs, urlsplit

import flask
import pytest
from flask_wtf.csrf import generate_csrf

from accounts import db, repository
from accounts.ui import render_account_area

PASSWORD = "bardzo-tajne-1"
VIEW = "/wskazniki/ludnosc?poziom=powiat&rok=2020"
_addresses = (f"10.{i // 250}.{i % 250}.1" for i in itertools.count(1))
_emails = (f"osoba{i}@example.pl" for i in itertools.count(1))


@pytest.fixture
def new_client(dash_app):
    """A fresh browser-like client (own cookies, own address)."""

    def make():
        client = dash_app.server.test_client()
        client.environ_base["REMOTE_ADDR"] = next(_addresses)
        return client

    return make


def token(client) -> str:
    """A valid CSRF token for the client's session (as the pages' forms carry it)."""
    with client.application.test_request_context():
        signed = generate_csrf()
        raw = flask.session["csrf_token"]
    with client.session_transaction() as session:
        session["csrf_token"] = raw
    return signed


def post(client, path: str, data: dict | None = None, csrf: bool = True):
    form = dict(data or {})
    if csrf:
        form["csrf_token"] = token(client)
    return client.post(path, data=form)


def message_of(response) -> str | None:
    query = parse_qs(urlsplit(response.headers.get("Location", "")).query)
    return query.get("komunikat", [None])[0]


def register(client, email: str | None = None) -> str:
    email = email or next(_emails)
    response = post(
        client, "/konto/zarejestruj", {"email": email, "haslo": PASSWORD, "haslo2": PASSWORD}
    )
    assert response.status_code == 303 and message_of(response) == "registered"
    return email


def login(client, email: str, password: str = PASSWORD):
    return post(client, "/konto/zaloguj", {"email": email, "haslo": password})


def user_id(email: str) -> int:
    return repository.authenticate(email, PASSWORD).id


def save(client, url: str = VIEW, name: str = "Ludność powiatów"):
    return post(client, "/moje-widoki/zapisz", {"adres": url, "nazwa": name, "notatka": ""})


def test_register_save_logout_login(new_client):
    client = new_client()
    email = register(client)
    response = save(client)
    assert response.status_code == 303 and message_of(response) == "view_saved"
    [view] = repository.list_views(user_id(email))
    assert view.url == VIEW

    response = post(client, "/konto/wyloguj")
    assert response.status_code == 303 and message_of(response) == "logged_out"
    response = save(client)
    assert message_of(response) == "login_to_save"
    assert "dalej=" in response.headers["Location"]
    assert len(repository.list_views(user_id(email))) == 1

    response = login(client, email, "zle-haslo-1234")
    assert message_of(response) == "login_failed"
    response = login(client, email)
    assert response.status_code == 303 and response.headers["Location"] == "/moje-widoki"
    assert message_of(save(client, name="drugi")) == "view_saved"


def test_login_goes_back_only_to_this_site(new_client):
    client = new_client()
    email = register(client)
    post(client, "/konto/wyloguj")
    response = post(client, "/konto/zaloguj", {"email": email, "haslo": PASSWORD, "dalej": VIEW})
    assert response.headers["Location"] == VIEW
    post(client, "/konto/wyloguj")
    response = post(
        client,
        "/konto/zaloguj",
        {"email": email, "haslo": PASSWORD, "dalej": "//zly.example/x"},
    )
    assert response.headers["Location"] == "/moje-widoki"


def test_forms_without_a_valid_csrf_token_are_refused(new_client):
    client = new_client()
    email = next(_emails)
    data = {"email": email, "haslo": PASSWORD, "haslo2": PASSWORD}
    response = post(client, "/konto/zarejestruj", data, csrf=False)
    assert response.status_code == 400
    assert "Nic nie zostało zmienione" in response.get_data(as_text=True)
    assert repository.authenticate(email, PASSWORD) is None

    register(client, email)
    response = client.post(
        "/moje-widoki/zapisz", data={"adres": VIEW, "nazwa": "x", "csrf_token": "podrobiony"}
    )
    assert response.status_code == 400
    other = new_client()  # a token of another session does not work either
    response = client.post(
        "/moje-widoki/zapisz", data={"adres": VIEW, "nazwa": "x", "csrf_token": token(other)}
    )
    assert response.status_code == 400
    assert repository.list_views(user_id(email)) == []


def test_login_attempts_are_rate_limited_per_account_and_address(new_client):
    client, elsewhere = new_client(), new_client()
    email, colleague = register(new_client()), register(new_client())
    statuses = [login(client, email, "zle-haslo-1234").status_code for _ in range(5)]
    assert statuses == [303] * 5
    refused = login(client, email)  # even the right password waits now
    assert refused.status_code == 429
    assert "Zbyt wiele prób" in refused.get_data(as_text=True)
    assert refused.headers["Retry-After"] == "60"
    # Nobody else is locked out: the same account from elsewhere, a colleague from here.
    assert login(elsewhere, email).headers["Location"] == "/moje-widoki"
    assert login(client, colleague).headers["Location"] == "/moje-widoki"


def test_a_workshop_room_sharing_one_address_can_all_register_and_sign_in(new_client):
    room = new_client()
    address = room.environ_base["REMOTE_ADDR"]
    trainees = []
    for _ in range(12):
        trainee = new_client()
        trainee.environ_base["REMOTE_ADDR"] = address
        trainees.append((trainee, register(trainee)))
    for trainee, email in trainees:
        post(trainee, "/konto/wyloguj")
        assert login(trainee, email).headers["Location"] == "/moje-widoki"


def test_another_users_views_and_dashboards_answer_404(new_client):
    ala, ola = new_client(), new_client()
    ala_email = register(ala)
    register(ola)
    save(ala)
    [view] = repository.list_views(user_id(ala_email))
    board = post(ala, "/pulpity/nowy", {"nazwa": "Warsztat"})
    board_path = board.headers["Location"].split("?")[0]
    board_id = int(board_path.rsplit("/", 1)[1])

    assert ala.get(board_path).status_code == 200
    assert ola.get(board_path).status_code == 404
    assert ola.get("/pulpity/999999").status_code == 404
    for path in (
        f"/moje-widoki/{view.id}/zmien",
        f"/moje-widoki/{view.id}/usun",
        f"/moje-widoki/{view.id}/udostepnij",
        f"/moje-widoki/{view.id}/duplikuj",
        f"/pulpity/{board_id}/usun",
        f"/pulpity/{board_id}/dodaj",
        "/moje-widoki/999999/usun",
    ):
        response = post(ola, path, {"nazwa": "cudze", "widok": str(view.id)})
        assert response.status_code == 404, path
        assert b'lang="pl"' in response.data
    assert repository.get_view(user_id(ala_email), view.id) == view
    assert repository.get_dashboard(user_id(ala_email), board_id) is not None


def test_bad_input_gets_a_message_and_changes_nothing(new_client):
    client = new_client()
    email = register(client)
    uid = user_id(email)
    assert message_of(save(client, name="x" * 121)) == "name_too_long"
    assert message_of(save(client, name="   ")) == "name_empty"
    assert message_of(save(client, url="https://zly.example/")) == "view_url_invalid"
    assert message_of(save(client, url="/nie/ma/strony")) == "view_url_unknown_page"
    assert message_of(save(client, url="/jst/0201011?" + "a=1&" * 60)) == "view_url_invalid"
    assert message_of(save(client, url="/jst/0201011?q=" + "x" * 2100)) == "view_url_too_long"
    assert repository.list_views(uid) == []

    response = post(
        new_client(),
        "/konto/zarejestruj",
        {"email": email.upper(), "haslo": PASSWORD, "haslo2": PASSWORD},
    )
    assert response.headers["Location"].startswith("/konto/rejestracja")
    assert message_of(response) == "email_taken"
    response = post(client, "/moje-grupy/nowa", {"nazwa": "g", "kody": "0201011 12345"})
    assert message_of(response) == "group_unknown_code"
    assert repository.groups_of(uid) == []


def test_share_link_is_public_until_revoked(new_client):
    client = new_client()
    email = register(client)
    save(client)
    [view] = repository.list_views(user_id(email))
    post(client, f"/moje-widoki/{view.id}/udostepnij")
    share_token = repository.get_view(user_id(email), view.id).share_token
    assert new_client().get(f"/udostepnione/{share_token}").status_code == 200
    post(client, f"/moje-widoki/{view.id}/cofnij-udostepnienie")
    assert new_client().get(f"/udostepnione/{share_token}").status_code == 404
    assert new_client().get("/udostepnione/zgadywany-token").status_code == 404


def test_password_change_signs_out_other_sessions(new_client):
    first, second = new_client(), new_client()
    email = register(first)
    login(second, email)
    response = post(
        first,
        "/konto/zmien-haslo",
        {"obecne": PASSWORD, "nowe": "nowe-haslo-12", "nowe2": "nowe-haslo-12"},
    )
    assert message_of(response) == "password_changed"
    assert message_of(save(first)) == "view_saved"  # this session goes on
    assert message_of(save(second)) == "login_to_save"  # the other one has ended


def test_delete_account_needs_password_and_confirmation(new_client):
    client = new_client()
    email = register(client)
    save(client)
    response = post(client, "/konto/usun-konto", {"haslo": PASSWORD})
    assert message_of(response) == "confirm_required"
    response = post(client, "/konto/usun-konto", {"haslo": "zle", "potwierdzam": "on"})
    assert message_of(response) == "password_wrong"
    response = post(client, "/konto/usun-konto", {"haslo": PASSWORD, "potwierdzam": "on"})
    assert message_of(response) == "account_deleted"
    assert repository.authenticate(email, PASSWORD) is None
    assert message_of(login(new_client(), email)) == "login_failed"


def test_session_cookie_is_httponly_samesite_and_secure_over_https(new_client):
    client = new_client()
    register(client)
    cookie = next(c for c in client._cookies.values() if c.key == "session")
    assert cookie.http_only and cookie.same_site == "Lax" and not cookie.secure

    secure = new_client()
    response = secure.post(
        "/konto/zarejestruj",
        base_url="https://localhost",
        headers={"Referer": "https://localhost/konto/rejestracja"},
        data={
            "csrf_token": token(secure),
            "email": next(_emails),
            "haslo": PASSWORD,
            "haslo2": PASSWORD,
        },
    )
    assert message_of(response) == "registered"
    header = response.headers["Set-Cookie"]
    assert "Secure" in header and "HttpOnly" in header and "SameSite=Lax" in header


def test_account_area_of_the_page_frame(dash_app):
    """The frame's callback: a login link for visitors; the logout form carries a token."""
    with dash_app.server.test_request_context("/"):
        menu, dialog = render_account_area("/jst/0201011", "?osadzony=1")
        text = str(menu)
        assert "/konto/logowanie?dalej=%2Fjst%2F0201011" in text
        assert "Zaloguj się" in str(dialog)


def test_public_pages_work_when_the_accounts_database_is_down(new_client, tmp_path):
    previous = db.current_url()
    db.use_database(f"sqlite:///{tmp_path}/bez-schematu.sqlite")
    try:
        client = new_client()
        assert client.get("/").status_code == 200
        assert client.get("/jst/0201011").status_code == 200
        assert client.get("/moje-widoki").status_code == 200
        response = login(client, "ala@example.pl")
        assert message_of(response) == "db_unavailable"
        response = post(
            client,
            "/konto/zarejestruj",
            {"email": "nowa@example.pl", "haslo": PASSWORD, "haslo2": PASSWORD},
        )
        assert message_of(response) == "db_unavailable"
    finally:
        db.use_database(previous)


def test_security_headers(new_client):
    response = new_client().get("/konto/logowanie")
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"
    assert re.search(r"nosniff", response.headers["X-Content-Type-Options"])
