"""The tokens a server writes anew into every answer are blanked; every other byte of the page stays.

Each page is rendered twice the way its framework renders it for two visitors: the same content
with other tokens. Blanked, the two are the same bytes; a change of content still shows.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable

import pytest

from pantau_checker.core.checks.defacement import scan
from pantau_checker.core.freshness import fingerprint
from pantau_checker.core.page import parse_page
from pantau_checker.core.tokens import MAX_WORDS, without_tokens

URL = "https://disdik.bekasikota.go.id/"
NEWS = (
    ("2026-11-27", "Penerimaan Peserta Didik Baru Tahap II Dibuka"),
    ("2026-11-24", "Lomba Cerdas Cermat Tingkat SMP se-Kota Bekasi"),
    ("2026-11-19", "Sosialisasi Kurikulum Merdeka bagi Guru SD"),
    ("2026-11-12", "Penyaluran Bantuan Seragam Sekolah Gratis"),
)


def news(extra: str = "") -> str:
    items = "".join(
        f'<article class="post"><h3><a href="/berita/{i}">{title}</a></h3>'
        f'<time datetime="{day}T08:00:00+07:00">{day}</time><p>{title}. Selengkapnya di laman berita.</p></article>'
        for i, (day, title) in enumerate(NEWS)
    )
    return items + extra


def laravel(token: str, nonce: str, extra: str = "") -> str:
    """A Laravel 10 + Livewire-free Blade layout: the token in the head, the search form and the settings script."""
    return f"""<!DOCTYPE html><html lang="id"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{token}">
<title>Dinas Pendidikan Kota Bekasi</title>
<link rel="stylesheet" href="/build/assets/app-4ed993c7.css">
<script nonce="{nonce}">window.Laravel = {{"csrfToken":"{token}","locale":"id"}};</script>
</head><body>
<nav class="navbar"><a href="/">Beranda</a> <a href="/profil">Profil</a> <a href="/berita">Berita</a>
<a href="/ppdb">PPDB</a> <a href="/kontak">Kontak</a>
<form class="search" method="POST" action="/cari"><input type="hidden" name="_token" value="{token}">
<input type="text" name="q" placeholder="Cari berita..."><button>Cari</button></form></nav>
<main><h1>Berita Terbaru</h1>{news(extra)}
<p>Info token listrik gratis bagi sekolah negeri: hubungi Sarpras. Token PLN dibagikan per triwulan.</p></main>
<footer><p>Jl. Lapangan Serbaguna No. 1, Bekasi Selatan. &copy; 2026 Disdik Kota Bekasi</p>
<form method="POST" action="/logout"><input name="_token" type="hidden" value="{token}" autocomplete="off"></form>
</footer><script nonce="{nonce}" src="/build/assets/app-8c1f2b3d.js"></script></body></html>"""


def django(token: str, _nonce: str, extra: str = "") -> str:
    return f"""<!doctype html><html><head><title>Layanan Perizinan DPMPTSP</title></head><body>
<header><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/izin/">Izin Usaha</a></li></ul></header>
<main>{news(extra)}
<form action="/pengaduan/" method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{token}">
<textarea name="isi"></textarea><button type="submit">Kirim</button></form></main>
<footer>DPMPTSP Kota Bekasi</footer></body></html>"""


def rails(token: str, _nonce: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><title>Sistem Informasi Kepegawaian</title>
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{token}" /></head><body>
<nav><a href="/">Beranda</a> | <a href="/pengumuman">Pengumuman</a></nav><main>{news(extra)}
<form class="button_to" method="post" action="/keluar">
<input type="hidden" name="authenticity_token" value="{token}" autocomplete="off" />
<button type="submit">Keluar</button></form>
</main><footer>BKPSDM Kota Bekasi</footer></body></html>"""


def aspnet(token: str, _nonce: str, extra: str = "") -> str:
    state = f"/wEPDwUKMTY3NzE5MjIyMA9kFgJmD2QWAgIDD2QWAgIBDxYCHgRUZXh0BQ{token[:20]}ZGQ="
    return f"""<!DOCTYPE html><html><head><title>SIMPEG Dinas Perhubungan</title></head><body>
<form method="post" action="./Default.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAK{token[:16]}" /></div>
<div id="menu"><a href="Default.aspx">Beranda</a> <a href="Berita.aspx">Berita</a></div>
<main>{news(extra)}</main>
<input name="__RequestVerificationToken" type="hidden" value="CfDJ8{token}" />
</form><div id="footer">Dishub Kota Bekasi</div></body></html>"""


