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
from vendor_pages import Site, department_page

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


TITLE = "Dinas Kesehatan Kota Bekasi – Melayani dengan Sepenuh Hati"


def defaced(body: str, title: str = TITLE) -> str:
    """Return a page as a defacer leaves it: a black page of its own, under the department's title or its own."""
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title><style>body{{background:#000;'
        "color:#fff;text-align:center;font-family:Courier New,monospace}</style></head>"
        f'<body><img src="https://i.ibb.co/3sY2qzL/mask.gif" width="280">{body}'
        '<audio autoplay loop><source src="https://a.top4top.io/m_2345abcd.mp3" type="audio/mpeg"></audio>'
        "</body></html>"
    )


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("<h1>D3F4C3D BY 4N0N_BKS</h1>", id="leet-defaced"),
        pytest.param("<h1>You got hacked!</h1><p>LOL</p>", id="you-got-hacked"),
        pytest.param("<h1>YOU HAVE BEEN PWNED</h1><p>Fix your website admin</p><p>Team: GhostSec</p>", id="pwned"),
        pytest.param("<h1>Website ini di hack sama saya</h1><p>- kiddies bekasi -</p>", id="di-hack-sama-saya"),
        pytest.param(
            "<h1>SITUS INI TELAH DITEMBUS</h1><p>Perbaiki keamanan server anda</p><p>by ./Kuro</p>", id="ditembus"
        ),
        pytest.param("<h1>Web lu jebol bang</h1><p>Ganti admin lu yg lebih pinter.</p>", id="slang"),
        pytest.param(
            '<marquee><font size="6" color="red">TERMINAL SECURITY TEAM WAS HERE</font></marquee>'
            "<p>Sistem anda lemah</p>",
            id="team-was-here",
        ),
        pytest.param(
            "<h1>#OpIndonesia</h1><h2>Free Palestine</h2><p>This website was hacked in support of Palestine.</p>",
            id="hacktivists",
        ),
        pytest.param(
            "<pre>\n [+] Index changed by Mr.Sh3ll\n [+] Team : Indo Xploit\n [+] Contact : t.me/mrsh3ll\n</pre>",
            id="mass-defacer-log",
        ),
        pytest.param("<h1>Site piraté par Fallaga Team</h1>", id="french"),
        pytest.param("<h1>Gehackt von DarkTeam</h1>", id="german"),
        pytest.param("<h1>Laman web ini telah digodam</h1><p>oleh Malaysian Cyber Army</p>", id="malay"),
        pytest.param("<h1>Site invadido por BRAZUCA</h1><p>Sua segurança é uma piada</p>", id="portuguese"),
        pytest.param("<h1>Trang web này đã bị hack</h1><p>bởi Vietnam Cyber Team</p>", id="vietnamese"),
        pytest.param("<h1>此网站已被黑</h1><p>黑客: 中国红客联盟</p>", id="chinese"),
        pytest.param("<h1>เว็บไซต์นี้ถูกแฮก</h1><p>โดย Thai Hacker</p>", id="thai"),
    ],
)
def test_a_defacers_own_words_are_a_critical_defacement_at_first_sight(body: str) -> None:
    assert where(defaced(body)) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Cek apakah email Anda bocor di layanan Have I Been Pwned, saran tim CSIRT.",
        "Target pendapatan asli daerah tahun ini telah ditembus pada bulan Oktober.",
        "Tim KKN Universitas Islam 45 mengunjungi puskesmas; foto bersama di papan 'Our team was here'.",
        "Laporan realisasi: indeks kepuasan masyarakat naik, index changed from 78 to 82.",
    ],
)
def test_a_departments_sentence_near_the_new_signatures_has_no_finding(sentence: str) -> None:
    assert where(department_page(Site(main_extra=f"<p>{sentence}</p>"))) == {}


def test_a_gambling_sites_name_as_the_pages_author_is_gambling_in_the_metas() -> None:
    spam = department_page(Site(head='<meta name="author" content="KOITOTO Situs Toto Macau">'))
    own = department_page(Site(head='<meta name="author" content="Dinas Kesehatan Kota Bekasi">'))
    assert where(spam) == {("judi_online", "meta"): "kritis"}
    assert where(own) == {}
