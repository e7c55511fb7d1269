"""The defacement scan's fixed costs on a page that gives it little to read, each pinned to the code it replaces (kept
here): the links' addresses asked for a "%" by their bytes (``_selectors.plain_hrefs``), no lists made of a page
without hidden blocks or visitors' links (``_hidden_names``, ``_commenters_names``), the parts given as they are where
the address asked no search (``_unasked``), and the main text's sketch made once where ``replaced_body`` and
``replaced_main`` both ask (``_new_text``).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from unittest.mock import patch

import pytest

from pantau_checker.core import structure
from pantau_checker.core._selectors import plain_hrefs
from pantau_checker.core.checks import defacement
from pantau_checker.core.page import HiddenBlock, Link, Page, parse_page
from pantau_checker.core.structure import resemblance, sketch, structure_of
from pantau_checker.core.term_scan import marked_brand

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://disdik.bekasikota.go.id/"


def plain_before(links: tuple[Link, ...]) -> bool:
    return not any("%" in link.href for link in links)


def hidden_names_before(page: Page) -> list[tuple[str, Link]]:
    found = []
    for block in islice(page.hidden_blocks, defacement._MAX_PARTS):
        if block.menu or block.worded or block.classed:
            continue
        for link in block.links:
            name = link.text.lower()
            if link.text.isupper() and defacement._own_site(link, name) and marked_brand(name):
                found.append((name, link))
    found = [(name, link) for name, link in found if link.text not in page.visible_text]
    return found if defacement._listed([name for name, _ in found]) else []


def commenters_names_before(page: Page) -> list[tuple[str, Link]]:
    found = [
        (name, link)
        for link in islice(page.visitors_links, defacement._MAX_PARTS)
        if link.text.isupper() and defacement._own_site(link, name := link.text.lower()) and marked_brand(name)
    ]
    return found if defacement._listed([name for name, _ in found]) else []


def unasked_before(page: Page, parts: Iterator[defacement._Part]) -> Iterator[defacement._Part]:
    if not page.searched:
        yield from parts
        return
    for location, texts, in_farm, echoed in parts:
        yield location, [defacement._unechoed(text, page.searched) for text in texts], in_farm, echoed


def replaced_before(page: Page, before: structure.Structure, host: str) -> tuple[object, object]:
    """``replaced_body`` and ``replaced_main`` with the sketch made at each ask, as they were."""

    def new_text(page: Page, before: structure.Structure) -> bool:
        return resemblance(defacement.sketch(page), before.words) < defacement._NEW_TEXT

    with patch.object(defacement, "_new_text", new_text):
        return defacement.replaced_body(page, before, host), defacement.replaced_main(page, before)


@pytest.fixture(scope="module")
def department() -> Page:
    return parse_page(department_page(Site()), URL)


HREFS = [
    "https://disdik.bekasikota.go.id/berita/jumat-bersih-di-lingkungan-dinas/",
    "https://disdik.bekasikota.go.id/?s=%E2%80%9Cramah%E2%80%9D",
    "https://disdik.bekasikota.go.id/berita/ramah-anak-\u201cjum\u2019at\u201d/",  # beyond ASCII, no "%"
    "https://disdik.bekasikota.go.id/\u00a9-2026/%20",
    "https://disdik.bekasikota.go.id/\U0001f600/",
    "https://disdik.bekasikota.go.id/\U0001f600%/",
    "",
    "%",
]


def test_a_departments_links_asked_for_a_percent_as_before(department: Page) -> None:
    assert plain_hrefs(department.links) is plain_before(department.links) is True
    assert plain_hrefs(department.image_links) is plain_before(department.image_links)
    for href in HREFS:
        links = (*department.links, Link("Baca Selengkapnya \u00bb", href))
        assert plain_hrefs(links) is plain_before(links), href


def test_random_addresses_asked_for_a_percent_as_before() -> None:
    draw = random.Random(47)
    pieces = ["https://", "dinas", ".go.id", "/", "%", "%20", "\u00e9", "\u2019", "\U0001f600", "-", "?q=", " "]
    for _ in range(3000):
        links = tuple(
            Link("Berita", "".join(draw.choice(pieces) for _ in range(draw.randrange(8))))
            for _ in range(draw.randrange(4))
        )
        assert plain_hrefs(links) is plain_before(links)
    with pytest.raises(TypeError):
        plain_hrefs(["https://dinas.go.id/"])


KIT = HiddenBlock((Link("MAWARTOTO", "https://mawartoto.com/"), Link("DEWAJP", "https://dewajp.net/")), False, False)


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"hidden_blocks": (KIT,)},
        {"hidden_blocks": (KIT._replace(menu=True),)},
        {"visitors_links": KIT.links},
        {"visitors_links": KIT.links[:1]},
        {"visitors_links": (Link("Budi", "https://budi.blogspot.com/"),)},
    ],
)
def test_hidden_and_commenters_names_as_before(department: Page, changes: dict[str, object]) -> None:
    page = replace(department, **changes)
    assert defacement._hidden_names(page) == hidden_names_before(page)
    assert defacement._commenters_names(page) == commenters_names_before(page)
    if not changes:
        assert defacement._hidden_names(page) == defacement._commenters_names(page) == []


@pytest.mark.parametrize("searched", [(), ("slot gacor",), ("Berita", "dinas")])
def test_the_parts_unasked_as_before(department: Page, searched: tuple[str, ...]) -> None:
    site = Site(title="Slot Gacor \u2013 Pencarian", main_extra="<p>Hasil pencarian \u201cslot gacor\u201d: 0</p>")
    page = replace(parse_page(department_page(site), URL), searched=searched)
    for unmentioned in (False, True):
        now = defacement._unasked(page, defacement._parts(page, unmentioned))
        then = unasked_before(page, defacement._parts(page, unmentioned))
        assert [read(part) for part in now] == [read(part) for part in then]


def read(part: defacement._Part) -> tuple[object, ...]:
    """A part's place, texts and farm's flag, and whether it tells the site's navigation."""
    location, texts, in_farm, echoed = part
    return location, list(texts), in_farm, echoed is None


