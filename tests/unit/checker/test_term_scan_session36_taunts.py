"""A defacer that taunts an agency by name beside its signature ("CSIRT kalian tidur?", "Halo BSSN") signs a
defacement: the agency so addressed is no word of news of the attack. A report that names the agency in the third
person, or quotes the taunt as what a page showed, stays news (session 36)."""

from __future__ import annotations

import pytest

from pantau_checker.core.term_scan import flagged


def defacement_terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "defacement"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Hacked by Ghost Squad. CSIRT kalian tidur? Patch your system! Greetz: Anon Bekasi", id="csirt-kalian"
        ),
        pytest.param("Hacked by Ghost Squad. Halo BSSN, patch dulu sana. Greetz: Anon Bekasi", id="halo-bssn"),
        pytest.param("Hacked by ./Kur0. Kominfo lu ngapain aja? Greetz: all member", id="kominfo-lu"),
        pytest.param(
            "Hacked by Garuda Sec. Woy Komdigi, blokir judi aja ga becus. Greetz: Sunda Cyber", id="woy-komdigi"
        ),
    ],
)
def test_a_defacers_taunt_of_an_agency_by_name_still_signs(text: str) -> None:
    assert "hacked by" in defacement_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Menurut CSIRT, muncul Hacked by Ghost Squad di halaman depan situs sekolah.", id="csirt-reports"),
        pytest.param(
            "BSSN mencatat insiden: tulisan Hacked by Ghost Squad sempat muncul, situs dipulihkan.", id="bssn"
        ),
        pytest.param(
            'Halaman depan sempat bertuliskan "Hacked by Ghost Squad, CSIRT kalian tidur?". Situs telah dipulihkan.',
            id="taunt-quoted-in-a-report",
        ),
    ],
)
def test_a_report_that_names_the_agency_stays_news(text: str) -> None:
    assert defacement_terms(text) == set()
