"""Which sites a frame a script lays over the window, or a redirect under a touch test, counts to (session 32): a
gambling site's by its address, a word of the trade in it, glued into the site's name or apart. A virtual tour's, a
hotline's, a vendor's or a service's name is none, nor a name with a lucky number, "4D", "jp" or "toto" on .com or
.id (round three), nor since round four a brand's name of one word on a domain kits register in bulk (a Canva site, a
link page, a vendor's app on .online or .site), nor "slot", "poker" or "kasino" glued into a name (a parking app's
parkirslot.com, a news site's slotnews.co.id, an app's SIPOKER)."""

from __future__ import annotations

import pytest

from pantau_checker.core.checks.hijack import gambling_site


@pytest.mark.parametrize(
    "href",
    [
        "https://toto4dresmi.xyz/",
        "https://slotgacorhariini.com/",
        "https://zeus138.xyz/",
        "https://dewatogel.net/",
        "https://naga-togel.vip/",
        "https://sbobet88.xyz/",
        "https://maxwinjaya.com/",
        "https://rajatoto4d.xyz/",
        "https://garuda.bet/",
        "https://kaisar88.casino/",
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
        # A department's campaign on a Canva site, its links on a link page or a shortener, its vendor's app, its
        # radio's stream on a domain kits register in bulk too (round four); a kit's one-word brands there
        # (naga.vip, rajaplay.xyz, garuda4d.xyz) are left to the other checks.
        "https://dinkesbekasi.my.canva.site/",
        "https://taplink.cc/diskominfobekasi",
        "https://bio.site/dinkesbekasi",
        "https://tiny.cc/survei-ikm-dinkes",
        "https://sipadu.online/",
        "https://ppdbjabar.site/",
        "https://radar.live/",
        "https://sigap.pro/",
        "https://naga.vip/",
        "https://rajaplay.xyz/",
        "https://garuda4d.xyz/",
        # "slot", "poker" and "kasino" glued into a name: a parking app's, a news site's, an app's, a museum's.
        "https://parkirslot.com/bekasi",
        "https://slotnews.co.id/",
        "https://sipoker.id/",
        "https://museumkasino.com/",
        "https://planningpoker.live/",
        "https://kaisarslot.com/",
    ],
)
def test_no_gambling_sites_address(href: str) -> None:
    assert not gambling_site(href)
