"""The automata's moves laid out for the walk: found as the table ``text.moves_of`` makes was walked before.

``moves_of`` gives ``Moves`` rows of ``stride`` moves, each the next state's row times 2 plus 1 where words end there:
the walk shifted each state back before its next load (``moves[(state >> 1) + class]``). ``Moves`` now lays the rows
out again, each in a slot of an even number of moves over ``stride``, a state as its slot's start plus 1 where words
end there and its row written from that place (``moves[state + class]``), and walks the four quarters of a long
text two bytes a round in a C function of its own (``pantau_four_walks``), which returns at the first step after
which a state is flagged. The reference here is the walk before, in Python, over the table ``moves_of`` made (one
walk of the whole text: the quarters only split it): every match, by end, longest first. Pinned on a department's
pages (a menu, dated news items with bylines, a clock, a footer; bullets, curly quotes, "©", Indonesian) through the
date words' automaton and the term scan's, on texts dense with the words, with a match at each step of a round,
after a quarter's odd last step and at each place around the quarters' edges, on rows of odd and even strides, on
every byte, and for the table's checks.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from pantau_checker.core import dates, text
from pantau_checker.core._selectors import Moves, date_words, narrowed, plain_found
from pantau_checker.core.term_scan import _automaton

HEADLINES = (
    "Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang",
    "“Jum’at Bersih” di 12 Kelurahan • Kerja Bakti Bersama Warga",
    "Pendaftaran Beasiswa Dibuka s.d. 15 Desember 2026 — Berlaku Hingga Kuota Terpenuhi",
    "Vaksinasi Gratis Selama Bulan Ini, 3 hari yang lalu",
    "Satgas Berantas Situs Slot Gacor: 88 Situs Diblokir",
    "Libur Nasional & Cuti Bersama: Pelayanan Ditutup Sementara",
)
MENU = "Beranda • Profil • Visi dan Misi • Struktur Organisasi • Layanan • Berita • PPID • Kontak"
FOOTER = "© 2026 Dinas Kesehatan Kota Bekasi — Jl. Jend. Ahmad Yani No. 1, Bekasi 17141 · Telp. (021) 8841 2345"


def _page(items: int) -> str:
    news = [
        f"{HEADLINES[day % len(HEADLINES)]}\n {['Senin', 'Kamis', 'Sabtu'][day % 3]}, {day} Desember 2026\n · \nAdmin"
        f"\n · \n{day * 37} kali dilihat\nPemerintah Kota Bekasi melalui Dinas Kesehatan, kemarin, {day} jam yang lalu."
        for day in range(1, items + 1)
    ]
    clock = "Minggu, 6 Desember 2026 14:48:54 WIB · Hari ini · Call Center 112 · pengaduan@bekasikota.go.id"
    return "\n".join([clock, MENU, *news, FOOTER])


class _Table:
    """The table ``moves_of`` makes for ``Moves``, and its walk before (in Python): the reference."""

    def __init__(self, words: list[bytes]) -> None:
        made: dict[str, Any] = {}

        def keep(moves: bytes, classes: bytes, stride: int, ends: list[Any], longest: int) -> Moves:
            made.update(moves=moves, classes=classes, stride=stride, ends=ends, longest=longest)
            return Moves(moves, classes, stride, ends, longest)

        saved = text.Moves
        text.Moves = keep  # type: ignore[assignment,misc]
        try:
            self.moves = text.moves_of(words)
        finally:
            text.Moves = saved  # type: ignore[misc]
        self.table = memoryview(made["moves"]).cast("I")
        self.classes: bytes = made["classes"]
        self.stride: int = made["stride"]
        self.ends: list[Any] = made["ends"]
        self.longest: int = made["longest"]
        self.folded = bytes(self.classes[byte + 32 if 65 <= byte <= 90 else byte] for byte in range(256))

    def found(self, data: bytes, folded: bool = False) -> list[tuple[int, int, int]]:
        """The walk before: ``moves[(state >> 1) + class]``, the words of ``ends[(state >> 1) // stride]`` where the
        state's lowest bit is set."""
        classes = self.folded if folded else self.classes
        state, found = 0, []
        for end, byte in enumerate(data, 1):
            state = self.table[(state >> 1) + classes[byte]]
            if state & 1:
                found += [(index, end - length, end) for index, length in self.ends[(state >> 1) // self.stride]]
        return found


_DATE_WORDS = [word.encode() for word in (*dates._LIMIT_STEMS, *dates._COUNTDOWN_WORDS, *dates._RELATIVE_SEARCHED)]


@pytest.fixture(scope="module")
def date_table() -> _Table:
    return _Table(_DATE_WORDS)


@pytest.fixture(scope="module")
def term_table() -> _Table:
    return _Table([word.encode("ascii") for word in _automaton().words])


@pytest.mark.parametrize("items", [0, 1, 2, 5, 20, 41])
def test_a_department_page_s_date_words_are_found_as_before(date_table: _Table, items: int) -> None:
    low = dates._lowered(_page(items))
    low = low if isinstance(low, bytes) else low.encode("latin-1", "replace")
    assert date_table.moves.found(low) == date_table.found(low)
    # The automaton the dates read with is made of the same words: its matches and their split are as before.
    assert dates._date_words_moves().found(low) == date_table.found(low)
    hints, present = dates._words_in(low)
    hinted = len(dates._LIMIT_STEMS) + len(dates._COUNTDOWN_WORDS)
    reference = date_table.found(low)
    assert hints == [match for match in reference if match[0] < hinted]
    relative: dict[str, list[int]] = {}
    for index, start, _end in reference:
        if index >= hinted:
            relative.setdefault(dates._RELATIVE_SEARCHED[index - hinted], []).append(start)
    assert present == relative
    if items >= 5:
        assert len(hints) > 5 and relative["lalu"]  # "s.d.", "hingga", "libur", "cuti", "selama", "no"...


@pytest.mark.parametrize("items", [0, 1, 3, 12, 60])
def test_a_department_page_s_terms_are_found_as_before(term_table: _Table, items: int) -> None:
    page = _page(items)
    searched = page.lower().encode("latin-1", "replace")
    assert term_table.moves.found(searched) == term_table.found(searched)
    # The walk of the text as it is reads its capitals by the folded classes.
    plain = page.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-").replace("•", "*")
    expected = term_table.found(plain.encode("latin-1"), folded=True)
    assert plain_found(term_table.moves, plain, _automaton().notable) == expected
    assert term_table.moves.found(plain.lower().encode("latin-1")) == expected
    if items >= 12:
        assert expected  # "slot gacor", "situs", "88"...


def _dense(rng: random.Random, pieces: int) -> bytes:
    words = [*_DATE_WORDS, b"melalui", b"november", b"s.d", b"s/", b"hari"]
    extra = [b" ", b".", b"-", b"\xb7", b"?", b"\xa9", b"\x00", b"\xff", b"0", b"a", b"s", b"n"]
    return b"".join(rng.choice(words + extra) for _ in range(pieces))


def test_texts_dense_with_the_words_and_their_overlaps(date_table: _Table) -> None:
    rng = random.Random(47)
    for _ in range(1200):
        data = _dense(rng, rng.choice((rng.randrange(0, 30), rng.randrange(30, 700))))
        assert date_table.moves.found(data) == date_table.found(data), data


def test_a_match_at_each_step_of_a_round_and_after_a_quarter_s_odd_last_step(date_table: _Table) -> None:
    """A word ending at each place of a long text, for quarters of an even and an odd number of bytes: after the
    first or the second step of a round of two, at a quarter's last step walked alone, at the text's last byte."""
    longest = date_table.longest
    for size in (16 * longest, 16 * longest + 1, 16 * longest + 4, 16 * longest + 5, 16 * longest + 7, 200, 203):
        for word in (b"no", b"lalu", b"menit", b"s.d.", b"kemarin lusa"):
            for end in range(len(word), size + 1):
                data = (b"x" * (end - len(word)) + word + b"x" * size)[:size]
                assert date_table.moves.found(data) == date_table.found(data), (size, word, end)


def test_words_across_every_place_around_the_quarters(term_table: _Table) -> None:
    longest = term_table.longest
    words = [b"slot gacor", b"oleh pihak yang tidak bertanggung jawab", b"a88", b"s l o t", b"sosialisasi"]
    for size in range(16 * longest - 9, 16 * longest + 13):
        for word in words:
            for at in range(0, size - len(word) + 1, 7):
                data = (b"x" * at + word + b"x" * size)[:size]
                assert term_table.moves.found(data) == term_table.found(data), (size, word, at)


@pytest.mark.parametrize(
    "words",
    [
        [b"he", b"she", b"his", b"hers", b"e", b"s l"],
        [b"ab", b"ba"],  # a stride of 3 (odd: a slot of 4)
        [b"abc", b"bca", b"c"],  # a stride of 4 (even: a slot of 6)
        [b"a"],
        [bytes([byte]) for byte in range(1, 256, 3)],
        [b"\x00x", b"\xff\xfe", b"x\x00"],
    ],
)
def test_rows_of_odd_and_even_strides_and_every_byte(words: list[bytes]) -> None:
    table = _Table(words)
    rng = random.Random(len(words))
    every = bytes(range(256))
    texts = [b"", every, every * 9, b"ushers his shells s l" * 30, b"abcabcba" * 50]
    texts += [bytes(rng.choice(b"".join(words) + every[:8]) for _ in range(rng.randrange(0, 400))) for _ in range(300)]
    for data in texts:
        assert table.moves.found(data) == table.found(data), data
    assert table.moves.found(b"ushers")[:4] == table.found(b"ushers")[:4]


def test_a_table_that_is_not_one_of_moves_is_refused() -> None:
    table = _Table([b"he", b"she", b"hers"])
    moves = bytes(table.table)
    args = (table.classes, table.stride, table.ends, table.longest)
    assert Moves(moves, *args).found(b"ushers") == table.found(b"ushers")
    broken = bytearray(moves)
    broken[4:8] = (2 * table.stride + 2).to_bytes(4, "little")  # not a row's start
    with pytest.raises(ValueError):
        Moves(bytes(broken), *args)
    rows = len(table.ends)
    broken[4:8] = (2 * table.stride * rows).to_bytes(4, "little")  # past the last row
    with pytest.raises(ValueError):
        Moves(bytes(broken), *args)
    flagged = next(row for row, ends in enumerate(table.ends) if ends)
    broken[4:8] = (2 * table.stride * flagged).to_bytes(4, "little")  # its words' ends not flagged
    with pytest.raises(ValueError):
        Moves(bytes(broken), *args)
    with pytest.raises(ValueError):
        Moves(moves, bytes([table.stride]) * 256, *args[1:])  # a class beyond the stride
    with pytest.raises(ValueError):
        Moves(moves, table.classes, table.stride, table.ends[:-1], table.longest)
    with pytest.raises(ValueError):
        Moves(moves[:-4], *args)


def _old_date_words(table: _Table, low: bytes) -> tuple[list[tuple[int, int, int]], dict[str, list[int]]]:
    """``date_words`` before: the matches as ``Moves.found`` gives them, split into the hints and the relative
    words' places."""
    hinted = len(dates._LIMIT_STEMS) + len(dates._COUNTDOWN_WORDS)
    hints, present = [], {}
    for index, start, end in table.found(low):
        if index < hinted:
            hints.append((index, start, end))
        else:
            present.setdefault(dates._RELATIVE_SEARCHED[index - hinted], []).append(start)
    return hints, present


def test_the_date_words_split_from_the_walks_hits_as_before(date_table: _Table) -> None:
    """``date_words`` reads the walks' hits itself: its hints and places (and their order, and the dict's) as the
    split of ``Moves.found``'s matches, on dense texts long and short and on the department's pages."""
    rng = random.Random(4747)
    texts = [_dense(rng, rng.choice((rng.randrange(0, 30), rng.randrange(30, 900)))) for _ in range(800)]
    for items in (0, 3, 41):  # of two bytes a character ("•", "—"): walked in Latin-1, as ``_words_in`` does
        low = dates._lowered(_page(items))
        texts.append(low if isinstance(low, bytes) else narrowed(low))
    hinted = len(dates._LIMIT_STEMS) + len(dates._COUNTDOWN_WORDS)
    for low in texts:
        got = date_words(dates._date_words_moves(), low, hinted, dates._RELATIVE_SEARCHED)
        expected = _old_date_words(date_table, low)
        assert got == expected, low
        assert list(got[1]) == list(expected[1])  # the words in the order they are first found
