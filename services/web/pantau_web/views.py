"""Template helpers: the vocabulary's Indonesian labels, WIB times, durations against the mutu baku."""

from __future__ import annotations

import functools
import re
import secrets
from collections import ChainMap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast
from urllib.parse import quote

import markupsafe
from flask import Flask, Response, current_app, g, render_template, request, url_for
from flask.templating import Environment
from jinja2 import Template
from jinja2.runtime import Context
from markupsafe import Markup

from pantau_contracts.advice import advice
from pantau_contracts.definition import ROLE_LABELS, StepDefinition
from pantau_contracts.phases import BUSY_PHASES, PHASE_LABELS
from pantau_contracts.problems import NOT_ACTIVE, NOT_UPDATED, Problem
from pantau_contracts.times import MONTHS, durasi, tanggal_jam
from pantau_contracts.vocabulary import (
    AVAILABILITY_LABELS,
    CATEGORY_LABELS,
    DOCUMENT_KINDS,
    FOLLOWUP_CHANGE_LABELS,
    FOLLOWUP_FLAG_LABELS,
    FOLLOWUP_STATE_LABELS,
    FRESHNESS_LABELS,
    INSTRUKSI_LABELS,
    JENIS_PD_LABELS,
    KLASIFIKASI_LABELS,
    LOGIN_LABELS,
    REASON_LABELS,
    REGISTRY_CHANGE_LABELS,
    REGISTRY_SOURCE_LABELS,
    SEVERITY_LABELS,
    SIFAT_LABELS,
    finding_label,
    label,
    places_phrase,
)

from .auth import is_department
from .snapshots import page_csrf_token

# The codes the pages show, each through a ``<name>_label`` filter: no code reaches a page raw.
LABELS: dict[str, dict[Any, str]] = {
    "phase": PHASE_LABELS,
    "reason": REASON_LABELS,
    "availability": AVAILABILITY_LABELS,
    "freshness": FRESHNESS_LABELS,
    "login": LOGIN_LABELS,
    "document": DOCUMENT_KINDS,
    "instruksi": INSTRUKSI_LABELS,
    "sifat": SIFAT_LABELS,
    "category": CATEGORY_LABELS,
    "severity": SEVERITY_LABELS,
    "followup_state": FOLLOWUP_STATE_LABELS,
    "followup_change": FOLLOWUP_CHANGE_LABELS,
    "klasifikasi": KLASIFIKASI_LABELS,
    "jenis_pd": JENIS_PD_LABELS,
    "registry_change": REGISTRY_CHANGE_LABELS,
    "registry_source": REGISTRY_SOURCE_LABELS,
}
EVIDENCE_LIMIT = 240


def labeller(table: dict[Any, str]) -> Callable[[str | None], str]:
    """Return a filter that shows the label of a code ('–' for none, unless the table labels none)."""

    def show(code: str | None) -> str:
        return table.get(None, "–") if code is None else label(table, code)

    return show


def evidence(text: str | None, code: str) -> str:
    """Show a problem's evidence: the label of a down reason, or the text shortened to what proves it."""
    if code == NOT_ACTIVE:
        return label(REASON_LABELS, text)
    text = " ".join((text or "").split())
    if code == NOT_UPDATED:
        text = indonesian_dates(text)
    return text if len(text) <= EVIDENCE_LIMIT else text[: EVIDENCE_LIMIT - 1] + "…"


def places(problem: Problem) -> str:
    """Show where one kind of finding was seen, every place together ("judul halaman dan teks halaman")."""
    return places_phrase(place.location for place in problem.seen_at)


def proofs(problem: Problem) -> str:
    """Show the evidence of one kind of finding, each place's shortened on its own, each once."""
    return "; ".join(dict.fromkeys(filter(None, (evidence(p.evidence, problem.code) for p in problem.seen_at))))


# The checker dates its freshness evidence as ISO days and months ("tanggal di halaman 2026-07-09",
# "... bulan 2026-07"): the stored evidence keeps them (a false positive is remembered by it).
_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")


def indonesian_dates(text: str) -> str:
    """Write the ISO days and months of the checker's own wording as Indonesians read them ('9 Juli 2026')."""

    def written(found: re.Match[str]) -> str:
        year, month, day = int(found[1]), int(found[2]), found[3]
        if not 1 <= month <= 12:
            return found[0]
        return f"{int(day)} {MONTHS[month]} {year}" if day else f"{MONTHS[month]} {year}"

    return _ISO_DAY.sub(written, text)


def reason_detail(detail: str | None, reason: str | None) -> str:
    """Show a down reason's detail after its label, without its own first words where they repeat the
    label ("halaman bawaan server web, …: “Welcome to nginx!”" after "halaman bawaan server web, … tampil")."""
    head, colon, rest = (detail or "").partition(": ")
    shown = label(REASON_LABELS, reason, "").lower() if reason else ""
    return rest if colon and rest and shown.startswith(head.lower()) else detail or ""


