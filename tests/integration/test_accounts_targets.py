"""Targets in the accounts database (``targets.repository``) and their assessments on the
built dataset (``targets.service``), on a fresh database per test (SQLite here, PostgreSQL in
``make test``'s second pass)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from accounts import db
from accounts import repository as accounts
from accounts.models import UnitTarget
from accounts.security import AccountError
from targets import repository as store
from targets import service
from targets.core import Direction, Status

PASSWORD = "bardzo-tajne-1"
UNIT = "0201011"  # Bolesławiec, a gmina miejska
REAL = "wydatki-inwestycyjne-na-mieszkanca"  # real values 2015–2024
DEMO = "wodociag-odsetek-ludnosci"  # demonstration values 2015–2024


def user(email: str = "ala@example.pl") -> int:
    return accounts.register(email, PASSWORD, PASSWORD).id


def fields(**changes) -> dict:
    base = {
        "unit_code": UNIT,
        "indicator_id": REAL,
        "target_value": "3 000,5",
        "target_year": "2027",
        "baseline_year": "2019",
        "direction": Direction.AT_LEAST.value,
        "note": "Strategia, cel 2.1",
        "source_title": "Strategia rozwoju Bolesławca 2021–2030",
        "source_url": "https://boleslawiec.pl/strategia.pdf",
    }
    return base | changes


def stored() -> int:
    with db.transaction() as session:
        return session.scalar(select(func.count()).select_from(UnitTarget))


def code_of(call) -> str:
    with pytest.raises(AccountError) as error:
        call()
    return error.value.code


def test_create_list_update_delete(accounts_db):
    uid = user()
    record = store.create_target(uid, **fields())
    target = record.target
    assert target.target_value == 3000.5  # spaces and the decimal comma as typed in Polish
    assert (target.target_year, target.baseline_year) == (2027, 2019)
    assert target.direction == Direction.AT_LEAST
    # several targets per indicator
    store.create_target(uid, **fields(target_year="2030", target_value="3500"))
    assert [r.target.target_year for r in store.list_targets(uid)] == [2027, 2030]
    assert store.list_targets(uid, "0201022") == []
    changed = store.update_target(
        uid, target.id, **fields(target_value="2500", direction=Direction.AT_MOST.value)
    )
    assert changed.target.target_value == 2500
    assert changed.target.direction == Direction.AT_MOST
    store.delete_target(uid, target.id)
    assert [r.target.target_year for r in store.list_targets(uid)] == [2030]


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"unit_code": "9999999"}, "target_unit_unknown"),
        ({"unit_code": "02O1011"}, "target_unit_unknown"),
        ({"indicator_id": "nie-ma-takiego"}, "target_indicator_unknown"),
        ({"target_value": "dużo"}, "target_value_invalid"),
        ({"target_value": ""}, "target_value_invalid"),
        ({"target_year": "20x7"}, "target_year_invalid"),
        ({"baseline_year": "1990"}, "target_baseline_out_of_range"),  # before the data
        ({"target_year": "2018"}, "target_year_out_of_range"),  # before the baseline
        ({"target_year": "2050"}, "target_year_out_of_range"),  # > baseline + 30
        ({"direction": "wiecej"}, "target_direction_invalid"),
        ({"source_url": "javascript:alert(1)"}, "target_url_invalid"),
        ({"source_url": "ftp://example.pl/a"}, "target_url_invalid"),
        ({"note": "x" * 1001}, "note_too_long"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(accounts_db, change, code):
    uid = user()
    assert code_of(lambda: store.create_target(uid, **fields(**change))) == code
    assert stored() == 0


def test_every_refusal_has_a_polish_and_an_english_message():
    from i18n import messages

    codes = [
        "target_unit_unknown",
        "target_indicator_unknown",
        "target_value_invalid",
        "target_year_invalid",
        "target_baseline_out_of_range",
        "target_year_out_of_range",
        "target_direction_invalid",
        "target_url_invalid",
        "too_many_targets",
        "source_title_too_long",
    ]
    for code in codes:
        assert f"accounts.msg.{code}" in messages("pl")
        assert f"accounts.msg.{code}" in messages("en")


def test_another_users_target_is_absent(accounts_db):
    owner, other = user(), user("ola@example.pl")
    target = store.create_target(owner, **fields()).target
    assert store.get_target(other, target.id) is None
    assert code_of(lambda: store.update_target(other, target.id, **fields())) == "not_found"
    assert code_of(lambda: store.delete_target(other, target.id)) == "not_found"
    assert code_of(lambda: store.share_targets(other, UNIT)) == "not_found"
    assert store.list_targets(other) == []
    assert store.get_target(owner, target.id) is not None


def test_a_units_targets_are_shared_together_until_revoked(accounts_db):
    uid = user()
    first = store.create_target(uid, **fields()).target
    store.create_target(uid, **fields(unit_code="0201022"))
    token = store.share_targets(uid, UNIT)
    assert store.share_targets(uid, UNIT) == token  # the same link when asked again
    later = store.create_target(uid, **fields(target_year="2030")).target
    shared = store.shared_targets(token)
    assert [r.target.id for r in shared] == [first.id, later.id]  # not the other unit's
    store.revoke_targets_share(uid, UNIT)
    assert store.shared_targets(token) is None
    assert store.shared_targets("nieznany") is None


def test_assessments_read_real_and_flag_demonstration_values(accounts_db, repository):
    uid = user()
    values = repository.unit_values([UNIT])
    latest_real = values.filter((values["indicator"] == REAL) & (values["year"] == 2024))[
        "value"
    ].item()
    store.create_target(uid, **fields(target_value=str(round(latest_real - 1))))
    store.create_target(uid, **fields(indicator_id=DEMO, target_value="99", baseline_year="2015"))
    real, demo = service.assessments_for(uid, UNIT)
    assert real.latest_year == 2024
    assert real.latest_value == pytest.approx(latest_real)
    assert real.status == Status.ON_TRACK  # the latest value already meets "at least"
    assert real.demonstration is False
    assert demo.demonstration is True
    assert demo.projected_value is not None
    assert [a.target.unit_code for a in service.assessments_of_user(uid)] == [UNIT, UNIT]
