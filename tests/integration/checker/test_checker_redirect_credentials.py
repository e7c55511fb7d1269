"""A redirect whose ``Location`` carries a user name and password: the checker follows the address
without them, sends no credentials it was not given, and writes none into its event.

A real HTTP server on 127.0.0.1 answers the department's address with a redirect, as a misconfigured
single sign-on or a hand-written ``header("Location: ...")`` does. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

import json

from checker_servers import FakeSite, Reply, make_checker
from test_checker_redirects import HOST, app, check
from vendor_pages import Site, department_page

from pantau_contracts.codec import to_jsonable
from pantau_contracts.status import ApplicationChecked

PASSWORD = "Rahasia.2026"


def written(event: ApplicationChecked) -> str:
    return json.dumps(to_jsonable(event))


def test_a_redirect_with_credentials_is_followed_without_them_and_none_reach_the_event(site: FakeSite) -> None:
    target = f"http://operator:{PASSWORD}@{HOST}:{site.port}/beranda"
    site.route("*", "/", Reply(302, "", {"Location": target}))
    site.route("*", "/beranda", Reply(200, department_page(Site())))
    event = check(make_checker(site.port), app(site.port))
    assert event.availability == "aktif"
    assert event.final_url == f"http://{HOST}:{site.port}/beranda"
    assert "Rahasia" not in written(event) and "operator" not in written(event)
    assert all("Authorization" not in r.headers for r in site.requests)


def test_a_refused_redirect_with_credentials_is_named_without_them(site: FakeSite) -> None:
    site.route("*", "/", Reply(301, "", {"Location": f"http://admin:{PASSWORD}@10.20.30.40/intranet"}))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason) == ("tidak_aktif", "alamat_diblokir")
    assert "http://10.20.30.40/intranet" in (event.reason_detail or "")
    assert "Rahasia" not in written(event)


def test_a_redirect_loop_with_credentials_is_told_without_them(site: FakeSite) -> None:
    site.route("*", "/", Reply(302, "", {"Location": f"http://sso:{PASSWORD}@{HOST}:{site.port}/masuk"}))
    site.route("*", "/masuk", Reply(302, "", {"Location": f"http://sso:{PASSWORD}@{HOST}:{site.port}/"}))
    event = check(make_checker(site.port), app(site.port))
    assert (event.availability, event.reason) == ("tidak_aktif", "terlalu_banyak_redirect")
    assert "/masuk" in (event.reason_detail or "")
    assert "Rahasia" not in written(event)
