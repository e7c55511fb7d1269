"""The standard platforms of Indonesian government, as their vendors ship them to a Bekasi department (session 37).

JDIH (the legal documentation network's portal: lists of Perda and Peraturan Wali Kota with their "Tanggal
Penetapan", "Tanggal Pengundangan", number and year, status "Berlaku"), PPID (the list of public information with its
"Tanggal", the berkala / serta-merta / setiap saat tables and the requests' statistics), LPSE on SPSE 4.5 (the
tenders with their HPS, their stage "Pengumuman Pascakualifikasi" and its period, the schedule ahead), Satu Data on
CKAN (datasets "Terakhir diperbarui", an "Additional Info" table, ISO stamps with microseconds), SIRUP's plan list,
OJS (a journal's current issue "Vol. 5 No. 2 (2026)", "Diterbitkan: 2026-11-20"), Moodle, a dashboard's embed page,
the city's portal, a Puskesmas' SIMPUS login, e-Kinerja and Dukcapil's queue ("slot tersisa").

Each in its states: ``FRESH`` (its newest entry within the month: aktif, update, no finding), ``STALE`` (its newest
entry months or years old: aktif, tidak_update), ``UNDATED`` (nothing dates it: aktif, tidak_diketahui), and
``BROKEN`` (the platform's own maintenance, error, default and not-found pages, served 200: tidak_aktif for their
reason). All at ``NOW`` (Thursday 3 December 2026, 10:00 in Bekasi); every date is written out as the platform
prints it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from vendor_pages import BULAN as _BULAN

NOW = datetime(2026, 12, 3, 3, 0, tzinfo=UTC)  # Thursday 3 December 2026, 10:00 WIB


# --- JDIH ---------------------------------------------------------------------------------------------------------

_JDIH_MENU = (
    ("/", "Beranda"),
    ("/profil", "Profil"),
    ("/produk-hukum/perda", "Peraturan Daerah"),
    ("/produk-hukum/perwal", "Peraturan Wali Kota"),
    ("/produk-hukum/kepwal", "Keputusan Wali Kota"),
    ("/monografi", "Monografi Hukum"),
    ("/artikel", "Artikel Hukum"),
    ("/putusan", "Putusan"),
    ("/berita", "Berita"),
    ("/kontak", "Kontak"),
)


def jdih_page(title: str, body: str) -> str:
    """Return JDIH Kota Bekasi's page on its vendor's Bootstrap theme: the JDIHN logo bar, the menu, ``body``, the
    sidebar of the network's links and the visitor counter, and the footer with the Bagian Hukum's address."""
    menu = "".join(
        f'<li class="nav-item"><a class="nav-link" href="{href}">{name}</a></li>' for href, name in _JDIH_MENU
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | JDIH Kota Bekasi</title>
<meta name="description" content="Jaringan Dokumentasi dan Informasi Hukum Pemerintah Kota Bekasi">
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/jdih.css?v=2.4.1"></head>
<body><header class="topbar"><div class="container d-flex justify-content-between">
<span><i class="bi bi-envelope"></i> jdih@bekasikota.go.id</span><span><i class="bi bi-telephone">
</i> (021) 8841-4430</span>
</div></header>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/">
<img src="/assets/img/logo-jdih.png" alt="JDIH Kota Bekasi" height="48"> JDIH Kota Bekasi</a>
<ul class="navbar-nav ms-auto">{menu}</ul></div></nav>
<main class="container my-4"><div class="row"><div class="col-lg-9">{body}</div>
<aside class="col-lg-3"><div class="card mb-3"><div class="card-header">Tautan JDIHN</div><ul class="list-group">
<li class="list-group-item"><a href="https://jdihn.go.id">JDIHN Pusat</a></li>
<li class="list-group-item"><a href="https://peraturan.go.id">Database Peraturan</a></li>
<li class="list-group-item"><a href="https://jdih.jabarprov.go.id">JDIH Provinsi Jawa Barat</a></li></ul></div>
<div class="card"><div class="card-header">Statistik Pengunjung</div><ul class="list-group">
<li class="list-group-item">Hari ini: 214</li><li class="list-group-item">Bulan ini: 6.812</li>
<li class="list-group-item">Total: 418.226</li></ul></div></aside></div></main>
<footer class="footer"><div class="container"><p>Bagian Hukum Sekretariat Daerah Kota Bekasi<br>
Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan, Kota Bekasi, Jawa Barat 17141</p>
<p>&copy; 2026 JDIH Kota Bekasi. Anggota Jaringan Dokumentasi dan Informasi Hukum Nasional.</p></div></footer>
<script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js">
</script></body></html>"""


Regulation = tuple[str, str, str, str, str]  # kind and number, subject, enacted, promulgated, status


def jdih_list(rows: tuple[Regulation, ...], heading: str = "Produk Hukum Terbaru") -> str:
    """Return JDIH's table of regulations: number and year, subject, "Tanggal Penetapan", "Tanggal Pengundangan",
    status, and a download link each."""
    body = "".join(
        f"<tr><td>{i}</td><td><a href='/produk-hukum/detail/{900 - i}'>{kind}</a></td><td>{subject}</td>"
        f"<td>{enacted}</td><td>{promulgated}</td><td><span class='badge bg-success'>{status}</span></td>"
        f"<td><a class='btn btn-sm btn-primary' href='/uploads/produk-hukum/{900 - i}.pdf'>Unduh</a></td></tr>"
        for i, (kind, subject, enacted, promulgated, status) in enumerate(rows, start=1)
    )
    return (
        f"<h2>{heading}</h2><form class='row g-2 mb-3' action='/produk-hukum/cari'><div class='col'>"
        "<input class='form-control' name='q' placeholder='Cari judul, nomor atau tahun'></div><div class='col-auto'>"
        "<button class='btn btn-primary'>Cari</button></div></form>"
        "<table class='table table-bordered table-striped'><thead><tr><th>No</th><th>Nomor / Tahun</th>"
        "<th>Tentang</th><th>Tanggal Penetapan</th><th>Tanggal Pengundangan</th><th>Status</th><th>Dokumen</th>"
        f"</tr></thead><tbody>{body}</tbody></table>"
    )


_JDIH_FRESH: tuple[Regulation, ...] = (
    (
        "Peraturan Wali Kota Nomor 78 Tahun 2026",
        "Perubahan atas Peraturan Wali Kota Nomor 12 Tahun 2024 tentang Tarif Retribusi Pelayanan Kesehatan",
        "26 November 2026",
        "27 November 2026",
        "Berlaku",
    ),
    (
        "Peraturan Daerah Nomor 9 Tahun 2026",
        "Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2027",
        "20 November 2026",
        "20 November 2026",
        "Berlaku",
    ),
    (
        "Peraturan Wali Kota Nomor 77 Tahun 2026",
        "Pedoman Pelaksanaan Hari Bebas Kendaraan Bermotor",
        "11 November 2026",
        "12 November 2026",
        "Berlaku",
    ),
    (
        "Peraturan Daerah Nomor 4 Tahun 2019",
        "Penyelenggaraan Ketertiban Umum dan Ketenteraman Masyarakat",
        "12 Maret 2019",
        "13 Maret 2019",
        "Berlaku",
    ),
)
_JDIH_STALE: tuple[Regulation, ...] = (
    (
        "Peraturan Wali Kota Nomor 31 Tahun 2019",
        "Tata Cara Pemungutan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
        "3 Juni 2019",
        "4 Juni 2019",
        "Berlaku",
    ),
    (
        "Peraturan Daerah Nomor 4 Tahun 2019",
        "Penyelenggaraan Ketertiban Umum dan Ketenteraman Masyarakat",
        "12 Maret 2019",
        "13 Maret 2019",
        "Berlaku",
    ),
    (
        "Peraturan Daerah Nomor 2 Tahun 2019",
        "Penyelenggaraan Perlindungan Anak",
        "8 Februari 2019",
        "8 Februari 2019",
        "Berlaku",
    ),
    (
        "Peraturan Wali Kota Nomor 66 Tahun 2018",
        "Kedudukan, Susunan Organisasi, Tugas dan Fungsi serta Tata Kerja Perangkat Daerah",
        "28 Desember 2018",
        "28 Desember 2018",
        "Dicabut",
    ),
)
_JDIH_MAY: tuple[Regulation, ...] = (
    (
        "Peraturan Wali Kota Nomor 24 Tahun 2026",
        "Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik",
        "18 Mei 2026",
        "19 Mei 2026",
        "Berlaku",
    ),
    *_JDIH_STALE[:2],
)


def _iso(day: str) -> str:
    """Return "26 November 2026" as the ISO day a JDIH theme on Laravel prints ("2026-11-26")."""
    number, month, year = day.split()
    return f"{year}-{_BULAN.index(month) + 1:02d}-{int(number):02d}"


