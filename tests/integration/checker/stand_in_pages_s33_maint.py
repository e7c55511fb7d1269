"""Notices in the application's place the fourteenth round found read as the application, an article about 404s read
as one, and the department's pages that look like them.

- A news article headlined "404 Halaman Tidak Ditemukan? Ini Cara …" (or "Error 404 Halaman Tidak Ditemukan: …"),
  its date, its prose, the menu and the sidebar: an article about the error, not the error.
- Theme 404s: Twenty Twenty-One translated ("Tidak ada apa-apa di sini"), Newspaper translated ("Ooops... Kesalahan
  404"), Newsup's "4<icon>4", a CodeIgniter portal's alert "Error 404" over "Maaf, URL yang Anda akses salah …".
- Maintenance notices: an official letter closing the site "mulai tanggal 1 s.d. 4 Desember", an application named
  under "Mohon Maaf" as being upgraded or developed, a backup and synchronisation under way, Yii2's maintenance mode.

``LOOK_ALIKES`` are the department's pages in their words: news of an application's upgrade, a beta's banner over its
login, a sync note over a login form, an announcement of a closing in the portal's news, a theme's 404 whose heading
tells the visitor what to do.
"""

from __future__ import annotations

from vendor_pages import days_ago, latest_posts, tanggal


def _portal(main: str, title: str = "Dinas Kesehatan Kota Bekasi", body_class: str = "home page") -> str:
    """Return a department's WordPress page: its header and menu, ``main`` as its content, the sidebar of its latest
    news and its footer."""
    news = latest_posts(6)
    return f"""<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<meta name="generator" content="WordPress 6.7.1"><link rel="stylesheet" href="/wp-content/themes/opd/style.css?ver=1.4">
</head><body class="{body_class}"><div class="topbar"><span>{tanggal(days_ago(0), with_weekday=True)}</span>
<a href="https://facebook.com/dinkesbekasi">Facebook</a> <a href="https://instagram.com/dinkes.bekasi">Instagram</a></div>
<header class="site-header"><a class="logo" href="/"><img src="/wp-content/uploads/logo-kota-bekasi.png"
alt="Logo Kota Bekasi"></a><p class="site-title"><a href="/">Dinas Kesehatan Kota Bekasi</a></p>
<nav class="main-navigation"><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>
<li><a href="/berita/">Berita</a></li><li><a href="/layanan/">Layanan</a></li><li><a href="/ppid/">PPID</a></li>
<li><a href="/galeri/">Galeri</a></li><li><a href="/pengaduan/">Pengaduan</a></li><li><a href="/kontak/">Kontak</a></li>
</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">{main}</main>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search" method="get"
action="/"><label><span class="screen-reader-text">Cari untuk:</span><input type="search" name="s"></label>
<input type="submit" value="Cari"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul>{news}</ul></section>
<section class="widget"><h2 class="widget-title">Kategori</h2><ul><li><a href="/category/berita/">Berita</a> (214)</li>
<li><a href="/category/pengumuman/">Pengumuman</a> (58)</li><li><a href="/category/artikel-kesehatan/">Artikel
Kesehatan</a> (37)</li></ul></section><section class="widget"><h2 class="widget-title">Statistik Pengunjung</h2>
<ul><li>Hari ini: 312</li><li>Kemarin: 845</li><li>Total: 1.204.331</li><li>Online: 7</li></ul></section></aside></div>
<footer class="site-footer"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan, Kota Bekasi 17141</p>
<p>&copy; {days_ago(0):%Y} Dinas Kesehatan Kota Bekasi.</p></footer></body></html>"""


def _notice_page(title: str, card: str) -> str:
    """Return a notice page of its own: a card in the middle, the department's logo above it, no menu."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"></head>
<body class="bg-light"><div class="container py-5"><div class="row justify-content-center"><div class="col-md-7">
<div class="card shadow-sm"><div class="card-body text-center p-5">
<img src="/assets/img/logo-kota-bekasi.png" alt="" width="80" class="mb-3">{card}</div></div></div></div></div>
</body></html>"""


