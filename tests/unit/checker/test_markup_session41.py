"""A tag's sign answered from the names after the markup's "<"s, the markup's "<" counted with them, its samples.

``literals.Markup`` answered ``has("<base")`` and ``has_folded("<iframe")`` by a search of the whole markup (lowered
first, for the latter); it now looks the sign's name up among the names written after the markup's "<"s, read in
one compiled pass (``_selectors.names_after_lt``) that counts the "<"s too, which ``markup.bounded`` reads instead of
counting them in the string. Each answer is pinned here to the search it replaced, on a department's page as a
vendor writes it and on the edges of the pass: a "<" in a script, a comment or an attribute's value, capitals, a
character beyond ASCII after a "<", names longer than those kept, the pass's blocks of 16 bytes and its tail.
``markup._crowded``'s samples of a page (the last "<" before every 2,048th character) are read in the compiled module
too (``_selectors.sampled_tags``), pinned to the loop they replaced.
"""

from __future__ import annotations

import dataclasses
import random
import sys
from pathlib import Path

import pytest

from pantau_checker.core import literals
from pantau_checker.core._selectors import NAME_BYTES, bytes_lowered, names_after_lt, sampled_tags
from pantau_checker.core.literals import Markup
from pantau_checker.core.markup import (
    _MANY_TAGS,
    _ROOTS,
    _TAG,
    _WINDOW,
    _attributes_end,
    _crowded,
    bounded,
    parse_html,
)
from pantau_checker.core.page import _BASE_TAGS, _FRAME_TAGS, _QUOTING_TAGS, parse_page

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page


def searched(raw: bytes, sign: str) -> bool:
    """The answer before: the sign searched in the whole markup, as written."""
    return sign.encode() in raw


def searched_folded(raw: bytes, sign: str) -> bool:
    """The answer before: the sign searched in the whole markup lowered."""
    return sign.encode() in raw.lower()


# The tags' signs the analysis asks (``page``, ``css``), and what the pass must answer as a search would: a name's
# start ("<text" of "<textarea", "<e" of "<em"), capitals, digits, a name as long as those kept and longer, signs of
# no name ("<", "<!--", "</div") and of a name beyond ASCII or with a hyphen, which are searched as before.
SIGNS = (
    *_BASE_TAGS,
    *_QUOTING_TAGS,
    *_FRAME_TAGS,
    "<pre",
    "<table",
    "<TABLE",
    "<dt",
    "<style",
    "<font",
    "<FONT",
    "<marquee",
    "<dialog",
    "<details",
    "<text",
    "<textarea",
    "<area",
    "<nav",
    "<a",
    "<A",
    "<e",
    "<h1",
    "<h7",
    "<x1",
    "<noscript",
    "<noscripts",
    "<blockquote",
    "<figcaptio",
    "<",
    "<!--",
    "</div",
    "<ü",
    "<•",
    "<x-app",
    "<1",
)

# A department's page with what a tag's sign may meet: an old vendor's capitals, frames, a form's <textarea>, a "<"
# in a script, a comment and an attribute's value, characters beyond ASCII (bullets, curly quotes, "©") after a "<".
VENDOR = department_page(
    Site(
        head='<BASE HREF="https://dinkes.bekasikota.go.id/"><style>.x{color:red}</style>',
        body_top=(
            "<!-- <Iframe src=x> dulu --><TABLE><TR><TD><FONT FACE=Arial>Pengumuman • “Layanan” ©</FONT></TD></TR>"
            "</TABLE>"
        ),
        main_extra=(
            '<form><TEXTAREA name="pesan"></TEXTAREA></form><object data="peta.pdf"></object>'
            '<a title="a<b • 3<5" href="/x">Tautan</a><blockquote>Kutipan</blockquote>'
            "<p>Jam layanan <ü> 08.00–16.00 <•> WIB</p><x-app></x-app><h1>Judul</h1>"
        ),
        body_end="<script>if (a<b && c <d) { x = '<em>' + \"<IFRAME>\"; }</script><figcaption>Foto</figcaption>",
    )
)


