"""The Makefile's set-up targets, read with ``make -n`` (nothing runs): where ``make run``
serves, and that ``make data`` installs what a hand-started server needs."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from config import PROJECT_ROOT

pytestmark = pytest.mark.skipif(not shutil.which("make"), reason="make not installed")


def dry_run(*args: str) -> str:
    # -B: every target counts as out of date, so its recipe is printed whatever is installed.
    result = subprocess.run(
        ["make", "-n", "-B", *args],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def test_run_serves_on_127_0_0_1_port_8050_by_default():
    assert "--bind 127.0.0.1:8050" in dry_run("run")


def test_run_takes_host_and_port():
    out = dry_run("run", "HOST=0.0.0.0", "PORT=8167")
    assert "--bind 0.0.0.0:8167" in out
    assert "8050" not in out


def test_data_installs_the_pdf_libraries():
    assert "libpango-1.0-0" in dry_run("data")


def test_test_installs_libreoffice_for_the_report_pack():
    assert "libreoffice-writer-nogui" in dry_run("test")


def test_test_fast_runs_the_unit_tests_without_browser_servers_office_or_data():
    out = dry_run("test-fast")
    assert "pytest -q tests/unit" in out
    for heavy in ("chromium", "postgresql", "redis", "libreoffice", "libpango", "build-data"):
        assert heavy not in out, heavy


def test_test_still_runs_every_test_and_the_backend_suites_of_each_directory():
    out = dry_run("test")
    assert "-m pytest -q\n" in out
    for backend in (
        "tests/integration/test_accounts_http.py",
        "tests/unit/test_accounts_passwords.py",
        "tests/browser/test_accounts_browser.py",
        "tests/integration/test_scale_out.py",
    ):
        assert backend in out


@pytest.mark.parametrize("target", ["run", "test", "test-fast", "bench", "data", "lighthouse"])
def test_targets_that_run_the_app_compile_the_message_catalogues(target):
    out = dry_run(target)
    for language in ("pl", "en"):
        assert (
            "pybabel -q compile --domain messages --directory translations "
            f"--locale {language}" in out
        )
