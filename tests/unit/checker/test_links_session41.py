"""The page's links read and spelt for the term scan by the compiled module, as the Python before them did.

``links_in`` makes an address that starts with "http://", "https://", "/" or "//", strips nothing and has no "/."
and no backslash without ``absolute`` (and without the look-up of the addresses made before): as it is, after the
page's root, or after its scheme. ``link_texts`` makes each link's text for the scan
(``f"{link.text} {spaced(link.href)}"``) in one string, its address's separators made spaces as it copies them, and
leaves an address with a "%" to ``term_scan.spaced``. Each is pinned against the Python it replaced on a department's
home page (a menu, dated news items, a footer; curly quotes, bullets, "©", Indonesian, addresses beyond ASCII and
percent-encoded), on each kind of address ``absolute`` reads apart, and on random links.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from urllib.parse import urlsplit

import pytest

from pantau_checker.core import page as page_module
from pantau_checker.core._selectors import absolute, link_texts, select
from pantau_checker.core.checks import defacement
from pantau_checker.core.literals import Markup
from pantau_checker.core.markup import parse_html
from pantau_checker.core.page import Link, parse_page
from pantau_checker.core.term_scan import spaced

URL = "https://dinkes.bekasikota.go.id/"
HEADLINES = (
    "Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang",
    "“Jum’at Bersih” di 12 Kelurahan • Kerja Bakti Bersama Warga",
    "Pengumuman Hasil Seleksi Administrasi Tenaga Kesehatan 2026",
    "Sosialisasi Aplikasi Layanan Kesehatan Terpadu kepada Kader Posyandu",
    "Vaksinasi Gratis 😷 di 42 Puskesmas",
)
# Each kind of address ``absolute`` reads apart, and those next to them.
HREFS = (
    "https://dinkes.bekasikota.go.id/berita/wali-kota-resmikan/",
    "http://dinkes.bekasikota.go.id/profil/visi_dan_misi/",
    "/berita/2026/12/04/jumat-bersih/",
    "/",
    "//cdn.bekasikota.go.id/files/laporan+tahunan.pdf",
    "berita/lainnya/",
    "?halaman=2",
    "#konten",
    "/./profil/",
    "/berita/../profil/",
    "https://dinkes.bekasikota.go.id/a/./b",
    "\\berita\\1",
    "/berita\\1/",
    " /berita/spasi-di-depan/",
    "/berita/spasi-di-belakang/ ",
    "/berita/nbsp-di-belakang/\u00a0",
    "/berita/ideographic/\u3000",
    "/berita/tab/\t",
    "/berita/sep/\x1c",
    "http://",
    "https://",
    "http://x",
    "HTTP://dinkes.bekasikota.go.id/",
    "https:/dinkes.bekasikota.go.id/",
    "/berita/jalan-ke-café/",
    "/berita/%E5%8D%9A%E5%BD%A9/",
    "/berita/100%-gratis/",
    "mailto:dinkes@bekasikota.go.id",
    "javascript:void(0)",
    "/berita/garis\nbaru/",
    "",
)


def _department() -> str:
    """Return a department's home page as a CMS theme writes it: a menu, news items, a sidebar, a footer."""
    menu = "".join(
        f"<li><a href='/{item.lower()}/'>{item}</a></li>" for item in ("Beranda", "Profil", "Berita", "PPID")
    )
    news = "".join(
        f"<article><h2><a href='/berita/{i}/'>{headline}</a></h2>"
        f"<div class='meta'>Jum’at, {i + 1} Desember 2026 · Admin</div>"
        f"<a href='https://dinkes.bekasikota.go.id/berita/{i}/'><img src='/a.jpg' alt='Foto {i}'></a>"
        f"<a href='/berita/{i}/' title='Baca selengkapnya'>Selengkapnya »</a></article>"
        for i, headline in enumerate(HEADLINES * 4)
    )
    others = "".join(f'<li><a href="{href}">Tautan {i}</a></li>' for i, href in enumerate(HREFS))
    return (
        "<html><head><title>Dinas Kesehatan Kota Bekasi</title></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header><main>{news}<ul>{others}</ul></main>"
        "<footer>© 2026 Dinas Kesehatan Kota Bekasi · <a href='https://www.instagram.com/pemkotbekasi/'>Instagram</a>"
        " · <a href='https://lapor.go.id/'>SP4N LAPOR!</a></footer></body></html>"
    )


def _addresses_before(nodes: Sequence[page_module.Node], base_url: str, own: bool) -> list[str]:
    """Return the addresses of the links of ``nodes`` as they were made: ``absolute`` of each href (an empty one of
    a node given, itself a link, is none)."""
    origin = urlsplit(base_url)
    scheme, root = f"{origin.scheme}:", f"{origin.scheme}://{origin.netloc}"
    hrefs = [node.attributes.get("href") or "" for node in nodes]
    return [absolute(href, base_url, scheme, root) for href in hrefs if href or not own]


