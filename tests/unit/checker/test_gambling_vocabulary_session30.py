"""Gambling's newer words, read by the pure scan: brands glued without a number beside their sign-up words, togel's
markets under its game's name, a word of gambling linked to a site of its name; and a department's words that read
alike: a person named Toto, a sanitary ware's brand, a shop, an application's login, a stage's live music, a lesson
that calls the lures a fabrication."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Login MAWARTOTO https:  mawartoto.com login", {"mawartoto"}, id="login-before"),
        pytest.param("KOITOTO Daftar", {"koitoto"}, id="daftar-after"),
        pytest.param("Daftar SUKABET sekarang juga", {"sukabet"}, id="bet-brand"),
        pytest.param("TOTO HK TOTO SGP TOTO SDY", {"toto hk", "toto sgp", "toto sdy"}, id="toto-markets"),
        pytest.param("hongkong pools", {"hongkong pools"}, id="hongkong-pools"),
        pytest.param("situs 4d bandar 4d", {"situs 4d", "bandar 4d"}, id="situs-4d"),
        pytest.param("slot dana https:  slotdana.click ", {"slot dana"}, id="slot-dana-to-its-site"),
        pytest.param("aviator https:  aviatorbet.site ", {"aviator"}, id="aviator-to-its-brands-site"),
        pytest.param("dewapoker https:  www.dewapoker88.net ", {"dewapoker"}, id="glued-to-its-numbered-site"),
    ],
)
def test_the_newer_words_are_gambling(text: str, found: set[str]) -> None:
    assert terms(text) == found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("DAFTAR PEGAWAI: DRS. SUHARTOTO, M.SI dan SUTOTO, S.H.", id="staff-list-in-capitals"),
        pytest.param("Daftar Suhartoto sebagai narasumber", id="a-person-in-title-case"),
        pytest.param("Login SIMBOLA https:  simbola.bekasikota.go.id ", id="an-application-of-another-trades-word"),
        pytest.param("Showroom TOTO Indonesia https:  toto.co.id ", id="sanitary-ware"),
        pytest.param("Toko Sinar Toto https:  sinartoto.com ", id="a-shop"),
        pytest.param("Drs. Toto HK, M.Si. membuka rapat", id="a-person-and-his-initials"),
        pytest.param("MAWARTOTO https:  mawartoto.com ", id="a-name-alone-to-its-own-company-site"),
        pytest.param("Komunitas Aviator Bekasi https:  aviatorbekasi.club ", id="a-club-of-pilots"),
        pytest.param("Panggung RTP Live Music Hadir Setiap Malam Minggu", id="a-stage-of-live-music"),
        pytest.param(
            "Kenali modus judi online: situs slot gacor menjanjikan maxwin, padahal RTP live hanya rekayasa. Bandar"
            " togel online selalu untung.",
            id="the-rtp-a-fabrication",
        ),
    ],
)
def test_a_departments_words_that_read_alike_are_none(text: str) -> None:
    assert terms(text) == set()


def test_a_seller_that_claims_no_fabrication_is_still_found() -> None:
    assert terms("RTP live tanpa rekayasa, slot gacor maxwin hari ini") >= {"rtp live", "slot gacor"}
