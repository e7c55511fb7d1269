"""The page's links in capitals that may name their own site, picked in the compiled module.

``defacement._capital_brands`` picked the links whose text ``str.isupper`` (``_selectors.upper_links``) and asked each
whether it goes to a site of its name (``_own_site``: ``urlsplit`` and its ``hostname``, in Python): a department's
menu in capitals ("PPID", "SOP" to its own pages, "SP4N LAPOR!" to lapor.go.id) paid the split for nothing.
``_selectors.capital_links`` leaves out the links ``_own_site`` surely refuses, where its split cannot raise: of an
ASCII address without brackets, a text that is not letters and digits alone, or whose name is not in the address's
netloc (its letters lowered, its "-" left out). Pinned to the old reading (kept here) on a department's page and on
addresses of every shape the split reads: userinfo, ports, tabs and line ends, capitals, the Kelvin sign, brackets,
no scheme, no netloc, a "/-/" that is no "//" of a netloc; and on random ones, the split's errors with them.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from pantau_checker.core._selectors import capital_links
from pantau_checker.core.checks import defacement
from pantau_checker.core.page import Link, parse_page
from pantau_checker.core.term_scan import capital_brand, marked_brand

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://disdik.bekasikota.go.id/"


def capital_brands_before(links: tuple[Link, ...]) -> tuple[dict[str, Link], dict[str, Link]]:
    """``_capital_brands`` as it read the links: every link in capitals asked of ``_own_site``."""
    found, marked = {}, {}
    for link in [link for link in links[: defacement._MAX_PARTS] if link.text.isupper()]:
        name = link.text.lower()
        if defacement._own_site(link, name):
            if capital_brand(name):
                found[name] = link
            elif marked_brand(name):
                marked[name] = link
    return found, marked


def outcome(read: Any, links: tuple[Link, ...]) -> object:
    """What ``read`` gives of ``links``, or the error it raises."""
    try:
        return read(links)
    except ValueError as error:
        return ("raised", str(error))


def capital_brands_now(links: tuple[Link, ...]) -> tuple[dict[str, Link], dict[str, Link]]:
    return defacement._capital_brands(SimpleNamespace(links=links))  # type: ignore[arg-type]


def assert_as_before(links: tuple[Link, ...]) -> None:
    assert outcome(capital_brands_now, links) == outcome(capital_brands_before, links)
    upper = [link for link in links if link.text.isupper()]
    picked = capital_links(links, len(links))
    assert [link for link in upper if link in picked] == picked  # some of them, in order
    for link in upper:
        if link not in picked:  # left out: refused, and its split raises nothing
            assert not defacement._own_site(link, link.text.lower()), link


HOSTS = [
    "nagaslot.com",
    "www.naga-slot.com",
    "NAGASLOT.COM",
    "naga\t-slot.com",
    "naga\nslot.com",
    "user:pw@nagaslot.com:8443",
    "nagaslot@evil.com",
    "evil.com@nagaslot.com",
    "\u212aoitoto.com",  # the Kelvin sign lowers to "k"
    "koitoto.com",
    "[::1]",
    "[nagaslot",
    "ppid.bekasikota.go.id",
    "disdik.bekasikota.go.id",
    "lapor.go.id",
    "sukabet.net",
    "mawartoto.org",
    "hokijaya88.com",
    "",
]
TEXTS = ["NAGASLOT", "KOITOTO", "PPID", "SOP", "SP4N LAPOR!", "SUKABET", "MAWARTOTO", "HOKIJAYA88", "BERITA", "Beranda"]
TEXTS += [
    "NAGA SLOT",
    "NAGA-SLOT",
    "\u00c9COLE",
    "SLOT\U0001f3b0",
    "\u0130NDO",
    "\u212aOITOTO",
    "A" * 70,
    "\u2022 KONTAK",
]


def test_a_departments_menu_and_its_links_in_capitals() -> None:
    site = Site(
        main_extra=(
            '<nav><a href="/ppid/">PPID</a> \u2022 <a href="/regulasi/sop/">SOP</a> \u2022 '
            '<a href="https://lapor.go.id/">SP4N LAPOR!</a> \u2022 <a href="https://jdih.bekasikota.go.id/">JDIH</a></nav>'
            "<p>\u00a9 2026 Dinas Pendidikan \u2014 \u201cRamah Anak\u201d \u00b7 "
            '<a href="https://www.naga-slot.com/">NAGASLOT</a> <a href="https://koitoto.com/daftar">KOITOTO</a> '
            '<a href="http://mawartoto.org">MAWARTOTO</a> <a href="https://bunda4d.com/?ref=dinas">BUNDA4D</a></p>'
        )
    )
    page = parse_page(department_page(site), URL)
    assert len(page.links) > 20
    assert_as_before(page.links)
    picked = [link.text for link in capital_links(page.links, defacement._MAX_PARTS)]
    # The menu's names in capitals not asked but JDIH, whose name is its host's (a government's: refused there).
    assert picked == ["JDIH", "NAGASLOT", "KOITOTO", "MAWARTOTO", "BUNDA4D"]
    assert capital_brands_now(page.links) == capital_brands_before(page.links)
    found, marked = capital_brands_now(page.links)
    assert (set(found), set(marked)) == ({"nagaslot", "bunda4d"}, {"koitoto", "mawartoto"})


@pytest.mark.parametrize("scheme", ["https://", "http://", "//", "HTTPS://", "h\tttps:/\t/", "mailto:", "", "x y://"])
@pytest.mark.parametrize("host", HOSTS)
def test_each_shape_of_address_as_before(scheme: str, host: str) -> None:
    paths = ["/", "/ppid/", "/sop/nagaslot", "?q=nagaslot", "#nagaslot", "/-/nagaslot.com", ""]
    links = tuple(Link(text, f"{scheme}{host}{path}") for text in TEXTS for path in paths)
    assert_as_before(links)


def test_a_slash_hyphen_slash_is_no_netloc() -> None:
    # "/-/" with its "-" left out would read as "//": the netloc is after the address's own first "//" only.
    links = (Link("NAGASLOT", "mailto:/-/nagaslot.com"), Link("NAGASLOT", "x/-/nagaslot.com"))
    assert capital_links(links, 10) == []
    assert_as_before(links)


def test_the_names_are_found_in_the_netloc_only() -> None:
    links = (
        Link("PPID", "https://disdik.bekasikota.go.id/ppid/"),  # in the path: no site of its name
        Link("SOP", "https://disdik.bekasikota.go.id/?sop"),
        Link("SOP", "https://disdik.bekasikota.go.id#sop"),
        Link("PPID", "https://ppid.bekasikota.go.id/"),  # in the netloc: asked (a government's: refused there)
        Link("NAGASLOT", "https://NAGA-\tSLOT.com/"),
        Link("NAGASLOT", "https://[::1]/nagaslot"),  # a bracket: asked, its split may raise
        Link("\u212aOITOTO", "https://koitoto.com/"),  # beyond ASCII: asked
        Link("KOITOTO", "https://\u212aoitoto.com/"),
        Link("SP4N LAPOR!", "https://[lapor.go.id/"),  # the split raises: as before
    )
    assert [(link.text, link.href) for link in capital_links(links, 10)] == [
        (link.text, link.href) for link in links[3:]
    ]
    assert capital_links(links, 4) == [links[3]]  # the first ``limit`` links read
    assert capital_links(links, 0) == capital_links(links, -1) == capital_links((), 10) == []
    assert capital_brands_now(links[:8]) == capital_brands_before(links[:8])
    with pytest.raises(ValueError):
        capital_brands_now(links)
    with pytest.raises(ValueError):
        capital_brands_before(links)


def test_a_link_is_a_tuple() -> None:
    with pytest.raises(TypeError):
        capital_links([SimpleNamespace(text="PPID", href="/ppid/")], 10)


def test_random_links_as_before() -> None:
    draw = random.Random(47)
    pieces = ["naga", "slot", "NAGA", "SLOT", "-", ".", "www.", "com", "@", ":", "8080", "/", "//", "?", "#", "\t"]
    pieces += ["\n", "\r", " ", "[", "]", "\u212a", "\u0130", "toto", "KOI", "88", "%", "https:", "bekasikota.go.id"]
    texts = ["NAGASLOT", "KOITOTO", "NAGA88", "SLOT", "KOI88", "TOTO", "NAGA SLOT", "N\u00c4GA", "\u212aOI", "88"]
    for _ in range(4000):
        href = "".join(draw.choice(pieces) for _ in range(draw.randrange(14)))
        links = tuple(Link(text, href) for text in draw.sample(texts, 3))
        assert_as_before(links)
