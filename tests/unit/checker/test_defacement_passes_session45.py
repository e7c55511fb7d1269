"""The defacement check's two passes over the whole page made cheaper: a web shell's marks counted in the opening with
its ASCII letters lowered, not its Unicode lowering (``defacement._shell_marks``, ``literals.Signs.count_folded``), and
the links' addresses asked for a "%" in the compiled module (``_selectors.plain_hrefs``). Each is pinned to what it
stands for on a department's page and its links, on texts of the characters whose lowering differs (the Kelvin sign,
"\u0130", Latin-1's capitals), and on random ones.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from pantau_checker.core._selectors import plain_hrefs
from pantau_checker.core.checks import defacement
from pantau_checker.core.literals import Signs
from pantau_checker.core.page import Link, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import department_page

URL = "https://disdik.bekasikota.go.id/"


def marks_before(text: str) -> int:
    """How many of the marks the opening's Unicode lowering holds, as ``web_shell`` counted them."""
    lowered = text.lower()
    return sum(mark in lowered for mark in defacement._SHELL_MARKS)


def plain_before(links: tuple[Link, ...]) -> bool:
    return not any("%" in link.href for link in links)


def test_the_marks_are_such_that_no_lowering_beyond_ascii_makes_one() -> None:
    # The two characters beyond ASCII whose lowering holds an ASCII letter ...
    lowering_to_ascii = {chr(i) for i in range(0x80, 0x110000) if any(x.isascii() for x in chr(i).lower())}
    assert lowering_to_ascii == {"\u212a", "\u0130"}
    # ... lower to "k" and to "i" and a combining dot: none of the marks holds a "k", nor ends in "i".
    for mark in defacement._SHELL_MARKS:
        assert mark.isascii() and mark == mark.lower() and "?" not in mark
        assert "k" not in mark and not mark.endswith("i")


OPENINGS = [
    "Beranda \u2022 Profil \u2022 Berita \u2013 Dinas Pendidikan Kota Bekasi \u00a9 2026, \u201cRamah Anak\u201d",
    "UNAME : Linux web01 5.4.0 #1 SMP\nUser : WWW-DATA (33)\nSafe Mode : OFF\nServer IP: /var/www",
    "drwxr-xr-x 2 www-data www-data 4096 index.php CHMOD",
    "DRWXR-XR-X \u2022 Windows NT \u2022 Disabled Functions : none",
    "L\u0130NUX u\u0130d= \u0130p: \u0130P : \u212aernel \u00c0 SAFE",  # "\u0130" lowers to two characters
    # Latin-1's capitals, and one beyond it that lowers to one of Latin-1
    "\u0178 \u00ff \u00c9 unam\u00c9 l\u00ccnux wind\u00d6ws nt",
    "\U0001f600 uname \U0001f600 linux",  # four bytes a character
    "",
]


@pytest.mark.parametrize("text", OPENINGS)
def test_a_panels_marks_are_counted_as_in_the_lowered_opening(text: str) -> None:
    assert defacement._shell_marks(text) == marks_before(text)


def test_random_openings_are_counted_as_in_their_lowering() -> None:
    pieces = [*defacement._SHELL_MARKS, *(m.upper() for m in defacement._SHELL_MARKS), "Linux", "Safe", "Ip:"]
    pieces += ["\u0130", "\u212a", "\u00c0", "\u0178", "\u2022", "\u2013", "\u00a9", " ", ":", "/", "-", "i", "k"]
    pieces += ["Dinas", "Berita", "\U0001f600"]
    draw = random.Random(45)
    for _ in range(5000):
        text = "".join(draw.choice(pieces) for _ in range(draw.randrange(12)))
        assert defacement._shell_marks(text) == marks_before(text), text


def test_count_folded_finds_signs_that_start_inside_another() -> None:
    signs = Signs(("ip:", ": /", "rwx", "r-x", "rw-"))
    assert signs.count_folded("SERVER IP: /") == 2
    assert signs.count_folded("DRWXR-XR-X") == 2  # "rwx" and "r-x", no "rw-"
    assert signs.count_folded("-RW-R-XRWX") == 3
    assert signs.count_folded("Dinas Pendidikan") == 0


def test_a_department_page_opens_on_no_panel() -> None:
    page = parse_page(department_page(), URL)
    opening = page.visible_text[: defacement._SHELL_OPENING]
    assert defacement._shell_marks(opening) == marks_before(opening)
    assert defacement.web_shell(page) is None


def test_a_panel_is_found_with_its_marks_in_capitals() -> None:
    panel = (
        "<html><head><title>Uploader</title></head><body><pre>UNAME : LINUX web01 5.4.0\nUSER : WWW-DATA (33)\n"
        "SAFE MODE : OFF\nDISABLED FUNCTIONS : none\nCWD : /var/www/html</pre></body></html>"
    )
    page = parse_page(panel, URL)
    assert defacement._shell_marks(page.visible_text) >= 2
    assert defacement.web_shell(page) is not None


LINKS = [
    tuple(parse_page(department_page(), URL).links),
    (Link("Beranda", "/"), Link("Berita", "/berita?kategori=pendidikan%20dasar")),
    (Link("100% lulus", "/berita/lulus"),),  # a "%" in the text alone
    (Link("Unduhan", "%2Fberkas"), Link("Profil", "/profil")),  # at the start
    (Link("Profil", "/profil"), Link("Unduhan", "/berkas%")),  # at the end
    (Link("Sekolah", "/sekolah/\u2022-daftar"), Link("Peta", "/peta/caf\u00e9%C3%A9")),  # beyond ASCII, two bytes
    (Link("Sekolah", "/sekolah/\U0001f600"),),  # four bytes a character
    (Link("Sekolah", "/sekolah/\U0001f600%"),),
    (),
]


@pytest.mark.parametrize("links", LINKS)
def test_plain_hrefs_is_the_generator_it_replaces(links: tuple[Link, ...]) -> None:
    assert plain_hrefs(links) is plain_before(links)
    assert plain_hrefs(list(links)) is plain_before(links)


def test_plain_hrefs_asks_for_links() -> None:
    with pytest.raises(TypeError):
        plain_hrefs(["/berita%20"])
