#!/usr/bin/env python3
"""Benchmark: step 3's machine time, from the Kasie's disposition to the draft nota stored.

    .venv/bin/python tests/bench/cycle/bench_step3.py [--apps 1029] [--runs 3]

A fresh migrated database with the demo's Perangkat Daerah (``deploy/demo/registry.yaml``) and
``--apps`` applications spread over them, imported with ``pantau-checker import``, each on a host
name of its own served by the checker benchmark's nginx fleet (a Bekasi department's home page)
and reached through resolve overrides. Private topics, and the real processes with the deployed
defaults: ``pantau-workflow``, ``pantau-checker worker`` and ``pantau-reporter worker``; the web's
outbox relay runs in this process (as in the workflow benchmark), shipping the commands.

Each run starts a cycle and writes the disposition (step 2 → step 3), as the web sends them: the
workflow asks the checker to check every application in scope, stores the results, and once the
round is complete asks the reporter for the draft nota. The figures come from the database's own
timestamps: the disposition queued in the web's outbox, the first and last check result of the
round stored, the draft's PDF row stored. It prints each run and the medians beside the goal,
and the CPU seconds of each service process (and of this process, the relay) per run. The
first run is the checker's first look at every application (its extra views, the stylesheets),
later runs its steady state.

Kafka and PostgreSQL: KAFKA_BOOTSTRAP_SERVERS and DATABASE_URL, or else a private stack started
for the run. A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml
from aiokafka.admin import AIOKafkaAdminClient

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests/bench/checker"))
sys.path.insert(0, str(ROOT / "tests/bench/workflow"))

from bench_workflow import bench_settings, db_cpu  # noqa: E402  (fresh database, private topics)
from fleet import HOST_SUFFIX, Fleet, department_page, nginx_fleet  # noqa: E402
from national import kafka_and_postgres  # noqa: E402  (the environment's stack, or a private one)
from pantau_testing import BIN, add_user, eventually, query, running, service_env, start_and_dispose  # noqa: E402

from pantau_checker.kafka_worker import group_id  # noqa: E402
from pantau_common.admin import Account  # noqa: E402
from pantau_common.outbox import RelayThread  # noqa: E402
from pantau_common.settings import Settings  # noqa: E402
from pantau_contracts.topics import WEB  # noqa: E402

GOAL_TOTAL_S = 20.0
ROUND_TIMEOUT_S = 900.0
DEMO_REGISTRY = ROOT / "deploy/demo/registry.yaml"
ROLES = ("kadis", "kabid", "kasie", "pelaksana")


def service_argvs(checkers: int) -> dict[str, list[str]]:
    """Return the service processes by name: the workflow, ``checkers`` checker workers, the reporter."""
    names = ["checker"] + [f"checker {n}" for n in range(2, checkers + 1)]
    return {
        "workflow": ["pantau-workflow"],
        **{name: ["pantau-checker", "worker"] for name in names},
        "reporter": ["pantau-reporter", "worker"],
    }


# --- the registry and the officials -------------------------------------------------------------


def registry_file(folder: Path, fleet: Fleet, apps: int) -> Path:
    """Write the demo's Perangkat Daerah and ``apps`` applications over them, each on its own host name."""
    departments = yaml.safe_load(DEMO_REGISTRY.read_text())["perangkat_daerah"]
    applications = []
    for i in range(apps):
        pd = departments[i % len(departments)]
        applications.append(
            {"id": f"app-{i}", "pd": pd["id"], "nama": f"Aplikasi {pd['singkatan']} {i}", "url": fleet.url(i)}
        )
    path = folder / "registry.yaml"
    path.write_text(yaml.safe_dump({"perangkat_daerah": departments, "applications": applications}))
    return path


def seed(settings: Settings, registry: Path) -> dict[str, int]:
    """Import the registry as an operator does, and add one official per role; return their ids."""
    env = service_env(settings)
    subprocess.run([str(BIN / "pantau-checker"), "import", str(registry)], env=env, check=True)
    import psycopg

    with psycopg.connect(settings.database_url) as conn:
        return {
            role: add_user(conn, Account(role, role, f"Pejabat {role}", role, "1990", "III/a"), f"sandi-{role}-123")
            for role in ROLES
        }


# --- one run ------------------------------------------------------------------------------------


@dataclass
class Run:
    total_s: float
    to_first_s: float
    # disposition -> check requests queued (workflow), -> relayed to Kafka, -> first result stored
    first_steps_s: tuple[float, float, float]
    checking_s: float
    rest_s: float
    drafted_s: float
    # last result -> draft requested (workflow), -> relayed to Kafka, -> the reporter's transaction
    # began, -> NotaDrafted sent (rendering, storing, relaying)
    draft_steps_s: tuple[float, float, float, float]
    results: int
    cpu_s: dict[str, float]


