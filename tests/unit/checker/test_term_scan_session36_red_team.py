"""Defacers' words in Bengali, Urdu, Persian and Hindi, found as whole words as Arabic's and Russian's are; in Turkish
and in Indonesian glued ("dihack"); a Brazilian or Latin American team's taunt; a toto brand's address glued of the
trade (session 36)."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged, flagged_each, mentions


def defacer_terms(text: str) -> list[str]:
    return [term for _, code, term, _ in flagged_each([text], defacer_page=True) if code == "defacement"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("এই সাইটটি হ্যাক করা হয়েছে", "হ্যাক করা হয়েছে"),
        ("হ্যাকড বাই BD Black Hat Hackers", "হ্যাকড বাই"),
        ("یہ ویب سائٹ پاک سائبر اسکلز نے ہیک کر لی ہے", "ہیک کر لی ہے"),
        ("ہیک کر لیا گیا - Pak Cyber Eagles", "ہیک کر لیا گیا"),
        ("Sua segurança é uma piada.", "sua seguranca e uma piada"),
        ("Tu seguridad es débil", "tu seguridad es debil"),
        ("Sitenizi hackledik!", "hackledik"),
        ("Siteniz hacklenmiştir", "hacklenmistir"),
        ("هک شده توسط Iran Black Hats", "هک شده توسط"),
        ("यह साइट हैक किया गया है", "हैक किया गया"),
        ("Situs ini dihack oleh Garuda Team", "situs ini dihack"),
    ],
)
def test_a_strong_signature_in_another_language_or_glued_counts_on_any_page(text: str, term: str) -> None:
    assert [(code, found) for code, found, _ in flagged(text)][:1] == [("defacement", term)]
    assert mentions(f"<html><body><h1>{text}</h1></body></html>")


def test_bengalis_hacked_alone_signs_a_defacers_page_only() -> None:
    assert defacer_terms("হ্যাকড") == ["হ্যাকড"]
    assert list(flagged("হ্যাকড")) == []


@pytest.mark.parametrize(
    "text",
    [
        "হ্যাকডের পরে পাসওয়ার্ড বদলান",  # a longer word
        "হ্যাকার থেকে সাবধান থাকুন",  # "beware of hackers": not listed
        "ہیکر سے ہوشیار رہیں",
    ],
)
def test_a_longer_word_or_a_warning_in_bengali_or_urdu_signs_nothing(text: str) -> None:
    assert defacer_terms(text) == []


@pytest.mark.parametrize("address", ["https://bandartoto.xyz/", "https://agentoto.xyz/", "https://totomacau.site/"])
def test_an_address_glued_of_the_toto_trade_is_gambling(address: str) -> None:
    assert [code for code, _, _ in flagged(address)] == ["judi_online"]


@pytest.mark.parametrize("text", ["Rumah Pak Totok di Bekasi Utara", "Kloset TOTO untuk 12 puskesmas", "agentotok"])
def test_a_name_or_a_toilet_brand_is_no_glued_trade(text: str) -> None:
    assert list(flagged(text)) == []


def test_a_departments_apology_for_its_site_hacked_and_restored_is_no_signature() -> None:
    assert list(flagged("Mohon maaf, website ini dihack pada 3 Desember. Tim kami sedang memulihkan layanan.")) == []
    assert list(flagged("Mohon maaf, situs ini di hack kemarin. Tim kami sedang memulihkan layanan.")) == []
