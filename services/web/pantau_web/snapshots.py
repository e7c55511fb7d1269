"""Signed-in pages kept while the data they show is unchanged: the inbox, the status board, the registry.

A kept page's view declares the tables it reads (``@kept("applications", ...)``). Every
transaction that changes one of those tables adds one to its version as it commits (migration
134, ``data_versions``), and the web reads the versions in the statement that loads the
signed-in account, before any of the page's data. A page built after reading versions V shows at
least what was committed at V; it is served again only to a request that read the very same V,
so never after a commit that touched its tables. Newer data under older versions is possible
(a commit between the two reads), staler data is not.

A page is kept per address (path and query), mount point and every value of the account the
pages read (``queries.USER_KEYS``, the account's id among them), so one official's page is never
another's. What differs between two requests for the same page is put in per request: the CSRF
token and the fresh ids of the page's forms (``fresh_id``) are slots, filled anew each time. A
page with a message waiting in the session (a flash) is built as usual and not kept.

Each process keeps its own pages, at most ``KEPT_BYTES`` of them and none older than
``KEPT_SECONDS`` (a database restored under a running web can hand out versions again).
"""

from __future__ import annotations

import functools
import re
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Response, current_app, g, request, session

from . import replay
from .auth import SignedCookieSessions, csrf_token, csrf_token_for
from .queries import USER_KEYS

KEPT_BYTES = 32 * 1024 * 1024  # per process; past it the oldest half is dropped
KEPT_SECONDS = 300.0

# The slots' marks: random per process, so that no page's own text can be taken for one.
_MARK = f"slot{secrets.token_hex(12)}"
_CSRF, _ID = f"{_MARK}c", f"{_MARK}i"
_SLOTS = re.compile(f"{_MARK}([ci])")


def fresh_id() -> str:
    """Return a new id for a form (a command's or a new cycle's): a slot while a kept page is built."""
    return _ID if g.get("building_kept_page") else str(uuid.uuid4())


def page_csrf_token() -> str:
    """Return the request's CSRF token (``auth.csrf_token``): a slot while a kept page is built."""
    return _CSRF if g.get("building_kept_page") else csrf_token()


@dataclass(frozen=True, slots=True)
class Page:
    """A built page: its status, and its UTF-8 body cut at the slots (``kinds[n]`` follows ``parts[n]``)."""

    versions: tuple[int, ...]
    status: int
    parts: tuple[bytes, ...]
    kinds: tuple[str, ...]
    built: float
    size: int

    def body(self, csrf: Callable[[], str] = page_csrf_token) -> bytes:
        """Return the page with this answer's CSRF token (one per answer, however many forms) and fresh ids."""
        if not self.kinds:
            return self.parts[0]
        token = b""
        filled = [self.parts[0]]
        for kind, part in zip(self.kinds, self.parts[1:], strict=True):
            if kind == "c":
                token = token or csrf().encode()
                filled.append(token)
            else:
                filled.append(str(uuid.uuid4()).encode())
            filled.append(part)
        return b"".join(filled)

    @classmethod
    def cut(cls, versions: tuple[int, ...], status: int, html: str) -> Page:
        """Return the page built under ``versions`` (of its tables) from its HTML."""
        pieces = _SLOTS.split(html)
        parts = tuple(piece.encode() for piece in pieces[0::2])
        return cls(versions, status, parts, tuple(pieces[1::2]), time.monotonic(), sum(map(len, parts)))


