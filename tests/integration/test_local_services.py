"""scripts/local-services: the throwaway PostgreSQL and Redis of `make test` and `make run` are
reachable while the command runs and gone afterwards, whether it succeeds, fails or is
stopped."""

from __future__ import annotations

import glob
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from config import PROJECT_ROOT

SCRIPT = PROJECT_ROOT / "scripts" / "local-services"
pytestmark = pytest.mark.skipif(
    not (shutil.which("redis-server") and glob.glob("/usr/lib/postgresql/*/bin/initdb")),
    reason="PostgreSQL or Redis not installed (`make servers` installs them)",
)

# Run by the script: both servers answer at the URLs it was given, then it fails on purpose.
CHECK = """
import os, sys, psycopg, redis
url = os.environ["PG"].replace("postgresql+psycopg://", "postgresql://")
with psycopg.connect(url) as connection:
    assert connection.execute("select 1").fetchone() == (1,)
assert redis.Redis.from_url(os.environ["RD"]).ping()
print(os.environ["PG"], os.environ["RD"])
sys.exit(3)
"""


def refuses(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def port_of(url: str) -> int:
    return int(re.search(r":(\d+)/", url).group(1))


def folders_of(log: str) -> list[Path]:
    return [Path(p) for p in re.findall(r"\((/[^)\s]+)/pg\)", log)]


def test_servers_answer_while_the_command_runs_and_are_gone_after_it_fails():
    command = [str(SCRIPT), "--postgres", "PG", "--redis", "RD", "--", sys.executable, "-c"]
    done = subprocess.run([*command, CHECK], capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr  # the command's own status
    database_url, redis_url = done.stdout.split()
    assert database_url.startswith("postgresql+psycopg://smup@127.0.0.1:")
    assert redis_url.startswith("redis://127.0.0.1:")
    assert refuses(port_of(database_url)) and refuses(port_of(redis_url))
    [folder] = folders_of(done.stderr)
    assert not folder.exists()


def test_a_stopped_run_stops_its_command_and_servers():
    command = [str(SCRIPT), "--redis", "RD", "--", "bash", "-c", 'echo "$RD"; sleep 60']
    run = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    redis_url = run.stdout.readline().strip()
    started = time.monotonic()
    run.send_signal(signal.SIGTERM)
    assert run.wait(timeout=20) != 0
    assert time.monotonic() - started < 10  # not after the command's minute
    assert refuses(port_of(redis_url))
