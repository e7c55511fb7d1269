"""Injected gambling spam and defacements the scan missed, each with the department pages that look alike.

- Spam's promises hold a word of news ("anti zonk", "bebas blokir", "anti nawala", "bebas dari
  penipuan"), which made its terms read as a report on judi online.
- A site's running text "Waspada penipuan mengatasnamakan pegawai" made the spam or the defacer's
  signature that replaced the main content under it (the layout kept) read as news.
- A togel site's name is letters glued to "4D" (KAKEKMERAH4D, PANEN4D), a brand family's "MPO" glued
  to a number (MPO888): a farm or a keywords meta of brands alone.
- Roman numerals, letterlike symbols and Armenian letters pass for Latin ones (ⅼ, ℓ, օ).
- A defacer's lines in other words: "sudah diretas", "situs ini kami retas", "telah di hack oleh",
  "we hacked your website", "security breach".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged, mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://disdik.bekasikota.go.id/"
VISIBLE = {("judi_online", "visible"): "tinggi"}
HIDDEN = {("judi_online", "hidden"): "kritis"}
DEFACED = {("defacement", "visible"): "kritis"}


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def shown(html: str) -> Site:
    return Site(main_extra=html)


def codes(text: str) -> set[str]:
    return {code for code, _, _ in flagged(text)}


# Each miss, with department pages that use its words and must stay clean.
MISSES = {
    "anti-zonk": (
        "<p>Link slot gacor anti zonk hari ini, daftar sekarang</p>",
        ["<p>Deklarasi anti judi online pelajar SMP se-Kota Bekasi: tolak slot gacor, pilih prestasi.</p>"],
    ),
    "anti-blokir-hyphenated": (
        "<p>Situs toto resmi anti-blokir 2026</p>",
        ["<p>Pemkot Bekasi blokir 500 situs judi online; situs toto dan slot gacor paling banyak diblokir.</p>"],
    ),
    "bebas-blokir": (
        "<p>Link alternatif situs toto bebas blokir, tanpa blokir internet positif</p>",
        ["<p>Komdigi memblokir situs toto yang disisipkan ke situs sekolah.</p>"],
    ),
    "anti-nawala": (
        "<p>Daftar situs slot anti nawala, link alternatif terbaru</p>",
        ["<p>Sosialisasi bahaya situs slot di SMA Negeri 1 Bekasi.</p>"],
    ),
    "bebas-dari-penipuan": (
        "<p>Situs slot gacor resmi terpercaya bebas dari penipuan</p>",
        [
            "<p>Menuju Kota Bekasi bebas dari judi online: pelajar tolak situs slot gacor.</p>",
            "<p>Kampung Tangguh Bebas dari Narkoba dan judi slot gacor diresmikan Wali Kota.</p>",
        ],
    ),
}


@pytest.mark.parametrize(("spam", "alike"), MISSES.values(), ids=MISSES.keys())
def test_spam_whose_promise_holds_a_word_of_news_is_found_and_news_is_not(spam: str, alike: list[str]) -> None:
    assert where(shown(spam)) == VISIBLE
    for html in alike:
        assert where(shown(html)) == {}, html


# The theme kept (menu, running text, sidebar, footer), the main content replaced.
IN_PLACE_OF_THE_NEWS = {
    "spam-under-the-running-text": (
        "<h1>Situs Slot Gacor</h1><p>Daftar sekarang, proses cepat.</p>",
        VISIBLE,
        "<h1>Waspada Judi Slot Gacor</h1><p>Orang tua diminta mengawasi anak.</p>",
    ),
    "defacement-under-the-running-text": (
        "<h1>Hacked by Mr.Ghost</h1><p>Website ini kami ambil alih.</p>",
        DEFACED,
        "<h1>Waspada Peretasan</h1><p>BSSN: pesan 'Hacked by' di beranda berarti situs telah disusupi.</p>",
    ),
    "defacement-with-a-manifesto": (
        "<h1>Hacked by ./Garuda</h1><p>Hukum tumpul ke atas, lawan korupsi! Stop penindasan.</p>",
        DEFACED,
        "<h1>Insiden Siber</h1><p>Polisi menangkap pelaku yang menulis Hacked by ./Garuda di situs kelurahan.</p>",
    ),
}


@pytest.mark.parametrize(("main", "expected", "alike"), IN_PLACE_OF_THE_NEWS.values(), ids=IN_PLACE_OF_THE_NEWS.keys())
def test_content_that_replaced_the_news_under_the_sites_warning_is_found(
    main: str, expected: dict[tuple[str, str], str], alike: str
) -> None:
    # The theme's running text is "Waspada penipuan mengatasnamakan pegawai": a warning of something else.
    assert where(Site(main=main)) == expected
    assert where(Site(main=alike)) == {}


BRANDS = {
    "keywords-of-brands": (
        Site(head='<meta name="keywords" content="KAKEKMERAH4D, PANEN4D, OLXTOTO, JAYA4D">'),
        {("judi_online", "meta"): "kritis"},
    ),
    "farm-of-brands": (
        shown(
            '<div style="display:none"><a href="https://panen4d.example/">PANEN4D</a> '
            '<a href="https://jaya4d.example/">JAYA4D</a> <a href="https://mpo888.example/">MPO888</a></div>'
        ),
        HIDDEN,
    ),
    "brand-and-mirror": (shown("<p>Daftar KAKEKMERAH4D via link alternatif resmi</p>"), VISIBLE),
    "brand-with-a-stem": (shown('<img src="/a.jpg" alt="DEWATOGEL4D">'), HIDDEN),
    "mpo-brand": (shown("<p>Bandar MPO500 terpercaya</p>"), VISIBLE),
}
BRAND_LOOKALIKES = (
    "<p>Pelatihan animasi 3D dengan Blender dan Cinema4D bagi siswa SMK, slot peserta 30 orang.</p>",
    "<p>Layanan USG 4D dan USG4D di RSUD dr. Chasbullah Abdulmadjid.</p>",
    "<p>Wahana bioskop 4D dan 4DX di pusat perbelanjaan Bekasi.</p>",
    "<p>Rapat MPO 2026 (#MPO2026) membahas program kerja; kode dokumen MPO-12.</p>",
    '<p>Kontak: <a href="mailto:sutoto77@gmail.com">sutoto77@gmail.com</a> (Bapak Sutoto)</p>',
)


@pytest.mark.parametrize(("site", "expected"), BRANDS.values(), ids=BRANDS.keys())
def test_gambling_brands_alone_are_found_and_department_words_with_4d_are_not(
    site: Site, expected: dict[tuple[str, str], str]
) -> None:
    assert where(site) == expected
    assert mentions(department_page(site))  # so that a hidden farm's stylesheets are read
    for html in BRAND_LOOKALIKES:
        assert where(shown(html)) == {}, html


# The sites' and their parasite pages' addresses, their words glued (a farm's links, an image's link).
GLUED_ADDRESSES = (
    "https://linkslot-resmi.example/",
    "https://www.linkgacor88.example/daftar",
    "https://linktogel.example/",
    "https://daftarslot.example/register",
    "https://situstogel-terpercaya.example/",
    "https://slotthailand.example/",
    "https://gacormaxwin.example/",
    "https://rtpslot.example/",
    "https://bocoranslot.example/hari-ini/",
    "https://polaslot.example/",
)


@pytest.mark.parametrize("address", GLUED_ADDRESSES)
def test_a_hidden_link_whose_address_glues_the_words_is_found(address: str) -> None:
    # Its text is the site's own word for a link ("Selengkapnya"): only the address tells.
    assert where(shown(f'<div style="display:none"><a href="{address}">Selengkapnya</a></div>')) == HIDDEN
    # A link to the department's own page of the same words apart is not.
    own = "https://disdik.bekasikota.go.id/layanan/link-slot-waktu-konsultasi/"
    assert where(shown(f'<p><a href="{own}">Slot waktu konsultasi</a></p>')) == {}


HOMOGLYPHS = {
    "roman-numeral-l": "<p>\u0455\u217c\u043et g\u0430c\u043er</p>",  # s, ⅼ, o, t
    "roman-numeral-m": "<p>Pola \u217faxwin hari ini</p>",
    "letterlike-l": "<p>s\u2113ot gacor</p>",
    "armenian-o": "<p>sl\u0585t gac\u0585r</p>",
}


@pytest.mark.parametrize("html", HOMOGLYPHS.values(), ids=HOMOGLYPHS.keys())
def test_letters_of_other_blocks_that_pass_for_latin_ones_are_read_as_those(html: str) -> None:
    assert where(shown(html)) == VISIBLE
    assert mentions(department_page(shown(html)))
    # The same characters in their own use: a volume in litres, a chapter's number, Armenian text.
    armenian = "\u0540\u0561\u0575\u0561\u057d\u057f\u0561\u0576"
    alike = f"<p>Air minum 5 \u2113 per orang. Bab \u2160 Pendahuluan, Bab \u2164. {armenian}</p>"
    assert where(shown(alike)) == {}


DEFACERS = {
    "sudah-diretas": "Website ini sudah diretas oleh Bekasi Black Hat. Salam.",
    "kami-retas": "Situs ini kami retas sebagai bentuk protes.",
    "di-hack-oleh": "Website anda telah di hack oleh GhostSec.",
    "we-hacked": "We hacked your website. Contact us on Telegram.",
    "security-breach": "SECURITY BREACH. Touched by ./Sec7or",
}
DEFACER_LOOKALIKES = (
    "Pengelolaan website ini kami ambil alih dari kelurahan mulai Januari.",
    "Tim CSIRT menangani security breach pada akun email pegawai.",
    "Film dokumenter ini touched by kisah nyata warga Bekasi.",
    "Akun media sosial dinas sudah diretas? Laporkan ke CSIRT Kota Bekasi.",
)


@pytest.mark.parametrize("text", DEFACERS.values(), ids=DEFACERS.keys())
def test_a_defacers_lines_in_other_words_are_found_and_a_notice_is_not(text: str) -> None:
    assert codes(text) == {"defacement"}
    assert where(Site(main=f"<center><h1>{text}</h1></center>")) == DEFACED
    for sentence in DEFACER_LOOKALIKES:
        assert codes(sentence) == set(), sentence
