"""Request-level tests of the accounts' form actions with the Flask test client: sign-up,
login, logout, CSRF, rate limits, owner checks, bad input. Each test uses its own client
address so the login rate limit of one test does not reach another."""

from __future__ import annotations

import itertools
import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import flask
import pytest
from dash_forgery import router_body
from flask_login.utils import encode_cookie
from flask_wtf.csrf import generate_csrf
from sqlalchemy import func, select, update
from sqlalchemy.engine import make_url

from accounts import db, repository
from accounts.models import UserSession, utcnow
from components.account_ui import render_account_area
from config import settings
from i18n import messages

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
    """Register a new address and log in with it (registration signs nobody in)."""
    email = email or next(_emails)
    response = post(
        client, "/konto/zarejestruj", {"email": email, "haslo": PASSWORD, "haslo2": PASSWORD}
    )
    assert response.status_code == 303 and message_of(response) == "registration_done"
    assert login(client, email).headers["Location"] == "/moje-widoki"
    return email


def login(client, email: str, password: str = PASSWORD):
    return post(client, "/konto/zaloguj", {"email": email, "haslo": password})


def user_id(email: str) -> int:
    return repository.authenticate(email, PASSWORD).id


def repository_email(uid: int) -> str:
    from accounts.models import User

    with db.transaction() as session:
        return session.scalar(select(User.email).where(User.id == uid))


def save(client, url: str = VIEW, name: str = "Ludność powiatów"):
    return post(client, "/moje-widoki/zapisz", {"adres": url, "nazwa": name, "notatka": ""})


def signed_in(client) -> bool:
    """Whether the client's cookies open a session: a form that needs one (sent incomplete,
    so nothing is saved) answers "log in" otherwise."""
    code = message_of(post(client, "/moje-grupy/nowa", {"nazwa": "", "kody": ""}))
    assert code in ("name_empty", "login_required")
    return code == "name_empty"


def copy_of_cookies(client, new_client):
    """Another client holding a copy of ``client``'s session cookie (a stolen or kept cookie)."""
    copy = new_client()
    copy.environ_base["REMOTE_ADDR"] = client.environ_base["REMOTE_ADDR"]
    copy.set_cookie("session", client.get_cookie("session").value)
    return copy


def session_token(client) -> str:
    with client.session_transaction() as session:
        return session["_user_id"]


def sessions_of(uid: int) -> int:
    with db.transaction() as session:
        query = select(func.count()).select_from(UserSession).where(UserSession.user_id == uid)
        return session.scalar(query)


def age_sessions(uid: int, **ago: timedelta) -> None:
    """Move the user's sessions' ``created_at`` / ``last_seen_at`` back by the given times."""
    now = utcnow()
    with db.transaction() as session:
        values = {column: now - delta for column, delta in ago.items()}
        session.execute(update(UserSession).where(UserSession.user_id == uid).values(**values))


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
    response = post(client, "/moje-grupy/nowa", {"nazwa": "g", "kody": "0201011 12345"})
    assert message_of(response) == "group_unknown_code"
    assert repository.groups_of(uid) == []


def test_registration_does_not_tell_whether_an_address_has_an_account(new_client):
    email = register(new_client())
    other_password = "zupelnie-inne-haslo-7"
    answers = []
    for address in (next(_emails), email, email.upper()):
        client = new_client()
        data = {"email": address, "haslo": other_password, "haslo2": other_password}
        response = post(client, "/konto/zarejestruj", data)
        answers.append((response.status_code, response.headers["Location"]))
        assert not signed_in(client)
    assert answers == [(303, "/konto/logowanie?komunikat=registration_done")] * 3
    assert repository.authenticate(email, PASSWORD) is not None  # nothing changed for it
    assert repository.authenticate(email, other_password) is None


WEAK_PASSWORDS = [
    ("aaaaaaaaaa", "password_repeated"),
    ("1234567890", "password_sequence"),
    ("abcdefghij", "password_sequence"),
    ("password123", "password_common"),
    ("qwertyuiop", "password_common"),
    ("zaq12wsxcde", "password_common"),  # Polish favourites: zaq12wsx, kochanie, haslo
    ("kochanie12", "password_common"),
    ("haslo12345", "password_common"),
    ("{local}-2024", "password_email"),
]


