"""``flask --app app report-worker``: the process that renders queued PDF reports."""

from __future__ import annotations

import signal
import threading

import click

from config import settings
from reports import queue, render


@click.command("report-worker")
@click.option("--once", is_flag=True, help="Render the reports queued now, then exit.")
def report_worker_command(once: bool) -> None:
    """Render queued PDF reports (run beside the web server; `make run` starts one).

    Renders one report at a time at a lower CPU priority (SMUP_REPORT_WORKER_NICE) into the
    shared cache (SMUP_CACHE_DIR). Run more of them, on this host or others sharing the
    cache folder, for more renders at once. Stops after the current render on SIGTERM or
    Ctrl-C."""
    queue.lower_priority(settings.report_worker_nice)
    render.warm_renderer()
    worker = queue.Worker()
    if once:
        click.echo(f"{worker.drain()} reports rendered, {worker.failed} failed")
        return
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    click.echo(f"report worker {worker.name}: rendering queued reports from {render.cache_dir()}")
    worker.run(stop)
