"""The public API against its own OpenAPI document, checked by a tool we did not write:
Schemathesis generates requests from ``/api/v1/openapi.json`` (schema-valid and
schema-violating ones, undeclared methods, stateful sequences) and runs all its default checks
on the answers of a live server (issue 19). Bounded and reproducible: a fixed seed, a fixed
number of examples per operation and no example database."""

from __future__ import annotations

import subprocess
import sys

import pytest

from api.openapi import BASE_PATH

SEED = 19
MAX_EXAMPLES = 25


@pytest.mark.usefixtures("repository")
def test_the_api_passes_schemathesis_default_checks(live_server, tmp_path):
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        f"{live_server}{BASE_PATH}/openapi.json",
        f"--seed={SEED}",
        f"--max-examples={MAX_EXAMPLES}",
        "--generation-database=none",
        "--workers=1",
        "--request-timeout=60",
        "--no-color",
    ]
    # In a temporary folder: Schemathesis may leave files (reports, caches) where it runs.
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stdout[-15000:] + result.stderr[-3000:]
    assert "No issues found" in result.stdout
