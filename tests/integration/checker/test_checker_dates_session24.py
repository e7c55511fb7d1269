"""Content freshness of department pages whose dates a script renders from attributes (jQuery timeago, Livestamp)
and whose top bar goes by a name the zoning did not know ("top-header"), through a whole check against a real
HTTP server on 127.0.0.1.

The checker's clock is fixed at Wednesday 2 December 2026, 10:00 in Bekasi (``stamped_pages.NOW``).
"""

from __future__ import annotations

from datetime import UTC, datetime

from checker_servers import FakeSite
from cms_theme_pages import checked_at_now
from vendor_pages import EXCERPT, HEADLINES

NOV_30_14_20 = 1796023200  # Unix seconds, as Livestamp's data gives them
NOV_24_09_00 = 1795485600


def custom_theme(content: str, top_date: str) -> str:
    """Return a WordPress site on a vendor's own theme: a top bar ("top-header") of the day the page was rendered,
    the header and menu, ``content`` in the content column, a sidebar and the footer."""
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>Dinas Kesehatan Kota Bekasi</title>'
        '<meta name="generator" content="WordPress 6.4.3">'
        '<link rel="stylesheet" href="/wp-content/themes/dinkes/style.css?ver=1.4">'
        '<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>'
        '<script src="/wp-content/themes/dinkes/js/jquery.timeago.js"></script>'
        '<script src="/wp-content/themes/dinkes/js/livestamp.min.js"></script></head>'
        '<body class="home blog"><div class="top-header"><div class="container">'
        f'<span class="kiri"><i class="fa fa-calendar"></i> {top_date}</span>'
        '<span class="kanan"><a href="/wp-login.php">Login</a> | <a href="/kontak/">Kontak</a></span></div></div>'
        '<div class="logo-area"><div class="container"><a href="/"><img src="/wp-content/uploads/logo.png" '
        'alt="Logo Kota Bekasi"></a> <strong>Dinas Kesehatan Kota Bekasi</strong></div></div>'
        '<div class="menu-utama"><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>'
        '<li><a href="/berita/">Berita</a></li><li><a href="/layanan/">Layanan</a></li>'
        '<li><a href="/ppid/">PPID</a></li></ul></div>'
        f'<div class="container"><div class="row"><div class="col-md-8 konten">{content}</div>'
        '<div class="col-md-4 samping"><div class="kotak"><h4>Tautan</h4><ul>'
        '<li><a href="https://www.bekasikota.go.id/">Pemerintah Kota Bekasi</a></li>'
        '<li><a href="https://lapor.go.id/">SP4N LAPOR!</a></li></ul></div></div></div></div>'
        '<div class="bawah"><div class="container"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan</p>'
        "<p>Copyright © 2026 Dinas Kesehatan Kota Bekasi</p></div></div></body></html>"
    )


def test_a_news_list_whose_dates_a_script_renders_is_update(shared_site: FakeSite) -> None:
    stamps = (
        f'<span data-livestamp="{NOV_30_14_20}"></span>',
        '<abbr class="timeago" title="2026-11-24T09:00:00+07:00"></abbr>',
        f'<span data-livestamp="{NOV_24_09_00}"></span>',
    )
    news = "".join(
        f'<div class="berita-item"><h3><a href="/berita-{i + 1}/">{HEADLINES[i]}</a></h3>'
        f'<div class="meta"><i class="fa fa-clock-o"></i> {stamp} · Humas</div><p>{EXCERPT}</p></div>'
        for i, stamp in enumerate(stamps)
    )
    html = custom_theme(f'<h2>Berita Terkini</h2><div class="berita-terkini">{news}</div>', "Rabu, 2 Desember 2026")
    assert checked_at_now(shared_site, html) == ("update", datetime(2026, 11, 30, tzinfo=UTC), "page_date")


def test_a_cached_copy_whose_only_date_is_its_top_headers_is_not_dated(shared_site: FakeSite) -> None:
    content = (
        "<h2>Profil Dinas Kesehatan</h2><p>Dinas Kesehatan Kota Bekasi melaksanakan urusan pemerintahan bidang "
        "kesehatan.</p><h3>Visi</h3><p>Terwujudnya masyarakat Kota Bekasi yang sehat dan mandiri.</p>"
    )
    # A page cache's copy, rendered on Monday: its top bar shows that day.
    html = custom_theme(content, "Senin, 30 November 2026") + (
        "<!-- Page cached by LiteSpeed Cache 6.5 on 2026-11-30 07:12:03 -->"
    )
    assert checked_at_now(shared_site, html) == ("tidak_diketahui", None, "")
