"""A department's small applications whose few words read like a stand-in's, and the stand-ins they must not hide
(session 36).

``BOARDS``: a road office's applications headed "Pemeliharaan" (their menu's word for the maintenance of roads,
lamps, drains and vehicles) over a table or a list of the works: aktif. ``MAINTENANCE``: the same applications closed
for a while under the same heading ("sedang dilakukan pemeliharaan sistem"): dalam_pemeliharaan.

``ADMIN_NOTES``: a small application headed "It works!" over its admin's note, under the site's menu: aktif.
``APACHE``: Apache's own "It works!" page, as its versions ship it: halaman_bawaan.

``STAMPED``: a small application's "Diperbarui <today> pukul 08.30 WIB", hours before the check: fresh.
``CLOCKS``: a stamp of today that is the moment the page was rendered (its time the check's, in WIB or in UTC), a
page cache's build time ("Page generated at …"), or any stamp of today on a page cache's signed copy: no evidence.

All at ``NOW`` (Wednesday 2 December 2026, 10:00 in Bekasi), with dates built from it in WIB.
"""

from __future__ import annotations

from datetime import timedelta

from honest_words_themes_s36 import WIB
from vendor_pages import BULAN


def _board(title: str, brand: str, body: str, tail: str = "") -> str:
    """Return a department's small application on AdminLTE (CodeIgniter 3): a sidebar of a few links, ``body`` in
    its content wrapper, a footer; ``tail`` after the document (a page cache's comment)."""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/assets/adminlte/css/adminlte.min.css"></head>
<body class="hold-transition sidebar-mini"><div class="wrapper">
<nav class="main-header navbar navbar-expand navbar-white navbar-light"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item"><a class="nav-link" href="/kontak">Kontak</a></li></ul></nav>
<aside class="main-sidebar sidebar-dark-primary">
<a href="/" class="brand-link"><span class="brand-text">{brand}</span></a>
<nav class="mt-2"><ul class="nav nav-pills nav-sidebar flex-column">
<li class="nav-item"><a href="/dashboard" class="nav-link">Dasbor</a></li>
<li class="nav-item"><a href="/pemeliharaan" class="nav-link">Pemeliharaan</a></li>
<li class="nav-item"><a href="/peta" class="nav-link">Peta Ruas</a></li>
<li class="nav-item"><a href="/laporan" class="nav-link">Laporan</a></li></ul></nav></aside>
<div class="content-wrapper"><section class="content"><div class="container-fluid">{body}</div></section></div>
<footer class="main-footer"><strong>Copyright &copy; {WIB.year} Pemerintah Kota Bekasi.</strong></footer>
</div><script src="/assets/adminlte/js/adminlte.min.js"></script></body></html>
{tail}"""


def _today(time: str = "08.30", zone: str = " WIB") -> str:
    """Return today's date in Bekasi, written as an application writes it, then ``time`` and ``zone``."""
    return f"{WIB.day} {BULAN[WIB.month - 1]} {WIB.year} pukul {time}{zone}"


def _now(minutes: int = 0, zone: timedelta = timedelta(hours=7)) -> str:
    """Return the time of day of the check ``minutes`` before it, in the zone ``zone`` ahead of UTC ("10.00")."""
    moment = WIB - timedelta(hours=7) + zone - timedelta(minutes=minutes)
    return f"{moment.hour:02d}.{moment.minute:02d}"


SIMANTAP = "SIMANTAP - Dinas Bina Marga dan Sumber Daya Air Kota Bekasi"
_ROADS = (
    "<table class='table table-bordered'><thead><tr><th>No</th><th>Ruas Jalan</th><th>Lokasi</th><th>Progres</th>"
    "<th>Mulai</th><th>Target Selesai</th></tr></thead><tbody>"
    "<tr><td>1</td><td>Jl. Ahmad Yani</td><td>Kec. Bekasi Selatan</td><td>85%</td><td>2 November 2026</td>"
    "<td>15 Desember 2026</td></tr>"
    "<tr><td>2</td><td>Jl. Chairil Anwar</td><td>Kec. Bekasi Timur</td><td>60%</td><td>9 November 2026</td>"
    "<td>20 Desember 2026</td></tr>"
    "<tr><td>3</td><td>Jl. Kaliabang</td><td>Kec. Bekasi Utara</td><td>40%</td><td>16 November 2026</td>"
    "<td>23 Desember 2026</td></tr>"
    "<tr><td>4</td><td>Jl. Pekayon Raya</td><td>Kec. Bekasi Selatan</td><td>100%</td><td>19 Oktober 2026</td>"
    "<td>27 November 2026</td></tr></tbody></table>"
)

