"""A brand named in the list of a blocking, a take-down or an arrest (``term_scan._listed_by_report``), or in a hoax
debunked (``term_scan._debunked``), is news, and so is a lesson that quotes a seller's promise after the verb that
tells of it (``term_scan._taught``); a kit that wears those words is not (session 36)."""

from __future__ import annotations

import pytest

from pantau_checker.core import term_scan


def flagged(text: str) -> list[str]:
    return [term for _, code, term, _ in term_scan.flagged_each([text], prose=True) if code == "judi_online"]


@pytest.mark.parametrize(
    "text",
    [
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88, GARUDA4D dan situs slot gacor sejenis.",
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88, GARUDA4D, GACORKU88, TOTO4D, SLOTJAYA88,"
        " DEWAHOKI88, NAGAMAS77, PETIR4D dan situs slot gacor sejenis.",
        "Daftar situs yang diblokir: KAISAR88, GARUDA4D, GACORKU88 dan TOTO4D.",
        "Daftar 20 situs judi online yang diblokir Diskominfo pekan ini: KAISAR88, GARUDA4D dan TOTO4D.",
        "Kominfo take down 5.000 konten judi online, termasuk situs slot gacor KAISAR88 dan GARUDA4D.",
        "Pemutusan akses dilakukan terhadap situs slot gacor seperti KAISAR88 dan GARUDA4D.",
        "Diskominfo memblokir 1.204 situs judi online, di antaranya KAISAR88 dan GARUDA4D yang dikelola dari luar"
        " negeri.",
    ],
)
def test_a_blockings_list_of_brands_is_news(text: str) -> None:
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "[HOAKS] Situs Slot Gacor KAISAR88 Milik Pemkot Bekasi",
        "[HOAKS] Situs Slot Gacor KAISAR88 Milik Pemkot Bekasi\nBeredar tangkapan layar situs slot gacor KAISAR88 yang"
        " mengaku milik Pemkot Bekasi. Faktanya Pemkot Bekasi tidak memiliki situs slot.",
        "[DISINFORMASI] Bansos Dibayar Lewat Situs KAISAR88\nBeredar unggahan yang menyebut bansos dibayar lewat situs"
        " slot gacor KAISAR88. Faktanya, bansos hanya disalurkan melalui bank Himbara.",
        "Cek Fakta: Situs Slot Gacor GARUDA4D Milik Pemkot Bekasi? Ini Faktanya\nBeredar tautan situs slot gacor"
        " GARUDA4D yang mengaku milik Pemkot Bekasi. Faktanya Pemkot Bekasi tidak memiliki situs slot.",
        "Cek Fakta: Pemkot Bekasi Kelola Situs Slot Gacor GARUDA4D\nInformasi tersebut tidak benar.",
    ],
)
def test_a_hoax_debunked_is_news(text: str) -> None:
    assert flagged(text) == []


def test_a_lesson_quoting_one_promise_of_a_list_is_news() -> None:
    text = (
        'Situs judi kerap menjanjikan "pasti menang" dan bonus new member. Semua itu hanyalah mitos yang dibuat bandar'
        " agar korban terus menyetor."
    )
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Cek fakta: slot gacor GARUDA4D benar-benar membayar maxwin.", "garuda4d"),
        ("Cek fakta: slot gacor GARUDA4D milik siapa? Faktanya GARUDA4D membayar maxwin setiap hari.", "garuda4d"),
        ("[HOAKS] Slot Gacor Tidak Bayar\nSlot gacor KAISAR88 bukan hoaks, maxwin setiap hari.", "kaisar88"),
        ("[HOAX] Slot gacor GARUDA4D tidak bayar? Salah! GARUDA4D bayar maxwin tiap hari.", "garuda4d"),
        ("[HOAKS] Slot gacor KAISAR88 tidak bayar. Faktanya KAISAR88 bayar maxwin tiap hari.", "kaisar88"),
        # a sale after the post's denial: the hoax is told between its label and its verdict
        (
            "Cek Fakta: Situs GARUDA4D Milik Pemkot?\nInformasi itu tidak benar. Slot gacor maxwin GARUDA4D hari ini.",
            "maxwin",
        ),
        ("Situs slot gacor yang belum diblokir: KAISAR88, GARUDA4D dan GACORKU88.", "kaisar88"),
        ("Situs slot gacor yang tidak pernah diblokir: KAISAR88 dan GARUDA4D.", "kaisar88"),
        ("Situs lain diblokir, main slot gacor di situs resmi seperti KAISAR88 sekarang.", "kaisar88"),
        ("Situs slot gacor yang diblokir seperti KAISAR88 tetap bisa dibuka.", "kaisar88"),
        ("[HOAKS] slot gacor KAISAR88 maxwin hari ini GARUDA4D toto togel", "garuda4d"),
        ("Walau banyak situs diblokir, di antaranya tiruan, KAISAR88 tetap gacor maxwin hari ini.", "kaisar88"),
        ("Diskominfo memblokir situs judi, di antaranya KAISAR88 dan GARUDA4D yang gacor maxwin hari ini.", "garuda4d"),
        ("Situs slot gacor anti blokir, di antaranya KAISAR88 dan GARUDA4D, login sekarang.", "kaisar88"),
    ],
)
def test_a_kit_wearing_a_fact_check_or_a_blocking_is_not_news(text: str, term: str) -> None:
    assert term in flagged(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            'KAISAR88 menjanjikan "pasti menang" dan bonus new member 100%. Maxwin hanyalah mitos di situs lain.',
            "kaisar88",
        ),
        ('Slot gacor kami "pasti menang" dan pasti bayar. Maxwin hanyalah mitos di situs lain.', "slot gacor"),
    ],
)
def test_a_quoted_promise_beside_a_brand_or_an_unquoted_one_sells(text: str, term: str) -> None:
    assert term in flagged(text)
