"""Content freshness of whole pages as WordPress, Joomla, Drupal, Blogspot and static department sites
print their dates, through a whole check against a real HTTP server on 127.0.0.1.

The checker's clock is fixed (Wednesday 2 December 2026, 10:00 in Bekasi), so that the pages can
print their dates as literals, the way a site prints them.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from checker_servers import Reply, make_checker

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
NOW = datetime(2026, 12, 2, 3, 0, tzinfo=UTC)


def check(site, html: str) -> ApplicationChecked:  # type: ignore[no-untyped-def]
    """Serve ``html`` as the home page and check the application once at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    return asyncio.run(make_checker(site.port, off=("cloaking",), clock=lambda: NOW).check(spec))


def page(body: str, generator: str = "WordPress 6.4.3") -> str:
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">'
        f'<title>Dinas Kesehatan Kota Bekasi</title><meta name="generator" content="{generator}">'
        f"</head><body>{body}</body></html>"
    )


# A top bar as custom themes write it: bare <div>s the page's zoning does not know for chrome.
TOP_BAR = (
    '<div class="header-top"><div class="container"><span class="tgl">Rabu, 2 Desember 2026</span>'
    '<span class="kontak">Call Center 112</span></div></div>'
)


def test_a_wordpress_page_is_dated_by_its_posts_not_by_its_top_bar(site):  # type: ignore[no-untyped-def]
    posts = "".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="/{slug}/">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="{iso}">{shown}</time></span> oleh Admin</div><p>Isi berita.</p></article>'
        for slug, title, iso, shown in (
            ("rapat", "Rapat Koordinasi Stunting", "2026-11-30T08:15:00+07:00", "30 November 2026"),
            ("vaksin", "Vaksinasi Gratis", "2026-11-20T09:00:00+07:00", "20 Nov 2026"),
        )
    )
    event = check(site, page(f'{TOP_BAR}<main id="primary" class="site-main">{posts}</main>'))
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 11, 30, tzinfo=UTC)


def test_a_stale_joomla_site_with_a_visitor_counter_is_not_update(site):  # type: ignore[no-untyped-def]
    article = (
        '<div class="com-content-article item-page"><h2>Sosialisasi Germas</h2><dl class="article-info">'
        '<dd class="createdby">Ditulis oleh Administrator</dd><dd class="published">'
        '<time datetime="2026-05-12T09:00:00+07:00">Dipublikasikan: 12 Mei 2026</time></dd>'
        '<dd class="hits">Dilihat: 1.204</dd></dl><p>Isi.</p></div>'
    )
    # A counter module as Joomla's extensions print it: one cell a line in the page's text.
    counter = (
        '<div class="moduletable"><h3>Statistik</h3><table><tr><td>Hari ini</td><td>12</td></tr>'
        "<tr><td>Kemarin</td><td>45</td></tr><tr><td>Minggu ini</td><td>300</td></tr></table></div>"
    )
    event = check(site, page(f"{article}{counter}", generator="Joomla! - Open Source Content Management"))
    assert (event.content.result, event.content.evidence) == ("tidak_update", "page_date")
    assert event.content.last_changed == datetime(2026, 5, 12, tzinfo=UTC)


def blogspot(posts: list[tuple[str, str]], gadget: str = "") -> str:
    days = "".join(
        f'<div class="date-outer"><h2 class="date-header"><span>{shown}</span></h2><div class="post-outer">'
        f'<h3 class="post-title">{title}</h3><div class="post-body">Isi.</div>'
        '<div class="post-footer">Diposting oleh Admin di <abbr class="published">08.00</abbr></div></div></div>'
        for shown, title in posts
    )
    archive = (
        '<div class="widget BlogArchive"><h2>Arsip Blog</h2><ul><li>► 2026 (12)</li><li>▼ Desember (3)</li></ul></div>'
    )
    return page(f'<div class="blog-posts hfeed">{days}</div>{gadget}{archive}', generator="blogger")


def test_a_blogspot_page_is_update_from_its_date_headers(site):  # type: ignore[no-untyped-def]
    event = check(site, blogspot([("Selasa, 01 Desember 2026", "Posyandu"), ("Senin, 16 November 2026", "Rapat")]))
    assert (event.content.result, event.content.last_changed) == ("update", datetime(2026, 12, 1, tzinfo=UTC))


def test_a_stale_blogspot_page_with_a_gadget_showing_today_is_not_update(site):  # type: ignore[no-untyped-def]
    gadget = '<div class="widget HTML"><h2>Kalender</h2><p>Hari ini: Rabu, 2 Desember 2026</p></div>'
    event = check(site, blogspot([("Sabtu, 13 Juni 2026", "Posyandu")], gadget))
    assert (event.content.result, event.content.last_changed) == ("tidak_update", datetime(2026, 6, 13, tzinfo=UTC))


def test_a_static_page_whose_only_date_is_todays_terakhir_diperbarui_is_not_update(site):  # type: ignore[no-untyped-def]
    html = page(
        '<div class="container"><div class="content"><h1>Profil Dinas</h1><p>Visi: Kota Bekasi sehat.</p></div>'
        '<div class="footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi</p>'
        "<p>Terakhir diperbarui: Rabu, 2 Desember 2026</p></div></div>",
        generator="",
    )
    event = check(site, html)
    assert event.content.result == "tidak_diketahui"
    assert event.content.detail == "tidak ada bukti tanggal"


