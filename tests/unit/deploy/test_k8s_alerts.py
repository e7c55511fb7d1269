"""The production overlay's alerting rules: valid, tested with promtool, and each one actionable.

The PrometheusRule is taken from the rendered overlay (what the cluster receives), its groups
written to a rules file, checked with `promtool check rules` and run against the series of
alerts_test.yaml with `promtool test rules`. promtool comes from deploy/local/k8s-tools.sh.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from k8s_render import ROOT, build, tool
from prometheus_client import REGISTRY

from pantau_common import metrics

RULE_TESTS = Path(__file__).with_name("alerts_test.yaml")
RUNBOOK = ROOT / "docs" / "runbook.md"
SEVERITIES = {"page", "ticket"}
# Alerts on a failure counter's increase: each failure is an event, held for the window, no "for".
EVENTS = {"PantauDocumentRequestFailed"}


@pytest.fixture(scope="module")
def rule_groups() -> list[dict[str, Any]]:
    rendered = [d for d in yaml.safe_load_all(build("production")) if isinstance(d, dict)]
    rules = [d for d in rendered if d["kind"] == "PrometheusRule"]
    assert [r["metadata"]["namespace"] for r in rules] == ["pantau"]
    return [group for rule in rules for group in rule["spec"]["groups"]]


@pytest.fixture(scope="module")
def alerts(rule_groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [rule for group in rule_groups for rule in group["rules"] if "alert" in rule]


@pytest.fixture
def rules_dir(rule_groups: list[dict[str, Any]], tmp_path: Path) -> Path:
    (tmp_path / "rules.yaml").write_text(yaml.safe_dump({"groups": rule_groups}, sort_keys=False), "utf-8")
    shutil.copy(RULE_TESTS, tmp_path / RULE_TESTS.name)
    return tmp_path


def _promtool(rules_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([tool("promtool"), *args], cwd=rules_dir, capture_output=True, text=True, check=False)


def test_promtool_accepts_the_rules(rules_dir: Path) -> None:
    result = _promtool(rules_dir, "check", "rules", "rules.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_alerts_fire_on_the_series_of_their_tests_and_only_then(rules_dir: Path) -> None:
    result = _promtool(rules_dir, "test", "rules", RULE_TESTS.name)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_expectation_fails_the_rule_tests(rules_dir: Path) -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text("utf-8"))
    first = tests["tests"][0]["alert_rule_test"][-1]
    first["exp_alerts"] = []
    (rules_dir / RULE_TESTS.name).write_text(yaml.safe_dump(tests), "utf-8")
    assert _promtool(rules_dir, "test", "rules", RULE_TESTS.name).returncode != 0


def test_every_alert_is_seen_firing_in_a_rule_test(alerts: list[dict[str, Any]]) -> None:
    tests = yaml.safe_load(RULE_TESTS.read_text("utf-8"))["tests"]
    fired = {case["alertname"] for test in tests for case in test["alert_rule_test"] if case.get("exp_alerts")}
    assert {a["alert"] for a in alerts} - fired == set()


def test_every_alert_has_a_severity_a_plain_summary_and_a_wait_against_flapping(alerts: list[dict[str, Any]]) -> None:
    for alert in alerts:
        name = alert["alert"]
        assert re.fullmatch(r"Pantau[A-Z][A-Za-z]+", name), name
        assert alert["labels"]["severity"] in SEVERITIES, name
        assert {"summary", "description", "runbook_url"} <= alert["annotations"].keys(), name
        assert ("for" in alert) != (name in EVENTS), name


def _anchors(markdown: str) -> set[str]:
    """Return the anchors GitHub and GitLab give the headings of a Markdown text."""
    headings = re.findall(r"^#+ (.+)$", markdown, flags=re.MULTILINE)
    return {re.sub(r"[^a-z0-9 _-]", "", h.strip().lower()).replace(" ", "-") for h in headings}


def test_every_alert_links_its_section_of_the_runbook(alerts: list[dict[str, Any]]) -> None:
    anchors = _anchors(RUNBOOK.read_text("utf-8"))
    for alert in alerts:
        page, _, anchor = alert["annotations"]["runbook_url"].partition("#")
        assert page.endswith("/docs/runbook.md"), alert["alert"]
        assert anchor in anchors, alert["alert"]


def test_the_expressions_watch_the_overlays_namespace(alerts: list[dict[str, Any]]) -> None:
    for alert in alerts:
        assert set(re.findall(r'namespace="([^"]*)"', alert["expr"])) == {"pantau"}, alert["alert"]


@dataclass
class _Relay:
    sent: int = 0
    failed: int = 0


def _pantau_families() -> set[str]:
    families = {family.name for family in REGISTRY.collect() if family.name.startswith("pantau_")}
    return families | {family.name for family in metrics.NotificationCounts(_Relay()).collect()}


def test_every_pantau_series_an_alert_reads_is_one_the_services_export(alerts: list[dict[str, Any]]) -> None:
    families = _pantau_families()
    for alert in alerts:
        for series in re.findall(r"\bpantau_[a-z_]+", alert["expr"]):
            family = re.sub(r"_(total|bucket|count|sum)$", "", series)
            assert family in families, f"{alert['alert']}: {series}"
