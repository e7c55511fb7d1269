"""Stand-ins the twelfth round found read as the application, and the department's pages in their words.

- Directory listings of PHP's file listers (Directory Lister 3 and 2, Encode Explorer), of ASP.NET's development
  server ("Directory Listing -- /"), and a storage bucket's XML list of its files (S3's and MinIO's
  ``<ListBucketResult>``), as XML and as HTML.
- WordPress's 404 template inside the portal's whole layout, the site's name its title: marked
  ``<body class="error404">``, its "404" alone or "Anda tersesat? Halaman ini tidak ada."; a theme's headings over
  its sentence (Divi's "No Results Found" / "Tidak Ada Hasil Yang Ditemukan", Sahifa's "Not Found" with "Apologies,
  but …", "Kesalahan 404", "Lost your way?", "Error 404" over "Sepertinya Anda tersesat. Halaman ini tidak ada …",
  "Oops!" over "… gak ada nih"), "We couldn't find that page", "Waduh! Halamannya hilang", and WordPress's own
  empty index in a variant of its translation ("… menemukan yang Anda cari").
- Small notices: "Mohon maaf, sedang dalam proses update", "Sedang ada perbaikan, mohon bersabar ya!", a service
  closed "hingga pemberitahuan lebih lanjut", a countdown's "Segera Diluncurkan", "Nantikan Kami!" over "Website
  resmi … akan segera hadir".
- Azure Front Door's "Our services aren't available right now", passed on with 200.

``LOOK_ALIKES``: a download page of the portal crediting its file list, news of a bucket left open, a post on
fixing an error 404, a search of the portal that found nothing, a small PDAM page of a pipe repair, a Samsat page
closed on a day, an event's "Segera Diluncurkan" under the portal's menu, and a login page whose flash says "Data
sedang dalam proses update".
"""

from __future__ import annotations

from stand_in_pages_s27 import opd_cms_page, opd_news, opd_page, small_notice
from stand_in_pages_s29 import small_portal

DINKES = "Dinas Kesehatan"
SITE_TITLE = "Dinas Kesehatan Kota Bekasi"

# --- directory listings --------------------------------------------------------------------------------------------

DIRECTORY_LISTER = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Home &bull; Directory Lister</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/app/assets/app.css">
</head><body class="flex flex-col min-h-screen font-sans"><header id="header" class="bg-blue-600"><div class="container
flex justify-between items-center mx-auto p-4"><div class="font-mono text-white text-sm"><a href="/">Home</a></div>
<div class="relative flex-1"><input type="text" placeholder="Search this directory..."></div></div></header>
<div id="content" class="flex-grow container mx-auto px-4"><div id="file-list">
<div class="flex justify-between font-bold
p-4"><div class="flex-grow font-mono mr-2">File Name</div><div class="font-mono w-1/6 text-right">Size</div>
<div class="font-mono w-1/4 text-right">Date</div></div><ul>
<li><a href="/?dir=arsip"><div class="flex-1 truncate">arsip</div><div>&mdash;</div><div>2026-12-03 10:00:00</div>
</a></li>
<li><a href="/?dir=backup"><div class="flex-1 truncate">backup</div><div>&mdash;</div>
<div>2026-12-01 08:12:40</div></a></li>
<li><a href="/laporan-keuangan-2026.xlsx"><div class="flex-1 truncate">laporan-keuangan-2026.xlsx</div>
<div>48.21KB</div>
<div>2026-11-29 09:30:00</div></a></li>
<li><a href="/renstra-2025-2029.pdf"><div class="flex-1 truncate">renstra-2025-2029.pdf</div><div>2.10MB</div>
<div>2026-11-20 14:02:11</div></a></li></ul></div></div><footer class="container border-t-2 mx-auto p-4"><div
class="text-sm text-gray-600">Powered by <a href="https://www.directorylister.com">Directory Lister</a></div></footer>
</body></html>"""

DIRECTORY_LISTER_2 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Directory listing of /</title>
<link rel="stylesheet" href="resources/themes/bootstrap/css/style.css"></head><body><div class="container">
<div class="breadcrumb"><a href="?">Home</a></div><ul id="directory-listing">
<li data-name="backup" data-href="?dir=backup"><a href="?dir=backup"><span class="file-name">backup</span>
<span class="file-size">-</span><span class="file-modified">2026-12-01 10:00:00</span></a></li>
<li data-name="db_simpeg.sql" data-href="db_simpeg.sql"><a href="db_simpeg.sql"><span class="file-name">db_simpeg.sql
</span><span class="file-size">12.4MB</span><span class="file-modified">2026-12-01 10:00:00</span></a></li>
<li data-name="uploads" data-href="?dir=uploads"><a href="?dir=uploads"><span class="file-name">uploads</span>
<span class="file-size">-</span><span class="file-modified">2026-11-28 16:40:00</span></a></li></ul>
<div class="footer">Powered by, <a href="http://www.directorylister.com">Directory Lister</a></div></div></body>
</html>"""

