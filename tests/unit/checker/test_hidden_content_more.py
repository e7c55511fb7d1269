"""More hiding places of gambling spam: text in the colour of the page, legacy markup (<marquee>,
<font>), lines of no height, images in links, and letters spread apart by spaces or tags, which
the scan reads and ``mentions`` must see as well. And the look-alikes that hide nothing: white text
on a banner or a dark footer, a small <font>, a running text."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.css import hiding_rules
from pantau_checker.core.page import Page, parse_page
from pantau_checker.core.term_scan import mentions

URL = "https://disdukcapil.bekasikota.go.id/"
SPAM = "situs toto slot gacor maxwin"


def vendor_page(extra: str = "", head: str = "", body: str = "<body>", end: str = "") -> str:
    """Return a department's home page as its vendor writes it, with ``extra`` after the news."""
    news = "".join(
        f'<article class="post"><a href="/berita/{i}/"><img src="/uploads/{i}.jpg" alt="{title}"></a>'
        f'<h3><a href="/berita/{i}/">{title}</a></h3><span class="date">{i + 2} November 2026</span>'
        "<p>Disdukcapil Kota Bekasi terus meningkatkan pelayanan administrasi kependudukan.</p></article>"
        for i, title in enumerate(
            (
                "Pelayanan KTP-el Keliling di Kecamatan Bantargebang",
                "Jemput Bola Perekaman KTP-el bagi Warga Lansia",
                "Sosialisasi Identitas Kependudukan Digital",
                "Layanan Akta Kelahiran Terintegrasi Rumah Sakit",
            )
        )
    )
    return (
        f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Disdukcapil Kota Bekasi</title>{head}"
        f"</head>{body}<header class='site-header'><a class='brand' href='/'><img src='/logo.png' "
        "alt='Logo Kota Bekasi'> Disdukcapil</a><nav class='navbar'><ul class='menu'>"
        "<li><a href='/'>Beranda</a></li><li><a href='/profil/'>Profil</a></li>"
        "<li><a href='/layanan/'>Layanan</a></li><li><a href='/berita/'>Berita</a></li></ul></nav></header>"
        f"<main id='content'><h2>Berita Terkini</h2>{news}{extra}</main>"
        "<aside class='sidebar'><h3>Agenda</h3><ul><li>Rapat evaluasi pelayanan</li></ul></aside>"
        "<footer class='site-footer'><p>Jl. Jend. Ahmad Yani No. 1, Bekasi</p>"
        "<p>&copy; 2026 Disdukcapil Kota Bekasi</p></footer>"
        f"{end}</body></html>"
    )


def parsed(extra: str = "", **parts: str) -> Page:
    return parse_page(vendor_page(extra, **parts), URL)


def where(page: Page) -> dict[str | None, str]:
    return {f.location: f.severity for f in defacement.scan(page) if f.code == "judi_online"}


