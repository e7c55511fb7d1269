"""Dates written in a page's text: absolute (Indonesian, English, numeric, ISO; both days of a
range), relative to the time of the check ("3 hari yang lalu", "dua puluh menit lalu", "2 hari silam",
"kemarin lusa", "2 days ago"), and the clocks and stamps that show today's date wherever the page is
shown ("Hari ini: …", "Terakhir diperbarui: …", "Rabu, 2 Desember 2026 | Jam: 10:00:05").
A two-digit year is read after an apostrophe ("26 November '26"), after a day and a month's name when it
ends the stamp ("28 Nov 26", "28-Nov-26"; not "pada 1 Mei 26 warga"), or closing a numeric date whose day's
name agrees with it ("Kamis, 26/11/26"): alone, "02/12/26" is more often a number than a date. The
calendar badges of news and agenda lists ("28 / Nov", a day and a month without the year) and a news
list's stamps of a day, a month and a time ("27 Nov, 14:05") are read apart (``yearless_dates``): their
year is a guess, which the caller weighs as such.
A letter's number that ends like a date ("Nomor: B/5/13/2026", "443.1/30/11/2026") is none, nor is a
version's ("v2.11.2026", "Versi 2026.11.28").
A date that ends a limit ("Berlaku s.d. 15 Desember 2026", "Batas akhir pengumpulan: …") or names
an event fixed long before (an election's, an anniversary's, a countdown's) is no content date: its
announcement may be months old (``_Limits``).

The scan is one pass for the years (a literal-prefixed regex, the cheapest thing to find), then a
look at the few characters around each year, read backwards so that one anchored match suffices.
A month name is looked up in a table; no general date parser runs per match. What does not depend
on the time of the check is read apart (``date_marks``) from what does (``marked_dates``): the
clocks of today, the relative dates, a range's first day while its last is ahead. A page that
comes back unchanged is read once, and its marks are resolved against each check's time.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from functools import lru_cache
from itertools import islice
from typing import Literal

import ahocorasick_rs

from ._selectors import (
    Moves,
    WindowReads,
    ascii_lowered,
    date_words,
    dates_kept,
    limit_heads,
    narrowed,
    short_places,
    word_places,
    written_marks,
    year_places,
    years_read,
)
from .records import made_at_once
from .text import moves_of

_MONTH_NAMES = (
    ("januari", "january", "jan"),
    ("februari", "pebruari", "febuari", "february", "feb", "peb"),
    ("maret", "march", "mar", "mrt"),  # "Mrt": the Dutch short form older officials write
    ("april", "apr"),
    ("mei", "may"),
    ("juni", "june", "jun"),
    ("juli", "july", "jul"),
    ("agustus", "august", "agust", "agus", "agst", "agu", "agt", "ags", "aug"),
    ("september", "sept", "sep"),
    ("oktober", "october", "okt", "oct"),
    ("november", "nopember", "nov", "nop"),
    ("desember", "december", "des", "dec"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}


def _misspellings() -> dict[str, int]:
    """Return the long month names one slip off ("Noveber", "Desembar", "Novmeber", "Septemberr"): a letter left out,
    swapped with the next, mistyped or doubled. A vendor's theme prints its typo on every date."""
    found: dict[str, set[int]] = {}
    for name, number in _MONTHS.items():
        if len(name) < 7:  # "Juni" and "Juli" are one letter apart; short names are other words' ("Mai", "Jun")
            continue
        cuts = [(name[:at], name[at:]) for at in range(len(name) + 1)]
        slips = {head + tail[1:] for head, tail in cuts if tail}
        slips |= {head + tail[1] + tail[0] + tail[2:] for head, tail in cuts if len(tail) > 1}
        slips |= {head + letter + tail[1:] for head, tail in cuts if tail for letter in "abcdefghijklmnopqrstuvwxyz"}
        slips |= {head + tail[0] + tail for head, tail in cuts if tail}
        for slip in slips - _MONTHS.keys():
            found.setdefault(slip, set()).add(number)
    return {slip: numbers.pop() for slip, numbers in found.items() if len(numbers) == 1}