def jdih_detail(enacted: str, promulgated: str, status: str = "Berlaku") -> str:
    """Return JDIH's page of one regulation: its metadata table as the JDIHN standard names the fields."""
    fields = (
        ("Tipe Dokumen", "Peraturan Perundang-undangan"),
        ("Judul", "Peraturan Daerah Kota Bekasi Nomor 4 Tahun 2019 tentang Penyelenggaraan Ketertiban Umum"),
        ("T.E.U. Badan/Pengarang", "Bekasi (Kota)"),
        ("Nomor Peraturan", "4"),
        ("Jenis / Bentuk Peraturan", "Peraturan Daerah"),
        ("Singkatan Jenis", "PERDA"),
        ("Tempat Penetapan", "Bekasi"),
        ("Tanggal Penetapan", enacted),
        ("Tanggal Pengundangan", promulgated),
        ("Sumber", "LD Kota Bekasi Tahun 2019 Nomor 4"),
        ("Subjek", "KETERTIBAN UMUM"),
        ("Status Peraturan", status),
        ("Bahasa", "Indonesia"),
        ("Lokasi", "Bagian Hukum Setda Kota Bekasi"),
        ("Bidang Hukum", "Hukum Tata Negara"),
    )
    rows = "".join(f"<tr><th style='width:30%'>{name}</th><td>{value}</td></tr>" for name, value in fields)
    return jdih_page(
        "Perda Nomor 4 Tahun 2019",
        "<nav aria-label='breadcrumb'><ol class='breadcrumb'><li class='breadcrumb-item'><a href='/'>Beranda</a></li>"
        "<li class='breadcrumb-item'><a href='/produk-hukum/perda'>Peraturan Daerah</a></li>"
        "<li class='breadcrumb-item active'>Nomor 4 Tahun 2019</li></ol></nav>"
        "<h2>Peraturan Daerah Kota Bekasi Nomor 4 Tahun 2019</h2>"
        f"<table class='table table-bordered'>{rows}</table>"
        "<p><a class='btn btn-primary' href='/uploads/produk-hukum/perda-4-2019.pdf'>Unduh Dokumen</a> "
        "<span class='text-muted'>Dilihat 1.284 kali · Diunduh 412 kali</span></p>",
    )


# --- PPID ---------------------------------------------------------------------------------------------------------


def ppid_page(title: str, body: str) -> str:
    """Return PPID Kota Bekasi's page: the PPID menu (profil, informasi publik, permohonan, keberatan), ``body``,
    the standard's service hours and the footer."""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - PPID Kota Bekasi</title><link rel="stylesheet" href="/themes/ppid/css/style.css"></head>