class KeptPages:
    """The pages one process keeps, one per key (a newer build replaces it); shared by its threads."""

    def __init__(self, max_bytes: int = KEPT_BYTES, max_age: float = KEPT_SECONDS) -> None:
        self._pages: dict[tuple[Any, ...], Page] = {}
        self._bytes = 0
        self._max_bytes, self._max_age = max_bytes, max_age
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...], versions: tuple[int, ...]) -> Page | None:
        """Return the page kept under ``key`` if it was built under ``versions`` and is young enough."""
        page = self._pages.get(key)
        if page is None or page.versions != versions or time.monotonic() - page.built > self._max_age:
            return None
        return page

    def put(self, key: tuple[Any, ...], page: Page) -> None:
        with self._lock:
            if self._bytes + page.size > self._max_bytes:
                oldest = sorted(self._pages, key=lambda k: self._pages[k].built)[: len(self._pages) // 2 + 1]
                for gone in oldest:
                    self._bytes -= self._pages.pop(gone).size
            previous = self._pages.pop(key, None)
            self._bytes += page.size - (previous.size if previous else 0)
            self._pages[key] = page

    def __len__(self) -> int:
        return len(self._pages)


def kept(*tables: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Keep the view's pages (HTML, status 200 or 404) while ``tables`` are unchanged; see the module."""

    def decorate(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def wrapped(**kwargs: Any) -> Any:
            versions = g.get("data_versions")
            if versions is None or "_flashes" in session or request.method not in ("GET", "HEAD"):
                return view(**kwargs)
            user = g.user
            key = (
                request.endpoint,
                request.script_root,
                request.path,
                request.query_string,
                *(user[name] for name in USER_KEYS),
            )
            account = dict(user)  # as the guards saw it, before the view
            pages: KeptPages = current_app.extensions["pantau_kept_pages"]
            page = pages.get(key, versions)
            if page is not None:
                _record(key, wrapped.kept_tables, account)  # type: ignore[attr-defined]
                return Response(page.body(), page.status, mimetype="text/html")
            g.building_kept_page = True
            try:
                response = current_app.make_response(view(**kwargs))
            finally:
                g.building_kept_page = False
            if response.is_streamed or response.direct_passthrough:
                return response
            page = Page.cut(versions, response.status_code, response.get_data(as_text=True))
            if _keepable(response):
                pages.put(key, page)
                _record(key, wrapped.kept_tables, account)  # type: ignore[attr-defined]
            response.set_data(page.body())
            return response

        wrapped.kept_tables = tuple(sorted(tables))  # type: ignore[attr-defined]
        return wrapped

    return decorate


def _keepable(response: Response) -> bool:
    return (
        response.status_code in (200, 404)
        and response.mimetype == "text/html"
        and "Set-Cookie" not in response.headers
        and len(response.headers) <= 2  # Content-Type and Content-Length: nothing a view set besides
    )


def _record(key: tuple[Any, ...], tables: tuple[str, ...], account: dict[str, Any]) -> None:
    """Describe this answer with a kept page for ``replay``, which may give it again without Flask: what
    it rests on (the account, the tables) and until when the session's limits, read now, hold."""
    config = current_app.config
    secret = session.get(config["WTF_CSRF_FIELD_NAME"])
    signed_at = getattr(session, "signed_at", None)
    csrf_key = config.get("WTF_CSRF_SECRET_KEY", current_app.secret_key)  # as auth.csrf_token
    if request.method != "GET" or not isinstance(secret, str) or signed_at is None or csrf_key is None:
        return
    limits = (
        session.get("issued", 0) + config["PANTAU_SESSION_MAX_AGE"],  # auth: the absolute age
        signed_at + current_app.permanent_session_lifetime.total_seconds(),  # the idle limit
        signed_at + SignedCookieSessions.RESIGN_AFTER,  # then Flask signs the cookie again
    )
    token = functools.partial(csrf_token_for, csrf_key, secret)
    request.environ[replay.RECORD] = replay.KeptAnswer(key, tables, account["id"], account, token, min(limits))


def init_app(app: Any) -> None:
    """Keep the pages, and answer an identical request with one again without Flask (``replay``)."""
    pages = app.extensions["pantau_kept_pages"] = KeptPages()
    app.jinja_env.globals.update(csrf_token=page_csrf_token, new_id=fresh_id)
    # Flask-WTF also puts its own csrf_token into every template's context, which shadows the global:
    # a kept page would carry the token of the session that built it. This processor comes after
    # CSRFProtect's (create_app's order), so templates call page_csrf_token.
    app.context_processor(lambda: {"csrf_token": page_csrf_token})

    def body(answer: replay.KeptAnswer, versions: tuple[int, ...]) -> bytes | None:
        page = pages.get(answer.key, versions)
        return page.body(answer.token) if page is not None and page.status == 200 else None

    app.wsgi_app = app.extensions["pantau_replay"] = replay.Replay(app.wsgi_app, app.extensions["pantau_pool"], body)
