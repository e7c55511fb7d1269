"""One check's HTTP session: bounded fetches through the SSRF guard, redirects followed by hand.

Redirects are followed here, hop by hop, so each hop opens its connection through the same
guard; every fetch is bounded in time, and all fetches of one attempt share a time budget.
The session's connections (``transport``, under httpx's API) are its own: reused by
the fetches of one attempt, closed with it, never shared with another application's check. The
attempt's extra views (as Googlebot, as a phone) are sessions ``alongside`` it: cookies and user
agent of their own, over the same guarded connections, so that a view need not connect anew.
"""

from __future__ import annotations

import codecs
import copy
import re
import ssl
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from pantau_common.netguard import AddressPolicy
from pantau_common.registry.model import ResolveRule
from pantau_contracts.status import TlsFacts

from ..core import blocked, landing
from ..core._selectors import utf8_decoded
from ..core.tls import INCOMPLETE_CHAIN
from .body import read_bounded, readable
from .certificates import peer_certificate, ssl_context, unverified_facts, verified_facts
from .deadline import Deadline
from .errors import FetchError, classify
from .guard import Guard, Resolver, system_resolver
from .timing import PhaseClock
from .transport import BorrowedTransport, GuardedTransport

BROWSER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Pantau/1.0"
)
# A visitor's desktop Chrome and what it accepts for a page: what the page is asked for as once more
# where a server refuses the checker's own name (``probe``).
VISITOR_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
)
VISITOR_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
GOOGLEBOT_UA = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
# A phone's Chrome, without the checker's name: cloaking for phones is what it is there to see.
MOBILE_UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.6478.122 Mobile Safari/537.36"
)
# An iPhone's Safari, which the phone view asks as every other time: some kits serve their page to
# iPhones only (by "iPhone" in the User-Agent), and an Android's Chrome never sees it.
IPHONE_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
    "Version/18.6 Mobile/15E148 Safari/604.1"
)
_REDIRECTS = (301, 302, 303, 307, 308)
_LANDING_HOPS = 3  # pages that only send the browser on, followed one after another
_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
# The charset a page declares in a <meta> tag (``charset=`` or ``http-equiv`` content), which a
# browser looks for in the first 1024 bytes when the header names none.
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_SNIFFED_BYTES = 1024
# How a script's source starts (PHP, ASP/JSP: ``core/page.py`` names them), after a BOM and blank lines.
_SOURCE_STARTS = (b"<?php", b"<?=", b"<%", b"<cf")
_BLANK = codecs.BOM_UTF8 + b" \t\r\n"
# How a page's markup starts; under a type a browser does not sniff for HTML (Chromium and Firefox trust "text/plain"
# for text and download "application/octet-stream"), a visitor sees the code, or gets a file.
_MARKUP_STARTS = (b"<!doctype html", b"<html")
_NOT_SNIFFED = ("text/plain", "application/octet-stream", "binary/octet-stream")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# The labels a browser knows (the WHATWG Encoding Standard), by the Python codec that reads as it
# does: Latin-1 and ASCII pages are read as windows-1252, whose curly quotes a vendor's editor puts in
# them. Any other label Python knows (idna, cp037, utf-32, utf-7, unicode_escape) a browser ignores,
# reading the page as UTF-8: read as Python would, a page so labelled hides its text from the checker
# only. The labels of the "replacement" encoding (iso-2022-kr, hz-gb-2312) are left out too: a browser
# shows such a page as one replacement character, and its bytes read as UTF-8 are what it serves.
_BROWSER_LABELS = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso8859-5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
    "iso8859-6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e"
    " iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso8859-7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597"
    " iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso8859-8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598"
    " iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
    "iso8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "mac-roman": "csmacintosh mac macintosh x-mac-roman",
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    "cp1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591"
    " iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5"
    " windows-1254 x-cp1254",
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    "gbk": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    "gb18030": "gb18030",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc_jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022_jp": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601"
    " windows-949",
    "utf-16-be": "unicodefffe utf-16be",
    "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    "latin-1": "x-user-defined",  # each byte one character: its ASCII as ASCII
}
_BROWSER_CODECS = {label: codec for codec, labels in _BROWSER_LABELS.items() for label in labels.split()}
# Codecs of one byte a character: a body valid as UTF-8 beyond ASCII is UTF-8 whatever these labels say.
_ONE_BYTE = re.compile(r"cp12\d\d|iso8859-\d+|koi8-[ru]|cp874|tis-620|mac-")


