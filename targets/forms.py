"""The targets' HTML forms as WTForms classes (see ``accounts.forms``): a target's fields
with the checks of ``targets.repository.clean_target``, in its order and with its message
codes (``accounts.msg.<code>``), and the unit of the share buttons."""

from __future__ import annotations

import re

from wtforms import Field, StringField, TextAreaField
from wtforms.validators import AnyOf, StopValidation

from accounts.forms import AccountForm, at_most, regexp, required, rule, single_text
from accounts.models import NOTE_MAX, UNIT_CODE_MAX
from security import untrusted
from targets.core import Direction
from targets.repository import MAX_HORIZON, SOURCE_TITLE_MAX, clean_url, clean_value

INDICATOR_MAX = 100
UNIT_CODE = re.compile(r"[0-9]+\Z")


def _repository():
    from data_access.repository import get_repository

    return get_repository()


def known_unit(form: TargetForm, field: Field) -> None:
    form.unit = _repository().unit(field.data)
    if form.unit is None:
        raise StopValidation("target_unit_unknown")


def known_indicator(form: TargetForm, field: Field) -> None:
    """An indicator published for the unit's level (the unit's own check comes first)."""
    form.indicator = _repository().indicator(field.data) if field.data else None
    if form.indicator is None or (form.unit and form.unit.level not in form.indicator.levels):
        raise StopValidation("target_indicator_unknown")


def both_years(form: TargetForm, field: Field) -> None:
    if (
        untrusted.year(form.rok_bazowy.data) is None
        or untrusted.year(form.rok_docelowy.data) is None
    ):
        raise StopValidation("target_year_invalid")


def in_data_years(form: TargetForm, field: Field) -> None:
    """A baseline year the indicator has data for."""
    if form.indicator is None:
        return  # the indicator's own message comes first
    years = _repository().years(form.indicator.id)
    if not years or not years[0] <= untrusted.year(field.data) <= years[-1]:
        raise StopValidation("target_baseline_out_of_range")


def within_horizon(form: TargetForm, field: Field) -> None:
    """A target year from the baseline year to ``MAX_HORIZON`` years after it."""
    baseline, year = untrusted.year(form.rok_bazowy.data), untrusted.year(field.data)
    if baseline is None or year is None:
        raise StopValidation("target_year_invalid")
    if not baseline <= year <= baseline + MAX_HORIZON:
        raise StopValidation("target_year_out_of_range")


class TargetForm(AccountForm):
    """``/cele/nowy`` and ``/cele/<id>/zmien``: a unit (TERYT code), an indicator published
    for its level, the target value ("1 250,5" or "1250.5"), the baseline year (one of the
    indicator's data years), the target year (at most 30 years after it), the direction, a
    note and the strategy document's title and http(s) link."""

    jst = StringField(
        validators=[
            required("target_unit_unknown"),
            at_most(UNIT_CODE_MAX, "target_unit_unknown"),
            regexp(UNIT_CODE, "target_unit_unknown"),
            known_unit,
        ]
    )
    wskaznik = StringField(
        validators=[at_most(INDICATOR_MAX, "target_indicator_unknown"), known_indicator]
    )
    wartosc = StringField(validators=[rule(clean_value)])
    rok_bazowy = StringField(validators=[both_years, in_data_years])
    rok_docelowy = StringField(validators=[within_horizon])
    kierunek = StringField(validators=[AnyOf(tuple(Direction), message="target_direction_invalid")])
    notatka = TextAreaField(filters=[single_text], validators=[at_most(NOTE_MAX, "note_too_long")])
    dokument = StringField(
        filters=[single_text],
        validators=[at_most(SOURCE_TITLE_MAX, "source_title_too_long")],
    )
    link = StringField(validators=[rule(clean_url)])

    unit = None
    indicator = None

    def target_fields(self) -> dict:
        """The fields under ``targets.repository.clean_target``'s names."""
        return {
            "unit_code": self.jst.data,
            "indicator_id": self.wskaznik.data,
            "target_value": self.wartosc.data,
            "target_year": self.rok_docelowy.data,
            "baseline_year": self.rok_bazowy.data,
            "direction": self.kierunek.data,
            "note": self.notatka.data,
            "source_title": self.dokument.data,
            "source_url": self.link.data,
        }

    def chosen(self) -> dict[str, str]:
        """The unit and indicator as sent (within reason), kept when the form comes back."""
        return {
            name: value
            for name in ("jst", "wskaznik")
            if isinstance(value := self[name].data, str) and value and len(value) <= 100
        }


class TargetUnitForm(AccountForm):
    """``/cele/udostepnij`` and ``/cele/cofnij-udostepnienie``: the unit whose targets are
    shared; a code that cannot be one answers as a unit without targets (404)."""

    jst = StringField(validators=[required("not_found"), at_most(UNIT_CODE_MAX, "not_found")])
