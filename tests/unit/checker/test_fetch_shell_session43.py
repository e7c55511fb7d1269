"""A fetch without httpx's iterator, context managers and header checks around what the session does itself.

Each was pure overhead of a fetch, kept here as it was to pin the new way against it:

- ``body.read_bounded`` read the body through httpx's ``aiter_raw`` (two async generators, two context managers, a
  chunker); it now awaits the transport's chunks one by one (``transport._Body.next_chunk``), any other stream as
  before: the same bytes, the same errors, at the same points;
- the connection's errors were raised as httpx's by a generator's context manager (``transport._mapped``) around
  each request and body; now by a plain ``except``, the same error for each;
- ``transport.AnswerHeaders`` tried every header as ASCII before reading them; it now reads them in one pass as
  ASCII, httpx's way where one is not;
- ``session._request`` looked a Host up through httpx's ``get_list`` and made the request's headers anew of their
  raw pairs, each name and value checked again; they are now the session's own triples, a Host first;
- a session made its cookie jar (a ``CookieJar``, its lock and its policy) at once; it is now made where a cookie is
  set or the jar asked for, and a request sends the cookies it did.

The pages are a department's, served by a real server on 127.0.0.1: navigation, dated news, a clock, a footer, and
characters beyond ASCII (bullets, curly quotes, "©", Indonesian).
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import ipaddress
import zlib
from collections.abc import AsyncIterator, Iterator
from http.server import BaseHTTPRequestHandler
from types import SimpleNamespace
from typing import Any, ClassVar

import brotli
import httpx
import pytest
from unit.checker.local_http import serving

from pantau_checker.http import FetchError, FetchLimits, Session
from pantau_checker.http import body as body_module
from pantau_checker.http import session as session_module
from pantau_checker.http import transport as transport_module
from pantau_checker.http.body import _a_page, _inflater, _still_packed, _too_large, codings, read_bounded
from pantau_checker.http.protocol import BodyCutShort, BrokenChunks, Connection, ProtocolError, ServerDisconnected
from pantau_checker.http.transport import AnswerHeaders, _Body
from pantau_common.netguard import AddressPolicy
from pantau_common.registry.model import ResolveRule

_NEWS = "\n".join(
    f'<article class="post"><h3><a href="/berita/{n}">Posyandu “Melati” RW {n:02d} • imunisasi</a></h3>'
    f'<time datetime="2026-11-{n:02d}T08:00:00+07:00">{n} November 2026</time><p>Kegiatan warga…</p></article>'
    for n in range(1, 25)
)
PAGE = f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title>
</head><body><nav><ul><li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li>
<li><a href="/berita">Berita</a></li><li><a href="/kontak">Kontak</a></li></ul></nav>
<div class="clock">Sabtu, 5 Desember 2026 — 09:41:07 WIB</div><main>{_NEWS}</main>
<footer>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Pramuka No. 1 · “Melayani dengan hati”</footer></body></html>
""".encode()


# --- the ways before, kept as the reference ---


async def read_bounded_before(response: httpx.Response, limit: int) -> bytes:
    """``body.read_bounded`` as it was: the body read through httpx's ``aiter_raw``."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = _inflater(codings(encoding))
    chunks: list[bytes] = []
    size = 0
    try:
        async for raw in response.aiter_raw():
            piece = raw
            if inflater is body_module._UNREADABLE:
                size += len(raw)
                piece = b""
            elif inflater is not None:
                piece = inflater.decompress(raw, limit - size + 1)
                if inflater.unconsumed_tail:
                    size = limit + 1
            size += len(piece)
            if size > limit:
                raise FetchError("too_large", _too_large(limit, inflater))
            chunks.append(piece)
    except (httpx.ReadError, httpx.RemoteProtocolError):
        pass
    except httpx.ReadTimeout as exc:
        if not chunks or not body_module._whole_page(chunks):
            raise FetchError("timeout", body_module._stalled(size, response.headers.get("content-length"))) from exc
    except (zlib.error, brotli.error) as exc:
        raise FetchError("other", body_module._undecodable(encoding, raw if not chunks else b"")) from exc
    body = b"".join(chunks)
    if body.startswith(body_module._GZIP) and inflater is not body_module._UNREADABLE and _a_page(response):
        raise FetchError("other", _still_packed(inflater is not None))
    return body


@contextlib.contextmanager
def mapped_before() -> Iterator[None]:
    """``transport._mapped`` as it was: a context manager around a request and around its body."""
    try:
        yield
    except TimeoutError as exc:
        raise httpx.ReadTimeout("Timeout on reading data from socket") from exc
    except (BodyCutShort, OSError) as exc:
        raise httpx.ReadError(str(exc) or type(exc).__name__) from exc
    except ProtocolError as exc:
        raise httpx.RemoteProtocolError(str(exc) or type(exc).__name__) from exc


def named_before(headers: AnswerHeaders) -> dict[str, str]:
    """``AnswerHeaders._named`` as it was: httpx's encoding (every header tried), then each header read."""
    encoding = headers.encoding
    named: dict[str, str] = {}
    for _, lowered, raw in headers._list:
        name, value = lowered.decode(encoding), raw.decode(encoding)
        named[name] = f"{named[name]}, {value}" if name in named else value
    return named


