"""Gambling spam as it is really injected into hacked go.id sites, and the department pages that
use the same words innocently, each inside a whole department page (menu, news, footer).

The spam: link farms in every hiding place, the "SEO hijack" of the title, metas and the head's
addresses, words disguised from filters (zero-width characters, soft hyphens, Cyrillic or
fullwidth letters, letters spaced apart), the inert content of a ``<template>``, an SVG drawn at no
size, link tooltips and aria-labels, brand names with numbers, the newer vocabulary and amounts spelled in words,
and defacements. The innocent pages: time slots, SIM card slots, advertising slots in a
procurement, officials named Toto, the RTP of agriculture, news of arrests, of the Satgas and the
Stop Judi Online banner, a camera, mythology, a festival, a training for "hackers", a scatter plot.
"""

from __future__ import annotations

import base64
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.checks.sitemap_gambling import scan_urls
from pantau_checker.core.css import hiding_rules
from pantau_checker.core.page import Page, parse_page
from pantau_checker.core.term_scan import flagged, mentions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"
BRANDS = (
    "SLOT GACOR",
    "situs toto",
    "togel279",
    "sbobet88",
    "gacor77",
    "mahjong138",
    "zeus303",
    "slot thailand",
    "bandar togel",
    "rtp live",
    "scatter hitam",
    "mahjong ways 2",
)
FARM = "".join(
    f'<a href="https://{b.replace(" ", "-").lower()}{i}.xyz/">{b} {i}</a> '
    for i in range(120)
    for b in [BRANDS[i % 12]]
)


def farm_in(style: str, tag: str = "div") -> Site:
    return Site(main_extra=f'<{tag} style="{style}">{FARM}</{tag}>')


def shown(html: str) -> Site:
    return Site(main_extra=f"<p>{html}</p>")


def parsed(site: Site, css: str = "") -> Page:
    return parse_page(department_page(site), URL, (hiding_rules(css),) if css else ())


def where(page: Page) -> dict[tuple[str, str | None], str]:
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


HIDDEN = {("judi_online", "hidden"): "kritis"}
VISIBLE = {("judi_online", "visible"): "tinggi"}
SHOWN_FARM = {("judi_online", "visible"): "tinggi", ("judi_online", "link"): "tinggi"}

