"""The defacement scan of a page whose HTML holds no listed word, as the stylesheets' reading found of its bytes.

``StylesheetCache.rules_for`` reads a page for the listed words (``term_scan.mentions``) before it reads its
stylesheets, and keeps by the digest of the bytes as fetched whether it holds none at all, not even glued to other
letters (``term_scan.holds_none``, the same pass). ``content._gather`` marks such a page
(``defacement.unmentioned``), and the scan leaves out the texts made of its HTML's words alone (``_parts``): they
hold no listed word. What the HTML does not spell as it is is still read: its scripts' encoded strings, its
structured data, its hidden parts (a stylesheet's ``content`` escapes), what it shows apart, a link's address
percent-encoded, its frames' and its scripts' addresses, its visitors' parts. Each test pins the scan of a marked page
against the scan of the page as it is.
"""

from __future__ import annotations

import asyncio
import base64
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from unittest.mock import patch

import httpx
import pytest

from pantau_checker import content
from pantau_checker.core.checks import defacement
from pantau_checker.core.page import Page, parse_page
from pantau_checker.core.term_scan import flagged_each, holds_none, mentions, names_none
from pantau_checker.http import FetchResult
from pantau_checker.stylesheets import StylesheetCache, page_digest
from pantau_common.registry.model import AppSpec

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page, news_since

URL = "https://dinkes.bekasikota.go.id/"
TODAY = date(2026, 12, 6)
MENU = "".join(f'<li class="menu-item"><a href="/{slug}">{name}</a></li>' for slug, name in [
    ("", "Beranda"), ("profil", "Profil"), ("berita", "Berita"), ("layanan", "Layanan"), ("ppid", "PPID"),
    ("galeri", "Galeri"), ("kontak", "Kontak"),
])  # fmt: skip
NEWS = "".join(
    f'<article class="post-item"><h3 class="post-title"><a href="/berita/{i}-jumat-bersih">“Jum’at Bersih” di '
    f'Kelurahan {i}</a></h3><div class="post-meta">0{i % 9 + 1} Desember 2026 · admin · {100 + i} kali</div>'
    f"<p>Kegiatan rutin warga bersama Puskesmas — Baca Selengkapnya »</p></article>"
    for i in range(12)
)


