"""Pornography and other trades' spam (``negative_content_pages_s38``) on Bekasi's department sites, each checked whole
against a real HTTP server on 127.0.0.1 at a fixed time: the honest pages that warn of them, teach about them or report
on them are aktif, clean and fresh; the injected ones are found, with their code (session 38)."""

from __future__ import annotations

import asyncio

import pytest
from checker_servers import FakeSite, Reply, check, make_checker
from negative_content_pages_s38 import HONEST, INJECTED
from stamped_pages import NOW
from test_checker_cloaking_views import by_agent, cycle_check, security
from test_checker_sitemaps_further import HOST, REAL_POSTS, serve
from test_checker_sitemaps_further import check as check_round

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked


def checked_at_now(site: FakeSite, html: str) -> ApplicationChecked:
    """Serve ``html`` at the site's root and return one whole check of it at ``NOW``."""
    site.route("*", "/", Reply(200, html))
    app = AppSpec(id="opd-web", pd_id="opd", nama="Website OPD", url=f"http://opd.bekasikota.go.id:{site.port}/")
    return check(make_checker(site.port, clock=lambda: NOW), app)


@pytest.mark.parametrize("html", HONEST.values(), ids=HONEST.keys())
def test_a_departments_page_that_warns_of_or_reports_on_negative_content_is_clean(
    shared_site: FakeSite, html: str
) -> None:
    event = checked_at_now(shared_site, html)
    assert (event.availability, event.content.result, [f.evidence for f in event.findings]) == ("aktif", "update", [])


@pytest.mark.parametrize(("html", "code"), INJECTED.values(), ids=INJECTED.keys())
def test_pornography_or_spam_injected_into_a_departments_page_is_found(
    shared_site: FakeSite, html: str, code: str
) -> None:
    event = checked_at_now(shared_site, html)
    assert code in {f.code for f in event.findings}
    assert event.availability == "aktif"


# The Japanese keyword hack and the pinjol kits publish their pages as posts, or in a sitemap of their own.
_SPAM_POSTS = (
    "/2026/11/29/pinjaman-online-cepat-cair-tanpa-bi-checking-2026/",
    "/2026/11/29/jual-obat-kuat-pria-asli-bekasi/",
)
_PORN_POSTS = ("/2026/11/30/nonton-bokep-indo-terbaru-full-durasi/",)
_HONEST_POSTS = (
    "/2026/11/27/waspada-pinjol-ilegal-cepat-cair-tanpa-bi-checking/",
    "/2026/11/26/bpom-sita-obat-kuat-ilegal-di-bekasi-timur/",
    "/2026/11/24/sosialisasi-uu-tpks-dan-bahaya-pornografi/",
)


def _subpaths(event: ApplicationChecked) -> dict[str, str]:
    return {f.code: f.evidence for f in event.findings if f.code.endswith("_subpath")}


def test_pages_of_pornography_and_spam_in_the_posts_sitemap_are_found_each_by_its_code(site: FakeSite) -> None:
    serve(site, REAL_POSTS + _HONEST_POSTS + _SPAM_POSTS + _PORN_POSTS)
    found = _subpaths(check_round(site))
    assert set(found) == {"konten_pornografi_subpath", "spam_tersisip_subpath"}
    assert "nonton-bokep-indo" in found["konten_pornografi_subpath"]
    assert "jual-obat-kuat-pria" in found["spam_tersisip_subpath"]
    assert "waspada-pinjol" not in found["spam_tersisip_subpath"]


def test_a_departments_posts_that_warn_of_the_trades_are_no_subpath_finding(site: FakeSite) -> None:
    serve(site, REAL_POSTS + _HONEST_POSTS)
    assert _subpaths(check_round(site)) == {}


def test_the_scheduled_checks_after_a_finding_keep_it_until_the_sitemaps_prove_the_pages_gone(site: FakeSite) -> None:
    serve(site, REAL_POSTS + _SPAM_POSTS)
    checker = make_checker(site.port, off=("cloaking",))
    spec = AppSpec(id="disperkimtan-web", pd_id="disperkimtan", nama="Website", url=f"http://{HOST}:{site.port}/")
    assert "spam_tersisip_subpath" in _subpaths(asyncio.run(checker.check(spec, cycle_id="2026-11")))
    assert "spam_tersisip_subpath" in _subpaths(asyncio.run(checker.check(spec)))  # read again: still there
    serve(site, REAL_POSTS)
    assert _subpaths(asyncio.run(checker.check(spec))) == {}


def _japanese_for_googlebot() -> Reply:
    # The department's own title kept (no view retitled): the shop's products among its articles.
    products = (
        '<article class="post"><h2>ルイヴィトン 財布 スーパーコピー 激安通販</h2>'
        "<p>ブランドコピー 財布 バッグ 新作 格安 送料無料 即日発送</p></article>"
    )
    return Reply(200, HONEST["kerjasama-sister-city-jepang"].replace("</main>", f"{products}</main>", 1))


def test_the_japanese_keyword_hack_shown_to_googlebot_alone_is_cloaking(site: FakeSite) -> None:
    usual = HONEST["kerjasama-sister-city-jepang"]  # the sister city's page, in Japanese, to every browser
    site.route("*", "/", by_agent(lambda: Reply(200, usual), googlebot=_japanese_for_googlebot))
    (cloaked,) = [f for f in security(cycle_check(site)) if f.code == "cloaking_googlebot"]
    assert cloaked.severity == "kritis" and "スーパーコピー" in cloaked.evidence
