"""httpx's models of a fetch made without their constructors, pinned to what the constructors made.

- A GET's request (``session._request``): made as ``httpx.Request(...)`` makes it, its attributes set in httpx's order,
  the URL given kept (httpx's copy of it is the same URL), its body an empty ``ByteStream`` already read.
- An answer (``transport._Answer``): ``httpx.Response(status, stream=body, extensions=...)`` with the answer's
  headers, its attributes those httpx sets, in its order; its close gives the connection back once, as httpx's did.
- The text of an answer's address (``session._address_text``): ``str(response.url)``, kept for an address kept parsed.

The references are the code replaced: ``request_before`` (the GET as the branch made it before), httpx's own
``Response`` and ``Response.aclose``, and ``str(response.url)``; the pages are a department's vendor's.
"""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from types import SimpleNamespace
from typing import Any, ClassVar

import httpx
import pytest
from unit.checker.local_http import serving

from pantau_checker.http import FetchLimits, Session
from pantau_checker.http import session as session_module
from pantau_checker.http import transport as transport_module
from pantau_checker.http.body import read_bounded
from pantau_checker.http.transport import AnswerHeaders, _Answer, _Body
from pantau_common.netguard import AddressPolicy
from pantau_common.registry.model import ResolveRule

PAGE = (
    "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Dinas Kesehatan Kota Bekasi</title></head>"
    "<body><nav><a href='/'>Beranda</a> • <a href='/profil'>Profil</a> • <a href='/berita'>Berita</a></nav>"
    "<article><h2>“Posyandu Remaja” dibuka di 12 kelurahan</h2><time>Senin, 30 November 2026</time></article>"
    "<article><h2>Vaksinasi HPV untuk siswi kelas 5–6</h2><time>27 November 2026</time></article>"
    "<div id='jam'>08:15:02 WIB</div><footer>© 2026 Pemerintah Kota Bekasi · Hak cipta dilindungi</footer>"
    "</body></html>"
).encode()

ADDRESSES = [
    "http://dinkes.bekasikota.go.id/",
    "https://dinkes.bekasikota.go.id/",
    "http://DINKES.Bekasikota.go.id:80/berita/",  # a default port and capitals, which httpx drops and lowers
    "https://dinkes.bekasikota.go.id:8443/berita/2026/11/posyandu-remaja",
    "https://dinas-ketahanan-pangan.bekasikota.go.id/%7Eadmin/berita%20terkini/",
    "https://dinkes.bekasikota.go.id/berita?id=12&q=posyandu",  # a query: parsed afresh, never kept
    "http://operator:rahasia@simpeg.bekasikota.go.id/",  # credentials: parsed afresh, never kept
    "http://103.10.20.30/simpeg/",
    "http://[2001:db8::1]:8443/",
    "http://bücher.example/",
    "https://xn--bksi-loa.id/",
]

EXTRAS: list[dict[str, str]] = [
    {},
    {"User-Agent": session_module.VISITOR_UA, "Accept": session_module.VISITOR_ACCEPT},
    {"Host": "portal.bekasikota.go.id"},
    {"host": "lain.bekasikota.go.id", "Accept": "text/css,*/*;q=0.1"},
    {"Referer": "https://www.google.com/"},
]


def request_before(
    method: str, url: httpx.URL | str, headers: httpx.Headers, extensions: dict[str, Any]
) -> httpx.Request:
    """``session._request``'s GET without cookies as the branch made it before: through httpx's constructor."""
    request = httpx.Request(method, url, stream=httpx.ByteStream(b""), extensions=extensions)
    named = headers._list
    if request.url.host and not any(lowered == b"host" for _, lowered, _ in named):
        named = [(b"Host", b"host", request.url.netloc), *named]
    made = httpx.Headers()
    made._list = list(named)
    request.headers = made
    request.read()
    return request


def same_request(made: httpx.Request, expected: httpx.Request) -> None:
    assert made.headers._encoding is expected.headers._encoding is None  # read first: ``encoding`` sets it
    assert list(vars(made)) == list(vars(expected))  # the same attributes, set in the same order
    assert list(vars(made.headers)) == list(vars(expected.headers))
    assert made.method == expected.method
    assert made.url == expected.url and str(made.url) == str(expected.url)
    assert made.headers.raw == expected.headers.raw and made.headers._list == expected.headers._list
    assert made.headers.encoding == expected.headers.encoding
    assert made.content == expected.content == b"" and made.read() == b""
    assert made.extensions == expected.extensions and made.extensions is not expected.extensions
    assert type(made.stream) is type(expected.stream) and list(made.stream) == list(expected.stream)  # type: ignore[call-overload]
    assert transport_module._head(made) == transport_module._head(expected)


