"""The rendered reports behind Flask-Caching (reports/results.py): configured from the
settings, shared by every process on the same folder, and never an error when the cache
cannot be used."""

from __future__ import annotations

from pathlib import Path

import pytest
import servers
from flask import Flask
from flask_caching import Cache

from config import load_settings
from reports import results


def process_cache(config: dict) -> Cache:
    """The cache as one process (a web worker, the report worker) configures it."""
    cache = Cache()
    cache.init_app(Flask(__name__), config=config)
    return cache


def test_files_in_the_report_folder_by_default(tmp_path):
    config = results.cache_config("", tmp_path)
    assert config["CACHE_TYPE"] == "FileSystemCache" and config["CACHE_DIR"] == str(tmp_path)
    assert config["CACHE_THRESHOLD"] == results.MAX_ENTRIES
    assert config["CACHE_DEFAULT_TIMEOUT"] >= 24 * 3600  # a key holds its day


def test_redis_when_a_cache_url_is_set():
    url = load_settings({"SMUP_CACHE_URL": "redis://cache.internal:6379/1"}).cache_url
    config = results.cache_config(url)
    assert config["CACHE_TYPE"] == "RedisCache" and config["CACHE_REDIS_URL"] == url
    assert load_settings({}).cache_url == ""


def test_a_render_stored_by_one_process_is_read_by_another(tmp_path, monkeypatch):
    config = results.cache_config("", tmp_path)
    monkeypatch.setattr(results, "cache", process_cache(config))  # the report worker
    results.store("k" * 64, ".pdf", b"%PDF-1.7 fake")
    monkeypatch.setattr(results, "cache", process_cache(config))  # a web worker
    assert results.has("k" * 64, ".pdf") and not results.has("k" * 64, ".html")
    assert results.read("k" * 64, ".pdf") == b"%PDF-1.7 fake"
    assert results.read("k" * 64, ".zip") is None


def test_cached_builds_once(tmp_path, monkeypatch):
    monkeypatch.setattr(results, "cache", process_cache(results.cache_config("", tmp_path)))
    built: list[int] = []

    def build() -> bytes:
        built.append(1)
        return b"<html></html>"

    assert results.cached("a" * 64, ".html", build) == results.cached("a" * 64, ".html", build)
    assert built == [1]


def test_an_unreachable_cache_means_rendering_again(monkeypatch, caplog):
    # Nothing listens on port 1: every call fails at once.
    unreachable = process_cache(results.cache_config("redis://127.0.0.1:1/0"))
    monkeypatch.setattr(results, "cache", unreachable)
    assert results.read("b" * 64, ".pdf") is None and not results.has("b" * 64, ".pdf")
    results.store("b" * 64, ".pdf", b"x")  # logged, not raised
    assert results.cached("b" * 64, ".html", lambda: b"<html></html>") == b"<html></html>"
    assert "report cache not writable" in caplog.text


@pytest.mark.parametrize("damaged", [b"", b"\x00\x00\x00\x00not a pickle"])
def test_a_damaged_entry_is_a_miss(tmp_path, monkeypatch, damaged):
    monkeypatch.setattr(results, "cache", process_cache(results.cache_config("", tmp_path)))
    results.store("c" * 64, ".pdf", b"%PDF")
    Path(results.cache.cache._get_filename("c" * 64 + ".pdf")).write_bytes(damaged)
    assert results.read("c" * 64, ".pdf") is None


@pytest.mark.skipif(
    not servers.REDIS_URL, reason="needs SMUP_TEST_REDIS_URL (make test's 2nd pass)"
)
def test_redis_shares_renders_between_processes(monkeypatch):
    import redis

    config = results.cache_config(servers.REDIS_URL)
    monkeypatch.setattr(results, "cache", process_cache(config))  # the report worker
    results.store("d" * 64, ".pdf", b"%PDF-1.7 in redis")
    monkeypatch.setattr(results, "cache", process_cache(config))  # a web worker elsewhere
    assert results.read("d" * 64, ".pdf") == b"%PDF-1.7 in redis"
    client = redis.Redis.from_url(servers.REDIS_URL)
    key = f"{results.KEY_PREFIX}{'d' * 64}.pdf"
    assert client.exists(key) and 0 < client.ttl(key) <= results.TIMEOUT_S
    client.delete(key)
