"""Real HTTP and HTTPS servers on 127.0.0.1 for the checker tests.

A ``FakeSite`` routes (host, path) to a small handler; handlers can answer, redirect, sleep,
trickle or send a gzip or brotli bomb. HTTPS uses certificates from a trustme test CA.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import gzip
import ipaddress
import shutil
import ssl
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

from pantau_testing import free_port

from pantau_checker.config import CheckerConfig
from pantau_checker.core.checks import CHECKS, switched
from pantau_checker.http import FetchLimits
from pantau_checker.probe import Checker, now_utc
from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_common.secrets import APP_SECRETS_DIR, AppSecrets
from pantau_contracts.status import ApplicationChecked

LOOPBACK = (ipaddress.ip_network("127.0.0.1/32"),)
# Generous, so that a loaded machine never turns a healthy test site into a timeout.
ROOMY = FetchLimits(max_body_bytes=200_000, total_timeout_s=20.0, read_timeout_s=10.0, connect_timeout_s=5.0)
# For the tests of the time limits themselves: their sites are slower than this by far.
QUICK = FetchLimits(max_body_bytes=200_000, total_timeout_s=1.5, read_timeout_s=1.0, connect_timeout_s=1.0)
# For a server that sends a page and then goes quiet: the read limit ends the wait, with room around it
# for a loaded machine (the total and the connection as ROOMY's).
QUIET_READ = FetchLimits(max_body_bytes=200_000, total_timeout_s=20.0, read_timeout_s=1.0, connect_timeout_s=5.0)


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    headers: dict[str, str] = field(default_factory=dict)
    cookies: tuple[str, ...] = ()  # one Set-Cookie header each
    delay_s: float = 0.0
    trickle_s: float = 0.0  # seconds between single bytes


@dataclass
class Request:
    method: str
    host: str
    path: str
    headers: dict[str, str]
    form: dict[str, list[str]]
    cookies: dict[str, str]
    peer_port: int = 0  # the client's port: one per connection

    def value(self, name: str) -> str:
        """Return the first value of the posted field ``name``, or ""."""
        return (self.form.get(name) or [""])[0]

    def origin(self, scheme: str = "http") -> str:
        """Return the origin the client asked, by its Host header."""
        return f"{scheme}://{self.headers.get('Host', '')}"


def redirect(request: Request, location: str, cookies: tuple[str, ...] = ()) -> Reply:
    """Return a 302 to ``location``: on the host the client asked, unless it is an absolute address."""
    target = location if location.startswith("http") else request.origin() + location
    return Reply(302, "", {"Location": target}, cookies)


Route = Callable[[Request], Reply]


class FakeSite:
    """A threaded HTTP(S) server on 127.0.0.1 whose answers the test defines."""

    def __init__(self, tls_context: ssl.SSLContext | None = None) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.requests: list[Request] = []
        self._stop = threading.Event()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site._serve(self, "GET")

            def do_POST(self) -> None:
                site._serve(self, "POST")

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        if tls_context is not None:
            self.server.socket = tls_context.wrap_socket(self.server.socket, server_side=True)
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> FakeSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()

    def route(self, host: str, path: str, reply: Reply | Route) -> None:
        self.routes[(host, path)] = reply if callable(reply) else (lambda _r, rep=reply: rep)

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        host = (handler.headers.get("Host") or "").rsplit(":", 1)[0]
        path = handler.path
        length = min(int(handler.headers.get("Content-Length") or 0), 100_000)
        raw = handler.rfile.read(length).decode("utf-8", "replace") if length else ""
        cookie_header = handler.headers.get("Cookie") or ""
        cookies = dict(p.strip().split("=", 1) for p in cookie_header.split(";") if "=" in p)
        peer_port = handler.client_address[1]
        request = Request(
            method, host, path, dict(handler.headers), parse_qs(raw, keep_blank_values=True), cookies, peer_port
        )
        self.requests.append(request)
        route = self.routes.get((host, path)) or self.routes.get(("*", path))
        reply = route(request) if route else Reply(404, "<h1>tidak ada</h1>")
        self._send(handler, reply)

    def _send(self, handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        body = reply.body.encode() if isinstance(reply.body, str) else reply.body
        if reply.delay_s:
            self._stop.wait(reply.delay_s)
        try:
            handler.send_response(reply.status)
            headers = {"Content-Type": "text/html; charset=utf-8", **reply.headers}
            for key, value in headers.items():
                handler.send_header(key, value)
            for cookie in reply.cookies:
                handler.send_header("Set-Cookie", cookie)
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if reply.trickle_s:
                for i in range(len(body)):
                    if self._stop.wait(reply.trickle_s):
                        return
                    handler.wfile.write(body[i : i + 1])
                    handler.wfile.flush()
            else:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass


def gzip_bomb(decompressed_bytes: int) -> bytes:
    """Return a small gzip body that expands to ``decompressed_bytes`` of zeros."""
    return gzip.compress(b"\0" * decompressed_bytes, compresslevel=9)


def brotli_bomb(decompressed_bytes: int) -> bytes:
    """Return a small brotli body that expands to ``decompressed_bytes`` of zeros."""
    import brotli

    compressed: bytes = brotli.compress(b"\0" * decompressed_bytes, quality=5)
    return compressed


def html_page(title: str, body: str, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body><main>{body}</main></body></html>"


def closed_port() -> int:
    """Return a loopback port nothing listens on."""
    return free_port()


def make_checker(
    port: int,
    off: tuple[str, ...] = (),
    clock: Callable[[], datetime] = now_utc,
    secrets: AppSecrets | None = None,
    **overrides: object,
) -> Checker:
    """Return a checker that resolves every *.go.id name (and a few others) to the local site.

    ``off`` names the page checks switched off; ``clock`` is the checker's time; ``secrets`` the applications'
    secrets it may read (by default the demo account's and the files ``app_secret`` stores).
    """
    options: dict[str, object] = {
        "allow": LOOPBACK,
        "resolve": (ResolveRule("*.go.id", None, "127.0.0.1"), ResolveRule("*.web.id", None, "127.0.0.1")),
        "limits": ROOMY,
        "retries": 0,
        "retry_delay_s": 0.0,
        "confirm_after": 2,
        "checks": switched(CHECKS, off),
    }
    options.update(overrides)
    demo = {"PANTAU_APP_SECRET_DEMO_USER": "pelaksana", "PANTAU_APP_SECRET_DEMO_PASS": "rahasia-benar"}
    secrets = secrets or AppSecrets(app_secrets_dir(), demo)
    return Checker(CheckerConfig(**options), secrets, clock=clock)  # type: ignore[arg-type]


@functools.cache
def app_secrets_dir() -> Path:
    """Return this test process's stand-in for the applications' secrets directory."""
    path = Path(tempfile.mkdtemp(prefix="pantau-apps-"))
    atexit.register(shutil.rmtree, path, True)
    return path


def app_secret(value: str) -> str:
    """Store a value as an application's secret (a login's password) and return the registry's reference to it."""
    path = Path(tempfile.mkstemp(prefix="rahasia-", dir=app_secrets_dir())[1])
    path.write_text(value + "\n")
    return f"file:{APP_SECRETS_DIR}/{path.name}"


