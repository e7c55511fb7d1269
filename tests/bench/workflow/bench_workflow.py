#!/usr/bin/env python3
"""Benchmark: status events through the workflow into PostgreSQL, and its recovery after a SIGKILL.

    .venv/bin/python tests/bench/workflow/bench_workflow.py [--events 25000] [--apps 1000] [--runs 3]
        [--recoveries 3] [--changing] [--rate 400] [--paced-events 8000]

A fresh migrated database with ``--apps`` applications and the officials, private topics, and the
real ``pantau-workflow`` process, as the tests start it but with the deployed defaults (the SLA
timer every 5 s, batches of up to 500 events). Each run opens a cycle (started and
disposed, so step 3 collects results), then publishes ``--events`` status events at once: copies
of the 29 events ``pantau-checker once`` wrote for the demo fleet (``demo_events.jsonl``), each
with its own message id, one of the seeded applications and the run's cycle. Each application
repeats one of them, as most checks find what the last one found; ``--changing`` gives each
application the next one each time instead, so that every event is a change its department hears
of (the outbox fan-out at its most). It prints events/s (first publish to last stored) and end
to end p50/p95/p99 from the broker's acknowledgement of a publish to the moment its row is seen in
``check_results`` (polled every 50 ms per application: an application's events are applied in
their partition's order), and the CPU seconds of the workflow and of its PostgreSQL backends.
Published at once, an event waits behind the whole backlog (its p99 is about the drain time), so
the latency goal is measured on runs of ``--paced-events`` published at ``--rate`` a second,
below what the machine drains (``--paced-events 0``: none, the bursts alone).

Recovery: with a cycle at step 3, the workflow is killed with SIGKILL, a replacement started at
once (same environment) and a command sent through the outbox, as the web sends it; the figure
is the time from the kill to its answer in ``command_results``. It is measured with static group
membership (``PANTAU_WORKFLOW_INSTANCE_ID``, as deployed) and without it (the session timeout).

Kafka and PostgreSQL: KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL (a server's maintenance database;
a database is made and dropped on it), or else a private stack started for the run. Every figure
is the median of the runs, printed beside its goal. A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from aiokafka import AIOKafkaProducer
from psycopg.conninfo import conninfo_to_dict

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests/bench/checker"))

from conftest import create_database, drop_database  # noqa: E402  (the tests' fresh-database helpers)
from national import kafka_and_postgres  # noqa: E402  (the environment's stack, or a private one)
from pantau_testing import (  # noqa: E402
    BIN,
    answer,
    delete_topics,
    eventually,
    query,
    seed_people_and_apps,
    send_command,
    service_env,
    start_and_dispose,
    stop_process,
)

from pantau_common.db import migrate  # noqa: E402
from pantau_common.kafka import ensure_fixed_topics  # noqa: E402
from pantau_common.outbox import RelayThread  # noqa: E402
from pantau_common.settings import Settings  # noqa: E402
from pantau_contracts import Topics, encode, envelope  # noqa: E402
from pantau_contracts.codec import from_jsonable  # noqa: E402
from pantau_contracts.sop import StartCycle  # noqa: E402
from pantau_contracts.status import ApplicationChecked  # noqa: E402
from pantau_contracts.topics import WEB  # noqa: E402

GOAL_RATE = 2000.0
GOAL_P99_S = 1.0
GOAL_RECOVERY_S = 10.0
POLL_S = 0.05
DRAIN_TIMEOUT_S = 300.0
PDS = ("dinkes", "bapenda")  # seed_people_and_apps: app-N belongs to PDS[N % 2]


# --- the events ---------------------------------------------------------------------------------


def demo_events() -> list[ApplicationChecked]:
    """Return the status events the checker wrote for the demo fleet."""
    lines = (HERE / "demo_events.jsonl").read_text().splitlines()
    return [from_jsonable(ApplicationChecked, json.loads(line)) for line in lines if line.strip()]


def copies(
    real: list[ApplicationChecked], count: int, apps: int, cycle_id: str, *, changing: bool
) -> list[tuple[str, bytes]]:
    """Return ``count`` encoded copies (key, value) spread over the seeded applications, each its own message.

    Each application repeats one real event (its state stays, as between most checks), or with
    ``changing`` goes through them (each event a change its department hears of).
    """
    out = []
    for n in range(count):
        app_id = f"app-{n % apps}"
        event = real[(n if changing else n % apps) % len(real)]
        copy = type(event)(**{**event.__dict__, "app_id": app_id, "pd_id": PDS[n % apps % 2], "cycle_id": cycle_id})
        out.append((app_id, encode(envelope(copy, source="/bench/checker", subject=app_id))))
    return out


# --- one throughput run -------------------------------------------------------------------------


@dataclass
class Run:
    rate: float
    p50: float
    p95: float
    p99: float
    cpu_s: float
    events: int
    db_cpu_s: float


@dataclass
class Stored:
    """When the rows of each application were seen, as (time, count) steps."""

    steps: dict[str, list[tuple[float, int]]] = field(default_factory=lambda: defaultdict(list))
    total: int = 0


def poll_stored(url: str, cycle_id: str, want: int, stop: threading.Event, stored: Stored) -> None:
    """Record each application's stored count every POLL_S until ``want`` rows are there."""
    import psycopg

    with psycopg.connect(url, autocommit=True, application_name="bench-poller") as conn:
        seen: dict[str, int] = {}
        while not stop.is_set() and stored.total < want:
            rows = conn.execute(
                "SELECT app_id, count(*) FROM check_results WHERE cycle_id = %s GROUP BY app_id", (cycle_id,)
            ).fetchall()
            now = time.monotonic()
            for app_id, n in rows:
                if n != seen.get(app_id):
                    seen[app_id] = n
                    stored.steps[app_id].append((now, n))
            stored.total = sum(seen.values())
            time.sleep(POLL_S)