def _article(headline: str) -> str:
    return f"""<article class="post type-post status-publish"><header class="entry-header">
<h1 class="entry-title">{headline}</h1><div class="entry-meta"><span class="posted-on">{tanggal(days_ago(1))}</span>
<span class="byline">oleh <a href="/author/admin/">Admin Dinkes</a></span></div></header>
<div class="entry-content"><p>Sejak migrasi ke domain baru, sebagian warga melaporkan tautan lama tidak dapat dibuka.
Berikut daftar alamat layanan yang baru. Simpan alamat ini agar pendaftaran tidak tertunda.</p><ul>
<li>Pendaftaran online puskesmas: daftar.dinkes.bekasikota.go.id</li>
<li>Informasi stok vaksin: vaksin.dinkes.bekasikota.go.id</li></ul></div></article>"""


ARTICLE_404_ASKED = _portal(
    _article("404 Halaman Tidak Ditemukan? Ini Cara Mengakses Layanan Online Dinkes yang Baru"),
    "404 Halaman Tidak Ditemukan? Ini Cara Mengakses Layanan Online Dinkes yang Baru &#8211; Dinas Kesehatan",
    "post-template-default single single-post",
)
ARTICLE_404_COLON = _portal(
    _article("Error 404 Halaman Tidak Ditemukan: Ini Cara Mengakses Layanan Online Dinkes yang Baru"),
    body_class="home page-template-default page",
)

TT1_404_TRANSLATED = _portal(
    """<header class="page-header alignwide"><h1 class="page-title">Tidak ada apa-apa di sini</h1></header>
<div class="error-404 not-found default-max-width"><div class="page-content"><p>Sepertinya tidak ada yang ditemukan
di lokasi ini. Mungkin coba cari?</p><form role="search" method="get" action="/"><input type="search" name="s">
</form></div></div>""",
    "Dinas Kesehatan Kota Bekasi",  # an SEO plugin's title for every page
    "error404 wp-embed-responsive is-light-theme",
)
NEWSPAPER_404_TRANSLATED = _portal(
    """<div class="td-404-title">Ooops... Kesalahan 404</div><div class="td-404-sub-title">Maaf, halaman yang Anda
cari tidak ada.</div><div class="td-404-sub-sub-title">Anda dapat kembali ke <a href="/">BERANDA</a></div>
<h4 class="block-title"><span>POSTINGAN TERBARU KAMI</span></h4>"""
    + "".join(
        f'<div class="td_module_1"><h3 class="entry-title"><a href="/berita/{n}/">{headline}</a></h3>'
        f'<span class="td-post-date">{tanggal(days_ago(n))}</span></div>'
        for n, headline in (
            (1, "Wali Kota Bekasi Resmikan Puskesmas Rawat Inap Bantargebang"),
            (4, "Dinas Kesehatan Gelar Vaksinasi Polio Serentak di 56 Kelurahan"),
        )
    ),
    "Dinas Kesehatan Kota Bekasi",
    "error404 td-standard-pack global-block-template-1",
)
NEWSUP_404 = _portal(
    """<div class="mg-error-404"><h1>4<i class="fa fa-times-circle-o"></i>4</h1><h4>Oops! Halaman tidak ditemukan</h4>
<p>Kami mohon maaf, tetapi halaman yang Anda cari tidak ada.</p><a href="/" class="btn btn-theme">Kembali ke
Beranda</a></div>""",
    body_class="wp-embed-responsive",
)
# A theme's 404 whose heading goes on with what the visitor should do, not a headline's subtitle.
THEME_404_ASKS = _portal(
    """<div class="error-page text-center"><h1>404 Halaman Tidak Ditemukan: Silakan periksa kembali alamat URL</h1>
<p>Halaman mungkin telah dipindahkan atau dihapus. Gunakan menu di atas. Atau cari di kotak pencarian.</p></div>""",
)
CI_ALERT_404 = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Sosial Kota Bekasi</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head><body>
<div id="header"><div class="container"><img src="/assets/img/logo.png" alt=""> <span>DINAS SOSIAL KOTA BEKASI</span>
</div></div><div class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">HOME</a></li><li><a href="/profil">PROFIL</a></li><li><a href="/berita">BERITA</a></li>
<li><a href="/bansos">BANSOS</a></li><li><a href="/dtks">CEK DTKS</a></li><li><a href="/kontak">KONTAK</a></li></ul>
</div></div><div class="container"><div class="row"><div class="col-md-8" id="content">
<div class="alert alert-danger"><h4>Error 404</h4>Maaf, URL yang Anda akses salah atau halaman sudah tidak
tersedia.</div>
</div><div class="col-md-4" id="sidebar"><div class="panel panel-primary"><div class="panel-heading">PENGUMUMAN</div>
<div class="panel-body"><ul><li><a href="/pengumuman/12">Jadwal Penyaluran BPNT Tahap IV</a></li>
<li><a href="/pengumuman/11">Verifikasi DTKS Kelurahan</a></li></ul></div></div></div></div></div>
<div id="footer"><div class="container">&copy; 2026 Dinas Sosial Kota Bekasi</div></div></body></html>"""

SERVER_MOVE_LETTER = _notice_page(
    "Pemberitahuan",
    f"""<h3>Pemberitahuan</h3><p>Sehubungan dengan adanya pemindahan server ke Pusat Data Daerah Kota Bekasi, layanan
