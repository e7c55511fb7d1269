"""The national-scale simulation: 25,000 applications due every 60 s, through Kafka, to N workers.

About as many applications as Indonesia's governments run, each checked once a minute, is 417
checks a second. This plays the scheduler (check requests published at that rate, app after app,
keyed by application, to a check-request topic of its own on the real Kafka) and starts N
``CheckWorker`` processes, the checker's real consumer-group members (uvloop, concurrency 64,
status events published with acks=all), checking the nginx fleet. After a warm-up it measures,
over the load window: checks completed per second, the workers' CPU seconds per wall second
(the cores they take) and per check, and the backlog left when the load stops. Topics are its
own and deleted afterwards; the load is bounded in time.

A minute of load reaches each application once, so every check would be its first in the worker:
the steady state is played instead, as a worker that has run for an hour has it (each
application's hourly extra views just done; stylesheets, kept half an hour, read once per host:
the 25,000 applications share 100 host names). The first checks' cost is the side-by-side
benchmark's "first check" figure.

Kafka and PostgreSQL (the workers' dead letters): KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL, or
else a private stack under .run/bench-checker, started and stopped with deploy/local/stack.sh.
The workers read applications from memory (``FleetLoader``) and keep the per-application memory
in memory: what PostgreSQL would cost is left out of the figures and named in the report.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fleet import HOST_SUFFIX, Fleet

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, for the shared helpers
from pantau_testing import delete_topics, free_port

APPS = 25_000
# The applications share this many host names, so that the stylesheets a page links (kept by a
# worker for half an hour) are read once per host, as in a worker that has run for a while.
HOSTS = 100
INTERVAL_S = 60.0
PARTITIONS = 12
WARM_UP_S = 10.0
JOIN_S = 8.0
DRAIN_S = 30.0
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


@dataclass
class Window:
    requested: int = 0
    completed: int = 0
    cpu_s: float = 0.0
    wall_s: float = 0.0
    backlog: int = 0
    drained_s: float | None = None


class FleetLoader:
    """The registry as the workers see it: application ``app-N`` is on host N modulo ``HOSTS``."""

    def __init__(self, port: int) -> None:
        self._port = port

    def load(self, app_id: str):  # type: ignore[no-untyped-def]
        from pantau_common.registry.model import AppSpec

        index = int(app_id.removeprefix("app-"))
        url = f"http://app-{index % HOSTS}.{HOST_SUFFIX}:{self._port}/"
        return AppSpec(id=app_id, pd_id="bench", nama=f"Aplikasi {index}", url=url)


def steady_state():  # type: ignore[no-untyped-def]
    """Return a state store as a worker that has run for an hour has it: every application's
    hourly extra views were fetched a moment ago (a fresh process would fetch them all now)."""
    from dataclasses import fields, replace

    from pantau_checker.core.state import AppMemory
    from pantau_checker.probe import InMemoryStateStore

    class Seeded(InMemoryStateStore):
        async def load(self, app_id: str) -> AppMemory:
            memory = await super().load(app_id)
            if memory.flap.confirmed is None and "views_at" in {f.name for f in fields(AppMemory)}:
                memory = replace(memory, views_at=datetime.now(UTC) - timedelta(minutes=1))  # type: ignore[call-arg]
            return memory

    return Seeded()


def simulate(fleet: Fleet, seconds: float, worker_counts: list[int]) -> None:
    """Run the simulation once per worker count and print what each took."""
    with kafka_and_postgres() as (bootstrap, database_url):
        os.environ.update(KAFKA_BOOTSTRAP_SERVERS=bootstrap, DATABASE_URL=database_url)
        _simulate(fleet, bootstrap, seconds, worker_counts)


@contextmanager
def kafka_and_postgres() -> Iterator[tuple[str, str]]:
    """Yield Kafka's and PostgreSQL's addresses: the environment's, or a private stack's started for the run."""
    if os.environ.get("KAFKA_BOOTSTRAP_SERVERS") and os.environ.get("DATABASE_URL"):
        yield os.environ["KAFKA_BOOTSTRAP_SERVERS"], os.environ["DATABASE_URL"]
        return
    # Below the ephemeral range, as the tests' servers: the port after one the system handed out may be a
    # client's (thousands just went to nginx). Four: plain, controller, TLS and mutual TLS (stack.sh).
    kafka_port, pg_port = free_port(4), free_port()
    env = {
        **os.environ,
        "STACK_DIR": str(ROOT / ".run/bench-checker"),
        "KAFKA_PORT": str(kafka_port),
        "PG_PORT": str(pg_port),
        "PG_FSYNC": "off",
    }
    stack = str(ROOT / "deploy/local/stack.sh")
    try:  # a start that fails half-way (Kafka, say) leaves nothing running behind it
        subprocess.run([stack, "start"], env=env, check=True)
        yield f"127.0.0.1:{kafka_port}", f"postgresql://postgres@127.0.0.1:{pg_port}/postgres"
    finally:
        subprocess.run([stack, "stop"], env=env, check=False)


def _simulate(fleet: Fleet, bootstrap: str, seconds: float, worker_counts: list[int]) -> None:
    rate = APPS / INTERVAL_S
    print(
        f"\nNATIONAL SCALE: {APPS:,} applications due every {INTERVAL_S:.0f} s = {rate:.0f} checks/s offered, "
        f"through Kafka ({bootstrap}, {PARTITIONS} partitions), {seconds:.0f} s of load after {WARM_UP_S:.0f} s warm-up"
    )
    for workers in worker_counts:
        window = asyncio.run(_one(fleet, bootstrap, rate, seconds, workers))
        _print(workers, rate, window)


def _print(workers: int, rate: float, w: Window) -> None:
    done = w.completed / w.wall_s
    cores = w.cpu_s / w.wall_s
    per_check = w.cpu_s / max(w.completed, 1) * 1000
    kept_up = w.backlog <= rate * 2
    print(
        f"  {workers} worker process(es): {done:6.0f} checks/s done of {w.requested / w.wall_s:.0f} requested; "
        f"{cores:.2f} cores ({per_check:.2f} ms CPU/check incl. Kafka); backlog at the end {w.backlog:,} "
        f"({'kept up' if kept_up else 'fell behind'}"
        + (f", drained in {w.drained_s:.0f} s" if w.drained_s is not None and not kept_up else "")
        + f"); cores needed for {rate:.0f}/s: {rate * per_check / 1000:.2f}"
    )


async def _one(fleet: Fleet, bootstrap: str, rate: float, seconds: float, workers: int) -> Window:
    from pantau_common.kafka import ensure_topics
    from pantau_contracts import Topics

    topics = Topics(prefix=f"bench{uuid.uuid4().hex[:8]}.")
    await ensure_topics(bootstrap, [topics.check_requests, topics.app_status], partitions=PARTITIONS)
    procs = [_start_worker(fleet, topics.prefix, n) for n in range(workers)]
    try:
        await asyncio.sleep(JOIN_S)  # every member joins the group before the load starts
        return await _load(bootstrap, topics, rate, seconds, [p.pid for p in procs])
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
        await delete_topics(bootstrap, topics.prefix)


def _start_worker(fleet: Fleet, prefix: str, number: int) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PANTAU_TOPIC_PREFIX": prefix,
        "PANTAU_CHECKER_ALLOW_ADDRESSES": "127.0.0.1/32",
        "PANTAU_CHECKER_RESOLVE": f"*.{HOST_SUFFIX}:*:127.0.0.1",
        "PANTAU_CHECKER_RETRIES": "0",
        "PANTAU_CHECKER_CONCURRENCY": "64",
        "PANTAU_LOG_LEVEL": "ERROR",
        # Full checks, the honest figure: within one minute no page comes back to its worker.
        "PANTAU_CHECKER_UNCHANGED_PAGES": "0",
    }
    command = [sys.executable, str(HERE / "national.py"), "--port", str(fleet.port), "--name", f"bench-{number}"]
    return subprocess.Popen(command, env=env)


async def _load(bootstrap: str, topics: object, rate: float, seconds: float, pids: list[int]) -> Window:
    from pantau_common.kafka import make_producer, start_client

    producer = make_producer(bootstrap, linger_ms=20)
    await start_client(producer)
    counter = _Completions(bootstrap, topics.app_status)  # type: ignore[attr-defined]
    counting = asyncio.create_task(counter.run())
    try:
        window = await _paced(producer, topics.check_requests, rate, seconds, counter, pids)  # type: ignore[attr-defined]
        window.drained_s = await _drain(counter, window, DRAIN_S)
    finally:
        counting.cancel()
        await producer.stop()
    return window


async def _paced(producer, topic: str, rate: float, seconds: float, counter, pids: list[int]) -> Window:  # type: ignore[no-untyped-def]
    from pantau_contracts.codec import encode, envelope
    from pantau_contracts.status import CheckRequested

    started = time.monotonic()
    sent, measuring, window = 0, False, Window()
    cpu0 = done0 = sent0 = wall0 = 0.0
    while (elapsed := time.monotonic() - started) < WARM_UP_S + seconds:
        if not measuring and elapsed >= WARM_UP_S:
            measuring, cpu0, done0, sent0, wall0 = True, _cpu(pids), counter.count, sent, time.monotonic()
        due = int(elapsed * rate) + 1
        pending = []
        for k in range(sent, due):
            app_id = f"app-{k % APPS}"
            request = CheckRequested(app_id=app_id, requested_at=datetime.now(UTC))
            value = encode(envelope(request, source="/pantau/bench/national", subject=app_id))
            pending.append(await producer.send(topic, value=value, key=app_id.encode()))
        sent = due
        if pending:
            await asyncio.gather(*pending)
        await asyncio.sleep(0.05)
    window.wall_s = time.monotonic() - wall0
    window.cpu_s = _cpu(pids) - cpu0
    window.completed = counter.count - int(done0)
    window.requested = sent - int(sent0)
    window.backlog = sent - counter.count
    counter.expected = sent
    return window


async def _drain(counter, window: Window, limit_s: float) -> float | None:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while time.monotonic() - started < limit_s:
        if counter.count >= counter.expected:
            return time.monotonic() - started
        await asyncio.sleep(0.2)
    return None


class _Completions:
    """Count the status events the workers publish."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self._bootstrap, self._topic = bootstrap, topic
        self.count = 0
        self.expected = sys.maxsize

    async def run(self) -> None:
        from aiokafka import AIOKafkaConsumer

        consumer = AIOKafkaConsumer(self._topic, bootstrap_servers=self._bootstrap, auto_offset_reset="earliest")
        await consumer.start()
        try:
            while True:
                batches = await consumer.getmany(timeout_ms=200, max_records=5000)
                self.count += sum(len(records) for records in batches.values())
        finally:
            await consumer.stop()


def _cpu(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def worker(port: int, name: str) -> None:
    """Run one real CheckWorker (the process `pantau-checker worker` runs) until SIGTERM."""
    from pantau_checker.__main__ import run
    from pantau_checker.config import checker_config, concurrency
    from pantau_checker.core import freshness
    from pantau_checker.kafka_worker import CheckWorker
    from pantau_checker.probe import Checker
    from pantau_common.secrets import AppSecrets
    from pantau_common.settings import Settings

    settings = Settings.from_env(os.environ)
    freshness.warm_up()
    checker = Checker(checker_config(settings), AppSecrets.from_env(os.environ), steady_state())
    member = CheckWorker(
        settings.kafka_bootstrap,
        settings.topics,
        FleetLoader(port),
        checker,
        concurrency(settings),
        name=name,
        database_url=settings.database_url,
    )

    async def until_stopped() -> None:
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, member.stop)
        await member.run()

    run(until_stopped())


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="one worker of the national-scale simulation")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--name", default="bench")
    arguments = parser.parse_args()
    worker(arguments.port, arguments.name)
