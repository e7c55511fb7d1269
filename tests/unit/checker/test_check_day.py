"""The readings of a page that depend on the day are measured against the check's day, never the machine's clock.

A table of days of data that reaches today is a machine's (a month's prayer times in the sidebar) and a closing
whose first day is still ahead is an announcement: both are read against ``today``, the day in Bekasi of the check
that fetched the page (``parse_page(..., today=...)``, kept as ``Page.today``). The pages here are set in 2031, a
year no real clock of a test run shows, so that a rule reading the machine's clock fails them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from pantau_checker.core import freshness, page_kind
from pantau_checker.core.page import parse_page

URL = "https://dinsos.bekasikota.go.id/"
MARCH = date(2031, 3, 12)  # a day the sidebar's table reaches
NEWS = ((date(2030, 10, 14), "Penyaluran BPNT Tahap IV di 12 Kecamatan"), (date(2030, 10, 2), "Verifikasi DTKS"))
_BULAN = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()


def _tanggal(day: date) -> str:
    return f"{day.day} {_BULAN[day.month - 1]} {day.year}"


def _portal(content: str, sidebar: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Dinas Sosial Kota Bekasi</title>
</head><body><header class="site-header"><div class="container"><a href="/" class="logo">DINSOS KOTA BEKASI</a>
<nav><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li>
<li><a href="/berita/">Berita</a></li><li><a href="/layanan/">Layanan</a></li><li><a href="/ppid/">PPID</a></li>
<li><a href="/kontak/">Kontak</a></li></ul></nav></div></header>
<div class="container"><div class="row"><main class="col-md-8">{content}</main>
<aside class="col-md-4 sidebar">{sidebar}<div class="widget"><h4 class="widget-title">Tautan</h4><ul>
<li><a href="https://bekasikota.go.id/">Pemerintah Kota Bekasi</a></li></ul></div></aside></div></div>
<footer class="site-footer"><p>Jl. Ir. H. Juanda No. 100, Bekasi Timur &middot; (021) 8841-xxxx</p>
<p>&copy; Dinas Sosial Kota Bekasi</p></footer></body></html>"""


def _news() -> str:
    return "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/berita/{n}/">{headline}</a></h2>'
        f'<span class="posted-on">{_tanggal(day)}</span><p>Kegiatan dilaksanakan bersama pendamping PKH dan'
        " TKSK di tiap kelurahan.</p></article>"
        for n, (day, headline) in enumerate(NEWS, 1)
    )


def _prayer_times() -> str:
    rows = "".join(
        f"<tr><td>{day:02d}/03/2031</td><td>04:31</td><td>04:41</td><td>12:03</td><td>15:11</td><td>18:07</td>"
        "<td>19:16</td></tr>"
        for day in range(1, 29)
    )
    return (
        '<div class="widget"><h4 class="widget-title">Jadwal Sholat Kota Bekasi</h4><table class="table"><thead><tr>'
        "<th>Tanggal</th><th>Imsak</th><th>Subuh</th><th>Dzuhur</th><th>Ashar</th><th>Maghrib</th><th>Isya</th></tr>"
        f"</thead><tbody>{rows}</tbody></table></div>"
    )


def _newest(today: date | None) -> date:
    page = parse_page(_portal(_news(), _prayer_times()), URL, today=today)
    found = freshness.page_evidence(page, datetime(2031, 9, 1, 3, tzinfo=UTC))
    return max(e.when for e in found).date()


@pytest.mark.parametrize(
    ("today", "newest"),
    [
        (MARCH, NEWS[0][0]),  # the table reaches the check's day: a machine's, the posts date the page
        (date(2031, 9, 1), date(2031, 3, 28)),  # the table stopped months before: an abandoned site, it dates it
        (None, date(2031, 3, 28)),  # no check's day: not read as a machine's
    ],
    ids=["reaching-the-day", "stopped-long-before", "no-day"],
)
def test_a_table_of_days_is_a_machines_when_it_reaches_the_checks_day(today: date | None, newest: date) -> None:
    assert _newest(today) == newest


# The notice in the site's place: a card in the middle of a page of its own, the department's logo above it.
CLOSING = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Pemberitahuan</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css"></head>
<body class="bg-light"><div class="container py-5"><div class="row justify-content-center"><div class="col-md-7">
<div class="card shadow-sm"><div class="card-body text-center p-5">
<img src="/assets/img/logo-kota-bekasi.png" alt="" width="80" class="mb-3"><h3>Pemberitahuan</h3><p>Sehubungan
dengan adanya pemindahan server ke Pusat Data Daerah Kota Bekasi, layanan website ini untuk sementara tidak dapat
diakses mulai tanggal 10 s.d. 14 Maret 2031.</p><p>Atas perhatiannya kami ucapkan terima kasih.</p>
<p class="text-muted">Diskominfostandi Kota Bekasi</p></div></div></div></div></div>
</body></html>"""


@pytest.mark.parametrize(
    ("today", "kind"),
    [
        (date(2031, 3, 12), "dalam_pemeliharaan"),  # begun: the notice is what the site shows
        (date(2031, 3, 2), "aplikasi"),  # still ahead: an announcement on a site that works until then
        (None, "dalam_pemeliharaan"),  # no check's day: the notice is read as it stands
    ],
    ids=["begun", "ahead", "no-day"],
)
def test_a_closing_is_an_announcement_until_the_checks_day_reaches_it(today: date | None, kind: str) -> None:
    assert page_kind.classify(parse_page(CLOSING, URL, today=today)).kind == kind
