"""A department's abbreviations read by the pure scan: an application's name of the initials of a "Sistem Informasi
…" beside its login, an abbreviation the text spells out in parentheses, a word doubled into a compound; and the
trade's own words beside them, spelled out in its words too."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Login SIPENTOTO Daftar SIMSLOT Login SIPBET Login SIMPOKER", id="applications-logins"),
        pytest.param("Inspektorat memantau Rencana Tindak Pengendalian (RTP). Capaian RTP 98%", id="rtp-before"),
        pytest.param("Radio Taman Patriot (RTP) FM 98,5. Dengarkan RTP Live di aplikasi", id="rtp-radio"),
        pytest.param("Toto HK (Harapan Kita) adalah nama koperasi setempat", id="hk-after"),
        pytest.param("Pengunjung dapat menjelajah situs 4D (empat dimensi) dengan kacamata VR", id="4d-a-number-word"),
        pytest.param("Hongkong Pools management dipelajari untuk kolam renang Patriot", id="swimming-pools"),
        pytest.param("Kinerja maksimal: Max Win-Win Solution antara pemerintah dan warga", id="win-win"),
    ],
)
def test_a_departments_abbreviations_are_none(text: str) -> None:
    assert terms(text) == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Login MAWARTOTO Daftar KOITOTO", {"mawartoto", "koitoto"}, id="brands-beside-sign-up"),
        pytest.param("Return To Player (RTP): RTP live hari ini", {"rtp", "rtp live"}, id="rtp-in-the-trades-words"),
        pytest.param("TOTO HK (Hong Kong) keluaran hari ini", {"toto hk"}, id="hk-as-its-city"),
        pytest.param("Bandar 4D (4 digit) terpercaya", {"bandar 4d"}, id="4d-as-four-digits"),
        pytest.param("Rencana Tindak Pengendalian (RTP)", set(), id="spelled-out-alone"),
        pytest.param("slot gacor maxwin-x500 hari ini", {"slot gacor", "maxwin", "x500"}, id="maxwin-with-a-multiple"),
    ],
)
def test_the_trades_words_beside_them_are_found(text: str, found: set[str]) -> None:
    assert terms(text) == found
