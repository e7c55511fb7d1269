"""Department servers as they really misbehave, on raw sockets on 127.0.0.1.

A web framework would not send a body shorter than its Content-Length, a broken chunk, a status
line that is no HTTP, or a plain page labelled gzip: these servers write their bytes by hand.
The check must read the page where a browser would show it, and otherwise say in Indonesian
what went wrong, within its time budget.
"""

from __future__ import annotations

import asyncio
import gzip
import ipaddress
import itertools
import socket
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from checker_servers import QUICK, QUIET_READ, ROOMY, FakeSite, Reply, make_checker
from vendor_pages import Site, department_page

from pantau_checker.http import FetchError, FetchLimits, FetchResult, Session
from pantau_common.netguard import AddressPolicy
from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

LOOPBACK = AddressPolicy((ipaddress.ip_network("127.0.0.1/32"),))
HOST = "disparbud.bekasikota.go.id"
Serve = Callable[[socket.socket, bytes], None]  # the connection and the request's head


@contextmanager
def raw_server(serve: Serve) -> Iterator[int]:
    """Run a TCP server on 127.0.0.1 whose every answer ``serve`` writes byte for byte; yield its port."""
    stop = threading.Event()

    class Handler(socketserver.BaseRequestHandler):
        def handle(self) -> None:
            head = b""
            while b"\r\n\r\n" not in head:
                data = self.request.recv(4096)
                if not data:
                    return
                head += data
            try:
                serve(self.request, head)
            except OSError:
                pass  # the checker gave up first: that is the point of some of these servers
            stop.wait(0.05)  # let the last bytes leave before the close

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server.server_address[1]
    finally:
        stop.set()
        server.shutdown()
        server.server_close()


def answer(head: str, body: bytes = b"") -> bytes:
    return head.replace("\n", "\r\n").encode("latin-1") + b"\r\n" + body


def page() -> bytes:
    html: str = department_page(Site(name="Dinas Pariwisata dan Kebudayaan Kota Bekasi"))
    return html.encode()


def check(port: int, path: str = "/", **overrides: object) -> ApplicationChecked:
    spec = AppSpec(id="disparbud-web", pd_id="disparbud", nama="Website Disparbud", url=f"http://{HOST}:{port}{path}")
    event: ApplicationChecked = asyncio.run(make_checker(port, **overrides).check(spec))
    return event


def fetch(url: str) -> FetchResult:
    async def one() -> FetchResult:
        async with Session(LOOPBACK, (), FetchLimits(total_timeout_s=5.0)) as session:
            return await session.fetch(url)

    return asyncio.run(one())


def refusal(url: str) -> FetchError:
    try:
        fetch(url)
    except FetchError as error:
        return error
    raise AssertionError(f"{url} was fetched")


# --- bodies cut short: a browser shows what came -------------------------------------------------