ENCODE_EXPLORER = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Encode Explorer</title>
<link rel="stylesheet" href="?css=1"></head><body class="standard"><div id="frame"><div class="breadcrumbs">
<a href="?dir=">Root</a></div><table class="table"><tr class="row one header"><td class="icon"> </td><td class="name">
<a href="?sort_by=name&amp;sort_as=asc">File name</a></td><td class="size">Size</td>
<td class="changed">Last changed</td>
</tr><tr class="row two"><td class="icon"><img alt="dir" src="?img=directory"></td><td class="name">
<a href="?dir=dokumen/"
class="item dir">dokumen</a></td><td class="size">-</td><td class="changed">04.12.2026 10:00</td></tr>
<tr class="row one"><td class="icon"><img alt="pdf" src="?img=pdf"></td><td class="name"><a href="renstra.pdf"
class="item file">renstra.pdf</a></td><td class="size">2.1 MB</td><td class="changed">01.12.2026 09:12</td></tr>
<tr class="row two"><td class="icon"><img alt="xls" src="?img=xls"></td><td class="name"><a href="rekap-absensi.xlsx"
class="item file">rekap-absensi.xlsx</a></td><td class="size">312 KB</td><td class="changed">30.11.2026 15:47</td></tr>
</table></div><div id="bottom">Powered by <a href="http://encode-explorer.siineiolekala.net">Encode Explorer</a></div>
</body></html>"""

ASPNET_LISTING = """<html><head><title>Directory Listing -- /</title><style>body {font-family:"Verdana";font-size: 8pt;}
</style></head><body bgcolor="white"><h2> <i>Directory Listing -- /</i> </h2><hr width=100% size=1 color=silver><PRE>
Friday, December 04, 2026 02:31 PM        &lt;dir&gt; <A href="App_Data">App_Data</A>
Friday, December 04, 2026 02:31 PM        &lt;dir&gt; <A href="bin">bin</A>
Friday, December 04, 2026 02:31 PM         1,204 <A href="Web.config">Web.config</A>
</PRE><hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;ASP.NET Development Server 11.0.0.0
</body></html>"""

BUCKET_LISTING = """<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>dokumen-dinkes</Name><Prefix></Prefix>
<Marker></Marker><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated><Contents><Key>arsip/sk-kadis-2026.pdf</Key>
<LastModified>2026-12-01T03:00:00.000Z</LastModified><ETag>&quot;a1b2c3&quot;</ETag><Size>120334</Size>
<StorageClass>STANDARD</StorageClass></Contents><Contents><Key>backup/simpus-2026-11-30.sql.gz</Key>
<LastModified>2026-11-30T17:00:00.000Z</LastModified><ETag>&quot;d4e5f6&quot;</ETag><Size>48210334</Size>
<StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>"""

DOWNLOAD_PAGE = opd_cms_page(
    "Unduhan Dokumen",
    "<p>Dokumen perencanaan dan laporan Dinas Kesehatan dapat diunduh melalui daftar berikut.</p><ul>"
    '<li><a href="/wp-content/uploads/2026/11/renstra-2025-2029.pdf">Renstra 2025-2029</a> (PDF, 2,1 MB)</li>'
    '<li><a href="/wp-content/uploads/2026/11/lakip-2025.pdf">LKjIP 2025</a> (PDF, 1,4 MB)</li>'
    '<li><a href="/wp-content/uploads/2026/12/rekap-imunisasi.xlsx">Rekap Imunisasi November</a> (XLSX)</li></ul>'
    "<p>Daftar berkas ini disusun dengan plugin File Manager; tampilan direktori lama (Powered by Directory Lister) "
    "sudah tidak digunakan.</p>",
    dept=DINKES,
)
BUCKET_NEWS = opd_news(
    "Diskominfostandi Tutup Akses Publik ke Bucket Penyimpanan yang Menampilkan ListBucketResult",
    "<p>Tim keamanan informasi menemukan sebuah bucket penyimpanan yang dapat dibuka siapa saja dan menampilkan daftar "
    "berkas dalam format XML (ListBucketResult). Akses publik telah ditutup dan seluruh berkas dipindahkan ke "
    "penyimpanan internal.</p><p>Perangkat daerah diminta memeriksa pengaturan bucket masing-masing.</p>",
)

# --- WordPress's 404 and themes' -----------------------------------------------------------------------------------


def wp_404(main: str, body_class: str = "error404 wp-custom-logo") -> str:
    """Return the portal's 404 template: its whole layout, the site's name its title."""
    return opd_page(SITE_TITLE, main, dept=DINKES, body_class=body_class)


_SEARCH_FORM = (
    '<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">'
    'Cari untuk:</span><input type="search" class="search-field" name="s"></label>'
    '<input type="submit" class="search-submit" value="Cari"></form>'
)
WP_404_BARE = wp_404(
    f'<section class="error-404 not-found"><div class="page-content"><p class="big">404</p>'
    f'<a href="/">Beranda</a>{_SEARCH_FORM}</div></section>'
)
WP_404_ASKING = wp_404(
    '<section class="error-404 not-found"><header class="page-header"><h1 class="page-title">Anda tersesat?</h1>'
    f'</header><div class="page-content"><p>Halaman ini tidak ada.</p>{_SEARCH_FORM}</div></section>'
)
WP_404_LOST = wp_404(
    '<section class="error-404 not-found"><h1 class="page-title">Error 404</h1><div class="page-content">'
    f"<p>Sepertinya Anda tersesat.</p>{_SEARCH_FORM}</div></section>"
)


def theme_404(heading: str, sentence: str) -> str:
    """Return a theme's 404 in the portal's layout, without WordPress's body class (a theme of its own)."""
    return wp_404(
        f'<div class="not-found-box"><h1 class="page-title">{heading}</h1><p>{sentence}</p>'
        f'<p><a class="btn" href="/">Kembali ke Beranda</a></p>{_SEARCH_FORM}</div>',
        body_class="page",
    )


