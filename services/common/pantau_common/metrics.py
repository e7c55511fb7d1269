"""Every Prometheus metric Pantau exposes, defined in one place, and the server that serves them.

The services record through the small functions below rather than touching the metric objects,
so a name or a label changes here only. Workers serve ``/metrics`` on ``PANTAU_METRICS_HOST``
(default 127.0.0.1) and ``PANTAU_METRICS_PORT`` (unset or 0: no server, as in a local run where
the services share one host); Kubernetes sets 0.0.0.0 and one port for every pod.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, start_http_server
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

from .config import port, whole_number
from .settings import Settings

log = logging.getLogger(__name__)

CHECKS = Counter("pantau_checks", "Checks finished, by availability result.", ["result"])
CHECK_SECONDS = Histogram(
    "pantau_check_duration_seconds",
    "Time one application check took, retries included.",
    buckets=(0.25, 0.5, 1, 2, 5, 10, 20, 30, 45, 60),
)
CONSUMER_LAG = Gauge(
    "pantau_consumer_lag_messages",
    "Messages of a topic not yet consumed by a consumer group (end offsets minus its positions).",
    ["group", "topic"],
)
OUTBOX_UNSENT = Gauge("pantau_outbox_unsent_messages", "Outbox rows not relayed to Kafka yet.")
STEP_RATIO = Histogram(
    "pantau_sop_step_duration_ratio",
    "Completed SOP step durations divided by their mutu baku (above 1: over time).",
    ["step"],
    buckets=(0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 4, 8),
)
DOCUMENTS = Counter("pantau_documents_rendered", "Documents rendered and stored.", ["kind", "format"])
DOCUMENT_FAILURES = Counter(
    "pantau_document_failures",
    "Reporter requests given up after their last attempt (dead-lettered), by request.",
    ["request"],
)
UNDELIVERED_REPORTS = Gauge(
    "pantau_undelivered_monthly_reports",
    "Monthly Wali Kota reports whose delivery gave up (gagal_kirim), by month.",
    ["bulan"],
)
REGISTERED_APPS = Gauge(
    "pantau_registered_applications",
    "Active applications the leading checker scheduler schedules (0 on a standby).",
)
OVERDUE_STEPS = Gauge(
    "pantau_sop_overdue_steps",
    "Open SOP steps of running cycles past their mutu baku, by step.",
    ["step"],
)
OVERDUE_FOLLOW_UPS = Gauge(
    "pantau_overdue_follow_ups",
    "Open follow-ups past their due date, by department (pd_id).",
    ["pd_id"],
)
RENDER_SECONDS = Histogram(
    "pantau_document_render_seconds",
    "Time the reporter took to render and store the documents of one request.",
    ["request"],
    buckets=(0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
)


@dataclass(frozen=True)
class MetricsConfig:
    """Where a worker serves /metrics; port 0 serves nothing."""

    host: str = "127.0.0.1"
    port: int = 0

    @classmethod
    def from_settings(cls, settings: Settings) -> MetricsConfig:
        """Read PANTAU_METRICS_HOST and PANTAU_METRICS_PORT."""
        wanted = whole_number(settings, "METRICS_PORT", 0) and port(settings, "METRICS_PORT", 0)
        return cls(settings.get("METRICS_HOST", cls.host), wanted)


def serve(config: MetricsConfig) -> None:
    """Serve /metrics from a daemon thread, so it answers even while the event loop is busy."""
    if config.port:
        start_http_server(config.port, addr=config.host)


def check_finished(result: str, seconds: float) -> None:
    """Count one finished check and its duration."""
    CHECKS.labels(result=result).inc()
    CHECK_SECONDS.observe(seconds)


def documents_rendered(request: str, documents: list[tuple[str, str]], seconds: float) -> None:
    """Count the (kind, format) documents one request stored, and the time it took."""
    for kind, fmt in documents:
        DOCUMENTS.labels(kind=kind, format=fmt).inc()
    if documents:
        RENDER_SECONDS.labels(request=request).observe(seconds)


def step_completed(step: int, seconds: float, mutu_baku_s: int | None) -> None:
    """Observe one completed SOP step against its mutu baku (steps without one are skipped)."""
    if mutu_baku_s:
        STEP_RATIO.labels(step=str(step)).observe(seconds / mutu_baku_s)


def document_requests(requests: Iterable[str]) -> None:
    """Start each request's failure count at 0, so that Prometheus sees the first failure as an increase."""
    for request in requests:
        DOCUMENT_FAILURES.labels(request=request)


