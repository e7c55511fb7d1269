#!/usr/bin/env python3
"""Benchmark: the web's list pages and JSON API at 1,000 applications and 100,000 check results.

    .venv/bin/python tests/bench/web/bench_web.py [--apps 1000] [--results 100000] [--runs 3]
        [--concurrency 50] [--seconds 2]

Seeds a fresh database with COPY (``seed.py``), serves it with the real ``pantau-web`` (waitress)
on 127.0.0.1, signs in through the login form (a session cookie) and makes a read-scoped API token
(a bearer token). Each page is then asked for by one client (unloaded latency) and by
``--concurrency`` client threads with keep-alive connections (httpx) for ``--seconds``; every figure
is the median of ``--runs`` runs, printed beside the goal (p95 < 50 ms). Each load prints the CPU
of the client, of the web server and of the PostgreSQL backends serving it; a static file is the
peer baseline: a page whose rate is far below the static file's was not held back by the client.

The database: DATABASE_URL (a server's maintenance database; a database is made and dropped on it),
or else a private PostgreSQL cluster under .run/bench, started and stopped with deploy/local/stack.sh.
A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import os
import re
import secrets
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
from psycopg import sql
from psycopg.rows import dict_row

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "tests"))

from conftest import create_database  # noqa: E402  (the tests' fresh-database helper)
from pantau_testing import BIN, eventually, free_port, stop_process  # noqa: E402
from seed import Size, pd_of, seed  # noqa: E402

from pantau_common.db import migrate  # noqa: E402
from pantau_web import api_tokens  # noqa: E402
from pantau_web import people_queries as pq  # noqa: E402

GOAL_P95_MS = 50.0
PAGE_SIZE = 50  # the lists' default page
UNLOADED_REQUESTS = 20
OFFICIAL = "admin"  # reads every list, the audit log included


@dataclass(frozen=True)
class Target:
    """One address to load, and how the client proves who it is: session, token, or nobody."""

    name: str
    path: str
    auth: str = "session"


def targets(size: Size) -> list[Target]:
    """Return the pages and API routes to measure: page 1, the last page, and a filter, per list."""
    last = _pages(size.apps)
    audit_last = _pages(size.audit + size.apps)  # the audit page also lists the registry's history
    return [
        Target("static file (peer baseline)", "/static/pantau.css", "none"),
        Target("status board, page 1", "/aplikasi"),
        Target(f"status board, page {last}", f"/aplikasi?halaman={last}"),
        Target("status board, down + search", "/aplikasi?status=tidak_aktif&q=Layanan"),
        Target("status board, finding filter", "/aplikasi?temuan=judi_online"),
        Target("registry, page 1", "/registri"),
        Target(f"registry, page {last}", f"/registri?halaman={last}"),
        Target("registry, one PD + search", f"/registri?pd={pd_of(6)}&q=Layanan"),
        Target("cycles, page 1", "/siklus"),
        Target(f"cycles, page {_pages(size.cycles)}", f"/siklus?halaman={_pages(size.cycles)}"),
        Target("cycles, status + search", "/siklus?status=selesai&q=MONEV"),
        Target("audit log, page 1", "/audit"),
        Target(f"audit log, page {audit_last}", f"/audit?halaman={audit_last}"),
        Target("audit log, failed logins", "/audit?jenis=masuk_gagal"),
        Target("API /api/aplikasi (all)", "/api/aplikasi", "token"),
        Target("API /api/siklus", "/api/siklus", "token"),
    ]


def _pages(rows: int) -> int:
    return max(1, -(-rows // PAGE_SIZE))


# --- the database and the server ------------------------------------------------------------


@contextmanager
def postgres() -> Iterator[str]:
    """Yield a PostgreSQL maintenance URL: DATABASE_URL's, or a private cluster's started for the run."""
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    port = free_port()
    env = {**os.environ, "STACK_DIR": str(ROOT / ".run/bench"), "PG_PORT": str(port), "PG_FSYNC": "off"}
    stack = str(ROOT / "deploy/local/stack.sh")
    subprocess.run([stack, "pg-start"], env=env, check=True)
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([stack, "pg-stop"], env=env, check=False)


@contextmanager
def fresh_database(admin_url: str) -> Iterator[str]:
    """Yield a new migrated database; drop it afterwards."""
    url = create_database(admin_url, prefix="pantau_bench")
    try:
        migrate(url)
        yield url
    finally:
        name = psycopg.conninfo.conninfo_to_dict(url)["dbname"]
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(str(name))))


@contextmanager
def web_server(database_url: str, log: Path) -> Iterator[tuple[str, int]]:
    """Run ``pantau-web`` (waitress, as deployed) on a free port; yield its address and its pid."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANTAU_")}
    env.update(DATABASE_URL=database_url, PANTAU_SECRET_KEY=secrets.token_urlsafe(32), PANTAU_PUBLIC_URL=base)
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [str(BIN / "pantau-web"), "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
        )
        try:
            eventually(lambda: _answers(f"{base}/kesehatan"), timeout=30, what="pantau-web to answer")
            yield base, proc.pid
        finally:
            stop_process(proc)


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2, trust_env=False).status_code == 200
    except httpx.HTTPError:
        return False


