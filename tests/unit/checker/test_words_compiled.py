"""The compiled pass over a text's words gives the fingerprint and the sketch the Python gave, byte for byte.

``words_without`` translates, splits (as ``bytes.split()``: not on 0x1c to 0x1f), leaves the words of dates out and
joins in one pass; ``smallest_crc32s`` splits, keeps the words of three bytes or more and keeps the 64 smallest of
their distinct CRC-32s as it reads them. Each is pinned against the Python it replaced on a department's pages
(a top bar with today's date, a menu, many news items, a footer), on every byte between two words, on the words of
dates at the start and the end, on words of exactly three bytes, on text beyond ASCII and on empty text.
"""

from __future__ import annotations

import re
import zlib
from itertools import filterfalse

import pytest
from fingerprint_reference import fingerprint_before

from pantau_checker.core import freshness
from pantau_checker.core._selectors import WordSet, smallest_crc32s, words_without
from pantau_checker.core.freshness import fingerprint
from pantau_checker.core.page import parse_page
from pantau_checker.core.structure import sketch
from pantau_checker.core.text import _ASCII_LETTER_LOWER, utf8_and_others, word_sketch

URL = "https://dinkes.bekasikota.go.id/"
IDENTITY = bytes(range(256))
HEADLINES = (
    "Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang",
    "Pelayanan Vaksinasi Gratis di 42 Puskesmas Selama Bulan Ini",
    "Rapat Koordinasi Penanganan Stunting Tingkat Kota",
    "Sosialisasi Aplikasi Layanan Kesehatan Terpadu kepada Kader Posyandu",
    "Peringatan Hari Kesehatan Nasional di Alun-Alun Kota Bekasi",
    "Pengumuman Hasil Seleksi Administrasi Tenaga Kesehatan 2026",
    "Jadwal Fogging Demam Berdarah di 12 Kelurahan",
    "Bulan Imunisasi Anak Sekolah: Sasaran 98.000 Siswa",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jum’at", "Sabtu", "Minggu", "Jum'at")


def _department(topbar: str = "Jum’at, 4 Desember 2026", extra: str = "", footer: str = "") -> str:
    """Return a department's home page as a CMS theme writes it: a top bar, a menu, news items, a sidebar, a footer."""
    items = ("Beranda", "Profil", "Berita", "PPID", "Kontak")
    menu = "".join(f"<li><a href='/{item.lower()}/'>{item}</a></li>" for item in items)
    news = "".join(
        f"<article class='post'><h2><a href='/berita/{i}/'>{headline}</a></h2>"
        f"<div class='meta'>{DAYS[i % len(DAYS)]}, {i + 1} Desember 2026 · Admin · {120 + 17 * i} kali dilihat</div>"
        "<p>Pemerintah Kota Bekasi melalui Dinas Kesehatan terus berupaya meningkatkan mutu pelayanan kepada "
        "masyarakat. Kegiatan ini dihadiri oleh para kepala puskesmas, lurah dan camat se-Kota Bekasi.</p></article>"
        for i, headline in enumerate(HEADLINES * 3)
    )
    return (
        f"<html><head><title>Dinas Kesehatan Kota Bekasi</title></head><body>"
        f"<div class='top-bar'><span class='tanggal'>{topbar}</span> <span>08:15 WIB</span></div>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><h1>Berita Terkini</h1>{news}{extra}</main>"
        "<aside><h3>Agenda</h3><ul><li>Sen, 7 Des 2026 Rapat Evaluasi</li><li>Rab 9/12/2026 Posyandu</li></ul></aside>"
        f"<footer>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Jend. Ahmad Yani No. 1 {footer}</footer></body></html>"
    )


PAGES = {
    "wordpress": _department(),
    "english dates": _department("Friday, December 4th, 2026", "<p>Updated Mon Dec 7 2026 10:32 AM</p>"),
    "hijri": _department("Jumat, 23 Jumadilakhir 1448 H / 4 Desember 2026 M"),
    "beyond latin-1": _department(extra="<p>“Gratis” – Layanan ‘Prima’ • Agenda … Berita\u00a0Terkini\u2003Kota</p>"),
    "capitals beyond ascii": _department(extra="<p>ÉDITION SPÉCIALE Ünïcode KOTA \u212aELVIN \u2160\u2161</p>"),
    "greek and turkish": _department(footer="ΟΔΟΣ ΣΑΣ İstanbul ² ١٢٣ 中文"),
}


def _old_sketch(text: str) -> tuple[int, ...]:
    words = {word.encode() for word in re.findall(r"[^\W\d_]{3,}", text.lower())}
    return tuple(sorted({zlib.crc32(word) for word in words})[:64])


def _joined_without(raw: bytes, table: bytes, words: frozenset[bytes]) -> bytes:
    return b" ".join(filterfalse(words.__contains__, raw.translate(table).split()))


def _smallest(raw: bytes, table: bytes, shortest: int, count: int) -> tuple[int, ...]:
    return tuple(sorted({zlib.crc32(word) for word in raw.translate(table).split() if len(word) >= shortest})[:count])


@pytest.mark.parametrize("name", PAGES)
def test_a_department_pages_fingerprint_is_the_one_the_python_computed(name: str) -> None:
    page = parse_page(PAGES[name], URL)
    utf8_and_others("another page's text")

    assert fingerprint(page.main_text) == fingerprint_before(page.main_text)
    assert fingerprint(page.visible_text) == fingerprint_before(page.visible_text)


@pytest.mark.parametrize("name", PAGES)
def test_a_department_pages_sketch_has_the_words_the_expression_finds(name: str) -> None:
    page = parse_page(PAGES[name], URL)

    assert sketch(page) == _old_sketch(page.main_text)
    fingerprint(page.main_text)  # the sketch then reads what the fingerprint read
    assert sketch(page) == _old_sketch(page.main_text)


def test_the_fingerprint_of_a_page_is_pinned() -> None:
    # The fingerprints stored for every application must not move.
    assert fingerprint(parse_page(PAGES["wordpress"], URL).main_text) == "4:724867afc9830dd38cf2010484fd9ca5"


def test_todays_date_in_the_top_bar_leaves_the_fingerprint_as_it_was() -> None:
    week = {fingerprint(parse_page(_department(f"{day}, 4 Desember 2026"), URL).main_text) for day in DAYS}
    assert len(week) == 1


def test_empty_and_blank_texts_are_read_as_the_python_read_them() -> None:
    for text in ("", " ", "\t\n", "12:30 - 4/12/2026", "Senin"):
        assert fingerprint(text) == fingerprint_before(text)
        assert sketch(parse_page(f"<html><body><main><p>{text}</p></main></body></html>", URL)) == _old_sketch(text)


@pytest.mark.parametrize("char", [chr(code) for code in range(128)] + ["\x85", "\xa0", "\u00b7", "\u2003", "\u2019"])
def test_every_character_between_two_words_is_read_as_the_python_read_it(char: str) -> None:
    # A page's main text comes squashed by its spaces; the fingerprint and the sketch take any text.
    text = char.join(["Senin", "Berita", "Des", "KOTA", "abc", "ab", "Rabu", "Jum’at", "4"])

    assert fingerprint(text) == fingerprint_before(text)
    assert word_sketch(text, 64) == _old_sketch(text)


@pytest.mark.parametrize("byte", range(256))
def test_every_byte_between_two_words_splits_them_or_not_as_bytes_split_does(byte: int) -> None:
    raw = bytes([byte]).join([b"senin", b"berita", b"des", b"kota", b"abc", b"ab", b"rabu"])
    for table in (IDENTITY, freshness._VOLATILE_BYTES, _ASCII_LETTER_LOWER):
        assert words_without(raw, table, freshness._DATE_WORD_SET) == _joined_without(raw, table, freshness._DATE_WORDS)
        assert smallest_crc32s(raw, table, 3, 64) == _smallest(raw, table, 3, 64)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"   \t ",
        b"senin",
        b"senin kota",
        b"kota senin",
        b"senin rabu kamis",
        b"  senin  kota  rabu  ",
        b"jum\xe2\x80\x99at berita jum'at",  # the curled apostrophe's three bytes, and the straight one
        b"h m st nd rd th hh mm sen sena senin seninn",  # a word of each length beside the date words
        b"dzulqa\xe2\x80\x99dah dzulqa\xe2\x80\x99dahx zulhijah jumadilakhir jumadilakhirr",  # the longest ones
    ],
)
def test_the_words_of_dates_are_left_out_wherever_they_stand(raw: bytes) -> None:
    joined = words_without(raw, freshness._VOLATILE_BYTES, freshness._DATE_WORD_SET)

    assert joined == _joined_without(raw, freshness._VOLATILE_BYTES, freshness._DATE_WORDS)


