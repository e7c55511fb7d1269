"""A tag's sign looked up among the names after the markup's "<"s by ``bytes.find``, not ``in``
(``literals.Markup.has``, ``has_folded``): ``bytes.__contains__`` first reads its operand as a byte's value and, for
bytes, raises and clears a TypeError with its message formatted, ten times the look-up's own cost. The answers are
pinned to the search of the whole markup they stand for; the first name of the markup is found at the names' start.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.literals import Markup

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

TAG_SIGNS = (
    "<html",
    "<HTML",
    "<head",
    "<body",
    "<base",
    "<BASE",
    "<iframe",
    "<frame",
    "<object",
    "<embed",
    "<marquee",
    "<style",
    "<font",
    "<dialog",
    "<details",
    "<text",
    "<area",
    "<nav",
    "<code",
    "<samp",
    "<kbd",
    "<em",
    "<q",
    "<pre",
    "<table",
    "<ul",
    "<li",
    "<p",
    "<a",
    "<b",
    "<h3",
    "<footer",
    "<script",
)


def pages() -> list[str]:
    page = str(department_page(Site()))
    return [
        page,
        page.replace("<html", "<HTML", 1),
        "<html><body><p>\u2022 Berita \u201cterkini\u201d \u00a9 2026</p></body></html>",
        "<marquee>Selamat datang di situs Dinas Kesehatan Kota Bekasi</marquee>",  # the first name at the start
        "<MARQUEE behavior=scroll>Selamat datang</MARQUEE><base href=/>",
        "teks tanpa tag",
        "",
        "<",
        "<b",
        "<q>kutipan</q>",
    ]


@pytest.mark.parametrize("html", pages())
@pytest.mark.parametrize("sign", TAG_SIGNS)
def test_a_tags_sign_is_answered_as_a_search_of_the_markup(html: str, sign: str) -> None:
    raw = html.encode()
    assert Markup(html).has(sign) == (sign.encode() in raw)
    assert Markup(html).has_folded(sign.lower()) == (sign.lower().encode() in raw.lower())


def test_the_markups_first_name_is_found() -> None:
    # The names read start with the first one's NUL: found at 0.
    assert Markup("<marquee>x</marquee>").has("<marquee")
    assert Markup("<MARQUEE>x</MARQUEE>").has_folded("<marquee")
    assert not Markup("<MARQUEE>x</MARQUEE>").has("<marquee")
    assert Markup("<q>").has("<q") and Markup("<Q>").has_folded("<q")
