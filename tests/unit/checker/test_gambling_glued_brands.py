"""Gambling brands written as one word without a number (MAWARTOTO, OLXTOTO, SUKABET, JAYABOLA, RAJAHOKI,
LINETOGEL, TOGELUP, DEWAZEUS, ASIAGACOR), injected into whole department pages as hacks inject them: a hidden
block of their links, a brand with its sign-up words, a link block after the footer. Before, only a brand with a
number (TOTO88, GACOR4D) or a listed compound (slotgacor) was found; these raised nothing.

Clean: one such word alone, which is a person's name ("Drs. Suhartoto") or a game's ("sepakbola") as often; a
staff list; words of a department that end or start so (timeslot, alfabet, Tibet, sorbet, judisium, "slotnya",
"togelan"); an address or a handle (mawartoto.com in a police report's text is news, @rajaslot a handle).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pantau_checker.core.checks import defacement
from pantau_checker.core.page import parse_page
from pantau_checker.core.term_scan import flagged

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "integration" / "checker"))
from vendor_pages import Site, department_page

URL = "https://dinkes.bekasikota.go.id/"
HIDDEN = {("judi_online", "hidden"): "kritis"}


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def farm(*names: str, style: str = "position:absolute;left:-9999px;top:-9999px") -> Site:
    """Return a department page with a hidden block of links to brands' sites, as a hacked theme's footer has it."""
    links = "\n".join(f'<a href="https://{name.split()[0].lower()}.com/" rel="dofollow">{name}</a>' for name in names)
    return Site(body_end=f'<div class="wp-block-partners" style="{style}">\n{links}\n</div>')


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


@pytest.mark.parametrize(
    "names",
    [
        pytest.param(("MAWARTOTO", "OLXTOTO", "PULITOTO", "KINGDOMTOTO"), id="toto-brands"),
        pytest.param(("SUKABET", "NAGABET", "LUXURYBET"), id="bet-brands"),
        pytest.param(("JAYABOLA", "RAJACUAN", "DEWACUAN"), id="bola-and-cuan-brands"),
        pytest.param(("RAJAHOKI", "SULTANSPIN", "MAWARTOTO"), id="hoki-spin-toto"),
        pytest.param(("MAWARTOTO", "KAISAR88", "SUKABET"), id="with-a-numbered-brand"),
        pytest.param(("LINETOGEL",), id="togel-brand-alone"),
        pytest.param(("DEWAZEUS",), id="zeus-brand-alone"),
        pytest.param(("ASIAGACOR",), id="gacor-brand-alone"),
        pytest.param(("MAWARTOTO login resmi terpercaya",), id="a-brand-with-its-sign-up-words"),
        pytest.param(("OLXTOTO link alternatif",), id="a-brand-with-its-mirror"),
    ],
)
def test_a_hidden_block_of_brands_glued_without_a_number_is_judi_online(names: tuple[str, ...]) -> None:
    assert where(farm(*names)) == HIDDEN


def test_a_hidden_block_of_glued_brands_names_them() -> None:
    found = terms("MAWARTOTO | OLXTOTO | SUKABET | TOGELUP JUDIBOLAKU LINETOGEL")
    assert {"mawartoto", "olxtoto", "sukabet", "linetogel"} <= found


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Kepala Seksi: Drs. Suhartoto, M.Si. Pelaksana: Sutoto, Hartoto dan Bambang.", id="staff-names"),
        pytest.param("Turnamen sepakbola antarkelurahan digelar di Stadion Patriot Candrabhaga.", id="sepakbola"),
        pytest.param("Pilih timeslot konsultasi; slotnya terbatas, pendaftaran dibuka pukul 08.00.", id="timeslot"),
        pytest.param("Belajar alfabet bersama di taman baca; kuliner sorbet mangga di bazar UMKM.", id="alfabet"),
        pytest.param("Judisium Fakultas Kedokteran diikuti 120 lulusan, bebas togelan dan taruhan.", id="judisium"),
        pytest.param("Polisi memblokir situs mawartoto.com dan akun @rajaslot yang meresahkan.", id="address-handle"),
        pytest.param("Festival budaya Tibet dan kuliner dari Jayabola, Rajahoki.", id="two-words-no-list"),
    ],
)
def test_words_of_a_department_that_end_or_start_as_a_brand_are_none(text: str) -> None:
    assert terms(text) == set()


@pytest.mark.parametrize(
    "names",
    [
        pytest.param(("Kopi Kenangan", "Tokopedia", "Gojek"), id="partners"),
        pytest.param(("Suhartoto", "Sugiarto", "Bambang"), id="a-staff-list"),
        pytest.param(("MAWARTOTO",), id="one-name-alone"),
    ],
)
def test_a_hidden_list_of_other_names_is_none(names: tuple[str, ...]) -> None:
    assert where(farm(*names)) == {}
