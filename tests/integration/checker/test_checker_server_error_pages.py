"""A server error's page read for what it says beyond its status (127.0.0.1 only).

A department's WordPress in maintenance mode answers 503 with its notice, and one whose database is down
answers 500 with "Error establishing a database connection": the official reads that reason, quoted after
the status, rather than "HTTP 503". A web server's, a proxy's or a CDN's page of nothing but its status
("502 Bad Gateway", nginx's rate limit, Cloudflare's "Web server is down") says no more: ``http_5xx`` stays.
"""

# ruff: noqa: E501

from __future__ import annotations

import asyncio

import pytest
from checker_servers import FakeSite, Reply, make_checker
from error_pages import PHP_FATAL, WP_CRITICAL, department, stopped_in_content
from stand_in_pages import CODEIGNITER_DB_ERROR, LARAVEL_DOWN

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "dinsos.bekasikota.go.id"

# WordPress on a database that does not answer: wp_die() before the theme, in English (the site's language is
# an option in the very database that is out of reach).
WP_DATABASE_DOWN = """<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="viewport" content="width=device-width">
	<meta name='robots' content='max-image-preview:large, noindex, follow' />
	<title>Database Error</title>
	<style type="text/css">
		html { background: #f1f1f1; }
		body { background: #fff; border: 1px solid #ccd0d4; color: #444; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; margin: 2em auto; padding: 1em 2em; max-width: 700px; }
		h1 { border-bottom: 1px solid #dadada; clear: both; color: #666; font-size: 24px; margin: 30px 0 0 0; padding: 0 0 7px; }
	</style>
</head>
<body id="error-page">
	<div class="wp-die-message"><h1>Error establishing a database connection</h1></div></body>
</html>
"""
# A department's own maintenance page, served with 503 by its nginx while the vendor moves the site.
OWN_MAINTENANCE_PAGE = """<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dinas Sosial Kota Bekasi</title>
<link rel="icon" href="/favicon.ico">
<style>body{font-family:Poppins,sans-serif;background:#f4f6f9;text-align:center}.kotak{max-width:560px;margin:12vh auto;background:#fff;border-radius:12px;padding:32px}</style>
</head>
<body>
<div class="kotak">
  <img src="/assets/img/logo-kota-bekasi.png" alt="Logo Pemerintah Kota Bekasi" width="96">
  <h2>Mohon Maaf</h2>
  <p>Website Dinas Sosial Kota Bekasi sedang dalam perbaikan untuk peningkatan layanan.</p>
  <p>Silakan kunjungi kembali beberapa saat lagi. Pengaduan layanan sosial tetap dapat disampaikan melalui
  WhatsApp <a href="https://wa.me/6281200000000">0812-0000-0000</a>.</p>
  <small>&copy; 2026 Dinas Sosial Kota Bekasi</small>
</div>
</body>
</html>
"""
NGINX_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
    "<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n"
)
APACHE_503 = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>503 Service Unavailable</title>
</head><body>
<h1>Service Unavailable</h1>
<p>The server is temporarily unable to service your
request due to maintenance downtime or capacity
problems. Please try again later.</p>
<hr>
<address>Apache/2.4.58 (Ubuntu) Server at dinsos.bekasikota.go.id Port 80</address>
</body></html>
"""
IIS_500 = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>
<title>500 - Internal server error.</title>
</head>
<body>
<div id="header"><h1>Server Error</h1></div>
<div id="content">
 <div class="content-container"><fieldset>
  <h2>500 - Internal server error.</h2>
  <h3>There is a problem with the resource you are looking for, and it cannot be displayed.</h3>
 </fieldset></div>
</div>
</body>
</html>
"""
# The department's own page (its news speaks of road maintenance) behind a 503 all the same.
NEWS_OF_MAINTENANCE = department(
    main="""<article class="post"><h1 class="entry-title">Pemeliharaan Jalan Ahmad Yani Dimulai Pekan Depan</h1>
<div class="entry-content"><p>Dinas Bina Marga melakukan pemeliharaan rutin ruas Jalan Ahmad Yani. Pengendara diimbau
mencari jalur alternatif selama perbaikan berlangsung.</p></div></article>"""
)


def check(site: FakeSite, status: int, body: str) -> ApplicationChecked:
    site.route("*", "/", Reply(status, body, {"Server": "nginx"}))
    spec = AppSpec(id="dinsos-web", pd_id="dinsos", nama="Website Dinsos", url=f"http://{HOST}:{site.port}/")
    event: ApplicationChecked = asyncio.run(make_checker(site.port).check(spec))
    return event


@pytest.mark.parametrize(
    ("status", "body", "quoted"),
    [
        pytest.param(500, WP_DATABASE_DOWN, "Error establishing a database connection", id="wordpress-database"),
        pytest.param(500, CODEIGNITER_DB_ERROR, "A Database Error Occurred", id="codeigniter-database"),
        pytest.param(500, WP_CRITICAL, "There has been a critical error on this website", id="wordpress-critical"),
        pytest.param(500, stopped_in_content(PHP_FATAL), "Call to undefined function", id="php-fatal-in-theme"),
    ],
)
def test_an_applications_error_behind_a_500_is_the_reason(site: FakeSite, status: int, body: str, quoted: str) -> None:
    event = check(site, status, body)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "galat_aplikasi", status)
    assert (event.reason_detail or "").startswith(f"HTTP {status}; halaman hanya berisi pesan galat aplikasi: ")
    assert quoted in (event.reason_detail or "")


def test_a_departments_maintenance_page_behind_a_503_is_maintenance(site: FakeSite) -> None:
    event = check(site, 503, OWN_MAINTENANCE_PAGE)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "dalam_pemeliharaan", 503)
    assert "sedang dalam perbaikan" in (event.reason_detail or "")
    assert event.content.result == "tidak_diketahui"  # a notice's date or "© 2026" is no content


@pytest.mark.parametrize(
    ("status", "body"),
    [
        pytest.param(502, NGINX_502, id="nginx-502"),
        pytest.param(503, APACHE_503, id="apache-503-maintenance-or-capacity"),
        pytest.param(503, LARAVEL_DOWN, id="laravel-bare-503"),
        pytest.param(500, IIS_500, id="iis-500"),
        pytest.param(503, NEWS_OF_MAINTENANCE, id="department-page-with-news-of-maintenance"),
        pytest.param(500, department(), id="department-page"),
    ],
)
def test_a_page_that_says_no_more_than_its_status_keeps_the_http_reason(site: FakeSite, status: int, body: str) -> None:
    event = check(site, status, body)
    assert (event.availability, event.reason, event.reason_detail) == ("tidak_aktif", "http_5xx", f"HTTP {status}")
