"""The page kind's view reads the gate words of the title and the headings once (``core.page_kind``).

``_View.marks`` holds the words of ``_GATE_WORDS`` in the title, the first headings, a pictured notice's alt texts and
the main content's first heading: a gated expression is tried on them, or on a part of them (the title's parts, a
heading stripped), only where they hold one of its words, so a department's home page tries none. The pages read
here, a department's and every stand-in page of the integration suite's, classify the same as with every mark set
(each gated expression tried, as before). The title is split by the compiled module (``title_segments``) as the
expression split it.
"""

from __future__ import annotations

import importlib
import itertools
import random
import sys
from pathlib import Path

import pytest
from page_kinds import URL

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import News, Site, department_page, news_since

from pantau_checker.core import page_kind
from pantau_checker.core._selectors import title_segments
from pantau_checker.core.page import Page, gates_in, parse_page

_INTEGRATION = Path(__file__).resolve().parents[2] / "integration" / "checker"


def _segments_by_expression(title: str) -> tuple[str, ...]:
    """The title's parts as ``_segments`` read them before: split by the expression, each stripped."""
    parts = [title, *page_kind._TITLE_SEPARATORS.split(title)]
    return tuple(p.strip(page_kind._TRAILING) for p in parts if p.strip(page_kind._TRAILING))


def _unmarked_view(page: Page) -> page_kind._View:
    """The view as read before the marks: every gated expression tried, the headings read for a preamble."""
    view = _VIEW(page)
    view.marks = -1  # every bit set
    view.content_heads = page_kind._content_heads(view.headings, view.segments, True)
    return view


_VIEW = page_kind._view


def _both(html: str, monkeypatch: pytest.MonkeyPatch, url: str = URL) -> tuple[page_kind.PageKind, ...]:
    marked = page_kind.classify(parse_page(html, url))
    with monkeypatch.context() as patch:
        patch.setattr(page_kind, "_view", _unmarked_view)
        unmarked = page_kind.classify(parse_page(html, url))
    return marked, unmarked


# --- the title's parts --------------------------------------------------------------------------------------------

_TITLE_CHARACTERS = [" ", "\t", "\u00a0", "\u2003", "\n", "-", "–", "—", "|", "·", "»", "›", ":", "a", "B", "1", "."]
_TITLE_CHARACTERS += ["…"]
_TITLES = [
    "Dinas Kesehatan Kota Bekasi – Melayani dengan Sepenuh Hati",
    "Berita | Dinkes · Kota » Bekasi",
    "Beranda › Berita › “Posyandu Remaja” Hadir di Kecamatan Bantargebang",
    "Pengumuman: Hasil Seleksi — Dinas Kesehatan",
    "Dinas Kesehatan - Kota Bekasi",
    "SIMPEG-Kota Bekasi",
    "Jadwal 08:15 WIB | Puskesmas",
    "© 2026 Dinkes Kota Bekasi • Semua Hak Dilindungi",
    "Halaman Tidak Ditemukan –Dinas Kesehatan",
    "|| Dinas Kesehatan ||",
    " – ",
    "",
    "…",
    "Page not found \u2013\u00a0Dinas Sosial",
]


@pytest.mark.parametrize("title", _TITLES)
def test_a_departments_title_splits_as_the_expression_split_it(title: str) -> None:
    assert page_kind._segments(title) == _segments_by_expression(title)


def test_every_short_title_splits_as_the_expression_split_it() -> None:
    for length in range(5):
        for characters in itertools.product(_TITLE_CHARACTERS, repeat=length):
            title = "".join(characters)
            assert title_segments(title, page_kind._TRAILING) == _segments_by_expression(title), repr(title)
    chance = random.Random(45)
    for _ in range(30_000):
        title = "".join(chance.choice(_TITLE_CHARACTERS) for _ in range(chance.randrange(5, 24)))
        assert title_segments(title, page_kind._TRAILING) == _segments_by_expression(title), repr(title)


def test_a_dash_or_colon_parts_a_title_only_between_white_space() -> None:
    assert page_kind._segments("SIMPEG-Kota: Bekasi") == ("SIMPEG-Kota: Bekasi", "SIMPEG-Kota: Bekasi")
    assert page_kind._segments("SIMPEG - Kota : Bekasi") == ("SIMPEG - Kota : Bekasi", "SIMPEG", "Kota", "Bekasi")
    assert page_kind._segments("SIMPEG\u00a0-\u2003Kota") == ("SIMPEG\u00a0-\u2003Kota", "SIMPEG", "Kota")
    assert page_kind._segments("Berita|Dinkes»Bekasi") == ("Berita|Dinkes»Bekasi", "Berita", "Dinkes", "Bekasi")


