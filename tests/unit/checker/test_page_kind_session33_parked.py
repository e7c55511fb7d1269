"""Registrars', hostings' and Apache's pages in the application's place, worded as a prober found them (session 33).

An Indonesian registrar's tiny page for a domain parked or held ("Domain ini telah didaftarkan dan sedang diparkir
oleh pemiliknya", "Domain .id Tidak Aktif … status expired/hold", "Belum ada website di domain ini") under the
domain's name; an Indonesian hosting's page for a site over its bandwidth or its resources; Apache's listing under a
header file of the department's (HeaderName), which has no "Index of /" heading. Each read as the application before.
Each comes with a department's page in the same words, which stays the application.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page, news_since

from pantau_checker.core.page_kind import PageKind

_STYLE = (
    "<style>body{font-family:'Segoe UI',Arial,sans-serif;background:#f7f7f7;color:#444;text-align:center}"
    ".container{max-width:560px;margin:120px auto}h1{font-size:2.4em;color:#1a73e8}</style>"
)


def _registrar(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">{_STYLE}</head>'
        f'<body><div class="container"><h1>sipandu-bekasi.id</h1>{body}</div></body></html>'
    )


PARKED_BY_OWNER = _registrar(
    "Domain Parkir",
    "<h2>Domain Parkir</h2><p>Domain ini telah didaftarkan dan sedang diparkir oleh pemiliknya. Website belum "
    'tersedia.</p><p>Didaftarkan melalui <a href="https://www.rumahweb.com">Rumahweb Indonesia</a>.</p>',
)
REGISTERED = _registrar("sipandu-bekasi.id", "<p>Domain ini telah terdaftar. Website belum tersedia.</p>")
NO_WEBSITE_YET = _registrar("sipandu-bekasi.id", "<p>Belum ada website di domain ini.</p>")
NOT_BUILT = _registrar("sipandu-bekasi.id", "<p>Website ini belum dibuat. Silakan kembali lagi nanti.</p>")
ON_HOLD = _registrar("Domain Tidak Aktif", "<p>Domain ini sedang dalam status hold oleh PANDI.</p>")
NOT_ACTIVE = _registrar("sipandu-bekasi.id", "<h2>Domain tidak aktif</h2><p>Hubungi registrar Anda.</p>")
COMING_SOON = _registrar("sipandu-bekasi.id", "<p>Coming soon</p>")
NOT_CONNECTED = _registrar("sipandu-bekasi.id", "<p>This domain is not yet connected to a website.</p>")
PANDI_EXPIRED = (
    '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>PANDI - Domain Tidak Aktif</title></head>'
    '<body><header><img src="https://pandi.id/wp-content/uploads/2020/logo-pandi.png" alt="PANDI"></header><main>'
    "<h1>Domain .id Tidak Aktif</h1><p>Nama domain yang Anda akses sedang dalam status <strong>expired/hold</strong> "
    "sesuai kebijakan Pengelola Nama Domain Internet Indonesia (PANDI).</p><p>Pemilik domain dapat menghubungi "
    "registrar untuk melakukan perpanjangan.</p></main><footer>&copy; 2026 PANDI</footer></body></html>"
)


def _hosting(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>{_STYLE}</head>'
        f'<body><div class="container">{body}</div></body></html>'
    )


OVER_BANDWIDTH = _hosting(
    "Batas Bandwidth Terlampaui",
    "<h1>Batas Bandwidth Terlampaui</h1><p>Website ini telah melebihi kuota bandwidth bulanan. Silakan coba kembali "
    "nanti atau hubungi pemilik website.</p>",
)
OVER_RESOURCES = _hosting(
    "Kuota Hosting Penuh",
    "<h1>Kuota hosting penuh</h1><p>Website ini untuk sementara tidak dapat ditampilkan karena melebihi batas "
    "resource (CPU/RAM/Entry Process) paket hosting.</p>",
)

_ICONS = '<img src="/icons/layout.gif" alt="[   ]">'
_ROWS = "".join(
    f'<tr><td valign="top">{_ICONS}</td><td><a href="{name}">{name}</a></td><td align="right">{when}  </td>'
    f'<td align="right">{size}</td><td>&nbsp;</td></tr>\n'
    for name, when, size in (
        ("RKPD-2027.pdf", "2026-12-03 10:00", "4.2M"),
        ("Renja-2027.pdf", "2026-11-20 08:00", "2.1M"),
        ("LKjIP-2025.pdf", "2026-03-31 14:12", "7.8M"),
    )
)


def apache_listing(header: str) -> str:
    """Return Apache's listing of a folder of documents under ``header``, the folder's HEADER.html."""
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<html>\n <head>\n  <title>Index of /</title>\n'
        f" </head>\n <body>\n{header}\n  <table>\n"
        '   <tr><th valign="top"><img src="/icons/blank.gif" alt="[ICO]"></th><th><a href="?C=N;O=D">Name</a></th>'
        '<th><a href="?C=M;O=A">Last modified</a></th><th><a href="?C=S;O=A">Size</a></th>'
        '<th><a href="?C=D;O=A">Description</a></th></tr>\n   <tr><th colspan="5"><hr></th></tr>\n'
        f'{_ROWS}   <tr><th colspan="5"><hr></th></tr>\n</table>\n'
        "<address>Apache/2.4.62 (Debian) Server at dokumen.bappelitbangda.bekasikota.go.id Port 443</address>\n"
        "</body></html>"
    )


HEADED_BY_DEPARTMENT = apache_listing(
    '<div class="header"><img src="/logo-pemkot.png" alt="Pemkot Bekasi"><h2>Repositori Dokumen Bappelitbangda '
    "Kota Bekasi</h2><p>Silakan unduh dokumen perencanaan di bawah ini. Diperbarui 3 Desember 2026.</p></div>"
)
HEADED_BY_README = apache_listing("<pre>\nREPOSITORI DOKUMEN PERENCANAAN\nBappelitbangda Kota Bekasi\n</pre>")
NO_HEADER = apache_listing("")


@pytest.mark.parametrize(
    ("html", "kind", "quoted"),
    [
        pytest.param(PARKED_BY_OWNER, "domain_parkir", "Domain Parkir", id="parked-by-owner"),
        pytest.param(REGISTERED, "domain_parkir", "Domain ini telah terdaftar", id="registered"),
        pytest.param(NO_WEBSITE_YET, "domain_parkir", "Belum ada website di domain ini", id="no-website-yet"),
        pytest.param(NOT_BUILT, "domain_parkir", "Website ini belum dibuat", id="not-built"),
        pytest.param(ON_HOLD, "domain_parkir", "Domain Tidak Aktif", id="on-hold"),
        pytest.param(NOT_ACTIVE, "domain_parkir", "Domain tidak aktif", id="not-active"),
        pytest.param(COMING_SOON, "domain_parkir", "Coming soon", id="coming-soon-under-the-name"),
        pytest.param(NOT_CONNECTED, "domain_parkir", "not yet connected", id="not-connected"),
        pytest.param(PANDI_EXPIRED, "domain_parkir", "Tidak Aktif", id="pandi-expired"),
        pytest.param(OVER_BANDWIDTH, "halaman_bawaan", "Batas Bandwidth Terlampaui", id="over-bandwidth"),
        pytest.param(OVER_RESOURCES, "halaman_bawaan", "Kuota Hosting Penuh", id="over-resources"),
        pytest.param(HEADED_BY_DEPARTMENT, "daftar_direktori", "Index of /", id="listing-headed-by-department"),
        pytest.param(HEADED_BY_README, "daftar_direktori", "Index of /", id="listing-headed-by-readme"),
        pytest.param(NO_HEADER, "daftar_direktori", "Index of /", id="listing-without-heading"),
    ],
)
def test_a_registrars_a_hostings_or_apaches_page_is_read_for_what_it_is(html: str, kind: str, quoted: str) -> None:
    assert_kind(html, kind, quoted)


def _department(main: str) -> str:
    """A department's page with its menu, sidebar and footer, ``main`` among its news."""
    return department_page(Site(news=news_since((2, 6, 11, 19, 27)), main_extra=main))


