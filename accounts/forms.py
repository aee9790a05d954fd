"""The accounts' HTML forms as WTForms classes: one class per form that ``accounts.routes``
and ``accounts.workshop_routes`` handle, with the fields the pages send (Polish names) and
their validators.

A validator's message is a message code: the Polish text is ``accounts.msg.<code>`` in the
catalogues (English twin in ``translations/en``), shown by the page the action redirects to
(``?komunikat=<code>``); ``AccountForm.error_text`` gives it in the request's language. The
first failing check of the first field in the form's order wins, in the order the
repository checks the same input (``accounts.repository``, which still checks everything
it stores). CSRF is checked for every form by ``flask_wtf.csrf.CSRFProtect``
(``accounts.setup``), before any of these runs, so the forms carry no token of their own.
"""

from __future__ import annotations

from collections.abc import Callable

from werkzeug.datastructures import MultiDict
from wtforms import Field, Form, PasswordField, StringField, TextAreaField
from wtforms.validators import (
    AnyOf,
    DataRequired,
    EqualTo,
    Length,
    NumberRange,
    Regexp,
    StopValidation,
    ValidationError,
)

from accounts import repository
from accounts.models import CODES_MAX, EMAIL_MAX, NAME_MAX, NOTE_MAX
from accounts.passwords import weakness
from accounts.security import (
    CONTROL_CHARS,
    EMAIL_PATTERN,
    PASSWORD_MAX,
    PASSWORD_MIN,
    AccountError,
)
from accounts.viewstate import normalise_view_url
from i18n import t
from security import untrusted

CONFIRMED = ("on", "tak")  # a ticked checkbox, or the no-script form's value
UP = "gora"  # ``kierunek`` of a "move up" button (anything else moves down)
ID_MAX = 999_999_999  # ``untrusted.integer``: at most nine digits


# --- filters and validators ---------------------------------------------------------------------
def address(value: object) -> object:
    """An e-mail address as the repository compares it: trimmed, lower-case."""
    return value.strip().lower() if isinstance(value, str) else value


def single_text(value: object) -> object:
    """A text field as stored: trimmed, control characters dropped (new lines and tabs
    kept), as ``accounts.security.clean_text`` does."""
    if not isinstance(value, str):
        return value
    return CONTROL_CHARS.sub(lambda m: m.group(0) if m.group(0) in "\n\t" else "", value.strip())


def stopping(validator: Callable) -> Callable:
    """``validator`` ending its field's checks at its error (one message per field, and no
    guessing estimate of a password already too long)."""

    def check(form: Form, field: Field) -> None:
        try:
            validator(form, field)
        except StopValidation:
            raise
        except ValidationError as error:
            raise StopValidation(error.args[0]) from error

    return check


def required(code: str) -> Callable:
    return DataRequired(message=code)


def at_most(limit: int, code: str) -> Callable:
    return stopping(Length(max=limit, message=code))


def at_least(limit: int, code: str) -> Callable:
    return stopping(Length(min=limit, message=code))


def regexp(pattern, code: str) -> Callable:
    return stopping(Regexp(pattern, message=code))


def no_control_chars(code: str) -> Callable:
    def check(form: Form, field: Field) -> None:
        if isinstance(field.data, str) and CONTROL_CHARS.search(field.data):
            raise StopValidation(code)

    return check


def rule(clean: Callable[[object], object]) -> Callable:
    """A check of the accounts' domain (``clean(value)`` raises ``AccountError``) as a
    validator with the same message code."""

    def check(form: Form, field: Field) -> None:
        try:
            clean(field.data)
        except AccountError as error:
            raise StopValidation(error.code) from error

    return check


def hard_to_guess(form: Form, field: Field) -> None:
    """A new password that is not easy to guess (``accounts.passwords.weakness``), for the
    account's e-mail (``form.account_email``)."""
    reason = weakness(field.data, form.account_email())
    if reason:
        raise StopValidation(reason)


class WholeNumberField(Field):
    """A non-negative integer as ``security.untrusted.integer`` reads it (ASCII digits, at
    most nine); anything else leaves ``data`` None for the validators to refuse."""

    def process_formdata(self, valuelist: list) -> None:
        self.data = untrusted.integer(valuelist[0]) if valuelist else None

    def _value(self) -> str:
        return "" if self.data is None else str(self.data)


def whole_number(code: str, minimum: int = 0, maximum: int = ID_MAX) -> Callable:
    return stopping(NumberRange(min=minimum, max=maximum, message=code))


# --- the base class -----------------------------------------------------------------------------
class AccountForm(Form):
    """A form of the accounts: validated as a whole, its first error as a message code."""

    def __init__(self, formdata: MultiDict | None = None, **kwargs) -> None:
        # Only the form's body: never the query string, never a JSON body.
        super().__init__(formdata if formdata is not None else MultiDict(), **kwargs)

    def error_code(self) -> str | None:
        """The message code of the first error, in the order of the fields (after
        ``validate``); None when there is none."""
        for field in self:
            if field.errors:
                return str(field.errors[0])
        return None

    def error_text(self) -> str | None:
        """The first error in the request's language (Polish by default)."""
        code = self.error_code()
        return t(f"accounts.msg.{code}") if code else None

    def check(self) -> None:
        """Validate; ``AccountError`` with the first error's code when the input is refused."""
        if not self.validate():
            # (every refusal of these forms is a field's; without one, refused as missing)
            raise AccountError(self.error_code() or "not_found")