def sentence(text: str) -> str:
    """Start a label with a capital, leaving the rest as written (TLS stays TLS)."""
    return text[:1].upper() + text[1:]


def filesize(size: int | None) -> str:
    """Format a file size as '12 KB' / '1,4 MB'."""
    if size is None:
        return "–"
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def wib(value: datetime | None) -> str:
    """Format a time as Indonesians read it, in WIB ('5 Maret 2026, 07.04 WIB')."""
    return "–" if value is None else tanggal_jam(value)


def duration(seconds: float | None) -> str:
    """Format a length of time as officials write it ('5 menit', '1 jam 20 menit', '2 hari 3 jam')."""
    return "–" if seconds is None else durasi(timedelta(seconds=seconds))


def mutu_baku(step: StepDefinition) -> str:
    """Format the mutu baku the SOP definition gives a step ('–' when it has none)."""
    baku = step.mutu_baku
    return duration(baku.total_seconds()) if baku else "–"


def step_timing(visit: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Return the real time of a step visit and whether it kept its mutu baku."""
    spent: timedelta = (visit["completed_at"] or now) - visit["started_at"]
    baku = visit["mutu_baku_s"]
    late = baku is not None and spent.total_seconds() > baku
    return {
        "spent": duration(spent.total_seconds()),
        "baku": duration(baku) if baku else "–",
        "late": late,
        "open": visit["completed_at"] is None,
    }


# A value no address holds by chance, nor by a visitor's choice (the pager's slot sits among the query's values).
_SLOT = f"slot{secrets.token_hex(16)}"
_PLAIN = re.compile(r"[A-Za-z0-9._~-]+")  # what an address carries as it is (RFC 3986 unreserved)


@dataclass(frozen=True)
class UrlPattern:
    """An address built once per page and filled in per row: a list of 50 rows pays for one url_for, not 50."""

    prefix: str
    suffix: str

    def __call__(self, value: object) -> str:
        return f"{self.prefix}{url_segment(value)}{self.suffix}"


def url_segment(value: object) -> str:
    """Return ``value`` as an address carries it in one segment: unreserved characters, or %XX."""
    text = str(value)
    return text if _PLAIN.fullmatch(text) else quote(text, safe="")


def url_pattern(endpoint: str, name: str, **values: Any) -> UrlPattern:
    """Return the address of ``endpoint`` with its argument ``name`` left open, for a template to fill.

    ``name`` comes first among the query's arguments, as in ``url_for(endpoint, name=…, **values)``.
    Without ``values`` the pattern never changes: it is built once per app and mount point.
    """
    if values:
        return _url_pattern(endpoint, name, values)
    known: dict[tuple[str, str, str], UrlPattern] = current_app.extensions.setdefault("pantau_url_patterns", {})
    key = (request.script_root, endpoint, name)
    pattern = known.get(key)
    if pattern is None:
        pattern = known[key] = _url_pattern(endpoint, name, {})
    return pattern


def _url_pattern(endpoint: str, name: str, values: dict[str, Any]) -> UrlPattern:
    prefix, _, suffix = url_for(endpoint, **{name: _SLOT, **values}).partition(_SLOT)
    return UrlPattern(prefix, suffix)


# What a template finds as an attribute of a dict (``d.items``): every other name is a key.
_DICT_ATTRIBUTES = frozenset(dir(dict))
_escape_inner: Callable[[str], str] = markupsafe._escape_inner  # type: ignore[attr-defined]  # what escape() calls
_markup = cast(Callable[[str], Markup], functools.partial(str.__new__, Markup))


def escape(value: Any) -> Markup:
    """Escape a value for the page as ``markupsafe.escape`` does, text and integers without its detours.

    A list page escapes ~1,500 values; markupsafe's ``escape`` and ``Markup.__new__`` (Python code
    that looks for ``__html__`` first) were a sixth of its CPU. The text is the same.
    """
    kind = type(value)
    if kind is str:
        return _markup(_escape_inner(value))
    if kind is int:  # digits and a sign: nothing to escape (bool, a subclass, goes the long way)
        return _markup(str(value))
    return markupsafe.escape(value)


class RowContext(Context):
    """Jinja's context, calling a ``UrlPattern`` (filled per row) straight away.

    Jinja's ``call`` first asks any callable whether it wants the context (four attribute
    look-ups); a list page fills ~270 addresses. Every other callable goes the usual way.
    """

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if type(__obj) is UrlPattern:
            return __obj(*args)
        return super().call(__obj, *args, **kwargs)


class RowTemplate(Template):
    """A template whose ``{{ value }}`` escapes with ``escape`` above (Jinja's compiled code looks the
    name up in the template's module namespace on every call), and whose import is cheap."""

    @classmethod
    def _from_namespace(cls, environment: Any, namespace: Any, globals: Any) -> Any:
        namespace["escape"] = escape
        return super()._from_namespace(environment, namespace, globals)

    def _get_default_module(self, ctx: Context | None = None) -> Any:
        """Return the module a page imports macros from, as Jinja does.

        Jinja first asks whether the importing page has globals this template lacks, testing every
        name against this template's ``ChainMap`` in Python: ~40 µs an import, on every page that
        imports ``_lists.html``. The same question, asked of the plain dicts the ChainMap holds.
        """
        maps = self.globals.maps if isinstance(self.globals, ChainMap) else [self.globals]
        if ctx is not None and not ctx.globals_keys.difference(*maps):
            ctx = None  # nothing missing: Jinja's answer is the module made once
        return super()._get_default_module(ctx)


class RowEnvironment(Environment):
    """Jinja, reading a row's column (``a.nama``) without first looking for an attribute ``nama``.

    Rows are dicts: Jinja's own ``getattr`` raised and caught an AttributeError on each of the
    ~1,500 columns a list page shows before it read the key. The result is the same.
    """

    template_class = RowTemplate
    context_class = RowContext

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


def nav_url(endpoint: str, **values: Any) -> str:
    """Return ``url_for(endpoint, **values)`` for an address that never changes (the menu's, the
    style sheet's), built once per app and mount point: every page shows a dozen."""
    known: dict[tuple[Any, ...], str] = current_app.extensions.setdefault("pantau_nav_urls", {})
    key = (request.script_root, endpoint, *sorted(values.items()))
    url = known.get(key)
    if url is None:
        url = known[key] = url_for(endpoint, **values)
    return url


# What the signed-in menu shows of the account (_user_nav.html): it is rendered once per these and mount point.
NAV_KEYS = ("role", "pd_id", "pd_singkatan", "pd_nama", "nama")
NAV_KEPT = 4096  # menus kept per app (a few per account); past it they are rendered anew
_CSRF_SLOT = f"csrf{secrets.token_hex(16)}"


def user_nav() -> Markup:
    """Return the signed-in account's menu with this request's CSRF token.

    The menu is ~30 template calls (addresses, labels, the role's links) that depend only on the
    account's ``NAV_KEYS`` and the mount point: it is rendered once per such key, the token put
    in per request. Who the account is still comes from the database on every request.
    """
    user = g.user
    key = (request.script_root, *(user[name] for name in NAV_KEYS))
    known: dict[tuple[Any, ...], tuple[str, str]] = current_app.extensions.setdefault("pantau_user_navs", {})
    parts = known.get(key)
    if parts is None:
        if len(known) >= NAV_KEPT:
            known.clear()
        account = dict(zip(NAV_KEYS, key[1:], strict=True))
        html = render_template("_user_nav.html", user=account, csrf_token=lambda: _CSRF_SLOT)
        before, _, after = html.partition(_CSRF_SLOT)
        parts = known[key] = (before, after)
    return _markup(f"{parts[0]}{escape(page_csrf_token())}{parts[1]}")


# Each response's security headers, unless its view set one of them itself.
SECURITY_HEADERS = (
    ("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
)


def security_headers(response: Response) -> Response:
    """Add the security headers a view did not set, reading the response's header names once
    (a ``setdefault`` each went through all of them: ~10 µs a response)."""
    headers = response.headers
    present = {name.lower() for name in headers.keys()}
    for name, value in SECURITY_HEADERS:
        if name.lower() not in present:
            headers.add(name, value)
    headers["Server"] = "pantau"  # not the server software's name and version
    return response


def init_app(app: Flask) -> None:
    app.jinja_env.filters.update(
        wib=wib,
        duration=duration,
        mutu_baku=mutu_baku,
        finding_label=finding_label,
        evidence=evidence,
        places=places,
        proofs=proofs,
        advice=advice,
        reason_detail=reason_detail,
        filesize=filesize,
        sentence=sentence,
        indonesian_dates=indonesian_dates,
    )
    app.jinja_env.filters.update({f"{name}_label": labeller(table) for name, table in LABELS.items()})
    app.jinja_env.globals.update(
        ROLE_LABELS=ROLE_LABELS,
        BUSY_PHASES=BUSY_PHASES,
        INSTRUKSI_LABELS=INSTRUKSI_LABELS,
        SIFAT_LABELS=SIFAT_LABELS,
        FOLLOWUP_STATE_LABELS=FOLLOWUP_STATE_LABELS,
        FOLLOWUP_FLAG_LABELS=FOLLOWUP_FLAG_LABELS,
        step_timing=step_timing,
        is_department=is_department,
        url_pattern=url_pattern,
        nav_url=nav_url,
        user_nav=user_nav,
    )
    app.after_request(security_headers)
