"""Gambling brands linked to the sites of their own names, and the newer games glued, injected into a department's
home page, through a whole check against a real HTTP server on 127.0.0.1 (session 28); the department's own links to
sites of their names beside them stay clean."""

from __future__ import annotations

import pytest
from checker_servers import Reply, check, make_checker
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, department_page


def widget(title: str, *links: tuple[str, str]) -> str:
    """Return a sidebar's text widget of links, as WordPress prints one."""
    items = "".join(f'<li><a href="{href}" target="_blank" rel="noopener">{text}</a></li>' for href, text in links)
    return (
        f'<section id="text-9" class="widget widget_text"><h3 class="widget-title">{title}</h3>'
        f'<div class="textwidget"><ul>{items}</ul></div></section>'
    )


FOUND = {
    "a link partner widget of brands": (
        Site(
            main_extra=widget(
                "Link Partner",
                ("https://koitoto.xyz/", "KOITOTO"),
                ("https://jpslot.xyz/", "JPSLOT"),
                ("https://hokitoto.xyz/", "HOKITOTO"),
            )
        ),
        {("judi_online", "visible"): "tinggi", ("judi_online", "link"): "tinggi"},
    ),
    "a brand's sign-up and login in the news list": (
        Site(
            main_extra='<p class="promo"><a href="https://koitoto.xyz/daftar">Daftar KOITOTO</a> &middot; '
            '<a href="https://koitoto.xyz/login">Login KOITOTO</a></p>'
        ),
        # and its text: a brand's name in capitals beside "Daftar" and "Login"
        {("judi_online", "visible"): "tinggi", ("judi_online", "link"): "tinggi"},
    ),
    "one brand hidden": (
        Site(main_extra='<div style="display:none"><a href="https://koitoto.xyz/">KOITOTO</a></div>'),
        {("judi_online", "hidden"): "kritis"},
    ),
    "the newer games glued, hidden": (
        Site(
            main_extra='<div style="display:none"><a href="https://a.xyz/">MAHJONGWAYS2</a> '
            '<a href="https://b.xyz/">SCATTERHITAM</a></div>'
        ),
        {("judi_online", "hidden"): "kritis"},
    ),
}

CLEAN = {
    "a sanitation programme's partners": Site(
        main_extra=widget(
            "Mitra Program Sanitasi Sekolah",
            ("https://www.toto.co.id/", "TOTO"),
            ("https://www.american-standard.co.id/", "American Standard"),
        )
    ),
    "the city's applications": Site(
        main_extra=widget(
            "Aplikasi",
            ("https://simpeg.bekasikota.go.id/", "SIMPEG"),
            ("https://sitoto.bekasikota.go.id/", "SITOTO"),
            ("https://ppdb.bekasikota.go.id/", "PPDB"),
        )
    ),
    "experts' blogs of their names": Site(
        main_extra=widget(
            "Blog Tenaga Ahli", ("https://suhartoto.com/", "Suhartoto"), ("https://hartoto.net/", "Hartoto")
        )
    ),
}


@pytest.mark.parametrize("name", FOUND, ids=FOUND)
def test_a_brand_linked_to_the_site_of_its_own_name_is_found(shared_site, name: str) -> None:  # type: ignore[no-untyped-def]
    site, expected = FOUND[name]
    shared_site.route("*", "/", Reply(200, department_page(site)))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == expected


@pytest.mark.parametrize("name", CLEAN, ids=CLEAN)
def test_a_departments_links_to_sites_of_their_names_are_clean(shared_site, name: str) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, department_page(CLEAN[name])))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}