@pytest.mark.parametrize(("password", "code"), WEAK_PASSWORDS)
def test_weak_passwords_are_refused_and_the_page_says_why(new_client, password, code):
    client = new_client()
    email = next(_emails)
    password = password.format(local=email.partition("@")[0])
    data = {"email": email, "haslo": password, "haslo2": password}
    response = post(client, "/konto/zarejestruj", data)
    assert response.headers["Location"] == f"/konto/rejestracja?komunikat={code}"
    assert repository.authenticate(email, password) is None
    text = page_text(client, "/konto/rejestracja", f"?komunikat={code}")
    assert messages("pl")[f"accounts.msg.{code}"] in text


def test_a_weak_new_password_is_refused_and_the_old_one_stays(new_client):
    client = new_client()
    email = register(client)
    response = post(
        client, "/konto/zmien-haslo", {"obecne": PASSWORD, "nowe": "1qaz2wsx3edc", "nowe2": "x"}
    )
    assert message_of(response) == "password_common"
    assert repository.authenticate(email, PASSWORD) is not None


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


def test_logout_ends_the_session_on_the_server(new_client):
    """A cookie copied before logout (kept by an attacker, a shared computer's browser)
    neither reads nor writes afterwards."""
    client = new_client()
    email = register(client)
    kept = copy_of_cookies(client, new_client)
    assert signed_in(kept)
    assert message_of(post(client, "/konto/wyloguj")) == "logged_out"
    response = post(kept, "/moje-grupy/nowa", {"nazwa": "po wylogowaniu", "kody": "0201011"})
    assert message_of(response) == "login_required"
    assert message_of(save(kept)) == "login_to_save"
    assert repository.groups_of(user_id(email)) == []
    assert sessions_of(user_id(email)) == 0


def test_a_remember_cookie_of_an_ended_session_signs_nobody_in(new_client, dash_app):
    client = new_client()
    register(client)
    with dash_app.server.app_context():
        remembered = encode_cookie(session_token(client))
    live = new_client()
    live.set_cookie("remember_token", remembered)
    assert signed_in(live)  # flask-login reads the remember cookie of a live session
    response = post(live, "/konto/wyloguj")
    assert any(c.startswith("remember_token=;") for c in response.headers.getlist("Set-Cookie"))
    late = new_client()
    late.set_cookie("remember_token", remembered)
    assert not signed_in(late) and not signed_in(client)  # one session, ended everywhere


def test_sessions_end_when_idle_or_too_old(new_client):
    idle = timedelta(minutes=settings.session_idle_minutes)
    oldest = timedelta(hours=settings.session_max_hours)
    client = new_client()
    uid = user_id(register(client))
    age_sessions(uid, last_seen_at=idle - timedelta(minutes=2))
    assert signed_in(client)  # active in time: the request moves the idle clock on
    age_sessions(uid, last_seen_at=idle - timedelta(minutes=2))
    assert signed_in(client)
    age_sessions(uid, last_seen_at=idle + timedelta(minutes=1))
    assert not signed_in(client)

    assert login(client, repository_email(uid)).headers["Location"] == "/moje-widoki"
    age_sessions(uid, created_at=oldest + timedelta(minutes=1))  # active, but too old
    assert not signed_in(client)
    login(new_client(), repository_email(uid))  # a new login removes the expired sessions
    assert sessions_of(uid) == 1


def test_password_change_ends_every_session_but_a_new_one_for_this_browser(new_client):
    client, other = new_client(), new_client()
    email = register(client)
    login(other, email)
    kept = copy_of_cookies(client, new_client)
    response = post(
        client,
        "/konto/zmien-haslo",
        {"obecne": PASSWORD, "nowe": "nowe-haslo-12", "nowe2": "nowe-haslo-12"},
    )
    assert message_of(response) == "password_changed"
    assert signed_in(client)
    assert not signed_in(other) and not signed_in(kept)
    assert sessions_of(repository.authenticate(email, "nowe-haslo-12").id) == 1


def test_deleting_the_account_ends_all_its_sessions(new_client):
    client, other = new_client(), new_client()
    email = register(client)
    login(other, email)
    uid = user_id(email)
    kept = copy_of_cookies(client, new_client)
    response = post(client, "/konto/usun-konto", {"haslo": PASSWORD, "potwierdzam": "on"})
    assert message_of(response) == "account_deleted"
    assert not signed_in(other) and not signed_in(kept) and not signed_in(client)
    assert sessions_of(uid) == 0


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
        "/konto/zaloguj",
        base_url="https://localhost",
        headers={"Referer": "https://localhost/konto/logowanie"},
        data={"csrf_token": token(secure), "email": register(new_client()), "haslo": PASSWORD},
    )
    assert response.headers["Location"] == "/moje-widoki"
    header = response.headers["Set-Cookie"]
    assert "Secure" in header and "HttpOnly" in header and "SameSite=Lax" in header


