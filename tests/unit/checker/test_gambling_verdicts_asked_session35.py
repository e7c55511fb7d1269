"""A lesson's verdict asked ("Maxwin hanyalah mitos? Tidak di sini!") is a seller's tease, no news; a verdict stated
after a question of its own ("Benarkah pola gacor bisa ditebak? Pola gacor hanyalah mitos") stays news (session 35,
the red team's)."""

from __future__ import annotations

import pytest

from pantau_checker.core import term_scan


def flagged(text: str) -> list[str]:
    return [term for _, code, term, _ in term_scan.flagged_each([text], prose=True) if code == "judi_online"]


@pytest.mark.parametrize(
    "text",
    [
        "Maxwin hanyalah mitos? Tidak di sini! Slot gacor hari ini RTP live 98%.",
        "Kata siapa slot gacor hanya ilusi belaka? Jackpot maxwin setiap hari di situs slot terpercaya.",
        "Pola gacor cuma mitos ? Buktikan sendiri, maxwin malam ini.",
    ],
)
def test_a_verdict_asked_is_no_news(text: str) -> None:
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Benarkah pola gacor bisa ditebak? Pola gacor hanyalah mitos yang dibuat bandar.",
        "Pola gacor hanyalah mitos, apa pun kata iklannya.",
        "RTP live hanyalah tipuan bandar. Mengapa pemain percaya?",
    ],
)
def test_a_verdict_stated_is_news(text: str) -> None:
    assert flagged(text) == []