website ini untuk sementara tidak dapat diakses mulai tanggal {days_ago(1).day} s.d. {tanggal(days_ago(-3))}.</p>
<p>Atas perhatiannya kami ucapkan terima kasih.</p><p class="text-muted">Diskominfostandi Kota Bekasi</p>""",
)

# (html, reason, quoted, name)
STAND_INS = (
    (TT1_404_TRANSLATED, "halaman_tidak_ditemukan", "tidak ada yang ditemukan di lokasi ini", "tt1_404_translated"),
    (NEWSPAPER_404_TRANSLATED, "halaman_tidak_ditemukan", "halaman yang Anda cari tidak ada", "newspaper_404_id"),
    (NEWSUP_404, "halaman_tidak_ditemukan", "Halaman tidak ditemukan", "newsup_404"),
    (THEME_404_ASKS, "halaman_tidak_ditemukan", "Silakan periksa kembali alamat URL", "theme_404_asks"),
    (CI_ALERT_404, "halaman_tidak_ditemukan", "URL yang Anda akses salah", "ci_alert_404"),
    (SERVER_MOVE_LETTER, "dalam_pemeliharaan", "tidak dapat diakses mulai tanggal", "server_move_letter"),
)

_LOGIN_FORM = """<form method="post" action="/login"><input type="hidden" name="_token" value="b1X9kq2LmPz">
<input class="form-control" name="nip" placeholder="NIP"><input class="form-control" type="password" name="password"
placeholder="Kata Sandi"><button type="submit" class="btn btn-primary w-100">Masuk</button></form>"""

LOOK_ALIKES = (
    ARTICLE_404_ASKED,
    ARTICLE_404_COLON,
    # The article as the home page's single post, under the site's own title.
    _portal(_article("404 Halaman Tidak Ditemukan? Ini Cara Mengakses Layanan Online Dinkes yang Baru")),
    # News of an application's upgrade, the service running on.
    _portal(
        f"""<article class="post"><h1 class="entry-title">Aplikasi SiPARKIR Ditingkatkan ke Versi Terbaru</h1>
<span class="posted-on">{tanggal(days_ago(2))}</span><p>Aplikasi SiPARKIR sedang dalam proses upgrade ke versi
terbaru oleh Bidang Aptika. Selama proses berlangsung layanan tetap dapat digunakan seperti biasa.</p>
<p>Versi baru menambah pembayaran retribusi melalui QRIS dan laporan harian bagi juru parkir.</p></article>"""
    ),
    # A beta's banner over the application's login.
    _notice_page(
        "Login &#8211; e-Kinerja Kota Bekasi",
        f"""<div class="alert alert-info">Aplikasi e-Kinerja sedang dalam tahap pengembangan; laporkan kendala ke