# --- text in the colour of what lies behind it -------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "parts"),
    [
        (f'<div style="color:#fff">{SPAM}</div>', {}),  # a page that declares no background is white
        (f'<div class="seo" style="color:#ffffff; background:#fff">{SPAM}</div>', {}),
        (f'<p style="font-size:11px;COLOR:#FFF">{SPAM}</p>', {}),
        (f'<span style="color:white">{SPAM}</span>', {}),
        (f'<div style="color:rgb(255, 255, 255)">{SPAM}</div>', {}),
        (f'<div style="color:transparent">{SPAM}</div>', {}),
        (f'<div style="color:rgba(0,0,0,0)">{SPAM}</div>', {}),
        (f'<div style="color:rgb(51 51 51 / 0)">{SPAM}</div>', {}),
        (f'<div style="color:#33333300">{SPAM}</div>', {}),
        (f'<font color="#FFFFFF" size="1">{SPAM}</font>', {}),
        (f'<font color="ffffff">{SPAM}</font>', {}),  # a legacy colour without its "#"
        # The colour of the background the page's own <style> or the body declares.
        (f'<div style="color:#f4f6f9">{SPAM}</div>', {"head": "<style>body{background:#F4F6F9}</style>"}),
        (f'<div style="color:#000">{SPAM}</div>', {"body": "<body style='background-color:#000000'>"}),
        (f'<div style="color:#0b3d91">{SPAM}</div>', {"body": "<body bgcolor='#0b3d91'>"}),
        (
            f'<div class="kolom"><div style="color:#eef3f8">{SPAM}</div></div>',
            {"head": "<style>.kolom{background:#eef3f8;padding:12px}</style>"},
        ),
        (f'<table><tr><td bgcolor="#000000"><font color="#000000">{SPAM}</font></td></tr></table>', {}),
        (f'<div id="primary" class="content-area"><p style="color:#FFFFFF">{SPAM}</p></div>', {}),  # WordPress
    ],
)
def test_spam_in_the_colour_of_its_background_is_hidden_and_stays_in_the_visible_text(
    extra: str, parts: dict[str, str]
) -> None:
    page = parsed(extra, **parts)
    assert where(page) == {"hidden": "kritis"}
    assert SPAM in " ".join(page.hidden_texts)
    # A stylesheet not read may paint what lies behind it: the text and its fingerprint keep it.
    assert SPAM in page.visible_text and SPAM in page.main_text


def test_a_hostile_page_of_nested_white_text_stays_bounded() -> None:
    nested = '<div style="color:#fff">x ' * 3000 + "</div>" * 3000
    page = parsed(f"{nested}<p style='color:#fff'>{SPAM}</p>")
    assert len(page.hidden_texts) == 2 and SPAM in page.hidden_texts  # the nested ones as one
    assert where(page) == {"hidden": "kritis"}


def test_a_hostile_page_of_nested_white_text_around_links_stays_bounded() -> None:
    nested = '<div style="color:#fff"><a href="/x">x</a> ' * 3000 + "</div>" * 3000
    assert where(parsed(f"<p>Berita</p>{nested}")) == {}


def test_links_in_the_colour_of_the_page_are_hidden_links() -> None:
    farm = "".join(
        f'<a href="https://{host}.example/" style="color:#fff;text-decoration:none">{text}</a> '
        for host, text in (("rajawin", "bandar togel terpercaya"), ("gaspol", "link slot gacor"))
    )
    page = parsed(f"<div class='mitra'>{farm}</div>")
    assert where(page) == {"hidden": "kritis"}
    assert [link.href for link in page.hidden_links] == ["https://rajawin.example/", "https://gaspol.example/"]


@pytest.mark.parametrize(
    ("extra", "parts"),
    [
        # On a banner or hero image that the element or a parent paints.
        (f'<section style="background:#0b3d91;padding:40px"><h2 style="color:#fff">{SPAM}</h2></section>', {}),
        (f"<div style=\"background:url('/uploads/hero.jpg') center/cover\"><p style='color:#fff'>{SPAM}</p></div>", {}),
        (f'<div style="background-image:linear-gradient(#003,#036)"><p style="color:white">{SPAM}</p></div>', {}),
        (
            f'<div class="pita-biru"><p style="color:#fff">{SPAM}</p></div>',
            {"head": "<style>.pita-biru{background:#004a8f}</style>"},
        ),
        # A region a theme's stylesheet paints: a hero, a banner, a dark footer.
        (f'<div class="hero-section"><h2 style="color:#fff">{SPAM}</h2></div>', {}),
        (f'<div id="banner-utama"><p style="color:#ffffff">{SPAM}</p></div>', {}),
        (f'<footer class="footer-bottom"><p style="color:#fff">{SPAM}</p></footer>', {}),
        (f'<a class="btn btn-success" href="/daftar/" style="color:#fff">{SPAM}</a>', {}),
        # A page whose background is not the colour.
        (f'<div style="color:#fff">{SPAM}</div>', {"head": "<style>body{background:#1b1e24;color:#ddd}</style>"}),
        (f'<div style="color:#fff">{SPAM}</div>', {"body": "<body style=\"background:url('/bg.jpg')\">"}),
        # Letters drawn with their background (gradient text); children with a colour of their own.
        (
            '<h2 style="background:linear-gradient(#f00,#00f);-webkit-background-clip:text;color:transparent">'
            f"{SPAM}</h2>",
            {},
        ),
        (f'<div style="color:#fff"><span style="color:#333">{SPAM}</span></div>', {}),
        (f'<div style="color:#fff"><a href="https://rajawin.example/">{SPAM}</a></div>', {}),  # the theme's link colour
        (f'<div style="color:#fefefe">{SPAM}</div>', {}),  # not the colour of the page: read as visible
    ],
)
def test_spam_in_white_or_a_colour_that_is_not_its_backgrounds_stays_visible(extra: str, parts: dict[str, str]) -> None:
    page = parsed(extra, **parts)
    assert "hidden" not in where(page) and page.hidden_texts == ()