def _link_texts_before(links: Sequence[Link]) -> list[str]:
    """``defacement._link_texts`` as it was: the addresses joined, spaced once and split again."""
    addresses = spaced("\n".join([link.href for link in links])).split("\n")
    if len(addresses) != len(links):  # no links, or an address with a line break in it
        return [f"{link.text} {spaced(link.href)}" for link in links]
    return [f"{link.text} {address}" for link, address in zip(links, addresses, strict=True)]


def _anchors(html: str) -> tuple[page_module.Node, list[page_module.Node]]:
    tree = parse_html(html, Markup(html).raw)
    assert tree.body is not None
    return tree.body, select(tree, "a[href]")


@pytest.mark.parametrize("base_url", [URL, "http://dinkes.bekasikota.go.id:8080/berita/index.php?id=3"])
def test_the_addresses_of_a_department_page_as_absolute_made_them(base_url: str) -> None:
    body, anchors = _anchors(_department())
    assert [link.href for link in page_module._links(anchors, base_url)] == _addresses_before(anchors, base_url, True)
    # Read from a node that holds them, an empty address is one too.
    assert [link.href for link in page_module._links([body], base_url)] == _addresses_before(anchors, base_url, False)


@pytest.mark.parametrize("href", HREFS)
def test_each_kind_of_address_as_absolute_made_it(href: str) -> None:
    html = f'<p><a href="{href}">Berita</a> <a href="{href}">lagi</a></p>'
    body, anchors = _anchors(html)
    for base_url in (URL, "http://dinkes.bekasikota.go.id:8080/berita/index.php?id=3"):
        links = page_module._links([body], base_url)
        assert [link.href for link in links] == _addresses_before(anchors, base_url, False)


def test_random_addresses_as_absolute_made_them() -> None:
    pieces = ("http://", "https://", "/", "//", ".", "..", "\\", " ", "\u00a0", "\u2028", "\t", "a", "é", "-", "?q=1")
    chosen = random.Random(41)
    for _ in range(2000):
        hrefs = ["".join(chosen.choices(pieces, k=chosen.randint(0, 6))) for _ in range(chosen.randint(1, 5))]
        html = "".join(f'<a href="{href}">{i}</a>' for i, href in enumerate(hrefs))
        body, anchors = _anchors(html)
        base_url = chosen.choice((URL, "https://a.go.id:8443/x/y.php?q=1", "http://h"))
        links = page_module._links([body], base_url)
        assert [link.href for link in links] == _addresses_before(anchors, base_url, False), hrefs


def test_the_link_texts_of_a_department_page_as_before() -> None:
    page = parse_page(_department(), URL)
    for links in (page.links, list(page.links[:7]), page.image_links, page.hidden_links):
        assert link_texts(links, spaced) == _link_texts_before(links)
        assert defacement._link_texts(links) == _link_texts_before(links)
    assert any("%" in link.href for link in page.links)
    assert any("\n" in link.href for link in page.links)


@pytest.mark.parametrize(
    "link",
    [
        Link("Berita", "https://dinkes.bekasikota.go.id/berita/a-b_c+d/e"),
        Link("", ""),
        Link("Tautan kosong", ""),
        Link("", "/berita/tanpa-teks/"),
        Link("“Jum’at Bersih” • 2026", "/berita/jumat-bersih/"),  # a text of two bytes a character
        Link("Vaksinasi 😷", "/berita/vaksinasi-gratis/"),  # four
        Link("Berita", "/berita/jalan-ke-café/"),  # an address of one byte a character beyond ASCII
        Link("Berita", "/berita/“jumat-bersih”/"),  # of two
        Link("Berita", "/berita/😷-masker_gratis+ok/"),  # of four
        Link("© 2026", "/berita/%E5%8D%9A%E5%BD%A9/slot-gacor/"),  # decoded as the address bar shows it
        Link("Berita", "/berita/100%-gratis/"),
        Link("Berita", "/cari?q=slot%0Agacor"),  # a line break once decoded
        Link("Berita", "/berita/garis\nbaru/"),
        Link("Berita", "-_+/"),
    ],
)
def test_each_kind_of_link_text_as_before(link: Link) -> None:
    expected = f"{link.text} {spaced(link.href)}"
    assert link_texts([link], spaced) == [expected]
    assert link_texts((link, link), spaced) == [expected, expected]
    assert link_texts([link], spaced) == _link_texts_before([link])


def test_random_link_texts_as_before() -> None:
    pieces = ("a", "-", "_", "+", "/", "%", "%2F", "%E5%8D%9A", "\n", " ", "é", "’", "😷", "İ")
    chosen = random.Random(41)
    for _ in range(5000):
        links = [
            Link("".join(chosen.choices(pieces, k=chosen.randint(0, 4))), "".join(chosen.choices(pieces, k=8)))
            for _ in range(chosen.randint(0, 4))
        ]
        made = link_texts(links, spaced)
        assert made == _link_texts_before(links) == [f"{link.text} {spaced(link.href)}" for link in links]
        assert all(type(text) is str for text in made)


def test_no_links_no_texts_and_a_link_is_a_tuple() -> None:
    assert link_texts([], spaced) == []
    assert link_texts((), spaced) == []
    with pytest.raises(TypeError):
        link_texts(["https://dinkes.bekasikota.go.id/"], spaced)
