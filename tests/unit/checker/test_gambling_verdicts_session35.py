"""A lesson's verdict on the trade's slang ("hanyalah mitos", "hanya tipuan") is news of it; a seller's denial of the
same verdict ("bukan sekadar mitos") is no news; an English booking's "time slot" is a slot's innocent use (session
35)."""

from __future__ import annotations

import pytest

from pantau_checker.core import term_scan


def flagged(text: str) -> list[str]:
    return [term for _, code, term, _ in term_scan.flagged_each([text], prose=True) if code == "judi_online"]


@pytest.mark.parametrize(
    "text",
    [
        "RTP live hanyalah tipuan bandar judi online agar pemain terus bermain.",
        "Pola gacor hanyalah mitos yang dibuat bandar agar pemain terus menyetor uang.",
        "Maxwin hanya ilusi belaka: sistem situs slot dirancang agar bandar selalu untung.",
        "Scatter hitam hanyalah umpan agar pemain penasaran dan terus mengisi saldo.",
        "Janji maxwin dan RTP live 98% adalah kebohongan.",
        "Awalnya coba-coba deposit Rp10 ribu karena tergoda cerita maxwin teman kantor.",
        "Book Your Time Slot for Licensing Services. Choose a time slot online at the counter's page.",
    ],
)
def test_a_lessons_verdict_and_a_time_slot_are_clean(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "RTP live akurat hari ini, bukan sekadar mitos. Slot gacor gampang menang.",
        "Pola gacor bukan hanya tipuan, buktikan sendiri di situs slot gacor.",
        "Pola gacor bukanlah sekadar mitos, maxwin setiap hari.",
        "Maxwin tidak cuma ilusi, slot gacor hari ini.",
        "RTP live 98% bukan kebohongan, slot gacor maxwin hari ini.",
        "Jangan tergoda situs abal-abal! Slot gacor maxwin hanya di GACORKU88.",
        "Best time to play slot online: slot gacor maxwin every night.",
    ],
)
def test_a_sellers_denial_of_the_verdict_is_found(text: str) -> None:
    assert flagged(text) != []