def session_headers(extra: dict[str, str]) -> httpx.Headers:
    headers = session_module._headers(session_module.BROWSER_UA).copy()
    headers.update(extra)
    return headers


# --- a GET's request ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ADDRESSES)
@pytest.mark.parametrize("extra", EXTRAS)
def test_a_gets_request_is_the_one_httpx_and_the_branch_before_made(address: str, extra: dict[str, str]) -> None:
    headers = session_headers(extra)
    extensions = session_module._extensions(10.0, 5.0)
    for url in (address, session_module._request_url(address)):
        same_request(
            session_module._request("GET", url, None, headers, None, extensions),
            httpx.Request("GET", url, headers=headers, extensions=extensions),
        )
        made = session_module._request("GET", url, None, headers, None, extensions)
        same_request(made, request_before("GET", url, headers, extensions))
        assert made.headers._list is not headers._list  # the session's headers are not the request's
        hosts = [name for name, _ in made.headers.raw if name.lower() == b"host"]
        assert hosts == ([b"Host"] if "host" not in {k.lower() for k in extra} else [next(iter(hosts))])
        if "host" not in {k.lower() for k in extra}:
            assert made.headers.raw[0][0] == b"Host"  # first, as httpx puts it
    assert headers.raw == session_headers(extra).raw  # untouched


def test_a_gets_url_given_parsed_is_the_requests_and_one_given_as_text_is_parsed() -> None:
    kept = session_module._request_url("http://dinkes.bekasikota.go.id/")
    assert isinstance(kept, httpx.URL)
    assert session_module._request("GET", kept, None, session_headers({}), None, {}).url is kept
    made = session_module._request("GET", "http://dinkes.bekasikota.go.id/?p=1", None, session_headers({}), None, {})
    assert type(made.url) is httpx.URL and str(made.url) == "http://dinkes.bekasikota.go.id/?p=1"


