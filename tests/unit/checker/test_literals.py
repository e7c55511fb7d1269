"""The literal signs of a page's markup, sought in its UTF-8 bytes (``core.literals``)."""

from __future__ import annotations

import ahocorasick_rs
import pytest

from pantau_checker.core import literals
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


# Signs that a pass reporting the leftmost match of each stretch would miss: one inside another ("cff-" in
# "id-cff-feed"), one that begins as another ends ("feed-x" after "cff-feed"), the same at one place ("hentry" twice).
OVERLAPPING = ("id-cff-feed", "cff-", "feed-x", "hentry", "hentry", "entry-", "ü-row", "• kantor", "sbi_")
PAGES = (
    f"<body>{NEWS}<div class='id-cff-feed-x hentry'>x</div></body>",
    f"<body>{NEWS}<div class='cff-feed-x entry-title'>ü-row • kantor</div></body>",
    f"<body class='hentry-entry-'>{NEWS}</body>",
    f"<body>{NEWS}<i>id-cff-fee</i> sbi_</body>",  # a sign cut at its end: not there
    "",
    "cff-",  # a sign at the very start and end
    "x" * 9000 + "entry-",  # a long text's end
)


@pytest.mark.parametrize("text", PAGES)
def test_signs_that_start_inside_one_another_are_all_found(text: str) -> None:
    expected = frozenset(sign for sign in OVERLAPPING if sign in text)
    assert Signs(OVERLAPPING).in_text(text) == expected
    assert Signs(OVERLAPPING).any_in(text) is bool(expected)


@pytest.mark.parametrize("text", PAGES)
def test_many_signs_asked_at_once_are_found_as_each_alone(text: str) -> None:
    markup = Markup(text)
    for count in range(1, len(OVERLAPPING) + 1):
        signs = OVERLAPPING[-count:]
        assert markup.has_any(signs) is any(sign in text for sign in signs)


@pytest.fixture
def fresh_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that has asked no sign yet (the signs asked so far are the process's, and at most 32)."""
    monkeypatch.setattr(literals, "_ASKED", literals._Asked())


@pytest.mark.usefixtures("fresh_asked")
def test_the_signs_asked_of_one_page_are_answered_together_on_the_next() -> None:
    # The first pages teach the signs; every page after answers them from one pass, as each alone would.
    for _ in range(2):
        for text in PAGES:
            markup = Markup(text)
            assert {sign: markup.has(sign) for sign in OVERLAPPING} == {sign: sign in text for sign in OVERLAPPING}
    assert literals._ASKED.present(PAGES[0].encode())[0] >= set(OVERLAPPING)


FEW = (("cff-", "entry-"), ("feed-x", "<pre"), ("ü-row",), ("sbi_", "id-cff-fee", "• kantor"), ("x-nowhere", "hentry"))


@pytest.mark.usefixtures("fresh_asked")
def test_a_few_signs_asked_at_once_are_answered_with_the_signs_asked_alone() -> None:
    # A group below a pass of its own is asked as its signs one by one: learnt, and found together on the next pages
    # (a tag's sign, ``<pre``, always alone), each group's answer that of its signs searched in the text.
    for _ in range(2):
        for text in PAGES:
            markup = Markup(text)
            assert [markup.has_any(signs) for signs in FEW] == [any(s in text for s in signs) for signs in FEW]
    learnt = literals._ASKED.present(PAGES[0].encode())[0]
    assert learnt >= {sign for signs in FEW for sign in signs if not sign.startswith("<")}
    assert "<pre" not in learnt


ERROR_TEXTS = (
    "SQLSTATE[HY000] [2002] Connection refused: PDOException, Fatal error: Uncaught Exception on line 12",
    "Warning: mysqli_connect(): Access denied for user 'antrian'@'localhost' in /var/www/db.php on line 8",
    NEWS + " Warning: include(header.php): Failed to open stream: No such file or directory on line 3 SQLSTATE[42S02]",
)


SUFFIXES = ("ception", "on", "Exception", "n line", " on line")  # signs that end where others end


@pytest.mark.parametrize(
    ("signs", "text"),
    [
        *((ERROR_GATES, text) for text in ERROR_TEXTS),
        (SUFFIXES, "Fatal error: Uncaught Exception on line 12"),
        (SUFFIXES, NEWS + " Fatal error: Uncaught Exception on line 12"),
    ],
)
def test_the_signs_found_are_in_the_order_a_search_of_every_match_finds_them(signs: tuple[str, ...], text: str) -> None:
    # A set's order may keep its building's (and its repr show it): as a short text's every match found them (by
    # where each ends, the longer first), as a long one's signs are listed.
    raw = text.encode()
    if len(raw) < 8192:
        every = ahocorasick_rs.BytesAhoCorasick([sign.encode() for sign in signs])
        expected = [signs[index] for index, _, _ in every.find_matches_as_indexes(raw, overlapping=True)]
    else:
        expected = [sign for sign in signs if sign in text]
    found = Signs(signs)
    assert len(found.in_order(text)) >= 2
    assert found.in_order(text) == tuple(dict.fromkeys(expected))
    assert found.in_text(text) == frozenset(expected)
