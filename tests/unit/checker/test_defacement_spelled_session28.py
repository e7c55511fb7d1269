"""A defacer's page titled with its word alone ("HACKED"), and a signature with its letters spaced apart ("H A C K E D
&nbsp; B Y &nbsp; K U R O"), which the page's text reads as one word once joined (session 28). Before, both raised
nothing: "hacked" alone is a weak word (a film, a headline), and letters spaced apart were joined for gambling's
words only.

Clean, beside them: a library's page on the film "Hacked" (its title says more), an article's photo whose alt is
"Hacked", a heading of the film alone, a hackathon's and a welcome's banners spelled apart.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from defaced_pages_s26 import defaced
from defaced_pages_s28 import story
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"
OWN_TITLE = "<title>Dinas Kesehatan Kota Bekasi</title>"


def where(html: str) -> dict[tuple[str, str | None], str]:
    return {
        (f.code, f.location): f.severity for f in defacement.scan(parse_page(html, URL)) if f.category == "keamanan"
    }


def titled(title: str, html: str) -> str:
    """Return a defacer's page with its own title in place of the site's."""
    return html.replace(OWN_TITLE, f"<title>{title}</title>")


@pytest.mark.parametrize(
    ("title", "heading"),
    [
        pytest.param("HACKED", "HACKED", id="hacked"),
        pytest.param("~ Defaced ~", "Defaced!!", id="defaced-in-marks"),
        pytest.param("Hacked!!!", "./Kuro", id="hacked-with-a-handle"),
    ],
)
def test_a_page_titled_with_a_defacers_word_alone_is_a_critical_defacement(title: str, heading: str) -> None:
    assert where(titled(title, defaced(heading, ""))) == {("defacement", "title"): "kritis"}


@pytest.mark.parametrize(
    "heading",
    [
        pytest.param("H A C K E D &nbsp; B Y &nbsp; K U R O", id="spaced-with-wider-gaps"),
        pytest.param("H A C K E D B Y K U R O", id="spaced-evenly"),
        pytest.param("D.E.F.A.C.E.D.B.Y.M.R.X", id="dotted"),
    ],
)
def test_a_signature_spelled_with_its_letters_apart_is_a_critical_defacement(heading: str) -> None:
    assert where(defaced(heading, "<p>Greetings from the underground</p>")) == {("defacement", "visible"): "kritis"}


@pytest.mark.parametrize(
    "html",
    [
        pytest.param(
            department_page(Site(title="Hacked (2020): Resensi Film \u2013 Perpustakaan Daerah Kota Bekasi")),
            id="a-films-review-titled",
        ),
        pytest.param(
            story(
                "Waspadai Pesan Palsu yang Mencuri Akun Media Sosial",
                '<figure><img src="/wp-content/uploads/2026/11/akun.jpg" alt="Hacked"></figure><p>Dinas Kominfo'
                " mengingatkan warga agar tidak membuka tautan dari pesan tak dikenal dan mengaktifkan verifikasi"
                " dua langkah.</p>",
            ),
            id="a-photos-alt",
        ),
        pytest.param(
            story(
                "Nonton Bareng Film Pilihan di Perpustakaan",
                "<h2>Hacked</h2><p>Thriller tentang keamanan data, diputar Sabtu pukul 13.00 di ruang audiovisual.</p>",
            ),
            id="a-films-heading",
        ),
        pytest.param(
            department_page(
                Site(
                    main_extra='<div class="banner"><h2>B E K A S I &nbsp; H A C K A T H O N &nbsp; 2 0 2 6</h2></div>'
                )
            ),
            id="a-hackathons-banner",
        ),
        pytest.param(
            department_page(Site(main_extra='<p class="welcome">S E L A M A T &nbsp; D A T A N G</p>')),
            id="a-welcome-spelled-apart",
        ),
    ],
)
def test_a_departments_pages_near_those_words_have_no_finding(html: str) -> None:
    assert where(html) == {}
