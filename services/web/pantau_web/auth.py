"""Login with hashed passwords, and the guards: each role to its actions, each department to its own data."""

from __future__ import annotations

import functools
import secrets
import time
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, Flask, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface, SessionMixin
from flask.wrappers import Request
from flask_wtf.csrf import generate_csrf
from itsdangerous import BadSignature, TimestampSigner, URLSafeTimedSerializer, want_bytes
from werkzeug.exceptions import HTTPException

from pantau_common.passwords import hash_password, verify_password
from pantau_contracts.definition import DEPARTMENT_ROLES, SopDefinition
from pantau_contracts.phases import open_actions

from . import api_tokens, audit, queries
from .db import get_db

bp = Blueprint("auth", __name__)


@functools.cache
def _dummy_hash() -> str:
    """A hash checked when the username is unknown, so a login takes as long either way."""
    return hash_password(secrets.token_urlsafe(16))


@bp.before_app_request
def load_user() -> Any:
    g.user, g.api_token = None, None
    if request.endpoint == "static":  # public files, the same for anyone: no round trip to ask who
        return None
    if api_tokens.presented():
        g.user, g.api_token = api_tokens.authenticate(get_db())
    else:
        _load_session_user()
        if g.user is not None or not request.path.startswith("/api/"):
            _check_csrf()
    _keep_departments_in()
    return _password_change_first()


@bp.after_app_request
def keep_out_of_caches(response: Any) -> Any:
    """Keep a signed-in page out of every cache: it holds an official's data (static files may stay)."""
    if g.get("user") is not None and request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"
        vary_on_cookie(response)
    return response


def vary_on_cookie(response: Any) -> None:
    """Add ``Cookie`` to the response's Vary header, as ``response.vary.add`` does (without building
    and writing back a header set when there is no Vary header yet)."""
    if "Vary" in response.headers:
        response.vary.add("Cookie")
    else:
        response.headers["Vary"] = "Cookie"


def _load_session_user() -> None:
    """Load the session's account, unless the session was ended (logout, new password) or is too old."""
    user_id = session.get("user_id")
    if user_id is None:
        return
    user, tables = None, ()
    if time.time() - session.get("issued", 0) < current_app.config["PANTAU_SESSION_MAX_AGE"]:
        tables = getattr(current_app.view_functions.get(request.endpoint or ""), "kept_tables", ())
        user = queries.active_user(get_db(), user_id, tables)
    if user is None or user["session_version"] != session.get("version"):
        g.user = None
        session.clear()
        return
    g.user = user
    if "data_versions" in user:  # a kept page's tables' versions (snapshots), not the account's
        versions = user.pop("data_versions")
        if versions is not None and len(versions) == len(tables):
            g.data_versions = tuple(versions)


@functools.lru_cache(maxsize=64)
def _derived_key(secret_key: bytes, salt: bytes, derivation: str, digest_method: Any) -> bytes:
    return TimestampSigner(secret_key, salt=salt, key_derivation=derivation, digest_method=digest_method).derive_key()


class KeyOnceSigner(TimestampSigner):
    """itsdangerous's timed signer, deriving its key from a secret once, not for every signature and check."""

    def derive_key(self, secret_key: str | bytes | None = None) -> bytes:
        secret = self.secret_keys[-1] if secret_key is None else want_bytes(secret_key)
        return _derived_key(secret, self.salt, self.key_derivation, self.digest_method)


# The session values a cookie's data may hold to be kept verified: immutable, so that a copy of the
# dict is all a request needs to change its session freely (Flask's flashes are a list, changed in place).
FLAT_TYPES = frozenset((str, int, float, bool, type(None)))


class VerifiedCookies:
    """Session cookies whose signature checked out, by the exact text of the request's Cookie header
    and the keys that checked it: their data (read-only) and when they were signed, so that a request
    need neither parse its cookies nor check the HMAC again.

    Only what the signature check accepted is ever put in, so a changed cookie (another text) is
    checked in full; the age is not kept but checked by the caller on every request. Bounded: a
    header longer than ``max_text`` is not kept, and past ``max_entries`` it starts again empty.
    Shared by a process's threads (each step is one dict operation).
    """

    def __init__(self, max_entries: int = 4096, max_text: int = 1024) -> None:
        self._entries: dict[tuple[tuple[Any, ...], str], tuple[Mapping[str, Any], int]] = {}
        self._max_entries, self._max_text = max_entries, max_text

    def get(self, keys: tuple[Any, ...], text: str) -> tuple[Mapping[str, Any], int] | None:
        """Return the data and signing time (whole seconds) of a cookie verified under ``keys``, if kept."""
        return self._entries.get((keys, text))

    def put(self, keys: tuple[Any, ...], text: str, data: Any, signed_at: int) -> tuple[Mapping[str, Any], int]:
        """Keep a cookie the signature check accepted (a flat session only); return what ``get`` will."""
        entry = (MappingProxyType(dict(data)), signed_at)
        if len(text) <= self._max_text and all(type(value) in FLAT_TYPES for value in entry[0].values()):
            if len(self._entries) >= self._max_entries:
                self._entries.clear()
            self._entries[(keys, text)] = entry
        return entry

    def __len__(self) -> int:
        return len(self._entries)


