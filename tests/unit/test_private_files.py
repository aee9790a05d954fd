"""Files nobody else may read: the instance folder (0700), the secret key and the SQLite
accounts database with its journal files (0600), whatever the umask."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from accounts import db
from config import load_settings, resolve_secret_key


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    """The most permissive umask: only the app's own modes protect its files."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_secret_key_is_private_from_its_first_byte(tmp_path, monkeypatch, loose_umask):
    written_modes: list[int] = []
    real_write = os.write

    def watching_write(fd: int, data: bytes) -> int:
        written_modes.append(stat.S_IMODE(os.fstat(fd).st_mode))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", watching_write)
    instance = tmp_path / "instance"
    key = resolve_secret_key(load_settings({}), instance)
    assert len(key) == 64
    assert written_modes and set(written_modes) == {0o600}
    assert mode(instance / "secret_key") == 0o600 and mode(instance) == 0o700
    assert sorted(p.name for p in instance.iterdir()) == ["secret_key"]  # no temporary left
    assert resolve_secret_key(load_settings({}), instance) == key


def test_an_existing_instance_folder_and_key_are_tightened(tmp_path, loose_umask):
    instance = tmp_path / "instance"
    instance.mkdir(mode=0o755)
    (instance / "secret_key").write_text("k" * 64, encoding="utf-8")
    (instance / "secret_key").chmod(0o644)
    assert resolve_secret_key(load_settings({}), instance) == "k" * 64
    assert mode(instance) == 0o700 and mode(instance / "secret_key") == 0o600


def test_sqlite_database_and_its_journal_files_are_private(tmp_path, loose_umask):
    path = tmp_path / "new-folder" / "accounts.sqlite"
    url = f"sqlite:///{path}"
    db.upgrade(url)
    assert mode(path) == 0o600 and mode(path.parent) == 0o700
    engine = db.make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("PRAGMA journal_mode=WAL"))
            connection.execute(text("CREATE TABLE probe (x INTEGER)"))
            connection.execute(text("INSERT INTO probe VALUES (1)"))
            wal, shm = (path.with_name(path.name + s) for s in ("-wal", "-shm"))
            assert mode(wal) == 0o600 and mode(shm) == 0o600
    finally:
        engine.dispose()


def test_an_existing_world_readable_database_is_tightened(tmp_path, loose_umask):
    path = tmp_path / "accounts.sqlite"
    db.upgrade(f"sqlite:///{path}")
    path.chmod(0o644)
    db.make_engine(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o600