Helpdesk BKPSDM.</div><h4>Masuk</h4>{_LOGIN_FORM}""",
    ),
    # A synchronisation note over the login form: the application works.
    _notice_page(
        "Login &#8211; SIMPEG Kota Bekasi",
        f"""<div class="alert alert-warning">Data sedang dalam proses sinkronisasi dengan BKN. Bila data Anda belum
sesuai, silakan coba beberapa saat lagi.</div><h4>Masuk</h4>{_LOGIN_FORM}""",
    ),
    # An announcement of a closing to come, among the portal's news.
    _portal(
        "".join(
            f'<article class="post"><h2 class="entry-title"><a href="/berita/{n}/">{headline}</a></h2>'
            f'<span class="posted-on">{tanggal(days_ago(n))}</span><p>{summary}</p></article>'
            for n, headline, summary in (
                (
                    1,
                    "Pemberitahuan Pemindahan Server",
                    f"Layanan website SIMPUS untuk sementara tidak dapat diakses mulai tanggal {days_ago(-6).day} "
                    f"s.d. {tanggal(days_ago(-8))} karena pemindahan server ke Pusat Data Daerah.",
                ),
                (3, "Imunisasi Kejar di Puskesmas Bekasi Jaya", "Imunisasi kejar digelar bagi balita di 12 posyandu."),
                (5, "Waspada Demam Berdarah", "Warga diminta menguras, menutup, dan mendaur ulang barang bekas."),
            )
        )
    ),
    # A guide to the error under its own headline.
    _portal(
        f"""<article class="post"><h1 class="entry-title">Mengenal Pesan Error 404 dan Cara Mengatasinya</h1>
<span class="posted-on">{tanggal(days_ago(4))}</span><p>Pesan "404 Halaman Tidak Ditemukan" muncul bila alamat yang
diketik salah. Periksa kembali alamatnya. Bila masih muncul, hubungi admin.</p></article>""",
        "Mengenal Pesan Error 404 &#8211; Dinas Kesehatan Kota Bekasi",
    ),
)


# --- Narrowed after a red team: the department's pages these rules first read as notices, and 404s they let by ---


def _app_landing(title: str, body: str) -> str:
    """Return an application's landing page of its own: its logo, its name, ``body``, no site's menu."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head><body class="bg-light">
<div class="container text-center py-5"><img src="/assets/img/logo-kota-bekasi.png" alt="" height="72" class="mb-3">
{body}<p class="text-muted small mt-4">&copy; {days_ago(0):%Y} Pemerintah Kota Bekasi</p></div>
<script src="/assets/js/bootstrap.bundle.min.js"></script></body></html>"""


def _home_news() -> str:
    """Return a home page's list of the department's latest posts, each headline linked and dated."""
    return "".join(
        f'<article class="post type-post"><h2 class="entry-title"><a href="/berita/{n}/">{headline}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on">{tanggal(days_ago(n))}</span> oleh Admin</div>'
        f"<p>{summary}</p></article>"
        for n, headline, summary in (
            (1, "Pelayanan Izin Usaha Mikro Kini Bisa Lewat OSS", "Pelaku usaha mikro cukup mendaftar satu kali."),
            (3, "DPMPTSP Gelar Sosialisasi PBG di Kecamatan Jatiasih", "Warga diajak mengurus PBG sebelum membangun."),
            (6, "Realisasi Investasi Triwulan III Capai Target", "Nilai investasi naik dibanding triwulan lalu."),
        )
    )


# (html, name): each stays aktif and update.
RED_TEAM_LOOK_ALIKES = (
    # A home page's announcement box under an apology, over its news: a new look under way.
    (
        _portal(
            """<section class="announcement"><h2>Mohon Maaf</h2><p>Website DPMPTSP Kota Bekasi sedang dalam tahap
