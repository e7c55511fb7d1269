"""Which sites a frame a script lays over the window, or a redirect under a touch test, counts to (session 32): a
gambling site's by its address, a word of the trade in it, glued into the site's name or apart, or a name the term
scan reads as a brand's with a lucky number, a togel's "4D" or a gambling word in it. A virtual tour's, a hotline's,
a vendor's or a service's name of letters and another number is none."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks.hijack import gambling_site


@pytest.mark.parametrize(
    "href",
    [
        "https://toto4dresmi.xyz/",
        "https://slotgacorhariini.com/",
        "https://garuda4d.xyz/",
        "https://kaisar88.com/",
        "https://zeus138.net/",
        "https://mawartoto.site/",
        "https://dewajp.com/",
        "https://sites.google.com/view/slot-gacor-bekasi/beranda",
    ],
)
def test_a_gambling_sites_address(href: str) -> None:
    assert gambling_site(href)


@pytest.mark.parametrize(
    "href",
    [
        "https://momento360.com/e/u/9a8b7c",
        "https://kuula.co/share/collection/7Hx2k",
        "https://layanan112.id/",
        "https://bekasi360.com/tour/",
        "https://dinkes-bekasi.vercel.app/loading",
        "https://cdn.vendorweb.co.id/loader/bekasi.html",
        "https://docs.google.com/forms/d/e/1FAIpQLSf/viewform",
        "https://online.fliphtml5.com/abcde/fghij/",
        "https://fototoko.id/",
    ],
)
def test_no_gambling_sites_address(href: str) -> None:
    assert not gambling_site(href)