def request_before(
    method: str, url: httpx.URL | str, headers: httpx.Headers, extensions: dict[str, Any]
) -> httpx.Request:
    """``session._request``'s GET without cookies as it was."""
    request = httpx.Request(method, url, stream=httpx.ByteStream(b""), extensions=extensions)
    host = [(b"Host", request.url.netloc)] if request.url.host and not headers.get_list("host") else []
    request.headers = httpx.Headers(host + headers.raw)
    request.read()
    return request


# --- the body: the transport's chunks awaited one by one ---


class _Owner:
    """The transport a body gives its connection back to."""

    def __init__(self) -> None:
        self.released = 0

    def release(self, key: Any, connection: Connection) -> None:
        self.released += 1


class _Socket:
    def write(self, data: bytes) -> None:
        return None

    def close(self) -> None:
        return None

    def pause_reading(self) -> None:
        return None

    def resume_reading(self) -> None:
        return None


def _head(headers: dict[str, str], length: int | None) -> bytes:
    lines = ["HTTP/1.1 200 OK", *(f"{k}: {v}" for k, v in headers.items())]
    lines += [f"Content-Length: {length}"] if length is not None else ["Transfer-Encoding: chunked"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _chunked(pieces: list[bytes]) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"


# How an answer comes: its pieces of bytes, then how it ends ("whole", "lost": the connection closed, "stall": the
# server quiet, "garbage": bytes no chunk begins with).
_ANSWERS: dict[str, tuple[dict[str, str], list[bytes], str, int | None]] = {
    "page": ({"Content-Type": "text/html; charset=utf-8"}, [PAGE[:3000], PAGE[3000:]], "whole", len(PAGE)),
    "chunked": ({"Content-Type": "text/html"}, [PAGE[:1000], PAGE[1000:]], "whole", None),
    "gzip": (
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        [gzip.compress(PAGE)[:500], gzip.compress(PAGE)[500:]],
        "whole",
        len(gzip.compress(PAGE)),
    ),
    "br": ({"Content-Encoding": "br"}, [brotli.compress(PAGE)], "whole", len(brotli.compress(PAGE))),
    "deflate": ({"Content-Encoding": "deflate"}, [zlib.compress(PAGE)], "whole", len(zlib.compress(PAGE))),
    "zstd": ({"Content-Encoding": "zstd"}, [b"\x28\xb5\x2f\xfd" + PAGE[:100]], "whole", 104),
    "cut short": ({"Content-Type": "text/html"}, [PAGE[:2000]], "lost", len(PAGE)),
    "broken chunks": ({"Content-Type": "text/html"}, [b"384\r\n" + PAGE[:900] + b"\r\n", b"zz\r\n"], "garbage", None),
    "stalled whole": ({"Content-Type": "text/html"}, [PAGE], "stall", len(PAGE) + 500),
    "stalled halfway": ({"Content-Type": "text/html"}, [PAGE[:5000]], "stall", len(PAGE)),
    "too large": ({"Content-Type": "text/html"}, [PAGE, PAGE], "whole", 2 * len(PAGE)),
    "packed twice": (
        {"Content-Type": "text/html", "Content-Encoding": "gzip"},
        [gzip.compress(gzip.compress(PAGE))],
        "whole",
        len(gzip.compress(gzip.compress(PAGE))),
    ),
    "labelled packed": ({"Content-Type": "text/html", "Content-Encoding": "gzip"}, [PAGE], "whole", len(PAGE)),
}


async def _answered(name: str, before: bool) -> tuple[str, Any, int]:
    """Read the answer ``name`` over a connection fed as a server sends it; return what came (or the error's kind and
    words) and how many times the connection was given back once the response is closed."""
    headers, pieces, end, length = _ANSWERS[name]
    connection = Connection()
    connection.connection_made(_Socket())  # type: ignore[arg-type]
    connection.send(b"GET / HTTP/1.1\r\n\r\n", b"", bodiless=False)
    chunked = length is None and end != "garbage"
    wire = [_chunked(pieces)] if chunked else pieces
    loop = asyncio.get_running_loop()
    connection.data_received(_head(headers, length) + wire[0])
    for later in wire[1:]:
        loop.call_soon(connection.data_received, later)
    if end == "lost":
        loop.call_soon(connection.connection_lost, None)
    status, raw = await connection.head(None)
    owner = _Owner()
    stream = _Body(owner, ("http", "a", 80), connection, 0.05)  # type: ignore[arg-type]
    response = httpx.Response(status, stream=stream)
    response.headers = AnswerHeaders(raw)
    limit = 2 * len(PAGE) - 1 if name == "too large" else 2_000_000
    try:
        got: Any = await (read_bounded_before if before else read_bounded)(response, limit)
    except FetchError as failed:
        got = (failed.kind, failed.detail, type(failed.__cause__).__name__)
    await response.aclose()
    await response.aclose()  # as the session closes it, whatever the reading did
    return name, got, owner.released


@pytest.mark.parametrize("name", list(_ANSWERS))
def test_a_body_read_from_the_transport_is_what_httpxs_iterator_gave(name: str) -> None:
    now, before = asyncio.run(_answered(name, before=False)), asyncio.run(_answered(name, before=True))
    assert now == before
    assert now[2] == 1  # the connection given back once


def test_the_answers_read_are_pages_errors_and_pages_as_far_as_they_came() -> None:
    # The cases mean what they say: the comparison is not of two ways failing alike.
    got = {name: asyncio.run(_answered(name, before=False))[1] for name in _ANSWERS}
    for name in ("page", "chunked", "gzip", "br", "deflate", "stalled whole"):
        assert got[name] == PAGE, name
    assert got["cut short"] == PAGE[:2000]
    assert got["broken chunks"] == PAGE[:900]
    assert got["zstd"] == b""
    assert got["stalled halfway"][:1] == ("timeout",) and got["stalled halfway"][2] == "ReadTimeout"
    assert got["too large"][0] == "too_large"
    assert got["packed twice"][0] == got["labelled packed"][0] == "other"


class _Pieces(httpx.AsyncByteStream):
    """Another stream than the transport's (a test's, a client's): read through httpx's iterator, as before."""

    def __init__(self, pieces: list[bytes], error: Exception | None = None) -> None:
        self._pieces, self._error = pieces, error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self._pieces:
            yield piece
        if self._error is not None:
            raise self._error


@pytest.mark.parametrize(
    ("pieces", "error"),
    [
        ([PAGE[:10], b"", PAGE[10:]], None),  # an empty piece in the middle is no end
        ([PAGE[:4000]], httpx.ReadError("cut")),
        ([PAGE], httpx.ReadTimeout("quiet")),
        ([PAGE[:100]], httpx.ReadTimeout("quiet")),
        ([], None),
    ],
)
def test_any_other_stream_is_read_through_httpxs_iterator(pieces: list[bytes], error: Exception | None) -> None:
    async def both() -> list[Any]:
        found = []
        for read in (read_bounded, read_bounded_before):
            response = httpx.Response(200, headers={"Content-Type": "text/html"}, stream=_Pieces(pieces, error))
            try:
                found.append(await read(response, 2_000_000))
            except FetchError as failed:
                found.append((failed.kind, failed.detail))
            found.append((response.is_stream_consumed, response.is_closed))
        return found

    now, now_state, before, before_state = asyncio.run(both())
    assert now == before and now_state == before_state


# --- the connection's errors ---


@pytest.mark.parametrize(
    "error",
    [
        TimeoutError(),
        ConnectionResetError(104, "Connection reset by peer"),
        OSError(),
        BodyCutShort("Response payload is not completed"),
        BrokenChunks("Invalid character in chunk size"),
        ServerDisconnected("Server disconnected"),
        ProtocolError(),
    ],
)
def test_the_connections_errors_are_httpxs_as_before(error: Exception) -> None:
    try:
        with mapped_before():
            raise error
    except httpx.TransportError as exc:
        before = exc
    now = transport_module._mapped(error)  # type: ignore[arg-type]
    assert isinstance(error, transport_module._MAPPED)
    assert (type(now), str(now)) == (type(before), str(before))


def test_what_is_no_connection_error_is_not_mapped() -> None:
    for error in (ValueError("x"), KeyError("x"), asyncio.CancelledError()):
        assert not isinstance(error, transport_module._MAPPED)


def test_a_body_whose_wait_ends_raises_httpxs_timeout_caused_by_it() -> None:
    async def wait() -> BaseException:
        connection = Connection()
        connection.connection_made(_Socket())  # type: ignore[arg-type]
        connection.send(b"GET / HTTP/1.1\r\n\r\n", b"", bodiless=False)
        connection.data_received(_head({}, 100) + b"x" * 10)
        await connection.head(None)
        body = _Body(_Owner(), ("http", "a", 80), connection, 0.01)  # type: ignore[arg-type]
        assert await body.next_chunk() == b"x" * 10
        with pytest.raises(httpx.ReadTimeout) as waited:
            await body.next_chunk()
        return waited.value

    error = asyncio.run(wait())
    assert isinstance(error.__cause__, TimeoutError)


# --- an answer's headers ---

_HEADS = [
    [(b"Content-Type", b"text/html; charset=UTF-8"), (b"Set-Cookie", b"a=1"), (b"set-cookie", b"b=2")],
    [(b"Server", b"nginx"), (b"X-Kantor", b"Dinas Kesehatan Kota Bekasi \xa9")],  # Latin-1
    [(b"X-Judul", "Berita “Dinkes” • ©".encode()), (b"Content-Type", b"text/html")],  # UTF-8
    [(b"X-\xe9", b"nilai"), (b"Link", b'</wp-json/>; rel="https://api.w.org/"')],  # a name beyond ASCII
    [],
]


@pytest.mark.parametrize("raw", _HEADS)
def test_an_answers_headers_by_name_are_httpxs_in_one_pass(raw: list[tuple[bytes, bytes]]) -> None:
    now, before = AnswerHeaders(raw), AnswerHeaders(raw)
    assert now._named() == named_before(before)
    assert now._encoding == before._encoding == httpx.Headers(raw).encoding
    assert dict(now.items()) == dict(httpx.Headers(raw).items())


def test_headers_of_an_encoding_set_before_are_read_by_it() -> None:
    raw = [(b"X-Kantor", b"Dinas \xa9")]
    now, before = AnswerHeaders(raw), AnswerHeaders(raw)
    now.encoding = before.encoding = "iso-8859-1"
    assert now._named() == named_before(before) == {"x-kantor": "Dinas ©"}
    ascii_only = AnswerHeaders(raw)
    ascii_only.encoding = "ascii"
    with pytest.raises(UnicodeDecodeError):
        ascii_only.get("x-kantor")


# --- a request's headers ---


@pytest.mark.parametrize(
    ("url", "extra"),
    [
        ("http://dinkes.bekasikota.go.id/", {}),
        ("https://dinkes.bekasikota.go.id:8443/berita?id=12&q=“x”", {}),
        ("http://bücher.example/", {}),
        ("http://dinkes.bekasikota.go.id/", {"Host": "lain.bekasikota.go.id"}),
        ("http://dinkes.bekasikota.go.id/", {"host": "lain.bekasikota.go.id", "Accept": "text/css,*/*;q=0.1"}),
        ("http://10.0.0.7:8080/app/", {"Referer": "https://www.google.com/"}),
    ],
)
def test_a_gets_request_is_the_one_made_before(url: str, extra: dict[str, str]) -> None:
    headers = session_module._headers(session_module.BROWSER_UA).copy()
    headers.update(extra)
    extensions = session_module._extensions(10.0, 5.0)
    for address in (url, session_module._request_url(url)):
        now = session_module._request("GET", address, None, headers, None, extensions)
        before = request_before("GET", address, headers, extensions)
        assert (now.method, now.url, now.headers.raw, now.content, now.extensions) == (
            before.method,
            before.url,
            before.headers.raw,
            before.content,
            before.extensions,
        )
        assert now.headers._list == before.headers._list and now.headers.encoding == before.headers.encoding
        assert transport_module._head(now) == transport_module._head(before)
        assert now.headers._list is not headers._list  # the session's headers are not the request's
    assert [name for name, _ in now.headers.raw].count(b"Host") + [n for n, _ in now.headers.raw].count(b"host") == 1


def test_a_requests_headers_changed_leave_the_sessions_alone() -> None:
    headers = session_module._headers(session_module.BROWSER_UA).copy()
    request = session_module._request("GET", "http://dinkes.bekasikota.go.id/", None, headers, None, {})
    request.headers["X-Only-Here"] = "1"
    assert "x-only-here" not in headers and "host" not in headers


# --- a session on a real server: its cookies, its pages ---


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        _Handler.seen.append((self.path, self.headers.get("Cookie")))
        extra: list[tuple[str, str]] = []
        status, body = 200, PAGE
        if self.path == "/masuk":
            extra = [("Set-Cookie", "ci_session=abc123; path=/"), ("Set-Cookie", "lang=id; path=/")]
        elif self.path == "/lama":
            status, extra, body = 301, [("Location", "/baru")], b""
        elif self.path == "/kantor":
            extra = [("X-Kantor", "Dinas Kesehatan ©")]
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        for name, value in extra:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        return None


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    with serving(_Handler) as port:
        yield port


def _session() -> Session:
    policy = AddressPolicy(allow=(ipaddress.ip_network("127.0.0.1/32"),))
    return Session(policy, (ResolveRule("*.go.id", None, "127.0.0.1"),), FetchLimits())


def test_a_session_whose_server_sets_no_cookie_makes_no_jar_and_sends_none(port: int) -> None:
    async def run() -> tuple[Any, ...]:
        async with _session() as session:
            first = await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/", landing=True)
            again = await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/lama")
            return first, again, session._cookies

    _Handler.seen.clear()
    first, again, jar = asyncio.run(run())
    assert jar is None
    assert first.status == 200 and first.body == PAGE and first.text() == PAGE.decode()
    assert again.status == 200 and again.redirects == (f"http://dinkes.bekasikota.go.id:{port}/lama",)
    assert again.final_url == f"http://dinkes.bekasikota.go.id:{port}/baru"
    assert [cookie for _, cookie in _Handler.seen] == [None, None, None]


def test_a_cookie_set_is_kept_and_sent_back_and_a_view_has_its_own_jar(port: int) -> None:
    async def run() -> tuple[Any, ...]:
        async with _session() as session:
            await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/masuk")
            await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/")
            async with session.alongside(session_module.MOBILE_UA) as viewer:
                await viewer.fetch(f"http://dinkes.bekasikota.go.id:{port}/")
                viewer_jar = viewer._cookies
            return dict(session.cookies.items()), viewer_jar

    _Handler.seen.clear()
    cookies, viewer_jar = asyncio.run(run())
    assert cookies == {"ci_session": "abc123", "lang": "id"}
    assert viewer_jar is None
    assert [cookie for _, cookie in _Handler.seen] == [None, "ci_session=abc123; lang=id", None]


def test_a_jar_asked_for_is_the_sessions_own_and_what_it_holds_is_sent(port: int) -> None:
    async def run() -> tuple[Any, ...]:
        async with _session() as session:
            jar = session.cookies
            assert session.cookies is jar and len(jar) == 0
            jar.set("pilihan", "gelap", domain="dinkes.bekasikota.go.id")
            await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/")
            replaced = httpx.Cookies()
            session.cookies = replaced
            await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/")
            return session.cookies is replaced, session.alongside("x").cookies is not replaced

    _Handler.seen.clear()
    assert asyncio.run(run()) == (True, True)
    assert [cookie for _, cookie in _Handler.seen] == ["pilihan=gelap", None]


def test_an_answers_header_beyond_ascii_is_read_as_httpx_reads_it(port: int) -> None:
    async def run() -> Any:
        async with _session() as session:
            return await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/kantor")

    answer = asyncio.run(run())
    plain = httpx.Headers(answer.headers.raw)
    assert answer.headers.get("x-kantor") == plain.get("x-kantor") == "Dinas Kesehatan ©"  # sent as Latin-1
    assert answer.headers.encoding == plain.encoding == "iso-8859-1"


def test_a_plain_connections_response_has_no_tls_object(port: int) -> None:
    async def run() -> Any:
        async with _session() as session:
            request = session_module._request(
                "GET", f"http://dinkes.bekasikota.go.id:{port}/", None, session.headers, None, {}
            )
            response = await session._transport.handle_async_request(request)
            try:
                return response.extensions, await read_bounded(response, 2_000_000)
            finally:
                await response.aclose()

    extensions, page = asyncio.run(run())
    assert extensions == {"http_version": b"HTTP/1.1", "ssl_object": None} and page == PAGE


def test_an_owner_given_back_the_connection_once_however_often_it_is_closed() -> None:
    body = _Body(SimpleNamespace(release=lambda key, c: calls.append(key)), ("http", "a", 80), None, None)  # type: ignore[arg-type]
    calls: list[Any] = []
    asyncio.run(body.aclose())
    asyncio.run(body.aclose())
    assert calls == [("http", "a", 80)]
