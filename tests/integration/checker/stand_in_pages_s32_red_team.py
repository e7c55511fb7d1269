"""The thirteenth round's stand-ins after a red team: the department's pages they were taken for, and what they miss.

``LOOK_ALIKES`` were read as stand-ins: a search for nothing whose title says it in the search's own words ("Cari:
…", "Anda mencari …") or whose body's class says it (WordPress's "search", "archive", "home"), its heading in a
banner outside the content; a home whose first list is empty over its news; a PPID page with no results this year
over last year's documents; a gallery with a "Halaman Tidak Ditemukan" poster; a small page's "403" over a sentence
that goes on; a PPID table of the file manager's columns linked by WordPress's shortlinks.

``STAND_INS`` were missed: an application named for searching ("Pencarian Data Pegawai", "SIPENCARI") that shows its
404; a pictured 404 with "Oops!" above its link back; admin templates' 403 in other words.
"""

from __future__ import annotations

from vendor_pages import days_ago, latest_posts, tanggal


def _portal(title: str, main: str, body_class: str = "page", banner: str = "", site: str = "Dinas Kesehatan") -> str:
    """Return a department's WordPress page: its top bar, header and menu, a banner over the content (``banner``, the
    page's own name, outside ``<main>``), ``main`` as its content, the sidebar of its latest news and its footer."""
    news = latest_posts(3)
    header = f'<div class="page-banner"><div class="container"><h1>{banner}</h1></div></div>' if banner else ""
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" href="/wp-content/themes/opd/style.css?ver=1.4">
</head><body class="{body_class}"><div class="topbar"><span class="contact">(021) 8841 1234 &middot;
dinkes@bekasikota.go.id</span></div>
<header class="site-header"><a class="logo" href="/"><img src="/wp-content/uploads/logo-kota-bekasi.png"
alt="Logo Kota Bekasi"></a><div class="site-title"><p class="site-name"><a href="/">{site}</a></p>
<p class="site-desc">Pemerintah Kota Bekasi</p></div><nav class="navbar"><ul class="menu">
<li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li>
<li><a href="/layanan">Layanan</a></li><li><a href="/ppid">PPID</a></li><li><a href="/galeri">Galeri</a></li>
<li><a href="/kontak">Kontak</a></li></ul></nav></header>{header}
<div id="content" class="site-content container"><div class="row"><main id="primary" class="site-main col-md-8">
{main}</main><aside id="secondary" class="widget-area col-md-4">
<section class="widget widget_search"><h2 class="widget-title">Pencarian</h2>
<form role="search" method="get" class="search-form" action="/"><input type="search" name="s">
<input type="submit" value="Cari"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{news}</ul></section>
</aside></div></div>
<footer class="site-footer"><p>Jl. Pramuka No. 5, Bekasi Selatan, Kota Bekasi 17141</p>
<p>&copy; {days_ago(0):%Y} {site} Kota Bekasi. Powered by WordPress.</p></footer></body></html>"""


def _small(title: str, body: str, lang: str = "id") -> str:
    """Return an application's small page without a site's menu: an admin template's view."""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/css/app.css">