def document_failed(request: str) -> None:
    """Count one reporter request given up after its last attempt."""
    DOCUMENT_FAILURES.labels(request=request).inc()


def undelivered_monthly_reports(months: Iterable[str]) -> None:
    """Record the months whose report's delivery gave up; a month delivered since drops to 0."""
    _set_by_label(UNDELIVERED_REPORTS, "bulan", dict.fromkeys(months, 1))


def registered_applications(count: int) -> None:
    """Record how many active applications the leading scheduler schedules."""
    REGISTERED_APPS.set(count)


def overdue_steps(by_step: Mapping[int, int]) -> None:
    """Record the open SOP steps past their mutu baku per step; a step no longer late drops to 0."""
    _set_by_label(OVERDUE_STEPS, "step", {str(step): n for step, n in by_step.items()})


def overdue_follow_ups(by_department: Mapping[str, int]) -> None:
    """Record the open follow-ups past due per department; a department no longer late drops to 0."""
    _set_by_label(OVERDUE_FOLLOW_UPS, "pd_id", by_department)


def _set_by_label(gauge: Gauge, label: str, values: Mapping[str, int]) -> None:
    # Set to 0 rather than removed: a series that vanished would look like a scrape gap, and an
    # alert on it would neither resolve cleanly nor show the count fall.
    seen = {sample.labels[label] for family in gauge.collect() for sample in family.samples}
    for value in seen - values.keys():
        gauge.labels(value).set(0)
    for value, count in values.items():
        gauge.labels(value).set(count)


def outbox_unsent(count: int) -> None:
    """Record how many outbox rows wait for the relay."""
    OUTBOX_UNSENT.set(count)


def consumer_lag(group: str, topic: str, lag: int) -> None:
    """Record a consumer group's lag on one topic."""
    CONSUMER_LAG.labels(group=group, topic=topic).set(lag)


def lag_by_topic(ends: Mapping[Any, int], positions: Mapping[Any, int | None]) -> dict[str, int]:
    """Return the messages behind per topic: end offsets minus positions, summed over partitions.

    The keys are topic partitions (aiokafka's ``TopicPartition``, faust's ``TP``): anything with ``topic``.
    """
    behind: dict[str, int] = {}
    for partition, end in ends.items():
        position = positions.get(partition) or 0
        behind[partition.topic] = behind.get(partition.topic, 0) + max(0, end - position)
    return behind


class LagProbe:
    """Record an aiokafka consumer's lag over its assigned partitions, at most every ``every_s``."""

    def __init__(self, group: str, every_s: float = 15.0, clock: Callable[[], float] = time.monotonic) -> None:
        self._group, self._every, self._clock = group, every_s, clock
        self._last = -every_s

    async def maybe(self, consumer: Any) -> None:
        """Record the lag if it is due; the end offsets are those of the consumer's last fetch."""
        if self._clock() - self._last < self._every:
            return
        try:
            ends = {tp: end for tp in consumer.assignment() if (end := consumer.highwater(tp)) is not None}
            if not ends:
                return  # nothing assigned or fetched yet (a worker just started): asked again on the next call
            self._last = self._clock()
            positions = {tp: await asyncio.wait_for(consumer.position(tp), 1.0) for tp in ends}
        except Exception as exc:  # a rebalance in between: a metric never stops the worker
            self._last = self._clock()
            log.info("consumer lag not recorded this time: %s", exc)
            return
        self.record(ends, positions)

    def record(self, ends: Mapping[Any, int], positions: Mapping[Any, int | None]) -> None:
        """Record the lag of the partitions given."""
        for topic, behind in lag_by_topic(ends, positions).items():
            consumer_lag(self._group, topic, behind)


class SendCounts(Protocol):
    """What the notification relay counts (``pantau_common.notify.relay.NotificationRelay``)."""

    sent: int
    failed: int


class NotificationCounts(Collector):
    """Expose a notification relay's own counters as ``pantau_notifications_total{outcome}``."""

    def __init__(self, relay: SendCounts) -> None:
        self._relay = relay

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily("pantau_notifications", "Notification sends, by outcome.", labels=["outcome"])
        family.add_metric(["sent"], self._relay.sent)
        family.add_metric(["failed"], self._relay.failed)
        yield family


@contextmanager
def counting_notifications(relay: SendCounts) -> Iterator[None]:
    """Expose the relay's counters while the block runs."""
    collector = NotificationCounts(relay)
    REGISTRY.register(collector)
    try:
        yield
    finally:
        REGISTRY.unregister(collector)