def test_a_word_set_finds_its_words_by_length_and_first_byte() -> None:
    words = frozenset({b"ab", b"ac", b"b", b"abc", b"xyz", b"\xff", b"longest-word", b""})
    raw = b" ".join([b"a", b"ab", b"ac", b"ad", b"b", b"bb", b"abc", b"abd", b"xyz", b"\xff", b"\xfe", b"longest-word"])
    raw += b" longest-wordy longest-wor"

    assert words_without(raw, IDENTITY, WordSet(words)) == _joined_without(raw, IDENTITY, words)
    assert words_without(raw, IDENTITY, WordSet(())) == b" ".join(raw.split())


@pytest.mark.parametrize("shortest", [1, 3, 4])
@pytest.mark.parametrize("count", [0, 1, 5, 64])
def test_the_smallest_crcs_are_those_of_the_distinct_words(shortest: int, count: int) -> None:
    raw = parse_page(PAGES["beyond latin-1"], URL).main_text.encode() + b" ab abc abcd Abc ABC abc"

    assert smallest_crc32s(raw, _ASCII_LETTER_LOWER, shortest, count) == _smallest(
        raw, _ASCII_LETTER_LOWER, shortest, count
    )


def test_the_crc_is_zlibs() -> None:
    words = [bytes([byte]) for byte in range(256) if not bytes([byte]).isspace()] + [b"\xff" * 40, b"Berita"]
    for word in words:
        assert smallest_crc32s(word, IDENTITY, 1, 1) == (zlib.crc32(word),)