def test_a_gets_request_is_made_without_httpxs_constructor(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("httpx's constructor called")

    headers = session_headers({})
    monkeypatch.setattr(httpx.Request, "__init__", refused)
    monkeypatch.setattr(httpx.Headers, "__init__", refused)
    made = session_module._request("GET", "http://dinkes.bekasikota.go.id/", None, headers, None, {})
    assert made.method == "GET" and made.headers["host"] == "dinkes.bekasikota.go.id"
    with pytest.raises(AssertionError, match="constructor"):  # any other request is httpx's own
        session_module._request("POST", "http://dinkes.bekasikota.go.id/", {"q": "x"}, headers, None, {})


def test_a_gets_headers_changed_leave_the_sessions_and_the_next_requests_alone() -> None:
    headers, extensions = session_headers({}), session_module._extensions(10.0, 5.0)
    first = session_module._request("GET", "http://dinkes.bekasikota.go.id/", None, headers, None, extensions)
    assert first.extensions == extensions and first.extensions is not extensions
    first.headers["X-Only-Here"] = "1"
    first.extensions["changed"] = True
    again = session_module._request("GET", "http://dinkes.bekasikota.go.id/", None, headers, None, extensions)
    assert "x-only-here" not in headers and "host" not in headers and "changed" not in extensions
    assert "x-only-here" not in again.headers and "changed" not in again.extensions


@pytest.mark.parametrize(
    ("method", "data", "cookies"),
    [
        ("POST", {"username": "operator", "password": "rahasia"}, None),
        ("HEAD", None, None),
        ("GET", {"q": "berita"}, None),
        ("GET", None, httpx.Cookies({"PHPSESSID": "9f1c2a"})),
    ],
)
def test_other_requests_are_httpxs_own(method: str, data: Any, cookies: httpx.Cookies | None) -> None:
    headers, extensions = session_headers({}), session_module._extensions(10.0, 5.0)
    url = "https://eoffice.bekasikota.go.id/login"
    made = session_module._request(method, url, data, headers, cookies, extensions)
    expected = httpx.Request(method, url, data=data, headers=headers, cookies=cookies, extensions=extensions)
    assert list(vars(made)) == list(vars(expected))
    assert (made.method, made.url, made.headers.raw, made.content) == (
        expected.method,
        expected.url,
        expected.headers.raw,
        expected.content,
    )


# --- an answer ---------------------------------------------------------------------------------------------------

HEADS = [
    [],
    [(b"Content-Type", b"text/html; charset=UTF-8"), (b"Content-Length", b"33665"), (b"Connection", b"keep-alive")],
    [
        (b"Server", b"nginx"),
        (b"Content-Type", b"text/html; charset=UTF-8"),
        (b"Set-Cookie", b"XSRF-TOKEN=eyJpdiI6; path=/"),
        (b"set-cookie", b"laravel_session=eyJpdiI6; path=/; httponly"),
        (b"X-Kantor", "Dinas Kesehatan ©".encode("latin-1")),
    ],
]


def _owner(released: list[Any]) -> Any:
    return SimpleNamespace(release=lambda key, connection: released.append(key))


def answer_before(status: int, raw: list[tuple[bytes, bytes]], body: _Body, tls: Any) -> httpx.Response:
    """The transport's answer as it was made: by httpx's constructor, the headers set after."""
    response = httpx.Response(status, stream=body, extensions={"http_version": b"HTTP/1.1", "ssl_object": tls})
    response.headers = AnswerHeaders(raw)
    return response


@pytest.mark.parametrize("raw", HEADS)
@pytest.mark.parametrize("status", [200, 301, 404, 503, 0, 999])
def test_an_answer_is_the_response_httpx_made(raw: list[tuple[bytes, bytes]], status: int) -> None:
    key = ("https", "dinkes.bekasikota.go.id", 443)
    tls = object() if status == 200 else None
    made = _Answer(status, AnswerHeaders(raw), _Body(_owner([]), key, None, 10.0), tls)  # type: ignore[arg-type]
    before = answer_before(status, raw, _Body(_owner([]), key, None, 10.0), tls)  # type: ignore[arg-type]
    assert isinstance(made, httpx.Response)
    assert list(vars(made)) == list(vars(before))  # the same attributes, set in the same order
    for name, value in vars(before).items():
        if name not in ("headers", "stream"):
            assert getattr(made, name) == value, name
    other = _Answer(status, AnswerHeaders(raw), _Body(_owner([]), key, None, 10.0), tls)  # type: ignore[arg-type]
    assert made.extensions is not other.extensions and made.history is not other.history  # each answer's own
    assert made.headers.raw == before.headers.raw and list(made.headers.items()) == list(before.headers.items())
    assert made.headers.encoding == before.headers.encoding
    assert (made.http_version, made.reason_phrase, repr(made)) == (
        before.http_version,
        before.reason_phrase,
        repr(before),
    )
    assert (made.is_success, made.is_redirect, made.is_error) == (
        before.is_success,
        before.is_redirect,
        before.is_error,
    )
    for response in (made, before):
        with pytest.raises(RuntimeError, match="request instance has not been set"):
            _ = response.url
    request = session_module._request("GET", "https://dinkes.bekasikota.go.id/", None, session_headers({}), None, {})
    made.request = before.request = request
    assert made.url == before.url and made.request is request


def test_an_answer_is_made_without_httpxs_constructor(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("httpx's constructor called")

    monkeypatch.setattr(httpx.Response, "__init__", refused)
    made = _Answer(200, AnswerHeaders(HEADS[1]), _Body(_owner([]), ("http", "a", 80), None, None), None)  # type: ignore[arg-type]
    assert made.status_code == 200 and made.headers["content-length"] == "33665"


def test_an_answers_close_gives_the_connection_back_once_as_httpxs_did() -> None:
    async def closed(response: httpx.Response) -> None:
        await response.aclose()
        await response.aclose()

    key = ("http", "dinkes.bekasikota.go.id", 80)
    made_released: list[Any] = []
    before_released: list[Any] = []
    made = _Answer(200, AnswerHeaders([]), _Body(_owner(made_released), key, None, None), None)  # type: ignore[arg-type]
    before = answer_before(200, [], _Body(_owner(before_released), key, None, None), None)  # type: ignore[arg-type]
    assert not made.is_closed
    asyncio.run(closed(made))
    asyncio.run(closed(before))
    assert made_released == before_released == [key]
    assert made.is_closed and before.is_closed
    assert made.is_stream_consumed is before.is_stream_consumed is False


class _CountedBody(httpx.AsyncByteStream):
    def __init__(self) -> None:
        self.closed = 0

    async def aclose(self) -> None:
        self.closed += 1


def test_an_answers_body_is_closed_once_as_httpx_closed_it() -> None:
    async def closed(response: httpx.Response) -> None:
        await response.aclose()
        await response.aclose()

    made_body, before_body = _CountedBody(), _CountedBody()
    asyncio.run(closed(_Answer(200, AnswerHeaders([]), made_body, None)))  # type: ignore[arg-type]
    asyncio.run(closed(httpx.Response(200, stream=before_body)))
    assert made_body.closed == before_body.closed == 1


def test_an_answers_close_is_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx's close, through its request's context manager, is not the one a fetch's answer runs.
    async def refused(self: httpx.Response) -> None:
        raise AssertionError("httpx's close called")

    monkeypatch.setattr(httpx.Response, "aclose", refused)
    released: list[Any] = []
    made = _Answer(200, AnswerHeaders([]), _Body(_owner(released), ("http", "a", 80), None, None), None)  # type: ignore[arg-type]
    asyncio.run(made.aclose())
    assert released == [("http", "a", 80)]


# --- the text of an answer's address -----------------------------------------------------------------------------


@pytest.mark.parametrize("address", ADDRESSES)
def test_an_answers_address_is_the_text_of_its_url(address: str) -> None:
    request = session_module._request("GET", session_module._request_url(address), None, session_headers({}), None, {})
    response = _Answer(200, AnswerHeaders([]), _Body(_owner([]), ("http", "a", 80), None, None), None)  # type: ignore[arg-type]
    response.request = request
    assert session_module._address_text(address, response) == str(response.url) == str(httpx.URL(address))


def test_the_text_of_an_address_kept_parsed_is_kept_and_any_other_is_the_responses() -> None:
    class _Shown:
        def __init__(self, text: str) -> None:
            self.url = text

    kept = "http://dinkes.bekasikota.go.id:80/"
    first = session_module._address_text(kept, _Shown("not read"))  # type: ignore[arg-type]
    assert first == "http://dinkes.bekasikota.go.id/"
    assert session_module._address_text(kept, _Shown("not read")) is first  # type: ignore[arg-type]
    for fresh in ("http://dinkes.bekasikota.go.id/?p=1", "http://a:b@dinkes.bekasikota.go.id/"):
        assert session_module._address_text(fresh, _Shown("its own")) == "its own"  # type: ignore[arg-type]


# --- a session on a real server ----------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: ClassVar[list[tuple[str, str, str | None]]] = []

    def do_GET(self) -> None:
        _Handler.seen.append((self.path, self.headers.get("Host", ""), self.headers.get("Accept")))
        extra: list[tuple[str, str]] = []
        status, body = 200, PAGE
        if self.path == "/rantai":
            status, extra, body = 301, [("Location", "/lama")], b""
        elif self.path == "/lama":
            status, extra, body = 301, [("Location", "/baru/")], b""
        elif self.path == "/luar":
            status, extra, body = (
                302,
                [("Location", f"http://DINKES.Bekasikota.go.id:{self.server.server_address[1]}/x?y=1")],
                b"",
            )
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


def test_a_sessions_fetches_ask_and_read_as_before(port: int) -> None:
    async def run() -> tuple[Any, ...]:
        async with _session() as session:
            page = await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/", landing=True)
            moved = await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/lama")
            away = await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/luar")
            # A redirect's address read from the answer's URL as httpx writes it: its host lowered, its port kept.
            written = await session.fetch(f"http://Dinkes.Bekasikota.go.id:{port}/rantai")
            css = await session.fetch(f"http://dinkes.bekasikota.go.id:{port}/", headers={"Accept": "text/css"})
            request = session_module._request(
                "GET", f"http://dinkes.bekasikota.go.id:{port}/", None, session.headers, None, {}
            )
            response = await session._transport.handle_async_request(request)
            try:
                body = await read_bounded(response, 2_000_000)
            finally:
                await response.aclose()
            return page, moved, away, written, css, type(response), body, response.is_closed

    _Handler.seen.clear()
    page, moved, away, written, css, kind, body, closed = asyncio.run(run())
    host = f"dinkes.bekasikota.go.id:{port}"
    assert page.status == 200 and page.body == PAGE and page.final_url == f"http://{host}/" and page.redirects == ()
    assert moved.final_url == f"http://{host}/baru/" and moved.redirects == (f"http://{host}/lama",)
    assert away.final_url == f"http://{host}/x?y=1" and away.redirects == (f"http://{host}/luar",)
    assert written.final_url == f"http://{host}/baru/"
    assert written.redirects == (f"http://Dinkes.Bekasikota.go.id:{port}/rantai", f"http://{host}/lama")
    assert css.body == PAGE and kind is _Answer and body == PAGE and closed
    assert _Handler.seen == [
        ("/", host, "*/*"),
        ("/lama", host, "*/*"),
        ("/baru/", host, "*/*"),
        ("/luar", host, "*/*"),
        ("/x?y=1", host, "*/*"),
        ("/rantai", host, "*/*"),
        ("/lama", host, "*/*"),
        ("/baru/", host, "*/*"),
        ("/", host, "text/css"),
        ("/", host, "*/*"),
    ]