pengembangan tampilan baru. Masukan Anda sangat kami harapkan.</p></section>"""
            + _home_news()
        ),
        "home_box_over_news",
    ),
    # Work set for a day to come, under an apology in the portal's frame.
    (
        _portal(
            f"""<div class="notice"><h2>Mohon Maaf</h2><p>Aplikasi e-Perizinan sedang dalam proses upgrade ke versi 2.0
pada {tanggal(days_ago(-7), with_weekday=True)} pukul 22.00&ndash;24.00 WIB.
Selama waktu tersebut layanan tidak dapat digunakan.</p>
</div>""",
            "e-Perizinan &#8211; DPMPTSP Kota Bekasi",
        ),
        "apology_work_ahead",
    ),
    # A new look's banner over the application's login under an apology.
    (
        _app_landing(
            "SiPARKIR Kota Bekasi",
            f"""<h2>Mohon Maaf atas Ketidaknyamanan</h2><p>Aplikasi SiPARKIR sedang dalam pembaruan tampilan. Silakan
login untuk melanjutkan transaksi.</p>{_LOGIN_FORM}""",
        ),
        "apology_over_login",
    ),
    # A kiosk's sync note, sending the visitor away only if the data is missing, over its NIK form.
    (
        _app_landing(
            "Anjungan Informasi Dukcapil",
            """<h1>Anjungan Informasi Mandiri</h1><p class="small">Sistem sedang dalam proses sinkronisasi data dengan
server pusat. Jika data belum muncul, coba beberapa saat lagi.</p><form action="/cek"><input name="nik"
placeholder="Masukkan NIK"><button class="btn btn-primary">Cek Status Dokumen</button></form>""",
        ),
        "kiosk_sync_note",
    ),
    # A sync on a schedule, said on the application's landing.
    (
        _app_landing(
            "e-Kinerja Kota Bekasi",
            """<h1>e-Kinerja</h1><p>Sistem sedang dalam proses sinkronisasi data dengan SIMPEG setiap pukul 00.00 WIB.
Data dapat diakses kembali setelah pukul 01.00 WIB.</p><a href="/login" class="btn btn-primary">Masuk</a>""",
        ),
        "sync_on_schedule",
    ),
    # A dashboard showing last semester's data under its sync note.
    (
        _app_landing(
            "Dashboard Data Pendidikan",
            """<h1>Dashboard Data Pendidikan</h1><div class="alert alert-info">Sistem sedang dalam proses sinkronisasi
data dengan Dapodik. Data terbaru dapat diakses kembali setelah proses selesai, data di bawah adalah data semester
lalu.</div><table class="table"><tr><th>Jenjang</th><th>Sekolah</th><th>Siswa</th></tr><tr><td>SD</td><td>412</td>
<td>198.220</td></tr><tr><td>SMP</td><td>187</td><td>96.110</td></tr></table>""",
        ),
        "dashboard_sync_note",
    ),
    # A closing to come, announced on the application's landing.
    (
        _app_landing(
            "SIMPEG Kota Bekasi",
            f"""<h1>SIMPEG Kota Bekasi</h1><p>Pemberitahuan: aplikasi SIMPEG tidak dapat diakses mulai tanggal
{days_ago(-7).day} s.d. {tanggal(days_ago(-8))} karena pemindahan server.</p><a href="/login">Masuk</a>
<a href="/panduan">Panduan</a> <a href="/kontak">Kontak</a>""",
        ),
        "closing_ahead",
    ),
    # An article whose headline goes on past the 404's words after a comma, in headline case.
    (_portal(_article("404 Halaman Tidak Ditemukan, Warga Keluhkan Portal Pajak Daerah")), "article_404_comma"),
)

_LATEST = '<h2 class="section-title">Berita Terbaru</h2>' + "".join(
    f'<div class="post-item"><h3><a href="/berita/{n}/">{headline}</a></h3><span class="date">'
    f"{tanggal(days_ago(n))}</span></div>"
    for n, headline in (
        (1, "Rapat Koordinasi Kader Posyandu Se-Kota Bekasi"),
        (4, "Imunisasi Kejar di Puskesmas Bekasi Jaya"),
        (7, "Waspada Demam Berdarah di Musim Hujan"),
    )
)
# (html, reason, quoted, name): a custom theme's 404 whose heading goes on, past its colon, with the page gone.
RED_TEAM_STAND_INS = (
    (
        _portal(
            """<div class="error-page"><h1>404 Not Found: Halaman Sudah Dipindahkan ke Portal Baru</h1><p>Semua layanan
