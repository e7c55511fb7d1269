"""A red team of hostile and broken servers against the checker's full check, in a batch beside a healthy site.

Each hostile server (``hostile_servers_s37``) answers one department's application; a healthy department site is
checked in the same batch, on the same checker, as ``pantau-checker once`` runs them (``check_all``). Whatever the
hostile server does (bombs, bodies and heads without end, interim answers without end, redirects nowhere, pages
built to exhaust a parser, stylesheets, APIs and sitemaps built to exhaust a reader), its check ends within its
limits with an honest reason, and the healthy site is checked as it always is.
"""

from __future__ import annotations

import asyncio
import gzip
import json

import pytest
from checker_servers import FakeSite, Reply, make_checker, modified_yesterday
from hostile_servers_s37 import (
    HTML,
    Answer,
    HostileServer,
    drips,
    repeats,
    response,
    sends,
    stalls,
    zeros_packed,
)
from vendor_pages import Site, department_page, news_since

from pantau_checker.__main__ import check_all
from pantau_checker.http import FetchLimits
from pantau_common.registry.model import AppSpec, Registry
from pantau_contracts.status import REASON_DETAIL_MAX, ApplicationChecked

HOST = "disparbud.bekasikota.go.id"
NAME = "Dinas Pariwisata dan Kebudayaan Kota Bekasi"
# The checker's own limits (a page of 2 MB), but for time: no server here is slow but those that hang.
LIMITS = FetchLimits(max_body_bytes=2_000_000, total_timeout_s=20.0, read_timeout_s=10.0, connect_timeout_s=5.0)
# For the servers that hang or drip: their waits end within seconds, with room for a loaded machine.
HANGS = FetchLimits(
    max_body_bytes=2_000_000, total_timeout_s=3.0, read_timeout_s=1.5, connect_timeout_s=1.5, check_budget_s=8.0
)
SPAM = (
    '<div class="footer-links"><a href="https://kakekzeus-gacor.xyz/">bocoran rtp slot gacor hari ini</a>'
    ' <a href="https://depo10k-maxwin.xyz/">slot deposit pulsa tanpa potongan</a></div>'
)


def page(**knobs: object) -> bytes:
    """Return the department's page (``vendor_pages.department_page``) with ``knobs``, as UTF-8."""
    html: str = department_page(Site(name=NAME, **knobs))  # type: ignore[arg-type]
    return html.encode()


def stale_page(head: str = "", body_end: str = "") -> bytes:
    """Return the department's page whose latest news is three months old: the page leaves freshness open, and the
    checker asks its feed, its WordPress API or its sitemap."""
    return page(news=news_since([95, 110, 130, 160]), head=head, body_end=body_end)


def checked(
    routes: dict[str, Answer],
    site: FakeSite,
    limits: FetchLimits = LIMITS,
    cycle_id: str | None = None,
    scheme: str = "http",
) -> ApplicationChecked:
    """Check the application a hostile server of ``routes`` answers and a healthy department site in one batch;
    assert the healthy one checked as ever, and return the hostile one's event."""
    site.route("*", "/", Reply(200, department_page(Site()), modified_yesterday()))
    with HostileServer(routes) as server:
        hostile = AppSpec(
            id="disparbud-web", pd_id="disparbud", nama="Website Disparbud", url=f"{scheme}://{HOST}:{server.port}/"
        )
        healthy = AppSpec(
            id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://dinkes.bekasikota.go.id:{site.port}/"
        )
        batch = Registry((), (hostile, healthy))
        events = asyncio.run(check_all(make_checker(site.port, limits=limits), batch, 2, cycle_id, lambda _: None))
    assert [(e.app_id, e.availability, e.reason, e.content.result) for e in events[1:]] == [
        ("dinkes-web", "aktif", None, "update")
    ]
    return events[0]


def down(event: ApplicationChecked) -> tuple[str, str | None]:
    return event.availability, event.reason


def gambling(event: ApplicationChecked) -> bool:
    return any(f.code == "judi_online" for f in event.findings)


# --- compressed bodies: a bomb stops at the body's bound -----------------------------------------------------------