# Spam the checker found before this file, kept found.
FOUND = {
    "display-none": (farm_in("display:none"), HIDDEN),
    "off-screen-top": (farm_in("position:absolute;top:-9999px"), HIDDEN),
    "height-0": (farm_in("height:0;overflow:hidden"), HIDDEN),
    "opacity-0": (farm_in("opacity:0"), HIDDEN),
    "scale-0": (farm_in("transform:scale(0)"), HIDDEN),
    "clip-path-circle": (farm_in("clip-path:circle(0)"), HIDDEN),
    "clip-path-inset": (farm_in("clip-path: inset(100%)"), HIDDEN),
    "text-indent": (farm_in("text-indent:-9999px;overflow:hidden"), HIDDEN),
    "one-pixel": (farm_in("width:1px;height:1px;overflow:hidden"), HIDDEN),
    "marquee-1px": (farm_in("width:1px;height:1px", "marquee"), HIDDEN),
    # White on the white page, and a tiny font: not hidden to the checker, but still found.
    "white-on-white": (farm_in("color:#fff"), SHOWN_FARM),
    "font-size-1": (Site(main_extra=f'<font size="1" color="white">{FARM}</font>'), SHOWN_FARM),
    "seo-title": (
        Site(title="SLOT GACOR HARI INI \u2714\ufe0f Link Situs Slot Thailand"),
        {("judi_online", "title"): "kritis"},
    ),
    "seo-meta": (
        Site(head='<meta name="description" content="Situs toto togel online terpercaya, slot gacor maxwin">'),
        {("judi_online", "meta"): "kritis"},
    ),
    "seo-og": (
        Site(head='<meta property="og:title" content="TOTO 4D \u26a1 Situs Toto Togel 4D Resmi">'),
        {("judi_online", "meta"): "kritis"},
    ),
    "brands": (shown("sbobet88 gacor77 mahjong138 zeus303 togel279"), VISIBLE),
    "vocabulary": (shown("Scatter hitam mahjong ways 2, slot thailand, link alternatif bandar togel"), VISIBLE),
    "vocabulary-2": (shown("RTP live pragmatic play olympus 1000 situs toto"), VISIBLE),
    "defaced-signed": (
        Site(main_extra="<h1>Hacked by ./GarudaXploit \u2014 Indonesian Cyber Army</h1><p>Your security is low</p>"),
        {("defacement", "visible"): "kritis"},
    ),
    "defaced-patch": (shown("Patch your system, admin!"), {("defacement", "visible"): "kritis"}),
}
# Spam the checker missed before this file (each case fails without the fix named).
MISSED = {
    # term_scan: zero-width characters and soft hyphens are removed before the scan.
    "zero-width": (shown("Daftar s\u200blot g\u200bacor maxw\u200bin hari ini"), VISIBLE),
    "zero-width-each": (shown("s\u200bl\u200bo\u200bt g\u200ba\u200bc\u200bo\u200br"), VISIBLE),
    "soft-hyphen": (shown("slot ga&shy;cor, situs to&shy;to"), VISIBLE),
    # term_scan: letters that pass for Latin ones are read as those.
    "cyrillic": (shown("\u0455lot g\u0430cor situs t\u043et\u043e"), VISIBLE),
    "fullwidth": (shown("\uff33\uff2c\uff2f\uff34 \uff27\uff21\uff23\uff2f\uff32"), VISIBLE),
    "mathematical": (
        shown("\U0001d42c\U0001d425\U0001d428\U0001d42d \U0001d420\U0001d41a\U0001d41c\U0001d428\U0001d42b"),
        VISIBLE,
    ),
    "small-capitals": (shown("\ua731\u029f\u1d0f\u1d1b \u0262\u1d00\u1d04\u1d0f\u0280"), VISIBLE),
    "circled": (shown("\u24e2\u24db\u24de\u24e3 \u24d6\u24d0\u24d2\u24de\u24e1"), VISIBLE),
    "diacritics": (shown("Sl\u00f6t g\u00e4c\u00f6r m\u00e1xwin, s\u00eftus t\u00f3t\u00f3"), VISIBLE),
    "defaced-small-capitals": (
        shown("\u029c\u1d00\u1d04\u1d0b\u1d07\u1d05 \u0299\u028f Garuda"),
        {("defacement", "visible"): "kritis"},
    ),
    # terms + term_scan: digits for letters.
    "digits-for-letters": (shown("SL0T GAC0R M4XWIN"), VISIBLE),
    # term_scan: letters spaced apart are joined where a listed word is so spelled; terms: one-word spellings.
    "spaced": (shown("s l o t  g a c o r"), VISIBLE),
    "dotted": (shown("S.L.O.T G.A.C.O.R hari ini"), VISIBLE),
    "one-word": (shown("#SlotGacor #SitusToto"), VISIBLE),
    # terms: brands, wallets and amounts spelled in words.
    "toto4d": (shown("Daftar TOTO4D"), VISIBLE),
    "wallet-amounts": (shown("Deposit qris tanpa potongan, slot dana 5000"), VISIBLE),
    # terms: the short word for judi online in a seller's phrase, and a provider's brand with its number.
    "judol-seller": (shown("Situs judol terbaru 2026, daftar sekarang"), VISIBLE),
    "joker-brand": (shown("Daftar Joker123 modal receh"), VISIBLE),
    "spelled-amounts": (shown("depo lima ribu, wd sepuluh ribu"), VISIBLE),
    # page: a template's content and an SVG of no size are hidden text.
    "template": (Site(main_extra=f"<template>{FARM}</template>"), HIDDEN),
    "svg-no-size": (
        Site(main_extra='<svg width="0" height="0"><text>situs toto slot gacor maxwin</text></svg>'),
        HIDDEN,
    ),
    # page: the title attributes of links are read with the links.
    "link-tooltips": (
        Site(main_extra="".join(f'<a href="/p/{i}" title="slot gacor maxwin">&middot;</a>' for i in range(30))),
        {("judi_online", "link"): "tinggi"},
    ),
    # page: and their aria-labels, a link's name for a screen reader and a search engine.
    "link-aria-labels": (
        Site(main_extra="".join(f'<a href="/p/{i}" aria-label="situs toto bandar togel"></a>' for i in range(30))),
        {("judi_online", "link"): "tinggi"},
    ),
    # page + defacement: the head's addresses for search engines.
    "canonical": (
        Site(head='<link rel="canonical" href="https://slot-gacor-thailand.xyz/">'),
        {("judi_online", "head"): "kritis"},
    ),
    "hreflang": (
        Site(head='<link rel="alternate" hreflang="id" href="https://togel279.xyz/situs-toto/">'),
        {("judi_online", "head"): "kritis"},
    ),
    "og-url": (
        Site(head='<meta property="og:url" content="https://situs-toto.xyz/">'),
        {("judi_online", "head"): "kritis"},
    ),
    # defacement: the structured data search engines show.
    "json-ld": (
        Site(
            head='<script type="application/ld+json">{"@type": "Product", "name": "SLOT GACOR Thailand", '
            '"description": "Situs toto resmi"}</script>'
        ),
        {("judi_online", "head"): "kritis"},
    ),
    # css: a polygon of several points all at 0 clips everything.
    "clip-path-polygon": (farm_in("clip-path:polygon(0 0,0 0,0 0)"), HIDDEN),
}


