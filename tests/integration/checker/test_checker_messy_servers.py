"""Department and vendor servers as they really answer, through a whole check on 127.0.0.1.

A root that is only a signpost to the portal (a meta refresh, a script), a ``Content-Encoding`` that names
no compression or names two, a page gzipped twice or without saying so, a Latin-1 label on a UTF-8 page,
a PHP app's cookie set two hundred times. The check judges what a visitor ends up reading; each case has
a look-alike that keeps its verdict. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import asyncio
import gzip

from checker_servers import FakeSite, Reply, Request, make_checker
from messy_pages import (
    QUOTED_IN_WINDOWS_1252,
    REFRESH_SIGNPOST,
    SCRIPT_SIGNPOST,
    portal,
    signpost_to,
    spaced_with_no_break,
)
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "disdukcapil.bekasikota.go.id"


def check(site: FakeSite, host: str = HOST) -> ApplicationChecked:
    spec = AppSpec(
        id="disdukcapil-web", pd_id="disdukcapil", nama="Website Disdukcapil", url=f"http://{host}:{site.port}/"
    )
    event: ApplicationChecked = asyncio.run(make_checker(site.port).check(spec))
    return event


def paths(site: FakeSite) -> list[str]:
    return [request.path for request in site.requests]


# --- a root that only sends the browser on to the portal -----------------------------------------


def test_a_portal_behind_a_refresh_signpost_is_judged_not_the_signpost(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, REFRESH_SIGNPOST))
    site.route("*", "/portal/", Reply(200, portal()))
    event = check(site)
    assert (event.availability, event.http_status, event.final_url) == (
        "aktif",
        200,
        f"http://{HOST}:{site.port}/portal/",
    )
    assert event.content.result == "update"  # the portal's news, not "no date" on the signpost
    assert event.findings == ()  # the views land on the portal too: no cloaking between them


def test_a_broken_portal_behind_a_refresh_signpost_is_down(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, REFRESH_SIGNPOST))
    site.route("*", "/portal/", Reply(503, "<html><body><h1>Service Unavailable</h1></body></html>"))
    event = check(site)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "http_5xx", 503)


def test_a_stale_portal_behind_a_script_signpost_is_stale(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, SCRIPT_SIGNPOST))
    site.route("*", "/home", Reply(200, portal(days=[200, 230, 260, 300])))
    event = check(site)
    assert (event.availability, event.final_url) == ("aktif", f"http://{HOST}:{site.port}/home")
    assert event.content.result == "tidak_update"


def test_signposts_sending_each_other_round_are_a_redirect_loop(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, signpost_to("index.html")))
    site.route("*", "/index.html", Reply(200, signpost_to("/")))
    event = check(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "terlalu_banyak_redirect")
    assert (event.reason_detail or "").startswith("pengalihan berputar tanpa akhir: ")


def test_a_signpost_to_another_site_and_a_page_that_reloads_itself_are_judged_as_they_are(site: FakeSite) -> None:
    # Look-alikes: a signpost off the site stays the page judged (its pointer is the hijack check's), and a
    # department page that reloads itself every five minutes is the page itself.
    site.route("*", "/", Reply(200, signpost_to("https://portal.example.com/dukcapil/")))
    elsewhere = check(site)
    assert (elsewhere.availability, elsewhere.final_url) == ("aktif", f"http://{HOST}:{site.port}/")
    assert "/dukcapil/" not in paths(site)
    reloading = portal(days=[1, 4])
    site.route("*", "/", Reply(200, reloading.replace("<head>", '<head>\n<meta http-equiv="refresh" content="300">')))
    itself = check(site)
    assert (itself.availability, itself.final_url, itself.content.result) == (
        "aktif",
        f"http://{HOST}:{site.port}/",
        "update",
    )


def test_a_signpost_to_a_gambling_page_planted_on_the_site_is_a_hijack_whatever_that_page_answers(
    site: FakeSite,
) -> None:
    planted = "/wp-content/uploads/2024/05/slot-gacor-hari-ini/"
    site.route("*", "/", Reply(200, signpost_to(planted)))
    site.route("*", planted, Reply(404, "<h1>Not Found</h1>"))  # taken down, or for search engines only
    event = check(site)
    assert (event.availability, event.final_url) == ("aktif", f"http://{HOST}:{site.port}/")
    [hijack] = [f for f in event.findings if f.code == "pengalihan_asing"]
    assert hijack.severity == "kritis" and planted in hijack.evidence


def test_a_department_page_with_a_redirect_on_a_click_is_judged_itself(site: FakeSite) -> None:
    # Look-alike: a whole page whose script sends the browser away only on a click (the search button).
    button = (
        "<script>document.getElementById('btn-cari').onclick = function () {"
        " window.location.href = '/cari'; };</script>"
    )
    site.route("*", "/", Reply(200, department_page(Site(body_end=button))))
    event = check(site)
    assert (event.availability, event.final_url, event.content.result) == (
        "aktif",
        f"http://{HOST}:{site.port}/",
        "update",
    )
    assert "/cari" not in paths(site)


# --- compression servers get wrong ----------------------------------------------------------------


def test_a_content_encoding_that_names_no_compression_is_read_as_the_page_it_is(site: FakeSite) -> None:
    for word in ("UTF-8", "none"):
        site.route("*", "/", Reply(200, portal(), {"Content-Encoding": word}))
        event = check(site)
        assert (event.availability, event.content.result) == ("aktif", "update"), word


def test_a_page_gzipped_twice_and_said_so_is_read(site: FakeSite) -> None:
    packed = gzip.compress(gzip.compress(portal().encode()))
    site.route("*", "/", Reply(200, packed, {"Content-Encoding": "gzip, gzip"}))
    event = check(site)
    assert (event.availability, event.content.result) == ("aktif", "update")


def test_a_page_gzipped_twice_under_one_gzip_is_the_noise_a_browser_shows(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, gzip.compress(gzip.compress(portal().encode())), {"Content-Encoding": "gzip"}))
    event = check(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert (event.reason_detail or "").startswith("isi halaman terkompresi dua kali (gzip di dalam gzip")


def test_a_gzipped_page_without_its_content_encoding_is_the_noise_a_browser_shows(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, gzip.compress(portal().encode())))
    event = check(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "galat_lain")
    assert (event.reason_detail or "").startswith("server mengirim halaman terkompresi (gzip) tanpa header")


def test_a_page_gzipped_once_as_it_says_is_still_read(site: FakeSite) -> None:
    # Look-alike of the two above.
    site.route("*", "/", Reply(200, gzip.compress(portal().encode()), {"Content-Encoding": "gzip"}))
    event = check(site)
    assert (event.availability, event.content.result) == ("aktif", "update")


# --- charsets ----------------------------------------------------------------------------------------


def test_a_utf_8_page_under_apaches_latin_1_default_has_its_dates_read(site: FakeSite) -> None:
    page = spaced_with_no_break([1, 3, 6]).encode()
    site.route("*", "/", Reply(200, page, {"Content-Type": "text/html; charset=ISO-8859-1"}))
    event = check(site)
    assert (event.availability, event.content.result) == ("aktif", "update")


def test_a_windows_1252_page_labelled_latin_1_is_still_read_in_windows_1252(site: FakeSite) -> None:
    # Look-alike: the label is right, the curly quotes are windows-1252's, and the page stays as it was read.
    page = department_page(Site(name="Dinas Lingkungan Hidup Kota Bekasi", main_extra=QUOTED_IN_WINDOWS_1252))
    site.route("*", "/", Reply(200, page.encode("cp1252"), {"Content-Type": "text/html; charset=iso-8859-1"}))
    event = check(site)
    assert (event.availability, event.content.result, event.findings) == ("aktif", "update", ())


def test_a_page_under_an_empty_content_type_is_read(site: FakeSite) -> None:
    site.route("*", "/", Reply(200, portal(), {"Content-Type": ""}))
    event = check(site)
    assert (event.availability, event.content.result) == ("aktif", "update")


# --- a server that refuses the checker's name -----------------------------------------------------

NGINX_403 = (
    "<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n"
    "<hr><center>nginx/1.18.0 (Ubuntu)</center>\r\n</body>\r\n</html>\r\n"
)


def test_a_site_that_refuses_the_checkers_name_but_serves_browsers_is_up(site: FakeSite) -> None:
    def by_agent(request: Request) -> Reply:
        # The vendor's nginx: `if ($http_user_agent ~* "pantau|python|curl|wget") { return 403; }`
        refused = "pantau" in request.headers.get("User-Agent", "").lower()
        return Reply(403, NGINX_403) if refused else Reply(200, portal())

    site.route("*", "/", by_agent)
    event = check(site)
    assert (event.availability, event.http_status, event.content.result) == ("aktif", 200, "update")


def test_a_site_that_refuses_every_browser_stays_down(site: FakeSite) -> None:
    # Look-alike: asked once more as a visitor, and refused as one too.
    site.route("*", "/", Reply(403, NGINX_403))
    event = check(site)
    assert (event.availability, event.reason, event.http_status) == ("tidak_aktif", "http_4xx", 403)
    assert paths(site) == ["/", "/"]


# --- headers --------------------------------------------------------------------------------------


def test_a_php_app_that_sets_its_cookie_two_hundred_times_is_up(site: FakeSite) -> None:
    cookies = tuple(f"ci_session=a8f0c2{i:04d}e91b; expires=Fri, 04-Dec-2026 01:00:00 GMT; path=/" for i in range(200))
    site.route("*", "/", Reply(200, portal(), cookies=cookies))
    event = check(site)
    assert (event.availability, event.content.result) == ("aktif", "update")
