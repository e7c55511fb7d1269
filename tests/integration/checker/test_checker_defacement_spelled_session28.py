"""A defacer's page titled with its word alone, and its signature spelled with the letters apart, through a whole
check against a real HTTP server on 127.0.0.1 (session 28); a library's page on the film "Hacked" stays clean."""

from __future__ import annotations

from checker_servers import Reply, check, make_checker
from defaced_pages_s26 import defaced
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, department_page


def test_a_page_titled_hacked_alone_is_a_critical_defacement(shared_site) -> None:  # type: ignore[no-untyped-def]
    page = defaced("HACKED", "").replace("<title>Dinas Kesehatan Kota Bekasi</title>", "<title>HACKED</title>")
    shared_site.route("*", "/", Reply(200, page))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {("defacement", "title"): "kritis"}


def test_a_signature_with_its_letters_spaced_apart_is_a_critical_defacement(shared_site) -> None:  # type: ignore[no-untyped-def]
    shared_site.route("*", "/", Reply(200, defaced("H A C K E D &nbsp; B Y &nbsp; K U R O", "<p>./Kuro</p>")))
    found = security(check(make_checker(shared_site.port), app(shared_site.port)))
    assert found == {("defacement", "visible"): "kritis"}


def test_a_librarys_page_on_the_film_hacked_is_clean(shared_site) -> None:  # type: ignore[no-untyped-def]
    page = department_page(
        Site(
            title="Hacked (2020): Resensi Film \u2013 Perpustakaan Daerah Kota Bekasi",
            main_extra="<h2>Hacked</h2><p>Thriller tentang keamanan data, diputar Sabtu di ruang audiovisual.</p>",
        )
    )
    shared_site.route("*", "/", Reply(200, page))
    assert security(check(make_checker(shared_site.port), app(shared_site.port))) == {}
