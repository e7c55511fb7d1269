"""The metrics' names, the lag arithmetic and the settings of the /metrics server."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

import pytest
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest

from pantau_common import metrics
from pantau_common.config import ConfigError
from pantau_common.settings import Settings

UNITS = ("_total", "_seconds", "_messages", "_ratio", "_applications", "_steps", "_follow_ups", "_reports")


@dataclass(frozen=True)
class TP:
    topic: str
    partition: int


def pantau_families() -> list:
    return [f for f in REGISTRY.collect() if f.name.startswith("pantau_")]


def value(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_every_metric_is_named_pantau_snake_case_with_its_unit():
    families = pantau_families()

    assert {f.name for f in families} >= {
        "pantau_checks",
        "pantau_check_duration_seconds",
        "pantau_consumer_lag_messages",
        "pantau_outbox_unsent_messages",
        "pantau_sop_step_duration_ratio",
        "pantau_documents_rendered",
        "pantau_document_render_seconds",
        "pantau_document_failures",
        "pantau_undelivered_monthly_reports",
        "pantau_registered_applications",
        "pantau_sop_overdue_steps",
        "pantau_overdue_follow_ups",
    }
    for family in families:
        assert re.fullmatch(r"pantau_[a-z_]+", family.name)
        exposed = family.name + "_total" if family.type == "counter" else family.name
        assert exposed.endswith(UNITS), family.name
        assert family.documentation.endswith(".")


def test_a_finished_check_is_counted_by_result_and_timed():
    before = value("pantau_checks_total", result="tidak_aktif")
    timed = value("pantau_check_duration_seconds_count")

    metrics.check_finished("tidak_aktif", 3.2)

    assert value("pantau_checks_total", result="tidak_aktif") == before + 1
    assert value("pantau_check_duration_seconds_count") == timed + 1


def test_a_step_is_observed_against_its_mutu_baku_and_one_without_is_skipped():
    before = value("pantau_sop_step_duration_ratio_bucket", step="4", le="1.0")
    over = value("pantau_sop_step_duration_ratio_count", step="7")

    metrics.step_completed(4, 600.0, 900)  # 10 of its 15 minutes
    metrics.step_completed(7, 600.0, None)

    assert value("pantau_sop_step_duration_ratio_bucket", step="4", le="1.0") == before + 1
    assert value("pantau_sop_step_duration_ratio_count", step="7") == over


def test_documents_are_counted_by_kind_and_format_and_timed_per_request():
    before = value("pantau_documents_rendered_total", kind="nota_dinas", format="docx")

    metrics.documents_rendered("DraftRequested", [("nota_dinas", "pdf"), ("nota_dinas", "docx")], 1.5)
    metrics.documents_rendered("NotaInitialled", [], 0.1)

    assert value("pantau_documents_rendered_total", kind="nota_dinas", format="docx") == before + 1
    assert value("pantau_document_render_seconds_count", request="NotaInitialled") == 0


def test_a_request_given_up_is_counted_by_request():
    before = value("pantau_document_failures_total", request="DraftRequested")

    metrics.document_failed("DraftRequested")

    assert value("pantau_document_failures_total", request="DraftRequested") == before + 1


def test_each_request_s_failures_start_at_zero_so_the_first_is_an_increase():
    metrics.document_requests(["SignatureRequested"])

    assert REGISTRY.get_sample_value("pantau_document_failures_total", {"request": "SignatureRequested"}) == 0


def test_the_leading_scheduler_records_the_applications_it_schedules():
    metrics.registered_applications(1029)

    assert value("pantau_registered_applications") == 1029


def test_overdue_steps_are_recorded_per_step_and_a_step_no_longer_late_falls_to_zero():
    metrics.overdue_steps({4: 2, 6: 1})
    metrics.overdue_steps({6: 1})

    assert REGISTRY.get_sample_value("pantau_sop_overdue_steps", {"step": "4"}) == 0
    assert value("pantau_sop_overdue_steps", step="6") == 1


def test_overdue_follow_ups_are_recorded_per_department_and_a_department_caught_up_falls_to_zero():
    metrics.overdue_follow_ups({"dinkes": 3, "disdik": 1})
    metrics.overdue_follow_ups({"disdik": 2})

    assert REGISTRY.get_sample_value("pantau_overdue_follow_ups", {"pd_id": "dinkes"}) == 0
    assert value("pantau_overdue_follow_ups", pd_id="disdik") == 2


def test_a_monthly_report_sent_again_leaves_the_undelivered_gauge():
    metrics.undelivered_monthly_reports(["2026-10", "2026-11"])
    metrics.undelivered_monthly_reports(["2026-11"])  # October's was sent again ("Kirim ulang")

    assert REGISTRY.get_sample_value("pantau_undelivered_monthly_reports", {"bulan": "2026-10"}) == 0
    assert value("pantau_undelivered_monthly_reports", bulan="2026-11") == 1


def test_lag_is_the_end_offsets_minus_the_positions_summed_per_topic():
    ends = {TP("a", 0): 10, TP("a", 1): 5, TP("b", 0): 7}
    positions = {TP("a", 0): 4, TP("a", 1): 5, TP("b", 0): None}

    assert metrics.lag_by_topic(ends, positions) == {"a": 6, "b": 7}


def test_lag_is_never_negative():
    assert metrics.lag_by_topic({TP("a", 0): 3}, {TP("a", 0): 9}) == {"a": 0}


class FakeConsumer:
    def __init__(self) -> None:
        self.asked = 0

    def assignment(self) -> set[TP]:
        return {TP("t.req", 0), TP("t.req", 1), TP("t.req", 2)}

    def highwater(self, tp: TP) -> int | None:
        return None if tp.partition == 2 else 100  # nothing fetched from partition 2 yet

    async def position(self, tp: TP) -> int:
        self.asked += 1
        return 90


def test_the_lag_probe_records_the_assigned_partitions_at_most_every_interval():
    now = [0.0]
    probe = metrics.LagProbe("grp-probe", every_s=15, clock=lambda: now[0])
    consumer = FakeConsumer()

    asyncio.run(probe.maybe(consumer))
    now[0] = 5.0
    asyncio.run(probe.maybe(consumer))

    assert value("pantau_consumer_lag_messages", group="grp-probe", topic="t.req") == 20
    assert consumer.asked == 2


class JustStartedConsumer(FakeConsumer):
    """A consumer whose partitions are not assigned yet: a worker just started."""

    def __init__(self) -> None:
        super().__init__()
        self.assigned = False

    def assignment(self) -> set[TP]:
        return super().assignment() if self.assigned else set()


def test_a_lag_probe_that_found_nothing_assigned_records_as_soon_as_partitions_come():
    now = [0.0]
    probe = metrics.LagProbe("grp-started", every_s=15, clock=lambda: now[0])
    consumer = JustStartedConsumer()

    asyncio.run(probe.maybe(consumer))  # before the group's first assignment: nothing to record
    consumer.assigned, now[0] = True, 1.0
    asyncio.run(probe.maybe(consumer))  # a second later, not an interval later

    assert value("pantau_consumer_lag_messages", group="grp-started", topic="t.req") == 20
    assert consumer.asked == 2


@dataclass
class FakeRelay:
    sent: int = 0
    failed: int = 0


def test_the_notification_relays_counters_are_exposed_while_it_runs():
    relay = FakeRelay(sent=3, failed=1)
    registry = CollectorRegistry()
    registry.register(metrics.NotificationCounts(relay))
    relay.sent += 1

    text = generate_latest(registry).decode()

    assert 'pantau_notifications_total{outcome="sent"} 4.0' in text
    assert 'pantau_notifications_total{outcome="failed"} 1.0' in text


def test_the_notification_counters_leave_the_registry_with_the_relay():
    with metrics.counting_notifications(FakeRelay(sent=2)):
        assert value("pantau_notifications_total", outcome="sent") == 2
    assert REGISTRY.get_sample_value("pantau_notifications_total", {"outcome": "sent"}) is None


def settings(**env: str) -> Settings:
    return Settings.from_env({f"PANTAU_{k}": v for k, v in env.items()})


def test_no_metrics_server_unless_a_port_is_set():
    assert metrics.MetricsConfig.from_settings(settings()) == metrics.MetricsConfig("127.0.0.1", 0)
    assert metrics.MetricsConfig.from_settings(settings(METRICS_PORT="9102", METRICS_HOST="0.0.0.0")) == (
        metrics.MetricsConfig("0.0.0.0", 9102)
    )


@pytest.mark.parametrize("bad", ["x", "70000", "-1"])
def test_a_bad_metrics_port_is_an_error_naming_the_variable(bad):
    with pytest.raises(ConfigError, match="PANTAU_METRICS_PORT"):
        metrics.MetricsConfig.from_settings(settings(METRICS_PORT=bad))
