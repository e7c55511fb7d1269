"""Stand-ins the earlier rounds left read as the application, and the department's pages that look like them.

- A theme's 404 drawn as a picture in the portal's frame: ``<img alt="404 Not Found">`` and a link back where the
  content goes, the sidebar's news beside it.
- A theme's 404 in Indonesian under a bare "Tidak Ditemukan": "Maaf, tidak ada konten yang sesuai dengan
  permintaan Anda.", in the same frame.
- An admin template's error view (Stisla's) served with 200 at the application's root: "403" over "You do not have
  access to this page.".
- Tiny File Manager open without its login: its table of the server's files, which anyone may open and delete.

``LOOK_ALIKES`` are the department's pages in their words: a search for nothing (its title names the search), a guide
to the 404 with its screenshot, a gallery of numbered photos, a guide to uploading files with the manager's columns,
a FAQ of error codes, Tiny File Manager's own login.
"""

from __future__ import annotations

from vendor_pages import days_ago, latest_posts, tanggal


def _portal(title: str, main: str) -> str:
    """Return a department's WordPress page: its top bar, header and menu, ``main`` as its content, the sidebar of
    its latest news and its footer. Its search widget is headed "Pencarian", as many themes head it."""
    news = latest_posts(4)
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<meta name="generator" content="WordPress 6.6.2"><link rel="stylesheet" href="/wp-content/themes/opd/style.css?ver=1.4">
</head><body><div class="topbar"><span class="contact">(021) 8841 1234 &middot; dinkes@bekasikota.go.id</span>
<span class="social"><a href="https://facebook.com/dinkesbekasi">Facebook</a>
<a href="https://instagram.com/dinkes.bekasi">Instagram</a></span></div>
<header class="site-header"><a class="logo" href="/"><img src="/wp-content/uploads/logo-kota-bekasi.png"
alt="Logo Kota Bekasi"></a><div class="site-title"><h1 class="site-name">Dinas Kesehatan</h1>
<p class="site-desc">Pemerintah Kota Bekasi</p></div><nav class="navbar"><ul class="menu">
<li><a href="/">Beranda</a></li><li><a href="/profil">Profil</a></li><li><a href="/berita">Berita</a></li>
<li><a href="/layanan">Layanan</a></li><li><a href="/ppid">PPID</a></li><li><a href="/galeri">Galeri</a></li>
<li><a href="/unduhan">Unduhan</a></li><li><a href="/kontak">Kontak</a></li></ul></nav></header>
<div id="content" class="site-content container"><div class="row"><main id="primary" class="site-main col-md-8">
{main}</main><aside id="secondary" class="widget-area col-md-4">
<section class="widget widget_search"><h2 class="widget-title">Pencarian</h2>
<form role="search" method="get" class="search-form" action="/"><label>
<span class="screen-reader-text">Cari untuk:</span><input type="search" name="s"></label>
<input type="submit" value="Cari"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{news}</ul></section>
<section class="widget"><h2 class="widget-title">Statistik Pengunjung</h2><ul><li>Hari ini: 312</li>
<li>Total: 812.336</li></ul></section></aside></div></div>
<footer class="site-footer"><p>Jl. Pramuka No. 5, Bekasi Selatan, Kota Bekasi 17141</p>
<p>&copy; {days_ago(0):%Y} Dinas Kesehatan Kota Bekasi. Powered by WordPress.</p></footer></body></html>"""


def _tiny_file_manager(body: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Tiny File Manager</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/css/bootstrap.min.css"></head>
<body class="navbar-fixed">{body}</body></html>"""


def _file_row(name: str, size: str, day: int, perms: str) -> str:
    opened = f"?p={name}" if size == "Folder" else f"?p=&amp;view={name}"
    return (
        f'<tr><td><a href="{opened}">{name}</a></td><td>{size}</td><td>{days_ago(day):%d.%m.%y} 09:12</td>'
        f'<td>{perms}</td><td>www-data:www-data</td><td><a title="Delete" href="?p=&amp;del={name}">&#128465;</a> '
        f'<a title="Rename" href="#">&#9998;</a></td></tr>'
    )