def session_cookie(base: str, username: str, password: str) -> str:
    """Sign in through the login form, as a browser does; return the session cookie's header value."""
    with httpx.Client(base_url=base, trust_env=False) as client:
        form = client.get("/masuk").text
        token = re.search(r'name="csrf_token" value="([^"]+)"', form)
        assert token, "no CSRF token on the login page"
        answer = client.post("/masuk", data={"username": username, "password": password, "csrf_token": token[1]})
        assert answer.status_code == 302 and "session" in client.cookies, f"login failed: {answer.status_code}"
        return f"session={client.cookies['session']}"


def read_token(database_url: str, username: str) -> str:
    """Make a read-scoped API token for ``username``, as the admin's page does; return its text."""
    token = api_tokens.make_token()
    with psycopg.connect(database_url, row_factory=dict_row) as conn:
        user_id = conn.execute("SELECT id FROM users WHERE username = %s", (username,)).fetchone()["id"]
        row = {"prefix": token.prefix, "token_hash": token.digest, "user_id": user_id, "scopes": ["baca"]}
        pq.create_token(conn, {**row, "name": "bench", "created_by": user_id})
    return token.text


# --- the load -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """One load of one address: latencies in ms, the rate, the errors, and the CPU (cores) used."""

    latencies: list[float]
    seconds: float
    errors: int
    cores: dict[str, float]

    def p(self, q: int) -> float:
        return statistics.quantiles(self.latencies, n=100, method="inclusive")[q - 1]

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds


class CpuMeter:
    """The CPU used by the client (this process), the web server, and the PostgreSQL backends that
    serve the benchmark's database (read from /proc when PostgreSQL runs on this machine)."""

    def __init__(self, server_pid: int, database_url: str) -> None:
        self.server_pid = server_pid
        self.conn = psycopg.connect(database_url, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def snapshot(self) -> dict[str, dict[int, float]]:
        return {"client": {0: time.process_time()}, "server": {0: cpu_seconds(self.server_pid)}, "db": self._db()}

    def cores(self, before: dict[str, dict[int, float]], seconds: float) -> dict[str, float]:
        """Return the cores each side kept busy since ``before``, on average."""
        after = self.snapshot()
        used = {side: sum(t - before[side].get(pid, 0.0) for pid, t in now.items()) for side, now in after.items()}
        return {side: total / seconds for side, total in used.items()}

    def _db(self) -> dict[int, float]:
        pids = self.conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchall()
        return {pid: cpu for (pid,) in pids if (cpu := postgres_cpu_seconds(pid)) is not None}


class Load:
    """The client side: ``concurrency`` keep-alive clients, each driven by its own thread."""

    def __init__(self, base: str, concurrency: int, meter: CpuMeter) -> None:
        limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        self.clients = [
            httpx.Client(base_url=base, limits=limits, timeout=60, trust_env=False) for _ in range(concurrency)
        ]
        self.meter = meter

    def close(self) -> None:
        for client in self.clients:
            client.close()

    def unloaded(self, path: str, headers: dict[str, str], requests: int = UNLOADED_REQUESTS) -> Run:
        """Ask one request at a time."""
        start, before = time.perf_counter(), self.meter.snapshot()
        done = [_timed_get(self.clients[0], path, headers) for _ in range(requests)]
        return self._run(done, start, before)

    def loaded(self, path: str, headers: dict[str, str], seconds: float) -> Run:
        """Let every client ask as fast as the server answers, for ``seconds``."""
        stop, ready = threading.Event(), threading.Barrier(len(self.clients) + 1)
        per_thread: list[list[tuple[float, bool]]] = [[] for _ in self.clients]

        def drive(client: httpx.Client, out: list[tuple[float, bool]]) -> None:
            ready.wait()
            while not stop.is_set():
                out.append(_timed_get(client, path, headers))

        threads = [threading.Thread(target=drive, args=pair) for pair in zip(self.clients, per_thread, strict=True)]
        for thread in threads:
            thread.start()
        ready.wait()
        start, before = time.perf_counter(), self.meter.snapshot()
        stop.wait(seconds)  # the load lasts this long; the figures come from the requests made in it
        stop.set()
        for thread in threads:
            thread.join()
        return self._run([item for out in per_thread for item in out], start, before)

    def _run(self, done: list[tuple[float, bool]], start: float, before: dict[str, dict[int, float]]) -> Run:
        wall = time.perf_counter() - start
        return Run([ms for ms, _ in done], wall, sum(not ok for _, ok in done), self.meter.cores(before, wall))


def _timed_get(client: httpx.Client, path: str, headers: dict[str, str]) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        ok = client.get(path, headers=headers).status_code == 200
    except httpx.HTTPError:
        ok = False
    return (time.perf_counter() - start) * 1000, ok


def cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system) a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def postgres_cpu_seconds(pid: int) -> float | None:
    """Return a PostgreSQL backend's CPU time, or None when that pid is not a local postgres process."""
    try:
        if not Path(f"/proc/{pid}/cmdline").read_bytes().startswith(b"postgres"):
            return None
        return cpu_seconds(pid)
    except OSError:
        return None


