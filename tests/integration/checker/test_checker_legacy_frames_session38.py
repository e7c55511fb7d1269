"""An old site's application in a frame: the check judges what the visitor reads, the frame's page.

A Dreamweaver frameset of a banner (or a menu) and the content, and a root that is one iframe of the application,
show the visitor the framed page: its news date the site, its spam is the site's, its default page or its server
error is the site's state. Real HTTP servers on 127.0.0.1.
"""

from __future__ import annotations

from checker_servers import FakeSite, Reply, checked, dated
from legacy_pages_s38 import BANNER, MENU, frameset, iframe_root, old_portal
from stand_in_pages import IIS
from vendor_pages import Site, department_page


def serve(site: FakeSite, pages: dict[str, Reply]) -> None:
    site.routes.clear()
    for path, reply in pages.items():
        site.route("*", path, reply)


def test_a_framesets_content_frame_dates_the_site(site: FakeSite) -> None:
    root = frameset('rows="120,*"', [("topFrame", "top.html"), ("mainFrame", "main.php")])
    serve(site, {"/": Reply(200, root), "/top.html": Reply(200, BANNER), "/main.php": Reply(200, old_portal("utf-8"))})
    availability, reason, freshness, _, findings = dated(checked(site))
    assert (availability, reason, freshness, findings) == ("aktif", None, "update", ())


def test_spam_in_a_framesets_content_frame_is_found(site: FakeSite) -> None:
    # A menu on the left, the content on the right: the frame given the rest of the window is the content.
    root = frameset('cols="*,180"', [("isi", "beranda.php"), ("menu", "menu.html")])
    serve(
        site,
        {"/": Reply(200, root), "/menu.html": Reply(200, MENU), "/beranda.php": Reply(200, old_portal(spam=True))},
    )
    assert "judi_online" in dated(checked(site))[4]


def test_a_default_page_in_the_content_frame_is_the_sites_state(site: FakeSite) -> None:
    root = frameset('rows="100,*"', [("banner", "top.html"), ("main", "main.asp")])
    serve(site, {"/": Reply(200, root), "/top.html": Reply(200, BANNER), "/main.asp": Reply(200, IIS)})
    event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "halaman_bawaan")


def test_a_root_of_one_iframe_is_judged_by_the_application_in_it(site: FakeSite) -> None:
    serve(site, {"/": Reply(200, iframe_root("/simpeg/", "SIMPEG")), "/simpeg/": Reply(200, old_portal("utf-8"))})
    assert dated(checked(site))[:3] == ("aktif", None, "update")


def test_a_root_of_one_iframe_whose_application_fails_is_down(site: FakeSite) -> None:
    failed = (
        "<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>"
    )
    serve(site, {"/": Reply(200, iframe_root("/simpeg/", "SIMPEG")), "/simpeg/": Reply(500, failed)})
    event = checked(site)
    assert (event.availability, event.reason, event.reason_detail) == ("tidak_aktif", "http_5xx", "HTTP 500")


def test_a_department_page_with_a_widget_of_its_own_site_in_an_iframe_is_read_itself(site: FakeSite) -> None:
    widget = '<iframe src="/widget/agenda" width="100%" height="100%" title="Agenda"></iframe>'
    serve(site, {"/": Reply(200, department_page(Site(main_extra=widget)))})
    assert dated(checked(site))[:3] == ("aktif", None, "update")
    assert [r.path for r in site.requests if r.path.startswith("/widget")] == []