# "Pemeliharaan" over the works it lists: the application, at work.
BOARDS: dict[str, str] = {
    "simantap-road-works-table": _board(SIMANTAP, "SIMANTAP", f"<h1>Pemeliharaan</h1>{_ROADS}"),
    "simantap-road-works-under-its-year": _board(
        SIMANTAP,
        "SIMANTAP",
        f"<h1>Pemeliharaan</h1><p>Kegiatan pemeliharaan berkala ruas jalan kota, Tahun Anggaran {WIB.year}.</p>"
        f"{_ROADS}<p class='small'>Sumber: Bidang Jalan dan Jembatan.</p>",
    ),
    "simantap-titled-pemeliharaan": _board("Pemeliharaan | SIMANTAP", "SIMANTAP", f"<h1>Pemeliharaan</h1>{_ROADS}"),
    "sipju-street-lamp-list": _board(
        "SIPJU - Penerangan Jalan Umum Kota Bekasi",
        "SIPJU",
        "<h1>Pemeliharaan</h1><ul class='list-group'>"
        "<li class='list-group-item'>Jl. Cut Meutia, 12 titik lampu: penggantian lampu LED, selesai 80%</li>"
        "<li class='list-group-item'>Jl. Juanda, 8 titik lampu: perbaikan panel, selesai 50%</li>"
        "<li class='list-group-item'>Jl. Sudirman, 20 titik lampu: pengecatan tiang, dijadwalkan</li>"
        "<li class='list-group-item'>Jl. Joyomartono, 6 titik lampu: penggantian kabel, selesai 100%</li></ul>",
    ),
    "sidrain-drain-cards": _board(
        "SIDRAIN - Saluran Drainase Kota Bekasi",
        "SIDRAIN",
        "<h1>Pemeliharaan</h1><div class='row'>"
        "<div class='col-md-4'><div class='card'><div class='card-body'><h5>Saluran Jl. Kalimalang</h5>"
        "<p>Normalisasi 1,2 km, progres 70%</p></div></div></div>"
        "<div class='col-md-4'><div class='card'><div class='card-body'><h5>Saluran Perumnas 3</h5>"
        "<p>Pengerukan sedimen, progres 45%</p></div></div></div>"
        "<div class='col-md-4'><div class='card'><div class='card-body'><h5>Gorong-gorong Jl. Siliwangi</h5>"
        "<p>Penggantian box culvert, progres 20%</p></div></div></div></div>",
    ),
    "simbada-vehicle-upkeep-table": _board(
        "SIMBADA - Aset Daerah Kota Bekasi",
        "SIMBADA",
        "<h1>Pemeliharaan</h1><table class='table table-striped'><thead><tr><th>Kendaraan</th><th>Nomor Polisi</th>"
        "<th>Jenis Pemeliharaan</th><th>Tanggal</th><th>Biaya</th></tr></thead><tbody>"
        "<tr><td>Dump truck</td><td>B 9012 FAA</td><td>Servis berkala</td><td>24 November 2026</td>"
        "<td>Rp4.250.000</td></tr><tr><td>Toyota Avanza</td><td>B 1234 FAB</td><td>Ganti ban</td>"
        "<td>18 November 2026</td><td>Rp3.100.000</td></tr><tr><td>Mobil tangki air</td><td>B 9345 FAC</td>"
        "<td>Perbaikan pompa</td><td>10 November 2026</td><td>Rp7.800.000</td></tr></tbody></table>",
    ),
}

