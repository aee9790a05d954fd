"""Scale-out as in production: two app instances (gunicorn, one worker each, on two ports of
127.0.0.1) share one PostgreSQL database, one Redis and one data folder, as N app servers behind
a reverse proxy do. A visitor's cookie goes to both, as it does behind one proxy address.

Runs in ``make test``'s second pass, which starts the servers (tests/servers.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import flask
import pytest
import requests
import servers
from app_fixtures import SYNCED_INDICATOR, write_synced_data
from flask_wtf.csrf import generate_csrf
from instances import Instance, Visitor, message_of, start_instance, wait_until_serving
from sqlalchemy import create_engine, func, select

from config import PROJECT_ROOT
from ingest import versions

pytestmark = servers.requires_servers


@dataclass
class Shared:
    """What the instances share: the data folder, the accounts database, the counters."""

    data_dir: Path
    database_url: str
    redis_url: str

    def environment(self) -> dict[str, str]:
        return {
            "SMUP_DATA_DIR": str(self.data_dir),
            "SMUP_DATABASE_URL": self.database_url,
            "SMUP_RATELIMIT_STORAGE_URI": self.redis_url,
            "SMUP_CACHE_DIR": str(self.data_dir.parent / "cache"),
        }


@pytest.fixture(scope="module")
def shared(repository, tmp_path_factory) -> Iterator[Shared]:
    """A data folder with two dataset versions, a migrated PostgreSQL database, the Redis."""
    from accounts import db

    folder = tmp_path_factory.mktemp("scale-out")
    database_url = servers.new_database(folder)
    db.upgrade(database_url)
    yield Shared(write_synced_data(folder / "data"), database_url, servers.REDIS_URL)
    servers.drop_database(database_url)


@pytest.fixture(scope="module")
def instances(shared, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """The two app servers' base URLs."""
    log_dir = tmp_path_factory.mktemp("scale-out-logs")
    started: list[Instance] = []
    try:
        for name in ("a", "b"):
            started.append(start_instance(shared.environment(), log_dir / f"{name}.log"))
        for instance in started:
            wait_until_serving(instance)
        yield started[0].url, started[1].url
    finally:
        for instance in started:
            instance.stop()


def saved_views(shared: Shared) -> int:
    from accounts.models import SavedView

    engine = create_engine(shared.database_url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(SavedView))
    finally:
        engine.dispose()


# --- the tests -----------------------------------------------------------------------------
def test_the_second_pass_runs_on_postgresql_and_redis(client):
    """The accounts suites of this pass really use the servers they were given."""
    import redis
    from sqlalchemy.engine import make_url

    from accounts import db

    assert make_url(db.current_url()).get_backend_name() == "postgresql"
    with client.application.test_request_context():
        signed = generate_csrf()
        raw = flask.session["csrf_token"]
    with client.session_transaction() as session:
        session["csrf_token"] = raw
    form = {"email": "nikt@example.pl", "haslo": "zle-haslo-1234", "csrf_token": signed}
    response = client.post("/konto/zaloguj", data=form, environ_base={"REMOTE_ADDR": "10.250.0.1"})
    assert message_of(response) == "login_failed"
    with redis.Redis.from_url(servers.REDIS_URL) as counters:
        assert any(b"10.250.0.1|nikt@example.pl" in key for key in counters.keys("*"))


def test_a_login_on_one_instance_is_valid_on_the_other(instances, shared):
    a, b = instances
    visitor = Visitor()
    visitor.sign_up(a)
    before = saved_views(shared)
    assert visitor.save_view(b) == "view_saved"
    assert visitor.save_view(a) == "view_saved"
    assert saved_views(shared) == before + 2
    assert Visitor().save_view(b) == "login_to_save"  # a visitor without the cookie is not


def test_the_login_limit_is_shared_by_both_instances(instances):
    a, b = instances
    email = Visitor().register(a)
    guesser = Visitor()
    answers = [guesser.login(base, email, "zle-haslo-1234") for base in (a, b, a, b, a)]
    assert [message_of(r) for r in answers] == ["login_failed"] * 5
    refused = guesser.login(b, email)  # the 6th attempt within the minute, on the other one
    assert refused.status_code == 429
    assert guesser.login(a, email).status_code == 429


def test_logout_on_one_instance_ends_the_session_on_both(instances):
    a, b = instances
    visitor = Visitor()
    visitor.sign_up(a)
    visitor.csrf_token()  # the session holds a token, as after any page with a form
    copied = Visitor(cookie=visitor.cookie)
    assert message_of(visitor.post(b, "/konto/wyloguj")) == "logged_out"
    assert copied.save_view(a) == "login_to_save"
    assert copied.save_view(b) == "login_to_save"


def switch_data(shared: Shared, version: str) -> None:
    command = [sys.executable, "-m", "flask", "--app", "app", "restore-data", version]
    command += ["--data-dir", str(shared.data_dir)]
    env = os.environ | shared.environment()
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_dataset_switch_reaches_both_instances_without_a_restart(instances, shared):
    """The synced indicator exists in the current version (the sync), not in the build."""
    a, b = instances
    built, synced = (v.id for v in versions.list_versions(shared.data_dir))  # oldest first
    assert versions.current_version(shared.data_dir) == synced

    def answers() -> list[int]:
        path = f"/api/v1/indicators/{SYNCED_INDICATOR}"
        return [requests.get(base + path, timeout=30).status_code for base in (a, b)]

    assert answers() == [200, 200]
    switch_data(shared, built)
    assert answers() == [404, 404]
    switch_data(shared, synced)
    assert answers() == [200, 200]