class SignedCookieSessions(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, their signing serializer built once per set of keys (its signer
    deriving the key once), and a session signed again (for its idle limit) only when its signature
    is a minute old.

    Flask builds the serializer twice a request (to read the cookie, to sign it anew), each time
    testing its JSON serializer with a dump of its own; the serializer keeps no state between calls.
    Signing on every request cost every page ~0.2 ms and a Set-Cookie; a session idle for
    PERMANENT_SESSION_LIFETIME now ends up to RESIGN_AFTER seconds sooner, never later.
    """

    RESIGN_AFTER = 60

    def __init__(self) -> None:
        self._serializers: dict[tuple[Any, ...], URLSafeTimedSerializer | None] = {}
        self.verified = VerifiedCookies()

    @staticmethod
    def keys_of(app: Flask) -> tuple[Any, ...]:
        """Return what a session cookie is checked with: the app's secret keys."""
        return (app.secret_key, *(app.config["SECRET_KEY_FALLBACKS"] or ()))

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        keys = self.keys_of(app)
        if keys not in self._serializers:
            serializer = super().get_signing_serializer(app)
            if serializer is not None:
                serializer.signer = KeyOnceSigner
            self._serializers[keys] = serializer
        return self._serializers[keys]

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        """Read the session as Flask does, keeping when its cookie was signed; its age checked on every request."""
        serializer = self.get_signing_serializer(app)
        if serializer is None:
            return None
        name = self.get_cookie_name(app)
        # Werkzeug parses request.cookies from this header alone: the same text, the same session cookie.
        text = request.environ.get("HTTP_COOKIE", "")
        keys = (name, *self.keys_of(app))
        verified = self.verified.get(keys, text)
        if verified is None:
            value = request.cookies.get(name)
            if not value:
                return self.session_class()
            try:
                data, signed = serializer.loads(value, return_timestamp=True)
            except BadSignature:
                return self.session_class()
            verified = self.verified.put(keys, text, data, int(signed.timestamp()))
        data, signed_at = verified
        # itsdangerous's own limits (whole seconds): younger than max_age, and not from the future.
        if not 0 <= int(time.time()) - signed_at <= int(app.permanent_session_lifetime.total_seconds()):
            return self.session_class()
        session = self.session_class(data)  # a dict of its own: the request may change it
        session.signed_at = float(signed_at)  # type: ignore[attr-defined]
        return session

    def save_session(self, app: Flask, session: SessionMixin, response: Any) -> None:
        """Save the session as Flask does, with its common case (a session not to be signed again) short."""
        accessed = session.accessed  # as the request left it, before anything here reads the session
        if session and not self.should_set_cookie(app, session):  # Flask: a Vary header and nothing else
            if accessed:
                vary_on_cookie(response)
            return
        super().save_session(app, session, response)

    def should_set_cookie(self, app: Flask, session: SessionMixin) -> bool:
        if session.modified or not super().should_set_cookie(app, session):
            return session.modified
        return time.time() - getattr(session, "signed_at", 0.0) >= self.RESIGN_AFTER


def start_session(user_id: int, version: int) -> None:
    """Start a fresh session for the account, valid while its session version stays ``version``."""
    session.clear()
    # Permanent, so that the cookie is signed again as requests come (SignedCookieSessions: once a
    # minute at most): PERMANENT_SESSION_LIFETIME is then the idle limit, and "issued" the absolute one.
    session.permanent = True
    session.update(user_id=user_id, version=version, issued=int(time.time()))
    # The new session's CSRF secret, made now rather than by the first page's forms: a client that
    # keeps the login's cookie (a browser, a load tool) is then not sent a new cookie by every page.
    g.pop(current_app.config["WTF_CSRF_FIELD_NAME"], None)  # a token signed for the session before, if any
    generate_csrf()


def csrf_token() -> str:
    """Return this request's CSRF token, as Flask-WTF's ``generate_csrf`` (the templates' ``csrf_token()``)
    makes it, signed once a second per session (``CsrfTokens``) instead of once per request."""
    config = current_app.config
    field = config["WTF_CSRF_FIELD_NAME"]
    token = g.get(field)
    if token is None:
        secret, key = session.get(field), config.get("WTF_CSRF_SECRET_KEY", current_app.secret_key)
        if not isinstance(secret, str) or key is None:  # no secret yet (Flask-WTF makes one), or no key
            return generate_csrf()  # type: ignore[no-any-return]
        token = _CSRF_TOKENS.token(key, secret)
        g.setdefault(field, token)
    return token  # type: ignore[no-any-return]


class CsrfTokens:
    """The CSRF tokens signed in the current second, one per (key, session secret).

    itsdangerous stamps a token with the whole second it was signed in, so the token for a key, a
    secret and a second is always the same text: within one second it is signed once. Bounded: past
    ``max_entries`` it starts again empty. Shared by a process's threads (each step is one dict operation).
    """

    def __init__(self, max_entries: int = 4096) -> None:
        self._tokens: dict[tuple[str | bytes, str], tuple[int, str]] = {}
        self._max_entries = max_entries

    def token(self, key: str | bytes, secret: str) -> str:
        """Return the token signing ``secret`` with ``key`` now, as Flask-WTF's serializer makes it."""
        second = int(time.time())
        kept = self._tokens.get((key, secret))
        if kept is not None and kept[0] == second:
            return kept[1]
        token = _csrf_serializer(key).dumps(secret)
        if int(time.time()) == second:  # so signed in that second, whatever second the signer read
            if len(self._tokens) >= self._max_entries:
                self._tokens.clear()
            self._tokens[(key, secret)] = (second, token)
        return token

    def __len__(self) -> int:
        return len(self._tokens)


_CSRF_TOKENS = CsrfTokens()


def csrf_token_for(key: str | bytes, secret: str) -> str:
    """Return the CSRF token of a session's secret signed now, as ``csrf_token`` makes it, outside a request."""
    return _CSRF_TOKENS.token(key, secret)


@functools.lru_cache(maxsize=8)
def _csrf_serializer(secret_key: str | bytes) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="wtf-csrf-token", signer=KeyOnceSigner)  # Flask-WTF's salt