def test_a_department_page_in_white_on_its_banner_and_footer_has_no_finding_and_keeps_its_text() -> None:
    hero = (
        '<section class="hero" style="background:#0b3d91 url(/uploads/kantor.jpg) no-repeat">'
        '<h1 style="color:#fff">Stop Judi Online! Laporkan situs judi slot ke aduankonten.id</h1>'
        '<p style="color:#ffffff">Satgas Pemberantasan Judi Online Kota Bekasi</p></section>'
        "<div style='color:#fff;background:#198754'>Slot antrean layanan KTP-el hari ini masih tersedia</div>"
    )
    footer = (
        "<div class='footer-dark' style='background:#212529'><a href='/kontak/' style='color:#fff'>Kontak</a>"
        "<a href='/ppid/' style='color:#fff'>PPID</a><p style='color:#fff'>Kamera Olympus untuk dokumentasi</p></div>"
    )
    page = parsed(hero, end=footer)
    assert defacement.scan(page) == () and page.hidden_texts == ()
    assert "Stop Judi Online" in page.visible_text and "Kamera Olympus" in page.visible_text


# --- legacy markup and lines of no height --------------------------------------------------------------


@pytest.mark.parametrize(
    "extra",
    [
        f'<marquee width="1">{SPAM}</marquee>',
        f'<marquee height="1" behavior="scroll">{SPAM}</marquee>',
        f'<MARQUEE WIDTH="0px" HEIGHT="0px">{SPAM}</MARQUEE>',
        f'<marquee scrollamount="10000">{SPAM}</marquee>',
        f'<div style="line-height:0;overflow:hidden">{SPAM}</div>',
        f'<div style="overflow: hidden; line-height: 0px">{SPAM}</div>',
        f'<div style="height:0em;overflow:hidden">{SPAM}</div>',
        f'<div style="max-height:0rem;overflow:hidden">{SPAM}</div>',
    ],
)
def test_spam_in_legacy_markup_or_lines_of_no_height_is_hidden(extra: str) -> None:
    page = parsed(extra)
    assert where(page) == {"hidden": "kritis"}
    assert SPAM not in page.visible_text  # the page hides it itself


@pytest.mark.parametrize(
    "extra",
    [
        f'<font size="1">{SPAM}</font>',  # 10 pixels: small, but read
        f'<marquee scrollamount="6" onmouseover="this.stop()">{SPAM}</marquee>',  # a running text
        f'<div style="line-height:0">{SPAM}</div>',  # the lines overlap, but show
        f'<div style="overflow:hidden;line-height:1.5">{SPAM}</div>',
    ],
)
def test_small_or_moving_text_that_is_read_stays_visible(extra: str) -> None:
    assert where(parsed(extra)) == {"visible": "tinggi"}


def test_a_stylesheets_line_height_zero_hides_nothing() -> None:
    # An image wrapper's way to drop the gap under the image, with rounded corners.
    assert hiding_rules(".post-thumb{line-height:0;overflow:hidden;border-radius:4px}").selectors == frozenset()


# --- images in links -----------------------------------------------------------------------------------


