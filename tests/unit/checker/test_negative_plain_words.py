"""The weak terms a shop, a bank or a department writes of its own (``terms.NEGATIVE_PLAIN``): two of them are no
company; one counts beside a term of the trade itself (session 38, false-alarm red team)."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


def codes(text: str) -> set[str]:
    return {code for code, _, _ in flagged(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Pengajuan KUR kini lebih mudah dan cepat cair, cukup KTP, KK dan NIB.",
        "Keripik pisang renyah dan tahan lama hingga 6 bulan. Pemesanan hubungi WA 0813-2222-3333.",
        "Video Wali Kota menjadi viral terbaru di media sosial. Tonton full durasi di kanal YouTube resmi.",
        "Siaran ulang rapat paripurna tanpa sensor, full durasi 3 jam.",
        "Peserta belajar membangun passive income dari reksa dana dan mengelola profit konsisten usaha.",
        "口コミで人気のレストラン。格安で楽しめる屋台街。バティックのメンズ・レディース新作コレクション。",
    ],
)
def test_two_of_a_shops_or_a_departments_own_words_are_no_company(text: str) -> None:
    assert codes(text) == set()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Obat kuat herbal, tahan lama, hubungi WA 0812-0000-1111", "spam_tersisip"),
        ("Open BO Bekasi, hubungi WA 0812-0000-2222", "konten_pornografi"),
        ("Pinjol resmi, dana cepat cair, cukup KTP", "spam_tersisip"),
        ("Video bugil viral terbaru full durasi", "konten_pornografi"),
        ("正規品 口コミ メンズ", "spam_tersisip"),
    ],
)
def test_one_of_them_counts_beside_a_term_of_the_trade_itself(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pinjaman online tanpa BI checking, hubungi WA",
        "Robot trading modal kecil untung besar",
        "Pinjol tanpa BI checking",
    ],
)
def test_a_sellers_idiom_a_department_writes_too_counts_beside_a_term_of_the_trade(text: str) -> None:
    assert codes(text) == {"spam_tersisip"}


@pytest.mark.parametrize(
    "text",
    [
        "Pembiayaan Mekaar bagi ibu prasejahtera tanpa agunan dan tanpa BI checking.",
        "Budidaya lele bisa dimulai dengan modal kecil untung besar.",
    ],
)
def test_a_sellers_idiom_alone_is_none(text: str) -> None:
    assert codes(text) == set()