def answers(markup: Markup, sign: str) -> tuple[bool, bool, bool]:
    return markup.has(sign), markup.has_folded(sign), markup.has_folded(sign.lower())


def searches(raw: bytes, sign: str) -> tuple[bool, bool, bool]:
    return searched(raw, sign), searched_folded(raw, sign), searched_folded(raw, sign.lower())


@pytest.mark.parametrize("html", [VENDOR, department_page(Site()), department_page(Site(plain_markup=True))])
def test_a_department_pages_tag_signs_are_answered_as_searched(html: str) -> None:
    raw = html.encode()
    markup = Markup(html)
    for sign in SIGNS:
        assert answers(markup, sign) == searches(raw, sign), sign
    assert markup.has_any(_QUOTING_TAGS) is any(searched(raw, sign) for sign in _QUOTING_TAGS)


def test_the_vendor_page_meets_each_edge() -> None:
    # The page above is the test only if it holds what it is meant to.
    markup = Markup(VENDOR)
    assert markup.has("<BASE") and not markup.has("<base") and markup.has_folded("<base")
    assert markup.has_folded("<text") and not markup.has("<text")  # only <TEXTAREA>
    assert markup.has_folded("<iframe") and not markup.has("<iframe")  # in a comment and a script's string
    assert markup.has("<em") and markup.has("<blockquote") and markup.has("<ü")
    assert not markup.has("<textarea") and not markup.has_folded("<h7")


def test_a_tags_sign_is_not_searched_in_the_whole_markup(monkeypatch: pytest.MonkeyPatch) -> None:
    # The pass answers it: no automaton is made or run for it, and the markup is not lowered.
    asked: list[str] = []
    monkeypatch.setattr(literals, "_finder", asked.append)
    markup = Markup(VENDOR)
    for sign in ("<base", "<BASE", "<em", "<iframe", "<marquee"):
        markup.has(sign)
        markup.has_folded(sign.lower())
    assert asked == [] and markup._lowered is None


def page_of(rng: random.Random, length: int) -> str:
    pieces = ("<", "<", "</", "a", "A", "b", "e", "m", "Em", "z", "Z", "0", "9", "-", " ", ">", "é", "•", "\n", "'")
    return "".join(rng.choice(pieces) for _ in range(length))


def test_generated_markup_answers_as_searched() -> None:
    rng = random.Random(41)
    letters = "aAbeEmMzZ09"
    for _ in range(3000):
        html = page_of(rng, rng.randrange(0, 60))
        raw = html.encode()
        markup = Markup(html)
        assert markup.angles() == html.count("<")
        for _ in range(6):
            sign = "<" + "".join(rng.choice(letters) for _ in range(rng.randrange(1, NAME_BYTES + 3)))
            assert answers(markup, sign) == searches(raw, sign), (html, sign)


@pytest.mark.parametrize("at", range(40))
def test_a_name_is_read_wherever_it_stands_in_the_pass_blocks(at: int) -> None:
    # The pass reads 16 bytes at a time and the rest after the last block: a "<" and its name at every place, across
    # a block's edge, at the very end.
    for name in ("i", "em", "iframe", "IFRAME", "abcdefgh", "abcdefghij"):
        html = "x" * at + "<" + name
        raw = html.encode()
        markup = Markup(html)
        assert markup.angles() == 1
        for sign in ("<i", "<em", "<iframe", "<abcdefgh", "<abcdefghi", "<" + name, "<" + name[:-1]):
            assert answers(markup, sign) == searches(raw, sign), (at, name, sign)


def test_names_as_long_as_those_kept_and_longer() -> None:
    count, names, lowered = names_after_lt(b"<ABCDEFGHIJKL><abcdefgh><abc1><a>")
    assert (count, names, lowered) == (4, b"\0ABCDEFGH\0abcdefgh\0abc1\0a", b"\0abcdefgh\0abcdefgh\0abc1\0a")
    markup = Markup("<ABCDEFGHIJKL>")
    assert markup.has_folded("<abcdefgh")
    assert markup.has_folded("<abcdefghijkl")  # longer than those kept: searched
    assert not markup.has_folded("<abcdefghijkx")