def test_an_injected_image_banner_is_read_by_its_alt_and_title() -> None:
    banner = (
        '<div class="widget-partner"><a href="https://rajawin88.example/?ref=disdukcapil" target="_blank">'
        '<img src="https://cdn.rajawin.example/banner.gif" alt="Situs Slot Gacor Hari Ini" width="300"></a>'
        '<a href="https://bit.example/x"><img src="/b.gif" title="bandar togel terpercaya"></a></div>'
    )
    page = parsed(banner)
    assert where(page) == {"link": "tinggi"}
    assert {(link.text, link.href) for link in page.image_links} >= {
        ("Situs Slot Gacor Hari Ini", "https://rajawin88.example/?ref=disdukcapil"),
        ("bandar togel terpercaya", "https://bit.example/x"),
    }


def test_an_image_banner_in_a_hiding_place_is_hidden() -> None:
    banner = (
        '<div style="position:absolute;left:-9999px"><a href="https://rajawin.example/">'
        '<img src="/b.gif" alt="agen slot maxwin terpercaya"></a></div>'
    )
    assert where(parsed(banner)) == {"hidden": "kritis"}


def test_image_banners_after_the_footer_are_a_critical_link_farm() -> None:
    farm = "".join(
        f'<a href="https://{host}.example/"><img src="/{host}.gif" alt="{alt}"></a>'
        for host, alt in (("a1", "toto"), ("b2", "togel"), ("c3", "gacor"), ("d4", "depo 25k"))
    )
    assert where(parsed(end=f"<div class='partner'>{farm}</div>"))["link"] == "kritis"


def test_news_photos_in_links_with_gambling_words_in_their_alt_are_no_finding() -> None:
    photos = (
        '<a href="/berita/razia/"><img src="/razia.jpg" alt="Kapolres tunjukkan barang bukti judi slot dan togel"></a>'
        '<a href="/berita/kamera/"><img src="/olympus.jpg" alt="Kamera Olympus untuk dokumentasi kegiatan"></a>'
        '<a href="/layanan/"><img src="/antrean.jpg" title="Slot antrean online tersedia"></a>'
    )
    assert defacement.scan(parsed(photos)) == ()


def test_an_image_alone_with_spam_in_its_alt_or_title_is_hidden_spam() -> None:
    # Uploads to the media library named for the gambling site, placed in a post without a link.
    uploads = (
        '<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/11/rajawin88-slot-gacor.jpg" '
        'alt="Rajawin88 situs slot gacor hari ini gampang maxwin" width="1024" height="576"></figure>'
        '<p><img src="/wp-content/uploads/2026/11/toto.jpg" title="bandar togel terpercaya, daftar situs toto"></p>'
    )
    page = parsed(uploads)
    assert where(page) == {"hidden": "kritis"}
    assert "Rajawin88 situs slot gacor hari ini gampang maxwin" in page.image_texts


def test_news_photos_alone_with_gambling_words_in_their_alt_are_no_finding() -> None:
    photos = (
        '<figure><img src="/razia.jpg" alt="Satpol PP menyita mesin judi slot dan kupon togel di Bekasi Timur">'
        "<figcaption>Razia penyakit masyarakat, Senin (30/11).</figcaption></figure>"
        '<img src="/olympus.jpg" alt="Kamera Olympus untuk dokumentasi kegiatan">'
        '<img src="/antrean.jpg" title="Slot antrean online tersedia setiap hari kerja">'
    )
    page = parsed(photos)
    assert defacement.scan(page) == ()
    assert "Kamera Olympus untuk dokumentasi kegiatan" in page.image_texts


# --- letters spread apart --------------------------------------------------------------------------------


