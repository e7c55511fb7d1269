"""PHP web shells and uploaders served as the home page (``shell_pages_s38``), under their own title and under the
department's, through a whole check against a real HTTP server on 127.0.0.1: a critical defacement, the page no
content of the application's; the department's news, advisories and logins on the same theme stay clean."""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, check, make_checker, served_yesterday
from shell_pages_s38 import ATOP, CLEAN, SHELLS, TITLE
from test_checker_gambling_session23 import app, security
from vendor_pages import Site, department_page


@pytest.mark.parametrize("html", SHELLS.values(), ids=SHELLS.keys())
def test_a_web_shell_or_uploader_as_the_home_page_is_a_critical_defacement(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {("defacement", "body"): "kritis"}
    assert "web shell (pintu belakang) tampil di halaman" in event.findings[0].evidence
    assert event.content.result == "tidak_diketahui"


@pytest.mark.parametrize("html", SHELLS.values(), ids=SHELLS.keys())
def test_a_web_shell_in_place_of_the_departments_page_is_named_so(site: FakeSite, html: str) -> None:
    checker = make_checker(site.port)
    site.route("*", "/", Reply(200, department_page(Site(title=TITLE))))
    check(checker, app(site.port))
    site.route("*", "/", Reply(200, html))
    event = check(checker, app(site.port))
    assert [(f.code, f.location) for f in event.findings if f.category == "keamanan"] == [("defacement", "body")]
    assert "web shell (pintu belakang)" in event.findings[0].evidence


@pytest.mark.parametrize("html", CLEAN.values(), ids=CLEAN.keys())
def test_the_departments_pages_on_web_shells_and_its_logins_are_clean(shared_site: FakeSite, html: str) -> None:
    event = served_yesterday(shared_site, html)
    assert security(event) == {}


@pytest.mark.parametrize("html", ATOP.values(), ids=ATOP.keys())
def test_an_uploader_written_atop_the_departments_page_is_a_critical_defacement(site: FakeSite, html: str) -> None:
    checker = make_checker(site.port)
    site.route("*", "/", Reply(200, department_page(Site(title=TITLE))))
    check(checker, app(site.port))
    site.route("*", "/", Reply(200, html))
    event = check(checker, app(site.port))
    assert security(event) == {("defacement", "visible"): "kritis"}
    assert "web shell (pintu belakang)" in event.findings[0].evidence
