#!/usr/bin/env python3
"""Measure the web's own CPU per request, page by page, without a network or a load generator.

    .venv/bin/python tests/bench/web/cpu_per_request.py [--apps 1000] [--results 100000]
        [--requests 50] [--profile PATH] [--statements] [--seeded URL PASSWORD]

Seeds a fresh database as ``bench_web.py`` does, builds the app in this process, signs in through
the login form with Flask's test client, and asks every page ``--requests`` times, timing each
request with ``time.process_time`` (this process's CPU: Flask, Jinja, psycopg), and the CPU
the PostgreSQL backends serving the database used meanwhile (read from /proc, in clock ticks: ask
enough requests). Prints the web's median and 95th percentile per page, the database's mean, and
the round trips to PostgreSQL one request made (``--statements`` lists them). ``--profile PATH``
asks only the page whose path is PATH, under cProfile timing CPU, and prints its 30 costliest functions.
A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import re
import secrets
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_web import (
    INBOX_OFFICIAL,
    OFFICIAL,
    fresh_database,
    postgres,
    postgres_cpu_seconds,
    read_token,
    targets,
)
from seed import Size, seed

from pantau_common.settings import Settings
from pantau_web import create_app


def make_app(url: str) -> Flask:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANTAU_")}
    env.update(DATABASE_URL=url, PANTAU_SECRET_KEY=secrets.token_urlsafe(32), PANTAU_PUBLIC_URL="http://localhost")
    return create_app(Settings.from_env(env))


def signed_in(app: Flask, username: str, password: str) -> FlaskClient:
    """Return a test client signed in through the login form."""
    client = app.test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/masuk").text)
    assert token, "no CSRF token on the login page"
    answer = client.post("/masuk", data={"username": username, "password": password, "csrf_token": token[1]})
    assert answer.status_code == 302, answer.status_code
    return client


@contextmanager
def statement_counter(app: Flask) -> Iterator[list[str]]:
    """Record what the app's connections send PostgreSQL, one entry per round trip: each statement
    (psycopg's execute, wrapped) and each command psycopg sends by itself (BEGIN, COMMIT)."""
    import psycopg
    from psycopg._connection_base import BaseConnection

    seen: list[str] = []
    original, original_command = psycopg.Connection.execute, BaseConnection._exec_command

    def counting(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(" ".join(str(query).split())[:70] or "(empty query)")
        return original(self, query, *args, **kwargs)

    def command(self: Any, query: Any, *args: Any, **kwargs: Any) -> Any:
        text = query.decode() if isinstance(query, bytes) else str(query)
        seen.append(" ".join(text.split())[:70])
        return (yield from original_command(self, query, *args, **kwargs))

    psycopg.Connection.execute = counting  # type: ignore[method-assign]
    BaseConnection._exec_command = command  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        psycopg.Connection.execute = original  # type: ignore[method-assign]
        BaseConnection._exec_command = original_command  # type: ignore[method-assign]


def cpu_ms(client: FlaskClient, path: str, headers: dict[str, str], requests: int) -> list[float]:
    times = []
    for _ in range(requests):
        started = time.process_time()
        answer = client.get(path, headers=headers)
        times.append((time.process_time() - started) * 1000)
        assert answer.status_code == 200, f"{path}: {answer.status_code}"
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=1000)
    parser.add_argument("--results", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--profile", help="profile this one path")
    parser.add_argument("--sort", default="cumulative", help="order the profile by this pstats key")
    parser.add_argument("--only", action="append", help="measure only the targets whose name holds this text")
    parser.add_argument("--statements", action="store_true", help="print what one request of each page sent")
    parser.add_argument("--seeded", nargs=2, metavar=("URL", "PASSWORD"), help="a database seeded already")
    args = parser.parse_args()
    size = Size(apps=args.apps, results=max(args.apps, args.results))
    if args.seeded:
        measure(args, size, *args.seeded)
        return
    with postgres() as admin_url, fresh_database(admin_url) as url:
        password = secrets.token_urlsafe(16)
        seed(url, size, password)
        measure(args, size, url, password)


class DatabaseCpu:
    """The CPU time of the PostgreSQL backends serving the database (when PostgreSQL runs here)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.conn = psycopg.connect(url, autocommit=True)

    def snapshot(self) -> dict[int, float]:
        pids = self.conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
        return {pid: cpu for (pid,) in pids if (cpu := postgres_cpu_seconds(pid)) is not None}

    def since(self, before: dict[int, float]) -> float:
        """Return the CPU seconds used since ``before`` by the backends there now (a new one: all of it)."""
        return sum(cpu - before.get(pid, 0.0) for pid, cpu in self.snapshot().items())


def measure(args: argparse.Namespace, size: Size, url: str, password: str) -> None:
    """Ask every page (or the one to profile) and print its CPU per request, the web's and the database's."""
    app = make_app(url)
    database = DatabaseCpu(url)
    clients = {who: signed_in(app, who, password) for who in (OFFICIAL, INBOX_OFFICIAL)}
    token = {"Authorization": f"Bearer {read_token(url, OFFICIAL)}"}
    for target in targets(size):
        if args.profile and target.path != args.profile:
            continue
        if args.only and not any(text in target.name for text in args.only):
            continue
        client = clients[INBOX_OFFICIAL if target.auth == "inbox" else OFFICIAL]
        headers = token if target.auth == "token" else {}
        cpu_ms(client, target.path, headers, 3)  # warm up
        if args.profile:
            # Timing CPU, as measured: a wait on PostgreSQL is not the web's cost.
            profiler = cProfile.Profile(time.process_time)
            profiler.runcall(cpu_ms, client, target.path, headers, args.requests)
            pstats.Stats(profiler).sort_stats(args.sort).print_stats(30)
            continue
        with statement_counter(app) as statements:
            client.get(target.path, headers=headers)
        db_before = database.snapshot()
        times = sorted(cpu_ms(client, target.path, headers, args.requests))
        db_ms = database.since(db_before) * 1000 / args.requests
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        print(
            f"{target.name:<34} web CPU ms/req median {statistics.median(times):6.2f}  p95 {p95:6.2f}"
            f"  db CPU ms/req {db_ms:5.2f}  round trips {len(statements)}",
            flush=True,
        )
        if args.statements:
            print("".join(f"    {statement}\n" for statement in statements), end="")


if __name__ == "__main__":
    main()
