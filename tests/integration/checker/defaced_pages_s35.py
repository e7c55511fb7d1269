"""Defacers' pages that mock the site in Indonesian slang or sign in colloquial Arabic, and the department's pages
that say the same words (session 35).

- A defacer's whole page under the department's title: "Sistem kalian bobrok", "Security kalian lemah min!",
  "Keamanan website anda sangat lemah", "Owned by … / Nothing is secure", "تم التهكير" ("hacked"), bare (black, its
  lines alone) or with a skull GIF and a song or a video.

The look-alikes: a maintenance notice of the site's own defacement "by pihak yang tidak bertanggung jawab" under a
loading GIF, a notice that it was defaced and is being fixed, a workshop's splash ("Cegah Deface by Diskominfo"), a
citizen's comment and a news item quoting "sistem kalian bobrok", and a related news list whose headline's slug an
editor shortened ("situs-sekolah-di-deface-hacked-by-ghost" of "…, Muncul Tulisan Hacked by Ghost").
"""

from __future__ import annotations

import pytest
from defaced_pages_s28 import story
from defaced_pages_s30 import TITLE, defacers_page
from vendor_pages import Site, department_page


def bare_page(body: str) -> str:
    """Return a defacer's index.html under the site's own title, black, with nothing but its lines: no GIF, no song."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>'
        "<style>body{background:#000;color:#0f0;text-align:center}</style></head>"
        f"<body>{body}</body></html>"
    )


MOCKING = [
    pytest.param(
        bare_page(
            "<h1>Sistem kalian bobrok</h1><p>Tolong perbaiki keamanan website kalian, jangan cuma makan gaji buta</p>"
            "<p>- Garuda Security Team -</p>"
        ),
        id="sistem-kalian-bobrok",
    ),
    pytest.param(
        defacers_page("<h1>Security kalian lemah min!</h1><h3>Patch dulu sana</h3><p>Salam dari Anak Bangsa Cyber</p>"),
        id="security-kalian-lemah",
    ),
    pytest.param(defacers_page("<h1>Sistem Kalian Bobrok!</h1>", "video"), id="bobrok-video"),
    pytest.param(
        bare_page(
            "<h2>Website ini telah di deface</h2><p>Keamanan website anda sangat lemah, segera perbaiki!</p>"
            "<p>Regards, Sunda Cyber Army</p>"
        ),
        id="keamanan-sangat-lemah",
    ),
    pytest.param(bare_page("<h1>Owned by D4rk_L0rd</h1><p>Nothing is secure</p>"), id="nothing-is-secure"),
    pytest.param(bare_page("<h1>تم التهكير بواسطة فريق المغرب</h1>"), id="arabic-hacked-by"),
    pytest.param(defacers_page("<h1>تم التهكير</h1><h2>Moroccan Ghosts</h2>"), id="arabic-hacked"),
]


def _splash(body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{TITLE}</title>'
        '<link rel="stylesheet" href="/assets/css/style.css"></head>'
        f'<body style="text-align:center">{body}</body></html>'
    )


COMMENTED = story(
    "Aplikasi Antrean Online Dukcapil Kembali Normal",
    '<p>Aplikasi antrean sempat mengalami gangguan selama dua hari.</p><div class="comments"><h4>2 Tanggapan</h4>'
    '<div class="comment"><b>Rudi</b> berkata:<p>Sistem kalian bobrok, tiap hari error. Tolong diperbaiki!</p>'
    '<a href="#balas">Balas</a></div><div class="comment"><b>Admin</b> berkata:<p>Mohon maaf Pak Rudi, sudah kami'
    ' perbaiki.</p><a href="#balas">Balas</a></div></div>',
)
RELATED_SHORT_SLUGS = department_page(
    Site(
        main_extra='<section class="widget"><h3 class="widget-title">Berita Terkait</h3><ul>'
        '<li><a href="/berita/situs-sekolah-di-deface-hacked-by-ghost/">Situs Sekolah Di-deface, Muncul Tulisan Hacked'
        ' by Ghost</a></li><li><a href="/berita/security-kalian-lemah-tulisan-peretas/">"Security Kalian Lemah",'
        " Tulisan Peretas di Situs Kelurahan</a></li></ul></section>"
    )
)
LOOK_ALIKES = [
    pytest.param(
        _splash(
            '<img src="/assets/img/loading.gif" alt="Memuat"><h1>Mohon Maaf</h1><p>Website ini telah di-deface oleh'
            " pihak yang tidak bertanggung jawab. Saat ini sedang dalam proses pemulihan oleh Diskominfo Kota Bekasi."
            "</p>"
        ),
        id="notice-defaced-by-irresponsible-party",
    ),
    pytest.param(
        _splash(
            '<img src="/assets/img/maintenance.gif" alt=""><h2>Website ini telah di deface</h2><p>Sedang kami'
            " perbaiki, mohon kembali beberapa saat lagi. Terima kasih.</p>"
        ),
        id="notice-defaced-being-fixed",
    ),
    pytest.param(
        _splash(
            "<marquee>Workshop Keamanan Web: Cegah Deface by Diskominfo</marquee><h1>Selamat Datang</h1>"
            '<p><a href="/beranda/">Masuk ke Website</a></p>'
        ),
        id="workshop-splash",
    ),
    pytest.param(COMMENTED, id="citizens-comment"),
    pytest.param(
        story(
            "Situs Kelurahan Diretas, Peretas Tinggalkan Pesan \u201cSistem Kalian Bobrok\u201d",
            "<p>Situs Kelurahan Margahayu sempat diretas pada Rabu. Peretas meninggalkan pesan \u201cSistem kalian"
            " bobrok\u201d di halaman depan. Diskominfo telah memulihkan situs tersebut.</p>",
        ),
        id="news-quoting",
    ),
    pytest.param(RELATED_SHORT_SLUGS, id="related-news-short-slugs"),
]
# Gambling spam that warns of fake sites "dari pihak yang tidak bertanggung jawab", hidden in the home page: the words
# clear a defacement notice, not the trade's sales.
SELLERS_WARNING = department_page(
    Site(
        body_end='<div style="display:none">Slot gacor maxwin hari ini, deposit pulsa tanpa potongan. Hati-hati situs'
        " palsu dari pihak yang tidak bertanggung jawab, daftar hanya di situs slot gacor resmi KAISAR88.</div>"
    )
)
