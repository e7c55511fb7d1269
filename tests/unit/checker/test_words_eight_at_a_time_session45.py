"""A text's words squashed with their bytes copied eight at a time (``_selectors.pantau_plain_run`` in
``_words_into``), pinned against ``" ".join(text.split())``: words of every length across the eight bytes' bounds,
with characters beyond ASCII, controls, DEL and the spaces ``str.split`` knows at every place in them, in one text
node and in several, joined (no separator), apart (a space) and through the copy of the text (a new line)."""

from __future__ import annotations

import random

import pytest
from selectolax.lexbor import LexborHTMLParser

from pantau_checker.core._selectors import words_of

_WORDS = "Dinas Kesehatan Kota Bekasi menyelenggarakan rapat koordinasi vaksinasi Puskesmas Bantargebang".split()
_ODD = ["é", "“", "”", "•", "©", "…", "»", "ñ", "😀", "\x01", "\x08", "\x0e", "\x1b", "\x7f", "!", "~", "\ufffd"]
_SPACES = [" ", "  ", "\n", "\t", "\r\n", "\x0b", "\x0c", "\x1c", "\x1f", "\xa0", "\x85", "\u2028", "\u3000", "\u2009"]


def _text(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randrange(1, 30)):
        word = rng.choice(_WORDS)[: rng.randrange(1, 24)] * rng.randrange(1, 3)
        if rng.random() < 0.3:
            at = rng.randrange(len(word) + 1)
            word = word[:at] + rng.choice(_ODD) + word[at:]
        words.append(word)
    spaced = [rng.choice(_SPACES) if rng.random() < 0.4 else " " for _ in words]
    return "".join(space + word for space, word in zip(spaced, words, strict=True)) + rng.choice(["", " ", "\n  "])


def _squashed(body_html: str, separator: str) -> tuple[str, str]:
    body = LexborHTMLParser(f"<html><body>{body_html}</body></html>").body
    assert body is not None
    return words_of(body, separator), " ".join(body.text(separator=separator).split())


_TEXTS = [_text(random.Random(seed)) for seed in range(400)]


@pytest.mark.parametrize("separator", ["", " ", "\n"])
def test_one_text_node(separator: str) -> None:
    for text in _TEXTS:
        found, expected = _squashed(f"<p>{text}</p>", separator)
        assert found == expected, repr(text)


@pytest.mark.parametrize("separator", ["", " ", "\n"])
def test_several_text_nodes(separator: str) -> None:
    rng = random.Random(45)
    for text in _TEXTS:
        cuts = sorted(rng.sample(range(len(text) + 1), min(3, len(text) + 1)))
        parts = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        found, expected = _squashed("<b>x</b>".join(parts) + "<i>" + text + "</i>", separator)
        assert found == expected, repr(text)


@pytest.mark.parametrize("length", range(1, 41))
@pytest.mark.parametrize("odd", ["", "é", "•", " ", "\x00", "\x7f", "\x1f", "!"])
def test_a_word_of_each_length_with_one_odd_character_at_each_place(length: int, odd: str) -> None:
    word = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN"[:length]
    for at in range(length + 1):
        text = word[:at] + odd + word[at:]
        for html in (f"<p>{text}</p>", f"<p>a {text} b</p>", f"<p>{text}</p><p>{text}</p>", f"<p>  {text}\n</p>"):
            for separator in ("", " "):
                found, expected = _squashed(html, separator)
                assert found == expected, repr(html)


def test_a_department_page() -> None:
    news = "".join(
        f"""<article class="post"><h2><a href="/berita/{n}/">Rapat Koordinasi “Bekasi Sehat” ke-{n}</a></h2>
<span class="tgl">{n} Desember 2026</span> • <span class="jam">08.{n:02d} WIB</span><p>Ringkasan berita {n}: Dinas
 Kesehatan menyelenggarakan rapat koordinasi… <a href="/berita/{n}/">Selengkapnya »</a></p></article>"""
        for n in range(1, 30)
    )
    html = f"""<header><nav><ul><li><a href="/">Beranda</a></li> • <li><a href="/profil/">Profil</a></li></ul></nav>
<span class="jam-digital">10:31:07</span></header><main>{news}</main>
<footer><p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati”</p></footer>"""
    for separator in ("", " ", "\n"):
        found, expected = _squashed(html, separator)
        assert found == expected