Dinas kini tersedia di portal baru. Gunakan menu di atas untuk melanjutkan penelusuran. Terima kasih.</p></div>"""
            + _LATEST,
        ),
        "halaman_tidak_ditemukan",
        "Halaman Sudah Dipindahkan",
        "404_page_moved",
    ),
    (
        _portal(
            """<div class="error-page"><h1>404 Not Found: This Page Has Been Removed</h1><p>This content is no longer
available on our website. Please use the search box or browse the latest news below.</p></div>"""
            + _LATEST,
        ),
        "halaman_tidak_ditemukan",
        "This Page Has Been Removed",
        "404_page_removed",
    ),
)


def _small_page(title: str, body: str) -> str:
    """Return an application's small page of its own under its domain: a centred box, no menu."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:Arial;text-align:center;padding:60px;background:#f4f6f9}}</style></head>
<body><div class="box">{body}</div></body></html>"""


_SERVICES = "".join(
    f'<div class="col-md-3 layanan"><a href="/layanan/{slug}"><h4>{name}</h4></a><p>{said}</p></div>'
    for slug, name, said in (
        ("izin-praktik", "Izin Praktik", "Pengajuan surat izin praktik tenaga kesehatan secara daring."),
        ("rujukan", "Rujukan Online", "Informasi rujukan pasien ke rumah sakit mitra."),
        ("jadwal", "Jadwal Posyandu", "Jadwal posyandu di 12 kecamatan Kota Bekasi."),
        ("pengaduan", "Pengaduan", "Sampaikan keluhan dan saran pelayanan kesehatan."),
    )
)
# The second red team's working pages (round three): an apology over a part of the site at work, or over a service
# still running; a sync's note of one part of the data; a registrar's words with an agent; a past bandwidth limit; a
# placeholder's words in a portal's frame; a weekly closing of an office's service, the application running on.
H3_LOOK_ALIKES = (
    (
        _portal(
            """<div class="alert alert-warning"><h2>Mohon Maaf</h2><p>Sistem SIAP sedang dalam proses upgrade, namun
pendaftaran antrean masih dapat dilakukan seperti biasa.</p><a href="/antrean">Daftar Antrean</a></div>""",
            "SIAP Disdukcapil Kota Bekasi",
        ),
        "apology_still_working",
    ),
    (
        _portal(
            """<h2>Sorry!</h2><p>The application is undergoing technical work on its reporting module only.</p>
<h3>Ringkasan Data</h3><table class="table"><tr><th>Indikator</th><th>Nilai</th></tr><tr><td>Jumlah Puskesmas</td>
<td>42</td></tr><tr><td>Rumah Sakit</td><td>47</td></tr><tr><td>Posyandu Aktif</td><td>1.284</td></tr></table>""",
            "Dashboard Kesehatan Kota Bekasi",
        ),
        "sorry_one_module",
    ),
    (
        _portal(
            """<h2>Mohon Maaf</h2><p>Website Dinas Kesehatan Kota Bekasi sedang dalam tahap pengembangan menuju versi
baru. Sementara itu informasi pelayanan dapat dibaca di halaman ini.</p><div class="row">"""
            + _SERVICES
            + "</div>",
        ),
        "apology_new_version",
    ),
    (
        _notice_page(
            "Cek Penerima Bansos &#8211; Dinas Sosial Kota Bekasi",
            """<h2>Cek Penerima Bansos</h2><p>Data penerima tahap II sedang dalam proses sinkronisasi dengan DTKS
