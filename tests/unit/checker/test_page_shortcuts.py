"""The shortcuts of ``parse_page`` give what the plain reading gives: the visible text is the
whole body's squashed, however the main content's own text is reused for it, and links keep
their text and absolute address."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core.page import Link, parse_page

URL = "https://dinkes.bekasikota.go.id/berita/"


def whole_body(html: str) -> str:
    body = LexborHTMLParser(html).body
    assert body is not None
    return " ".join(body.text(separator=" ").split())


@pytest.mark.parametrize(
    "body",
    [
        "<p>Berita</p><main>Berita</main><p>Berita</p>",  # the main text is found more than once
        "awal<main>isi</main>akhir",  # text nodes right at its edges stay apart
        "<p>satu</p><p>dua</p><div><p>tiga</p>empat<main>isi</main><p>lima</p>enam</div><p>tujuh</p>delapan",
        "<div><p>Kepala  \n dinas</p><div><main>Isi\u00a0berita<b>x</b>y</main>ekor</div></div>z",
        "<div>" + "<p>kiri</p>" * 150 + "<main>isi</main>" + "<p>kanan</p>" * 150 + "</div>",  # too many around it
        "<main></main><p>tanpa isi utama</p>",
        "<p>Kantor \u3000 Dinas</p><article>Jadwal vaksin ©</article>\x0b<p>Kontak</p>",
    ],
)
def test_visible_text_is_the_whole_bodys_text_squashed(body: str) -> None:
    html = f"<html><head><title>Dinkes</title></head><body>{body}</body></html>"

    assert parse_page(html, URL).visible_text == whole_body(html)


def test_main_content_outside_the_body_leaves_the_visible_text_whole() -> None:
    html = '<html><head><title id="content">Judul</title></head><body><p>Isi</p><p>Isi lagi</p></body></html>'

    page = parse_page(html, URL)

    assert (page.visible_text, page.main_text) == ("Isi Isi lagi", "Judul")


def test_volatile_parts_leave_the_main_text_but_stay_visible() -> None:
    inside = '<main><p>Layanan vaksin</p><div class="jam-digital">10:31:07</div></main>'
    outside = '<div class="visitor-counter">1234</div><main><p>Layanan vaksin</p></main>'

    pages = [parse_page(f"<html><body>{body}</body></html>", URL) for body in (inside, outside)]

    assert [p.main_text for p in pages] == ["Layanan vaksin", "Layanan vaksin"]
    assert [p.visible_text for p in pages] == ["Layanan vaksin 10:31:07", "1234 Layanan vaksin"]


@pytest.mark.parametrize(
    ("body", "main_text"),
    [
        # Beside the main content only: its text as it was read before the parts were taken out.
        (
            '<header><span class="jam-digital">10:31:07</span></header><main><p>Layanan  vaksin</p></main>'
            '<aside><div class="visitor-counter">1234</div></aside>',
            "Layanan vaksin",
        ),
        # Deep inside it, and beside it too: read again without them.
        (
            '<header><span class="jam-digital">10:31:07</span></header>'
            '<main><div><p>Layanan vaksin</p><p><span class="visitor-today">77</span> hari ini</p></div></main>',
            "Layanan vaksin hari ini",
        ),
        # The main content named as a volatile part itself stays whole.
        ('<main class="banner-area"><p>Layanan vaksin</p></main><div class="iklan">Promo</div>', "Layanan vaksin"),
    ],
)
def test_volatile_parts_beside_or_inside_the_main_content(body: str, main_text: str) -> None:
    html = f"<html><body>{body}<footer>Dinas Kesehatan</footer></body></html>"

    assert parse_page(html, URL).main_text == main_text


def test_a_slider_of_posts_leaves_the_main_text_but_keeps_its_dates() -> None:
    slides = "".join(
        f'<div class="item"><a href="/berita/{i}">Rapat Koordinasi Penanganan Banjir</a><p>{day} November 2026</p>'
        "</div>"
        for i, day in ((1, 28), (2, 20))
    )
    slider = f'<div class="news-slider">{slides}</div>'
    html = f"<html><body><main><p>Layanan vaksin</p>{slider}<p>Jadwal</p></main></body></html>"

    page = parse_page(html, URL)

    assert page.main_text == "Layanan vaksin Jadwal"
    assert "Layanan vaksin\nJadwal\n" in page.dates.elsewhere and "28 November 2026" in page.dates.elsewhere


def test_links_keep_their_text_and_absolute_address() -> None:
    html = (
        '<html><body><a href="/profil"> Profil\n dinas </a><a href="//cdn.example/x">CDN</a>'
        '<a href="../arsip/">Arsip</a><a href="">kosong</a><a href=" https://x.example/y ">X</a></body></html>'
    )

    links = parse_page(html, URL).links

    assert [(link.text, link.href) for link in links] == [
        ("Profil dinas", "https://dinkes.bekasikota.go.id/profil"),
        ("CDN", "https://cdn.example/x"),
        ("Arsip", "https://dinkes.bekasikota.go.id/arsip/"),
        ("X", "https://x.example/y"),
    ]
    assert links[0] == Link("Profil dinas", "https://dinkes.bekasikota.go.id/profil")


@pytest.mark.parametrize(
    ("hidden", "texts"),
    [
        # A hidden menu without an image: each link's own text.
        ('<ul><li><a href="/a">Satu</a></li><li><a href="/b">Dua</a></li></ul>', ["Satu", "Dua"]),
        # An image in one of the block's links: that link's text has its alt; the other's has none.
        (
            '<ul><li><a href="/a">Satu <img src="s.png" alt="Slot Gacor"></a></li><li><a href="/b">Dua</a></li></ul>',
            ["Satu Slot Gacor", "Dua"],
        ),
        # An image in the block but outside its links: no link's text has its alt.
        ('<div><img src="s.png" alt="Logo"><a href="/a">Satu</a></div>', ["Satu"]),
        # A link around an image alone: its alt and title are its text.
        ('<a href="/a"><img src="s.png" alt="Daftar" title="Maxwin"></a>', ["Daftar Maxwin"]),
    ],
)
def test_hidden_links_have_their_own_images_alt_in_their_text(hidden: str, texts: list[str]) -> None:
    html = f'<html><body><main><p>Layanan</p><div style="display:none">{hidden}</div></main></body></html>'

    assert [link.text for link in parse_page(html, URL).hidden_links] == texts


@pytest.mark.parametrize("plain_first", [True, False])
def test_a_class_names_nothing_where_an_id_beside_it_names_the_menu(plain_first: bool) -> None:
    menu = '<div class="wrap" id="menu"><a href="/profil">Profil</a><a href="/layanan">Layanan</a></div>'
    plain = '<div class="wrap"><a href="/berita/1">Rapat koordinasi</a></div>'
    parts = (plain, menu) if plain_first else (menu, plain)
    html = f"<html><body>{''.join(parts)}<main><p>Layanan vaksin</p></main></body></html>"

    assert parse_page(html, URL).menu_link_count == 2
