"""Department sites whose CSS hides their content until a script shows it, through a whole check
against a real HTTP server on 127.0.0.1: a WordPress page built with Elementor (every section
fades in on scroll, ``.elementor-invisible{visibility:hidden}``), pages hidden until their scripts
run (Google Optimize's and VWO's anti-flicker snippets, a theme's page-loading state, text hidden
until the web fonts load), and a news box of Bootstrap tabs. They are "update" from the dates of
their news, and a gambling word in what a visitor sees is visible, not hidden.

The checker's clock is fixed (Wednesday 2 December 2026, 10:00 in Bekasi), so that the pages print
their dates as literals, the way a site prints them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from checker_servers import FakeSite, Reply, make_checker

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)
ELEMENTOR_CSS = "/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.18.3"


def check(site: FakeSite, html: str) -> ApplicationChecked:
    """Serve ``html`` as the home page and check the application once at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    return asyncio.run(make_checker(site.port, off=("cloaking",), clock=lambda: NOW).check(spec))


NEWS = (
    ("posyandu-lansia", "Posyandu Lansia Serentak di 56 Kelurahan", "1 Desember 2026"),
    ("kader-jumantik", "Pelatihan Kader Jumantik Tingkat Kota", "27 November 2026"),
    ("imunisasi", "Evaluasi Program Imunisasi Triwulan III", "20 November 2026"),
    ("antrean-daring", "Launching Layanan Antrean Daring Puskesmas", "12 November 2026"),
)


def elementor_posts(extra: str = "") -> str:
    return "".join(
        f'<article class="elementor-post elementor-grid-item post-{400 + i} post type-post status-publish '
        f'format-standard has-post-thumbnail hentry category-berita"><a class="elementor-post__thumbnail__link" '
        f'href="/{slug}/"><div class="elementor-post__thumbnail"><img src="/wp-content/uploads/2026/11/{slug}.jpg" '
        f'alt=""></div></a><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{slug}/">'
        f'{title}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{date}</span>'
        f'</div><div class="elementor-post__excerpt"><p>{extra if i == 0 else ""}Dinas Kesehatan Kota Bekasi '
        "terus meningkatkan mutu pelayanan kepada masyarakat.</p></div></div></article>"
        for i, (slug, title, date) in enumerate(NEWS)
    )


def elementor_section(element_id: str, content: str) -> str:
    return (
        f'<section class="elementor-section elementor-top-section elementor-element elementor-element-{element_id} '
        f'elementor-section-boxed elementor-section-height-default elementor-invisible" data-id="{element_id}" '
        'data-element_type="section" data-settings="{&quot;animation&quot;:&quot;fadeInUp&quot;}">'
        '<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 '
        'elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap '
        f'elementor-element-populated">{content}</div></div></div></section>'
    )