# --- the marks ----------------------------------------------------------------------------------------------------


def _portal(**knobs: object) -> str:
    return department_page(Site(**knobs))  # type: ignore[arg-type]


def _small(title: str, body: str) -> str:
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'


_WIDGETS = (
    '<main class="site-main"><h2>Menu Layanan</h2><ul><li><a href="/antrean">Antrean Puskesmas</a></li>'
    '<li><a href="/rujukan">Rujukan Online</a></li></ul><h2>404</h2>'
    "<p>Maaf, halaman yang Anda cari tidak ditemukan.</p></main>"
)
_NEWS = [
    News(item.when, f"Posyandu “Remaja” Hadir di Kelurahan {n} • Bantargebang", item.slug)
    for n, item in enumerate(news_since([1, 2, 4, 6, 9, 12, 15, 20, 27, 33, 41, 48]))
]

_PAGES = {
    "home": (_portal(), "aplikasi"),
    "home-many-headings": (
        _portal(
            news=_NEWS,
            main_extra="<h2>Pengumuman</h2><p>Pendaftaran vaksinasi dibuka.</p><h2>Agenda</h2><h2>Galeri</h2>"
            "<h2>Tautan Terkait</h2><h2>Layanan Publik</h2>",
        ),
        "aplikasi",
    ),
    "title-not-found": (_portal(title="Halaman Tidak Ditemukan – Dinas Kesehatan"), "halaman_tidak_ditemukan"),
    "title-not-found-turkish": (_portal(title="HALAMAN TİDAK DİTEMUKAN | Dinas Kesehatan"), "halaman_tidak_ditemukan"),
    "title-404": (_portal(title="404 | Dinas Kesehatan Kota Bekasi"), "halaman_tidak_ditemukan"),
    "theme-404": (
        _portal(main='<main class="site-main"><h1>404</h1><p>Maaf, halaman yang Anda cari tidak ditemukan.</p></main>'),
        "halaman_tidak_ditemukan",
    ),
    "theme-oops": (
        _portal(main='<main class="site-main"><h1>Oops!</h1><h2>Halaman tidak ditemukan</h2></main>'),
        "halaman_tidak_ditemukan",
    ),
    "theme-oops-dotless": (
        _portal(main='<main class="site-main"><h1>Oopſ!</h1><p>Halaman yang Anda carı tidak ditemukan.</p></main>'),
        "halaman_tidak_ditemukan",
    ),
    "past-sidebar": (_portal(main=_WIDGETS), "halaman_tidak_ditemukan"),
    "main-heading-h3": (
        _portal(main='<main class="site-main"><h3>Konten tidak ditemukan</h3><p>Kembali ke beranda.</p></main>'),
        "halaman_tidak_ditemukan",
    ),
    "lost-your-way": (
        _small("Dinas Kesehatan", "<main><h3>Anda tersesat?</h3><p>Halaman yang Anda cari tidak ada.</p></main>"),
        None,
    ),
    "lost-your-way-on-wordpress-404": (
        _portal(
            main='<main class="site-main"><h1>Anda tersesat?</h1><p>Halaman yang Anda cari tidak ada di sini. '
            "Coba cari berita lain di bawah.</p></main>"
        ).replace('class="home page-template-default"', 'class="error404"'),
        "halaman_tidak_ditemukan",
    ),
    "maintenance-heading": (
        _portal(main='<main class="site-main"><h1>Website Sedang Dalam Pemeliharaan</h1></main>'),
        "dalam_pemeliharaan",
    ),
    "maintenance-title": (_small("Maintenance", "<p>Kami segera kembali.</p>"), "dalam_pemeliharaan"),
    "apology": (
        _portal(
            main='<main class="site-main"><h1>Mohon Maaf</h1><p>Website Dinas Kesehatan sedang dalam perbaikan. '
            "Silakan kunjungi kembali nanti.</p></main>"
        ),
        "dalam_pemeliharaan",
    ),
    "migration": (
        _portal(
            main='<main class="site-main"><h1>Migrasi Server</h1><p>Website Dinas Pendidikan sedang dalam proses '
            "migrasi ke Pusat Data Kota Bekasi.</p></main>"
        ),
        "dalam_pemeliharaan",
    ),
    "server-error-in-theme": (
        _portal(
            main='<main class="site-main"><h1>500 | Server Error</h1>'
            "<p>Maaf, terjadi kesalahan pada server kami.</p></main>"
        ),
        "galat_aplikasi",
    ),
    "pictured-notice": (
        _small("Dinas Kesehatan", '<img src="/maintenance.jpg" alt="Website Sedang Dalam Perbaikan">'),
        "dalam_pemeliharaan",
    ),
    "django-debug": (
        _small(
            "OperationalError at /layanan/",
            "<h1>OperationalError at /layanan/</h1><p>You're seeing this error because you have DEBUG = True in your"
            " Django settings file.</p>",
        ),
        "galat_aplikasi",
    ),
    "news-of-road-work": (
        _portal(main='<main class="site-main"><h1>Sedang Dalam Perbaikan, Jalan Cut Meutia Ditutup</h1></main>'),
        "aplikasi",
    ),
}


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_a_departments_page_reads_the_same_as_with_every_gate_tried(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    html, kind = _PAGES[name]
    marked, unmarked = _both(html, monkeypatch)
    assert marked == unmarked
    if kind is not None:
        assert marked.kind == kind, marked


def _stand_in_pages() -> list[tuple[str, str]]:
    pages = []
    for path in sorted(_INTEGRATION.glob("stand_in_pages*.py")):
        module = importlib.import_module(path.stem)
        for name, value in sorted(vars(module).items()):
            if isinstance(value, str) and name.isupper() and "<" in value:
                pages.append((f"{path.stem}.{name}", value))
    return pages


def test_every_stand_in_page_reads_the_same_as_with_every_gate_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _stand_in_pages()
    assert len(pages) > 400
    kinds = set()
    for name, html in pages:
        marked, unmarked = _both(html, monkeypatch)
        assert marked == unmarked, name
        kinds.add(marked.kind)
    assert len(kinds) >= 7  # each kind of stand-in read


def test_a_departments_home_page_tries_no_gated_expression(monkeypatch: pytest.MonkeyPatch) -> None:
    tried: list[str] = []
    match = page_kind._Gated.match
    monkeypatch.setattr(page_kind._Gated, "match", lambda self, text: tried.append(text) or match(self, text))
    for html, _ in (_PAGES["home"], _PAGES["home-many-headings"]):
        assert page_kind.classify(parse_page(html, URL)).is_app
    assert tried == []


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_the_marks_hold_the_words_of_the_title_the_headings_and_their_parts(name: str) -> None:
    page = parse_page(_PAGES[name][0], URL)
    view = page_kind._view(page)
    texts = (page.title, *view.headings, *page.headings, *page.main_headings)
    expected = 0
    for text in texts:
        expected |= page_kind._gate_words_in(text)
    assert view.marks == expected
    assert view.content_heads == page_kind._content_heads(view.headings, view.segments, True)
    for text in (*view.segments, *view.content_heads, *texts):
        for start, end in itertools.combinations(range(len(text) + 1), 2):
            assert page_kind._gate_words_in(text[start:end]) & ~view.marks == 0, text[start:end]


def test_a_pictured_notices_alt_text_is_marked() -> None:
    page = parse_page(_PAGES["pictured-notice"][0], URL)
    view = page_kind._view(page)
    assert view.headings[0] == "Website Sedang Dalam Perbaikan"
    assert view.holds(page_kind._MAINTENANCE_HEAD)
    assert not page.headings


def test_a_heading_past_the_first_four_is_marked() -> None:
    html = _portal(
        main='<main class="site-main"><h2>Berita</h2><h2>Agenda</h2><h2>Galeri</h2><h2>Tautan</h2>'
        "<h2>Halaman tidak ditemukan</h2></main>"
    )
    page = parse_page(html, URL)
    view = page_kind._view(page)
    assert "Halaman tidak ditemukan" not in view.headings
    assert view.holds(page_kind._BARE_HEAD)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mohon Maaf", {"_APOLOGY_HEAD", "_PREAMBLE"}),
        ("Sorry", {"_APOLOGY_HEAD", "_PREAMBLE"}),
        ("MIGRASI SERVER", {"_MOVE_HEAD", "_SERVER_ERROR_HEAD"}),
        ("Pemeliharaan", {"_MAINTENANCE_WORD", "_MAINTENANCE_HEAD", "_MAINTENANCE_NOTICE"}),
        ("Anda tersesat?", {"_NOT_FOUND_HEAD"}),
        ("Tidak ditemukan", {"_BARE_NOT_FOUND", "_BARE_HEAD", "_NOT_FOUND_FULL", "_NOT_FOUND_HEAD"}),
    ],
)
def test_the_new_gates_open_on_their_words(text: str, names: set[str]) -> None:
    words = page_kind._gate_words_in(text)
    for name in names:
        assert getattr(page_kind, name)._words & words, name


