"""The markup's signs asked of every page (``core.literals.Markup``): a tag's sign looked up among the names after the
markup's "<"s as a string, a group of tags' signs in one loop, a group of other signs answered from the signs asked
together (and learnt with them, one pass for all), each pinned against the reading it replaced (``_OldMarkup``) and
against a search of the markup's bytes."""

from __future__ import annotations

import random

import pytest

from pantau_checker.core import literals
from pantau_checker.core import page as page_module
from pantau_checker.core._selectors import NAME_BYTES, names_after_lt
from pantau_checker.core.literals import Markup
from pantau_checker.core.page import parse_page


class _OldMarkup:
    """``Markup``'s questions as they were read before: the names as bytes searched with ``bytes.find``, a group's
    signs asked one by one (or, from eight, in a pass of their own)."""

    def __init__(self, html: str) -> None:
        self.raw = html.encode("utf-8", "surrogatepass")
        self._names: tuple[int, bytes, bytes] | None = None
        self._asked: tuple[frozenset[str], frozenset[str]] | None = None

    def has(self, sign: str) -> bool:
        if sign.startswith("<") and (name := _old_tag_name(sign)) is not None:
            return self._names_read()[1].find(name) >= 0
        if self._asked is None:
            self._asked = literals._ASKED.present(self.raw)
        asked, found = self._asked
        if sign in asked:
            return sign in found
        literals._ASKED.add(sign)
        return bool(literals._finder(sign).find_matches_as_indexes(self.raw))

    def has_folded(self, sign: str) -> bool:
        if sign.startswith("<") and (name := _old_tag_name(sign)) is not None:
            return self._names_read()[2].find(name) >= 0
        return bool(literals._finder(sign).find_matches_as_indexes(literals.bytes_lowered(self.raw)))

    def has_any(self, signs: tuple[str, ...]) -> bool:
        if len(signs) >= literals._ONE_PASS_SIGNS:
            return literals._Together(signs).any_in(self.raw)
        return any(self.has(sign) for sign in signs)

    def angles(self) -> int:
        return self._names_read()[0]

    def _names_read(self) -> tuple[int, bytes, bytes]:
        if self._names is None:
            self._names = names_after_lt(self.raw)
        return self._names


def _old_tag_name(sign: str) -> bytes | None:
    name = sign[1:]
    if 0 < len(name) <= NAME_BYTES and name.isascii() and name.isalnum():
        return b"\0" + name.encode()
    return None


def department_page(news: int = 12, extra: str = "", body_class: str = "home") -> str:
    """A department's portal as its vendor writes it: navigation, dated news in curly quotes and bullets, a clock, a
    footer with "©", Indonesian throughout."""
    items = "".join(
        f'<article class="post hentry"><h3 class="entry-title"><a href="/berita/{n}">Rapat “Koordinasi” ke-{n} '
        f"– Dinas Kesehatan</a></h3><p>• {n} Desember 2026 • Kegiatan berlangsung di aula</p></article>"
        for n in range(1, news + 1)
    )
    menu = "".join(f'<li><a href="/menu/{n}">Layanan {n}</a></li>' for n in range(1, 16))
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Dinas Kesehatan Kota Bekasi – Melayani "
        "dengan Sepenuh Hati</title><link rel='stylesheet' href='/tema.css'><script src='/jam.js'></script></head>"
        f"<body class='{body_class}'><header><nav class='menu'><ul>{menu}</ul></nav>"
        "<span id='jam'>Senin, 7 Desember 2026 • 08:15:02 WIB</span></header>"
        f"<main><h2>Berita Terkini</h2>{items}{extra}</main>"
        "<aside><h3>Tautan</h3><ul><li><a href='https://bekasikota.go.id/'>Pemkot Bekasi</a></li></ul></aside>"
        "<footer><p>© 2026 Dinas Kesehatan Kota Bekasi · Jl. Pramuka No. 1</p></footer></body></html>"
    )