@dataclass(frozen=True)
class FetchLimits:
    max_body_bytes: int = 2_000_000
    max_redirects: int = 10  # browsers follow about 20; a chain of 6 (http→https→www→/id/…) is real
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 10.0
    total_timeout_s: float = 20.0  # one fetch, redirects included
    check_budget_s: float = 45.0  # all fetches of one attempt (page, login, feed, sitemap)


@dataclass(frozen=True)
class FetchResult:
    status: int
    url: str
    final_url: str
    headers: httpx.Headers
    body: bytes
    tls: TlsFacts | None
    redirects: tuple[str, ...] = ()

    def text(self) -> str:
        """Return the body decoded as a browser does, replacing bad bytes.

        A byte order mark first, then the header's charset, then a <meta> one, then UTF-8. A body
        labelled Latin-1 (or another one-byte charset) that is valid UTF-8 beyond ASCII is UTF-8: the
        label is a server's default (Apache's ``AddDefaultCharset``) or an old template's, and read
        as labelled its no-break spaces, dashes and disguised words would be noise.
        """
        return self.text_and_utf8()[0]

    def text_and_utf8(self) -> tuple[str, bytes | None]:
        """Return ``text()`` and, where it is the whole body read as UTF-8 without a bad byte, the body: the text's
        UTF-8 as it is, which the page's analysis reads (``literals.Markup``) without encoding the text again."""
        body = self.body
        for bom, unicode in _BOMS:
            if body.startswith(bom):
                return body[len(bom) :].decode(unicode, errors="replace"), None
        declared = _CHARSET.search(self.headers.get("content-type", ""))
        codec = _codec(declared[1]) if declared else None
        if codec is None:  # a page that names its charset in a <meta> only, or not at all
            meta = _META_CHARSET.search(body, 0, _SNIFFED_BYTES)
            codec = _meta_codec(meta[1].decode("ascii")) if meta else "utf-8"
        if codec == "utf-8":
            text = utf8_decoded(body)  # most pages: CPython's decoder reads one beyond Latin-1 slowly
            if text is not None:
                return text, body
            try:
                return body.decode("utf-8"), body
            except UnicodeDecodeError:
                return body.decode("utf-8", errors="replace"), None
        as_utf8 = _as_utf8(body) if _one_byte(codec) and not body.isascii() else None
        return (as_utf8 if as_utf8 is not None else body.decode(codec, errors="replace")), None

    @property
    def markup_unshown(self) -> str:
        """Return the type an HTML page was served under that no browser shows it as (its code shown as text, or the
        page downloaded as a file: S3's type for a file uploaded without one), or ""."""
        kind: str = self.headers.get("content-type", "").partition(";")[0].strip().lower()
        if kind not in _NOT_SNIFFED or not self.body[:_SNIFFED_BYTES].lstrip(_BLANK).lower().startswith(_MARKUP_STARTS):
            return ""
        return kind

    @property
    def is_html(self) -> bool:
        """Whether the body is a page to analyse: HTML or text, in an encoding that was read (not zstd)."""
        if not readable(self.headers.get("content-encoding", "")):
            return False
        # An empty type is no type: a browser sniffs the page, as it does where the header is missing.
        kind = self.headers.get("content-type", "").strip().lower() or "text/html"
        # XML by its subtype ("text/xml", "application/rss+xml"), not by a word in its name: Office's
        # "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" is a zip.
        if "html" in kind or kind.partition(";")[0].strip().endswith("xml") or kind.startswith("text/"):
            return True
        # A script's source, sent as a file where the server does not run it: Apache's type for it
        # (``application/x-httpd-php``), or nginx's ``default_type application/octet-stream`` for an
        # ``index.php`` its PHP location missed. A browser downloads it; anyone reads the code.
        return "php" in kind or self.body[:_SNIFFED_BYTES].lstrip(_BLANK).lower().startswith(_SOURCE_STARTS)