<body><div class="header-top"><div class="container">Pejabat Pengelola Informasi dan Dokumentasi Kota Bekasi</div></div>
<nav class="navbar"><div class="container"><a class="brand" href="/"><img src="/themes/ppid/img/logo.png" alt="PPID">
</a>
<ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil">Profil PPID</a></li>
<li><a href="/informasi-publik">Informasi Publik</a><ul><li><a href="/informasi-publik/berkala">Informasi Berkala</a>
</li>
<li><a href="/informasi-publik/serta-merta">Informasi Serta Merta</a></li><li><a href="/informasi-publik/setiap-saat">
Informasi Setiap Saat</a></li><li><a href="/informasi-publik/dikecualikan">Informasi Dikecualikan</a></li></ul></li>
<li><a href="/permohonan">Permohonan Informasi</a></li><li><a href="/keberatan">Pengajuan Keberatan</a></li>
<li><a href="/sengketa">Sengketa Informasi</a></li><li><a href="/laporan">Laporan Layanan</a></li></ul></div></nav>
<section class="content"><div class="container">{body}</div></section>
<section class="jam-layanan"><div class="container"><h4>Jam Layanan</h4><p>Senin - Kamis: 08.00 - 15.00 WIB<br>
Jumat: 08.00 - 15.30 WIB</p></div></section>
<footer><div class="container"><p>PPID Utama Kota Bekasi - Dinas Komunikasi, Informatika, Statistik dan Persandian<br>
Jl. Jend. Ahmad Yani No. 1 Bekasi | ppid@bekasikota.go.id</p><p>&copy; 2026 PPID Kota Bekasi</p></div></footer>
</body></html>"""


def ppid_list(rows: tuple[tuple[str, str, str, str], ...]) -> str:
    """Return PPID's "Daftar Informasi Publik" table: the information, its kind, the responsible unit and its date."""
    body = "".join(
        f"<tr><td>{i}</td><td><a href='/informasi-publik/dokumen/{400 - i}'>{name}</a></td><td>{kind}</td>"
        f"<td>{unit}</td><td>{day}</td><td><a href='/uploads/dip/{400 - i}.pdf'><i class='fa fa-download'></i></a>"
        "</td></tr>"
        for i, (name, kind, unit, day) in enumerate(rows, start=1)
    )
    return (
        "<h2>Daftar Informasi Publik</h2><table class='table'><thead><tr><th>No</th><th>Ringkasan Informasi</th>"
        "<th>Jenis</th><th>Penanggung Jawab</th><th>Tanggal</th><th>Unduh</th></tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


_PPID_STATS = (
    "<h3>Statistik Permohonan Informasi Tahun 2026</h3><table class='table table-sm'><thead><tr><th>Bulan</th>"
    "<th>Permohonan</th><th>Dikabulkan</th><th>Ditolak</th><th>Keberatan</th></tr></thead><tbody>"
    "<tr><td>Januari</td><td>41</td><td>38</td><td>3</td><td>0</td></tr>"
    "<tr><td>Februari</td><td>37</td><td>35</td><td>2</td><td>1</td></tr>"
    "<tr><td>Maret</td><td>52</td><td>50</td><td>2</td><td>0</td></tr>"
    "<tr><td>Oktober</td><td>48</td><td>45</td><td>3</td><td>0</td></tr>"
    "<tr><td>November</td><td>44</td><td>42</td><td>2</td><td>1</td></tr></tbody></table>"
)
_PPID_FRESH = (
    ("Laporan Realisasi Anggaran Semester I Tahun 2026", "Berkala", "BPKAD", "27-11-2026"),
    ("Rencana Kerja Perangkat Daerah Tahun 2027", "Berkala", "Bappelitbangda", "19-11-2026"),
    ("Peringatan Dini Banjir Kali Bekasi", "Serta Merta", "BPBD", "10-11-2026"),
    ("Daftar Aset Tanah Pemerintah Kota Bekasi", "Setiap Saat", "BPKAD", "02-06-2026"),
)
_PPID_STALE = (
    ("Laporan Keuangan Pemerintah Daerah Tahun 2024", "Berkala", "BPKAD", "14-04-2025"),
    ("Rencana Strategis Perangkat Daerah 2024-2026", "Berkala", "Bappelitbangda", "03-02-2025"),
    ("Standar Pelayanan Publik Dinas Kependudukan", "Setiap Saat", "Disdukcapil", "21-11-2024"),
)


# --- LPSE (SPSE 4.5) ----------------------------------------------------------------------------------------------

SPSE_VERSION = "SPSE v4.5u20230616"


def spse_page(title: str, body: str) -> str:
    """Return LPSE Kota Bekasi's page on SPSE 4.5: the LKPP header, its menu (Beranda, Cari Paket, Regulasi, Kontak
    Kami), ``body``, and the footer with the build SPSE prints."""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{title}</title><link rel="shortcut icon" href="/eproc4/public/images/favicon.ico">
<link rel="stylesheet" href="/eproc4/public/css/bootstrap.min.css"><link rel="stylesheet"
href="/eproc4/public/css/spse.css?v=4.5u20230616"></head>
<body><div id="header"><div class="container"><img src="/eproc4/public/images/imgng/logo-lkpp.png" alt="LKPP">
<img src="/eproc4/public/images/imgng/logo-spse.png" alt="SPSE"><span class="lpse-name">LPSE Kota Bekasi</span></div>
</div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
<li><a href="/eproc4">BERANDA</a></li><li><a href="/eproc4/lelang">CARI PAKET</a></li>
<li><a href="/eproc4/regulasi">REGULASI</a></li><li><a href="/eproc4/publik/konten">KONTEN KHUSUS</a></li>
<li><a href="/eproc4/publik/kontakkami">KONTAK KAMI</a></li></ul><ul class="nav navbar-nav navbar-right">
<li><a href="/eproc4/login">Login Penyedia</a></li><li><a href="/eproc4/login">Login Non Penyedia</a></li></ul></div>
</nav>
<div class="container content">{body}</div>
<div id="footer"><div class="container"><p>LPSE Kota Bekasi<br>Gedung Pemerintah Kota Bekasi Lt. 4, Jl. Jend. Ahmad Yani
No. 1</p><p>Pusat Pengembangan Sistem Pengadaan Secara Elektronik - LKPP<br>{SPSE_VERSION}</p></div></div>
<script src="/eproc4/public/js/jquery.min.js"></script><script src="/eproc4/public/js/bootstrap.min.js"></script>
</body></html>"""


Tender = tuple[str, str, str, str]  # package, HPS, stage, registration deadline


def spse_tenders(rows: tuple[Tender, ...], news: str = "") -> str:
    """Return SPSE's home: the tenders announced, by kind (package, HPS, the stage, "Akhir Pendaftaran"), and the
    LPSE's news ("Berita")."""
    body = "".join(
        f"<tr><td><a href='/eproc4/lelang/{8812345 + i}/pengumumanlelang'>{name}</a></td><td class='text-right'>"
        f"{hps}</td><td>{stage}</td><td>{deadline}</td></tr>"
        for i, (name, hps, stage, deadline) in enumerate(rows)
    )
    return (
        "<div class='panel panel-default'><div class='panel-heading'>PENGUMUMAN - PENGADAAN BARANG</div>"
        "<table class='table table-condensed'><thead><tr><th>Nama Paket</th><th>HPS</th><th>Tahap</th>"
        f"<th>Akhir Pendaftaran</th></tr></thead><tbody>{body}</tbody></table>"
        "<a href='/eproc4/lelang'>Paket lainnya &raquo;</a></div>"
        "<div class='panel panel-default'><div class='panel-heading'>BERITA</div>"
        f"<div class='panel-body'>{news}</div></div>"
    )


_SPSE_OPEN: tuple[Tender, ...] = (
    (
        "Belanja Modal Peralatan Laboratorium Kesehatan Daerah",
        "Rp 2.487.500.000,00",
        "Pengumuman Pascakualifikasi [30 November 2026 08:00 s/d 7 Desember 2026 23:59]",
        "7 Desember 2026 23:59",
    ),
    (
        "Pengadaan Seragam Sekolah Gratis SD dan SMP",
        "Rp 9.812.000.000,00",
        "Download Dokumen Pemilihan [1 Desember 2026 09:00 s/d 9 Desember 2026 15:00]",
        "9 Desember 2026 15:00",
    ),
    (
        "Pembangunan Gedung Puskesmas Mustikajaya",
        "Rp 14.250.000.000,00",
        "Upload Dokumen Penawaran [3 Desember 2026 08:00 s/d 14 Desember 2026 10:00]",
        "14 Desember 2026 10:00",
    ),
)
_SPSE_NEWS_FRESH = (
    "<ul class='list-unstyled'><li><a href='/eproc4/publik/berita/4412'>Pemberitahuan Pemeliharaan Server Tanggal "
    "12 Desember 2026</a> <small>(1 Desember 2026)</small></li>"
    "<li><a href='/eproc4/publik/berita/4408'>Sosialisasi Katalog Elektronik Lokal bagi Penyedia</a> "
    "<small>(24 November 2026)</small></li></ul>"
)
# Tenders of the year's first months, long closed: what a home left to itself lists.
_SPSE_CLOSED: tuple[Tender, ...] = (
    (
        "Rehabilitasi Saluran Drainase Jl. Cut Meutia",
        "Rp 1.975.000.000,00",
        "Tender Sudah Selesai",
        "17 Maret 2026 23:59",
    ),
    (
        "Pengadaan Alat Tulis Kantor Sekretariat Daerah",
        "Rp 412.800.000,00",
        "Tender Sudah Selesai",
        "3 Maret 2026 15:00",
    ),
)
_SPSE_NEWS_STALE = (
    "<ul class='list-unstyled'><li><a href='/eproc4/publik/berita/4210'>Jadwal Pelatihan Penyedia Tahun 2026</a> "
    "<small>(12 Februari 2026)</small></li></ul>"
)
# The year's schedule the LPSE wrote in January: periods to come, and one of last month.
_SPSE_SCHEDULE = (
    "<h3>Jadwal Pelatihan SPSE bagi Penyedia Tahun 2026</h3><table class='table table-bordered'><thead><tr>"
    "<th>Angkatan</th><th>Periode</th><th>Tempat</th></tr></thead><tbody>"
    "<tr><td>Angkatan X</td><td>1 - 30 November 2026</td><td>Ruang Pelatihan LPSE Lt. 4</td></tr>"
    "<tr><td>Angkatan XI</td><td>7 - 18 Desember 2026</td><td>Ruang Pelatihan LPSE Lt. 4</td></tr>"
    "<tr><td>Angkatan XII</td><td>4 - 15 Januari 2027</td><td>Ruang Pelatihan LPSE Lt. 4</td></tr></tbody></table>"
)


# An event fifteen days ahead, on a home left to itself: further on than an agenda lists.
_SPSE_NOTICE_AHEAD = (
    "<div class='alert alert-info'>Sosialisasi Perpres Pengadaan Barang/Jasa bagi Penyedia: Jumat, 18 Desember 2026 "
    "pukul 09.00 WIB di Aula Nonon Sonthanie.</div>"
)


def spse_schedule(announced: str, stages: tuple[tuple[str, str, str], ...]) -> str:
    """Return SPSE's schedule of one tender ("Jadwal Tender"): each stage with its start and its end, and the day
    the tender was made ("Tanggal Pembuatan")."""
    rows = "".join(
        f"<tr><td>{i}</td><td>{stage}</td><td>{start}</td><td>{end}</td><td>0</td></tr>"
        for i, (stage, start, end) in enumerate(stages, start=1)
    )
    return spse_page(
        "LPSE Kota Bekasi: Jadwal Tender",
        "<ul class='nav nav-tabs'><li><a href='/eproc4/lelang/8812345/pengumumanlelang'>Pengumuman</a></li>"
        "<li class='active'><a href='/eproc4/lelang/8812345/jadwal'>Jadwal</a></li></ul>"
        "<table class='table table-condensed'><tr><th>Kode Tender</th><td>8812345</td></tr><tr><th>Nama Tender</th>"
        "<td>Belanja Modal Peralatan Laboratorium Kesehatan Daerah</td></tr><tr><th>Tanggal Pembuatan</th>"
        f"<td>{announced}</td></tr><tr><th>Nilai HPS Paket</th><td>Rp 2.487.500.000,00</td></tr></table>"
        "<table class='table table-bordered'><thead><tr><th>No</th><th>Tahap</th><th>Mulai</th><th>Sampai</th>"
        f"<th>Perubahan</th></tr></thead><tbody>{rows}</tbody></table>",
    )


_SPSE_STAGES = (
    ("Pengumuman Pascakualifikasi", "30 November 2026 08:00", "7 Desember 2026 23:59"),
    ("Download Dokumen Pemilihan", "30 November 2026 08:00", "9 Desember 2026 15:00"),
    ("Pemberian Penjelasan", "2 Desember 2026 09:00", "2 Desember 2026 12:00"),
    ("Upload Dokumen Penawaran", "3 Desember 2026 08:00", "14 Desember 2026 10:00"),
    ("Pembukaan Dokumen Penawaran", "14 Desember 2026 10:01", "15 Desember 2026 16:00"),
    ("Evaluasi Administrasi, Kualifikasi, Teknis, dan Harga", "15 Desember 2026 08:00", "22 Desember 2026 16:00"),
    ("Penetapan Pemenang", "23 Desember 2026 08:00", "23 Desember 2026 16:00"),
    ("Masa Sanggah", "24 Desember 2026 08:00", "30 Desember 2026 23:59"),
    ("Penandatanganan Kontrak", "5 Januari 2027 08:00", "8 Januari 2027 16:00"),
)
_SPSE_STAGES_2025 = tuple(
    (stage, start.replace("2026", "2025").replace("2027", "2026"), end.replace("2026", "2025").replace("2027", "2026"))
    for stage, start, end in _SPSE_STAGES
)


# --- Satu Data (CKAN) ---------------------------------------------------------------------------------------------


def ckan_page(title: str, body: str) -> str:
    """Return Satu Data Kota Bekasi on CKAN 2.10: the masthead (Dataset, Organisasi, Grup, Tentang), ``body``, and
    CKAN's footer ("Powered by ckan")."""
    return f"""<!DOCTYPE html>
<!--[if IE 9]> <html lang="id" class="ie9"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="id"  > <!--<![endif]-->
<head><meta charset="utf-8" /><meta name="csrf_field_name" content="_csrf_token" />
<meta name="_csrf_token" content="IjNhZTk0ZWQ3ZDc2YjQ2MGNmMjA4ZjQ1YjJkODI1Nzc2In0.Z3x9Qw.u1u-vWxq" />
<meta name="generator" content="ckan 2.10.4" /><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} - Satu Data Kota Bekasi</title>
<link href="/webassets/base/main.css" rel="stylesheet"/></head>
<body data-site-root="https://satudata.bekasikota.go.id/" data-locale-root="https://satudata.bekasikota.go.id/">
<div class="visually-hidden-focusable"><a href="#content">Skip to main content</a></div>
<header class="masthead"><div class="container"><hgroup class="header-image navbar-left"><a class="logo" href="/">
<img src="/uploads/admin/logo-satudata.png" alt="Satu Data Kota Bekasi" title="Satu Data Kota Bekasi" /></a></hgroup>
<nav class="section navigation"><ul class="nav nav-pills"><li class="active"><a href="/dataset/">Dataset</a></li>
<li><a href="/organization/">Organisasi</a></li><li><a href="/group/">Grup</a></li><li><a href="/about">Tentang</a></li>
</ul></nav><form class="section site-search simple-input" action="/dataset/" method="get"><div class="field">
<label for="field-sitewide-search">Cari Dataset</label><input id="field-sitewide-search" type="text" name="q"
placeholder="Cari" /></div></form></div></header>
<div class="main"><div id="content" class="container">{body}</div></div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8 footer-links"><ul>
<li><a href="/about">Tentang Satu Data Kota Bekasi</a></li><li><a href="/api/3">API CKAN</a></li>
<li><a href="http://www.ckan.org/">Asosiasi CKAN</a></li><li><a href="http://www.opendefinition.org/okd/">
<img src="/base/images/od_80x15_blue.png" alt="Open Data"></a></li></ul></div>
<div class="col-md-4 attribution"><p><strong>Powered by</strong> <a class="hide-text ckan-footer-logo"
href="http://ckan.org">CKAN</a></p></div></div></div></footer>
<script src="/webassets/base/main.js" type="text/javascript"></script></body></html>"""


Dataset = tuple[str, str, str, str]  # slug, title, organisation, last updated


def ckan_list(rows: tuple[Dataset, ...]) -> str:
    """Return CKAN's dataset search page as Satu Data's theme prints it: the count, the sort, each dataset with its
    organisation, resource formats and "Terakhir diperbarui"."""
    items = "".join(
        f"<li class='dataset-item'><div class='dataset-content'><h3 class='dataset-heading'><a href='/dataset/{slug}'>"
        f"{title}</a></h3><div class='dataset-org'>{org}</div><div class='notes'>Data {title.lower()} yang dihimpun "
        f"oleh {org}.</div><div class='dataset-updated'>Terakhir diperbarui: {updated}</div></div>"
        "<ul class='dataset-resources list-unstyled'><li><a href='#' class='badge badge-default' data-format='csv'>"
        "CSV</a></li><li><a href='#' class='badge badge-default' data-format='xlsx'>XLSX</a></li></ul></li>"
        for slug, title, org, updated in rows
    )
    return (
        "<div class='row wrapper'><aside class='secondary col-md-3'><section class='module module-narrow'>"
        "<h2 class='module-heading'>Organisasi</h2><nav><ul><li><a href='?organization=dinkes'>Dinas Kesehatan "
        "(48)</a></li><li><a href='?organization=disdukcapil'>Disdukcapil (31)</a></li><li><a href='?organization="
        "bps'>Bappelitbangda (27)</a></li></ul></nav></section><section class='module module-narrow'>"
        "<h2 class='module-heading'>Format</h2><nav><ul><li><a href='?res_format=CSV'>CSV (312)</a></li>"
        "<li><a href='?res_format=XLSX'>XLSX (188)</a></li></ul></nav></section></aside>"
        "<div class='primary col-md-9'><section class='module'><div class='module-content'>"
        "<form class='search-form'><h1>412 dataset ditemukan</h1><div class='form-select'><label for='field-order-by'>"
        "Urutkan</label><select id='field-order-by' name='sort'><option value='score desc'>Relevansi</option>"
        "<option value='metadata_modified desc' selected>Terakhir Diubah</option></select></div></form>"
        f"<ul class='dataset-list list-unstyled'>{items}</ul></div></section></div></div>"
    )


_CKAN_FRESH: tuple[Dataset, ...] = (
    ("jumlah-penduduk-per-kelurahan", "Jumlah Penduduk per Kelurahan", "Disdukcapil", "30 November 2026"),
    ("kasus-dbd-per-kecamatan", "Kasus DBD per Kecamatan", "Dinas Kesehatan", "25 November 2026"),
    ("ruas-jalan-kota", "Ruas Jalan Kota", "Dinas Bina Marga dan Sumber Daya Air", "2 Oktober 2026"),
)
_CKAN_STALE: tuple[Dataset, ...] = (
    ("jumlah-penduduk-per-kelurahan", "Jumlah Penduduk per Kelurahan", "Disdukcapil", "14 Januari 2025"),
    ("kasus-dbd-per-kecamatan", "Kasus DBD per Kecamatan", "Dinas Kesehatan", "9 Desember 2024"),
    ("ruas-jalan-kota", "Ruas Jalan Kota", "Dinas Bina Marga dan Sumber Daya Air", "2 Oktober 2024"),
)


def ckan_dataset(updated: str, created: str, modified_iso: str) -> str:
    """Return CKAN's dataset page: its resources and the "Additional Info" table in English (the vendor's strings
    untranslated), with the raw ``metadata_modified`` an extension's field prints."""
    return ckan_page(
        "Jumlah Penduduk per Kelurahan",
        "<ol class='breadcrumb'><li><a href='/'>Beranda</a></li><li><a href='/organization/disdukcapil'>"
        "Disdukcapil</a></li><li class='active'><a href='/dataset/jumlah-penduduk-per-kelurahan'>Jumlah Penduduk per "
        "Kelurahan</a></li></ol><article class='module'><div class='module-content'>"
        "<h1>Jumlah Penduduk per Kelurahan</h1><div class='notes embedded-content'><p>Jumlah penduduk Kota Bekasi per "
        "kelurahan menurut jenis kelamin, hasil konsolidasi data kependudukan semester II.</p></div>"
        "<section id='dataset-resources' class='resources'><h2>Data dan Sumber Daya</h2><ul class='resource-list'>"
        "<li class='resource-item'><a class='heading' href='/dataset/jumlah-penduduk-per-kelurahan/resource/7c1e'>"
        "penduduk-kelurahan-2026-s2.csv<span class='format-label' data-format='csv'>CSV</span></a></li>"
        "<li class='resource-item'><a class='heading' href='/dataset/jumlah-penduduk-per-kelurahan/resource/7c1f'>"
        "penduduk-kelurahan-2026-s1.csv<span class='format-label' data-format='csv'>CSV</span></a></li></ul></section>"
        "<section class='additional-info'><h3>Additional Info</h3><table class='table table-striped table-bordered "
        "table-condensed'><thead><tr><th scope='col'>Field</th><th scope='col'>Value</th></tr></thead><tbody>"
        "<tr><th scope='row' class='dataset-label'>Author</th><td class='dataset-details'>Bidang Pengelolaan Informasi "
        "Administrasi Kependudukan</td></tr><tr><th scope='row' class='dataset-label'>Maintainer</th>"
        "<td class='dataset-details'>Disdukcapil Kota Bekasi</td></tr><tr><th scope='row' class='dataset-label'>Version"
        "</th><td class='dataset-details'>2.1</td></tr><tr><th scope='row' class='dataset-label'>Last Updated</th>"
        f"<td class='dataset-details'><span class='automatic-local-datetime' data-datetime='{modified_iso}+0000'>"
        f"{updated}</span></td></tr><tr><th scope='row' class='dataset-label'>Created</th><td class='dataset-details'>"
        f"{created}</td></tr><tr><th scope='row' class='dataset-label'>metadata_modified</th>"
        "<td class='dataset-details'>"
        f"{modified_iso}</td></tr><tr><th scope='row' class='dataset-label'>Frekuensi</th><td class='dataset-details'>"
        "Per semester</td></tr></tbody></table></section></div></article>",
    )


# --- OJS ----------------------------------------------------------------------------------------------------------


def ojs_page(issue: str, published: str, articles: tuple[str, ...]) -> str:
    """Return a department's journal on OJS 3.3 (the default theme): its header, the current issue ``issue`` with
    "Diterbitkan: ``published``", its articles and the "Platform & workflow by OJS / PKP" footer."""
    items = "".join(
        f"<div class='obj_article_summary'><h3 class='title'><a id='article-{312 - i}' "
        "href='/index.php/jkb/article/view/"
        f"{312 - i}'>{title}</a></h3><div class='meta'><div class='authors'>Siti Rahmawati, Budi Santoso</div>"
        f"<div class='pages'>{1 + 14 * i}-{14 + 14 * i}</div></div><ul class='galleys_links'><li>"
        "<a class='obj_galley_link "
        f"pdf' href='/index.php/jkb/article/view/{312 - i}/{201 - i}'>PDF</a></li></ul></div>"
        for i, title in enumerate(articles)
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID" xml:lang="id-ID"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1.0"><title>Jurnal Kebijakan Publik Kota Bekasi</title>
<meta name="generator" content="Open Journal Systems 3.3.0.14">
<link rel="alternate" type="application/atom+xml"
href="/index.php/jkb/gateway/plugin/AnnouncementFeedGatewayPlugin/atom">
<link rel="stylesheet" href="/index.php/jkb/$$$call$$$/page/page/css?name=stylesheet" type="text/css" /></head>
<body class="pkp_page_index pkp_op_index has_site_logo" dir="ltr"><div class="pkp_structure_page">
<header class="pkp_structure_head" id="headerNavigationContainer" role="banner"><div class="pkp_head_wrapper">
<div class="pkp_site_name_wrapper"><div class="pkp_site_name"><a href="/index.php/jkb/index" class="is_img">
<img src="/public/journals/1/pageHeaderLogoImage_id_ID.png" alt="Jurnal Kebijakan Publik Kota Bekasi"></a></div></div>
<nav class="pkp_site_nav_menu" aria-label="Navigasi Situs">
<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">
<li><a href="/index.php/jkb/issue/current">Terkini</a></li><li><a href="/index.php/jkb/issue/archive">Arsip</a></li>
<li><a href="/index.php/jkb/announcement">Pengumuman</a></li><li><a href="/index.php/jkb/about">Tentang Kami</a></li>
</ul><ul id="navigationUser" class="pkp_navigation_user pkp_nav_list"><li>
<a href="/index.php/jkb/user/register">Daftar</a>
</li><li><a href="/index.php/jkb/login">Login</a></li></ul></nav></div></header>
<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" role="main">
<div class="page_index_journal">
<section class="homepage_about"><h2>Tentang Jurnal</h2><p>Jurnal Kebijakan Publik Kota Bekasi (e-ISSN 2775-1234) terbit
dua kali setahun, memuat hasil penelitian dan kajian kebijakan pembangunan daerah.</p></section>
<section class="current_issue"><h2>Terbitan Terkini</h2><div class="obj_issue_toc"><div class="heading">
<div class="pub_id doi"><span class="type">DOI:</span> <span class="id">https://doi.org/10.55123/jkb.v5i2</span></div>
<div class="published"><span class="label">Diterbitkan:</span> <span class="value">{published}</span></div></div>
<div class="sections"><div class="section"><h2>Artikel</h2><ul class="cmp_article_list articles"><li>{items}</li></ul>
</div></div></div><h3 class="issue_title">{issue}</h3>
<a href="/index.php/jkb/issue/archive" class="read_more">Lihat Semua
Terbitan</a></section></div></div>
<div class="pkp_structure_sidebar left" role="complementary"><div class="pkp_block block_make_submission">
<div class="content">
<a class="block_make_submission_link" href="/index.php/jkb/about/submissions">Kirim Naskah</a></div></div>
<div class="pkp_block block_information"><h2 class="title">Informasi</h2><div class="content"><ul><li>
<a href="/index.php/jkb/information/readers">Untuk Pembaca</a></li><li><a href="/index.php/jkb/information/authors">
Untuk Penulis</a></li></ul></div></div></div></div>
<div class="pkp_structure_footer_wrapper" role="contentinfo"><div class="pkp_structure_footer">
<div class="pkp_footer_content">
<p>Bappelitbangda Kota Bekasi, Jl. Jend. Ahmad Yani No. 1, Bekasi</p></div>
<div class="pkp_brand_footer" role="complementary">
<a href="/index.php/jkb/about/aboutThisPublishingSystem"><img alt="Platform &amp; workflow by OJS / PKP"
src="/templates/images/ojs_brand.png"></a></div></div></div></div>
<script src="/lib/pkp/lib/vendor/components/jquery/jquery.min.js?v=3.3.0.14" type="text/javascript"></script></body>
</html>"""


_OJS_ARTICLES = (
    "Evaluasi Implementasi Sistem Pemerintahan Berbasis Elektronik di Kota Bekasi",
    "Analisis Kinerja Pelayanan Administrasi Kependudukan Berbasis Daring",
    "Strategi Penurunan Stunting melalui Konvergensi Program di Tingkat Kelurahan",
    "Kajian Kebijakan Pengelolaan Sampah Terpadu di TPST Bantargebang",
)


# --- Moodle -------------------------------------------------------------------------------------------------------


def moodle_page(body: str, title: str = "E-Learning BKPSDM Kota Bekasi") -> str:
    """Return the BKPSDM's e-learning on Moodle 4.1 (Boost): the navbar, ``body`` and the footer with the
    "Powered by Moodle" line."""
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="id" xml:lang="id"><head><title>{title}</title>
<link rel="shortcut icon" href="https://elearning.bekasikota.go.id/theme/image.php/boost/theme/1701234567/favicon" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="moodle, {title}" />
<link rel="stylesheet" type="text/css"
href="https://elearning.bekasikota.go.id/theme/styles.php/boost/1701234567_1/all" />
<script>var M = {{}}; M.yui = {{}}; M.cfg = {{"wwwroot":"https:\\/\\/elearning.bekasikota.go.id","sesskey":"aB3dE5fG7h",
"themerev":"1701234567","theme":"boost","release":"4.1.6+ (Build: 20231020)"}};</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body id="page-site-index" class="format-site course path-site chrome dir-ltr lang-id yui-skin-sam pagelayout-frontpage
course-1 context-2 notloggedin"><div id="page-wrapper" class="d-print-block">
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Navigasi situs">
<a href="https://elearning.bekasikota.go.id/" class="navbar-brand">E-Learning BKPSDM</a>
<div class="primary-navigation"><nav class="moremenu navigation"><ul class="nav more-nav"><li class="nav-item">
<a class="nav-link active" href="https://elearning.bekasikota.go.id/">Beranda</a></li></ul></nav></div>
<div class="d-flex align-items-stretch usermenu-container"><div class="usermenu"><span class="login pl-2">
<a href="https://elearning.bekasikota.go.id/login/index.php">Masuk</a></span></div></div></nav>
<div id="page" class="container-fluid"><div id="topofscroll" class="main-inner"><div id="page-content"
class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Konten">
<div role="main"><span id="maincontent"></span>{body}</div></section></div></div></div>
<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container"
data-region="footer-content-popover"></div><div class="footer-section p-3 border-bottom"><div class="logininfo">
Anda belum masuk. (<a href="https://elearning.bekasikota.go.id/login/index.php">Masuk</a>)</div>
<div class="tool_usertours-resettourcontainer"></div></div><div class="footer-section p-3"><div>Dipersembahkan oleh
<a href="https://moodle.com">Moodle</a></div></div></footer></div></div></body></html>"""


def moodle_courses(news: str = "") -> str:
    """Return Moodle's front page: the site news (forum posts with their dates, where given) and the course list."""
    courses = "".join(
        f"<div class='coursebox clearfix' data-courseid='{10 + i}' data-type='1'><div class='info'>"
        "<h3 class='coursename'><a class='aalink' "
        f"href='https://elearning.bekasikota.go.id/course/view.php?id={10 + i}'>"
        f"{name}</a></h3></div><div class='content'><div class='summary'><p>{summary}</p></div>"
        "<ul class='teachers'><li>Pengajar: <a href='#'>Widyaiswara BKPSDM</a></li></ul></div></div>"
        for i, (name, summary) in enumerate(
            (
                ("Pelatihan Dasar CPNS Golongan III", "Materi aktualisasi nilai dasar ASN."),
                ("Manajemen ASN dan Sistem Merit", "Kebijakan manajemen aparatur sipil negara."),
                ("Penyusunan Sasaran Kinerja Pegawai", "Cara menyusun SKP dan rencana hasil kerja."),
                ("Literasi Digital bagi Aparatur", "Keamanan informasi dan etika bermedia sosial."),
            )
        )
    )
    return (
        f"{news}<div id='frontpage-course-list'><h2>Kursus yang tersedia</h2>"
        "<div class='courses frontpage-course-list-all'>"
        f"{courses}</div></div>"
    )


def moodle_news(posted: tuple[tuple[str, str], ...]) -> str:
    """Return Moodle's "Berita situs" forum on the front page, each post with its date line as Moodle writes it."""
    posts = "".join(
        f"<article class='forum-post-container mb-2'><div class='d-flex flex-column w-100'><header class='mb-2'>"
        f"<h3 class='h6 font-weight-bold mb-0'>{subject}</h3><div class='mb-3'>oleh <a href='#'>Admin E-Learning</a>"
        f" - <time datetime=''>{when}</time></div></header><div class='post-content-container'><p>Peserta diminta "
        "memeriksa jadwal pada halaman kursus masing-masing.</p></div></div></article>"
        for subject, when in posted
    )
    return f"<div id='site-news-forum'><h2>Berita situs</h2>{posts}</div>"


# --- pages of other applications ----------------------------------------------------------------------------------


def admin_lte(title: str, brand: str, body: str) -> str:
    """Return a department's application on AdminLTE 3 (CodeIgniter): the sidebar of its modules, ``body``, and the
    footer with its version line."""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/assets/plugins/fontawesome-free/css/all.min.css">
<link rel="stylesheet" href="/assets/dist/css/adminlte.min.css"></head>
<body class="hold-transition sidebar-mini layout-fixed"><div class="wrapper">
<nav class="main-header navbar navbar-expand navbar-white navbar-light"><ul class="navbar-nav"><li class="nav-item">
<a class="nav-link" data-widget="pushmenu" href="#"><i class="fas fa-bars"></i></a></li><li class="nav-item">
<a href="/" class="nav-link">Beranda</a></li></ul></nav>
<aside class="main-sidebar sidebar-dark-primary elevation-4"><a href="/" class="brand-link">
<img src="/assets/img/logo-bekasi.png" alt="" class="brand-image"><span class="brand-text">{brand}</span></a>
<div class="sidebar"><nav class="mt-2"><ul class="nav nav-pills nav-sidebar flex-column">
<li class="nav-item"><a href="/dashboard" class="nav-link"><i class="nav-icon fas fa-tachometer-alt"></i>
<p>Dasbor</p></a></li>
<li class="nav-item"><a href="/layanan" class="nav-link"><i class="nav-icon fas fa-list"></i><p>Layanan</p></a></li>
<li class="nav-item"><a href="/panduan" class="nav-link"><i class="nav-icon fas fa-book"></i><p>Panduan</p></a></li>
</ul></nav></div></aside>
<div class="content-wrapper"><section class="content"><div class="container-fluid">{body}</div></section></div>
<footer class="main-footer"><strong>Copyright &copy; 2019-2026 <a href="https://bekasikota.go.id">Pemerintah Kota
Bekasi</a>.</strong><div class="float-right d-none d-sm-inline-block"><b>Versi</b> 3.2.1</div></footer></div>
<script src="/assets/plugins/jquery/jquery.min.js"></script><script src="/assets/dist/js/adminlte.min.js"></script>
</body></html>"""


def login_box(title: str, brand: str, note: str = "") -> str:
    """Return an application's AdminLTE login page: the logo, the form (username, password, remember me) and
    ``note`` under it."""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/assets/dist/css/adminlte.min.css"></head>
<body class="hold-transition login-page"><div class="login-box"><div class="login-logo"><img src="/assets/img/logo.png"
alt="" height="72"><br><b>{brand}</b></div><div class="card"><div class="card-body login-card-body">
<p class="login-box-msg">Silakan masuk untuk memulai sesi Anda</p>
<form action="/auth/login" method="post"><input type="hidden" name="csrf_token" value="8c1f0e9a2b7d4c3e">
<div class="input-group mb-3"><input type="text" name="username" class="form-control" placeholder="Nama Pengguna"></div>
<div class="input-group mb-3"><input type="password" name="password" class="form-control" placeholder="Kata Sandi">
</div>
<div class="row"><div class="col-8"><div class="icheck-primary"><input type="checkbox" id="remember" name="remember">
<label for="remember">Ingat saya</label></div></div><div class="col-4"><button type="submit"
class="btn btn-primary btn-block">Masuk</button></div></div></form>{note}</div></div></div>
<script src="/assets/plugins/jquery/jquery.min.js"></script></body></html>"""


def portal_page(news: tuple[tuple[str, str], ...]) -> str:
    """Return the city's portal "Bekasi Kota Cerdas": its services grid, the latest news (headline, date) and the
    footer of the Diskominfostandi."""
    items = "".join(
        f"<div class='col-md-4'><div class='card news'><img src='/storage/berita/{i}.jpg' alt=''>"
        "<div class='card-body'>"
        f"<span class='date'><i class='far fa-calendar'></i> {when}</span><h5><a href='/berita/{i}'>{headline}</a></h5>"
        "</div></div></div>"
        for i, (headline, when) in enumerate(news, start=1)
    )
    services = "".join(
        f"<a class='service' href='{href}'><i class='fas fa-{icon}'></i><span>{name}</span></a>"
        for href, icon, name in (
            ("https://jdih.bekasikota.go.id", "balance-scale", "JDIH"),
            ("https://ppid.bekasikota.go.id", "info-circle", "PPID"),
            ("https://lpse.bekasikota.go.id/eproc4", "gavel", "LPSE"),
            ("https://satudata.bekasikota.go.id", "database", "Satu Data"),
            ("https://antrian.disdukcapil.bekasikota.go.id", "id-card", "Antrian Dukcapil"),
            ("https://sp4n.lapor.go.id", "bullhorn", "SP4N-LAPOR!"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bekasi Kota Cerdas - Portal Resmi Pemerintah Kota Bekasi</title>
<meta name="csrf-token" content="Yx7pQ2mZ0aB9cD4eF6gH8iJ1kL3mN5oP7qR9sT0u">
<link rel="stylesheet" href="/css/app.css?id=4f1a2b3c"></head>
<body><div class="topbar"><div class="container"><span>Pemerintah Kota Bekasi</span><span class="ms-auto">
<a href="/en">EN</a> | <a href="/">ID</a></span></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a href="/" class="navbar-brand">
<img src="/img/logo-bkc.png"
alt="Bekasi Kota Cerdas"></a><ul class="navbar-nav"><li><a href="/">Beranda</a></li><li>
<a href="/profil">Profil Kota</a>
</li><li><a href="/layanan">Layanan Publik</a></li><li><a href="/berita">Berita</a></li><li><a href="/pengumuman">
Pengumuman</a></li><li><a href="/smart-city">Smart City</a></li><li><a href="/kontak">Kontak</a></li></ul></div></nav>
<section class="hero"><div class="container"><h1>Bekasi Kota Cerdas</h1><p>Cerdas, Kreatif, Maju, Sejahtera dan
Ihsan</p></div></section>
<section class="services"><div class="container"><h2>Layanan Digital</h2><div class="grid">{services}</div></div>
</section>
<section class="news"><div class="container"><h2>Berita Terkini</h2><div class="row">{items}</div>
<a href="/berita" class="btn btn-outline-primary">Berita lainnya</a></div></section>
<footer><div class="container"><p>Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi<br>
Jl. Jend. Ahmad Yani No. 1, Bekasi 17141 | Call Center 112</p><p>&copy; 2026 Pemerintah Kota Bekasi</p></div></footer>
<script src="/js/app.js?id=8e9f0a1b"></script></body></html>"""


def metabase_page() -> str:
    """Return Metabase's public dashboard: the single-page application's shell and its bootstrap data."""
    return """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="apple-mobile-web-app-capable" content="yes" /><link rel="icon" href="app/assets/img/favicon.ico" />
<title>Dasbor Indikator Kinerja Kota Bekasi · Metabase</title>
<script type="text/javascript">window.MetabaseBootstrap = {"version":{"date":"2024-08-21","tag":"v0.50.21",
"hash":"4f2d7a1"},"site-locale":"id","site-name":"Satu Data Kota Bekasi","anon-tracking-enabled":false,
"application-name":"Metabase","available-locales":[["en","English"],["id","Indonesian"]]};
window.MetabaseRoot = "/"; window.MetabaseNonce = "Zm9vYmFyYmF6";</script>
<link href="app/dist/styles.3c9d1e.css" rel="stylesheet"></head>
<body><div id="root"></div><noscript>Aktifkan JavaScript untuk melihat dasbor ini.</noscript>
<script src="app/dist/vendor.a71b2c.js"></script><script src="app/dist/app-public.b82c3d.js"></script></body></html>"""


def tableau_page(data_as_of: str) -> str:
    """Return a department's dashboard page that embeds a Tableau Public view, with the data's date beside it."""
    return admin_lte(
        "Dasbor Data Kesehatan - Dinas Kesehatan Kota Bekasi",
        "Dasbor Dinkes",
        "<h1>Dasbor Data Kesehatan</h1><p class='text-muted'>Sumber: Sistem Informasi Kesehatan Daerah. Data per "
        f"{data_as_of}.</p><div class='tableauPlaceholder' id='viz1701234567' style='position: relative'><noscript>"
        "<a href='#'><img alt='Dasbor Kesehatan' src='https://public.tableau.com/static/images/Da/DasborKesehatan/"
        "Utama/1_rss.png' style='border: none' /></a></noscript><object class='tableauViz' style='display:none;'>"
        "<param name='host_url' value='https%3A%2F%2Fpublic.tableau.com%2F' /><param name='embed_code_version' "
        "value='3' /><param name='name' value='DasborKesehatanKotaBekasi&#47;Utama' /><param name='tabs' value='no' />"
        "<param name='toolbar' value='yes' /><param name='language' value='id-ID' /></object></div>"
        "<script type='text/javascript' src='https://public.tableau.com/javascripts/api/viz_v1.js'></script>",
    )


def sirup_page(updated: str) -> str:
    """Return SIRUP's list of a department's procurement plans (RUP): package, budget ceiling, method, month of
    selection (the year ahead's), and the list's "Terakhir diperbarui"."""
    rows = "".join(
        f"<tr><td>{40211234 + i}</td><td>{name}</td><td class='text-right'>{ceiling}</td><td>{method}</td>"
        f"<td>APBD</td><td>{month}</td></tr>"
        for i, (name, ceiling, method, month) in enumerate(
            (
                ("Belanja Obat dan Bahan Medis Habis Pakai", "Rp 18.400.000.000", "E-Purchasing", "Januari 2027"),
                ("Pemeliharaan Gedung Puskesmas", "Rp 2.150.000.000", "Tender", "Februari 2027"),
                ("Jasa Konsultansi Perencanaan RSUD Tipe D", "Rp 780.000.000", "Seleksi", "Maret 2027"),
                ("Belanja Alat Kesehatan Posyandu", "Rp 940.000.000", "Pengadaan Langsung", "April 2027"),
            )
        )
    )
    return admin_lte(
        "SiRUP - Rencana Umum Pengadaan Dinas Kesehatan Kota Bekasi",
        "SiRUP Kota Bekasi",
        "<h1>Rencana Umum Pengadaan Tahun Anggaran 2027</h1><p>Satuan Kerja: Dinas Kesehatan Kota Bekasi. Terakhir "
        f"diperbarui: {updated}</p><table class='table table-bordered'><thead><tr><th>Kode RUP</th><th>Nama Paket</th>"
        "<th>Pagu</th><th>Metode Pemilihan</th><th>Sumber Dana</th><th>Waktu Pemilihan</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>",
    )


def antrian_page() -> str:
    """Return Disdukcapil's online queue: the opening hour, each service's remaining slots by day ahead."""
    days = ("Jumat, 4 Desember 2026", "Senin, 7 Desember 2026", "Selasa, 8 Desember 2026")
    rows = "".join(
        f"<tr><td>{day}</td><td>{kk}</td><td>{ktp}</td><td>{akta}</td><td><a class='btn btn-sm btn-success' "
        f"href='/antrian/ambil?tanggal={i}'>Ambil Antrian</a></td></tr>"
        for i, (day, kk, ktp, akta) in enumerate(
            zip(
                days,
                ("slot tersisa 42", "slot tersisa 120", "slot tersisa 120"),
                ("18", "75", "80"),
                ("9", "40", "40"),
                strict=True,
            )
        )
    )
    return admin_lte(
        "Antrian Online Disdukcapil Kota Bekasi",
        "Antrian Dukcapil",
        "<h1>Antrian Online Pelayanan Administrasi Kependudukan</h1><div class='alert alert-info'>Antrian online "
        "dibuka pukul 07.00 WIB setiap hari kerja untuk tiga hari layanan ke depan. Kuota per hari terbatas.</div>"
        "<table class='table table-bordered'><thead><tr><th>Hari Layanan</th><th>Kartu Keluarga</th><th>KTP-el (slot)"
        f"</th><th>Akta Kelahiran (slot)</th><th></th></tr></thead><tbody>{rows}</tbody></table>"
        "<p>Bawa bukti antrian dan berkas asli. Datang 15 menit sebelum jam layanan.</p>",
    )


def ekinerja_page() -> str:
    """Return e-Kinerja's login page: the assessment period and the deadline for entering activities."""
    return login_box(
        "e-Kinerja ASN Pemerintah Kota Bekasi",
        "e-Kinerja",
        "<div class='alert alert-warning mt-3'>Periode penilaian: 1 - 30 November 2026. Batas akhir input aktivitas "
        "harian: 5 Desember 2026 pukul 23.59 WIB.</div><p class='mt-3 text-center text-muted'>BKPSDM Kota Bekasi "
        "&copy; 2026 · Versi 2.7.0</p>",
    )


def simpus_page() -> str:
    """Return a Puskesmas' SIMPUS login page with its build stamp of years ago."""
    return login_box(
        "SIMPUS - Puskesmas Bekasi Jaya",
        "SIMPUS Puskesmas Bekasi Jaya",
        "<p class='mt-3 text-center text-muted'>Sistem Informasi Manajemen Puskesmas &copy; 2018-2026 Dinas Kesehatan "
        "Kota Bekasi<br>Versi 3.2.1 (build 20190312)</p>",
    )


# --- the platforms' own broken pages ------------------------------------------------------------------------------

_NGINX_WELCOME = """<!DOCTYPE html>
<html><head><title>Welcome to nginx!</title><style>html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto; font-family: Tahoma, Verdana, Arial, sans-serif; }</style></head>
<body><h1>Welcome to nginx!</h1><p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p><p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>Commercial support is available at <a
href="http://nginx.com/">nginx.com</a>.</p>
<p><em>Thank you for using nginx.</em></p></body></html>"""

_CI_DATABASE_ERROR = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Database Error</title><style type="text/css">
#container { margin: 10px; border: 1px solid #D0D0D0; box-shadow: 0 0 8px #D0D0D0; }</style></head>
<body><div id="container"><h1>A Database Error Occurred</h1><p>Unable to connect to your database server using the
provided settings.</p><p>Filename: core/CodeIgniter.php</p><p>Line Number: 500</p></div></body></html>"""

_SPSE_MAINTENANCE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8"><title>LPSE Kota Bekasi: Pemeliharaan Sistem</title>
<link rel="stylesheet" href="/eproc4/public/css/bootstrap.min.css"></head>
<body><div class="container text-center" style="margin-top:80px"><img src="/eproc4/public/images/imgng/logo-spse.png"
alt="SPSE"><h2>Mohon Maaf</h2><p>Saat ini SPSE LPSE Kota Bekasi sedang dalam proses pemeliharaan sistem (maintenance)
dan peningkatan versi aplikasi.</p><p>Layanan akan kembali normal secepatnya. Terima kasih atas pengertian Anda.</p>
<p>Info lebih lanjut hubungi Helpdesk LPSE: (021) 8897-0112</p></div></body></html>"""

_PLAY_ERROR = """<!DOCTYPE html>
<html><head><title>Application error</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
</head><body><style type="text/css">html, body, pre { margin: 0; padding: 0; font-family: Monaco, 'Lucida Console';
background: #ECECEC; } h1 { margin: 0; background: #AD632A; padding: 20px 45px; color: #fff; }</style>
<h1>Oops: An unexpected error occured</h1>
<p id="detail">This exception has been logged with id <strong>7kfm2p9d3</strong>
</p></body></html>"""

_OJS_INSTALL = """<!DOCTYPE html>
<html lang="en-US" xml:lang="en-US"><head><meta charset="utf-8"><title>OJS Installation</title>
<link rel="stylesheet" href="/index.php/index/$$$call$$$/page/page/css?name=stylesheet" type="text/css" /></head>
<body class="pkp_page_install pkp_op_index"><div class="pkp_structure_page"><div class="pkp_structure_content">
<div class="pkp_structure_main" role="main"><h1>OJS Installation</h1><div class="page_install">
<p>Thank you for downloading the Public Knowledge Project's <strong>Open Journal Systems</strong> version 3.3.0.14.
Before proceeding, please read the README file included with this software.</p>
<h3>Pre-Installation Steps</h3><ol><li>The following files and directories (and their contents) must be made
writable: config.inc.php, public/, cache/</li><li>A directory to store uploaded files must be created and made
writable.</li></ol><form method="post" action="/index.php/index/install/install"><fieldset><legend>Locale Settings
</legend><select name="locale"><option value="en_US">English</option><option value="id_ID">Bahasa Indonesia</option>
</select></fieldset><button type="submit">Install Open Journal Systems</button></form></div></div></div></div>
</body></html>"""

_OJS_DATABASE_ERROR = """<!DOCTYPE html>
<html><head><title>Error</title></head><body><h1>Database connection failed!</h1>
<p>SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `journals` where `path` = jkb)</p>
<p>/var/www/jurnal/lib/pkp/classes/db/DAO.inc.php:91</p></body></html>"""

_MOODLE_MAINTENANCE = """<!DOCTYPE html>
<html dir="ltr" lang="id" xml:lang="id"><head><title>E-Learning BKPSDM Kota Bekasi: Pemeliharaan</title>
<link rel="stylesheet" type="text/css"
href="https://elearning.bekasikota.go.id/theme/styles.php/boost/1701234567_1/all" />
</head><body id="page-site-maintenance" class="pagelayout-maintenance"><div id="page" class="container-fluid">
<div id="page-content"><div role="main"><span id="maincontent"></span>
<div class="box py-3 generalbox maintenancewarning">
Situs ini sedang dalam perawatan dan saat ini tidak tersedia</div><div class="box py-3 generalbox">Pelatihan daring
dapat diakses kembali setelah pembaruan ke Moodle 4.1 selesai.</div></div></div></div></body></html>"""

_MOODLE_CLI_MAINTENANCE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Site maintenance</title>
</head><body><div style="margin-top:50px;text-align:center"><h1>Site is undergoing maintenance</h1>
<p>Please try again later.</p></div></body></html>"""

_MOODLE_DB_ERROR = """<!DOCTYPE html>
<html><head><title>Error</title></head><body><div id="page"><div id="region-main">
<div class="box errorbox alert alert-danger"><p class="errormessage">Error: Database connection failed</p>
<p>It is possible that the database is overloaded or otherwise not running properly.</p>
<p>The site administrator should also check that the database details have been correctly specified in
config.php</p></div></div></div></body></html>"""

_MOODLE_INSTALL = """<!DOCTYPE html>
<html dir="ltr" lang="en" xml:lang="en"><head><title>Installation</title><link rel="stylesheet" type="text/css"
href="/install/css.php" /><meta http-equiv="content-type" content="text/html; charset=utf-8" /></head>
<body><div id="page" class="stage1"><div id="header">
<h1 class="headermain">Installation - Moodle 4.1.6+ (Build: 20231020)
</h1></div><div id="installdiv"><h2>Choose a language</h2>
<div class="stage">Please choose a language for the installation.
This language will also be used as the default language for the site, though it may be changed later.</div>
<form id="installform" method="post" action="install.php"><select name="lang"><option value="en" selected>English (en)
</option><option value="id">Indonesian (id)</option></select><input type="submit" name="next" value="Next &raquo;" />
</form></div></div></body></html>"""

_LARAVEL_DOWN = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service Unavailable</title><style>body { font-family: ui-sans-serif, system-ui; }</style></head>
<body class="antialiased"><div class="relative flex items-top justify-center min-h-screen bg-gray-100 sm:items-center">
<div class="max-w-xl mx-auto sm:px-6 lg:px-8"><div class="flex items-center pt-8 sm:justify-start sm:pt-0">
<div class="px-4 text-lg text-gray-500 border-r border-gray-400 tracking-wider">503</div>
<div class="ml-4 text-lg text-gray-500 uppercase tracking-wider">Service Unavailable</div></div></div></div></body>
</html>"""

_LARAVEL_SERVER_ERROR = _LARAVEL_DOWN.replace("Service Unavailable", "Server Error").replace(">503<", ">500<")


def _jdih_maintenance() -> str:
    return jdih_page(
        "Pemeliharaan",
        "<div class='text-center py-5'><h2>Website Sedang Dalam Pemeliharaan</h2><p>Mohon maaf, website JDIH Kota "
        "Bekasi sedang dalam pemeliharaan sistem untuk sinkronisasi dengan JDIHN. Silakan kembali beberapa saat "
        "lagi.</p></div>",
    )


def _jdih_not_found() -> str:
    return jdih_page(
        "404",
        "<div class='text-center py-5'><h1>404</h1><h2>Halaman Tidak Ditemukan</h2><p>Maaf, halaman yang Anda cari "
        "tidak ditemukan atau telah dipindahkan.</p><a class='btn btn-primary' href='/'>Kembali ke Beranda</a></div>",
    )


def _ppid_not_found() -> str:
    return ppid_page(
        "Halaman tidak ditemukan",
        "<section class='error-404 not-found'><header class='page-header'><h1 class='page-title'>Oops! Halaman tidak "
        "ditemukan.</h1></header><div class='page-content'><p>Sepertinya tidak ada apa pun di lokasi ini. Coba "
        "gunakan pencarian?</p><form role='search' action='/'><input type='search' name='s'></form></div></section>",
    )


def _ckan_not_found() -> str:
    return ckan_page(
        "Dataset tidak ditemukan",
        "<div class='module'><div class='module-content'><h1>Dataset tidak ditemukan</h1><p>Dataset yang Anda cari "
        "tidak ditemukan. Dataset mungkin telah dihapus atau dipindahkan.</p></div></div>",
    )


# --- the catalogue ------------------------------------------------------------------------------------------------

# Healthy and fresh: aktif, update, no finding; the day the newest entry dates the page.
FRESH: dict[str, tuple[str, str]] = {
    # Promulgated the day after it was enacted: the newer of the two.
    "jdih-home-latest-regulations": (jdih_page("Beranda", jdih_list(_JDIH_FRESH)), "2026-11-27"),
    "jdih-home-iso-dates": (
        jdih_page(
            "Beranda",
            jdih_list(tuple((k, t, _iso(e), _iso(p), st) for k, t, e, p, st in _JDIH_FRESH), "Peraturan Terbaru"),
        ),
        "2026-11-27",
    ),
    "ppid-public-information-list": (ppid_page("Beranda", ppid_list(_PPID_FRESH) + _PPID_STATS), "2026-11-27"),
    "spse-home-open-tenders": (spse_page("LPSE Kota Bekasi", spse_tenders(_SPSE_OPEN, _SPSE_NEWS_FRESH)), "2026-12-01"),
    "ckan-dataset-list": (ckan_page("Dataset", ckan_list(_CKAN_FRESH)), "2026-11-30"),
    "ckan-dataset-additional-info": (
        ckan_dataset("November 28, 2026, 10:15 (UTC)", "March 3, 2021, 08:00 (UTC)", "2026-11-28T10:15:33.123456"),
        "2026-11-28",
    ),
    "ojs-current-issue": (ojs_page("Vol. 5 No. 2 (2026): Desember 2026", "2026-11-20", _OJS_ARTICLES), "2026-11-20"),
    "moodle-front-page-with-news": (
        moodle_page(
            moodle_courses(
                moodle_news(
                    (
                        ("Jadwal Pelatihan Dasar CPNS Angkatan VII", "Rabu, 25 November 2026, 08:14"),
                        ("Pemeliharaan server 14 November", "Jumat, 13 November 2026, 16:02"),
                    )
                )
            )
        ),
        "2026-11-25",
    ),
    "bekasi-kota-cerdas-portal": (
        portal_page(
            (
                ("Wali Kota Tinjau Banjir di Perumahan Pondok Gede Permai", "1 Desember 2026"),
                ("Bekasi Raih Penghargaan Kota Layak Anak Kategori Nindya", "27 November 2026"),
                ("Pemkot Bekasi Salurkan Bantuan Seragam Sekolah Gratis", "24 November 2026"),
            )
        ),
        "2026-12-01",
    ),
    "tableau-dashboard-data-as-of": (tableau_page("30 November 2026"), "2026-11-30"),
    "sirup-plan-list": (sirup_page("1 Desember 2026"), "2026-12-01"),
    # Its stages run into January; its last stage begun is yesterday's (today's, with its hour, reads as a clock).
    "spse-tender-schedule": (spse_schedule("30 November 2026", _SPSE_STAGES), "2026-12-02"),
    "ckan-dataset-updated-this-morning": (
        ckan_dataset("December 3, 2026, 00:30 (UTC)", "March 3, 2021, 08:00 (UTC)", "2026-12-03T00:30:41.551203"),
        "2026-12-03",
    ),
    # One period, the month just assessed: its last day.
    "ekinerja-login-with-period-and-deadline": (ekinerja_page(), "2026-11-30"),
}

# Healthy and stale: aktif, tidak_update, no finding; the day the newest entry dates the page.
STALE: dict[str, tuple[str, str]] = {
    "jdih-home-regulations-of-2019": (jdih_page("Beranda", jdih_list(_JDIH_STALE)), "2019-06-04"),
    "jdih-home-newest-of-may": (jdih_page("Beranda", jdih_list(_JDIH_MAY)), "2026-05-19"),
    "jdih-regulation-detail-2019": (jdih_detail("12 Maret 2019", "13 Maret 2019"), "2019-03-13"),
    "ppid-public-information-list-2025": (ppid_page("Beranda", ppid_list(_PPID_STALE)), "2025-04-14"),
    "spse-home-closed-tenders-and-schedule": (
        spse_page("LPSE Kota Bekasi", spse_tenders(_SPSE_CLOSED, _SPSE_NEWS_STALE) + _SPSE_SCHEDULE),
        "2026-03-17",
    ),
    "ckan-dataset-list-2025": (ckan_page("Dataset", ckan_list(_CKAN_STALE)), "2025-01-14"),
    "ckan-dataset-additional-info-2025": (
        ckan_dataset("January 14, 2025, 09:02 (UTC)", "March 3, 2021, 08:00 (UTC)", "2025-01-14T09:02:11.482913"),
        "2025-01-14",
    ),
    "ojs-current-issue-2025": (ojs_page("Vol. 4 No. 1 (2025): Juni 2025", "2025-06-30", _OJS_ARTICLES), "2025-06-30"),
    "moodle-front-page-old-news": (
        moodle_page(
            moodle_courses(moodle_news((("Jadwal Pelatihan Dasar CPNS Angkatan I", "Senin, 3 Maret 2025, 09:30"),)))
        ),
        "2025-03-03",
    ),
    "bekasi-kota-cerdas-portal-old-news": (
        portal_page(
            (
                ("Wali Kota Buka Bekasi Expo 2026", "14 Juli 2026"),
                ("Sosialisasi Aplikasi Bekasi Kota Cerdas", "2 Juli 2026"),
            )
        ),
        "2026-07-14",
    ),
    "sirup-plan-list-of-february": (sirup_page("14 Februari 2026"), "2026-02-14"),
    "spse-home-closed-tenders-and-notice-ahead": (
        spse_page("LPSE Kota Bekasi", _SPSE_NOTICE_AHEAD + spse_tenders(_SPSE_CLOSED, _SPSE_NEWS_STALE)),
        "2026-03-17",
    ),
    "spse-tender-schedule-2025": (spse_schedule("30 November 2025", _SPSE_STAGES_2025), "2026-01-08"),
}

# Healthy and undated: aktif, tidak_diketahui, no finding.
UNDATED: dict[str, str] = {
    "moodle-course-list": moodle_page(moodle_courses()),
    "metabase-public-dashboard": metabase_page(),
    "simpus-login-with-build-stamp": simpus_page(),
    "ojs-issue-without-its-day": ojs_page("Vol. 5 No. 2 (2026)", "2026", _OJS_ARTICLES),
    "dukcapil-queue-slots-ahead": antrian_page(),
}

# The platforms' own pages in the application's place: (status, html, reason).
BROKEN: dict[str, tuple[int, str, str]] = {
    "jdih-maintenance": (200, _jdih_maintenance(), "dalam_pemeliharaan"),
    "jdih-database-error": (200, _CI_DATABASE_ERROR, "galat_aplikasi"),
    "jdih-nginx-default": (200, _NGINX_WELCOME, "halaman_bawaan"),
    "jdih-soft-404": (200, _jdih_not_found(), "halaman_tidak_ditemukan"),
    "ppid-soft-404": (200, _ppid_not_found(), "halaman_tidak_ditemukan"),
    "spse-maintenance": (200, _SPSE_MAINTENANCE, "dalam_pemeliharaan"),
    "spse-play-error": (200, _PLAY_ERROR, "galat_aplikasi"),
    "spse-play-error-500": (500, _PLAY_ERROR, "galat_aplikasi"),
    "ckan-dataset-not-found": (404, _ckan_not_found(), "http_4xx"),
    "ojs-installation": (200, _OJS_INSTALL, "halaman_bawaan"),
    "ojs-database-error": (200, _OJS_DATABASE_ERROR, "galat_aplikasi"),
    "moodle-maintenance-mode": (503, _MOODLE_MAINTENANCE, "dalam_pemeliharaan"),
    "moodle-maintenance-mode-200": (200, _MOODLE_MAINTENANCE, "dalam_pemeliharaan"),
    "moodle-cli-maintenance": (503, _MOODLE_CLI_MAINTENANCE, "dalam_pemeliharaan"),
    "moodle-database-error": (503, _MOODLE_DB_ERROR, "galat_aplikasi"),
    "moodle-installation": (200, _MOODLE_INSTALL, "halaman_bawaan"),
    "moodle-maintenance-mode-english": (
        503,
        _MOODLE_MAINTENANCE.replace(
            "Situs ini sedang dalam perawatan dan saat ini tidak tersedia",
            "This site is undergoing maintenance and is currently not available",
        ),
        "dalam_pemeliharaan",
    ),
    # Laravel's bare "Service Unavailable" is a proxy's words as well: the status says as much.
    "portal-laravel-down": (503, _LARAVEL_DOWN, "http_5xx"),
    "portal-laravel-server-error": (500, _LARAVEL_SERVER_ERROR, "http_5xx"),
}