# defacement: what an injected script's encoded strings spell is read as the script's.
HIDDEN_FARM = '<div style="position:absolute;left:-9999px"><a href="https://x.xyz/">situs toto slot gacor</a></div>'
ENCODED_SCRIPTS = {
    "base64": f'document.write(atob("{base64.b64encode(HIDDEN_FARM.encode()).decode()}"));',
    "percent": "document.write(unescape('{}'));".format("".join(f"%{b:02X}" for b in HIDDEN_FARM.encode())),
    "js-escapes": 'document.write("{}");'.format("".join(f"\\x{b:02x}" for b in HIDDEN_FARM.encode())),
    "char-codes": "document.write(String.fromCharCode({}));".format(",".join(str(ord(c)) for c in HIDDEN_FARM)),
}


@pytest.mark.parametrize("script", ENCODED_SCRIPTS.values(), ids=ENCODED_SCRIPTS.keys())
def test_spam_an_injected_script_spells_encoded_is_a_critical_script_finding(script: str) -> None:
    assert where(parsed(Site(body_end=f"<script>{script}</script>"))) == {("judi_online", "script"): "kritis"}


def test_a_sites_own_encoded_strings_are_no_finding() -> None:
    script = (
        "var token = atob('aGVsbG8gd29ybGQ='); var sep = '\\u2022'; document.title = unescape('Dinas%20Kesehatan');"
    )
    assert where(parsed(Site(body_end=f"<script>{script}</script>"))) == {}


@pytest.mark.parametrize(("site", "expected"), [*FOUND.values(), *MISSED.values()], ids=[*FOUND, *MISSED])
def test_injected_spam_on_a_department_page_is_found_where_it_is(site: Site, expected: dict[str, str]) -> None:
    assert where(parsed(site)) == expected


@pytest.mark.parametrize(("site", "expected"), [*FOUND.values(), *MISSED.values()], ids=[*FOUND, *MISSED])
def test_a_page_the_scan_flags_mentions_a_listed_word(site: Site, expected: dict[str, str]) -> None:
    # What the stylesheet cache relies on: a disguised word is mentioned as the scan reads it.
    assert mentions(department_page(site))


@pytest.mark.parametrize(
    "css",
    [
        # A minified theme: the class is hidden for every screen, between responsive rules.
        ".a{color:red}@media (max-width:767px){.nav{display:block}}.seo-links{display:none!important}.b{margin:0}",
        "@media screen{.seo-links{position:absolute;left:-9999px}}@media print{.nav{display:none}}",
    ],
)
def test_a_disguised_farm_hidden_by_a_minified_theme_stylesheet_is_hidden(css: str) -> None:
    cyrillic_s = FARM.replace("s", "\u0455")
    site = Site(main_extra=f'<div class="seo-links">{cyrillic_s}</div>')
    assert mentions(department_page(site))  # so its stylesheets are read
    assert where(parsed(site, css)) == HIDDEN


def test_a_defacement_that_keeps_the_sites_title_is_found_by_its_signature() -> None:
    html = (
        "<html><head><title>Dinas Kesehatan Kota Bekasi \u2013 Melayani dengan Sepenuh Hati</title></head>"
        "<body bgcolor=black><center><h1><font color=red>Hacked By ./Mr.Sl0w \u2014 Indonesian Cyber Army</font></h1>"
        "<p>Your security is low, patch your system</p><p>Greetz: all member ICA</p></center></body></html>"
    )
    assert where(parse_page(html, URL)) == {("defacement", "visible"): "kritis"}