# --- a text without an error's gate ------------------------------------------------------------------------------

_ERROR_TEXTS = [
    "Berita Terkini Wali Kota Bekasi Resmikan Puskesmas “Rawat Inap” · Sabtu, 5 Desember 2026 · 120 kali dilihat",
    "Fatal error: Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/index.php:12 Stack trace:"
    " #0 {main} thrown in /var/www/html/index.php on line 12",
    "Warning: mysqli_connect(): (HY000/1045): Access denied for user 'root'@'localhost' (using password: YES) in"
    " /var/www/html/antrian/koneksi.php on line 4 Gagal koneksi database",
    "Pelayanan online · Jadwal Dokter • Ambulans 112 © 2026 Dinas Kesehatan",
]


@pytest.mark.parametrize("text", _ERROR_TEXTS)
def test_a_text_without_an_errors_gate_tries_no_pattern(text: str) -> None:
    gates = gates_in(text)
    assert bool(gates) == ("error" in text or "Warning" in text)
    for rendered in (False, True):
        expected = page_kind._first_error(text, rendered, gates=None)
        assert page_kind._first_error(text, rendered, gates=gates) == expected
        assert page_kind._first_error(text, rendered, gates=frozenset()) is None


def test_a_departments_page_with_an_error_printed_still_reads_it() -> None:
    html = _portal(main_extra=f"<p>{_ERROR_TEXTS[2]}</p>")
    page = parse_page(html, URL)
    assert page.error_gates
    error = page_kind.printed_error(page)
    assert error is not None and "Access denied" in error.evidence
    home = parse_page(_PAGES["home"][0], URL)
    assert home.error_gates == frozenset() and page_kind.printed_error(home) is None