_FILES = "".join(
    _file_row(*row)
    for row in (
        ("assets", "Folder", 40, "0755"),
        ("uploads", "Folder", 2, "0755"),
        ("vendor", "Folder", 90, "0755"),
        (".env", "1.2 KB", 90, "0644"),
        ("config.php", "2.1 KB", 60, "0644"),
        ("index.php", "4.3 KB", 60, "0644"),
    )
)

PICTURED_404 = _portal(
    "Dinas Kesehatan Kota Bekasi",
    """<div class="text-center"><img src="/wp-content/themes/opd/images/404.png" alt="404 Not Found" class="img-fluid">
<p><a href="/" class="btn btn-primary">Kembali ke Beranda</a></p></div>""",
)
UNMATCHED_REQUEST = _portal(
    "Dinas Kesehatan Kota Bekasi",
    """<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Tidak Ditemukan</h1>
</header><div class="page-content"><p>Maaf, tidak ada konten yang sesuai dengan permintaan Anda.</p>
<form role="search" method="get" action="/"><input type="search" name="s"></form></div></section>""",
)
STISLA_403 = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>403 &mdash; e-Arsip</title>
<link rel="stylesheet" href="/assets/css/style.css"><link rel="stylesheet" href="/assets/css/components.css"></head>
<body><div id="app"><section class="section"><div class="container mt-5"><div class="page-error">
<div class="page-inner">
<h1>403</h1><div class="page-description">You do not have access to this page.</div><div class="page-search">
<form><div class="form-group"><input type="text" class="form-control" placeholder="Search"></div></form>
<div class="mt-3"><a href="/">Back to Home</a></div></div></div></div>
<div class="simple-footer mt-5">Copyright &copy; e-Arsip Dinas Arsip dan Perpustakaan 2026</div></div></section></div>
<script src="/assets/modules/jquery.min.js"></script><script src="/assets/js/stisla.js"></script></body></html>"""
OPEN_FILE_MANAGER = _tiny_file_manager(
    f"""<div id="wrapper" class="container-fluid"><nav class="navbar navbar-expand-lg mb-4 main-nav">
<a class="navbar-brand" href="?p="> Tiny File Manager </a><div class="collapse navbar-collapse">
<div class="col-xs-6 col-sm-5"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="?p=" title="/var/www/html">
<i class="fa fa-home"></i></a></li></ol></div></div></nav>
<form action="" method="post" class="pt-3"><div class="table-responsive">
<table class="table table-bordered table-hover table-sm" id="main-table"><thead class="thead-white"><tr>
<th>Name</th><th>Size</th><th>Modified</th><th>Perms</th><th>Owner</th><th>Actions</th></tr></thead>
<tbody>{_FILES}</tbody><tfoot><tr><td colspan="6">Full Size: <span class="badge">7.6 KB</span>
File: <span class="badge">3</span> Folder: <span class="badge">3</span></td></tr></tfoot></table></div></form>
<div class="row"><div class="col-xs-12 col-sm-9"><a href="#" class="btn">Select all</a>
<a href="#" class="btn">Unselect all</a><input type="submit" class="btn" name="delete" value="Delete"></div></div>
</div>"""
)

# (html, reason, quoted)
STAND_INS = (
    (PICTURED_404, "halaman_tidak_ditemukan", "404 Not Found", "pictured_404"),
    (UNMATCHED_REQUEST, "halaman_tidak_ditemukan", "tidak ada konten yang sesuai", "unmatched_request"),
    (STISLA_403, "galat_aplikasi", "You do not have access to this page", "stisla_403"),
    (OPEN_FILE_MANAGER, "daftar_direktori", "pengelola berkas terbuka tanpa login", "open_file_manager"),
)

LOOK_ALIKES = (
    # A search for nothing says the theme's words under its title.
    _portal(
        "Hasil pencarian untuk “vaksin polio” – Dinas Kesehatan Kota Bekasi",
        """<header class="page-header"><h1 class="page-title">Tidak Ditemukan</h1></header>
