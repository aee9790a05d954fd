"""What changed since a signed-in user's last visit: the visit is written once per login (never
per request), and the profile and "Moje widoki" list the data versions made since the previous
visit; visitors and first visits see nothing of it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select
from test_accounts_http import login, new_client, page_text, post, register, user_id  # noqa: F401

from accounts import db
from accounts.models import User, UserSession
from data_access.changes import VersionChanges

NOTICE = "Od Twojej ostatniej wizyty"
PROFILE = "/jst/0201011"


def version_since(made_at: dt.datetime) -> VersionChanges:
    """A synced version that added one indicator and revised 3 values of area "kultura"."""
    counts = {"indicators_added": 1, "values_added": 12, "values_revised": 3}
    record = {
        "action": "sync",
        "previous": "20261201T000000-build",
        "made_at": made_at.isoformat(timespec="seconds"),
        "areas": {"kultura": counts},
        "indicators": {},
    }
    return VersionChanges("20261204T120000-sync", True, made_at, record)


def shown(client, path: str, language: str = "pl") -> str:
    client.set_cookie("lang", language)
    return json.dumps(json.loads(page_text(client, path)), ensure_ascii=False)


def visits(uid: int) -> tuple:
    with db.transaction() as session:
        last = session.scalar(select(User.last_visit_at).where(User.id == uid))
        previous = session.scalars(
            select(UserSession.previous_visit_at).where(UserSession.user_id == uid)
        ).all()
    return last, previous


def test_since_last_visit_lists_the_versions_made_since(new_client, monkeypatch):  # noqa: F811
    import components.freshness as freshness

    client = new_client()
    email = register(client)  # first login: no earlier visit, nothing to say
    uid = user_id(email)
    first_visit, previous = visits(uid)
    assert first_visit is not None and previous == [None]
    assert NOTICE not in shown(client, PROFILE)
    shown(client, PROFILE)
    assert visits(uid)[0] == first_visit  # requests do not write the visit

    # a version made after the first visit began, then a second login
    made = dt.datetime.now() + dt.timedelta(seconds=1)
    monkeypatch.setattr(freshness, "change_history", lambda repo: [version_since(made)])
    post(client, "/konto/wyloguj")
    later = new_client()
    assert login(later, email).status_code == 303
    profile = shown(later, PROFILE)
    assert NOTICE in profile and "dodano 1 wskaźnik, dodano 12 wartości" in profile
    assert "poprawiono 3 wartości" in profile and "Kultura" in profile
    assert NOTICE in shown(later, "/moje-widoki")
    english = shown(later, PROFILE, "en")
    assert (
        "Since your last visit" in english
        and "added 1 indicator, added 12 values, revised 3 values" in english
    )

    # a version made before the previous visit is not news
    monkeypatch.setattr(
        freshness, "change_history", lambda repo: [version_since(made - dt.timedelta(days=2))]
    )
    assert NOTICE not in shown(later, PROFILE)
    # visitors see nothing of it
    monkeypatch.setattr(freshness, "change_history", lambda repo: [version_since(made)])
    assert NOTICE not in shown(new_client(), PROFILE)


def test_a_password_change_keeps_the_visit(new_client):  # noqa: F811
    client = new_client()
    email = register(client)
    post(client, "/konto/wyloguj")
    assert login(client, email).status_code == 303
    uid = user_id(email)
    last, previous = visits(uid)
    assert previous[-1] is not None
    response = post(
        client,
        "/konto/zmien-haslo",
        {"obecne": "bardzo-tajne-1", "nowe": "inne-haslo-987!x", "nowe2": "inne-haslo-987!x"},
    )
    assert response.status_code == 303
    after_last, after_previous = visits(uid)
    assert after_last == last and after_previous == [previous[-1]]


@pytest.mark.parametrize("moment", [dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC)])
def test_changed_since_compares_aware_times(moment):
    from data_access.changes import changed_since

    before = version_since(dt.datetime(2026, 11, 30))
    after = version_since(dt.datetime(2026, 12, 2))
    first = VersionChanges("", True, dt.datetime(2026, 12, 3), {"previous": None})
    assert changed_since([after, before, first], moment) == [after]