_CLOSED = "<p>Mohon maaf, sedang dilakukan pemeliharaan sistem. Silakan kembali beberapa saat lagi.</p>"
# The same heading over the application's notice that it is closed: dalam_pemeliharaan.
MAINTENANCE: dict[str, str] = {
    "bare-notice": (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Pemeliharaan</title></head><body'
        ' style="text-align:center;padding-top:60px"><img src="/assets/img/logo-bekasi.png" alt="" width="80">'
        f"<h1>Pemeliharaan</h1>{_CLOSED}</body></html>"
    ),
    "notice-in-the-apps-frame": _board(SIMANTAP, "SIMANTAP", f"<h1>Pemeliharaan</h1>{_CLOSED}"),
    "notice-with-its-hours": _board(
        SIMANTAP,
        "SIMANTAP",
        "<h1>Pemeliharaan</h1><p>Sedang dilakukan pemeliharaan sistem. Aplikasi dapat digunakan kembali pukul 14.00"
        " WIB.</p>",
    ),
    "notice-over-a-schedule-table": _board(
        SIMANTAP,
        "SIMANTAP",
        f"<h1>Pemeliharaan</h1>{_CLOSED}<table class='table'><tr><th>Layanan</th><th>Status</th></tr>"
        "<tr><td>Pelaporan jalan rusak</td><td>Tidak tersedia</td></tr><tr><td>Peta ruas</td><td>Tidak tersedia"
        "</td></tr><tr><td>Unduh laporan</td><td>Tidak tersedia</td></tr></table>",
    ),
    "heading-alone-in-the-apps-frame": _board(SIMANTAP, "SIMANTAP", "<h1>Pemeliharaan</h1>"),
    # A notice's progress bar and its window: one figure, two dates, no list of works.
    "notice-with-progress-and-window": _board(
        SIMANTAP,
        "SIMANTAP",
        "<h1>Pemeliharaan</h1><div class='progress'><div class='progress-bar' style='width:75%'>75%</div></div>"
        f"<p>Mulai {_today('06.00')} hingga {_today('12.00')}.</p><p>Terima kasih atas kesabaran Anda.</p>",
    ),
    # A migration's page of its parts' progress, without the application's menu.
    "bare-progress-of-its-parts": (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Pemeliharaan</title></head><body>'
        "<h1>Pemeliharaan</h1><ul><li>Basis data: 100%</li><li>Berkas unggahan: 80%</li><li>Aplikasi: 20%</li>"
        "</ul></body></html>"
    ),
    "heading-and-be-right-back": (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMANTAP</title></head><body>'
        "<h1>Pemeliharaan</h1><p>Kami akan segera kembali.</p></body></html>"
    ),
}

_INTRANET = "Intranet Bapenda Kota Bekasi"
# "It works!" over an admin's note, under the site's menu: the application, working.
ADMIN_NOTES: dict[str, str] = {
    "intranet-new-server-note": _board(
        _INTRANET,
        "Intranet Bapenda",
        "<h1>It works!</h1><p>Server baru e-BPHTB sudah berjalan di pusat data Diskominfostandi. Silakan uji menu"
        " Pelaporan dan Pembayaran, lalu laporkan kendala ke tim TI melalui menu Kontak.</p><ul>"
        "<li>Basis data dipindahkan ke server PostgreSQL 16.</li><li>Sertifikat SSL diperbarui.</li>"
        "<li>Cadangan harian aktif pukul 02.00 WIB.</li></ul>",
    ),
    "intranet-note-then-links": _board(
        _INTRANET,
        "Intranet Bapenda",
        "<h1>It works!</h1><p>Migrasi selesai. Semua aplikasi internal kini diakses dari halaman ini.</p><div"
        " class='list-group'><a class='list-group-item' href='/bphtb'>e-BPHTB</a><a class='list-group-item'"
        " href='/pbb'>SIM PBB</a><a class='list-group-item' href='/pajak-daerah'>Pajak Daerah</a></div>",
    ),
    "sipd-dev-deploy-note": _board(
        "SIPD Dev - Bappelitbangda Kota Bekasi",
        "SIPD Dev",
        "<h1>It works!</h1><p>Versi 2.4 sudah terpasang di server pengembangan. Perubahan: ekspor RKA ke Excel,"
        " perbaikan filter sub kegiatan, dan tampilan dasbor baru. Tim penguji dimohon mencoba sebelum"
        " rilis ke server produksi.</p>",
    ),
    "lab-server-note-with-login": _board(
        "Server Lab TKJ - SMKN 1 Kota Bekasi",
        "Lab TKJ",
        "<h1>It works!</h1><p>Selamat, server lab sudah aktif. Siswa kelas XII TKJ masuk dengan akun masing-masing"
        " untuk mengunggah tugas Administrasi Sistem Jaringan.</p><form method='post' action='/login'><input"
        " name='nis' placeholder='NIS'><input type='password' name='sandi'><button type='submit'>Masuk</button>"
        "</form>",
    ),
}

# Apache's own page, where the application should be: halaman_bawaan.
APACHE: dict[str, str] = {
    "apache-2-2": "<html><body><h1>It works!</h1></body></html>\n",
    "apache-2-4-titled": (
        "<html><head><title>It works! Apache httpd</title></head><body><p>It works!</p></body></html>\n"
    ),
    "apache-debian-2-2": (
        "<html><body><h1>It works!</h1>\n<p>This is the default web page for this server.</p>\n<p>The web server"
        " software is running but no content has been added, yet.</p>\n</body></html>\n"
    ),
    "apache-under-the-apps-title": (
        f"<html><head><title>{SIMANTAP}</title></head><body><h1>It works!</h1></body></html>\n"
    ),
}