SPREAD = [
    "<p>s  l  o  t   g  a  c  o  r   hari ini</p>",  # several spaces
    "<p>s\n l\n o\n t\n\tg\n a\n c\n o\n r</p>",  # line breaks and tabs
    "<p>s&nbsp;l&nbsp;o&nbsp;t&nbsp;g&nbsp;a&nbsp;c&nbsp;o&nbsp;r</p>",
    "<p><b>s</b><b>l</b><b>o</b><b>t</b> <b>g</b><b>a</b><b>c</b><b>o</b><b>r</b></p>",
    "<p><span>S</span> <span>I</span> <span>T</span> <span>U</span> <span>S</span> "
    "<span>T</span> <span>O</span> <span>T</span> <span>O</span></p>",
    "<p>s<!-- -->l<!-- -->o<!-- -->t<!-- -->g<!-- -->a<!-- -->c<!-- -->o<!-- -->r</p>",
    "<p>m<wbr>a<wbr>x<wbr>w<wbr>i<wbr>n</p>",
    "<p>s\u2003l\u2003o\u2003t\u2003g\u2003a\u2003c\u2003o\u2003r</p>",  # spaces of Unicode
    "<p>&sopf;&lopf;&oopf;&topf; &gopf;&aopf;&copf;&oopf;&ropf;</p>",  # letters of another alphabet, by name
]


@pytest.mark.parametrize("html", SPREAD)
def test_letters_spread_apart_by_spaces_or_tags_are_mentioned_and_found(html: str) -> None:
    page = vendor_page(html)
    assert where(parse_page(page, URL)) == {"visible": "tinggi"}
    assert mentions(page)  # so that the site's stylesheets, which may hide it, are read


@pytest.mark.parametrize("html", SPREAD)
def test_letters_spread_apart_and_hidden_by_the_sites_stylesheet_are_hidden(html: str) -> None:
    page = vendor_page(f'<div class="wp-mitra">{html}</div>')
    assert mentions(page)
    assert where(parse_page(page, URL, (hiding_rules(".wp-mitra{display:none}"),))) == {"hidden": "kritis"}


@pytest.mark.parametrize(
    "html",
    [
        "<ul class='abjad'><li><a href='/a/'>A</a></li><li><a href='/b/'>B</a></li><li><a href='/c/'>C</a></li></ul>",
        "<nav class='pagination'><a href='/2/'>2</a> <a href='/3/'>3</a> <a href='/4/'>4</a></nav>",
        "<p>Drs. H. A.  Rahman, M.Si.</p><p>Blok  C  No. 5, RT  01 / RW  02</p>",
        "<p>Pilihan jawaban: <b>a</b> <b>b</b> <b>c</b> <b>d</b></p>",
        "<p>Sisa slot kuota pendaftaran:&nbsp;24</p>",  # mentions a weak word: true, but no finding
    ],
)
def test_lone_letters_of_an_ordinary_page_are_no_finding(html: str) -> None:
    assert defacement.scan(parse_page(vendor_page(html), URL)) == ()


@pytest.mark.parametrize(
    "html",
    [
        "<ul class='abjad'><li><a href='/a/'>A</a></li><li><a href='/b/'>B</a></li><li><a href='/c/'>C</a></li></ul>",
        "<p>Drs. H. A.  Rahman, M.Si.</p><p>Blok  C  No. 5, RT  01 / RW  02</p>",
        "<p>Pilihan jawaban: <b>a</b> <b>b</b> <b>c</b> <b>d</b></p>",
    ],
)
def test_lone_letters_that_spell_no_listed_word_are_not_mentioned(html: str) -> None:
    assert not mentions(vendor_page(html))


def test_a_page_of_many_lone_letters_is_read_as_mentioning_a_word() -> None:
    # Bounded work: past a few dozen, its stylesheets are simply read.
    letters = "".join(f"<i>{c}</i>  " for c in "abcdeghijklmnoprstuwx" * 10)
    assert mentions(vendor_page(f"<p>{letters}</p>"))


def test_what_the_scan_flags_the_page_mentions() -> None:
    # What the stylesheet cache relies on: a page that mentions nothing has nothing a stylesheet could hide.
    pages = [*SPREAD, f'<div style="color:#fff">{SPAM}</div>', '<a href="/x"><img alt="slot gacor" src="/x.gif"></a>']
    for html in pages:
        page = vendor_page(html)
        assert defacement.scan(parse_page(page, URL)) and mentions(page), html