class Session:
    """One check's HTTP session: its own cookies and connections, guarded and bounded.

    ``landing``: whether its fetches follow a page that only sends the browser on within its site (a
    meta refresh, a script: ``landing_target``) as they follow a 3xx; the application's page
    and its extra views are fetched so.
    """

    landing = False

    def __init__(
        self,
        policy: AddressPolicy,
        resolve: Sequence[ResolveRule],
        limits: FetchLimits,
        ca_bundle: str | None = None,
        user_agent: str = BROWSER_UA,
        resolver: Resolver = system_resolver,
    ) -> None:
        self.clock = PhaseClock()
        self.limits = limits
        self._deadline = time.monotonic() + limits.check_budget_s
        self._guard = Guard(policy, resolve, resolver)
        self._ca_bundle, self._user_agent = ca_bundle, user_agent
        self._transport: httpx.AsyncBaseTransport = GuardedTransport(
            self._guard, self.clock, partial(ssl_context, ca_bundle)
        )
        # What httpx's client would add to every request, without the client: its layer (cookies,
        # auth, redirects, hooks, mounts) cost a third of a fetch, and the session does its part itself.
        self.headers = httpx.Headers(_headers(user_agent))  # its own copy: a session's change stays its own
        self._cookies: httpx.Cookies | None = None  # the jar, made where a cookie is set or the jar asked for
        self.timeout = _timeout(limits.read_timeout_s, limits.connect_timeout_s)
        self._extensions = _extensions(limits.read_timeout_s, limits.connect_timeout_s)
        self._retired: list[httpx.AsyncBaseTransport] = []  # replaced by a completed chain's, closed with the session
        self._chain_tried = False  # an incomplete chain is completed once per attempt, by the session itself
        self._incomplete_host: str | None = None

    def alongside(self, user_agent: str, referer: str | None = None, landing: bool = False) -> Session:
        """Return a session of its own cookies, user agent (and referer) over this session's guarded connections.

        It has a time budget of its own, and must end before this session, which closes the connections.
        """
        other = copy.copy(self)  # the guard, the limits, the connections and their clock
        other.landing = landing
        other._deadline = time.monotonic() + self.limits.check_budget_s
        other._transport = BorrowedTransport(self._transport)
        other.headers, other._cookies = httpx.Headers(_headers(user_agent, referer)), None
        other._retired, other._chain_tried = [], True
        return other

    @property
    def cookies(self) -> httpx.Cookies:
        """The session's cookie jar: made where it is first asked for, as most sessions set and send no cookie (a
        ``CookieJar``, its lock and its policy made for nothing at each check)."""
        if self._cookies is None:
            self._cookies = httpx.Cookies()
        return self._cookies

    @cookies.setter
    def cookies(self, jar: httpx.Cookies) -> None:
        self._cookies = jar

    async def __aenter__(self) -> Session:
        return self

    async def __aexit__(self, *exc: object) -> None:
        for transport in self._retired:
            await transport.aclose()
        await self._transport.aclose()

    async def fetch(
        self,
        url: str,
        *,
        method: str = "GET",
        data: Any = None,
        headers: dict[str, str] | None = None,
        landing: bool | None = None,
    ) -> FetchResult:
        """Fetch ``url`` following redirects by hand; raise FetchError with the failure kind.

        ``landing`` (the session's own by default): a page that only sends the browser on within its site
        is followed too, as a redirect.
        """
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("timeout", "anggaran waktu pemeriksaan habis")
        trail: list[str] = []  # the addresses redirects led to, in order
        lands = (self.landing if landing is None else landing) and method == "GET" and data is None
        try:
            with Deadline(min(self.limits.total_timeout_s, remaining)):
                if lands:
                    return await self._land(url, headers, trail)
                return await self._follow(url, method, data, headers, trail)
        except FetchError as failed:
            failed.redirected_to = trail[-1] if trail else None
            raise
        except Exception as exc:
            error = classify(exc)
        if error.kind == "tls" and error.tls is not None:
            if await self._completed_chain(url, error):
                return await self.fetch(url, method=method, data=data, headers=headers, landing=landing)
            error.tls, error.certificate_names = await self._certificate_facts(url, error.tls)
        error.redirected_to = trail[-1] if trail else None
        raise error

    async def _completed_chain(self, url: str, error: FetchError) -> bool:
        """Fetch the intermediate a server left out of its chain, as a browser does; True once the
        session's connections trust it (``issuers``)."""
        if self._chain_tried or "unable to get local issuer" not in error.detail.lower():
            return False
        # Imported here: few servers leave an intermediate out, and cryptography's X.509 is a slow import.
        from . import issuers

        self._chain_tried = True
        parts = urlsplit(url)
        host = parts.hostname or ""
        try:
            with Deadline(min(self.limits.connect_timeout_s, 5.0)):
                leaf = await peer_certificate(self._guard, host, parts.port or 443)
        except Exception:  # best effort: the verification error stands
            return False
        for address in issuers.issuer_urls(leaf):
            try:
                answer = await self.fetch(address, headers={"Accept": "application/pkix-cert, */*"})
            except FetchError:
                continue
            found = issuers.certificates_in(answer.body) if answer.status < 400 else []
            intermediates = issuers.completing(leaf, found, host, self._ca_bundle)
            if intermediates:
                self._trust(issuers.completed_context(self._ca_bundle, intermediates))
                self._incomplete_host = host
                return True
        return False

    def _trust(self, context: ssl.SSLContext) -> None:
        # New connections that know the intermediates; the cookies stay the session's.
        self._retired.append(self._transport)
        self._transport = GuardedTransport(self._guard, self.clock, lambda: context)

    async def _certificate_facts(self, url: str, facts: TlsFacts) -> tuple[TlsFacts, tuple[str, ...]]:
        parts = urlsplit(url)
        try:
            with Deadline(min(self.limits.connect_timeout_s, 5.0)):
                return await unverified_facts(self._guard, parts.hostname or "", parts.port or 443, facts)
        except Exception:  # best effort: the verification error is what counts
            return facts, ()

    async def _land(self, url: str, headers: dict[str, str] | None, trail: list[str]) -> FetchResult:
        """Fetch ``url``, then where each page that only sends the browser on within its site leads."""
        result = await self._follow(url, "GET", None, headers, trail)
        for _ in range(_LANDING_HOPS):
            target = landing_target(result)
            if target is None:
                return result
            trail.append(target)
            landed = await self._follow(target, "GET", None, headers, trail)
            result = replace(landed, url=url, redirects=(*result.redirects, result.final_url, *landed.redirects))
        passed = [*result.redirects, result.final_url]
        target = landing_target(result)
        if target is not None and len(set(passed)) < len(passed):  # round and round, as a browser goes
            raise FetchError("redirects", _too_many(url, [*passed, target], self.limits.max_redirects))
        return result

    async def _follow(
        self, url: str, method: str, data: Any, headers: dict[str, str] | None, trail: list[str]
    ) -> FetchResult:
        current = url
        hops: list[str] = []  # the addresses that answered with a redirect
        for _ in range(self.limits.max_redirects + 1):
            if hops:
                trail.append(current)  # what a failure from here on failed at
            try:
                _require_http(current)
                response = await self._send(method, current, data, headers)
            except httpx.InvalidURL as exc:
                if not trail or trail[-1] != current:  # the address asked for, not one the server sent the fetch to
                    raise
                raise FetchError("other", _unfollowed(current, exc)) from exc
            except Exception as exc:
                refused = _refused_redirect(exc, current) if hops else None
                if refused is None:
                    raise
                raise refused from exc
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    hops.append(current)
                    answered = _address_text(current, response)
                    current = without_credentials(_redirect_target(answered, response.headers["location"]))
                    if response.status_code in (301, 302, 303):
                        method, data = "GET", None
                    continue
                return await self._result(url, response, tuple(hops), _address_text(current, response))
            finally:
                await response.aclose()
        raise FetchError("redirects", _too_many(url, [*hops, current], self.limits.max_redirects))

    async def _send(self, method: str, url: str, data: Any, headers: dict[str, str] | None) -> httpx.Response:
        """Send one request as httpx's client would (its headers, cookies and timeouts), without following."""
        sent = self.headers
        if headers:
            sent = self.headers.copy()
            sent.update(headers)
        cookies = self._cookies or None  # most sessions have none: the jar is not read for each request
        request = _request(method, _request_url(url), data, sent, cookies, self._extensions)
        response = await self._transport.handle_async_request(request)
        response.request = request
        if "set-cookie" in response.headers:  # http.cookiejar builds a urllib request for every response it reads
            self.cookies.extract_cookies(response)
        return response

    async def _result(self, url: str, response: httpx.Response, hops: tuple[str, ...], final: str) -> FetchResult:
        body = await read_bounded(response, self.limits.max_body_bytes)
        tls = verified_facts(response)
        if tls is not None and response.url.host == self._incomplete_host:
            tls = replace(tls, valid=False, error=INCOMPLETE_CHAIN)  # verified with an intermediate fetched
        return FetchResult(response.status_code, url, final, response.headers, body, tls, hops)


