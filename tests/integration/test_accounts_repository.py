"""Accounts models and repository on a fresh database per test (a SQLite file in a temporary
folder, or a new PostgreSQL database with SMUP_TEST_DATABASE_URL: tests/servers.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select, text

from accounts import db, repository
from accounts.models import (
    Base,
    ComparisonGroup,
    Dashboard,
    DashboardItem,
    SavedView,
    User,
    UserSession,
)
from accounts.security import AccountError, hash_password, safe_next, verify_password
from accounts.viewstate import check_view, normalise_view_url

PASSWORD = "bardzo-tajne-1"
VIEW = "/wskazniki/ludnosc?poziom=powiat&rok=2020"


def user(email: str = "ala@example.pl") -> repository.UserRecord:
    return repository.register(email, PASSWORD, PASSWORD)


def count(model) -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(model))


def code_of(call) -> str:
    with pytest.raises(AccountError) as error:
        call()
    return error.value.code


def test_migrations_create_exactly_the_models(accounts_db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = db.make_engine(accounts_db)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        tables = set(inspect(connection).get_table_names())
    engine.dispose()
    assert diff == []
    assert {"users", "user_sessions", "saved_views", "dashboards", "dashboard_items"} <= tables


def test_register_hashes_password_and_authenticates(accounts_db):
    record = user("Ala@Example.PL ")
    assert record.email == "ala@example.pl"
    with db.transaction() as session:
        stored = session.scalar(select(User.password_hash).where(User.id == record.id))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert verify_password(stored, PASSWORD)
    assert repository.authenticate("ALA@example.pl", PASSWORD).id == record.id
    assert repository.authenticate("ala@example.pl", "zle-haslo-123") is None
    assert repository.authenticate("nikt@example.pl", PASSWORD) is None
    assert repository.authenticate(None, None) is None


@pytest.mark.parametrize(
    ("email", "password", "repeated", "code"),
    [
        ("", PASSWORD, PASSWORD, "email_empty"),
        ("to-nie-adres", PASSWORD, PASSWORD, "email_invalid"),
        ("a" * 250 + "@x.pl", PASSWORD, PASSWORD, "email_too_long"),
        ("ola@example.pl", "krotkie", "krotkie", "password_short"),
        ("ola@example.pl", "x" * 129, "x" * 129, "password_long"),
        ("ola@example.pl", PASSWORD, PASSWORD + "x", "password_mismatch"),
    ],
)
def test_registration_rejects_bad_input(accounts_db, email, password, repeated, code):
    assert code_of(lambda: repository.register(email, password, repeated)) == code
    assert count(User) == 0


def test_duplicate_email_is_refused_case_insensitively(accounts_db):
    user("ala@example.pl")
    assert code_of(lambda: repository.register("ALA@example.pl", PASSWORD, PASSWORD)) == (
        "email_taken"
    )
    assert count(User) == 1


def test_another_users_view_is_indistinguishable_from_a_missing_one(accounts_db):
    ala, ola = user("ala@example.pl"), user("ola@example.pl")
    view = repository.save_view(ala.id, VIEW, "Ludność", "notatka")
    assert repository.get_view(ola.id, view.id) is None
    assert repository.get_view(ola.id, 999_999) is None
    assert repository.list_views(ola.id) == []
    for attempt in (
        lambda: repository.update_view(ola.id, view.id, "cudze", ""),
        lambda: repository.delete_view(ola.id, view.id),
        lambda: repository.duplicate_view(ola.id, view.id),
        lambda: repository.share_view(ola.id, view.id),
        lambda: repository.move_view(ola.id, view.id, 1),
    ):
        assert code_of(attempt) == "not_found"
    assert repository.get_view(ala.id, view.id) == view


def test_views_are_listed_newest_first_and_can_be_reordered_and_duplicated(accounts_db):
    ala = user()
    first = repository.save_view(ala.id, "/jst/0201011", "pierwszy")
    second = repository.save_view(ala.id, VIEW, "drugi")
    assert [v.name for v in repository.list_views(ala.id)] == ["drugi", "pierwszy"]
    repository.move_view(ala.id, first.id, -1)
    assert [v.name for v in repository.list_views(ala.id)] == ["pierwszy", "drugi"]
    copy = repository.duplicate_view(ala.id, first.id)
    assert copy.url == first.url and copy.name == "Kopia: pierwszy"
    assert [v.id for v in repository.list_views(ala.id)] == [first.id, copy.id, second.id]
    renamed = repository.update_view(ala.id, copy.id, "  nowa nazwa ", "opis")
    assert (renamed.name, renamed.note) == ("nowa nazwa", "opis")


@pytest.mark.parametrize(
    ("url", "name", "code"),
    [
        (VIEW, "", "name_empty"),
        (VIEW, "x" * 121, "name_too_long"),
        ("", "nazwa", "view_url_empty"),
        ("https://zly.example/jst/0201011", "nazwa", "view_url_invalid"),
        ("//zly.example/jst", "nazwa", "view_url_invalid"),
        ("javascript:alert(1)", "nazwa", "view_url_invalid"),
        ("/nie/ma/takiej", "nazwa", "view_url_unknown_page"),
        ("/moje-widoki", "nazwa", "view_url_unknown_page"),
        ("/jst/0201011?" + "a=1&" * 60, "nazwa", "view_url_invalid"),
        ("/jst/0201011?q=" + "x" * 2100, "nazwa", "view_url_too_long"),
    ],
)
def test_saving_validates_the_view(accounts_db, url, name, code):
    ala = user()
    assert code_of(lambda: repository.save_view(ala.id, url, name)) == code
    assert count(SavedView) == 0


def test_note_limit_and_frame_parameters(accounts_db):
    ala = user()
    long_note = "x" * 1001
    assert code_of(lambda: repository.save_view(ala.id, VIEW, "n", long_note)) == "note_too_long"
    saved = repository.save_view(ala.id, VIEW + "&osadzony=1", "n")
    assert saved.url == VIEW
    assert normalise_view_url("/porownaj?jst=0201011,0202011") == "/porownaj?jst=0201011,0202011"
    english = normalise_view_url("/jst/0201022?lang=en&grupa=sasiedzi")
    assert english == "/jst/0201022?grupa=sasiedzi"  # the language is the viewer's choice


def test_dashboards_show_only_the_owners_views_and_can_be_shared(accounts_db):
    ala, ola = user("ala@example.pl"), user("ola@example.pl")
    one = repository.save_view(ala.id, VIEW, "jeden")
    two = repository.save_view(ala.id, "/jst/0201011", "dwa")
    foreign = repository.save_view(ola.id, VIEW, "cudzy")
    board = repository.create_dashboard(ala.id, "Warsztat", "")
    repository.add_to_dashboard(ala.id, board.id, one.id)
    repository.add_to_dashboard(ala.id, board.id, two.id)
    add_again = lambda: repository.add_to_dashboard(ala.id, board.id, one.id)  # noqa: E731
    assert code_of(add_again) == "already_on_dashboard"
    add_foreign = lambda: repository.add_to_dashboard(ala.id, board.id, foreign.id)  # noqa: E731
    assert code_of(add_foreign) == "not_found"
    assert repository.get_dashboard(ola.id, board.id) is None
    items = repository.get_dashboard(ala.id, board.id).items
    assert [i.view.name for i in items] == ["jeden", "dwa"]
    repository.move_item(ala.id, board.id, items[1].id, -1)
    assert [i.view.name for i in repository.get_dashboard(ala.id, board.id).items] == [
        "dwa",
        "jeden",
    ]
    token = repository.share_dashboard(ala.id, board.id)
    assert len(token) >= 40 and repository.share_dashboard(ala.id, board.id) == token
    assert repository.shared(token).name == "Warsztat"
    repository.revoke_dashboard_share(ala.id, board.id)
    assert repository.shared(token) is None
    repository.delete_view(ala.id, two.id)  # leaves the dashboard with it
    assert [i.view.name for i in repository.get_dashboard(ala.id, board.id).items] == ["jeden"]


def test_shared_view_link_is_revocable(accounts_db):
    ala = user()
    view = repository.save_view(ala.id, VIEW, "jeden")
    token = repository.share_view(ala.id, view.id)
    assert repository.shared(token) == repository.get_view(ala.id, view.id)
    repository.revoke_view_share(ala.id, view.id)
    assert repository.shared(token) is None
    assert repository.shared("") is None and repository.shared("x" * 500) is None


def test_password_change_ends_every_session(accounts_db):
    ala = user()
    token = repository.start_session(ala.id)
    assert repository.load_session(token) == ala
    wrong = lambda: repository.change_password(ala.id, "zle", "nowe-haslo-12", "nowe-haslo-12")  # noqa: E731
    assert code_of(wrong) == "password_wrong"
    assert repository.load_session(token) == ala
    repository.change_password(ala.id, PASSWORD, "nowe-haslo-12", "nowe-haslo-12")
    assert repository.load_session(token) is None
    assert repository.authenticate("ala@example.pl", "nowe-haslo-12") is not None


def test_sessions_keep_only_a_hash_of_their_token(accounts_db):
    ala = user()
    token = repository.start_session(ala.id)
    with db.transaction() as session:
        stored = session.scalar(select(UserSession.token_hash))
    assert token not in stored and len(stored) == 64
    for forged in (stored, "", None, 12, "x" * 500):
        assert repository.load_session(forged) is None
    repository.end_session(token)
    assert repository.load_session(token) is None
    repository.end_session(token)  # ending it twice is no error


def test_upgrade_keeps_the_accounts_of_the_first_schema(tmp_path, dash_app):
    """Migration 0002 moves from one token per user to one row per session: the accounts
    stay, old cookies stop working (everyone logs in once more)."""
    from alembic import command

    url = f"sqlite:///{tmp_path}/old.sqlite"
    command.upgrade(db.alembic_config(url), "0001")
    engine = db.make_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO users (email, password_hash, session_token, created_at) "
                "VALUES ('ala@example.pl', :hash, 'stary-token', CURRENT_TIMESTAMP)"
            ),
            {"hash": hash_password(PASSWORD)},
        )
    engine.dispose()
    db.upgrade(url)
    previous = db.current_url()
    db.use_database(url)
    try:
        ala = repository.authenticate("ala@example.pl", PASSWORD)
        assert ala is not None and repository.load_session("stary-token") is None
        assert repository.load_session(repository.start_session(ala.id)) == ala
    finally:
        db.use_database(previous)


def test_deleting_the_account_deletes_everything_it_owns(accounts_db):
    ala, ola = user("ala@example.pl"), user("ola@example.pl")
    view = repository.save_view(ala.id, VIEW, "jeden")
    board = repository.create_dashboard(ala.id, "Warsztat")
    repository.add_to_dashboard(ala.id, board.id, view.id)
    repository.create_group(ala.id, "sąsiedzi", "0201011 0202011")
    repository.save_view(ola.id, VIEW, "zostaje")
    assert code_of(lambda: repository.delete_user(ala.id, "zle-haslo")) == "password_wrong"
    repository.start_session(ala.id)
    repository.start_session(ola.id)
    repository.delete_user(ala.id, PASSWORD)
    assert count(User) == 1 and count(SavedView) == 1 and count(UserSession) == 1
    assert count(Dashboard) == count(DashboardItem) == count(ComparisonGroup) == 0


def test_comparison_groups(accounts_db):
    ala, ola = user("ala@example.pl"), user("ola@example.pl")
    group = repository.create_group(ala.id, "Moje", "0201011, 0218032;0201011\n02")
    assert group.codes == ("0201011", "0218033", "02")  # former code resolved, repeat dropped
    assert group.compare_url == "/porownaj?jst=0201011,0218033,02"
    assert [g.name for g in repository.groups_of(ala.id)] == ["Moje"]
    assert repository.groups_of(ola.id) == []
    unknown = lambda: repository.create_group(ala.id, "x", "0201011 9999999")  # noqa: E731
    assert code_of(unknown) == "group_unknown_code"
    assert code_of(lambda: repository.create_group(ala.id, "x", "  ")) == "group_empty"
    too_many = " ".join(["0201011"] * 101)
    assert code_of(lambda: repository.create_group(ala.id, "x", too_many)) == "group_too_many"
    assert code_of(lambda: repository.delete_group(ola.id, group.id)) == "not_found"
    repository.delete_group(ala.id, group.id)
    assert repository.groups_of(ala.id) == []


def test_comparison_groups_are_listed_in_polish_alphabetical_order(accounts_db):
    ala = user("ala@example.pl")
    for name in ("Żuławy", "Łódzkie miasta", "Lubelskie gminy", "Zagłębie"):
        repository.create_group(ala.id, name, "0201011")
    assert [g.name for g in repository.groups_of(ala.id)] == [
        "Lubelskie gminy",
        "Łódzkie miasta",
        "Zagłębie",
        "Żuławy",
    ]


def test_stored_views_are_checked_against_current_data(dash_app):
    assert check_view(VIEW).ok
    gone_unit = check_view("/jst/9999999")
    assert not gone_unit.ok and "9999999" in gone_unit.notes[0]
    assert gone_unit.cleaned_url is None
    partly = check_view("/wskazniki/ludnosc?jst=0201011,9999999&rok=2020")
    assert len(partly.notes) == 1 and "9999999" in partly.notes[0]
    assert partly.cleaned_url == "/wskazniki/ludnosc?jst=0201011&rok=2020"
    assert not check_view("/wskazniki/nie-ma-takiego").ok
    assert not check_view("/strona-usunieta").ok
    assert not check_view("http://zly.example/").ok


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("/jst/0201011?rok=2020", "/jst/0201011?rok=2020"),
        ("//zly.example", "/moje-widoki"),
        ("https://zly.example/", "/moje-widoki"),
        ("/\\zly.example", "/moje-widoki"),
        ("/a\nb", "/moje-widoki"),
        (None, "/moje-widoki"),
    ],
)
def test_redirect_after_login_stays_on_this_site(raw, expected):
    assert safe_next(raw) == expected


def test_database_unavailable_is_reported_not_raised(tmp_path, dash_app):
    previous = db.current_url()
    db.use_database(f"sqlite:///{tmp_path}/no-schema.sqlite")
    try:
        with pytest.raises(db.DatabaseUnavailable):
            repository.list_views(1)
    finally:
        db.use_database(previous)
