"""Honest department sites of Kota Bekasi on the systems they really run, fresh and stale (session 37).

OpenSID (a kelurahan's and a village-style theme: "Diposting: 28 November 2026", "dibaca 123 kali", the widgets
"Statistik Pengunjung", "Jam Kerja", "Aparatur Desa", "Arsip Artikel", "Agenda", "Komentar Terkini", "Sinergi
Program", "Peta Desa", the layanan mandiri's link), the school CMSs (CMS Sekolahku, Balitbang's CMS), Disdik's SPMB
portal (its schedule of periods, its quotas, the graduation announcement), an RSUD (the doctors' schedule by day, the
beds' availability with its live stamp, the online queue, the rates), a Puskesmas (its services' hours, Posyandu and
immunisation), BPBD (BMKG's early warning, the weir's water level, the incident reports), Damkar (its log of fires),
Dishub (traffic information), Satpol PP, DPRD (its sittings' agenda), Inspektorat (LHP, whistleblowing), Bappeda
(RKPD documents, Musrenbang), BKPSDM (CPNS announcements), Disnaker (job listings with their deadlines), DPMPTSP
(licensing statistics "Data per"), Dinsos (bansos by stage), a Kecamatan (its news) and Bapenda (PBB's due date,
the tax counters).

Each kind in two states: ``FRESH`` (its newest post within the month: aktif, update, dated by that post) and
``STALE`` (its newest post months old, while the page still carries what its system dates on its own or ahead:
deadlines, schedules, live data stamps, a document's number and year: aktif, tidak_update, dated by that post). No
page has a finding. All at ``NOW`` (Friday 4 December 2026, 10:00 in Bekasi); the application's freshness limit is
the default 30 days. Every date is written as the system prints it.
"""

from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 12, 4, 3, 0, tzinfo=UTC)  # Friday 4 December 2026, 10:00 WIB

Post = tuple[str, str]  # a title and the date line its theme prints
Row = tuple[str, ...]

_EXCERPT = (
    "Kegiatan ini dilaksanakan dalam rangka meningkatkan pelayanan kepada masyarakat dan dihadiri oleh unsur "
    "Muspika, tokoh masyarakat, Ketua RW dan Ketua RT serta kader PKK setempat."
)


def _rows(rows: tuple[Row, ...]) -> str:
    return "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)


def _table(head: Row, rows: tuple[Row, ...], css: str = "table table-bordered table-striped") -> str:
    heads = "".join(f"<th>{cell}</th>" for cell in head)
    return f"<table class='{css}'><thead><tr>{heads}</tr></thead><tbody>{_rows(rows)}</tbody></table>"


# --- OpenSID ------------------------------------------------------------------------------------------------------


def _opensid_articles(posts: tuple[Post, ...], slug: str) -> str:
    return "".join(
        "<div class='artikel-item'><div class='box box-primary'><div class='box-header with-border'>"
        f"<h3 class='box-title'><a href='/artikel/{slug}/{310 - i}'>{title}</a></h3></div>"
        f"<div class='box-body'><img src='/desa/upload/artikel/kecil_{310 - i}.jpg' class='img-thumb'>"
        f"<div class='meta-post'><i class='fa fa-user'></i> Administrator &nbsp;<i class='fa fa-clock-o'></i> "
        f"Diposting: {day} &nbsp;<i class='fa fa-eye'></i> dibaca {123 + 17 * i} kali</div>"
        f"<p>{_EXCERPT}</p><a class='btn btn-xs btn-primary' href='/artikel/{slug}/{310 - i}'>Selengkapnya</a>"
        "</div></div></div>"
        for i, (title, day) in enumerate(posts)
    )


def _opensid_widget(title: str, body: str) -> str:
    return (
        f"<div class='box box-primary box-solid'><div class='box-header'><h3 class='box-title'>{title}</h3></div>"
        f"<div class='box-body'>{body}</div></div>"
    )