def test_a_table_of_another_size_is_refused() -> None:
    with pytest.raises(ValueError, match="256 bytes"):
        smallest_crc32s(b"berita", b"abc", 3, 64)
    with pytest.raises(ValueError, match="256 bytes"):
        words_without(b"berita", IDENTITY[:255], freshness._DATE_WORD_SET)


BOUNDS = "\x7f\x80\xff\u0100\u07ff\u0800\ud7ff\ue000\uffff"  # each side of a change of width, kind or range


@pytest.mark.parametrize("ascii_run", [0, 1, 3, 4, 5, 7, 8, 9, 16, 17])
@pytest.mark.parametrize("beyond", ["·", "»©\xa0", "“Gratis” – Jum’at •", BOUNDS, "ΟΔΟΣ İ 中文 \U0001f600"])
def test_a_texts_utf8_and_characters_beyond_ascii_are_read_in_one_pass(ascii_run: int, beyond: str) -> None:
    # Runs of ASCII of each length around the words the pass reads at once, before, between and after the others.
    run = "Berita Kota Bekasi"[:ascii_run]
    for text in (run + beyond, beyond + run, run + beyond + run + beyond[:1], run.join(beyond), run + beyond[::-1]):
        raw, others = utf8_and_others(text)

        assert raw == text.encode()
        assert others == {c for c in text if not c.isascii()}


@pytest.mark.parametrize("text", ["Teks \ud800 rusak " * 3, "\udfff", "Berita \U0001f600 \udc80"])
def test_a_lone_surrogate_raises_as_the_encoding_does(text: str) -> None:
    with pytest.raises(UnicodeEncodeError):
        utf8_and_others(text)
