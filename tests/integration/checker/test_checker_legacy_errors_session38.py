"""Classic ASP's and ColdFusion's errors, and a ColdFusion page's source, as an old department site serves them.

A page that is nothing but ASP's error (a VBScript runtime error, ASP's own "Script timed out") is no application;
ColdFusion's error printed inside the portal is a finding on an application still up; a ColdFusion page's code sent
as it is, its datasource's password in it, is no application either. Real HTTP servers on 127.0.0.1.
"""

from __future__ import annotations

import pytest
from checker_servers import FakeSite, Reply, checked
from legacy_pages_s38 import ASP_TIMEOUT, COLDFUSION_IN_PAGE, COLDFUSION_SOURCE, VBSCRIPT_ERROR, with_error


@pytest.mark.parametrize(
    ("page", "said"),
    [
        (VBSCRIPT_ERROR, "Microsoft VBScript runtime error '800a000d' Type mismatch"),
        (ASP_TIMEOUT, "Active Server Pages error 'ASP 0113' Script timed out"),
    ],
    ids=["vbscript-runtime", "asp-script-timeout"],
)
def test_a_page_of_nothing_but_classic_asps_error_is_no_application(site: FakeSite, page: str, said: str) -> None:
    site.route("*", "/", Reply(200, page))
    event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_aplikasi")
    assert said in (event.reason_detail or "")


def test_coldfusions_error_inside_the_portal_is_a_finding(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, with_error(COLDFUSION_IN_PAGE)))
    event = checked(site)
    assert (event.availability, event.content.result) == ("aktif", "update")
    [printed] = [f for f in event.findings if f.code == "galat_aplikasi_tampil"]
    assert printed.evidence.startswith("\u201cError Executing Database Query. [Macromedia][SQLServer JDBC Driver]")


def test_a_vbscript_error_inside_the_portal_is_a_finding(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, with_error(VBSCRIPT_ERROR)))
    event = checked(site)
    assert event.availability == "aktif"
    assert [f.code for f in event.findings] == ["galat_aplikasi_tampil"]


@pytest.mark.parametrize("content_type", ["text/plain", "application/octet-stream"])
def test_a_coldfusion_pages_source_sent_as_it_is_is_no_application(site: FakeSite, content_type: str) -> None:
    site.route("*", "/", Reply(200, COLDFUSION_SOURCE, {"Content-Type": content_type}))
    event = checked(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_aplikasi")
    assert (event.reason_detail or "").startswith("kode sumber ColdFusion dikirim apa adanya")
    assert "dinkes2009" not in (event.reason_detail or "")
