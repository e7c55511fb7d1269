#!/usr/bin/env python3
"""Benchmark: the web's inbox, list pages and JSON API at 1,000 applications and 100,000 check results.

    .venv/bin/python tests/bench/web/bench_web.py [--apps 1000] [--results 100000] [--runs 3]
        [--concurrency 50] [--seconds 2] [--think-ms 1000] [--only TEXT] [--servers pantau-web,waitress]
        [--baseline CHECKOUT]

Seeds a fresh database with COPY (``seed.py``), serves it with the real ``pantau-web`` (as deployed)
on 127.0.0.1, signs in through the login form (session cookies: the admin for the lists, the Kabid
for the inbox) and makes a read-scoped API token (a bearer token). Each page is then loaded with
``wrk`` (``report.lua`` sends the cookie or token and prints the figures as JSON): one connection
(unloaded latency), then ``--concurrency`` keep-alive connections for ``--seconds``, each asking
again as soon as it is answered; every figure is the median of ``--runs`` runs, printed beside the
goal of issue 12 (p95 < 50 ms). The pages of issue 12's table are also loaded as ``--concurrency``
officials signed in at once would load them: as many sessions of their own, each asking for the
next page after reading the last one for about ``--think-ms`` (between half and one and a half of
it); wrk times each request from when it is sent. Each load
prints the CPU of the client (wrk), of the web server's processes and of the PostgreSQL backends
serving it; a static file is the peer baseline: a page whose rate is far below the static file's
was not held back by the client. ``--servers`` names the servers to compare on the same database:
``pantau-web`` (granian, as deployed) and ``waitress`` (``waitress_web.py``, the server before it);
``--baseline CHECKOUT`` (repeatable) adds ``pantau-web`` serving another checkout's web (its
``services/web``, ``common`` and ``contracts`` first on PYTHONPATH), named by the checkout's folder,
to compare a change with what it changes (``--servers ''`` leaves out this checkout's). All run
at once, and each page is measured on each in turn, so that the load of the machine's other work
falls on all alike.

The database: DATABASE_URL (a server's maintenance database; a database is made and dropped on it),
or else a private PostgreSQL cluster under .run/bench, started and stopped with deploy/local/stack.sh.
A script, not a test: no timed assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import secrets
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
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
from pantau_web.lists import Position  # noqa: E402

GOAL_P95_MS = 50.0
PAGE_SIZE = 50  # the lists' default page
UNLOADED_SECONDS = 1.0
SESSIONS_SECONDS = 6.0  # long enough for a few hundred requests of sessions that read between pages
OFFICIAL = "admin"  # reads every list, the audit log included
INBOX_OFFICIAL = "kabid"  # the inbox with the most on it: the form that starts a cycle
WRK = shutil.which("wrk") or "wrk"  # deploy/local/system-deps.sh installs it
WRK_SCRIPT = Path(__file__).with_name("report.lua")
WRK_THREADS = 2
SERVERS = {  # the command of each server --servers may name; each takes --port, --workers, --threads
    "pantau-web": [str(BIN / "pantau-web")],
    "waitress": [sys.executable, str(Path(__file__).with_name("waitress_web.py"))],
}


@dataclass(frozen=True)
class Target:
    """One address to load, and how the client proves who it is: session, token, or nobody."""

    name: str
    path: str
    auth: str = "session"
    goal: str = ""  # the row of issue 12's table this target measures, if any

    @property
    def by_sessions(self) -> bool:
        """Whether the page is also loaded by many sessions that read between pages (issue 12's rows)."""
        return bool(self.goal) and self.auth in ("session", "inbox")


def targets(size: Size) -> list[Target]:
    """Return the pages and API routes to measure: page 1, the last page, and a filter, per list."""
    last = _pages(size.apps)
    # The audit log pages by position: its deepest page starts below an event a year old.
    deep = Position(datetime.now(UTC) - timedelta(days=360), "a").token
    return [
        Target("static file (peer baseline)", "/static/pantau.css", "none"),
        Target("inbox", "/", "inbox", goal="issue 12: web inbox, 50 sessions"),
        Target("status board, page 1", "/aplikasi", goal="issue 12: status board, 1,000 apps"),
        Target(f"status board, page {last}", f"/aplikasi?halaman={last}"),
        Target("status board, down + search", "/aplikasi?status=tidak_aktif&q=Layanan"),
        Target("status board, finding filter", "/aplikasi?temuan=judi_online"),
        Target("registry, page 1", "/registri", goal="issue 12: application list, 1,000 apps"),
        Target(f"registry, page {last}", f"/registri?halaman={last}"),
        Target("registry, one PD + search", f"/registri?pd={pd_of(6)}&q=Layanan"),
        Target("cycles, page 1", "/siklus"),
        Target(f"cycles, page {_pages(size.cycles)}", f"/siklus?halaman={_pages(size.cycles)}"),
        Target("cycles, status + search", "/siklus?status=selesai&q=MONEV"),
        Target("audit log, page 1", "/audit"),
        Target("audit log, a year back", f"/audit?sebelum={deep}"),
        Target("audit log, failed logins", "/audit?jenis=masuk_gagal"),
        Target("API /api/aplikasi (all)", "/api/aplikasi", "token"),
        Target("API /api/aplikasi, a page of 100", "/api/aplikasi?batas=100&setelah=app-0500", "token"),
        Target("API /api/siklus", "/api/siklus", "token"),
        Target("public /status", "/status", "none"),
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
def web_server(
    database_url: str, log: Path, command: Sequence[str], extra_env: dict[str, str] | None = None
) -> Iterator[tuple[str, int]]:
    """Run a server of the web (``command``, to which --port is added) on a free port; yield its address and pid."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PANTAU_")} | (extra_env or {})
    env.update(DATABASE_URL=database_url, PANTAU_SECRET_KEY=secrets.token_urlsafe(32), PANTAU_PUBLIC_URL=base)
    with log.open("ab") as out:
        proc = subprocess.Popen([*command, "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            eventually(lambda: _answers(f"{base}/kesehatan"), timeout=30, what=f"{shlex.join(command)} to answer")
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
    """One load of one address, as wrk measured it (latencies in µs), and the CPU (cores) each side used."""

    figures: dict[str, int]
    seconds: float
    cores: dict[str, float]

    def p(self, q: int) -> float:
        """Return a percentile in ms; infinite when no request was answered within the run."""
        return self.figures[f"p{q}_us"] / 1000 if self.figures["requests"] else float("inf")

    @property
    def rate(self) -> float:
        return self.figures["requests"] / self.seconds

    @property
    def errors(self) -> int:
        return self.figures["errors"] + self.figures["non_2xx"]


class CpuMeter:
    """The CPU used by the client (this process), the web server, and the PostgreSQL backends that
    serve the benchmark's database (read from /proc when PostgreSQL runs on this machine)."""

    def __init__(self, server_pid: int, database_url: str) -> None:
        self.server_pid = server_pid
        self.conn = psycopg.connect(database_url, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def snapshot(self) -> dict[str, dict[int, float]]:
        return {"client": {0: 0.0}, "server": process_tree_cpu(self.server_pid), "db": self._db()}

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
    """The client side: ``wrk`` (C, epoll, keep-alive) with ``report.lua``, which sends the session
    cookie or the token and prints its figures as JSON; one wrk thread per core the client may use."""

    def __init__(self, base: str, concurrency: int, meter: CpuMeter) -> None:
        self.base, self.concurrency, self.meter = base, concurrency, meter

    def close(self) -> None:
        pass

    def unloaded(self, path: str, headers: dict[str, str], seconds: float = UNLOADED_SECONDS) -> Run:
        """Ask one request at a time."""
        return self._wrk(path, headers, connections=1, threads=1, seconds=seconds)

    def loaded(self, path: str, headers: dict[str, str], seconds: float) -> Run:
        """Let every connection ask as fast as the server answers, for ``seconds``."""
        return self._wrk(path, headers, self.concurrency, min(WRK_THREADS, self.concurrency), seconds)

    def sessions(self, path: str, cookies: Sequence[str], think_ms: float, seconds: float) -> Run:
        """Let a connection per session ask, read for about ``think_ms``, and ask again, for ``seconds``."""
        sessions = {"WRK_COOKIES": "\n".join(cookies), "WRK_THINK_MS": str(round(think_ms))}
        threads = min(WRK_THREADS, len(cookies))
        return self._wrk(path, {}, len(cookies), threads, seconds, sessions)

    def _wrk(
        self,
        path: str,
        headers: dict[str, str],
        connections: int,
        threads: int,
        seconds: float,
        extra: dict[str, str] | None = None,
    ) -> Run:
        env = {**os.environ, "WRK_HEADER": "".join(f"{k}: {v}" for k, v in headers.items()), **(extra or {})}
        command = [WRK, f"-t{threads}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "10s"]
        before, client_before = self.meter.snapshot(), _children_cpu()
        done = subprocess.run(
            [*command, "-s", str(WRK_SCRIPT), self.base + path], env=env, capture_output=True, text=True, check=True
        )
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        wall = figures["duration_us"] / 1e6
        cores = self.meter.cores(before, wall)
        cores["client"] = (_children_cpu() - client_before) / wall
        return Run(figures, wall, cores)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cpu_seconds(pid: int) -> float:
    """Return the CPU time (user + system) a process has used."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def process_tree_cpu(pid: int) -> dict[int, float]:
    """Return the CPU time of a process and of each of its descendants (a server's worker processes)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, todo = {}, [pid]
    while todo:
        current = todo.pop()
        try:
            tree[current] = cpu_seconds(current)
        except OSError:
            continue
        todo.extend(children.get(current, []))
    return tree


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
    goal: str
    alone: tuple[float, float]  # p50, p95
    loaded: tuple[float, float]
    rate: float
    errors: int
    cores: dict[str, float]
    cpu_ms: float  # the web's and the database's CPU per request, under load
    sessions: tuple[float, float] | None = None  # p95 and req/s of the sessions that read between pages


def measure(served: dict[str, Served], target: Target, token: str, args: argparse.Namespace) -> dict[str, Figures]:
    """Warm the address up on each server, then ask for it ``runs`` times alone, ``runs`` times under
    load (and ``runs`` times by sessions that read between pages), taking the servers in turn within
    each run (a change of the machine's load falls on all)."""
    runs, seconds = max(1, args.runs), args.seconds
    asked = {name: (server.load, server.headers(target.auth, token)) for name, server in served.items()}
    for load, headers in asked.values():
        answers_200(load.base, target.path, headers)
        load.unloaded(target.path, headers)
    alone: dict[str, list[Run]] = {name: [] for name in asked}
    loaded: dict[str, list[Run]] = {name: [] for name in asked}
    # A browser's session cookie is at most a minute old: the web signs it again after a minute
    # (auth.SignedCookieSessions) and the browser keeps the new one. wrk keeps the cookie it is given,
    # and would be sent a new one by every answer after that minute: each run signs in afresh.
    for _ in range(runs):
        for name, server in served.items():
            server.sign_in_again()
            alone[name].append(server.load.unloaded(target.path, server.headers(target.auth, token)))
    for _ in range(runs):
        for name, server in served.items():
            server.sign_in_again()
            loaded[name].append(server.load.loaded(target.path, server.headers(target.auth, token), seconds))
    read: dict[str, list[Run]] = {name: [] for name in asked}
    for _ in range(runs if target.by_sessions and args.think_ms > 0 else 0):
        for name, server in served.items():
            cookies = server.many_sessions(target.auth)
            read[name].append(server.load.sessions(target.path, cookies, args.think_ms, SESSIONS_SECONDS))
    return {name: figures(target, alone[name], loaded[name], read[name]) for name in asked}


def figures(target: Target, alone: list[Run], loaded: list[Run], read: list[Run]) -> Figures:
    """Return the medians of one address's runs on one server."""

    def med(of: list[Run], figure: Callable[[Run], float]) -> float:
        return statistics.median(figure(r) for r in of)

    return Figures(
        target.name,
        target.goal,
        (med(alone, lambda r: r.p(50)), med(alone, lambda r: r.p(95))),
        (med(loaded, lambda r: r.p(50)), med(loaded, lambda r: r.p(95))),
        med(loaded, lambda r: r.rate),
        sum(r.errors for r in alone + loaded),
        {side: med(loaded, lambda r, s=side: r.cores[s]) for side in ("client", "server", "db")},
        med(loaded, lambda r: (r.cores["server"] + r.cores["db"]) * 1000 / r.rate if r.rate else float("inf")),
        (med(read, lambda r: r.p(95)), med(read, lambda r: r.rate)) if read else None,
    )


HEADER = (
    f"{'page':<34} {'server':<10} {'c=1 p50':>8} {'p95':>6}  {'c=N p50':>8} {'p95':>7}  {'p95 < 50 ms':>11}"
    f"  {'req/s':>6}"
    f"  {'CPU ms/req':>10}  {'cores: client':>13} {'web':>5} {'db':>5}  errors  {'sessions p95':>12} {'req/s':>5}"
    "  row of issue 12"
)


def line(f: Figures, server: str) -> str:
    goal = f"{_met(f.alone[1])} / {_met(f.loaded[1])}"
    cores = f"{f.cores['client']:13.2f} {f.cores['server']:5.2f} {f.cores['db']:5.2f}"
    read = (
        f"{f.sessions[0]:5.1f} ({_met(f.sessions[0]):>3}) {f.sessions[1]:5.0f}" if f.sessions else f"{'-':>12} {'':>5}"
    )
    return (
        f"{f.name:<34} {server:<10} {f.alone[0]:8.1f} {f.alone[1]:6.1f}  {f.loaded[0]:8.1f} {f.loaded[1]:7.1f}"
        f"  {goal:>11}"
        f"  {f.rate:6.0f}  {f.cpu_ms:10.1f}  {cores}  {f.errors:6d}  {read}  {f.goal}"
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
    parser.add_argument(
        "--think-ms",
        type=float,
        default=1000.0,
        help="how long a session reads a page before the next (0: not measured)",
    )
    parser.add_argument("--workers", type=int, help="the web's processes (default: as deployed)")
    parser.add_argument("--threads", type=int, help="the web's threads per process (default: as deployed)")
    parser.add_argument("--only", action="append", help="measure only the targets whose name holds this text")
    parser.add_argument(
        "--servers", default="pantau-web", help=f"the servers to compare, by comma: {', '.join(SERVERS)}"
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        action="append",
        default=[],
        metavar="CHECKOUT",
        help="also serve another checkout's web (e.g. a `git worktree` of HEAD), named by its folder; repeatable",
    )
    args = parser.parse_args()
    names = [name for name in args.servers.split(",") if name]
    if unknown := set(names) - set(SERVERS):
        parser.error(f"unknown server: {', '.join(sorted(unknown))}")
    servers: dict[str, tuple[list[str], dict[str, str]]] = {name: (SERVERS[name], {}) for name in names}
    for checkout in args.baseline:
        packages = [str(checkout.resolve() / "services" / part) for part in ("web", "common", "contracts")]
        servers[checkout.resolve().name] = (SERVERS["pantau-web"], {"PYTHONPATH": os.pathsep.join(packages)})
    if not servers:
        parser.error("no server to measure: name one with --servers or --baseline")
    size = Size(apps=max(1, args.apps), results=max(args.apps, args.results))
    with postgres() as admin_url, fresh_database(admin_url) as url, tempfile.TemporaryDirectory() as tmp:
        password = secrets.token_urlsafe(16)
        started = time.perf_counter()
        seed(url, size, password)
        print(
            f"seeded {size.apps} applications, {size.results} check results, {size.cycles} cycles, "
            f"{size.audit} audit rows in {time.perf_counter() - started:.1f} s; {os.cpu_count()} CPUs",
            flush=True,
        )
        server_args = [f"--{name}={value}" for name in ("workers", "threads") if (value := getattr(args, name))]
        with ExitStack() as stack:
            served = {}
            for name, (command, extra_env) in servers.items():
                log = Path(tmp) / f"{name}.log"
                base, pid = stack.enter_context(web_server(url, log, [*command, *server_args], extra_env))
                meter = CpuMeter(pid, url)
                stack.callback(meter.close)
                served[name] = Served(Load(base, args.concurrency, meter), password, args.concurrency)
            report(served, size, args, read_token(url, OFFICIAL))


class Served:
    """One server under test: its load, and the headers that sign in as each kind of client."""

    def __init__(self, load: Load, password: str, officials: int) -> None:
        self.load = load
        self._password, self._officials = password, officials
        self.sign_in_again()
        self._many: dict[str, list[str]] = {}

    def sign_in_again(self) -> None:
        """Sign the officials in afresh (a cookie signed now, as a browser's is at most a minute old)."""
        self.sessions = {who: session_cookie(self.load.base, who, self._password) for who in (OFFICIAL, INBOX_OFFICIAL)}

    def many_sessions(self, auth: str) -> list[str]:
        """Return a session cookie per official for a session target: as many sign-ins as officials."""
        who = INBOX_OFFICIAL if auth == "inbox" else OFFICIAL
        if who not in self._many:
            self._many[who] = [session_cookie(self.load.base, who, self._password) for _ in range(self._officials)]
        return self._many[who]

    def headers(self, auth: str, token: str) -> dict[str, str]:
        """Return the headers of a target's kind of client: session, inbox session, token, or none."""
        return {
            "session": {"Cookie": self.sessions[OFFICIAL]},
            "inbox": {"Cookie": self.sessions[INBOX_OFFICIAL]},
            "token": {"Authorization": f"Bearer {token}"},
            "none": {},
        }[auth]


def report(served: dict[str, Served], size: Size, args: argparse.Namespace, token: str) -> None:
    """Measure every target on each server in turn and print its figures as they come, then how to read them."""
    print(
        f"{', '.join(served)} on 127.0.0.1, loaded with wrk; c=1: one connection for {UNLOADED_SECONDS:g} s;"
        f" c=N: {args.concurrency} keep-alive connections for {args.seconds:g} s; medians of {args.runs} runs;"
        " times in ms"
    )
    print(HEADER)
    for target in targets(size):
        if args.only and not any(text in target.name for text in args.only):
            continue
        for name, measured in measure(served, target, token, args).items():
            print(line(measured, name), flush=True)
    print(
        "p95 < 50 ms: c=1 / c=N. Under load, cores are the average busy cores of the client (wrk), the web"
        " server (all its processes) and the PostgreSQL backends serving it; CPU ms/req is web + db. The"
        " static file's rate is the ceiling of server + client: a page far below it was not held back by wrk."
        f" Sessions: {args.concurrency} officials signed in at once (a session each), each reading a page for"
        f" about {args.think_ms:g} ms before the next, for {SESSIONS_SECONDS:g} s."
    )


def answers_200(base: str, path: str, headers: dict[str, str]) -> None:
    """Fail unless the page answers 200 to these credentials (wrk counts a redirect to the login as a success)."""
    status = httpx.get(base + path, headers=headers, timeout=30, trust_env=False).status_code
    assert status == 200, f"{path} answered {status}"


if __name__ == "__main__":
    main()
