"""The defacement check's shortcuts: a web shell's marks counted in one pass, and a ./handle looked for only in a text
that holds a slash."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page

# A panel's opening and a department's: marks that start inside one another ("ip: /" holds "ip:" and ": /",
# "drwxr-xr-x" holds "rwx", "r-x" and "rw-" overlapping), one mark twice, marks at the text's very start and end.
_OPENINGS = [
    "uname : linux web01 5.4.0 #1 smp\nuser : www-data (33)\nsafe mode : off\nserver ip: /var/www",
    "drwxr-xr-x 2 www-data www-data 4096 index.php chmod",
    "rw-r-x",
    "server ip: /",
    "ip : / ip: /",
    "linux linux linux",
    "berita » dinas perhubungan kota bekasi \u2013 jadwal uji kir, layanan ip: publik",
    "chmod",
    "",
    "dinas sosial \u2022 program keluarga harapan \u2022 windows nt server \u2022 safe",
]


@pytest.mark.parametrize("lowered", _OPENINGS)
def test_a_panels_marks_are_counted_as_a_search_for_each_counts_them(lowered: str) -> None:
    assert defacement._shell_marks(lowered) == sum(mark in lowered for mark in defacement._SHELL_MARKS)


def test_a_panel_with_two_marks_that_overlap_is_read() -> None:
    assert defacement._shell_marks("server ip: /") == 2  # "ip:" and ": /", the second inside the first's match


def _signed_page(text: str) -> str:
    news = "Berita \u2013 Dinas Perhubungan Kota Bekasi. " * 10
    return f"<html><head><title>Dishub</title></head><body><p>{news}</p><p>{text}</p><p>{news}</p></body></html>"


@pytest.mark.parametrize(
    "text",
    [
        "./Mr.Kuro numpang lewat",
        "./N0b0dy was here",
        "Owned by ./Kuro \u2022 jadwal",
    ],
)
def test_a_handle_beside_a_defacers_weak_word_is_read_in_a_text_beyond_latin_1(text: str) -> None:
    page = parse_page(_signed_page(text), "http://dishub.bekasikota.go.id/")
    assert "./" in page.visible_text and any(ord(char) > 0xFF for char in page.visible_text)
    found = defacement._handle_signed(page)
    assert found is not None and found.code == "defacement"


def test_a_text_without_a_slash_has_no_handle() -> None:
    page = parse_page(_signed_page("Hacked by Mr.Kuro"), "http://dishub.bekasikota.go.id/")
    assert "/" not in page.visible_text
    assert defacement._handle_signed(page) is None
