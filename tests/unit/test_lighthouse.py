"""``make lighthouse``: the JSON lines read from a Lighthouse report (a small fixture)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.lighthouse import DESKTOP_TARGETS, report_metrics

REPORT = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "lighthouse" / "report.json").read_text()
)


def by_metric(lines: list[dict]) -> dict[str, dict]:
    return {line["metric"]: line for line in lines}


def test_desktop_report_gives_scores_timings_and_bytes_with_targets():
    lines = by_metric(report_metrics(REPORT, "analiza", "desktop"))
    assert list(lines) == [
        "lighthouse_analiza_desktop_performance",
        "lighthouse_analiza_desktop_accessibility",
        "lighthouse_analiza_desktop_lcp_ms",
        "lighthouse_analiza_desktop_tbt_ms",
        "lighthouse_analiza_desktop_cls",
        "lighthouse_analiza_desktop_bytes",
    ]
    assert lines["lighthouse_analiza_desktop_performance"] == {
        "metric": "lighthouse_analiza_desktop_performance",
        "value": 91,
        "unit": "score",
        "target": 90,
    }
    assert lines["lighthouse_analiza_desktop_accessibility"]["value"] == 100
    assert lines["lighthouse_analiza_desktop_lcp_ms"]["value"] == 1235
    assert lines["lighthouse_analiza_desktop_tbt_ms"]["target"] == 200
    assert lines["lighthouse_analiza_desktop_cls"]["value"] == 0.012
    assert lines["lighthouse_analiza_desktop_bytes"]["value"] == 1048576
    assert lines["lighthouse_analiza_desktop_bytes"]["target"] == DESKTOP_TARGETS["bytes"]


def test_mobile_report_has_only_the_performance_target():
    lines = by_metric(report_metrics(REPORT, "home", "mobile"))
    assert lines["lighthouse_home_mobile_performance"]["target"] == 70
    others = [line for name, line in lines.items() if not name.endswith("_performance")]
    assert all(line["target"] is None for line in others)


def test_a_metric_missing_from_the_report_is_left_out_not_zero():
    report = {
        "categories": {"performance": {"score": None}, "accessibility": {"score": 0.97}},
        "audits": {"total-blocking-time": {"id": "total-blocking-time"}},
    }
    lines = by_metric(report_metrics(report, "profile", "desktop"))
    assert list(lines) == ["lighthouse_profile_desktop_accessibility"]
    assert lines["lighthouse_profile_desktop_accessibility"]["value"] == 97
