"""The real parts of the notifier's tests: an SMTP mailbox (aiosmtpd handler and authenticator),
a webhook receiver whose answers the test scripts, and the rows they send."""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any

import psycopg
from aiosmtpd.smtp import AuthResult, LoginPassword
from pantau_testing import query

from pantau_common.netguard import parse_networks

SMTP_USER = "pantau"
SMTP_PASSWORD = "sandi-SMTP-uji-7f3a"
HOOK_SECRET = "kunci-webhook-uji-91c2"
SECRET_ENV = {"PANTAU_TEST_SMTP_PASSWORD": SMTP_PASSWORD, "PANTAU_APP_SECRET_TEST_HOOK": HOOK_SECRET}
# The receivers listen on loopback, which the webhook guard refuses unless allowed, as the local stack allows it.
LOOPBACK = parse_networks("127.0.0.1/32")


@dataclass
class Mail:
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    over_tls: bool
    login: bytes | None
    receipt: str


class MailBox:
    """An aiosmtpd handler that keeps every message and answers DATA with a queue id."""

    def __init__(self) -> None:
        self.mails: list[Mail] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        receipt = f"250 2.0.0 Ok: queued as {uuid.uuid4().hex[:10].upper()}"
        mail = Mail(
            envelope.mail_from,
            list(envelope.rcpt_tos),
            envelope.content,
            session.ssl is not None,
            session.auth_data.login if session.authenticated else None,
            receipt,
        )
        self.mails.append(mail)
        return receipt


def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and data == (SMTP_USER.encode(), SMTP_PASSWORD.encode())
    return AuthResult(success=ok, handled=False, auth_data=data if ok else None)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1: answers with ``script`` in turn, then with ``then``."""

    script: list[int] = field(default_factory=list)
    then: int = 200
    location: str = "/lain"  # where a 3xx answer points
    hits: list[Hit] = field(default_factory=list)
    url: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def answer(self, hit: Hit) -> int:
        """Keep a request; return the status to answer it with."""
        with self._lock:
            self.hits.append(hit)
            return self.script.pop(0) if self.script else self.then

    def deliveries(self) -> list[str]:
        """Return the X-Pantau-Delivery of every request, in order."""
        return [hit.headers["x-pantau-delivery"] for hit in self.hits]


def receiver_handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status = receiver.answer(Hit(self.path, headers, body))
            answer = json.dumps({"diterima": status < 300}).encode()
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header("Location", receiver.location)
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

    return Handler


def add_notification(url: str, channel: str, address: str, **values: Any) -> int:
    """Queue one notification row as the workflow would; return its id."""
    row = {
        "dedup_key": values.pop("dedup_key", f"msg-{uuid.uuid4().hex}:{address}"),
        "subject": "Tindak lanjut baru untuk Dinas Kesehatan",
        "body": "Situs dinkes.bekasikota.go.id tidak aktif sejak pukul 08.00 WIB. Mohon segera diperiksa.",
        "payload": {"kind": "follow_up.opened", "pd_id": "dinkes", "app_id": "app-0"},
        **values,
    }
    row["payload"] = json.dumps(row["payload"])
    sql = (
        "INSERT INTO notifications (dedup_key, channel, address, secret_ref, subject, body, payload)"
        " VALUES (%(dedup_key)s, %(channel)s, %(address)s, %(secret_ref)s, %(subject)s, %(body)s, %(payload)s)"
        " ON CONFLICT (dedup_key) DO NOTHING RETURNING id"
    )
    with psycopg.connect(url) as conn:
        found = conn.execute(sql, {"secret_ref": None, **row, "channel": channel, "address": address}).fetchone()
    return int(found[0]) if found else 0


def notification_row(url: str, notification_id: int) -> dict[str, Any]:
    """Return one notification row as the relay left it."""
    [row] = query(url, "SELECT * FROM notifications WHERE id = %s", (notification_id,))
    return dict(row)


async def until(condition: Callable[[], Awaitable[bool]], limit_s: float = 30.0) -> None:
    """Wait until ``condition`` holds; fail the test past ``limit_s`` (a guard, not a measure)."""
    async with asyncio.timeout(limit_s):
        while not await condition():
            await asyncio.sleep(0.02)