def test_a_body_shorter_than_its_content_length_is_read_as_far_as_it_came() -> None:
    body = page()

    def cut_short(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(answer(f"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: {len(body) + 4000}\n", body))
        conn.shutdown(socket.SHUT_WR)  # the close on the heels of the last bytes, as PHP-FPM dying does

    with raw_server(cut_short) as port:
        event = check(port)
    assert (event.availability, event.reason, event.http_status) == ("aktif", None, 200)
    assert event.content.result == "update"  # the news dates were read from the page that came


def test_a_chunked_body_that_stops_mid_chunk_is_read_as_far_as_it_came() -> None:
    body = page()

    def stops(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(answer("HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nTransfer-Encoding: chunked\n"))
        conn.sendall(f"{len(body) + 500:x}\r\n".encode() + body)
        conn.shutdown(socket.SHUT_WR)

    with raw_server(stops) as port:
        event = check(port)
    assert (event.availability, event.content.result) == ("aktif", "update")


def test_a_chunk_broken_after_the_page_never_holds_the_check_until_the_time_limit() -> None:
    body = page()

    def broken(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(answer("HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\nTransfer-Encoding: chunked\n"))
        conn.sendall(f"{len(body):x}\r\n".encode() + body + b"\r\n")
        threading.Event().wait(0.2)  # a proxy's error text where the next chunk's size should be
        conn.sendall(b"<b>Warning</b>: upstream prematurely closed connection\r\n")

    with raw_server(broken) as port:
        event = check(port)
    # The page as it came, as a browser shows it; or, should the break arrive with the head, the
    # broken framing named (test_a_chunk_size_that_is_no_number_is_said_in_words).
    assert event.reason != "waktu_habis"
    assert (event.availability, event.content.result) in (("aktif", "update"), ("tidak_aktif", "tidak_diketahui"))


def test_a_chunk_size_that_is_no_number_is_said_in_words() -> None:
    def garbled(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(answer("HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\n", b"zz\r\n<html>"))

    with raw_server(garbled) as port:
        event, error = check(port), refusal(f"http://127.0.0.1:{port}/")
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert error.detail == "jawaban server rusak: pengodean chunked tidak sah"


# --- compression a server gets wrong ------------------------------------------------------------


def test_a_plain_page_labelled_gzip_is_down_with_the_misconfiguration_named() -> None:
    body = page()

    def mislabelled(conn: socket.socket, _head: bytes) -> None:
        head = f"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\nContent-Length: {len(body)}\n"
        conn.sendall(answer(head, body))

    with raw_server(mislabelled) as port:
        event, error = check(port), refusal(f"http://127.0.0.1:{port}/")
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert error.detail == (
        "server menandai isi sebagai terkompresi (gzip) padahal isinya tidak terkompresi "
        "(salah konfigurasi server); peramban menampilkan galat, bukan halamannya"
    )


def test_a_corrupt_gzip_body_is_down_in_words() -> None:
    packed = bytearray(gzip.compress(page()))
    packed[40:80] = b"\xff" * 40

    def corrupt(conn: socket.socket, _head: bytes) -> None:
        head = f"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\nContent-Length: {len(packed)}\n"
        conn.sendall(answer(head, bytes(packed)))

    with raw_server(corrupt) as port:
        event, error = check(port), refusal(f"http://127.0.0.1:{port}/")
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert (
        error.detail
        == "isi terkompresi (gzip) rusak dan tidak dapat dibuka; peramban menampilkan galat, bukan halamannya"
    )


def test_a_truncated_gzip_body_is_read_as_far_as_it_came() -> None:
    packed = gzip.compress(page())[:-200]

    def truncated(conn: socket.socket, _head: bytes) -> None:
        head = f"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Encoding: gzip\nContent-Length: {len(packed)}\n"
        conn.sendall(answer(head, packed))

    with raw_server(truncated) as port:
        event = check(port)
    assert (event.availability, event.content.result) == ("aktif", "update")


# --- answers that are no HTTP at all ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(b"SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.10\r\n", id="ssh-on-the-web-port"),
        # A proxy's status line with HTTP/2's version over an HTTP/1.1 connection: no HTTP/1 answer.
        pytest.param(b"HTTP/2 200\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\nhalo", id="http2-version"),
    ],
)
def test_a_status_line_that_is_no_http_is_said_in_words(line: bytes) -> None:
    def ssh(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(line)

    with raw_server(ssh) as port:
        event, error = check(port), refusal(f"http://127.0.0.1:{port}/")
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert error.detail == "server menjawab tidak dengan HTTP (baris status tidak sah)"


def test_an_empty_reply_is_said_in_words() -> None:
    with raw_server(lambda _conn, _head: None) as port:
        event, error = check(port), refusal(f"http://127.0.0.1:{port}/")
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert error.detail == "server menutup koneksi tanpa mengirim jawaban"


def test_an_http_1_0_answer_without_length_ends_with_the_close() -> None:
    def old_server(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(answer("HTTP/1.0 200 OK\nContent-Type: text/html\n", page()))

    with raw_server(old_server) as port:
        event = check(port)
    assert (event.availability, event.content.result) == ("aktif", "update")


def test_a_server_that_never_answers_or_drips_is_ended_by_the_time_limit() -> None:
    def silent(conn: socket.socket, _head: bytes) -> None:
        conn.recv(1)  # until the checker gives up

    def drip(conn: socket.socket, head: bytes) -> None:
        for byte in answer("HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: 60000\n", page()):
            conn.sendall(bytes([byte]))
            threading.Event().wait(0.3)  # each byte in time for the read limit, the whole far beyond

    with raw_server(silent) as quiet, raw_server(drip) as slow:
        events = check(quiet, limits=QUICK), check(slow, limits=QUICK)
    assert [(e.availability, e.reason) for e in events] == [("tidak_aktif", "waktu_habis")] * 2


def quiet_after(sent: bytes, length: int) -> Serve:
    """A server that answers "/" with ``sent`` under a longer ``Content-Length``, then keeps the connection
    open and says nothing (until the checker gives up); any other path is not found."""

    def serve(conn: socket.socket, head: bytes) -> None:
        if head.split(b" ")[1] != b"/":
            conn.sendall(answer("HTTP/1.1 404 Not Found\nContent-Length: 0\nConnection: close\n"))
            return
        conn.sendall(answer(f"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: {length}\n", sent))
        conn.recv(1)  # kept alive, silent

    return serve


def test_a_whole_page_under_a_longer_content_length_on_a_kept_connection_is_the_page() -> None:
    # A length counted before the page was rewritten (a plugin's filter, a multibyte strlen): a
    # browser shows the page whole while it waits for the rest; the check waits out its read limit.
    body = page() + b"\n\n"
    with raw_server(quiet_after(body, len(body) + 3000)) as port:
        event = check(port, limits=QUIET_READ)
    assert (event.availability, event.reason, event.http_status) == ("aktif", None, 200)
    assert event.content.result == "update"


W3_TOTAL_CACHE = (
    b"\n<!--\nPerformance optimized by W3 Total Cache. Learn more: https://www.boldgrid.com/w3-total-cache/\n\n"
    b"Page Caching using Disk: Enhanced \nMinified using Disk\nDatabase Caching 12/143 queries in 0.042 seconds using "
    b"Disk\n\nServed from: disparbud.bekasikota.go.id @ 2026-12-05 08:00:11 by W3 Total Cache\n-->"
)
HOST_TRACKER = (
    b'\n<script type="text/javascript" src="https://stat.hosting-gratis.id/track.js?id=88231"></script>'
    b'<noscript><img src="https://stat.hosting-gratis.id/px.gif?id=88231" alt=""></noscript>'
)


@pytest.mark.parametrize(
    "whole",
    [
        pytest.param(page() + W3_TOTAL_CACHE, id="a_cache_plugins_comment_after_html"),
        pytest.param(page() + HOST_TRACKER, id="a_free_hosts_tracker_after_html"),
        pytest.param(page().replace(b"</html>", b"") + b"\n", id="a_template_ending_at_its_body"),
    ],
)
def test_a_whole_page_and_what_browsers_show_nothing_of_under_a_longer_content_length_is_the_page(whole: bytes) -> None:
    with raw_server(quiet_after(whole, len(whole) + 1500)) as port:
        event = check(port, limits=QUIET_READ)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


def test_half_a_page_ending_in_a_script_on_a_kept_connection_is_still_cut() -> None:
    body = page()
    half = body[: len(body) // 2] + b'</div><script src="/js/app.js"></script><!-- footer -->'
    with raw_server(quiet_after(half, len(body))) as port:
        event = check(port, limits=QUICK)
    assert (event.availability, event.reason) == ("tidak_aktif", "waktu_habis")


def test_half_a_page_on_a_kept_connection_that_goes_quiet_says_how_far_it_came() -> None:
    body = page()
    half = body[: len(body) // 2]
    with raw_server(quiet_after(half, len(body))) as port:
        event = check(port, limits=QUICK)
    assert (event.availability, event.reason) == ("tidak_aktif", "waktu_habis")
    assert event.reason_detail == (
        f"batas waktu habis: server berhenti mengirim isi halaman setelah {len(half)} bait "
        f"dari {len(body)} yang diumumkan header Content-Length"
    )


def test_thousands_of_headers_are_read_as_a_browser_reads_them() -> None:
    # A PHP app setting its cookie in a loop: browsers bound the head's bytes (256 KB), not its lines.
    cookies = "".join(f"Set-Cookie: ci_session_{n}=a8f5f167f44f4964e6c998dee827110c; path=/\n" for n in range(3000))

    def looping(conn: socket.socket, _head: bytes) -> None:
        body = page()
        conn.sendall(answer(f"HTTP/1.1 200 OK\nContent-Type: text/html\n{cookies}Content-Length: {len(body)}\n", body))

    with raw_server(looping) as port:
        event = check(port, limits=ROOMY)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


def test_one_long_header_within_what_browsers_read_is_read() -> None:
    # A plugin preloading its 900 styles in one Link header (73 KB): the head's bound is what counts, as in Chrome.
    preload = ", ".join(
        f"</wp-content/plugins/p{i}/assets/style-{i}.css?ver=6.6.2>; rel=preload; as=style" for i in range(900)
    )

    def preloading(conn: socket.socket, _head: bytes) -> None:
        body = page()
        conn.sendall(
            answer(f"HTTP/1.1 200 OK\nContent-Type: text/html\nLink: {preload}\nContent-Length: {len(body)}\n", body)
        )

    with raw_server(preloading) as port:
        event = check(port, limits=ROOMY)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


def test_a_head_beyond_what_browsers_read_is_down_in_words() -> None:
    flood = "".join(f"X-Debug-{n}: {'x' * 100}\n" for n in range(3000))  # some 330 KB of head

    def flooding(conn: socket.socket, _head: bytes) -> None:
        body = page()
        conn.sendall(answer(f"HTTP/1.1 200 OK\nContent-Type: text/html\n{flood}Content-Length: {len(body)}\n", body))

    with raw_server(flooding) as port:
        event = check(port, limits=ROOMY)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert event.reason_detail == "jawaban server rusak: header HTTP tidak sah"


# --- redirects ----------------------------------------------------------------------------------


def test_a_redirect_loop_is_named_as_a_loop(site: FakeSite) -> None:
    site.route("*", "/", Reply(302, "", {"Location": "/beranda"}))
    site.route("*", "/beranda", Reply(302, "", {"Location": "/id/beranda"}))
    site.route("*", "/id/beranda", Reply(302, "", {"Location": "/beranda"}))
    event = check(site.port)
    assert (event.availability, event.reason) == ("tidak_aktif", "terlalu_banyak_redirect")
    base = f"http://127.0.0.1:{site.port}"
    error = refusal(f"{base}/")
    assert error.detail == f"pengalihan berputar tanpa akhir: {base}/beranda → {base}/id/beranda → {base}/beranda"


def test_a_long_chain_that_is_no_loop_says_how_long() -> None:
    def onwards(conn: socket.socket, head: bytes) -> None:
        step = int(head.split(b" ")[1].strip(b"/") or 0)
        conn.sendall(answer(f"HTTP/1.1 302 Found\nLocation: /{step + 1}\nContent-Length: 0\n"))

    with raw_server(onwards) as port:
        error = refusal(f"http://127.0.0.1:{port}/")
    assert (error.kind, error.detail) == ("redirects", f"lebih dari 10 pengalihan dari http://127.0.0.1:{port}/")


def test_a_chain_of_six_redirects_as_a_department_builds_one_reaches_the_page(site: FakeSite) -> None:
    # http → https → www → /id → /id/ → /id/beranda → its home page: a browser follows it, and so does the check.
    hops = ["/", "/https", "/www", "/id", "/id/", "/id/beranda", "/id/beranda/index.php"]
    for here, there in itertools.pairwise(hops):
        site.route("*", here, Reply(301, "", {"Location": there}))
    site.route("*", hops[-1], Reply(200, page()))
    event = check(site.port)
    assert (event.availability, event.reason) == ("aktif", None)
    assert event.final_url is not None and event.final_url.endswith("/id/beranda/index.php")


def test_a_redirect_to_a_refused_address_stays_blocked_and_says_it_was_a_redirect(site: FakeSite) -> None:
    site.route("*", "/", Reply(302, "", {"Location": "http://169.254.169.254/latest/meta-data/"}))
    event, error = check(site.port), refusal(f"http://127.0.0.1:{site.port}/")
    assert (event.availability, event.reason, error.kind) == ("tidak_aktif", "alamat_diblokir", "blocked")
    assert error.detail.startswith("pengalihan ke http://169.254.169.254/latest/meta-data/ diblokir: ")
    assert "alamat metadata cloud" in error.detail
    assert [r.path for r in site.requests] == ["/", "/"]


def test_a_location_with_spaces_or_non_ascii_is_followed_as_a_browser_does() -> None:
    served: list[bytes] = []

    def spaced(conn: socket.socket, head: bytes) -> None:
        path = head.split(b" ")[1]
        served.append(path)
        if path == b"/":
            conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: berita terbaru/kab\xc3\xa9\r\nContent-Length: 0\r\n\r\n")
            return
        conn.sendall(answer(f"HTTP/1.1 200 OK\nContent-Type: text/html\nContent-Length: {len(page())}\n", page()))

    with raw_server(spaced) as port:
        result = fetch(f"http://127.0.0.1:{port}/")
    assert (result.status, served[-1]) == (200, b"/berita%20terbaru/kab%C3%A9")


def test_a_redirect_without_location_is_the_empty_page_it_shows(site: FakeSite) -> None:
    site.route("*", "/", Reply(302, ""))
    event = check(site.port)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "galat_aplikasi", 302)
    assert event.content.detail is not None and "halaman kosong" in event.content.detail


# --- pages beyond the limit ---------------------------------------------------------------------


def test_a_huge_page_stays_bounded_and_says_so() -> None:
    def endless(conn: socket.socket, _head: bytes) -> None:
        conn.sendall(answer("HTTP/1.1 200 OK\nContent-Type: text/html\nTransfer-Encoding: chunked\n"))
        chunk = page()
        for _ in range(400):  # 5.6 MB of news, beyond both limits, and the server would go on
            conn.sendall(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")

    with raw_server(endless) as port:
        event, error = check(port), refusal(f"http://127.0.0.1:{port}/")
    assert (event.availability, event.reason) == ("tidak_aktif", "respons_terlalu_besar")
    assert error.detail == "isi halaman melebihi batas 2000000 bait; pemeriksaan berhenti di batas itu"
