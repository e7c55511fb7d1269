"""The session's transport (httpx over its own connections) against real servers on 127.0.0.1: the guard on
every connection, the phase timings, connections that end with their session."""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import socket
import ssl
import struct
from collections.abc import Awaitable, Callable

import pytest
from checker_servers import Reply, html_page

from pantau_checker.http import AddressBlockedError, FetchError, FetchLimits, Session
from pantau_checker.http.certificates import ssl_context
from pantau_checker.http.guard import Guard
from pantau_checker.http.protocol import Connection
from pantau_checker.http.timing import PhaseClock
from pantau_checker.http.transport import GuardedTransport
from pantau_common.netguard import AddressPolicy
from pantau_common.registry.model import ResolveRule

LOOPBACK = AddressPolicy((ipaddress.ip_network("127.0.0.1/32"),))
PUBLIC_ONLY = AddressPolicy()


def fetch(url: str, policy: AddressPolicy = LOOPBACK, rules: tuple[ResolveRule, ...] = (), ca: str | None = None):  # type: ignore[no-untyped-def]
    async def one():  # type: ignore[no-untyped-def]
        async with Session(policy, rules, FetchLimits(total_timeout_s=5.0), ca) as session:
            return await session.fetch(url), session.clock.timings()

    return asyncio.run(one())


def test_an_ip_literal_is_checked_though_it_skips_resolution(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, "rahasia"))
    with pytest.raises(FetchError) as refused:
        fetch(f"http://127.0.0.1:{site.port}/", PUBLIC_ONLY)
    assert refused.value.kind == "blocked"
    assert site.requests == []


@pytest.mark.parametrize("host", ["2130706433", "127.1", "0x7f.0.0.1"])
def test_legacy_numeric_forms_of_a_refused_address_never_connect(site, host):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, "rahasia"))
    with pytest.raises(FetchError):
        fetch(f"http://{host}:{site.port}/", PUBLIC_ONLY)
    assert site.requests == []


