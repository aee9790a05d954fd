"""Security helpers: password hashing (argon2id), input checks (new passwords: length and
``accounts.passwords``), share tokens, safe redirects."""

from __future__ import annotations

import re
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from accounts.models import EMAIL_MAX
from accounts.passwords import weakness
from core import urls

PASSWORD_MIN = 10
PASSWORD_MAX = 128
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so that a wrong address costs as much time
# as a wrong password (no account enumeration by timing).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


class AccountError(ValueError):
    """A user's input or request cannot be carried out; ``code`` names the Polish message
    ``accounts.msg.<code>`` shown to the user."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (salted, with the library's current parameters)."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches; constant work even when there is no hash."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than the current ones."""
    return _hasher.check_needs_rehash(password_hash)


def normalise_email(raw: object) -> str:
    """The e-mail address trimmed and lower-cased; ``AccountError`` when it is not one."""
    email = raw.strip().lower() if isinstance(raw, str) else ""
    if not email:
        raise AccountError("email_empty")
    if len(email) > EMAIL_MAX:
        raise AccountError("email_too_long")
    if not EMAIL_PATTERN.match(email) or CONTROL_CHARS.search(email):
        raise AccountError("email_invalid")
    return email


def check_new_password(password: object, repeated: object, email: str = "") -> str:
    """The new password if it is acceptable: its length, not easy to guess (not a common or
    leaked password, no repeated character, sequence or keyboard walk, not the account's
    e-mail ``email``), repeated the same."""
    if not isinstance(password, str) or not password:
        raise AccountError("password_empty")
    if len(password) < PASSWORD_MIN:
        raise AccountError("password_short")
    if len(password) > PASSWORD_MAX:
        raise AccountError("password_long")
    reason = weakness(password, email)
    if reason:
        raise AccountError(reason)
    if password != repeated:
        raise AccountError("password_mismatch")
    return password


def clean_text(raw: object, limit: int, *, required: bool, field: str) -> str:
    """A single-line or multi-line text field trimmed; ``AccountError`` when empty (if
    required) or longer than ``limit`` characters. ``field`` prefixes the error code."""
    text = raw.strip() if isinstance(raw, str) else ""
    text = CONTROL_CHARS.sub(lambda m: m.group(0) if m.group(0) in "\n\t" else "", text)
    if required and not text:
        raise AccountError(f"{field}_empty")
    if len(text) > limit:
        raise AccountError(f"{field}_too_long")
    return text


def new_token() -> str:
    """An unguessable URL-safe token (32 bytes of randomness)."""
    return secrets.token_urlsafe(32)


def safe_next(raw: object, default: str = urls.MY_VIEWS) -> str:
    """A local path to go back to after login; anything else (other hosts, schemes,
    protocol-relative URLs, control characters) gives ``default``."""
    if not isinstance(raw, str) or not raw or len(raw) > 2000:
        return default
    if not raw.startswith("/") or raw.startswith(("//", "/\\")) or CONTROL_CHARS.search(raw):
        return default
    if "\\" in raw:
        return default
    return raw
