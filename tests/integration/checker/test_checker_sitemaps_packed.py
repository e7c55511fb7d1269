"""Sitemaps as other platforms serve them, read on a round's thorough check (127.0.0.1).

A Joomla site's sitemap extension, or a vendor's own generator, writes ``sitemap.xml.gz``: a gzipped file,
served as a file (``application/x-gzip``), not in a gzip transfer encoding. An intruder's pages listed there
must be found as in a plain one. WordPress's own sitemaps are at ``/wp-sitemap.xml``, where its
``/sitemap.xml`` redirects, and which its robots.txt names: read once, not twice.
"""

from __future__ import annotations

import asyncio
import gzip

from checker_servers import FakeSite, Reply, make_checker
from vendor_pages import department_page

from pantau_common.registry.model import AppSpec
from pantau_contracts.status import ApplicationChecked

HOST = "disdik.bekasikota.go.id"
XML = {"Content-Type": "application/xml; charset=UTF-8"}
GZIP = {"Content-Type": "application/x-gzip"}
TEXT = {"Content-Type": "text/plain; charset=utf-8"}
# Joomla's own robots.txt, with the line its sitemap extension adds.
JOOMLA_ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
User-agent: *
Disallow: /administrator/
Disallow: /api/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/

Sitemap: {base}/sitemap.xml.gz
"""
NEWS = (
    "/berita/pendaftaran-ppdb-smp-negeri-tahun-ajaran-2027-2028",
    "/berita/pelatihan-guru-kurikulum-merdeka-gelombang-iii",
    "/berita/jadwal-slot-verifikasi-berkas-ppdb-jalur-zonasi",
    "/berita/lomba-cerdas-cermat-tingkat-kota-bekasi",
)
INTRUDERS = tuple(f"/images/banners/{n}-link-slot-gacor-maxwin-terpercaya.html" for n in range(30))


def urlset(base: str, paths: tuple[str, ...]) -> str:
    entries = "".join(
        f"<url><loc>{base}{path}</loc><lastmod>2026-11-27</lastmod><changefreq>weekly</changefreq>"
        "<priority>0.5</priority></url>\n"
        for path in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{entries}</urlset>\n"
    )


def serve_joomla(site: FakeSite, paths: tuple[str, ...]) -> None:
    base = f"http://{HOST}:{site.port}"
    site.route("*", "/", Reply(200, department_page()))
    site.route("*", "/robots.txt", Reply(200, JOOMLA_ROBOTS.format(base=base), TEXT))
    site.route("*", "/sitemap.xml.gz", Reply(200, gzip.compress(urlset(base, paths).encode()), GZIP))


def serve_wordpress(site: FakeSite) -> None:
    base = f"http://{HOST}:{site.port}"
    site.route("*", "/", Reply(200, department_page()))
    robots = f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"
    site.route("*", "/robots.txt", Reply(200, robots, TEXT))
    site.route("*", "/sitemap.xml", Reply(301, b"", {"Location": f"{base}/wp-sitemap.xml"}))
    index = (
        '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" '
        f'href="{base}/wp-sitemap-index.xsl" ?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/wp-sitemap-posts-post-1.xml</loc></sitemap>"
        f"<sitemap><loc>{base}/wp-sitemap-posts-page-1.xml</loc></sitemap></sitemapindex>\n"
    )
    site.route("*", "/wp-sitemap.xml", Reply(200, index, XML))
    site.route("*", "/wp-sitemap-posts-post-1.xml", Reply(200, urlset(base, NEWS), XML))
    site.route("*", "/wp-sitemap-posts-page-1.xml", Reply(200, urlset(base, ("/profil/", "/ppid/")), XML))


def check(site: FakeSite) -> ApplicationChecked:
    spec = AppSpec(id="disdik-web", pd_id="disdik", nama="Website Dinas Pendidikan", url=f"http://{HOST}:{site.port}/")
    checker = make_checker(site.port, off=("cloaking",))
    event: ApplicationChecked = asyncio.run(checker.check(spec, cycle_id="2026-11"))
    return event


def subpath(event: ApplicationChecked) -> str | None:
    found = [f for f in event.findings if f.code == "judi_online_subpath"]
    return found[0].evidence if found else None


def test_an_intruders_pages_in_a_gzipped_sitemap_named_in_robots_txt_are_found(site: FakeSite) -> None:
    serve_joomla(site, NEWS + INTRUDERS)
    event = check(site)
    assert "link-slot-gacor-maxwin-terpercaya" in (subpath(event) or "")  # gzipped: fixed here
    assert event.availability == "aktif"


def test_a_gzipped_sitemap_of_the_departments_own_pages_has_no_finding(site: FakeSite) -> None:
    serve_joomla(site, NEWS)  # "jadwal-slot-verifikasi-berkas" is a time slot
    event = check(site)
    assert subpath(event) is None
    assert any(r.path == "/sitemap.xml.gz" for r in site.requests)  # read, and found clean


def test_wordpresss_own_sitemap_is_read_once_where_its_root_sitemap_redirects(site: FakeSite) -> None:
    serve_wordpress(site)
    event = check(site)
    assert subpath(event) is None
    paths = [r.path for r in site.requests]
    assert paths.count("/wp-sitemap.xml") == 1  # the redirect's target is robots.txt's: fixed here
    assert "/wp-sitemap-posts-post-1.xml" in paths
