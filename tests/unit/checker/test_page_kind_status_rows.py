"""Maintenance as one row's status among others, and a server's name in a footer's credit: the application.

A status page lists the city's services with a badge each ("Operational", "Degraded Performance", "Under
Maintenance"), an inventory its applications ("Active", "Under Maintenance"), a helpdesk's dashboard counts them ("3
Aplikasi Dalam Pemeliharaan", "57 Aplikasi Aktif"), a tracker its tickets ("Site under maintenance for 3 days",
"Resolved"): none is the page's own notice. An application left under Tomcat's title with "Powered by Apache Tomcat" in
its footer is the application. Each comes with the stand-in that must still be read for what it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from page_kinds import assert_kind, kind_of

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import days_ago, english, tanggal

from pantau_checker.core.page_kind import PageKind

_ADMINLTE_HEAD = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="/plugins/fontawesome-free/css/all.min.css">
<link rel="stylesheet" href="/dist/css/adminlte.min.css">
</head><body class="hold-transition sidebar-mini"><div class="wrapper">
<nav class="main-header navbar navbar-expand navbar-white navbar-light"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">Beranda</a></li>
<li class="nav-item"><a class="nav-link" href="/keluar">Keluar</a></li>
</ul></nav>
<aside class="main-sidebar sidebar-dark-primary">
<a href="/" class="brand-link"><span class="brand-text">{title}</span></a>
<nav class="mt-2"><ul class="nav nav-pills nav-sidebar flex-column">
<li class="nav-item"><a href="/dashboard" class="nav-link active"><p>Dashboard</p></a></li>
<li class="nav-item"><a href="/laporan" class="nav-link"><p>Laporan</p></a></li>
<li class="nav-item"><a href="/statistik" class="nav-link"><p>Statistik</p></a></li></ul></nav></aside>
<div class="content-wrapper"><section class="content"><div class="container-fluid">"""
_ADMINLTE_FOOT = """</div></section></div>
<footer class="main-footer"><strong>Copyright &copy; {year} Pemerintah Kota Bekasi.</strong> All rights reserved.
<div class="float-right d-none d-sm-inline-block"><b>Version</b> 3.2.0</div></footer></div></body></html>"""


def _adminlte(title: str, content: str) -> str:
    return _ADMINLTE_HEAD.format(title=title) + content + _ADMINLTE_FOOT.format(year=days_ago(0).year)


def _status_page() -> str:
    rows = (
        ("Portal bekasikota.go.id", "success", "Operational"),
        ("e-Office", "success", "Operational"),
        ("SIMPEG", "warning", "Degraded Performance"),
        ("Mail Server", "danger", "Down"),
        ("SIPD", "info", "Under Maintenance"),
    )
    items = "".join(
        f'<li class="component"><span class="name">{name}</span><span class="badge bg-{tone}">{status}</span></li>'
        for name, tone, status in rows
    )
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Status Layanan Diskominfo Kota Bekasi</title></head><body><div class="container">
<h1>Status Layanan</h1><div class="summary">Sebagian layanan berjalan normal</div>
<ul class="components">{items}</ul>
<h2>Insiden Terakhir</h2>
<div class="incident"><h3>Mail server tidak dapat diakses</h3>
<p><b>Investigating</b> - Tim sedang menangani gangguan pada server email.</p>
<small>{tanggal(days_ago(0.3))} 21:14 WIB</small></div>
<div class="incident"><h3>Pemeliharaan terjadwal SIPD</h3><p><b>Scheduled</b> - Pemeliharaan database SIPD pukul
22.00-02.00 WIB.</p><small>{tanggal(days_ago(1))}</small></div>
<footer>Diskominfo Kota Bekasi &middot; Dipantau setiap 5 menit</footer></div></body></html>"""


def _cachet_page() -> str:
    rows = (
        ("Portal Utama", "Beroperasi"),
        ("SIMPEG", "Gangguan Parsial"),
        ("SIPD", "Gangguan Besar"),
        ("e-Office", "Dalam Pemeliharaan"),
    )
    items = "".join(
        f'<li class="list-group-item component"><span>{name}</span>'
        f'<small class="component-status">{status}</small></li>'
        for name, status in rows
    )
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Status Layanan Kota Bekasi</title>
</head><body class="status-page"><div class="container">
<div class="alert alert-warning">Beberapa layanan sedang mengalami gangguan</div>
<ul class="list-group components">{items}</ul>
<div class="section-timeline"><h4>Insiden Sebelumnya</h4>
<div class="timeline"><strong>{tanggal(days_ago(0))}</strong> - SIPD tidak dapat diakses. Sedang diselidiki.</div>
<div class="timeline"><strong>{tanggal(days_ago(1))}</strong> - Tidak ada insiden.</div></div>
<footer>Didukung oleh Cachet</footer></div></body></html>"""


def _inventory() -> str:
    rows = (("SIMPEG", "BKPSDM", "Active"), ("e-BPHTB", "Bapenda", "Under Maintenance"), ("SIPD", "Bappeda", "Active"))
    body = "".join(f"<tr><td>{app}</td><td>{owner}</td><td>{status}</td></tr>" for app, owner, status in rows)
    return _adminlte(
        "App Inventory",
        f"""<div class="card"><div class="card-body"><table class="table table-bordered">
<thead><tr><th>App</th><th>Owner</th><th>Status</th></tr></thead><tbody>{body}</tbody></table></div></div>""",
    )