_PPDB = (
    "<table class='table'><tr><th>Sekolah</th><th>Daya Tampung</th><th>Pendaftar</th><th>Sisa Kursi</th></tr>"
    "<tr><td>SMPN 1</td><td>288</td><td>250</td><td>38</td></tr><tr><td>SMPN 7</td><td>320</td><td>232</td>"
    "<td>88</td></tr><tr><td>SMPN 12</td><td>256</td><td>256</td><td>0</td></tr></table>"
)
_STATUS = (
    "<table class='table'><tr><th>Ruas</th><th>Kondisi</th></tr><tr><td>Jl. Ahmad Yani</td><td>Buka tutup</td>"
    "</tr><tr><td>Jl. Juanda</td><td>Normal</td></tr><tr><td>Jembatan Cut Meutia</td><td>Dialihkan</td></tr></table>"
)
_DAY = f"{WIB.day:02d}/{WIB.month:02d}/{WIB.year}"
# A stamp of today, hours before the check, where the application's data is: fresh.
STAMPED: dict[str, str] = {
    "sijalan-diperbarui-pukul-wib": _board(
        "SIJALAN", "SIJALAN", f"<h1>Kondisi Ruas Jalan</h1><p>Diperbarui {_today()}</p>{_STATUS}"
    ),
    "ppdb-diperbarui-early-morning": _board(
        "PPDB Kota Bekasi", "PPDB", f"<h1>Sisa Kursi Jalur Zonasi</h1><p>Diperbarui {_today('07.15')}</p>{_PPDB}"
    ),
    "ppdb-terakhir-diperbarui-colon": _board(
        "PPDB Kota Bekasi",
        "PPDB",
        f"<h1>Sisa Kursi Jalur Zonasi</h1>{_PPDB}<p class='small'>Terakhir diperbarui: {_today('06.45')}</p>",
    ),
    "sijalan-update-terakhir-no-zone": _board(
        "SIJALAN", "SIJALAN", f"<h1>Kondisi Ruas Jalan</h1><p>Update terakhir {_today('07.45', '')}</p>{_STATUS}"
    ),
    "sijalan-numeric-date": _board(
        "SIJALAN", "SIJALAN", f"<h1>Kondisi Ruas Jalan</h1><p>Diperbarui {_DAY} 08:30 WIB</p>{_STATUS}"
    ),
    "sipju-lamps-stamped": _board(
        "SIPJU - Penerangan Jalan Umum Kota Bekasi",
        "SIPJU",
        f"<h1>Perbaikan Lampu Hari Ini</h1><p>Diperbarui {_today('08.00')}</p><ul class='list-group'>"
        "<li class='list-group-item'>Jl. Cut Meutia: 12 titik, selesai</li>"
        "<li class='list-group-item'>Jl. Juanda: 8 titik, dikerjakan</li></ul>",
    ),
}

_WP_SUPER_CACHE = (
    "<!-- Dynamic page generated in 0.412 seconds. -->\n<!-- Cached page generated by WP-Super-Cache on"
    f" {WIB.year}-{WIB.month:02d}-{WIB.day:02d} 08:30:12 -->\n"
)
# A stamp of today that is the moment the page was rendered or cached: no evidence.
CLOCKS: dict[str, str] = {
    "footer-clock-now-wib": _board(
        "SIJALAN", "SIJALAN", f"<h1>Kondisi Ruas Jalan</h1>{_STATUS}<p class='small'>Diperbarui: {_today(_now())}</p>"
    ),
    "clock-a-minute-behind": _board(
        "SIJALAN", "SIJALAN", f"<h1>Kondisi Ruas Jalan</h1><p>Diperbarui {_today(_now(2))}</p>{_STATUS}"
    ),
    "clock-in-utc-no-zone": _board(
        "SIJALAN",
        "SIJALAN",
        f"<h1>Kondisi Ruas Jalan</h1><p>Diperbarui {_today(_now(0, timedelta(0)), '')}</p>{_STATUS}",
    ),
    "page-generated-at": _board(
        "SIJALAN",
        "SIJALAN",
        f"<h1>Kondisi Ruas Jalan</h1>{_STATUS}<p class='small'>Page generated at {_DAY} 08:30</p>",
    ),
    "halaman-dibuat-dalam-detik": _board(
        "SIJALAN",
        "SIJALAN",
        f"<h1>Kondisi Ruas Jalan</h1>{_STATUS}<p class='small'>Halaman ini dibuat pada {_today()} dalam 0,0123"
        " detik</p>",
    ),
    "cached-copy-diperbarui": _board(
        "SIJALAN",
        "SIJALAN",
        f"<h1>Kondisi Ruas Jalan</h1><p>Diperbarui {_today()}</p>{_STATUS}",
        _WP_SUPER_CACHE,
    ),
}
