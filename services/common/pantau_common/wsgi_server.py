"""Serve a WSGI app with granian (a WSGI server in Rust), as both Pantau web faces (web, reporter) run.

Granian reads and writes HTTP on its own threads, outside the GIL, and hands each request to one of
``threads`` Python threads. One Python process renders on one core at a time, so there are
``workers`` processes listening on one port. They start by spawn and are supervised by the process
that calls ``serve``, which runs the ``on_startup`` hooks (/metrics, an outbox relay) once for all of
them; should a worker end, all end (exit status 1), and the pod (or the launcher) starts them anew.
SIGTERM: the workers take no new connection and answer the requests they hold, then the
``on_shutdown`` hooks run.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import math
import multiprocessing
import os
import signal
import socket
from collections.abc import Callable, Iterable, Mapping
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Any

from granian.constants import HTTPModes, Interfaces
from granian.server.mp import MPServer

from .config import whole_number
from .logs import dict_config, secret_values
from .settings import Settings

BACKLOG = 1024
PR_SET_PDEATHSIG = 1  # prctl(2)
# The CGI variables granian sets in a request's environ itself: a process variable of the same name
# (an odd one) is overwritten by the request's, so it is kept.
CGI_NAMES = frozenset(
    {
        "CONTENT_LENGTH",
        "CONTENT_TYPE",
        "GATEWAY_INTERFACE",
        "PATH_INFO",
        "QUERY_STRING",
        "REMOTE_ADDR",
        "REQUEST_METHOD",
        "SCRIPT_NAME",
        "SERVER_NAME",
        "SERVER_PORT",
        "SERVER_PROTOCOL",
        "SERVER_SOFTWARE",
    }
)
CGROUP_V2 = Path("/sys/fs/cgroup/cpu.max")
CGROUP_V1 = (Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us"), Path("/sys/fs/cgroup/cpu/cpu.cfs_period_us"))
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


@dataclass(frozen=True)
class Serving:
    """Where a web face listens, and how many processes of how many Python threads serve it."""

    name: str  # also its Server header
    host: str
    port: int
    workers: int
    threads: int
    log_level: str = "INFO"  # the workers' (the supervisor's is the caller's)

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        name: str,
        address: tuple[str, int],
        workers: int | None = None,
        threads: int | None = None,
        log_level: str = "INFO",
    ) -> Serving:
        """Take the counts given, else PANTAU_<NAME>_WORKERS/_THREADS, else a process per core of 2 × cores + 1 threads.

        A thread waits on PostgreSQL part of the time, so a core takes a few; granian itself warns
        of more than 2 × cores + 1 threads (it counts the machine's cores, never fewer than ours).
        """
        prefix = name.removeprefix("pantau-").upper()
        cores = usable_cores()
        workers = workers or whole_number(settings, f"{prefix}_WORKERS", cores)
        threads = threads or whole_number(settings, f"{prefix}_THREADS", 2 * cores + 1)
        return cls(name, *address, max(1, workers), max(1, threads), log_level)


def usable_cores() -> int:
    """Return the cores this process may run on: its CPU affinity, within its cgroup's quota (the pod's CPU limit)."""
    cores = len(os.sched_getaffinity(0))
    quota = cgroup_quota(_read(CGROUP_V2), _read(CGROUP_V1[0]), _read(CGROUP_V1[1]))
    return max(1, min(cores, math.ceil(quota))) if quota else cores


def cgroup_quota(v2: str, v1_quota: str, v1_period: str) -> float | None:
    """Return the cores a cgroup's CPU quota allows (cgroup v2 ``cpu.max``, else v1), or None without one."""
    quota, period = v2.split() if v2 else (v1_quota, v1_period)
    if not quota or quota.strip() in ("max", "-1"):
        return None
    return int(quota) / int(period)


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except OSError:
        return ""


def serve(
    serving: Serving,
    build: Callable[[], WSGIApp],
    on_startup: Iterable[Callable[[], Any]] = (),
    on_shutdown: Iterable[Callable[[], Any]] = (),
) -> None:
    """Serve the app each worker gets from ``build`` (a module-level function) until SIGTERM."""
    refuse_a_taken_port(serving.host, serving.port)
    server = _server(serving)
    logging.getLogger(__name__).info("%s listening on http://%s:%s (%d processes of %d threads)", *astuple(serving)[:5])
    for hook in on_startup:
        server.on_startup(hook)
    for hook in on_shutdown:
        server.on_shutdown(hook)
    server.serve(target_loader=functools.partial(_load, build=build, name=serving.name, supervisor=os.getpid()))


def refuse_a_taken_port(host: str, port: int) -> None:
    """Fail when another server listens on the port: granian's workers bind with SO_REUSEPORT, so a
    second server (a stale one, say) would otherwise share the port with the first without a word."""
    socket.create_server((host, port)).close()


def _server(serving: Serving) -> MPServer:
    # Workers start by spawn, not fork: the supervisor runs threads (metrics, a relay), and a fork
    # would copy whatever lock one of them held at that moment.
    multiprocessing.set_start_method("spawn", force=True)
    return MPServer(
        serving.name,
        address=serving.host,
        port=serving.port,
        interface=Interfaces.WSGI,
        http=HTTPModes.http1,
        websockets=False,
        workers=serving.workers,
        blocking_threads=serving.threads,
        backlog=BACKLOG,
        log_dictconfig=dict_config(serving.log_level, secret_values(os.environ)),
    )


def _load(target: str, build: Callable[[], WSGIApp], name: str, supervisor: int) -> WSGIApp:
    """Build the app in a worker process, from the environment the supervisor passed down."""
    _end_with(supervisor)
    return WithoutProcessEnvironment(build(), os.environ, server=name)


def _end_with(supervisor: int) -> None:
    """Have the kernel send this worker SIGTERM when the supervisor dies, even by SIGKILL: a worker
    left alone would go on serving the port with no one to restart it."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != supervisor:  # it died before the request reached the kernel
        os.kill(os.getpid(), signal.SIGTERM)


class WithoutProcessEnvironment:
    """Hand the app each request's environ without the process's environment variables, and name the server.

    Granian starts every request's environ from a copy of ``os.environ`` (CGI's habit), and has no
    option not to: the database URL with its password, the secret key and the Kafka password would
    sit in every request, for any view, error report or debugging aid to show.
    """

    def __init__(self, app: WSGIApp, process_env: Mapping[str, str], server: str) -> None:
        self.app = app
        self._process = frozenset(process_env) - CGI_NAMES
        self._server = ("Server", server)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        for name in self._process.intersection(environ):
            del environ[name]

        def named(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            if not any(key.lower() == "server" for key, _ in headers):
                headers.append(self._server)
            return start_response(status, headers, exc_info)

        return self.app(environ, named)