INNOCENT = {
    "time-slot": "Pilih slot waktu konsultasi yang tersedia pada hari kerja.",
    "aria-labelled-links": (
        '<a href="/antrean" aria-label="Pilih slot antrean online"><i class="fa fa-ticket"></i></a> '
        '<a href="https://instagram.com/dinkeskotabekasi" aria-label="Instagram Dinkes Kota Bekasi"></a>'
    ),
    "schedule-table": "<table><tr><th>Slot</th><th>Jam</th></tr><tr><td>Slot 1</td><td>08.00</td></tr></table>",
    "queue-quota": "Kuota antrean online: slot tersisa 12.",
    "parking": "Tersedia 200 slot parkir di Stadion Patriot Candrabhaga.",
    "sim-card": "Pastikan kartu SIM terpasang pada slot SIM 1 ponsel Anda untuk menerima OTP.",
    "advertising-slot": "Pengadaan slot iklan di media cetak dan media online untuk publikasi, HPS Rp 150 juta.",
    "official-toto": "Toto Sudarto menerima penghargaan Satyalancana Karya Satya.",
    "rtp-agriculture": "Penyusunan Rencana Tata Ruang Pertanian (RTP) Kota Bekasi.",
    "bet-in-words": "Alphabet, between, better, Betawi, beton.",
    "pragmatic-english": "The city takes a pragmatic approach to flood management.",
    # Words with diacritics read without them stay innocent: a café's name, a French greeting.
    "diacritics": "Café Sélamat di Bekasi Selatan menerima pesanan nasi kotak; Délégation Française, Très bien.",
    "arrest-news": (
        "<article><h3>Polres Metro Bekasi Kota Tangkap Operator Judi Online</h3><p>Polisi menangkap lima operator "
        "judi online yang mengelola situs slot dan togel. Para tersangka mempromosikan situs slot gacor melalui "
        "media sosial.</p></article>"
    ),
    # Fixed: arrest news in the police's words (terms: diringkus, meringkus, reskrim).
    "arrest-news-reskrim": (
        "<article><h3>Bandar Togel Diringkus</h3><p>Unit Reskrim meringkus seorang bandar togel di Jatiasih. "
        "Pelaku mengaku menjalankan judi togel online sejak 2023.</p></article>"
    ),
    # Fixed: news of a raid (terms: menggerebek), with the short word for judi online.
    "raid-news-judol": (
        "<article><h3>Satpol PP dan Polsek Bekasi Timur Gerebek Lokasi Judol</h3><p>Petugas menggerebek bandar judol"
        " yang beroperasi di sebuah ruko. Warga diminta melapor bila menemukan praktik serupa.</p></article>"
    ),
    "blocked-judol-sites": "Komdigi telah memblokir 2,1 juta situs judol sepanjang tahun ini.",
    "joker-costume": "Pawai budaya: peserta berkostum joker, ondel-ondel dan pahlawan nasional.",
    # Fixed: a regulation (terms: menindak).
    "satgas-regulation": (
        "<article><h3>Keputusan Presiden tentang Satgas Pemberantasan Perjudian Daring</h3><p>Satgas Pemberantasan "
        "Judi Online dibentuk untuk menindak situs judi slot, togel dan kasino online.</p></article>"
    ),
    # Fixed: the Kominfo banner (terms: laporkan, merusak).
    "stop-judi-online": (
        '<div class="banner-kominfo">STOP JUDI ONLINE! Judi online merusak masa depan. Laporkan situs judi slot ke '
        "aduankonten.id</div>"
    ),
    "blocked-sites": (
        "<h2>Daftar Situs Diblokir</h2><ul><li>slot-gacor-xyz.com</li><li>togel88.net</li></ul>"
        "<p>Situs di atas telah diblokir Komdigi karena memuat konten perjudian.</p>"
    ),
    "mythology": "Pameran mitologi Yunani: Zeus, Hera dan Poseidon di museum.",
    "camera": "Pengadaan kamera Olympus OM-D E-M10 untuk dokumentasi kegiatan.",
    # Fixed: a strong term that is a camera's name too (terms: INNOCENT_NEAR["olympus 1000"]).
    "camera-model": "Inventaris: kamera Olympus 1000 (lama) dan lensa zoom.",
    "festival": "Festival Budaya Tionghoa Bekasi menampilkan lomba mahjong, barongsai dan wayang potehi.",
    "hacker-training": (
        "<article><h3>Pelatihan Keamanan Siber</h3><p>Diskominfo menggelar pelatihan ethical hacker bagi ASN. Peserta "
        "belajar bagaimana hacker meretas situs yang tidak di-patch.</p></article>"
    ),
    "scatter-plot": "Gambar 3. Scatter plot IPM terhadap PDRB per kecamatan (\u03b1 = 0,05; \u03b2 = 0,2).",
    "deposit-savings": "Deposit lima ribu rupiah untuk tabungan pelajar di bank daerah.",
    "spaced-banner": "S E L A M A T &nbsp; D A T A N G di P P D B 2026: jadwal slot layanan",
    "template-of-a-widget": "<template><div class='jadwal'>Jadwal slot layanan vaksinasi</div></template>",
    "news-json-ld": (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bandar Togel Diringkus Unit '
        'Reskrim Polres Metro Bekasi Kota"}</script>'
    ),
    "budget": "Alokasi slot dana 5.000 juta untuk 12 kelurahan, deposit dana di bank daerah.",
    "data-leak": "Tim menelusuri bocoran admin panel situs kelurahan dan mengganti kata sandi.",
    "server-rack": "Pengadaan rak server 42U dengan slot server 2U untuk pusat data, kode barang 1.3.2.10.",
}


