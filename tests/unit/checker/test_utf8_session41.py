"""A page's texts lowered and narrowed in one compiled pass give what the encodings before gave, byte for byte.

``term_scan._lower`` took a long text through Latin-1 or UTF-8 bytes (a copy or an encoding, ``bytes.lower``, a
deletion of the ASCII bytes for the characters beyond ASCII, a decoding back) and ``_Automaton.found`` encoded the
lowered text to Latin-1 again; ``lowered_and_beyond_ascii`` makes the lowered text, its Latin-1 for the automaton and
its characters beyond ASCII in one pass. ``dates._lowered`` is ``ascii_lowered``. ``literals.Signs`` seeks signs of
ASCII in a text's Latin-1 with "?" beyond it (``narrowed``) instead of its UTF-8, and orders them by the UTF-8's length
as before. Each is pinned against the code it replaced (kept here) on a department's page as its vendor writes it
(a menu, dated news items, a footer, bullets, curly quotes, "©", Indonesian), on every kind of string (one, two and
four bytes a character, lone surrogates, ASCII only) and on the edges of each pass.
"""

from __future__ import annotations

import random
import sys

import pytest

from pantau_checker.core import dates, literals, term_scan
from pantau_checker.core._selectors import ascii_lowered, lowered_and_beyond_ascii, narrowed
from pantau_checker.core.literals import Signs
from pantau_checker.core.page import ERROR_GATES, gates_in, parse_page
from pantau_checker.core.text import ASCII, lower_utf8_and_others

URL = "https://diskominfo.bekasikota.go.id/"
HEADLINES = (
    "Wali Kota Resmikan “Mal Pelayanan Publik” di Bantargebang",
    "Pelayanan Vaksinasi Gratis di 42 Puskesmas • Selama Bulan Ini",
    "Rapat Koordinasi Penanganan Stunting – Tingkat Kota",
    "Sosialisasi Aplikasi ‘Layanan Terpadu’ kepada Kader Posyandu",
    "Peringatan Hari Kesehatan Nasional di Alun-Alun Kota Bekasi",
    "Pengumuman Hasil Seleksi Administrasi Tenaga Kesehatan 2026",
)
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jum’at", "Sabtu", "Minggu")


def _department(extra: str = "", items: int = 3) -> str:
    """Return a department's home page as a CMS theme writes it: a top bar, a menu, news items, a footer."""
    menu = "".join(f"<li><a href='/{item.lower()}/'>{item}</a></li>" for item in ("Beranda", "Profil", "PPID"))
    news = "".join(
        f"<article class='post'><h2><a href='/berita/{i}/'>{headline}</a></h2>"
        f"<div class='meta'>{DAYS[i % len(DAYS)]}, {i + 1} Desember 2026 · Admin · {120 + 17 * i} kali dilihat</div>"
        "<p>Pemerintah Kota Bekasi melalui Dinas Komunikasi dan Informatika terus berupaya meningkatkan mutu "
        "pelayanan kepada masyarakat. Kegiatan ini dihadiri oleh para camat dan lurah se-Kota Bekasi.</p></article>"
        for i, headline in enumerate(HEADLINES * items)
    )
    return (
        "<html><head><title>Diskominfo Kota Bekasi</title></head><body>"
        "<div class='top-bar'>Jum’at, 4 Desember 2026 • 08:15 WIB</div>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><h1>Berita Terkini</h1>{news}{extra}</main>"
        "<footer>© 2026 Diskominfo Kota Bekasi · Jl. Jend. Ahmad Yani No. 1 · Halaman tidak ditemukan? Hubungi "
        "kami</footer></body></html>"
    )


INJECTED = (
    "<div style='display:none'><a href='https://gacor.example/'>SLOT GACOR hari ini • daftar KAISAR88 maxwin</a>"
    " situs judi online terpercaya, deposit pulsa tanpa potongan</div>"
)


# The code before, kept as the reference.
def _lower_before(text: str) -> tuple[str, set[str]]:
    if len(text) < term_scan._SHORT:
        return text.lower(), (set() if text.isascii() or not term_scan._NOTABLE.search(text) else set(text))
    try:
        latin = text.encode("latin-1")
    except UnicodeEncodeError:
        raw, others = lower_utf8_and_others(text)
        return raw.decode("utf-8", "surrogatepass"), others
    others = set(latin.translate(None, ASCII).decode("latin-1"))
    if any(c.lower() != c for c in others):
        return text.lower(), others
    return latin.lower().decode("latin-1"), others


def _dates_lowered_before(text: str) -> str | bytes:
    try:
        return text.encode("latin-1").lower()
    except UnicodeEncodeError:
        return text.encode(errors="surrogatepass").lower().decode(errors="surrogatepass")


