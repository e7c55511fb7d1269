"""A songbird's "gacor" glued to its name, a word that ends in "bet", a name spelled apart by hyphens in its address,
and a department's questions answered "Tidak bisa." or "Tidak boleh.", read by the pure scan (``term_scan``)."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import capital_brand, flagged, spaced


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("No Nama Usaha Bidang 1 KICAUGACOR Pakan burung kicau Jl. Siliwangi No. 12", id="a-bird-shop"),
        pytest.param("1 MURAIGACOR Penangkaran murai batu 2 LOVEBIRDGACOR Penangkaran lovebird", id="bird-breeders"),
        pytest.param(
            "FAQ Satgas Pemberantasan Judi Online Apakah ada slot gacor yang bisa maxwin? Tidak ada, semua itu"
            " penipuan yang dirancang bandar. Apakah RTP slot bisa diprediksi? Tidak bisa. Angka RTP live yang beredar"
            " adalah rekayasa.",
            id="cannot-be-predicted",
        ),
        pytest.param(
            "Bolehkah ASN bermain slot online? Tidak boleh. ASN yang terbukti dijatuhi hukuman disiplin berat.",
            id="not-allowed",
        ),
        pytest.param("Apakah slot gacor itu permainan keberuntungan? Bukan. Hasilnya diatur bandar.", id="not-so"),
    ],
)
def test_a_departments_words_that_read_alike_are_none(text: str) -> None:
    assert terms(text) == set()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param(spaced("NAGASLOT https://naga-slot.com/"), {"nagaslot"}, id="its-name-hyphened"),
        pytest.param("Daftar NAGAGACOR sekarang", {"nagagacor"}, id="a-brand-in-gacor"),
        pytest.param("Slot gacor? Tidak bisa kalah di KAISAR88", {"slot gacor", "kaisar88"}, id="a-sellers-boast"),
    ],
)
def test_the_brands_and_the_sellers_words_are_gambling(text: str, found: set[str]) -> None:
    assert terms(text) == found


@pytest.mark.parametrize(
    ("name", "brand"),
    [("nagaslot", True), ("kilatbet", True), ("tokoalfabet", False), ("usg4d", False), ("sabet", False)],
)
def test_a_brands_name_in_capitals(name: str, brand: bool) -> None:
    assert capital_brand(name) is brand
