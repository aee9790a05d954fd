"""App servers as production runs them (``gunicorn app:server`` on a port of 127.0.0.1, in a
process of its own, configured by its environment) and a visitor talking to them over HTTP."""

from __future__ import annotations

import hashlib
import itertools
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import flask
import pytest
import requests
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer

from config import PROJECT_ROOT

SECRET = "instances-test-secret-" + "x" * 20  # every instance's SMUP_SECRET_KEY
PASSWORD = "bardzo-tajne-1"
VIEW = "/wskazniki/ludnosc?poziom=powiat&rok=2020"
_emails = (f"instancja{i}@example.pl" for i in itertools.count(1))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Instance:
    """One app server: ``gunicorn app:server`` with ``workers`` workers on its own port."""

    url: str
    process: subprocess.Popen
    log: Path

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def start_instance(environment: dict[str, str], log: Path, workers: int = 1) -> Instance:
    """Start an app server (``wait_until_serving`` tells when it answers); its output goes
    to ``log``. ``environment`` is added to this process's, with the shared secret key."""
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "--no-control-socket"]
    command += ["--workers", str(workers), "--bind", f"127.0.0.1:{port}", "app:server"]
    env = os.environ | {"SMUP_SECRET_KEY": SECRET} | environment
    with log.open("wb") as output:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    return Instance(f"http://127.0.0.1:{port}", process, log)


def wait_until_serving(instance: Instance, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if instance.process.poll() is not None:
            pytest.fail(f"{instance.url} stopped:\n{instance.log.read_text()[-3000:]}")
        try:  # the first request opens the dataset: slow on a busy machine
            if requests.get(instance.url + "/api/v1/areas", timeout=30).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass
        time.sleep(0.2)
    pytest.fail(f"{instance.url} did not answer within {timeout} s")


def message_of(response) -> str | None:
    query = parse_qs(urlsplit(response.headers.get("Location", "")).query)
    return query.get("komunikat", [None])[0]


_csrf_tokens = URLSafeTimedSerializer(SECRET, salt="wtf-csrf-token")


def _cookie_serializer():
    signer = flask.Flask(__name__)
    signer.secret_key = SECRET
    return SecureCookieSessionInterface().get_signing_serializer(signer)


@dataclass
class Visitor:
    """A browser's session cookie, sent to whichever instance it talks to (a cookie belongs
    to a host, not a port, as behind one proxy address). Its CSRF token is the one a page of
    the app would have put into the session and the form."""

    cookie: str = ""
    http: requests.Session = field(default_factory=requests.Session)

    def csrf_token(self) -> str:
        serializer = _cookie_serializer()
        data = serializer.loads(self.cookie) if self.cookie else {}
        if "csrf_token" not in data:
            data["csrf_token"] = hashlib.sha1(os.urandom(64)).hexdigest()
            self.cookie = serializer.dumps(data)
        return _csrf_tokens.dumps(data["csrf_token"])

    def post(self, base: str, path: str, form: dict[str, str] | None = None):
        form = dict(form or {}, csrf_token=self.csrf_token())
        response = self.http.post(
            base + path,
            data=form,
            headers={"Cookie": f"session={self.cookie}"},
            allow_redirects=False,
            timeout=30,
        )
        self._keep_cookie(response)
        return response

    def _keep_cookie(self, response) -> None:
        for header in response.raw.headers.getlist("Set-Cookie"):
            morsel = SimpleCookie(header).get("session")
            if morsel is not None:
                self.cookie = morsel.value

    def register(self, base: str) -> str:
        """A new account's e-mail (no login attempt is spent on it)."""
        email = next(_emails)
        form = {"email": email, "haslo": PASSWORD, "haslo2": PASSWORD}
        response = self.post(base, "/konto/zarejestruj", form)
        refused = response.headers.get("Location", "").startswith("/konto/rejestracja")
        assert response.status_code == 303 and not refused, response.headers.get("Location")
        return email

    def sign_up(self, base: str) -> str:
        """Register and sign in on ``base``; the account's e-mail."""
        email = self.register(base)
        assert self.login(base, email).headers["Location"] == "/moje-widoki"
        return email

    def login(self, base: str, email: str, password: str = PASSWORD):
        return self.post(base, "/konto/zaloguj", {"email": email, "haslo": password})

    def save_view(self, base: str) -> str | None:
        form = {"adres": VIEW, "nazwa": "Ludność powiatów", "notatka": ""}
        return message_of(self.post(base, "/moje-widoki/zapisz", form))
