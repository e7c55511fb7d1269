"""A man named Toto by his surname is no word of the trade's; "Toto" before a word of the trade's or a seller's is."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


@pytest.mark.parametrize(
    "text",
    [
        "Tag: posyandu Toto Sugiarto judi online slot vaksin stunting",
        "Toto Hartono Judi Online Parkir Informasi Uji KIR",
        "Penulis: Toto Wibowo · Humas · Kampanye: judi online merugikan keluarga",
    ],
)
def test_toto_and_his_surname_beside_a_topic_word_is_a_mans_name(text: str) -> None:
    assert list(flagged(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Main Toto Casino di Bandar Toto Terpercaya judi online",
        "Situs Toto Terpercaya judi online",
        "TOTO SUGIARTO judi online slot gacor",
    ],
)
def test_toto_before_a_word_of_the_trade_or_in_capitals_is_still_read(text: str) -> None:
    assert any(code == "judi_online" for code, _, _ in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Toto Sugiarto Gacor",
        "Toto Hartono Slot Online",
        "Toto Dermawan Gacor",
        "Toto Tokyo Gacor",
        "Toto Wiyono Slot88",
    ],
)
def test_toto_and_a_surname_going_on_with_a_sellers_word_is_still_read(text: str) -> None:
    # Narrowed after a red team: the rest of the phrase is read, and "Toto Tokyo" is the lottery's market.
    assert ("judi_online", "toto") in {(code, term) for code, term, _ in flagged(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Tag: Toto Sugiarto Slot Vaksin Posyandu Stunting",
        "Foto: Toto Hartono judi online merugikan keluarga, kata Kapolres",
        "Oleh Toto Susanto · Jumat, 4 Desember 2026 · Bidang Kesehatan",
    ],
)
def test_toto_and_his_surname_before_a_topic_word_is_still_a_mans_name(text: str) -> None:
    assert list(flagged(text)) == []