@pytest.mark.parametrize(
    ("coding", "packed"),
    [
        ("gzip", lambda: zeros_packed("gzip", 64_000_000)),
        ("deflate", lambda: zeros_packed("deflate", 64_000_000)),
        ("br", lambda: zeros_packed("br", 256_000_000)),
        ("gzip, gzip", lambda: gzip.compress(zeros_packed("gzip", 256_000_000))),  # 256 MB from a few kilobytes
    ],
    ids=["gzip", "deflate", "br", "gzip-in-gzip"],
)
def test_a_compression_bomb_stops_at_the_body_bound_and_says_so(site: FakeSite, coding: str, packed) -> None:  # type: ignore[no-untyped-def]
    bomb = response(packed(), [HTML, ("Content-Encoding", coding)])
    event = checked({"/": sends(bomb)}, site)
    assert down(event) == ("tidak_aktif", "respons_terlalu_besar")
    assert "setelah dekompresi" in (event.reason_detail or "")


def test_a_page_under_a_content_encoding_no_one_knows_is_read_as_it_came(site: FakeSite) -> None:
    event = checked({"/": sends(response(page(), [HTML, ("Content-Encoding", "x-bekasi-pack")]))}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")


# --- bodies without end ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "again"),
    [
        ([HTML, ("Transfer-Encoding", "chunked")], b"1f40\r\n" + b"<p>" + b"x" * 7993 + b"</p>\r\n"),
        ([HTML, ("Connection", "close")], b"<p>" + b"x" * 65_000 + b"</p>"),
    ],
    ids=["chunked", "until-close"],
)
def test_a_body_streamed_fast_without_end_stops_at_the_body_bound(site: FakeSite, head, again: bytes) -> None:  # type: ignore[no-untyped-def]
    event = checked({"/": repeats(response(headers=head, length=False), again)}, site)
    assert down(event) == ("tidak_aktif", "respons_terlalu_besar")


def test_a_chunked_body_that_drips_a_byte_at_a_time_without_end_is_ended_by_the_time_limit(site: FakeSite) -> None:
    half = page()[:20_000]
    first = response(headers=[HTML, ("Transfer-Encoding", "chunked")], length=False) + b"%x\r\n%s\r\n" % (
        len(half),
        half,
    )
    event = checked({"/": repeats(first, b"1\r\nx\r\n", every_s=0.2)}, site, HANGS)
    assert down(event) == ("tidak_aktif", "waktu_habis")


# --- heads ----------------------------------------------------------------------------------------------------------


def test_a_head_dripped_a_byte_at_a_time_is_ended_by_the_time_limit(site: FakeSite) -> None:
    event = checked({"/": drips(response(page()), every_s=0.2)}, site, HANGS)
    assert down(event) == ("tidak_aktif", "waktu_habis")