def vendor(body: str = "", head: str = "") -> str:
    """A department's page as its vendor writes it, around ``body`` and ``head``."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi – Melayani '
        'dengan Sepenuh Hati</title><meta name="description" content="Situs resmi Dinas Kesehatan Kota Bekasi">'
        f'<link rel="stylesheet" href="/tema/style.css">{head}</head><body><div class="top-bar"><span class="jam">'
        "Minggu, 06 Desember 2026 · 08:15:42 WIB</span> • Call Center 112</div>"
        f'<nav class="main-nav"><ul class="menu">{MENU}</ul></nav><main>{NEWS}{body}</main>'
        '<footer class="site-footer"><p class="copyright">© 2026 Dinas Kesehatan Kota Bekasi · Jl. Jend. Ahmad Yani '
        "No. 1 · Telp. (021) 8839796</p></footer></body></html>"
    )


def both(html: str, url: str = URL) -> tuple[tuple[object, ...], tuple[object, ...]]:
    """Return the scan of the page as it is, and of the page marked as mentioning no listed word."""
    plain = parse_page(html, url, today=TODAY)
    marked = parse_page(html, url, today=TODAY)
    defacement.unmentioned(marked, url)
    return defacement.scan(plain), defacement.scan(marked)


def marked(page: Page) -> bool:
    return page.derived.get(defacement._UNMENTIONED) is True


def scanned(html: str, url: str = URL) -> list[list[str]]:
    """Return the groups of texts the scan of the marked page walks."""
    page = parse_page(html, url, today=TODAY)
    defacement.unmentioned(page, url)
    walked: list[list[str]] = []

    def recording(texts, **flags):  # type: ignore[no-untyped-def]
        walked.append(list(texts))
        return flagged_each(walked[-1], **flags)

    with patch.object(defacement, "flagged_each", recording):
        defacement.scan(page)
    return walked


# --- pages that mention none: their scan reads next to nothing, and finds what it found --------------------


@pytest.mark.parametrize("site", [Site(), Site(news=news_since([1, 3, 5, 8, 13, 21, 34]))])
def test_a_department_page_is_scanned_as_before_and_its_texts_left_out(site: Site) -> None:
    html = department_page(site)
    assert holds_none(html)
    plain, bare = both(html)
    assert plain == bare == ()
    walked = scanned(html)
    assert sum(len(t) for texts in walked for t in texts) < 200  # of some 30,000 characters: its hidden parts


def test_a_vendors_page_with_its_signs_is_scanned_as_before() -> None:
    html = vendor()
    assert holds_none(html)
    assert both(html) == ((), ())
    assert scanned(html) == [[]]  # the hidden part alone, empty


def test_a_page_marked_but_read_from_an_address_that_names_a_word_is_not_marked() -> None:
    for url in ("https://slot88.example.com/", "https://x.go.id/judi-online/", "https://x.go.id/%73lot/"):
        page = parse_page(vendor(), url, today=TODAY)
        defacement.unmentioned(page, url)
        assert not marked(page)
    page = parse_page(vendor(), URL, today=TODAY)
    defacement.unmentioned(page, URL)
    assert marked(page)


# --- what the HTML does not spell as it is: read still ----------------------------------------------------


ENCODED_CASES = {
    # A script writes its links from base64: what it spells is decoded by the scan.
    "script's base64": vendor(
        "<script>document.write(atob('"
        + base64.b64encode(b'<a href="https://x.com">slot gacor maxwin</a> situs togel').decode()
        + "'))</script>"
    ),
    # A theme's own sheet writes hidden words in CSS escapes.
    "css content": vendor(
        '<div class="x"></div>',
        '<style>.x::before{content:"\\73 lot \\67 acor \\73 itus \\74 ogel"}.x{display:none}</style>',
    ),
    # Links whose addresses spell the trade percent-encoded (Chinese, and ASCII).
    "percent-encoded links": vendor(
        '<a href="/%E5%8D%9A%E5%BD%A9/%E5%8D%9A%E5%BD%A9%E5%B9%B3%E5%8F%B0">Info</a>'
        '<a href="https://x.com/%73%6c%6f%74-%67%61%63%6f%72-%6d%61%78%77%69%6e">Info</a>'
    ),
    # The same after the footer: a link farm.
    "percent-encoded farm": vendor().replace(
        "</footer>",
        "</footer>" + "".join(f'<a href="https://x{i}.com/%73%6c%6f%74%67%61%63%6f%72">{i}</a>' for i in range(8)),
    ),
    # Structured data in JSON escapes.
    "json-ld escapes": vendor(
        head='<script type="application/ld+json">{"@type":"Article","headline":"\\u0073\\u006c\\u006ft '
        '\\u0067\\u0061\\u0063\\u006f\\u0072 \\u006d\\u0061\\u0078\\u0077\\u0069\\u006e"}</script>'
    ),
    # A frame and a script loaded from addresses percent-encoded.
    "frame and script addresses": vendor(
        '<iframe src="https://x.com/%73%6c%6f%74%20%67%61%63%6f%72" width="0" height="0"></iframe>'
        '<script src="https://cdn.x.com/%73%6c%6f%74%20%67%61%63%6f%72/%6d%61%78%77%69%6e.js"></script>'
    ),
}


@pytest.mark.parametrize("name", list(ENCODED_CASES))
def test_what_the_html_does_not_spell_as_it_is_is_scanned_as_before(name: str) -> None:
    html = ENCODED_CASES[name]
    assert holds_none(html)  # the marking's case: the stylesheets' reading found no word
    plain, bare = both(html)
    assert plain == bare


@pytest.mark.parametrize("name", ["script's base64", "css content", "percent-encoded links", "percent-encoded farm"])
def test_what_the_html_does_not_spell_is_found(name: str) -> None:
    plain, bare = both(ENCODED_CASES[name])
    assert bare and plain == bare


def test_what_a_page_shows_apart_is_scanned_with_its_text() -> None:
    # An SVG's <text> drawn at a size: read with the visible text, as before. (An iframe's document in ``srcdoc``
    # holds its tags as references, "&lt;p&gt;": letters alone to ``holds_none``, such a page is not marked.)
    html = vendor('<svg width="300" height="40"><text x="0" y="20">Peta Layanan</text></svg>')
    assert holds_none(html)
    plain, bare = both(html)
    assert plain == bare == ()
    assert any("Peta Layanan" in t for texts in scanned(html) for t in texts)


def test_pages_that_mention_a_word_are_scanned_as_before_whatever_the_mark() -> None:
    # The mark is only ever set on a page that mentions none; were it set on another, the hidden parts would still
    # be read: pinned so that the parts left out are those alone.
    hidden = vendor('<div style="display:none"><a href="https://x.com">slot gacor maxwin</a></div>')
    plain, bare = both(hidden)
    assert plain and plain == bare


# --- the stylesheets' reading: what it knows of the bytes as fetched -------------------------------------


class FakeSession:
    def __init__(self) -> None:
        self.asked: list[str] = []

    async def fetch(self, url: str, **options: object) -> FetchResult:
        self.asked.append(url)
        if not url.endswith(".css"):  # its sitemap, its feed: none
            return FetchResult(404, url, url, httpx.Headers({"content-type": "text/html"}), b"", None)
        body = b".promo{display:none}"
        return FetchResult(200, url, url, httpx.Headers({"content-type": "text/css"}), body, None)


def test_a_page_that_holds_none_is_known_by_the_digest_of_its_bytes() -> None:
    now = [0.0]
    cache = StylesheetCache(ttl_s=60, clock=lambda: now[0])
    session = FakeSession()
    html = vendor()
    first = page_digest(html.encode(), "text/html")
    assert not cache.holds_none(first)
    for _ in range(2):  # read, then known
        assert asyncio.run(cache.rules_for(session, html, URL, [first])) == ()  # type: ignore[arg-type]
        assert cache.holds_none(first)
    assert session.asked == []
    now[0] = 61  # its time is up
    assert not cache.holds_none(first)


def test_a_page_that_mentions_a_word_is_not_known_so() -> None:
    cache = StylesheetCache()
    session = FakeSession()
    html = vendor('<div class="promo"><a href="/x">slot gacor</a></div>')
    first = page_digest(html.encode(), "text/html")
    assert asyncio.run(cache.rules_for(session, html, URL, [first]))  # type: ignore[arg-type]
    assert not cache.holds_none(first)


def test_a_page_known_only_by_its_steady_bytes_is_not_known_so() -> None:
    # New tokens in each answer: the steady digest is known, the bytes as fetched are new (their tokens may spell
    # anything): not marked.
    cache = StylesheetCache()
    session = FakeSession()
    steady = page_digest(b"steady", "text/html")
    for token in ("pX2vQ9rL0aZk3mTt8wYb", "Hq7cN1dJ5sEo4uRf6gVi"):
        html = vendor(head=f'<meta name="csrf-token" content="{token}">')
        first = page_digest(html.encode(), "text/html")
        assert asyncio.run(cache.rules_for(session, html, URL, [first, steady])) == ()  # type: ignore[arg-type]
    assert not cache.holds_none(first)  # known by ``steady`` alone at the second


@pytest.mark.parametrize("again", [False, True])
def test_a_check_marks_a_page_that_holds_none_and_no_other(again: bool) -> None:
    # At its first check (read for the words) and at the next (known by its digest).
    app = AppSpec(id="dinkes", pd_id="dinkes", nama="Dinas Kesehatan", url=URL)
    now = datetime(2026, 12, 6, 8, 15, tzinfo=timezone(timedelta(hours=7)))
    styles = StylesheetCache()
    glued = vendor('<p>Link Partner <a href="https://koitoto.xyz">KOITOTO</a></p>')
    for html, bare in [(vendor(), True), (glued, False), (vendor(head='<link rel="next" href="/page/2">'), True)]:
        main = FetchResult(200, URL, URL, httpx.Headers({"content-type": "text/html"}), html.encode(), None)
        for _ in range(2 if again else 1):
            read = asyncio.run(content.read_content(FakeSession(), app, main, now, styles))  # type: ignore[arg-type]
            assert read.analysed and read.page is not None and marked(read.page) is bare


def test_a_check_without_the_stylesheets_reading_marks_nothing() -> None:
    app = AppSpec(id="dinkes", pd_id="dinkes", nama="Dinas Kesehatan", url=URL)
    now = datetime(2026, 12, 6, 8, 15, tzinfo=timezone(timedelta(hours=7)))
    main = FetchResult(200, URL, URL, httpx.Headers({"content-type": "text/html"}), vendor().encode(), None)
    read = asyncio.run(content.read_content(FakeSession(), app, main, now))  # type: ignore[arg-type]
    assert read.page is not None and not marked(read.page)


def test_the_analysis_marks_the_page_fetched_when_told() -> None:
    html = vendor()
    main = FetchResult(200, URL, URL, httpx.Headers({"content-type": "text/html"}), html.encode(), None)

    def decoded() -> tuple[str, None]:
        return html, None

    for bare in (False, True):
        analysis = content._analysis(
            None,  # type: ignore[arg-type]
            main,
            decoded,  # type: ignore[arg-type]
            (),
            None,
            lambda: main.body,
            lambda body: page_digest(body, "text/html"),
            TODAY,
            bare,
        )
        assert marked(analysis.page) is bare


# --- the address a page is read from ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://dinkes.bekasikota.go.id/",
        "http://app-1.bench.bekasikota.go.id:8080/",
        "https://sipp.bekasikota.go.id/index.php/berita/2026/12",
        "https://disdik.bekasikota.go.id/halaman/profil?id=3&tab=visi",
    ],
)
def test_a_departments_address_names_nothing(url: str) -> None:
    assert names_none(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://slot88.example.com/",
        "https://x.go.id/slot-gacor/",
        "https://x.go.id/?s=judi+online",
        "https://kaisar89.example.com/",
        "https://x.go.id/s/l/o/t/",
        "https://x.go.id/%73lot/",
        "https://x.go.id/berita/ünïcode",
        "https://x.go.id/berita?q=togel",
    ],
)
def test_an_address_that_names_a_word_or_may_does_not(url: str) -> None:
    assert not names_none(url)


# --- what a page holds: no listed word at all, glued or apart ---------------------------------------------------

# Pages the scan flags though ``mentions`` finds no listed word on a word's bounds: brands in capitals glued to the
# trade's words and linked to their own sites (as recorded pages of the test suites hold them), a brand's name
# spelled apart from its lucky number, or across tags.
GLUED_CASES = {
    "a glued brand linked to its site": vendor('<a href="https://nagaslot.com">NAGASLOT</a>'),
    "glued brands in the footer": vendor(
        '<p>Daftar <a href="https://koitoto.xyz/daftar">KOITOTO</a> · Login <a href="https://koitoto.xyz">KOITOTO</a>'
        "</p>"
    ),
    "a link partner list": vendor(
        '<p>Link Partner <a href="https://koitoto.xyz">KOITOTO</a> <a href="https://jpslot.xyz">JPSLOT</a> '
        '<a href="https://hokitoto.xyz">HOKITOTO</a></p>'
    ),
    "bet glued": vendor('<a href="https://www.sukabet.vip/?ref=dinkes">SUKABET</a>'),
    "a brand across tags": vendor("<p>Main di <b>garuda</b><span>88</span> sekarang</p>"),
    "a brand apart from its number": vendor("<p>Daftar GARUDA&nbsp;4D dan KAISAR 88 hari ini</p>"),
}


@pytest.mark.parametrize("name", list(GLUED_CASES))
def test_a_page_with_a_listed_word_glued_or_apart_holds_one(name: str) -> None:
    assert not holds_none(GLUED_CASES[name])


@pytest.mark.parametrize("name", ["glued brands in the footer", "a link partner list", "bet glued"])
def test_such_a_page_is_flagged_and_would_not_be_were_it_marked(name: str) -> None:
    # Why ``mentions`` alone does not mark a page: its scan would leave out what it flags.
    html = GLUED_CASES[name]
    assert not mentions(html)
    plain, bare = both(html)
    assert plain and not bare


@pytest.mark.parametrize(
    "html",
    [
        '<p>admin · <span class="views">188</span> kali dibaca</p>',
        '<p>admin &middot; <span class="views">188</span> kali</p>',
        '<img src="/logo-kota-bekasi-32x32.png" alt="Logo">',
        "<p>Telp. (021) 8839796 · Rp 88.000 · 4 Desember 2026</p>",
        "<p>“Jum’at Bersih” — Baca Selengkapnya » © 2026</p>",
    ],
)
def test_a_departments_numbers_and_signs_hold_none(html: str) -> None:
    assert holds_none(vendor(html))


@pytest.mark.parametrize(
    "html",
    [
        "<p>Main di slot gacor</p>",  # mentioned
        "<p>kaisar89</p>",  # a name alone
        "<p>s l o t</p>",  # letters apart
        "<p>sl<span>ot</span></p>",  # cut by tags
        "<p>博彩平台</p>",  # a script without spaces
        "<p>Situs hoki<b>88</b></p>",  # a brand's number after a tag
        "<p>Daftar naga<span>sl</span>ot</p>",  # a glued word cut by tags
    ],
)
def test_words_mentioned_or_held_otherwise_hold_one(html: str) -> None:
    assert not holds_none(vendor(html))


@pytest.mark.parametrize("html", ["<p>Ruang <b>s</b> dan <b>l</b></p>", "<p>Blok <i>g</i> lantai 2</p>"])
def test_a_lone_letter_of_a_disguised_word_is_held_though_not_mentioned(html: str) -> None:
    # ``mentions`` reads the text around it for a word spelled apart, on a word's bounds; whether the text glues
    # it to others is not read: such a page is not marked.
    assert not mentions(vendor(html)) and not holds_none(vendor(html))


def test_holds_none_answers_with_mentions_in_one_pass() -> None:
    html = vendor("<p>Berita</p>")
    assert holds_none(html) and not mentions(html)
    spam = vendor("<p>slot gacor maxwin</p>")
    assert mentions(spam) and not holds_none(spam)
