"""The freshness scan, fingerprint and sketch read text through shortcuts that give what the plain forms give.

The date scan reads the window before a year with one backward slice and looks for a relative
word only where the letters after its first are written; the fingerprint lowers ASCII in its
translate; the sketch reads text within Latin-1 as Latin-1 and lowers the letters in its
translate. Edges of each: a date at the very start of the text, capitals, and characters beyond
ASCII that have a case without being letters (Ⓐ, Ⅰ) or that lower to an ASCII letter (Kelvin).
"""

from __future__ import annotations

import hashlib
import heapq
import re
import zlib
from datetime import UTC, datetime, timedelta

import pytest

from pantau_checker.core import dates, freshness
from pantau_checker.core.page import parse_page
from pantau_checker.core.structure import sketch

NOW = datetime(2026, 12, 1, 3, 32, tzinfo=UTC)
NOV_28 = datetime(2026, 11, 28, tzinfo=UTC)


# Around the 32 characters read before a year: its start at 12 (the day at 0), 32 and 33 ...
@pytest.mark.parametrize("pad", [0, 1, 19, 20, 21, 22, 40])
def test_a_date_is_read_wherever_its_year_stands(pad: int) -> None:
    assert dates.dates_in_text("x" * pad + " 28 November 2026") == [NOV_28]


def test_the_day_may_stand_at_the_first_of_the_characters_read_before_the_year() -> None:
    assert dates.dates_in_text("Tanggal 28 November" + " " * 21 + "2026") == [NOV_28]


def test_a_year_at_the_start_of_the_text_has_nothing_before_it() -> None:
    # Read backwards from the end of the text, "November 28 " would make a date.
    assert dates.dates_in_text("2026 November 28 ") == []
    assert dates.dates_in_text("2026-11-28 dan 2026") == [NOV_28]


def test_a_clock_at_the_start_of_the_text_is_left_out() -> None:
    assert dates.content_dates("10:32 WIB | Selasa, 1 Desember 2026", NOW, clocks=True) == []


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("3 Hari Yang Lalu", timedelta(days=3)),
        ("2 Days Ago", timedelta(days=2)),
        ("Kemarin", timedelta(days=1)),
        ("Yesterday", timedelta(days=1)),
        ("Melalui: 3 hari yang lalu", timedelta(days=3)),  # the letters first met inside a word
    ],
)
def test_a_relative_word_is_read_with_or_without_its_capital(text: str, ago: timedelta) -> None:
    assert dates.relative_dates(text, NOW) == [NOW - ago]


def test_a_fingerprint_lowers_ascii_capitals_beside_characters_beyond_ascii_as_before() -> None:
    # Pinned: the fingerprints stored for every application must not move.
    text = "BERITA Dinas \u2022 Kota\u2003BEKASI \u0661\u0662 \u00c0BC"
    assert freshness.fingerprint(text) == "4:472d1b86521cd9554464950a37d71f7d"
    assert freshness.fingerprint(text) == freshness.fingerprint("berita dinas \u2022 kota bekasi àbc")
    other = "KOTA \u212aELVIN \u2160 \u24b6 Caf\u00c9 \u00bb 28/11/2026"
    assert freshness.fingerprint(other) == "4:2bcb90838183e8801561b52fdf408cad"
    assert freshness.fingerprint(other) == _fingerprint(other)


FILLER = "Dinas Kesehatan Kota Bekasi melayani masyarakat SETIAP HARI kerja. " * 8
TEXTS = (
    FILLER + "Berita \u00bb Agenda \u00b7 Galeri \u00a0 \u00d7 2026",  # within Latin-1, no letter beyond ASCII
    FILLER + "Caf\u00e9 na\u00efve \u00b5ikro",  # letters within Latin-1
    FILLER + "KOTA \u212aELVIN",  # a capital that lowers to an ASCII letter
    FILLER + "\u24b6\u24b7\u24b8 \u2160\u2161\u2162 GALERI",  # cased, and not letters or letters by the expression
    FILLER + "Berita \u2022 Agenda \u2013 \u201cPengumuman\u201d",  # beyond Latin-1, no letter beyond ASCII
)


@pytest.mark.parametrize("text", TEXTS)
def test_the_sketch_has_the_words_the_expression_finds_in_the_lowered_text(text: str) -> None:
    page = parse_page(f"<html><body><main><p>{text}</p></main></body></html>", "https://dinkes.bekasikota.go.id/")
    words = set(re.findall(r"[^\W\d_]{3,}", page.main_text.lower()))

    assert sketch(page) == tuple(heapq.nsmallest(64, {zlib.crc32(w.encode()) for w in words}))


def _fingerprint(text: str) -> str:
    """The fingerprint as its docstring says, in plain Python."""
    normal = "".join(" " if c.isdecimal() or c.isspace() or c in ":/.,-" else c for c in text.lower())
    words = [w for w in normal.split() if w.encode() not in freshness._DATE_WORDS]
    return f"{freshness.FINGERPRINT_VERSION}:" + hashlib.sha256(" ".join(words).encode()).hexdigest()[:32]


def test_a_fridays_date_with_wordpress_curled_apostrophe_leaves_the_fingerprint_as_it_was() -> None:
    # wptexturize writes "Jum’at": on Fridays a date above the content changed the fingerprint, and a stale
    # page read as updated twice a week.
    week = [f"Berita Dinas {day}, 4 Desember 2026 pukul 10.00 WIB" for day in ("Kamis", "Jum’at", "Jum'at", "Sabtu")]
    assert len({freshness.fingerprint(text) for text in week}) == 1