def test_an_agenda_of_next_week_makes_a_page_update(site):  # type: ignore[no-untyped-def]
    html = page(
        '<div class="agenda"><h2>Agenda Kegiatan</h2><ul>'
        "<li>Rabu, 9 Desember 2026, 09.00 WIB – Rapat Evaluasi Kinerja</li>"
        "<li>Selasa, 15 Desember 2026 – Bimbingan Teknis SPBE</li></ul></div>"
        '<div class="berita"><p><a href="/b/1">Sosialisasi Germas</a> 12 Mei 2026</p></div>'
    )
    event = check(site, html)
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 12, 1, tzinfo=UTC)
    assert event.content.detail.startswith("tanggal mendatang di halaman 2026-12-15")


def test_a_date_far_ahead_does_not_make_a_stale_page_update(site):  # type: ignore[no-untyped-def]
    html = page(
        '<div class="agenda"><h2>Agenda</h2><ul><li>HUT Kota Bekasi ke-30, 10 Maret 2027</li></ul></div>'
        '<div class="berita"><p><a href="/b/1">Sosialisasi Germas</a> 12 Mei 2026</p></div>'
    )
    event = check(site, html)
    assert (event.content.result, event.content.last_changed) == ("tidak_update", datetime(2026, 5, 12, tzinfo=UTC))


def test_a_stale_page_stamped_with_the_day_is_not_update_the_next_day(site):  # type: ignore[no-untyped-def]
    # No <main>: the fingerprint reads the whole body, the top bar's stamp with it.
    def stamped(day: str) -> str:
        return page(
            f'<div class="header-top"><span class="tgl">{day}</span></div><div id="konten"><h2>Profil Dinas</h2>'
            "<p>Visi: masyarakat Kota Bekasi yang sehat.</p></div>"
        )

    site.route("*", "/", Reply(200, stamped("Rabu, 2 Desember 2026")))
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    now = [NOW]
    checker = make_checker(site.port, off=("cloaking",), clock=lambda: now[0])
    first = asyncio.run(checker.check(spec))
    site.route("*", "/", Reply(200, stamped("Kamis, 3 Desember 2026")))
    now[0] = NOW + timedelta(days=1)
    second = asyncio.run(checker.check(spec))
    assert first.content.result == second.content.result == "tidak_diketahui"
    assert second.content.evidence is None


