"""The judi online vocabulary of 2025-2026 in whole department pages: spam that the scan missed, and the
department pages that use its words innocently.

Missed: a slot site's provider menu (Habanero, Spadegaming, Microgaming, Playtech, CQ9, Joker Gaming,
JILI), a title of a brand of a word and a lucky number with its mirror link (JAYA88), a togel tip sheet
(BBFS, shio, colok 2D), a sportsbook's markets (pasaran bola hari ini, odds and handicap bola) and
brands (MAXBET, IBCBET, UBOBET, CMD368, SABA Sports), a live casino's tables (baccarat, roulette,
blackjack, sic bo), togel markets (Togel Sydney, Togel HK, pasaran togel), and a head's keywords
(KOIN138, freespin, buy spin). Wrongly flagged: a market's "Bonanza" sale with its prize "jackpot".
The look-alikes stay clean: Imlek's shio, the farmers' habanero, a perfume, "Russian roulette", a
password lesson, e-mail addresses, shops named with a number, a price of balls, myths, police news.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from gambling_vocabulary_pages_s23 import INNOCENT, SPAM
from vendor_pages import Site, department_page

URL = "https://disperindag.bekasikota.go.id/"
HIDDEN = {("judi_online", "hidden"): "kritis"}
FOUND = {
    "provider-menu-hidden": HIDDEN,
    "brand-title-and-mirror": {("judi_online", "title"): "kritis"},
    "togel-tip-sheet": HIDDEN,
    "sportsbook-markets": HIDDEN,
    "sportsbook-brands": HIDDEN,
    "live-casino-tables": HIDDEN,
    "togel-markets": HIDDEN,
    "brand-keywords": {("judi_online", "meta"): "kritis"},
}


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize("name", SPAM, ids=SPAM)
def test_the_newer_vocabulary_injected_into_a_department_page_is_found(name: str) -> None:
    assert where(Site(**SPAM[name])) == FOUND[name]


@pytest.mark.parametrize("name", INNOCENT, ids=INNOCENT)
def test_a_department_page_using_the_words_innocently_has_no_finding(name: str) -> None:
    assert where(Site(main_extra=INNOCENT[name])) == {}


def test_a_brand_of_a_lucky_number_counts_with_a_lure_but_not_with_another_name() -> None:
    assert terms("KOIN138 link alternatif resmi") == {"koin138", "link alternatif"}
    assert terms("Toko JAYA88 dan Bengkel SINAR77 ikut bazar") == set()


def test_a_name_of_a_lucky_number_beside_a_prize_of_a_sale_or_a_tournament_is_no_brand() -> None:
    # A shop's, a cafe's, an e-sports team's name: "jackpot" and "free spin" are prizes of sales and tournaments too.
    assert terms("Bekasi Great Sale: Toko Emas Jaya88 memberikan jackpot berupa logam mulia bagi pembeli.") == set()
    assert terms("Piala Wali Kota: tim Garuda303 juara dan membawa pulang jackpot Rp 10 juta.") == set()
    assert terms("Kafe Kopi Senja88 hadir di Festival UMKM, menyediakan free spin roda hadiah.") == set()
    assert terms("SULTAN88 daftar slot, jackpot maxwin") >= {"sultan88", "jackpot"}  # among a site's words


def test_an_address_or_a_handle_of_a_lucky_number_is_no_brand() -> None:
    assert terms("Kirim ke andi88@gmail.com atau @humasbekasi99, link alternatif pendaftaran di bawah") == set()
    assert terms("Toko kami di jaya88.co.id, link alternatif resmi") == set()


def test_a_provider_that_is_a_chilli_counts_only_among_gambling_words() -> None:
    assert terms("Slot demo Habanero dan Spadegaming gratis") >= {"habanero", "spadegaming"}
    assert terms("Benih cabai habanero dibagikan, slot pelatihan budidaya tersisa 15") == set()