def wordpress(token: str, nonce: str, extra: str = "") -> str:
    wp_nonce = token[:10]
    return f"""<!DOCTYPE html><html lang="id-ID"><head><title>Kecamatan Bekasi Timur</title>
<script id="wp-api-request-js-extra">
var wpApiSettings = {{"root":"https:\\/\\/bekasitimur.bekasikota.go.id\\/wp-json\\/","nonce":"{wp_nonce}",
  "versionString":"wp\\/v2\\/"}};</script>
<script nonce="{nonce}">
var ajax_object = {{"ajax_url":"\\/wp-admin\\/admin-ajax.php","ajax_nonce":"{wp_nonce}"}};</script>
</head><body class="home blog"><nav class="main-navigation"><a href="/">Beranda</a>
<a href="/wp-admin/admin-ajax.php?action=polling&amp;_wpnonce={wp_nonce}">Jajak Pendapat</a></nav>
<main id="primary">{news(extra)}</main>
<footer class="site-footer">Kecamatan Bekasi Timur &middot; Dibuat dengan WordPress</footer></body></html>"""


FRAMEWORKS = {"laravel": laravel, "django": django, "rails": rails, "aspnet": aspnet, "wordpress": wordpress}
Render = Callable[..., str]


def two_visits(render: Render, extra: str = "") -> tuple[bytes, bytes]:
    first, second = (render(secrets.token_urlsafe(30), secrets.token_urlsafe(16), extra).encode() for _ in range(2))
    return first, second


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_two_answers_that_differ_only_in_their_tokens_are_the_same_blanked(framework: str) -> None:
    first, second = two_visits(FRAMEWORKS[framework])
    assert first != second
    assert without_tokens(first) == without_tokens(second)


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_a_change_of_content_still_shows_with_other_tokens(framework: str) -> None:
    before = FRAMEWORKS[framework](secrets.token_urlsafe(30), "n1", "")
    after = FRAMEWORKS[framework](secrets.token_urlsafe(30), "n2", '<div style="display:none">slot gacor</div>')
    assert without_tokens(before.encode()) != without_tokens(after.encode())


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_the_blanked_page_reads_as_the_page_itself(framework: str) -> None:
    spam = '<div style="position:absolute;left:-9999px"><a href="https://toto88.example/">toto slot gacor</a></div>'
    html = FRAMEWORKS[framework](secrets.token_urlsafe(30), secrets.token_urlsafe(16), spam)
    page, blanked = parse_page(html, URL), parse_page(without_tokens(html.encode()).decode(), URL)
    assert blanked.main_text == page.main_text and blanked.visible_text == page.visible_text
    assert blanked.hidden_texts == page.hidden_texts and blanked.dates == page.dates
    assert fingerprint(blanked.main_text) == fingerprint(page.main_text)
    assert scan(blanked) == scan(page) != []


def test_only_the_token_values_are_blanked() -> None:
    token, nonce = "Xy7aB9cD0eF1gH2iJ3kL4mN5oP6qR7sT8uV9wX0y", "r4nd0mN0nce"
    blanked = without_tokens(laravel(token, nonce).encode()).decode()
    assert token not in blanked and nonce not in blanked
    assert blanked == laravel("", "")


def test_words_about_tokens_in_the_text_are_content() -> None:
    html = laravel("", "").encode()  # no token values, but "token listrik", "Token PLN", name="_token"
    assert without_tokens(html) is html


def test_a_page_that_names_no_token_is_returned_as_it_is() -> None:
    html = django("", "").replace('<form action="/pengaduan/"', "<form").replace("csrfmiddlewaretoken", "nama")
    body = html.encode()
    assert without_tokens(body) is body


@pytest.mark.parametrize(
    ("markup", "blanked"),
    [
        ('<meta content="a1b2c3d4e5f6" name="csrf-token">', '<meta content="" name="csrf-token">'),
        (
            "<input type=hidden name=csrfmiddlewaretoken value=AbCdEf123456>",
            "<input type=hidden name=csrfmiddlewaretoken value=>",
        ),
        ('<meta name="_csrf" content="4bd3c1f0-9b2e-4d3c">', '<meta name="_csrf" content="">'),
        ("<div id='app' data-csrf='q1w2e3r4t5'></div>", "<div id='app' data-csrf=''></div>"),
        ('<style nonce="Zm9vYmFy">.x{}</style>', '<style nonce="">.x{}</style>'),
        (
            '<script>var yii = {"csrfParam":"_csrf","csrfToken":"q1w2e3r4t5y6"};</script>',
            '<script>var yii = {"csrfParam":"_csrf","csrfToken":""};</script>',
        ),
        ("<script>fetch('/api?_wpnonce=9f8e7d6c5b&x=1')</script>", "<script>fetch('/api?_wpnonce=&x=1')</script>"),
    ],
)
def test_each_spelling_of_a_token_is_blanked(markup: str, blanked: str) -> None:
    assert without_tokens(markup.encode()).decode() == blanked