def test_each_name_is_written_once_and_a_page_of_many_names_keeps_them_all() -> None:
    # The pass keeps some hundreds of distinct names to tell them apart; a page of more (a flood of made-up tags) has
    # those beyond written as they come, each found.
    count, names, _ = names_after_lt(b"<div><div><span></div><DIV><div2>")
    assert (count, names) == (6, b"\0div\0span\0DIV\0div2")
    flood = "".join(f"<t{n}>x</t{n}>" for n in range(3000)) + "<t17><t2999><code>"
    markup = Markup(flood)
    assert markup.angles() == flood.count("<")
    for n in (0, 17, 383, 384, 385, 2999, 3000, 30000):
        assert markup.has(f"<t{n}") is searched(flood.encode(), f"<t{n}"), n
    assert markup.has("<code") and markup.has_folded("<code") and not markup.has("<pre")


def test_every_byte_after_a_lt_is_a_name_or_not_as_searched() -> None:
    for byte in range(256):
        raw = b"<" + bytes([byte]) + b"x"
        count, names, lowered = names_after_lt(raw)
        name = bytes([byte]) + b"x" if bytes([byte]).isalnum() else b"x" if byte == 60 else b""  # "<<x"
        assert count == 1 + (byte == 60)
        assert names == (b"\0" + name if name else b"")
        assert lowered == names.lower()


def test_the_markup_lowered_as_bytes_lower_does() -> None:
    every = bytes(range(256))
    assert bytes_lowered(every) == every.lower()
    for size in range(70):  # the loop's vectors and what is left after them
        raw = bytes((65 + n * 7) % 256 for n in range(size))
        assert bytes_lowered(raw) == raw.lower()
    assert bytes_lowered(VENDOR.encode()) == VENDOR.encode().lower()
    assert bytes_lowered(b"") == b""


def test_a_sign_other_than_a_tags_is_found_in_any_case_as_before() -> None:
    markup = Markup(f'{VENDOR}<img src="x.png" OnErRoR="x()">')
    assert markup.has_folded("onerror") and not markup.has_folded("onload") and not markup.has("onerror")
    assert markup.has_folded("role") is searched_folded(VENDOR.encode(), "role")


@pytest.mark.parametrize(
    "html",
    [
        VENDOR,
        "",
        "<",
        "Layanan \ud800 <b>buka</b> • <ü>",  # a lone surrogate, encoded as lexbor is given it
        "<p>" * (_MANY_TAGS + 10),  # many tags: read whole
        '<div class="w">' * 3000 + "Wisata" + "</div>" * 3000,  # deep: its tags left out
        "<body a=1>" * 12 + "<p " + " ".join(f"a{n}=1" for n in range(3000)) + ">x</p>" + "y" * 5000,  # crowded
    ],
)
def test_the_markups_count_of_lt_bounds_the_page_as_its_string_did(html: str) -> None:
    markup = Markup(html)
    assert markup.angles() == html.count("<")
    assert bounded(html, markup.angles()) == bounded(html)
    assert parse_html(html, markup.raw, markup.angles()).html == parse_html(html, markup.raw).html


def test_a_count_given_is_read_for_the_markup_it_was_counted_in_only() -> None:
    # The count given is the one read (a deep page given none has nothing left out) where the page is as it came; a
    # crowded page is cut before its tags are counted, and the count of it as it came is then not the one read.
    deep = "<div>" * 9000 + "x"
    assert bounded(deep, 0) is deep and bounded(deep).count("<div") < 9000
    crowded = "<body a=1>" * 300 + deep
    assert bounded(crowded, 0) == bounded(crowded)
    assert bounded(crowded).count("<div") < 9000 and bounded(crowded).count("<body") == 4


