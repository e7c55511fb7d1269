"""Hiding places of gambling spam seen on hacked department sites that the checker missed: words
cut in pieces by tags, text coloured by a class of the page's own ``<style>`` (white on a white
page, transparent, the colour of the background another class gives it), ``opacity:0`` and
``font-size:0`` in the page's own ``<style>``, the links within a compound it hides (``.seo a``)
and what it names in part (``[id^=spon]``); with the department pages that look alike and hide
nothing: a theme's white text on its dark header, Bootstrap's screen-reader labels, a carousel's
hidden slides of real news, a mega-menu shown on hover, a cookie banner, a drop cap, time slots, a
row of inline items of no font size. Each inside a whole WordPress (or CodeIgniter, bare ``<div>``)
department page: menu, news, sidebar, footer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.css import hiding_rules, inline_hiding_rules
from pantau_checker.core.page import Page, parse_page
from pantau_checker.core.term_scan import flagged, mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"
SPAM = "Situs Slot Gacor Hari Ini, bandar togel terpercaya, maxwin"
HIDDEN = {"hidden": "kritis"}
VISIBLE = {"visible": "tinggi"}
# The footer's "partner" block an injection adds, after the site's own footer.
PARTNERS = '<div class="partner-links">{}</div>'


def page(site: Site, css: str = "") -> Page:
    return parse_page(department_page(site), URL, (hiding_rules(css),) if css else ())


def where(found: Page) -> dict[str | None, str]:
    return {f.location: f.severity for f in defacement.scan(found) if f.code == "judi_online"}


def styled(rules: str, html: str, plain: bool = False) -> Site:
    """Return a department page whose own <style> has ``rules`` and whose body ends with ``html``."""
    return Site(head=f"<style id='custom-css'>{rules}</style>", body_end=html, plain_markup=plain)


# --- words cut in pieces by tags --------------------------------------------------------------------


CUT = {
    "pieces-in-spans": "<span>sl</span><span>ot</span> <b>ga</b>cor <span>hari</span> ini",
    "an-empty-tag-inside": "Daftar s<i></i>lot88 sekarang juga",
    "letters-in-spans": "".join(f"<span>{c}</span>" for c in "slot88"),
    "capitals-cut-by-bold": "S<b>LOT</b> G<b>ACOR</b> &amp; <b>bandar</b> to<span>gel</span> <b>terpercaya</b>",
    "a-letter-a-tag": "<strong>m</strong>ax<strong>w</strong>in <em>ga</em><em>cor</em>",
    "a-link-farm": " ".join(
        f'<a href="https://{host}.example/">s<span>lot</span> ga<span>cor</span> {host}</a>'
        for host in ("rajawin", "gaspol", "kilat")
    ),
}


@pytest.mark.parametrize("html", CUT.values(), ids=CUT.keys())
def test_a_word_cut_by_tags_in_the_footer_is_found_and_mentioned(html: str) -> None:
    site = Site(body_end=f"<div class='footer-note'><p>{html}</p></div>")
    assert "judi_online" in {f.code for f in defacement.scan(page(site))}
    assert mentions(department_page(site))  # so that the site's stylesheets, which may hide it, are read


@pytest.mark.parametrize("html", CUT.values(), ids=CUT.keys())
def test_a_word_cut_by_tags_in_a_hiding_place_is_hidden(html: str) -> None:
    inline = Site(main_extra=f'<div style="display:none">{html}</div>')
    by_theme = Site(main_extra=f'<div class="wp-mitra">{html}</div>')
    assert where(page(inline)) == HIDDEN
    assert where(page(by_theme, css=".wp-mitra{position:absolute;left:-9999px}")) == HIDDEN


def test_a_word_cut_by_tags_is_read_as_the_word_where_found() -> None:
    found = list(flagged("Daftar sl ot ga cor terpercaya"))
    assert ("judi_online", "slot gacor", "Daftar slot gacor terpercaya") in found
    assert [term for _, term, _ in flagged("Main s lot88 sekarang")] == ["slot88"]


INNOCENT_CUTS = {
    # A drop cap: the first letter of a news item in a span of its own.
    "drop-cap-slot": '<p><span class="dropcap">S</span>lot antrean layanan KTP-el hari Sabtu masih tersedia.</p>',
    "drop-cap-toto": '<p><span class="dropcap">T</span>oto Suharto, Kepala Bidang P2P, membuka kegiatan.</p>',
    "time-slot": "<p>Pilih <b>time</b> <i>slot</i> konsultasi pada jadwal di bawah ini.</p>",
    "quota-table": (
        "<table class='table'><tr><th>Jadwal</th><th>Kuota slot</th></tr>"
        "<tr><td>Senin</td><td><span class='badge'>40</span></td></tr></table>"
    ),
    "english-to": "<p>Back <a href='/'>to</a> <a href='/tentang/'>top</a> &middot; Go <b>to</b> <i>the</i> menu</p>",
}


@pytest.mark.parametrize("html", INNOCENT_CUTS.values(), ids=INNOCENT_CUTS.keys())
def test_innocent_words_cut_by_tags_are_no_finding(html: str) -> None:
    assert defacement.scan(page(Site(main_extra=html))) == ()


# --- text coloured by a class of the page's own <style> ---------------------------------------------


COLOURED = {
    "white-on-a-white-page": (".seo-text{color:#fff}", '<div class="seo-text">{}</div>'),
    "white-important": (".ft-x{font-size:11px;color:#FFFFFF!important}", '<p class="ft-x">{}</p>'),
    "transparent": (".partner{color:transparent}", '<div class="partner">{}</div>'),
    "transparent-on-its-own-background": (".kotak-x{background:#fff;color:transparent}", '<p class="kotak-x">{}</p>'),
    "rgba-of-no-alpha": ("#mitra{color:rgba(0,0,0,0)}", '<div id="mitra">{}</div>'),
    "the-background-of-its-other-class": (
        ".kotak{background:#f4f6f9;padding:8px}.teks-x{color:#f4f6f9}",
        '<div class="kotak teks-x">{}</div>',
    ),
    "colour-and-background-in-one-rule": (".seo{color:#0b3d91;background:#0b3d91}", '<div class="seo">{}</div>'),
    "a-later-rule-wins": (".note{color:#333}.note{color:#fff}", '<div class="note">{}</div>'),
    "links-coloured-themselves": (
        ".mitra-link{color:#fff;text-decoration:none}",
        '<a class="mitra-link" href="https://rajawin.example/">{}</a>',
    ),
}


@pytest.mark.parametrize(("rules", "html"), COLOURED.values(), ids=COLOURED.keys())
@pytest.mark.parametrize("plain", [False, True], ids=["wordpress", "codeigniter"])
def test_spam_coloured_as_its_background_by_a_class_of_the_pages_style_is_hidden(
    rules: str, html: str, plain: bool
) -> None:
    found = page(styled(rules, PARTNERS.format(html.format(SPAM)), plain))
    assert where(found) == HIDDEN
    assert SPAM in " ".join(found.hidden_texts)
    assert SPAM in found.visible_text  # what lies behind may be painted by a stylesheet not read


LOOKALIKE_COLOURS = {
    # The theme paints its header and footer dark in the same <style>, and writes white on them.
    "white-on-the-themes-dark-header": (
        ".site-header{background:#0b4f8a}.site-title{color:#fff}",
        '<div class="site-header"><h1 class="site-title">{}</h1></div>',
    ),
    "white-on-its-own-button": (".btn-lapor{background:#c0392b;color:#fff}", '<a class="btn-lapor">{}</a>'),
    "white-on-a-painted-block": (
        ".pita{background:#198754;padding:12px}.pita-teks{color:#fff}",
        '<div class="pita"><p class="pita-teks">{}</p></div>',
    ),
    "white-on-a-photo": (
        ".hero-img{background:url(/uploads/kantor.jpg) center/cover}.hero-text{color:#fff}",
        '<div class="hero-img"><p class="hero-text">{}</p></div>',
    ),
    "gradient-text": (
        ".judul-gradasi{background:linear-gradient(90deg,#0b4f8a,#00a3e0);-webkit-background-clip:text;"
        "background-clip:text;color:transparent}",
        '<h2 class="judul-gradasi">{}</h2>',
    ),
    "a-child-of-its-own-colour": (
        ".putih{color:#fff}.isi{color:#333}",
        '<div class="putih"><p class="isi">{}</p></div>',
    ),
    "dark-mode-only": ("@media (prefers-color-scheme:dark){.teks{color:#fff}}", '<p class="teks">{}</p>'),
    "on-hover-only": (".kartu:hover{color:#fff}", '<p class="kartu">{}</p>'),
}


@pytest.mark.parametrize(("rules", "html"), LOOKALIKE_COLOURS.values(), ids=LOOKALIKE_COLOURS.keys())
def test_text_a_class_colours_so_that_it_shows_stays_visible(rules: str, html: str) -> None:
    found = page(styled(rules, html.format(SPAM)))
    assert where(found) == VISIBLE and found.hidden_texts == ()


def test_a_department_theme_writing_white_on_its_own_dark_regions_has_no_finding() -> None:
    rules = (
        "body{background:#fff}.top-bar{background:#0b4f8a;color:#fff}.site-footer{background:#102a43;color:#fff}"
        ".footer-title{color:#fff}.btn-lapor{background:#c0392b;color:#fff}.banner-stop{background:#b71c1c}"
        ".banner-stop p{color:#fff}.text-white{color:#fff!important}"
    )
    html = (
        '<div class="banner-stop"><p class="text-white">Stop Judi Online! Laporkan situs judi slot ke '
        'aduankonten.id</p></div><a class="btn-lapor" href="/lapor/">Lapor Satgas Pemberantasan Judi Online</a>'
        '<div class="site-footer"><h4 class="footer-title">Layanan</h4><p class="text-white">Slot antrean '
        "layanan dibuka pukul 08.00</p></div>"
    )
    found = page(styled(rules, html))
    assert defacement.scan(found) == ()
    assert "Stop Judi Online" in found.visible_text


# --- opacity:0 in the page's own <style> --------------------------------------------------------------


@pytest.mark.parametrize(
    "rules",
    [
        ".seo-links{opacity:0}",
        ".seo-links{opacity:0.0!important;position:absolute}",
        "div.seo-links{OPACITY: 0; height: 20px}",
    ],
)
def test_spam_of_no_opacity_by_the_pages_style_is_hidden(rules: str) -> None:
    found = page(styled(rules, PARTNERS.format(f'<div class="seo-links">{SPAM}</div>')))
    assert where(found) == HIDDEN
    assert SPAM in found.visible_text  # a script may fade it in: the text and its fingerprint keep it


@pytest.mark.parametrize(
    "rules",
    [
        ".reveal{opacity:0;transition:opacity .6s}",  # faded in by the theme's script
        ".reveal{opacity:0}.reveal.is-visible{opacity:1}",
        ".reveal{opacity:0}.reveal:hover{opacity:.9}",
        ".reveal{opacity:0;animation:muncul 1s forwards}@keyframes muncul{to{opacity:1}}",
        ".reveal{opacity:0}@media (min-width:768px){.card .reveal{opacity:1}}",
        "@media (max-width:767px){.reveal{opacity:0}}",
        ".js .reveal{opacity:0}",  # until the theme's script, which marks <html> with "js", fades it in
    ],
)
def test_text_faded_in_by_the_pages_style_stays_visible(rules: str) -> None:
    found = page(styled(rules, f'<div class="reveal">{SPAM}</div>'))
    assert where(found) == VISIBLE and found.hidden_texts == ()


def test_opacity_zero_in_a_linked_stylesheet_is_still_a_themes_animation() -> None:
    # The theme's scripts show what its stylesheet fades: there only the page's own <style> counts.
    assert hiding_rules(".seo-links{opacity:0}").selectors == frozenset()
    assert inline_hiding_rules(".seo-links{opacity:0}").faded == {".seo-links"}


# --- font-size:0, and the links within a compound, in the page's own <style> -----------------------------


@pytest.mark.parametrize(
    "rules",
    [
        ".seo-links{font-size:0}",
        ".seo-links, .seo-links a{font-size:0!important;line-height:0}",
        "div.seo-links{FONT-SIZE: 0px; color:#333}",
        # A theme's gap trick elsewhere on the page sizes only what is within its own row.
        ".seo-links{font-size:0}.row{font-size:0}.row > .col{font-size:14px}",
    ],
)
def test_spam_shrunk_to_no_size_by_the_pages_style_is_hidden(rules: str) -> None:
    found = page(styled(rules, PARTNERS.format(f'<div class="seo-links">{SPAM}</div>')))
    assert where(found) == HIDDEN


@pytest.mark.parametrize(
    "style",
    [
        "font-size:1px;color:#fff",
        "font-size:0.1px",
        "font-size:.5pt",
        "opacity:0.01",
        "opacity:.001;position:absolute",
        "transform:scale(0.001)",
        "filter:opacity(0)",
    ],
)
def test_spam_too_small_or_too_faint_to_read_is_hidden_inline_or_by_the_pages_style(style: str) -> None:
    inline = page(Site(body_end=PARTNERS.format(f'<div style="{style}">{SPAM}</div>')))
    assert where(inline) == HIDDEN
    if not style.startswith("filter"):  # the page's own <style> reads filters for nothing
        by_class = page(styled(f".seo-links{{{style}}}", PARTNERS.format(f'<div class="seo-links">{SPAM}</div>')))
        assert where(by_class) == HIDDEN


@pytest.mark.parametrize(
    "style",
    [
        "font-size:1em",
        "font-size:10px",
        "font-size:1.5px;line-height:2",
        "opacity:0.5",
        "opacity:.15",
        "transform:scale(0.95)",
    ],
)
def test_small_print_or_a_faded_card_stays_visible(style: str) -> None:
    assert where(page(Site(body_end=f'<div style="{style}">{SPAM}</div>'))) == VISIBLE


@pytest.mark.parametrize(
    "rules",
    [
        ".inline-menu{font-size:0}.inline-menu li{font-size:14px}",  # the inline-block gap trick
        ".inline-menu{font-size:0}@media (min-width:768px){.inline-menu > a{font-size:15px}}",
        ".inline-menu{font-size:0}.inline-menu span{font-size:1rem}",
        "@media (max-width:767px){.inline-menu{font-size:0}}",  # on phones only
    ],
)
def test_a_row_of_no_font_size_whose_items_set_their_own_stays_visible(rules: str) -> None:
    found = page(styled(rules, f'<ul class="inline-menu"><li><span>{SPAM}</span></li></ul>'))
    assert where(found) == VISIBLE and found.hidden_texts == ()


def test_font_size_zero_in_a_linked_stylesheet_is_still_a_themes_layout() -> None:
    assert hiding_rules(".seo-links{font-size:0}").selectors == frozenset()
    assert inline_hiding_rules(".seo-links{font-size:0}").faded == {".seo-links"}


@pytest.mark.parametrize(
    "rules",
    [
        ".seo-links a{display:none}",
        "#sponsor > a{visibility:hidden}",
        "div.seo-links a{position:absolute;left:-9999px}",
    ],
)
def test_links_within_a_compound_the_pages_style_hides_are_hidden(rules: str) -> None:
    links = "".join(f'<a href="https://slot{i}.example/">{SPAM} {i}</a> ' for i in range(3))
    found = page(styled(rules, PARTNERS.format(f'<div class="seo-links" id="sponsor">{links}</div>')))
    assert where(found) == HIDDEN
    assert {link.href for link in found.hidden_links} >= {f"https://slot{i}.example/" for i in range(3)}


@pytest.mark.parametrize(
    "rules",
    [
        "[id^=spon]{display:none}",
        '[class*="seo" i]{position:absolute;left:-9999px}',
        "div[class~=seo-links]{visibility:hidden}",
    ],
)
def test_spam_in_an_element_named_in_part_by_the_pages_style_is_hidden(rules: str) -> None:
    found = page(styled(rules, PARTNERS.format(f'<div class="seo-links" id="sponsor">{SPAM}</div>')))
    assert where(found) == HIDDEN


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        ("@media (min-width:1px){.seo-links{display:none}}", HIDDEN),
        ("@media only screen and (min-width: 0){#sponsor{position:absolute;left:-9999px}}", HIDDEN),
        ("@media screen and (min-width:20em){.seo-links{visibility:hidden}}", HIDDEN),
        ("@media (max-width:99999px){.seo-links{display:none!important}}", HIDDEN),
        ("@media (min-width:768px){.seo-links{display:none}}", VISIBLE),  # hidden on wide screens only
        ("@media (max-width:1199px){.seo-links{display:none}}", VISIBLE),
        ("@media (min-width:1){.seo-links{display:none}}", VISIBLE),  # a length of no unit: the query is ignored
    ],
)
def test_spam_under_a_media_query_is_hidden_where_every_screen_meets_it(rules: str, expected: dict[str, str]) -> None:
    # An injection's disguise: a width condition that passes for a theme's responsive rule.
    found = page(styled(rules, PARTNERS.format(f'<div class="seo-links" id="sponsor">{SPAM}</div>')))
    assert where(found) == expected


def test_a_rule_hiding_links_within_a_compound_hides_no_other_link() -> None:
    # Matched whole: the subject "a" alone would be every link of the page.
    found = page(styled(".seo-links a{display:none}", f'<p class="note"><a href="https://x.example/">{SPAM}</a></p>'))
    assert "hidden" not in where(found) and found.hidden_links == () and found.hidden_texts == ()


# --- the other hiding places, in the page's own <style> and a linked stylesheet ------------------------


SR_ONLY = (
    ".sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);"
    "white-space:nowrap;border:0}"
)
HIDING = {
    "visibility": ".x{visibility:hidden}",
    "clip-rect": ".x{position:absolute;clip:rect(0,0,0,0)}",
    "clip-rect-px": ".x{position:absolute;clip:rect(0px 0px 0px 0px)}",
    "clip-path": ".x{clip-path: inset(100%)}",
    "scale": ".x{transform:scale(0)}",
    "one-pixel": ".x{width:1px;height:1px;overflow:hidden}",
    "sr-only": SR_ONLY.replace(".sr-only", ".x"),
    "text-indent": ".x{text-indent:-9999px;overflow:hidden;white-space:nowrap}",
}


@pytest.mark.parametrize("rules", HIDING.values(), ids=HIDING.keys())
def test_spam_in_a_class_that_hides_is_hidden_whether_the_page_or_its_theme_hides_it(rules: str) -> None:
    html = PARTNERS.format(f'<div class="x">{SPAM}</div>')
    assert where(page(styled(rules, html))) == HIDDEN
    assert where(page(Site(body_end=html), css=rules)) == HIDDEN


def test_bootstraps_screen_reader_labels_of_a_department_page_are_no_finding() -> None:
    labels = (
        '<button class="navbar-toggler"><span class="sr-only">Toggle navigation</span></button>'
        '<div id="galeri" class="carousel slide"><div class="carousel-inner">'
        '<div class="carousel-item active"><img src="/uploads/1.jpg" alt="Posyandu"></div></div>'
        '<a class="carousel-control-prev" href="#galeri"><span class="sr-only">Previous</span></a>'
        '<a class="carousel-control-next" href="#galeri"><span class="visually-hidden">Next</span></a></div>'
        '<nav class="pagination"><a href="/berita/">1 <span class="sr-only">(current)</span></a></nav>'
        '<a href="/pengaduan/"><i class="fa fa-phone"></i><span class="screen-reader-text">Layanan slot '
        "antrean pengaduan</span></a>"
    )
    sheet = (
        SR_ONLY + SR_ONLY.replace(".sr-only", ".visually-hidden") + SR_ONLY.replace(".sr-only", ".screen-reader-text")
    )
    found = page(Site(main_extra=labels), css=sheet)
    assert defacement.scan(found) == ()
    assert "Toggle navigation" in " ".join(found.hidden_texts)


def test_spam_in_a_screen_reader_label_is_hidden() -> None:
    html = f'<a href="https://rajawin.example/"><span class="sr-only">{SPAM}</span></a>'
    assert where(page(Site(body_end=html), css=SR_ONLY)) == HIDDEN


def test_hidden_slides_menus_and_a_cookie_banner_of_a_department_page_are_no_finding() -> None:
    rules = (
        ".carousel-item{display:none;opacity:0;transition:opacity .6s}.carousel-item.active{display:block;opacity:1}"
        ".mega-menu{opacity:0;visibility:hidden;transition:all .3s}.menu-item:hover .mega-menu{opacity:1;"
        "visibility:visible}.cookie-banner{opacity:0}.cookie-banner.show{opacity:1}"
    )
    html = (
        '<div class="carousel"><div class="carousel-item active"><h3>Pelayanan Vaksinasi Gratis</h3></div>'
        '<div class="carousel-item"><h3>Polres Metro Bekasi Kota Ringkus Bandar Togel di Jatiasih</h3>'
        "<p>Barang bukti rekap togel dan uang tunai diamankan petugas.</p></div>"
        '<div class="carousel-item"><h3>Jadwal Slot Antrean Daring Puskesmas</h3></div></div>'
        '<div class="mega-menu"><a href="/layanan/antrean/">Ambil slot antrean</a>'
        '<a href="/layanan/vaksin/">Jadwal vaksinasi</a></div>'
        '<div class="cookie-banner">Situs ini menggunakan cookie. <button>Setuju</button></div>'
    )
    assert defacement.scan(page(styled(rules, html))) == ()


# --- what no visitor is shown: a hidden div, a template, a comment --------------------------------------


def test_links_in_a_div_hidden_a_template_or_an_html_comment_are_hidden() -> None:
    farm = "".join(f'<a href="https://toto4d-{i}.example/">TOTO4D bandar togel {i}</a>' for i in range(20))
    assert where(page(Site(body_end=f"<div hidden>{farm}</div>"))) == HIDDEN
    assert where(page(Site(body_end=f"<template id='seo'>{farm}</template>"))) == HIDDEN
    # A comment is shown to no one and indexed by no search engine, but no editor writes a link farm into one:
    # left by a spam kit or a clean-up half done, it is proof that the site was written into.
    assert where(page(Site(body_end=f"<!-- {farm} -->"))) == HIDDEN