def test_a_tag_left_open_is_not_read_as_a_tag() -> None:
    body = b'<p>Beli token <meta name="csrf-token" content="abcdef123456" <b>tanpa penutup</b></p>'
    assert without_tokens(body) is body


def test_a_page_that_repeats_the_words_endlessly_is_read_only_up_to_a_bound() -> None:
    # A hostile page: every word read costs a search around it, so only the first MAX_WORDS are read.
    meta = '<meta name="csrf-token" content="a1b2c3d4e5f6">'
    body = (
        "<html><head>" + meta * (MAX_WORDS + 100) + "</head><body>" + "token " * 100_000 + "</body></html>"
    ).encode()
    blanked = without_tokens(body)
    assert blanked.count(b'content=""') == MAX_WORDS // 2  # each tag holds two of the words: csrf and token
    assert blanked.count(b"a1b2c3d4e5f6") == MAX_WORDS + 100 - MAX_WORDS // 2


FRAGMENTS = (
    b"<",
    b">",
    b'"',
    b"'",
    b"=",
    b" ",
    b":",
    b"&",
    b"?",
    b"/",
    b"<meta ",
    b"<input ",
    b"name=",
    b"content=",
    b"value=",
    b"nonce",
    b"csrf",
    b"_token",
    b"XSRF",
    b"__VIEWSTATE",
    b"data-csrf",
    b'"csrfToken":',
    b"a1b2c3d4e5",
    b"\xff\xfe",
    b"\xe2\x80\xa2",
    b"<!--",
    b"-->",
    b"<script>",
    b"</script>",
    b"Token PLN",
)


def test_any_bytes_lose_nothing_but_token_values() -> None:
    # Hostile and broken markup, made of the pieces the search reacts to: never an error, and the
    # answer is the page with some values taken out, every other byte in its place.
    rng = random.Random(20261202)
    for _ in range(3000):
        body = b"".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 60)))
        blanked = without_tokens(body)
        assert is_subsequence(blanked, body), body


def is_subsequence(part: bytes, whole: bytes) -> bool:
    rest = iter(whole)
    return all(byte in rest for byte in part)


def vendor_page(minute: int, visitors: int, news: str = "") -> bytes:
    """A department's WordPress page: its top bar's clock and the sidebar's visitor counter, rendered by the server."""
    return f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Perhubungan Kota Bekasi</title></head><body>
<div class="top-bar"><span class="top-date" id="tanggal-sekarang">Rabu, 2 Desember 2026
  <span class="jam-digital">10:{minute:02d}:{minute * 7 % 60:02d} WIB</span></span>
  <span class="top-contact">Call Center 112</span></div>
<nav class="main-nav"><a href="/">Beranda</a> <a href="/layanan">Layanan</a> <a href="/berita">Berita</a></nav>
<main><h2>Berita Terkini</h2>{news}
<article><h3>Uji KIR Gratis Selama Desember</h3><time datetime="2026-12-01">1 Desember 2026</time>
<p>Layanan uji KIR buka jam 08.00 sampai 15.00 WIB, 24 jam pendaftaran daring.</p></article></main>
<aside class="sidebar"><section class="widget widget-statistik"><h3>Statistik Pengunjung</h3>
<p>Hari ini: <span class="visitor-today">{visitors}</span> &middot;
  Total: <span id="counter-total">1.204.{visitors}</span></p>
</section></aside>
<script id="clock-js">var zona = "+07:00", selang = 1000;</script>
<footer class="site-footer">&copy; 2026 Dishub Kota Bekasi</footer></body></html>""".encode()


def test_a_ticking_clock_and_a_counter_our_visit_moves_on_are_zeroed() -> None:
    first, later = vendor_page(5, 318), vendor_page(47, 319)
    assert without_tokens(first) is first  # not without ticking: only the page analysis memory asks
    assert without_tokens(first, ticking=True) == without_tokens(later, ticking=True)
    steady = without_tokens(later, ticking=True).decode()
    assert '<span class="jam-digital">00:00:00 WIB</span>' in steady
    assert '<span class="visitor-today">000</span>' in steady and '<span id="counter-total">0.000.000</span>' in steady
    assert "Rabu, 2 Desember 2026" in steady  # the date beside the clock is text of another element
    assert "jam 08.00 sampai 15.00 WIB, 24 jam" in steady  # hours in the content are content
    assert 'var zona = "+07:00", selang = 1000;' in steady  # a script named as a clock is not text


def test_news_beside_a_ticking_clock_still_shows() -> None:
    item = '<article><h3>Penutupan Jalan Ahmad Yani</h3><time datetime="2026-12-02">2 Desember 2026</time></article>'
    assert without_tokens(vendor_page(5, 318), ticking=True) != without_tokens(vendor_page(6, 320, item), ticking=True)
