"""A kept page answered again without Flask, to a request identical to one Flask answered with it.

The inbox, the status board and the registry are kept (``snapshots``). Serving a kept page still
cost a whole Flask request: the request and application contexts, the session cookie read, the
guards, the after-request hooks; about half of a kept page's CPU. This middleware answers a GET
that is byte for byte one Flask answered with a kept page (the same path, query, host and Cookie
header, no Authorization) with that answer again, after the only reads that could change it:

- the clock: the session's limits (its absolute age, its idle limit, and the minute after which
  Flask would sign it again) were read from the identical cookie, so they hold until a deadline
  known when Flask answered;
- the database: the account is read again, with the versions of the page's tables, in the same
  one statement the guards read (``queries.active_user``). Anything changed in the account (ended
  sessions, a new role or Perangkat Daerah, a reset password, a deactivation) or in the tables
  sends the request to Flask, which answers as it always does.

Every guard Flask ran depends on nothing else: not on other headers, the client's address or the
request's body (a GET's). The answer carries a CSRF token and form ids made anew, as a kept page
does, and the headers Flask sent (the security headers, ``Cache-Control: no-store``,
``Vary: Cookie``). Anything unusual (a Set-Cookie, a status other than 200, a HEAD, a database
error) takes the Flask path. Requests are remembered by a digest, never by their cookie.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

from . import queries

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
RECORD = "pantau.kept_answer"  # the environ key under which the kept wrapper describes its answer
MAX_ENTRIES = 4096  # per process; past it, the oldest half is forgotten


@dataclass(frozen=True, slots=True)
class KeptAnswer:
    """What Flask's answer with a kept page rested on: the page, the account the guards saw, the clock."""

    key: tuple[Any, ...]  # the kept page's (snapshots.kept)
    tables: tuple[str, ...]
    user_id: int
    account: dict[str, Any]  # the row of queries.active_user, without the versions
    token: Callable[[], str]  # this session's CSRF token, made anew for each answer
    until: float  # time.time() past which the session's limits must be read again


@dataclass(frozen=True, slots=True)
class _Entry:
    answer: KeptAnswer
    status: str
    headers: tuple[tuple[str, str], ...]  # Flask's, without Content-Length


class Replay:
    """The WSGI middleware: answers again what it can, and records what Flask answers with a kept page."""

    def __init__(
        self,
        app: WSGIApp,
        pool: ConnectionPool[Any],
        page_body: Callable[[KeptAnswer, tuple[int, ...]], bytes | None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.app = app
        self._pool = pool
        self._page_body = page_body  # the kept page's body under these versions, or None
        self._clock = clock
        self._entries: dict[bytes, _Entry] = {}
        self._lock = threading.Lock()
        self.replayed = 0  # answers given without Flask (for tests and profiling)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        identity = _identity(environ)
        if identity is None:
            return self.app(environ, start_response)
        entry = self._entries.get(identity)
        if entry is not None:
            body = self._again(entry.answer)
            if body is not None:
                self.replayed += 1
                start_response(entry.status, [*entry.headers, ("Content-Length", str(len(body)))])
                return [body]
        return self._recorded(identity, environ, start_response)

    def _again(self, answer: KeptAnswer) -> bytes | None:
        """Return the page's body if nothing it rested on has changed, else None (Flask answers)."""
        if self._clock() >= answer.until:
            return None
        try:
            with self._pool.connection() as conn:
                conn.autocommit = True
                row = queries.active_user(conn, answer.user_id, answer.tables)
        except psycopg.Error:
            return None  # Flask answers, and shows the error as it does
        if row is None:
            return None
        versions = row.pop("data_versions", None)
        if row != answer.account or versions is None or len(versions) != len(answer.tables):
            return None
        return self._page_body(answer, tuple(versions))

    def _recorded(
        self, identity: bytes, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        sent: list[Any] = []

        def recording(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            sent[:] = [status, headers]
            return start_response(status, headers, exc_info)

        body = self.app(environ, recording)
        answer = environ.get(RECORD)
        if isinstance(answer, KeptAnswer) and sent and _replayable(*sent):
            status, headers = sent
            entry = _Entry(answer, status, tuple((k, v) for k, v in headers if k.lower() != "content-length"))
            self._keep(identity, entry)
        return body

    def _keep(self, identity: bytes, entry: _Entry) -> None:
        with self._lock:
            if len(self._entries) >= MAX_ENTRIES:
                for old in list(self._entries)[: MAX_ENTRIES // 2]:
                    del self._entries[old]
            self._entries[identity] = entry

    def __len__(self) -> int:
        return len(self._entries)


def _identity(environ: dict[str, Any]) -> bytes | None:
    """Return the digest of everything in a request a kept page's answer can depend on, or None
    for a request that is never answered again (not a GET, an API token, no cookie)."""
    cookie = environ.get("HTTP_COOKIE")
    if environ.get("REQUEST_METHOD") != "GET" or not cookie or "HTTP_AUTHORIZATION" in environ:
        return None
    parts = (
        environ.get("wsgi.url_scheme", ""),
        environ.get("HTTP_HOST", ""),
        environ.get("SCRIPT_NAME", ""),
        environ.get("PATH_INFO", ""),
        environ.get("QUERY_STRING", ""),
        cookie,
    )
    return hashlib.blake2b("\x00".join(parts).encode("utf-8", "surrogateescape"), digest_size=20).digest()


def _replayable(status: str, headers: list[tuple[str, str]]) -> bool:
    return status.startswith("200 ") and not any(key.lower() == "set-cookie" for key, _ in headers)