def cpu_seconds(pid: int, *, children: bool = True) -> float:
    """Return a process's user and system CPU seconds, with its waited-for children's (the typesetter's)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = sum(int(value) for value in fields[11 : 15 if children else 13])
    return ticks / os.sysconf("SC_CLK_TCK")


def cpu_now(pids: dict[str, int], url: str) -> dict[str, float]:
    """Return the CPU seconds so far of each service process, this process and the database's backends."""
    used = {name: cpu_seconds(pid) for name, pid in pids.items()}
    used["relay (this process)"] = cpu_seconds(os.getpid(), children=False)
    used["PostgreSQL backends"] = sum(db_cpu(url).values())
    return used


def one_run(settings: Settings, people: dict[str, int], pids: dict[str, int]) -> Run:
    """Start a cycle, disposition it, wait for its draft; return the times from the database's clock."""
    before = cpu_now(pids, settings.database_url)
    iid = start_and_dispose(settings, people)
    eventually(lambda: draft_ready(settings, iid), timeout=ROUND_TIMEOUT_S, what="the draft nota ready")
    after = cpu_now(pids, settings.database_url)
    topics = settings.topics
    args = (
        topics.sop_commands,
        iid,
        iid,
        topics.check_requests,
        topics.sop_events,
        iid,
        iid,
        topics.documents,
        iid,
        iid,
    )
    (row,) = query(settings.database_url, TIMES, args)
    return Run(
        row["total"],
        row["to_first"],
        (row["asked"], row["asked_relayed"], row["first_checked"]),
        row["checking"],
        row["rest"],
        row["drafted"],
        (row["requested"], row["relayed"], row["received"], row["rendered"]),
        row["results"],
        # Backends come and go between readings: their figure is a rough one.
        {name: after[name] - before.get(name, 0.0) for name in after},
    )


def draft_ready(settings: Settings, iid: str) -> bool:
    """Return whether the workflow has applied the reporter's NotaDrafted (the Pelaksana sees the draft)."""
    sql = "SELECT 1 FROM sop_instances WHERE id = %s AND phase = 'draf_siap'"
    return bool(query(settings.database_url, sql, (iid,)))


# Stamps are the database's clock. The disposition is the last command the web queued for the
# instance (start_and_dispose waits for its answer); the round's results carry their cycle. The
# reporter stores the draft in the transaction it opened before rendering (its rows' created_at is
# that start), so the draft counts as stored when its NotaDrafted, the reporter's only step-3
# message, left the outbox after the commit; it is ready when the workflow has applied it.
TIMES = """
WITH disposed AS (
    SELECT max(created_at) AS at FROM outbox WHERE topic = %s AND key = %s
), round AS (
    SELECT min(received_at) AS first, max(received_at) AS last, count(*) AS results
    FROM check_results WHERE cycle_id = %s
), asked AS (
    SELECT min(created_at) AS at, min(sent_at) AS sent FROM outbox
    WHERE topic = %s AND created_at >= (SELECT at FROM disposed)
), requested AS (
    SELECT min(created_at) AS at, min(sent_at) AS sent FROM outbox
    WHERE topic = %s AND key = %s AND created_at >= (SELECT last FROM round)
), rendering AS (
    SELECT min(created_at) AS at FROM documents WHERE instance_id = %s AND kind = 'nota_dinas'
), drafted AS (
    SELECT min(sent_at) AS at FROM outbox WHERE topic = %s AND key = %s
), ready AS (
    SELECT updated_at AS at FROM sop_instances WHERE id = %s AND phase = 'draf_siap'
)
SELECT extract(epoch FROM ready.at - disposed.at)::float AS total,
       extract(epoch FROM round.first - disposed.at)::float AS to_first,
       extract(epoch FROM round.last - round.first)::float AS checking,
       extract(epoch FROM ready.at - round.last)::float AS rest,
       extract(epoch FROM drafted.at - round.last)::float AS drafted,
       extract(epoch FROM asked.at - disposed.at)::float AS asked,
       extract(epoch FROM asked.sent - asked.at)::float AS asked_relayed,
       extract(epoch FROM round.first - asked.sent)::float AS first_checked,
       extract(epoch FROM requested.at - round.last)::float AS requested,
       extract(epoch FROM requested.sent - requested.at)::float AS relayed,
       extract(epoch FROM rendering.at - requested.sent)::float AS received,
       extract(epoch FROM drafted.at - rendering.at)::float AS rendered,
       round.results
FROM disposed, round, asked, requested, rendering, drafted, ready
"""


