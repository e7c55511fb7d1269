"""Gambling brands linked to the sites of their own names, and the glued words of the newer spam (session 28).

A hack injects a brand's link as its site writes it: the brand's name glued of a word and a gambling word
(KOITOTO, HOKITOTO, JPSLOT) as the text of a link to the site of the same name on a domain such sites take by the
thousand (koitoto.xyz), alone or a pair in a visible "Partner" line, with "Daftar"/"Login" before it, in a sidebar
widget "Link Partner", or hidden in a ``display:none`` block. Before, one or two such names, or three with one of two
letters before "slot" (JPSLOT), raised nothing; nor did "MAHJONGWAYS2 SCATTERHITAM" glued.

Clean, beside them: a sanitary ware brand's "TOTO" linked to toto.co.id, a department's application "SIMPEG" on its
go.id host, staff and shops linked to sites of their names on .com (Suhartoto, JAYA88), a timeslot booking.
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


def where(site: Site) -> dict[tuple[str, str | None], str]:
    page = parse_page(department_page(site), URL)
    return {(f.code, f.location): f.severity for f in defacement.scan(page) if f.category == "keamanan"}


def terms(text: str) -> set[str]:
    return {term for code, term, _ in flagged(text) if code == "judi_online"}


def partners(*links: tuple[str, str], title: str = "Link Partner") -> str:
    """Return a sidebar's text widget of links, as a hacked theme's (or a vendor's) sidebar has it."""
    items = "".join(f'<li><a href="{href}" target="_blank" rel="noopener">{text}</a></li>' for href, text in links)
    return (
        f'<section id="text-9" class="widget widget_text"><h3 class="widget-title">{title}</h3>'
        f'<div class="textwidget"><ul>{items}</ul></div></section>'
    )


def footer_line(html: str) -> Site:
    """Return a department page with a line of links after its footer, where a theme's credits stand."""
    return Site(body_end=f'<div class="footer-credit container"><p>{html}</p></div>')


@pytest.mark.parametrize(
    ("site", "found"),
    [
        pytest.param(
            footer_line(
                'Partner: <a href="https://koitoto.xyz/">KOITOTO</a> &middot; '
                '<a href="https://kaisar88.xyz/">KAISAR88</a>'
            ),
            {"koitoto", "kaisar88"},
            id="a-visible-pair-of-brands",
        ),
        pytest.param(
            footer_line(
                '<a href="https://koitoto.xyz/daftar">Daftar KOITOTO</a> &middot; '
                '<a href="https://koitoto.xyz/login">Login KOITOTO</a>'
            ),
            {"koitoto"},
            id="a-brands-sign-up-and-login",
        ),
        pytest.param(
            Site(
                main_extra=partners(
                    ("https://koitoto.xyz/", "KOITOTO"),
                    ("https://jpslot.xyz/", "JPSLOT"),
                    ("https://hokitoto.xyz/", "HOKITOTO"),
                )
            ),
            {"koitoto", "jpslot", "hokitoto"},
            id="a-link-partner-widget",
        ),
        pytest.param(
            footer_line('<a href="https://www.sukabet.vip/?ref=dinkes">SUKABET</a>'),
            {"sukabet"},
            id="a-brand-on-its-www-host-with-a-referral",
        ),
    ],
)
def test_a_brand_linked_to_the_site_of_its_own_name_is_judi_online(site: Site, found: set[str]) -> None:
    page = parse_page(department_page(site), URL)
    findings = [f for f in defacement.scan(page) if f.code == "judi_online"]
    assert "link" in {f.location for f in findings}
    assert all(name in " ".join(f.evidence or "" for f in findings) for name in found)


def test_one_hidden_brand_linked_to_the_site_of_its_own_name_is_critical() -> None:
    hidden = Site(body_end='<div style="display:none"><a href="https://koitoto.xyz/">KOITOTO</a></div>')
    assert where(hidden) == {("judi_online", "hidden"): "kritis"}


def test_a_hidden_list_of_brands_with_two_letters_before_slot_is_critical() -> None:
    links = " ".join(f'<a href="https://{n.lower()}.xyz/">{n}</a>' for n in ("JPSLOT", "DEWASLOT", "NAGASLOT"))
    assert where(Site(body_end=f'<div style="display:none">{links}</div>')) == {("judi_online", "hidden"): "kritis"}
    assert terms("JPSLOT | DEWASLOT | NAGASLOT") == {"jpslot", "dewaslot", "nagaslot"}


def test_the_newer_games_glued_are_gambling_words() -> None:
    glued = '<a href="https://a.xyz/">MAHJONGWAYS2</a> <a href="https://b.xyz/">SCATTERHITAM</a>'
    assert where(Site(body_end=f'<div style="display:none">{glued}</div>')) == {("judi_online", "hidden"): "kritis"}
    assert terms("MAHJONGWAYS2 SCATTERHITAM") == {"mahjongways2", "scatterhitam"}


@pytest.mark.parametrize(
    "site",
    [
        pytest.param(
            Site(
                main_extra=partners(
                    ("https://www.toto.co.id/", "TOTO"),
                    ("https://www.american-standard.co.id/", "American Standard"),
                    ("https://www.wavin.co.id/", "Wavin"),
                    title="Mitra Program Sanitasi Sekolah",
                )
            ),
            id="a-sanitary-ware-brand",
        ),
        pytest.param(
            Site(
                main_extra=partners(
                    ("https://simpeg.bekasikota.go.id/", "SIMPEG"),
                    ("https://sitoto.bekasikota.go.id/", "SITOTO"),
                    ("https://ppdb.bekasikota.go.id/", "PPDB"),
                    title="Aplikasi",
                )
            ),
            id="the-citys-applications",
        ),
        pytest.param(
            Site(
                main_extra=partners(
                    ("https://suhartoto.com/", "Suhartoto"),
                    ("https://hartoto.net/", "Hartoto"),
                    title="Blog Tenaga Ahli",
                )
            ),
            id="experts-blogs-of-their-names",
        ),
        pytest.param(
            Site(
                main_extra=partners(
                    ("https://jaya88.com/", "JAYA88"),
                    ("https://batikbekasi.com/", "Batik Bekasi"),
                    ("https://rotihoki.id/", "ROTIHOKI"),
                    title="Mitra UMKM Binaan",
                )
            ),
            id="shops-on-their-own-sites",
        ),
        pytest.param(
            footer_line(
                'Pilih jadwal di <a href="https://timeslot.xyz/dinkes">Timeslot</a>; '
                "slot antrean layanan KTP-el tersedia setiap hari kerja."
            ),
            id="a-timeslot-booking",
        ),
    ],
)
def test_a_departments_links_named_as_their_sites_are_none(site: Site) -> None:
    assert where(site) == {}