def test_account_area_of_the_page_frame(dash_app):
    """The frame's callback: a login link for visitors; the logout form carries a token."""
    with dash_app.server.test_request_context("/"):
        menu, dialog = render_account_area("/jst/0201011", "?osadzony=1")
        text = str(menu)
        assert "/konto/logowanie?dalej=%2Fjst%2F0201011" in text
        assert "Zaloguj się" in str(dialog)


def unreachable_url(tmp_path) -> str:
    """An accounts database URL of the configured kind that cannot be reached: PostgreSQL on a
    closed port, SQLite in a folder that cannot exist (its parent is a file; even root fails)."""
    url = make_url(db.current_url())
    if url.get_backend_name() != "sqlite":
        return url.set(host="127.0.0.1", port=1, query={}).render_as_string(hide_password=False)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    return f"sqlite:///{blocker}/accounts.sqlite"


@pytest.fixture
def database_down(tmp_path):
    """The app pointed at an unreachable accounts database for one test."""
    previous = db.current_url()
    db.use_database(unreachable_url(tmp_path))
    yield
    db.use_database(previous)


def page_text(client, path: str, search: str = "") -> str:
    """The page's content as Dash renders it into the page frame (the layout callback)."""
    response = client.post("/_dash-update-component", json=router_body(path, search))
    assert response.status_code == 200
    return response.get_data(as_text=True)


UNAVAILABLE = "Baza kont jest chwilowo niedostępna"
LOGIN_NEEDED = "Ta strona jest dostępna po zalogowaniu"
ACCOUNT_PAGES = (
    "/moje-widoki",
    "/pulpity",
    "/moje-grupy",
    "/pulpity/1",
    "/konto/logowanie",
    "/konto/rejestracja",
    "/konto/haslo",
    "/konto/usun",
)


def test_with_the_accounts_database_down_account_pages_say_so_with_503(new_client, database_down):
    client = new_client()
    assert client.get("/").status_code == 200
    assert client.get("/jst/0201011").status_code == 200
    for path in ACCOUNT_PAGES:
        response = client.get(path)
        assert response.status_code == 503, path
        assert b'lang="pl"' in response.data and b"Traceback" not in response.data
        text = page_text(client, path)
        assert UNAVAILABLE in text and LOGIN_NEEDED not in text, path
        assert 'action="/konto/zaloguj"' not in text, path  # no form that cannot work
    assert message_of(login(client, "ala@example.pl")) == "db_unavailable"
    response = post(
        client,
        "/konto/zarejestruj",
        {"email": "nowa@example.pl", "haslo": PASSWORD, "haslo2": PASSWORD},
    )
    assert message_of(response) == "db_unavailable"


def test_a_signed_in_user_is_told_the_database_is_down_not_to_log_in(new_client, tmp_path):
    client = new_client()
    register(client)
    previous = db.current_url()
    db.use_database(unreachable_url(tmp_path))
    try:
        for path in ("/moje-widoki", "/pulpity", "/moje-grupy"):
            assert client.get(path).status_code == 503
            text = page_text(client, path)
            assert UNAVAILABLE in text and LOGIN_NEEDED not in text
        response = post(client, "/moje-grupy/nowa", {"nazwa": "g", "kody": "0201011"})
        assert response.headers["Location"] == "/moje-grupy?komunikat=db_unavailable"
        assert message_of(save(client)) == "db_unavailable"
        response = post(client, "/konto/wyloguj")  # the browser's cookie goes all the same
        assert message_of(response) == "db_unavailable"
    finally:
        db.use_database(previous)
    assert not signed_in(client)


def test_security_headers(new_client):
    response = new_client().get("/konto/logowanie")
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"
    assert re.search(r"nosniff", response.headers["X-Content-Type-Options"])


@pytest.mark.parametrize("path", ["/pulpity/²", "/pulpity/1?widok=²", "/pulpity/99999999999999"])
def test_superscript_digits_in_account_addresses_are_not_a_server_error(new_client, path):
    client = new_client()
    register(client)
    assert client.get(path).status_code < 500


def test_a_superscript_view_id_is_refused_with_a_message(new_client):
    client = new_client()
    register(client)
    response = post(client, "/pulpity/1/dodaj", {"widok": "²"})
    assert response.status_code == 303 and message_of(response) == "choose_view"


def test_a_superscript_report_year_is_not_a_server_error(client):
    assert client.get("/raport/0201022?od=²²²²").status_code < 500
