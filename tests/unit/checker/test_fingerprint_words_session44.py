"""The fingerprint's words read from the main text's characters in one compiled pass (``_selectors.TextWords``, read
by ``freshness.fingerprint``), where the text was encoded first (``text.utf8_and_others``) and its UTF-8 then read by
``words_without``. Pinned against that reading, kept here as the reference, and against the fingerprint as the Python
computed it (``fingerprint_reference``): on a department's pages as its vendor writes them (a top bar with today's
date, a menu, dated news, a footer, bullets, curly quotes, "©"), on characters of one and two bytes and of each UTF-8
width, on every ASCII character between two words, on the words of dates wherever they stand, on a text that a
character beyond ASCII maps (a digit, a space, a capital of its own), and on random texts. The stored fingerprints must
not move: they are compared with those of earlier checks.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from fingerprint_reference import fingerprint_before

from pantau_checker.core import freshness
from pantau_checker.core._selectors import TextWords, WordSet, utf8_and_beyond_ascii, words_without
from pantau_checker.core.freshness import fingerprint
from pantau_checker.core.page import parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "checker"))
from fleet import department_page

URL = "https://dinkes.bekasikota.go.id/"
IDENTITY = bytes(range(256))
READING = freshness._FINGERPRINT_WORDS

# --- the reference: the reading before ------------------------------------------------------------------------------


def words_before(
    text: str, table: bytes = freshness._VOLATILE_BYTES, left_out: WordSet | None = None
) -> tuple[bytes, frozenset[str]] | None:
    """``TextWords(table, left_out).words(text)`` as it was read before: the UTF-8 and the characters beyond ASCII in
    one pass, then the words of the UTF-8."""
    read = utf8_and_beyond_ascii(text)
    if read is None:
        return None
    return words_without(read[0], table, freshness._DATE_WORD_SET if left_out is None else left_out), read[1]


# --- pages ---------------------------------------------------------------------------------------------------------

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jum’at", "Sabtu", "Minggu", "Jum'at", "SENIN", "Ahad")
HEADLINES = (
    "Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang",
    "Vaksinasi “Gratis” di 42 Puskesmas • Selama Bulan Ini",
    "Rapat Koordinasi Penanganan Stunting – Tingkat Kota",
    "Sosialisasi ‘Layanan Kesehatan Terpadu’ kepada Kader Posyandu…",
    "Peringatan Hari Kesehatan Nasional di Alun-Alun Kota Bekasi",
)


def _vendor_page(topbar: str = "Jum’at, 4 Desember 2026 | 08:15 WIB", extra: str = "") -> str:
    """Return a department's home page as its vendor's theme writes it: a top bar with today's date and a clock, a
    menu, dated news with bylines and view counts, an agenda, a footer with its address and "©"."""
    menu = "".join(f"<li><a href='/{w.lower()}/'>{w}</a></li>" for w in ("Beranda", "Profil", "Berita", "PPID"))
    news = "".join(
        f"<article class='post'><h2><a href='/berita/{i}/'>{title}</a></h2>"
        f"<div class='meta'>{DAYS[i % len(DAYS)]}, {i + 1} Desember 2026 · Admin · {120 + 17 * i} kali dilihat</div>"
        "<p>Pemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan kepada "
        "masyarakat » Selengkapnya</p></article>"
        for i, title in enumerate(HEADLINES * 4)
    )
    return (
        "<html><head><title>Dinas Kesehatan Kota Bekasi</title></head><body>"
        f"<div class='top-bar'>{topbar}</div><header><nav><ul>{menu}</ul></nav></header>"
        f"<main><h1>Berita Terkini</h1>{news}{extra}</main>"
        "<aside><h3>Agenda</h3><ul><li>Sen, 7 Des 2026 • Rapat Evaluasi</li>"
        "<li>Rab 9/12/2026 Posyandu</li></ul></aside>"
        "<footer>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Jend. Ahmad Yani No. 1 · Telp. (021) 889-4444</footer>"
        "</body></html>"
    )


PAGES = {
    "vendor": _vendor_page(),
    "bench": department_page(),
    "english dates": _vendor_page("Friday, December 4th, 2026", "<p>Updated Mon Dec 7 2026 10:32 AM</p>"),
    "hijri": _vendor_page("Jumat, 23 Jumadilakhir 1448 H / 4 Desember 2026 M"),
    "two bytes a character": _vendor_page(extra="<p>Tarif € 10.000 — “Prima” ‘Layanan’ ™ ✓ 中文 한국어 \uffff</p>"),
    "latin-1": _vendor_page(extra="<p>Café « Sehat » ½ ¼ ° ± µ ¶ ÿ \x80\x9f</p>"),
    "mapped": _vendor_page(extra="<p>Kota\xa0Bekasi ١٢٣ ÉDITION İstanbul \u2003 Ⅱ</p>"),  # each mapped (``_normal``)
    "sigma": _vendor_page(extra="<p>ΟΔΟΣ ΣΑΣ</p>"),
    "four bytes": _vendor_page(extra="<p>HUT Kota 🎉 Selamat</p>"),
}


@pytest.mark.parametrize("name", PAGES)
def test_a_pages_words_are_those_read_from_its_utf8(name: str) -> None:
    page = parse_page(PAGES[name], URL)
    for text in (page.main_text, page.visible_text):
        assert READING.words(text) == words_before(text)


@pytest.mark.parametrize("name", PAGES)
def test_a_pages_fingerprint_is_the_one_the_python_computed(name: str) -> None:
    page = parse_page(PAGES[name], URL)

    assert fingerprint(page.main_text) == fingerprint_before(page.main_text)
    assert fingerprint(page.visible_text) == fingerprint_before(page.visible_text)


def test_the_fingerprints_of_pages_are_pinned() -> None:
    # Stored for every application and compared with the next check's: they must not move.
    assert fingerprint(parse_page(PAGES["vendor"], URL).main_text) == fingerprint_before(
        parse_page(PAGES["vendor"], URL).main_text
    )
    assert fingerprint(parse_page(department_page(), URL).main_text) == "4:5674cc64e9d1811556481b3ae4b5e1f9"


def test_todays_date_in_the_top_bar_leaves_the_fingerprint_as_it_was() -> None:
    week = {fingerprint(parse_page(_vendor_page(f"{day}, 4 Desember 2026"), URL).main_text) for day in DAYS}
    assert len(week) == 1


@pytest.mark.parametrize("code", range(128))
def test_every_ascii_character_between_two_words_is_read_as_the_utf8_was(code: int) -> None:
    text = chr(code).join(["Senin", "Berita", "Des", "KOTA", "abc", "ab", "Rabu", "Jum’at", "4", "é", "•", ""])

    assert READING.words(text) == words_before(text)
    assert READING.words(text + "€") == words_before(text + "€")  # the same, two bytes a character
    assert fingerprint(text) == fingerprint_before(text)


WIDTHS = "\x80\xa9\xff\u0100\u07ff\u0800\u2019\ud7ff\ue000\uffff"  # each side of a change of UTF-8's width or range


@pytest.mark.parametrize("char", WIDTHS)
def test_a_character_beyond_ascii_is_written_as_its_utf8(char: str) -> None:
    for text in (char, f"senin{char}", f"{char}senin", f"kota {char} rabu", f"{char * 3}", f"des{char}des {char}"):
        assert READING.words(text) == words_before(text)
        assert fingerprint(text) == fingerprint_before(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\t\n\r\x0b\x0c ",
        "\x1c\x1d\x1e\x1f",  # spaces to str.split, not to bytes.split: the fingerprint's table makes them spaces
        "12:30 - 4/12/2026",
        "Senin",
        "senin kota",
        "kota senin",
        "  Senin  Kota  Rabu  ",
        "Jum’at berita Jum'at jum’at",
        "h m st nd rd th hh mm sen sena senin seninn",  # a word of each length beside the date words
        "Dzulqa’dah Dzulqa’dahx Zulhijah Jumadilakhir Jumadilakhirr",  # the longest ones
        "a\x00b \x00 senin\x00 \x00\x00",  # a NUL of the text's own is a word's character
        "x" * 5000 + " senin " + "y" * 3,
    ],
)
def test_the_words_of_dates_are_left_out_wherever_they_stand(text: str) -> None:
    assert READING.words(text) == words_before(text)
    assert READING.words(text + "•") == words_before(text + "•")
    assert fingerprint(text) == fingerprint_before(text)


def test_every_word_left_out_is_found_and_no_other() -> None:
    words = sorted(freshness._DATE_WORDS)
    text = " ".join(word.decode() for word in words)
    near = " ".join(f"{w.decode()}x x{w.decode()} {w.decode()[:-1]}" for w in words)

    assert READING.words(text) == (b"", frozenset({"’"}))
    assert READING.words(near) == words_before(near)
    assert READING.words(f"{near} {text}") == words_before(f"{near} {text}")


def test_another_table_and_word_set_are_read_as_the_utf8_was() -> None:
    # Bytes beyond ASCII made spaces and a letter made a tab: a character's UTF-8 may then end or split a word.
    table = bytes(32 if byte >= 0xC0 else 9 if byte == ord("q") else byte for byte in range(256))
    left_out = WordSet([b"ab", b"\x80", b"\xa9", b"b", b"longest-word", b"x\x00"])
    reading = TextWords(table, left_out)
    texts = ["aqb ab", "a© ©b ©", "€b ab€ab", "longest-word longest-wordy", "x\x00 ab x", "\u0800\u0800 b"]
    for text in texts:
        assert reading.words(text) == words_before(text, table, left_out)
    empty = TextWords(IDENTITY, WordSet(()))
    assert empty.words("  Senin  Kota ") == (b"Senin Kota", frozenset())


def test_a_text_not_read_here_is_left_to_the_encoding() -> None:
    assert READING.words("HUT 🎉") is None  # four bytes a character
    assert READING.words("a\ud800b") is None  # a lone surrogate
    assert READING.words("a\udfff") is None
    with pytest.raises(UnicodeEncodeError):
        fingerprint("Berita \ud800")  # as it raised


def test_a_text_mapped_first_is_read_through_its_utf8() -> None:
    # A character beyond ASCII that the fingerprint reads as another (a space, a digit, its lowercase): the text is
    # encoded and mapped, as before.
    for text in ("Kota\xa0Bekasi", "No ١٢٣", "ÉDITION", "İstanbul", "ΟΔΟΣ", "Ⅱ Ⅲ", "a\u2003b", "Senin\u2028Kota"):
        assert fingerprint(text) == fingerprint_before(text)
        assert fingerprint(f"{text} • “Berita”") == fingerprint_before(f"{text} • “Berita”")


def test_the_words_are_a_new_bytes_object_of_their_length() -> None:
    first, second = READING.words("Berita Kota"), READING.words("Berita Kota")

    assert first is not None and second is not None
    assert first[0] == b"berita kota" and len(first[0]) == 11 and first[0] is not second[0]
    assert READING.words("Senin")[0] == b""


def test_a_table_of_another_size_is_refused() -> None:
    with pytest.raises(ValueError, match="256 bytes"):
        TextWords(IDENTITY[:255], freshness._DATE_WORD_SET)


@pytest.mark.parametrize("seed", range(6))
def test_random_texts_are_read_as_the_utf8_was(seed: int) -> None:
    pieces = [
        *"abseniSAKOT \t\n\x0b\x1c\x00019:/.,-'’•“©éÿ\x80\xa0€한\uffff",
        "senin",
        "Des",
        "jum’at",
        "Jum'at",
        "mei",
        "2026",
    ]
    chooser = random.Random(seed)
    for _ in range(800):
        text = "".join(chooser.choice(pieces) for _ in range(chooser.randrange(40)))
        assert READING.words(text) == words_before(text)
        if seed < 2:
            assert fingerprint(text) == fingerprint_before(text)