Kemensos dan dapat diakses kembali setelah proses selesai. Data tahap I dapat dicek melalui formulir di bawah.</p>
<form method="get" action="/cek"><input name="nik" placeholder="Masukkan NIK"><button>Cek</button></form>""",
        ),
        "sync_of_one_part",
    ),
    (
        _small_page(
            "sipedas-bekasi.id",
            """<h1>sipedas-bekasi.id</h1><p>Domain ini telah didaftarkan oleh Dinas Perhubungan Kota Bekasi.</p>
<p><a href="/login">Masuk</a></p>""",
        ),
        "registered_by_department",
    ),
    (
        _small_page(
            "ppdb-bekasikota.id",
            """<h1>ppdb-bekasikota.id</h1><p>Pendaftaran belum dibuka. Situs belum tersedia.</p>
<p>Info: (021) 8894123</p>""",
        ),
        "ppdb_not_yet_open",
    ),
    (
        _small_page(
            "Info Hosting",
            """<h2>Info</h2><p>Website ini telah melebihi kuota bandwidth bulan lalu, dan paket telah ditingkatkan oleh
Diskominfo.</p><a href="/">Beranda</a>""",
        ),
        "bandwidth_limit_past",
    ),
    (
        _portal(
            """<h1>Welcome to your new website!</h1><p>Website Kelurahan Jakasampurna kini hadir dengan tampilan baru.
Temukan informasi layanan, agenda dan pengumuman di sini.</p><div class="row">"""
            + _SERVICES
            + "</div>",
            "Kelurahan Jakasampurna",
        ),
        "welcome_hero",
    ),
    (
        _small_page(
            "SIMBG Kota Bekasi",
            """<h2>SIMBG</h2><p>Layanan konsultasi tatap muka tidak dapat diakses mulai hari Sabtu s.d. Minggu;
pengajuan PBG daring tetap melalui tombol di bawah.</p><p><a href="/pbg">Ajukan PBG</a></p>""",
        ),
        "weekend_closing_online_open",
    ),
)

_WORK_ON = """<p>Selama proses ini berlangsung, seluruh layanan informasi pada website ini tidak dapat digunakan. Untuk
keperluan mendesak, masyarakat dapat datang langsung ke kantor kami di Jl. Ir. H. Juanda No. 100, Bekasi Timur, pada
jam kerja Senin sampai Jumat pukul 08.00 hingga 15.00 WIB.</p><p>Pengaduan dapat disampaikan melalui WhatsApp
0812-8888-1234 atau surel dinsos@bekasikota.go.id. Permohonan informasi publik dapat diajukan melalui PPID Kota
Bekasi. Kami memohon maaf atas ketidaknyamanan ini dan berterima kasih atas kesabaran Bapak/Ibu sekalian.</p>
<p>Hormat kami,<br>Tim Pengelola Website Dinas Sosial Kota Bekasi</p>"""


def _apology(sentence: str) -> str:
    """Return a maintenance page in the theme's frame, its content too long for a notice alone."""
    return _portal(f"<h1>Mohon Maaf</h1><p>{sentence}</p>{_WORK_ON}", "Dinas Sosial Kota Bekasi", "page")


# (html, quoted, name): work under way today, or until a day or an hour to come, under an apology.
H3_STAND_INS = (
    (
        _apology(
            "Website Dinas Sosial Kota Bekasi sedang dalam perbaikan mulai pukul 08.00 hingga 16.00 WIB hari ini."
        ),
        "sedang dalam perbaikan",
        "work_since_this_morning",
    ),
    (_apology("Website ini sedang dalam pemeliharaan sampai besok pagi."), "dalam pemeliharaan", "work_until_tomorrow"),
    (
        _apology(
            "Website Dinas Sosial Kota Bekasi sedang dalam perbaikan dan akan kembali normal pada "
            f"{tanggal(days_ago(-2))}."
        ),
        "sedang dalam perbaikan",
        "work_until_a_day",
    ),
)
