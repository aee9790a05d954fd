"""Which new passwords are refused and with which reason (no database involved), and that
every reason, like every other account error, has its message in both languages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from accounts.passwords import PATTERN_CODES, weakness
from accounts.security import AccountError, check_new_password
from i18n import messages

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "jan.kowalski@gmina.example.pl"


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("aaaaaaaaaa", "password_repeated"),
        ("ZZZZZZZZZZZZ", "password_repeated"),
        ("ababababab", "password_repeated"),
        ("1234567890", "password_sequence"),
        ("0987654321", "password_sequence"),
        ("abcdefghijkl", "password_sequence"),
        ("password123", "password_common"),
        ("qwertyuiop", "password_common"),
        ("1qaz2wsx3edc", "password_common"),
        ("zaq12wsxcde", "password_common"),
        ("polska1234", "password_common"),
        ("Kochanie12", "password_common"),
        ("jan.kowalski@gmina.example.pl", "password_email"),
        ("Jan.Kowalski-1", "password_email"),
        ("gminaexample", "password_email"),  # the domain, by the estimate
        ("01011990ab", "password_common"),
    ],
)
def test_easy_passwords_are_refused_with_their_reason(password, code):
    assert weakness(password, EMAIL) == code


@pytest.mark.parametrize(
    "password",
    [
        "bardzo-tajne-1",
        "korek lampa sznur",
        "Zielony-Rower-7",
        "correct horse battery staple",
        "x7#Lq9!vTz2@",
        "ąęśćż-łódka-Zofii",
        "a" * 60 + "Kx9#mQ2$vL7!pR4&",  # zxcvbn reads only the first 72 characters
    ],
)
def test_passwords_hard_to_guess_are_accepted(password):
    assert weakness(password, EMAIL) is None


def test_the_address_counts_only_for_its_own_account():
    assert weakness("Jan.Kowalski-1", EMAIL) == "password_email"
    assert weakness("Jan.Kowalski-1", "ala@example.pl") is None


def test_length_comes_first_then_guessability_then_repetition():
    def code(password, repeated):
        with pytest.raises(AccountError) as error:
            check_new_password(password, repeated, EMAIL)
        return error.value.code

    assert code("qwerty", "qwerty") == "password_short"
    assert code("qwertyuiop", "inne") == "password_common"
    assert code("bardzo-tajne-1", "bardzo-tajne-2") == "password_mismatch"
    assert check_new_password("bardzo-tajne-1", "bardzo-tajne-1", EMAIL) == "bardzo-tajne-1"


def raised_codes() -> set[str]:
    """Every ``AccountError("<code>")`` of the accounts code and every reason of a refused
    password."""
    codes = set(PATTERN_CODES.values())
    codes |= {"password_common", "password_email", "password_words", "password_guessable"}
    for path in (ROOT / "accounts").rglob("*.py"):
        codes |= set(re.findall(r'AccountError\(\s*"([a-z_]+)"', path.read_text("utf-8")))
    codes |= {"password_empty", "password_short", "password_long", "password_mismatch"}
    return codes - {"not_found", "email_taken"}  # answered as 404 / a neutral registration


def test_every_refusal_has_a_message_in_polish_and_english():
    missing = {
        (language, code)
        for code in raised_codes()
        for language in ("pl", "en")
        if f"accounts.msg.{code}" not in messages(language)
    }
    assert missing == set()
