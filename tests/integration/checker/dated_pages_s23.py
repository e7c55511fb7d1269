"""Department pages that print their dates the ways session 23 found misread: a news theme's relative stamps
with counts spelled out ("dua puluh menit lalu", "sebelas hari lalu"), the older "silam" and Carbon's
"kemarin lusa"; a PPID list of letters whose numbers end like a date ("443.1/30/11/2026"); a blog's
two-digit years beside four-digit ones ("Kamis, 26-11-26"); a top bar whose clock has a labelled or an
icon's time ("Jam: 10:00:05", "⏰ 10:00 WIB").

Each builder takes what the theme prints as literals; the checker's clock is ``stamped_pages.NOW``
(Wednesday 2 December 2026, 10:00 in Bekasi).
"""

from __future__ import annotations

from html import escape

from vendor_pages import EXCERPT, HEADLINES

_MENU = (
    ("/", "Beranda"),
    ("/profil/", "Profil"),
    ("/berita/", "Berita"),
    ("/layanan/", "Layanan"),
    ("/ppid/", "PPID"),
    ("/kontak/", "Kontak"),
)


def _menu(item_class: str) -> str:
    return "".join(f'<li class="{item_class}"><a href="{href}">{name}</a></li>' for href, name in _MENU)


def jnews_page(stamps: tuple[str, ...], top_bar: str = "Rabu, 2 Desember 2026") -> str:
    """Return a WordPress site on JNews translated to Indonesian: its top bar's day, a ticker, a block of posts
    each with its meta line (author and ``stamps``), a popular posts widget and a footer."""
    posts = "".join(
        f'<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb">'
        f'<a href="/berita-{i + 1}/"><img src="/wp-content/uploads/2026/11/berita-{i + 1}.jpg" alt=""></a></div>'
        f'<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="/berita-{i + 1}/">'
        f"{escape(HEADLINES[i])}</a></h3>"
        f'<div class="jeg_post_meta"><div class="jeg_meta_author">oleh <a href="/author/humas/">Humas</a></div>'
        f'<div class="jeg_meta_date"><a href="/berita-{i + 1}/"><i class="fa fa-clock-o"></i> {stamp}</a></div>'
        f'<div class="jeg_meta_comment"><a href="/berita-{i + 1}/#comments"><i class="fa fa-comment-o"></i> 0</a>'
        f'</div></div><div class="jeg_post_excerpt"><p>{EXCERPT}</p></div></div></article>'
        for i, stamp in enumerate(stamps)
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID">
<head><meta charset="UTF-8"><meta name="generator" content="WordPress 6.6.2">
<title>Dinas Komunikasi dan Informatika Kota Bekasi</title>
<link rel="stylesheet" href="/wp-content/themes/jnews/assets/css/main.css?ver=11.6.4">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="home blog jeg_toggle_light jnews jsc_normal">
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_topbar jeg_container dark"><div class="container">
<div class="jeg_nav_row"><div class="jeg_nav_col jeg_nav_left"><div class="jeg_top_date">{top_bar}</div></div>
<div class="jeg_nav_col jeg_nav_right"><ul class="jeg_menu jeg_top_menu"><li><a href="/ppid/">PPID</a></li>
<li><a href="/pengaduan/">Pengaduan</a></li></ul></div></div></div></div>
<div class="jeg_midbar"><div class="container"><a class="jeg_logo" href="/"><img src="/logo.png" alt="Diskominfo"></a>
</div></div>
<div class="jeg_bottombar"><div class="container"><nav class="jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu">
{_menu("menu-item")}</ul></nav></div></div></div>
<div class="jeg_breakingnews"><div class="jeg_breakingnews_title">Terkini</div>
<div class="jeg_news_ticker_items"><a href="/berita-1/">{escape(HEADLINES[0])}</a></div></div>
<div class="jeg_main"><div class="container"><div class="jeg_content"><div class="row">
<div class="jeg_main_content col-md-8"><div class="jeg_block_heading"><h3 class="jeg_block_title">
<span>Berita Terbaru</span></h3></div><div class="jeg_posts jeg_load_more_flag">{posts}</div>
<div class="jeg_block_nav"><a href="/page/2/" class="next">Berikutnya</a></div></div>
<div class="jeg_sidebar col-md-4"><div class="widget widget_jnews_popular"><div class="jeg_block_heading">
<h3 class="jeg_block_title"><span>Terpopuler</span></h3></div><ul>
<li><a href="/berita-9/">{escape(HEADLINES[8])}</a></li><li><a href="/berita-10/">{escape(HEADLINES[9])}</a></li>
</ul></div><div class="widget"><h3 class="jeg_block_title">Tautan</h3><ul>
<li><a href="https://www.bekasikota.go.id/">Pemerintah Kota Bekasi</a></li></ul></div></div>
</div></div></div></div>
<div class="footer-holder"><footer class="jeg_footer"><div class="container">
<p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan, Kota Bekasi 17141</p>
<p class="copyright">&copy; 2026 Diskominfostandi Kota Bekasi. Hak Cipta Dilindungi.</p></div></footer></div>
</div>
<script src="/wp-content/themes/jnews/assets/js/main.js?ver=11.6.4"></script>
</body>
</html>
"""


def ppid_page(letters: tuple[tuple[str, str, str], ...], day_bar: str = "Rabu, 2 Desember 2026") -> str:
    """Return a PPID's page of circulars on a theme of bare ``<div>``s: a table of ``letters`` (number, subject,
    date), the department's day in its top strip."""
    rows = "".join(
        f'<div class="row baris"><div class="col-1">{i + 1}</div><div class="col-4">Nomor: {escape(number)}</div>'
        f'<div class="col-5"><a href="/ppid/dokumen/{i + 1}/">{escape(subject)}</a></div>'
        f'<div class="col-2">{escape(dated)}</div></div>'
        for i, (number, subject, dated) in enumerate(letters)
    )
    return f"""<!DOCTYPE html>
<html lang="id">
<head><meta charset="utf-8"><title>PPID Dinas Pendidikan Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/ppid.css">
</head>
<body>
<div class="strip"><div class="container"><div class="kiri">{day_bar}</div>
<div class="kanan"><a href="/login">Masuk</a></div></div></div>
<div class="kepala"><div class="container"><img src="/assets/img/logo.png" alt="Logo">
<div class="nama">Pejabat Pengelola Informasi dan Dokumentasi<br>Dinas Pendidikan Kota Bekasi</div></div></div>
<div class="menu"><ul>{_menu("item")}</ul></div>
<div class="container"><div class="row">
<div class="col-md-9"><div class="judul">Surat Edaran dan Pengumuman</div>
<div class="row kepala-tabel"><div class="col-1">No</div><div class="col-4">Nomor Surat</div>
<div class="col-5">Perihal</div><div class="col-2">Tanggal</div></div>
{rows}
<div class="halaman"><span>Halaman 1 dari 4</span> <a href="/ppid/surat/2">Berikutnya</a></div></div>
<div class="col-md-3"><div class="kotak"><div class="judul-kotak">Layanan Informasi</div>
<div><a href="/ppid/permohonan/">Permohonan Informasi</a></div><div><a href="/ppid/keberatan/">Pengajuan Keberatan</a>
</div></div><div class="kotak"><div class="judul-kotak">Kontak</div><div>Telp. (021) 8841 2233</div></div></div>
</div></div>
<div class="kaki"><div class="container"><div>Jl. Lapan No. 1, Bekasi Selatan, Kota Bekasi</div>
<div>&copy; 2026 Dinas Pendidikan Kota Bekasi</div></div></div>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/ppid.js"></script>
</body>
</html>
"""