def test_the_main_headings_gate_holds_the_words_of_the_three_expressions_it_stands_before() -> None:
    for gated in (page_kind._PREAMBLE, page_kind._BARE_NOT_FOUND, page_kind._NOT_FOUND_HEAD):
        assert gated._words & ~page_kind._MAIN_HEAD_WORDS == 0
    for heading in ("Anda tersesat?", "Lost your way?", "Oops!", "Tidak Ditemukan", "Mohon Maaf"):
        assert page_kind._gate_words_in(heading) & page_kind._MAIN_HEAD_WORDS, heading


# --- the content's first headings --------------------------------------------------------------------------------


def _content_heads_by_set(headings: tuple[str, ...], segments: tuple[str, ...]) -> tuple[str, ...]:
    """The content's first headings as read before: each part of the title folded into a set."""
    site = {s.casefold() for s in segments}
    heads: list[str] = []
    for heading in headings:
        if heading.rstrip(page_kind._TRAILING).casefold() in site:
            continue
        heads.append(heading)
        if not page_kind._PREAMBLE.match(heading):
            break
    return tuple(heads)


_HEADINGS = [
    "Dinas Kesehatan Kota Bekasi",
    "DINAS KESEHATAN KOTA BEKASI.",
    "Straße der Gesundheit",  # folds longer: "strasse"
    "STRASSE DER GESUNDHEIT",
    "ﬁle",  # a ligature, folded to "fi"
    "FILE",
    "İstana",
    "ΟΔΟΣ",
    "οδος",
    "404",
    "Oops!",
    "Mohon Maaf",
    "Halaman tidak ditemukan",
    "Berita Terkini",
    "Melayani dengan Sepenuh Hati!",
    "",
]


def test_the_content_heads_are_read_as_with_every_part_folded() -> None:
    titles = [*_TITLES, "Straße der Gesundheit – FILE", "ﬁle | İstana", "ΟΔΟΣ · Dinas Kesehatan Kota Bekasi"]
    chance = random.Random(11)
    for title in titles:
        segments = page_kind._segments(title)
        for length in range(4):
            for headings in itertools.permutations(chance.sample(_HEADINGS, 8), length):
                expected = _content_heads_by_set(headings, segments)
                assert page_kind._content_heads(headings, segments, True) == expected, (title, headings)
    assert page_kind._content_heads(
        ("STRASSE DER GESUNDHEIT", "Oops!", "Tidak ada"), ("Straße der Gesundheit",), True
    ) == (
        "Oops!",
        "Tidak ada",
    )