def opensid_page(
    place: str,
    posts: tuple[Post, ...],
    archive: tuple[Post, ...],
    agenda: tuple[Row, ...],
    comments: tuple[Post, ...],
    head_day: str = "Jumat, 04 Desember 2026",
) -> str:
    """Return a village-style OpenSID site (its default theme "natra"): the top strip with the day and the
    layanan mandiri's link, the menu, the running text, the articles, and the widgets of its sidebar."""
    visitors = (
        "<table class='counter'><tr><td>Hari ini</td><td>:</td><td>87</td></tr><tr><td>Kemarin</td><td>:</td>"
        "<td>214</td></tr><tr><td>Jumlah pengunjung</td><td>:</td><td>61.480</td></tr><tr><td>Sistem operasi</td>"
        "<td>:</td><td>Android</td></tr><tr><td>IP Address</td><td>:</td><td>127.0.0.1</td></tr></table>"
    )
    hours = _table(
        ("Hari", "Mulai", "Selesai"),
        (
            ("Senin", "08:00", "16:00"),
            ("Selasa", "08:00", "16:00"),
            ("Rabu", "08:00", "16:00"),
            ("Kamis", "08:00", "16:00"),
            ("Jumat", "08:00", "16:30"),
            ("Sabtu", "Libur", ""),
            ("Minggu", "Libur", ""),
        ),
        "table table-condensed",
    )
    officials = "".join(
        f"<div class='aparatur'><img src='/desa/upload/user_pict/{i}.jpg'><p><b>{name}</b><br>{post}</p></div>"
        for i, (name, post) in enumerate(
            (
                ("H. Ahmad Syarifudin, S.Sos", "Lurah"),
                ("Dewi Kartika, S.E.", "Sekretaris Kelurahan"),
                ("Rudi Hartono", "Kasi Pemerintahan"),
                ("Siti Aminah", "Kasi Kesejahteraan Sosial"),
            )
        )
    )
    archived = "".join(
        f"<li><a href='/artikel/arsip/{i}'>{title}</a><br><small><i class='fa fa-calendar'></i> {day}</small></li>"
        for i, (title, day) in enumerate(archive)
    )
    agenda_rows = (
        "".join(f"<tr><td>{when}</td><td>{what}</td><td>{where}</td></tr>" for when, what, where in agenda)
        or "<tr><td colspan='3'>Belum ada agenda</td></tr>"
    )
    commented = "".join(
        f"<li><b>{who}</b> <small>{day}</small><p>{text}</p></li>"
        for who, day, text in ((c[0].split("|")[0], c[1], c[0].split("|")[1]) for c in comments)
    )
    partners = "".join(
        f"<a href='{href}'><img src='/desa/upload/sinergi/{name}.png' alt='{name}'></a>"
        for href, name in (
            ("https://bekasikota.go.id", "pemkot"),
            ("https://kemendesa.go.id", "kemendesa"),
            ("https://sid.kemendesa.go.id", "sid"),
        )
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Website Resmi {place} - Kota Bekasi</title>
<meta name="description" content="Website Resmi {place}, Kecamatan Tambun Selatan, Kota Bekasi">
<link rel="stylesheet" href="/themes/natra/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/natra/assets/css/style.css?v=2411.0.0">
<link rel="stylesheet" href="/assets/css/leaflet.css"></head>
<body>
<div class="top-strip"><div class="container"><span class="tanggal"><i class="fa fa-calendar"></i> {head_day}</span>
<span class="pull-right"><a href="/layanan-mandiri"><i class="fa fa-user"></i> Layanan Mandiri</a> |
<a href="/siteman">Login Admin</a></span></div></div>
<header class="header"><div class="container"><img src="/desa/logo/logo_kota_bekasi.png" alt="Logo" height="80">
<div class="site-name"><h1>{place}</h1><p>Kecamatan Bekasi Utara - Kota Bekasi - Jawa Barat</p></div></div></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">Beranda</a></li><li class="dropdown"><a href="#">Profil</a><ul class="dropdown-menu">
<li><a href="/artikel/halaman/1">Sejarah</a></li><li><a href="/artikel/halaman/2">Visi dan Misi</a></li>
<li><a href="/peta">Wilayah</a></li></ul></li>
<li class="dropdown"><a href="#">Pemerintahan</a><ul class="dropdown-menu">
<li><a href="/struktur">Struktur Organisasi</a></li><li><a href="/pemerintah">Aparatur</a></li></ul></li>
<li class="dropdown"><a href="#">Data</a><ul class="dropdown-menu"><li><a href="/data-wilayah">Data Wilayah</a></li>
<li><a href="/data-statistik/pendidikan-dalam-kk">Pendidikan</a></li><li><a href="/data-statistik/pekerjaan">Pekerjaan
</a></li><li><a href="/data_analisis">Data Analisis</a></li></ul></li>
<li><a href="/informasi_publik">Informasi Publik</a></li><li><a href="/pembangunan">Pembangunan</a></li>
<li><a href="/lapak">Lapak</a></li><li><a href="/pengaduan">Pengaduan</a></li></ul></div></nav>
<div class="container"><div class="teks-berjalan"><marquee>Selamat datang di Website Resmi {place}. Pelayanan surat
menyurat dapat diajukan melalui Layanan Mandiri.</marquee></div>
<div class="row"><div class="col-md-8" id="mainContent">
<h2 class="judul-seksi">Artikel Terkini</h2>{_opensid_articles(posts, place.rsplit(maxsplit=1)[-1].lower())}
<ul class="pagination"><li class="active"><a>1</a></li><li><a href="/first/2">2</a></li><li><a href="/first/3">3</a>
</li><li><a href="/first/2">Selanjutnya</a></li></ul></div>
<div class="col-md-4" id="sidebar">
{_opensid_widget("Aparatur Desa", officials)}
{_opensid_widget("Jam Kerja", hours)}
{_opensid_widget("Agenda", "<table class='table table-condensed'>" + agenda_rows + "</table>")}
{_opensid_widget("Arsip Artikel", "<ul class='arsip'>" + archived + "</ul>")}
{_opensid_widget("Komentar Terkini", "<ul class='komentar'>" + commented + "</ul>")}
{_opensid_widget("Statistik Pengunjung", visitors)}
{_opensid_widget("Sinergi Program", partners)}
{_opensid_widget("Peta Desa", "<div id='map_wilayah' style='height:240px'></div><a href='/peta'>Buka Peta</a>")}
</div></div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-6"><p>Kantor {place}<br>
Jl. Raya Perjuangan No. 12, Kota Bekasi<br>Telp. (021) 8888-1234</p></div><div class="col-md-6 text-right">
<p>&copy; 2026 {place}<br>Dikelola dengan <a href="https://opendesa.id">OpenSID</a> v2411.0.0 - Tema Natra</p></div>
</div></div></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/leaflet.js"></script>
<script>var map = L.map('map_wilayah').setView([-6.2216, 106.9965], 15);</script>
</body></html>"""


_OPENSID_FRESH = (
    ("Kerja Bakti Bersama Warga RW 07 Membersihkan Saluran Air", "03 Desember 2026"),
    ("Penyaluran BLT Dana Kelurahan Tahap Akhir Tahun 2026", "28 November 2026"),
    ("Musyawarah Perencanaan Pembangunan Kelurahan", "20 November 2026"),
)
_OPENSID_STALE = (
    ("Lomba Kebersihan Antar RW dalam Rangka HUT RI ke-81", "14 Agustus 2026"),
    ("Pembagian Hewan Kurban Idul Adha 1447 H", "29 Mei 2026"),
    ("Posyandu Balita RW 03 Bulan Mei", "12 Mei 2026"),
)
_OPENSID_ARCHIVE_FRESH = (
    ("Jadwal Pelayanan Administrasi Kependudukan", "02 Desember 2026"),
    ("Pengumuman Libur Pelayanan", "19 November 2026"),
)
_OPENSID_ARCHIVE_STALE = (
    ("Jadwal Pelayanan Administrasi Kependudukan", "10 Juli 2026"),
    ("Pengumuman Libur Pelayanan", "21 Maret 2026"),
)


def opensid_fresh(place: str) -> str:
    return opensid_page(
        place,
        _OPENSID_FRESH,
        _OPENSID_ARCHIVE_FRESH,
        (("Selasa, 08 Desember 2026", "Rapat Koordinasi RT/RW", "Aula Kelurahan"),),
        (("Bu Yanti|Terima kasih informasinya, Pak Lurah.", "02 Desember 2026 19:12"),),
    )


def opensid_stale(place: str) -> str:
    return opensid_page(
        place,
        _OPENSID_STALE,
        _OPENSID_ARCHIVE_STALE,
        (),
        (("Pak Darto|Mohon info jadwal posyandu bulan depan.", "15 Mei 2026 08:40"),),
    )


# --- School CMS ---------------------------------------------------------------------------------------------------


def sekolahku_page(school: str, posts: tuple[Post, ...], notices: tuple[Post, ...], agenda: tuple[Post, ...]) -> str:
    """Return a school's site on CMS Sekolahku (its default theme): the top bar, the menu, the slider, the latest
    posts with their date line, and the sidebar of announcements, agenda, the headmaster's greeting and links."""
    news = "".join(
        f"<div class='col-md-6'><div class='card rounded-0 border border-secondary mb-3'>"
        f"<img src='/media_library/posts/medium/{90 - i}.jpg' class='card-img-top rounded-0'>"
        f"<div class='card-body p-3'><h5 class='card-title'><a href='/read/{90 - i}/berita-{90 - i}'>{title}</a></h5>"
        f"<p class='card-text mb-0'>{_EXCERPT[:120]}...</p></div><div class='d-flex justify-content-between "
        f"align-items-center mt-1'><small class='text-muted'>{day} - Administrator</small>"
        f"<a href='/read/{90 - i}/berita-{90 - i}' class='btn btn-sm action-button rounded-0'>"
        "<i class='fa fa-search'></i></a></div></div></div>"
        for i, (title, day) in enumerate(posts)
    )
    listed = "".join(
        f"<li><a href='/read/{50 - i}'>{t}</a><br><small>{d}</small></li>" for i, (t, d) in enumerate(notices)
    )
    events = "".join(f"<li><b>{d}</b><br>{t}</li>" for t, d in agenda)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{school}</title><meta name="keywords" content="CMS Sekolahku, Website Sekolah Gratis, {school}">
<meta name="author" content="Anton Sofyan"><meta name="generator" content="CMS Sekolahku 4.6.2">
<link rel="stylesheet" href="/views/themes/cosmo/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/plugins/font-awesome/css/font-awesome.min.css">
<script>var _BASE_URL = '/', _CURRENT_URL = '/', _SCHOOL_LEVEL = 3, _ACADEMIC_YEAR = '2026-2027',
_STUDENT = 'Peserta Didik', _IDENTITY_NUMBER = 'NIS', _EMPLOYEE = 'GTK', _MAJOR = 'Jurusan';</script></head>
<body>
<div class="top-bar bg-dark text-white small py-1"><div class="container d-flex justify-content-between">
<span><i class="fa fa-phone"></i> (021) 8800-1234 &nbsp;<i class="fa fa-envelope"></i> info@smpn1bekasi.sch.id</span>
<span><a class="text-white" href="https://facebook.com/smpn1kotabekasi"><i class="fa fa-facebook"></i></a>
<a class="text-white" href="https://instagram.com/smpn1kotabekasi"><i class="fa fa-instagram"></i></a></span>
</div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand" href="/"><img src="/media_library/images/logo.png" height="48"> {school}</a>
<ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/">BERANDA</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">PROFIL</a><div class="dropdown-menu">
<a class="dropdown-item" href="/read/1/sejarah">Sejarah</a><a class="dropdown-item" href="/read/2/visi-misi">Visi dan
Misi</a><a class="dropdown-item" href="/direktori-guru-dan-tenaga-kependidikan">Direktori GTK</a></div></li>
<li class="nav-item"><a class="nav-link" href="/kategori/berita">BERITA</a></li>
<li class="nav-item"><a class="nav-link" href="/kategori/pengumuman">PENGUMUMAN</a></li>
<li class="nav-item"><a class="nav-link" href="/galeri-foto">GALERI</a></li>
<li class="nav-item"><a class="nav-link" href="/formulir-penerimaan-peserta-didik-baru">SPMB</a></li>
<li class="nav-item"><a class="nav-link" href="/hubungi-kami">KONTAK</a></li>
<li class="nav-item"><a class="nav-link" href="/login">LOGIN</a></li></ul></div></nav>
<div class="container mt-3"><div class="row"><div class="col-lg-8">
<h5 class="page-title mb-3">TULISAN TERBARU</h5><div class="row">{news}</div></div>
<div class="col-lg-4"><div class="card rounded-0 mb-3"><div class="card-header">SAMBUTAN KEPALA SEKOLAH</div>
<div class="card-body"><img src="/media_library/images/headmaster_photo.png" width="120"><p>Assalamu'alaikum Wr. Wb.
Selamat datang di website resmi {school}. Website ini kami hadirkan sebagai sarana informasi bagi warga
sekolah dan masyarakat.</p></div></div>
<div class="card rounded-0 mb-3"><div class="card-header">PENGUMUMAN</div><div class="card-body"><ul>{listed}</ul>
</div></div>
<div class="card rounded-0 mb-3"><div class="card-header">AGENDA</div><div class="card-body"><ul>{events}</ul></div>
</div>
<div class="card rounded-0 mb-3"><div class="card-header">TAUTAN</div><div class="card-body"><ul>
<li><a href="https://dapo.kemdikbud.go.id">Dapodik</a></li><li><a href="https://belajar.id">Belajar.id</a></li>
<li><a href="https://disdik.bekasikota.go.id">Dinas Pendidikan Kota Bekasi</a></li></ul></div></div></div></div></div>
<footer class="bg-dark text-white-50 py-4 mt-4"><div class="container"><div class="row"><div class="col-md-6">
<h6 class="text-white">{school}</h6><p>Jl. KH. Agus Salim No. 181, Bekasi Timur, Kota Bekasi<br>NPSN: 20222341</p>
</div><div class="col-md-6 text-right"><p>Copyright &copy; 2026 {school}. All rights reserved.<br>
Powered by <a href="https://sekolahku.web.id">sekolahku.web.id</a></p></div></div></div></footer>
<script src="/assets/js/frontend.min.js"></script></body></html>"""


def balitbang_page(school: str, posts: tuple[Post, ...], agenda: tuple[Post, ...], poll_since: str) -> str:
    """Return a school's old site on CMS Balitbang Kemdiknas 3.5: tables, a left menu, the news with "(day)" after
    each title, the agenda, the poll and the visitor counter."""
    news = "".join(
        f"<tr><td class='judul'><img src='/images/bullet.gif'> <a href='index.php?id=berita&kode={70 - i}'>"
        f"<b>{title}</b></a> <span class='tanggal'>({day})</span><br>{_EXCERPT[:150]}... "
        f"<a href='index.php?id=berita&kode={70 - i}'>Selengkapnya</a></td></tr>"
        for i, (title, day) in enumerate(posts)
    )
    events = "".join(f"<tr><td><b>{d}</b></td></tr><tr><td>{t}</td></tr>" for t, d in agenda)
    return f"""<html><head><title>{school}</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="generator" content="CMS Balitbang Kemdiknas 3.5.2">
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0"><table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/header.jpg" width="900" height="160"></td></tr>
<tr><td colspan="3" class="menuatas"><a href="index.php">Beranda</a> | <a href="index.php?id=profil">Profil</a> |
<a href="index.php?id=berita">Berita</a> | <a href="index.php?id=artikel">Artikel</a> |
<a href="index.php?id=agenda">Agenda</a> | <a href="index.php?id=download">Download</a> |
<a href="index.php?id=bukutamu">Buku Tamu</a> | <a href="index.php?id=alumni">Alumni</a></td></tr>
<tr><td width="180" valign="top" class="kiri"><table width="100%"><tr><td class="judulkiri">Menu Utama</td></tr>
<tr><td><a href="index.php?id=guru">Data Guru</a></td></tr><tr><td><a href="index.php?id=siswa">Data Siswa</a></td></tr>
<tr><td><a href="index.php?id=kelas">Data Kelas</a></td></tr><tr><td><a href="index.php?id=elearning">E-Learning</a>
</td></tr><tr><td class="judulkiri">Login</td></tr><tr><td><form action="index.php?id=login" method="post">
Username<br><input type="text" name="username" size="15"><br>Password<br><input type="password" name="password"
size="15"><br><input type="submit" value="Login"></form></td></tr></table></td>
<td width="540" valign="top" class="tengah"><table width="100%"><tr><td class="judultengah">Berita Terbaru</td></tr>
{news}</table></td>
<td width="180" valign="top" class="kanan"><table width="100%"><tr><td class="judulkanan">Agenda Sekolah</td></tr>
{events}<tr><td class="judulkanan">Polling</td></tr><tr><td>Bagaimana pendapat Anda tentang website sekolah?<br>
<input type="radio" name="poll"> Bagus<br><input type="radio" name="poll"> Cukup<br>
<input type="radio" name="poll"> Kurang<br><small>Polling sejak {poll_since}</small></td></tr>
<tr><td class="judulkanan">Statistik</td></tr><tr><td>Pengunjung hari ini: 45<br>Total pengunjung: 120.334<br>
Online: 3</td></tr></table></td></tr>
<tr><td colspan="3" class="footer" align="center">Copyright &copy; 2026 {school}<br>Jl. Pramuka No. 10 Kota Bekasi
- Telp. (021) 8841234<br>Powered by CMS Balitbang Kemdiknas versi 3.5.2</td></tr></table></body></html>"""


def spmb_page(news: tuple[Post, ...], periods: tuple[Row, ...], quotas: tuple[Row, ...], graduation: str) -> str:
    """Return Disdik's SPMB (PPDB) portal on Laravel: the banner, the schedule of its periods ("Jadwal SPMB"), the
    schools' quotas ("kuota / sisa kuota"), the graduation announcement and the portal's news."""
    items = "".join(
        f"<div class='list-group-item'><h6 class='mb-1'><a href='/informasi/{40 - i}'>{t}</a></h6>"
        f"<small class='text-muted'><i class='bi bi-calendar3'></i> {d}</small></div>"
        for i, (t, d) in enumerate(news)
    )
    schedule = _table(("Tahapan", "Jalur", "Waktu"), periods)
    quota = _table(("Sekolah", "Jalur Domisili", "Kuota", "Pendaftar", "Sisa Kuota"), quotas)
    return f"""<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="a8Fk2LpQ0xZ7rT3yW9eV1cB5nM4hJ6gD8sA2kL0p">
<title>SPMB Kota Bekasi - Sistem Penerimaan Murid Baru</title>
<link href="/build/assets/app-4f2a9c1e.css" rel="stylesheet"></head>
<body><nav class="navbar navbar-expand-lg bg-white shadow-sm"><div class="container">
<a class="navbar-brand fw-bold" href="/"><img src="/img/logo-disdik.png" height="40"> SPMB Kota Bekasi</a>
<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item"><a class="nav-link" href="/jadwal">Jadwal</a></li><li class="nav-item"><a class="nav-link"
href="/kuota">Kuota</a></li><li class="nav-item"><a class="nav-link" href="/juknis">Juknis</a></li>
<li class="nav-item"><a class="nav-link" href="/pengumuman">Pengumuman</a></li>
<li class="nav-item"><a class="btn btn-primary" href="/login">Masuk</a></li></ul></div></nav>
<section class="hero bg-primary text-white py-5"><div class="container"><h1>Sistem Penerimaan Murid Baru</h1>
<p>Jenjang SD dan SMP Negeri Kota Bekasi. Pendaftaran secara daring melalui laman ini.</p>
<a href="/daftar" class="btn btn-light">Daftar Sekarang</a> <a href="/juknis" class="btn btn-outline-light">Unduh
Juknis</a></div></section>
<section class="py-4"><div class="container"><div class="row"><div class="col-lg-8">
<h4>Jadwal SPMB</h4>{schedule}<h4 class="mt-4">Kuota dan Sisa Kuota SMP Negeri</h4>{quota}
<div class="alert alert-info mt-4"><h5>Pengumuman Kelulusan</h5><p>{graduation}</p></div></div>
<div class="col-lg-4"><h4>Informasi Terbaru</h4><div class="list-group">{items}</div>
<div class="card mt-3"><div class="card-body"><h6>Helpdesk SPMB</h6><p class="small mb-0">WhatsApp 0812-8000-2026
(Senin - Jumat, 08.00 - 15.00 WIB)</p></div></div></div></div></div></section>
<footer class="bg-dark text-white-50 py-3"><div class="container text-center small">&copy; 2026 Dinas Pendidikan Kota
Bekasi &middot; SPMB Kota Bekasi</div></footer>
<script type="module" src="/build/assets/app-9b1c2d3e.js"></script></body></html>"""


# --- A department's portal (CodeIgniter, the city's shared theme) --------------------------------------------------


def opd_page(dept: str, short: str, menu: tuple[str, ...], main: str, sidebar: str, head_day: str = "") -> str:
    """Return a department's site on the city's shared CodeIgniter theme: the top bar (with the day, where the theme
    prints it), the logo, the menu, ``main``, ``sidebar`` and the footer with the address and social links."""
    links = "".join(f"<li><a href='/{item.lower().replace(' ', '-')}'>{item}</a></li>" for item in menu)
    day = f"<span class='tgl'><i class='fa fa-calendar'></i> {head_day}</span>" if head_day else ""
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{dept} Kota Bekasi</title>
<link rel="icon" href="/assets/img/favicon.png"><link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css"><link rel="stylesheet" href="/assets/css/style.css?v=3">
</head><body>
<div class="topbar"><div class="container">{day}<span class="kontak"><i class="fa fa-phone"></i> (021) 8896-0000
&nbsp;<i class="fa fa-envelope"></i> {short.lower()}@bekasikota.go.id</span></div></div>
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/assets/img/logo-bekasi.png"
height="64" alt="Kota Bekasi"><span><b>{dept.upper()}</b><br>PEMERINTAH KOTA BEKASI</span></a></div></header>
<nav class="navbar navbar-inverse"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Beranda</a></li>
<li class="dropdown"><a href="/profil" class="dropdown-toggle">Profil</a><ul class="dropdown-menu">
<li><a href="/profil/visi-misi">Visi dan Misi</a></li><li><a href="/profil/struktur-organisasi">Struktur Organisasi</a>
</li><li><a href="/profil/tupoksi">Tugas Pokok dan Fungsi</a></li></ul></li>{links}
<li><a href="/ppid">PPID</a></li><li><a href="/kontak">Kontak</a></li></ul></div></nav>
<div class="container main"><div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4 sidebar">{sidebar}
<div class="panel panel-default"><div class="panel-heading">Tautan Terkait</div><div class="panel-body"><ul>
<li><a href="https://bekasikota.go.id">Pemerintah Kota Bekasi</a></li><li><a href="https://ppid.bekasikota.go.id">PPID
Kota Bekasi</a></li><li><a href="https://www.lapor.go.id">SP4N-LAPOR!</a></li></ul></div></div></div></div></div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-6"><h4>{dept} Kota Bekasi</h4>
<p>Komplek Perkantoran Pemerintah Kota Bekasi, Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan 17141</p></div>
<div class="col-md-6"><h4>Ikuti Kami</h4><a href="https://instagram.com/{short.lower()}kotabekasi"><i class="fa
fa-instagram"></i></a> <a href="https://twitter.com/{short.lower()}kotabekasi"><i class="fa fa-twitter"></i></a>
<a href="https://youtube.com/@{short.lower()}kotabekasi"><i class="fa fa-youtube"></i></a></div></div>
<p class="copy">&copy; 2026 {dept} Kota Bekasi. Hak cipta dilindungi.</p></div></footer>
<script src="/assets/js/jquery.min.js"></script><script src="/assets/js/bootstrap.min.js"></script>
<script src="/assets/js/main.js?v=3"></script></body></html>"""


def news_list(posts: tuple[Post, ...], heading: str = "Berita Terkini", path: str = "berita") -> str:
    """Return a portal's list of news: each with its thumbnail, title, date line and excerpt."""
    items = "".join(
        f"<div class='media berita'><div class='media-left'><img src='/uploads/{path}/thumb_{260 - i}.jpg' "
        f"width='140'></div><div class='media-body'><h4 class='media-heading'><a href='/{path}/detail/{260 - i}'>"
        f"{title}</a></h4><p class='meta'><i class='fa fa-calendar'></i> {day} &nbsp;<i class='fa fa-user'></i> "
        f"Admin</p><p>{_EXCERPT}</p></div></div>"
        for i, (title, day) in enumerate(posts)
    )
    return f"<h3 class='judul'>{heading}</h3>{items}<a class='btn btn-default' href='/{path}'>Indeks {heading}</a>"


def panel(title: str, body: str) -> str:
    return (
        f"<div class='panel panel-default'><div class='panel-heading'>{title}</div>"
        f"<div class='panel-body'>{body}</div></div>"
    )


# --- Health: RSUD and Puskesmas ------------------------------------------------------------------------------------

_DOCTORS = (
    ("dr. Andi Wijaya, Sp.PD", "Penyakit Dalam", "08.00 - 12.00", "08.00 - 12.00", "-", "08.00 - 12.00", "-", "-"),
    ("dr. Rina Marlina, Sp.A", "Anak", "-", "13.00 - 16.00", "13.00 - 16.00", "-", "08.00 - 11.00", "08.00 - 11.00"),
    ("dr. Budi Santoso, Sp.OG", "Kandungan", "09.00 - 13.00", "-", "09.00 - 13.00", "-", "09.00 - 13.00", "-"),
    ("drg. Sari Puspita", "Gigi", "08.00 - 14.00", "08.00 - 14.00", "08.00 - 14.00", "08.00 - 14.00", "-", "-"),
)


def rsud_page(posts: tuple[Post, ...], beds_updated: str) -> str:
    """Return the RSUD's site: the doctors' schedule by weekday ("Jadwal Dokter"), the beds' availability as the
    hospital's system updates it ("Update: …"), the online queue's link, the rates under their regulation, and the
    hospital's news."""
    doctors = _table(("Dokter", "Poliklinik", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"), _DOCTORS)
    beds = _table(
        ("Ruang / Kelas", "Kapasitas", "Terisi", "Kosong"),
        (
            ("VIP Melati", "12", "9", "3"),
            ("Kelas I Anggrek", "24", "22", "2"),
            ("Kelas II Mawar", "32", "30", "2"),
            ("Kelas III Dahlia", "48", "48", "0"),
            ("ICU", "10", "8", "2"),
            ("NICU / PICU", "8", "8", "0"),
            ("Isolasi", "6", "1", "5"),
        ),
        "table table-sm tt",
    )
    rates = _table(
        ("Layanan", "Tarif"),
        (
            ("Pendaftaran Rawat Jalan", "Rp 25.000"),
            ("Konsultasi Dokter Spesialis", "Rp 75.000"),
            ("Rawat Inap Kelas III per hari", "Rp 150.000"),
            ("Ambulans dalam kota", "Rp 200.000"),
        ),
    )
    main = (
        news_list(posts, "Berita Rumah Sakit")
        + "<h3 class='judul'>Jadwal Dokter Poliklinik</h3>"
        + doctors
        + "<p class='small'>Jadwal dapat berubah sewaktu-waktu. Pendaftaran ditutup 1 jam sebelum praktik berakhir.</p>"
        + "<h3 class='judul'>Tarif Layanan</h3><p>Berdasarkan Peraturan Wali Kota Bekasi Nomor 12 Tahun 2024 tentang "
        + "Tarif Layanan Badan Layanan Umum Daerah RSUD Kota Bekasi.</p>"
        + rates
    )
    side = (
        panel(
            "Ketersediaan Tempat Tidur",
            f"{beds}<p class='small text-muted'>Update: {beds_updated}</p><a href='/bed-monitoring'>Lihat detail</a>",
        )
        + panel(
            "Antrian Online",
            "<p>Daftar poliklinik tanpa antre melalui aplikasi <b>SIRANAP</b> dan "
            "<a href='/antrian'>Antrian Online RSUD</a>"
            ".</p><p>Pendaftaran H-7 s.d. H-1 sebelum kunjungan.</p><a class='btn btn-success' href='/antrian'>Ambil "
            "Nomor Antrian</a>",
        )
        + panel("IGD 24 Jam", "<p>Instalasi Gawat Darurat buka 24 jam.<br>Telp. (021) 8837-4444</p>")
    )
    menu = ("Pelayanan", "Jadwal Dokter", "Tempat Tidur", "Tarif", "Berita", "Pengaduan")
    return opd_page("RSUD dr. Chasbullah Abdulmadjid", "rsud", menu, main, side)


def puskesmas_page(posts: tuple[Post, ...], posyandu: tuple[Row, ...]) -> str:
    """Return a Puskesmas' site: its services' hours by weekday, its Posyandu's schedule ("Jadwal Posyandu"), the
    immunisation days, and its news."""
    hours = _table(
        ("Pelayanan", "Senin - Kamis", "Jumat", "Sabtu"),
        (
            ("Poli Umum", "07.30 - 14.00", "07.30 - 11.00", "07.30 - 12.00"),
            ("Poli Gigi", "08.00 - 13.00", "08.00 - 10.30", "-"),
            ("KIA / KB", "08.00 - 13.00", "08.00 - 10.30", "08.00 - 11.00"),
            ("Laboratorium", "07.30 - 13.00", "07.30 - 10.30", "07.30 - 11.00"),
        ),
    )
    immunisation = (
        "<p>Imunisasi dasar lengkap dilayani setiap <b>Rabu</b> pukul 08.00 - 11.00 di ruang KIA. Bawa buku KIA dan "
        "kartu BPJS.</p><ul><li>Hepatitis B, BCG, Polio</li><li>DPT-HB-Hib, PCV</li><li>Campak Rubela (MR)</li></ul>"
    )
    posyandu_rows = (
        _table(("Tanggal", "Posyandu", "Lokasi"), posyandu)
        if posyandu
        else (
            "<p>Posyandu balita dan lansia dilaksanakan setiap minggu ke-2 di masing-masing RW. Jadwal rinci "
            "ditempel di papan pengumuman Puskesmas.</p>"
        )
    )
    main = (
        news_list(posts, "Berita Puskesmas")
        + "<h3 class='judul'>Jadwal Pelayanan</h3>"
        + hours
        + "<h3 class='judul'>Imunisasi</h3>"
        + immunisation
    )
    side = panel("Jadwal Posyandu", posyandu_rows) + panel(
        "Layanan Darurat", "<p>Ambulans Puskesmas: 0812-9000-1122<br>PSC 119 Kota Bekasi</p>"
    )
    menu = ("Layanan", "Jadwal Pelayanan", "Posyandu", "Imunisasi", "Berita", "Survei Kepuasan")
    return opd_page("UPTD Puskesmas Pekayon Jaya", "pkmpekayon", menu, main, side)


# --- Disaster and order: BPBD, Damkar, Dishub, Satpol PP -----------------------------------------------------------


def bpbd_page(reports: tuple[Post, ...], warning_day: str, level_day: str, level_line: str = "") -> str:
    """Return BPBD's site: BMKG's early warning of the weather as its feed gives it (its day and its hours of
    validity), the weir's water level ("TMA Bendung Bekasi … update 07.00"), and the disaster reports."""
    warning = (
        f"<div class='peringatan'><img src='/assets/img/bmkg.png' height='32'> <b>Peringatan Dini Cuaca</b><br>"
        f"{warning_day}, berlaku pukul 10:00 - 13:00 WIB<br>Waspada potensi hujan sedang hingga lebat disertai kilat/"
        "petir dan angin kencang di wilayah Bekasi Utara, Bekasi Timur dan Rawalumbu.<br>"
        "<small>Sumber: BMKG Stasiun Klimatologi Jawa Barat</small></div>"
    )
    level = level_line or f"<p class='small'>Update {level_day} pukul 07.00 WIB</p>" + _table(
        ("Pos", "TMA (cm)", "Status"),
        (
            ("Bendung Bekasi", "290", "Siaga 4 (Normal)"),
            ("P2C Cikeas", "145", "Normal"),
            ("P2C Cileungsi", "160", "Normal"),
        ),
        "table table-sm",
    )
    main = news_list(reports, "Laporan Kejadian Bencana", "laporan") + (
        "<h3 class='judul'>Nomor Darurat</h3><p>Pusdalops BPBD Kota Bekasi (24 jam): (021) 8897-1112 / 112</p>"
    )
    side = panel("Info BMKG", warning) + panel("Tinggi Muka Air (TMA)", level)
    menu = ("Kesiapsiagaan", "Kedaruratan", "Rehabilitasi", "Laporan Kejadian", "Peta Rawan Bencana")
    return opd_page("Badan Penanggulangan Bencana Daerah", "bpbd", menu, main, side)


def damkar_page(log: tuple[Row, ...], posts: tuple[Post, ...]) -> str:
    """Return Damkar's site: its log of the fires and rescues it answered ("Kejadian kebakaran 3 Des 2026") and its
    news, with the emergency numbers."""
    logged = _table(("Tanggal", "Kejadian", "Lokasi", "Unit", "Keterangan"), log)
    main = "<h3 class='judul'>Data Kejadian Terkini</h3>" + logged + news_list(posts, "Kegiatan")
    side = panel(
        "Panggilan Darurat",
        "<p class='big'>113</p><p>Damkar Kota Bekasi siaga 24 jam. Layanan gratis, tidak dipungut biaya.</p>",
    ) + panel(
        "Pos Pemadam",
        "<ul><li>Mako Damkar Bekasi Selatan</li><li>Pos Pondok Gede</li><li>Pos Bantargebang</li>"
        "<li>Pos Jatiasih</li></ul>",
    )
    return opd_page(
        "Dinas Pemadam Kebakaran dan Penyelamatan",
        "damkar",
        ("Layanan", "Data Kejadian", "Edukasi", "Galeri"),
        main,
        side,
    )


def dishub_page(posts: tuple[Post, ...], cctv_stamp: str) -> str:
    """Return Dishub's site: its traffic information ("Info Lalin") with the CCTV's live stamp, the parking and
    testing services, and its news."""
    traffic = (
        "<div class='cctv'><img src='/cctv/simpang-bulak-kapal.jpg' width='100%'><p class='small'>CCTV Simpang Bulak "
        f"Kapal &middot; Live {cctv_stamp}</p></div><ul class='lalin'><li>Jl. Ahmad Yani arah Tol Bekasi Barat: "
        "ramai lancar</li><li>Jl. Juanda (Stasiun Bekasi): padat merayap</li><li>Jl. Cut Mutia: lancar</li></ul>"
    )
    main = news_list(posts, "Berita Perhubungan") + (
        "<h3 class='judul'>Layanan</h3><ul><li>Uji KIR kendaraan bermotor (Senin - Sabtu)</li>"
        "<li>Izin trayek angkutan kota</li><li>Parkir berlangganan</li></ul>"
    )
    side = panel("Info Lalin", traffic) + panel(
        "Call Center", "<p>(021) 8895-0000 &middot; WhatsApp 0811-1300-2020</p>"
    )
    return opd_page(
        "Dinas Perhubungan", "dishub", ("Lalu Lintas", "Angkutan", "Pengujian Kendaraan", "Parkir"), main, side
    )


def satpolpp_page(posts: tuple[Post, ...]) -> str:
    """Return Satpol PP's site: its news of operations and its regulations' list, with its complaint line."""
    rules = _table(
        ("Produk Hukum", "Tentang"),
        (
            ("Peraturan Daerah Nomor 4 Tahun 2019", "Ketertiban Umum dan Ketenteraman Masyarakat"),
            ("Peraturan Daerah Nomor 5 Tahun 2026", "Penyelenggaraan Reklame"),
            ("Peraturan Wali Kota Nomor 41 Tahun 2026", "Pedoman Penertiban Pedagang Kaki Lima"),
        ),
    )
    main = news_list(posts, "Kegiatan Penegakan Perda") + "<h3 class='judul'>Dasar Hukum</h3>" + rules
    side = panel(
        "Pengaduan Trantibum",
        "<p>Laporkan gangguan ketertiban umum melalui WhatsApp 0813-1000-2026 atau SP4N-LAPOR!</p>",
    )
    return opd_page(
        "Satuan Polisi Pamong Praja", "satpolpp", ("Penegakan Perda", "Linmas", "Trantibum", "Berita"), main, side
    )


# --- DPRD, Inspektorat, Bappeda, BKPSDM ---------------------------------------------------------------------------


def dprd_page(posts: tuple[Post, ...], agenda: tuple[Row, ...], session: str) -> str:
    """Return the DPRD's site: the sittings' agenda ("Agenda Sidang", its Rapat Paripurna), the session's period and
    the council's news."""
    sittings = _table(("Hari / Tanggal", "Waktu", "Acara", "Tempat"), agenda) if agenda else "<p>Belum ada agenda.</p>"
    main = news_list(posts, "Berita DPRD") + "<h3 class='judul'>Agenda Sidang</h3>" + sittings
    side = (
        panel("Masa Sidang", f"<p>{session}</p>")
        + panel(
            "Alat Kelengkapan",
            "<ul><li>Pimpinan DPRD</li><li>Badan Musyawarah</li><li>Badan Anggaran</li>"
            "<li>Komisi I - IV</li><li>Bapemperda</li></ul>",
        )
        + panel(
            "Aspirasi",
            "<p>Sampaikan aspirasi Anda kepada wakil rakyat melalui <a href='/aspirasi'>form aspirasi</a>.</p>",
        )
    )
    return opd_page(
        "Sekretariat DPRD", "dprd", ("Anggota Dewan", "Agenda Sidang", "Produk DPRD", "Berita", "Aspirasi"), main, side
    )


def inspektorat_page(posts: tuple[Post, ...], reports: tuple[Row, ...]) -> str:
    """Return the Inspektorat's site: its audit reports' list (LHP with their numbers), the whistleblowing system's
    form link, and its news."""
    listed = _table(("Nomor LHP", "Obyek Pemeriksaan", "Tanggal", "Unduh"), reports)
    main = news_list(posts, "Berita") + "<h3 class='judul'>Laporan Hasil Pemeriksaan</h3>" + listed
    side = panel(
        "Whistleblowing System",
        "<p>Laporkan dugaan pelanggaran, korupsi atau gratifikasi oleh ASN Kota Bekasi. "
        "Identitas pelapor dirahasiakan.</p>"
        "<a class='btn btn-danger' href='/wbs'>Buat Laporan</a>",
    ) + panel(
        "Zona Integritas",
        "<p>Menuju Wilayah Bebas dari Korupsi (WBK) dan Wilayah Birokrasi Bersih dan Melayani (WBBM).</p>",
    )
    return opd_page(
        "Inspektorat Daerah", "inspektorat", ("Pengawasan", "LHP", "WBS", "Gratifikasi", "Berita"), main, side
    )


def bappeda_page(posts: tuple[Post, ...], documents: tuple[Row, ...], musrenbang: tuple[Row, ...]) -> str:
    """Return Bappelitbangda's site: its planning documents (RKPD, RPJMD, Renja) with their regulations, the
    Musrenbang's schedule, and its news."""
    docs = _table(("Dokumen", "Dasar Hukum", "Diunggah", "Unduh"), documents)
    schedule = _table(("Tahapan Musrenbang", "Waktu"), musrenbang)
    main = news_list(posts) + "<h3 class='judul'>Dokumen Perencanaan</h3>" + docs
    side = panel("Jadwal Musrenbang", schedule) + panel(
        "Aplikasi",
        "<ul><li><a href='https://sipd.kemendagri.go.id'>SIPD</a></li><li><a href='/e-musrenbang'>"
        "e-Musrenbang</a></li></ul>",
    )
    return opd_page(
        "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
        "bappelitbangda",
        ("Perencanaan", "Penelitian", "Dokumen", "Musrenbang"),
        main,
        side,
    )


def bkpsdm_page(posts: tuple[Post, ...], notice: str) -> str:
    """Return BKPSDM's site: the CPNS/PPPK announcement ("Pengumuman Nomor: 800/…/BKPSDM/…") and its news."""
    main = f"<div class='pengumuman-utama'>{notice}</div>" + news_list(posts, "Berita Kepegawaian")
    side = panel(
        "Layanan Kepegawaian",
        "<ul><li><a href='/layanan/kenaikan-pangkat'>Kenaikan Pangkat</a></li><li><a href='/layanan/pensiun'>Pensiun"
        "</a></li><li><a href='/layanan/cuti'>Cuti</a></li><li><a href='https://sscasn.bkn.go.id'>SSCASN BKN</a></li>"
        "</ul>",
    ) + panel("Jam Layanan", "<p>Senin - Kamis 08.00 - 15.00<br>Jumat 08.00 - 15.30</p>")
    return opd_page(
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        "bkpsdm",
        ("Layanan", "Pengumuman", "Pengembangan Kompetensi", "Regulasi"),
        main,
        side,
    )


def cpns_notice(number: str, subject: str, signed: str, body: str) -> str:
    return (
        f"<h3 class='judul'>PENGUMUMAN</h3><p class='text-center'><b>Nomor: {number}</b><br>TENTANG<br>{subject}</p>"
        f"<p>{body}</p><p class='ttd'>Bekasi, {signed}<br>KEPALA BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA "
        "MANUSIA KOTA BEKASI<br><br>ttd<br><br>Drs. H. Muhammad Yusuf, M.Si.<br>NIP 19700212 199003 1 004</p>"
        "<p><a href='/uploads/pengumuman/lampiran.pdf' class='btn btn-primary'>Unduh Lampiran</a></p>"
    )


# --- Disnaker, DPMPTSP, Dinsos, Kecamatan, Bapenda ----------------------------------------------------------------


def disnaker_page(jobs: tuple[Row, ...], posts: tuple[Post, ...], bold: bool = False) -> str:
    """Return Disnaker's site: its job listings ("Lowongan Kerja"), each with its posting day and its deadline
    ("Batas lamaran", its label in bold where ``bold``), the job fair's banner, and its news."""
    label = "<b>Batas lamaran</b>:" if bold else "Batas lamaran:"
    listed = "".join(
        f"<div class='loker'><h4><a href='/loker/{500 - i}'>{title}</a></h4><p>{company} &middot; Kota Bekasi</p>"
        f"<p class='small'><i class='fa fa-clock-o'></i> Diposting {posted} &middot; {label} {deadline}</p></div>"
        for i, (title, company, posted, deadline) in enumerate(jobs)
    )
    main = "<h3 class='judul'>Lowongan Kerja Terbaru</h3>" + listed + news_list(posts, "Berita Ketenagakerjaan")
    side = panel(
        "Kartu Kuning (AK/1)",
        "<p>Pembuatan kartu pencari kerja secara daring di <a href='/ak1'>layanan AK/1</a>. Gratis.</p>",
    ) + panel("Pelatihan BLK", "<p>Pendaftaran pelatihan kerja di UPTD BLK dibuka setiap triwulan.</p>")
    return opd_page(
        "Dinas Ketenagakerjaan", "disnaker", ("Bursa Kerja", "Pelatihan", "Hubungan Industrial", "Berita"), main, side
    )


def dpmptsp_page(posts: tuple[Post, ...], as_of: str, month: str) -> str:
    """Return DPMPTSP's site: the licences issued ("Statistik Perizinan", "Data per …"), the OSS services and its
    news."""
    stats = (
        _table(
            ("Jenis Izin", "Masuk", "Terbit", "Proses"),
            (
                ("Persetujuan Bangunan Gedung (PBG)", "412", "377", "35"),
                ("Sertifikat Laik Fungsi (SLF)", "96", "88", "8"),
                ("Izin Reklame", "233", "230", "3"),
                ("Nomor Induk Berusaha (NIB) via OSS", "5.870", "5.870", "0"),
            ),
        )
        + f"<p class='small'>Data per {as_of} (Januari - {month})</p>"
    )
    main = "<h3 class='judul'>Statistik Perizinan</h3>" + stats + news_list(posts)
    side = panel(
        "Layanan Perizinan",
        "<ul><li><a href='https://oss.go.id'>OSS RBA</a></li><li><a href='https://simbg.pu.go.id'>"
        "SIMBG</a></li><li><a href='/cek-izin'>Cek Status Izin</a></li></ul>",
    ) + panel("Mal Pelayanan Publik", "<p>Senin - Jumat 08.00 - 16.00, Sabtu 08.00 - 12.00</p>")
    return opd_page(
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "dpmptsp",
        ("Perizinan", "Penanaman Modal", "Pengaduan", "Berita"),
        main,
        side,
    )


def dinsos_page(posts: tuple[Post, ...], stages: tuple[Row, ...]) -> str:
    """Return Dinsos's site: the social aid's distribution by stage ("penyaluran tahap …") and its news."""
    table = _table(("Program", "Tahap", "Periode", "KPM"), stages)
    main = news_list(posts, "Berita Sosial") + "<h3 class='judul'>Penyaluran Bantuan Sosial</h3>" + table
    side = panel(
        "Cek Bansos",
        "<p>Cek penerima bantuan sosial di <a href='https://cekbansos.kemensos.go.id'>"
        "cekbansos.kemensos.go.id</a> dengan NIK dan nama sesuai KTP.</p>",
    ) + panel("Pengaduan DTKS", "<p>Usul dan sanggah DTKS melalui kelurahan atau aplikasi Cek Bansos.</p>")
    return opd_page(
        "Dinas Sosial", "dinsos", ("Rehabilitasi Sosial", "Perlindungan Sosial", "DTKS", "Berita"), main, side
    )


def kecamatan_page(posts: tuple[Post, ...], head_day: str = "") -> str:
    """Return a Kecamatan's site: its news (kerja bakti, Musrenbang, pelayanan), the kelurahan's list and the PATEN
    service's hours."""
    main = news_list(posts, "Kabar Kecamatan")
    side = panel(
        "Kelurahan",
        "<ul><li>Jakasampurna</li><li>Bintara</li><li>Bintara Jaya</li><li>Kranji</li><li>Kota Baru</li></ul>",
    ) + panel("Pelayanan PATEN", "<p>Senin - Jumat, 08.00 - 15.00 WIB</p>")
    return opd_page(
        "Kecamatan Bekasi Barat",
        "kecbekasibarat",
        ("Pemerintahan", "Pelayanan", "Kelurahan", "Berita"),
        main,
        side,
        head_day,
    )


def bapenda_page(posts: tuple[Post, ...], due: str, counter: str) -> str:
    """Return Bapenda's site: PBB's due date and the tax deadlines, the counters of the regional taxes collected,
    and its news."""
    deadlines = (
        f"<div class='alert alert-warning'><b>Jatuh tempo PBB-P2</b>: {due}. Bayar tepat waktu, hindari denda 1% "
        "per bulan.</div><ul><li>Pajak Hotel, Restoran, Hiburan: paling lambat tanggal 10 bulan berikutnya</li>"
        "<li>Pajak Reklame: sebelum masa pajak dimulai</li><li>BPHTB: sebelum akta ditandatangani</li></ul>"
    )
    realised = (
        _table(
            ("Jenis Pajak", "Target", "Realisasi", "%"),
            (
                ("PBB-P2", "Rp 780.000.000.000", "Rp 702.114.320.110", "90,01"),
                ("BPHTB", "Rp 650.000.000.000", "Rp 611.908.215.000", "94,14"),
                ("PBJT Makanan dan Minuman", "Rp 410.000.000.000", "Rp 388.210.004.600", "94,69"),
                ("Pajak Reklame", "Rp 45.000.000.000", "Rp 39.004.110.000", "86,68"),
            ),
        )
        + f"<p class='small'>{counter}</p>"
    )
    main = "<h3 class='judul'>Informasi Pajak</h3>" + deadlines + news_list(posts, "Berita Pendapatan")
    side = panel("Realisasi Pajak Daerah", realised) + panel(
        "Bayar Pajak", "<ul><li>Bank BJB</li><li>Tokopedia, Indomaret, Alfamart</li><li>QRIS</li></ul>"
    )
    return opd_page(
        "Badan Pendapatan Daerah", "bapenda", ("Pajak Daerah", "PBB-P2", "BPHTB", "E-SPTPD", "Berita"), main, side
    )


# --- WordPress and Blogger ----------------------------------------------------------------------------------------

WpPost = tuple[str, str, str]  # title, ISO moment, the date as the theme prints it


def wordpress_page(site: str, posts: tuple[WpPost, ...], sidebar: str) -> str:
    """Return a department's WordPress site on ColorMag: the posts in ``<article>`` with their ``<time>``, and the
    widgets of ``sidebar`` (each an ``<aside>``)."""
    articles = "".join(
        f"<article id='post-{900 - i}' class='post type-post status-publish format-standard hentry category-berita'>"
        f"<div class='featured-image'><img src='/wp-content/uploads/2026/berita-{900 - i}.jpg' alt=''></div>"
        "<div class='article-content clearfix'><div class='above-entry-meta'><span class='cat-links'>"
        "<a href='/category/berita/'>Berita</a></span></div><header class='entry-header'><h2 class='entry-title'>"
        f"<a href='/berita-{900 - i}/'>{title}</a></h2></header><div class='below-entry-meta'>"
        f"<span class='posted-on'><a href='/berita-{900 - i}/'><time class='entry-date published' datetime='{iso}'>"
        f"{shown}</time></a></span><span class='byline'> oleh <a href='/author/admin/'>admin</a></span></div>"
        f"<div class='entry-content'><p>{_EXCERPT} [&hellip;]</p></div></div></article>"
        for i, (title, iso, shown) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html lang="id-ID"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{site} &#8211; Pemerintah Kota Bekasi</title><meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='colormag_style-css' href='/wp-content/themes/colormag/style.css?ver=3.1.2' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 6.6.2" /></head>
<body class="home blog wide"><div id="page" class="hfeed site">
<header id="masthead" class="site-header"><div class="inner-wrap"><div id="header-logo-image"><a href="/" rel="home">
<img src="/wp-content/uploads/logo.png" alt="{site}"></a></div><h1 id="site-title"><a href="/">{site}</a></h1></div>
<nav id="site-navigation" class="main-navigation"><ul id="menu-utama"><li><a href="/">Beranda</a></li>
<li><a href="/profil/">Profil</a></li><li><a href="/category/berita/">Berita</a></li><li><a href="/layanan/">Layanan</a>
</li><li><a href="/ppid/">PPID</a></li><li><a href="/kontak/">Kontak</a></li></ul></nav></header>
<div id="main"><div class="inner-wrap"><div id="primary"><div id="content">{articles}
<ul class="default-wp-page"><li class="previous"><a href="/page/2/">&larr; Sebelumnya</a></li></ul></div></div>
<div id="secondary">{sidebar}
<aside class="widget widget_categories"><h3 class="widget-title"><span>Kategori</span></h3><ul>
<li class="cat-item"><a href="/category/berita/">Berita</a> (318)</li><li class="cat-item"><a
href="/category/pengumuman/">Pengumuman</a> (41)</li></ul></aside></div></div></div>
<footer id="colophon"><div class="inner-wrap"><p>Jl. Jend. Ahmad Yani No. 1, Bekasi Selatan, Kota Bekasi 17141</p>
<div class="copyright">&copy; 2026 {site}. Powered by <a href="https://wordpress.org">WordPress</a>.</div></div>
</footer></div><script src='/wp-content/themes/colormag/js/navigation.js?ver=3.1.2'></script></body></html>"""


def widget(title: str, body: str) -> str:
    return f"<aside class='widget widget_text'><h3 class='widget-title'><span>{title}</span></h3>{body}</aside>"


_BPBD_WIDGETS = widget(
    "Peringatan Dini Cuaca",
    "<div class='textwidget'><p>Jumat, 04 Desember 2026 pukul 09:40 WIB</p><p>Hujan sedang hingga lebat disertai "
    "kilat/petir di Bekasi Utara dan Medan Satria, diprakirakan berlangsung hingga pukul 13:00 WIB.</p>"
    "<p><small>Sumber: BMKG</small></p></div>",
) + widget(
    "Tinggi Muka Air",
    "<div class='textwidget'><p>Update 04/12/2026 pukul 07.00 WIB</p><ul><li>Bendung Bekasi: 290 cm (Normal)</li>"
    "<li>P2C Cikeas: 145 cm</li><li>P2C Cileungsi: 160 cm</li></ul></div>",
)


def blogger_page(site: str, posts: tuple[tuple[str, str, str], ...]) -> str:
    """Return a Kecamatan's site on Blogger (the Simple template): each day's header above its post, signed "Diposting
    oleh Admin di 09.15", and the blog archive's widget."""
    bodies = "".join(
        f"<div class='date-outer'><h2 class='date-header'><span>{header}</span></h2><div class='date-posts'>"
        f"<div class='post-outer'><div class='post hentry'><h3 class='post-title entry-title'><a href='/p/{i}.html'>"
        f"{title}</a></h3><div class='post-body entry-content'>{_EXCERPT}</div><div class='post-footer'>"
        f"<span class='post-author vcard'>Diposting oleh <span class='fn'>Admin Kecamatan</span></span> "
        f"<span class='post-timestamp'>di <a class='timestamp-link' href='/p/{i}.html'>{time}</a></span>"
        "</div></div></div></div></div>"
        for i, (title, header, time) in enumerate(posts)
    )
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="id"><head><meta content="blogger" name="generator"/><meta charset="UTF-8">
<title>{site}</title>
<link rel="alternate" type="application/atom+xml" title="{site} - Atom" href="/feeds/posts/default"/>
<link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2975350028-widget_css_bundle.css"/>
</head><body class="variant-simplysimple"><div class="content"><div class="content-outer">
<header><div class="header-inner"><div class="Header widget" id="Header1"><h1 class="title">{site}</h1>
<p class="description">Kecamatan Rawalumbu - Kota Bekasi</p></div></div></header>
<div class="tabs-outer"><ul><li><a href="/">Beranda</a></li><li><a href="/p/profil.html">Profil</a></li>
<li><a href="/p/pelayanan.html">Pelayanan</a></li></ul></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-inner"><div class="main section" id="main">
<div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">{bodies}</div>
<div class="blog-pager"><a class="blog-pager-older-link" href="/search?updated-max=x">Posting Lama</a></div></div></div>
</div><div class="column-right-inner"><div class="sidebar section"><div class="widget BlogArchive">
<h2>Arsip Blog</h2><ul><li><a href="/2026/">2026</a> (24)</li><li><a href="/2025/">2025</a> (61)</li></ul></div>
<div class="widget Profile"><h2>Mengenai Saya</h2><p>Kantor Kecamatan Rawalumbu, Jl. Raya Narogong Km. 3</p></div>
</div></div></div></div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1601900224-widgets.js"></script>
</body></html>"""


# --- The pages ----------------------------------------------------------------------------------------------------

_SCHOOL = "SMP Negeri 1 Kota Bekasi"
_SPMB_PERIODS_2027: tuple[Row, ...] = (
    ("Sosialisasi Juknis", "Semua jalur", "Februari - Mei 2027"),
    ("Pendaftaran Tahap 1", "Afirmasi, Mutasi, Prestasi", "8 - 12 Juni 2027"),
    ("Pengumuman Tahap 1", "Afirmasi, Mutasi, Prestasi", "16 Juni 2027"),
    ("Pendaftaran Tahap 2", "Domisili", "21 - 25 Juni 2027"),
    ("Pengumuman Tahap 2", "Domisili", "30 Juni 2027"),
    ("Daftar Ulang", "Semua jalur", "1 - 3 Juli 2027"),
)
_SPMB_PERIODS_2026: tuple[Row, ...] = (
    ("Pendaftaran Tahap 1", "Afirmasi, Mutasi, Prestasi", "8 - 12 Juni 2026"),
    ("Pengumuman Tahap 1", "Afirmasi, Mutasi, Prestasi", "16 Juni 2026"),
    ("Pendaftaran Tahap 2", "Domisili", "22 - 26 Juni 2026"),
    ("Pengumuman Tahap 2", "Domisili", "1 Juli 2026"),
    ("Daftar Ulang", "Semua jalur", "2 - 4 Juli 2026"),
)
_SPMB_QUOTAS: tuple[Row, ...] = (
    ("SMPN 1 Bekasi", "Domisili", "224", "1.032", "0"),
    ("SMPN 2 Bekasi", "Domisili", "192", "876", "0"),
    ("SMPN 12 Bekasi", "Domisili", "256", "240", "16"),
)
_DPRD_AGENDA: tuple[Row, ...] = (
    (
        "Senin, 7 Desember 2026",
        "09.00 WIB",
        "Rapat Paripurna Penyampaian Raperda tentang Bangunan Gedung",
        "Ruang Paripurna",
    ),
    ("Rabu, 9 Desember 2026", "13.00 WIB", "Rapat Kerja Komisi III dengan Dinas Bina Marga", "Ruang Komisi III"),
)
_DPRD_AGENDA_PAST: tuple[Row, ...] = (
    (
        "Selasa, 14 April 2026",
        "10.00 WIB",
        "Rapat Paripurna Rekomendasi DPRD atas LKPJ Wali Kota 2025",
        "Ruang Paripurna",
    ),
    ("Kamis, 9 April 2026", "13.00 WIB", "Rapat Pansus LKPJ", "Ruang Banggar"),
)
_RKPD: tuple[Row, ...] = (
    ("RKPD Kota Bekasi Tahun 2027", "Peraturan Wali Kota Nomor 45 Tahun 2026", "15 Juni 2026", "PDF"),
    ("RPJMD Kota Bekasi 2025-2029", "Peraturan Daerah Nomor 3 Tahun 2025", "20 Agustus 2025", "PDF"),
    ("Renja Bappelitbangda 2026", "Keputusan Kepala Badan Nomor 050/112/Bappelitbangda/2025", "3 Juli 2025", "PDF"),
)
_MUSRENBANG_2028: tuple[Row, ...] = (
    ("Musrenbang Kelurahan RKPD 2028", "5 - 20 Januari 2027"),
    ("Musrenbang Kecamatan", "1 - 12 Februari 2027"),
    ("Forum Perangkat Daerah", "1 - 5 Maret 2027"),
    ("Musrenbang Kota", "10 Maret 2027"),
)
_MUSRENBANG_2027: tuple[Row, ...] = (
    ("Musrenbang Kelurahan RKPD 2027", "5 - 20 Januari 2026"),
    ("Musrenbang Kecamatan", "2 - 13 Februari 2026"),
    ("Forum Perangkat Daerah", "2 - 6 Maret 2026"),
    ("Musrenbang Kota", "8 April 2026"),
)

# Healthy and fresh: aktif, update, no finding; the day of the newest post.
FRESH: dict[str, tuple[str, str]] = {
    "opensid-kelurahan-home": (opensid_fresh("Kelurahan Harapan Jaya"), "2026-12-03"),
    "opensid-kelurahan-clock-and-agenda": (
        opensid_page(
            "Kelurahan Margahayu",
            (
                ("Pelantikan Pengurus LPM Kelurahan Margahayu", "01 Desember 2026"),
                ("Sosialisasi Pencegahan Demam Berdarah", "24 November 2026"),
            ),
            _OPENSID_ARCHIVE_FRESH[1:],
            (
                ("Senin, 07 Desember 2026", "Posyandu Lansia RW 05", "Balai Warga RW 05"),
                ("Kamis, 10 Desember 2026", "Rapat Koordinasi RT/RW", "Aula Kelurahan"),
            ),
            (("Warga RW 05|Alhamdulillah, semoga amanah.", "01 Desember 2026 20:41"),),
            head_day="Jum'at, 04 Desember 2026 10:00:12",
        ),
        "2026-12-01",
    ),
    "sekolahku-school-home": (
        sekolahku_page(
            _SCHOOL,
            (
                ("Siswa SMPN 1 Raih Medali Emas O2SN Tingkat Kota", "27/11/2026 08:15"),
                ("Kegiatan P5: Gaya Hidup Berkelanjutan", "20/11/2026 10:02"),
                ("Upacara Peringatan Hari Guru Nasional", "25/11/2026 07:30"),
            ),
            (("Pengumuman Jadwal Penilaian Akhir Semester Ganjil", "01/12/2026"),),
            (("Penilaian Akhir Semester Ganjil", "7 - 12 Desember 2026"), ("Pembagian Rapor", "19 Desember 2026")),
        ),
        "2026-12-01",
    ),
    "balitbang-school-home": (
        balitbang_page(
            "SMA Negeri 2 Kota Bekasi",
            (
                ("Pelepasan Kontingen OSN Tingkat Provinsi", "Senin, 30 November 2026"),
                ("Kunjungan Industri Kelas XI", "Kamis, 19 November 2026"),
            ),
            (("Rapat Komite Sekolah", "Sabtu, 12 Desember 2026"),),
            "12 Januari 2015",
        ),
        "2026-11-30",
    ),
    "disdik-spmb-portal": (
        spmb_page(
            (
                ("Sosialisasi Juknis SPMB Tahun Ajaran 2027/2028 kepada Kepala Sekolah", "2 Desember 2026"),
                ("Rapat Evaluasi Pelaksanaan SPMB 2026", "18 November 2026"),
            ),
            _SPMB_PERIODS_2027,
            _SPMB_QUOTAS,
            "Pengumuman Kelulusan SD dan SMP Tahun Pelajaran 2026/2027 dijadwalkan pada 2 Juni 2027 melalui laman ini.",
        ),
        "2026-12-02",
    ),
    "rsud-home": (
        rsud_page(
            (
                ("Layanan Hemodialisa RSUD Kini Buka Hingga Malam", "2 Desember 2026"),
                ("RSUD Raih Akreditasi Paripurna KARS", "23 November 2026"),
            ),
            "04-12-2026 09:52:10",
        ),
        "2026-12-02",
    ),
    "puskesmas-home-posyandu-days": (
        puskesmas_page(
            (
                ("Bulan Imunisasi Anak Nasional Tahap II", "1 Desember 2026"),
                ("Penyuluhan Gizi Seimbang bagi Ibu Hamil", "26 November 2026"),
            ),
            (
                ("Senin, 7 Desember 2026", "Posyandu Mawar", "RW 01"),
                ("Selasa, 8 Desember 2026", "Posyandu Melati", "RW 03"),
                ("Rabu, 9 Desember 2026", "Posyandu Anggrek", "RW 05"),
                ("Kamis, 10 Desember 2026", "Posyandu Kenanga", "RW 08"),
            ),
        ),
        "2026-12-01",
    ),
    "bpbd-home-warning-and-weir": (
        bpbd_page(
            (
                ("Banjir di Perumahan Pondok Gede Permai Berangsur Surut", "3 Desember 2026"),
                ("Pohon Tumbang Timpa Rumah Warga di Jatiasih", "29 November 2026"),
            ),
            "Jumat, 04 Desember 2026",
            "04/12/2026",
        ),
        "2026-12-03",
    ),
    "damkar-incident-log": (
        damkar_page(
            (
                ("3 Des 2026", "Kebakaran rumah tinggal", "Jl. Kemakmuran RT 03/05, Margahayu", "3 unit", "Padam"),
                ("1 Des 2026", "Evakuasi ular sanca", "Perum Villa Indah Permai", "1 unit", "Selesai"),
                ("28 Nov 2026", "Kebakaran lahan kosong", "Jl. Raya Narogong km 7", "2 unit", "Padam"),
            ),
            (("Simulasi Pemadaman Kebakaran di SDN Margahayu XV", "25 November 2026"),),
        ),
        "2026-12-03",
    ),
    "dishub-info-lalin": (
        dishub_page(
            (("Rekayasa Lalu Lintas Simpang Bulak Kapal Mulai Diuji Coba", "30 November 2026"),),
            "04/12/2026 09:58:12",
        ),
        "2026-11-30",
    ),
    "satpolpp-home": (
        satpolpp_page(
            (
                ("Penertiban Reklame Tanpa Izin di Jalan Ahmad Yani", "2 Desember 2026"),
                ("Patroli Malam Cegah Tawuran Pelajar", "27 November 2026"),
            )
        ),
        "2026-12-02",
    ),
    "dprd-agenda-paripurna": (
        dprd_page(
            (("Rapat Paripurna Penetapan APBD Tahun Anggaran 2027", "30 November 2026"),),
            _DPRD_AGENDA,
            "Masa Sidang I Tahun Sidang 2026-2027",
        ),
        "2026-11-30",
    ),
    "inspektorat-lhp-and-wbs": (
        inspektorat_page(
            (("Inspektorat Gelar Bimtek Pengendalian Gratifikasi", "26 November 2026"),),
            (
                ("700.1.2/145/LHP/Itda/2026", "Pemeriksaan Reguler Kecamatan Bekasi Utara", "23 November 2026", "PDF"),
                ("700.1.2/131/LHP/Itda/2026", "Audit Kinerja Dinas Perhubungan", "2 November 2026", "PDF"),
            ),
        ),
        "2026-11-26",
    ),
    "bappeda-rkpd-and-musrenbang": (
        bappeda_page(
            (("Bappelitbangda Gelar Konsultasi Publik Rancangan Awal RKPD 2028", "1 Desember 2026"),),
            _RKPD,
            _MUSRENBANG_2028,
        ),
        "2026-12-01",
    ),
    "bkpsdm-pppk-announcement": (
        bkpsdm_page(
            (("Penyerahan SK PPPK Formasi 2025 Tahap II", "25 November 2026"),),
            cpns_notice(
                "800/1234/BKPSDM/2026",
                "HASIL SELEKSI ADMINISTRASI PENGADAAN PPPK TAHAP II TAHUN 2026",
                "1 Desember 2026",
                "Berdasarkan Peraturan Menteri PANRB Nomor 6 Tahun 2024, peserta yang dinyatakan memenuhi syarat dapat "
                "mengikuti seleksi kompetensi yang akan dilaksanakan pada tanggal 21 s.d. 23 Desember 2026 di Kantor "
                "Regional III BKN.",
            ),
        ),
        "2026-12-01",
    ),
    "disnaker-job-listings": (
        disnaker_page(
            (
                ("Operator Produksi", "PT Sinar Bekasi Plastik", "1 Desember 2026", "15 Desember 2026"),
                ("Admin Gudang", "CV Maju Logistik", "27 November 2026", "11 Desember 2026"),
            ),
            (("Job Fair Kota Bekasi Diikuti 60 Perusahaan", "21 November 2026"),),
        ),
        "2026-12-01",
    ),
    "dpmptsp-licensing-statistics": (
        dpmptsp_page(
            (("Sosialisasi Perizinan Berusaha Berbasis Risiko", "20 November 2026"),),
            "30 November 2026",
            "November 2026",
        ),
        "2026-11-30",
    ),
    "dinsos-bansos-stage-four": (
        dinsos_page(
            (("Penyaluran BPNT Tahap IV Tahun 2026 di Kantor Pos Bekasi", "27 November 2026"),),
            (
                ("PKH", "Tahap IV", "Oktober - Desember 2026", "21.344"),
                ("BPNT", "Tahap IV", "Oktober - Desember 2026", "38.120"),
            ),
        ),
        "2026-11-27",
    ),
    "kecamatan-kerja-bakti": (
        kecamatan_page(
            (
                ("Kerja Bakti Serentak Bersihkan Kali Bekasi", "Minggu, 29 November 2026"),
                ("Camat Pantau Pelayanan PATEN di Kelurahan Kranji", "Rabu, 25 November 2026"),
            ),
            "Jumat, 04 Desember 2026",
        ),
        "2026-11-29",
    ),
    "bpbd-flood-news-of-water-level": (
        bpbd_page(
            (
                ("Tinggi Muka Air Kali Bekasi Naik, Warga Bantaran Diminta Waspada", "2 Desember 2026"),
                ("Apel Kesiapsiagaan Bencana Musim Hujan", "20 November 2026"),
            ),
            "Jumat, 04 Desember 2026",
            "04/12/2026",
            "<p>TMA Bendung Bekasi: 290 cm (Siaga 4) &middot; update 07.00 WIB</p>",
        ),
        "2026-12-02",
    ),
    "damkar-incident-lines": (
        damkar_page(
            (("Kejadian kebakaran 3 Des 2026", "Rumah makan", "Jl. Juanda, Margahayu", "4 unit", "Padam 21.40 WIB"),),
            (("Edukasi Pencegahan Kebakaran di Pasar Kranji", "19 November 2026"),),
        ),
        "2026-12-03",
    ),
    "disnaker-job-listings-bold-deadlines": (
        disnaker_page(
            (
                ("Teknisi Listrik", "PT Cikarang Teknik Mandiri", "30 November 2026", "14 Desember 2026"),
                ("Kasir", "Toko Swalayan Sumber Rezeki", "26 November 2026", "9 Desember 2026"),
            ),
            (("Pelatihan Barista Angkatan III Dibuka", "18 November 2026"),),
            bold=True,
        ),
        "2026-11-30",
    ),
    "bapenda-pbb-due-next-year": (
        bapenda_page(
            (("Penetapan SPPT PBB-P2 Tahun 2027 Mulai Dicetak", "2 Desember 2026"),),
            "31 Agustus 2027",
            "Data realisasi s.d. 30 November 2026",
        ),
        "2026-12-02",
    ),
    "wordpress-bpbd-warning-and-water-level": (
        wordpress_page(
            "BPBD Kota Bekasi",
            (
                ("Tim Reaksi Cepat Evakuasi Warga Terdampak Banjir", "2026-12-03T16:20:11+07:00", "3 Desember 2026"),
                ("Simulasi Evakuasi Gempa di SDN Bekasi Jaya", "2026-11-26T09:02:40+07:00", "26 November 2026"),
            ),
            _BPBD_WIDGETS,
        ),
        "2026-12-03",
    ),
    "rsud-queue-maintenance-notice": (
        rsud_page(
            (("Pemeriksaan Mata Gratis bagi Pelajar", "1 Desember 2026"),),
            "04-12-2026 09:52:10",
        ).replace(
            '<div class="container main">',
            '<div class="container main"><div class="alert alert-warning">Mohon maaf, layanan Antrian Online '
            "sedang dalam pemeliharaan sistem pada Sabtu, 5 Desember 2026 pukul 22.00 - 24.00 WIB. Pendaftaran tetap "
            "dapat dilakukan di loket.</div>",
        ),
        "2026-12-01",
    ),
    "kecamatan-blogger": (
        blogger_page(
            "Kecamatan Rawalumbu",
            (
                ("Kerja Bakti Bersihkan Saluran di Kelurahan Bojong Rawalumbu", "Minggu, 29 November 2026", "09.15"),
                ("Rapat Minggon Kecamatan Bulan November", "Selasa, 24 November 2026", "14.02"),
            ),
        ),
        "2026-11-29",
    ),
    "dinsos-stage-four-schedule-ahead": (
        dinsos_page(
            (("Verifikasi Data KPM Bansos Tahap IV", "30 November 2026"),),
            (("BPNT", "Tahap IV", "Penyaluran 7 - 11 Desember 2026", "38.120"),),
        ),
        "2026-11-30",
    ),
    "satpolpp-gambling-raid-news": (
        satpolpp_page(
            (
                ("Satpol PP dan Polres Metro Bekasi Kota Bubarkan Arena Sabung Ayam di Mustikajaya", "3 Desember 2026"),
                ("Penertiban Pedagang Kaki Lima di Trotoar Stasiun Bekasi", "30 November 2026"),
            )
        ),
        "2026-12-03",
    ),
    "rsud-news-of-beds": (
        rsud_page(
            (
                ("Ketersediaan Tempat Tidur RSUD Menipis, Dinkes Siapkan Ruang Isolasi Tambahan", "2 Desember 2026"),
                ("RSUD Raih Akreditasi Paripurna KARS", "23 November 2026"),
            ),
            "Jumat, 04 Desember 2026 pukul 06.30 WIB",
        ),
        "2026-12-02",
    ),
    "spmb-portal-nik-not-found-hint": (
        spmb_page(
            (("Sosialisasi Juknis SPMB Tahun Ajaran 2027/2028", "2 Desember 2026"),),
            _SPMB_PERIODS_2027,
            _SPMB_QUOTAS,
            "Data tidak ditemukan? Pastikan NIK sesuai Kartu Keluarga. Pengumuman kelulusan dibuka 2 Juni 2027.",
        ),
        "2026-12-02",
    ),
    "dpmptsp-oss-maintenance-banner": (
        dpmptsp_page(
            (("Sosialisasi Persetujuan Bangunan Gedung", "1 Desember 2026"),), "30 November 2026", "November 2026"
        ).replace(
            '<div class="container main">',
            "<div class=\"container main\"><div class='alert alert-danger'>Informasi: Sistem OSS RBA sedang "
            "maintenance oleh Kementerian Investasi. Mohon maaf atas ketidaknyamanannya.</div>",
        ),
        "2026-12-01",
    ),
    "inspektorat-audit-of-errors": (
        inspektorat_page(
            (("Bimtek Penanganan Pengaduan Masyarakat", "1 Desember 2026"),),
            (
                (
                    "700.1.2/145/LHP/Itda/2026",
                    "Audit atas kesalahan pencatatan aset (error 404 transaksi)",
                    "23 November 2026",
                    "PDF",
                ),
            ),
        ),
        "2026-12-01",
    ),
    "satpolpp-gambling-machines-seized": (
        satpolpp_page(
            (
                ("Satpol PP Sita Mesin Judi Jackpot dan Slot di Warung Kopi Bekasi Timur", "2 Desember 2026"),
                ("Sosialisasi Bahaya Judi Online kepada Pelajar SMP", "28 November 2026"),
            )
        ),
        "2026-12-02",
    ),
    "dinsos-online-gambling-and-bansos": (
        dinsos_page(
            (("Penerima Bansos yang Terlibat Judi Online Akan Dicoret dari DTKS", "1 Desember 2026"),),
            (("PKH", "Tahap IV", "Oktober - Desember 2026", "21.344"),),
        ),
        "2026-12-01",
    ),
    "bapenda-pbb-and-counters": (
        bapenda_page(
            (("Bapenda Gelar Pemutihan Denda PBB hingga Akhir Desember", "1 Desember 2026"),),
            "31 Agustus 2026",
            "Data realisasi s.d. 3 Desember 2026",
        ),
        "2026-12-03",
    ),
}

# Healthy and stale: aktif, tidak_update, no finding; the day of the newest post, whatever the page dates on its own.
STALE: dict[str, tuple[str, str]] = {
    "opensid-kelurahan-home": (opensid_stale("Kelurahan Harapan Jaya"), "2026-08-14"),
    "opensid-kelurahan-clock": (
        opensid_page(
            "Kelurahan Margahayu",
            _OPENSID_STALE[1:],
            _OPENSID_ARCHIVE_STALE,
            (("Sabtu, 30 Mei 2026", "Penyembelihan Hewan Kurban", "Masjid Al-Ikhlas RW 02"),),
            (),
            head_day="Jum'at, 04 Desember 2026 10:00:12",
        ),
        "2026-07-10",
    ),
    "sekolahku-school-home": (
        sekolahku_page(
            _SCHOOL,
            (
                ("Masa Pengenalan Lingkungan Sekolah Tahun Ajaran 2026/2027", "14/07/2026 09:00"),
                ("Pengumuman Kelulusan Kelas IX", "02/06/2026 15:00"),
            ),
            (("Pengumuman Kelulusan Kelas IX Tahun Pelajaran 2025/2026", "02/06/2026"),),
            (("Libur Semester Genap", "29 Juni - 11 Juli 2026"),),
        ),
        "2026-07-14",
    ),
    "balitbang-school-home": (
        balitbang_page(
            "SMA Negeri 2 Kota Bekasi",
            (
                ("Pelaksanaan Ujian Sekolah Kelas XII", "Rabu, 15 April 2026"),
                ("Pesantren Kilat Ramadhan", "Senin, 2 Maret 2026"),
            ),
            (("Ujian Sekolah", "6 - 9 April 2026"),),
            "12 Januari 2015",
        ),
        "2026-04-15",
    ),
    "disdik-spmb-portal": (
        spmb_page(
            (
                ("Pengumuman Hasil Seleksi SPMB Tahap 2 Jalur Domisili", "1 Juli 2026"),
                ("Pengumuman Hasil Seleksi SPMB Tahap 1", "16 Juni 2026"),
            ),
            _SPMB_PERIODS_2026,
            _SPMB_QUOTAS,
            "Pengumuman Kelulusan kelas VI dan IX Tahun Pelajaran 2025/2026 telah dilaksanakan pada 2 Juni 2026.",
        ),
        "2026-07-04",
    ),
    "rsud-home-live-beds": (
        rsud_page(
            (
                ("RSUD Gelar Donor Darah Peringati HUT RI", "14 Agustus 2026"),
                ("Pelatihan Bantuan Hidup Dasar bagi Perawat", "30 Juli 2026"),
            ),
            "04-12-2026 09:52:10",
        ),
        "2026-08-14",
    ),
    "rsud-home-live-beds-written": (
        rsud_page((("RSUD Gelar Donor Darah Peringati HUT RI", "14 Agustus 2026"),), "4 Desember 2026 09:52 WIB"),
        "2026-08-14",
    ),
    "puskesmas-home": (
        puskesmas_page(
            (
                ("Pekan Imunisasi Polio", "20 Juni 2026"),
                ("Penyuluhan Gizi Seimbang bagi Ibu Hamil", "4 Juni 2026"),
            ),
            (),
        ),
        "2026-06-20",
    ),
    "bpbd-home-warning-and-weir": (
        bpbd_page(
            (
                ("Pohon Tumbang di Jalan Ahmad Yani", "17 Maret 2026"),
                ("Banjir Luapan Kali Bekasi di Perumahan Pondok Gede Permai", "2 Maret 2026"),
            ),
            "Jumat, 04 Desember 2026",
            "04/12/2026",
        ),
        "2026-03-17",
    ),
    "damkar-incident-log": (
        damkar_page(
            (
                ("12 Sep 2026", "Kebakaran gudang", "Jl. Industri, Harapan Jaya", "5 unit", "Padam"),
                ("30 Agu 2026", "Evakuasi kucing", "Perum Taman Galaxy", "1 unit", "Selesai"),
            ),
            (("Simulasi Pemadaman Kebakaran di Pasar Baru", "20 Agustus 2026"),),
        ),
        "2026-09-12",
    ),
    "dishub-info-lalin-live-cctv": (
        dishub_page((("Uji KIR Gratis Angkutan Kota", "5 Mei 2026"),), "04/12/2026 09:58:12"),
        "2026-05-05",
    ),
    "satpolpp-home-perda-2026": (
        satpolpp_page((("Sosialisasi Perda Reklame kepada Pelaku Usaha", "9 Februari 2026"),)),
        "2026-02-09",
    ),
    "dprd-no-agenda": (
        dprd_page(
            (("Rapat Paripurna Rekomendasi DPRD atas LKPJ Wali Kota Tahun 2025", "14 April 2026"),),
            (),
            "Masa Sidang III Tahun Sidang 2025-2026",
        ),
        "2026-04-14",
    ),
    "dprd-past-agenda": (
        dprd_page(
            (("Rapat Paripurna Rekomendasi DPRD atas LKPJ Wali Kota Tahun 2025", "14 April 2026"),),
            _DPRD_AGENDA_PAST,
            "Masa Sidang III Tahun Sidang 2025-2026",
        ),
        "2026-04-14",
    ),
    "inspektorat-lhp-and-wbs": (
        inspektorat_page(
            (("Inspektorat Gelar Sosialisasi Whistleblowing System", "18 Maret 2026"),),
            (("700.1.2/23/LHP/Itda/2026", "Pemeriksaan Reguler Kecamatan Medan Satria", "12 Februari 2026", "PDF"),),
        ),
        "2026-03-18",
    ),
    "bappeda-rkpd-and-old-musrenbang": (
        bappeda_page(
            (("Musrenbang RKPD 2027 Tingkat Kota Bekasi", "8 April 2026"),),
            _RKPD,
            _MUSRENBANG_2027,
        ),
        "2026-06-15",
    ),
    "bkpsdm-pppk-announcement": (
        bkpsdm_page(
            (("Pelantikan Pejabat Administrator", "3 Juni 2026"),),
            cpns_notice(
                "800/567/BKPSDM/2026",
                "HASIL AKHIR SELEKSI PENGADAAN PPPK TAHAP I TAHUN 2026",
                "12 Juni 2026",
                "Berdasarkan Peraturan Daerah Nomor 5 Tahun 2026 dan hasil integrasi nilai seleksi kompetensi, peserta "
                "yang namanya tercantum dalam lampiran dinyatakan lulus dan wajib mengisi DRH paling lambat 30 Juni "
                "2026.",
            ),
        ),
        "2026-06-12",
    ),
    "disnaker-job-listings-long-deadlines": (
        disnaker_page(
            (
                ("Operator Produksi", "PT Sinar Bekasi Plastik", "14 Agustus 2026", "31 Desember 2026"),
                ("Sales Marketing", "PT Bekasi Motor Sejahtera", "7 Agustus 2026", "10 Desember 2026"),
            ),
            (("Job Fair Kota Bekasi 2026", "20 Juli 2026"),),
        ),
        "2026-08-14",
    ),
    "dpmptsp-licensing-statistics-june": (
        dpmptsp_page((("Sosialisasi OSS RBA kepada UMKM", "12 Mei 2026"),), "30 Juni 2026", "Juni 2026"),
        "2026-06-30",
    ),
    "dinsos-bansos-stage-two": (
        dinsos_page(
            (("Penyaluran PKH Tahap II Tahun 2026", "10 Mei 2026"),),
            (("PKH", "Tahap II", "April - Juni 2026", "21.902"), ("BPNT", "Tahap II", "April - Juni 2026", "38.771")),
        ),
        "2026-05-10",
    ),
    "kecamatan-kerja-bakti-with-day-bar": (
        kecamatan_page(
            (
                ("Kerja Bakti Serentak Bersihkan Kali Bekasi", "Minggu, 19 April 2026"),
                ("Musrenbang Kecamatan Bekasi Barat", "Rabu, 11 Februari 2026"),
            ),
            "Jumat, 04 Desember 2026",
        ),
        "2026-04-19",
    ),
    "bpbd-water-level-line-and-warning": (
        bpbd_page(
            (("Pohon Tumbang di Jalan Ahmad Yani", "17 Maret 2026"),),
            "Jumat, 04 Desember 2026",
            "04/12/2026",
            "<p>TMA Bendung Bekasi: 290 cm (Siaga 4) &middot; update 07.00 WIB</p>",
        ),
        "2026-03-17",
    ),
    "disnaker-job-listings-bold-deadlines": (
        disnaker_page(
            (
                ("Operator Produksi", "PT Sinar Bekasi Plastik", "14 Agustus 2026", "10 Desember 2026"),
                ("Sales Marketing", "PT Bekasi Motor Sejahtera", "7 Agustus 2026", "8 Desember 2026"),
            ),
            (("Job Fair Kota Bekasi 2026", "20 Juli 2026"),),
            bold=True,
        ),
        "2026-08-14",
    ),
    "dpmptsp-licensing-statistics-stamped-today": (
        dpmptsp_page(
            (("Sosialisasi OSS RBA kepada UMKM", "12 Mei 2026"),), "04 Desember 2026 09:00 WIB", "Desember 2026"
        ),
        "2026-05-12",
    ),
    "wordpress-bpbd-warning-and-water-level": (
        wordpress_page(
            "BPBD Kota Bekasi",
            (
                ("Pohon Tumbang Timpa Rumah Warga di Jatiasih", "2026-03-17T13:40:02+07:00", "17 Maret 2026"),
                ("Apel Siaga Bencana Musim Hujan", "2026-02-11T08:30:00+07:00", "11 Februari 2026"),
            ),
            _BPBD_WIDGETS,
        ),
        "2026-03-17",
    ),
    "kecamatan-blogger": (
        blogger_page(
            "Kecamatan Rawalumbu",
            (("Kerja Bakti Bersihkan Saluran di Kelurahan Bojong Rawalumbu", "Minggu, 19 April 2026", "09.15"),),
        ),
        "2026-04-19",
    ),
    "opensid-layanan-mandiri-login-box": (
        opensid_stale("Kelurahan Sepanjang Jaya").replace(
            "<div class='col-md-4' id='sidebar'>",
            "<div class='col-md-4' id='sidebar'><div class='box box-primary'><div class='box-header'><h3 "
            "class='box-title'>Layanan Mandiri</h3></div><div class='box-body'><form action='/layanan-mandiri/cek' "
            "method='post'><input name='nik' placeholder='NIK'><input type='password' name='pin' placeholder='PIN'>"
            "<button type='submit'>Masuk</button></form><p>Belum punya PIN? Hubungi operator kelurahan.</p>"
            "</div></div>",
        ),
        "2026-08-14",
    ),
    "bkpsdm-roman-month-number": (
        bkpsdm_page(
            (("Pelantikan Pejabat Fungsional", "20 Mei 2026"),),
            cpns_notice(
                "800/1234/BKPSDM/XII/2026",
                "JADWAL PELAKSANAAN UJI KOMPETENSI JABATAN FUNGSIONAL TAHUN 2026",
                "4 Juni 2026",
                "Uji kompetensi dilaksanakan sesuai Peraturan Wali Kota Nomor 41 Tahun 2026. Daftar peserta terlampir.",
            ),
        ),
        "2026-06-04",
    ),
    "bapenda-counter-of-today": (
        bapenda_page(
            (("Bapenda Buka Gerai Pajak di Mal Pelayanan Publik", "19 Juni 2026"),),
            "31 Agustus 2026",
            "Penerimaan hari ini per 04/12/2026 09:00:00",
        ),
        "2026-06-19",
    ),
    "rsud-home-beds-stamped-this-morning": (
        rsud_page(
            (("RSUD Gelar Donor Darah Peringati HUT RI", "14 Agustus 2026"),), "Jumat, 04 Desember 2026 pukul 06.30 WIB"
        ),
        "2026-08-14",
    ),
    "rsud-home-beds-last-updated": (
        rsud_page((("RSUD Gelar Donor Darah Peringati HUT RI", "14 Agustus 2026"),), "04 Desember 2026 06:30").replace(
            "Update: ", "Terakhir diperbarui: "
        ),
        "2026-08-14",
    ),
    "bpbd-water-level-stamp-below-its-table": (
        bpbd_page(
            (("Pohon Tumbang di Jalan Ahmad Yani", "17 Maret 2026"),),
            "Jumat, 04 Desember 2026",
            "04/12/2026",
            _table(
                ("Pos", "TMA (cm)", "Status"),
                (
                    ("Bendung Bekasi", "290", "Siaga 4"),
                    ("P2C Cikeas", "145", "Normal"),
                    ("P2C Cileungsi", "160", "Normal"),
                ),
            )
            + "<p class='small'>Update 04/12/2026 pukul 07.00 WIB</p>",
        ),
        "2026-03-17",
    ),
    "bapenda-pbb-due-and-live-counter": (
        bapenda_page(
            (("Jatuh Tempo PBB-P2 31 Agustus 2026, Warga Diimbau Segera Bayar", "3 Agustus 2026"),),
            "31 Agustus 2026",
            "Realisasi per 04-12-2026 09:00 WIB (otomatis dari sistem e-BPHTB)",
        ),
        "2026-08-03",
    ),
}
