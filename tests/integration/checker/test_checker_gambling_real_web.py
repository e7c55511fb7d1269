"""Gambling spam as it is really injected into hacked go.id sites, through a whole check.

Real HTTP servers on 127.0.0.1 serve whole department pages (``vendor_pages``): an "SEO hijack"
that leaves the page looking normal, words disguised from filters, a farm hidden by a class of the
site's minified theme stylesheet, a ``<template>`` farm, a sitemap of parasite pages, and the
department pages that use the same words innocently. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
THEME_CSS = "/wp-content/themes/pemkot/assets/css/theme.min.css?ver=3.1"
# A minified theme: layout, responsive rules, and the class the attacker added to hide the farm.
THEME = (
    "body{margin:0;color:#333}.container{max-width:1140px}@media (max-width:991px){.sidebar{display:none}}"
    ".news-list{display:grid}@media screen{.wp-seo-widget{position:absolute;left:-9999px}}"
    "@media print{.site-header{display:none}}.mt-1{margin-top:4px}"
)
DISGUISED_FARM = "".join(
    f'<a href="https://link{i}.example/">{text}</a> '
    for i, text in enumerate(
        [
            "\u0455lot g\u0430cor",  # Cyrillic s and a
            "s\u200bitus t\u200boto",  # zero-width spaces
            "\uff33\uff2c\uff2f\uff34 \uff34\uff28\uff21\uff29\uff2c\uff21\uff2e\uff24",  # fullwidth SLOT THAILAND
            "m a x w i n",
        ]
        * 20
    )
)


def app(port: int, **config: object) -> AppSpec:
    return AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{port}/", config=config)


def security(event: ApplicationChecked) -> dict[tuple[str, str | None], str]:
    return {(f.code, f.location): f.severity for f in event.findings if f.category == "keamanan"}


def test_an_seo_hijack_of_the_head_is_critical_though_the_page_looks_normal(site):  # type: ignore[no-untyped-def]
    # Search results show "SLOT GACOR"; the visitor sees the department's page as always.
    head = (
        '<meta property="og:title" content="SLOT GACOR \u26a1 Situs Slot Thailand Resmi">'
        '<link rel="alternate" hreflang="id" href="https://togel279.xyz/situs-toto/">'
    )
    site.route("*", "/", Reply(200, department_page(Site(head=head))))
    event = check(make_checker(site.port), app(site.port))
    # Fixed here: the hreflang address was read by nothing before. A version of the page on another site is
    # a hijack too, as a canonical there is.
    assert security(event) == {
        ("judi_online", "meta"): "kritis",
        ("judi_online", "head"): "kritis",
        ("pengalihan_asing", "head"): "tinggi",
    }
    assert event.availability == "aktif"


def test_a_canonical_to_a_gambling_site_is_a_hijack_and_judi_online(site):  # type: ignore[no-untyped-def]
    head = '<link rel="canonical" href="https://slot-gacor-thailand.xyz/">'
    site.route("*", "/", Reply(200, department_page(Site(head=head))))
    found = security(check(make_checker(site.port), app(site.port)))
    assert found[("judi_online", "head")] == "kritis"  # fixed here
    assert ("pengalihan_asing", "head") in found  # the hijack check's own finding, as before


def test_a_disguised_farm_hidden_by_the_sites_minified_theme_is_critical_and_hidden(site):  # type: ignore[no-untyped-def]
    # Before: no word was seen at all (the scan read "ѕlot" as no word, so the stylesheet was not read either).
    page = Site(
        head=f'<link rel="stylesheet" href="{THEME_CSS}">',
        main_extra=f'<div class="wp-seo-widget">{DISGUISED_FARM}</div>',
    )
    site.route("*", "/", Reply(200, department_page(page)))
    site.route("*", THEME_CSS, Reply(200, THEME, {"Content-Type": "text/css"}))
    event = check(make_checker(site.port), app(site.port))
    assert security(event) == {("judi_online", "hidden"): "kritis"}
    assert sum(1 for r in site.requests if r.path == THEME_CSS) == 1


def test_a_farm_in_a_template_is_critical_and_hidden(site):  # type: ignore[no-untyped-def]
    farm = "".join(f'<a href="https://toto4d-{i}.xyz/">TOTO4D bandar togel {i}</a>' for i in range(60))
    site.route("*", "/", Reply(200, department_page(Site(body_end=f"<template id='seo'>{farm}</template>"))))
    assert security(check(make_checker(site.port), app(site.port))) == {("judi_online", "hidden"): "kritis"}


def test_parasite_pages_in_the_sitemap_are_found_however_spelled(site):  # type: ignore[no-untyped-def]
    # The checker checks the registered address; the parasite pages under it show in the sitemap.
    base = f"http://{HOST}:{site.port}"
    sitemap = (
        "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
        f"<url><loc>{base}/berita/jadwal-slot-vaksinasi/</loc></url>"
        f"<url><loc>{base}/wp-content/uploads/2026/11/SlotGacor-Thailand.html</loc></url>"
        f"<url><loc>{base}/?id=%D1%95lot-g%D0%B0cor</loc></url></urlset>"
    )
    site.route("*", "/", Reply(200, department_page()))
    site.route("*", "/sitemap.xml", Reply(200, sitemap, {"Content-Type": "application/xml"}))
    event = check(make_checker(site.port), app(site.port, sitemap_always=True))
    [finding] = [f for f in event.findings if f.code == "judi_online_subpath"]
    assert finding.severity == "kritis" and "slotgacor" in finding.evidence  # one word: fixed here
    assert "%D1%95lot" in finding.evidence  # Cyrillic: fixed here


INNOCENT = {
    "arrest-news": (
        "<article><h3>Bandar Togel Diringkus</h3><p>Unit Reskrim Polres Metro Bekasi Kota meringkus seorang bandar "
        "togel di Jatiasih. Dari tangan pelaku diamankan barang bukti rekap togel dan uang tunai.</p></article>"
    ),
    "satgas-regulation": (
        "<article><h3>Satgas Pemberantasan Judi Online</h3><p>Satgas dibentuk untuk menindak situs judi slot, "
        "togel dan kasino online.</p></article>"
    ),
    "stop-judi-online": (
        "<div class='banner'>STOP JUDI ONLINE! Judi online merusak masa depan. Laporkan situs judi slot ke "
        "aduankonten.id</div>"
    ),
    "procurement": "<p>Pengadaan slot iklan di media online untuk publikasi kegiatan Dinas, HPS Rp 150.000.000.</p>",
    "services": (
        "<p>Pastikan kartu SIM terpasang pada slot SIM 1. Pilih slot waktu konsultasi. Sisa slot parkir: 40.</p>"
        "<p>Penyusunan Rencana Tata Ruang Pertanian (RTP) dipimpin Toto Sudarto.</p>"
    ),
    "culture-and-statistics": (
        "<p>Festival Budaya Tionghoa: lomba mahjong dan barongsai. Pameran mitologi Yunani: Zeus dan Hera.</p>"
        "<p>Kamera Olympus 1000 dan lensa zoom. Scatter plot IPM terhadap PDRB (\u03b1 = 0,05).</p>"
        "<p>Pelatihan ethical hacker bagi ASN. The city takes a pragmatic approach.</p>"
    ),
}


@pytest.mark.parametrize("html", INNOCENT.values(), ids=INNOCENT.keys())
def test_a_department_page_that_uses_the_words_innocently_has_no_finding(site, html):  # type: ignore[no-untyped-def]
    site.route("*", "/", Reply(200, department_page(Site(main_extra=html))))
    assert security(check(make_checker(site.port), app(site.port))) == {}
