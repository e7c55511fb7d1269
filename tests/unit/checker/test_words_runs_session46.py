"""A text's words squashed with its words one space apart copied sixteen (or eight) bytes at a time.

``_selectors._words_into`` (``words_of``, ``main_and_visible``, the links' texts) copies a word's bytes and the words
one space apart after it as runs (``pantau_word_run``), pinned here against ``" ".join(text.split())``: what the byte
loop before the runs was proven equal to (``test_words_eight_at_a_time_session45.py``), and what each of its callers
stands for. The texts are a department's (dated news, bullets, curly quotes, "©", a clock) and the runs' edges: an
odd byte, two spaces, a space before a character beyond ASCII or at a text's end, at every place about the sixteen
and eight bytes' bounds, in one text node and in several, joined and apart."""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core._selectors import main_and_visible, select_first, words_of

_WORDS = "Dinas Kesehatan Kota Bekasi menyelenggarakan rapat koordinasi vaksinasi Puskesmas Bantargebang di ke".split()
_ODD = ["é", "“", "•", "©", "»", "·", "😀", "\x01", "\x1b", "\x7f", "!", "~", ",", "-", ":", "9", "\x00", "\ufffd"]
_SPACES = [" ", "  ", "\n", "\t", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\xa0", "\x85", "\u2028", "\u3000"]
_SENTENCE = (
    "Pemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan kepada masyarakat "
    "dan a b c d e f g h i j k l m n o p q r s t u v w x y z ab cd ef gh ij kl mn op qr st uv wx yz abc def ghi"
)


def _squashed(body_html: str, separator: str) -> tuple[str, str]:
    body = LexborHTMLParser(f"<html><body>{body_html}</body></html>").body
    assert body is not None
    return words_of(body, separator), " ".join(body.text(separator=separator).split())


def _department_page() -> str:
    news = "".join(
        f"""<article class="post"><h2><a href="/berita/{n}/">Rapat Koordinasi “Bekasi Sehat” ke-{n}</a></h2>
<span class="tgl">Sabtu, {n} Desember 2026</span> · <span class="jam">08.{n:02d} WIB</span> · Admin ·
<p>Pemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan kepada masyarakat.
Kegiatan ini dihadiri oleh para kepala puskesmas, lurah dan camat se-Kota Bekasi… <a href="/berita/{n}/">
Selengkapnya »</a></p></article>"""
        for n in range(1, 30)
    )
    return f"""<header><nav><ul><li><a href="/">Beranda</a></li> • <li><a href="/profil/">Profil</a></li>
<li><a href="/layanan/">Layanan Publik</a></li></ul></nav><span class="jam-digital">10:31:07</span></header>
<main><h1>Berita Terkini</h1>{news}</main>
<footer><p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati” · Jl. Jend. Ahmad Yani No. 1</p></footer>"""


@pytest.mark.parametrize("odd", ["  ", "\n", " é", "é ", " \x7f", "\x01", " \u3000", "\xa0", "•", " ", "!", "\x00"])
def test_one_odd_piece_at_every_place_of_words_one_space_apart(odd: str) -> None:
    for at in range(70):
        text = _SENTENCE[:at] + odd + _SENTENCE[at:]
        for end in (at + 2, at + 9, at + 17, at + 40, len(text)):
            cut = text[:end]
            for html in (f"<p>{cut}</p>", f"<p>x{cut}</p>", f"<p>{cut}</p><p>{cut} </p>", f"<p>  {cut}\n</p>"):
                for separator in ("", " "):
                    found, expected = _squashed(html, separator)
                    assert found == expected, repr(html)


@pytest.mark.parametrize("length", range(1, 40))
def test_words_one_space_apart_of_each_length_to_each_end(length: int) -> None:
    words = " ".join("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM"[:length] for _ in range(8))
    for end in range(1, len(words) + 1):
        for tail in ("", " ", "  ", "é", " é", "\n"):
            text = words[:end] + tail
            for separator in ("", " "):
                found, expected = _squashed(f"<p>{text}</p>", separator)
                assert found == expected, repr(text)


def test_a_space_last_of_sixteen_or_eight_before_each_kind_of_byte() -> None:
    for before in range(1, 40):
        for after in [*_ODD, *_SPACES, "a", "Z"]:
            text = "x" * before + " " + after + "yz qrs tuvw"
            for separator in ("", " "):
                found, expected = _squashed(f"<p>{text}</p>", separator)
                assert found == expected, repr(text)
                found, expected = _squashed(f"<p>{text}</p><p>{text}</p>", separator)
                assert found == expected, repr(text)


def test_random_texts_of_words_mostly_one_space_apart() -> None:
    rng = random.Random(46)
    for _ in range(1500):
        words = []
        for _ in range(rng.randrange(1, 40)):
            word = rng.choice(_WORDS)[: rng.randrange(1, 20)]
            if rng.random() < 0.15:
                at = rng.randrange(len(word) + 1)
                word = word[:at] + rng.choice(_ODD) + word[at:]
            words.append(word)
        spaced = [rng.choice(_SPACES) if rng.random() < 0.1 else " " for _ in words]
        text = "".join(space + word for space, word in zip(spaced, words, strict=True))[rng.randrange(2) :]
        cuts = sorted(rng.sample(range(len(text) + 1), min(2, len(text) + 1)))
        parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        for html in (f"<p>{text}</p>", "<b>-</b>".join(parts)):
            for separator in ("", " ", "\n"):
                found, expected = _squashed(html, separator)
                assert found == expected, repr(html)


def test_a_department_page_words_and_visible_text() -> None:
    html = _department_page()
    for separator in ("", " ", "\n"):
        found, expected = _squashed(html, separator)
        assert found == expected
    tree = LexborHTMLParser(f"<html><body>{html}</body></html>")
    body, main = tree.body, select_first(tree, "main")
    assert body is not None and main is not None
    main_words, visible = main_and_visible(body, main)
    assert main_words == " ".join(main.text(separator=" ").split())
    assert visible == " ".join(body.text(separator=" ").split())