EXTRAS = (
    "",
    "<pre>koneksi.php on line 4</pre><table><tr><td>Jadwal</td></tr></table>",
    "<dl><dt>Alamat</dt><dd>Jl. Pramuka</dd></dl><code>npm run build</code><kbd>Ctrl</kbd>",
    "<embed src='/peta.swf'><q>kutipan</q><em>penting</em>",
    "<BASE href='/'><IFRAME src='https://www.youtube.com/embed/x'></IFRAME><OBJECT data='x'></OBJECT>",
    "<iFrAmE src='/x'></iFrAmE><FRAME src='/y'>",
    '<div id="comments" class="comments-area"><ol class="comment-list"><li>Terima kasih</li></ol></div>',
    "<div class='bukutamu'>Buku Tamu</div><span data-livestamp='1733400000'>baru saja</span>",
    "<div id='cf-always-online-1'>Halaman ini disajikan dari arsip</div><p>Fatal error: Uncaught Error</p>",
    "<input type='password' name='password'><a rel='dofollow' href='https://x.example/'>x</a>",
    "<blockquote>kutipan panjang</blockquote><my-widget>x</my-widget><h1>Judul</h1>",
    "<sample>not samp</sample><quote>not q</quote><tables>not table</tables>",
)
PAGES = (*(department_page(extra=extra) for extra in EXTRAS), department_page(0), "", "<", "<b", "teks tanpa tag")

TAG_SIGNS = (
    "<base",
    "<BASE",
    "<pre",
    "<table",
    "<dt",
    "<code",
    "<samp",
    "<kbd",
    "<em",
    "<q",
    "<h1",
    "<html",
    "<b",
    "<a",
    "<marquee",
    "<iframe",
    "<abcdefgh",  # NAME_BYTES letters: a tag's sign still
)
# Signs that are not a tag's: too long a name, a character beyond letters and digits, "<" alone.
NOT_TAG_SIGNS = ("<blockquote", "<my-widget", "<", "<?php", "dofollow", "assword", " on line ", "Uncaught ")
GROUPS = (
    page_module._BASE_TAGS,
    page_module._QUOTING_TAGS,
    page_module._FRAME_TAGS,
    page_module._VISITORS_SIGNS,
    page_module._DATA_DATE_SIGNS,
    page_module._CDN_BANNER_SIGNS,
    ("<pre", "<table"),
    ("<pre", "dofollow"),  # a tag's with another: each as ``has`` finds it
    ("<blockquote", "<b"),
    ("<embed",),
    (),
)


