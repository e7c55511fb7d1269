"""A police or Diskominfo site's short news of judi online, in the places a theme puts headlines: a sidebar's
"Berita Populer", a breaking-news ticker, an infographic's caption, a tag cloud of crimes, an article's meta
description. Each named a gambling term with a word of news the scan did not know (kasus, dideportasi, curi
motor, narkoba, infografis, mewaspadai, a hoax debunked) and was reported as judi_online. A quiz's "gampang menang"
alone is no seller's either. The same terms injected by a hack stay found.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://polres-bekasi-kota.example.go.id/"


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def sidebar(title: str, *headlines: str) -> Site:
    items = "".join(
        f'<li><a href="/berita/{i}/">{h}</a> <span class="date">2 Desember 2026</span></li>'
        for i, h in enumerate(headlines)
    )
    return Site(main_extra=f'<aside class="widget"><h3 class="widget-title">{title}</h3><ul>{items}</ul></aside>')


@pytest.mark.parametrize(
    "site",
    [
        pytest.param(sidebar("Berita Terbaru", "Ungkap Kasus Togel Online di Bekasi Utara"), id="case"),
        pytest.param(sidebar("Berita Populer", "WNA Pengelola Casino Online Dideportasi"), id="deported"),
        pytest.param(sidebar("Berita Populer", "Pemuda Nekat Curi Motor karena Kalah Main Mahjong Ways"), id="theft"),
        pytest.param(sidebar("Berita Terkini", "Tips Gampang Menang Lomba Cerdas Cermat Tingkat SD"), id="quiz"),
        pytest.param(sidebar("Cek Fakta", "[HOAKS] Situs Slot Gacor Resmi Milik Pemkot Bekasi"), id="hoax-debunked"),
        pytest.param(
            Site(body_top='<div class="breaking">BREAKING Polisi Ungkap Kasus Togel Online di Bekasi Utara</div>'),
            id="ticker",
        ),
        pytest.param(
            Site(
                main_extra="<figure><figcaption>Infografis: Ungkap Kasus Perjudian 2026. Judi online: 45 kasus, "
                "togel: 23 kasus.</figcaption></figure>"
            ),
            id="infographic",
        ),
        pytest.param(
            Site(
                main_extra='<div class="tagcloud">Tag <a href="/tag/judi-online/">judi online</a> '
                '<a href="/tag/togel/">togel</a> <a href="/tag/narkoba/">narkoba</a> '
                '<a href="/tag/curanmor/">curanmor</a></div>'
            ),
            id="tag-cloud",
        ),
        pytest.param(
            Site(
                head='<meta name="description" content="Diskominfostandi mengajak warga mewaspadai situs judi online '
                'seperti slot gacor dan togel.">'
            ),
            id="meta-description",
        ),
    ],
)
def test_short_news_of_judi_online_in_a_theme_is_no_finding(site: Site) -> None:
    assert where(site) == {}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("SLOT GACOR hari ini maxwin, daftar situs slot resmi terpercaya", id="seller"),
        pytest.param("Pola gacor dibongkar admin: RTP live slot gacor maxwin malam ini", id="seller-says-dibongkar"),
    ],
)
def test_a_sellers_words_stay_judi_online(text: str) -> None:
    assert any(code == "judi_online" for code, _, _ in flagged(text))
