"""A view that adds links to other sites, through a whole cycle check: a brand's block, or the department's own.

A real HTTP server on 127.0.0.1 serves a department's page and tells Googlebot and phones apart by the user agent.
What a department's mobile theme or its SEO plugin adds for one view alone links to three or more sites, and none
of them a gambling brand's: its own channels after the footer, a "Tautan Terkait" of news portals, its partner
hospitals (hidden in a collapsed bar, or shown as logos in the main column), the universities and societies it
works with, the theme's credits. A kit's block names its brands, in its links' text or in their hosts, and stays
cloaking even where its links read plainly ("Situs Resmi"). No Kafka, no PostgreSQL.
"""

from __future__ import annotations

from checker_servers import FakeSite, Reply
from test_checker_cloaking_views import by_agent, cycle_check, security
from vendor_pages import Site, department_page

LINKED = "tautan ke situs lain ditambahkan di halaman: "


def page(**knobs: object) -> Reply:
    return Reply(200, department_page(Site(**knobs)))  # type: ignore[arg-type]


def usual() -> Reply:
    return page()


def bar(css: str, links: list[tuple[str, str]], style: str = "") -> str:
    anchors = " ".join(f'<a href="{href}" target="_blank" rel="noopener">{text}</a>' for href, text in links)
    styled = f' style="{style}"' if style else ""
    return f'<div class="{css}"{styled}>{anchors}</div>'


FOLLOW = bar(
    "follow-us mobile-only",
    [
        ("https://www.instagram.com/dinkeskotabekasi/", "Instagram"),
        ("https://www.facebook.com/dinkeskotabekasi", "Facebook"),
        ("https://www.youtube.com/@dinkeskotabekasi", "YouTube"),
        ("https://www.tiktok.com/@dinkeskotabekasi", "TikTok"),
        ("https://x.com/dinkesbekasi", "X"),
    ],
)
RELATED = "<h4>Tautan Terkait</h4>" + bar(
    "related-links",
    [
        ("https://www.kompas.com/tag/kesehatan", "Kompas Kesehatan"),
        ("https://www.antaranews.com/megapolitan", "Antara Megapolitan"),
        ("https://health.detik.com/", "detikHealth"),
        ("https://www.pikiran-rakyat.com/bekasi", "Pikiran Rakyat Bekasi"),
        ("https://www.halodoc.com/artikel", "Halodoc Artikel"),
    ],
)
PARTNERS = "<h3>Mitra Kami</h3>" + bar(
    "partner-logos",
    [
        ("https://www.halodoc.com/", '<img src="/wp-content/uploads/mitra/halodoc.png" alt="Halodoc">'),
        ("https://www.alodokter.com/", '<img src="/wp-content/uploads/mitra/alodokter.png" alt="Alodokter">'),
        ("https://www.siloamhospitals.com/", '<img src="/wp-content/uploads/mitra/siloam.png" alt="Siloam">'),
        ("https://www.mitrakeluarga.com/bekasi", '<img src="/wp-content/uploads/mitra/mk.png" alt="Mitra Keluarga">'),
    ],
)
HIDDEN_PARTNERS = bar(
    "partner-drawer",
    [
        ("https://www.halodoc.com/", "Halodoc"),
        ("https://www.alodokter.com/", "Alodokter"),
        ("https://www.siloamhospitals.com/", "Siloam Hospitals"),
        ("https://www.mitrakeluarga.com/bekasi", "RS Mitra Keluarga Bekasi"),
    ],
    style="display:none",
)
CAMPUSES = bar(
    "footer-mitra",
    [
        ("https://www.ui.ac.id/", "Universitas Indonesia"),
        ("https://www.unpad.ac.id/", "Universitas Padjadjaran"),
        ("https://pmi.or.id/", "Palang Merah Indonesia"),
        ("https://www.idai.or.id/", "Ikatan Dokter Anak Indonesia"),
    ],
)
CREDITS = bar(
    "site-credits",
    [
        ("https://themeforest.net/item/pemkot-news/2211", "Tema oleh ThemeForest"),
        ("https://www.niagahoster.co.id/", "Hosting Niagahoster"),
        ("https://wordpress.org/", "Dibangun dengan WordPress"),
        ("https://amp.dev/", "AMP"),
    ],
)
# A kit's block whose links read as a partner's would ("Situs Resmi", "Link Alternatif"): its hosts are brands'.
PLAIN_BRANDS = bar(
    "seo-footer",
    [
        ("https://kaisar88.com/", "Situs Resmi"),
        ("https://hokijitu.org/", "Link Alternatif"),
        ("https://dewahoki99.net/", "Daftar"),
    ],
)
# Hosts the term scan knows nothing of, named as brands are: letters and a number.
SHAPED_BRANDS = bar(
    "seo-footer",
    [
        ("https://bintang4dp.com/", "Bintang"),
        ("https://merpati77.net/", "Merpati"),
        ("https://garuda303.org/", "Garuda"),
    ],
)
# Sites named as no brand, whose links' text names gambling.
WORDED_BLOCK = bar(
    "seo-footer",
    [
        ("https://pusat-info.net/", "slot gacor hari ini"),
        ("https://berita-update.org/", "togel online"),
        ("https://layanan-cepat.com/", "situs toto"),
    ],
)


def test_the_departments_own_channels_after_the_footer_for_phones_are_no_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(usual, phone=lambda: page(body_end=FOLLOW)))
    assert security(cycle_check(site)) == []


def test_news_portals_of_related_links_after_the_footer_for_googlebot_and_phones_are_no_cloaking(
    site: FakeSite,
) -> None:
    related = lambda: page(body_end=RELATED)  # noqa: E731
    site.route("*", "/", by_agent(usual, googlebot=related, phone=related))
    assert security(cycle_check(site)) == []


def test_partner_hospitals_shown_or_hidden_for_phones_are_no_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(usual, phone=lambda: page(main_extra=PARTNERS)))
    assert security(cycle_check(site)) == []
    site.route("*", "/", by_agent(usual, phone=lambda: page(main_extra=HIDDEN_PARTNERS)))
    assert security(cycle_check(site)) == []


def test_campuses_for_phones_and_a_themes_credits_for_googlebot_are_no_cloaking(site: FakeSite) -> None:
    site.route(
        "*", "/", by_agent(usual, googlebot=lambda: page(body_end=CREDITS), phone=lambda: page(body_end=CAMPUSES))
    )
    assert security(cycle_check(site)) == []


def test_a_block_of_brands_whose_links_read_plainly_is_still_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(usual, googlebot=lambda: page(body_end=PLAIN_BRANDS)))
    [cloaking] = security(cycle_check(site))
    assert (cloaking.code, cloaking.severity) == ("cloaking_googlebot", "kritis")
    assert cloaking.evidence.endswith(f"{LINKED}kaisar88.com, hokijitu.org, dewahoki99.net")


def test_a_block_of_sites_named_as_brands_are_or_of_gambling_words_is_still_cloaking(site: FakeSite) -> None:
    site.route("*", "/", by_agent(usual, phone=lambda: page(body_end=SHAPED_BRANDS)))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_seluler"
    assert cloaking.evidence.endswith(f"{LINKED}bintang4dp.com, merpati77.net, garuda303.org")
    hidden = WORDED_BLOCK.replace('class="seo-footer"', 'class="seo-footer" style="display:none"')
    site.route("*", "/", by_agent(usual, phone=lambda: page(main_extra=hidden)))
    [cloaking] = security(cycle_check(site))
    assert cloaking.code == "cloaking_seluler"
