"""Which new passwords are too easy to guess, and why (a message code per reason).

Two plain rules first (one character repeated; a run of the alphabet or of digits, either
way), then zxcvbn (MIT, https://github.com/dwolfhub/zxcvbn-python), which estimates how many
guesses a password takes. It knows the 30,000 passwords most often found in leaked password
lists (Polish favourites such as ``zaq12wsx``, ``kochanie`` or ``haslo`` among them), common
English words and names, keyboard walks, repeats, sequences and dates, and it treats the
user's own e-mail address as the first thing an attacker tries. A password passes when its
estimate reaches ``MIN_SCORE`` (at least 10^8 guesses, the library's "safely unguessable"
level for an online service), e.g. three or four unrelated words.
"""

from __future__ import annotations

from zxcvbn import zxcvbn

MIN_SCORE = 3
ZXCVBN_MAX = 72  # zxcvbn refuses longer input; the characters after these only add strength
LOCAL_PART_MIN = 4  # a shorter part of an address before "@" is left to the estimate
DIGITS = "0123456789" * 3
ALPHABET = "abcdefghijklmnopqrstuvwxyz"
RUNS = (DIGITS, DIGITS[::-1], ALPHABET, ALPHABET[::-1])

# zxcvbn's name of the pattern behind the weakest part → our message code
PATTERN_CODES = {
    "repeat": "password_repeated",
    "sequence": "password_sequence",
    "spatial": "password_keyboard",
    "date": "password_date",
    "regex": "password_date",  # a recent year
}
DICTIONARY_CODES = {"user_inputs": "password_email", "passwords": "password_common"}


def address_parts(email: str) -> list[str]:
    """The address, the part before "@" and the labels of the domain (user inputs that an
    attacker who knows the address tries first)."""
    local, _, domain = email.partition("@")
    return [p for p in (email, local, *domain.split(".")) if p]


def _match_code(match: dict) -> str:
    if match["pattern"] == "dictionary":
        return DICTIONARY_CODES.get(match.get("dictionary_name"), "password_words")
    return PATTERN_CODES.get(match["pattern"], "password_guessable")


def _main_reason(matches: list[dict]) -> str:
    """The message of the longest recognised part (a common password, a keyboard walk…)."""
    known = [m for m in matches if m["pattern"] != "bruteforce"]
    if not known:
        return "password_guessable"
    return _match_code(max(known, key=lambda m: len(m["token"])))


def _plain_rule(password: str, email: str) -> str | None:
    folded = password.casefold()
    local = email.partition("@")[0]
    if email and (email in folded or (len(local) >= LOCAL_PART_MIN and local in folded)):
        return "password_email"
    if len(set(folded)) == 1:
        return "password_repeated"
    if any(folded in run for run in RUNS):
        return "password_sequence"
    return None


def weakness(password: str, email: str = "") -> str | None:
    """The message code saying why ``password`` is too easy to guess (``email`` is the
    account's address, lower-case), or ``None`` when it is acceptable."""
    reason = _plain_rule(password, email)
    if reason:
        return reason
    result = zxcvbn(password[:ZXCVBN_MAX], user_inputs=address_parts(email))
    if result["score"] >= MIN_SCORE:
        return None
    return _main_reason(result["sequence"])
