"""The checks' judging of a page without the work its answer never reads.

- ``term_scan.flagged_each`` leaves a text unplaced and unjudged where the listed words found in it
  (``_Automaton.found``) make no match of a kind it judges (``_judgeable``): each is a word of news, of a warning or
  of a seller's claim (``_CONTEXT``), a lucky number or "4d" with no letter before it (a date's, a price's, a
  counter's "188 kali"), or a pair of a letter and a number that is no name's end (``_NAME_ONLY``). Pinned against
  the full path (``_judgeable`` always true: what ``flagged_each`` did before) on a department's home page and its
  links, on the trade's texts each path of ``_unplaced`` reads, and on random texts of the listed words, lucky
  numbers and separators, in the three ways the scan reads texts (a page's, its titles, a defacer's page).
- ``web_shell`` lowers the page's opening with ``term_scan.lower_case`` (one compiled pass where only ASCII letters
  have a case), pinned to ``str.lower`` on the characters whose lower case differs beyond ASCII.
- ``Observed.host`` is read once an attempt, ``for_app`` returns a check's settings at once where no column of the
  application's overrides them, ``domain.findings`` is kept for a host, and an attempt without a sitemap's addresses
  is not scanned.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from unittest.mock import patch

import pytest

from pantau_checker.core import term_scan
from pantau_checker.core.checks import domain, sitemap_gambling
from pantau_checker.core.checks.base import Check, NoSettings, Observed, Switched, for_app
from pantau_checker.core.term_scan import _automaton, _judgeable, _Parts, flagged_each, lower_case
from pantau_common.registry.model import AppSpec

HEADLINES = (
    "Wali Kota Resmikan Puskesmas Rawat Inap di Bantargebang",
    "“Jum’at Bersih” di 12 Kelurahan • Kerja Bakti Bersama Warga",
    "Sosialisasi Bahaya Judi Online dan Pinjol Ilegal kepada Kader Posyandu",
    "Waspada Penipuan Mengatasnamakan Dinas Kesehatan (Hoaks)",
    "Pengaduan Warga Ditindaklanjuti: 188 Laporan Selesai",
)
MENU = "Beranda · Profil · Visi dan Misi · Struktur Organisasi · Layanan · Berita · PPID · SP4N LAPOR! · Kontak"
FOOTER = "© 2026 Dinas Kesehatan Kota Bekasi — Jl. Jend. Ahmad Yani No. 1, Bekasi 17141 · Telp. (021) 8839796"
CLOCK = "Minggu, 6 Desember 2026 14:48:54 WIB · Pengunjung hari ini: 477 · Total: 1.204.877"

# Texts of the trade, each read by a path of ``_unplaced``: a listed term, a numbered one, a brand glued to its
# number or spelled apart from it, a name of a word and a number (a list of them), glued names, disguised words,
# a word of a script without spaces, a defacer's words (a page's alone), pornography's and other trades' spam.
TRADE = (
    "Daftar slot gacor maxwin hari ini",
    "Depo 25 ribu via dana, wd cepat",
    "panen4d situs resmi · dewatogel4d",
    "GARUDA 4D daftar sekarang",
    "Login KAISAR 88 link alternatif",
    "SLOT-88 bonus new member",
    "kaisar89 mawar303 dewa77 naga88 hoki123",
    "KAISAR21 · MAWAR32 · GARUDA43 · SAKURA54 · MERPATI65",  # names of a word and a number alone: a kit's list
    "rajaslot88 slotgacor88 kakekzeus777",
    "mawartoto linetogel",
    "s l o t g a c o r",
    "sl ot88 gacor",
    "百家乐 在线",
    "Hacked by ./N0b0dy — Security Breached",
    "security breached",
    "nonton bokep indo",
    "pinjol cepat cair tanpa bi checking",
)


def _page(items: int, headlines: tuple[str, ...] = HEADLINES) -> list[str]:
    news = [
        f"{day:02d} Desember 2026 · admin · {day * 37 + 151} kali • {headlines[day % len(headlines)]}"
        for day in range(1, items + 1)
    ]
    return [CLOCK, MENU, *news, FOOTER]


def _links(items: int) -> list[str]:
    words = ("Beranda", "PPID", "SOP", "Berita", "Galeri", "Kontak")
    return [f"{words[i % len(words)]} https:  dinkes.bekasikota.go.id berita?id={i}" for i in range(items)]


def _full_path(texts: Iterable[str], **flags: bool) -> list[tuple[int, str, str, str]]:
    """``flagged_each`` as before ``_judgeable``: every text placed and judged."""
    with patch.object(term_scan, "_judgeable", lambda lowered, words: True):
        return list(flagged_each(texts, **flags))


MODES = ({}, {"titles": True}, {"prose": True}, {"defacer_page": True})


def _both(texts: list[str]) -> Iterator[tuple[list[tuple[int, str, str, str]], list[tuple[int, str, str, str]]]]:
    for flags in MODES:
        yield list(flagged_each(texts, **flags)), _full_path(texts, **flags)


@pytest.mark.parametrize("items", [0, 1, 12, 40])
def test_a_department_page_is_left_unjudged(items: int) -> None:
    headlines = tuple(h for h in HEADLINES if "Judi" not in h)
    for texts in (_page(items, headlines), ["\n".join(_page(items, headlines))], _links(items * 3)):
        parts = _Parts.of(texts)
        words = _automaton().found(parts.lowered, parts.searched)
        assert not _judgeable(parts.lowered, words)  # its words of news, dates, counters and numbers alone
        for new, old in _both(texts):
            assert new == old == []
    if items >= 12:  # the shortcut is taken past words found, not for want of them
        assert _automaton().found("\n".join(_page(items, headlines)).lower())


@pytest.mark.parametrize("items", [3, 12, 40])
def test_a_department_page_naming_the_trade_is_judged_as_before(items: int) -> None:
    texts = _page(items)  # "Sosialisasi Bahaya Judi Online": a weak term, read for its company
    assert term_scan._judged_words(texts) is not None
    for new, old in _both(texts):
        assert new == old == []


@pytest.mark.parametrize("text", TRADE)
def test_the_trades_texts_are_judged_as_before(text: str) -> None:
    assert term_scan._judged_words([text]) is not None
    for new, old in _both([text]):
        assert new == old
    for new, old in _both([*_page(3), text, FOOTER]):
        assert new == old


def test_the_trades_texts_are_flagged() -> None:
    flagged = [text for text in TRADE if any(new for new, _ in _both([text]))]
    assert len(flagged) >= len(TRADE) - 2  # "GARUDA 4D" sells only with a brand's sign-up words


@pytest.mark.parametrize(
    ("text", "judgeable"),
    [
        ("admin · 188 kali", False),  # a counter's number after a separator
        ("dibaca 188 kali", True),  # a word and a number apart: read as a brand's name spelled apart ("KAISAR 88")
        ("Rp 1.588.000", False),  # a lucky number inside a longer number
        ("telp. (021) 8839796", False),
        ("88 orang", False),  # at the text's start
        ("4d", False),
        ("jaya88", True),  # glued to letters
        ("jaya 88", True),  # spelled apart from letters
        ("jaya-88", True),
        ("no. 88", False),  # a "." between
        ("a 88", True),  # one letter: ``_branded_apart`` counts them
        ("kaisar89", True),  # a word and a number: a name's end read
        ("rt05 rw12", False),  # a name's end with too few letters before it
        ("2026 a12", False),
        ("88 kali · 4d · ab12", False),
        ("sosialisasi waspada penipuan", False),
        ("slot", True),
    ],
)
def test_the_shortcuts_reading_of_numbers_and_names(text: str, judgeable: bool) -> None:
    parts = _Parts.of([text])
    assert _judgeable(parts.lowered, _automaton().found(parts.lowered, parts.searched)) is judgeable
    for new, old in _both([text]):
        assert new == old


def test_a_text_with_a_script_without_spaces_is_always_placed() -> None:
    parts = _Parts.of(["Berita hari ini 百家乐"])
    assert parts.unspaced
    assert term_scan._judged_words(["Berita hari ini 百家乐"]) is not None


def _pieces() -> list[str]:
    words = list(_automaton().words)
    rng = random.Random(42)
    sample = rng.sample(words, 600)
    context = [w for w, k in zip(words, _automaton().kinds, strict=True) if term_scan._CONTEXT.issuperset(k)]
    numbers = ["88", "4d", "188", "77", "2026", "a12", "rt05", "99", "303", "4D", "21", "54", "65", "GARUDA", "Jaya"]
    numbers += ["kaisar", "mawar", "sakura"]
    separators = [" ", " ", " ", "-", " · ", ".", "\n", "@", ", ", "“", "”", "百", "é"]
    return [*sample, *context, *numbers * 4, *separators * 8]


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = _pieces()
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        texts.append(text.upper() if rng.random() < 0.2 else text)
    return texts


def test_random_texts_are_judged_as_before() -> None:
    flagged = skipped = 0
    for text in _texts(1500, 7):
        parts = _Parts.of([text])
        skipped += not _judgeable(parts.lowered, _automaton().found(parts.lowered, parts.searched))
        for new, old in _both([text]):
            assert new == old, text
            flagged += bool(new)
    assert flagged > 200 and skipped > 50  # both paths taken often


def test_random_groups_of_texts_are_judged_as_before() -> None:
    texts = _texts(600, 11)
    for at in range(0, len(texts), 6):
        group = [*texts[at : at + 6], *_page(2)]
        for new, old in _both(group):
            assert new == old, group


# The texts whose lower case is not their ASCII letters lowered: a dotted capital I (two characters), the Kelvin
# sign (an ASCII "k"), a final sigma (by its place), a text of four bytes a character, a lone surrogate.
LOWERED = (
    "",
    "SLOT",
    "İstanbul",
    "\u212a" * 3,
    "x" * 300 + " İNDONESIA " + "y" * 300,
    "x" * 300 + " \u212aELVIN " + "y" * 300,
    "x" * 300 + " ΟΔΟΣ ΟΔΟΣ. " + "y" * 300,
    "x" * 300 + " 🎰 SLOT GACOR " + "y" * 300,
    "x" * 300 + " \ud800 SLOT " + "y" * 300,
)


@pytest.mark.parametrize("text", [*LOWERED, "\n".join(_page(12)), "\n".join(_page(12)).upper(), "A" * 2000])
def test_lower_case_is_str_lower(text: str) -> None:
    assert lower_case(text) == text.lower()


def test_observed_host_is_read_once() -> None:
    app = AppSpec(id="a", pd_id="p", nama="A", url="https://Dinkes.BekasiKota.go.id:8443/beranda")
    seen = Observed(app)
    assert seen.host == "dinkes.bekasikota.go.id"
    assert seen.host is seen.host
    other = replace(seen, app=replace(app, url="http://10.0.0.1/"))
    assert other.host == "10.0.0.1"
    assert seen == Observed(app)  # what is kept is no field: attempts compare as before


@dataclass(frozen=True)
class _Settings:
    suffixes: tuple[str, ...] = ("go.id",)
    limit: int = 3
    names: list[str] = field(default_factory=list)


def _judge(seen: Observed, settings: _Settings) -> tuple[()]:
    return ()


@pytest.mark.parametrize(
    ("per_app", "config", "expected"),
    [
        ({}, {}, _Settings()),
        ({}, {"batas": 9}, _Settings()),
        ({"limit": "batas"}, {}, _Settings()),
        ({"limit": "batas"}, {"batas": 9}, _Settings(limit=9)),
        ({"limit": "batas"}, {"batas": None}, _Settings()),
        ({"limit": "batas"}, {"lain": 9}, _Settings()),
    ],
)
def test_for_app(per_app: dict[str, str], config: dict[str, object], expected: _Settings) -> None:
    check = Check("c", "kepatuhan", ("c",), _judge, _Settings(), per_app=per_app)
    setup = Switched(check, True, _Settings())
    app = AppSpec(id="a", pd_id="p", nama="A", url="https://a.go.id/", config=config)
    assert for_app(setup, app) == expected
    if expected == _Settings():
        assert for_app(setup, app) is setup.settings


@pytest.mark.parametrize(
    "host", ["dinkes.bekasikota.go.id", "bekasikota.go.id", "10.0.0.1", "[::1]", "example.com", "a.go.id.evil.com"]
)
def test_domain_findings_kept_for_a_host(host: str) -> None:
    first = domain.findings(host, ("go.id",))
    domain.findings.cache_clear()
    again = domain.findings.__wrapped__(host, ("go.id",))
    assert first == again == domain.findings(host, ("go.id",))
    assert domain.findings(host, ("go.id", "com")) == domain.findings.__wrapped__(host, ("go.id", "com"))


def test_domain_judge_per_application_suffixes() -> None:
    app = AppSpec(id="a", pd_id="p", nama="A", url="https://shop.example.com/")
    assert domain.judge(Observed(app), domain.DomainSettings())
    assert not domain.judge(Observed(app), domain.DomainSettings(allowed_suffixes=["go.id", "example.com"]))  # type: ignore[arg-type]


def test_no_sitemap_no_scan() -> None:
    assert sitemap_gambling.scan_urls([]) == ()
    app = AppSpec(id="a", pd_id="p", nama="A", url="https://a.go.id/")
    assert sitemap_gambling.judge(Observed(app), NoSettings()) == ()
    found = sitemap_gambling.scan_urls(["https://a.go.id/slot-gacor-maxwin/", "https://a.go.id/berita/1"])
    assert [f.code for f in found] == ["judi_online_subpath"]