# Looked up only where a day and a year stand around the word: "24 Noveber 2026".
_MISSPELT_MONTHS = _misspellings()
_YEAR = re.compile(r"20\d\d(?!\d)")  # no lookbehind: it would cost the literal-prefix search
_WINDOW = 32  # characters before a year that can hold its day and month
# Read backwards from the year: "28 November ", "28/Nov/", "28.Nov.", "November 28, ", "28/11/" reversed;
# a theme's odd commas ("28 Nov , ", "Nov 28,"), the words of a formal date ("28 bulan November tahun ",
# "28th of November ", a form's "Tgl. 04 Bln. Desember Thn. "), and a day and a month glued to the year
# ("Selasa,1Desember2026", "30Nov2026"): the day then starts its word, as a code's number ("SK12Des2026") does
# not. A numeric date may be spaced evenly ("24 - 11 - 2026", "24 . 11 . 2026"), as a form's fields are joined.
# An ordinal's suffix in a superscript ("3<sup>rd</sup> December 2026") is a text node of its own: on its own line.
_BEFORE_YEAR = re.compile(
    r"(?:[\s/-]+(?:,\s*)?\.?|\.|\s+(?i:nuhat|\.?nht)\s+|)(?P<month>[^\W\d_]{3,9})"
    r"(?:(?:\.?[\s/-]+\.?|\.|\s+(?i:nalub|\.?nlb)\s+)(?:(?i:fo)\s+)?(?:(?:ts|dn|dr|ht)\n?)?(?P<day>\d{1,2})(?!\d)"
    r"|(?P<gday>\d{1,2})(?![^\W_]))"
    r"|(?:\s+(?:,\s*)?|,)(?:(?:ts|dn|dr|ht)\n?)?(?P<day2>\d{1,2})\s+\.?(?P<month2>[^\W\d_]{3,9})(?![^\W\d_])"
    r"|(?P<space> ?)(?P<sep>[/.-])(?P=space)(?P<nmonth>\d{1,2})(?P=space)(?P=sep)(?P=space)(?P<nday>\d{1,2})(?!\d)"
    r"(?!(?P=space)(?<= )[/.-])"  # spaced, the last field of a number's: "B / 5 / 13 / 2026"
)
# A year of two digits, after its mark: an apostrophe ("'26", "’26"), or a numeric date's separators around its
# month ("/11/26"; "-" and "." are in every text, a month between them in few).
_APOSTROPHES = "'’"
_SHORT_YEARS = tuple(
    (
        mark,
        re.compile(
            re.escape(mark) + ("" if mark in _APOSTROPHES else rf"\d\d?{re.escape(mark)}") + r"\d\d(?![^\W_]|[/-]|\.\d)"
        ),
    )
    for mark in "'’/-."  # in the order of ``short_places``' places
)
# A two-digit year's numeric date without a day's name: only these separators, and only of these years
# (``_list_stamp``). Dots ("04.12.26") count only among as many dotted stamps as a list needs (``_short_found``): one
# dotted number alone is as often a version's or a clock's.
_STAMP_MARKS = "/-."
_STAMP_YEARS = (2020, 2039)
_MIN_STAMPS = 2  # a list's: one such number alone ("26/11/26") is more often no date
# A number's label just before such a stamp, reversed: "Nomor: 27/11/26", "No. 04/12/26", "Telp 21-12-26".
_NUMBER_LABEL = re.compile(r"[\s:.]*(?:romon|remon|on|plet|let|ph|aw|edok|fer)(?![^\W\d_])", re.IGNORECASE)
# Read on backwards from the last day of a range to its first: "1–3 Desember", "1 s.d. 3 Desember",
# "28 November – 5 Desember", all on one line (a dash that ends the line before is no range).
_RANGE_BEFORE = re.compile(
    r"(?:[^\S\n]*(?:[–—-]|\.?d[./]s)[^\S\n]*|[^\S\n]+(?:iapmas|aggnih)[^\S\n]+)"
    r"(?:\.?(?P<month>[^\W\d_]{3,9})\.?[^\S\n]+)?(?P<day>\d{1,2})(?!\d)"
)
# How a range goes on before its last day, reversed: a cheap test before the expression.
_RANGE_OPENERS = (
    *(f"{space}{mark}" for space in ("", " ", "\xa0") for mark in ("-", "–", "—", "d", ".d")),
    " iapmas",
    " aggnih",
)
# Those of one character, and the first two of the others: looked up before the seventeen are tried (``_scanned``).
_RANGE_FIRSTS = frozenset(opener for opener in _RANGE_OPENERS if len(opener) == 1)
_RANGE_PAIRS = frozenset(opener[:2] for opener in _RANGE_OPENERS if len(opener) > 1)
# A calendar's head after its caption ("Desember 2026", then "S", "S", "R" or "Sen", "Sel"): a number
# on the line before the caption (a counter's last, "Online: 3") is none of its days.
_CALENDAR_HEAD = re.compile(
    r"(?:[^\S\n]*\n\s*(?:[^\W\d_]{1,3}|senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![^\W_])){2}",
    re.IGNORECASE,
)
# Drupal's default short format: "m/d/Y - H:i", the time after the date ("12/04/2026 - 09:15"); and the words its
# Indonesian translation, which writes the day first, puts before the date ("Dikirim oleh admin pada …").
_DRUPAL_TIME = re.compile(r" - \d\d:\d\d(?![\d:])")
_DRUPAL_INDONESIAN = "dikirim oleh"
_URL_REACH = 200  # characters back from a date to the scheme of the URL it may be in
# A failed fetch's words around the URL it printed: only there is a URL's day no one's. A post's source ("sumber:
# https://bekasikota.go.id/2026/12/04/…", "Dikutip dari https://news.detik.com/…/2026/12/04/…") dates the post.
_FAILED_FETCH = (
    "file_get_contents(",
    "fopen(",
    "simplexml_load_file(",
    "failed to open stream",
    "http request failed",
    "curl error",
    "gagal mengambil",
    "gagal memuat",
    "gagal terhubung",
    "failed to fetch",
    "could not fetch",
    "unable to fetch",
)
_FETCH_REACH = 120  # characters before the URL and after the date to a failed fetch's words
_AFTER_YEAR = re.compile(r"(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?!\d)")
_AFTER_YEAR_MARKS = ("-", "/", ".")  # what ``_AFTER_YEAR`` starts with
# An icon's character before or after a date: emoji, arrows, dingbats, an icon font's private character.
_ICONS = "\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u2b00-\u2bff\ue000-\uf8ff\ufe0f\u200d\U0001f000-\U0001faff«»‹›"
# A dotted stamp starts its line (an icon or a bullet before it at most, read backwards): after a word it is as
# often a build's ("Build 04.12.26"), a version's ("Versi aplikasi: …") or a clock's ("Jam server: …"); and a clock's
# time with seconds has its zone after it ("04.12.26 WIB").
_DOTTED_LINE_START = re.compile(rf"[^\S\n]*(?:[|·•{_ICONS}][^\S\n]*)?(?:\n|\Z)")
_CLOCK_ZONE = re.compile(r"[^\S\n]*(?:wib|wita|wit)(?![^\W_])", re.IGNORECASE)
# And it is a post's only under its title: a line of ``_TITLE_WORDS`` words or more just before it. In a table's or a
# list's cells the name before it is short ("Bendung Bekasi", "Agus Prayitno", "Sekretariat") and the dotted number a
# time with seconds, a coordinate, a code or a score; and where one of the page's dotted numbers at a line's start is
# no date at all ("00.38.21", "14.09.58", "06.14.05"), they are such a column, none of them a date.
_TITLE_WORDS = 4
_TITLE_REACH = 300  # characters before a stamp's line that hold its title
_TITLE_WORD = re.compile(r"[^\W\d_]{2,}")
_DOTTED_AT_LINE = re.compile(rf"^[^\S\n]*(?:[|·•{_ICONS}][^\S\n]*)?(\d\d)\.(\d\d)\.(\d\d)(?![\d.])", re.MULTILINE)
# A two-digit year after a month's name without its apostrophe: "28 Nov 26", "28-Nov-26", "28 Nop. 26". Of 2020 to
# 2039 only: one search for each first digit, each a literal-prefix search (a class of the two, "[23]", costs three
# times both; the first shares the years' pass: ``_years_and_twenties``); then no more of a number after ("27 Nov
# 14:05" is a time, "Mei 26.000" an amount), and the letter and the separator before it.
_NAMED_SHORT_TAIL = r"\d(?![^\W_]|[:.,/-]?\d)(?:(?<=[^\W\d_][ ./-]\d\d)|(?<=[^\W\d_]\. \d\d))"
_NAMED_SHORT_YEARS = tuple(re.compile(first + _NAMED_SHORT_TAIL) for first in "23")
# The years of four digits (``_YEAR``) and the first of those are found in one pass (``year_places``): both start
# with "2". Neither starts within the other (a two-digit year is no digit's neighbour), so each is found as its own
# pass finds it.
_ONE_PASS_YEARS = 1000  # matches of both (twice ``MAX_CANDIDATES``): a text of more has each looked for apart
_YEAR_CHARS = 4  # a year of ``_YEAR``'s, from its start
# What may follow such a year: the line's or the stamp's end, a time, a byline ("28 Nov 26 | Admin", "28 Nov 26,
# 14:05 WIB", "28 Nov 26 oleh Admin"). Not a word: "pada 1 Mei 26 warga menerima bantuan" counts people.
_NAMED_SHORT_YEAR_END = re.compile(
    rf"[^\S\n]*(?:\Z|\n|[,;|·•()\[\]{_ICONS}]|\.(?!\S)|[-–—](?:\s|\Z)"
    r"|(?:pukul|pkl|jam|at|oleh|by|wib|wita|wit)(?![^\W_])|\d{1,2}[:.]\d\d(?!\d))",
    re.IGNORECASE,
)
# A version's number that ends like a date, read backwards from the number's first field: glued to its "v"
# ("v2.11.2026", "v2026.11.28") or after "versi", "version", "ver." ("Versi: 2.11.2026"). A build's day is no content's.
_VERSION_BEFORE = re.compile(r"v(?![^\W\d_])|\s*:?\s*(?:isrev|noisrev|\.?rev)(?![^\W\d_])", re.IGNORECASE)
# A clock's label may take a colon ("Rabu, 2 Desember 2026 | Jam: 10:00:05"), an icon stand for it ("… 2026 ⏰ 10:00").
_TIME_AFTER = re.compile(
    rf"[\s,|·•@–—/([{_ICONS}-]*(?:(?:pukul|pkl\.?|jam|waktu|at|T)\s*:?\s*)?\d{{1,2}}[:.]\d{{2}}(?!\d)", re.IGNORECASE
)
# Read backwards from a date: "10:32:05 WIB | Selasa, " reversed (an icon between: "🕒 10:15 WIB 📅 ").
_TIME_BEFORE = re.compile(
    rf"[\s,|·•@–—/)\]{_ICONS}-]*(?:[^\W\d_]{{3,9}}[\s,|·•@–—/{_ICONS}-]*)?"
    r"(?:(?:biw|atiw|tiw|m\.?[ap])\.?\s*)?(?:\d{2}[:.])?\d{2}[:.]\d{1,2}(?!\d)",
    re.IGNORECASE,
)
# Found in the text lowered once, with an expression that starts with a literal (a search in C, far
# cheaper than a case-blind one): so each word is one pass, however a theme writes it ("2 JAM YANG
# LALU", "Hari Ini", "2 DAYS AGO").
# "Kemarin" after an amount or a week is no yesterday: "3 hari kemarin", "minggu kemarin" (last week).
# "Silam" is the older, a news portal's word for "lalu": "2 hari silam".
_RELATIVE_WORDS = ("lalu", "ago", "kemarin", "silam")
# Words that date an item by themselves, and how long before the check.
_DAY_WORDS = (
    ("kemarin", timedelta(days=1)),
    ("kemarin lusa", timedelta(days=2)),  # Carbon's day before yesterday
    ("kemarin dulu", timedelta(days=2)),
    ("yesterday", timedelta(days=1)),
    ("baru saja", timedelta(0)),
    ("just now", timedelta(0)),  # Moment's and timeago's word for the last minute
    ("hari ini", timedelta(0)),
    ("today", timedelta(0)),  # Moment's and Carbon's calendar in English: "Today at 9:15 AM"
    # Earlier today, by its part: "tadi pagi" on an item's byline ("tadi malam" may be yesterday's).
    ("tadi pagi", timedelta(0)),
    ("tadi siang", timedelta(0)),
    ("tadi sore", timedelta(0)),
    ("tadi malam", timedelta(hours=12)),
    ("semalam", timedelta(hours=12)),  # last night, a byline's word for "tadi malam"
)
# The words of relative phrases, looked for in one pass of a text up to ``_ONE_PASS_CHARS`` long.
_RELATIVE_SEARCHED = tuple(dict.fromkeys((*_RELATIVE_WORDS, "last", *(word for word, _ in _DAY_WORDS))))
_ALL_RELATIVE_WORDS = frozenset(_RELATIVE_SEARCHED)
_ONE_PASS_CHARS = 100_000
# Words that date an item only with its time after them ("Hari ini pukul 08.15", Carbon's calendar):
# alone they are a counter's or a tab's label. Outside an article they are a clock's.
_TIMED_DAY_WORDS = frozenset({"hari ini", "today"})
# Carbon's and Moment's stamp of the last week's days, before "lalu": "Senin lalu pukul 10.00".
_WEEKDAY_BEFORE = re.compile(
    r"(?<![^\W_])(?P<weekday>senin|selasa|rabu|kamis|jum['’]?at|sabtu|minggu|ahad)\s+\Z", re.IGNORECASE
)
# Before "lalu" or "kemarin" without an amount: last week ("pekan lalu", "minggu kemarin"), read as
# "seminggu lalu" is; or last month or year ("bulan lalu"), which is not read: it may be two days
# before or two months, and thirty days would call fresh a page as old as the usual limit allows.
_LAST_UNIT_BEFORE = re.compile(
    r"(?<![^\W_])(?P<unit>minggu|pekan|bulan|tahun)\s+(?:yang\s+|yg\.?\s+)?\Z", re.IGNORECASE
)
_WEEK = timedelta(days=7)
# After "last": Moment's calendar in English ("Last Monday at 2:30 PM") and a relative format's "last week".
_LAST_AFTER = re.compile(
    r"\s+(?:(?P<week>week)|(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![^\W_])",
    re.IGNORECASE,
)
_WEEKDAY_NUMBERS = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "jum'at": 4,
    "jum’at": 4,  # as WordPress's texturize writes the apostrophe
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
}
# A day's name before a numeric date, full or short, in Indonesian and in English: Drupal writes
# "Tue, 12/01/2026 - 10:15", month first, and only the day's name tells it from 12 January.
_DAY_NAMES = {
    **_WEEKDAY_NUMBERS,
    **dict.fromkeys(("sen", "monday", "mon"), 0),
    **dict.fromkeys(("sel", "tuesday", "tue", "tues"), 1),
    **dict.fromkeys(("rab", "wednesday", "wed"), 2),
    **dict.fromkeys(("kam", "thursday", "thu", "thur", "thurs"), 3),
    **dict.fromkeys(("jum", "friday", "fri"), 4),
    **dict.fromkeys(("sab", "saturday", "sat"), 5),
    **dict.fromkeys(("min", "sunday", "sun"), 6),
}
_LOCAL = timedelta(hours=7)  # WIB, the time most of the sites write their days in
# A day's start in UTC, as a text's dates are read: ``datetime.combine`` with it costs half a ``datetime(y, m, d,
# tzinfo=UTC)``, whose keyword is parsed each call (some 4 k instructions).
_MIDNIGHT = time(tzinfo=UTC)
# Indonesian counts spelled out to ninety-nine, and halves: "dua puluh lima", "sebelas", "dua belas", "satu setengah".
_DIGIT_WORDS = "dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"
_SPELLED_ID = (
    rf"(?:{_DIGIT_WORDS})\s+puluh(?:\s+(?:satu|{_DIGIT_WORDS}))?|(?:{_DIGIT_WORDS})\s+belas"
    rf"|(?:(?:satu|{_DIGIT_WORDS})\s+)?setengah|sebelas|sepuluh|{_DIGIT_WORDS}"
)
# An amount is no part of a larger number: a counter's "2.304" above its "Minggu Lalu" row.
_AMOUNT = (
    rf"(?<![^\W_])(?:(?<!\d[.,])(?P<count>\d{{1,3}})\s*|(?P<spelled>{_SPELLED_ID}|"
    r"two|three|four|five|six|seven|eight|nine|ten)\s+|(?P<one>satu|beberapa|a\s+few|few|an?|one)\s+|se|(?=moments?\s))"
    r"(?P<unit>detik|menit|jam|hari|minggu|pekan|bulan|tahun|saat|"
    r"secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?|moments?|"
    r"dtk|mnt|mgg|bln|thn|(?<=\d)(?:mo|[dhmwy]))"
)
_RELATIVE = re.compile(rf"{_AMOUNT}\s+(?:yang\s+|yg\.?\s+)?\Z", re.IGNORECASE)
# An amount of a larger unit before it, as a time-ago of two units says it: "1 tahun, 3 hari yang lalu",
# "8 bulan 4 hari lalu", "1 year, 3 days ago". Read alone, the last would date a year-old post this week.
# On the same line: a headline ending in an amount ("Vaksinasi 2 bulan") is not part of the next line's time.
_EARLIER = re.compile(rf"{_AMOUNT}[^\S\n]*(?:,[^\S\n]*|[^\S\n](?:dan|and)[^\S\n]+)?\Z", re.IGNORECASE)
_MAX_UNITS = 4  # of one time-ago: years, months, days, hours
_PHRASE_CHARS = 40  # before "lalu": an amount and its unit ("sembilan puluh sembilan menit yang ")
_UNITS = {
    "detik": timedelta(seconds=1),
    "sec": timedelta(seconds=1),
    "saat": timedelta(minutes=1),  # "beberapa saat yang lalu", "sesaat lalu"
    "moment": timedelta(minutes=1),
    "menit": timedelta(minutes=1),
    "min": timedelta(minutes=1),
    "jam": timedelta(hours=1),
    "hour": timedelta(hours=1),
    "hr": timedelta(hours=1),
    "hari": timedelta(days=1),
    "day": timedelta(days=1),
    "minggu": timedelta(days=7),
    "pekan": timedelta(days=7),
    "week": timedelta(days=7),
    "bulan": timedelta(days=30),
    "month": timedelta(days=30),
    "tahun": timedelta(days=365),
    "year": timedelta(days=365),
    # Laravel Carbon's short Indonesian units: "5 mnt yang lalu", "3 hr yang lalu" (days, not hours).
    "dtk": timedelta(seconds=1),
    "mnt": timedelta(minutes=1),
    "mgg": timedelta(days=7),
    "bln": timedelta(days=30),
    "thn": timedelta(days=365),
    # A feed widget's compact English, the letter on the digits: "2d ago", "3h ago", "5m ago", "2mo ago".
    "d": timedelta(days=1),
    "h": timedelta(hours=1),
    "m": timedelta(minutes=1),
    "w": timedelta(days=7),
    "mo": timedelta(days=30),
    "y": timedelta(days=365),
}
_MONTH = _UNITS["bulan"]
# "1 bulan yang lalu", "sebulan lalu", "a month ago": Carbon writes it from a full month to two (30 to 59 days),
# Moment from 26 to 45 days. Read as its first day, it sits on the usual 30-day limit, and a page whose newest post
# is "a month" old would stay fresh; its middle is a month and a half. (Two months and more lie past the limit
# read either way; Carbon's weeks stop at a month, so "4 minggu lalu" is 28 days.)
_A_MONTH = timedelta(days=45)
# Counts spelled out: "dua hari yang lalu", "three weeks ago"; and the words of the longer ones ("dua puluh lima").
_SPELLED: dict[str, float] = {
    **{w: n for n, w in enumerate("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh".split(), start=1)},
    **{w: n for n, w in enumerate("two three four five six seven eight nine ten".split(), start=2)},
    "sebelas": 11,
}
# Before today's date, words of a date the server writes on every page it renders: "Hari ini: …",
# "Selamat datang | …", a footer's "Terakhir diperbarui: …", a counter's "Tanggal: …" or "Pengunjung
# 02-12-2026: 318", the moment of the visit ("Diakses pada …", "Dicetak …"); in English a counter's or a top bar's
# "Date: …" as "Tanggal: …", and its abbreviation's "Tgl: …", "Tgl akses …"; a statistics widget's stamp of its data,
# "Data per …" and "Posisi data: …", which a widget fed automatically prints with the day it is shown.
_TODAY_LABEL = re.compile(
    r"hari ini|sekarang|today|tanggal|\btgl\b|\bdate\b|selamat datang|welcome|diperbaharui|diperbarui|pembaruan|update|"
    r"pengunjung|visitors?|diakses|dicetak|accessed|printed|\bper\b|posisi\s+data",
    re.IGNORECASE,
)
_WEEKDAYS = frozenset(
    "senin selasa rabu kamis jumat jum'at jum’at sabtu minggu ahad sen sel rab kam jum sab min "
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun".split()
)
_LABEL_PUNCTUATION = " \t\xa0,.:|·•-–"
_HIJRI_YEAR = re.compile(
    r"(?<!\d)14\d\d ?H(?![^\W_])|[Hh]ijri"
    # A Hijri day without its "H": "17 Jumadil Akhir 1448".
    r"|(?i:muharr?am|safar|rabi|jumad|rajab|sya'?ban|ramadh?an|syawal|dzul|zul)[^\d\n]{0,14}14\d\d(?!\d)"
)
# After today's date on its line: the era ("Rabu, 2 Desember 2026 M"), a greeting ("| Selamat Datang").
# Before it, a dateline's place: "Bekasi, Rabu 2 Desember 2026", "Kota Bekasi, 2 Desember 2026".
_PLACE = re.compile(r"[^\S\n]*(?:[A-Z][a-z]+[^\S\n]+){0,2}[A-Z][a-z]+,")
_ERA_AFTER = re.compile(r"[^\S\n]*(?:M|Masehi)(?![^\W_])\.?")
# After today's date, the time the server took to render the page: "Halaman ini dibuat pada … dalam 0.0123 detik",
# "Page generated on … in 0.0213 seconds". The day it was rendered, a byline's word before it or not.
_RENDER_TIME = re.compile(
    r"[^\S\n]*,?(?:[^\S\n]*(?:pukul|pkl\.?|jam|at)?[^\S\n]*\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:[^\S\n]*(?:wib|wita|wit))?)?"
    r"[^\S\n]+(?:dalam|in)[^\S\n]+\d+(?:[.,]\d+)?[^\S\n]*(?:detik|dtk|seconds?|secs?|s|ms|milidetik|milliseconds?)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
# After an update's label and today's date, its time of day: "Diperbarui 2 Desember 2026 pukul 08.30 WIB". A clock
# rendered at the request shows the check's time, in WIB or the server's UTC; one an hour or more before it in each
# is the moment the data was updated (where no page cache signed the copy: its build time is printed so).
_UPDATE_LABEL = re.compile(r"diperbaharui|diperbarui|pembaruan|update", re.IGNORECASE)
_STAMP_TIME = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:(?:pukul|pkl\.?|jam)[^\S\n]*)?(\d{1,2})[:.](\d\d)(?![\d:.])"
    r"(?:[^\S\n]*(wib|wita|wit)(?![^\W_]))?",
    re.IGNORECASE,
)
# The site's own last update, as its footer or a widget prints it on every page: "Terakhir diperbarui", "Last updated".
_SITE_UPDATE = re.compile(r"(?<![^\W_])(?:terakhir|last)(?![^\W_])", re.IGNORECASE)
_ZONES = {"wib": timedelta(hours=7), "wita": timedelta(hours=8), "wit": timedelta(hours=9)}
_CLOCK_SKEW = timedelta(hours=1)
# Today's date labelled as such at its line's start, in an article: "Hari ini: Rabu, 2 Desember 2026", "Today is …".
_TODAY_WIDGET = re.compile(
    r"^[^\w\n]*(?:hari\s+ini|sekarang|today)(?:\s+(?:adalah|is))?[^\S\n]*[:,|·•-]?[^\S\n]*"
    r"(?:[^\W\d_]+[^\S\n]*,?[^\S\n]*)?\Z",
    re.IGNORECASE | re.MULTILINE,
)
_ICON = re.compile(f"[{_ICONS}][{_ICONS}\\s]*")
_ICON_TAIL = re.compile(f"[{_ICONS}][{_ICONS}\\s]*\\Z")
_WELCOME = re.compile(r"selamat\s+datang|welcome", re.IGNORECASE)
# Today's date is a post's, not a clock's, after a byline's word ("Ditulis oleh Super User pada Rabu, …
# 10:15", Joomla's; "Posted on …") or above a post that Blogger signs with its time ("Diposting oleh
# Admin di 10.15", under its date header): neither prints the day it is shown. (Not "dibuat dalam":
# the time the server took to write the page; nor the page's own "Halaman (ini) dibuat pada …", the moment it was
# rendered, as a footer prints it.)
_POSTED = re.compile(
    r"(?<![^\W_])(?:ditulis|diposting|diposkan|dipublikasi(?:kan)?|diterbitkan|dirilis"
    r"|(?<!halaman )(?<!halaman ini )dibuat(?!\s+dalam)"
    r"|posted|published|written)(?![^\W_])",
    re.IGNORECASE,
)
_POSTED_REACH = 64  # characters before the date: "oleh Administrator Dinas Kesehatan pada Rabu, "
_WEEKDAY_NAMES = "|".join(sorted(_DAY_NAMES, key=len, reverse=True))
# From the word to the date: an author, a word that leads to the date and a day's name. Over lines (a text
# node each: "Ditulis oleh" / "Super User" / "pada Rabu, …") only with that word: a date alone on its line
# after a post's byline is the next widget's.
_BYLINE_GAP = re.compile(
    rf"(?:[^\S\n]+(?:oleh|by)\s+\S[^\n]{{0,40}}?)?\s*(?:(?:pada|on|tanggal|tgl\.?|[|·•:,-])\s*)+"
    rf"(?:(?:{_WEEKDAY_NAMES})\.?,?\s*)?\Z"
    rf"|(?:[^\S\n]+(?:oleh|by)[^\S\n]+[^\n]{{1,40}}?)?[^\S\n]*(?:(?:{_WEEKDAY_NAMES})\.?,?[^\S\n]*)?\Z",
    re.IGNORECASE,
)
# Each starts with a literal (its first letter left out, of either case): a search in C.
_SIGNED_POSTS = tuple(
    re.compile(signed + r"(?:\s+\S+){1,6}?\s+" + time)
    for signed, time in (
        ("iposting oleh", r"di\s+\d{1,2}[.:]\d{2}(?!\d)"),
        ("iposkan oleh", r"di\s+\d{1,2}[.:]\d{2}(?!\d)"),  # Blogger's older Indonesian
        ("osted by", r"at\s+\d{1,2}:\d{2}(?!\d)"),
    )
)
_POST_REACH = 3000  # characters from Blogger's date header to the signature of its first post
# A prayer times widget heads its times with the day: "Bekasi, 3 Desember 2026 / Subuh 04:05 …".
_PRAYER_TIMES = re.compile(
    r"(?<![^\W_])(?:jadwal\s+(?:sholat|shalat|salat|solat)|imsak|subuh|shubuh|dzuhur|zuhur|dhuhur|ashar|maghrib|isya)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
_PRAYER_REACH = 80  # characters either side of the day
# In an article, where a post of today may stand beside the widget: its heading, or its first time next.
_PRAYER_HEAD = re.compile(
    r"(?<![^\W_])(?:(?:jadwal|waktu)\s+(?:sholat|shalat|salat|solat)|imsakiyah)(?![^\W_])", re.IGNORECASE
)
_PRAYER_NEXT = re.compile(r"[^\n]*\n\s*(?:imsak|subuh|shubuh)(?![^\W_])", re.IGNORECASE)
# Outside an article, a date under a weather or an earthquake widget's heading, or before its readings, is
# the widget's, fed from BMKG's data, not the department's content: a forecast's day ("Prakiraan Cuaca /
# Kamis, 3 Desember 2026 / 24 - 31 °C", tomorrow's, which would date a stale page as an agenda's), the last
# quake's ("Gempa Terkini / 01 Des 2026, 22:15:32 WIB / Magnitudo: 4.2"), the day of BMKG's early warning ("Peringatan
# Dini Cuaca / Jumat, 04 Desember 2026, berlaku pukul 10:00 - 13:00 WIB", on BPBD's site every day), and the hour of
# a water level's reading under its widget's heading alone on its line ("Tinggi Muka Air (TMA) / Update 04/12/2026
# pukul 07.00 WIB", fed by the weirs' gauges; not a headline's "Tinggi Muka Air Kali Bekasi Naik …") or a hospital's
# beds' ("Ketersediaan Tempat Tidur", which its SIMRS updates as patients come and go). The readings are a magnitude
# and a temperature (``_temperatures``); a widget's table of figures may stand between its heading and its stamp.
_FEED_DATA = re.compile(
    r"(?<![^\W_])(?:(?P<reading>magnitud[eo])"
    r"|gempa\s*bumi|gempa\s+(?:terkini|terbaru|dirasakan)|info\s+gempa|earthquakes?"
    r"|(?:prakiraan|perkiraan|ramalan|prediksi|info|informasi|peringatan\s+dini)\s+cuaca"
    r"|cuaca\s+(?:hari\s+ini|besok|kota|kab|bekasi|terkini|saat\s+ini)|^[^\S\n]*cuaca[^\S\n]*$|weather|forecast"
    r"|^[^\S\n]*(?:(?:info|data|pantauan|status)\s+)?tinggi\s+muka\s+air(?:\s+\(tma\))?[^\S\n]*$"
    r"|^[^\S\n]*(?:info(?:rmasi)?\s+)?ketersediaan\s+(?:tempat\s+tidur|kamar|bed)(?:\s+rawat\s+inap)?[^\S\n]*$)"
    r"(?![^\W_])",
    re.IGNORECASE | re.MULTILINE,
)
# Lower case, looked for in the lowered text before the expression runs around them: most pages have none.
_FEED_DATA_WORDS = ("magnitud", "gempa", "cuaca", "weather", "forecast", "earthquake", "muka air", "ketersediaan")
_FEED_DATA_WORD_BYTES = tuple(word.encode() for word in _FEED_DATA_WORDS)
_FEED_DATA_LEAD, _FEED_DATA_TAIL = 16, 40  # characters around such a word that its phrase may take
_FEED_DATA_REACH = 80  # characters from a widget's heading or reading to its date
# Characters from a date to a reading after it: further on, the date is a news item's just before the widget.
_READING_REACH = 24
# Under a widget's heading, its table of readings before its stamp ("Ruang / Kelas / Kapasitas / Terisi / Kosong /
# VIP Melati / 12 / 9 / 3 … / Update: 04-12-2026 07:15"): short cells, ``_READING_CELLS`` or more of them bare figures,
# no line a title's (``_TITLE_WORDS`` words), no year; up to ``_READINGS_REACH`` characters.
_READINGS_REACH = 800
_READING_CELLS = 2
_READING_CELL = re.compile(r"^[^\S\n]*\d[\d.,]*[^\S\n]*$", re.MULTILINE)
# Outside an article, a widget's relative time tells of the widget, not of the site's content:
# a weather box's "Diperbarui 15 menit yang lalu" beside its temperature, a counter's "Kunjungan
# terakhir: 2 menit yang lalu", a data widget's "Sinkronisasi terakhir: …" ("Last synced: …"), a social feed's posts
# under its heading ("Twitter @dinkes…").
# A temperature: a weather box's reading ("31°C Cerah Berawan").
_WEATHER = re.compile(r"(?<![\d.,])\d{1,2}(?:[.,]\d)?\s?°\s?[CcFf](?![^\W_])")
_WEATHER_REACH = 80  # characters either side of the phrase
_MAX_DEGREES = 200  # degree signs of a text read for a temperature
_ACTIVITY_LABEL = re.compile(
    r"(?:kunjungan|pengunjung|login|masuk|online|aktif|dilihat|dikunjungi|berkunjung|sinkronisasi)\s+terakhir"
    r"|terakhir\s+(?:kunjungan|berkunjung|dikunjungi|dilihat|login|masuk|online|aktif|sinkronisasi|disinkronkan)"
    r"|last\s+(?:visit(?:ed|or)?|seen|login|logged\s+in|online|active|sync(?:ed|hroni[sz]ed)?)",
    re.IGNORECASE,
)
# A social feed's heading, a line of its own that names the feed, not a network's name alone (an
# icon link's): "Twitter @dinkeskotabekasi", "Tweets by dinkes", "Instagram Feed", "Ikuti Kami di Instagram".
_NETWORK_WORDS = ("twitter", "tweet", "instagram", "facebook", "tiktok", "threads")
_NETWORK_BYTES = tuple(word.encode() for word in _NETWORK_WORDS)
_NETWORK = r"(?:twitter|tweets?|instagram|facebook|tiktok|threads)"
_FEED_HEADING = re.compile(
    rf"^[^\S\n]*(?:(?:ikuti\s+kami\s+di|follow\s+us\s+on|feed|postingan|kiriman)\s+{_NETWORK}"
    rf"|{_NETWORK}(?=\s+(?:feed|by|oleh|dari|@)))"
    r"(?:\s+(?:feed|(?:by|oleh|dari)\s+@?[\w.]+|@[\w.]+))?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
_DAY = timedelta(days=1)
_FEED_REACH = 1500  # characters from a feed's heading to its last post's time
_LABEL_CHARS = 40  # "Diposting", "Posted on", "oleh Admin ·": a label, not a sentence
# What goes on after a relative date on its line when a byline follows it: "· 120 kali dibaca",
# "| Berita", "oleh Admin". A sentence does not stop at a byline's mark, nor is it this short.
_BYLINE = re.compile(r"[·•|]|\s[-–—]\s|\s(?:oleh|by)\s", re.IGNORECASE)
_BYLINE_REACH = 80  # characters from a relative date to its byline's mark: a time and the part of the day fit
_SPACES = re.compile(r"\s*")
# The part of the day may come with it, before or after a time: "Kemarin sore", "yesterday at 4:10 pm".
_PART_OF_DAY = r"(?:pagi|siang|sore|petang|malam|morning|afternoon|evening|night)"
# Possessive: a run of spaces before a word that is none of these is not tried again a character shorter.
_AFTER_RELATIVE = re.compile(
    rf"[\s,.·•|-]*+(?:{_PART_OF_DAY}[\s,]*)?(?:(?:pukul|pkl\.?|jam|waktu|at)\s*:?\s*)?"
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?:[:.]\d{{2}})?\s*(?:wib|wita|wit|[ap]\.?m\.?)?(?:\s*{_PART_OF_DAY})?)?[\s.]*",
    re.IGNORECASE,
)
# The rest of a line, then a line of a bare number: a count, not a time of day ("08.15"); after the
# colon of a table's middle cell too ("Kemarin | : | 211"), and with what it counts ("211 pengunjung").
_COUNT_NEXT = re.compile(
    r"[^\n]*\n\s*(?:[:=][^\S\n]*(?:\n\s*)?)?\d+(?:[.,]\d{3})*"
    r"(?:[^\S\n]+(?:pengunjung|kunjungan|orang|visitors?|visits?|hits|views|kali))?[^\S\n]*(?:\n|\Z)",
    re.IGNORECASE,
)
# On a counter's row, after its label and a mark: its number alone ("Minggu Lalu · 2.304", "Last Week | 300").
_COUNT_BESIDE = re.compile(r"[^\S\n]*[·•|:=][^\S\n]*\d+(?:[.,]\d{3})*[^\S\n]*(?:\n|\Z)")
# A calendar badge of a news or agenda list, without its year: the day, and the month's name on
# the next line ("28\nNov") or the line before ("DES\n09"), or on the day's own ("28 NOV", "Kamis, 3 Desember":
# a day's name before them, which the year must agree with). Each
# line starts with the newline, the literal the search skips to fastest; possessive, so that a line
# of words fails at its first letter. A news list's stamp is such a day and month with the time of the item after
# them ("27 Nov, 14:05", "27 Nov pukul 14.05 WIB"): its year is as much a guess.
_BADGE_BODY = (
    r"[ \t]*+(?:(?P<weekday>[A-Za-z]{3,9}+(?:['’]at)?+)\.?,?[ \t]++)?(?P<day>\d\d?+)(?:\s*+(?P<month>[A-Za-z]{3,9}+)\.?"
    r"(?P<time>[ \t]*+,?[ \t]*+(?:(?i:pukul|pkl\.?|jam)[ \t]*+)?\d\d?[:.]\d\d(?:[:.]\d\d)?"
    r"(?:[ \t]*+(?i:wib|wita|wit))?)?)?"
    r"[ \t]*+(?=\n|\Z)"
)
_BADGE = re.compile(r"\n" + _BADGE_BODY)
_BADGE_FIRST = re.compile(_BADGE_BODY)  # on the text's first line, which no newline comes before
_BADGE_MONTHS = {name: number for name, number in _MONTHS.items() if name != "agus"}  # alone, a man's name
_YEAR_NEXT = re.compile(r"\s*+(?:20\d\d|'\d\d)(?!\d)")  # a date with its year, which _scan reads
# The year of a list's heading, which its badges go without: "Berita 2026", "Arsip November 2026".
_LIST_LABEL = re.compile(
    r"[^\S\n]*(?:berita|agenda|arsip|artikel|kegiatan|pengumuman|info|news|archives?|posts?|events?|tahun|year|"
    + "|".join(sorted({n for n in _MONTHS if len(n) > 3}, key=len, reverse=True))
    + r")\b[^\d\n]{0,30}",
    re.IGNORECASE,
)
_LINE_END = re.compile(r"[^\S\n]*(?:\n|\Z)")
# A press release's dateline, its day and month without the year, at its lead's start: "BEKASI, (27/11) -
# Pemkot …" (or without its comma, "BEKASI (2/12) –"), Antara's older "Bekasi, 27/11 (ANTARA) - …". Found from
# its "/" on (a literal), then its place read before it (one to three words, capitalised, a comma): "Nomor:
# 27/11" or a score "(3/1)" has none.
_DATELINE = re.compile(r"/(?P<month>\d\d?)(?:(?P<close>\))|[^\S\n]+\(ANTARA\))\s*[-–—]")
_DATELINE_PLACE = re.compile(
    r"^[^\S\n]*(?:[A-Z][\w.'-]*[^\S\n]+){0,2}[A-Z][\w.'-]*\s*,\s*(?P<open>\()?(?P<day>\d\d?)\Z", re.MULTILINE
)
# Without its comma, the place in capitals, as a press release writes it: "BEKASI (2/12) –" (not "Skor (3/1) -").
_DATELINE_CAPITALS = re.compile(
    r"^[^\S\n]*(?:[A-Z][A-Z.'-]*[^\S\n]+){0,2}[A-Z][A-Z.'-]+[^\S\n]*(?P<open>\()(?P<day>\d\d?)\Z", re.MULTILINE
)
_DATELINE_PLACE_CHARS = 48
# A news lead's day and month after the day's name, without the year: "Pemerintah Kota Bekasi, Jumat (4/12), …",
# "Jumat (4 Desember)", "Bekasi, Jumat, 4/12 – …". Found from the literal that opens them ("(" or "/"); the day's
# name written in full before them must fall on that day this year or last, as an upcoming day's never does last
# year: a phone's "(021) 4/12", a neighbourhood's "RT 04/12", a room's "Ruang 4/12" have no day's name before them.
_NAMED_DAY_PARENS = re.compile(r"\((?P<day>\d\d?)(?:/(?P<month>\d\d?)|[^\S\n]+(?P<name>[A-Za-z]{3,9}))\)")
_NAMED_DAY_SLASH = re.compile(r"/(?P<month>\d\d?)[^\S\n]*[-–—]")
_REVERSED_DAY = re.compile(r"\d\d?(?![\d/.-])")  # a slash date's day, read backwards: no number's field before it
_FULL_DAY_NAMES = frozenset(
    (*_WEEKDAY_NUMBERS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
_LIST_REACH = 4000  # characters from a list's heading to its last badge
# After a badge's day ahead, a national or international day's name, under a widget of observances' title ("Hari
# Penting", "Hari Besar Nasional", "Kalender Peringatan"): it names them whenever they come ("6 Desember: Hari
# Kesetiakawanan Sosial", "Hari Relawan Internasional"), and dates nothing. An agenda's days are no observances: a
# weekday ("Hari Senin, Rapat …"), a course's day ("HARI KEDUA Bimtek", "Hari Terakhir Pendaftaran"), a working
# day ("Hari Kerja Terakhir …"), nor, under an agenda's title, the department's own ceremony ("Peringatan Hari Ibu
# ke-98 Tingkat Kota Bekasi" at a stadium).
_NO_OBSERVANCES = (
    *("ini", "esok", "kerja", "pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "terakhir", "ke"),
    *sorted(_WEEKDAYS),
)
_NO_OBSERVANCE = "|".join(map(re.escape, _NO_OBSERVANCES))
_OBSERVANCE_AFTER = re.compile(
    rf"\s*[:|–—-]?\s*(?:Peringatan\s+)?(?:Hari|HARI)\s+(?!(?i:{_NO_OBSERVANCE})(?![^\W_]))[A-Z]"
)
_OBSERVANCES_TITLE = re.compile(
    r"^[^\S\n]*(?:kalender[^\S\n]+)?(?:hari[- ](?:hari[^\S\n]+)?(?:penting|besar)"
    r"|peringatan[^\S\n]+hari[^\S\n]+(?:penting|besar)|kalender[^\S\n]+peringatan)(?![^\W_])[^\n]{0,32}$",
    re.IGNORECASE | re.MULTILINE,
)
_WEEKDAY_YEARS = 12  # years back in which a day and month fall on each weekday (29 February's: 28)
_EAST_OF_UTC = timedelta(hours=9)  # WIT, the easternmost of Indonesia's times
# A date after the words of a limit tells when something ends, not when the page was written: a
# validity's end, a deadline ("Berlaku s.d. 15 Desember 2026", "Batas akhir pengumpulan: …", "Paling
# lambat …", "Deadline: …"). Its announcement may be months old, and a page left alone for a year
# shows it as a new one would: such a date is no content date at all.
_BOUND_WORDS = (
    *("berlaku", "masa aktif", "batas", "paling lambat", "selambat-lambatnya", "selambatnya", "berakhir"),
    *("berakhirnya", "ditutup", "penutupan", "jatuh tempo", "tenggat", "kedaluwarsa", "kadaluwarsa"),
    *("kadaluarsa", "kedaluarsa", "deadline", "expired", "expires", "expiry", "expiration", "valid"),
    *("closes", "closing date", "due date", "no later than"),  # "Registration closes on …", "Due date: …"
)
# "Hingga", "s.d.", "until" before a date ahead are a limit's words too; before a date past, a data's
# "as of" ("Data s.d. 30 November 2026"): the day it was brought up to date, which is content.
_UNTIL_WORDS = (
    *("hingga", "sampai", "s.d.", "s.d", "s. d.", "s/d", "s/d."),
    *("until", "till", "thru", "through", "sebelum", "before"),
)
# So is the day ahead of the site's own maintenance ("Pemeliharaan sistem terjadwal pada 6 Desember 2026",
# "Scheduled maintenance on …") outside an article: an alert the server or an admin leaves up says nothing of the
# content. One past is a news item's, and stays; so is the day of works of a road, a pipe or a bridge
# ("Pemeliharaan Jalan Raya Pekayon pada …", "Pemeliharaan Jaringan Pipa …"): a department's news of its own work.
# The words name the site's system next ("pemeliharaan sistem", "server maintenance") or nothing before the date.
_MAINTENANCE_WORDS = ("pemeliharaan", "maintenance")
_MAINTAINED = ("sistem", "system", "server", "aplikasi", "application", "website", "situs", "web", "portal")
# The day of an event fixed long before, which a banner or a running text names at the start of its
# line ("Pemilihan Kepala Daerah 27 November 2026", "HUT Kota Bekasi ke-29, 10 Maret 2027", "Menuju
# Pilkada …"); one named further on is an agenda's item about it ("Rapat Persiapan Pilkada, Senin …").
_EVENT_WORDS = (
    *("pemilihan", "pemilu", "pilkada", "pilpres", "pileg", "pilwalkot", "pemungutan suara", "pencoblosan"),
    *("hut", "dirgahayu", "hari jadi", "ulang tahun", "anniversary", "milad", "libur", "cuti bersama", "hari raya"),
    *("menuju", "hitung mundur", "countdown"),
)
_EVENT_LEAD = 1  # words on the line before an event's name: "Selamat Hari Jadi …", "Jadwal Libur …"


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# The words of a limit or an event, what they bound or name ("akhir pengumpulan", "sertifikat ISO
# 9001:2015"), a label's colon (an event's comma), the line's end if the date is on the next, and a
# day's name ("Paling lambat hari Rabu, "). A date "valid per" a day is a data's "as of", no limit's. A label in
# bold, or in a table's cell, ends its line before its colon ("Batas lamaran\n: 15 Desember 2026"): the same label.
_MAINTAINED_BEFORE = "|".join(rf"(?<={word}\s)" for word in _MAINTAINED)  # "system maintenance"
_LABEL_WORDS = r"(?:[^\S\n]+[^\W_][^\s,;]*+){0,4}"  # what the words bound or name, before the date
_LIMIT = re.compile(
    rf"(?<![^\W_])(?:(?P<bound>{_alternatives(_BOUND_WORDS)})|(?P<until>{_alternatives(_UNTIL_WORDS)})"
    rf"|(?P<event>{_alternatives(_EVENT_WORDS)})"
    rf"|(?P<maintenance>(?:{_MAINTAINED_BEFORE})(?:{_alternatives(_MAINTENANCE_WORDS)}){_LABEL_WORDS}"
    rf"|(?:{_alternatives(_MAINTENANCE_WORDS)})(?:[^\S\n]+(?:{_alternatives(_MAINTAINED)})(?![^\W_]){_LABEL_WORDS})?))"
    r"(?![^\W_])(?!(?<=valid)\s+(?:per|sejak|since|as\s+of|from|mulai|dari)(?![^\W_]))"
    rf"(?(maintenance)|{_LABEL_WORDS})[^\S\n]*(?:\n[^\S\n]*(?=:))?(?:(?P<colon>:)|(?(event),))?(?P<gap>\s*)"
    r"(?:(?:pada|tanggal|tgl\.?|hari|on)[^\S\n]+)*"
    rf"(?:(?:{_alternatives(tuple(_WEEKDAYS))})\.?[^\S\n]*,?[^\S\n]*)?\Z",
    re.IGNORECASE,
)
# The first letters of the words, looked for in a date's label before the expression runs.
# ("s." and "hari" begin many words of a page: their phrases' own beginnings are looked for instead.)
_LIMIT_STEMS = tuple(
    sorted(
        {
            word[:6] if word.startswith(("s.", "s/", "hari ")) else word.split()[0][:5]
            for word in (*_BOUND_WORDS, *_UNTIL_WORDS, *_EVENT_WORDS, *_MAINTENANCE_WORDS)
        }
    )
)
# Each stem's words alone, tried where the stem was found before ``_LIMIT`` is: "no" is found at every "November" and
# "selam" at every "Selamat datang", where the whole expression fails only after trying each of its sixty words.
# The text there is the stem (ASCII, whatever its case), so a word that can match there starts with it or is a prefix
# of it: where none of them matches, ``_LIMIT`` cannot.
_LIMIT_HEADS = tuple(
    re.compile(
        _alternatives(
            tuple(
                word
                for word in (*_BOUND_WORDS, *_UNTIL_WORDS, *_EVENT_WORDS, *_MAINTENANCE_WORDS)
                if word.lower().startswith(stem) or stem.startswith(word.lower())
            )
        ),
        re.IGNORECASE,
    )
    for stem in _LIMIT_STEMS
)
# What each stem's words read after it, up to and with their first space, for the compiled ``limit_heads``: where
# the text after a stem is none of them (a "Selama" or a "Selamat" after "selam", a "November" after "no"), its
# head cannot match there. None for a stem that is one of its words (or holds one), or is followed by a space.
_LIMIT_TAILS: tuple[tuple[int | str, ...] | None, ...] = tuple(
    None
    if any(not word.startswith(stem) or len(word) == len(stem) for word in words) or stem.endswith(" ")
    else (len(stem), *(word[len(stem) :].split(" ")[0] + (" " if " " in word[len(stem) :] else "") for word in words))
    for stem, words in (
        (
            stem,
            tuple(
                word.lower()
                for word in (*_BOUND_WORDS, *_UNTIL_WORDS, *_EVENT_WORDS, *_MAINTENANCE_WORDS)
                if word.lower().startswith(stem) or stem.startswith(word.lower())
            ),
        )
        for stem in _LIMIT_STEMS
    )
)
_LIMIT_REACH = 64  # characters before a date that hold its label
# A countdown after the day it runs to: "27 November 2026 / 07 Hari 03 Jam 20 Menit".
_COUNTDOWN = re.compile(
    r"\W{0,16}(?:\d+\W{0,16})?(?:hari|days?)\W{1,16}(?:\d+\W{0,16})?(?:jam|hours?)\W{1,16}(?:\d+\W{0,16})?"
    r"(?:menit|minutes?)(?![^\W_])",
    re.IGNORECASE,
)
_COUNTDOWN_WORDS = ("menit", "minute")  # a countdown ends with its minutes
_Limit = Literal["bound", "until", "maintenance"] | None
MAX_CANDIDATES = 500  # a hostile page cannot make the scan long
# How far ahead an agenda or an announcement lists what is to come (``freshness.page_date_evidence``): a period that
# starts further on belongs to a plan, not to next week's agenda.
UPCOMING = timedelta(days=14)
_PLAN_PERIODS = 3  # periods of a text ("1 - 30 November 2026") that, from one ended to one far ahead, make a plan
WIB = timezone(timedelta(hours=7), "WIB")  # the officials' time: Bekasi's


def wib_date(moment: datetime, with_time: bool = False) -> str:
    """Return ``moment`` as an official reads it, on the WIB calendar: "2 Desember 2026", or with
    ``with_time`` "2 Desember 2026 pukul 09.08 WIB". A moment without a zone is in UTC."""
    moment = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(WIB)
    day = f"{moment.day} {_MONTH_NAMES[moment.month - 1][0].capitalize()} {moment.year}"
    return f"{day} pukul {moment:%H.%M} WIB" if with_time else day


def wib_day(moment: datetime) -> date:
    """Return the day ``moment`` falls on in Bekasi (WIB): the check's day, which a page's rules measure against."""
    return moment.astimezone(WIB).date()


def dates_in_text(text: str) -> list[datetime]:
    """Return the dates written in ``text`` (Indonesian, English, dd/mm/yyyy and ISO formats)."""
    return [found for found, _start, _end in _scan(text)]


def content_dates(text: str, now: datetime, clocks: bool = False) -> list[datetime]:
    """Return the dates in ``text``, absolute and relative to ``now``.

    With ``clocks``, today's date written next to a time of day, alone on its line or after "hari
    ini"/"diperbarui" is left out: outside an article that is a clock in the page's top bar or a
    "Terakhir diperbarui" line the site prints on every page with the day it is shown, not the date
    of any content. (A post of today dated so outside an article counts from tomorrow on.)
    """
    return marked_dates(date_marks(text, clocks), now)


@made_at_once  # two a check: each field's ``object.__setattr__`` cost some 11 k instructions a construction
@dataclass(frozen=True)
class Marks:
    """What ``content_dates`` reads in a text before the time of the check is known: a page that comes
    back unchanged is read once, and only these are resolved against each check's time."""

    text: str
    clocks: bool
    # Each date and its span; a range's first day comes with its last (it counts while that is ahead);
    # and, by its truth, whether a limit's "hingga" or "s.d." comes before it (it counts while it is not ahead): the
    # limit itself or None where ``_scanned``'s tuple is kept as it was found, else False (``written_marks``).
    written: tuple[tuple[datetime, int, int, datetime | None, str | bool | None], ...]
    # Each phrase relative to the check: how long before it ("3 hari yang lalu"), or the last such weekday.
    relative: tuple[timedelta | str, ...]
    # The spans of numeric dates of a two-digit year no day's name confirms ("04/12/26"): each counts only in its
    # year or the next (``_short_date``).
    recent: frozenset[tuple[int, int]] = frozenset()
    # Whether an update's stamp of today an hour or more before the check is the content's (``_earlier_stamp``): not on
    # a page cache's signed copy, which prints the time it was built.
    stamps: bool = False


def month_first_stamps(metas: Iterable[tuple[str, str]], text: str) -> bool:
    """Return whether a page's stamps "12/04/2026 - 09:15" may be month first: Drupal's default short format
    (``m/d/Y - H:i``), where its ``generator`` meta names Drupal, unless its words are those of Drupal's Indonesian
    translation ("Dikirim oleh admin pada Kam, 03/12/2026 - 09:15"), which writes the day first. Its vendors often
    print the day first too: the generator proves no order (``_stamps_read``)."""
    drupal = any(name == "generator" and content.lstrip().lower().startswith("drupal") for name, content in metas)
    return drupal and _DRUPAL_INDONESIAN not in text.lower()


def date_marks(text: str, clocks: bool = False, month_first: bool = False, stamps: bool = False) -> Marks:
    """Read ``text`` for ``content_dates``, as far as that does not depend on the time of the check.

    The end of a limit ("Berlaku s.d. 15 Desember 2026") and the day of an event fixed long before
    (an election's, an anniversary's, a countdown's) are no content dates (``_Limits``); with ``clocks``
    (outside an article), nor is a weather or an earthquake widget's (``_FedData``). With ``month_first``
    (``month_first_stamps``), a lone stamp "12/04/2026 - 09:15" that may be read either way dates nothing. With
    ``stamps``, an update's stamp of today an hour or more before the check is no clock (``_earlier_stamp``).
    """
    low = _lowered(text)
    hints, present = _words_in(low)
    recent: set[tuple[int, int]] = set()
    # Each date but a limit's bound, and whether it counts only while not ahead: made in C (``written_marks``).
    written = written_marks(_scanned(text, recent, month_first, hints), clocks)
    fed = _FedData(text, low) if clocks and written else None
    if fed is not None and fed.any:
        written = tuple(w for w in written if not fed.owns(w[1], w[2]))
    # A text without any of the relative phrases' words (most outside the articles) has none of them.
    relative = () if present is not None and not present else tuple(_relative_marks(text, clocks, low, present))
    return Marks(text, clocks, written, relative, frozenset(recent), stamps)


def _words_in(low: str | bytes) -> tuple[list[tuple[int, int, int]] | None, dict[str, list[int]] | None]:
    """Return the matches of ``_Limits``'s words in ``low`` (a text lowered), and the relative phrases' words it
    holds, each with where it starts in it (``_word_starts``), found in one pass of both (each a pass of the text
    otherwise); None and None for a text longer than ``_ONE_PASS_CHARS``, whose words are each looked for as before."""
    if len(low) > _ONE_PASS_CHARS:
        return None, None
    hinted = len(_LIMIT_STEMS) + len(_COUNTDOWN_WORDS)
    # The words are ASCII without "?": in the text's Latin-1 with "?" beyond it, they match where they do in the text.
    # Every place of each relative word, in order (one word's matches end, so start, one after the other): the
    # matches split in C.
    return date_words(_date_words_moves(), low if isinstance(low, bytes) else narrowed(low), hinted, _RELATIVE_SEARCHED)


def marked_dates(marks: Marks, now: datetime) -> list[datetime]:
    """Return ``content_dates(marks.text, now, marks.clocks)`` from what ``date_marks`` read."""
    if not marks.written and not marks.relative:
        return []  # most texts outside a page's articles
    text, clocks, today = marks.text, marks.clocks, _local_day(now)
    # The days a clock or a widget may show (``_is_clock``, ``_widget_day``): a date of none of them is neither's.
    shown = _shown_days(now, clocks)
    # A date of one of them is after the day before the first, in UTC, in any zone (an offset is under a day): most of
    # a page's dates are before, and their day is not asked for.
    first = shown[0]
    since = datetime.combine(first, _MIDNIGHT) - _DAY

    def shows(d: datetime, start: int, end: int) -> bool:
        return d.date() in shown and (
            _is_clock(text, d, start, end, now, marks.stamps) if clocks else _widget_day(text, d, start, end, now)
        )

    # A range's while its last day is ahead, none of a plan's periods (``_planned``), a two-digit year's only in its
    # year or the next, a limit's end only while not ahead, none a clock or a widget shows: walked in C.
    found = dates_kept(marks.written, now, today, since, _PLAN_PERIODS, _planned, marks.recent, today.year, shows)
    relative = [now - (mark if isinstance(mark, timedelta) else _since_weekday(mark, now)) for mark in marks.relative]
    return found + relative


def _shown_days(now: datetime, clocks: bool) -> tuple[date, ...]:
    """Return the days a clock (with ``clocks``, ``_is_clock``) or an article's widget (``_widget_day``) may show at
    ``now``: today in UTC and in WIT, and for a clock tomorrow in WIB (a prayer times widget's after the day's last
    prayer)."""
    days = (now.date(), (now + _EAST_OF_UTC).date())
    return (*days, (now + _LOCAL + _DAY).date()) if clocks else days


def _planned(
    written: tuple[tuple[datetime, int, int, datetime | None, str | bool | None], ...], now: datetime
) -> frozenset[tuple[int, int]]:
    """Return the spans of a plan's periods among ``written``: ``_PLAN_PERIODS`` or more ranges, one of them ended and
    one starting more than ``UPCOMING`` ahead ("Angkatan X: 1 - 30 November 2026 … Angkatan XII: 4 - 15 Januari
    2027"). A year's schedule written in its first weeks says nothing of when: neither the last day of a period over
    nor the first of one just ahead dates it. An agenda lists next week's events, and a data's period ends where
    its figures do: one period, or a few close ahead."""
    periods = [(first, last, start, end) for first, start, end, last, _until in written if last is not None]
    if len(periods) < _PLAN_PERIODS:
        return frozenset()
    ended = any(last <= now for _first, last, _start, _end in periods)
    far = any(first > now + UPCOMING for first, _last, _start, _end in periods)
    return frozenset((start, end) for _first, _last, start, end in periods) if ended and far else frozenset()


def yearless_dates(
    text: str, now: datetime, latest: datetime, clocks: bool = False, heading_year: int | None = None
) -> list[datetime]:
    """Return the dates of calendar badges without a year ("28\\nNov") and of press releases' datelines
    ("BEKASI, (27/11) - …"), as ``content_dates`` reads dates.

    A badge takes the year of its list's heading ("Berita 2026"), or else ``heading_year`` (that
    of a heading found elsewhere); without one, the latest year that puts it no later than
    ``latest`` (the last day an agenda's item can be): this year's for a day past or just ahead,
    last year's for one further ahead. A dateline is never ahead: its latest is today.
    """
    found = []
    headings: list[tuple[int, int]] | None = None
    today, limits = _local_day(now), None  # the limits made for the first badge found
    fed: _FedData | None = None  # the widgets' words, found for the first badge outside an article
    for day, month, weekday, first, start, end, ahead in _yearless(text):
        headings = list_years(text) if headings is None else headings
        year = next((y for at, y in reversed(headings) if start - _LIST_REACH < at < start), heading_year)
        headed = _day(year, month, day) if year else None
        bound = latest if ahead else today
        # A heading may date its list back; one further ahead (a calendar widget's month) is no list's.
        when = headed if headed is not None and headed <= bound else _latest(month, day, bound)
        if when is not None and weekday is not None:
            when = _named_year(when, weekday)
            if when is not None and not ahead and when.year < today.year - 1:
                continue  # a lead's day's name tells this year or last: no other day is news
        if when is None or (clocks and _is_clock(text, when, start, end, now)):
            continue
        if when > today and _observance(text, start, end):
            continue  # "6 Desember: Hari Kesetiakawanan Sosial": a day that comes every year
        fed = _FedData(text, _lowered(text)) if clocks and fed is None else fed
        if fed is not None and fed.owns(start, end):
            continue
        limits = limits or _Limits(text)
        limit = limits.of(first, end)
        if limit == "maintenance" and not clocks:
            limit = None  # an article's: a post's about a maintenance to come, written before it
        if limit is None or (limit in ("until", "maintenance") and when <= today):
            found.append(when)
    return found


def _observance(text: str, start: int, end: int) -> bool:
    """Return whether the badge from ``start`` to ``end`` of ``text`` names an observance in a widget of them: a
    national day's name after it, under an observances' title (``_OBSERVANCES_TITLE``) at most ``_LIST_REACH``
    before it."""
    return (
        _OBSERVANCE_AFTER.match(text, end) is not None
        and _OBSERVANCES_TITLE.search(text, max(0, start - _LIST_REACH), start) is not None
    )


def relative_dates(text: str, now: datetime, clocks: bool = False) -> list[datetime]:
    """Return the dates written relative to ``now`` ("3 hari yang lalu", "kemarin", "2 days ago").

    Only a phrase that stands (nearly) alone in its element, or before or after a byline ("oleh
    Admin · 3 hari yang lalu"), counts: in running text "3 hari yang lalu" tells of an event, not
    of when the page changed. With ``clocks``, "hari ini" and a time is left out, as
    ``content_dates`` leaves out today's date.
    """
    return marked_dates(Marks(text, clocks, (), tuple(_relative_marks(text, clocks))), now)


def _relative_marks(
    text: str, clocks: bool, low: str | bytes | None = None, present: Container[str] | None = None
) -> list[timedelta | str]:
    """Return how long before the check each relative phrase of ``text`` (``low``: lowered) is, or the
    weekday it names; ``present``: which of their words it holds (``_relative_words_in``), if known, or a mapping
    of each to where it starts in ``low`` (``_words_in``).

    With ``clocks`` (outside an article), a widget's phrase is left out (``_Widgets``).
    """
    low = _lowered(text) if low is None else low
    present = _relative_words_in(low) if present is None else present
    widgets = _Widgets(text, low) if clocks and present else None
    found = [ago for ago, start in _relative_days(text, low, present) if widgets is None or not widgets.own(start, ago)]
    for word, ago in _DAY_WORDS:
        timed = word in _TIMED_DAY_WORDS
        if (timed and clocks) or word not in present:
            continue
        found += [
            ago
            for start in _word_starts(low, text, word, present)
            if not (word == "kemarin" and _qualified(text, start))
            and _dated_by(text, start, start + len(word), timed)
            and (widgets is None or not widgets.own(start, ago))
        ]
    return found[:MAX_CANDIDATES]


class _Widgets:
    """The widgets of a text outside the articles, whose relative times are theirs (``own``).

    The temperatures and the feeds' headings are found once a text, and only where its words are:
    a news list of a hundred relative dates costs a search each of the text around it otherwise.
    """

    def __init__(self, text: str, low: str | bytes) -> None:
        self.text = text
        self._low = low
        self._temperatures: list[tuple[int, int]] | None = None
        self._feeds: list[tuple[int, int]] | None = None

    def own(self, start: int, ago: timedelta | str) -> bool:
        """Return whether the relative phrase at ``start`` (``ago`` before the check) is a widget's: a weather
        box's, a last visit's, a feed's; or the time of today the server prints as the page's last update
        ("Terakhir diperbarui: baru saja"; an item's "Updated 5 hours ago" is its content's), as ``_is_clock`` reads
        today's date after the same words."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        label_start = max(line_start, start - _LABEL_CHARS)
        if _ACTIVITY_LABEL.search(text, label_start, start) is not None:
            return True
        if isinstance(ago, timedelta) and ago < _DAY and _TODAY_LABEL.search(text, label_start, start) is not None:
            # An item's update an hour or more before the check is its content's ("Updated 5 hours ago" on a news
            # card), as ``_earlier_stamp`` reads "Diperbarui <today> pukul 08.30"; the site's own last update ("Update
            # terakhir: 1 jam yang lalu", "Last updated: …") is still the server's, printed on every page.
            if (
                ago < _CLOCK_SKEW
                or _UPDATE_LABEL.search(text, label_start, start) is None
                or _SITE_UPDATE.search(text, label_start, start) is not None
            ):
                return True
        if self._temperatures is None:
            self._temperatures = _temperatures(text)
        if _within(self._temperatures, start - _WEATHER_REACH, start + _WEATHER_REACH):
            return True
        if self._feeds is None:
            low = self._low
            if isinstance(low, str):
                named = any(word in low for word in _NETWORK_WORDS)
            else:
                named = any(word in low for word in _NETWORK_BYTES)
            self._feeds = _spans(_FEED_HEADING, text) if named else []
        return _within(self._feeds, start - _FEED_REACH, line_start)


def _temperatures(text: str) -> list[tuple[int, int]]:
    """Return the spans of the temperatures of ``text``, each read around its degree sign (found in C)."""
    found: list[tuple[int, int]] = []
    at = text.find("°")
    for _ in range(_MAX_DEGREES):  # a hostile text of degree signs is read no further
        if at < 0:
            break
        reading = _WEATHER.search(text, max(0, at - 6), at + 3)
        if reading is not None:
            found.append(reading.span())
        at = text.find("°", at + 1)
    return found


class _FedData:
    """The headings and readings of a text's weather and earthquake widgets, whose dates are theirs (``owns``)."""

    def __init__(self, text: str, low: str | bytes) -> None:
        # The expression is tried only around its words, found in C: a search of it through the whole text
        # costs as much as the rest of the scan.
        words = _FEED_DATA_WORD_BYTES if isinstance(low, bytes) else _FEED_DATA_WORDS
        headings: set[tuple[int, int]] = set()
        readings = set(_temperatures(text)) if "°" in text else set()
        for word in words:
            at = low.find(word)  # type: ignore[arg-type]
            for _ in range(MAX_CANDIDATES):
                if at < 0:
                    break
                found = _FEED_DATA.search(text, max(0, at - _FEED_DATA_LEAD), at + _FEED_DATA_TAIL)
                if found is not None:
                    (readings if found["reading"] else headings).add(found.span())
                at = low.find(word, at + 1)  # type: ignore[arg-type]
        self.text = text
        self.headings = sorted(headings)
        self.readings = sorted(readings)
        self.marks = sorted(headings | readings)
        self.any = bool(self.marks)

    def owns(self, start: int, end: int) -> bool:
        """Return whether the date from ``start`` to ``end`` follows a widget's heading or reading, or comes
        just before a reading, or follows the table of readings under a widget's heading (``_under_readings``)."""
        return (
            _near(self.marks, start - _FEED_DATA_REACH, start)
            or _near(self.readings, end, end + _READING_REACH)
            or self._under_readings(start)
        )

    def _under_readings(self, start: int) -> bool:
        """Return whether the date at ``start`` ends a table of readings under the nearest widget's heading."""
        at = bisect_left(self.headings, (start, -1))
        if not at or self.headings[at - 1][1] < start - _READINGS_REACH:
            return False
        between = self.text[self.headings[at - 1][1] : start]
        lines = between.split("\n")
        return (
            len(_READING_CELL.findall(between)) >= _READING_CELLS
            and _YEAR.search(between) is None
            and all(len(_TITLE_WORD.findall(line)) < _TITLE_WORDS for line in lines)
        )


def _near(spans: list[tuple[int, int]], low: int, high: int) -> bool:
    """Return whether one of ``spans`` (in order) reaches into ``low`` to ``high``."""
    at = bisect_left(spans, (low, -1))
    return (at < len(spans) and spans[at][0] < high) or (at > 0 and spans[at - 1][1] > low)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [found.span() for found in islice(pattern.finditer(text), MAX_CANDIDATES)]


def _within(spans: list[tuple[int, int]], low: int, high: int) -> bool:
    """Return whether one of ``spans`` (in order, apart) lies from ``low`` to ``high``."""
    at = bisect_left(spans, (low, -1))
    return at < len(spans) and spans[at][1] <= high


def _scan(text: str) -> list[tuple[datetime, int, int]]:
    """Return the dates of ``text`` and their spans, both days of each range."""
    recent: set[tuple[int, int]] = set()
    found = _scanned(text, recent)
    return [(day, start, end) for day, start, end, _last, _limit in found if (start, end) not in recent]


def _scanned(
    text: str,
    recent: set[tuple[int, int]] | None = None,
    month_first_stamps: bool = False,
    hints: list[tuple[int, int, int]] | None = None,
) -> list[tuple[datetime, int, int, datetime | None, _Limit]]:
    """Return the dates of ``text``, their spans, for a range's first day its last, and the limit each ends;
    into ``recent``, the spans of those that count only in their year or the next (``_short_date``). ``hints``:
    the matches of ``_Limits``'s words in it, if found already (``_words_in``).

    A numeric date is read day first ("03/04/2026" is 3 April), unless a numeric date of the same
    text can only be read month first ("11/28/2026"), or the day's name before one says it is
    ("Tue, 12/01/2026": 1 December is a Tuesday, 12 January a Monday): then all of them are. Unless
    one of its numeric dates can only be read day first ("25/11/2026"), or a day's name says so, Drupal's stamps
    "12/04/2026 - 09:15" are read the way that keeps them closer together (``_stamps_read``); a lone one of a page
    whose generator names Drupal (``month_first_stamps``) dates nothing.
    """
    years, twenties = _years_and_twenties(text)
    if not years:  # a text's outside its articles, often: no date of four digits
        return _short_found(text, None, recent, twenties, hints)
    reader = _YearsRead(text, hints)
    # Most years are named dates, read in C; the others each by ``reader.read``.
    years_read(text, years[:MAX_CANDIDATES], _WINDOW, _WINDOW_READS, reader, _LIMIT_REACH)
    found = _stamps_read(reader.found, reader.numeric.stamps_read(), month_first_stamps)
    found += _short_found(text, reader.limits, recent, twenties, hints)
    return found


class _YearsRead:
    """The dates ``_scanned`` reads at a text's years of four digits, one year after the other (``read``; the
    compiled ``years_read`` reads most of them itself, named dates, as this does): the dates found, the limits their
    labels may end (made for the first date found) and what the numeric ones say of their order."""

    def __init__(self, text: str, hints: list[tuple[int, int, int]] | None) -> None:
        self.text, self.hints = text, hints
        self.found: list[tuple[datetime, int, int, datetime | None, _Limit]] = []
        self.limits: _Limits | None = None
        self.numeric = _NumericOrder()

    def limited(self) -> _Limits:
        """Return the text's limits, made at the first call."""
        if self.limits is None:
            self.limits = _Limits(self.text, self.hints)
        return self.limits

    def read(self, start: int, window: str) -> None:
        """Add the dates the year at ``start`` ends (or starts), ``window`` the characters before it reversed
        (``windows_before``: the year follows no digit)."""
        text, found = self.text, self.found
        end = start + _YEAR_CHARS
        # Only a separator after the year starts a date written year first: most years are read on before.
        first_year = _year_first(text, start, end) if text.startswith(_AFTER_YEAR_MARKS, end) else None
        if first_year is not None:
            found.append((*first_year, None, self.limited().of(first_year[1], first_year[2])))
            return
        year = text[start:end]
        read = _window_read(window, year)
        if read is None:
            return
        head, last, head_end, back, newline, first = read
        if last is None:  # a numeric date, read in the text's order
            last = self.numeric.read(text, window, head, year, end, len(found))
            if last is None:
                return
        elif newline and _caption(text, end):
            return
        label = start - back
        limits = self.limited()
        # Most dates have none of the limits' words before them: ``of`` is asked only where one is, or a countdown.
        starts = limits.starts
        at = bisect_left(starts, label - _LIMIT_REACH)
        limit = limits.of(label, end) if limits.countdown or (at < len(starts) and starts[at] < label) else None
        found.append((last, start - head_end, end, None, limit))
        if first is not None:
            found.append((first, start - head_end, end, last, limit))


def _years_and_twenties(text: str) -> tuple[list[int], list[re.Match[str]] | None]:
    """Return where the years of four digits of ``text`` start (``_YEAR``'s matches) and its two-digit years of the
    2020s after a month's name (``_NAMED_SHORT_YEARS``' first's matches), found in one pass (``year_places``: a search
    of each costs as much); where there are more than ``_ONE_PASS_YEARS`` of both, None for the latter (``_short_dated``
    looks for them in a pass of their own)."""
    years, places = year_places(text)
    twenties: list[re.Match[str]] = []
    if len(years) <= _ONE_PASS_YEARS:
        pattern = _NAMED_SHORT_YEARS[0]
        for place in places:
            if (found := pattern.match(text, place)) is not None:
                twenties.append(found)
                if len(years) + len(twenties) > _ONE_PASS_YEARS:
                    break
    return years, (twenties if len(years) + len(twenties) <= _ONE_PASS_YEARS else None)


# A page's items are read again check after check, and a changed page's older items too: the same windows.
@lru_cache(maxsize=4096)
def _window_read(
    window: str, year: str
) -> tuple[re.Match[str], datetime | None, int, int, bool, datetime | None] | None:
    """Return what the reversed ``window`` before a ``year`` of four digits reads (``_scanned``): the match of
    ``_BEFORE_YEAR``, the named date (None for a numeric one, which ``_NumericOrder`` reads in the text's order), the
    lengths of the date's head and of its label's reach back (to a range's first day), whether the head crosses a
    line (a calendar's caption may follow) and a range's first day; None where no date ends at the year."""
    head = _BEFORE_YEAR.match(window)
    if head is None:
        return None
    # The groups are read once: a match's group by name costs a lookup each time.
    (month, day, gday, day2, month2, _space, sep, _nmonth, _nday), head_end = head.groups(), head.end()
    # A named date without a slash ends no letter's number (``_letter_number``), nor a version's: most dates.
    if (sep is not None or "/" in head.group()) and (
        _letter_number(window, head) or (sep and _versioned(window, head_end))
    ):
        return None
    if sep:
        return head, None, head_end, head_end, False, None
    last = _named_day(month or month2, day or day2 or gday, int(year))
    if last is None:
        return None
    # The first characters of ``_RANGE_OPENERS`` are looked up before they are tried: most days start none.
    opens = day and (
        window[head_end : head_end + 1] in _RANGE_FIRSTS or window[head_end : head_end + 2] in _RANGE_PAIRS
    )
    ranged = _RANGE_BEFORE.match(window, head_end) if opens and window.startswith(_RANGE_OPENERS, head_end) else None
    first = None if ranged is None else _range_start(ranged, last)
    # A range's label is before its first day: "Berlaku 1 s.d. 15 Desember", "Pameran 28 November – 12 Desember".
    back = head_end if ranged is None or first is None else ranged.end()
    return head, last, head_end, back, "\n" in window[:head_end], first


# The same reads, kept by the window's and the year's characters for ``years_read``: a read kept costs no str made,
# hashed and compared (some 1.2 k instructions a year through the ``lru_cache``).
_WINDOW_READS = WindowReads(_window_read)


class _NumericOrder:
    """What a text's numeric dates say of the order it writes them in, read one after the other (``_scanned``):
    whether one proves them month first or day first, those that may be read either way, and Drupal's stamps."""

    def __init__(self) -> None:
        self.proven = self.day_first = False
        self.month_first: list[tuple[int, datetime]] = []  # where found holds a date that may be read month first
        # Drupal's stamps ("12/04/2026 - 09:15") that may be read either way or are the same both ways ("12/12/2026")
        self.stamps: list[tuple[int, datetime, datetime]] = []

    def read(self, text: str, window: str, head: re.Match[str], year: str, end: int, index: int) -> datetime | None:
        """Return the numeric date ``head`` read in the reversed ``window`` before the ``year`` of ``text`` (ending at
        ``end``; to be the ``index``-th found), day first unless only month first gives a day; note what it says of
        the order."""
        head_end = head.end()
        last, other = _numeric(head, int(year))
        # A letter's number ("Nomor: B/5/13/2026") proves nothing of how the page writes its dates.
        self.proven = self.proven or (last is None and other is not None and not _numbered(window, head_end))
        self.day_first = self.day_first or (other is None and last is not None and not _numbered(window, head_end))
        last = last or other
        if last is not None and other is not None and other != last:
            self.month_first.append((index, other))
            named = _day_named(window, head_end)  # "Tue, 12/01/2026": a Tuesday is 1 December
            self.proven = self.proven or (named is not None and other.weekday() == named != last.weekday())
            self.day_first = self.day_first or (named is not None and last.weekday() == named != other.weekday())
        if last is not None and other is not None and head["sep"] == "/" and _DRUPAL_TIME.match(text, end):
            self.stamps.append((index, last, other))
        return last

    def stamps_read(self) -> list[tuple[int, datetime, datetime]]:
        """Return the stamps ``_stamps_read`` reads: none where one date proves the order day first, each month first
        where one proves that."""
        if self.day_first:
            return []
        if self.proven:  # all of them month first
            return [(index, other, other) for index, other in self.month_first]
        return self.stamps


def _stamps_read(
    found: list[tuple[datetime, int, int, datetime | None, _Limit]],
    stamps: list[tuple[int, datetime, datetime]],
    drupal: bool,
) -> list[tuple[datetime, int, int, datetime | None, _Limit]]:
    """Return ``found`` with a list's stamps "04/12/2026 - 09:15" (at their index in it, read day first and month
    first), none of which says how it is read, read the way they keep closer together.

    A news list's stamps are days of a month or two: "04/12, 03/12, 01/12" (a constant month second) are days of
    December, "12/04, 12/03, 12/01" (a constant month first) too, and a stale list read the wrong way round spreads
    over months ("04/12, 03/12" of April and March is a month apart). Where both ways keep them as close (a single
    stamp), they are read day first as Indonesian pages write; but on a page whose generator names Drupal
    (``drupal``), whose default format is month first and whose vendors often print the day first, such a stamp
    dates nothing. Stamps given the same both ways (a page's dates where one proves them month first: ``_scanned``)
    are read so.
    """
    if all(last == other for _index, last, other in stamps):  # none (or each read month first already)
        for index, _last, other in stamps:
            found[index] = (other, *found[index][1:])
        return found
    day_first = [last for _index, last, _other in stamps]
    month_first = [other for _index, _last, other in stamps]
    day_span, month_span = max(day_first) - min(day_first), max(month_first) - min(month_first)
    if month_span < day_span:
        for index, _last, other in stamps:
            found[index] = (other, *found[index][1:])
    elif month_span == day_span and drupal:
        either = {index for index, last, other in stamps if last != other}
        return [date for index, date in enumerate(found) if index not in either]
    return found


def _short_found(
    text: str,
    limits: _Limits | None,
    recent: set[tuple[int, int]] | None,
    twenties: list[re.Match[str]] | None = None,
    hints: list[tuple[int, int, int]] | None = None,
) -> list[tuple[datetime, int, int, datetime | None, _Limit]]:
    """Return what ``_scanned`` returns of the dates of two-digit years (``_short_dated``), and add the spans of
    those that count only in their year or the next to ``recent``: a list's stamps, read only where it has
    ``_MIN_STAMPS`` of them. ``limits``: the text's, if made already; else made for the first date found, from
    ``hints`` (``_words_in``) if found already."""
    places = short_places(text)
    if places is None and twenties is not None and not twenties:
        return []  # most texts: no place any of the dates may start at
    found: list[tuple[datetime, int, int, datetime | None, _Limit]] = []
    loose: list[tuple[datetime, int, int]] = []
    for short, start, end, unconfirmed in _short_dated(text, twenties, places):
        if unconfirmed:
            loose.append((short, start, end))
            continue
        limits = limits or _Limits(text, hints)
        found.append((short, start, end, None, limits.of(start, end)))
    dotted = [stamp for stamp in loose if text[stamp[2] - 3] == "."]
    if dotted:
        posts = _dotted_posts(text, dotted)
        loose = [stamp for stamp in loose if text[stamp[2] - 3] != "."]
        if len(posts) >= _MIN_STAMPS:  # one alone is a version's or a clock's as often
            loose += posts
    if len(loose) < _MIN_STAMPS or recent is None:
        return found  # one alone is more often a number than a date ("26/11/26")
    for short, start, end in loose:
        limits = limits or _Limits(text, hints)
        found.append((short, start, end, None, limits.of(start, end)))
        recent.add((start, end))
    return found


def _dotted_posts(text: str, dotted: list[tuple[datetime, int, int]]) -> list[tuple[datetime, int, int]]:
    """Return those of the ``dotted`` stamps of ``text`` that are posts': under their titles; none where a dotted
    number at a line's start is a number other than a date (``_TITLE_WORDS``)."""
    for number in _DOTTED_AT_LINE.finditer(text):
        day, month, year = (int(field) for field in number.groups())
        if not _STAMP_YEARS[0] <= 2000 + year <= _STAMP_YEARS[1] or _day(2000 + year, month, day) is None:
            return []
    posts = []
    for stamp in dotted:
        line = text.rfind("\n", 0, stamp[1])
        before = text[max(0, line - _TITLE_REACH) : max(0, line)].rstrip()
        if len(_TITLE_WORD.findall(before[before.rfind("\n") + 1 :])) >= _TITLE_WORDS:
            posts.append(stamp)
    return posts


def _short_dated(
    text: str,
    twenties: list[re.Match[str]] | None = None,
    places: tuple[list[int], ...] | Literal[False] | None = False,
) -> Iterator[tuple[datetime, int, int, bool]]:
    """Yield the dates of ``text`` with a two-digit year, their spans and whether no day's name confirms them: after
    an apostrophe ("26 November '26"), numeric after a day's name that agrees with it ("Kamis, 26/11/26") or as a news
    list's stamp ("04/12/26", "04-12-26 08:15": ``_short_date``).

    Each expression is tried only where its dates may start (``short_places``, or ``places`` if found already: the
    marks' places, a numeric date's where a second of its mark follows, the thirties' where one of " ./-" is before).
    A page that writes years of four digits may print a two-digit one in one place too: "Kamis, 26-11-26" in a list
    of "Rabu, 2 Desember 2026".
    """
    places = short_places(text) if places is False else places
    # Each mark's places, then the thirties' (none of any: None).
    marks_places = places[:-1] if places is not None else ((),) * len(_SHORT_YEARS)
    for (mark, pattern), starts in zip(_SHORT_YEARS, marks_places, strict=True):
        if not starts:
            continue  # most marks: a call of ``_found_at`` and ``enumerate`` saved
        for count, year in enumerate(_found_at(pattern, text, starts)):
            if count >= MAX_CANDIDATES:
                break
            # An apostrophe is read with the day and month before it; a numeric date's month, before its year.
            at = year.start() if mark in _APOSTROPHES else year.end() - 2
            found = _short_date(text, at, year.end(), 2000 + int(year.group()[-2:]), mark)
            if found is not None:
                yield found[0], found[1], year.end(), found[2]
    # ``twenties``: the first expression's matches, if found already (``_years_and_twenties``).
    firsts = twenties if twenties is not None else _NAMED_SHORT_YEARS[0].finditer(text)
    # The second's year follows one of " ./-" (its lookbehinds), a "3" seldom: asked only there.
    thirties = list(_found_at(_NAMED_SHORT_YEARS[1], text, places[-1])) if places is not None else []
    # Few texts hold one of the thirties: where none, the firsts alone are in order (a merge costs a few k).
    after_months = heapq.merge(firsts, thirties, key=re.Match.start) if thirties else firsts
    for count, year in enumerate(after_months):
        if count >= MAX_CANDIDATES:
            break
        named = _named_short_date(text, year)
        if named is not None:
            yield named[0], named[1], year.end(), False


def _found_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """Yield the matches of ``pattern`` in ``text`` as ``finditer`` finds them, given the places, in order, that
    hold every match's start (none of its matches empty): each is matched where no match found before covers it."""
    end = 0
    for start in starts:
        if start >= end and (found := pattern.match(text, start)) is not None:
            end = found.end()
            yield found


def _short_date(text: str, at: int, end: int, year: int, mark: str) -> tuple[datetime, int, bool] | None:
    """Return the date whose two-digit year (``mark`` before it, ending at ``end``) is at ``at``, where it starts,
    and whether no day's name confirms it; None if the year closes no date.

    A numeric one without a day's name that agrees is a news list's stamp only as a theme prints it with
    ``strftime("%d/%m/%y")``: day and month of two digits each, day first, slashes or hyphens, no field of a number
    before it (a phone's "021-88-12-26", a letter's "B/04/12/26"), no version's mark nor a number's label ("Nomor:"),
    the stamp's end after it (its line's, a time, a byline: ``_NAMED_SHORT_YEAR_END``), of 2020 to 2039; it counts
    only in its year or the next (``Marks.recent``), and only among others of a list (``_short_found``).
    """
    window = _before(text, at)
    head = _BEFORE_YEAR.match(window)
    if head is None:
        return None
    found, loose = None, False
    if mark in _APOSTROPHES:
        found = None if head["sep"] else _named(head, year)
    elif head["sep"] == mark and not head["space"]:
        # Read either way round, the one the day's name agrees with: "Thu, 11/26/26" is 26 November too.
        named = _day_named(window, head.end())
        read = _numeric(head, year)
        found = next((d for d in read if d is not None and d.weekday() == named), None)
        if found is None and named is None and _list_stamp(text, window, head, end, year):
            found, loose = read[0], True
    return (found, at - head.end(), loose) if found is not None else None


def _list_stamp(text: str, window: str, head: re.Match[str], end: int, year: int) -> bool:
    """Return whether a numeric date of a two-digit year (``head`` read in the reversed ``window``, its year ending
    at ``end`` of ``text``) is printed as a news list's stamp (``_short_date``)."""
    return (
        head["sep"] in _STAMP_MARKS
        and len(head["nday"]) == 2
        and len(head["nmonth"]) == 2
        and _STAMP_YEARS[0] <= year <= _STAMP_YEARS[1]
        and not _numbered(window, head.end())
        and not _versioned(window, head.end())
        and _NUMBER_LABEL.match(window, head.end()) is None
        and _NAMED_SHORT_YEAR_END.match(text, end) is not None
        and (
            head["sep"] != "."
            or (_DOTTED_LINE_START.match(window, head.end()) is not None and not _CLOCK_ZONE.match(text, end))
        )
    )


def _named_short_date(text: str, year: re.Match[str]) -> tuple[datetime, int] | None:
    """Return the date that a two-digit ``year`` without its apostrophe closes after a day and a month's name
    ("28 Nov 26", "28-Nov-26"), and where it starts; None if no such date ends its stamp.

    The day comes first and the month is one of its names, not a slip of one: "Nov 28, 26" may be a list of
    days, and what a misspelt month's word stands beside, unknown. The year ends the stamp (``_NAMED_SHORT_YEAR_END``).
    """
    if _NAMED_SHORT_YEAR_END.match(text, year.end()) is None:
        return None
    window = _before(text, year.start())
    head = _BEFORE_YEAR.match(window)
    if head is None or not head["day"] or _letter_number(window, head):
        return None
    month = _BADGE_MONTHS.get(head["month"][::-1].lower(), 0)  # not "Agus", a man's name
    found = _day(2000 + int(year.group()), month, int(head["day"][::-1])) if month else None
    return (found, year.start() - head.end()) if found is not None else None


def _versioned(window: str, end: int) -> bool:
    """Return whether a version's mark comes before a numeric date read up to ``end`` of the reversed ``window``."""
    return _VERSION_BEFORE.match(window, end) is not None


class _Limits:
    """The limits a text's dates end: "bound" after a validity's or a deadline's words on its line ("Berlaku
    s.d. …", "Batas akhir: …"), an event's day ("Pilkada …") or a countdown's; "until" after "hingga" or
    "s.d." alone, or a label on the line before: a limit once ahead; "maintenance" after the words of the site's
    own maintenance, one once ahead outside an article; or None (``of``).

    The first letters of those words are found in one pass over the text (an Aho-Corasick automaton):
    most dates have none before them, and cost a bisection.
    """

    def __init__(self, text: str, matches: list[tuple[int, int, int]] | None = None) -> None:
        """``matches``: those of the words in the text lowered, if found already (``_words_in``)."""
        self.text = text
        if matches is None:
            lowered = _lowered(text)
            in_bytes = isinstance(lowered, bytes)
            matches = _hint_search(in_bytes).find_matches_as_indexes(lowered, overlapping=True)  # type: ignore[arg-type]
        # Where a word's first letters start, one of the stems found there (any: each is the text there), those
        # places in order, and whether one of the countdown's words (after the stems) is in the text: made in C.
        self.heads, self.starts, self.countdown = limit_heads(text, matches, _LIMIT_HEADS, _LIMIT_TAILS)

    def of(self, start: int, end: int) -> _Limit:
        """Return the limit the date from ``start`` to ``end`` ends, or None."""
        text = self.text
        if self.countdown and _COUNTDOWN.match(text, end) is not None:
            return "bound"
        low, starts, heads = max(0, start - _LIMIT_REACH), self.starts, self.heads
        at, stop = bisect_left(starts, low), len(starts)
        # The words begin where their first letters were found: the expression is tried there alone, once a word is.
        while at < stop and (word := starts[at]) < start:
            found = _LIMIT.match(text, word, start) if heads[word].match(text, word, start) is not None else None
            limit = _labelled(text, found, low) if found is not None else None
            if limit is not None:
                return limit
            at += 1
        return None


@lru_cache(maxsize=2)
def _hint_search(in_bytes: bool) -> ahocorasick_rs.AhoCorasick | ahocorasick_rs.BytesAhoCorasick:
    words = (*_LIMIT_STEMS, *_COUNTDOWN_WORDS)
    if in_bytes:
        return ahocorasick_rs.BytesAhoCorasick([word.encode() for word in words])
    return ahocorasick_rs.AhoCorasick(list(words))


def _labelled(text: str, found: re.Match[str], low: int) -> _Limit:
    """Return the limit the words ``found`` before a date label it with, if they are its label.

    A label alone on the line before, with a word at most before it ("Masa berlaku", "Promo berakhir"),
    without its colon (a label in bold or in a table's cell has it on the next line, and labels the date as on its
    own line), only once the date is ahead: a news item's headline that ends so ("Pendaftaran Ditutup") is
    followed by its own date. An event is named at its line's start, and a comma may follow it.
    """
    lead = _words_before(text, found.start())
    if found["event"] is not None and (lead is None or lead > _EVENT_LEAD):
        return None
    before = text[max(low, found.start() - _WINDOW) : found.start()].split()
    if found["until"] is not None and before and _day_or_month(before[-1].strip(".,")):
        return None  # a range's, a day's name between: "Rabu, 9 Desember s.d. Kamis, 10 Desember 2026"
    if found["maintenance"] is not None:
        return "maintenance" if "\n" not in found["gap"] or (lead is not None and lead <= 1) else None
    if "\n" in found["gap"] and found["colon"] is None:
        return "until" if lead is not None and lead <= 1 else None
    return "until" if found["until"] is not None else "bound"


def _words_before(text: str, at: int) -> int | None:
    """Return how many words are on the line before ``at``; None if it starts more than ``_LIMIT_REACH`` before."""
    reach = max(0, at - _LIMIT_REACH)
    line_start = text.rfind("\n", reach, at) + 1
    if not line_start and reach:
        return None
    return len(text[line_start:at].split())


def _local_day(now: datetime) -> datetime:
    """Return the day it is in Bekasi at ``now``, as a text's dates are read: at midnight UTC."""
    return datetime.combine((now + _LOCAL).date(), _MIDNIGHT)


def _yearless(text: str) -> Iterator[tuple[int, int, int | None, int, int, int, bool]]:
    """Yield the days without a year of ``text``, a badge's and a dateline's: each day, its month, the weekday its
    day's name gives (or None), where its label may start, its span, and whether it may be ahead (an agenda's
    badge)."""
    for badge, start in _badges(text):
        named = badge["weekday"]
        weekday = _DAY_NAMES.get(named.lower()) if named else None
        if named and (weekday is None or not badge["month"]):
            continue  # a word before a day ("Tahap 2 Januari"), or a day's name before a day alone
        month, first = _badge_month(text, badge, start)
        if month and not _YEAR_NEXT.match(text, badge.end()):
            yield int(badge["day"]), month, weekday, first, start, badge.end(), True
    if "(" in text:
        yield from _named_days(text, _NAMED_DAY_PARENS)
    if "/" not in text:
        return
    yield from _named_days(text, _NAMED_DAY_SLASH)
    for count, line in enumerate(_DATELINE.finditer(text)):
        if count >= MAX_CANDIDATES:
            return
        slash = line.start()
        before = max(0, slash - _DATELINE_PLACE_CHARS)
        place = _DATELINE_PLACE.search(text, before, slash) or _DATELINE_CAPITALS.search(text, before, slash)
        # Its parentheses close as they open: "BEKASI, (27/11) -", "BEKASI (2/12) –", "Bekasi, 27/11 (ANTARA) -".
        if place is not None and bool(place["open"]) == bool(line["close"]):
            yield int(place["day"]), int(line["month"]), None, place.start(), place.start(), line.end(), False


def _named_days(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int, int | None, int, int, int, bool]]:
    """Yield, as ``_yearless`` does, the days and months after a day's name written in full that ``pattern`` finds
    (``_NAMED_DAY_PARENS``, or ``_NAMED_DAY_SLASH`` from the slash on, its day read before it)."""
    for count, found in enumerate(pattern.finditer(text)):
        if count >= MAX_CANDIDATES:
            return
        start = found.start()
        name = found.groupdict().get("name")
        month = _BADGE_MONTHS.get(name.lower(), 0) if name else int(found["month"])
        if pattern is _NAMED_DAY_SLASH:
            window = _before(text, start)
            reversed_day = _REVERSED_DAY.match(window)
            if reversed_day is None:
                continue  # no day, or a number's field before it ("B/4/12 -")
            day, start = int(reversed_day[0][::-1]), start - reversed_day.end()
        else:
            day = int(found["day"])
        weekday = _full_day_named(_before(text, start))
        if month and weekday is not None:
            yield day, month, weekday, start, start, found.end(), False


def _full_day_named(window: str) -> int | None:
    """Return the weekday of a day's name written in full ("Jumat, ", "Friday (") at the start of the reversed
    ``window``, a word of its own, or None."""
    at = 0
    while at < len(window) and window[at] in " \t\xa0,":
        at += 1
    stop = at
    while stop < len(window) and (window[stop].isalpha() or window[stop] in _APOSTROPHES):
        stop += 1
    name = window[at:stop][::-1].lower()
    return _DAY_NAMES[name] if at and name in _FULL_DAY_NAMES else None


def _badges(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Yield the calendar badges of ``text`` and where each starts."""
    first = _BADGE_FIRST.match(text)
    if first is not None:
        yield first, 0
    for count, badge in enumerate(_BADGE.finditer(text)):
        if count >= MAX_CANDIDATES:
            return
        yield badge, badge.start() + 1


def _badge_month(text: str, badge: re.Match[str], start: int) -> tuple[int, int]:
    """Return the month of a badge, on the day's line or the next or else the line before (0 if none),
    and where the badge starts.

    Where the lines around hold a day or a month too, the numbers and names are a table of months
    ("Jan / 12 / Feb / 9": cases, visitors), not a badge.
    """
    month = _BADGE_MONTHS.get(badge["month"].lower(), 0) if badge["month"] else 0
    first = start
    if not month and badge["time"]:
        return 0, first  # a time after a word that is no month's: "09 Pukul 10:00"
    if not month:
        line, first = _line_before(text, start)
        month = _BADGE_MONTHS.get(line.lower(), 0)
    if not month or _day_or_month(_line_before(text, first)[0]) or _day_or_month(_line_after(text, badge.end())):
        return 0, first
    return month, first


def _line_before(text: str, start: int) -> tuple[str, int]:
    """Return the last line with words before the line at ``start`` (within ``_WINDOW``), and where it starts."""
    low = max(0, start - _WINDOW)
    before = text[low : max(low, start - 1)].rstrip()
    at = before.rfind("\n") + 1
    if not at and low:  # the line goes on beyond the window: a sentence, no day nor month
        return "", start
    return before[at:].strip(" \t\xa0."), low + at


def _line_after(text: str, end: int) -> str:
    """Return the first line with words after ``end`` (within ``_WINDOW``); nothing for a longer one."""
    after = text[end : end + _WINDOW].lstrip()
    line, newline, _ = after.partition("\n")
    return line.strip(" \t\xa0.") if newline or end + _WINDOW >= len(text) else ""


def _day_or_month(line: str) -> bool:
    return (line.isdigit() and len(line) <= 2) or line.lower() in _MONTHS


def list_years(text: str) -> list[tuple[int, int]]:
    """Return where the headings of lists with a year ("Berita 2026") start in ``text``, and their years."""
    found = []
    for count, year in enumerate(_YEAR.finditer(text)):
        if count >= MAX_CANDIDATES:
            break
        start = text.rfind("\n", max(0, year.start() - _LABEL_CHARS), year.start()) + 1
        if (
            (start or year.start() < _LABEL_CHARS)
            and _LIST_LABEL.fullmatch(text, start, year.start())
            and _LINE_END.match(text, year.end())
        ):
            found.append((start, int(year.group())))
    return found


def _latest(month: int, day: int, latest: datetime) -> datetime | None:
    this_year = _day(latest.year, month, day)
    if this_year is not None and this_year <= latest:
        return this_year
    return _day(latest.year - 1, month, day)


def _named_year(when: datetime, weekday: int) -> datetime | None:
    """Return the day and month of ``when`` in the latest year up to its own whose date falls on ``weekday``: a
    badge's day's name ("Kamis, 3 Desember") tells its year. A date's weekday comes back within eleven years."""
    for year in range(when.year, when.year - _WEEKDAY_YEARS, -1):
        found = _day(year, when.month, when.day)
        if found is not None and found.weekday() == weekday:
            return found
    return None


def _year_first(text: str, start: int, end: int) -> tuple[datetime, int, int] | None:
    """Return the date written year first from the year at ``start`` to ``end`` of ``text`` ("2026-11-28"), where it
    starts and ends; None if there is none."""
    tail = _AFTER_YEAR.match(text, end)
    if tail is None or _versioned(_before(text, start), 0):  # "v2026.11.28", "Versi 2026.11.28"
        return None
    if tail["sep"] == "/" and _in_printed_url(text, start):
        return None
    found = _day(int(text[start:end]), int(tail["month"]), int(tail["day"]))
    return (found, start, tail.end()) if found else None


def _in_printed_url(text: str, start: int) -> bool:
    """Return whether the year at ``start`` is a path's part of a URL printed as text: a failed fetch's warning of a
    stale widget ("file_get_contents(https://api.myquran.com/v2/sholat/jadwal/1203/2026/12/05): Failed …") names
    the day it asked for, not a day the department wrote; only beside a failed fetch's words (``_FAILED_FETCH``): a
    post's printed source is dated by the post's day. Links' addresses are read apart (their hrefs)."""
    if not start or text[start - 1] != "/":
        return False
    word_start = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), start - _URL_REACH)
    if text.find("://", word_start, start) < 0:
        return False
    around = text[max(0, word_start - _FETCH_REACH) : start + _FETCH_REACH].lower()
    return any(sign in around for sign in _FAILED_FETCH)


def _numeric(head: re.Match[str], year: int) -> tuple[datetime | None, datetime | None]:
    """Return a numeric date ("28/11/2026") read day first, and read month first."""
    first, second = int(head["nday"][::-1]), int(head["nmonth"][::-1])
    return _day(year, second, first), _day(year, first, second)


def _day_named(window: str, end: int) -> int | None:
    """Return the weekday (Monday 0) a day's name gives just before a date read up to ``end`` of the
    reversed ``window`` ("Selasa, ", "Tue. ", "Rabu ("), or None."""
    at = end
    while at < len(window) and window[at] in " \t\xa0,.(":
        at += 1
    stop = at
    while stop < len(window) and stop - at <= 9 and (window[stop].isalpha() or window[stop] in _APOSTROPHES):
        stop += 1
    return _DAY_NAMES.get(window[at:stop][::-1].lower()) if stop > at else None


def _numbered(window: str, end: int) -> bool:
    """Return whether the reversed ``window`` goes on, after a date read up to ``end``, as a number's part."""
    return end < len(window) and (window[end].isalnum() or window[end] in "/.-")


def _letter_number(window: str, head: re.Match[str]) -> bool:
    """Return whether the date ``head`` read in the reversed ``window`` ends a letter's number: a field of it goes
    on before the day ("B/5/13/2026", "800/12/Des/2026", "B-12/11/2026", "443.1/5/11/2026")."""
    sep = head["sep"]
    if sep is None and "/" not in head.group():  # most dates: tried first
        return False  # a named date written with spaces after a slash: "Beranda/30 November 2026"
    end = head.end()
    if end + 1 >= len(window) or head["space"]:
        return False  # a spaced number's last fields are not read (``_BEFORE_YEAR``)
    mark, before = window[end], window[end + 1]
    if mark in ("/", sep):
        # An abbreviation's full stop before a date is no field: "Tgl.30.11.2026".
        return before.isalnum() and not (mark == "." and before.isalpha())
    return mark == "-" and sep is not None and before.isalpha()


def _caption(text: str, year_end: int) -> bool:
    """Return whether a named date whose day is on the line before (``_scanned`` looks) is a calendar's caption
    ("Desember 2026" and its weekdays' heads, after ``year_end``) after a number, which is none of its days."""
    return _CALENDAR_HEAD.match(text, year_end) is not None


def _named(head: re.Match[str], year: int) -> datetime | None:
    return _named_day(head["month"] or head["month2"], head["day"] or head["day2"] or head["gday"], year)


@lru_cache(maxsize=4096)  # a page names the same few days, item after item and check after check
def _named_day(month: str, day: str, year: int) -> datetime | None:
    """Return the day of ``year`` a month's name and a day's number, both reversed as ``_BEFORE_YEAR`` reads
    them, give; None if they give none."""
    number = int(day[::-1])
    name = month[::-1].lower()
    return _day(year, _MONTHS.get(name) or _MISSPELT_MONTHS.get(name, 0), number)


def _range_start(before: re.Match[str] | None, last: datetime) -> datetime | None:
    """Return the first day of a range ending on ``last``, as ``_RANGE_BEFORE`` read it."""
    # An event of several days: its first is already past while its last is still ahead.
    if before is None:
        return None
    month = _MONTHS.get(before["month"][::-1].lower(), 0) if before["month"] else last.month
    first = _day(last.year - (month > last.month), month, int(before["day"][::-1]))
    return first if first is not None and first < last else None


@lru_cache(maxsize=4096)  # a page dates its items with the same few days, check after check
def _day(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day, tzinfo=UTC)
    except ValueError:
        return None


def _is_clock(text: str, found: datetime, start: int, end: int, now: datetime, stamps: bool = False) -> bool:
    # With ``stamps``, an update's stamp of today an hour or more before the check is no clock (``_earlier_stamp``).
    # The clock shows the local date (WIB, WITA, WIT), or the server's in UTC; a prayer times widget shows
    # tomorrow's after the day's last prayer.
    if found.date() not in (now.date(), (now + _EAST_OF_UTC).date()):
        return found.date() == (now + _LOCAL + _DAY).date() and _prayer_times(text, start, end)
    # Between midnight in Bekasi and 07.00 WIB the day in UTC is still yesterday's: a post of yesterday's date,
    # alone on its line, is the post's then; a server's clock in UTC is told by its time or its label.
    local = found.date() in ((now + _LOCAL).date(), (now + _EAST_OF_UTC).date())
    era = _ERA_AFTER.match(text, end)
    end = end if era is None else era.end()
    # What is around on its line, at most _LABEL_CHARS either side: a page of one long line stays cheap.
    low, high = max(0, start - _LABEL_CHARS), min(len(text), end + _LABEL_CHARS)
    line_start, line_end = text.rfind("\n", low, start) + 1, text.find("\n", end, high)
    around_start, around_end = max(line_start, low), high if line_end == -1 else line_end
    labelled = _TODAY_LABEL.search(text, around_start, start) is not None
    if _RENDER_TIME.match(text, end) is not None:
        return True
    if stamps and labelled and _earlier_stamp(text, found, around_start, start, end, now):
        return False
    if not labelled and _after_byline(text, start):
        return False
    return (
        _TIME_AFTER.match(text, end) is not None
        or _TIME_BEFORE.match(_before(text, start)) is not None
        or labelled
        or _WELCOME.search(text, end, around_end) is not None
        # A calendar or a prayer times widget: "Rabu, 2 Desember 2026 / 17 Jumadil Akhir 1448 H".
        or _HIJRI_YEAR.search(text, around_start, around_end) is not None
        or _prayer_times(text, start, end)
        # All its line holds but for a weekday and a time: "Rabu, 2 Desember 2026" in a top bar; not Blogger's
        # date header (it has no time) above a post it signs.
        or (
            local
            and (line_start > 0 or low == 0)
            and (line_end != -1 or high == len(text))
            and _bare(text[around_start:start], text, end, around_end)
            and not _heads_signed_post(text, end)
        )
    )


def _earlier_stamp(text: str, found: datetime, label_start: int, start: int, end: int, now: datetime) -> bool:
    """Return whether the date of ``found`` from ``start`` to ``end``, after an update's label, is followed by a time
    of day ``_CLOCK_SKEW`` or more before ``now`` in its zone, or in WIB and in UTC where it names none."""
    time = _STAMP_TIME.match(text, end)
    if time is None or _UPDATE_LABEL.search(text, label_start, start) is None:
        return False
    hour, minute = int(time[1]), int(time[2])
    if hour > 23 or minute > 59:
        return False
    written = found.replace(hour=hour, minute=minute)
    # Without a zone, a server's clock in UTC: the same time of day within the skew of the check's.
    in_utc = time[3] is None and abs(now - written) < _CLOCK_SKEW
    return not in_utc and now - (written - _ZONES[(time[3] or "wib").lower()]) >= _CLOCK_SKEW


def _heads_signed_post(text: str, end: int) -> bool:
    """Return whether a post that Blogger signs with its time follows the date ending at ``end``, no year between
    (a top bar's day above the header of an older post is not its header)."""
    for signed in _SIGNED_POSTS:
        found = signed.search(text, end, end + _POST_REACH)
        if found is not None and _YEAR.search(text, end, found.start()) is None:
            return True
    return False


def _after_byline(text: str, start: int) -> bool:
    """Return whether the date at ``start`` follows a byline's word: "Ditulis oleh Admin pada Rabu, …"."""
    for posted in _POSTED.finditer(text, max(0, start - _POSTED_REACH), start):
        if _BYLINE_GAP.match(text, posted.end(), start) is not None:
            return True
    return False


def _prayer_times(text: str, start: int, end: int) -> bool:
    """Return whether a prayer times widget's words are around the date from ``start`` to ``end``."""
    return _PRAYER_TIMES.search(text, max(0, start - _PRAYER_REACH), end + _PRAYER_REACH) is not None


def _widget_day(text: str, found: datetime, start: int, end: int, now: datetime) -> bool:
    """Return whether today's date in an article is a widget's: a prayer times widget's (after its heading, or
    before its first time), or one labelled as today's ("Hari ini: …"). A theme that puts the whole home page
    in one ``<article>`` (Astra's, GeneratePress's, with Elementor) puts its widgets there too. (A date beside
    its Hijri day may be a post's.)"""
    if found.date() not in (now.date(), (now + _EAST_OF_UTC).date()):
        return False
    line_start = text.rfind("\n", max(0, start - _LABEL_CHARS), start) + 1
    return (
        _TODAY_WIDGET.search(text, max(line_start, start - _LABEL_CHARS), start) is not None
        # The widget's heading just before its day, or its first time on the next line: a post of today just
        # before or after the widget is the post's.
        or _PRAYER_HEAD.search(text, max(0, start - _LABEL_CHARS), start) is not None
        or _PRAYER_NEXT.match(text, end) is not None
    )


def _bare(label: str, text: str, end: int, line_end: int) -> bool:
    """Return whether ``label`` is nothing, a weekday or a dateline's place, and the text from ``end`` to
    ``line_end`` a time at most."""
    # An icon's character is no label, nor anything after the date: "📅 Rabu, 2 Desember 2026", "… 2026 🕒",
    # Font Awesome's glyph written as text.
    icon = _ICON.match(label)
    label = label[icon.end() :] if icon else label
    tail = _ICON_TAIL.search(text, end, line_end)
    line_end = line_end if tail is None else tail.start()
    place = _PLACE.match(label)
    label = label[place.end() if place else 0 :].strip(_LABEL_PUNCTUATION).lower()
    return (not label or label in _WEEKDAYS) and _AFTER_RELATIVE.fullmatch(text, end, line_end) is not None


def _before(text: str, start: int) -> str:
    """Return the ``_WINDOW`` characters before ``start`` (fewer at the text's start), reversed."""
    # One slice that steps backwards; its stop must not wrap round to the end of the text.
    if start > _WINDOW:
        return text[start - 1 : start - _WINDOW - 1 : -1]
    return text[start - 1 :: -1] if start else ""


def _relative_days(
    text: str, low: str | bytes, present: Container[str] = _ALL_RELATIVE_WORDS
) -> Iterator[tuple[timedelta | str, int]]:
    """Yield how long ago the phrases before "lalu", "ago" and "kemarin" and after "last" (``low``: ``text``
    lowered; ``present``: those of the words in it) that stand alone say, or the weekday they name ("Senin
    lalu"), and where each starts."""
    for word in _RELATIVE_WORDS:
        for start in _word_starts(low, text, word, present) if word in present else ():
            found = _ago(text, start, word)
            if found is not None:
                yield found
    for start in _word_starts(low, text, "last", present) if "last" in present else ():
        after = _LAST_AFTER.match(text, start + len("last"))
        if after is not None and _stamp(text, start, after.end()):
            yield _WEEK if after["week"] else after["weekday"], start


def _ago(text: str, start: int, word: str) -> tuple[timedelta | str, int] | None:
    """Return how long ago the phrase that ends in ``word`` (at ``start``) says, or the weekday it names,
    and where it starts; None if it does not stand alone."""
    low_start, end = _phrase_low(text, start, word), start + len(word)
    phrase = _RELATIVE.search(text, low_start, start)
    if phrase is not None:
        if "\n" in text[phrase.start() : start] and _COUNT_NEXT.match(text, end) is not None:
            return None  # a counter's rows: "Hari ini", "12", "Minggu Lalu", "2.304" is no "12 minggu lalu"
        indonesian = word != "ago"
        amount = _count(phrase) * _unit(phrase["unit"], indonesian)
        ago, since = _with_earlier(text, amount, phrase.start(), indonesian)
        if amount == _MONTH and since == phrase.start():
            ago = _A_MONTH  # alone: "sebulan yang lalu" (a larger unit before it dates the page long ago anyway)
        return (ago, since) if _alone(text, since, end, byline=True) else None
    if word == "ago":
        return None
    weekday = _WEEKDAY_BEFORE.search(text, low_start, start)
    unit = _LAST_UNIT_BEFORE.search(text, low_start, start)
    # "Minggu lalu pukul 19.30" is Carbon's last Sunday; "minggu kemarin" is only said of the last week.
    if weekday is not None and (unit is None or word == "lalu"):
        mark: timedelta | str = weekday["weekday"]
        since = weekday.start()
    elif unit is not None and unit["unit"].lower() in ("minggu", "pekan"):
        mark, since = _WEEK, unit.start()
    else:
        return None
    return (mark, since) if _stamp(text, since, end) else None


def _stamp(text: str, start: int, end: int) -> bool:
    """Return whether a last week's phrase from ``start`` to ``end`` stands alone, not as a visitor counter's row
    ("Minggu Lalu", "2.304"; "Last Week · 300") but as a stamp ("Senin lalu · 120 kali dibaca")."""
    return (
        _alone(text, start, end, byline=True)
        and _COUNT_BESIDE.match(text, end) is None
        and (_COUNT_NEXT.match(text, end) is None or _time_on_line(text, end))
    )


def _time_on_line(text: str, end: int) -> bool:
    """Return whether a time of day follows ``end`` on its line: a stamp's ("Kemarin, 14:20"), which a counter's
    row has not, whatever number the next line holds (a theme's comment count: "Kemarin, 14:20", "0")."""
    time = _TIME_AFTER.match(text, end)
    return time is not None and "\n" not in time.group()


def _qualified(text: str, start: int) -> bool:
    """Return whether "kemarin" at ``start`` follows an amount, a week, a month or a day's name ("minggu
    kemarin"): then it is no yesterday (``_ago`` reads it)."""
    low_start = _phrase_low(text, start, "kemarin")
    return any(p.search(text, low_start, start) for p in (_RELATIVE, _LAST_UNIT_BEFORE, _WEEKDAY_BEFORE))


def _phrase_low(text: str, start: int, word: str) -> int:
    """Return where the words before ``word`` (at ``start``) that may be its phrase's can start."""
    low = max(0, start - _PHRASE_CHARS)
    if word != "kemarin":
        return low
    # "Minggu kemarin" is one line's: a "Senin" that ends the line before is another item's.
    return max(low, text.rfind("\n", low, start) + 1)


def _with_earlier(text: str, ago: timedelta, start: int, indonesian: bool) -> tuple[timedelta, int]:
    """Return ``ago`` with the amounts of larger units written before it (at ``start``) added, and where the
    whole time-ago starts: "1 tahun, 3 hari" is a year and three days."""
    for _ in range(_MAX_UNITS - 1):
        earlier = _EARLIER.search(text, max(0, start - _PHRASE_CHARS), start)
        if earlier is None:
            break
        unit = _unit(earlier["unit"], indonesian)
        if unit <= ago or (earlier["one"] or "").lower() in ("beberapa", "a few", "few"):
            break  # units go from the larger down; "beberapa" is no amount to add
        ago, start = ago + _count(earlier) * unit, earlier.start()
    return ago, start


def _since_weekday(name: str, now: datetime) -> timedelta:
    """Return how long before ``now`` the last week's day ``name`` ("Senin", "Monday") was: 1 to 7 days."""
    today = (now + _LOCAL).weekday()
    return timedelta(days=(today - _DAY_NAMES[name.lower()]) % 7 or 7)


def _lowered(text: str) -> str | bytes:
    """Return ``text`` with its ASCII letters in lowercase, each character where it was in ``text``."""
    # The words looked for are ASCII: str.lower maps each character in Python's tables (twice as slow on a page
    # with one "·") and may lengthen one ("İ"). In one compiled pass: Latin-1 bytes for a text of a byte a
    # character (most pages), a str otherwise.
    return ascii_lowered(text)


def _relative_words_in(low: str | bytes) -> Container[str]:
    """Return which of the relative phrases' words (``_RELATIVE_SEARCHED``) are in ``low``, found in one pass
    (a search of the text for each costs as much as the rest of the reading); a long text's, all of them: each is
    searched for as before (a pass lists every match)."""
    if len(low) > _ONE_PASS_CHARS:
        return _ALL_RELATIVE_WORDS
    search = _relative_search(isinstance(low, bytes))
    return {_RELATIVE_SEARCHED[index] for index, _, _ in search.find_matches_as_indexes(low, overlapping=True)}  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _date_words_moves() -> Moves:
    """Return the moves of ``_hint_search``'s words with the relative phrases' words after them (``_words_in``),
    walked in four quarters of a text at once (``text.moves_of``); the crate's overlapping search is some twice as
    slow and, given a ``str``, maps UTF-8 offsets back to characters."""
    words = (*_LIMIT_STEMS, *_COUNTDOWN_WORDS, *_RELATIVE_SEARCHED)
    if not all(word.isascii() and "?" not in word for word in words):
        raise ValueError("the date words must be ASCII without '?' (see _words_in)")
    return moves_of([word.encode() for word in words])


@lru_cache(maxsize=2)
def _relative_search(in_bytes: bool) -> ahocorasick_rs.AhoCorasick | ahocorasick_rs.BytesAhoCorasick:
    if in_bytes:
        return ahocorasick_rs.BytesAhoCorasick([word.encode() for word in _RELATIVE_SEARCHED])
    return ahocorasick_rs.AhoCorasick(list(_RELATIVE_SEARCHED))


def _word_starts(low: str | bytes, text: str, word: str, present: Container[str] = ()) -> Iterable[int]:
    """Return where ``word`` starts a word of ``text``, as found in ``low`` (``_lowered(text)``), in order;
    ``present``: where each word is in ``low``, if known (``_words_in``)."""
    places = present.get(word) if isinstance(present, dict) else None
    if places is not None and len(places) <= MAX_CANDIDATES:
        # Where the automaton found it: a search of the text costs some five instructions a character, and most of
        # the places are inside a longer word ("lalu" in each "melalui"). Those after no letter or digit of the text
        # and followed by none in ``low`` (ASCII in bytes, as the expression's class is there) are the expression's
        # matches: a place within one would put a letter of the word ("yesterdayesterday") just after it. Checked
        # in C: some 400 instructions a place in Python.
        return word_places(places, text, low, len(word))
    return _searched_starts(low, text, word)


def _searched_starts(low: str | bytes, text: str, word: str) -> Iterator[int]:
    """Yield where ``word`` starts a word of ``text``, searched for in ``low`` (``_word_starts``)."""
    # The expression skips the word inside a longer one ("melalui") in C; its start is checked here.
    for seen, start in enumerate(_found(low, word)):
        if seen >= MAX_CANDIDATES:
            return
        if start == 0 or not text[start - 1].isalnum():
            yield start


def _found(low: str | bytes, word: str) -> Iterator[int]:
    """Yield where ``word`` is in ``low``, not followed by a letter or digit."""
    # A search for the word, in C, rules out most words of most texts before any expression runs.
    if isinstance(low, str):
        return (found.start() for found in _word_end(word).finditer(low)) if word in low else iter(())
    key = word.encode()
    return (found.start() for found in _word_end_bytes(word).finditer(low)) if key in low else iter(())


@lru_cache(maxsize=32)
def _word_end(word: str) -> re.Pattern[str]:
    """Return an expression of ``word`` not followed by a letter or digit (a literal prefix: a fast search)."""
    return re.compile(re.escape(word) + r"(?![^\W_])")


@lru_cache(maxsize=32)
def _word_end_bytes(word: str) -> re.Pattern[bytes]:
    """Return ``_word_end(word)`` for a text in bytes (a letter beyond ASCII after the word is not seen)."""
    return re.compile(re.escape(word.encode()) + rb"(?![^\W_])")


def _alone(text: str, start: int, end: int, byline: bool = False, counted: bool = False) -> bool:
    """Return whether the phrase from ``start`` to ``end`` shares its line with a label, a time, a byline at most.

    With ``counted``, a number after the mark is no byline: a counter's ("Kemarin · 45"), opening
    hours' ("Buka hari ini, 08.00 - 16.00 WIB").
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if len(text[line_start:start].strip()) > _LABEL_CHARS:
        return False
    if _AFTER_RELATIVE.fullmatch(text, end, line_end) is not None:
        return True
    # A byline's mark comes after a time at most: not looked for through the rest of a long line.
    gap = _SPACES.match(text, end, line_end)
    reach = (end if gap is None else gap.end()) + _BYLINE_REACH
    mark = _BYLINE.search(text, end, min(line_end, reach)) if byline else None
    return (
        mark is not None
        and _AFTER_RELATIVE.fullmatch(text, end, mark.start()) is not None
        and _byline(text[mark.end() : line_end])
        and not (counted and text[mark.end() : line_end].lstrip()[:1].isdigit())
    )


def _byline(tail: str) -> bool:
    """Return whether ``tail``, after a byline's mark, is short and no sentence's end."""
    tail = tail.strip()
    return len(tail) <= _LABEL_CHARS and not tail.endswith((".", "!", "?"))


def _dated_by(text: str, start: int, end: int, timed: bool = False) -> bool:
    """Return whether the word at ``start`` dates an item: alone (``timed``: with a time), not a counter's row."""
    # A counter's cells, one line each: "Hari ini", "12", "Kemarin", "45".
    return (
        _alone(text, start, end, byline=True, counted=True)
        and (_COUNT_NEXT.match(text, end) is None or _time_on_line(text, end))
        and (not timed or _TIME_AFTER.match(text, end) is not None)
    )


def _count(phrase: re.Match[str]) -> float:
    if phrase["spelled"]:
        return _spelled(phrase["spelled"].lower().split())
    return int(phrase["count"]) if phrase["count"] else 1


def _spelled(words: list[str]) -> float:
    """Return the count ``words`` spell: "dua puluh lima" is 25, "dua belas" 12, "satu setengah" 1.5."""
    if words[-1] == "setengah":
        return 0.5 + sum(_SPELLED[word] for word in words[:-1])
    if len(words) == 1:
        return _SPELLED[words[0]]
    head = _SPELLED[words[0]]
    return (head * 10 if words[1] == "puluh" else head + 10) + sum(_SPELLED[word] for word in words[2:])


def _unit(word: str, indonesian: bool) -> timedelta:
    word = word.lower()
    if indonesian and word == "hr":  # "3 hr yang lalu": hari, as "3 hrs ago" is hours
        return _UNITS["hari"]
    return _UNITS.get(word) or _UNITS.get(word.rstrip("s")) or _UNITS[word[:3]]