DIVI = theme_404(
    "No Results Found",
    "The page you requested could not be found. Try refining your search, or use the navigation above to locate the "
    "post.",
)
DIVI_ID = theme_404(
    "Tidak Ada Hasil Yang Ditemukan",
    "Halaman yang Anda minta tidak dapat ditemukan. Coba perbaiki pencarian Anda, atau gunakan navigasi di atas untuk "
    "menemukan pos.",
)
SAHIFA = theme_404(
    "Not Found", "Apologies, but the page you requested could not be found. Perhaps searching will help."
)
KESALAHAN_404 = theme_404("Kesalahan 404", "Alamat URL yang Anda masukkan tidak valid.")
LOST_YOUR_WAY = theme_404(
    "Lost your way?", "Sorry, we can't find that page. You'll find lots to explore on the home page."
)
COULDNT_FIND = theme_404("We couldn't find that page", "Try searching or go to the home page.")
TERSESAT = theme_404("Error 404", "Sepertinya Anda tersesat. Halaman ini tidak ada di server kami.")
GAK_ADA = theme_404("Oops!", "Halaman yang kamu cari gak ada nih. Yuk balik ke beranda.")
HALAMANNYA_HILANG = theme_404(
    "Waduh! Halamannya hilang", "Sepertinya halaman yang kamu tuju sudah dipindahkan atau dihapus."
)
NOTHING_FOUND_ID = theme_404(
    "Tidak Ada yang Ditemukan",
    "Sepertinya kami tidak dapat menemukan yang Anda cari. Mungkin pencarian dapat membantu.",
)