@pytest.mark.parametrize("html", INNOCENT.values(), ids=INNOCENT.keys())
def test_a_department_page_that_uses_the_words_innocently_has_no_finding(html: str) -> None:
    assert where(parsed(Site(main_extra=html))) == {}


def test_the_sites_own_head_addresses_are_no_finding() -> None:
    head = (
        f'<link rel="canonical" href="{URL}berita/jadwal-slot-vaksinasi/">'
        f'<link rel="alternate" hreflang="en" href="{URL}en/">'
        f'<meta property="og:url" content="{URL}berita/polisi-tangkap-bandar-togel/">'
    )
    assert where(parsed(Site(head=head))) == {}


def test_what_no_one_sees_stays_out_of_the_visible_and_main_text() -> None:
    # The content fingerprint of an ordinary page must not change: a template or an SVG adds nothing to it.
    extra = "<template><p>Isi template</p></template><svg width='0' height='0'><text>Sprite</text></svg>"
    # One page, its clock stopped, with and without the extra: two pages rendered a second apart differ in their clock.
    site = Site(clock=datetime(2026, 11, 30, 9, 41, 7))
    plain, with_extra = parsed(site), parsed(replace(site, main_extra=extra))
    assert (with_extra.visible_text, with_extra.main_text) == (plain.visible_text, plain.main_text)
    assert {"Isi template", "Sprite"} <= set(with_extra.hidden_texts)


def test_an_svg_drawn_at_a_size_is_not_hidden_text() -> None:
    page = parsed(Site(main_extra="<svg width='24' height='24'><text>Peta</text></svg>"))
    assert "Peta" not in page.hidden_texts


@pytest.mark.parametrize(
    ("url", "missed_before"),
    [
        ("https://dinkes.bekasikota.go.id/wp-content/uploads/2024/slot-gacor-hari-ini.html", False),
        ("https://dinkes.bekasikota.go.id/?id=slot-gacor", False),
        ("https://dinkes.bekasikota.go.id/page/situs-toto-togel/", False),
        ("https://dinkes.bekasikota.go.id/SlotGacor/", True),
        ("https://dinkes.bekasikota.go.id/%D1%95lot-gacor/", True),  # a Cyrillic s, percent-encoded
        ("https://dinkes.bekasikota.go.id/s-l-o-t-g-a-c-o-r/", True),
        ("https://dinkes.bekasikota.go.id/toto4d/", True),
    ],
)
def test_a_gambling_page_in_the_sitemap_is_found(url: str, missed_before: bool) -> None:
    [finding] = scan_urls(["https://dinkes.bekasikota.go.id/berita/jadwal-slot-vaksinasi/", url])
    assert (finding.code, finding.severity) == ("judi_online_subpath", "kritis")
    assert url in finding.evidence


@pytest.mark.parametrize(
    "text",
    [
        "\u0455lot",  # Cyrillic, alone: a weak term still needs company
        "s l o t",
        "deposit qris",
        "bet dua ratus",
        "Toto Sudarto",
    ],
)
def test_a_disguised_weak_term_alone_is_still_not_enough(text: str) -> None:
    assert list(flagged(text)) == []


@pytest.mark.parametrize(
    "html",
    [
        "<p>s&shy;lot</p>",
        "<p>s&#8203;lot</p>",
        "<p>s&ZeroWidthSpace;lot</p>",
        "<p>\u0455lot</p>",
        "<p>\uff53\uff4c\uff4f\uff54</p>",
        "<p>s l o t</p>",
        "<p>S.L.O.T</p>",
        "<p>TOTO4D</p>",
        "<p>depo lima ribu</p>",
        "<p>SL0T</p>",
        "<p>\ua731\u029f\u1d0f\u1d1b</p>",
        "<p>\u24e2\u24db\u24de\u24e3</p>",
    ],
)
def test_a_disguised_word_alone_is_mentioned(html: str) -> None:
    assert mentions(f"<html><body><p>Berita</p>{html}</body></html>")