<div class="page-content"><p>Maaf, tidak ada konten yang sesuai dengan permintaan Anda.</p>
<form role="search" action="/"><input type="search" name="s" value="vaksin polio"></form></div>""",
    ),
    _portal(
        "Dinas Kesehatan Kota Bekasi",
        """<h2 class="archive-title">Hasil Pencarian: vaksin polio</h2><h3>Tidak Ditemukan</h3>
<p>Maaf, tidak ada konten yang sesuai dengan permintaan Anda.</p>""",
    ),
    # A guide to the error with its screenshot, its link back first.
    _portal(
        "Mengatasi Halaman Error 404 – Dinas Kesehatan Kota Bekasi",
        f"""<p><a href="/">&laquo; Kembali ke Beranda</a></p><article><h2>Mengatasi Halaman Error 404 di Layanan
Daring</h2><span class="post-date">{tanggal(days_ago(2))}</span><p>Bila Anda menemui gambar seperti di bawah ini saat
membuka layanan pendaftaran, alamat yang Anda ketik mungkin salah.</p><img src="/uploads/contoh-404.png"
alt="404 Not Found"><p>Periksa kembali alamatnya atau buka layanan dari menu Layanan di atas.</p></article>""",
    ),
    _portal(
        "Panduan SIMPUS – Dinas Kesehatan Kota Bekasi",
        """<p><a href="/">Kembali ke Beranda</a></p><article><p class="lead">Beberapa pesan yang mungkin muncul saat
memakai SIMPUS:</p><img src="/uploads/contoh-404.png" alt="Halaman tidak ditemukan"><p>Gambar di atas muncul bila
tautan sudah kedaluwarsa. Silakan masuk ulang dari beranda SIMPUS, lalu pilih menu Antrean.</p></article>""",
    ),
    # A gallery of numbered photos.
    _portal(
        "Galeri – Dinas Kesehatan Kota Bekasi",
        """<p><a href="/">Kembali ke Beranda</a></p><div class="gallery">"""
        + "".join(f'<img src="/galeri/{n}.jpg" alt="{n}">' for n in range(404, 410))
        + "</div>",
    ),
    # A guide to uploading files shows the manager's columns, after its headline.
    _portal(
        "Panduan Unggah Berkas – Dinas Kesehatan Kota Bekasi",
        """<h2>Panduan Unggah Berkas Laporan Puskesmas</h2><p>Berkas diunggah melalui pengelola berkas internal.</p>
<table><tr><th>Name</th><th>Size</th><th>Modified</th><th>Perms</th><th>Owner</th><th>Actions</th></tr>
<tr><td>laporan-november.pdf</td>
<td>2 MB</td><td>01.12.26</td><td>0644</td><td>admin</td><td>Unduh</td></tr></table>""",
    ),
    # A FAQ of error codes, small and without a menu.
    """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>FAQ SIMPUS</title></head><body>
<h1>FAQ SIMPUS</h1><h2>403</h2><p>You do not have access to this page: artinya akun Anda belum diberi hak akses ke
modul itu. Hubungi admin puskesmas.</p><h2>419</h2><p>Sesi Anda habis: muat ulang halaman lalu masuk lagi.</p>
<p><a href="/">Beranda</a></p></body></html>""",
    # Tiny File Manager behind its login.
    _tiny_file_manager(
        """<section class="h-100"><div class="card fat"><div class="card-body"><h1 class="card-title">Tiny File
Manager</h1><form method="post"><input class="form-control" name="fm_usr" placeholder="Username">
<input type="password" class="form-control" name="fm_pwd" placeholder="Password">
<button type="submit" class="btn btn-success">Login</button></form></div></div>
<div class="footer text-center">&copy; <a href="https://tinyfilemanager.github.io/">CCP Programmers</a></div>
</section>"""
    ),
)