</head><body>{body}<script src="/assets/js/app.js"></script></body></html>"""


def _post(days: int, headline: str, slug: str) -> str:
    return (
        f'<article class="post"><h2 class="entry-title"><a href="/{days_ago(days):%Y/%m/%d}/{slug}/">{headline}</a>'
        "</h2>"
        f'<div class="entry-meta">{tanggal(days_ago(days))} | Admin</div><p>Kegiatan {headline.lower()} dilaksanakan '
        "oleh dinas bersama kader dan warga setempat.</p></article>"
    )


_NOTHING = "<h1>Tidak Ditemukan</h1><p>Maaf, tidak ada konten yang sesuai dengan permintaan Anda.</p>"
_NEWS = (
    _post(1, "Rapat Koordinasi Kader Posyandu", "rapat-kader")
    + _post(3, "Imunisasi Kejar di Puskesmas Pengasinan", "imunisasi")
    + _post(5, "Pelatihan Kader Jumantik Kecamatan Bantargebang", "jumantik")
)
_LAYANAN = (
    '<section class="layanan"><h2>Layanan Kami</h2><ul><li><a href="/layanan/rujukan">Rujukan Online</a></li>'
    '<li><a href="/layanan/antrean">Antrean Puskesmas</a></li></ul></section>'
)
_DOCUMENTS = "".join(
    f'<tr><td><a href="/?p={1200 + n}">{name}</a></td><td>{size}</td><td>{tanggal(days_ago(days))}</td>'
    f'<td>Publik</td><td>PPID Pelaksana</td><td><a href="/?p={1200 + n}">Lihat</a></td></tr>'
    for n, (name, size, days) in enumerate(
        (("Laporan Kinerja 2025", "2 MB", 3), ("Renstra 2026-2031", "3,4 MB", 40), ("DIP 2026", "540 KB", 60))
    )
)

# (html, name)
LOOK_ALIKES = (
    # Searches for nothing: the title in the search's words, or the body's class.
    (
        _portal(
            "Cari: vaksin polio &#8211; Dinas Kesehatan Kota Bekasi",
            _NOTHING.replace("</p>", " Silakan coba lagi dengan kata lain.</p>"),
            "search search-no-results",
        ),
        "search_cari_title",
    ),
    (
        _portal(
            "Anda mencari &#8220;bansos&#8221; | Dinas Sosial",
            _NOTHING,
            "search search-no-results",
            site="Dinas Sosial",
        ),
        "search_anda_mencari",
    ),
    (
        _portal("Dinas Kesehatan Kota Bekasi", _NOTHING, "search search-no-results", banner="Hasil Pencarian: vaksin"),
        "search_heading_in_a_banner",
    ),
    (
        _portal(
            "Dinas Kesehatan Kota Bekasi",
            "<h1>Tidak Ada Hasil Ditemukan</h1><p>Maaf, tidak ada hasil yang sesuai dengan permintaan Anda. Coba kata "
            "kunci lain.</p>",
            "search search-no-results",
        ),
        "search_no_results",
    ),
    (
        _portal("Pengumuman &#8211; Dinas Kesehatan", _NOTHING, "archive category category-pengumuman", "Pengumuman"),
        "empty_category",
    ),
    # A home whose first list is empty, over its news: WordPress's class, or a theme's own home with its posts.
    (_portal("Dinas Kesehatan Kota Bekasi", _NOTHING + _LAYANAN + _NEWS, "home blog"), "home_first_loop_empty"),
    (_portal("Beranda - Dinas Kesehatan Kota Bekasi", _NOTHING + _LAYANAN + _NEWS, ""), "home_posts_after_notice"),
    (
        _portal(
            "PPID - Dinas Perhubungan",
            "<h3>Maaf</h3><p>Tidak ada hasil yang sesuai dengan permintaan Anda pada tahun anggaran ini. Dokumen tahun "
            '2026 diunggah setelah disahkan.</p><h3>Dokumen Tahun 2025</h3><ul><li><a href="/ppid/dok/1">DPA 2025</a>'
            '</li><li><a href="/ppid/dok/2">Renja 2025</a></li></ul>',
            site="Dinas Perhubungan",
        ),
        "ppid_no_results_this_year",
    ),
    # A gallery whose first poster is named "Halaman Tidak Ditemukan".
    (
        _portal(
            "Galeri Lomba Poster &#8211; Dinas Kominfo",
            '<p><a href="/">&larr; Kembali ke Beranda</a></p><div class="gallery"><img src="/galeri/juara1.jpg" '
            'alt="Halaman Tidak Ditemukan"><img src="/galeri/juara2.jpg" alt="Juara 2: Bijak Bermedia Sosial"></div>',
            site="Dinas Kominfo",
        ),
        "gallery_poster",
    ),
    # A "403" over a sentence that goes on.
    (
        _small(
            "Kode Status Layanan API",
            "<h2>403</h2><p>You do not have access to this page unless your API key is registered; daftar kunci di "
            "portal Satu Data.</p><h2>404</h2><p>Resource tidak ada.</p><h2>429</h2><p>Terlalu banyak permintaan.</p>",
        ),
        "api_status_codes",
    ),
    (
        _small(
            "Display Antrean - Disdukcapil",
            '<div class="display"><h1>403</h1><p>Anda tidak memiliki akses ke halaman ini selain petugas loket; nomor '
            "antrean dipanggil: A-403 ke Loket 3.</p></div><div>Disdukcapil Kota Bekasi &copy; 2026</div>",
        ),
        "queue_display",
    ),
    # The manager's columns over documents linked by WordPress's shortlinks.
    (
        _small(
            "Repositori Dokumen SAKIP",
            "<table><tr><th>Name</th><th>Size</th><th>Modified</th><th>Perms</th><th>Owner</th><th>Actions</th></tr>"
            f"{_DOCUMENTS}</table><p>Dokumen SAKIP Bappelitbangda Kota Bekasi</p>",
        ),
        "shortlinked_documents",
    ),
)

# (html, reason, quoted, name)
STAND_INS = (
    (
        _small(
            "Pencarian Data Pegawai - BKPSDM", "<h1>Tidak Ditemukan</h1><p>Alamat yang Anda buka tidak tersedia.</p>"
        ),
        "halaman_tidak_ditemukan",
        "Tidak Ditemukan",
        "app_named_for_searching",
    ),
    (
        _portal("SIPENCARI &#8211; Sistem Pencarian Arsip Dinas Arsip", _NOTHING, site="Dinas Arsip"),
        "halaman_tidak_ditemukan",
        "tidak ada konten yang sesuai",
        "portal_named_for_searching",
    ),
    (
        _portal(
            "Dinas Kesehatan Kota Bekasi",
            '<div class="text-center"><img src="/images/404.svg" alt="404 Not Found"><p>Oops!</p>'
            '<p><a href="/" class="btn">Kembali ke Beranda</a></p></div>',
        ),
        "halaman_tidak_ditemukan",
        "404 Not Found",
        "pictured_404_oops",
    ),
    (
        _small(
            "403 - SIMPEG",
            '<div class="page-error"><h1>403</h1><p>Maaf, Anda tidak berhak mengakses halaman ini.</p>'
            '<a href="/">Kembali</a></div>',
        ),
        "galat_aplikasi",
        "tidak berhak mengakses halaman ini",
        "denied_not_entitled",
    ),
    (
        _small(
            "403 Error",
            '<h1>Error 403</h1><p>Sorry, you are not authorized to access this page.</p><a href="/">Go Home</a>',
            "en",
        ),
        "galat_aplikasi",
        "not authorized to access this page",
        "denied_not_authorized",
    ),
)