PARKING_NEWS = _department(
    "<section><h2>Retribusi Parkir Tepi Jalan Umum</h2><p>Domain ini telah terdaftar di Kominfo sebagai kanal resmi "
    "pembayaran retribusi parkir. Belum ada website di domain ini untuk parkir berlangganan; layanan Coming soon "
    "pada Januari 2027.</p></section>"
)
QUOTA_NEWS = _department(
    "<section><h2>Batas Bandwidth Terlampaui, Internet RW Dievaluasi</h2><p>Sejumlah titik internet RW melebihi "
    "kuota bandwidth bulanan. Kuota hosting penuh di server lama menjadi alasan migrasi ke Pusat Data.</p></section>"
)
# A portal's page of public documents, in its frame, titled like a listing and sortable by its own parameters.
PPID_DOCUMENTS = department_page(
    Site(
        title="Index of Dokumen Publik - PPID Kota Bekasi",
        news=news_since((2, 6, 11)),
        main_extra='<h1>Index of Dokumen Publik</h1><table class="table"><thead><tr><th><a href="?sort=name">Name</a>'
        '</th><th><a href="?sort=date">Last modified</a></th><th><a href="?sort=size">Size</a></th></tr></thead>'
        '<tbody><tr><td><a href="/ppid/dip-2026.pdf">DIP 2026</a></td><td>2026-12-01</td><td>1.2M</td></tr>'
        "</tbody></table>",
    )
)
# A tiny application without a menu, under its own domain's name: its login, nothing a registrar says.
TINY_APP = _registrar(
    "sipandu-bekasi.id",
    '<form method="post" action="/login"><input name="nip" placeholder="NIP"><input type="password" '
    'name="password"><button>Masuk</button></form><p>Sistem Informasi Pelayanan Terpadu</p>',
)
# A tiny application's page that says a registrar's words, under no domain's name.
TINY_NOTICE = _hosting(
    "SIPANDU", "<h1>SIPANDU</h1><p>Domain ini telah terdaftar sebagai kanal resmi. Silakan masuk melalui portal.</p>"
)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(PARKING_NEWS, id="parking-news"),
        pytest.param(QUOTA_NEWS, id="quota-news"),
        pytest.param(PPID_DOCUMENTS, id="ppid-documents"),
        pytest.param(TINY_APP, id="tiny-app-under-its-domain"),
        pytest.param(TINY_NOTICE, id="tiny-notice-without-the-name"),
    ],
)
def test_a_departments_page_in_the_same_words_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


