"""A department's own stories in a defacer's words, which were critical defacements, and the defacers' pages beside
them that stay found.

The stories: a CSIRT's advisory quoting the signatures of a mass defacement ("Greetz to: all member", “Hacked by
Mr.X”), an incident's chronology with the defaced page's words in a blockquote, a hackathon's "Cyber Team SMKN 1"
and its 'hacker' muda, an e-sports final of "Bekasi Cyber Team" against "Garuda Crew", a film "Hacked", a song
"Hacked by Love", a book "Hacker Rulez", a workshop on black, grey and white hats, a warning that quotes "patch your
system", headlines ("Hacked by Code: … Hackathon 2026", "Your Security is Low? Cek 7 Kebiasaan", "Mengenal Bjorka,
Hacker …" beside "Grup Anonymous Klaim …", a podcast on data "Jadi Incaran Hacker"), a hall of fame of those who
reported flaws, readers' comments ("Numpang lewat gan, makasih infonya", "Maaf admin, … ya?"), a vendor credited in
the footer ("Cyber Team Diskominfostandi", "Dev Crew Studio"), a notice that the department's Instagram account was
hacked. And in gambling's words: a bird contest's "paling gacor hari ini", a spatial plan's "RTP live streaming".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from defaced_pages_s28 import DEFACERS_BESIDE, STORIES

URL = "https://dinkes.bekasikota.go.id/"


def where(html: str) -> dict[tuple[str, str | None], str]:
    return {
        (f.code, f.location): f.severity for f in defacement.scan(parse_page(html, URL)) if f.category == "keamanan"
    }


@pytest.mark.parametrize("html", STORIES.values(), ids=STORIES.keys())
def test_a_departments_story_in_a_defacers_words_has_no_finding(html: str) -> None:
    assert where(html) == {}


@pytest.mark.parametrize("html", DEFACERS_BESIDE.values(), ids=DEFACERS_BESIDE.keys())
def test_a_defacers_signature_beside_those_stories_is_still_a_critical_defacement(html: str) -> None:
    assert where(html) == {("defacement", "visible"): "kritis"}
