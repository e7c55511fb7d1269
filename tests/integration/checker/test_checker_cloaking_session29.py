"""Phones sent to the department's lighter mobile template on its vendor's host, through a whole cycle check.

A department's vendor serves phones its mobile site on the vendor's own host (``dinkes-bekasi.web.id``): the
site's name as its title, a slide-out menu, four or all of the news headlines without their excerpts, no
sidebar, its own canonical. Too few words to resemble the desktop page, it was taken for another site's page
the server's redirect sent phones to: ``cloaking_seluler``. It is the department's own content, as a full copy
there was already. Beside it, what stays caught: the same host serving a gambling page in that template, a
web shell, or another site's page under the department's name. A real HTTP server on 127.0.0.1; no Kafka, no
PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import pytest
from checker_servers import FakeSite, Reply
from cloaked_pages import NOW
from test_checker_cloaking_views import HOST, cycle_check, for_phones, page, security, sent_to
from vendor_pages import HEADLINES, days_ago, tanggal

VENDOR = "dinkes-bekasi.web.id"
OTHER_NEWS = (
    "Promo Paket Umrah Akhir Tahun Berangkat dari Bekasi",
    "Lowongan Kerja Admin Gudang Kawasan Industri Cikarang",
    "Tips Memilih Rumah Subsidi untuk Keluarga Muda",
    "Jadwal Pertandingan Liga Futsal Antar Kampung",
)


def lighter(port: int, headlines: tuple[str, ...], title: str = "Dinas Kesehatan Kota Bekasi", extra: str = "") -> str:
    """Return the vendor's mobile template of the department's home page: its name, a menu, the headlines."""
    items = "".join(
        f'<div class="m-post"><a href="/berita-{i + 1}/"><img src="/uploads/thumb-{i + 1}.jpg" alt=""></a>'
        f'<a class="m-post-title" href="/berita-{i + 1}/">{escape(headline)}</a>'
        f'<span class="m-date">{tanggal(days_ago(1 + 2 * i, NOW))}</span></div>'
        for i, headline in enumerate(headlines)
    )
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{escape(title)}</title><link rel="canonical" href="http://{VENDOR}:{port}/">
<link rel="stylesheet" href="/assets/mobile/app.css?v=2.4"><link rel="manifest" href="/manifest.json"></head>
<body class="mobile"><div class="m-header"><a href="#" class="burger" data-toggle="offcanvas">&#9776;</a>
<a href="/" class="m-logo"><img src="/assets/img/logo-bekasi.png" alt=""> DINKES KOTA BEKASI</a></div>
<nav id="offcanvas"><ul><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>
<li><a href="/layanan/">Layanan</a></li><li><a href="/berita/">Berita</a></li>
<li><a href="/kontak/">Kontak</a></li></ul></nav>
<div class="m-content"><h2>Berita Terkini</h2>{items}{extra}
<a class="more" href="/berita/">Lihat semua berita</a></div>
<div class="m-footer">&copy; {NOW.year} Dinas Kesehatan Kota Bekasi &middot;
<a href="tel:0218839796">(021) 88397963</a></div>
<script src="/assets/mobile/app.min.js"></script></body></html>"""


def phones_sent_to_the_vendor(site: FakeSite, answer: str) -> None:
    site.route(HOST, "/", for_phones(sent_to(f"http://{VENDOR}:{site.port}/"), page))
    site.route(VENDOR, "/", Reply(200, answer))


@pytest.mark.parametrize("news", [4, 6], ids=["four-news", "all-news"])
def test_phones_sent_to_the_departments_lighter_template_on_its_vendors_host_is_no_cloaking(
    site: FakeSite, news: int
) -> None:
    # Was cloaking_seluler: "server mengalihkan pengunjung (pengalihan HTTP) ke http://dinkes-bekasi.web.id/".
    phones_sent_to_the_vendor(site, lighter(site.port, HEADLINES[:news]))
    assert security(cycle_check(site)) == []


SLOT = '<div class="m-post"><a href="https://rajazeus88.web.id/">Situs slot gacor hari ini, RTP live maxwin</a></div>'
SHELL = """<!DOCTYPE html><html><head><title>Dinas Kesehatan Kota Bekasi</title></head><body>
<h1>Mini Shell</h1><p>Uname: Linux web01 5.4.0-150-generic x86_64</p><p>Current dir: /var/www/html</p>
<form method="post" enctype="multipart/form-data"><input type="file" name="f">
<input type="submit" value="Upload"></form>
<table><tr><td><a href="?dir=/var/www/html/wp-content">wp-content</a></td></tr></table></body></html>"""


@pytest.mark.parametrize(
    "answer",
    [
        lambda port: lighter(port, HEADLINES[:4], extra=SLOT),  # the template, a gambling block in it
        lambda port: SHELL,  # a web shell under the department's name
        lambda port: lighter(port, OTHER_NEWS),  # another site's news under the department's name
        lambda port: lighter(port, HEADLINES[:4], title="KAISAR88 Situs Resmi Terpercaya"),  # another name
    ],
    ids=["gambling-block", "shell", "other-news", "other-name"],
)
def test_phones_sent_to_a_page_that_is_not_the_departments_is_still_cloaking(
    site: FakeSite, answer: Callable[[int], str]
) -> None:
    phones_sent_to_the_vendor(site, answer(site.port))
    assert [f.code for f in security(cycle_check(site))] == ["cloaking_seluler"]
