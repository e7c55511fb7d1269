"""Which sites a frame a script lays over the window, or a redirect under a touch test, counts to (session 32): a
gambling site's by its address, a word of the trade in it, glued into the site's name or apart, or a brand's name of
one word on a domain kits register in bulk (.xyz, .vip). A virtual tour's, a hotline's, a vendor's or a service's
name is none, nor a name with a lucky number, "4D", "jp" or "toto" on .com or .id (round three)."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks.hijack import gambling_site


@pytest.mark.parametrize(
    "href",
    [
        "https://toto4dresmi.xyz/",
        "https://slotgacorhariini.com/",
        "https://garuda4d.xyz/",
        "https://kaisar88.vip/",
        "https://zeus138.xyz/",
        "https://mawartoto.site/",
        "https://dewajp.xyz/",
        "https://naga.vip/",
        "https://rajaplay.xyz/",
        "https://kaisarslot.com/",
        "https://dewa-poker.net/",
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
        "https://antrian-bekasi.site/",
        "https://bookingslot.id/jadwal",
        # A name with a lucky number, "4D", "jp", "bola", "hoki" or "toto" on .com, .id or .co.id: a radio's, a Japan
        # internship's, a 4D cinema's, a league's, a vendor's, a shop's, a tourist village's; a kit's as well.
        "https://mustang88.com/player/embed",
        "https://radio88.co.id/live/stream",
        "https://nihongojp.com/app/",
        "https://bekasi-4d.com/virtual-tour/",
        "https://ligabola.id/live/final",
        "https://karyamedia88.com/loader/bekasi.html",
        "https://sipadu888.id/survei-kepuasan",
        "https://dapurhoki.com/menu",
        "https://wisatatoto.id/kampung-wisata-bekasi/tour",
        "https://kaisar88.com/",
        "https://dewajp.com/",
    ],
)
def test_no_gambling_sites_address(href: str) -> None:
    assert not gambling_site(href)
