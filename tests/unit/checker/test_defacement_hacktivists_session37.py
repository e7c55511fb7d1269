"""Hacktivists' and extortionists' pages of 2024-2026 without the classic "Hacked by" (session 37): a cause ("Free
Palestine"), a data leak (Bjorka's), a ransom note signs a page all a defacer's, or a main content replaced under the
site's kept frame with a second word of theirs. The department's splash of solidarity, its short notices and its news
in those words do not."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks.defacement import defacer_page, replaced_main
from pantau_checker.core.page import Page, parse_page
from pantau_checker.core.structure import structure_of
from pantau_checker.core.term_scan import flagged, flagged_each

HOST = "dishub.bekasikota.go.id"
URL = f"https://{HOST}/"
TITLE = "Dinas Perhubungan Kota Bekasi"
MENU = "".join(f'<li><a href="/profil/{i}/">Menu {i}</a></li>' for i in range(12))


def whole(body: str) -> Page:
    """Return a defacer-sized page under the site's title, black, with a flag and a song that plays by itself."""
    return parse_page(
        f"<html><head><title>{TITLE}</title></head><body style='background:#000;color:#fff'>"
        f"<img src='https://i.ibb.co/x/flag.gif' alt=''>{body}<audio autoplay loop src='/x.mp3'></audio></body></html>",
        URL,
    )


def framed(main: str) -> Page:
    """Return the department's page: its menu, ``main`` and its footer."""
    return parse_page(
        f"<html><head><title>{TITLE}</title></head><body><header><nav><ul>{MENU}</ul></nav></header><main>{main}"
        "</main><footer>Jl. Ir. H. Juanda No. 1, Kota Bekasi</footer></body></html>",
        URL,
    )


NEWS = framed(
    "".join(
        f'<article><h3><a href="/berita/{i}/">Uji KIR Keliling Hadir di Kecamatan ke-{i}</a></h3><p>Dinas'
        " Perhubungan melayani uji kendaraan bermotor langsung di kantor kecamatan setiap pekan.</p></article>"
        for i in range(8)
    )
)


def page_signs(text: str) -> set[str]:
    return {term for _, code, term, _ in flagged_each([text], defacer_page=True) if code == "defacement"}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("#FreePalestine Stop The Genocide", "freepalestine"),
        ("From the river to the sea. Boycott Israel!", "boycott israel"),
        ("Data kalian sudah bocor. Regards, Bjorka", "bjorka"),
        ("All your data is encrypted by Brain Cipher. Contact us via Tox.", "all your data is encrypted"),
        ("To restore your data download Tor Browser and open our leak site", "leak site"),
        ("Transfer 0.05 BTC ke alamat berikut untuk membuka kunci", "untuk membuka kunci"),
    ],
)
def test_a_cause_a_leak_or_a_ransom_note_signs_a_page_all_a_defacers(text: str, term: str) -> None:
    assert term in page_signs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Free Palestine! Warga Galang Donasi untuk Gaza",
        "Bjorka klaim data penduduk bocor, Diskominfo menelusuri",
        "All your data is encrypted by Brain Cipher",
    ],
)
def test_those_words_sign_nothing_on_a_sites_page(text: str) -> None:
    assert {code for code, _, _ in flagged(text)} == set()


def test_lockbits_line_is_a_signature_anywhere_and_news_where_reported() -> None:
    assert {term for _, term, _ in flagged("All your important files are stolen and encrypted!")} == {
        "are stolen and encrypted"
    }
    advisory = "Mitigasi: catatan tebusan berbunyi \u201cAll your important files are stolen and encrypted\u201d."
    assert list(flagged(advisory)) == []


def test_a_causes_page_all_a_defacers_is_a_defacement_at_first_sight() -> None:
    found = defacer_page(whole("<marquee><h1>FREE PALESTINE</h1></marquee><p>IG: @ghostsec.idn</p>"), HOST)
    assert found is not None and found.location == "body"


def test_a_splash_of_solidarity_with_a_way_into_the_site_is_the_sites_own() -> None:
    splash = whole('<h1>FREE PALESTINE</h1><p>Pemkot Bekasi bersama Palestina</p><a href="/beranda/">Masuk</a>')
    assert defacer_page(splash, HOST) is None
    # Not so for a crew's word beside the cause: the way in does not clear it.
    signed = whole('<h1>FREE PALESTINE</h1><p>Indonesian Cyber Army</p><a href="/beranda/">Masuk</a>')
    assert defacer_page(signed, HOST) is not None


@pytest.mark.parametrize(
    "main",
    [
        "<h1>FREE PALESTINE</h1><p>Stop the genocide!</p><p>- Indonesian Cyber Army -</p>",
        "<h1>DATA KALIAN SUDAH BOCOR</h1><p>1.300.000 data penduduk. Download: mega.nz</p><p>- Bjorka -</p>",
    ],
)
def test_a_main_replaced_by_two_words_of_a_defacers_under_the_kept_frame_is_a_defacement(main: str) -> None:
    found = replaced_main(framed(main), structure_of(NEWS))
    assert found is not None and found.location == "body"


@pytest.mark.parametrize(
    "main",
    [
        "<h2>Stop The Genocide</h2><p>Doa bersama untuk Palestina di Masjid Agung. Info: t.me/pemkotbekasi</p>",
        "<h2>Aksi Bela Palestina</h2><p>#FreePalestine #SavePalestine. Posko donasi di tiap kecamatan.</p>",
    ],
)
def test_a_departments_short_notice_of_causes_alone_replaces_nothing(main: str) -> None:
    assert replaced_main(framed(main), structure_of(NEWS)) is None


def test_two_weak_words_alone_in_a_new_main_replace_nothing() -> None:
    main = "<h2>Pendaftaran Tim</h2><p>Hacker muda Bekasi, daftarkan crew kalian sebelum 10 Desember.</p>"
    assert replaced_main(framed(main), structure_of(NEWS)) is None
