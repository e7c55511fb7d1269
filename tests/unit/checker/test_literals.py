"""The literal signs of a page's markup, sought in its UTF-8 bytes (``core.literals``)."""

from __future__ import annotations

import pytest

from pantau_checker.core.literals import Markup, Signs
from pantau_checker.core.page import ERROR_GATES, gates_in, parse_page

NEWS = "".join(
    f'<article class="post"><h3><a href="/berita/{n}">Rapat koordinasi ke-{n} – Dinas Sosial</a></h3>'
    f"<p>Kegiatan berlangsung di aula • {n} Desember 2026</p></article>"
    for n in range(1, 120)
)


def test_a_sign_is_found_as_written_case_and_all() -> None:
    markup = Markup(f"<html><body>{NEWS}<a rel='dofollow' href='https://x.example/'>x</a></body></html>")
    assert markup.has("dofollow")
    assert not markup.has("DOFOLLOW")
    assert markup.has_any(("<base", "dofollow"))
    assert not markup.has_any(("<base", "<BASE"))


def test_letters_beyond_latin_1_and_a_lone_surrogate_are_searched_not_refused() -> None:
    markup = Markup("<p>Pengumuman – \ud800 kantor • tutup</p>")
    assert markup.has("kantor")
    assert markup.has("–")


@pytest.mark.parametrize("text", ["Fatal error: Uncaught Exception", NEWS + " SQLSTATE[HY000] Connection refused"])
def test_signs_in_a_short_and_a_long_text_are_found_alike(text: str) -> None:
    signs = Signs(ERROR_GATES)
    expected = frozenset(gate for gate in ERROR_GATES if gate in text)
    assert signs.in_text(text) == expected == gates_in(text)
    assert signs.any_in(text) is bool(expected)
    assert not signs.any_in(NEWS)


def test_a_page_with_a_lone_surrogate_is_parsed() -> None:
    # A decoding replaces bad bytes, but no page may stop the parse: lexbor reads the surrogate as bad bytes.
    page = parse_page(f"<html><body><main>{NEWS}<p>Layanan \ud800 buka</p></main></body></html>", "https://a.go.id/")
    assert "Layanan" in page.visible_text
    assert len(page.links) == 119


def test_a_name_is_found_in_any_case_of_its_letters_where_asked_so() -> None:
    markup = Markup(f'<body>{NEWS}<img src="x.png" OnErRoR="location=\'https://slot.example/\'"></body>')
    assert markup.has_folded("onerror")
    assert not markup.has("onerror")
    assert not markup.has_folded("onload")