async def publish(bootstrap: str, topic: str, items: list[tuple[str, bytes]], rate: float) -> list[float]:
    """Publish the items at ``rate`` a second (0: all at once); return when the broker acknowledged each."""
    acked = [0.0] * len(items)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True, linger_ms=5)
    await producer.start()
    try:
        futures, start = [], time.monotonic()
        for n, (key, value) in enumerate(items):
            if rate and n % 10 == 0:  # paced in steps of ten events
                await asyncio.sleep(max(0.0, start + n / rate - time.monotonic()))
            future = await producer.send(topic, value=value, key=key.encode())
            future.add_done_callback(lambda _f, n=n: acked.__setitem__(n, time.monotonic()))
            futures.append(future)
        await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return acked


def latencies(items: list[tuple[str, bytes]], acked: list[float], stored: Stored) -> list[float]:
    """Return each event's time from acknowledgement to stored: the k-th of an app is stored with its k-th row."""
    per_app: dict[str, int] = defaultdict(int)
    out = []
    for (app_id, _), at in zip(items, acked, strict=True):
        per_app[app_id] += 1
        k = per_app[app_id]
        seen = next(t for t, n in stored.steps[app_id] if n >= k)
        out.append(max(0.0, seen - at))
    return out


def throughput_run(
    settings: Settings, people: dict[str, int], pid: int, args: argparse.Namespace, events: int, rate: float
) -> Run:
    """Publish ``events`` status events for a fresh cycle at ``rate`` (0: at once); measure until each is stored."""
    cycle_id = start_and_dispose(settings, people)
    items = copies(demo_events(), events, args.apps, cycle_id, changing=args.changing)
    stored, stop = Stored(), threading.Event()
    poller = threading.Thread(target=poll_stored, args=(settings.database_url, cycle_id, events, stop, stored))
    cpu_before, db_before = cpu_seconds(pid), db_cpu(settings.database_url)
    poller.start()
    try:
        acked = asyncio.run(publish(settings.kafka_bootstrap, settings.topics.app_status, items, rate))
        poller.join(DRAIN_TIMEOUT_S)
    finally:
        stop.set()
        poller.join()
    if stored.total < events:
        raise RuntimeError(f"only {stored.total} of {events} events stored within {DRAIN_TIMEOUT_S:.0f} s")
    last = max(steps[-1][0] for steps in stored.steps.values())
    waits = sorted(latencies(items, acked, stored))
    return Run(
        events / (last - min(acked)),
        *(_pct(waits, q) for q in (0.50, 0.95, 0.99)),
        cpu_seconds(pid) - cpu_before,
        events,
        sum(t - db_before.get(pid, 0.0) for pid, t in db_cpu(settings.database_url).items()),
    )