def _check_csrf() -> None:
    """Check the CSRF token of a browser request (the app turns off Flask-WTF's own check).

    A request with an API token is not checked: a browser never sends one by itself, so no other
    site can make it send one, and the token works on the JSON API only. Nor is an anonymous
    request to the API: it carries no session to abuse, and is answered 401.
    """
    config = current_app.config
    # Flask-WTF looks up the view's exemption before it looks at the method: a GET is settled here.
    if config.get("WTF_CSRF_ENABLED", True) and request.method in config["WTF_CSRF_METHODS"]:
        current_app.extensions["csrf"].protect(apply_exemptions=True)


# What an account whose password was reset may still do before it chooses a new one.
PASSWORD_CHANGE_ENDPOINTS = ("people.change_password", "auth.logout", "static")


def _password_change_first() -> Any:
    """Send an account whose password the admin reset to choose a new one before anything else."""
    if g.user is None or g.api_token is not None or not g.user["must_change_password"]:
        return None
    if request.endpoint in PASSWORD_CHANGE_ENDPOINTS:
        return None
    return redirect(url_for("people.change_password"))


def open_to_departments(view: Callable[..., Any]) -> Callable[..., Any]:
    """Let department accounts reach this view; it must show them their own department only."""
    view.open_to_departments = True  # type: ignore[attr-defined]
    return view


def _keep_departments_in() -> None:
    """Answer 404 to a department account on any view not opened to departments.

    Closed by default: a new view is for the officials until it is marked, and 404 (not 403)
    confirms nothing about the ids in the address.
    """
    if not is_department(g.user) or request.endpoint == "static":
        return
    view = current_app.view_functions.get(request.endpoint or "")
    if not getattr(view, "open_to_departments", False):
        abort(404)


def is_department(user: dict[str, Any] | None) -> bool:
    """Say whether the account is bound to one Perangkat Daerah."""
    return user is not None and user["role"] in DEPARTMENT_ROLES


def scope() -> str | None:
    """Return the Perangkat Daerah the signed-in account may see, or None for an official (all)."""
    if not is_department(g.user):
        return None
    pd_id: str = g.user["pd_id"]
    if not pd_id:  # the schema forbids it; never widen a department account to the whole city
        abort(404)
    return pd_id


# Password guessing: after this many failures for one account from one address within the
# window, further attempts are refused without checking the password.
MAX_FAILURES = 5
FAILURE_WINDOW = "15 minutes"