FIX_404_POST = opd_news(
    "Cara Mengatasi Error 404 pada Website Perangkat Daerah",
    "<p>Error 404 muncul ketika halaman yang dibuka tidak ada di server. Sepertinya Anda tersesat? Tidak juga: "
    "biasanya tautan lama belum diperbarui setelah website dipindahkan.</p><h2>Langkah perbaikan</h2><p>Periksa "
    "pengaturan permalink, lalu simpan ulang. Pastikan berkas .htaccess dapat ditulis.</p>",
)
SEARCH_NOTHING = opd_page(
    f"Hasil pencarian untuk &#8220;vaksin rabies&#8221; &#8211; {DINKES}",
    '<section class="no-results not-found"><header class="page-header"><h1 class="page-title">Tidak Ada yang '
    'Ditemukan</h1></header><div class="page-content"><p>Maaf, tidak ada yang cocok dengan kata kunci pencarian Anda. '
    f"Silakan coba lagi dengan kata kunci yang berbeda.</p>{_SEARCH_FORM}</div></section>",
    dept=DINKES,
    body_class="search search-no-results",
)

# --- small notices -------------------------------------------------------------------------------------------------

PROSES_UPDATE = small_notice(
    "Dinas Perhubungan Kota Bekasi",
    "<h1>Mohon maaf, sedang dalam proses update</h1><p>Silakan kunjungi kembali beberapa saat lagi.</p>",
)
ADA_PERBAIKAN = small_notice(
    "Dinas Perhubungan Kota Bekasi", "<h1>Sedang ada perbaikan, mohon bersabar ya!</h1><p>Tim IT Dishub</p>"
)
CLOSED_UNTIL_NOTICE = small_notice(
    "e-Retribusi",
    "<h1>Layanan Ditutup Sementara</h1><p>Layanan e-Retribusi ditutup sementara hingga pemberitahuan lebih lanjut.</p>",
)
LAUNCHING = small_notice(
    "Segera Diluncurkan",
    "<h1>Segera Diluncurkan</h1><p>Portal Satu Data Kota Bekasi akan segera diluncurkan.</p>"
    '<div class="countdown"><span>20 Hari</span> <span>10 Jam</span> <span>5 Menit</span></div>',
)
STAY_TUNED = small_notice(
    "Dispusip Kota Bekasi",
    "<h1>Nantikan Kami!</h1><p>Website resmi Dinas Perpustakaan dan Kearsipan Kota Bekasi akan segera hadir.</p>",
)
AZURE_FRONT_DOOR = """<!DOCTYPE html><html><head><title>Our services aren't available right now</title><style>
body{font-family:"Segoe UI",sans-serif;color:#333;margin:60px}</style></head><body><h2>Our services aren't available
right now</h2><p>We're working to restore all services as soon as possible. Please check back soon.</p>
<p>0aBcD1234EfGh5678IjKl</p></body></html>"""

PIPE_REPAIR = small_portal(
    "Info Gangguan - PDAM Tirta Patriot",
    '<h1>Info Gangguan</h1><div class="notice"><h2>Mohon maaf, sedang ada perbaikan pipa</h2><p>Aliran air di wilayah '
    "Bekasi Utara terganggu karena perbaikan pipa transmisi, Sabtu pukul 09.00-17.00 WIB.</p></div>",
    dept="PDAM Tirta Patriot",
)
SAMSAT_CLOSED_ON_A_DAY = small_portal(
    "Layanan Samsat Keliling",
    "<h1>Layanan Ditutup Sementara</h1><p>Samsat Keliling di Alun-alun ditutup sementara pada hari Minggu karena "
    "kegiatan Car Free Day. Layanan tetap buka di Kantor Samsat.</p>",
    dept="Samsat Kota Bekasi",
)
EVENT_LAUNCHING = small_portal(
    "Bekasi Expo 2027 - Diskominfostandi Kota Bekasi",
    "<h1>Segera Diluncurkan</h1><p>Aplikasi pendaftaran peserta Bekasi Expo 2027 akan dibuka bulan depan. Pantau "
    'terus kanal resmi kami.</p><p><a href="/berita">Berita lainnya</a></p>',
)
LOGIN_UPDATING_DATA = small_notice(
    "Login - SIMPEG Kota Bekasi",
    '<h1>SIMPEG</h1><div class="alert alert-info">Data sedang dalam proses update dari BKN.</div>'
    '<form method="post" action="/login"><input name="nip" placeholder="NIP"><input type="password" name="password">'
    '<button type="submit">Masuk</button></form>',
)

