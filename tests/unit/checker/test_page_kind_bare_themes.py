"""A notice in the content column of a theme of bare ``<div>``s: no ``<main>``, no ``#content``, only
Bootstrap's grid (``<div class="col-md-8">``) between the site's header, its sidebar and its footer.

Such a page's main text is its whole body, menu and sidebar and footer included, so the notice alone
was never read as one: a department site showing "Situs Sedang Diperbarui" where its news go came out
as the application. Now the block the content's first heading heads (``Page.main_block``) is read as
the content is in a theme that marks it. The look-alikes are the department's own short pages in the
same theme, and its home page.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_real_web as web
from vendor_pages import Site, department_page, news_since

from pantau_checker.core.page import parse_page
from pantau_checker.core.page_kind import PageKind, classify

URL = "https://dinkes.bekasikota.go.id/"


def bare(main: str) -> str:
    """Return the department's page in its theme of bare <div>s, with ``main`` in the content column."""
    return department_page(Site(main=main, plain_markup=True))


# A notice as a card whose header holds the heading alone, and its body the sentence.
CARD_NOTICE = """<div class="card border-warning mb-4"><div class="card-header bg-warning"><h3 class="card-title">
Pemberitahuan</h3></div><div class="card-body"><p class="card-text">Website Dinas Kesehatan Kota Bekasi sedang
dalam perbaikan. Layanan pengaduan tetap dapat diakses melalui Call Center 112.</p></div></div>"""


@pytest.mark.parametrize("name", web.THEME_NOTICES)
def test_a_maintenance_notice_in_a_bare_themes_content_column_is_dalam_pemeliharaan(name: str) -> None:
    assert_kind(bare(web.THEME_NOTICES[name]), "dalam_pemeliharaan", web.THEME_NOTICE_QUOTES[name])


def test_a_notice_in_a_card_under_a_heading_alone_is_dalam_pemeliharaan() -> None:
    assert_kind(bare(CARD_NOTICE), "dalam_pemeliharaan", "Website Dinas Kesehatan Kota Bekasi sedang dalam perbaikan")


@pytest.mark.parametrize("name", web.THEME_REPAIR_PAGES)
def test_a_departments_short_page_about_a_repair_in_a_bare_theme_stays_the_application(name: str) -> None:
    assert classify(parse_page(bare(web.THEME_REPAIR_PAGES[name]), URL), 200) == PageKind("aplikasi")


@pytest.mark.parametrize(
    "days", [[1, 3, 6], [200, 230, 260], list(range(1, 40, 3))], ids=["three-fresh", "three-stale", "thirteen"]
)
def test_a_bare_themes_home_page_stays_the_application(days: list[int]) -> None:
    html = department_page(Site(news=news_since(days), plain_markup=True))
    assert classify(parse_page(html, URL), 200) == PageKind("aplikasi")


def test_a_bare_themes_page_pinning_a_notice_above_its_news_stays_the_application() -> None:
    notice = "<h2>Pengumuman</h2><p>Website Dinas Kesehatan Kota Bekasi sedang dalam perbaikan sebagian.</p>"
    news = "".join(f'<div class="item"><h3><a href="/berita/{i}/">Berita {i}</a></h3></div>' for i in range(30))
    html = bare(f'<div class="pengumuman">{notice}</div><div class="berita">{news}</div>')
    assert classify(parse_page(html, URL), 200) == PageKind("aplikasi")


def test_a_block_is_read_only_where_no_container_marks_the_content() -> None:
    # In the theme that marks its content with <main>, the content is what is read; the block is not kept.
    page = parse_page(department_page(Site(main=web.THEME_NOTICES["site-being-updated"])), URL)
    assert page.main_block == ""
    assert parse_page(bare(web.THEME_NOTICES["site-being-updated"]), URL).main_block == (
        "Situs Sedang Diperbarui Kami sedang memperbarui sistem untuk meningkatkan layanan. Silakan kembali"
        " beberapa saat lagi."
    )


def old_portal(content: str, layout: str) -> str:
    """Return a department's portal as an older CMS builds it: a left sidebar of <div>s before the content
    (``#sidebar``), or a table whose middle cell is the content; a menu of twenty links, related sites, a
    visitor counter and a footer."""
    menu = "".join(f'<li><a href="/halaman/{i}">Menu {i}</a></li>' for i in range(20))
    sidebar = (
        '<div class="widget"><h3>Link Terkait</h3><ul>'
        + "".join(
            f'<li><a href="https://{s}.go.id/">{s}</a></li>' for s in ("kemkes", "jabarprov", "lapor", "bekasikota")
        )
        + '</ul></div><div class="widget"><h3>Statistik Pengunjung</h3><p>Hari ini: 120 · Total: 45.210</p></div>'
    )
    footer = "Copyright &copy; 2026 Dinas Kesehatan Kota Bekasi. Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan"
    head = (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Kesehatan Kota Bekasi</title></head>'
    )
    if layout == "table":
        return (
            f'{head}<body><table width="100%" cellpadding="4"><tr><td colspan="3"><img src="/images/banner.jpg"'
            f' alt="Banner Dinas Kesehatan"></td></tr><tr><td class="kiri" width="20%"><ul>{menu}</ul></td>'
            f'<td class="tengah" width="60%">{content}</td><td class="kanan" width="20%">{sidebar}</td></tr>'
            f'<tr><td colspan="3" align="center">{footer}</td></tr></table></body></html>'
        )
    return (
        f'{head}<body><div id="header"><h1>Dinas Kesehatan Kota Bekasi</h1></div><div id="nav"><ul>{menu}</ul>'
        f'</div><div id="wrapper"><div id="sidebar">{sidebar}</div><div id="isi">{content}</div></div>'
        f'<div id="footer">{footer}</div></body></html>'
    )


NOTICE = (
    "<h2>Pemberitahuan</h2><p>Website Dinas Kesehatan Kota Bekasi sedang dalam perbaikan. Silakan kembali lagi"
    " nanti.</p>"
)
NEWS = "".join(
    f'<div class="berita"><h3><a href="/berita/{i}">Posyandu Keliling ke-{i} di Bekasi Timur</a></h3><p>Kamis, 26'
    " November 2026</p><p>Dinas Kesehatan menggelar posyandu keliling bersama kader.</p></div>"
    for i in range(3)
)


@pytest.mark.parametrize("layout", ["left-sidebar", "table"])
def test_a_notice_in_an_older_portals_content_is_dalam_pemeliharaan(layout: str) -> None:
    # The left sidebar's headings come first: the content's first heading is past them.
    assert_kind(old_portal(NOTICE, layout), "dalam_pemeliharaan", "Website Dinas Kesehatan Kota Bekasi sedang")


@pytest.mark.parametrize("layout", ["left-sidebar", "table"])
def test_an_older_portals_news_stays_the_application(layout: str) -> None:
    assert classify(parse_page(old_portal(NEWS, layout), URL), 200) == PageKind("aplikasi")