def test_the_data_centres_denied_ranges_are_never_contacted_even_for_an_internal_app(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Aplikasi internal", "<h1>SIMPEG</h1>")))
    response, _ = fetch(f"http://127.0.0.1:{site.port}/", AddressPolicy(internal=True))
    assert response.status == 200
    denied = AddressPolicy(internal=True, deny=(ipaddress.ip_network("127.0.0.0/8"),))
    with pytest.raises(FetchError) as refused:
        fetch(f"http://127.0.0.1:{site.port}/", denied)
    assert refused.value.kind == "blocked"
    assert len(site.requests) == 1


def test_every_socket_is_checked_as_it_is_opened() -> None:
    guard = Guard(PUBLIC_ONLY, ())
    with pytest.raises(AddressBlockedError):
        guard.socket((socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", ("10.0.0.1", 80)))
    opened = Guard(LOOPBACK, ()).socket((socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", ("127.0.0.1", 80)))
    opened.close()


class _UncheckedLookup(Guard):
    """A guard whose lookup passes every address: what is left is the check as each connection is made."""

    async def addresses(self, host: str, port: int, timeout: float | None = None) -> list[str]:
        return await self._lookup(host, port, timeout)


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_connection_to_a_refused_address_is_never_made_though_its_lookup_let_it_pass(site, scheme):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, "rahasia"))

    async def one() -> None:
        session = Session(PUBLIC_ONLY, (), FetchLimits(total_timeout_s=5.0))
        session._guard = _UncheckedLookup(PUBLIC_ONLY, ())
        session._transport = GuardedTransport(session._guard, session.clock, ssl.create_default_context)
        async with session:
            await session.fetch(f"{scheme}://127.0.0.1:{site.port}/")

    with pytest.raises(FetchError) as refused:
        asyncio.run(one())
    assert refused.value.kind == "blocked"
    assert site.requests == []


def test_plain_http_sessions_never_load_the_tls_context_and_https_loads_it_once(site, tls_site_factory, ca_bundle):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Dinkes", "ok")))
    secure = tls_site_factory("secure.bekasikota.go.id")
    secure.route("*", "/", Reply(200, html_page("Aman", "ok")))
    ssl_context.cache_clear()
    for _ in range(2):
        assert fetch(f"http://127.0.0.1:{site.port}/")[0].status == 200
    assert ssl_context.cache_info().currsize == 0
    rule = ResolveRule("secure.bekasikota.go.id", None, "127.0.0.1")
    for _ in range(2):
        answer, _ = fetch(f"https://secure.bekasikota.go.id:{secure.port}/", rules=(rule,), ca=ca_bundle)
        assert answer.status == 200 and answer.tls is not None and answer.tls.valid
    assert ssl_context.cache_info().currsize == 1 and ssl_context.cache_info().hits == 1


def test_a_name_with_one_refused_address_is_refused_whole() -> None:
    async def addresses_of_a_mixed_name(host: str, port: int) -> list[str]:
        return ["203.0.113.7", "10.0.0.1"]

    guard = Guard(PUBLIC_ONLY, (), addresses_of_a_mixed_name)
    with pytest.raises(AddressBlockedError):
        asyncio.run(guard.addresses("campur.bekasikota.go.id", 443))


def test_plain_http_reports_dns_connect_and_first_byte_but_no_tls(site):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, html_page("Dinkes", "ok")))
    rule = ResolveRule("dinkes.bekasikota.go.id", None, "127.0.0.1")
    answer, timings = fetch(f"http://dinkes.bekasikota.go.id:{site.port}/", rules=(rule,))
    assert answer.status == 200 and answer.tls is None
    assert timings.dns_ms is not None and timings.connect_ms is not None and timings.first_byte_ms is not None
    assert timings.tls_ms is None
    assert site.requests[0].headers["Host"] == f"dinkes.bekasikota.go.id:{site.port}"


def test_https_reports_the_tls_handshake_and_the_certificate(tls_site_factory, ca_bundle):  # type: ignore[no-untyped-def]
    secure = tls_site_factory("secure.bekasikota.go.id")
    secure.route("*", "/", Reply(200, html_page("Aman", "ok")))
    rule = ResolveRule("secure.bekasikota.go.id", None, "127.0.0.1")
    answer, timings = fetch(f"https://secure.bekasikota.go.id:{secure.port}/", rules=(rule,), ca=ca_bundle)
    assert answer.tls is not None and answer.tls.valid and answer.tls.hostname_match
    assert timings.tls_ms is not None and timings.tls_ms > 0
    assert timings.connect_ms is not None and timings.first_byte_ms is not None
    assert timings.first_byte_ms >= timings.connect_ms + timings.tls_ms


def test_a_long_header_line_does_not_make_a_site_broken(site):  # type: ignore[no-untyped-def]
    policy = "default-src 'self'; " + " ".join(f"https://cdn{i}.bekasikota.go.id" for i in range(400))
    site.route("*", "/", Reply(200, html_page("Dinkes", "ok"), {"Content-Security-Policy": policy}))
    answer, _ = fetch(f"http://127.0.0.1:{site.port}/")
    assert answer.status == 200 and len(policy) > 10_000


def test_cookies_set_by_one_session_never_reach_another(site):  # type: ignore[no-untyped-def]
    site.route("*", "/masuk", Reply(200, "ok", {"Set-Cookie": "sesi=rahasia; Path=/"}))
    site.route("*", "/", Reply(200, "ok"))

    async def two_sessions() -> None:
        async with Session(LOOPBACK, (), FetchLimits()) as first:
            await first.fetch(f"http://127.0.0.1:{site.port}/masuk")
            await first.fetch(f"http://127.0.0.1:{site.port}/")
        async with Session(LOOPBACK, (), FetchLimits()) as second:
            await second.fetch(f"http://127.0.0.1:{site.port}/")

    asyncio.run(two_sessions())
    assert [r.cookies.get("sesi") for r in site.requests] == [None, "rahasia", None]


# --- the session's connections: kept alive, sent on again, an answer's limits --------------------------------

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


def fetched_from(handler: Handler, *paths: str, method: str = "GET") -> tuple[list[object], int]:
    """Fetch ``paths`` in one session from an asyncio server whose connections ``handler`` serves; return
    each status (or failure's detail) and the connections the server saw."""
    opened: list[asyncio.StreamWriter] = []

    async def counted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        opened.append(writer)
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            await handler(reader, writer)
        writer.close()

    async def run() -> list[object]:
        server = await asyncio.start_server(counted, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        answers: list[object] = []
        async with server, Session(LOOPBACK, (), FetchLimits(total_timeout_s=5.0)) as session:
            for path in paths:
                try:
                    answers.append((await session.fetch(f"http://127.0.0.1:{port}{path}", method=method)).status)
                except FetchError as failed:
                    answers.append(failed.detail)
        return answers

    return asyncio.run(run()), len(opened)


def ok(body: bytes = b"<p>ok</p>", head: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %d\r\n%s\r\n" % (len(body), head) + body


def test_the_fetches_of_a_session_go_over_one_kept_alive_connection() -> None:
    async def kept_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while await reader.readuntil(b"\r\n\r\n"):
            writer.write(ok())

    assert fetched_from(kept_alive, "/", "/profil", "/berita") == ([200, 200, 200], 1)


def test_a_kept_alive_connection_the_server_closed_unanswered_is_sent_on_again_but_a_post_is_not() -> None:
    async def answers_once(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(ok())
        await reader.readuntil(b"\r\n\r\n")  # the next request on this connection: closed unanswered

    assert fetched_from(answers_once, "/", "/profil") == ([200, 200], 2)
    answers, _ = fetched_from(answers_once, "/masuk", "/masuk", method="POST")
    assert answers == [200, "server menutup koneksi tanpa mengirim jawaban"]


def test_interim_answers_before_the_real_one_are_passed_over() -> None:
    async def hinted(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </app.css>; rel=preload\r\n\r\n")
        writer.write(ok())
        await writer.drain()

    assert fetched_from(hinted, "/") == ([200], 1)


@pytest.mark.parametrize(
    ("count", "size", "answer"),
    [
        (500, 40, 200),  # a PHP app's cookie set in a loop
        (3000, 40, 200),  # or thousands of times: browsers count no headers
        (1, 60_000, 200),  # a long Content-Security-Policy
        (6000, 40, "jawaban server rusak: header HTTP tidak sah"),  # a head beyond Chrome's 256 KB
        (1, 70_000, 200),  # one long header within the head (a plugin's Link preloading its 900 styles), as in Chrome
        (1, 270_000, "jawaban server rusak: header HTTP tidak sah"),  # one header beyond the head's 256 KB
    ],
)
def test_the_limits_of_an_answers_head(count: int, size: int, answer: object) -> None:
    headers = b"".join(b"Set-Cookie: c%d=%s\r\n" % (i, b"v" * size) for i in range(count))

    async def heavy(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(ok(head=headers))
        await writer.drain()

    assert fetched_from(heavy, "/")[0] == [answer]


def test_a_connection_reset_before_the_answer_is_said_in_words() -> None:
    async def reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    assert fetched_from(reset, "/")[0] == ["server memutus koneksi sebelum jawabannya lengkap"]


def test_a_nul_in_a_header_is_no_http() -> None:
    async def nul(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(ok(head=b"X-Powered-By: PHP\x00/8.1\r\n"))
        await writer.drain()

    assert fetched_from(nul, "/")[0] == ["jawaban server rusak: header HTTP tidak sah"]


class _Unclosing:
    """A connection's socket whose close never completes: no ``connection_lost`` ever comes."""

    def get_extra_info(self, name: str) -> None:
        return None

    def close(self) -> None:
        return None


def test_a_session_ends_though_a_socket_never_reports_its_close() -> None:
    async def end() -> None:
        transport = GuardedTransport(Guard(LOOPBACK, ()), PhaseClock(), ssl.create_default_context)
        stuck = Connection()
        stuck.connection_made(_Unclosing())  # type: ignore[arg-type]
        transport._open.append(stuck)
        await asyncio.wait_for(transport.aclose(), timeout=10)
        stuck.connection_lost(None)  # its close, reported after the session stopped waiting for it

    asyncio.run(end())