# Narrowed after a red team: a tiny application's, a kiosk's, an event's, a PPDB's or a link page's own page under its
# own (non-.go.id) domain's name says "coming soon" of a feature or a launch, "belum tersedia" of a season, "status
# expired" of a certificate, or has its login: none is a registrar's page. Each was domain_parkir before the narrowing.
def _vendor_tiny(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,'
        f' initial-scale=1"><title>{title}</title><link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head>'
        f'<body class="bg-light"><div class="container text-center py-5">{body}</div>'
        '<script src="/assets/js/bootstrap.bundle.min.js"></script></body></html>'
    )


KIOSK_FEATURE_SOON = _vendor_tiny(
    "anjungan.bekasi.app",
    "<h1>anjungan.bekasi.app</h1><p>Anjungan Mandiri Dukcapil &mdash; sentuh layar untuk memulai. Coming soon: cetak "
    'KIA mandiri.</p><a href="/mulai" class="btn btn-lg">MULAI</a>',
)
EVENT_REGISTRATION_SOON = _vendor_tiny(
    "bekasiexpo2026.id",
    "<h1>bekasiexpo2026.id</h1><h2>Bekasi Expo 2026</h2><p>Pendaftaran tenant coming soon. Pameran UMKM dan produk "
    'unggulan Kota Bekasi di Summarecon Mall Bekasi.</p><a href="https://instagram.com/bekasiexpo">Instagram</a>',
)
LAUNCH_SOON = _vendor_tiny(
    "sipandai-bekasi.id",
    '<img src="/img/logo-sipandai.png" alt="SIPANDAI" height="80"><h1>sipandai-bekasi.id</h1><p class="lead">Sistem '
    "Informasi Pelayanan Administrasi Terpadu Kota Bekasi. Coming soon &mdash; peluncuran resmi bulan depan.</p>"
    '<a href="https://bekasikota.go.id" class="btn btn-primary">Portal Pemkot Bekasi</a>',
)
PPDB_NEXT_YEAR = _vendor_tiny(
    "ppdb-kotabekasi.com",
    '<img src="/logo-disdik.png" height="70" alt="Disdik"><h1>ppdb-kotabekasi.com</h1><p>Situs ini belum tersedia '
    "untuk tahun ajaran 2027/2028. Jadwal pendaftaran akan diumumkan oleh Dinas Pendidikan Kota Bekasi.</p>"
    '<a href="https://disdik.bekasikota.go.id">Disdik Kota Bekasi</a>',
)
CERTIFICATES_EXPIRED = _vendor_tiny(
    "sipetah.bekasi.net",
    "<h1>sipetah.bekasi.net</h1><p>Sistem Informasi Pertanahan. Sertifikat tanah dalam status expired dapat "
    'diperpanjang melalui loket BPN.</p><a href="/login">Masuk</a>',
)
LOGIN_UNDER_ITS_DOMAIN = _vendor_tiny(
    "e-sakip.bekasi.net",
    '<h1>e-sakip.bekasi.net</h1><p class="text-muted">Domain ini telah didaftarkan untuk Aplikasi e-SAKIP Kota '
    'Bekasi.</p><form method="post" action="/login"><input name="username" placeholder="Username"><input '
    'type="password" name="password" placeholder="Password"><button>Masuk</button></form>',
)

