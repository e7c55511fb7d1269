"""A department site that reports on judi online, and one whose theme kept its running text over spam, through
a whole check.

Real HTTP servers on 127.0.0.1 serve whole department pages (``vendor_pages``) with the news of
``gambling_pages``: the city's campaign against online gambling names the terms spam sells, on the home
page and in the sitemap's slugs, and is no finding. The theme's running text ("Waspada penipuan
mengatasnamakan pegawai") does not make the spam or the defacer's signature that replaced the news under
it read as news; a keywords meta of togel brands alone is found. No Kafka, no PostgreSQL.
"""

from __future__ import annotations

from checker_servers import Reply, check, make_checker
from gambling_pages import REPORT_SLUGS, REPORTS
from vendor_pages import Site, department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "diskominfo.bekasikota.go.id"
NAME = "Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bekasi"


def app(port: int, **config: object) -> AppSpec:
    return AppSpec(
        id="diskominfo-web", pd_id="diskominfo", nama="Website Diskominfo", url=f"http://{HOST}:{port}/", config=config
    )


def security(event: ApplicationChecked) -> dict[tuple[str, str | None], str]:
    return {(f.code, f.location): f.severity for f in event.findings if f.category == "keamanan"}


def sitemap(base: str, paths: tuple[str, ...]) -> str:
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in paths)
    return (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"
    )


def test_a_site_that_reports_on_judi_online_has_no_security_finding(site):  # type: ignore[no-untyped-def]
    # Before: every one of these reports was judi_online (visible or hidden), and a slug of the sitemap too.
    news = "".join(REPORTS.values())
    site.route("*", "/", Reply(200, department_page(Site(name=NAME, main_extra=news))))
    base = f"http://{HOST}:{site.port}"
    site.route("*", "/sitemap.xml", Reply(200, sitemap(base, REPORT_SLUGS), {"Content-Type": "application/xml"}))
    event = check(make_checker(site.port), app(site.port, sitemap_always=True))
    assert security(event) == {}
    assert event.availability == "aktif"


def test_parasite_pages_beside_the_reports_in_the_sitemap_are_still_found(site):  # type: ignore[no-untyped-def]
    base = f"http://{HOST}:{site.port}"
    paths = (*REPORT_SLUGS, "/2026/06/situs-slot-gacor-anti-zonk-terbaru/", "/?id=kakekmerah4d-link-alternatif")
    site.route("*", "/", Reply(200, department_page(Site(name=NAME))))
    site.route("*", "/sitemap.xml", Reply(200, sitemap(base, paths), {"Content-Type": "application/xml"}))
    event = check(make_checker(site.port), app(site.port, sitemap_always=True))
    [finding] = [f for f in event.findings if f.code == "judi_online_subpath"]
    assert "anti-zonk" in finding.evidence and "kakekmerah4d" in finding.evidence
    assert "disusupkan" not in finding.evidence


def test_spam_in_place_of_the_news_under_the_running_text_is_judi_online(site):  # type: ignore[no-untyped-def]
    # The theme kept (menu, "Waspada penipuan" running text, sidebar, footer), the news replaced.
    spam = Site(name=NAME, main="<h1>Situs Slot Gacor</h1><p>Daftar sekarang, proses cepat.</p>")
    site.route("*", "/", Reply(200, department_page(spam)))
    assert security(check(make_checker(site.port), app(site.port))) == {("judi_online", "visible"): "tinggi"}


def test_a_signature_in_place_of_the_news_under_the_running_text_is_defacement(site):  # type: ignore[no-untyped-def]
    deface = Site(name=NAME, main="<center><h1>Hacked by Mr.Ghost</h1><p>Website ini kami ambil alih.</p></center>")
    site.route("*", "/", Reply(200, department_page(deface)))
    assert security(check(make_checker(site.port), app(site.port))) == {("defacement", "visible"): "kritis"}


def test_a_keywords_meta_of_togel_brands_alone_is_critical(site):  # type: ignore[no-untyped-def]
    head = '<meta name="keywords" content="KAKEKMERAH4D, PANEN4D, OLXTOTO, JAYA4D, MPO888">'
    site.route("*", "/", Reply(200, department_page(Site(name=NAME, head=head))))
    assert security(check(make_checker(site.port), app(site.port))) == {("judi_online", "meta"): "kritis"}