def _dashboard() -> str:
    boxes = (("3", "Aplikasi Dalam Pemeliharaan", "warning"), ("1", "Aplikasi Tidak Aktif", "danger"))
    boxes += (("57", "Aplikasi Aktif", "success"),)
    cards = "".join(
        f'<div class="col-lg-4"><div class="small-box bg-{tone}"><div class="inner"><h3>{count}</h3><p>{label}</p>'
        "</div></div></div>"
        for count, label, tone in boxes
    )
    return _adminlte("Helpdesk TIK", f'<div class="row">{cards}</div>')


def _tracker() -> str:
    tickets = (
        ("882", 'Website shows "Error establishing a database connection"', "Resolved"),
        ("881", "Site under maintenance for 3 days", "Resolved"),
        ("880", "Gambling ads (slot online) appear on school website", "Forwarded"),
        ("879", "403 Forbidden when opening e-Office", "Open"),
    )
    rows = "".join(f"<tr><td>#{n}</td><td>{subject}</td><td>{status}</td></tr>" for n, subject, status in tickets)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bekasi Citizen Reports</title></head>
<body><div class="container"><h2>Latest Reports</h2>
<table class="table"><thead><tr><th>ID</th><th>Subject</th><th>Status</th></tr></thead><tbody>{rows}</tbody></table>
<p class="text-muted">Updated {english(days_ago(0.2))}</p></div></body></html>"""


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(_status_page(), id="status-page-badges"),
        pytest.param(_cachet_page(), id="cachet-components"),
        pytest.param(_inventory(), id="inventory-status-column"),
        pytest.param(_dashboard(), id="dashboard-counts"),
        pytest.param(_tracker(), id="tracker-ticket-row"),
    ],
)
def test_maintenance_as_one_rows_status_among_others_is_the_application(html: str) -> None:
    assert kind_of(html) == PageKind("aplikasi")


@pytest.mark.parametrize(
    ("html", "quoted"),
    [
        pytest.param(
            """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>e-BPHTB Kota Bekasi</title></head>
<body><div class="box"><img src="/img/logo-bekasi.png" alt="Logo"><h1>Site Under Maintenance</h1>
<p>Sorry, e-BPHTB is under maintenance. Active users will be logged out. We'll be back online soon.</p>
<p>Status: <b>Active</b> since 21:00 WIB</p></div></body></html>""",
            "Site Under Maintenance",
            id="english-notice-with-one-label",
        ),
        pytest.param(
            """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>SIMPEG Kota Bekasi</title></head>
<body><div class="notice"><h2>Mohon Maaf</h2>
<p>Aplikasi SIMPEG sedang dalam pemeliharaan sistem. Layanan Akan Aktif Kembali pukul 15.00 WIB.</p>
<p>Layanan Aktif Sementara melalui WhatsApp 0812-0000-0000.</p></div></body></html>""",
            "sedang dalam pemeliharaan",
            id="indonesian-notice-active-again",
        ),
    ],
)
def test_a_notice_that_says_aktif_or_active_of_the_site_stays_a_notice(html: str, quoted: str) -> None:
    assert_kind(html, "dalam_pemeliharaan", quoted)


_TOMCAT_TITLED_APP = """<!DOCTYPE html><html><head><meta charset="UTF-8"><title>Apache Tomcat/8.5.93</title></head>
<body><header><img src="/epuskesmas/img/logo.png" alt="Logo"><h1>ePuskesmas Kota Bekasi</h1></header>
<nav><a href="/epuskesmas/pendaftaran">Pendaftaran</a> | <a href="/epuskesmas/antrean">Antrean</a> |
<a href="/epuskesmas/jadwal">Jadwal Dokter</a></nav>
<main><h2>Jadwal Dokter Hari Ini</h2><table><tr><th>Poli</th><th>Dokter</th><th>Jam</th></tr>
<tr><td>Umum</td><td>dr. Sari</td><td>08.00-12.00</td></tr><tr><td>Gigi</td><td>drg. Budi</td><td>09.00-13.00</td></tr>
<tr><td>KIA</td><td>dr. Rina</td><td>08.00-11.00</td></tr></table>
<p>Diperbarui {day}</p></main><footer>Powered by Apache Tomcat</footer></body></html>"""

_TOMCAT_OWN = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>Apache Tomcat/8.5.93</title></head>
<body><div id="wrapper"><div id="navigation"><span><a href="https://tomcat.apache.org/">Home</a></span>
<span><a href="/docs/">Documentation</a></span><span><a href="/docs/config/">Configuration</a></span></div>
<div id="asf-box"><h1>Apache Tomcat/8.5.93</h1></div>
<div id="congrats"><p>If you're seeing this, you've successfully installed Tomcat. Congratulations!</p></div>
<div id="footer">Powered by Apache Tomcat</div></div></body></html>"""


def test_an_application_under_tomcats_title_crediting_it_in_the_footer_is_the_application() -> None:
    assert kind_of(_TOMCAT_TITLED_APP.format(day=tanggal(days_ago(1)))) == PageKind("aplikasi")
    assert_kind(_TOMCAT_OWN, "halaman_bawaan", "Apache Tomcat/8.5.93")
