"""Blogger's status line ("Maaf, halaman yang Anda cari di blog ini tidak ada.") is sought in the parser's pass for the
error gates (``Page.blogger_lines``), not by two searches of the visible text in ``page_kind``: what the page is taken
for, and the gates, are those of the old reading.

The old reading is kept here (``old_blogger_not_found``) and each page's answer is compared with it.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from pantau_checker.core import page_kind as pk
from pantau_checker.core.page import BLOGGER_NEEDLES, ERROR_GATES, gates_in, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
import stand_in_pages_platforms as platforms

URL = "https://dinkes.bekasikota.go.id/"
ID_LINE = "Maaf, halaman yang Anda cari di blog ini tidak ada."
EN_LINE = "Sorry, the page you were looking for in this blog does not exist."


def old_blogger_not_found(v: pk._View) -> str | None:
    """``_blogger_not_found`` as it read the page before: both lines sought in the visible text."""
    text = v.page.visible_text
    for needle in ("in this blog does not exist", "blog ini tidak ada"):
        at = text.find(needle, 0, pk._ERROR_HEAD)
        said = pk._BLOGGER_NOT_FOUND.search(text, max(0, at - pk._QUOTE), at + len(needle) + 1) if at >= 0 else None
        if said and not pk._quoted(text, said):
            return said.group(0)
    return None


def department_page(content: str, news: int = 12) -> str:
    """A department's page as its vendor writes it: menu, clock, dated news with bullets, a sidebar, a footer."""
    menu = "".join(f'<li><a href="/{slug}">{slug.title()}</a></li>' for slug in ("profil", "berita", "layanan", "ppid"))
    items = "".join(
        f'<li>\u2022 <a href="/berita/{i}">Dinkes Gelar \u201cPosyandu Remaja\u201d ke-{i} di Kecamatan Bekasi Timur'
        f"</a> <span>Senin, {i % 28 + 1} Desember 2026</span></li>"
        for i in range(news)
    )
    return (
        f"<html><head><title>Dinas Kesehatan Kota Bekasi \u2013 Melayani dengan Sepenuh Hati</title></head><body>"
        f'<header><nav><ul>{menu}</ul></nav><div class="clock">Minggu, 6 Desember 2026 10:30 WIB</div></header>'
        f"<main><h2>Berita Terkini</h2><ul>{items}</ul>{content}</main>"
        f"<aside><h3>Statistik Pengunjung</h3><p>Hari ini: 1.204 \u00b7 Total: 2.345.678</p></aside>"
        f"<footer>\u00a9 2026 Dinas Kesehatan Kota Bekasi. Jl. Jend. Ahmad Yani No. 1 \u2022 "
        f"Pelayanan pengaduan: 112</footer></body></html>"
    )


PAGES = {
    "department": department_page(""),
    "department-no-news": department_page("", news=0),
    "department-long": department_page("", news=400),
    "status-line-id": department_page(f"<p>{ID_LINE}</p>", news=0),
    "status-line-en": department_page(f"<p>{EN_LINE}</p>", news=0),
    "status-line-after-news": department_page(f"<p>{ID_LINE}</p>", news=40),
    "status-line-past-the-head": department_page(f"<p>{ID_LINE}</p>", news=400),
    "status-line-quoted": department_page(f"<p>Muncul pesan \u201c{ID_LINE}\u201d? Periksa alamatnya.</p>"),
    "words-without-the-line": department_page("<p>Arsip blog ini tidak ada lagi sejak 2020.</p>"),
    "line-beside-an-error": department_page(
        f"<p>{EN_LINE} on line 4 Error: in this blog does not exist</p><p>Unknown blog ini tidak ada</p>", news=0
    ),
    "both-lines": department_page(f"<p>{EN_LINE}</p><p>{ID_LINE}</p>", news=3),
    "line-cut-short": department_page("<p>Maaf, halaman yang Anda cari di blog ini tidak</p>", news=0),
    "line-in-capitals": department_page(f"<p>{ID_LINE.upper()}</p>", news=0),
    "line-beyond-latin-1": department_page("<p>\u2018Maaf, halaman yang Anda cari di blog ini tidak ada.\u2019</p>"),
    "blogger-theme-404": platforms.BLOGGER_THEME_404_ID,
    "blogger-post": platforms.BLOGGER_POST,
    "blogger-removed": platforms.BLOGGER_REMOVED,
    "blogger-post-about-a-moved-page": platforms.BLOGGER_POST_ABOUT_A_MOVED_PAGE,
    "blogger-guide": platforms.BLOGGER_GUIDE,
}


@pytest.mark.parametrize("name", PAGES)
def test_the_blogger_line_is_read_as_before(name: str) -> None:
    page = parse_page(PAGES[name], URL)
    view = pk._view(page)
    assert pk._blogger_not_found(view) == old_blogger_not_found(view)
    assert page.blogger_lines == frozenset(n for n in BLOGGER_NEEDLES if n in page.visible_text)


@pytest.mark.parametrize("name", PAGES)
def test_the_error_gates_are_those_of_the_gates_alone(name: str) -> None:
    page = parse_page(PAGES[name], URL)
    assert page.error_gates == gates_in(page.visible_text)
    assert repr(page.error_gates) == repr(gates_in(page.visible_text))  # in the same order
    assert page.error_gates <= frozenset(ERROR_GATES)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("status-line-id", ID_LINE),
        ("status-line-en", EN_LINE),
        ("status-line-after-news", ID_LINE),
        ("department", None),
        ("status-line-quoted", None),
        ("words-without-the-line", None),
        ("line-cut-short", None),
        ("status-line-past-the-head", None),
    ],
)
def test_what_the_line_says(name: str, said: str | None) -> None:
    page = parse_page(PAGES[name], URL)
    assert pk._blogger_not_found(pk._view(page)) == said


def test_the_line_past_the_head_of_the_text_is_found_by_the_parser_but_not_read() -> None:
    page = parse_page(PAGES["status-line-past-the-head"], URL)
    assert page.visible_text.find("blog ini tidak ada") > pk._ERROR_HEAD
    assert page.blogger_lines == frozenset({"blog ini tidak ada"})
    assert pk._blogger_not_found(pk._view(page)) is None


@pytest.mark.parametrize("text", [ID_LINE, EN_LINE, f"Berita \u2022 {ID_LINE}", "Beranda \u2022 Profil"])
def test_a_page_made_without_the_parser_has_its_lines_sought(text: str) -> None:
    page = replace(parse_page(f"<html><body><p>{text}</p></body></html>", URL), blogger_lines=None)
    view = pk._view(page)
    assert page.blogger_lines is None
    assert pk._blogger_not_found(view) == old_blogger_not_found(view)


@pytest.mark.parametrize("name", ["blogger-theme-404", "status-line-id", "status-line-en", "blogger-post"])
def test_the_kind_is_the_old_one(name: str) -> None:
    page = parse_page(PAGES[name], URL)
    old = replace(page, blogger_lines=None)  # the old reading: both lines sought in the text
    assert pk.classify(page) == pk.classify(old)