# Narrowed after a red team: a helpdesk's or a status page's tiny page that names the limit of other sites, denies it
# or tells it was solved is no hosting's page for this site. Each was halaman_bawaan before the narrowing.
HELPDESK_QUOTA = _vendor_tiny(
    "Helpdesk Hosting OPD",
    "<h1>Helpdesk Hosting OPD</h1><p>Website OPD yang melebihi kuota bandwidth bulanan dapat mengajukan penambahan "
    'kuota melalui tiket helpdesk. Hubungi Bidang Aptika.</p><a href="/tiket">Buat Tiket</a> <a href="/faq">FAQ</a>',
)
STATUS_NONE_OVER = _vendor_tiny(
    "Status Layanan Hosting Diskominfo",
    "<h1>Status Layanan Hosting</h1><p>Per 4 Desember 2026, tidak ada website OPD yang melebihi kuota bandwidth. "
    'Seluruh layanan berjalan normal.</p><a href="/riwayat">Riwayat</a>',
)
QUOTA_SOLVED = _vendor_tiny(
    "Info Jaringan Diskominfo",
    "<h1>Info Jaringan</h1><p>Kuota hosting penuh pada server lama sudah diatasi dengan migrasi ke Pusat Data Daerah "
    "pada 1 Desember 2026.</p><a href='/'>Beranda</a>",
)


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(KIOSK_FEATURE_SOON, id="kiosk-feature-coming-soon"),
        pytest.param(EVENT_REGISTRATION_SOON, id="event-registration-coming-soon"),
        pytest.param(LAUNCH_SOON, id="launch-coming-soon"),
        pytest.param(PPDB_NEXT_YEAR, id="ppdb-not-yet-for-next-year"),
        pytest.param(CERTIFICATES_EXPIRED, id="certificates-in-status-expired"),
        pytest.param(LOGIN_UNDER_ITS_DOMAIN, id="login-under-its-registered-domain"),
        pytest.param(HELPDESK_QUOTA, id="helpdesk-of-sites-over-quota"),
        pytest.param(STATUS_NONE_OVER, id="status-no-site-over-quota"),
        pytest.param(QUOTA_SOLVED, id="quota-full-solved"),
    ],
)
def test_a_tiny_application_or_helpdesk_page_in_a_registrars_or_a_hostings_words_is_the_application(
    html: str,
) -> None:
    assert kind_of(html) == PageKind("aplikasi")
