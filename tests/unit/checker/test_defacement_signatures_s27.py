"""Defacers' signatures of 2026 that replace a department page's body and keep its title: a visit ("Touched By
SEKTOR_7 — just touch, no delete", "Cuma mampir admin, jangan lupa ngopi"), a site taken over ("Maaf situs anda kami
ambil alih"), mockery ("ADMIN LALAI! Web kalian bocor", "Sistem Kalian Kentang!"), an offer to fix what was broken
("Website anda telah diretas. Silahkan hubungi kami untuk perbaikan"), a ransom note in English and Indonesian, and
Turkish and Portuguese teams' signatures written in ASCII ("… Tarafından Hacklendi", "hackeado por").
Each was no finding. A department's article on keeping a site safe, which names such pages, stays clean.
"""

from __future__ import annotations

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

URL = "https://disdik.bekasikota.go.id/"
TITLE = "Dinas Pendidikan Kota Bekasi – Cerdas, Berkarakter, Berdaya Saing"


def defaced(body: str) -> str:
    """Return a page as a defacer leaves it: the department's title, a black page of its own."""
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>{TITLE}</title>'
        "<style>body{background:#000;color:#0f0;font-family:monospace;text-align:center}</style></head>"
        f'<body><audio autoplay loop src="https://files.example/lagu.mp3"></audio>{body}'
        "<marquee>Greetings to all Indonesian hackers</marquee></body></html>"
    )


def found(html: str) -> dict[tuple[str, str | None], str]:
    page = parse_page(html, URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


DEFACED = {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<h1>Touched By SEKTOR_7</h1><p>Just touch, no delete. Admin jangan marah ya</p>", id="touched"),
        pytest.param("<h2>Cuma mampir admin, jangan lupa ngopi</h2><p>~ Bekasi6etar ~</p>", id="mampir"),
        pytest.param("<h1>Maaf situs anda kami ambil alih</h1><p>Tertanda: Jatim Cyber Crew</p>", id="taken-over"),
        pytest.param(
            "<h1>ADMIN LALAI!</h1><p>Sudah berkali-kali kami ingatkan lewat email. Web kalian bocor.</p>"
            "<p>Sunda Xploit Team</p>",
            id="leaking",
        ),
        pytest.param("<h1>Sistem Kalian Kentang!</h1><p>Admin tidur mulu. By: Sulawesi Cyber</p>", id="kentang"),
        pytest.param(
            "<h1>Website anda telah diretas</h1><p>Silahkan hubungi kami untuk perbaikan: t.me/fixweb</p>",
            id="offer-to-fix",
        ),
        pytest.param(
            "<h1>YOUR FILES HAVE BEEN ENCRYPTED</h1><p>All your website files and database were encrypted. "
            "Send 0.05 BTC to recover them.</p>",
            id="ransom",
        ),
        pytest.param(
            "<h1>Website Anda Telah Dienkripsi</h1><p>Semua file dan database telah kami kunci. Bayar tebusan.</p>",
            id="ransom-id",
        ),
        pytest.param("<h1>Türk Hack Team Tarafından Hacklendi</h1><p>turkhackteam.org</p>", id="turkish"),
        pytest.param("<h1>Site hackeado por BR Cyber Team</h1><p>Segurança zero.</p>", id="portuguese"),
    ],
)
def test_a_defacers_signature_over_the_departments_title_is_defacement(body: str) -> None:
    assert found(defaced(body)) == DEFACED


def test_a_guide_to_a_defaced_site_is_clean() -> None:
    article = (
        f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body><nav><a href='/'>Beranda</a>"
        "<a href='/berita/'>Berita</a></nav><main><article><h1>Kenali Tanda Peretasan Situs Sekolah</h1>"
        "<time datetime='2026-11-30'>30 November 2026</time><p>Tim CSIRT Diskominfostandi membagikan tips keamanan "
        "siber bagi operator sekolah. Jika insiden peretasan terjadi, jangan membayar tebusan dan segera "
        "laporkan ke BSSN.</p></article></main><footer>© 2026 Disdik</footer></body></html>"
    )
    assert found(article) == {}


@pytest.mark.parametrize(
    "headline",
    [
        "Website Pemda Tetangga Diretas, Hacked by Oknum Tak Dikenal",
        "Situs Sekolah di Jawa Tengah Diretas, Muncul Tulisan Hacked By Garuda Team",
        "Hacked by Hacker Anonim, Website DPRD Provinsi Lumpuh 6 Jam",
    ],
)
def test_a_headline_of_another_site_defaced_is_news(headline: str) -> None:
    page = (
        f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body><nav><a href='/'>Beranda</a>"
        "<a href='/berita/'>Berita</a></nav><main><h2>Berita Terkini</h2><ul>"
        f"<li><a href='/berita/1/'>{headline}</a> <span>2 Desember 2026</span></li>"
        "<li><a href='/berita/2/'>Disdik Gelar Lomba Cerdas Cermat</a> <span>1 Desember 2026</span></li></ul>"
        "</main><footer>© 2026 Disdik</footer></body></html>"
    )
    assert found(page) == {}
