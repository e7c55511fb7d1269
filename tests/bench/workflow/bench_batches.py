#!/usr/bin/env python3
"""Benchmark: the status batch handler alone, in this process, without Kafka.

    .venv/bin/python tests/bench/workflow/bench_batches.py [--apps 1000] [--batch 500] [--events 25000]
        [--cycles 3] [--profile out.prof]

What ``pantau-workflow`` does with a batch of status events (``Inbox.apply_batch`` with the
workflow's handler on ``status_batch``), on a fresh migrated database (DATABASE_URL: a server's
maintenance database) with ``--apps`` applications. Each of ``--cycles`` cycles is started and
disposed (step 3), then ``--events`` events of its round are applied in batches of ``--batch``, as
the bench of the whole process publishes them; so the later cycles run on a table that already
holds the earlier cycles' results. Prints, per cycle, the CPU milliseconds per event of this
process and of its PostgreSQL backend, and the wall time; ``--profile`` writes a cProfile of the
batches. A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from bench_workflow import copies, cpu_seconds, demo_events  # noqa: E402
from conftest import create_database, drop_database  # noqa: E402
from pantau_testing import seed_people_and_apps  # noqa: E402
from psycopg.conninfo import conninfo_to_dict  # noqa: E402

from pantau_common.db import make_pool, migrate  # noqa: E402
from pantau_common.inbox import Inbox, Received  # noqa: E402
from pantau_contracts import Topics, decode, envelope  # noqa: E402
from pantau_contracts.definition import load_sop  # noqa: E402
from pantau_contracts.sop import StartCycle, WriteDisposition  # noqa: E402
from pantau_workflow.app import _in_batch  # noqa: E402
from pantau_workflow.postgres import PostgresTransaction  # noqa: E402
from pantau_workflow.service import Workflow  # noqa: E402


async def _no_dead_letters(record: Received, headers: list[tuple[str, bytes]]) -> None:
    raise AssertionError(f"dead letter: {record}")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--apps", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--events", type=int, default=25_000)
    parser.add_argument("--cycles", type=int, default=3)
    parser.add_argument("--profile", type=Path, default=None)
    args = parser.parse_args()
    admin_url = os.environ["DATABASE_URL"]
    url = create_database(admin_url, prefix="pantau_bench")
    try:
        migrate(url)
        people = seed_people_and_apps(url, apps=args.apps)
        workflow = Workflow(load_sop(), Topics(prefix="bench."))
        with make_pool(url, "bench-batches", max_size=1) as pool:
            inbox = Inbox("workflow.status", pool, _no_dead_letters)
            profile = cProfile.Profile() if args.profile else None
            for n in range(args.cycles):
                cycle(n, workflow, pool, inbox, people, args, profile)
            if profile:
                profile.dump_stats(args.profile)
    finally:
        drop_database(admin_url, conninfo_to_dict(url)["dbname"])


def cycle(n: int, workflow: Workflow, pool, inbox: Inbox, people, args, profile) -> None:  # type: ignore[no-untyped-def]
    iid = str(uuid.uuid4())
    for command in (
        StartCycle(iid, people["kabid"], "Monev bench"),
        WriteDisposition(iid, people["kasie"], 2, people["pelaksana"], "proses_lebih_lanjut", "segera"),
    ):
        with PostgresTransaction(pool)() as repos:
            workflow.handle_command(repos, envelope(command, source="/bench/web", subject=iid))
    wire = copies(demo_events(), args.events, args.apps, iid, changing=False)
    handle = _in_batch(workflow.handle_statuses)
    with pool.connection() as conn:
        backend = conn.info.backend_pid
    cpu, db, wall = time.process_time(), cpu_seconds(backend), time.monotonic()
    if profile:
        profile.enable()
    for start in range(0, len(wire), args.batch):
        envs = [decode(value) for _, value in wire[start : start + args.batch]]
        inbox.apply_batch(envs, handle)
    if profile:
        profile.disable()
    cpu, db, wall = time.process_time() - cpu, cpu_seconds(backend) - db, time.monotonic() - wall
    per = 1000 / args.events
    print(
        f"cycle {n + 1}: {args.events:,} events in batches of {args.batch}: workflow {cpu * per:.3f} ms/event,"
        f" PostgreSQL {db * per:.3f} ms/event, wall {wall:.1f} s ({args.events / wall:,.0f} events/s)",
        flush=True,
    )


if __name__ == "__main__":
    main()
