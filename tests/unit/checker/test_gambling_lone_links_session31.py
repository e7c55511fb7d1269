"""Gambling's brands glued in capitals and linked to a site of their name, and a department's questions and answers
that deny the trade, read by the pure scan (``term_scan.flagged``); the hidden lone links are read by the defacement
check (``test_checker_gambling_lone_links_session31``)."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("NAGASLOT https:  nagaslot.com ", {"nagaslot"}, id="slot-to-its-com"),
        pytest.param("GARUDA4D https:  garuda4d.id ", {"garuda4d"}, id="4d-to-its-id"),
        pytest.param("KILATBET https:  www.kilatbet.com ", {"kilatbet"}, id="bet-to-its-com"),
        pytest.param("Slot gacor? Tidak ada. Hanya di GARUDA4D maxwin", {"garuda4d", "maxwin"}, id="a-sellers-denial"),
        pytest.param(
            "Cari slot gacor? Tidak ada yang lebih gacor dari KAISAR88",
            {"slot gacor", "gacor", "kaisar88"},
            id="a-sellers-boast",
        ),
        pytest.param("Awas ketinggalan! Slot gacor hari ini", {"slot gacor", "gacor hari ini"}, id="a-sellers-urgency"),
    ],
)
def test_the_brands_and_the_sellers_answers_are_gambling(text: str, found: set[str]) -> None:
    assert terms(text) == found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("MAWARTOTO https:  mawartoto.com ", id="toto-is-a-persons-name-too"),
        pytest.param("SUHARTOTO https:  suhartoto.com ", id="a-persons-site"),
        pytest.param("TOKOJAYA88 https:  tokojaya88.com ", id="a-shops-lucky-number"),
        pytest.param("Nagaslot https:  nagaslot.com ", id="not-in-capitals"),
        pytest.param("Toko NAGASLOT https:  nagaslot.com ", id="not-the-whole-text"),
        pytest.param("NAGASLOT https:  nagaslot.toko.com ", id="not-its-name-alone"),
        pytest.param("CINEMA4D https:  cinema4d.com ", id="a-cinemas-4d"),
        pytest.param("Pemutaran film di CINEMA4D: Dorothy dan anjingnya, TOTO.", id="a-cinemas-4d-beside-the-dog-toto"),
        pytest.param("ELIZABET https:  elizabet.com ", id="a-persons-name-ending-in-bet"),
        pytest.param("USG4D https:  usg4d.com ", id="an-ultrasounds-initials"),
        pytest.param("ALPHABET https:  alphabet.com ", id="a-word-ending-in-bet"),
        pytest.param("TIMESLOT https:  timeslot.com ", id="a-time-slot"),
        pytest.param("GARUDA4D https:  garuda4d.bekasikota.go.id ", id="a-governments-application"),
        pytest.param("Tanya Jawab Slot gacor? Tidak ada. Aplikasi ini hanya untuk layanan kependudukan.", id="faq"),
        pytest.param("Apakah ada slot gacor di aplikasi ini? Tidak ada. Waspadai tautan palsu.", id="faq-question"),
        pytest.param("Awas Slot Gacor", id="a-headlines-warning"),
    ],
)
def test_a_departments_words_that_read_alike_are_none(text: str) -> None:
    assert terms(text) == set()
