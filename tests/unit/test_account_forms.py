"""The accounts' and targets' WTForms classes (accounts/forms.py, targets/forms.py): refused
input gives the message code of the repository's own check, in its order, and the Polish
text (English with ``?lang=en``); over-long input is refused before any costly check."""

from __future__ import annotations

import ast

import pytest
from flask import Flask
from werkzeug.datastructures import MultiDict

from accounts import forms
from config import PROJECT_ROOT
from i18n import messages, t_in
from targets import forms as target_forms
from tests.unit.fake_repository import FakeRepository, unit, units_frame, value_rows

STRONG = "kot-lampa-rower-91"
INDICATOR = "przedszkola-miejsca-na-100-dzieci"


def form_of(cls, data: dict, **kwargs):
    form = cls(MultiDict(data), **kwargs)
    form.validate()
    return form


def register(**fields) -> forms.RegisterForm:
    data = {"email": "ala@example.pl", "haslo": STRONG, "haslo2": STRONG} | fields
    return form_of(forms.RegisterForm, data)


# --- messages ---------------------------------------------------------------------------------
def test_a_refused_address_gives_the_polish_message():
    form = register(email="ala-at-example.pl")
    assert form.error_code() == "email_invalid"
    assert form.error_text() == "To nie wygląda na adres e-mail (np. jan@example.pl)."


def test_the_message_follows_the_language_of_the_request():
    form = register(email="ala-at-example.pl")
    app = Flask(__name__)
    with app.test_request_context("/konto/rejestracja?lang=en"):
        assert form.error_text() == (
            "This does not look like an e-mail address (e.g. jan@example.pl)."
        )
    with app.test_request_context("/konto/rejestracja"):
        assert form.error_text() == t_in("pl", "accounts.msg.email_invalid")


def test_a_valid_registration_passes_with_the_address_normalised():
    form = register(email="  Ala@Example.PL ")
    assert form.validate() and form.error_code() is None
    assert form.email.data == "ala@example.pl" and form.typed_email() == "Ala@Example.PL"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"email": ""}, "email_empty"),
        ({"email": "   "}, "email_empty"),
        ({"email": "a@b.pl\x00"}, "email_invalid"),
        ({"haslo": "", "haslo2": ""}, "password_empty"),
        ({"haslo": "krotkie1", "haslo2": "krotkie1"}, "password_short"),
        ({"haslo": "1234567890", "haslo2": "1234567890"}, "password_sequence"),
        ({"haslo": "aaaaaaaaaaaa", "haslo2": "aaaaaaaaaaaa"}, "password_repeated"),
        ({"haslo2": STRONG + "x"}, "password_mismatch"),
        (
            {"email": "janina@example.pl", "haslo": "janina-2024!", "haslo2": "janina-2024!"},
            "password_email",
        ),
        # the address is checked before the password, as the repository does
        ({"email": "nie-adres", "haslo": "x"}, "email_invalid"),
    ],
)
def test_registration_rules(fields, code):
    assert register(**fields).error_code() == code


def test_missing_fields_are_refused_like_empty_ones():
    form = form_of(forms.RegisterForm, {})
    assert form.error_code() == "email_empty" and form.errors["haslo"] == ["password_empty"]


# --- over-long input --------------------------------------------------------------------------
def test_oversized_input_is_refused_with_its_message(monkeypatch):
    def never(*args):
        raise AssertionError("an over-long password was estimated")

    assert register(email="a" * 250 + "@x.pl").error_code() == "email_too_long"
    monkeypatch.setattr(forms, "weakness", never)
    huge = "Zx9!" * 25_000
    assert register(haslo=huge, haslo2=huge).error_code() == "password_long"
    assert register(haslo=huge, haslo2=huge).error_text() == (
        "Hasło jest za długie (najwyżej 128 znaków)."
    )
    long_name = form_of(forms.DashboardForm, {"nazwa": "x" * 121, "opis": ""})
    assert long_name.error_text() == "Nazwa jest za długa (najwyżej 120 znaków)."
    long_note = form_of(forms.ViewForm, {"nazwa": "x", "notatka": "x" * 1001})
    assert long_note.error_code() == "note_too_long"
    codes = form_of(forms.GroupForm, {"nazwa": "x", "kody": "0201011," * 1000})
    assert codes.error_code() == "group_too_many"  # refused before any code is looked up
    far = form_of(forms.SaveViewForm, {"adres": "/" + "x" * 2001, "nazwa": "x"})
    assert far.error_code() == "view_url_too_long"