STAND_INS = [
    (DIRECTORY_LISTER, "daftar_direktori", "Directory Lister", DOWNLOAD_PAGE, "directory-lister"),
    (DIRECTORY_LISTER_2, "daftar_direktori", "Directory listing of /", DOWNLOAD_PAGE, "directory-lister-2"),
    (ENCODE_EXPLORER, "daftar_direktori", "Encode Explorer", DOWNLOAD_PAGE, "encode-explorer"),
    (ASPNET_LISTING, "daftar_direktori", "Directory Listing -- /", DOWNLOAD_PAGE, "aspnet-listing"),
    (BUCKET_LISTING, "daftar_direktori", "ListBucketResult", BUCKET_NEWS, "bucket-as-html"),
    (WP_404_BARE, "halaman_tidak_ditemukan", "404", FIX_404_POST, "wp-404-bare"),
    (WP_404_ASKING, "halaman_tidak_ditemukan", "Halaman ini tidak ada", FIX_404_POST, "wp-404-asking"),
    (WP_404_LOST, "halaman_tidak_ditemukan", "Error 404", FIX_404_POST, "wp-404-lost"),
    (DIVI, "halaman_tidak_ditemukan", "could not be found", SEARCH_NOTHING, "divi"),
    (DIVI_ID, "halaman_tidak_ditemukan", "tidak dapat ditemukan", SEARCH_NOTHING, "divi-id"),
    (SAHIFA, "halaman_tidak_ditemukan", "Apologies, but", SEARCH_NOTHING, "sahifa"),
    (KESALAHAN_404, "halaman_tidak_ditemukan", "Alamat URL yang Anda masukkan", FIX_404_POST, "kesalahan-404"),
    (LOST_YOUR_WAY, "halaman_tidak_ditemukan", "we can't find that page", FIX_404_POST, "lost-your-way"),
    (COULDNT_FIND, "halaman_tidak_ditemukan", "We couldn't find that page", FIX_404_POST, "couldnt-find"),
    (TERSESAT, "halaman_tidak_ditemukan", "Sepertinya Anda tersesat", FIX_404_POST, "tersesat"),
    (GAK_ADA, "halaman_tidak_ditemukan", "gak ada nih", FIX_404_POST, "gak-ada"),
    (HALAMANNYA_HILANG, "halaman_tidak_ditemukan", "Halamannya hilang", FIX_404_POST, "halamannya-hilang"),
    (NOTHING_FOUND_ID, "halaman_tidak_ditemukan", "menemukan yang Anda cari", SEARCH_NOTHING, "nothing-found-id"),
    (PROSES_UPDATE, "dalam_pemeliharaan", "sedang dalam proses update", LOGIN_UPDATING_DATA, "proses-update"),
    (ADA_PERBAIKAN, "dalam_pemeliharaan", "Sedang ada perbaikan", PIPE_REPAIR, "ada-perbaikan"),
    (CLOSED_UNTIL_NOTICE, "dalam_pemeliharaan", "pemberitahuan lebih lanjut", SAMSAT_CLOSED_ON_A_DAY, "closed"),
    (LAUNCHING, "dalam_pemeliharaan", "Segera Diluncurkan", EVENT_LAUNCHING, "launching"),
    (STAY_TUNED, "dalam_pemeliharaan", "Nantikan Kami", EVENT_LAUNCHING, "stay-tuned"),
    (AZURE_FRONT_DOOR, "galat_aplikasi", "Our services aren't available", DOWNLOAD_PAGE, "azure-front-door"),
]
LOOK_ALIKES = [
    DOWNLOAD_PAGE,
    BUCKET_NEWS,
    FIX_404_POST,
    SEARCH_NOTHING,
    PIPE_REPAIR,
    SAMSAT_CLOSED_ON_A_DAY,
    EVENT_LAUNCHING,
    LOGIN_UPDATING_DATA,
]
