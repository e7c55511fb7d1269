"""A long page's white page test as a search for a character shown (``page._SHOWN_CHARACTER``), pinned against the
strip it replaced (``not html.strip(_UNSHOWN)``), on a department's page and the edge cases of each: a cache file of
NULs, runs of every character a browser shows nothing of, and the spaces Python strips but a browser shows."""

from __future__ import annotations

import pytest

from pantau_checker.core import page

_NEWS = "".join(
    f"""<article class="post"><h2><a href="/berita/{n}/">Rapat Koordinasi “Bekasi Sehat” ke-{n}</a></h2>
<span class="tgl">{n} Desember 2026</span> • <span class="jam">08.{n:02d} WIB</span><p>Ringkasan berita {n}: Dinas
 Kesehatan menyelenggarakan rapat koordinasi… <a href="/berita/{n}/">Selengkapnya »</a></p></article>"""
    for n in range(1, 30)
)
_VENDOR = f"""<!DOCTYPE html><html lang="id"><head><title>Dinas Kesehatan · Kota Bekasi</title></head><body>
<nav><ul class="menu"><li><a href="/">Beranda</a></li><li><a href="/profil/">Profil</a></li></ul></nav>
<main>{_NEWS}</main><footer><p>© 2026 Dinas Kesehatan Kota Bekasi · “Melayani dengan hati”</p></footer>
<script>setInterval(function () {{ document.title = new Date().toLocaleTimeString('id-ID'); }}, 1000);</script>
</body></html>"""

_LONG = page._BLANK_MAX_CHARS + 1
_TEXTS = {
    "vendor page": _VENDOR,
    "vendor page after blank lines": "\n\n\r\n  \t" + _VENDOR,
    "vendor page then NULs": _VENDOR + "\0" * _LONG,
    "NULs": "\0" * _LONG,  # a cache file written as the disk filled
    "each unshown character": page._UNSHOWN * _LONG,
    "spaces and one letter at the end": " " * _LONG + "x",
    "a letter then spaces": "x" + " " * _LONG,
    "a vertical tab among spaces": " " * _LONG + "\x0b",  # stripped by ``str.strip()``, not by its set
    "no-break spaces": "\xa0" * _LONG,
    "a line separator": "\n" * _LONG + "\u2028",
    "an ideographic space": "\u3000" + "\0" * _LONG,
    "a file separator": "\x1c" * _LONG,
    "a bullet among newlines": "\n" * _LONG + "•" + "\n" * 10,
    "empty": "",
    "one space": " ",
}


@pytest.mark.parametrize("name", sorted(_TEXTS))
def test_a_character_shown_as_the_strip_tells(name: str) -> None:
    text = _TEXTS[name]
    assert (page._SHOWN_CHARACTER.search(text) is None) == (not text.strip(page._UNSHOWN))


def test_every_character_of_the_first_plane() -> None:
    for code in range(0x10000):
        if 0xD800 <= code < 0xE000:
            continue
        character = chr(code)
        assert (page._SHOWN_CHARACTER.search(character) is None) == (character in page._UNSHOWN), hex(code)


@pytest.mark.parametrize(
    ("name", "blank"),
    [
        ("vendor page", False),
        ("vendor page after blank lines", False),
        ("NULs", True),
        ("each unshown character", True),
        ("spaces and one letter at the end", False),
        ("a vertical tab among spaces", False),
        ("no-break spaces", False),
        ("a file separator", False),
        ("empty", True),
        ("one space", True),
    ],
)
def test_white_pages(name: str, blank: bool) -> None:
    assert page.parse_page(_TEXTS[name], "https://dinkes.bekasikota.go.id/").blank is blank
