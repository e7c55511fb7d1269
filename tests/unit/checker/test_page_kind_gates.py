"""The page kind's cheaper readings give what the expressions they stand before gave (``core.page_kind``).

A long expression is tried only on a text that holds one of its words (``_Gated``): each of its matches must hold one,
which is proven here from the expression itself, and the text is lowered so that every letter the expression matches
with an ASCII one, ignoring case, is that letter ("İ", "ı", "ſ", the Kelvin sign). The title is split by an expression
that starts with the class of its first character, the printed errors' patterns are looked at by their gates: both
give what the old ones gave. And a department's pages, with their notices in capitals and in Turkish letters, read
the same with the gates as without them.
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from pathlib import Path
from re import _constants as sre  # the parser's names for an expression's parts
from re import _parser
from typing import Any

import pytest
from page_kinds import URL

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

from pantau_checker.core import page_kind
from pantau_checker.core.page import ERROR_GATES, parse_page

_GATED = {name: value for name, value in vars(page_kind).items() if isinstance(value, page_kind._Gated)}


def _words_of(gated: page_kind._Gated) -> list[str]:
    return [word for i, word in enumerate(page_kind._GATE_WORDS) if gated._words >> i & 1]


# --- each match holds a word of its gate, read from the expression's tree ----------------------------------------

_MAX_STRINGS = 4096


def _strings(op: Any, av: Any) -> set[str] | None:
    """Return every string the item matches, lowered, where they are few and the item has nothing but letters."""
    if op is sre.LITERAL:
        return {chr(av).lower()}
    if op is sre.SUBPATTERN:
        return _sequence_strings(av[3].data)
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            strings = _sequence_strings(branch.data)
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _MAX_STRINGS else None
    if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
        return {chr(a).lower() for _, a in av}
    return None


def _sequence_strings(items: list[tuple[Any, Any]]) -> set[str] | None:
    found = {""}
    for op, av in items:
        strings = _strings(op, av)
        if strings is None:
            return None
        found = {a + b for a in found for b in strings}
        if len(found) > _MAX_STRINGS:
            return None
    return found


def _holds(op: Any, av: Any, words: list[str]) -> bool:
    """Whether every match of the item holds one of ``words``: a lookaround, an optional part or a class holds none."""
    if op is sre.SUBPATTERN:
        return _sequence_holds(av[3].data, words)
    if op is sre.ATOMIC_GROUP:
        return _sequence_holds(av.data, words)
    if op is sre.BRANCH:
        return all(_sequence_holds(branch.data, words) for branch in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
        return _sequence_holds(av[2].data, words)
    return False


def _sequence_holds(items: list[tuple[Any, Any]], words: list[str]) -> bool:
    # Runs of letters (a branch of them too: the parser takes "maaf|mohon maaf" apart as "m" and the rest) are read
    # as the strings they match; any item past them that holds a word makes the sequence hold it.
    run: set[str] = {""}
    for op, av in [*items, (None, None)]:
        strings = _strings(op, av) if op is not None else None
        if strings is not None:
            run = {a + b for a in run for b in strings}
            if len(run) <= _MAX_STRINGS:
                continue
        if run != {""} and all(any(word in s for word in words) for s in run):
            return True
        run = {""}
        if op is not None and _holds(op, av, words):
            return True
    return False


def _proven(pattern: re.Pattern[str], words: list[str]) -> bool:
    return _sequence_holds(_parser.parse(pattern.pattern, pattern.flags).data, words)


def test_the_gated_expressions_are_those_read_most_often() -> None:
    assert set(_GATED) == {
        "_NOT_FOUND_FULL",
        "_MAINTENANCE_HEAD",
        "_MAINTENANCE_NOTICE",
        "_SERVER_ERROR_HEAD",
        "_BARE_404",
        "_PREAMBLE",
        # Read on the view's marks (``_View.holds``): the headings' and the title's words tell where to try them.
        "_BARE_HEAD",
        "_BARE_NOT_FOUND",
        "_NOT_FOUND_HEAD",
        "_MAINTENANCE_WORD",
        "_APOLOGY_HEAD",
        "_MOVE_HEAD",
    }


@pytest.mark.parametrize("name", sorted(_GATED))
def test_every_match_of_a_gated_expression_holds_one_of_its_words(name: str) -> None:
    gated = _GATED[name]
    words = _words_of(gated)
    assert _proven(gated.pattern, words)
    # The proof tells a word missing: each word stands for an alternative no other word covers, or for one of a few.
    assert not _proven(gated.pattern, words[1:]) or not _proven(gated.pattern, words[:-1])


def test_the_proof_tells_an_expression_whose_alternative_holds_no_word() -> None:
    assert _proven(re.compile(r"^(?:page\s+not\s+found|tidak\s+ditemukan)$", re.I), ["found", "tidak"])
    assert not _proven(re.compile(r"^(?:page\s+not\s+found|tidak\s+ditemukan|oops)$", re.I), ["found", "tidak"])
    assert not _proven(re.compile(r"^(?:maaf|mohon\s+maaf)$", re.I), ["mohon"])
    assert _proven(re.compile(r"^(?:maaf|mohon\s+maaf)$", re.I), ["aaf"])
    assert not _proven(re.compile(r"^(?:page\s+)?found$", re.I), ["page"])


# --- the lowered text holds the word wherever the expression matched it -----------------------------------------


def test_every_letter_an_expression_matches_with_a_gate_words_letter_is_lowered_to_it() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    letters = {c for word in page_kind._GATE_WORDS for c in word}
    for letter in sorted(letters):
        for found in re.finditer(re.escape(letter), every, re.IGNORECASE):
            assert page_kind._folded(found.group(0)) == letter, (letter, found.group(0))


_TEXTS = [
    "HALAMAN TİDAK DİTEMUKAN",
    "Halaman tıdak ditemukan",
    "ſorry!",
    "Oopſ",
    "Website ſedang dalam perbaıkan",
    "SİTUS SEDANG DALAM PEMELİHARAAN",
    "503 Service Unavailable",
    "ſervice temporarily unavailable",
    "500 | Internal Server Error",
    "HTTP ERROR 500.30 - ASP.NET Core app failed to start",
    "DATABASE EXCEPTION (#2002)",
    "Page Not Found",
    "404",
    "Error 404",
    "Maaf",
    "Mohon Maaf!",
    "4 4",
    "Under Construction",
    "Berita Terkini",
    "Dinas Kesehatan Kota Bekasi – Melayani dengan Sepenuh Hati",
    "Pengumuman Hasil Seleksi Jabatan Pimpinan Tinggi",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_a_gated_expression_matches_what_the_expression_matches(text: str) -> None:
    for gated in _GATED.values():
        found, expected = gated.match(text), gated.pattern.match(text)
        assert (found and found.span()) == (expected and expected.span()), (text, gated.pattern.pattern[:60])


# --- the title's separators, the printed errors' patterns -------------------------------------------------------

_OLD_SEPARATORS = re.compile(r"\s+[-–—|·»›:]\s+|\s*[|–—·»›]\s*")
_TITLE_CHARACTERS = [" ", "\t", "\u00a0", "\u2003", "-", "–", "—", "|", "·", "»", "›", ":", "a", "B", "1", "."]


def test_a_title_splits_as_at_every_character_before() -> None:
    for length in range(5):
        for characters in itertools.product(_TITLE_CHARACTERS, repeat=length):
            title = "".join(characters)
            assert page_kind._TITLE_SEPARATORS.split(title) == _OLD_SEPARATORS.split(title), repr(title)
    chance = random.Random(7)
    for _ in range(20_000):
        title = "".join(chance.choice(_TITLE_CHARACTERS) for _ in range(chance.randrange(5, 14)))
        assert page_kind._TITLE_SEPARATORS.split(title) == _OLD_SEPARATORS.split(title), repr(title)
    for title in ("Dinas Kesehatan Kota Bekasi – Melayani dengan Sepenuh Hati", "Berita | Dinkes · Kota » Bekasi"):
        assert page_kind._TITLE_SEPARATORS.split(title) == _OLD_SEPARATORS.split(title)


def test_the_printed_errors_patterns_are_tried_in_their_order_for_the_gates_a_text_has() -> None:
    chance = random.Random(3)
    sets = [frozenset(), *(frozenset({gate}) for gate in ERROR_GATES), frozenset(ERROR_GATES)]
    sets += [frozenset(chance.sample(ERROR_GATES, chance.randrange(2, 6))) for _ in range(200)]
    for gates, rendered, php_lined in itertools.product(sets, (False, True), (False, True)):
        expected = [
            error
            for error in page_kind._ERRORS
            if not ((rendered and not error.inline) or (error.php and not php_lined)) and error.gate in gates
        ]
        assert list(page_kind._tried("", rendered, php_lined, gates)) == expected


# --- a department's pages read the same without the gates ------------------------------------------------------


def _portal(title: str | None = None, main: str | None = None) -> str:
    return department_page(Site(title=title, main=main))


def _small(title: str, body: str) -> str:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'


_PAGES = {
    "home": (_portal(), "aplikasi"),
    "not-found-title-in-capitals": (_portal(title="HALAMAN TİDAK DİTEMUKAN – Dinas Kesehatan"), None),
    "not-found-title": (_portal(title="Page Not Found | Dinas Kesehatan Kota Bekasi"), "halaman_tidak_ditemukan"),
    "theme-404": (
        _portal(main='<main class="site-main"><h1>404</h1><p>Maaf, halaman yang Anda cari tidak ditemukan.</p></main>'),
        "halaman_tidak_ditemukan",
    ),
    "theme-404-dotless": (
        _portal(main='<main class="site-main"><h1>Oopſ!</h1><p>Halaman yang Anda carı tidak ditemukan.</p></main>'),
        None,
    ),
    "maintenance-small": (
        _small("SİTUS SEDANG DALAM PERBAİKAN", "<h1>SİTUS SEDANG DALAM PERBAİKAN</h1><p>Mohon maaf.</p>"),
        "dalam_pemeliharaan",
    ),
    "maintenance-heading": (
        _portal(main='<main class="site-main"><h1>Website Sedang Dalam Pemeliharaan</h1></main>'),
        "dalam_pemeliharaan",
    ),
    "server-error-in-theme": (
        _portal(
            main='<main class="site-main"><h1>500 | Server Error</h1>'
            "<p>Maaf, terjadi kesalahan pada server kami.</p></main>"
        ),
        "galat_aplikasi",
    ),
    "bad-gateway-small": (_small("502 Bad Gateway", "<center><h1>502 Bad Gateway</h1></center><hr>nginx"), None),
    "service-unavailable": (_small("503 Service Unavailable", "<h1>Service Unavailable</h1>"), None),
    "news-of-work": (
        _portal(main='<main class="site-main"><h1>Sedang Dalam Perbaikan, Jalan Cut Meutia Ditutup</h1></main>'),
        None,
    ),
}


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_kind._Gated, "match", lambda self, text: self.pattern.match(text))


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_a_departments_page_reads_the_same_with_the_gates_as_without(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    html, kind = _PAGES[name]
    gated = page_kind.classify(parse_page(html, URL))
    _ungated(monkeypatch)
    assert page_kind.classify(parse_page(html, URL)) == gated
    if kind is not None:
        assert gated.kind == kind, gated


def test_a_notice_in_capitals_with_turkish_letters_is_read() -> None:
    html, _ = _PAGES["not-found-title-in-capitals"]
    assert page_kind.classify(parse_page(html, URL)).kind == "halaman_tidak_ditemukan"
    html, _ = _PAGES["theme-404-dotless"]
    assert page_kind.classify(parse_page(html, URL)).kind == "halaman_tidak_ditemukan"