def test_login_refuses_oversized_input_as_a_wrong_password():
    assert form_of(forms.LoginForm, {"email": "a@b.pl", "haslo": "x" * 129}).error_code() == (
        "login_failed"
    )
    assert form_of(forms.LoginForm, {"email": "a" * 255, "haslo": "x"}).error_code() == (
        "login_failed"
    )
    fine = form_of(forms.LoginForm, {"email": " Ala@Example.pl", "haslo": "cokolwiek"})
    assert fine.error_code() is None and fine.account_key() == "ala@example.pl"


# --- the other account forms ------------------------------------------------------------------
def test_password_change_uses_the_accounts_address():
    data = {"obecne": "stare", "nowe": "janina-2024!", "nowe2": "janina-2024!"}
    assert form_of(forms.PasswordForm, data, email="janina@example.pl").error_code() == (
        "password_email"
    )
    assert form_of(forms.PasswordForm, data, email="ala@example.pl").error_code() is None
    data["obecne"] = "x" * 200
    assert form_of(forms.PasswordForm, data, email="ala@example.pl").error_code() == (
        "password_wrong"
    )


@pytest.mark.parametrize(
    ("ticked", "code"),
    [("on", None), ("tak", None), ("", "confirm_required"), ("1", "confirm_required")],
)
def test_deleting_an_account_needs_the_box_ticked(ticked, code):
    form = form_of(forms.DeleteAccountForm, {"potwierdzam": ticked, "haslo": "x"})
    assert form.error_code() == code
    if code:
        assert form.error_text() == "Zaznacz potwierdzenie, aby usunąć konto."


def test_names_lose_control_characters_and_must_not_end_up_empty():
    assert form_of(forms.ViewForm, {"nazwa": " \x00\x07 "}).error_code() == "name_empty"
    kept = form_of(forms.ViewForm, {"nazwa": " Moja\x00 mapa ", "notatka": "a\n\tb\x1b"})
    assert kept.error_code() is None
    assert kept.nazwa.data == "Moja mapa" and kept.notatka.data == "a\n\tb"


@pytest.mark.parametrize(
    ("address", "code"),
    [
        ("", "view_url_empty"),
        ("//evil.example/", "view_url_invalid"),
        ("/a\x00b", "view_url_invalid"),
    ],
)
def test_a_view_address_must_be_a_local_page(address, code):
    assert form_of(forms.SaveViewForm, {"adres": address, "nazwa": "x"}).error_code() == code


@pytest.mark.parametrize(
    ("sent", "number"),
    [("12", 12), (" 7 ", 7), ("-1", None), ("1e3", None), ("1234567890", None), ("", None)],
)
def test_whole_numbers(sent, number):
    item = form_of(forms.AddItemForm, {"widok": sent})
    assert item.widok.data == number
    assert item.error_code() == (None if number is not None else "choose_view")
    slide = form_of(forms.SlideForm, {"widok": sent})
    assert slide.error_code() == (None if number is not None else "not_found")


def test_move_buttons():
    assert forms.MoveForm(MultiDict({"kierunek": "gora"})).step() == -1
    assert forms.MoveForm(MultiDict({"kierunek": "dol"})).step() == 1
    assert forms.MoveForm(MultiDict()).step() == 1


# --- targets ----------------------------------------------------------------------------------
@pytest.fixture
def fake_data(monkeypatch):
    repo = FakeRepository(
        units_frame(unit("02", "dolnośląskie"), unit("0201011", "Bolesławiec", "1")),
        [
            row
            for year in (2019, 2020, 2021)
            for row in value_rows(INDICATOR, year, {"0201011": 1.0})
        ],
    )
    monkeypatch.setattr(target_forms, "_repository", lambda: repo)
    return repo