def landing_target(page: FetchResult) -> str | None:
    """Return the address on its own site that a page which only sends the browser on leads to
    (``core.landing``), or None: a 2xx page of HTML, small, that names a refresh or a location."""
    refresh = page.headers.get("refresh", "")
    if not 200 <= page.status < 300 or not page.is_html or not landing.may_send_on(page.body, refresh):
        return None
    # A protection's page that sends the browser on to its own check (SiteGround's refresh to its captcha) is the
    # protection: judged where it stands, not at the captcha it leads to.
    if blocked.recognise(page.status, page.headers, page.body) is not None:
        return None
    return landing.landing_target(page.text(), refresh, page.final_url)


@lru_cache(maxsize=256)
def _codec(label: str) -> str | None:
    """Return the Python codec a browser's label names, or None for a name no browser knows."""
    return _BROWSER_CODECS.get(label.strip().lower())


@lru_cache(maxsize=64)
def _one_byte(codec: str) -> bool:
    return _ONE_BYTE.fullmatch(codecs.lookup(codec).name) is not None


def _as_utf8(body: bytes) -> str | None:
    """Return ``body`` read as UTF-8, or None where it is not (but for a character cut at its end)."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(body) - 3:  # a body cut short
            return body.decode("utf-8", errors="replace")
        return None


def _meta_codec(label: str) -> str:
    # A page's own <meta> cannot declare UTF-16: its bytes were just read as ASCII; a browser reads
    # x-user-defined declared there as windows-1252.
    codec = _codec(label) or "utf-8"
    return "utf-8" if codec.startswith("utf-16") else "cp1252" if codec == "latin-1" else codec


# The headers and the timeout of each user agent and limits are built once, not on every check's session.
@lru_cache(maxsize=64)
def _timeout(read_s: float, connect_s: float) -> httpx.Timeout:
    return httpx.Timeout(read_s, connect=connect_s)


@lru_cache(maxsize=64)
def _extensions(read_s: float, connect_s: float) -> dict[str, Any]:
    return {"timeout": _timeout(read_s, connect_s).as_dict()}  # read by the transport only


@lru_cache(maxsize=16)
def _headers(user_agent: str, referer: str | None = None) -> httpx.Headers:
    # httpx's client's own (Accept, Connection), then the checker's: as a browser sends them.
    headers = {
        "Accept": "*/*",
        "Accept-Encoding": "gzip, deflate, br",
        "Connection": "keep-alive",
        "User-Agent": user_agent,
        "Accept-Language": "id-ID,id;q=0.9,en;q=0.5",
    }
    if user_agent == GOOGLEBOT_UA:
        # As Googlebot asks: in no language, and saying who it is. Cloaking scripts tell the crawler
        # by a request without Accept-Language as often as by its name, and serve it their spam.
        headers.pop("Accept-Language")
        headers |= {"Accept": _GOOGLEBOT_ACCEPT, "From": "googlebot(at)googlebot.com"}
    return httpx.Headers({**headers, "Referer": referer} if referer else headers)


_GOOGLEBOT_ACCEPT = "text/html,application/xhtml+xml,application/signed-exchange;v=b3,application/xml;q=0.9,*/*;q=0.8"


def _request(
    method: str,
    url: httpx.URL | str,
    data: Any,
    headers: httpx.Headers,
    cookies: httpx.Cookies | None,
    extensions: dict[str, Any],
) -> httpx.Request:
    """Return ``httpx.Request(method, url, data=data, headers=headers, cookies=cookies, extensions=extensions)``.

    A GET without a body or cookies (nearly every request) is made as httpx makes it, less what its constructor does
    for a body it does not have: it looks up a Content-Type, a Host, a Content-Length and a Transfer-Encoding there are
    not, makes the headers twice (each time asking whether they are a Mapping, an ABC's check), and reads the empty body
    through a generator after asking whether it is a ``typing.Iterable``; some 100 k instructions a request, against
    13 k. The request is the same: its attributes set in httpx's order, its headers the Host first (where they have
    none), then the given ones; its body an empty ``ByteStream``, read.
    """
    if method != "GET" or data is not None or cookies:
        return httpx.Request(method, url, data=data, headers=headers, cookies=cookies, extensions=extensions)
    request = _new(httpx.Request)
    request.method = "GET"
    # httpx's copy of a URL is the same URL: its parts are never changed, only copied into a new one.
    request.url = target = url if type(url) is httpx.URL else httpx.URL(url)
    # The headers' own (name, lowered name, value) triples, as httpx.Headers would make them again of their bytes.
    named = headers._list
    for _, lowered, _ in named:
        if lowered == b"host":
            break
    else:
        if target.host:
            named = [(b"Host", b"host", target.netloc), *named]
    request.headers = _headers_of(named)
    request.extensions = dict(extensions)
    request.stream = _NO_BODY
    request._content = b""  # ``read()``'s, of the empty body
    return request


_NO_BODY = httpx.ByteStream(b"")  # a GET's: read, never written to
_new = object.__new__  # an httpx model without its constructor: its attributes set as the constructor sets them


def _headers_of(triples: list[tuple[bytes, bytes, bytes]]) -> httpx.Headers:
    """Return ``httpx.Headers`` of the (name, lowered name, value) triples of other headers, without checking each
    name and value again: ``httpx.Headers([(name, value), ...])`` as it would be made of them (its own two
    attributes, no encoding set)."""
    made: httpx.Headers = _new(httpx.Headers)
    made._list = list(triples)
    made._encoding = None
    return made


# httpx parses a URL in Python, and an application's address comes back on every check.
_parsed_url = lru_cache(maxsize=4096)(httpx.URL)


def _request_url(url: str) -> httpx.URL | str:
    # One with a query (a GET login form's fields, a session id) or with credentials in it
    # (user:password@host) is parsed afresh and never kept.
    return url if "?" in url or "@" in url else _parsed_url(url)


def _address_text(asked: str, response: httpx.Response) -> str:
    """Return ``str(response.url)`` of the answer to a request for ``asked`` (``Session._send``: its URL is
    ``_request_url(asked)``'s): httpx writes a URL's text anew from its parts at each call, 9 k instructions; the text
    of a URL kept parsed is kept with it."""
    return str(response.url) if "?" in asked or "@" in asked else _url_text(asked)


@lru_cache(maxsize=4096)
def _url_text(url: str) -> str:
    return str(_parsed_url(url))


def without_credentials(url: str) -> str:
    """Return ``url`` without the user name and password a redirect's ``Location`` may carry.

    The checker sends no credentials it was not given (the registry refuses them in an address), and
    an address it follows goes into its events and the officials' documents: a password must not.
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc=parts.netloc.rpartition("@")[2]).geturl()