@pytest.fixture
def fresh_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that has asked no sign yet (the signs asked so far are the process's)."""
    monkeypatch.setattr(literals, "_ASKED", literals._Asked())


@pytest.mark.parametrize("html", PAGES)
def test_a_signs_answer_is_the_one_read_before_and_a_search_of_the_markup(html: str) -> None:
    raw = html.encode()
    new, old = Markup(html), _OldMarkup(html)
    assert new.angles() == old.angles() == raw.count(b"<")
    for sign in (*TAG_SIGNS, *NOT_TAG_SIGNS):
        assert new.has(sign) is old.has(sign) is (sign.encode() in raw), sign
        folded = sign.lower()
        assert new.has_folded(folded) is old.has_folded(folded) is (folded.encode() in raw.lower()), sign


@pytest.mark.usefixtures("fresh_asked")
@pytest.mark.parametrize("rounds", [1, 3])
def test_a_groups_answer_is_the_one_read_before_on_every_page(rounds: int) -> None:
    # The first page teaches the signs; the pages after answer the groups from the signs asked together.
    for _ in range(rounds):
        for html in PAGES:
            raw = html.encode()
            new, old = Markup(html), _OldMarkup(html)
            for signs in GROUPS:
                expected = any(sign.encode() in raw for sign in signs)
                assert new.has_any(signs) is old.has_any(signs) is expected, signs


def test_a_tags_sign_is_a_prefix_of_a_name_as_a_search_of_the_markup_finds_it() -> None:
    markup = Markup(department_page(extra=EXTRAS[3]))
    assert markup.has("<em") and markup.has("<embed") and markup.has("<q")
    assert not markup.has("<emb3") and not markup.has("<EM")
    assert markup.has_any(("<samp", "<em")) and not markup.has_any(("<samp", "<kbd", "<EMBED"))
    assert markup.has_folded("<embed") and not markup.has_folded("<embeds")
    plain = Markup(department_page(extra=EXTRAS[11]))  # <sample>, <quote>, <tables>: their prefixes are there
    assert plain.has_any(("<samp", "<q")) and plain.has("<table") and not plain.has("<code")
    assert not plain.has_any(page_module._BASE_TAGS)


def test_a_page_with_names_at_its_ends_and_beyond_ascii() -> None:
    for html in ("<q>", "x<q", "“<em>” © <b>•</b>", "<MARQUEE behavior=scroll>Selamat datang</MARQUEE><base href=/>"):
        raw = html.encode()
        markup = Markup(html)
        for sign in TAG_SIGNS:
            assert markup.has(sign) is (sign.encode() in raw), (html, sign)
            assert markup.has_folded(sign.lower()) is (sign.lower().encode() in raw.lower()), (html, sign)


def test_the_names_are_read_once_as_strings_of_ascii() -> None:
    markup = Markup(department_page(extra=EXTRAS[4]))
    count, names, lowered = markup._names_read()
    assert markup._names_read() is markup._names_read()
    assert isinstance(names, str) and isinstance(lowered, str)
    assert names.isascii() and lowered == names.lower() and "\0BASE" in names and "\0base" in lowered
    assert (count, names.encode(), lowered.encode()) == names_after_lt(markup.raw)


def test_a_groups_tags_are_told_apart_from_other_signs() -> None:
    assert literals._tag_names(page_module._QUOTING_TAGS) == ("\0code", "\0samp", "\0kbd", "\0em", "\0q")
    assert literals._tag_names(("<pre", "dofollow")) is None
    assert literals._tag_names(("<blockquote",)) is None
    assert literals._tag_names(()) == ()
    assert literals._tag_name("xbase") is None and literals._tag_name("base") is None
    assert literals._tag_name("<abcdefghi") is None and literals._tag_name("<abcdefgh") == "\0abcdefgh"


@pytest.mark.usefixtures("fresh_asked")
def test_a_departments_pages_ask_all_their_signs_in_one_pass() -> None:
    # After the first page, every sign the parse asks that is not a tag's is answered from the one pass of the signs
    # asked together: the comments' twelve and the data dates' seven among them (a pass of their own cost as much
    # as half of it).
    for extra in EXTRAS:
        parse_page(department_page(extra=extra), "https://dinkes.bekasikota.go.id/")
    asked, _ = literals._ASKED.present(department_page().encode())
    assert asked >= {*page_module._VISITORS_SIGNS, *page_module._DATA_DATE_SIGNS, *page_module._CDN_BANNER_SIGNS}
    assert asked >= {"dofollow", "assword", " on line ", "Uncaught "}
    assert len(asked) <= literals._ASKED_SIGNS


@pytest.mark.usefixtures("fresh_asked")
def test_a_group_is_answered_alone_where_the_signs_asked_together_are_full() -> None:
    for n in range(literals._ASKED_SIGNS):
        literals._ASKED.add(f"tanda-{n}-")
    for html in PAGES:
        raw = html.encode()
        new, old = Markup(html), _OldMarkup(html)
        for signs in GROUPS:
            assert new.has_any(signs) is old.has_any(signs) is any(s.encode() in raw for s in signs), signs
    assert not set(page_module._VISITORS_SIGNS) & literals._ASKED.present(b"")[0]


@pytest.mark.usefixtures("fresh_asked")
def test_random_groups_of_signs_on_random_pages() -> None:
    rng = random.Random(47)
    pool = (*TAG_SIGNS, *NOT_TAG_SIGNS, *page_module._VISITORS_SIGNS, *page_module._DATA_DATE_SIGNS, "hentry", "aula")
    for _ in range(300):
        html = department_page(rng.randrange(0, 4), "".join(rng.sample(EXTRAS, rng.randrange(0, 4))))
        raw = html.encode()
        new, old = Markup(html), _OldMarkup(html)
        for _ in range(6):
            signs = tuple(rng.sample(pool, rng.randrange(0, 14)))
            assert new.has_any(signs) is old.has_any(signs) is any(s.encode() in raw for s in signs), signs