def elementor_page(used_css: str, head: str = "", extra: str = "") -> str:
    """Return a WordPress home page built with Elementor, its used CSS inlined by WP Rocket."""
    hero = (
        '<div class="elementor-widget elementor-widget-heading"><div class="elementor-widget-container">'
        '<h2 class="elementor-heading-title">Selamat Datang di Dinas Kesehatan Kota Bekasi</h2></div></div>'
    )
    posts = (
        '<div class="elementor-widget elementor-widget-posts" data-widget_type="posts.classic">'
        '<div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts '
        f'elementor-posts--skin-classic elementor-grid">{elementor_posts(extra)}</div></div></div>'
    )
    services = (
        '<div class="elementor-widget elementor-widget-icon-list"><div class="elementor-widget-container">'
        '<ul class="elementor-icon-list-items"><li>Pendaftaran Puskesmas</li><li>Ambulans Gratis 119</li>'
        "<li>Perizinan Tenaga Kesehatan</li></ul></div></div>"
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Kesehatan Kota Bekasi &#8211; Melayani dengan Sepenuh Hati</title>
<meta name="generator" content="WordPress 6.4.3">
<meta name="generator" content="Elementor 3.18.3; features: e_dom_optimization, e_optimized_assets_loading">
<style id="wpr-usedcss">{used_css}</style>
{head}
</head>
<body class="home page-template page-template-elementor_header_footer page page-id-12 elementor-default
 elementor-kit-5 elementor-page elementor-page-12">
<header id="site-header" class="site-header"><div class="site-branding"><a href="/" rel="home">
 <img src="/wp-content/uploads/2021/03/logo-dinkes.png" alt="Dinas Kesehatan Kota Bekasi"></a></div>
 <nav class="site-navigation"><ul id="menu-utama" class="menu"><li><a href="/">Beranda</a></li>
 <li><a href="/profil/">Profil</a></li><li><a href="/layanan/">Layanan</a></li><li><a href="/berita/">Berita</a></li>
 <li><a href="/ppid/">PPID</a></li><li><a href="/kontak/">Kontak</a></li></ul></nav></header>
<main id="content" class="site-main post-12 page type-page status-publish hentry">
<div data-elementor-type="wp-page" data-elementor-id="12" class="elementor elementor-12">
{elementor_section("3f1c2a9", hero)}
{elementor_section("5a1b2c3", posts)}
{elementor_section("7d4e5f6", services)}
</div></main>
<footer id="site-footer" class="site-footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan, Kota Bekasi</p>
<p>&copy; 2026 Dinas Kesehatan Kota Bekasi</p></footer>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.18.3" id="elementor-frontend-js"></script>
</body>
</html>"""


ELEMENTOR_USED = (
    ".elementor-section{position:relative}.elementor-section .elementor-container{display:flex;margin-right:auto;"
    "margin-left:auto;position:relative}.elementor-invisible{visibility:hidden}.elementor-posts-container"
    "{display:grid}.elementor-post__title{font-size:18px}.elementor-post__thumbnail img{width:100%}"
    "@media (max-width:767px){.elementor-column{width:100%}}"
)


def test_an_elementor_page_whose_sections_fade_in_is_update_from_its_posts(site: FakeSite) -> None:
    event = check(site, elementor_page(ELEMENTOR_USED))
    assert event.availability == "aktif"
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 12, 1, tzinfo=UTC)


def test_gambling_in_an_elementor_section_a_visitor_sees_is_visible(site: FakeSite) -> None:
    # The page mentions a listed word: the checker reads Elementor's own stylesheet as well.
    site.route("*", ELEMENTOR_CSS, Reply(200, ELEMENTOR_USED, {"Content-Type": "text/css"}))
    link = f'<link rel="stylesheet" id="elementor-frontend-css" href="{ELEMENTOR_CSS}" media="all">'
    spam = "Situs Slot Gacor Hari Ini, bandar togel terpercaya, maxwin. "
    event = check(site, elementor_page(".site-header{background:#0b4f8a}", head=link, extra=spam))
    found = {(f.location, f.severity) for f in event.findings if f.code == "judi_online"}
    assert ("visible", "tinggi") in found and not any(location == "hidden" for location, _ in found)


def department(head: str = "", html_class: str = "", body_class: str = "", around: tuple[str, str] = ("", "")) -> str:
    """Return a hand-written PHP department page with its news list (``around`` it); ``head`` holds the snippets."""
    items = "".join(
        f'<div class="berita"><a href="index.php?p=berita&amp;id={41 - i}">{title}</a>'
        f'<div class="tgl">{date}</div><p>Dinas Kesehatan Kota Bekasi menggelar kegiatan bersama kader.</p></div>'
        for i, (_, title, date) in enumerate(NEWS)
    )
    return f"""<!DOCTYPE html>
<html lang="id" class="{html_class}">
<head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title>
{head}
<link rel="stylesheet" href="assets/css/style.css">
</head>
<body class="{body_class}">
<div id="page" class="site">
<div id="header"><h1>Dinas Kesehatan Kota Bekasi</h1><ul id="nav"><li><a href="index.php">Beranda</a></li>
 <li><a href="index.php?p=profil">Profil</a><ul><li><a href="index.php?p=visi">Visi Misi</a></li></ul></li>
 <li><a href="index.php?p=berita">Berita</a></li><li><a href="index.php?p=kontak">Kontak</a></li></ul></div>
<div id="content" class="site-content"><h2>Berita Terbaru</h2>{around[0]}{items}{around[1]}</div>
<div id="footer">Jl. Jend. Ahmad Yani No. 1 Bekasi &middot; Copyright &copy; 2026</div>
</div>
</body></html>"""


GOOGLE_OPTIMIZE = (
    "<style>.async-hide { opacity: 0 !important} </style>\n<script>(function(a,s,y,n,c,h,i,d,e){s.className+=' '+y;"
    "h.start=1*new Date;h.end=i=function(){s.className=s.className.replace(RegExp(' ?'+y),'')};"
    "(a[n]=a[n]||[]).hide=h;setTimeout(function(){i();h.end=null},c);h.timeout=c;"
    "})(window,document.documentElement,'async-hide','dataLayer',4000,{'GTM-K9X3ZQ':true});</script>"
)
VWO = (
    '<style id="_vis_opt_path_hides">body{opacity:0 !important;filter:alpha(opacity=0) !important;'
    "background:none !important}</style>"
)
PAGE_LOADING = (
    "<style>#preloader{position:fixed;top:0;left:0;right:0;bottom:0;background:#fff;z-index:9999}"
    ".loading #page{visibility:hidden}</style>"
    "<script>window.addEventListener('load',function(){document.body.classList.remove('loading')});</script>"
)
WEB_FONTS = (
    "<style>.wf-loading .site-content{visibility:hidden}.wf-active .site-content{font-family:'Open Sans'}</style>"
    "<script src='assets/js/webfontloader.js'></script>"
    "<script>WebFont.load({google:{families:['Open Sans:400,700']}});</script>"
)
# The anti-flicker snippets hide <html> or <body>, which the checker never read as hidden (only what
# is inside the body is): they are here so that it stays so. A theme's loading state and the class
# the web font loader puts on <html> hid the whole content.
HIDDEN_UNTIL_SCRIPTS = {
    "google-optimize": department(GOOGLE_OPTIMIZE, html_class="async-hide"),
    "vwo": department(VWO),
    "page-loading": department(PAGE_LOADING, body_class="loading"),
    "web-fonts-loading": department(WEB_FONTS),
}


@pytest.mark.parametrize("html", HIDDEN_UNTIL_SCRIPTS.values(), ids=HIDDEN_UNTIL_SCRIPTS.keys())
def test_a_page_hidden_until_its_scripts_run_is_update_from_its_news(site: FakeSite, html: str) -> None:
    event = check(site, html)
    assert event.availability == "aktif"
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 12, 1, tzinfo=UTC)


TABS = """<style>.nav{display:flex}.tab-content>.tab-pane{display:none}.tab-content>.active{display:block}
.fade{transition:opacity .15s linear}.fade:not(.show){opacity:0}</style>"""


def test_a_news_box_of_tabs_is_update_from_its_active_tab(site: FakeSite) -> None:
    box = (
        '<ul class="nav nav-tabs"><li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#terkini">'
        'Terkini</a></li><li class="nav-item"><a class="nav-link" data-toggle="tab" href="#agenda">Agenda</a></li></ul>'
        '<div class="tab-content"><div class="tab-pane fade show active" id="terkini">',
        '</div><div class="tab-pane fade" id="agenda"><ul><li>Rapat Evaluasi Kinerja Triwulan</li></ul></div></div>',
    )
    event = check(site, department(TABS, around=box))
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 12, 1, tzinfo=UTC)
