"""A banner of the site's above its own list of dated news ("Our new website is coming soon!", "Website baru kami
segera hadir!", "We'll be back soon with a new look") is the site, not a notice in its place (session 37): the same
words alone on a page without the site's news still are one. Bootstrap's cards head their posts with ``<h5>``."""

from __future__ import annotations

import pytest
from page_kinds import assert_kind, kind_of

_BANNERS = (
    "Our new website is coming soon! Some pages may be temporarily unavailable.",
    "We'll be back soon with a new look. This English page is under construction.",
    "Website baru kami segera hadir! Beberapa halaman mungkin belum dapat diakses.",
)
_NEWS = (
    ("Operasi Pasar Murah Jelang Natal", "3 Desember 2026"),
    ("Pelatihan Kemasan Produk bagi IKM", "27 November 2026"),
    ("Tera Ulang Timbangan Pedagang Pasar", "18 November 2026"),
)
_MENU = "".join(
    f'<li><a href="/{slug}">{name}</a></li>'
    for slug, name in (
        ("", "Beranda"),
        ("profil", "Profil"),
        ("berita", "Berita"),
        ("ppid", "PPID"),
        ("kontak", "Kontak"),
    )
)


def _portal(banner: str, heading: str = "h4", news: tuple[tuple[str, str], ...] = _NEWS) -> str:
    items = "".join(
        f"<div class='berita-item'><{heading}><a href='/berita/detail/{30 - i}'>{title}</a></{heading}>"
        f"<div class='tanggal'>{day}</div><p>Pemerintah Kota Bekasi terus meningkatkan pelayanan publik.</p></div>"
        for i, (title, day) in enumerate(news)
    )
    return (
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Disperindag Kota Bekasi</title></head><body>'
        '<div class="header"><h1>Dinas Perdagangan dan Perindustrian</h1></div><div '
        f'class="menu"><ul>{_MENU}</ul></div>'
        f'<div class="container konten"><div class="alert alert-info">{banner}</div><h3>Berita '
        f"Terkini</h3>{items}</div>"
        '<div class="footer">Hak Cipta &copy; 2026 Disperindag Kota Bekasi</div></body></html>'
    )


@pytest.mark.parametrize("banner", _BANNERS)
@pytest.mark.parametrize("heading", ["h4", "h5"])
def test_a_banner_above_the_sites_dated_news_is_the_site(banner: str, heading: str) -> None:
    assert kind_of(_portal(banner, heading)).kind == "aplikasi"


@pytest.mark.parametrize("banner", _BANNERS[:2])
def test_the_banners_words_without_the_sites_news_are_a_notice(banner: str) -> None:
    assert_kind(_portal(banner, news=()), "dalam_pemeliharaan", banner[:20])