# --- the services -------------------------------------------------------------------------------


@contextmanager
def services(settings: Settings, fleet: Fleet, folder: Path, checkers: int = 1) -> Iterator[dict[str, int]]:
    """Run the workflow, ``checkers`` checker workers and a reporter worker; yield their pids by name."""
    env = service_env(
        settings,
        PANTAU_WORKFLOW_INSTANCE_ID="workflow-bench",
        PANTAU_CHECKER_RESOLVE=f"*.{HOST_SUFFIX}:*:127.0.0.1",
        PANTAU_CHECKER_ALLOW_ADDRESSES="127.0.0.1/32",
        PANTAU_LOG_LEVEL="WARNING",
    )
    with ExitStack() as stack:
        pids = {
            name: stack.enter_context(running([str(BIN / argv[0]), *argv[1:]], env, folder / f"{name}.log")).pid
            for name, argv in service_argvs(checkers).items()
        }
        eventually(lambda: checker_ready(settings, checkers), timeout=180, what="the checker's consumer group")
        yield pids


def checker_ready(settings: Settings, checkers: int = 1) -> bool:
    """Return whether the checker's consumer group is stable with every worker holding partitions."""

    async def state() -> bool:
        admin = AIOKafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap)
        await admin.start()
        try:
            (response,) = await admin.describe_consumer_groups([group_id(settings.topics)])
            _error, _group, status, _type, _protocol, members, *_ = response.groups[0]
            return bool(status == "Stable" and sum(1 for member in members if member[4]) == checkers)
        finally:
            await admin.close()

    return asyncio.run(state())


# --- main ---------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--apps", type=int, default=1029, help="registered applications (Bekasi: 1,029)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--checkers", type=int, default=1, help="checker worker processes (one per core)")
    return parser.parse_args(argv)


def main() -> None:
    args = parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-step3-"))
    print(f"step 3: disposition -> draft nota, {args.apps:,} applications, {args.runs} runs; logs in {folder}")
    with (
        nginx_fleet(department_page()) as fleet,
        kafka_and_postgres() as (bootstrap, admin_url),
        bench_settings(bootstrap, admin_url, folder) as settings,
    ):
        people = seed(settings, registry_file(folder, fleet, args.apps))
        relay = RelayThread(settings, WEB).start()  # ships the commands, as pantau-web does
        try:
            with services(settings, fleet, folder, args.checkers) as pids:
                print("  " + ", ".join(f"{name} pid {pid}" for name, pid in pids.items()), flush=True)
                runs = [measured(settings, people, pids, n) for n in range(args.runs)]
        finally:
            relay.stop()
    report(runs)


def measured(settings: Settings, people: dict[str, int], pids: dict[str, int], n: int) -> Run:
    run = one_run(settings, people, pids)
    cpu = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in run.cpu_s.items())
    print(
        f"  run {n + 1}: {run.total_s:.1f} s ({run.results:,} results; disposition -> first {run.to_first_s:.1f} s,"
        f" checking {run.checking_s:.1f} s, last result -> draft sent {run.drafted_s:.1f} s,"
        f" -> ready {run.rest_s:.1f} s; draft steps {' + '.join(f'{t:.2f}' for t in run.draft_steps_s)} s); CPU: {cpu}",
        flush=True,
    )
    return run


def report(runs: list[Run]) -> None:
    med = statistics.median
    print(f"\n{f'step 3 machine time (median of {len(runs)} runs)':<60} {'measured':>9}   goal")
    _line("disposition -> draft nota ready (total)", med(r.total_s for r in runs), f"<= {GOAL_TOTAL_S:.0f} s")
    _line("  disposition -> first check result stored", med(r.to_first_s for r in runs))
    for i, step in enumerate(("workflow asks for the checks", "the requests relayed", "the first check stored")):
        _line(f"    {step}", med(r.first_steps_s[i] for r in runs))
    _line("  checking: first -> last check result stored", med(r.checking_s for r in runs))
    _line("  the rest: last check result -> draft nota ready", med(r.rest_s for r in runs))
    _line("    of which: last result -> draft stored (NotaDrafted sent)", med(r.drafted_s for r in runs))
    steps = ("workflow asks for the draft", "the request relayed", "the reporter begins", "rendered, stored, relayed")
    for i, step in enumerate(steps):
        _line(f"      {step}", med(r.draft_steps_s[i] for r in runs))
    for name in runs[0].cpu_s:
        _line(f"  CPU of {name}", med(r.cpu_s[name] for r in runs), "")


def _line(label: str, seconds: float, goal: str = "-") -> None:
    print(f"{label:<60} {seconds:>7.1f} s   {goal}".rstrip())


if __name__ == "__main__":
    main()