def email_field(**kwargs) -> StringField:
    return StringField(
        filters=[address],
        validators=[
            required("email_empty"),
            at_most(EMAIL_MAX, "email_too_long"),
            regexp(EMAIL_PATTERN, "email_invalid"),
            no_control_chars("email_invalid"),
        ],
        **kwargs,
    )


def new_password_field(repeated: str) -> PasswordField:
    """A new password and its rules (``accounts.security.check_new_password``): given,
    long enough, not too long, hard to guess, repeated the same in ``repeated``."""
    return PasswordField(
        validators=[
            required("password_empty"),
            at_least(PASSWORD_MIN, "password_short"),
            at_most(PASSWORD_MAX, "password_long"),
            hard_to_guess,
            stopping(EqualTo(repeated, message="password_mismatch")),
        ]
    )


def name_field() -> StringField:
    return StringField(
        filters=[single_text],
        validators=[required("name_empty"), at_most(NAME_MAX, "name_too_long")],
    )


def note_field() -> TextAreaField:
    return TextAreaField(filters=[single_text], validators=[at_most(NOTE_MAX, "note_too_long")])


def password_check_field(code: str) -> PasswordField:
    """A password checked against the account's (an over-long one cannot match: ``code``)."""
    return PasswordField(validators=[at_most(PASSWORD_MAX, code)])


# --- the account ------------------------------------------------------------------------------
class RegisterForm(AccountForm):
    """``/konto/zarejestruj``."""

    email = email_field()
    haslo = new_password_field("haslo2")
    haslo2 = PasswordField()

    def account_email(self) -> str:
        return self.email.data if isinstance(self.email.data, str) else ""

    def typed_email(self) -> str:
        """The address as typed (trimmed, cut to the longest one), shown again by the form."""
        raw = self.email.raw_data[0] if self.email.raw_data else None
        return raw.strip()[:EMAIL_MAX] if isinstance(raw, str) else ""


class LoginForm(AccountForm):
    """``/konto/zaloguj``: refused input answers as a wrong password (``login_failed``),
    so the form tells nothing about accounts."""

    email = StringField(filters=[address], validators=[at_most(EMAIL_MAX, "login_failed")])
    haslo = password_check_field("login_failed")
    dalej = StringField()

    def account_key(self) -> str:
        """The account part of the per-account login limit's key."""
        email = self.email.data
        return email[:EMAIL_MAX] if isinstance(email, str) else ""


class PasswordForm(AccountForm):
    """``/konto/zmien-haslo``: the current password (checked by the repository first),
    the new one twice."""

    obecne = password_check_field("password_wrong")
    nowe = new_password_field("nowe2")
    nowe2 = PasswordField()

    def __init__(self, formdata: MultiDict | None = None, *, email: str = "", **kwargs) -> None:
        super().__init__(formdata, **kwargs)
        self._email = email

    def account_email(self) -> str:
        return self._email


class DeleteAccountForm(AccountForm):
    """``/konto/usun-konto``: the box ticked, then the password (checked by the repository)."""

    potwierdzam = StringField(validators=[stopping(AnyOf(CONFIRMED, message="confirm_required"))])
    haslo = password_check_field("password_wrong")


# --- saved views, dashboards, groups -------------------------------------------------------------
class ViewForm(AccountForm):
    """``/moje-widoki/<id>/zmien``: a saved view's name and note."""

    nazwa = name_field()
    notatka = note_field()


class SaveViewForm(AccountForm):
    """``/moje-widoki/zapisz``: the view's address (a view of a public page), its name and
    note. The address is passed on as sent (the repository stores it normalised)."""

    adres = StringField(validators=[rule(normalise_view_url)])
    nazwa = name_field()
    notatka = note_field()

    def address(self) -> str:
        return self.adres.data if isinstance(self.adres.data, str) else ""


class DashboardForm(AccountForm):
    """``/pulpity/nowy`` and ``/pulpity/<id>/zmien``."""

    nazwa = name_field()
    opis = note_field()


class AddItemForm(AccountForm):
    """``/pulpity/<id>/dodaj``: one of the user's saved views."""

    widok = WholeNumberField(validators=[whole_number("choose_view")])


class MoveForm(AccountForm):
    """The "move up / move down" buttons: ``kierunek=gora`` moves up, anything else down."""

    kierunek = StringField()

    def step(self) -> int:
        return -1 if self.kierunek.data == UP else 1


class GroupForm(AccountForm):
    """``/moje-grupy/nowa``: a name and TERYT codes of existing units (at most
    ``CODES_MAX`` characters' worth)."""

    nazwa = name_field()
    kody = TextAreaField(
        validators=[at_most(CODES_MAX * 2, "group_too_many"), rule(repository.parse_codes)]
    )


# --- the live workshop ----------------------------------------------------------------------------
class SlideForm(AccountForm):
    """``/warsztat/<code>/slajd`` (the presentation's script): the slide shown now."""

    widok = WholeNumberField(validators=[whole_number("not_found")])