def _pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(q * len(values)))]


def db_cpu(url: str) -> dict[int, float]:
    """Return the CPU seconds of each local PostgreSQL backend serving the database (but the poller's)."""
    rows = query(
        url,
        "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        " AND application_name <> 'bench-poller'",
    )
    used = {}
    for pid in (r["pid"] for r in rows):
        with contextlib.suppress(OSError):  # gone, or PostgreSQL runs elsewhere
            if Path(f"/proc/{pid}/cmdline").read_bytes().startswith(b"postgres"):
                used[pid] = cpu_seconds(pid)
    return used


def cpu_seconds(pid: int) -> float:
    """Return the user and system CPU seconds of a process and its threads."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- recovery -----------------------------------------------------------------------------------


def recovery(settings: Settings, people: dict[str, int], env: dict[str, str], log: Path) -> float:
    """Kill the workflow mid-cycle, start a replacement at once; return seconds from the kill to the next answer."""
    proc = start(env, log)
    try:
        start_and_dispose(settings, people)  # step 3: the cycle waits for its results
        os.killpg(proc.pid, signal.SIGKILL)
        killed = time.monotonic()
        proc.wait(10)
        proc = start(env, log)
        command = send_command(settings, StartCycle(str(uuid.uuid4()), people["kabid"], "setelah SIGKILL"))
        eventually(lambda: answer(settings, command), timeout=180, what="the command after the kill")
        return time.monotonic() - killed
    finally:
        stop_process(proc)


def start(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [str(BIN / "pantau-workflow")],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=log.parent,
        )


# --- the stack ----------------------------------------------------------------------------------


@contextmanager
def bench_settings(bootstrap: str, admin_url: str, folder: Path) -> Iterator[Settings]:
    """Yield settings on a fresh migrated database and private topics; drop and delete them after."""
    url = create_database(admin_url, prefix="pantau_bench")
    topics = Topics(prefix=f"bench{uuid.uuid4().hex[:8]}.")
    try:
        migrate(url)
        asyncio.run(ensure_fixed_topics(bootstrap, topics))
        yield Settings(bootstrap, url, topics, secret_key=uuid.uuid4().hex, data_dir=str(folder / "data"))
    finally:
        asyncio.run(delete_topics(bootstrap, topics.prefix))
        drop_database(admin_url, conninfo_to_dict(url)["dbname"])


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--events", type=int, default=25_000)
    parser.add_argument("--apps", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--recoveries", type=int, default=3)
    parser.add_argument("--changing", action="store_true", help="each event a change of its application's state")
    parser.add_argument("--rate", type=float, default=400.0, help="events/s of the paced runs (the latency goal)")
    parser.add_argument("--paced-events", type=int, default=8000)
    parser.add_argument("--batch-wait-ms", type=float, default=None, help="PANTAU_WORKFLOW_BATCH_WAIT_MS of the run")
    parser.add_argument(
        "--paced-first", action="store_true", help="paced runs before the bursts: on a fresh table, not after them"
    )
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-workflow-"))
    mix = "each a change of state" if args.changing else "each application's state unchanged"
    print(f"workflow: {args.events:,} status events per run ({mix}), {args.apps:,} applications; logs in {folder}")
    with kafka_and_postgres() as (bootstrap, admin_url), bench_settings(bootstrap, admin_url, folder) as settings:
        people = seed_people_and_apps(settings.database_url, apps=args.apps)
        web_relay = RelayThread(settings, WEB).start()  # relays send_command's commands, as pantau-web does
        bursts, paced = throughput(settings, people, args, folder)
        recoveries = {
            name: recover(settings, people, args.recoveries, folder, instance)
            for name, instance in (("static membership", "workflow-bench"), ("session timeout only", ""))
        }
        web_relay.stop()
    report(bursts, paced, args.rate, recoveries)


def throughput(
    settings: Settings, people: dict[str, int], args: argparse.Namespace, folder: Path
) -> tuple[list[Run], list[Run]]:
    """Return the runs of ``--events`` published at once, and those of ``--paced-events`` at ``--rate``."""
    env = {**service_env(settings), "PANTAU_WORKFLOW_INSTANCE_ID": "workflow-bench"}
    if args.batch_wait_ms is not None:
        env["PANTAU_WORKFLOW_BATCH_WAIT_MS"] = str(args.batch_wait_ms)
    proc = start(env, folder / "workflow.log")
    print(f"  workflow pid {proc.pid}", flush=True)
    try:
        runs: tuple[list[Run], list[Run]] = ([], [])
        kinds = [("at once", args.events, 0.0, runs[0]), ("paced", args.paced_events, args.rate, runs[1])]
        if args.paced_first:
            kinds.reverse()
        for name, events, rate, out in kinds:
            for n in range(args.runs if events else 0):  # --paced-events 0: the bursts only
                run = throughput_run(settings, people, proc.pid, args, events, rate)
                print(
                    f"  {name} {n + 1}: {events:,} events, {run.rate:,.0f} events/s, p50 {run.p50 * 1000:.0f} ms,"
                    f" p95 {run.p95 * 1000:.0f} ms, p99 {run.p99 * 1000:.0f} ms, workflow CPU {run.cpu_s:.1f} s",
                    flush=True,
                )
                out.append(run)
        return runs
    finally:
        stop_process(proc)


def recover(settings: Settings, people: dict[str, int], times: int, folder: Path, instance: str) -> list[float]:
    env = {**service_env(settings), "PANTAU_WORKFLOW_INSTANCE_ID": instance}
    out = []
    for n in range(times):
        seconds = recovery(settings, people, env, folder / f"recovery-{instance or 'dynamic'}.log")
        print(f"  recovery ({instance or 'no instance id'}) {n + 1}: {seconds:.1f} s", flush=True)
        out.append(seconds)
    return out


def report(bursts: list[Run], paced: list[Run], rate: float, recoveries: dict[str, list[float]]) -> None:
    med = statistics.median
    title = f"workflow (median of {len(bursts)} runs)"
    print(f"\n{title:<60} {'measured':>12}   goal")
    drained = med(r.rate for r in bursts)
    print(f"{'status events into PostgreSQL (published at once)':<60} {drained:>8,.0f} /s   >= {GOAL_RATE:,.0f} /s")
    for name in ("p50", "p95", "p99"):
        value = med(getattr(r, name) for r in bursts) * 1000
        print(f"{'  publish -> stored ' + name + ' (behind the whole backlog)':<60} {value:>9,.0f} ms   -")
    for name in ("p50", "p95", "p99") if paced else ():
        value = med(getattr(r, name) for r in paced) * 1000
        goal = f"< {GOAL_P99_S * 1000:.0f} ms" if name == "p99" else "-"
        print(f"{f'publish -> stored {name} (paced at {rate:,.0f}/s)':<60} {value:>9,.0f} ms   {goal}")
    cpu = med(r.cpu_s * 1000 / r.events for r in bursts)
    print(f"{'workflow CPU per 1,000 events':<60} {cpu:>10.2f} s")
    db = med(r.db_cpu_s * 1000 / r.events for r in bursts)
    print(f"{'PostgreSQL backends CPU per 1,000 events':<60} {db:>10.2f} s")
    for name, values in recoveries.items():
        if not values:
            continue
        print(
            f"{'SIGKILL mid-cycle -> next command applied (' + name + ')':<60} {med(values):>10.1f} s"
            f"   <= {GOAL_RECOVERY_S:.0f} s"
        )


if __name__ == "__main__":
    main()
