"""Gambling's game names in a department's words, read by the pure scan: Zeus and Olympus in an English lesson of
mythology, a sanitary ware's TOTO in a procurement, a server's "slot memory"; each beside another weak word of the
trade, with which it would keep company. The trade's own words beside them are still found."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Students read Greek myths: Zeus, the god of thunder and sky, ruled from Olympus.", id="an-english-lesson"
        ),
        pytest.param(
            "Our class performed a play about mythology: Zeus and the other gods living on Mount Olympus.",
            id="a-school-play",
        ),
        pytest.param(
            "Paket meliputi kloset duduk merk TOTO, wastafel, dan keran. Pemenang undian dapat jackpot berupa motor.",
            id="a-toilets-toto",
        ),
        pytest.param(
            "Pengadaan slot memory server untuk data center. Pemenang undian mendapat jackpot berupa sepeda motor.",
            id="a-servers-slot",
        ),
        pytest.param("Cara Daftar Slot Online Poli Gigi Lewat Aplikasi", id="a-clinics-booking"),
    ],
)
def test_a_departments_words_that_read_alike_are_none(text: str) -> None:
    assert terms(text) == set()


def test_the_trades_words_beside_them_are_still_found() -> None:
    sold = terms("Gates of Olympus: Zeus, the god of thunder, slot gacor hari ini")
    assert sold >= {"gates of olympus", "slot gacor"}
    assert terms("Situs toto togel terpercaya, kloset TOTO, bandar toto 4D") >= {"situs toto", "bandar toto"}
    assert terms("Slot memory gacor hari ini, bonanza maxwin") >= {"gacor hari ini", "maxwin"}
    assert terms("Cara daftar slot online terpercaya, gacor hari ini") >= {"daftar slot", "slot online"}
