"""Login limits when the shared counter storage (Redis) cannot be reached: an app server goes on
signing people in and keeps counting attempts on its own until the storage is back, instead of
answering HTTP 500."""

from __future__ import annotations

from app_fixtures import requires_data
from instances import Visitor, free_port, message_of, start_instance, wait_until_serving

from accounts import db


@requires_data
def test_logins_go_on_and_stay_limited_while_redis_is_down(tmp_path):
    database_url = f"sqlite:///{tmp_path}/accounts.sqlite"
    db.upgrade(database_url)
    nowhere = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    environment = {"SMUP_DATABASE_URL": database_url, "SMUP_RATELIMIT_STORAGE_URI": nowhere}
    instance = start_instance(environment, tmp_path / "app.log")
    try:
        wait_until_serving(instance)
        email, colleague = Visitor().register(instance.url), Visitor().register(instance.url)
        guesser = Visitor()
        answers = [guesser.login(instance.url, email, "zle-haslo-1234") for _ in range(5)]
        assert [message_of(r) for r in answers] == ["login_failed"] * 5
        assert guesser.login(instance.url, email).status_code == 429
        signed_in = Visitor().login(instance.url, colleague)  # another account, same address
        assert signed_in.headers["Location"] == "/moje-widoki"
    finally:
        instance.stop()
    assert "falling back to in-memory storage" in instance.log.read_text()