def test_a_vendor_page_is_parsed_alike_from_its_text_and_from_its_utf8() -> None:
    url = "https://dinkes.bekasikota.go.id/"
    pages = [parse_page(VENDOR, url), parse_page(VENDOR, url, markup=Markup(VENDOR, VENDOR.encode()))]
    fields = [{f.name: getattr(p, f.name) for f in dataclasses.fields(p) if f.name != "derived"} for p in pages]
    assert repr(fields[0]) == repr(fields[1])
    assert "Pengumuman" in pages[0].visible_text


def samples_before(html: str, window: int = _WINDOW) -> list[tuple[int, int]] | None:
    """The samples as ``markup._crowded`` read them before: None at an <html> or <body>, else the long tags to read."""
    searched, last, read, long_tags = 0, -1, -1, []
    for sample in range(window, len(html), window):
        found = html.rfind("<", searched, sample)
        searched = sample
        if found >= 0:
            last = found
        elif last < 0:
            continue
        if html[last + 1 : last + 5].lower() in _ROOTS:
            return None
        if sample - last >= window and last != read:
            read = last
            long_tags.append((last, sample))
    return long_tags


def crowded_before(html: str) -> bool:
    """``markup._crowded`` before its samples were read in the compiled module: its samples, then their long tags."""
    samples = samples_before(html)
    if samples is None:
        return True
    for last, sample in samples:
        tag = _TAG.match(html, last)
        if tag is not None and tag[2] and tag.end() > sample:
            attributes = tag[3] or ""
            if _attributes_end(attributes) < len(attributes):
                return True
    return False


ATTRIBUTES = " ".join(f'data-a{n}="{n}"' for n in range(400))
CROWDED_PAGES = (
    VENDOR,
    VENDOR.replace("Pengumuman", "Pengumuman 😀"),  # four bytes a character
    department_page(Site(body_end="<BODY class=x>" * 5)),
    department_page(Site(body_end="<bOdY>" + "•" * 3000)),  # before a sample, then a window without "<"
    department_page(Site(main_extra=f"<div {ATTRIBUTES}>x</div>")),  # a tag crowded across a sample
    department_page(Site(main_extra=f'<img src="data:image/png;base64,{"A" * 5000}">')),  # long, few attributes
    department_page(Site(main_extra="<script>" + "var x = 1; " * 600 + "</script>")),
    "x" * 2047 + "<html",  # a root cut by the end
    "x" * 2040 + "<htm",
    "<body" + "x" * 5000,
    "<html>" + "x" * 4090 + "<p>" + "y" * 5000,
    "y" * 5000,
    "<bodyx" + "x" * 2050 + "<Html" + "z" * 2043,
    "<p" + " a=1" * 600 + ">" + "x" * 100,
)


@pytest.mark.parametrize("html", CROWDED_PAGES)
def test_a_pages_samples_are_read_as_the_loop_read_them(html: str) -> None:
    assert sampled_tags(html, _WINDOW) == samples_before(html)
    assert _crowded(html) is crowded_before(html)
    assert bounded(html) == bounded(html, html.count("<"))


def test_generated_pages_samples_are_read_as_the_loop_read_them() -> None:
    rng = random.Random(2048)
    pieces = ("<", "<body", "<BODY", "<html", "<Html", "<htm", "<p", " a=1", ' b="<x>"', "x" * 300, "•" * 200, ">", "ü")
    for _ in range(400):
        html = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 120)))
        for window in (_WINDOW, 64, 7, 1):  # small windows: many samples in a short page
            assert sampled_tags(html, window) == samples_before(html, window), (html, window)
        assert _crowded(html) is crowded_before(html), html


def test_no_letter_beyond_ascii_is_lowered_into_a_roots_name() -> None:
    # The compiled samples compare a root's name in any case of ASCII letters: as ``str.lower`` reads it, no other
    # character (İ is "i̇", K's Kelvin sign "k") is one of the letters of "html" or "body".
    letters = set("htmlbody")
    assert [c for c in map(chr, range(0x80, 0x110000)) if set(c.lower()) <= letters] == []