def target(**fields) -> target_forms.TargetForm:
    data = {
        "jst": "0201011",
        "wskaznik": INDICATOR,
        "wartosc": "1 250,5",
        "rok_bazowy": "2020",
        "rok_docelowy": "2030",
        "kierunek": "co-najmniej",
        "notatka": "",
        "dokument": "Strategia",
        "link": "https://example.org/strategia.pdf",
    } | fields
    return form_of(target_forms.TargetForm, data)


def test_a_valid_target_passes(fake_data):
    form = target()
    assert form.error_code() is None
    assert form.target_fields()["unit_code"] == "0201011"


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"jst": "9999999"}, "target_unit_unknown"),
        ({"jst": "02O1011"}, "target_unit_unknown"),
        ({"jst": "0" * 5000}, "target_unit_unknown"),
        ({"wskaznik": "nie-ma-takiego"}, "target_indicator_unknown"),
        ({"wskaznik": "x" * 101}, "target_indicator_unknown"),
        ({"wartosc": "dużo"}, "target_value_invalid"),
        ({"rok_bazowy": "20"}, "target_year_invalid"),
        ({"rok_bazowy": "2001", "rok_docelowy": "jutro"}, "target_year_invalid"),
        ({"rok_bazowy": "2001"}, "target_baseline_out_of_range"),
        ({"rok_docelowy": "2051"}, "target_year_out_of_range"),
        ({"rok_docelowy": "2019"}, "target_year_out_of_range"),
        ({"kierunek": "w-bok"}, "target_direction_invalid"),
        ({"notatka": "x" * 1001}, "note_too_long"),
        ({"dokument": "x" * 241}, "source_title_too_long"),
        ({"link": "javascript:alert(1)"}, "target_url_invalid"),
        # the repository's order: the unit first
        ({"jst": "", "wartosc": "dużo"}, "target_unit_unknown"),
    ],
)
def test_target_rules(fake_data, fields, code):
    assert target(**fields).error_code() == code


def test_a_target_year_too_far_gets_the_polish_message(fake_data):
    assert target(rok_docelowy="2051").error_text() == (
        "Rok docelowy nie może być wcześniejszy niż rok bazowy ani późniejszy o więcej niż 30 lat."
    )


def test_the_chosen_unit_and_indicator_come_back_within_reason():
    form = target_forms.TargetForm(MultiDict({"jst": "0201011", "wskaznik": "x" * 101}))
    assert form.chosen() == {"jst": "0201011"}


def test_sharing_needs_a_unit_code():
    assert form_of(target_forms.TargetUnitForm, {}).error_code() == "not_found"
    assert form_of(target_forms.TargetUnitForm, {"jst": "0" * 8}).error_code() == "not_found"
    assert form_of(target_forms.TargetUnitForm, {"jst": "0201011"}).error_code() is None


# --- every message code has its texts -----------------------------------------------------------
CODE_GIVERS = {"required", "at_most", "at_least", "regexp", "no_control_chars", "whole_number"}
CODE_GIVERS |= {"password_check_field", "StopValidation"}


def codes_in(path) -> set[str]:
    """The message codes written in a forms module: the string arguments of the validator
    helpers and ``StopValidation``, and every ``message=``."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        values = [a for a in node.args if name in CODE_GIVERS]
        values += [k.value for k in node.keywords if k.arg == "message"]
        found |= {
            v.value for v in values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        }
    return found


def test_every_code_a_form_gives_has_a_polish_and_an_english_text():
    codes = codes_in(PROJECT_ROOT / "accounts" / "forms.py")
    codes |= codes_in(PROJECT_ROOT / "targets" / "forms.py")
    assert {"email_invalid", "choose_view", "target_year_out_of_range"} <= codes
    for language in ("pl", "en"):
        texts = messages(language)
        assert (
            sorted(c for c in codes if f"accounts.msg.{c}" not in texts and c != "not_found") == []
        )
