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