# A fixed-width layout of the 2010s, still served by many a department: the wrapper centred by pulling
# it back half its width, and a notice centred on the screen the same way. Neither hides anything.
FIXED_WIDTH = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>.:: Dinas Kesehatan Kota Bekasi ::.</title>
<style type="text/css">
body { margin:0; background:#e8efe0 url(images/bg.jpg) repeat-x; font:12px Tahoma, Verdana, sans-serif; }
#wrapper { position:absolute; left:50%; width:960px; margin-left:-480px; background:#fff; }
#header { height:120px; background:url(images/header.jpg) no-repeat; }
#menu ul { margin:0; padding:0; list-style:none; } #menu li { float:left; }
#menu a { display:block; padding:8px 14px; color:#fff; background:#2d6a1f; text-decoration:none; }
#left { float:left; width:640px; padding:10px; } #right { float:right; width:280px; padding:10px; }
.berita { border-bottom:1px dotted #999; padding:6px 0; } .tgl { color:#777; font-size:11px; }
#popup { position:fixed; top:50%; left:50%; width:500px; height:300px; margin-top:-150px; margin-left:-250px;
  background:#fff; border:3px solid #2d6a1f; z-index:99; }
#footer { clear:both; padding:10px; background:#2d6a1f; color:#fff; text-align:center; }
</style></head>
<body>
<div id="wrapper">
  <div id="header"><h1 style="display:none">Dinas Kesehatan Kota Bekasi</h1></div>
  <div id="menu"><ul>
    <li><a href="index.php">Beranda</a></li><li><a href="index.php?page=profil">Profil</a></li>
    <li><a href="index.php?page=berita">Berita</a></li><li><a href="index.php?page=layanan">Layanan</a></li>
    <li><a href="index.php?page=unduhan">Unduhan</a></li><li><a href="index.php?page=kontak">Kontak</a></li>
  </ul></div>
  <div id="left">
    <h2>Berita Terbaru</h2>
    <div class="berita"><a href="index.php?page=berita&amp;id=412">Posyandu Lansia Serentak di 56 Kelurahan</a>
      <div class="tgl">Senin, 30/11/2026 - 09:12</div><p>Kegiatan posyandu lansia dilaksanakan serentak...</p></div>
    <div class="berita"><a href="index.php?page=berita&amp;id=411">Pelatihan Kader Jumantik Tingkat Kota</a>
      <div class="tgl">Kamis, 26/11/2026 - 13:40</div><p>Sebanyak 120 kader jumantik mengikuti pelatihan...</p></div>
    <div class="berita"><a href="index.php?page=berita&amp;id=410">Evaluasi Program Imunisasi Triwulan III</a>
      <div class="tgl">Rabu, 18/11/2026 - 10:05</div><p>Capaian imunisasi dasar lengkap meningkat...</p></div>
  </div>
  <div id="right">
    <h3>Pengumuman</h3>
    <ul><li><a href="index.php?page=pengumuman&amp;id=77">Jadwal Pelayanan Libur Akhir Tahun</a></li></ul>
    <h3>Link Terkait</h3><ul><li><a href="https://www.bekasikota.go.id/">Pemerintah Kota Bekasi</a></li>
    <li><a href="https://www.kemkes.go.id/">Kementerian Kesehatan</a></li></ul>
  </div>
  <div id="footer">Dinas Kesehatan Kota Bekasi &middot; Jl. Jend. Ahmad Yani No. 1 Bekasi &middot;
    Copyright &copy; 2012-2026</div>
</div>
<div id="popup"><p><b>INFO:</b> Pendaftaran vaksinasi influenza telah dibuka sejak 25 November 2026.</p>
  <a href="#" onclick="document.getElementById('popup').style.display='none';return false;">Tutup</a></div>
</body></html>"""


def test_a_fixed_width_layout_centred_by_its_margins_is_read_and_dated(site):  # type: ignore[no-untyped-def]
    event = check(site, FIXED_WIDTH)
    assert event.availability == "aktif"
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 11, 30, tzinfo=UTC)


def test_gambling_in_a_layout_centred_by_its_margins_is_visible_not_hidden(site):  # type: ignore[no-untyped-def]
    spam = '<p><a href="https://slot-gacor.example/">Situs Slot Gacor Hari Ini Gampang Maxwin</a></p>'
    event = check(site, FIXED_WIDTH.replace("<h2>Berita Terbaru</h2>", f"<h2>Berita Terbaru</h2>{spam}"))
    found = {(f.location, f.severity) for f in event.findings if f.code == "judi_online"}
    assert ("visible", "tinggi") in found and not any(location == "hidden" for location, _ in found)


def drupal_front_page(items: list[tuple[str, str, str]]) -> str:
    """Return a Drupal 7 site's front page as its Bartik-based theme prints it: a views list of news
    whose created dates are Drupal's default "medium" format, month first ("Tue, 12/01/2026 - 10:15")."""
    rows = "".join(
        f'<div class="views-row views-row-{i + 1} {"views-row-odd" if i % 2 == 0 else "views-row-even"}">'
        f'<div class="views-field views-field-title"><span class="field-content"><a href="/berita/{slug}">{title}</a>'
        f'</span></div><div class="views-field views-field-created"><span class="field-content">{created}</span></div>'
        '<div class="views-field views-field-body"><div class="field-content"><p>Dinas Kesehatan Kota Bekasi'
        " menyampaikan informasi kegiatan pelayanan kesehatan masyarakat.</p></div></div></div>"
        for i, (slug, title, created) in enumerate(items)
    )
    menu = "".join(
        f'<li class="leaf"><a href="/{href}">{label}</a></li>'
        for href, label in (("", "Beranda"), ("profil", "Profil"), ("berita", "Berita"), ("layanan", "Layanan"))
    )
    return page(
        '<div id="page-wrapper"><div id="page"><div id="header" class="without-secondary-menu"><div class="section'
        ' clearfix"><a href="/" title="Beranda" rel="home" id="logo"><img src="/sites/default/files/logo.png"'
        ' alt="Beranda"></a><div id="name-and-slogan"><div id="site-name"><strong><a href="/">Dinas Kesehatan Kota'
        f' Bekasi</a></strong></div></div><div id="main-menu" class="navigation"><ul class="links">{menu}</ul></div>'
        '</div></div><div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content"'
        ' class="column"><div class="section"><h1 class="title" id="page-title">Berita Terbaru</h1><div class="view'
        f' view-berita view-id-berita view-display-id-page"><div class="view-content">{rows}</div></div></div></div>'
        '</div></div><div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><p>Jl. Pramuka'
        " No. 1, Bekasi · Telp (021) 8895000</p><p>Powered by Drupal</p></div></div></div></div></div>",
        generator="Drupal 7 (http://drupal.org)",
    )


def test_a_drupal_page_is_dated_month_first_as_the_days_names_beside_its_dates_say(site):  # type: ignore[no-untyped-def]
    # Every date reads both ways; day first, "Tue, 12/01/2026" was 12 January, and the page stale.
    items = [
        ("posyandu", "Posyandu Serentak di 12 Kecamatan", "Tue, 12/01/2026 - 10:15"),
        ("imunisasi", "Bulan Imunisasi Anak Sekolah", "Thu, 11/12/2026 - 14:00"),
        ("dbd", "Waspada Demam Berdarah", "Tue, 11/03/2026 - 09:30"),
    ]
    event = check(site, drupal_front_page(items))
    assert (event.content.result, event.content.evidence) == ("update", "page_date")
    assert event.content.last_changed == datetime(2026, 12, 1, tzinfo=UTC)