@pytest.mark.parametrize("host", ["disdik.bekasikota.go.id", ""])
def test_the_sketch_made_once_and_read_as_before(host: str) -> None:
    usual = parse_page(department_page(Site()), URL)
    notice = Site(
        main="<p>Jadwal pelayanan \u201cJum\u2019at Bersih\u201d: 08.00\u201311.00 WIB \u2022 \u00a9 2026</p>"
    )
    short = parse_page(department_page(notice), URL)
    defaced = Site(main="<p>./N0b0dy was here \u2014 Security Breached \u00a9 2026</p>", title=usual.title)
    few = {"links": usual.links[:3], "menu_link_count": 0}
    pages = [
        (replace(usual, **few), structure_of(usual)),  # few links, the same text
        (replace(short, links=(Link("Lapor", "https://lapor.go.id/"),), menu_link_count=0), structure_of(short)),
        (replace(parse_page(department_page(defaced), URL), **few), structure_of(usual)),
        (parse_page(department_page(defaced), URL), structure_of(usual)),
        (short, structure_of(short)),
        (usual, structure_of(usual)),
    ]
    asked = []
    for page, before in pages:
        then = replaced_before(replace(page), before, host)
        fresh = replace(page)
        with patch.object(defacement, "sketch", side_effect=sketch) as made:
            now = defacement.replaced_body(fresh, before, host), defacement.replaced_main(fresh, before)
        assert now == then
        assert made.call_count <= 1
        asked.append(made.call_count)
    assert asked[1] == 1  # a short text under the same title, with few links: both ask it, it is made once
    with patch.object(defacement, "sketch", side_effect=sketch) as made:
        replaced_before(replace(pages[1][0]), pages[1][1], host)
    assert made.call_count == 2  # as it was made: twice
    assert any(now is not None for now in replaced_before(replace(pages[2][0]), pages[2][1], host))
