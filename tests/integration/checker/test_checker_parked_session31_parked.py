"""Pages in the application's place that a whole check read as the application, or with a finding of their frame,
through a real HTTP server on 127.0.0.1 (session 31).

A domain the city let lapse is answered by its registrar's or a parking service's server with a 302 to the sale's
page (Afternic's, Dan's, Sedo's, GoDaddy's, a numbered lander "ww25.…/?subid1=", Namecheap's expired page), which
draws itself by script: the redirect says what it is. Cloudflare serves its copy of a page under its banner while
the server behind it is down (Always Online): the site is down, and the copy's dates are of the day it was taken.
Heroku answers 200 for an application that failed with its "Application Error" page, a frame of its own error page:
the application is down, and that frame is not another site in its place. The department's own pages stay clean.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from checker_servers import FakeSite, Reply, Request, assert_stand_in, make_checker, served_yesterday
from vendor_pages import Site, department_page, news_since

from pantau_common.registry.model import AppSpec, ResolveRule
from pantau_contracts.status import ApplicationChecked

HOST = "dinkes.bekasikota.go.id"
# What a sale's page shows to a client that runs no script: its frame, and its bundle.
SALE_APP = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title></title><meta name="viewport" '
    'content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/main.8f2a1c.css">'
    '</head><body><noscript></noscript><div id="root"></div><script src="/static/js/main.3b9e7d.js"></script>'
    "</body></html>"
)


def redirect_to(address: str) -> Callable[[Request], Reply]:
    def answer(request: Request) -> Reply:
        port = request.headers["Host"].rsplit(":", 1)[1]
        return Reply(302, "", {"Location": address.format(port=port)})

    return answer


def check_redirected(site: FakeSite) -> ApplicationChecked:
    # Every host answers on the one local server: the registrar's and the parking service's as well.
    rules = tuple(ResolveRule(names, None, "127.0.0.1") for names in ("*.go.id", "*.com"))
    checker = make_checker(site.port, resolve=rules)
    spec = AppSpec(id="dinkes-web", pd_id="dinkes", nama="Website Dinkes", url=f"http://{HOST}:{site.port}/")
    return asyncio.run(checker.check(spec))


@pytest.mark.parametrize(
    ("host", "target"),
    [
        pytest.param(
            "www.afternic.com",
            "/forsale/dinkes-bekasi.com?traffic_id=daslnc&traffic_type=TDFS_DASLNC",
            id="afternic",
        ),
        pytest.param("dan.com", "/buy-domain/dinkes-bekasi.com?redirected=true", id="dan"),
        pytest.param("sedo.com", "/search/details/?domain=dinkes-bekasi.com&language=id", id="sedo"),
        pytest.param(
            "www.godaddy.com",
            "/forsale/dinkes-bekasi.com?utm_source=TDFS_DASLNC&utm_medium=parkedpages&traffic_type=TDFS_DASLNC",
            id="godaddy-forsale",
        ),
        pytest.param("ww25.dinkes-bekasi.com", "/?subid1=20261205-1134-a1b2", id="numbered-lander"),
        pytest.param("expired.namecheap.com", "/?domain=dinkes-bekasi.com", id="namecheap-expired"),
    ],
)
def test_the_address_redirected_to_a_sale_or_a_parking_page_is_a_parked_domain(host: str, target: str) -> None:
    with FakeSite() as site:
        site.route(HOST, "/", redirect_to(f"http://{host}:{{port}}{target}"))
        site.route(host, target, Reply(200, SALE_APP))
        event = check_redirected(site)
    assert (event.availability, event.reason) == ("tidak_aktif", "domain_parkir")
    assert event.content.result == "tidak_diketahui"
    assert f"http://{host}:" in (event.content.detail or "")


@pytest.mark.parametrize(
    ("host", "target"),
    [
        pytest.param("www.godaddy.com", "/websites/website-builder", id="godaddy-not-a-sale"),
        pytest.param("layanan.dinkes-bekasi.com", "/?ref=portal", id="vendors-saas"),
    ],
)
def test_the_address_redirected_to_a_vendors_app_is_no_parked_domain(host: str, target: str) -> None:
    with FakeSite() as site:
        site.route(HOST, "/", redirect_to(f"http://{host}:{{port}}{target}"))
        site.route(host, target, Reply(200, SALE_APP))
        event = check_redirected(site)
    assert event.availability == "aktif"
    assert event.reason is None


OLD_BANNER = (
    '<div id="cf_alert_div" style="background:#fff7ce;border-bottom:1px solid #e2c667;padding:10px;'
    'text-align:center;font:13px Arial"><span>This page (https://dinkes.bekasikota.go.id/) is currently offline. '
    "However, because the site uses Cloudflare's Always Online&trade; technology you can continue to surf a snapshot "
    "of the site. We will keep checking in the background and, as soon as the site comes back, you will "
    'automatically be served the live version.</span> <a href="#" onclick="document.getElementById(\'cf_alert_div\')'
    ".style.display='none';return false;\">Dismiss this message</a></div>"
)
NEW_BANNER = (
    '<div id="cf-always-online-banner" style="position:fixed;top:0;width:100%;background:#404041;color:#fff;'
    'padding:8px;text-align:center;z-index:99999">You are viewing an archived version of this page from '
    "<b>3 Dec 2026</b>. The website is currently offline. "
    '<a href="https://developers.cloudflare.com/cache/how-to/always-online/">Learn more</a> &middot; Archived by the '
    '<a href="https://archive.org">Internet Archive</a></div>'
)
# The department's own news of the feature, in its content.
ALWAYS_ONLINE_NEWS = (
    '<section class="post"><h2>Situs Dinas Kini Tetap Dapat Dibuka Saat Gangguan</h2><p>Diskominfo mengaktifkan '
    "fitur Always Online dari Cloudflare. Bila server sedang offline, pengunjung melihat salinan halaman dengan "
    "tulisan &ldquo;This page is currently offline. However, because the site uses Cloudflare's Always Online "
    "technology you can continue to surf a snapshot of the site&rdquo;.</p></section>"
)


@pytest.mark.parametrize("banner", [pytest.param(OLD_BANNER, id="old"), pytest.param(NEW_BANNER, id="new")])
def test_cloudflares_copy_of_a_page_while_its_server_is_down_is_down_and_dates_nothing(banner: str) -> None:
    page = department_page(Site(news=news_since((1, 4, 9, 15, 22)), body_top=banner))
    with FakeSite() as site:
        event = served_yesterday(site, page)
    assert_stand_in(event, "http_5xx", "currently offline")


def test_the_departments_news_of_always_online_is_the_application() -> None:
    page = department_page(Site(news=news_since((1, 4, 9, 15, 22)), main_extra=ALWAYS_ONLINE_NEWS))
    with FakeSite() as site:
        event = served_yesterday(site, page)
    assert (event.availability, event.reason, event.content.result) == ("aktif", None, "update")


HEROKU_APPLICATION_ERROR = """<!DOCTYPE html>
<html>
  <head>
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta charset="utf-8">
    <title>Application Error</title>
    <style media="screen">
      html,body,iframe { margin: 0; padding: 0; }
      html,body { height: 100%; overflow: hidden; }
      iframe { width: 100%; height: 100%; border: 0; }
    </style>
  </head>
  <body>
    <iframe src="//www.herokucdn.com/error-pages/application-error.html"></iframe>
  </body>
</html>"""


def test_herokus_application_error_is_down_without_a_finding_of_its_frame() -> None:
    with FakeSite() as site:
        event = served_yesterday(site, HEROKU_APPLICATION_ERROR)
    assert_stand_in(event, "galat_aplikasi", "Application Error")
    assert [f.code for f in event.findings] == []


def test_a_page_that_is_only_a_frame_of_an_app_on_heroku_is_still_another_site_in_its_place() -> None:
    page = HEROKU_APPLICATION_ERROR.replace("Application Error", "Dinas Kesehatan Kota Bekasi").replace(
        "//www.herokucdn.com/error-pages/application-error.html", "https://dinkes-bekasi.herokuapp.com/"
    )
    with FakeSite() as site:
        event = served_yesterday(site, page)
    assert [f.code for f in event.findings] == ["pengalihan_asing"]