# --- the report -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    """The medians of one address's runs: unloaded, and under load (with the CPU it cost)."""

    name: str
    alone: tuple[float, float]  # p50, p95
    loaded: tuple[float, float]
    rate: float
    errors: int
    cores: dict[str, float]
    cpu_ms: float  # the web's and the database's CPU per request, under load


def measure(load: Load, target: Target, headers: dict[str, str], runs: int, seconds: float) -> Figures:
    """Warm the address up, then ask for it ``runs`` times alone and ``runs`` times under load."""
    load.unloaded(target.path, headers, requests=5)
    alone = [load.unloaded(target.path, headers) for _ in range(runs)]
    loaded = [load.loaded(target.path, headers, seconds) for _ in range(runs)]

    def med(of: list[Run], figure: Callable[[Run], float]) -> float:
        return statistics.median(figure(r) for r in of)

    return Figures(
        target.name,
        (med(alone, lambda r: r.p(50)), med(alone, lambda r: r.p(95))),
        (med(loaded, lambda r: r.p(50)), med(loaded, lambda r: r.p(95))),
        med(loaded, lambda r: r.rate),
        sum(r.errors for r in alone + loaded),
        {side: med(loaded, lambda r, s=side: r.cores[s]) for side in ("client", "server", "db")},
        med(loaded, lambda r: (r.cores["server"] + r.cores["db"]) * 1000 / r.rate),
    )


HEADER = (
    f"{'page':<34} {'c=1 p50':>8} {'p95':>6}  {'c=N p50':>8} {'p95':>7}  {'p95 < 50 ms':>11}  {'req/s':>6}"
    f"  {'CPU ms/req':>10}  {'cores: client':>13} {'web':>5} {'db':>5}  errors"
)


def line(f: Figures) -> str:
    goal = f"{_met(f.alone[1])} / {_met(f.loaded[1])}"
    cores = f"{f.cores['client']:13.2f} {f.cores['server']:5.2f} {f.cores['db']:5.2f}"
    return (
        f"{f.name:<34} {f.alone[0]:8.1f} {f.alone[1]:6.1f}  {f.loaded[0]:8.1f} {f.loaded[1]:7.1f}  {goal:>11}"
        f"  {f.rate:6.0f}  {f.cpu_ms:10.1f}  {cores}  {f.errors}"
    )


def _met(p95: float) -> str:
    return "yes" if p95 < GOAL_P95_MS else "NO"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--apps", type=int, default=1000)
    parser.add_argument("--results", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()
    size = Size(apps=max(1, args.apps), results=max(args.apps, args.results))
    sys.setswitchinterval(0.0005)  # a client thread whose answer came waits less for the GIL
    with postgres() as admin_url, fresh_database(admin_url) as url, tempfile.TemporaryDirectory() as tmp:
        password = secrets.token_urlsafe(16)
        started = time.perf_counter()
        seed(url, size, password)
        print(
            f"seeded {size.apps} applications, {size.results} check results, {size.cycles} cycles, "
            f"{size.audit} audit rows in {time.perf_counter() - started:.1f} s; {os.cpu_count()} CPUs",
            flush=True,
        )
        with web_server(url, Path(tmp) / "web.log") as (base, pid):
            meter = CpuMeter(pid, url)
            try:
                load = Load(base, args.concurrency, meter)
                report(load, size, args, session_cookie(base, OFFICIAL, password), read_token(url, OFFICIAL))
            finally:
                meter.close()


def report(load: Load, size: Size, args: argparse.Namespace, cookie: str, token: str) -> None:
    """Measure every target and print its figures as they come, then how to read them."""
    headers = {"session": {"Cookie": cookie}, "token": {"Authorization": f"Bearer {token}"}, "none": {}}
    print(
        f"pantau-web (waitress, as deployed) on 127.0.0.1; c=1: {UNLOADED_REQUESTS} requests one at a time; "
        f"c=N: {args.concurrency} clients for {args.seconds:g} s; medians of {args.runs} runs; times in ms"
    )
    print(HEADER)
    try:
        for target in targets(size):
            print(line(measure(load, target, headers[target.auth], max(1, args.runs), args.seconds)), flush=True)
    finally:
        load.close()
    print(
        "p95 < 50 ms: c=1 / c=N. Under load, cores are the average busy cores of the client (this "
        "process), the web server and the PostgreSQL backends serving it; CPU ms/req is web + db."
    )


if __name__ == "__main__":
    main()
