"""``make lighthouse``: Lighthouse (pinned in package.json) with Debian's Chromium on five pages
of the app served as ``make run`` serves it (2 gunicorn workers on a free loopback port, private
cache and accounts database), desktop and mobile presets. Prints JSON lines like ``make bench``:
``lighthouse_<page>_<preset>_<metric>``. Never part of ``make test``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from config import PROJECT_ROOT

LIGHTHOUSE = PROJECT_ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME_PATH = "/usr/bin/chromium"
# Chromium on these machines stalls on the closed network without the networking flags.
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic "
    "--no-first-run --disable-background-networking --disable-component-update --disable-sync"
)
PAGES = {
    "home": "/",
    "profile": "/jst/0201011",
    "analiza": "/analiza",
    "indicator": "/wskazniki/podatek-nieruchomosci-na-mieszkanca",
    "compare": "/porownaj?jst=0201011,0201022",
}
PRESETS = ("desktop", "mobile")
# Targets of issue #19 (desktop; mobile has its own performance target only).
DESKTOP_TARGETS = {
    "performance": 90,
    "accessibility": 100,
    "tbt_ms": 200,
    "cls": 0.1,
    "bytes": 1.5 * 1024 * 1024,
}
MOBILE_TARGETS = {"performance": 70}
# metric name → (where it is in the report, unit)
AUDITS = {
    "lcp_ms": ("largest-contentful-paint", "ms"),
    "tbt_ms": ("total-blocking-time", "ms"),
    "cls": ("cumulative-layout-shift", "score"),
    "bytes": ("total-byte-weight", "bytes"),
}


def report_metrics(report: dict, page: str, preset: str) -> list[dict]:
    """The JSON lines of one Lighthouse report (its ``--output=json``): the two category
    scores (0–100) and the audits of :data:`AUDITS`; a metric the report lacks (an audit that
    errored) is left out rather than printed as 0."""
    targets = DESKTOP_TARGETS if preset == "desktop" else MOBILE_TARGETS
    prefix = f"lighthouse_{page}_{preset}"
    lines = []
    for category in ("performance", "accessibility"):
        score = (report.get("categories", {}).get(category) or {}).get("score")
        if score is not None:
            lines.append(
                {
                    "metric": f"{prefix}_{category}",
                    "value": round(score * 100),
                    "unit": "score",
                    "target": targets.get(category),
                }
            )
    for metric, (audit_id, unit) in AUDITS.items():
        value = (report.get("audits", {}).get(audit_id) or {}).get("numericValue")
        if value is not None:
            lines.append(
                {
                    "metric": f"{prefix}_{metric}",
                    "value": round(value, 3 if metric == "cls" else 0),
                    "unit": unit,
                    "target": targets.get(metric),
                }
            )
    return lines


def run_lighthouse(url: str, preset: str, output: Path) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        "--only-categories=performance,accessibility",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    if preset == "desktop":
        command.append("--preset=desktop")  # without a preset Lighthouse emulates a phone
    env = os.environ | {"CHROME_PATH": CHROME_PATH}
    # Lighthouse exits with 1 after a runtime error of one audit (on a loaded machine, a
    # response body that Chromium was slow to hand over) but still writes its report.
    subprocess.run(command, env=env, cwd=PROJECT_ROOT, stdout=subprocess.DEVNULL, timeout=300)
    report = json.loads(output.read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        print(f"lighthouse {url}: {report['runtimeError']}", file=sys.stderr, flush=True)
    return report


def measure(base_url: str, pages: list[str], presets: list[str], reports: Path) -> None:
    for page in pages:
        for preset in presets:
            try:
                report = run_lighthouse(
                    base_url + PAGES[page], preset, reports / f"{page}-{preset}.json"
                )
            except (subprocess.SubprocessError, OSError, ValueError) as error:
                # One failed run (a Chromium that hung on a loaded machine) spoils no other.
                print(f"lighthouse {page} {preset} failed: {error}", file=sys.stderr, flush=True)
                continue
            for line in report_metrics(report, page, preset):
                print(json.dumps(line), flush=True)


def arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page slugs")
    parser.add_argument("--presets", default=",".join(PRESETS), help="desktop,mobile")
    parser.add_argument(
        "--reports", type=Path, help="keep the full Lighthouse reports (JSON) in this folder"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    from benchmarks.loadtest import served_app

    args = arguments(argv)
    pages = [p for p in args.pages.split(",") if p]
    presets = [p for p in args.presets.split(",") if p]
    unknown = [p for p in pages if p not in PAGES] + [p for p in presets if p not in PRESETS]
    if unknown:
        sys.exit(f"unknown page or preset: {', '.join(unknown)}")
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `npm ci` (make lighthouse does)")
    with served_app(inline=True) as port, tempfile.TemporaryDirectory() as scratch:
        reports = args.reports or Path(scratch)
        reports.mkdir(parents=True, exist_ok=True)
        measure(f"http://127.0.0.1:{port}", pages, presets, reports)


if __name__ == "__main__":
    main()