def _in_order_before(signs: tuple[str, ...], text: str) -> tuple[str, ...]:
    together = literals._Together(signs)
    raw = text.encode("utf-8", "surrogatepass")
    found = together.present(raw)
    if not found:
        return ()
    encoded = together.encoded
    if len(raw) < literals._ORDERED_BY_PLACE:
        order = sorted(found, key=lambda i: (raw.find(encoded[i]) + len(encoded[i]), -len(encoded[i])))
    else:
        order = sorted(found)
    return tuple(dict.fromkeys(signs[index] for index in order))


def _same_str(one: str, other: str) -> bool:
    """Whether two strings are equal and of the same form (kind, ASCII or not, and so size)."""
    return one == other and one.isascii() == other.isascii() and sys.getsizeof(one) == sys.getsizeof(other)


_CHARS = "aAzZ@[`{ \n\x7f\x80é\xc9\xff\u0100\u0130\u017f\u07ff\u0800\u2022“”’\u200b\ud800\udfff\uffff\U0001f600"


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        alphabet = _CHARS[: rng.randint(1, len(_CHARS))]
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 70))))
    return texts


def _page_texts() -> list[str]:
    page = parse_page(_department(INJECTED), URL)
    visible = page.visible_text
    return [
        visible,
        visible.replace("•", "").replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-"),
        visible.encode("ascii", "replace").decode(),
        visible.upper(),
        visible + "😀",
        visible + "\ud800",
    ]


# The compiled passes.


def _lowered_as_before(text: str) -> bool:
    read = lowered_and_beyond_ascii(text)
    if any(ord(c) > 0xFFFF for c in text):
        return read is None
    assert read is not None
    lowered, searched, others = read
    through_bytes = text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass")
    return (
        _same_str(lowered, through_bytes)
        and searched == lowered.encode("latin-1", "replace")
        and others == {c for c in text if not c.isascii()}
    )


@pytest.mark.parametrize("texts", [_texts(1, 4000), _page_texts(), ["", "A", "É" * 300, "Z@[" * 100]])
def test_lowered_and_its_latin_1_and_characters_beyond_ascii_are_the_encodings(texts: list[str]) -> None:
    assert [text for text in texts if not _lowered_as_before(text)] == []


def _dates_lowered_as_before(text: str) -> bool:
    lowered, before = ascii_lowered(text), _dates_lowered_before(text)
    if isinstance(lowered, str) and isinstance(before, str):
        return _same_str(lowered, before) and _same_str(dates._lowered(text), before)  # type: ignore[arg-type]
    return isinstance(lowered, bytes) and lowered == before == dates._lowered(text)


@pytest.mark.parametrize("texts", [_texts(2, 4000), _page_texts(), ["", "ÉA", "\U0001f600AZ"]])
def test_ascii_lowered_is_the_dates_lowering_before(texts: list[str]) -> None:
    assert [text for text in texts if not _dates_lowered_as_before(text)] == []


@pytest.mark.parametrize("texts", [_texts(3, 4000), [*_page_texts(), ""]])
def test_narrowed_is_latin_1_with_replacements(texts: list[str]) -> None:
    assert [text for text in texts if narrowed(text) != text.encode("latin-1", "replace")] == []


@pytest.mark.parametrize("size", [0, 1, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 64, 65])
@pytest.mark.parametrize("other", ["é", "•", "\ud800"])
def test_the_passes_around_their_runs_of_ascii(size: int, other: str) -> None:
    # A character beyond ASCII at each place of a text of each length: the runs of ASCII read a word at a time.
    for at in range(size):
        text = "Ab" * size
        text = text[:at] + other + text[at + 1 :]
        read = lowered_and_beyond_ascii(text)
        assert read is not None
        assert read[0] == text.lower() and read[2] == {other}
        assert read[1] == text.lower().encode("latin-1", "replace")
        assert narrowed(text) == text.encode("latin-1", "replace")


# The term scan.


def _scan_lowered_as_before(text: str) -> bool:
    lowered, others, searched = term_scan._lower(text)
    lowered_before, others_before = _lower_before(text)
    return (
        _same_str(lowered, lowered_before)
        and {c for c in others if not c.isascii()} == {c for c in others_before if not c.isascii()}
        and set(others) <= set(text)
        and (searched is None or searched == lowered.encode("latin-1", "replace"))
    )


@pytest.mark.parametrize("texts", [_texts(4, 1000), [text * 9 for text in _texts(5, 300)], _page_texts()])
def test_the_scan_lowers_as_before(texts: list[str]) -> None:
    assert [text for text in texts if not _scan_lowered_as_before(text)] == []


