"""Defacers' words as a red team wrote them (session 31): Arabic drawn long with the tatweel or written with its vowel
marks, read as its listed words are written; "the site is hacked" and "hacked it" in Arabic, "we hacked your site" in
Russian, "HACKEADO!" in Portuguese. And the news that tells of a hack in those words: a signature told of after its
verb's auxiliary under a subject of some words ("o site da prefeitura foi hackeado por criminosos"), Vietnamese's "bị
hack bởi" in a sentence, a weak word glossed in another script ("dibobol hacker (هاكر)"), each once a finding."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged, flagged_each, mentions


def defacer_terms(text: str) -> list[str]:
    return [term for _, code, term, _ in flagged_each([text], defacer_page=True) if code == "defacement"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("تـم اخـتـراق الـمـوقـع بواسطة Al-Qaher", id="tatweel"),
        pytest.param("تَمَّ اخْتِرَاقُ المَوْقِعِ — Sh4d0w", id="vowel-marks"),
        pytest.param("تـَمَّ اخـْتـِرَاقُ الـمَـوْقِـعِ", id="both"),
    ],
)
def test_arabic_drawn_long_or_with_its_vowel_marks_reads_as_its_listed_words(text: str) -> None:
    assert [(code, term) for code, term, _ in flagged(text)] == [("defacement", "تم اختراق الموقع")]
    assert mentions(f"<html><body><h1>{text}</h1></body></html>")


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        pytest.param("الموقع مخترق", ["الموقع مخترق"], id="arabic-site-hacked"),
        pytest.param("اخترقه Dz_Gh0st", ["اخترقه"], id="arabic-hacked-it"),
        pytest.param("Взломали! RuSec Team", ["взломали"], id="russian-they-hacked"),
        pytest.param("HACKEADO! Equipe BR", ["hackeado"], id="portuguese-hacked"),
        pytest.param("Trang web bị hack bởi Anh Em Team", ["bi hack boi"], id="vietnamese-hacked-by"),
    ],
)
def test_a_weak_word_signs_a_defacers_page(text: str, terms: list[str]) -> None:
    assert defacer_terms(text) == terms
    assert list(flagged(text)) == []  # but alone on another page, no finding


def test_we_hacked_your_site_in_russian_counts_on_any_page() -> None:
    found = [(code, term) for code, term, _ in flagged("Мы взломали ваш сайт. RuSec Team")]
    assert found == [("defacement", "взломали ваш сайт")]


@pytest.mark.parametrize(
    "text",
    [
        "Em 2024 o site da prefeitura foi hackeado por criminosos e restaurado em poucas horas.",
        "O portal da prefeitura de Curitiba foi hackeado por um grupo criminoso em 2024.",
        "Em 2023, o sistema da câmara foi invadido por criminosos e restaurado.",
        "El sitio del municipio fue hackeado por delincuentes y restaurado.",
        "In 2024 the city council website was hacked by criminals and restored within hours.",
        "Năm ngoái cổng thông tin của một sở bị hack bởi nhóm tin tặc và đã được khôi phục.",
        "Waspada penipuan: akun BAZNAS palsu yang mengaku dibobol hacker (هاكر) lalu meminta transfer.",
        "Kosakata: peretas, هكر / hacker, situs web.",
    ],
)
def test_news_that_tells_of_a_hack_signs_nothing(text: str) -> None:
    assert list(flagged(text)) == []


@pytest.mark.parametrize(
    ("text", "term"),
    [
        pytest.param("Hackeado por Anon-MX", "hackeado por", id="alone"),
        pytest.param("Este site foi hackeado por Anon-MX", "hackeado por", id="this-site"),
        pytest.param("Your website was hacked by Kur0", "hacked by", id="your-website"),
        pytest.param("Website Dinas Kesehatan Kota Bekasi was hacked by ./Kur0", "hacked by", id="handle-after"),
        pytest.param("The site was hacked by Kur0", "hacked by", id="short-subject"),
    ],
)
def test_a_signature_alone_to_the_owner_or_with_a_handle_still_counts(text: str, term: str) -> None:
    assert [(code, found) for code, found, _ in flagged(text)] == [("defacement", term)]


def test_a_word_and_another_scripts_word_apart_still_keep_company() -> None:
    assert [term for _, term, _ in flagged("هكر مغربي - Moroccan hacker")] == ["هكر", "hacker"]