@pytest.mark.parametrize(
    "headers",
    [
        [HTML, ("Content-Security-Policy", "default-src 'self' " + "https://cdn.example.id " * 4000)],
        [HTML, *((f"X-Cache-Tag-{i}", "hit") for i in range(10_000))],
        [HTML, *(("Set-Cookie", f"pref{i}={'v' * 3000}; Path=/") for i in range(60))],
    ],
    ids=["a-100-kb-line", "10000-headers", "60-cookies-of-3-kb"],
)
def test_a_head_a_browser_reads_is_read(site: FakeSite, headers) -> None:  # type: ignore[no-untyped-def]
    event = checked({"/": sends(response(page(), headers))}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")


@pytest.mark.parametrize(
    "headers",
    [[HTML, ("X-Debug", "a" * 1_000_000)], [HTML, *(("Set-Cookie", f"c{i}=v{i}; Path=/") for i in range(12_000))]],
    ids=["a-1-mb-line", "12000-cookies"],
)
def test_a_head_beyond_what_a_browser_reads_is_down_in_words(site: FakeSite, headers) -> None:  # type: ignore[no-untyped-def]
    event = checked({"/": sends(response(page(), headers))}, site)
    assert down(event) == ("tidak_aktif", "galat_lain")
    assert "header" in (event.reason_detail or "")


@pytest.mark.parametrize(
    "answer",
    [b"\x00\xff GARBAGE \x13\r\n\r\n" + page(), page(), b"ICY 200 OK\r\n\r\n" + page()],
    ids=["garbage", "http-0.9", "icy"],
)
def test_an_answer_that_is_no_http_is_down_in_words(site: FakeSite, answer: bytes) -> None:
    event = checked({"/": sends(answer)}, site)
    assert down(event) == ("tidak_aktif", "galat_lain")
    assert "baris status tidak sah" in (event.reason_detail or "")


@pytest.mark.parametrize(
    ("interim", "every_s"),
    [
        (b"HTTP/1.1 100 Continue\r\n\r\n" * 100, 0.0),
        (
            b"HTTP/1.1 103 Early Hints\r\nLink: </wp-content/themes/bekasi/style.css>; rel=preload; as=style\r\n\r\n",
            0.0,
        ),
        (b"HTTP/1.1 100 Continue\r\n\r\n", 0.02),
    ],
    ids=["100-continue", "103-early-hints", "100-continue-slowly"],
)
def test_interim_answers_without_end_are_down_in_words_before_any_time_limit(
    site: FakeSite, interim: bytes, every_s: float
) -> None:
    # Before, the flood of 100s was "a bad header" and that of 103s (or of slow 100s) a time limit, reached with the
    # worker's loop busy reading them.
    event = checked({"/": repeats(interim, interim, every_s)}, site, HANGS)
    assert down(event) == ("tidak_aktif", "galat_lain")
    assert "jawaban sementara (HTTP 1xx) tanpa henti" in (event.reason_detail or "")


@pytest.mark.parametrize("status", ["000 Unknown", "099 Custom"])
def test_a_status_below_any_class_is_the_answer_said_in_words_not_an_interim_one_waited_past(
    site: FakeSite, status: str
) -> None:
    # Before, a framework's status 0 was taken for an interim answer (below 200) and the real one waited for.
    event = checked({"/": sends(response(page(), status=status))}, site, HANGS)
    code = int(status[:3])
    assert (down(event), event.http_status) == (("tidak_aktif", "galat_lain"), code)
    assert event.reason_detail == f"server menjawab dengan kode status tak dikenal HTTP {code}"


def test_an_interim_answer_or_two_before_the_page_is_passed_over(site: FakeSite) -> None:
    hints = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
    event = checked({"/": sends(hints + response(page()))}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")


# --- bytes after the answer ----------------------------------------------------------------------------------------

SERVICES = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SiCantik - Perizinan Kota Bekasi</title>
</head><body><header><a href="/">SiCantik</a><nav><a href="/">Beranda</a> <a href="/layanan/">Layanan</a>
<a href="/persyaratan/">Persyaratan</a> <a href="/lacak/">Lacak Berkas</a> <a href="/kontak/">Kontak</a></nav></header>
<main><h1>Layanan Perizinan Terpadu Satu Pintu</h1>
<p>Ajukan izin usaha, izin mendirikan bangunan dan izin reklame secara daring, lalu lacak berkas Anda.</p>
<ul><li><a href="/layanan/pbg/">Persetujuan Bangunan Gedung</a></li>
<li><a href="/layanan/reklame/">Izin Reklame</a></li><li><a href="/layanan/apotek/">Izin Apotek</a></li>
<li><a href="/layanan/praktik/">Surat Izin Praktik</a></li></ul></main>
<footer>DPMPTSP Kota Bekasi, Jl. Ir. H. Juanda No. 100, Bekasi. Telepon (021) 88397777.</footer></body></html>"""


def test_a_body_longer_than_its_content_length_keeps_the_answers_own_headers(site: FakeSite) -> None:
    # A cache plugin's comment written after the length was counted: before, the bytes beyond it were read as the
    # start of another answer, whose empty head took the page's place (its type, its Last-Modified: its only date).
    body = SERVICES.encode()
    headers = [HTML, *modified_yesterday().items(), ("Content-Length", str(len(body)))]
    served = response(body + b"\n<!-- Served from: perizinan by W3 Total Cache -->", headers, length=False)
    event = checked({"/": sends(served)}, site)
    assert (down(event), event.content.result, event.content.evidence) == (("aktif", None), "update", "last_modified")


def test_a_second_answer_come_with_the_page_is_no_answer_of_the_checks(site: FakeSite) -> None:
    # Before, the second answer's status and head were the page's, and its body was read after the page's.
    second = response(b"<h1>502 Bad Gateway</h1>", status="502 Bad Gateway")
    event = checked({"/": sends(response(page()) + second)}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")


# --- redirects ------------------------------------------------------------------------------------------------------


def moved(location: str) -> bytes:
    return response(headers=[("Location", location)], status="302 Found")


def test_a_redirect_loop_and_a_chain_of_thirty_are_down_as_such(site: FakeSite) -> None:
    loop = checked({"/": sends(moved("/id/")), "/id/": sends(moved("/"))}, site)
    chain = checked({"/": sends(moved("/1")), **{f"/{i}": sends(moved(f"/{i + 1}")) for i in range(1, 31)}}, site)
    assert down(loop) == down(chain) == ("tidak_aktif", "terlalu_banyak_redirect")
    assert "berputar" in (loop.reason_detail or "")
    assert "lebih dari 10 pengalihan" in (chain.reason_detail or "")


# The tests' checker allows 127.0.0.1 alone (its servers' address): any other loopback address is refused, as every
# loopback address is in production.
@pytest.mark.parametrize(
    ("location", "said"),
    [
        ("javascript:alert(document.domain)", "skema 'javascript' tidak diizinkan"),
        ("file:///etc/passwd", "skema 'file' tidak diizinkan"),
        ("ftp://ftp.bekasikota.go.id/pub/", "skema 'ftp' tidak diizinkan"),
        ("http://169.254.169.254/latest/meta-data/", "alamat metadata cloud"),
        ("http://10.20.30.40/admin/", "bukan alamat publik"),
        ("http://[::ffff:169.254.169.254]/latest/meta-data/", "alamat metadata cloud"),
        ("http://127.0.0.2:8080/server-status", "bukan alamat publik (loopback)"),
        ("http://2130706434/server-status", "bukan alamat publik (loopback)"),  # 127.0.0.2 as one number
        ("http://[::1]/", "bukan alamat publik (loopback)"),
        ("http://0.0.0.0:6379/", "alamat khusus"),
        ("http://192.168.1.1/", "bukan alamat publik (private)"),
    ],
)
def test_a_redirect_where_the_checker_must_not_go_is_refused_and_said(site: FakeSite, location: str, said: str) -> None:
    event = checked({"/": sends(moved(location))}, site)
    assert down(event) == ("tidak_aktif", "alamat_diblokir")
    assert (event.reason_detail or "").startswith("pengalihan ke ")
    assert said in (event.reason_detail or "")


def test_a_redirect_to_an_address_of_50_kb_is_said_within_a_sentence_or_two(site: FakeSite) -> None:
    event = checked({"*": sends(moved("/" + "a" * 50_000))}, site)
    assert down(event) == ("tidak_aktif", "terlalu_banyak_redirect")
    assert len(event.reason_detail or "") <= REASON_DETAIL_MAX


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        (moved("/berita/?q=" + "a" * 70_000), "server mengalihkan ke alamat sepanjang 70"),
        (response(b"<html><body></body></html>", [HTML, ("Refresh", "0; url=/" + "a" * 70_000)]), "sepanjang 70"),
        (moved("/berita/\x01baru"), "server mengalihkan ke alamat yang tidak sah: "),
    ],
    ids=["a-location-of-70-kb", "a-refresh-of-70-kb", "a-control-character"],
)
def test_a_redirect_to_an_address_the_checker_cannot_ask_for_is_said_in_words(
    site: FakeSite, answer: bytes, said: str
) -> None:
    # Before, httpx's own English: "URL tidak sah: URL too long", naming no redirect.
    event = checked({"/": sends(answer)}, site)
    assert down(event) == ("tidak_aktif", "galat_lain")
    assert said in (event.reason_detail or "")
    assert "URL" not in (event.reason_detail or "")


# --- pages built to exhaust a parser --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 50_000 + "Pengumuman" + "</div>" * 50_000,
        "<table><tr><td>" * 20_000,
        "".join(f'<a href="/arsip/{i}">{i}</a>' for i in range(60_000)),
    ],
    ids=["50000-nested-divs", "20000-nested-tables", "60000-links"],
)
def test_a_page_built_to_exhaust_a_parser_is_read_and_its_spam_found(site: FakeSite, markup: str) -> None:
    event = checked({"/": sends(response(page(body_end=SPAM + markup)))}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")
    assert gambling(event)


@pytest.mark.timeout(120)  # each link read against every other, the titled farm held the worker for minutes
def test_a_farm_of_30000_gambling_links_under_their_titles_is_judged_and_the_batch_goes_on(site: FakeSite) -> None:
    farm = "".join(f'<a href="/tag/p{i}/" title="slot gacor">slot gacor</a>' for i in range(30_000))
    event = checked({"/": sends(response(page(body_end=farm)))}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")
    assert gambling(event)


def test_a_page_of_130000_links_is_read(site: FakeSite) -> None:
    links = "".join(f"<a href=#{i:x}>" for i in range(130_000))
    body = page(body_end=links)
    assert len(body) < LIMITS.max_body_bytes
    event = checked({"/": sends(response(body))}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")


def test_a_page_with_a_5_mb_script_on_one_line_stops_at_the_body_bound(site: FakeSite) -> None:
    body = page(head="<script>var slides='" + "x" * 5_000_000 + "';</script>")
    event = checked({"/": sends(response(body))}, site)
    assert down(event) == ("tidak_aktif", "respons_terlalu_besar")


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=utf-8", page().replace(b"<main", b"\xff\xfe\xc3\x28\xa0\xa1" * 2000 + b"<main")),
        ("text/html; charset=utf-7", page()),
        ("text/html; charset=x-klingon", page()),
        ("text/html", b"\xff\xfe" + page().decode().encode("utf-16-le")),
        ("text/html", page().replace(b"<head>", b'<head><meta charset="x-user-defined">')),
    ],
    ids=["invalid-utf-8", "utf-7", "unknown-charset", "utf-16-bom", "x-user-defined"],
)
def test_a_page_in_a_broken_or_odd_encoding_is_read(site: FakeSite, content_type: str, body: bytes) -> None:
    event = checked({"/": sends(response(body, [("Content-Type", content_type)]))}, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")


@pytest.mark.parametrize(
    "body",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 2000,
        json.dumps({"data": [{"id": i, "judul": "Pengumuman", "tanggal": "2026-01-05"} for i in range(5000)]}).encode(),
    ],
    ids=["an-image", "json"],
)
def test_an_image_or_json_served_as_a_page_is_read_as_the_text_a_browser_shows(site: FakeSite, body: bytes) -> None:
    event = checked({"/": sends(response(body))}, site)
    assert (down(event), event.findings) == (("aktif", None), ())


def test_a_body_of_nuls_is_the_white_page_a_browser_shows(site: FakeSite) -> None:
    # Before, a body of NULs beyond 4 KB (a cache file written as the disk filled) was the application, aktif.
    event = checked({"/": sends(response(b"\0" * 1_500_000))}, site)
    assert down(event) == ("tidak_aktif", "galat_aplikasi")
    assert (event.reason_detail or "").startswith("halaman kosong")


# --- what the checker reads besides the page ------------------------------------------------------------------------


STYLED = '<link rel="stylesheet" href="/wp-content/themes/bekasi/style.css">'


@pytest.mark.parametrize(
    "sheet",
    [
        "{" * 200_000,
        "a{" * 100_000,
        "@media screen{" * 14_000,
        "".join(f".c{i} .d{i} > a:not(.x)[href^=y]{{display:none}}\n" for i in range(100_000)),
        ":is(" * 20_000 + "a" + ")" * 20_000 + "{display:none}" + "[class*=" + "a" * 100_000 + "]{display:none}",
    ],
    ids=["braces-opened-to-its-end", "rules-nested-to-its-end", "media-queries-nested", "100000-rules", "selectors"],
)
def test_a_stylesheet_built_to_exhaust_a_reader_leaves_the_page_read_and_its_spam_found(
    site: FakeSite, sheet: str
) -> None:
    # Before, the sheet of braces took 19 GB and 48 seconds of the worker, every check of the batch waiting.
    routes = {
        "/": sends(response(page(head=STYLED, body_end=SPAM))),
        "/wp-content/themes/bekasi/style.css": sends(response(sheet.encode(), [("Content-Type", "text/css")])),
    }
    event = checked(routes, site)
    assert (down(event), event.content.result) == (("aktif", None), "update")
    assert gambling(event)


WP_API = '<link rel="https://api.w.org/" href="/wp-json/">'


@pytest.mark.parametrize(
    "posts",
    [
        sends(
            response(json.dumps([{"date": "2026-01-01T10:00:00", "title": {"rendered": "x" * 200}}] * 20_000).encode())
        ),
        sends(
            response(
                b'[{"date": "2026-01-01T10:00:00", "modified": ' + b"[" * 100, [("Content-Type", "application/json")]
            )
        ),
        sends(response(b"[" * 500_000 + b"]" * 500_000, [("Content-Type", "application/json")])),
        stalls(),
    ],
    ids=["5-mb", "malformed", "nested-500000-deep", "hangs"],
)
def test_a_wordpress_api_built_to_exhaust_a_reader_leaves_the_pages_own_dates(site: FakeSite, posts: Answer) -> None:
    event = checked({"/": sends(response(stale_page(head=WP_API))), "/wp-json/wp/v2/posts": posts}, site, HANGS)
    assert (down(event), event.content.result, event.content.evidence) == (("aktif", None), "tidak_update", "page_date")


def sitemap(body: bytes, content_type: str = "application/xml") -> Answer:
    return sends(response(body, [("Content-Type", content_type)]))


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a0 "lol">'
    + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    + "]><urlset><url><loc>&a9;</loc><lastmod>2026-01-01</lastmod></url></urlset>"
).encode()


@pytest.mark.parametrize(
    "routes",
    [
        {"/sitemap.xml": sitemap(zeros_packed("gzip", 256_000_000), "application/x-gzip")},
        {"/sitemap.xml": sitemap(LAUGHS)},
        {"/sitemap.xml": sitemap(b"<?xml version='1.0'?><urlset>" + b"<url><loc>" * 150_000)},
        {"/robots.txt": stalls(), "/sitemap.xml": stalls()},
    ],
    ids=["gzip-bomb", "billion-laughs", "unclosed-150000", "robots-and-sitemap-hang"],
)
def test_a_sitemap_or_robots_txt_built_to_exhaust_a_thorough_check_leaves_the_pages_own_dates(
    site: FakeSite, routes: dict[str, Answer]
) -> None:
    event = checked({"/": sends(response(stale_page())), **routes}, site, HANGS, cycle_id="2026-12")
    assert (down(event), event.content.result, event.content.evidence) == (("aktif", None), "tidak_update", "page_date")


def test_a_site_whose_every_other_address_hangs_is_judged_on_its_page_within_the_checks_budget(site: FakeSite) -> None:
    head = STYLED + WP_API + '<link rel="alternate" type="application/rss+xml" href="/feed/">'
    routes = {"/": sends(response(stale_page(head=head, body_end=SPAM))), "*": stalls()}
    event = checked(routes, site, HANGS, cycle_id="2026-12")
    assert (down(event), event.content.result, event.content.evidence) == (("aktif", None), "tidak_update", "page_date")
    assert gambling(event)


# --- TLS ------------------------------------------------------------------------------------------------------------


def test_a_tls_server_that_never_completes_its_handshake_is_ended_by_the_time_limit(site: FakeSite) -> None:
    event = checked({}, site, HANGS, scheme="https")  # accepts, reads the ClientHello, says nothing
    assert down(event) == ("tidak_aktif", "waktu_habis")