def check(checker: Checker, spec: AppSpec) -> ApplicationChecked:
    """Return the event of one check of ``spec``, outside any cycle."""
    return asyncio.run(checker.check(spec))


def checked(
    site: FakeSite, host: str = "dinkes.bekasikota.go.id", clock: Callable[[], datetime] = now_utc
) -> ApplicationChecked:
    """Return one check of a department's website on ``host``, served by ``site``, at ``clock``'s time."""
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{host}:{site.port}/")
    return check(make_checker(site.port, clock=clock), spec)


def served_at(
    site: FakeSite, html: str, now: datetime, host: str = "dinkes.bekasikota.go.id", status: int = 200
) -> ApplicationChecked:
    """Serve ``html`` with ``status`` at ``site``'s root, alone, and return one whole check of it at ``now``."""
    site.routes.clear()
    site.route("*", "/", Reply(status, html))
    return checked(site, host, clock=lambda: now)


def dated(event: ApplicationChecked) -> tuple[str, str | None, str, str | None, tuple[str, ...]]:
    """Return the availability, its reason, the freshness, the day of the last change and the findings' codes."""
    last = event.content.last_changed
    findings = tuple(f.code for f in event.findings)
    return event.availability, event.reason, event.content.result, last.date().isoformat() if last else None, findings


def modified_yesterday() -> dict[str, str]:
    """Return a Last-Modified header of a day before now: built when the test serves it, not when it is collected."""
    return {"Last-Modified": format_datetime(datetime.now(UTC) - timedelta(days=1), usegmt=True)}


def served_yesterday(site: FakeSite, html: str, content_type: str | None = None) -> ApplicationChecked:
    """Serve ``html`` at ``site``'s root as modified yesterday (as ``content_type``, where given), and return
    one check of it (``checked``)."""
    headers = modified_yesterday()
    if content_type is not None:
        headers["Content-Type"] = content_type
    site.route("*", "/", Reply(200, html, headers))
    return checked(site)


def assert_application(event: ApplicationChecked) -> None:
    """Assert the department's own page: aktif for no reason, dated fresh, nothing found."""
    assert (event.availability, event.reason, event.content.result, event.findings) == ("aktif", None, "update", ())


def assert_stand_in(event: ApplicationChecked, reason: str, quoted: str) -> None:
    """Assert a page served in the application's place: tidak_aktif for ``reason``, dating nothing."""
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", reason, 200)
    # The freshness says why it dates nothing: the page is not the application, and what it is.
    assert event.content.result == "tidak_diketahui"
    assert (event.content.detail or "").startswith("halaman bukan aplikasi: ")
    assert quoted in (event.content.detail or "")
    assert event.content.last_changed is None


def assert_stand_in_then_aktif(site: FakeSite, html: str, reason: str, quoted: str, look_alike: str) -> None:
    """Assert ``html`` a stand-in (``assert_stand_in``), then the application back: the department's page in the
    stand-in's words (``look_alike``) aktif and dated, for no reason."""
    assert_stand_in(served_yesterday(site, html), reason, quoted)
    event = served_yesterday(site, look_alike)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")