@bp.route("/masuk", methods=("GET", "POST"))
@open_to_departments
def login() -> Any:
    if request.method == "POST":
        username = request.form.get("username", "").strip()[:100]
        remote = request.remote_addr or "-"
        if not claim_password_attempt(username, remote):
            _record_failure(username, "Ditolak sementara: terlalu banyak percobaan yang gagal.")
            flash("Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam 15 menit.", "error")
            return render_template("login.html"), 429
        account = _check_password(username, request.form.get("password", ""))
        if account is not None:
            return _sign_in(account, username, remote)
        _record_failure(username, "Nama pengguna atau kata sandi salah.")
        flash("Nama pengguna atau kata sandi salah.", "error")
    return render_template("login.html")


def claim_password_attempt(username: str, remote: str) -> bool:
    """Count this attempt as a failure before its password is checked (a success clears it); say
    whether it is within the limit. The login and the password change count together.

    Written and committed first, then counted: of guesses sent all at once, the n-th to commit
    counts at least n, so no more than MAX_FAILURES are ever checked (counted first, every guess
    read the count before any was written, and all were checked).
    """
    db = get_db()
    db.commit()  # the claim commits on its own, not as a savepoint of what a signed-in request read first
    _in_transaction(queries.record_login_failure, username, remote)
    return queries.recent_login_failures(get_db(), username, remote, FAILURE_WINDOW) <= MAX_FAILURES


def _check_password(username: str, password: str) -> dict[str, Any] | None:
    """Return the account if the password is right; take as long when the account is unknown."""
    row = queries.credentials(get_db(), username)
    valid = verify_password(row["password_hash"] if row else _dummy_hash(), password)
    return row if row and valid else None


def clear_password_attempts(username: str, remote: str) -> None:
    """Forget the failed attempts of an account from an address: its password was given right."""
    _in_transaction(queries.clear_login_failures, username, remote)


def _sign_in(account: dict[str, Any], username: str, remote: str) -> Any:
    """Start a fresh session and go where the official was headed (on this site only)."""
    clear_password_attempts(username, remote)
    audit.record(get_db(), account["id"], "masuk", username, "Masuk ke Pantau.")
    start_session(account["id"], account["session_version"])
    return redirect(safe_next(request.args.get("next", "")) or url_for("cycles.inbox"))


def safe_next(target: str) -> str | None:
    """Return ``target`` if it is a page of this app (a path its URL map knows), else None.

    Browsers drop tabs and newlines and read a backslash as a slash, so ``/\t/evil.example``
    would leave the site: anything but a plain path is refused before the URL map is asked.
    """
    parts = urlsplit(target)
    plain = target.startswith("/") and target.isascii() and target.isprintable() and "\\" not in target
    if not plain or target.startswith("//") or parts.scheme or parts.netloc or " " in target:
        return None
    try:
        current_app.create_url_adapter(request).match(parts.path, method="GET")  # type: ignore[union-attr]
    except HTTPException:  # unknown, wrong method, or a redirect elsewhere
        return None
    return target


def _record_failure(username: str, detail: str) -> None:
    """Record a failed login under the username as typed; the password is never kept."""
    audit.record(get_db(), None, "masuk_gagal", username, detail, actor_name=username)


def _in_transaction(write: Callable[[Any, str, str], None], username: str, remote: str) -> None:
    db = get_db()
    with db.transaction():
        write(db, username, remote)


@bp.route("/keluar", methods=("POST",))
@open_to_departments
def logout() -> Any:
    """End the session here and everywhere else this account is signed in (a copied cookie too)."""
    if g.user is not None and g.api_token is None:
        db = get_db()
        with db.transaction():
            queries.end_sessions(db, g.user["id"])
    session.clear()
    return redirect(url_for("auth.login"))


def login_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Send anonymous visitors to the login page."""

    @functools.wraps(view)
    def wrapped(**kwargs: Any) -> Any:
        if g.user is None and request.path.startswith("/api/"):
            abort(401)
        if g.user is None:
            return redirect(url_for("auth.login", next=request.path))
        return view(**kwargs)

    return wrapped


def require_role(*roles: str) -> None:
    """Abort with 403 unless the signed-in user holds one of ``roles``."""
    if g.user is None or g.user["role"] not in roles:
        abort(403)


def sop() -> SopDefinition:
    """Return the SOP definition the app was started with."""
    return current_app.config["PANTAU_SOP"]  # type: ignore[no-any-return]


def allowed_actions(instance: dict[str, Any], user: dict[str, Any]) -> list[str]:
    """Return the actions the user may take on the instance now."""
    if instance["status"] != "berjalan" or user["role"] != sop().step(instance["step"]).role:
        return []
    if instance["step"] == 3 and instance["pelaksana_id"] != user["id"]:
        return []
    return open_actions(instance["step"], instance["phase"])
