"""Defacers' words in Arabic and Russian: scripts written with spaces between words, so a listed word of theirs is
found only as a whole word ("взломан", not "взломанный аккаунт"), and Russian as the scan reads it once its letters
that look Latin are undisguised ("о" is "o"); a page without a letter of theirs pays nothing for them."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged, flagged_each, mentions


def defacer_terms(text: str) -> list[str]:
    return [term for _, code, term, _ in flagged_each([text], defacer_page=True) if code == "defacement"]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Взломан by ./Ivan_X", "взломан"),
        ("ВЗЛОМАНО — RuSec Team", "взломано"),
        ("هكر عربي ./Sh4d0w_Dz", "هكر"),
    ],
)
def test_a_weak_word_in_arabic_or_russian_signs_a_defacers_page(text: str, term: str) -> None:
    assert defacer_terms(text) == [term]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Сайт взломан. RuSec Team", "сайт взломан"),
        ("تم اختراق الموقع بواسطة Al-Qaher", "تم اختراق الموقع"),
        ("تم الاختراق - Moroccan Ghosts", "تم الاختراق"),
    ],
)
def test_a_strong_signature_in_arabic_or_russian_counts_on_any_page(text: str, term: str) -> None:
    assert [(code, found) for code, found, _ in flagged(text)] == [("defacement", term)]
    assert mentions(f"<html><body><h1>{text}</h1></body></html>")


@pytest.mark.parametrize(
    "text",
    [
        "Советы по защите взломанных аккаунтов",  # "hacked accounts": a longer word
        "Взломанный пароль нужно сменить",
        "الهكرز المبتدئون",  # "hackers": a longer word
        "Добро пожаловать! Города-побратимы Бекаси и Казань",
        "مرحبا بكم في برنامج الأسبوع العربي",
    ],
)
def test_a_longer_word_or_an_innocent_text_in_those_scripts_signs_nothing(text: str) -> None:
    assert defacer_terms(text) == []