def _redirect_target(url: str, location: str) -> str:
    """Return the address a redirect's ``location`` names from ``url``; one no browser can go to (a port
    beyond 65535, a broken IPv6 host) is said in words, not as the parser's error."""
    try:
        target = urljoin(url, location)
        parts = urlsplit(target)
        parts.port  # noqa: B018 - read for its check of the port's range
    except ValueError:
        raise FetchError("other", f"server mengalihkan ke alamat yang tidak sah: {_shown(location)}") from None
    if parts.scheme in ("http", "https") and not parts.hostname:
        raise FetchError("other", f"server mengalihkan ke alamat tanpa nama host: {_shown(location)}")
    return target


def _unfollowed(address: str, exc: httpx.InvalidURL) -> str:
    """Say why an address a server sent the fetch to (by a redirect, a refresh) could not be asked for: httpx's
    reason is English, and names no redirect."""
    shown = _shown(address)
    if "too long" in str(exc):
        return f"server mengalihkan ke alamat sepanjang {len(address)} karakter, melebihi yang dapat diperiksa: {shown}"
    return f"server mengalihkan ke alamat yang tidak sah: {shown}"


def _shown(address: str) -> str:
    """Return the start of an address as an official may read it: its characters that print, the others as "?"."""
    return "".join(c if c.isprintable() else "?" for c in address[:120])


def _refused_redirect(exc: Exception, target: str) -> FetchError | None:
    # The guard's refusal names an address; the official needs to know a redirect led there.
    error = exc if isinstance(exc, FetchError) else classify(exc)
    if error.kind != "blocked":
        return None
    return FetchError("blocked", f"pengalihan ke {target} diblokir: {error.detail}")


def _too_many(url: str, visited: list[str], limit: int) -> str:
    """Say why a chain of redirects was given up: a loop between the same addresses, or a long chain."""
    for end, address in enumerate(visited):
        if address in visited[:end]:
            loop = visited[visited.index(address) : end + 1]
            return f"pengalihan berputar tanpa akhir: {' → '.join(loop)}"
    return f"lebih dari {limit} pengalihan dari {url}"


def _require_http(url: str) -> None:
    if urlsplit(url).scheme not in ("http", "https"):
        raise FetchError("blocked", f"skema {urlsplit(url).scheme!r} tidak diizinkan")