def _flagged(texts: list[str]) -> list[tuple[int, str, str, str]]:
    return list(term_scan.flagged_each(texts, prose=True))


@pytest.mark.parametrize(
    "extra", ["", INJECTED, INJECTED.upper(), INJECTED.replace("•", "·"), "<p>Straße İstanbul</p>"]
)
def test_a_department_page_is_scanned_as_before(extra: str, monkeypatch: pytest.MonkeyPatch) -> None:
    page = parse_page(_department(extra), URL)
    texts = [page.visible_text, *page.hidden_texts, " ".join(link.text for link in page.links)]
    found = [_flagged([text]) for text in texts] + [_flagged(texts)]
    matches = [[tuple(m) for m in term_scan.matches(text)] for text in texts]
    monkeypatch.setattr(term_scan, "_lower", lambda text: (*_lower_before(text), None))
    assert found == [_flagged([text]) for text in texts] + [_flagged(texts)]
    assert matches == [[tuple(m) for m in term_scan.matches(text)] for text in texts]
    if extra.startswith("<div"):
        assert any(code == "judi_online" for _, code, _, _ in found[-1])


def test_a_disguised_text_is_searched_as_it_is_read() -> None:
    # Its lowering's Latin-1 is not the undisguised text's: the automaton reads the undisguised one.
    text = "Berita • Rapat Dinas. " * 20 + "ѕlоt gасоr hari ini, daftar ѕitus judi оnline terpercaya maxwin"
    parts = term_scan._Parts.of([text])
    assert parts.searched is None
    assert "slot gacor" in parts.lowered
    assert any(m.term == "slot gacor" for m in term_scan.matches(text))


def test_a_text_whose_other_characters_have_a_case_is_lowered_whole() -> None:
    text = "BERITA • DINAS " * 20 + "ÉLECTION Straße İSTANBUL"
    lowered, _, searched = term_scan._lower(text)
    assert lowered == text.lower() and searched is None


# The signs.


def _signed_text(size: int, wide: str) -> str:
    words = ("Not Found", "halaman tidak ditemukan", "404", "Error", "Forbidden", "tidak tersedia")
    rng = random.Random(size)
    return "".join(f"{rng.choice(words)} {wide} " for _ in range(size))


SIGN_SETS = (
    ERROR_GATES,
    ("cff-", "xcff-", "ff-x", "abc", "cde", "bcd"),  # signs that start inside others, or where another ends
    ("404", "Not Found", "not found", "Error 404", "404 Not"),
)


@pytest.mark.parametrize("signs", SIGN_SETS)
@pytest.mark.parametrize("wide", ["•", "é", "’", "\ud800", "😀", ""])
@pytest.mark.parametrize("size", [0, 1, 5, 60, 600])
def test_signs_are_found_in_the_order_found_before(signs: tuple[str, ...], wide: str, size: int) -> None:
    found = Signs(signs)
    assert found._narrow
    for text in (_signed_text(size, wide), "xcff-x abcde " + wide * size + " bcd ff-x", _department()):
        assert found.in_order(text) == _in_order_before(signs, text)
        assert found.in_text(text) == frozenset(_in_order_before(signs, text))
        assert found.any_in(text) == bool(_in_order_before(signs, text))


@pytest.mark.parametrize("wide", ["•", "😀", "é"])
def test_signs_are_ordered_by_the_length_of_the_utf8(wide: str) -> None:
    # Under the bound in characters, over it in UTF-8: the signs in the order listed, not by place.
    signs = ("Not Found", "404")
    text = "404 Not Found " + wide * (literals._ORDERED_BY_PLACE - 100)
    assert len(text) < literals._ORDERED_BY_PLACE <= len(text.encode("utf-8", "surrogatepass"))
    assert Signs(signs).in_order(text) == _in_order_before(signs, text) == signs
    short = "404 Not Found " + "a" * 100
    assert Signs(signs).in_order(short) == _in_order_before(signs, short) == ("404", "Not Found")


@pytest.mark.parametrize("signs", [("halaman?", "404"), ("tidak • ada", "404"), ("Straße", "404")])
def test_signs_beyond_ascii_or_with_a_question_mark_are_sought_in_the_utf8(signs: tuple[str, ...]) -> None:
    found = Signs(signs)
    assert not found._narrow
    for text in ("halaman? 404 tidak • ada Straße", "halaman 404 tidak ada", "Strasse • 404"):
        assert found.in_order(text) == _in_order_before(signs, text)


def test_the_error_gates_of_a_department_page() -> None:
    page = parse_page(_department(), URL)
    assert gates_in(page.visible_text) == frozenset(_in_order_before(ERROR_GATES, page.visible_text))
